"""How far human coders agree on event types in real news, and how far the coder agrees with them.

    .venv/bin/python benchmarks/events_agreement.py

Uses the CAMEO_ConfliBERT annotator-training sheets (../shared/data/events/cameo_conflibert_multiannotator,
*report*: 200 real news sentences of the 2010s, each coded by the same four trained coders alone). Each
annotator's codings become a gold set (CAMEO root -> PLOVER with PLOVER's table, as for the PETRARCH set).
Scored with the same type micro-F1 as every event set (types counted per sentence):

- human vs human: each pair of annotators, one taken as gold, the other as prediction (F1 is symmetric);
- coder vs human: the `rules` coder (and the `keyword` baseline, same run) against each annotator.

The human figure is the agreement ceiling a coder can be expected to reach against any one human's gold.
CAMEO's root 08 does not tell CONCEDE from RETREAT, so the two count as one class here. Only totals are
reported and looked at: no sentence's errors are read. Writes docs/benchmarks_agreement.md and
benchmarks/out/agreement.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shlex
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from convert_events import EVENTS, REPO, _crosswalk

from tocsin.config import build_settings
from tocsin.evaluation.converters import Conversion, convert_multiannotator
from tocsin.evaluation.gold import GoldEvent
from tocsin.evaluation.predictions import PredEvent
from tocsin.evaluation.run import code_stories, make_coder, predictions_of
from tocsin.evaluation.scoring import PRF, evaluate

DATA = EVENTS / "cameo_conflibert_multiannotator" / "cameo_multiannotator.jsonl"
DOC = REPO / "docs" / "benchmarks_agreement.md"
OUT = REPO / "benchmarks" / "out" / "agreement.json"
CODERS = ("rules", "keyword")
YIELD_CLASS = {"RETREAT": "CONCEDE"}  # CAMEO root 08 is both


@dataclass(frozen=True)
class Agreement:
    """Type micro-F1 of several (gold, prediction) pairings: each pairing's F1 and the pooled counts."""

    label: str
    f1s: tuple[float, ...]
    pooled: PRF

    @property
    def mean(self) -> float:
        return statistics.fmean(self.f1s)

    def to_json(self) -> dict:
        return {"label": self.label, "f1": list(self.f1s), "mean_f1": round(self.mean, 4),
                "pooled": self.pooled.to_json()}


def _one_class_for_yield(preds: dict[str, tuple[PredEvent, ...]]) -> dict[str, tuple[PredEvent, ...]]:
    return {sid: tuple(replace(p, event=YIELD_CLASS.get(p.event, p.event)) for p in events)
            for sid, events in preds.items()}


def _as_predictions(conversion: Conversion) -> dict[str, tuple[PredEvent, ...]]:
    return {s.id: tuple(PredEvent(story_id=s.id, event=e.event) for e in s.events) for s in conversion.stories}


def _types_once(preds: dict[str, tuple[PredEvent, ...]]) -> dict[str, tuple[PredEvent, ...]]:
    return {sid: tuple({p.event: p for p in events}.values()) for sid, events in preds.items()}


def consensus(others: list[Conversion]) -> Conversion:
    """Gold of the types that at least two of `others` coded in a sentence (each type once)."""
    votes = [Counter({e.event for e in s.events}) for s in others[0].stories]
    for other in others[1:]:
        for vote, story in zip(votes, other.stories):
            vote.update({e.event for e in story.events})
    agreed = [tuple(GoldEvent(event=t) for t, n in sorted(vote.items()) if n >= 2) for vote in votes]
    return replace(others[0], name="consensus", stories=tuple(
        replace(story, events=events, negative=not events) for story, events in zip(others[0].stories, agreed)))


def agreement(label: str, pairings: list[tuple[Conversion, dict[str, tuple[PredEvent, ...]]]]) -> Agreement:
    f1s: list[float] = []
    tp = fp = fn = 0
    for gold, preds in pairings:
        micro = evaluate(gold.stories, _one_class_for_yield(preds)).micro
        f1s.append(micro.f1 or 0.0)
        tp, fp, fn = tp + micro.tp, fp + micro.fp, fn + micro.fn
    return Agreement(label, tuple(f1s), PRF(label, tp, fp, fn))


def measure(sets: dict[str, Conversion], coded: dict[str, dict[str, tuple[PredEvent, ...]]]) -> list[Agreement]:
    annotators = list(sets.values())
    rows = [agreement("human vs human", [(a, _as_predictions(b)) for a, b in itertools.combinations(annotators, 2)])]
    rows += [agreement(f"{name} vs human", [(a, preds) for a in annotators]) for name, preds in coded.items()]
    held_out = [(a, consensus([b for b in annotators if b is not a])) for a in annotators]
    rows.append(agreement("human vs the other three's consensus",
                          [(gold, _types_once(_as_predictions(a))) for a, gold in held_out]))
    rows += [agreement(f"{name} vs the same consensus", [(gold, _types_once(preds)) for _, gold in held_out])
             for name, preds in coded.items()]
    return rows


def render(results: dict[str, list[Agreement]], n_sentences: int, n_annotators: int, notes: tuple[str, ...],
           command: str, seconds: float) -> str:
    lines = [
        "# Agreement ceiling: human coders against each other, and the coder against them",
        "",
        f"Generated by `{command}` in {seconds:.0f} s. Set: CAMEO_ConfliBERT annotator-training sheets "
        f"(*report*), {n_sentences} real news sentences, each coded alone by the same {n_annotators} trained coders.",
        "Type micro-F1 as for every event set (types counted per sentence, a sentence with no event counts "
        "every coded event as false). Human vs human: every pair of annotators, one as gold. Coder vs "
        "human: the coder against each annotator. Consensus: each annotator, and the coder, against the types "
        "that at least two of the other three annotators coded in the sentence (types counted once). The share "
        "of the human ceiling divides a coder's mean by the human row above it. CONCEDE and RETREAT are one "
        "class (CAMEO root 08).",
        "",
        "| PLOVER mapping | comparison | pairings | type micro-F1, mean (min – max) | pooled precision / recall | share of the human ceiling |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for mapping, rows in results.items():
        ceiling = rows[0].mean
        for row in rows:
            if row.label.startswith("human"):
                ceiling = row.mean
            share = f"{row.mean / ceiling:.2f}" if ceiling else "–"
            lines.append(f"| {mapping} | {row.label} | {len(row.f1s)} | **{row.mean:.3f}** "
                         f"({min(row.f1s):.3f} – {max(row.f1s):.3f}) | {row.pooled.precision or 0:.3f} / "
                         f"{row.pooled.recall or 0:.3f} | {share} |")
    lines += ["", "Notes:", ""] + [f"- {note}" for note in notes] + [
        "- The first mapping is the one the PETRARCH and typed wire sets are scored with (PLOVER's CAMEO table, "
        "which drops CAMEO 02 appeals); the second follows the PLOVER manual, which the coder follows "
        "(appeals are REQUEST).",
        "- The sheets come from annotator training rounds: agreement among fully trained coders on "
        "curated gold may be higher. They are the only multi-coder CAMEO set available here.",
        "- Nothing in this set was tuned on; only these totals were looked at.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--doc", type=Path, default=DOC)
    parser.add_argument("--json", type=Path, default=OUT)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    settings = build_settings()
    mappings = {"PLOVER's CAMEO table": convert_multiannotator(DATA, _crosswalk()),
                "appeals as REQUEST": convert_multiannotator(DATA, _crosswalk(), appeals_as_request=True)}
    table_sets = mappings["PLOVER's CAMEO table"]
    stories = next(iter(table_sets.values())).stories
    coded = {}
    for name in CODERS:
        articles, _failed = code_stories(stories, make_coder(name, settings))
        coded[name] = predictions_of(articles)
    results = {mapping: measure(sets, coded) for mapping, sets in mappings.items()}
    notes = next(iter(table_sets.values())).notes
    seconds = time.perf_counter() - started
    command = ".venv/bin/python benchmarks/events_agreement.py" + "".join(f" {shlex.quote(a)}" for a in (argv or []))
    args.doc.write_text(render(results, len(stories), len(table_sets), notes, command, seconds), encoding="utf-8")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({m: [r.to_json() for r in rows] for m, rows in results.items()}, indent=2) + "\n",
                         encoding="utf-8")
    for mapping, rows in results.items():
        for row in rows:
            print(f"{mapping:22} {row.label:18} mean F1 {row.mean:.3f}  pooled {row.pooled.f1 or 0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
