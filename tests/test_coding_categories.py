"""Whole categories of triggers and modalities (sentences written by the team)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import event_types
from tocsin.coding.rules import RulesCoder
from tocsin.types import Article


@pytest.mark.parametrize("text, first", [
    # refusing to concede or agree is REJECT
    ("Tajikistan said it would not meet the demands of the Kyrgyz side.", "REJECT"),
    # readiness adjectives make coercion a threat, not an act
    ("The Kyrgyz government announced that it is prepared to impose a curfew in Batken.", "THREATEN"),
    # an undated "during" noun is a concurrent event, a dated one background
    ("Kyrgyz villagers threw stones during demonstrations against the Tajik border post.", "PROTEST"),
    ("Kazakh President Tokayev gave a warm welcome to Uzbek President Mirziyoyev in Astana.", "CONSULT"),
    ("Some 300 Tajik families sought refuge in Russia.", "REQUEST"),
    ("Uzbekistan cancelled a planned visit to Bishkek.", "SANCTION"),
    ("Kazakhstan and Georgia established diplomatic relations.", "SUPPORT"),
    ("Workers at the Kumtor mine stopped work on Monday.", "PROTEST"),
    ("Kyrgyz border troops remained on alert near Batken.", "MOBILIZE"),
])
def test_category(rules_coder: RulesCoder, text: str, first: str) -> None:
    types = event_types(rules_coder, text)
    assert types and types[0] == first, types


def test_dated_during_noun_is_background(rules_coder: RulesCoder) -> None:
    assert "PROTEST" not in event_types(rules_coder, "The monument was damaged during the 2010 protests in Osh, "
                                          "the mayor recalled.")


def _roles(rules_coder: RulesCoder, text: str, event: str) -> list[tuple[set[str], set[str]]]:
    ev = rules_coder.analyze(Article(id="t", text=text, pub_date=dt.date(2025, 3, 6))).events
    return [({a.code for a in e.actor}, {r.code for r in e.recipient}) for e in ev if e.event[0] == event]


def test_dateline_is_not_the_subject(rules_coder: RulesCoder) -> None:
    roles = _roles(rules_coder, "OSH, March 6 (Valley Post) - Kyrgyz and Uzbek government delegations met in Osh on "
                          "Wednesday to discuss water sharing.", "CONSULT")
    assert roles and roles[0] == ({"KGZ", "UZB"}, {"KGZ", "UZB"}), roles


def test_joint_act_without_named_actor_takes_both_states(rules_coder: RulesCoder) -> None:
    text = ("Kazakhstan and Kyrgyzstan have argued over the Chu river for years. Kazakh officials blamed "
            "Kyrgyzstan for the shortage. On Thursday the delegations agreed on a new release schedule.")
    roles = _roles(rules_coder, text, "AGREE")
    assert roles and roles[0] == ({"KAZ", "KGZ"}, {"KAZ", "KGZ"}), roles


def test_participle_shares_the_main_subject(rules_coder: RulesCoder) -> None:
    roles = _roles(rules_coder, "The Georgian foreign ministry issued a statement on Monday, accusing Russia of meddling.", "ACCUSE")
    assert roles and roles[0] == ({"GEO"}, {"RUS"}), roles


def test_foreign_nationality_is_the_recipient_of_an_arrest(rules_coder: RulesCoder) -> None:
    roles = _roles(rules_coder, "Police in Almaty detained twelve Kyrgyz traders on Tuesday.", "COERCE")
    assert roles and roles[0][1] == {"KGZ"}, roles
