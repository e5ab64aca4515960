"""Code gold stories with a registered coder and score them."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from tocsin.config import Settings
from tocsin.errors import ConfigError
from tocsin.evaluation.gold import GoldStory, articles_of
from tocsin.evaluation.predictions import PredEvent, pred_from_event
from tocsin.evaluation.scoring import EvaluationReport, evaluate
from tocsin.registry import coders
from tocsin.jsonl import write_json_lines
from tocsin.types import CodedArticle


def load_coders() -> list[str]:
    """Import the built-in modules that register coders; return the registered names."""
    from tocsin.plugins import load_builtins

    load_builtins()
    return coders.names()


def make_coder(name: str, settings: Settings):
    load_coders()
    factory = coders.get(name)
    return factory(settings)


def code_stories(stories: Sequence[GoldStory], coder, chunk: int = 64,
                 progress: Callable[[int], None] | None = None) -> tuple[list[CodedArticle], int]:
    """Run the coder over the gold texts in chunks; returns coded articles and the number that failed."""
    coded: list[CodedArticle] = []
    articles = articles_of(stories)
    for start in range(0, len(articles), chunk):
        batch = coder.code_batch(articles[start:start + chunk])
        coded.extend(batch)
        if progress:
            progress(len(batch))
    failed = sum(1 for c in coded if c.error)
    return coded, failed


def predictions_of(coded: Sequence[CodedArticle]) -> dict[str, tuple[PredEvent, ...]]:
    return {c.article_id: tuple(pred_from_event(e) for e in c.events) for c in coded}


def write_predictions(coded: Sequence[CodedArticle], path: Path) -> int:
    """PLOVER JSONL, one event a line (the `tocsin code` output shape)."""
    return write_json_lines((event.to_plover() for article in coded for event in article.events), path)


def evaluate_coder(stories: Sequence[GoldStory], coder_name: str, settings: Settings, name: str = "",
                   progress: Callable[[int], None] | None = None) -> tuple[EvaluationReport, list[CodedArticle]]:
    coder = make_coder(coder_name, settings)
    if not hasattr(coder, "code_batch"):
        raise ConfigError(f"coder {coder_name!r} has no code_batch()")
    coded, failed = code_stories(stories, coder, chunk=max(settings.batch_size * 4, 16), progress=progress)
    notes = [f"{failed} stories failed to code (counted as no events)"] if failed else []
    label = getattr(coder, "name", coder_name)
    events = [e for c in coded for e in c.events]
    if events:
        label = events[0].coder
    return evaluate(stories, predictions_of(coded), name=name, coder=label, notes=notes), coded
