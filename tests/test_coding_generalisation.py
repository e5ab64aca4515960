"""General rules added for clause order, refusals, statements and lexicon breadth (team-written sentences)."""

from __future__ import annotations


import pytest

from conftest import event_types
from tocsin.coding.rules import RulesCoder


@pytest.mark.parametrize("text, first", [
    # refusals: failing to agree, refusing to release or to admit
    ("Kyrgyz and Tajik delegations failed to reach agreement on the border line on Tuesday.", "REJECT"),
    ("The Taliban said they will not release the Tajik border guards.", "REJECT"),
    ("Uzbekistan says it will not accept refugees from Afghanistan.", "REJECT"),
    # permission granted by an actor is a concession; promised permission an agreement
    ("The Kazakh court allowed the opposition leader to travel abroad.", "CONCEDE"),
    ("Tajikistan will allow Afghan traders to return to the Panj market.", "AGREE"),
    # attempted acts happened
    ("Gunmen tried to assassinate the Kyrgyz governor of Batken on Monday.", "ASSAULT"),
    # nominal events behind aspectual light verbs and suspensions
    ("Russian troops completed their withdrawal from the Kazakh town on Friday.", "RETREAT"),
    ("Kyrgyzstan announced a suspension of flights to Tajikistan on Monday.", "SANCTION"),
    # aid to civilians named only as a group
    ("Turkey provided food and blankets to 2,000 families in Kyrgyzstan.", "AID"),
    ("Kazakhstan accepted 300 Afghan refugees on Friday.", "AID"),
    ("The Uzbek ambassador paid a courtesy visit to the Kyrgyz foreign minister.", "CONSULT"),
    ("The Tajik president ordered patrols along the Afghan border.", "MOBILIZE"),
    ("Tajik police have been pressuring market traders to end their strike.", "REQUEST"),
    ("The Kyrgyz government declared a state of siege in Batken on Sunday.", "COERCE"),
    ("Militants held dozens of villagers as human shields near the Tajik border.", "ASSAULT"),
    ("Militants overran a Tajik border post on Friday.", "ASSAULT"),
])
def test_first_event_type(rules_coder: RulesCoder, text: str, first: str) -> None:
    types = event_types(rules_coder, text)
    assert types and types[0] == first, types


def test_main_clause_event_comes_first(rules_coder: RulesCoder) -> None:
    text = "When Tajik troops shelled the village, Kyrgyzstan recalled its ambassador from Dushanbe."
    types = event_types(rules_coder, text)
    assert types and types[0] == "SANCTION", types


@pytest.mark.parametrize("text", [
    "The Kazakh foreign minister expressed concern about the situation in Afghanistan.",
    "Officials urged residents to stay away from the river.",
    "The mayor said he agrees with the governor that the market should stay open.",
    "Amnesty covers people convicted of theft who did not commit violence.",
    "The Kyrgyz minister denied charges that his troops tortured a Tajik shepherd.",
    "Germany announced funding to fight the measles epidemic in Tajikistan.",
    "Mudflows destroyed dozens of homes in southern Kyrgyzstan on Tuesday.",
    "Kazakhstan closed the mountain road to the Kyrgyz border on Monday after heavy snowfall.",
])
def test_statements_and_mentions_yield_no_event(rules_coder: RulesCoder, text: str) -> None:
    assert event_types(rules_coder, text) == []


def test_participle_on_plain_noun_is_background(rules_coder: RulesCoder) -> None:
    types = event_types(rules_coder, "Belarus released 31 people jailed for political reasons on Tuesday.")
    assert types == ["RETREAT"], types


def test_event_noun_told_again_is_background(rules_coder: RulesCoder) -> None:
    text = "Kyrgyz and Tajik troops clashed near Batken on Monday. Fifteen people were killed in that fighting."
    assert event_types(rules_coder, text) == ["ASSAULT"]
