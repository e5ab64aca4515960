"""Converters of the shared event sets, run on the real files in ../shared/data."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tocsin.errors import EvaluationError
from tocsin.evaluation.converters import (
    convert_case2021,
    convert_conflibert,
    convert_india_police,
    convert_multiannotator,
    convert_petrarch,
    convert_plover_gsr,
    convert_ucdp,
    load_cameo_crosswalk,
    load_team_cameo,
)
from tocsin.evaluation.gold import load_gold, write_gold


@pytest.fixture(scope="module")
def events_dir(shared_data: Path) -> Path:
    return shared_data / "events"


@pytest.fixture(scope="module")
def crosswalk(shared_data: Path):
    return load_cameo_crosswalk(shared_data / "ontology" / "PLOVER_CAMEO2PLOVER-2021.txt")


def test_plover_gsr_counts_and_round_trip(events_dir: Path, tmp_path: Path) -> None:
    conv = convert_plover_gsr(events_dir / "plover_gsr_cameo" / "plover_gsr.jsonl")
    assert conv.role == "dev" and len(conv.stories) == 322
    counts = Counter(s.events[0].event for s in conv.stories)
    assert counts["AGREE"] == 40 and counts["REQUEST"] == 34 and counts["COOPERATE"] == 4
    assert len({s.id for s in conv.stories}) == 322  # the repeated source id was made unique
    first = conv.stories[0]
    assert first.events[0].actor == ("HUN", "ROU")
    assert all("JAP" not in s.events[0].recipient for s in conv.stories)
    write_gold(conv.stories, tmp_path / "g.jsonl")
    assert load_gold(tmp_path / "g.jsonl") == list(conv.stories)


def test_crosswalk_longest_prefix(crosswalk) -> None:
    assert crosswalk.lookup("0874")[:2] == ("RETREAT", "disarm")
    assert crosswalk.lookup("08")[0] == "CONCEDE"
    assert crosswalk.lookup("190")[0] == "ASSAULT"
    assert crosswalk.lookup("173")[0] == "COERCE"
    assert crosswalk.lookup("903") is None


def test_petr2_validation(events_dir: Path, crosswalk) -> None:
    folder = events_dir / "petrarch_validation"
    conv = convert_petrarch(folder / "petr2_gsr_validation.jsonl", crosswalk, "petr2_gsr_validation", "report",
                            folder / "PETR2_GSR_validation.xml")
    assert len(conv.stories) == 78
    rebuilt = next(s for s in conv.stories if s.id == "abc12_3")  # empty <Text>, rebuilt from the parse
    assert rebuilt.text.startswith("Boko Haram has launched") and rebuilt.text.endswith("Nigeria.")
    assert sum(s.negative for s in conv.stories) == 12
    brazil = next(s for s in conv.stories if s.id == "AFP0808020675_1")
    # BRA->USA and USA->BRA AGREE are one compound PLOVER event
    assert len(brazil.events) == 1 and set(brazil.events[0].actor) == {"BRA", "USA"}


def test_petrarch_unittest(events_dir: Path, crosswalk) -> None:
    conv = convert_petrarch(events_dir / "petrarch_validation" / "petrarch2_unittest.jsonl", crosswalk,
                            "petrarch2_unittest", "dev")
    ids = [s.id for s in conv.stories]
    assert len(set(ids)) == len(ids) and "AGENTS-18~2" in ids
    assert "DEMO-00" in ids and len(conv.stories) < 284  # error and test-code records dropped
    demo = next(s for s in conv.stories if s.id == "DEMO-00")
    assert demo.events[0].event == "COOPERATE" and demo.events[0].actor == ("ARN",)
    assert sum(s.negative for s in conv.stories) == 19


def test_conflibert_overlaps_dropped(events_dir: Path) -> None:
    path = events_dir / "conflibert_cameo_pentaclass"
    train = convert_conflibert(path / "cameo_pentaclass_train.jsonl", "t", "dev", False)
    assert len(train.stories) == 1349
    assert Counter(s.pentaclass for s in train.stories) == {0: 240, 1: 248, 2: 303, 3: 337, 4: 221}
    test_all = convert_conflibert(path / "cameo_pentaclass_test.jsonl", "t", "report", False)
    test_unique = convert_conflibert(path / "cameo_pentaclass_test.jsonl", "t", "report", True)
    assert len(test_all.stories) == 451 and len(test_unique.stories) == 451 - 327


def test_team_cameo_coding_types_conflibert_sentences(events_dir: Path, crosswalk, tmp_path: Path) -> None:
    coding = tmp_path / "coding.jsonl"
    coding.write_text(
        '{"id": "train-0", "class": 4, "cameo": "183", "trigger": "killed", "source": [""], "target": ["ukr"]}\n'
        '{"id": "train-1", "class": 3, "cameo": "125", "trigger": "rejected", "source": ["CHE"], "target": ["HRV"]}\n'
        '{"id": "train-3", "class": 0, "cameo": "010", "trigger": "said", "source": [], "target": []}\n',
        encoding="utf-8")
    typed = load_team_cameo(coding, crosswalk)
    assault = typed["train-0"].event
    assert assault is not None and assault.event == "ASSAULT"
    assert assault.actor == () and assault.recipient == ("UKR",)
    assert typed["train-3"].event is None  # a statement: no PLOVER event, as in PETRARCH's table
    train = convert_conflibert(events_dir / "conflibert_cameo_pentaclass" / "cameo_pentaclass_train.jsonl",
                               "t", "dev", False, typed)
    by_id = {s.id: s for s in train.stories}
    assert [e.event for e in by_id["conflibert-train-1"].events] == ["REJECT"]
    assert by_id["conflibert-train-3"].complete and by_id["conflibert-train-3"].events == ()
    assert not by_id["conflibert-train-2"].complete  # not coded by the team: class only
    assert by_id["conflibert-train-1"].pentaclass == 3
    wrong_class = tmp_path / "wrong.jsonl"
    wrong_class.write_text('{"id": "train-1", "class": 4, "cameo": "190", "source": [], "target": []}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="train-1 is class 3 in the source but class 4 in the team's coding"):
        convert_conflibert(events_dir / "conflibert_cameo_pentaclass" / "cameo_pentaclass_train.jsonl", "t", "dev", False,
                           load_team_cameo(wrong_class, crosswalk))
    stray = tmp_path / "stray.jsonl"
    stray.write_text('{"id": "train-99999", "class": 4, "cameo": "190"}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="names sentences not in .*train-99999"):
        convert_conflibert(events_dir / "conflibert_cameo_pentaclass" / "cameo_pentaclass_train.jsonl", "t", "dev", False,
                           load_team_cameo(stray, crosswalk))


@pytest.mark.parametrize("line, message", [
    ('{"id": "train-0", "class": 1, "cameo": "190"}', "CAMEO 190 is not in five-way class 1"),
    ('{"id": "train-0", "class": 2, "cameo": "08x"}', "'08x' is not a three- or four-digit CAMEO code"),
    ('{"id": "train-0", "cameo": "190"}', "needs id, cameo and class"),
    ('{"id": "train-9", "class": 4, "cameo": "190"}', "train-9 annotated twice"),
    ('{"id": "train-0", "class": 4, "cameo": "190", "source": "RUS"}', "source and target must be lists"),
])
def test_team_cameo_coding_rejects_bad_lines(crosswalk, tmp_path: Path, line: str, message: str) -> None:
    coding = tmp_path / "coding.jsonl"
    coding.write_text('{"id": "train-9", "class": 4, "cameo": "190"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=f"coding.jsonl:2: .*{message}"):
        load_team_cameo(coding, crosswalk)


def test_india_police(events_dir: Path) -> None:
    path = events_dir / "india_police_events"
    conv = convert_india_police(path / "sents.jsonl", path / "metadata.jsonl")
    assert len(conv.stories) == 21391
    assert sum("ARREST" in s.police for s in conv.stories) == 301
    assert sum("KILL" in s.police for s in conv.stories) == 96
    assert len({s.group for s in conv.stories}) == 1257
    arrest = next(s for s in conv.stories if "ARREST" in s.police)
    assert any(e.event == "COERCE" and e.mode == "arrest" and e.actor_sector == "COP" for e in arrest.events)
    assert all(not s.complete for s in conv.stories)


def test_case2021(events_dir: Path) -> None:
    conv = convert_case2021(events_dir / "case2021_task2_finegrained" / "test_set_final_release_with_labels.tsv",
                            events_dir / "acled_case_to_plover_crosswalk.tsv")
    negatives = [s for s in conv.stories if s.negative]
    assert len(negatives) == 52 + 37  # man-made and natural disasters
    # dropped: OTHER 8, CHANGE_TO_GROUP_ACT 30, DIPLO 44, ORG_CRIME 29
    assert len(conv.stories) == 1019 - 8 - 30 - 44 - 29
    types = Counter(s.events[0].event for s in conv.stories if s.events)
    assert types["COERCE"] == 34 + 21 + 58 and types["ACCUSE"] == 28


def test_ucdp(events_dir: Path) -> None:
    conv = convert_ucdp([events_dir / "ucdp_ged_headlines" / "ged231_global_sample1000.jsonl"])
    assert 0 < len(conv.stories) < 674
    both = convert_ucdp([events_dir / "ucdp_ged_headlines" / "ged231_global_sample1000.jsonl",
                         events_dir / "ucdp_ged_headlines" / "ged231_central_african_republic.jsonl"])
    ids = [s.id for s in both.stories]
    assert len(ids) == len(set(ids)) and len(ids) > len(conv.stories)
    events = [e for s in conv.stories for e in s.events]
    assert all(e.event == "ASSAULT" for e in events)
    assert sum(e.loc_country == "SYR" for e in events) > 50
    assert any("SYR" in e.actor for e in events)


def test_multiannotator_one_set_per_annotator(events_dir: Path, crosswalk) -> None:
    path = events_dir / "cameo_conflibert_multiannotator" / "cameo_multiannotator.jsonl"
    table = convert_multiannotator(path, crosswalk)
    assert sorted(table) == ["1", "3", "4", "5"]
    ids = [[s.id for s in conv.stories] for conv in table.values()]
    assert all(len(i) == 200 and i == ids[0] for i in ids)
    events = Counter(e.event for conv in table.values() for s in conv.stories for e in s.events)
    assert "RETREAT" not in events and events["CONCEDE"] == 13  # root 08 is one class
    assert "199 of root 01, 12 of root 02" in table["1"].notes[0]
    with_appeals = convert_multiannotator(path, crosswalk, appeals_as_request=True)
    more = Counter(e.event for conv in with_appeals.values() for s in conv.stories for e in s.events)
    assert more["REQUEST"] - events["REQUEST"] == 12
    assert all(s.negative == (not s.events) for conv in table.values() for s in conv.stories)


def test_multiannotator_record_without_annotations_names_line(crosswalk, tmp_path: Path) -> None:
    bad = tmp_path / "sheets.jsonl"
    bad.write_text('{"id": "a", "text": "t", "annotations": []}\n{"id": "b", "text": "u"}\n')
    with pytest.raises(EvaluationError, match=r"sheets.jsonl:2: no text or annotations"):
        convert_multiannotator(bad, crosswalk)


def test_unreadable_jsonl_names_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "t", "event_plover2021": "AGREE", "source": [], "target": []}\n{oops\n')
    with pytest.raises(EvaluationError, match=r"bad.jsonl:2: not valid JSON"):
        convert_plover_gsr(bad)
