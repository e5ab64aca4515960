"""Records the store returns or takes: query filters, add results, statistics, run info."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping


@dataclass(frozen=True, slots=True)
class AddResult:
    """Outcome of one add_articles call."""

    inserted: tuple[str, ...] = ()  # article ids newly stored as stories
    existing: tuple[str, ...] = ()  # already stored (same id, content_hash or canonical_url): skipped
    near_duplicates: tuple[tuple[str, str], ...] = ()  # (new_id, duplicate_of_id): stored as linked copies


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for query_events; None means no filter on that field."""

    country: str | None = None  # alpha-3; matches actor, recipient or event_loc country
    event_type: str | None = None  # PLOVER type, e.g. "ASSAULT"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str | None = None  # case-insensitive substring of event_text
    story_id: str | None = None
    limit: int | None = 1000


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Counts over the whole store."""

    stories: int = 0  # articles that are not near-duplicate copies
    copies: int = 0  # near-duplicate copies linked to a story
    pending: int = 0  # stories not yet coded
    coded: int = 0
    failed: int = 0
    events: int = 0
    events_by_type: Mapping[str, int] = field(default_factory=dict)  # primary type -> events
    events_by_country: Mapping[str, int] = field(default_factory=dict)  # country -> events involving it
    runs: int = 0
    first_pub_date: dt.date | None = None
    last_pub_date: dt.date | None = None
    schema_version: int = 0


@dataclass(frozen=True, slots=True)
class RunInfo:
    """One ingestion or coding run, as recorded by start_run/finish_run."""

    id: int
    kind: str
    sources: tuple[str, ...]
    started_at: dt.datetime
    finished_at: dt.datetime | None
    status: str
    counts: Mapping[str, int]
    problems: tuple[str, ...]  # SourceProblem texts ("source:line: message")
