"""CLI commands: geo (registers on tocsin.cli.app.app)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from tocsin.cli.app import EXIT_OK, EXIT_PARTIAL, app, err_console, settings_of
from tocsin.errors import GeoError
from tocsin.geo import Geoparser
from tocsin.geo.batch import geoparse_records, read_records
from tocsin.types import SourceProblem


@app.command()
def geoparse(
    ctx: typer.Context,
    input_file: Path = typer.Argument(..., help="JSONL with {id, text, spans?}; spans = [[start, end], ...] to resolve only those."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output JSONL (default: stdout)."),
) -> None:
    """Find and resolve place names: one JSONL record per mention
    {id, start, end, text, geonameid, name, lat, lon, country_code, admin1, feature_class, resolution, score}."""
    settings = settings_of(ctx)
    geoparser = Geoparser(settings)
    problems = 0
    try:
        sink = out.open("w", encoding="utf-8") if out is not None else sys.stdout
    except OSError as exc:
        raise GeoError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    try:
        for item in geoparse_records(read_records(input_file), geoparser):
            if isinstance(item, SourceProblem):
                problems += 1
                err_console.print(escape(str(item)), highlight=False, soft_wrap=True)
                continue
            sink.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
    finally:
        if out is not None:
            sink.close()
    raise typer.Exit(EXIT_PARTIAL if problems else EXIT_OK)
