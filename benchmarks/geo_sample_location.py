"""Country of each event's location on the team's regional sample (DEV gold, hand-annotated).

    .venv/bin/python benchmarks/geo_sample_location.py [--coder rules] [--verbose]

For each gold event with `loc_country` (benchmarks/data/sample_gold.jsonl), the predicted events of the
same PLOVER type in the same story (rules coder + EventLocator) are compared with it:
- `any`: some same-type predicted event is located in the gold country;
- `first`: the first same-type predicted event (text order) is located in the gold country;
- `story_country`: baseline without attachment, the most frequent resolved country of the story.
Shares are over gold events whose type the coder found in the story (`matched`) and over all gold
events with a loc_country (`all`, a missing type counts as wrong).
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
GOLD = ROOT / "benchmarks" / "data" / "sample_gold.jsonl"
sys.path.insert(0, str(ROOT / "src"))

import tocsin.coding.rules  # noqa: E402,F401  (registers the rules coder)
from tocsin.config import build_settings  # noqa: E402
from tocsin.geo import Geoparser  # noqa: E402
from tocsin.registry import coders  # noqa: E402
from tocsin.types import Article  # noqa: E402


def _country(event) -> str:
    loc = event.event_loc
    return loc.country_code if loc is not None else ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--coder", default="rules")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    settings = build_settings()
    stories = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(id=s["id"], text=s["text"], title=s.get("title", ""),
                        pub_date=dt.date.fromisoformat(s["pub_date"]) if s.get("pub_date") else None) for s in stories]
    coder = coders.get(args.coder)(settings)
    started = time.perf_counter()
    coded = coder.code_batch(articles)
    geoparser = Geoparser(settings)
    counts: Counter = Counter()
    for story, result in zip(stories, coded):
        predicted = sorted(result.events, key=lambda e: (e.text_info.sequence, e.text_info.start))
        countries = Counter(t.country_code for t in geoparser.find(story["text"]) if t.country_code)
        story_country = countries.most_common(1)[0][0] if countries else ""
        for gold in story["events"]:
            want = gold.get("loc_country")
            if not want:
                continue
            counts["all"] += 1
            counts["story_country_ok"] += story_country == want
            same = [e for e in predicted if gold["event"] in e.event]
            if not same:
                continue
            counts["matched"] += 1
            got = [_country(e) for e in same]
            counts["any_ok"] += want in got
            counts["first_ok"] += got[0] == want
            counts["unlocated_first"] += got[0] == ""
            if args.verbose and got[0] != want:
                print(f"{story['id']} {gold['event']} gold={want} got={got} :: {gold.get('evidence', '')[:90]}")
    m, a = max(counts["matched"], 1), max(counts["all"], 1)
    out = {"gold_events_with_loc_country": counts["all"], "type_matched": counts["matched"],
           "any_matched": counts["any_ok"] / m, "first_matched": counts["first_ok"] / m,
           "first_unlocated_matched": counts["unlocated_first"] / m,
           "any_all": counts["any_ok"] / a, "first_all": counts["first_ok"] / a,
           "story_country_baseline_all": counts["story_country_ok"] / a,
           "seconds": time.perf_counter() - started}
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}))


if __name__ == "__main__":
    main()
