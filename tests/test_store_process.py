"""Store behaviour across real processes: the file lock, and a SIGKILL in the middle of ingestion."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tocsin.errors import StoreLockedError
from tocsin.store import Store
from tocsin.types import Article

HOLDER = textwrap.dedent(
    """
    import sys
    from tocsin.store import Store
    store = Store.open(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


def test_second_process_gets_a_clear_lock_error(tmp_path: Path) -> None:
    path = tmp_path / "held.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError) as caught:
            Store.open(path)
        message = str(caught.value)
        assert f"database file {path} is in use by another process (pid {holder.pid})" in message
        with pytest.raises(StoreLockedError, match=f"pid {holder.pid}"):
            Store.open(path, read_only=True)  # even readers are locked out
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    with Store.open(path) as store:  # free again once the holder is gone
        assert store.schema_version() == 2


# The writer adds N_ARTICLES / BATCH batches of BATCH articles; texts vary in length (some ~40 kB) so that a
# kill often lands inside a transaction. It prints one line per committed batch.
N_ARTICLES = 1200
BATCH = 40

WRITER = textwrap.dedent(
    """
    import sys, time
    from tocsin.store import Store
    sys.path.insert(0, sys.argv[2])
    from test_store_process import make_articles, BATCH
    articles = make_articles()
    hold_before_commit = sys.argv[3] == "before-commit"
    real_transaction = Store._transaction

    def transaction_that_waits(self, what, body):
        # fault injection: once the rows of batch 4 are inserted, say so and wait for the kill
        def body_then_wait(conn, registered):
            result = body(conn, registered)
            if hold_before_commit and len(articles_written) == 4 * BATCH:
                print("inserted, not committed", flush=True)
                time.sleep(60)
            return result
        return real_transaction(self, what, body_then_wait)

    Store._transaction = transaction_that_waits
    articles_written = []
    with Store.open(sys.argv[1]) as store:
        run = store.start_run("ingest", ["generated"])
        for i in range(0, len(articles), BATCH):
            print(f"writing {i // BATCH}", flush=True)
            result = store.add_articles(articles[i:i + BATCH], run)
            articles_written += articles[i:i + BATCH]
            print(f"committed {i // BATCH} inserted {len(result.inserted)}", flush=True)
    """
)


def article_text(n: int) -> str:
    words = ["border", "guards", "reported", "shelling", "near", "the", "village", "of", "Ak-Sai",
             "officials", "said", "talks", "would", "resume", "on", "Monday"]
    length = 40 + (n * 7919) % 400 + (6000 if n % 9 == 0 else 0)
    return f"Report {n}. " + " ".join(words[(n + k * k) % len(words)] for k in range(length)) + "."


def make_articles() -> list[Article]:
    articles = []
    for n in range(N_ARTICLES):
        text = article_text(n)
        articles.append(
            Article(
                id=f"gen-{n:05d}", text=text, title=f"Report {n}", url=f"https://wire.example/{n}",
                canonical_url=f"https://wire.example/{n}" if n % 3 else "", source="wire",
                origin=f"generated:{n}", content_hash=hashlib.sha256(text.encode()).hexdigest(),
            )
        )
    return articles


@pytest.mark.parametrize("kill_point", ["call-started", "before-commit"])
def test_sigkill_mid_ingest_leaves_complete_articles_and_rerun_resumes(tmp_path: Path, kill_point: str) -> None:
    """Kill -9 the writer while batch 4 is being added (as soon as the call starts, or once its
    rows are inserted but not committed); reopen, check what is stored, rerun the whole ingestion."""
    path = tmp_path / "killed.duckdb"
    kill_line = "writing 4" if kill_point == "call-started" else "inserted, not committed"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(Path(__file__).parent), kill_point],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert writer.stdout is not None
    committed = []
    for line in writer.stdout:
        if line.startswith("committed"):
            committed.append(line)
        elif line.strip() == kill_line:
            os.kill(writer.pid, signal.SIGKILL)
            break
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL, writer.stderr.read() if writer.stderr else ""
    assert len(committed) == 4, "writer finished or failed before it could be killed"

    sent = {a.id: a for a in make_articles()}
    with Store.open(path) as store:
        stored_ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        # the four committed batches, plus the fifth only if it committed before the kill landed
        assert len(stored_ids) in ((4 * BATCH,) if kill_point == "before-commit" else (4 * BATCH, 5 * BATCH))
        print(f"stored after kill: {len(stored_ids)} articles")
        assert len(stored_ids) % BATCH == 0
        for article_id in stored_ids:
            stored = store.get_article(article_id)
            assert stored == sent[article_id]
            assert stored.content_hash == hashlib.sha256(stored.text.encode()).hexdigest()

        run = store.start_run("ingest", ["generated"])
        inserted: list[str] = []
        existing: list[str] = []
        articles = list(sent.values())
        for i in range(0, len(articles), 100):  # different batching on the rerun
            result = store.add_articles(articles[i:i + 100], run)
            inserted += result.inserted
            existing += result.existing
        assert sorted(existing) == stored_ids
        assert sorted(inserted) == sorted(set(sent) - set(stored_ids))
        total, unique_hashes = store.conn.execute(
            "SELECT count(*), count(DISTINCT content_hash) FROM articles"
        ).fetchall()[0]
        assert total == unique_hashes == N_ARTICLES
        assert store.add_articles(articles[:50], run).inserted == ()


def write_wire_files(directory: Path, files: int, per_file: int) -> dict[str, str]:
    """JSONL files of distinct made-up reports; returns id -> text."""
    import json
    import random

    syllables = ["ka", "ro", "mi", "tan", "bek", "sul", "dor", "vi", "na", "zar", "tu", "ge", "lo", "pra", "chi", "om"]
    vocabulary = sorted({a + b + c for a in syllables for b in syllables for c in syllables[:6]})
    texts: dict[str, str] = {}
    directory.mkdir()
    for f in range(files):
        with open(directory / f"wire{f:02d}.jsonl", "w", encoding="utf-8") as out:
            for j in range(per_file):
                n = f * per_file + j
                pick = random.Random(n)
                text = f"Report {n}. " + " ".join(pick.choice(vocabulary) for _ in range(pick.randint(60, 300))) + "."
                texts[f"cli-{n:05d}"] = text
                record = {"id": f"cli-{n:05d}", "title": f"Report {n}", "text": text, "pub_date": "2024-02-03",
                          "url": f"https://wire.example/{n}", "source": "wire"}
                out.write(json.dumps(record) + "\n")
    return texts


def test_sigkill_of_the_ingest_command_and_rerun(tmp_path: Path) -> None:
    """`tocsin ingest DIR --db X` killed with SIGKILL once a few batches are in the WAL; rerun completes."""
    import time

    tocsin = Path(sys.executable).with_name("tocsin")
    assert tocsin.exists(), f"{tocsin} not installed"
    texts = write_wire_files(tmp_path / "wire", files=40, per_file=50)
    db = tmp_path / "ingest.duckdb"
    wal = Path(str(db) + ".wal")
    command = [str(tocsin), "ingest", str(tmp_path / "wire"), "--db", str(db)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 400_000:  # a few committed batches (~1.3 kB per article)
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.002)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"ingest ended before the kill: {proc.stderr.read()!r}"

    with Store.open(db) as store:
        stored_ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        assert 0 < len(stored_ids) < len(texts)
        for article_id in stored_ids:
            stored = store.get_article(article_id)
            assert stored is not None and stored.text == texts[article_id]
        assert [r.status for r in store.runs()] == ["running"]  # the killed run never finished
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    with Store.open(db) as store:
        total, hashes, ids = store.conn.execute(
            "SELECT count(*), count(DISTINCT content_hash), count(DISTINCT id) FROM articles"
        ).fetchall()[0]
        assert total == hashes == ids == len(texts)
        last = store.runs()[0]
        assert last.status == "ok"
        assert last.counts["inserted"] == len(texts) - len(stored_ids)
        assert last.counts["existing"] == len(stored_ids)
        assert store.stats().copies == 0
