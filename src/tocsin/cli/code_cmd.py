"""CLI commands: code (stateless), run (code what is pending in the store), explain."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tocsin.cli.app import EXIT_PARTIAL, app, console, err_console, settings_of


def progress_bar() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, transient=False,
    )


@app.command()
def code(
    ctx: typer.Context,
    sources: List[str] = typer.Argument(..., help="Files, directories, feed or page URLs; '-' reads JSONL from stdin."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write PLOVER JSONL here instead of stdout."),
) -> None:
    """Code articles into PLOVER v2 events without a store: articles in, PLOVER JSONL out."""
    from tocsin.ingest import read_source
    from tocsin.pipeline import code_articles
    from tocsin.types import SourceProblem

    settings = settings_of(ctx)
    problems: list[SourceProblem] = []

    def articles():
        for spec in sources:
            for item in read_source(spec, settings):
                if isinstance(item, SourceProblem):
                    problems.append(item)
                    err_console.print(f"[yellow]{item}[/]", highlight=False)
                else:
                    yield item

    sink = open(out, "w", encoding="utf-8") if out else sys.stdout
    n_articles = n_events = 0
    failed = 0
    try:
        for coded in code_articles(articles(), settings):
            n_articles += 1
            if coded.error:
                failed += 1
                err_console.print(f"[red]{coded.article_id}: coding failed: {coded.error}[/]", highlight=False)
            for event in coded.events:
                sink.write(json.dumps(event.to_plover(), ensure_ascii=False) + "\n")
                n_events += 1
    finally:
        if out:
            sink.close()
    err_console.print(f"coded {n_articles} articles -> {n_events} events"
                      + (f"; {len(problems)} input problems" if problems else "")
                      + (f"; {failed} failed" if failed else ""))
    if problems or failed:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def run(
    ctx: typer.Context,
    limit: Optional[int] = typer.Option(None, "--limit", help="Code at most this many pending stories."),
) -> None:
    """Code every story in the store that is not coded yet (resumable)."""
    from tocsin.pipeline import code_pending
    from tocsin.store import Store

    settings = settings_of(ctx)
    with Store.open(settings.db) as store:
        total = store.count_pending() if limit is None else min(limit, store.count_pending())
        if total == 0:
            err_console.print("nothing to code: every stored story is coded")
            return
        with progress_bar() as bar:
            task = bar.add_task(f"coding ({settings.coder})", total=total)
            report = code_pending(store, settings, limit=limit, progress=lambda n: bar.advance(task, n))
    console.print(f"coded {report.articles} stories -> {report.events} events"
                  + (f"; {len(report.failed)} failed" if report.failed else ""), highlight=False)
    for article_id, error in report.failed:
        err_console.print(f"[red]{article_id}: {error}[/]", highlight=False)
    if report.failed:
        raise typer.Exit(EXIT_PARTIAL)
