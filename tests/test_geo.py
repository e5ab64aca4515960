"""Geoparsing with the real gazetteer index (built once per session, ~15-20 s) and the real spaCy model."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import tocsin.geo.gazetteer as gazetteer_module
from tocsin.config import Settings
from tocsin.geo import EventLocator, Gazetteer, Geoparser
from tocsin.geo.batch import geoparse_records, read_records
from tocsin.types import Article, Event, SourceProblem, TextInfo

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(cache_dir=tmp_path_factory.mktemp("geo-cache"))


@pytest.fixture(scope="session")
def gazetteer(settings: Settings) -> Gazetteer:
    started = time.perf_counter()
    gaz = Gazetteer.load(settings)
    print(f"gazetteer index built in {time.perf_counter() - started:.1f} s")
    return gaz


@pytest.fixture(scope="session")
def geoparser(settings: Settings, gazetteer: Gazetteer) -> Geoparser:
    return Geoparser(settings, gazetteer)


def by_text(toponyms):
    return {t.text: t for t in toponyms}


def test_index_reloads_whole(settings: Settings, gazetteer: Gazetteer) -> None:
    # (its load time is a benchmark figure, docs/benchmarks.md, not a timed unit test)
    assert gazetteer.path is not None and gazetteer.path.exists()
    assert gazetteer.unmatched_team_names == []
    gazetteer_module._loaded.pop(gazetteer.path)
    again = Gazetteer.load(settings)
    gazetteer_module._loaded[gazetteer.path] = gazetteer
    assert len(again) == len(gazetteer) > 200_000


def test_exonyms_and_historic_names(geoparser: Geoparser) -> None:
    text = "Frunze, Alma-Ata, Tselinograd, Leninabad, Kurgan-Tyube, Leninakan and Oskemen."
    names = ["Frunze", "Alma-Ata", "Tselinograd", "Leninabad", "Kurgan-Tyube", "Leninakan", "Oskemen"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    got = [(t.name, t.country_code) for t in geoparser.resolve_spans(text, spans)]
    assert got == [("Bishkek", "KGZ"), ("Almaty", "KAZ"), ("Astana", "KAZ"), ("Khujand", "TJK"),
                   ("Bokhtar", "TJK"), ("Gyumri", "ARM"), ("Ust-Kamenogorsk", "KAZ")]


def test_regions_display_names_and_oblast_phrasing(geoparser: Geoparser) -> None:
    found = by_text(geoparser.find("Shelling hit villages in the Khatlon oblast and in Batken province, "
                                   "while GBAO and the Pskov region stayed calm. Jalal-Abad was quiet."))
    assert found["Khatlon oblast"].resolution == "adm1" and found["Khatlon oblast"].country_code == "TJK"
    assert found["Batken province"].admin1 == "Batken" and found["Batken province"].resolution == "adm1"
    assert found["GBAO"].name == "Gorno-Badakhshan"
    assert found["Pskov region"].country_code == "RUS" and found["Pskov region"].resolution == "adm1"
    assert found["Jalal-Abad"].name == "Jalal-Abad"  # not GeoNames' "Manas"
    assert found["Jalal-Abad"].resolution == "city"


def test_border_phrases(geoparser: Geoparser) -> None:
    found = by_text(geoparser.find("Troops clashed on the Tajik-Afghan border and near the Kyrgyz-Tajik frontier; "
                                   "talks on the border between Armenia and Azerbaijan resumed."))
    assert found["Tajik-Afghan border"].resolution == "border"
    assert set(found["Tajik-Afghan border"].countries) == {"TJK", "AFG"}
    assert set(found["Kyrgyz-Tajik frontier"].countries) == {"KGZ", "TJK"}
    assert set(found["border between Armenia and Azerbaijan"].countries) == {"ARM", "AZE"}


def test_stop_list_and_person_names(geoparser: Geoparser) -> None:
    found = by_text(geoparser.find("In March, Police Union leader Georgia Smith met President Jordan in Tbilisi. "
                                   "Chad Johnson said the union would strike."))
    assert "March" not in found and "Police" not in found and "Union" not in found
    assert "Georgia" not in found and "Jordan" not in found and "Chad" not in found
    assert found["Tbilisi"].country_code == "GEO"


def test_small_model_misses_are_fixed(geoparser: Geoparser) -> None:
    found = by_text(geoparser.find("Gunmen attacked a village near Gao in Mali, and officials in Bamako condemned it. "
                                   "Troops were sent from Osh and Jalal-Abad."))
    assert found["Mali"].resolution == "country" and found["Mali"].country_code == "MLI"
    assert found["Bamako"].country_code == "MLI" and found["Gao"].country_code == "MLI"
    assert found["Osh"].country_code == "KGZ" and found["Jalal-Abad"].country_code == "KGZ"


def test_country_beats_same_named_town(geoparser: Geoparser) -> None:
    found = by_text(geoparser.find("Officials in Georgia and Armenia discussed trade with Mexico."))
    for name, code in (("Georgia", "GEO"), ("Armenia", "ARM"), ("Mexico", "MEX")):
        assert found[name].resolution == "country" and found[name].country_code == code


def test_x_comma_y_pattern(geoparser: Geoparser) -> None:
    text = "He grew up in Paris, Texas, and later moved to Springfield, Ill."
    found = by_text(geoparser.find(text))
    assert found["Paris"].country_code == "USA" and found["Paris"].admin1 == "Texas"
    assert found["Springfield"].admin1 == "Illinois"
    alone = by_text(geoparser.find("He grew up in Paris and later moved to Lyon."))
    assert alone["Paris"].country_code == "FRA"


def test_no_match_is_explicit(geoparser: Geoparser) -> None:
    text = "They met in Zzyzxqwert."
    (top,) = geoparser.resolve_spans(text, [(12, 22)])
    assert top.resolution == "none" and top.geonameid is None and top.lat is None


def test_geoparse_cli_with_bad_line(tmp_path: Path, settings: Settings, gazetteer: Gazetteer) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "Protesters gathered in Bishkek and Osh."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "b", "text": "Paris, Texas", "spans": [[0, 5], [7, 12]]}) + "\n"
        + json.dumps({"id": "c", "text": "short", "spans": [[0, 99]]}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "tocsin"), "geoparse", str(source), "--out", str(out)],
        capture_output=True, text=True, env={"TOCSIN_CACHE_DIR": str(settings.cache_dir), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path, timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert "in.jsonl:2" in proc.stderr and "in.jsonl:4" in proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["text"]) for r in rows] == [("a", "Bishkek"), ("a", "Osh"), ("b", "Paris"), ("b", "Texas")]
    assert set(rows[0]) == {"id", "start", "end", "text", "geonameid", "name", "lat", "lon", "country_code",
                            "admin1", "feature_class", "resolution", "score"}
    assert rows[0]["country_code"] == "KGZ" and rows[2]["admin1"] == "Texas"


def test_read_records_reports_lines(tmp_path: Path, geoparser: Geoparser) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "x", "text": ""}\n{"id": "y", "text": "Dushanbe"}\n', encoding="utf-8")
    items = list(geoparse_records(read_records(source), geoparser))
    assert isinstance(items[0], SourceProblem) and items[0].line == 1
    assert items[1].name == "Dushanbe"


def _event(text: str, trigger: str, sequence: int = 0, n: int = 1) -> Event:
    start = text.index(trigger)
    return Event(id=f"s-{n}", story_id="s", date=dt.date(2024, 5, 1), event=("ASSAULT",), event_text=text,
                 text_info=TextInfo(sequence, 0, len(text)), confidence=0.8, coder="test",
                 trigger=trigger, trigger_start=start, trigger_end=start + len(trigger))


def test_event_locator(settings: Settings, gazetteer: Gazetteer) -> None:
    from tocsin.nlp import load_pipeline

    nlp = load_pipeline(settings.spacy_model)
    locator = EventLocator(settings, gazetteer)
    text = ("OSH, Kyrgyzstan - Gunmen attacked a checkpoint near Vorukh on Tuesday, officials in Bishkek said. "
            "Troops clashed on the Tajik-Afghan border. "
            "The minister will travel to Moscow next week. "
            "Protesters were detained.")
    doc = nlp(text)
    events = [_event(text, "attacked", 0, 1), _event(text, "clashed", 1, 2), _event(text, "travel", 2, 3),
              _event(text, "detained", 3, 4)]
    located = locator.locate(doc, Article(id="s", text=text), events)
    first, border, travel, detained = (e.event_loc for e in located)
    assert first is not None and first.extracted_place == "Vorukh" and first.country_code == "TJK"
    assert first.province == "Sughd" and first.resolution == "city" and first.lat is not None
    assert border is not None and border.resolution == "border" and border.country_code in ("TJK", "AFG")
    assert travel is not None and travel.extracted_place == "Moscow"
    # no place in its sentence, too far from the dateline: the story's country, stored as a country
    assert detained is not None and detained.country_code == "KGZ" and detained.resolution == "country"
    assert detained.extracted_place == "" and detained.start is None
    assert [e.id for e in located] == ["s-1", "s-2", "s-3", "s-4"]


def test_event_locator_dateline_fallback(settings: Settings, gazetteer: Gazetteer) -> None:
    from tocsin.nlp import load_pipeline

    text = "DUSHANBE, Tajikistan (AP) - Police arrested twelve people on Friday."
    doc = load_pipeline(settings.spacy_model)(text)
    (event,) = EventLocator(settings, gazetteer).locate(doc, Article(id="s", text=text), [_event(text, "arrested")])
    assert event.event_loc is not None and event.event_loc.country_code == "TJK"


def test_corrupt_cache_is_rebuilt(settings: Settings, gazetteer: Gazetteer) -> None:
    path = gazetteer.path
    assert path is not None
    path.write_bytes(b"TOCSINGEO" + b"\x00garbage")
    gazetteer_module._loaded.pop(path)
    rebuilt = Gazetteer.load(settings)
    gazetteer_module._loaded[path] = gazetteer
    assert len(rebuilt) == len(gazetteer)
    assert [p.name for p, _ in rebuilt.lookup("Frunze")][:1] == ["Bishkek"]
    assert path.read_bytes()[:9] == b"TOCSINGEO" and path.stat().st_size > 1_000_000
    assert not list(path.parent.glob("*.tmp"))
