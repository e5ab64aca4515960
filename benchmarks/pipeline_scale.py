"""Ingest + code at scale through the real CLI, against a bare spaCy parse of the same texts.

    .venv/bin/python benchmarks/pipeline_scale.py --articles 10000 [--workers 1]

Builds N distinct articles of six real sentences each, drawn at random (fixed seed) from a pool of
the team's sample corpus and the event-location set's news sentences (../shared/data, read at run
time, never stored in the repo); random mixes are not near-duplicates of each other, so every
article is a new story that gets coded. Then, each in its own subprocess:

  (a) baseline: bare `nlp.pipe` parse of the same texts (same model, same batch size);
  (b) `tocsin ingest FILE` into a fresh DuckDB file;
  (c) `tocsin run` (codes every pending story and stores the events).

Reports wall seconds, articles/s, the ratio (b+c)/(a), and the peak RSS of each subprocess.
Results are printed and written as JSON to benchmarks/out/pipeline_scale.json.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
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
start = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=settings.batch_size):
    pass
print(time.perf_counter() - start)
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


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """Run a subprocess; return wall seconds, its peak RSS in MB, and stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "articles.jsonl"
        db = Path(tmp) / "scale.duckdb"
        build_articles(args.articles, data)
        parse_s, parse_rss, out = timed([str(BIN / "python"), "-c", PARSE_SNIPPET, str(data), str(args.batch_size)])
        parse_only = float(out.strip().splitlines()[-1])
        ingest_s, ingest_rss, _ = timed([str(BIN / "tocsin"), "--db", str(db), "ingest", str(data)])
        run_s, run_rss, run_out = timed([str(BIN / "tocsin"), "--db", str(db), "--workers", str(args.workers),
                                         "--batch-size", str(args.batch_size), "run"])
    result = {
        "articles": args.articles, "workers": args.workers, "batch_size": args.batch_size,
        "parse_seconds": round(parse_only, 1), "parse_process_seconds": round(parse_s, 1),
        "ingest_seconds": round(ingest_s, 1), "run_seconds": round(run_s, 1),
        "parse_articles_per_s": round(args.articles / parse_only, 1),
        "pipeline_articles_per_s": round(args.articles / (ingest_s + run_s), 1),
        "ratio_pipeline_to_parse": round((ingest_s + run_s) / parse_only, 2),
        "peak_rss_mb": {"parse": round(parse_rss), "ingest": round(ingest_rss), "run": round(run_rss)},
        "run_output": run_out.strip().splitlines()[-1] if run_out.strip() else "",
    }
    out_dir = REPO / "benchmarks" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "pipeline_scale.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
