"""Conversion between record dataclasses and Arrow batches / DuckDB rows.

Writes go through Arrow tables (registered with DuckDB, then INSERT ... SELECT);
reads rebuild the frozen dataclasses exactly (empty canonical_url is stored as NULL).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping, Sequence

import pyarrow as pa

from tocsin.types import Article, Entity, Event, Location, TextInfo

_STR = pa.string()
_STR_LIST = pa.list_(pa.string())

ARTICLE_SCHEMA = pa.schema(
    [
        ("id", _STR), ("title", _STR), ("text", _STR), ("pub_date", pa.date32()), ("url", _STR),
        ("canonical_url", _STR), ("source", _STR), ("lang", _STR), ("origin", _STR),
        ("content_hash", _STR), ("duplicate_of", _STR), ("run_id", pa.int64()),
        ("ingested_at", pa.timestamp("us")), ("minhash", pa.binary()),
    ]
)

ARTICLE_COLUMNS = (
    "id, title, text, pub_date, url, canonical_url, source, lang, origin, content_hash"
)

EVENT_SCHEMA = pa.schema(
    [
        ("id", _STR), ("story_id", _STR), ("date", pa.date32()), ("enddate", pa.date32()),
        ("event_type", _STR), ("event_types", _STR_LIST), ("modes", _STR_LIST),
        ("contexts", _STR_LIST), ("quad_code", pa.int32()), ("event_scale", pa.float64()),
        ("event_text", _STR), ("text_seq", pa.int32()), ("text_start", pa.int32()),
        ("text_end", pa.int32()), ("trigger", _STR), ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()), ("rule", _STR), ("date_text", _STR),
        ("confidence", pa.float64()), ("coder", _STR), ("cite_info", _STR),
        ("has_loc", pa.bool_()), ("loc_country", _STR), ("loc_province", _STR),
        ("loc_geonameid", pa.int64()), ("actor_codes", _STR_LIST), ("recipient_codes", _STR_LIST),
    ]
)

ENTITY_SCHEMA = pa.schema(
    [
        ("event_id", _STR), ("role", _STR), ("position", pa.int32()), ("code", _STR),
        ("sector", _STR), ("entity_text", _STR), ("identifier_text", _STR), ("office", _STR),
        ("start", pa.int32()), ("end", pa.int32()),
    ]
)

LOCATION_SCHEMA = pa.schema(
    [
        ("event_id", _STR), ("extracted_place", _STR), ("resolved_place", _STR),
        ("geonameid", pa.int64()), ("lat", pa.float64()), ("lon", pa.float64()),
        ("province", _STR), ("country_code", _STR), ("resolution", _STR),
        ("feature_class", _STR), ("feature_code", _STR), ("start", pa.int32()),
        ("end", pa.int32()), ("score", pa.float64()),
    ]
)

EVENT_SELECT = ", ".join(f"e.{name}" for name in EVENT_SCHEMA.names)
ENTITY_SELECT = ", ".join(f'n."{name}"' for name in ENTITY_SCHEMA.names)
LOCATION_SELECT = ", ".join(f'l."{name}"' for name in LOCATION_SCHEMA.names)


def _table(schema: pa.Schema, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


def articles_table(
    articles: Sequence[Article],
    run_id: int | None,
    ingested_at: dt.datetime,
    near_duplicate_of: Mapping[str, str],
    signatures: Mapping[str, bytes],
) -> pa.Table:
    rows = [
        {
            "id": a.id, "title": a.title, "text": a.text, "pub_date": a.pub_date, "url": a.url,
            "canonical_url": a.canonical_url or None, "source": a.source, "lang": a.lang,
            "origin": a.origin, "content_hash": a.content_hash,
            "duplicate_of": near_duplicate_of.get(a.id), "run_id": run_id,
            "ingested_at": ingested_at, "minhash": signatures.get(a.id),
        }
        for a in articles
    ]
    return _table(ARTICLE_SCHEMA, rows)


def article_from_row(row: Sequence[Any]) -> Article:
    """Row in ARTICLE_COLUMNS order -> Article."""
    (id_, title, text, pub_date, url, canonical_url, source, lang, origin, content_hash) = row
    return Article(
        id=id_, text=text, title=title, pub_date=pub_date, url=url, source=source, lang=lang,
        origin=origin, content_hash=content_hash, canonical_url=canonical_url or "",
    )


def event_tables(events: Sequence[Event]) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Events -> (events, entities, locations) Arrow tables."""
    event_rows: list[dict[str, Any]] = []
    entity_rows: list[dict[str, Any]] = []
    location_rows: list[dict[str, Any]] = []
    for ev in events:
        loc = ev.event_loc
        event_rows.append(
            {
                "id": ev.id, "story_id": ev.story_id, "date": ev.date, "enddate": ev.enddate,
                "event_type": ev.event[0] if ev.event else "", "event_types": list(ev.event),
                "modes": list(ev.mode), "contexts": list(ev.context), "quad_code": ev.quad_code,
                "event_scale": ev.event_scale, "event_text": ev.event_text,
                "text_seq": ev.text_info.sequence, "text_start": ev.text_info.start,
                "text_end": ev.text_info.end, "trigger": ev.trigger,
                "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end, "rule": ev.rule,
                "date_text": ev.date_text, "confidence": ev.confidence, "coder": ev.coder,
                "cite_info": ev.cite_info, "has_loc": loc is not None,
                "loc_country": loc.country_code if loc else None,
                "loc_province": loc.province if loc else None,
                "loc_geonameid": loc.geonameid if loc else None,
                "actor_codes": [e.code for e in ev.actor],
                "recipient_codes": [e.code for e in ev.recipient],
            }
        )
        for role, entities in (("actor", ev.actor), ("recipient", ev.recipient)):
            for position, ent in enumerate(entities):
                entity_rows.append(
                    {
                        "event_id": ev.id, "role": role, "position": position, "code": ent.code,
                        "sector": ent.sector, "entity_text": ent.entity_text,
                        "identifier_text": ent.identifier_text, "office": ent.office,
                        "start": ent.start, "end": ent.end,
                    }
                )
        if loc is not None:
            location_rows.append(
                {
                    "event_id": ev.id, "extracted_place": loc.extracted_place,
                    "resolved_place": loc.resolved_place, "geonameid": loc.geonameid,
                    "lat": loc.lat, "lon": loc.lon, "province": loc.province,
                    "country_code": loc.country_code, "resolution": loc.resolution,
                    "feature_class": loc.feature_class, "feature_code": loc.feature_code,
                    "start": loc.start, "end": loc.end, "score": loc.score,
                }
            )
    return (
        _table(EVENT_SCHEMA, event_rows),
        _table(ENTITY_SCHEMA, entity_rows),
        _table(LOCATION_SCHEMA, location_rows),
    )


def entity_from_row(row: Sequence[Any]) -> tuple[str, str, int, Entity]:
    """Row in ENTITY_SELECT order -> (event_id, role, position, Entity)."""
    event_id, role, position, code, sector, entity_text, identifier_text, office, start, end = row
    entity = Entity(
        code=code, sector=sector, entity_text=entity_text, identifier_text=identifier_text,
        office=office, start=start, end=end,
    )
    return event_id, role, position, entity


def location_from_row(row: Sequence[Any]) -> tuple[str, Location]:
    """Row in LOCATION_SELECT order -> (event_id, Location)."""
    (event_id, extracted_place, resolved_place, geonameid, lat, lon, province, country_code,
     resolution, feature_class, feature_code, start, end, score) = row
    location = Location(
        extracted_place=extracted_place, resolved_place=resolved_place, geonameid=geonameid,
        lat=lat, lon=lon, province=province, country_code=country_code, resolution=resolution,
        feature_class=feature_class, feature_code=feature_code, start=start, end=end, score=score,
    )
    return event_id, location


def event_from_row(
    row: Sequence[Any],
    actors: tuple[Entity, ...],
    recipients: tuple[Entity, ...],
    location: Location | None,
) -> Event:
    """Row in EVENT_SELECT order (+ its entities and location) -> Event."""
    values = dict(zip(EVENT_SCHEMA.names, row))
    return Event(
        id=values["id"], story_id=values["story_id"], date=values["date"],
        event=tuple(values["event_types"]), event_text=values["event_text"],
        text_info=TextInfo(values["text_seq"], values["text_start"], values["text_end"]),
        confidence=values["confidence"], coder=values["coder"], mode=tuple(values["modes"]),
        context=tuple(values["contexts"]), actor=actors, recipient=recipients,
        event_loc=location, enddate=values["enddate"], quad_code=values["quad_code"],
        event_scale=values["event_scale"], trigger=values["trigger"],
        trigger_start=values["trigger_start"], trigger_end=values["trigger_end"],
        rule=values["rule"], date_text=values["date_text"], cite_info=values["cite_info"],
    )
