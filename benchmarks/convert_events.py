"""Convert the shared labelled event sets (../shared/data/events) into tocsin gold JSONL.

    .venv/bin/python benchmarks/convert_events.py [--out benchmarks/out/gold] [SET ...]

Writes one <set>.jsonl per set plus <set>.notes.json (role and conversion notes) into --out
(gitignored). The shared data is read in place, never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

from tocsin.evaluation.converters import (
    Conversion,
    convert_case2021,
    convert_conflibert,
    convert_india_police,
    convert_petrarch,
    convert_plover_gsr,
    convert_ucdp,
    load_cameo_crosswalk,
    load_team_cameo,
)
from tocsin.evaluation.gold import load_gold, write_gold

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared" / "data"
EVENTS = SHARED / "events"
DEFAULT_OUT = REPO / "benchmarks" / "out" / "gold"


def _crosswalk():
    return load_cameo_crosswalk(SHARED / "ontology" / "PLOVER_CAMEO2PLOVER-2021.txt")


def _conflibert_train_half(half: int) -> Conversion:
    """Even (tuned on) or odd (held out) ConfliBERT train sentences, typed by the team's CAMEO coding."""
    name = ("conflibert_train_even", "conflibert_train_odd")[half]
    crosswalk = _crosswalk()
    whole = convert_conflibert(EVENTS / "conflibert_cameo_pentaclass" / "cameo_pentaclass_train.jsonl", name, "dev",
                               False, load_team_cameo(REPO / "benchmarks" / "data" / "conflibert_train_cameo.jsonl",
                                                      crosswalk))
    stories = tuple(s for s in whole.stories if int(s.id.rsplit("-", 1)[1]) % 2 == half)
    use = ("The coder's rules were tuned on this half (its errors read one by one)." if half == 0 else
           "Held out: never tuned on, its errors never read one by one; the hybrid coder is trained on the even half.")
    return Conversion(name, "dev", stories, whole.notes + (f"{('Even', 'Odd')[half]}-numbered sentences only. {use}",))



# the regional sets the team wrote and annotated blind, one per coder round (README_fresh_stories.md)
BLIND_SETS = {
    "fresh_stories": "Regional stories the team wrote and annotated blind in coder round 22",
    "fresh_stories_r23": "A second set of regional stories written and annotated blind, in coder round 23",
    "fresh_stories_r24": "A third set of regional stories written and annotated blind, in coder round 24",
    "fresh_stories_r25": "A fourth set of regional stories written and annotated blind, in coder round 25",
    "fresh_stories_r26": "A fifth set of regional stories written and annotated blind, in coder round 26",
    "fresh_stories_r27": "A sixth set of regional stories written and annotated blind, in coder round 27",
    "fresh_stories_r28": "A seventh set of regional stories written and annotated blind, in coder round 28",
    "fresh_stories_r29": "An eighth set of regional stories written and annotated blind, in coder round 29",
    "fresh_stories_r30": "A ninth set of regional stories written and annotated blind, in coder round 30",
    "fresh_stories_r31": "A tenth set of regional stories written and annotated blind, in coder round 31",
    "fresh_stories_r32": "An eleventh set of regional stories written and annotated blind, in coder round 32",
    "fresh_stories_r33": "A twelfth set of regional stories written and annotated blind, in coder round 33",
    "fresh_stories_r34": "A thirteenth set of regional stories written and annotated blind, in coder round 34",
    "fresh_stories_r35": "A fourteenth set of regional stories written and annotated blind, in coder round 35",
    "fresh_stories_r36": "A fifteenth set of regional stories written and annotated blind, in coder round 36",
    "fresh_stories_r37": "A sixteenth set of regional stories written and annotated blind, in coder round 37",
}


def _team_set(name: str, note: str) -> Conversion:
    """A set the team wrote and annotated (benchmarks/data/<name>.jsonl, already in the gold format): dev."""
    return Conversion(name, "dev", tuple(load_gold(REPO / "benchmarks" / "data" / f"{name}.jsonl")), (note,))


CONVERTERS: dict[str, Callable[[], Conversion]] = {
    "plover_gsr": lambda: convert_plover_gsr(EVENTS / "plover_gsr_cameo" / "plover_gsr.jsonl"),
    "petrarch2_unittest": lambda: convert_petrarch(
        EVENTS / "petrarch_validation" / "petrarch2_unittest.jsonl", _crosswalk(), "petrarch2_unittest", "dev",
        EVENTS / "petrarch_validation" / "PETR.UnitTest.records.xml"),
    "conflibert_train_even": lambda: _conflibert_train_half(0),
    "conflibert_train_odd": lambda: _conflibert_train_half(1),
    "petr2_gsr_validation": lambda: convert_petrarch(
        EVENTS / "petrarch_validation" / "petr2_gsr_validation.jsonl", _crosswalk(), "petr2_gsr_validation", "report",
        EVENTS / "petrarch_validation" / "PETR2_GSR_validation.xml"),
    "conflibert_test": lambda: convert_conflibert(
        EVENTS / "conflibert_cameo_pentaclass" / "cameo_pentaclass_test.jsonl", "conflibert_test", "report", True),
    "case2021": lambda: convert_case2021(
        EVENTS / "case2021_task2_finegrained" / "test_set_final_release_with_labels.tsv",
        EVENTS / "acled_case_to_plover_crosswalk.tsv"),
    "ucdp_ged_headlines": lambda: convert_ucdp([
        EVENTS / "ucdp_ged_headlines" / "ged231_global_sample1000.jsonl",
        EVENTS / "ucdp_ged_headlines" / "ged231_central_african_republic.jsonl"]),
    "sample_gold": lambda: _team_set(
        "sample_gold", "The team's own sample stories, hand-annotated (benchmarks/data/README_sample_gold.md); in-domain dev set."),
    **{name: (lambda name=name, lead=lead: _team_set(
        name, f"{lead} (benchmarks/data/README_fresh_stories.md); dev since that round tuned on them."))
       for name, lead in BLIND_SETS.items()},
    "india_police_events": lambda: convert_india_police(
        EVENTS / "india_police_events" / "sents.jsonl", EVENTS / "india_police_events" / "metadata.jsonl"),
}


def convert(name: str, out_dir: Path) -> tuple[Conversion, Path]:
    conversion = CONVERTERS[name]()
    target = out_dir / f"{name}.jsonl"
    write_gold(conversion.stories, target)
    notes = {"name": conversion.name, "role": conversion.role, "stories": len(conversion.stories),
             "events": sum(len(s.events) for s in conversion.stories), "notes": list(conversion.notes)}
    (out_dir / f"{name}.notes.json").write_text(json.dumps(notes, indent=2) + "\n", encoding="utf-8")
    return conversion, target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help=f"sets to convert (default all): {', '.join(CONVERTERS)}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    names = args.sets or list(CONVERTERS)
    unknown = [n for n in names if n not in CONVERTERS]
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}")
    for name in names:
        conversion, target = convert(name, args.out)
        events = sum(len(s.events) for s in conversion.stories)
        print(f"{name:22} {conversion.role:6} {len(conversion.stories):6} stories {events:6} events -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
