"""Word lists and confidence calibration are data files, validated on load; roles of symmetric acts."""

from __future__ import annotations

import datetime as dt

import pytest

from tocsin.coding.actor_link import dateline_end
from tocsin.coding.calibration import calibration, parse_calibration
from tocsin.coding.rules import RulesCoder
from tocsin.coding.word_lists import parse_word_lists, type_set, word_lists
from tocsin.errors import ConfigError
from tocsin.plover import taxonomy
from tocsin.types import Article

TYPES = frozenset(taxonomy().event_types)


def test_bundled_word_lists_load_and_name_real_types() -> None:
    lists = word_lists()
    assert "ASSAULT" in type_set("violent")
    assert "exercise" in lists.words["scenario_nouns"]
    assert all(t in TYPES for s in lists.types.values() for t in s)


def test_word_lists_reject_unknown_types_and_missing_keys() -> None:
    good = {"types": {k: ["ASSAULT"] for k in ("story_merged", "violent", "authority_acts", "domestic_default",
                                                  "directed_default")},
            "words": {k: ["x"] for k in ("simulating_heads", "scenario_nouns", "simulated_words", "crowd_words",
                                          "party_group_heads", "party_group_quantifiers", "time_nouns",
                                          "back_reference_dets", "speaker_verbs")}}
    assert parse_word_lists(good, "t.yaml", TYPES).types["violent"] == frozenset({"ASSAULT"})
    bad = {**good, "types": {**good["types"], "violent": ["FIGHT"]}}
    with pytest.raises(ConfigError, match="t.yaml: types.violent names unknown event types"):
        parse_word_lists(bad, "t.yaml", TYPES)
    missing = {**good, "words": {"crowd_words": ["x"]}}
    with pytest.raises(ConfigError, match="lacks"):
        parse_word_lists(missing, "t.yaml", TYPES)


def test_calibration_file_scales_confidence_by_type() -> None:
    cal = calibration()
    assert set(cal.types) <= TYPES and cal.types
    t, rel = next(iter(cal.types.items()))
    assert cal.confidence(t, rel.mean_raw) == pytest.approx(rel.reliability, abs=1e-6)
    with pytest.raises(ConfigError, match="out of range"):
        parse_calibration({"types": {"AGREE": {"coded": 3, "correct": 5, "reliability": 0.5, "mean_raw": 0.5}}}, "c")


def test_dateline_is_not_an_actor() -> None:
    assert dateline_end("BISHKEK, March 6 (Bishkek Herald) – Officials met.") > 0
    assert dateline_end("Kyrgyz and Tajik forces - began") == 0


@pytest.fixture(scope="module")
def coder() -> RulesCoder:
    from tocsin.config import build_settings

    return RulesCoder(build_settings())


def _events(coder: RulesCoder, text: str):
    return coder.analyze(Article(id="t", text=text, pub_date=dt.date(2025, 3, 6))).events


def test_symmetric_act_lists_both_parties_on_both_sides(coder: RulesCoder) -> None:
    ev = _events(coder, "BISHKEK, March 6 (Herald) – Kyrgyzstan and Tajikistan agreed on Sunday to a ceasefire.")
    agree = next(e for e in ev if e.event == ("AGREE",))
    assert {a.code for a in agree.actor} == {"KGZ", "TJK"} == {r.code for r in agree.recipient}


def test_both_sides_resolve_to_the_story_parties(coder: RulesCoder) -> None:
    ev = _events(coder, "Kyrgyzstan and Tajikistan held talks on the border. Both sides accused the other of "
                        "using heavy weapons against villages.")
    accuse = next(e for e in ev if e.event == ("ACCUSE",))
    assert {a.code for a in accuse.actor} == {"KGZ", "TJK"}


def test_drug_seizure_is_coerce_not_assault(coder: RulesCoder) -> None:
    ev = _events(coder, "Tajik border guards seized 41 kilograms of hashish in the Shamsiddin Shohin district.")
    assert [e.event for e in ev] == [("COERCE",)]
    assert ev[0].mode == ("seize",)


def test_dismissal_block_belongs_to_fire_only() -> None:
    from tocsin.coding.lexicon import load_triggers

    rules = {r.id: r for r in load_triggers().rules}
    assert not {"employee", "official", "minister"} & rules["ASSAULT/shoot"].object_block
    assert {"employee", "official", "minister"} <= rules["ASSAULT/fire"].object_block
    assert "shoot" not in rules["ASSAULT/fire"].lemmas


def test_place_adjunct_and_named_place_as_objects(coder: RulesCoder) -> None:
    from tocsin.coding.triggers import PLACE_WORD, _object_tokens, _object_words
    from tocsin.nlp import load_pipeline

    nlp = load_pipeline(coder.settings.spacy_model)
    doc = nlp("Customs officers seized opium in the border area.")
    verb = next(t for t in doc if t.lemma_ == "seize")
    assert "area" not in _object_words(_object_tokens(verb), verb)  # a place adjunct of a verb with an object
    doc = nlp("Russian troops entered Chechnya.")
    verb = next(t for t in doc if t.lemma_ == "enter")
    assert PLACE_WORD in _object_words(_object_tokens(verb), verb)
