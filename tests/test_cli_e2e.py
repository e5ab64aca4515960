"""End to end through the installed `tocsin` command on real files and a real DuckDB store."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import SAMPLE_DIR, TOCSIN_BIN

REPORTS = [
    {"id": "e2e-1", "title": "Border guards clash", "pub_date": "2026-05-14", "source": "Test Wire",
     "url": "https://wire.example/e2e-1",
     "text": "Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on Tuesday, "
             "officials in Bishkek said. Two soldiers were wounded."},
    {"id": "e2e-2", "title": "Arrests in Almaty", "pub_date": "2026-05-15", "source": "Test Wire",
     "url": "https://wire.example/e2e-2",
     "text": "Police in Almaty detained twelve protesters on Thursday after a rally against fuel prices."},
    {"id": "e2e-3", "title": "Weather", "pub_date": "2026-05-15", "source": "Test Wire",
     "url": "https://wire.example/e2e-3",
     "text": "Sunny weather is expected across the valley this weekend, with temperatures near 30 degrees."},
]


def tocsin(*args: str, db: Path, stdin: str | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(TOCSIN_BIN), "--db", str(db), *args], input=stdin, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture()
def reports_file(tmp_path: Path) -> Path:
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n", encoding="utf-8")
    return path


def test_ingest_run_events_stats_roundtrip(tmp_path: Path, reports_file: Path) -> None:
    db = tmp_path / "store.duckdb"
    first = tocsin("ingest", str(reports_file), db=db)
    assert first.returncode == 0, first.stderr
    again = tocsin("ingest", str(reports_file), db=db)
    assert again.returncode == 0, again.stderr
    ran = tocsin("run", db=db)
    assert ran.returncode == 0, ran.stderr
    rerun = tocsin("run", db=db)
    assert "nothing to code" in rerun.stderr
    out = tocsin("events", "--format", "jsonl", db=db)
    assert out.returncode == 0, out.stderr
    events = [json.loads(line) for line in out.stdout.splitlines()]
    assert events, "the rules coder found no event in two violent reports"
    texts = {r["id"]: r["text"] for r in REPORTS}
    for event in events:
        for key in ("id", "date", "event", "actor", "recipient", "event_text", "text_info", "story_id",
                    "confidence", "quad_code", "coder"):
            assert key in event
        story = texts[event["story_id"]]
        info = event["text_info"]
        assert story[info["start"]:info["end"]] == event["event_text"]
        assert 0.0 <= event["confidence"] <= 1.0
    assert "e2e-3" not in {e["story_id"] for e in events}, "weather report coded as an event"
    types = {t for e in events for t in e["event"]}
    assert "ASSAULT" in types and "COERCE" in types
    kgz = tocsin("events", "--country", "KGZ", "--format", "csv", db=db)
    assert kgz.returncode == 0 and "e2e-1" in kgz.stdout and "e2e-2" not in kgz.stdout
    stats = tocsin("stats", db=db)
    assert stats.returncode == 0 and "stories" in stats.stdout and " 3 " in stats.stdout


def test_code_is_stateless_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [json.dumps(REPORTS[0]), "{this is not json", json.dumps({"id": "no-text"}), json.dumps(REPORTS[1])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "never-created.duckdb"
    result = tocsin("code", str(path), db=db)
    assert result.returncode == 1
    assert f"{path}:2" in result.stderr and f"{path}:3" in result.stderr
    stories = {json.loads(line)["story_id"] for line in result.stdout.splitlines()}
    assert stories == {"e2e-1", "e2e-2"}
    assert not db.exists(), "code must not touch the store"


def test_workers_give_the_same_events_as_one_process(tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    two = tmp_path / "two.jsonl"
    sample = sorted(SAMPLE_DIR.glob("*.jsonl"))[0]
    head = tmp_path / "head.jsonl"
    head.write_text("".join(sample.read_text(encoding="utf-8").splitlines(keepends=True)[:24]), encoding="utf-8")
    r1 = subprocess.run([str(TOCSIN_BIN), "--workers", "1", "--batch-size", "4", "code", str(head), "-o", str(one)],
                        capture_output=True, text=True, timeout=600)
    r2 = subprocess.run([str(TOCSIN_BIN), "--workers", "2", "--batch-size", "4", "code", str(head), "-o", str(two)],
                        capture_output=True, text=True, timeout=600)
    assert r1.returncode == 0, r1.stderr
    assert r2.returncode == 0, r2.stderr
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert one.stat().st_size > 0


def test_unknown_event_type_and_bad_date_are_clear_errors(tmp_path: Path, reports_file: Path) -> None:
    db = tmp_path / "store.duckdb"
    assert tocsin("ingest", str(reports_file), db=db).returncode == 0
    bad_type = tocsin("events", "--type", "FIGHTING", db=db)
    assert bad_type.returncode == 2 and "FIGHTING" in bad_type.stderr
    bad_date = tocsin("events", "--from", "14/05/2026", db=db)
    assert bad_date.returncode == 2 and "--from" in bad_date.stderr


def test_explain_shows_evidence_trigger_and_reasons(tmp_path: Path, reports_file: Path) -> None:
    db = tmp_path / "store.duckdb"
    assert tocsin("ingest", str(reports_file), db=db).returncode == 0
    shown = tocsin("explain", "e2e-2", db=db)
    assert shown.returncode == 0, shown.stderr
    out = " ".join(shown.stdout.split())
    assert "COERCE" in out and "detained" in out and "rule" in out and "actor:" in out
    missing = tocsin("explain", "no-such-story", db=db)
    assert missing.returncode == 2 and "no-such-story" in missing.stderr
    from_file = tocsin("explain", str(reports_file), db=tmp_path / "unused.duckdb")
    assert from_file.returncode == 0 and "ASSAULT" in from_file.stdout


def test_code_reads_jsonl_from_stdin(tmp_path: Path) -> None:
    result = tocsin("code", "-", db=tmp_path / "unused.duckdb", stdin=json.dumps(REPORTS[1]) + "\n{broken\n")
    assert result.returncode == 1  # the broken line is reported
    assert "<stdin>:2" in result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["story_id"] for e in events] == ["e2e-2"] and events[0]["event"] == ["COERCE"]
