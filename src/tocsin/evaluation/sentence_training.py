"""Train the hybrid coder's sentence model from gold stories, and measure it by k-fold cross-validation.

Training sentences are the gold stories that are one sentence long (one-sentence sets such as the
PLOVER GSR, the PETRARCH unit tests or ConfliBERT's sentences). A sentence's class is its
`pentaclass` when given, else the class of its first gold event (0 for a negative story); its type
is its first gold event's type (NONE for a negative story), unknown for pentaclass-only sentences.
The rules coder's first event in the sentence is a feature of both regressions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from tocsin.coding.rules import RulesCoder
from tocsin.coding.sentence_encoder import shared_encoder
from tocsin.coding.sentence_model import (
    NONE, STATEMENT_TYPES, SentenceModel, Thresholds, TrainingExample, class_features, class_of, judge_sentence,
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
            candidate_types = tuple(c.event for c in analysis.candidates)
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
            examples.append(TrainingExample(story.text, sentence_class, event_type, rule_type, candidate_types))
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


def _decide(model: SentenceModel, embedding: np.ndarray, example: TrainingExample) -> tuple[int, str]:
    """The hybrid coder's decision for one sentence's first event, read alone: (class, type)."""
    seen = example.candidate_types
    class_p = model.classes.proba(class_features(embedding, example.rule_type, seen)[None])[0]
    type_p = model.types.proba(type_features(embedding, example.rule_type, seen)[None])[0]
    rule_type = example.rule_type or NONE
    verdict = judge_sentence(model, class_p, type_p, [example.rule_type] if example.rule_type else [], False)
    if verdict.action in ("retype", "add"):
        return class_of(verdict.event_type), verdict.event_type  # type: ignore[return-value]
    if verdict.action == "drop" and rule_type not in STATEMENT_TYPES:
        return 0, NONE
    return class_of(example.rule_type), rule_type


def cross_validate(examples: Sequence[TrainingExample], embeddings: np.ndarray, folds: int = 5,
                   thresholds: Thresholds = Thresholds(), seed: int = 0) -> CrossValidation:
    """Each example is decided by a model trained without its fold (the hybrid coder's rule for a
    sentence's first event, without actors), beside the rules coder's own first event."""
    if folds < 2:
        raise EvaluationError("cross-validation needs at least 2 folds")
    order = np.random.default_rng(seed).permutation(len(examples))
    fold_of = np.empty(len(examples), dtype=int)
    fold_of[order] = np.arange(len(examples)) % folds
    decided: list[tuple[int, str]] = [(0, NONE)] * len(examples)
    for f in range(folds):
        train = [i for i in range(len(examples)) if fold_of[i] != f]
        model = train_sentence_model([examples[i] for i in train], embeddings[train], (), thresholds=thresholds)
        for i in np.flatnonzero(fold_of == f):
            decided[i] = _decide(model, embeddings[i], examples[i])
    with_class = [i for i, ex in enumerate(examples) if ex.sentence_class is not None]
    with_type = [i for i, ex in enumerate(examples) if ex.event_type is not None]
    n_classes = 5
    gold_c = [examples[i].sentence_class for i in with_class]
    return CrossValidation(
        folds, len(with_class), len(with_type),
        _macro_f1(gold_c, [class_of(examples[i].rule_type) for i in with_class], n_classes),  # type: ignore[arg-type]
        _macro_f1(gold_c, [decided[i][0] for i in with_class], n_classes),  # type: ignore[arg-type]
        sum(1 for i in with_type if (examples[i].rule_type or NONE) == examples[i].event_type) / max(len(with_type), 1),
        sum(1 for i in with_type if decided[i][1] == examples[i].event_type) / max(len(with_type), 1),
    )
