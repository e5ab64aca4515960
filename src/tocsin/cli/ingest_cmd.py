"""CLI commands: ingest (registers on tocsin.cli.app.app)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from tocsin.cli.app import EXIT_OK, EXIT_PARTIAL, app, console, err_console, settings_of
from tocsin.ingest import IngestReport, ingest as run_ingest
from tocsin.store import Store


@app.command()
def ingest(
    ctx: typer.Context,
    sources: List[str] = typer.Argument(..., help="Files (.txt .html .jsonl .json .csv .xml), directories, feed or page URLs."),
    db: Optional[Path] = typer.Option(None, "--db", help="Store file (overrides the global --db)."),
) -> None:
    """Read articles from SOURCES into the store; syndicated copies are linked, known ones skipped."""
    settings = settings_of(ctx)
    if db is not None:
        settings = settings.replace(db=db)
    with Store.open(settings.db) as store:
        with Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest[/]"),
            BarColumn(),
            TextColumn("{task.completed} records"),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
        ) as progress:
            task = progress.add_task("ingest", total=None)
            report = run_ingest(sources, store, settings, progress=lambda n: progress.advance(task, n))
    _print_summary(report, str(settings.db))
    for problem in report.problems:
        err_console.print(escape(str(problem)), highlight=False, soft_wrap=True)
    raise typer.Exit(EXIT_PARTIAL if report.problems else EXIT_OK)


def _print_summary(report: IngestReport, db: str) -> None:
    table = Table(title=f"ingest run {report.run_id} -> {db}", show_header=True)
    table.add_column("read", justify="right")
    table.add_column("new stories", justify="right")
    table.add_column("already stored", justify="right")
    table.add_column("syndicated copies", justify="right")
    table.add_column("problems", justify="right")
    table.add_row(
        str(report.read), str(report.inserted), str(report.existing), str(report.near_duplicates),
        f"[red]{len(report.problems)}[/]" if report.problems else "0",
    )
    console.print(table)
