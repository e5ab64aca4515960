"""Coding stage orchestration: stateless (articles in, coded articles out) and store-backed
(code what is pending in the store)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from tocsin.config import Settings
from tocsin.executor import CodingTask, Executor, batched, make_executor
from tocsin.types import Article, CodedArticle


@dataclass(frozen=True, slots=True)
class CodingReport:
    articles: int
    events: int
    failed: tuple[tuple[str, str], ...]  # (article id, error)


def code_articles(
    articles: Iterable[Article], settings: Settings, executor: Executor | None = None
) -> Iterator[CodedArticle]:
    """Code a stream of articles in batches through the executor, preserving order."""
    own = executor is None
    executor = executor or make_executor(settings)
    try:
        for coded_batch in executor.map(CodingTask(settings), batched(articles, settings.batch_size)):
            yield from coded_batch
    finally:
        if own:
            executor.close()


def code_pending(
    store,  # tocsin.store.Store
    settings: Settings,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> CodingReport:
    """Code every pending story in the store; each batch is saved in its own transaction, so an
    interrupted run keeps what was coded and a rerun resumes with the rest."""
    pending = store.pending_articles(limit=limit)
    coder_name = settings.coder
    n_articles = n_events = 0
    failed: list[tuple[str, str]] = []
    executor = make_executor(settings)
    try:
        for coded_batch in executor.map(CodingTask(settings), batched(pending, settings.batch_size)):
            n_events += store.save_coded(coded_batch, coder=coder_name)
            n_articles += len(coded_batch)
            failed.extend((c.article_id, c.error) for c in coded_batch if c.error)
            if progress:
                progress(len(coded_batch))
    finally:
        executor.close()
    return CodingReport(articles=n_articles, events=n_events, failed=tuple(failed))
