"""Predicted events, as the scorer sees them: read from PLOVER JSONL or taken from coded articles."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

from tocsin.jsonl import json_lines
from tocsin.errors import EvaluationError
from tocsin.evaluation.gold import parse_date
from tocsin.plover import taxonomy
from tocsin.types import CodedArticle, Event


@dataclass(frozen=True, slots=True)
class PredEvent:
    story_id: str
    event: str
    mode: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    actor_sectors: tuple[str, ...] = ()
    actor_texts: tuple[str, ...] = ()
    date: dt.date | None = None
    loc_country: str = ""
    confidence: float = 0.0
    event_scale: float | None = None
    trigger: str = ""  # the word(s) that fired (CAMEO appeal vs demand for REQUEST)


Predictions = Mapping[str, tuple[PredEvent, ...]]  # story id -> events in the coder's order


def pred_from_event(event: Event) -> PredEvent:
    return PredEvent(
        story_id=event.story_id,
        event=event.event[0] if event.event else "",
        mode=tuple(event.mode),
        actor=tuple(e.code for e in event.actor if e.code),
        recipient=tuple(e.code for e in event.recipient if e.code),
        actor_sectors=tuple(e.sector for e in event.actor if e.sector),
        actor_texts=tuple(e.entity_text for e in event.actor if e.entity_text),
        date=event.date,
        loc_country=event.event_loc.country_code if event.event_loc else "",
        confidence=event.confidence,
        event_scale=event.event_scale,
        trigger=event.trigger,
    )


def predictions_from_coded(coded: Iterable[CodedArticle]) -> dict[str, tuple[PredEvent, ...]]:
    out: dict[str, tuple[PredEvent, ...]] = {}
    for article in coded:
        out[article.article_id] = tuple(pred_from_event(e) for e in article.events)
    return out


def _entities(value: Any, what: str) -> list[dict]:
    if value in (None, ""):
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise ValueError(f"'{what}' must be a list of entity objects")
    out = []
    for item in value:
        if isinstance(item, str):
            out.append({"code": item})
        elif isinstance(item, dict):
            out.append(item)
        else:
            raise ValueError(f"'{what}' holds {item!r}, not an entity object")
    return out


def _as_list(value: Any) -> list:
    if value in (None, ""):
        return []
    return value if isinstance(value, list) else [value]


def parse_prediction_record(raw: Any) -> PredEvent:
    """One PLOVER JSON event (with `story_id`) -> PredEvent; ValueError says what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("a prediction line must be a JSON object (one PLOVER event)")
    story_id = raw.get("story_id")
    if not isinstance(story_id, str) or not story_id:
        raise ValueError("missing 'story_id'")
    types = _as_list(raw.get("event"))
    if not types or not isinstance(types[0], str):
        raise ValueError("missing 'event' type")
    if types[0] not in taxonomy().event_types:
        raise ValueError(f"{types[0]!r} is not a PLOVER v2 event type")
    actors = _entities(raw.get("actor"), "actor")
    recipients = _entities(raw.get("recipient"), "recipient")
    loc = raw.get("event_loc")
    loc_country = ""
    if isinstance(loc, dict):
        loc_country = str(loc.get("country_code") or "")
    elif loc is not None:
        raise ValueError("'event_loc' must be an object or null")
    confidence = raw.get("confidence", 0.0)
    scale = raw.get("event_scale")
    if not isinstance(confidence, (int, float)) or (scale is not None and not isinstance(scale, (int, float))):
        raise ValueError("'confidence' and 'event_scale' must be numbers")
    return PredEvent(
        story_id=story_id,
        event=types[0],
        mode=tuple(str(m) for m in _as_list(raw.get("mode"))),
        actor=tuple(str(a.get("code")) for a in actors if a.get("code")),
        recipient=tuple(str(r.get("code")) for r in recipients if r.get("code")),
        actor_sectors=tuple(str(a.get("sector")) for a in actors if a.get("sector")),
        actor_texts=tuple(str(a.get("entity_text")) for a in actors if a.get("entity_text")),
        date=parse_date(raw.get("date"), "date"),
        loc_country=loc_country,
        confidence=float(confidence),
        event_scale=None if scale is None else float(scale),
        trigger=str(raw.get("trigger") or ""),
    )


def load_predictions(path: Path) -> dict[str, tuple[PredEvent, ...]]:
    """Read PLOVER JSONL predictions keyed by story_id. Unusable lines -> EvaluationError with line numbers."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvaluationError(f"{path}: prediction file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read prediction file ({exc})") from None
    grouped: dict[str, list[PredEvent]] = defaultdict(list)
    problems: list[str] = []
    for line in json_lines(lines):
        if line.error:
            problems.append(f"{path}:{line.number}: {line.error}")
            continue
        try:
            pred = parse_prediction_record(line.value)
        except ValueError as exc:
            problems.append(f"{path}:{line.number}: {exc}")
            continue
        grouped[pred.story_id].append(pred)
    if problems:
        shown = "\n".join(problems[:10])
        more = f"\n... and {len(problems) - 10} more" if len(problems) > 10 else ""
        raise EvaluationError(f"{len(problems)} unusable prediction line(s):\n{shown}{more}")
    return {k: tuple(v) for k, v in grouped.items()}
