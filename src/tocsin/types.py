"""Records that cross stage boundaries. All frozen dataclasses; no dicts travel between stages.

Flow: Source -> Article -> (spaCy Doc inside the coder) -> Event -> Store.
`Event.to_plover()` gives the PLOVER v2 JSON record (the output contract in the design notes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """One news report or statement, as ingested.

    `origin` says where it came from (file path with line, or URL) for error messages and provenance.
    `content_hash` is the SHA-256 of the normalised text; `canonical_url` the URL without tracking
    parameters. Both make re-ingestion idempotent.
    """

    id: str
    text: str
    title: str = ""
    pub_date: dt.date | None = None
    url: str = ""
    source: str = ""
    lang: str = "en"
    origin: str = ""
    content_hash: str = ""
    canonical_url: str = ""


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """A record or source that could not be read, reported without stopping the run."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.source + (f":{self.line}" if self.line is not None else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Entity:
    """A PLOVER entity object (actor or recipient)."""

    code: str  # ISO 3166-1 alpha-3, or IGO/UNO/EUR/NGO/ISM/IMG/MNC, or "" when unknown
    sector: str = ""  # GOV, MIL, COP, REB, CVL, ... or ""
    entity_text: str = ""  # the words in the text
    identifier_text: str = ""  # canonical name of a person or organisation
    office: str = ""  # e.g. "President", "Foreign Minister"
    start: int | None = None  # char offsets of entity_text in the story
    end: int | None = None

    def to_plover(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "sector": self.sector,
            "entity_text": self.entity_text,
            "identifier_text": self.identifier_text,
            "office": self.office,
        }


@dataclass(frozen=True, slots=True)
class Location:
    """A PLOVER event_loc object. `resolution` is country | adm1 | city | border | region | none."""

    extracted_place: str = ""
    resolved_place: str = ""
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    province: str = ""
    country_code: str = ""  # ISO alpha-3
    resolution: str = "none"
    feature_class: str = ""
    feature_code: str = ""
    start: int | None = None
    end: int | None = None
    score: float | None = None

    def to_plover(self) -> dict[str, Any]:
        return {
            "extracted_place": self.extracted_place,
            "resolved_place": self.resolved_place,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "province": self.province,
            "country_code": self.country_code,
            "feature_class": self.feature_class,
            "feature_code": self.feature_code,
            "resolution": self.resolution,
        }


@dataclass(frozen=True, slots=True)
class TextInfo:
    """Where the evidence is: sentence number in the story and char offsets into the story text."""

    sequence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """One coded PLOVER v2 event with its evidence."""

    id: str
    story_id: str
    date: dt.date | None
    event: tuple[str, ...]
    event_text: str
    text_info: TextInfo
    confidence: float
    coder: str
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    actor: tuple[Entity, ...] = ()
    recipient: tuple[Entity, ...] = ()
    event_loc: Location | None = None
    enddate: dt.date | None = None
    quad_code: int | None = None
    event_scale: float | None = None
    trigger: str = ""  # the word(s) that fired
    trigger_start: int | None = None  # char offsets of the trigger in the story
    trigger_end: int | None = None
    rule: str = ""  # rule or model id that fired, for `tocsin explain`
    date_text: str = ""  # the words the date was resolved from ("" = publication date)
    cite_info: str = ""  # url or source of the story

    def to_plover(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "enddate": self.enddate.isoformat() if self.enddate else None,
            "event": list(self.event),
            "mode": list(self.mode),
            "context": list(self.context),
            "actor": [e.to_plover() for e in self.actor],
            "recipient": [e.to_plover() for e in self.recipient],
            "event_loc": self.event_loc.to_plover() if self.event_loc else None,
            "event_text": self.event_text,
            "quad_code": self.quad_code,
            "event_scale": self.event_scale,
            "text_info": asdict(self.text_info),
            "cite_info": self.cite_info,
            "coder": self.coder,
            "story_id": self.story_id,
            "confidence": round(self.confidence, 4),
            "trigger": self.trigger,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """The coder's output for one article: its events (possibly none)."""

    article_id: str
    events: tuple[Event, ...] = ()
    error: str = ""  # non-empty when coding this article failed; other articles go on


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place mention found (or given) in a text and its resolution (geoparse output)."""

    doc_id: str
    start: int
    end: int
    text: str
    geonameid: int | None = None
    name: str = ""
    lat: float | None = None
    lon: float | None = None
    country_code: str = ""  # ISO alpha-3
    admin1: str = ""
    feature_class: str = ""
    # country | adm1 | city | border | region | none; "vicinity": a name the gazetteer does not know,
    # placed at the story's focus town (or Y of "X in Y"), score 0.1
    resolution: str = "none"
    score: float = 0.0
    countries: tuple[str, ...] = field(default=())  # for borders: every country named

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "geonameid": self.geonameid,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "feature_class": self.feature_class,
            "resolution": self.resolution,
            "score": round(self.score, 4),
        }
