"""Gold stories for evaluation: the JSONL format, its reader and writer.

One story per line::

    {"id": "s1", "text": "...", "pub_date": "2024-05-01", "negative": false,
     "events": [{"event": "ASSAULT", "mode": "firearms", "context": "military",
                 "actor": ["KGZ"], "recipient": ["TJK"], "date": "2024-04-30", "loc_country": "TJK"}]}

Optional story fields (additive, used by some sets):
  "complete": false   the listed events are not all the events in the text (type P/R skip the story)
  "pentaclass": 0..4  the CAMEO five-way class of a ConfliBERT sentence
  "police": [...]     IndiaPoliceEvents labels of the sentence (ARREST, KILL, FORCE, FAIL)
  "group": "doc-11"   the document a sentence belongs to (IndiaPoliceEvents)
Optional event field: "actor_sector": "COP" (the actor's sector when the gold names one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from tocsin.jsonl import json_lines, write_json_lines
from tocsin.errors import EvaluationError
from tocsin.plover import taxonomy
from tocsin.types import Article

POLICE_LABELS = ("ARREST", "KILL", "FORCE", "FAIL")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    event: str
    mode: str = ""
    context: str = ""
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    date: dt.date | None = None
    loc_country: str = ""
    actor_sector: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"event": self.event, "actor": list(self.actor), "recipient": list(self.recipient)}
        if self.mode:
            out["mode"] = self.mode
        if self.context:
            out["context"] = self.context
        if self.date:
            out["date"] = self.date.isoformat()
        if self.loc_country:
            out["loc_country"] = self.loc_country
        if self.actor_sector:
            out["actor_sector"] = self.actor_sector
        return out


@dataclass(frozen=True, slots=True)
class GoldStory:
    id: str
    text: str
    events: tuple[GoldEvent, ...] = ()
    pub_date: dt.date | None = None
    negative: bool = False
    complete: bool = True
    pentaclass: int | None = None
    police: tuple[str, ...] | None = None
    group: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "pub_date": self.pub_date.isoformat() if self.pub_date else None,
            "negative": self.negative,
            "events": [e.to_json() for e in self.events],
        }
        if not self.complete:
            out["complete"] = False
        if self.pentaclass is not None:
            out["pentaclass"] = self.pentaclass
        if self.police is not None:
            out["police"] = list(self.police)
        if self.group:
            out["group"] = self.group
        return out

    def to_article(self) -> Article:
        return Article(id=self.id, text=self.text, pub_date=self.pub_date, origin=f"gold:{self.id}")


def parse_date(value: Any, what: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a YYYY-MM-DD string, got {value!r}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a YYYY-MM-DD date") from None


def _codes(value: Any, what: str) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"{what} must be a list of codes, got {value!r}")


def _gold_event(raw: Any, n: int) -> GoldEvent:
    if not isinstance(raw, dict):
        raise ValueError(f"event {n} is not an object")
    name = raw.get("event")
    if not isinstance(name, str) or not name:
        raise ValueError(f"event {n} has no 'event' type")
    if name not in taxonomy().event_types:
        raise ValueError(f"event {n}: {name!r} is not a PLOVER v2 event type")
    return GoldEvent(
        event=name,
        mode=str(raw.get("mode") or ""),
        context=str(raw.get("context") or ""),
        actor=_codes(raw.get("actor"), f"event {n} actor"),
        recipient=_codes(raw.get("recipient"), f"event {n} recipient"),
        date=parse_date(raw.get("date"), f"event {n} date"),
        loc_country=str(raw.get("loc_country") or ""),
        actor_sector=str(raw.get("actor_sector") or ""),
    )


def parse_gold_record(raw: Any) -> GoldStory:
    """Build a GoldStory from one decoded JSON line; ValueError says what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("a gold line must be a JSON object")
    story_id = raw.get("id")
    if not isinstance(story_id, str) or not story_id:
        raise ValueError("missing 'id' (a non-empty string)")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"story {story_id!r}: missing or empty 'text'")
    events_raw = raw.get("events", [])
    if not isinstance(events_raw, list):
        raise ValueError(f"story {story_id!r}: 'events' must be a list")
    events = tuple(_gold_event(e, i + 1) for i, e in enumerate(events_raw))
    negative = raw.get("negative", False)
    if not isinstance(negative, bool):
        raise ValueError(f"story {story_id!r}: 'negative' must be true or false")
    if negative and events:
        raise ValueError(f"story {story_id!r}: a negative story cannot list events")
    pentaclass = raw.get("pentaclass")
    if pentaclass is not None and pentaclass not in (0, 1, 2, 3, 4):
        raise ValueError(f"story {story_id!r}: 'pentaclass' must be 0..4")
    police = raw.get("police")
    if police is not None:
        if not isinstance(police, list) or any(p not in POLICE_LABELS for p in police):
            raise ValueError(f"story {story_id!r}: 'police' must be a list of {', '.join(POLICE_LABELS)}")
        police = tuple(police)
    try:
        pub_date = parse_date(raw.get("pub_date"), "pub_date")
    except ValueError as exc:
        raise ValueError(f"story {story_id!r}: {exc}") from None
    return GoldStory(
        id=story_id,
        text=text,
        events=events,
        pub_date=pub_date,
        negative=negative,
        complete=bool(raw.get("complete", True)),
        pentaclass=pentaclass,
        police=police,
        group=str(raw.get("group") or ""),
    )


def load_gold(path: Path) -> list[GoldStory]:
    """Read a gold JSONL file. Any unusable line -> EvaluationError naming file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvaluationError(f"{path}: gold file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read gold file ({exc})") from None
    stories: list[GoldStory] = []
    seen: set[str] = set()
    for line in json_lines(lines):
        number = line.number
        if line.error:
            raise EvaluationError(f"{path}:{number}: {line.error}")
        try:
            story = parse_gold_record(line.value)
        except ValueError as exc:
            raise EvaluationError(f"{path}:{number}: {exc}") from None
        if story.id in seen:
            raise EvaluationError(f"{path}:{number}: story id {story.id!r} appears twice")
        seen.add(story.id)
        stories.append(story)
    if not stories:
        raise EvaluationError(f"{path}: no gold stories")
    return stories


def write_gold(stories: Iterable[GoldStory], path: Path) -> int:
    """Write gold stories as JSONL; returns the number written."""
    return write_json_lines((story.to_json() for story in stories), path)


def articles_of(stories: Sequence[GoldStory]) -> list[Article]:
    return [s.to_article() for s in stories]
