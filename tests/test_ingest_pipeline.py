"""Near-duplicate detection, the ingest pipeline against a real DuckDB store, and `tocsin ingest`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest_http_server import Server
from ingest_texts import BORDER, BORDER_REWORDED, BORDER_SYNDICATED, PROTEST, RATES, SEIZURE
from tocsin.cli import app
from tocsin.ingest import NearDuplicateIndex, ingest
from tocsin.ingest.pipeline import BATCH_SIZE
from tocsin.store import Store

REPO = Path(__file__).resolve().parents[1]
TOCSIN = REPO / ".venv" / "bin" / "tocsin"


# ---------------------------------------------------------------- near-duplicates


@pytest.fixture()
def index() -> NearDuplicateIndex:
    index = NearDuplicateIndex(threshold=0.8)
    for article_id, text in (("border", BORDER), ("rates", RATES), ("protest", PROTEST)):
        index.add(article_id, index.signature(text))
    return index


def test_syndicated_copy_is_found(index):
    assert index.find(index.signature(BORDER_SYNDICATED)) == "border"
    retitled = "Two wounded as Kyrgyz, Tajik guards trade fire\n\n" + BORDER.replace("March 12", "March 13")
    assert index.find(index.signature(retitled)) == "border"


def test_same_event_in_other_words_is_not_a_copy(index):
    assert index.find(index.signature(BORDER_REWORDED)) is None


def test_unrelated_text_is_not_a_copy(index):
    assert index.find(index.signature(SEIZURE)) is None
    assert index.find(index.signature("")) is None


def test_signature_round_trip_and_format(index):
    signature = index.signature(BORDER)
    assert isinstance(signature, bytes) and len(signature) == 4 + 8 * 128
    assert index.signature(BORDER) == signature  # deterministic across calls (and processes: fixed seed)
    fresh = NearDuplicateIndex(threshold=0.8)
    fresh.add("x", signature)
    assert fresh.find(index.signature(BORDER_SYNDICATED)) == "x"
    with pytest.raises(ValueError, match="signature has"):
        fresh.add("bad", b"\x00" * 10)


# ---------------------------------------------------------------- pipeline


def write_jsonl(path: Path, records) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def distinct_texts(count: int, salt: str = "") -> list[str]:
    """Texts sharing no 5-word shingles (numbered vocabulary), so none is a copy of another."""
    return [" ".join(f"{salt}w{i}x{j}" for j in range(40)) + "." for i in range(count)]


def test_ingest_stores_links_copies_and_is_idempotent(tmp_path, settings):
    wire = write_jsonl(
        tmp_path / "wire.jsonl",
        [
            {"id": "b1", "text": BORDER, "url": "https://a.example/border?utm_source=x", "pub_date": "2024-03-12"},
            {"id": "b2", "text": BORDER_SYNDICATED, "url": "https://b.example/kg-tj"},
            {"id": "b3", "text": BORDER_REWORDED, "url": "https://c.example/batken"},
            "oops",
            {"id": "r1", "text": RATES},
        ],
    )
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "protest.txt").write_text("Tbilisi arrests\n\n" + PROTEST, encoding="utf-8")
    seen: list[int] = []
    with Store.open(settings.db) as store:
        report = ingest([str(wire), str(tmp_path / "more"), str(tmp_path / "missing.csv")], store, settings, progress=seen.append)
        assert (report.read, report.inserted, report.existing, report.near_duplicates) == (5, 4, 0, 1)
        assert [str(p) for p in report.problems] == [f"{wire}:4: not valid JSON (Expecting value at column 1)", f"{tmp_path / 'missing.csv'}: no such file or directory"]
        assert sum(seen) == 6  # five articles + one bad line
        assert [a.id for a in store.copies_of("b1")] == ["b2"]
        assert store.get_article("b1").canonical_url == "https://a.example/border"
        stats = store.stats()
        assert (stats.stories, stats.copies) == (4, 1)
        run = store.runs(limit=1)[0]
        assert run.status == "partial" and run.counts["inserted"] == 4 and len(run.problems) == 2

        # the same sources again: nothing new; the near-dup index was rebuilt from the store
        again = ingest([str(wire), str(tmp_path / "more")], store, settings)
        assert (again.read, again.inserted, again.existing, again.near_duplicates) == (5, 0, 5, 0)
        # a further syndicated copy in a later run is linked to the stored story
        late = write_jsonl(tmp_path / "late.jsonl", [{"id": "b4", "text": "ALMATY (Steppe Wire) - " + BORDER[len("BISHKEK, March 12 - "):]}])
        third = ingest([str(late)], store, settings)
        assert (third.inserted, third.near_duplicates, third.problems) == (0, 1, ())
        assert {a.id for a in store.copies_of("b1")} == {"b2", "b4"}
        assert store.runs(limit=1)[0].status == "ok"


def test_ingest_writes_in_batches(tmp_path, settings):
    texts = distinct_texts(BATCH_SIZE * 2 + 7)
    path = write_jsonl(tmp_path / "many.jsonl", [{"id": f"m{i}", "text": t} for i, t in enumerate(texts)])
    with Store.open(settings.db) as store:
        report = ingest([str(path)], store, settings)
        assert report.inserted == len(texts) and report.near_duplicates == 0
        assert store.stats().stories == len(texts)


def test_kill_minus_9_mid_run_keeps_whole_batches_and_rerun_resumes(tmp_path, settings):
    count = BATCH_SIZE * 2 + 20
    path = write_jsonl(tmp_path / "wire.jsonl", [{"id": f"k{i}", "text": t} for i, t in enumerate(distinct_texts(count, "k"))])
    server = Server()
    server.routes["/hang"] = lambda handler: (time.sleep(20), (200, {"Content-Type": "text/html"}, b""))[1]
    env = {**os.environ, "TOCSIN_HTTP_TIMEOUT": "30", "TOCSIN_DB": str(settings.db)}
    with server:
        process = subprocess.Popen([str(TOCSIN), "ingest", str(path), server.url("/hang")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not server.hits.get("/hang") and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        assert server.hits.get("/hang") == 1, "the ingest process never reached the hanging URL"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    with Store.open(settings.db) as store:
        stats = store.stats()
        assert stats.stories == BATCH_SIZE * 2  # whole batches only; the open batch of 20 is lost
        report = ingest([str(path)], store, settings)
        assert (report.inserted, report.existing) == (20, BATCH_SIZE * 2)
        assert store.stats().stories == count


# ---------------------------------------------------------------- CLI


def test_cli_ingest_summary_problems_and_exit_codes(tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", [{"id": "g1", "text": RATES}, {"id": "g2", "text": SEIZURE}])
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "x1", "text": PROTEST}, {"id": "x2"}])
    db = tmp_path / "cli.duckdb"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(good), "--db", str(db)], env={"TOCSIN_CONFIG": ""})
    assert result.exit_code == 0, result.output
    assert "new stories" in result.stdout and "syndicated copies" in result.stdout
    result = runner.invoke(app, ["ingest", str(good), str(bad), "--db", str(db)])
    assert result.exit_code == 1
    assert f"{bad}:2: record has no 'text' field" in result.stderr
    with Store.open(db) as store:
        assert store.stats().stories == 3


def test_cli_store_that_cannot_open_is_exit_2(tmp_path):
    not_a_db = tmp_path / "junk.duckdb"
    not_a_db.write_bytes(b"this is not a duckdb file" * 100)
    source = write_jsonl(tmp_path / "good.jsonl", [{"id": "g1", "text": RATES}])
    done = subprocess.run([str(TOCSIN), "ingest", str(source), "--db", str(not_a_db)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "error" in done.stderr and str(not_a_db) in done.stderr.replace("\n", "")


def test_ingest_goes_on_after_a_failed_url(tmp_path, settings):
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        f"<item><title>Seizure</title><link>/s1</link><description>{SEIZURE}</description></item>"
        "</channel></rss>"
    ).encode()
    server = Server()
    server.routes["/feed"] = lambda handler: (200, {"Content-Type": "application/rss+xml"}, feed)
    server.routes["/slow"] = lambda handler: (time.sleep(1.0), (200, {"Content-Type": "text/html"}, b"<p>late</p>"))[1]
    good = write_jsonl(tmp_path / "good.jsonl", [{"id": "g1", "text": RATES}])
    quick = settings.replace(http_timeout=0.3, http_retries=0)
    with server, Store.open(settings.db) as store:
        report = ingest([server.url("/gone"), server.url("/slow"), str(good), server.url("/feed")], store, quick)
    assert (report.read, report.inserted) == (2, 2)
    assert [p.source for p in report.problems] == [server.url("/gone"), server.url("/slow")]
    assert "HTTP 404" in report.problems[0].message and "timed out" in report.problems[1].message
