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
    # money announced is promised (the regional gold codes "announced grants" AGREE)
    ("Germany announced funding to fight the measles epidemic in Tajikistan.", "AGREE"),
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


def _verdicts(coder: RulesCoder, text: str) -> dict[str, str]:
    import datetime as dt

    from tocsin.types import Article

    analysis = coder.analyze(Article(id="t", text=text, pub_date=dt.date(2024, 5, 8)))
    return {c.trigger: c.verdict for c in analysis.candidates}


def test_day_possessive_dates_the_event_but_last_week_recalls_one(rules_coder: RulesCoder) -> None:
    assert event_types(rules_coder, "Three herders were killed in Sunday's raid near Dilling.") == ["ASSAULT"]
    assert event_types(rules_coder, "Three herders were killed in Sunday\u2019s raid near Dilling.") == ["ASSAULT"]
    verdicts = _verdicts(rules_coder, "Three herders were killed in last week's raid near Dilling.")
    assert verdicts["killed"].startswith("not coded: background"), verdicts


def test_claims_keep_their_confidence_penalty_and_self_claims_stay_statements(rules_coder: RulesCoder) -> None:
    import datetime as dt

    from tocsin.types import Article

    witness = rules_coder.analyze(Article(id="w", text="Traders claim that soldiers burned the market in Juba on Sunday.",
                                          pub_date=dt.date(2024, 5, 8)))
    plain = rules_coder.analyze(Article(id="p", text="Soldiers burned the market in Juba on Sunday.",
                                        pub_date=dt.date(2024, 5, 8)))
    assert [e.event for e in witness.events] == [("ASSAULT",)]
    assert witness.events[0].confidence < plain.events[0].confidence
    verdicts = _verdicts(rules_coder, "The militia claimed that it had shelled the airport in Juba on Sunday.")
    assert verdicts["shelled"].startswith("not coded: claimed"), verdicts


def test_tally_is_background_with_its_cue(rules_coder: RulesCoder) -> None:
    verdicts = _verdicts(rules_coder, "At least 70 people have been killed in the district so far this month.")
    assert "running tally ('so far')" in verdicts["killed"], verdicts


def test_stranded_participle_needs_no_other_finite_verb(rules_coder: RulesCoder) -> None:
    from tocsin import nlp
    from tocsin.coding.syntax import misparsed_finite, stranded_participle

    doc = nlp.parse(rules_coder.settings.spacy_model,
                    ["The Turkish border guards killed on Saturday evening a young man from Afrin."], 1)
    doc = list(doc)[0]
    killed = next(t for t in doc if t.lower_ == "killed")
    if killed.dep_ == "acl":  # the model's misparse this repair is for
        assert stranded_participle(killed) and misparsed_finite(killed)
    assert event_types(rules_coder, doc.text) == ["ASSAULT"]
    assert event_types(rules_coder, "The rebels killed near the river were buried in Gulu on Monday.") == []
