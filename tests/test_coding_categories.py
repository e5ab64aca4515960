"""Whole categories of triggers and modalities (sentences written by the team)."""

from __future__ import annotations

import datetime as dt

import pytest

from tocsin.coding.rules import RulesCoder
from tocsin.types import Article


@pytest.fixture(scope="module")
def coder() -> RulesCoder:
    from tocsin.config import build_settings

    return RulesCoder(build_settings())


def _types(coder: RulesCoder, text: str) -> list[str]:
    ev = coder.analyze(Article(id="t", text=text, pub_date=dt.date(2025, 3, 6))).events
    return [e.event[0] for e in ev]


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
def test_category(coder: RulesCoder, text: str, first: str) -> None:
    types = _types(coder, text)
    assert types and types[0] == first, types


def test_dated_during_noun_is_background(coder: RulesCoder) -> None:
    assert "PROTEST" not in _types(coder, "The monument was damaged during the 2010 protests in Osh, "
                                          "the mayor recalled.")
