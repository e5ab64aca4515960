"""Where coding work runs. A small interface so batch size and worker count are settings and a
distributed engine can be added later as one more class.

    executor.map(task, batches) -> iterator of results, in input order
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Iterable, Iterator, Protocol, Sequence

from tocsin.config import Settings
from tocsin.types import Article, CodedArticle


@dataclass(frozen=True, slots=True)
class CodingTask:
    """Picklable description of the work: which coder, with which settings."""

    settings: Settings

    def make_coder(self):  # -> Coder
        from tocsin import plugins
        from tocsin.registry import coders

        plugins.load_builtins()
        return coders.get(self.settings.coder)(self.settings)


class Executor(Protocol):
    def map(self, task: CodingTask, batches: Iterable[Sequence[Article]]) -> Iterator[list[CodedArticle]]: ...

    def close(self) -> None: ...


class InProcessExecutor:
    """Runs batches in this process (workers = 1)."""

    def __init__(self) -> None:
        self._coders: dict[CodingTask, object] = {}

    def map(self, task: CodingTask, batches: Iterable[Sequence[Article]]) -> Iterator[list[CodedArticle]]:
        coder = self._coders.get(task)
        if coder is None:
            coder = self._coders[task] = task.make_coder()
        for batch in batches:
            yield coder.code_batch(list(batch))  # type: ignore[attr-defined]

    def close(self) -> None:
        self._coders.clear()


_worker_coder = None  # one coder per worker process, built by the pool initializer


def _init_worker(task: CodingTask) -> None:
    global _worker_coder
    _worker_coder = task.make_coder()


def _code_in_worker(batch: list[Article]) -> list[CodedArticle]:
    assert _worker_coder is not None, "worker not initialised"
    return _worker_coder.code_batch(batch)  # type: ignore[attr-defined]


class ProcessExecutor:
    """Runs batches in a pool of local worker processes, each loading the model once.

    At most 2 batches per worker are in flight, so memory stays bounded on long streams.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._task: CodingTask | None = None

    def _pool_for(self, task: CodingTask) -> ProcessPoolExecutor:
        if self._pool is None or self._task != task:
            self.close()
            self._pool = ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(task,))
            self._task = task
        return self._pool

    def map(self, task: CodingTask, batches: Iterable[Sequence[Article]]) -> Iterator[list[CodedArticle]]:
        pool = self._pool_for(task)
        pending: deque[Future] = deque()
        for batch in batches:
            pending.append(pool.submit(_code_in_worker, list(batch)))
            if len(pending) >= 2 * self.workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def make_executor(settings: Settings) -> Executor:
    """In-process for one worker, a local process pool otherwise."""
    workers = min(settings.workers, os.cpu_count() or 1) if settings.workers > 1 else 1
    return InProcessExecutor() if workers == 1 else ProcessExecutor(workers)


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
