"""Ingest + code at scale through the real CLI, against a bare spaCy parse of the same texts.

    .venv/bin/python benchmarks/pipeline_scale.py --articles 10000 [--workers 1]

Builds N distinct articles of six real sentences each, drawn at random (fixed seed) from a pool of
the team's sample corpus and the event-location set's news sentences (../shared/data, read at run
time, never stored in the repo); random mixes are not near-duplicates of each other, so every
article is a new story that gets coded. Then, each in its own subprocess:

  (a) baseline: bare `nlp.pipe` parse of the same texts (same model, same batch size);
  (b) `tocsin ingest FILE` into a fresh DuckDB file;
  (c) `tocsin run` (codes every pending story and stores the events).

The three steps are repeated (`--repeats`, default 2), in turn, each repeat into a fresh DuckDB file; the
ratio is taken from the fastest of each step, so that a slow spell of a shared machine during one step does
not decide it (one run step of the same code measured 104 s in one session and 147 s in another). Reports
wall seconds, CPU seconds, articles/s, the ratio (b+c)/(a) on wall time and on CPU time, every repeat's
times, and the peak RSS of each subprocess. Results are printed and written as JSON to
benchmarks/out/pipeline_scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared" / "data").resolve()
BIN = REPO / ".venv" / "bin"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")

PARSE_SNIPPET = """
import json, sys, time
from tocsin.config import build_settings
from tocsin.nlp import load_pipeline
settings = build_settings(overrides={"batch_size": int(sys.argv[2])})
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = load_pipeline(settings.spacy_model)
start, start_cpu = time.perf_counter(), time.process_time()
for _ in nlp.pipe(texts, batch_size=settings.batch_size):
    pass
print(time.perf_counter() - start, time.process_time() - start_cpu)
"""


def sentence_pool() -> list[str]:
    pool: list[str] = []
    for path in sorted((REPO / "src" / "tocsin" / "data" / "sample").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            pool += [s.strip() for s in SENTENCE_END.split(text) if len(s.split()) >= 6]
    halterman = SHARED / "events" / "event_location_halterman" / "event_location.jsonl"
    for line in halterman.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"].strip()
        if len(text.split()) >= 6:
            pool.append(text)
    return sorted(set(pool))


def build_articles(n: int, path: Path) -> None:
    rng = random.Random(20261128)
    pool = sentence_pool()
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = " ".join(rng.sample(pool, 6))
            day = 1 + i % 28
            out.write(json.dumps({"id": f"scale-{i:05d}", "text": text, "title": f"Scale test {i}",
                                  "pub_date": f"2026-05-{day:02d}", "source": "scale"}) + "\n")


@dataclass(frozen=True)
class Timing:
    """One subprocess: wall seconds, CPU seconds (user + system), peak RSS in MB, and what it printed."""

    wall: float
    cpu: float
    peak_mb: float
    stdout: str


def timed(cmd: list[str], workdir: Path) -> Timing:
    """Run a subprocess and measure it alone: `os.wait4` gives this child's own CPU time and peak RSS."""
    out_path, err_path = workdir / "stdout.txt", workdir / "stderr.txt"
    with out_path.open("w") as out, err_path.open("w") as err:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({child.returncode}):\n{err_path.read_text()[-2000:]}")
    return Timing(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out_path.read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=2, help="times each step runs, in turn; the fastest counts")
    args = parser.parse_args()
    parses: list[tuple[float, float]] = []  # (wall, CPU) of the parse loop alone, printed by the snippet
    parse_processes: list[Timing] = []
    ingests: list[Timing] = []
    runs: list[Timing] = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        data = workdir / "articles.jsonl"
        build_articles(args.articles, data)
        for repeat in range(args.repeats):
            db = workdir / f"scale-{repeat}.duckdb"
            parse_process = timed([str(BIN / "python"), "-c", PARSE_SNIPPET, str(data), str(args.batch_size)], workdir)
            wall, cpu = (float(x) for x in parse_process.stdout.strip().splitlines()[-1].split())
            parses.append((wall, cpu))
            parse_processes.append(parse_process)
            ingests.append(timed([str(BIN / "tocsin"), "--db", str(db), "ingest", str(data)], workdir))
            runs.append(timed([str(BIN / "tocsin"), "--db", str(db), "--workers", str(args.workers),
                               "--batch-size", str(args.batch_size), "run"], workdir))
    parse_wall = min(wall for wall, _ in parses)
    parse_cpu = min(cpu for _, cpu in parses)
    ingest, run = min(ingests, key=lambda t: t.wall), min(runs, key=lambda t: t.wall)
    pipeline_cpu = min(t.cpu for t in ingests) + min(t.cpu for t in runs)
    result = {
        "articles": args.articles, "workers": args.workers, "batch_size": args.batch_size, "repeats": args.repeats,
        "parse_seconds": round(parse_wall, 1), "parse_process_seconds": round(min(t.wall for t in parse_processes), 1),
        "ingest_seconds": round(ingest.wall, 1), "run_seconds": round(run.wall, 1),
        "parse_articles_per_s": round(args.articles / parse_wall, 1),
        "pipeline_articles_per_s": round(args.articles / (ingest.wall + run.wall), 1),
        "ratio_pipeline_to_parse": round((ingest.wall + run.wall) / parse_wall, 2),
        "ratio_pipeline_to_parse_cpu": round(pipeline_cpu / parse_cpu, 2),
        "every_repeat": [{"parse_seconds": round(p[0], 1), "parse_cpu_seconds": round(p[1], 1),
                          "ingest_seconds": round(i.wall, 1), "run_seconds": round(r.wall, 1),
                          "run_cpu_seconds": round(r.cpu, 1)} for p, i, r in zip(parses, ingests, runs)],
        "peak_rss_mb": {"parse": round(max(t.peak_mb for t in parse_processes)),
                        "ingest": round(max(t.peak_mb for t in ingests)), "run": round(max(t.peak_mb for t in runs))},
        "run_output": run.stdout.strip().splitlines()[-1] if run.stdout.strip() else "",
    }
    out_dir = REPO / "benchmarks" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "pipeline_scale.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))

if __name__ == "__main__":
    main()
