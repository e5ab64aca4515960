"""`ingest(specs, store, settings)`: read sources, find syndicated copies, store in batches."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Sequence

from tocsin.config import Settings
from tocsin.errors import InputError
from tocsin.ingest.neardup import NearDuplicateIndex
from tocsin.ingest.sources import read_source
from tocsin.types import Article, SourceProblem

if TYPE_CHECKING:
    from tocsin.store import Store

BATCH_SIZE = 50  # articles per store transaction: a killed run loses at most this many


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingestion run did."""

    run_id: int
    read: int  # articles read from the sources
    inserted: int  # new stories stored
    existing: int  # already stored (same id, content hash or canonical URL): skipped
    near_duplicates: int  # syndicated copies stored as linked copies
    problems: tuple[SourceProblem, ...] = ()

    @property
    def status(self) -> str:
        return "partial" if self.problems else "ok"

    def counts(self) -> dict[str, int]:
        return {
            "read": self.read,
            "inserted": self.inserted,
            "existing": self.existing,
            "near_duplicates": self.near_duplicates,
            "problems": len(self.problems),
        }


@dataclass
class _Run:
    """Mutable state of one run (kept inside `ingest`)."""

    store: "Store"
    run_id: int
    index: NearDuplicateIndex
    batch: list[Article] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    read: int = 0
    inserted: int = 0
    existing: int = 0
    near_duplicates: int = 0

    def report(self) -> IngestReport:
        return IngestReport(self.run_id, self.read, self.inserted, self.existing, self.near_duplicates, tuple(self.problems))

    def flush(self) -> None:
        """Mark copies against the index, then store the batch in one transaction."""
        if not self.batch:
            return
        copies: dict[str, str] = {}
        signatures: dict[str, bytes] = {}
        indexed_now: list[str] = []
        for article in self.batch:
            signature = self.index.signature(article.text)
            signatures[article.id] = signature
            match = self.index.find(signature)
            if match is not None and match != article.id:
                copies[article.id] = match
            elif article.id not in self.index:
                self.index.add(article.id, signature)
                indexed_now.append(article.id)
        result = self.store.add_articles(self.batch, self.run_id, near_duplicate_of=copies, signatures=signatures)
        skipped = set(result.existing)
        for article_id in indexed_now:  # already stored under another id, or as a copy: not a story to match
            if article_id in skipped:
                self.index.remove(article_id)
        self.inserted += len(result.inserted)
        self.existing += len(result.existing)
        self.near_duplicates += len(result.near_duplicates)
        self.batch = []


def ingest(
    specs: Sequence[str],
    store: "Store",
    settings: Settings,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Read every source, store new articles (copies linked, known ones skipped), record the run.

    A source that cannot be read at all becomes a problem and the others go on. `progress` is
    called with the number of records (articles or problems) just handled. Store errors end the
    run (recorded as failed) and are raised.
    """
    run = _Run(store=store, run_id=store.start_run("ingest", list(specs)), index=NearDuplicateIndex(settings.near_duplicate_threshold))
    try:
        _load_index(run)
        for spec in specs:
            _read_one(spec, run, settings, progress)
        run.flush()
    except KeyboardInterrupt:
        store.finish_run(run.run_id, "interrupted", run.report().counts(), run.problems)
        raise
    except BaseException:
        store.finish_run(run.run_id, "failed", run.report().counts(), run.problems)
        raise
    report = run.report()
    store.finish_run(report.run_id, report.status, report.counts(), report.problems)
    return report


def _load_index(run: _Run) -> None:
    unusable = 0
    for article_id, signature in run.store.iter_signatures():
        try:
            run.index.add(article_id, signature)
        except ValueError:
            unusable += 1
    if unusable:
        run.problems.append(
            SourceProblem("store", None, f"{unusable} stored signatures have another format; those stories are not matched as copies")
        )


def _read_one(spec: str, run: _Run, settings: Settings, progress: Callable[[int], None] | None) -> None:
    try:
        for item in read_source(spec, settings):
            if isinstance(item, SourceProblem):
                run.problems.append(item)
            else:
                run.read += 1
                run.batch.append(item)
                if len(run.batch) >= BATCH_SIZE:
                    run.flush()
            if progress is not None:
                progress(1)
    except InputError as exc:
        run.problems.append(SourceProblem(exc.source or spec, exc.line, exc.reason))
    except (OSError, ValueError) as exc:  # e.g. a parser library choking on odd input: this source only
        run.problems.append(SourceProblem(spec, None, f"could not read: {type(exc).__name__}: {exc}"))
