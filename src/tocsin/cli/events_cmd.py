"""CLI commands: events (query the store), stats."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from enum import Enum
from typing import Optional

import typer
from rich.table import Table

from tocsin.cli.app import app, console, settings_of
from tocsin.errors import ConfigError


class OutputFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _parse_day(value: Optional[str], option: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{option}: expected a date as YYYY-MM-DD, got {value!r}") from None


def _codes(entities) -> str:
    return "+".join(e.code + (e.sector and f"/{e.sector}") for e in entities if e.code or e.sector)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


CSV_FIELDS = ["id", "date", "event", "mode", "context", "actor", "recipient", "place", "country",
              "confidence", "story_id", "event_text"]


def _flat(event) -> dict:
    loc = event.event_loc
    return {
        "id": event.id, "date": event.date.isoformat() if event.date else "",
        "event": ";".join(event.event), "mode": ";".join(event.mode), "context": ";".join(event.context),
        "actor": _codes(event.actor), "recipient": _codes(event.recipient),
        "place": (loc.resolved_place or loc.extracted_place) if loc else "",
        "country": loc.country_code if loc else "", "confidence": f"{event.confidence:.2f}",
        "story_id": event.story_id, "event_text": event.event_text,
    }


@app.command()
def events(
    ctx: typer.Context,
    country: Optional[str] = typer.Option(None, "--country", help="ISO alpha-3 (actor, recipient or place)."),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT."),
    date_from: Optional[str] = typer.Option(None, "--from", help="First day, YYYY-MM-DD."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Last day, YYYY-MM-DD."),
    text: Optional[str] = typer.Option(None, "--text", help="Words in the evidence sentence."),
    story: Optional[str] = typer.Option(None, "--story", help="Only events of this story id."),
    limit: int = typer.Option(1000, "--limit", help="At most this many events."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, jsonl or csv."),
) -> None:
    """List stored events, filtered."""
    from tocsin.plover import taxonomy
    from tocsin.store import EventQuery, Store

    if event_type is not None:
        event_type = event_type.upper()
        taxonomy().event_type(event_type)  # unknown type -> clear TaxonomyError
    query = EventQuery(
        country=country.upper() if country else None, event_type=event_type,
        date_from=_parse_day(date_from, "--from"), date_to=_parse_day(date_to, "--to"),
        text=text, story_id=story, limit=limit,
    )
    settings = settings_of(ctx)
    with Store.open(settings.db, read_only=True) as store:
        found = store.query_events(query)
    if fmt is OutputFormat.jsonl:
        for event in found:
            sys.stdout.write(json.dumps(event.to_plover(), ensure_ascii=False) + "\n")
        return
    if fmt is OutputFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for event in found:
            writer.writerow(_flat(event))
        return
    table = Table(title=f"{len(found)} events", show_lines=False, expand=True)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("event", no_wrap=True)
    table.add_column("actor", overflow="fold", max_width=16)
    table.add_column("recipient", overflow="fold", max_width=16)
    table.add_column("place", overflow="fold", max_width=18)
    table.add_column("conf", no_wrap=True, justify="right")
    table.add_column("evidence", overflow="fold", ratio=1, min_width=30)
    for event in found:
        row = _flat(event)
        mode = f" ({row['mode']})" if row["mode"] else ""
        place = row["place"] + (f" [{row['country']}]" if row["country"] else "")
        table.add_row(row["date"], row["event"] + mode, row["actor"], row["recipient"], place,
                      row["confidence"], _clip(event.event_text, 200))
    console.print(table)


@app.command()
def stats(ctx: typer.Context) -> None:
    """Counts of stories, copies, coding state, events by type and country."""
    from tocsin.store import Store

    settings = settings_of(ctx)
    with Store.open(settings.db, read_only=True) as store:
        s = store.stats()
    table = Table(title=f"store {settings.db}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name in ("stories", "copies", "pending", "coded", "failed", "events", "runs"):
        table.add_row(name, str(getattr(s, name)))
    console.print(table)
    if s.events_by_type:
        by_type = Table(title="events by type")
        by_type.add_column("type")
        by_type.add_column("events", justify="right")
        for name, count in sorted(s.events_by_type.items(), key=lambda kv: -kv[1]):
            by_type.add_row(name, str(count))
        console.print(by_type)
    if s.events_by_country:
        by_country = Table(title="events by country (actor, recipient or place)")
        by_country.add_column("country")
        by_country.add_column("events", justify="right")
        for name, count in sorted(s.events_by_country.items(), key=lambda kv: -kv[1])[:20]:
            by_country.add_row(name, str(count))
        console.print(by_country)
