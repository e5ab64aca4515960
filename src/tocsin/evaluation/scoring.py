"""Scores of predicted events against gold stories. Pure functions, frozen results.

Definitions (kept in one place so the docs can quote them):

* Event types are matched per story as multisets: for each type, tp = min(gold, predicted).
  Stories marked `complete: false` (gold lists only some events) are left out of type P/R/F1.
  Macro averages run over the types present in the gold.
* Attribute accuracies are measured on matched events (same story, same type; pairs chosen to agree
  best). Countries are compared on the first three letters of each code (CAMEO "GUYJUD" -> "GUY");
  an actor is correct when the predicted and gold country sets share a code. Only gold events that
  name the attribute count.
* Type+actors F1 matches an event only when its type agrees and its actor and recipient countries
  are compatible (share a code, or the gold names none).
* Type accuracy: on complete stories with exactly one gold event type, the coder's primary event
  (its first event) has that type; no event is wrong.
* Pentaclass (ConfliBERT): the primary event -> CAMEO five-way class by `tocsin.cameo` (its PLOVER
  type's class; a REQUEST fired by an appeal word such as "urged" or "called on" is CAMEO 02, class 0,
  any other REQUEST CAMEO 10, class 3); a sentence with no event is class 0 (CAMEO 01 statements are
  not PLOVER events). `pentaclass_type_only` is the same score with every REQUEST in class 3.
* Police (IndiaPoliceEvents): a sentence is predicted ARREST when it has a COERCE event with mode
  "arrest" whose actor is police (sector COP, or actor text naming police); ASSAULT (gold KILL or
  FORCE) when it has an ASSAULT event with a police actor. The type-only variant drops the mode
  and police-actor conditions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from tocsin.cameo import pentaclass
from tocsin.evaluation.gold import GoldEvent, GoldStory
from tocsin.evaluation.predictions import PredEvent

_POLICE_WORDS = re.compile(r"\b(police|policemen|policeman|cops?|constables?|constabulary|sub-inspector|inspector)\b", re.I)


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts and precision/recall/F1 for one label (or a micro average)."""

    label: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def to_json(self) -> dict:
        return {"label": self.label, "tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support,
                "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1)}


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int
    total: int

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_json(self) -> dict:
        return {"correct": self.correct, "total": self.total, "value": _round(self.value)}


@dataclass(frozen=True, slots=True)
class NegativeScore:
    """Predicted events on stories whose gold says they hold no event."""

    stories: int
    events: int
    stories_with_events: int

    @property
    def events_per_story(self) -> float | None:
        return self.events / self.stories if self.stories else None

    @property
    def share_with_events(self) -> float | None:
        return self.stories_with_events / self.stories if self.stories else None

    def to_json(self) -> dict:
        return {"stories": self.stories, "events": self.events, "stories_with_events": self.stories_with_events,
                "events_per_story": _round(self.events_per_story), "share_with_events": _round(self.share_with_events)}


@dataclass(frozen=True, slots=True)
class PentaclassScore:
    per_class: tuple[PRF, ...]
    confusion: tuple[tuple[int, ...], ...]  # confusion[gold][predicted]
    no_event_class: int = 0

    @property
    def n(self) -> int:
        return sum(sum(row) for row in self.confusion)

    @property
    def accuracy(self) -> float | None:
        return sum(self.confusion[i][i] for i in range(5)) / self.n if self.n else None

    @property
    def macro_f1(self) -> float | None:
        values = [c.f1 or 0.0 for c in self.per_class if c.support]
        return sum(values) / len(values) if values else None

    def to_json(self) -> dict:
        return {"n": self.n, "macro_f1": _round(self.macro_f1), "accuracy": _round(self.accuracy),
                "no_event_class": self.no_event_class, "per_class": [c.to_json() for c in self.per_class],
                "confusion": [list(r) for r in self.confusion]}


@dataclass(frozen=True, slots=True)
class PoliceScore:
    strict: tuple[PRF, ...]  # ARREST, ASSAULT, pooled — police actor + mode required
    type_only: tuple[PRF, ...]  # same labels, event type only
    sentences: int
    negative_documents: int
    police_events_on_negative_documents: int

    def to_json(self) -> dict:
        return {"sentences": self.sentences, "strict": [p.to_json() for p in self.strict],
                "type_only": [p.to_json() for p in self.type_only],
                "negative_documents": self.negative_documents,
                "police_events_on_negative_documents": self.police_events_on_negative_documents}


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    name: str
    stories: int
    gold_events: int
    predicted_events: int
    per_type: tuple[PRF, ...]
    micro: PRF
    macro_precision: float | None
    macro_recall: float | None
    macro_f1: float | None
    type_accuracy: Accuracy
    actor_accuracy: Accuracy
    recipient_accuracy: Accuracy
    location_accuracy: Accuracy
    date_accuracy: Accuracy
    type_actors: PRF
    negatives: NegativeScore
    pentaclass: PentaclassScore | None = None
    pentaclass_type_only: PentaclassScore | None = None  # every REQUEST counted as a demand
    police: PoliceScore | None = None
    scored_stories: int = 0  # complete stories used for type P/R
    unknown_story_ids: int = 0  # predicted stories absent from the gold (ignored)
    coder: str = ""
    notes: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        return {
            "name": self.name, "coder": self.coder, "stories": self.stories, "scored_stories": self.scored_stories,
            "gold_events": self.gold_events, "predicted_events": self.predicted_events,
            "micro": self.micro.to_json(), "macro_precision": _round(self.macro_precision),
            "macro_recall": _round(self.macro_recall), "macro_f1": _round(self.macro_f1),
            "per_type": [p.to_json() for p in self.per_type],
            "type_accuracy": self.type_accuracy.to_json(), "actor_accuracy": self.actor_accuracy.to_json(),
            "recipient_accuracy": self.recipient_accuracy.to_json(),
            "location_accuracy": self.location_accuracy.to_json(), "date_accuracy": self.date_accuracy.to_json(),
            "type_actors": self.type_actors.to_json(), "negatives": self.negatives.to_json(),
            "pentaclass": self.pentaclass.to_json() if self.pentaclass else None,
            "pentaclass_type_only": self.pentaclass_type_only.to_json() if self.pentaclass_type_only else None,
            "police": self.police.to_json() if self.police else None,
            "unknown_story_ids": self.unknown_story_ids, "notes": list(self.notes),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def countries(codes: Iterable[str]) -> set[str]:
    """Country part of actor codes: the first three letters, upper case ("GUYJUD" -> "GUY")."""
    return {c[:3].upper() for c in codes if c and len(c) >= 3}


def _agrees(gold: Sequence[str], pred: Sequence[str]) -> bool:
    return bool(countries(gold) & countries(pred))


def _compatible(gold: Sequence[str], pred: Sequence[str]) -> bool:
    return not countries(gold) or _agrees(gold, pred)


def _pair_score(g: GoldEvent, p: PredEvent) -> int:
    return (2 * _agrees(g.actor, p.actor) + 2 * _agrees(g.recipient, p.recipient)
            + (bool(g.loc_country) and g.loc_country.upper() == p.loc_country.upper())
            + (g.date is not None and g.date == p.date))


def match_events(gold: Sequence[GoldEvent], pred: Sequence[PredEvent],
                 allowed=lambda g, p: g.event == p.event) -> list[tuple[GoldEvent, PredEvent]]:
    """Greedy one-to-one pairing of allowed (gold, pred) pairs, best-agreeing pairs first."""
    candidates = [(-_pair_score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if allowed(g, p)]
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[GoldEvent, PredEvent]] = []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((gold[i], pred[j]))
    return pairs


def primary_event(pred: Sequence[PredEvent]) -> PredEvent | None:
    """The event that stands for a sentence: the coder's first (text order)."""
    return pred[0] if pred else None


def pentaclass_of(pred: Sequence[PredEvent], appeals: bool = True) -> int:
    """CAMEO five-way class of a sentence's primary event (0 with no event); `appeals=False` puts every
    REQUEST in the demand class, as the PLOVER type alone does."""
    first = primary_event(pred)
    if not first:
        return 0
    return pentaclass().of_event(first.event, first.trigger if appeals else "")


def is_police(p: PredEvent) -> bool:
    return "COP" in p.actor_sectors or any(_POLICE_WORDS.search(t) for t in p.actor_texts)


def _police_flags(pred: Sequence[PredEvent], strict: bool) -> tuple[bool, bool]:
    arrest = any(p.event == "COERCE" and (not strict or ("arrest" in p.mode and is_police(p))) for p in pred)
    assault = any(p.event == "ASSAULT" and (not strict or is_police(p)) for p in pred)
    return arrest, assault


def score_pentaclass(stories: Sequence[GoldStory], preds: Mapping[str, Sequence[PredEvent]],
                     appeals: bool = True) -> PentaclassScore | None:
    labelled = [s for s in stories if s.pentaclass is not None]
    if not labelled:
        return None
    confusion = [[0] * 5 for _ in range(5)]
    for story in labelled:
        confusion[story.pentaclass][pentaclass_of(preds.get(story.id, ()), appeals)] += 1  # type: ignore[index]
    per_class = tuple(
        PRF(pentaclass().names[k], confusion[k][k], sum(confusion[g][k] for g in range(5)) - confusion[k][k],
            sum(confusion[k]) - confusion[k][k])
        for k in range(5)
    )
    return PentaclassScore(per_class, tuple(tuple(r) for r in confusion))


def score_police(stories: Sequence[GoldStory], preds: Mapping[str, Sequence[PredEvent]]) -> PoliceScore | None:
    labelled = [s for s in stories if s.police is not None]
    if not labelled:
        return None
    labelled_groups = {s.group for s in labelled if s.police}
    results = []
    for strict in (True, False):
        counts = {"ARREST": [0, 0, 0], "ASSAULT": [0, 0, 0]}
        for story in labelled:
            gold_flags = ("ARREST" in story.police, bool({"KILL", "FORCE"} & set(story.police)))  # type: ignore[arg-type]
            pred_flags = _police_flags(preds.get(story.id, ()), strict)
            for label, g, p in zip(("ARREST", "ASSAULT"), gold_flags, pred_flags):
                c = counts[label]
                c[0] += g and p
                c[1] += p and not g
                c[2] += g and not p
        rows = [PRF(f"police {label}", *c) for label, c in counts.items()]
        rows.append(PRF("police pooled", *(sum(r[i] for r in counts.values()) for i in range(3))))
        results.append(tuple(rows))
    negative_groups = {s.group for s in labelled} - labelled_groups
    on_negative = sum(
        1 for s in labelled if s.group in negative_groups
        for p in preds.get(s.id, ()) if p.event in ("COERCE", "ASSAULT") and is_police(p)
    )
    return PoliceScore(results[0], results[1], len(labelled), len(negative_groups), on_negative)


def evaluate(stories: Sequence[GoldStory], preds: Mapping[str, Sequence[PredEvent]], name: str = "",
             coder: str = "", notes: Sequence[str] = ()) -> EvaluationReport:
    """Score predictions (story id -> events) against gold stories."""
    gold_ids = {s.id for s in stories}
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    ta = [0, 0, 0]  # type+actors tp, fp, fn
    type_acc = [0, 0]
    attr = defaultdict(lambda: [0, 0])  # name -> [correct, total]
    neg = [0, 0, 0]
    scored = 0
    for story in stories:
        pred = tuple(preds.get(story.id, ()))
        if story.negative:
            neg[0] += 1
            neg[1] += len(pred)
            neg[2] += bool(pred)
        if not story.complete:
            continue
        scored += 1
        gold_counts = Counter(e.event for e in story.events)
        pred_counts = Counter(p.event for p in pred)
        for event_type in gold_counts | pred_counts:
            hit = min(gold_counts[event_type], pred_counts[event_type])
            tp[event_type] += hit
            fp[event_type] += pred_counts[event_type] - hit
            fn[event_type] += gold_counts[event_type] - hit
        if len(gold_counts) == 1:
            first = primary_event(pred)
            type_acc[0] += bool(first and first.event in gold_counts)
            type_acc[1] += 1
        for g, p in match_events(story.events, pred):
            for key, gold_value, ok in (
                ("actor", countries(g.actor), _agrees(g.actor, p.actor)),
                ("recipient", countries(g.recipient), _agrees(g.recipient, p.recipient)),
                ("location", g.loc_country, g.loc_country.upper() == p.loc_country.upper()),
                ("date", g.date, g.date == p.date),
            ):
                if gold_value:
                    attr[key][0] += ok
                    attr[key][1] += 1
        strict_pairs = match_events(
            story.events, pred,
            lambda g, p: g.event == p.event and _compatible(g.actor, p.actor) and _compatible(g.recipient, p.recipient))
        ta[0] += len(strict_pairs)
        ta[1] += len(pred) - len(strict_pairs)
        ta[2] += len(story.events) - len(strict_pairs)
    gold_types = sorted(t for t in tp.keys() | fn.keys() if tp[t] + fn[t])
    extra_types = sorted(t for t in fp if t not in gold_types)
    per_type = tuple(PRF(t, tp[t], fp[t], fn[t]) for t in gold_types + extra_types)
    macro_rows = [r for r in per_type if r.support]
    macro_p = [r.precision or 0.0 for r in macro_rows]
    macro_r = [r.recall or 0.0 for r in macro_rows]
    macro_f = [r.f1 or 0.0 for r in macro_rows]
    return EvaluationReport(
        name=name,
        coder=coder,
        stories=len(stories),
        scored_stories=scored,
        gold_events=sum(len(s.events) for s in stories),
        predicted_events=sum(len(preds.get(s.id, ())) for s in stories),
        per_type=per_type,
        micro=PRF("micro", sum(tp.values()), sum(fp.values()), sum(fn.values())),
        macro_precision=sum(macro_p) / len(macro_p) if macro_p else None,
        macro_recall=sum(macro_r) / len(macro_r) if macro_r else None,
        macro_f1=sum(macro_f) / len(macro_f) if macro_f else None,
        type_accuracy=Accuracy(*type_acc),
        actor_accuracy=Accuracy(*attr["actor"]),
        recipient_accuracy=Accuracy(*attr["recipient"]),
        location_accuracy=Accuracy(*attr["location"]),
        date_accuracy=Accuracy(*attr["date"]),
        type_actors=PRF("type+actors", *ta),
        negatives=NegativeScore(*neg),
        pentaclass=score_pentaclass(stories, preds),
        pentaclass_type_only=score_pentaclass(stories, preds, appeals=False),
        police=score_police(stories, preds),
        unknown_story_ids=len(set(preds) - gold_ids),
        notes=tuple(notes),
    )
