"""Coding speed against a bare spaCy parse of the same texts, in the same process, plus peak RSS.

    .venv/bin/python benchmarks/speed.py                    # sample corpus (or PLOVER GSR sentences)
    .venv/bin/python benchmarks/speed.py --articles 10000   # synthetic-by-repetition run for the RSS aim

Stages, each over the same texts after a warm-up (model and lexicons loaded before timing):
(a) bare parse: nlp.pipe of the texts with the configured model and batch size;
(b) keyword coder; (c) rules coder, when registered. Reports articles/s, the ratio coder/parse
(issue 2 and 3 aim: <= 1.5) and the process's peak RSS after each stage (aim < 1.5 GB).
"""

from __future__ import annotations

import argparse
import json
import statistics
import resource
import sys
import time
from pathlib import Path

import psutil

from tocsin import nlp
from tocsin.config import build_settings
from tocsin.evaluation.run import load_coders, make_coder
from tocsin.types import Article

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DIR = REPO / "src" / "tocsin" / "data" / "sample"
GSR = REPO / ".." / "shared" / "data" / "events" / "plover_gsr_cameo" / "plover_gsr.jsonl"


def load_texts() -> tuple[list[Article], str]:
    articles: list[Article] = []
    for path in sorted(SAMPLE_DIR.glob("*.jsonl")) if SAMPLE_DIR.is_dir() else []:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                row = json.loads(line)
                if row.get("text"):
                    articles.append(Article(id=str(row.get("id") or f"{path.stem}-{n}"), text=row["text"]))
    if articles:
        return articles, f"sample corpus ({SAMPLE_DIR.relative_to(REPO)}, {len(articles)} articles)"
    for n, line in enumerate(GSR.read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        articles.append(Article(id=f"gsr-{n}", text=row["text"]))
    return articles, f"PLOVER GSR sentences ({len(articles)}; sample corpus missing)"


def repeat_to(articles: list[Article], total: int) -> list[Article]:
    return [Article(id=f"{articles[i % len(articles)].id}~{i}", text=articles[i % len(articles)].text)
            for i in range(total)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, help="repeat the texts to this many articles (e.g. 10000)")
    parser.add_argument("--coders", nargs="*", help="coders to time (default every registered coder)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--repeat", type=int, default=3, help="alternating rounds; the median is reported")
    parser.add_argument("--sentence-model", type=Path, default=REPO / "benchmarks" / "out" / "sentence_model.npz",
                        help="the hybrid coder's model (benchmarks/events_eval.py trains it)")
    args = parser.parse_args(argv)

    settings = build_settings().replace(sentence_model_file=str(args.sentence_model))
    articles, what = load_texts()
    if args.articles:
        articles = repeat_to(articles, args.articles)
        what += f", repeated to {len(articles)}"
    coder_names = args.coders or load_coders()
    coders = {name: make_coder(name, settings) for name in coder_names}
    warm = articles[:8]
    list(nlp.parse(settings.spacy_model, [a.text for a in warm], settings.batch_size))
    for coder in coders.values():
        coder.code_batch(warm)

    texts = [a.text for a in articles]
    chars = sum(len(t) for t in texts)
    chunk = max(settings.batch_size * 4, 16)

    def time_parse() -> float:
        started = time.perf_counter()
        for _ in nlp.parse(settings.spacy_model, texts, settings.batch_size):
            pass
        return time.perf_counter() - started

    def timed_locator(coder) -> list[float] | None:
        """Time the coder's event-location stage (geo): wraps its EventLocator.locate; [seconds]."""
        rules = getattr(coder, "rules", coder)
        locator = rules.event_locator() if hasattr(rules, "event_locator") else None
        if locator is None:
            return None
        spent = [0.0]
        locate = locator.locate

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return locate(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - started

        locator.locate = timed
        return spent

    geo_spent = {name: timed_locator(coder) for name, coder in coders.items()}

    def time_coder(coder) -> tuple[float, int]:
        started = time.perf_counter()
        events = 0
        for start in range(0, len(articles), chunk):
            events += sum(len(c.events) for c in coder.code_batch(articles[start:start + chunk]))
        return time.perf_counter() - started, events

    # Stages alternate over --repeat rounds and the median is reported, so a burst of load from
    # other processes does not land on one stage only.
    timings: dict[str, list[float]] = {"bare spaCy parse": []}
    events_of: dict[str, int] = {}
    peak: dict[str, float] = {}
    geo_share: dict[str, list[float]] = {}  # event-location time / the rest of the coder's time
    for _ in range(args.repeat):
        timings["bare spaCy parse"].append(time_parse())
        peak["bare spaCy parse"] = peak_rss_mb()
        for name, coder in coders.items():
            spent = geo_spent[name]
            geo_before = spent[0] if spent else 0.0
            seconds, events_of[name] = time_coder(coder)
            timings.setdefault(f"{name} coder", []).append(seconds)
            if spent:
                geo_share.setdefault(name, []).append((spent[0] - geo_before) / max(seconds - (spent[0] - geo_before), 1e-9))
            peak[f"{name} coder"] = peak_rss_mb()
    parse_seconds = statistics.median(timings["bare spaCy parse"])
    rows = []
    for stage, values in timings.items():
        seconds = statistics.median(values)
        row = {"stage": stage, "seconds": seconds, "ratio": seconds / parse_seconds, "peak_rss_mb": peak[stage],
               "all_seconds": [round(v, 2) for v in values]}
        if stage.endswith(" coder"):
            name = stage[: -len(" coder")]
            row["events"] = events_of[name]
            if name in geo_share:
                row["geo_adds"] = statistics.median(geo_share[name])
        rows.append(row)
    rss_now = psutil.Process().memory_info().rss / 2**20

    print(f"texts: {what}; {chars / len(texts):.0f} chars/article; model {settings.spacy_model}, "
          f"batch {settings.batch_size}, 1 process, median of {args.repeat} alternating rounds")
    print(f"{'stage':22} {'articles/s':>11} {'seconds':>8} {'x parse':>8} {'peak RSS MB':>12}")
    for row in rows:
        row["articles_per_s"] = len(articles) / row["seconds"]
        print(f"{row['stage']:22} {row['articles_per_s']:11.1f} {row['seconds']:8.2f} {row['ratio']:8.2f} "
              f"{row['peak_rss_mb']:12.0f}")
    for row in rows:
        if "geo_adds" in row:
            print(f"{row['stage']}: event location (geo) adds {row['geo_adds']:.1%} to the rest of its coding time")
    print(f"current RSS after the run (psutil): {rss_now:.0f} MB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"texts": what, "articles": len(articles), "rows": rows,
                                         "rss_mb": rss_now}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
