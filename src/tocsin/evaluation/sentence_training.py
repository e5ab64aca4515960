"""Train the hybrid coder's sentence model from gold stories, and measure it by k-fold cross-validation.

Training sentences are the gold stories that are one sentence long (one-sentence sets such as the
PLOVER GSR, the PETRARCH unit tests or ConfliBERT's sentences). A sentence's class is its
`pentaclass` when given, else the class of its first gold event (0 for a negative story); its type
is its first gold event's type (NONE for a negative story), unknown for pentaclass-only sentences.
The rules coder's first event in the sentence is a feature of both regressions.
`train_tuned` chooses l2, the one-sentence thresholds and the class prior correction by k-fold
cross-validation inside the training data (grids in data/coding/sentence_model.yaml).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from tocsin.coding.rules import RulesCoder
from tocsin.coding.sentence_encoder import shared_encoder
from tocsin.coding.sentence_model import (
    NONE, HyperParameters, SentenceModel, Thresholds, TrainingExample, class_features, class_of, dropped,
    hyper_parameters, judge_sentence,
    train_sentence_model, type_features)
from tocsin.config import Settings
from tocsin.errors import EvaluationError
from tocsin.evaluation.gold import GoldStory


@dataclass(frozen=True)
class CrossValidation:
    """k-fold figures of the sentence model beside the rules coder alone, on the same sentences."""

    folds: int
    class_sentences: int
    type_sentences: int
    rules_class_macro_f1: float
    model_class_macro_f1: float
    rules_type_accuracy: float
    model_type_accuracy: float


def examples_from_gold(stories: Sequence[GoldStory], settings: Settings,
                       progress: Callable[[int], None] | None = None) -> list[TrainingExample]:
    """One example per one-sentence gold story, with the rules coder's first event type."""
    rules = RulesCoder(settings)
    examples: list[TrainingExample] = []
    for start in range(0, len(stories), 64):
        batch = stories[start:start + 64]
        articles = [s.to_article() for s in batch]
        for story, article, doc in zip(batch, articles, rules.parse(articles)):
            if len(list(doc.sents)) != 1:
                continue
            analysis = rules.analyze_doc(article, doc)
            rule_type = analysis.events[0].event[0] if analysis.events else None
            rule_trigger = analysis.events[0].trigger if analysis.events else ""
            candidate_types = tuple(c.event for c in analysis.candidates)
            candidate_triggers = tuple(c.trigger for c in analysis.candidates)
            first = story.events[0].event if story.events else None
            if story.pentaclass is not None:
                sentence_class: int | None = story.pentaclass
            elif first is not None or story.negative:
                sentence_class = class_of(first)
            else:
                sentence_class = None
            event_type = first if first else (NONE if story.negative else None)
            if sentence_class is None and event_type is None:
                continue
            examples.append(TrainingExample(story.text, sentence_class, event_type, rule_type, candidate_types,
                                            rule_trigger, candidate_triggers))
        if progress is not None:
            progress(len(batch))
    if not examples:
        raise EvaluationError("no one-sentence labelled stories to train on")
    return examples


def embed(examples: Sequence[TrainingExample]) -> np.ndarray:
    return shared_encoder().encode([ex.text for ex in examples])


def _macro_f1(gold: Sequence[int], pred: Sequence[int], n_classes: int) -> float:
    scores = []
    for k in range(n_classes):
        tp = sum(1 for g, p in zip(gold, pred) if g == k and p == k)
        fp = sum(1 for g, p in zip(gold, pred) if g != k and p == k)
        fn = sum(1 for g, p in zip(gold, pred) if g == k and p != k)
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0


def rule_class(example: TrainingExample) -> int:
    """The class the rules coder's first event gives the sentence (appeal REQUESTs are class 0)."""
    return class_of(example.rule_type, example.rule_trigger)


def _probabilities(model: SentenceModel, embeddings: np.ndarray,
                   examples: Sequence[TrainingExample]) -> tuple[np.ndarray, np.ndarray]:
    x_class = np.stack([class_features(e, ex.rule_type, ex.candidate_types, ex.rule_trigger, ex.candidate_triggers)
                        for e, ex in zip(embeddings, examples)])
    x_type = np.stack([type_features(e, ex.rule_type, ex.candidate_types) for e, ex in zip(embeddings, examples)])
    return model.classes.proba(x_class), model.types.proba(x_type)


def _decide(model: SentenceModel, class_p: np.ndarray, type_p: np.ndarray, example: TrainingExample) -> tuple[int, str]:
    """The hybrid coder's decision for one sentence's first event, read alone: (class, type)."""
    rule_type = example.rule_type or NONE
    events = [example.rule_type] if example.rule_type else []
    verdict = judge_sentence(model, class_p, type_p, events, False, [example.rule_trigger])
    if verdict.action in ("retype", "add"):  # a retyped event keeps the rule's trigger
        trigger = example.rule_trigger if verdict.action == "retype" else ""
        return class_of(verdict.event_type, trigger), verdict.event_type  # type: ignore[return-value]
    if verdict.action == "drop" and any(dropped(events)):
        return 0, NONE
    return rule_class(example), rule_type


@dataclass(frozen=True)
class OutOfFold:
    """Each example's class and type probabilities from a model trained without its fold."""

    folds: int
    class_p: np.ndarray
    type_p: np.ndarray
    model: SentenceModel  # the last fold's model (its labels; thresholds are replaced when deciding)


def out_of_fold(examples: Sequence[TrainingExample], embeddings: np.ndarray, folds: int = 5, seed: int = 0,
                l2: float | None = None) -> OutOfFold:
    if folds < 2:
        raise EvaluationError("cross-validation needs at least 2 folds")
    order = np.random.default_rng(seed).permutation(len(examples))
    fold_of = np.empty(len(examples), dtype=int)
    fold_of[order] = np.arange(len(examples)) % folds
    class_p = np.zeros((len(examples), 5))
    type_p: np.ndarray | None = None
    model = None
    for f in range(folds):
        train = [i for i in range(len(examples)) if fold_of[i] != f]
        model = train_sentence_model([examples[i] for i in train], embeddings[train], (),
                                     **({} if l2 is None else {"l2": l2}))
        test = np.flatnonzero(fold_of == f)
        cp, tp = _probabilities(model, embeddings[test], [examples[i] for i in test])
        if type_p is None:
            type_p = np.zeros((len(examples), tp.shape[1]))
        class_p[test], type_p[test] = cp, tp
    return OutOfFold(folds, class_p, type_p, model)  # type: ignore[arg-type]


def score_decisions(examples: Sequence[TrainingExample], oof: OutOfFold, thresholds: Thresholds) -> CrossValidation:
    """The hybrid coder's rule with these thresholds on out-of-fold probabilities, beside the rules alone."""
    model = dataclasses.replace(oof.model, thresholds=thresholds)
    decided = [_decide(model, oof.class_p[i], oof.type_p[i], ex) for i, ex in enumerate(examples)]
    with_class = [i for i, ex in enumerate(examples) if ex.sentence_class is not None]
    with_type = [i for i, ex in enumerate(examples) if ex.event_type is not None]
    gold_c = [examples[i].sentence_class for i in with_class]
    return CrossValidation(
        oof.folds, len(with_class), len(with_type),
        _macro_f1(gold_c, [rule_class(examples[i]) for i in with_class], 5),  # type: ignore[arg-type]
        _macro_f1(gold_c, [decided[i][0] for i in with_class], 5),  # type: ignore[arg-type]
        sum(1 for i in with_type if (examples[i].rule_type or NONE) == examples[i].event_type) / max(len(with_type), 1),
        sum(1 for i in with_type if decided[i][1] == examples[i].event_type) / max(len(with_type), 1),
    )


def cross_validate(examples: Sequence[TrainingExample], embeddings: np.ndarray, folds: int = 5,
                   thresholds: Thresholds | None = None, seed: int = 0, l2: float | None = None) -> CrossValidation:
    """Each example is decided by a model trained without its fold (the hybrid coder's rule for a
    sentence's first event, without actors), beside the rules coder's own first event."""
    return score_decisions(examples, out_of_fold(examples, embeddings, folds, seed, l2),
                           hyper_parameters().thresholds if thresholds is None else thresholds)


def tune_thresholds(examples: Sequence[TrainingExample], oof: OutOfFold, start: Thresholds | None = None,
                    hp: HyperParameters | None = None) -> Thresholds:
    """Coordinate search of the one-sentence thresholds and the class prior correction that maximise the
    out-of-fold class macro-F1 (story thresholds are not touched: no story is in the training data)."""
    hp = hp or hyper_parameters()
    best = start or hp.thresholds
    best_f1 = score_decisions(examples, oof, best).model_class_macro_f1
    for _ in range(hp.tuning_rounds):
        for name in ("drop", "retype", "add"):
            for v in hp.threshold_grid:
                trial = dataclasses.replace(best, **{name: v})
                f1 = score_decisions(examples, oof, trial).model_class_macro_f1
                if f1 > best_f1 + 1e-9:
                    best, best_f1 = trial, f1
        for k in range(1, 5):
            for v in hp.bias_grid:
                bias = list(best.class_bias)
                bias[k] = v
                trial = dataclasses.replace(best, class_bias=tuple(bias))
                f1 = score_decisions(examples, oof, trial).model_class_macro_f1
                if f1 > best_f1 + 1e-9:
                    best, best_f1 = trial, f1
    return best


@dataclass(frozen=True)
class TunedTraining:
    """A model trained with the l2 and thresholds chosen by k-fold cross-validation, and its figures."""

    model: SentenceModel
    untuned: CrossValidation  # default l2 and thresholds (data/coding/sentence_model.yaml)
    tuned: CrossValidation  # the chosen l2 and thresholds, on the same out-of-fold probabilities they were tuned on
    l2: float


def train_tuned(examples: Sequence[TrainingExample], embeddings: np.ndarray, sources: Sequence[str],
                folds: int | None = None, hp: HyperParameters | None = None) -> TunedTraining:
    """Choose l2 and the thresholds by k-fold cross-validation inside the training data, then train on all of it.
    The tuned figures are optimistic (chosen on the same folds); check a model on held-out data."""
    hp = hp or hyper_parameters()
    folds = folds or hp.folds
    untuned: CrossValidation | None = None
    best: tuple[float, float, Thresholds, CrossValidation] | None = None
    for l2 in hp.l2:
        oof = out_of_fold(examples, embeddings, folds, l2=l2)
        if l2 == hp.default_l2:
            untuned = score_decisions(examples, oof, hp.thresholds)
        thresholds = tune_thresholds(examples, oof, hp.thresholds, hp)
        cv = score_decisions(examples, oof, thresholds)
        if best is None or cv.model_class_macro_f1 > best[0] + 1e-9:
            best = (cv.model_class_macro_f1, l2, thresholds, cv)
    assert best is not None
    if untuned is None:
        untuned = cross_validate(examples, embeddings, folds, hp.thresholds, l2=hp.default_l2)
    _, l2, thresholds, cv = best
    model = train_sentence_model(examples, embeddings, sources, l2=l2, thresholds=thresholds)
    return TunedTraining(model, untuned, cv, l2)
