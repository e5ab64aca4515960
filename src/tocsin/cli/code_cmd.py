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


def _write_coded(coded, sink) -> None:
    if coded.error:
        err_console.print(f"[red]{coded.article_id}: coding failed: {coded.error}[/]", highlight=False)
    for event in coded.events:
        sink.write(json.dumps(event.to_plover(), ensure_ascii=False) + "\n")


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
        with progress_bar() as bar:
            task = bar.add_task(f"coding ({settings.coder})", total=None)
            for coded in code_articles(articles(), settings):
                n_articles += 1
                bar.advance(task, 1)
                _write_coded(coded, sink)
                n_events += len(coded.events)
                if coded.error:
                    failed += 1
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


def _render_explanation(explanation) -> None:
    from rich.panel import Panel
    from rich.text import Text

    if not explanation.events:
        console.print(f"[bold]{explanation.article_id}[/]: no event coded ({explanation.coder})")
    for item in explanation.events:
        event = item.event
        sentence = Text(explanation.text[item.evidence_start:item.evidence_end].rstrip())
        if item.trigger_start is not None and item.trigger_end is not None:
            sentence.stylize("bold reverse", item.trigger_start - item.evidence_start,
                             item.trigger_end - item.evidence_start)
        for entity, style in [(e, "bold red") for e in event.actor] + [(e, "bold blue") for e in event.recipient]:
            if entity.start is not None and entity.end is not None and entity.start >= item.evidence_start:
                sentence.stylize(style, entity.start - item.evidence_start, entity.end - item.evidence_start)
        who = lambda ents: ", ".join(f"{e.code or '?'}/{e.sector or '?'} «{e.entity_text}»"  # noqa: E731
                                     + (f" = {e.identifier_text}" if e.identifier_text else "") for e in ents) or "—"
        loc = event.event_loc
        where = (f"{loc.resolved_place or loc.extracted_place} [{loc.country_code}, {loc.resolution}]"
                 if loc and (loc.country_code or loc.extracted_place) else "—")
        lines = Text()
        lines.append(f"{'/'.join(event.event)}", style="bold")
        lines.append(f" {'/'.join(event.mode)}  context: {', '.join(event.context) or '—'}  "
                     f"confidence {event.confidence:.2f}\n")
        lines.append("evidence: ")
        lines.append_text(sentence)
        lines.append(f"\ntrigger:   «{item.trigger}» — rule {item.rule}; {item.modality}\n")
        lines.append(f"actor:     {who(event.actor)} — {item.actor_reason}\n", style="red")
        lines.append(f"recipient: {who(event.recipient)} — {item.recipient_reason}\n", style="blue")
        lines.append(f"date:      {event.date} — {item.date_reason}\n")
        lines.append(f"place:     {where}")
        console.print(Panel(lines, title=event.id, title_align="left"))
    if explanation.rejected:
        console.print("[bold]considered but not coded[/]")
        for cand in explanation.rejected:
            console.print(f"  sentence {cand.sentence}: «{cand.trigger}» {cand.event} ({cand.rule}) — {cand.verdict}",
                          highlight=False)


@app.command()
def explain(
    ctx: typer.Context,
    story: str = typer.Argument(..., help="A stored story id, or a file/URL to read the story from."),
) -> None:
    """Show a story's events with the evidence highlighted and why each was coded (or not)."""
    from tocsin.coding.explain import explain_story
    from tocsin.errors import InputError
    from tocsin.types import Article

    settings = settings_of(ctx)
    articles: list[Article] = []
    if Path(story).exists() or story.startswith(("http://", "https://")):
        from tocsin.ingest import read_source

        articles = [a for a in read_source(story, settings) if isinstance(a, Article)]
    else:
        from tocsin.store import Store

        with Store.open(settings.db, read_only=True) as store:
            found = store.get_article(story)
        if found is None:
            raise InputError(f"no stored story with id {story!r} (give a stored id or a file)", source=str(settings.db))
        articles = [found]
    for article in articles:
        _render_explanation(explain_story(article, settings))
