"""Regenerate src/tocsin/data/coding/calibration.yaml from the DEV sets and print a reliability table.

    .venv/bin/python benchmarks/calibrate_confidence.py [--dry-run]

For each dev story (plover_gsr converted gold + sample_gold) the rules coder's events are matched to the
gold events of the same type (one-to-one, as in tocsin.evaluation.scoring); a matched event counts as
correct. Per type: coded, correct, smoothed precision (5 pseudo-events at the overall precision) and the
mean raw confidence. The coder then gives confidence = precision(type) x raw / mean_raw(type).
Only dev sets are used (never report sets).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from tocsin.coding import calibration as calib  # noqa: E402
from tocsin.coding.rules import RulesCoder  # noqa: E402
from tocsin.config import build_settings  # noqa: E402
from tocsin.evaluation.gold import articles_of, load_gold  # noqa: E402
from tocsin.evaluation.predictions import pred_from_event  # noqa: E402
from tocsin.evaluation.scoring import match_events  # noqa: E402

OUT = REPO / "src" / "tocsin" / "data" / "coding" / "calibration.yaml"
PRIOR_WEIGHT = 5.0
BINS = (0.0, 0.3, 0.45, 0.6, 0.75, 0.9, 1.01)


def dev_sets() -> dict[str, list]:
    from convert_events import DEFAULT_OUT, convert

    gsr = DEFAULT_OUT / "plover_gsr.jsonl"
    if not gsr.exists():
        convert("plover_gsr", DEFAULT_OUT)
    return {"plover_gsr": load_gold(gsr), "sample_gold": load_gold(REPO / "benchmarks" / "data" / "sample_gold.jsonl")}


def coded_outcomes(stories: list) -> list[tuple[str, float, bool]]:
    """(type, raw confidence, correct) for every coded event of complete stories."""
    coder = RulesCoder(build_settings())
    stories = [s for s in stories if s.complete]
    articles = articles_of(stories)
    out: list[tuple[str, float, bool]] = []
    for start in range(0, len(articles), 64):
        batch = articles[start:start + 64]
        for story, article, doc in zip(stories[start:start + 64], batch, coder.parse(batch)):
            analysis = coder.analyze_doc(article, doc)
            raw = {c.event_id: c.raw_confidence for c in analysis.candidates if c.event_id}
            preds = [pred_from_event(e) for e in analysis.events]
            matched = {id(p) for _, p in match_events(story.events, preds)}
            for e, p in zip(analysis.events, preds):
                out.append((e.event[0], raw.get(e.id, e.confidence), id(p) in matched))
    return out


def build(outcomes: list[tuple[str, float, bool]], sets: list[str]) -> dict:
    overall = sum(ok for _, _, ok in outcomes) / max(1, len(outcomes))
    by_type: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for t, raw, ok in outcomes:
        by_type[t].append((raw, ok))
    types = {}
    for t in sorted(by_type):
        rows = by_type[t]
        correct = sum(ok for _, ok in rows)
        rel = (correct + PRIOR_WEIGHT * overall) / (len(rows) + PRIOR_WEIGHT)
        types[t] = {"coded": len(rows), "correct": correct, "reliability": round(max(0.05, rel), 4),
                    "mean_raw": round(sum(r for r, _ in rows) / len(rows), 4)}
    return {
        "produced_by": "benchmarks/calibrate_confidence.py",
        "produced_on": dt.date.today().isoformat(),
        "method": ("rules coder on the dev sets; an event is correct when it pairs one-to-one with a gold event "
                   f"of the same type in its story; reliability = (correct + {PRIOR_WEIGHT:g} x overall) / "
                   f"(coded + {PRIOR_WEIGHT:g}); confidence = reliability x raw / mean_raw, clipped to [0.05, 0.99]"),
        "dev_sets": sets, "overall": round(overall, 4), "events": len(outcomes), "types": types,
    }


def table(outcomes: list[tuple[str, float, bool]], cal: calib.Calibration) -> str:
    rows = ["confidence bin   events  mean conf  observed precision"]
    for lo, hi in zip(BINS, BINS[1:]):
        sel = [(cal.confidence(t, raw), ok) for t, raw, ok in outcomes if lo <= cal.confidence(t, raw) < hi]
        if sel:
            rows.append(f"[{lo:.2f}, {min(hi, 1):.2f})   {len(sel):6d}  {sum(c for c, _ in sel) / len(sel):9.3f}  "
                        f"{sum(ok for _, ok in sel) / len(sel):18.3f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dry-run", action="store_true", help="print the table, do not write the file")
    args = parser.parse_args(argv)
    sets = dev_sets()
    outcomes = [o for stories in sets.values() for o in coded_outcomes(stories)]
    data = build(outcomes, list(sets))
    cal = calib.parse_calibration(data, "computed")
    print(table(outcomes, cal))
    print("\ntype        coded correct reliability")
    for t, v in data["types"].items():
        print(f"{t:10s} {v['coded']:6d} {v['correct']:7d} {v['reliability']:11.3f}")
    if not args.dry_run:
        header = "# Generated by benchmarks/calibrate_confidence.py from the DEV sets; do not edit by hand.\n"
        OUT.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
        print(f"\nwrote {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
