"""Event-location attachment on event_location_halterman (dev): for each event verb, does
EventLocator choose the gold place span (any overlap) or, when the gold has none, no place?

    .venv/bin/python benchmarks/geo_event_location.py [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "events" / "event_location_halterman" / "event_location.jsonl"
sys.path.insert(0, str(ROOT / "src"))

from tocsin.config import build_settings  # noqa: E402
from tocsin.geo import EventLocator  # noqa: E402
from tocsin.nlp import load_pipeline  # noqa: E402
from tocsin.types import Event, TextInfo  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    settings = build_settings()
    locator = EventLocator(settings)
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r.get("event_verbs") and r.get("answer") != "reject"]
    if args.limit:
        records = records[: args.limit]
    nlp = load_pipeline(settings.spacy_model)
    counts: Counter = Counter()
    started = time.perf_counter()
    for rec, doc in zip(records, nlp.pipe([r["text"] for r in records], batch_size=64)):
        gold = [(g["start"], g["end"]) for g in rec.get("event_locations") or []]
        toponyms = locator.geoparser.find(doc.text, doc)
        for verb in rec["event_verbs"]:
            event = Event(id="x", story_id="x", date=dt.date(2020, 1, 1), event=("ASSAULT",), event_text=rec["text"],
                          text_info=TextInfo(5, 0, len(rec["text"])), confidence=1.0, coder="bench",
                          trigger_start=verb["start"], trigger_end=verb["end"])
            chosen = locator.attach(doc, toponyms, event)
            span = (chosen.toponym.start, chosen.toponym.end) if chosen else None
            kind = "gold_place" if gold else "gold_none"
            counts[kind] += 1
            if span is None:
                ok = not gold
            else:
                ok = any(s < span[1] and span[0] < e for s, e in gold)
            counts[kind + "_ok"] += ok
    n = counts["gold_place"] + counts["gold_none"]
    result = {
        "events": n,
        "accuracy": (counts["gold_place_ok"] + counts["gold_none_ok"]) / n,
        "acc_when_gold_place": counts["gold_place_ok"] / max(counts["gold_place"], 1),
        "acc_when_gold_none": counts["gold_none_ok"] / max(counts["gold_none"], 1),
        "gold_none_share": counts["gold_none"] / n,
        "seconds": time.perf_counter() - started,
    }
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}))


if __name__ == "__main__":
    main()
