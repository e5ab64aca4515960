"""Scoring functions on small hand-made gold/prediction pairs with known answers."""

from __future__ import annotations

import datetime as dt

import pytest

from tocsin.cameo import DATA as CAMEO_TABLE, load_pentaclass
from tocsin.errors import TaxonomyError
from tocsin.evaluation.gold import GoldEvent, GoldStory
from tocsin.evaluation.predictions import PredEvent
from tocsin.evaluation.scoring import evaluate, pentaclass_of

D1 = dt.date(2024, 5, 1)
D2 = dt.date(2024, 5, 2)


def gold_set() -> list[GoldStory]:
    return [
        GoldStory("s1", "x", (
            GoldEvent("ASSAULT", actor=("KGZ",), recipient=("TJK",), date=D1, loc_country="TJK"),
            GoldEvent("CONSULT", actor=("RUS",), recipient=("KAZ",), date=D2),
        )),
        GoldStory("s2", "x", (GoldEvent("ASSAULT", actor=("AFGGOV",), recipient=()),)),
        GoldStory("s3", "x", negative=True),
        GoldStory("s4", "x", negative=True),
    ]


def preds() -> dict[str, tuple[PredEvent, ...]]:
    return {
        "s1": (
            PredEvent("s1", "ASSAULT", actor=("KGZ",), recipient=("UZB",), date=D1, loc_country="TJK"),
            PredEvent("s1", "ASSAULT", actor=("TJK",), recipient=("KGZ",), date=D2),
            PredEvent("s1", "CONSULT", actor=("RUS",), recipient=("KAZ",), date=D1),
        ),
        "s2": (PredEvent("s2", "PROTEST", actor=("AFG",)),),
        "s3": (PredEvent("s3", "ACCUSE"), PredEvent("s3", "ACCUSE")),
        "zz": (PredEvent("zz", "AID"),),
    }


def test_per_type_micro_macro() -> None:
    r = evaluate(gold_set(), preds())
    by = {p.label: p for p in r.per_type}
    # ASSAULT: gold 2 (s1, s2), pred 2 (both s1) -> tp 1, fp 1, fn 1
    assert (by["ASSAULT"].tp, by["ASSAULT"].fp, by["ASSAULT"].fn) == (1, 1, 1)
    assert (by["CONSULT"].tp, by["CONSULT"].fp, by["CONSULT"].fn) == (1, 0, 0)
    assert (by["PROTEST"].tp, by["PROTEST"].fp, by["PROTEST"].fn) == (0, 1, 0)
    assert (by["ACCUSE"].tp, by["ACCUSE"].fp) == (0, 2)
    # micro: tp 2, fp 1+1+2 = 4, fn 1
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (2, 4, 1)
    assert r.micro.precision == pytest.approx(2 / 6)
    assert r.micro.recall == pytest.approx(2 / 3)
    assert r.micro.f1 == pytest.approx(2 * (1 / 3) * (2 / 3) / (1 / 3 + 2 / 3))
    # macro over gold types (ASSAULT, CONSULT): F1 0.5 and 1.0
    assert r.macro_f1 == pytest.approx(0.75)
    assert r.macro_precision == pytest.approx(0.75)
    assert [p.label for p in r.per_type][:2] == ["ASSAULT", "CONSULT"]
    assert r.gold_events == 3 and r.predicted_events == 6 and r.unknown_story_ids == 1


def test_attribute_accuracies_on_matched_events() -> None:
    r = evaluate(gold_set(), preds())
    # the KGZ->UZB ASSAULT is the better-agreeing partner of KGZ->TJK (actor, date, location agree)
    assert (r.actor_accuracy.correct, r.actor_accuracy.total) == (2, 2)
    assert (r.recipient_accuracy.correct, r.recipient_accuracy.total) == (1, 2)
    assert (r.location_accuracy.correct, r.location_accuracy.total) == (1, 1)
    assert (r.date_accuracy.correct, r.date_accuracy.total) == (1, 2)


def test_type_actors_and_type_accuracy_and_negatives() -> None:
    r = evaluate(gold_set(), preds())
    # only CONSULT RUS->KAZ agrees in type, actor and recipient; KGZ->UZB has the wrong recipient
    assert (r.type_actors.tp, r.type_actors.fp, r.type_actors.fn) == (1, 5, 2)
    # single-type gold stories: s2 only (s1 holds two types); its first prediction is PROTEST
    assert (r.type_accuracy.correct, r.type_accuracy.total) == (0, 1)
    assert (r.negatives.stories, r.negatives.events, r.negatives.stories_with_events) == (2, 2, 1)
    assert r.negatives.events_per_story == pytest.approx(1.0)


def test_incomplete_stories_leave_type_scores_alone() -> None:
    stories = [GoldStory("a", "x", (GoldEvent("ASSAULT"),), complete=False)]
    r = evaluate(stories, {"a": (PredEvent("a", "PROTEST"),)})
    assert r.scored_stories == 0 and r.micro.tp + r.micro.fp + r.micro.fn == 0


def test_pentaclass_macro_f1() -> None:
    stories = [GoldStory(f"p{i}", "x", complete=False, pentaclass=c) for i, c in enumerate([0, 1, 2, 3, 4, 4])]
    pred = {
        "p1": (PredEvent("p1", "CONSULT"),),
        "p2": (PredEvent("p2", "AID"),),
        "p3": (PredEvent("p3", "ASSAULT"), PredEvent("p3", "ACCUSE")),  # first event decides: 4
        "p4": (PredEvent("p4", "ASSAULT"),),
        "p5": (PredEvent("p5", "SANCTION"),),  # SANCTION (CAMEO 16) is verbal conflict, 3
    }
    r = evaluate(stories, pred)
    p = r.pentaclass
    assert p is not None and p.n == 6
    assert p.confusion[0][0] == 1  # no event -> class 0
    assert p.confusion[3][4] == 1 and p.confusion[4][3] == 1
    # F1 per class: 0:1, 1:1, 2:1, 3:0 (tp 0), 4: tp1 fp1 fn1 -> 0.5
    assert p.macro_f1 == pytest.approx((1 + 1 + 1 + 0 + 0.5) / 5)
    assert p.accuracy == pytest.approx(4 / 6)
    assert pentaclass_of(()) == 0


def test_cameo_table_rejects_a_type_in_two_classes_or_not_in_plover(tmp_path) -> None:
    text = CAMEO_TABLE.read_text(encoding="utf-8")
    assert load_pentaclass(CAMEO_TABLE).of_type["ASSAULT"] == 4
    twice = tmp_path / "twice.yaml"
    twice.write_text(text.replace("types: [AGREE, CONSULT, SUPPORT]", "types: [AGREE, CONSULT, SUPPORT, ASSAULT]"))
    with pytest.raises(TaxonomyError, match="listed twice: \\['ASSAULT'\\]"):
        load_pentaclass(twice)
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text(text.replace("types: [AGREE, CONSULT, SUPPORT]", "types: [AGREE, CONSULT, SUPPORT, PRAISE]"))
    with pytest.raises(TaxonomyError, match="not PLOVER: \\['PRAISE'\\]"):
        load_pentaclass(unknown)
    shared_root = tmp_path / "shared_root.yaml"
    shared_root.write_text(text.replace('roots: ["03", "04", "05"]', 'roots: ["03", "04", "05", "19"]'))
    with pytest.raises(TaxonomyError, match="distinct two-digit CAMEO roots"):
        load_pentaclass(shared_root)


def test_cameo_code_class_by_root() -> None:
    table = load_pentaclass(CAMEO_TABLE)
    assert [table.of_cameo(c) for c in ("020", "0874", "057", "163", "1831", "99")] == [0, 2, 1, 3, 4, None]


def test_pentaclass_request_appeal_or_demand_by_trigger() -> None:
    appeal = PredEvent("s", "REQUEST", trigger="called on")
    demand = PredEvent("s", "REQUEST", trigger="demanded")
    assert pentaclass_of((appeal,)) == 0 and pentaclass_of((demand,)) == 3
    assert pentaclass_of((PredEvent("s", "REQUEST"),)) == 3  # no trigger recorded: the type's class
    assert pentaclass_of((appeal,), appeals=False) == 3
    assert pentaclass_of((PredEvent("s", "ACCUSE", trigger="urged"),)) == 3  # only REQUEST is split
    stories = [GoldStory("a", "x", pentaclass=0), GoldStory("b", "x", pentaclass=3)]
    r = evaluate(stories, {"a": (appeal,), "b": (demand,)})
    assert r.pentaclass is not None and r.pentaclass.accuracy == 1.0
    assert r.pentaclass_type_only is not None and r.pentaclass_type_only.accuracy == 0.5


def test_police_strict_and_type_only() -> None:
    stories = [
        GoldStory("d1-0", "x", complete=False, police=("ARREST",), group="d1"),
        GoldStory("d1-1", "x", complete=False, police=("KILL", "FORCE"), group="d1"),
        GoldStory("d2-0", "x", complete=False, police=(), group="d2"),
        GoldStory("d2-1", "x", complete=False, police=(), group="d2"),
    ]
    pred = {
        "d1-0": (PredEvent("d1-0", "COERCE", mode=("arrest",), actor_texts=("the police",)),),
        "d1-1": (PredEvent("d1-1", "ASSAULT", actor=("IND",)),),  # not a police actor
        "d2-0": (PredEvent("d2-0", "ASSAULT", actor_sectors=("COP",)),),
    }
    police = evaluate(stories, pred).police
    assert police is not None and police.sentences == 4
    strict = {p.label: p for p in police.strict}
    assert (strict["police ARREST"].tp, strict["police ARREST"].fp, strict["police ARREST"].fn) == (1, 0, 0)
    assert (strict["police ASSAULT"].tp, strict["police ASSAULT"].fp, strict["police ASSAULT"].fn) == (0, 1, 1)
    assert strict["police pooled"].precision == pytest.approx(0.5)
    loose = {p.label: p for p in police.type_only}
    assert (loose["police ASSAULT"].tp, loose["police ASSAULT"].fp) == (1, 1)
    assert police.negative_documents == 1 and police.police_events_on_negative_documents == 1
