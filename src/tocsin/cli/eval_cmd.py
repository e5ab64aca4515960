"""CLI commands: eval (registers on tocsin.cli.app.app)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from tocsin.cli.app import app, console, err_console, settings_of


class ReportFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


@app.command("eval")
def eval_command(
    ctx: typer.Context,
    gold: Path = typer.Argument(..., help="Gold JSONL (one story per line: id, text, events, negative ...)."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Predicted events, PLOVER JSONL with story_id."),
    coder: Optional[str] = typer.Option(None, "--coder", help="Code the gold texts with this registered coder."),
    fmt: ReportFormat = typer.Option(ReportFormat.table, "--format", help="table | json | markdown"),
    save_pred: Optional[Path] = typer.Option(None, "--save-pred", help="With --coder: also write its events here."),
) -> None:
    """Score predicted events against gold: per-type P/R/F1, actor/recipient/location/date accuracy, negatives."""
    from tocsin.errors import EvaluationError
    from tocsin.evaluation.gold import load_gold
    from tocsin.evaluation.predictions import load_predictions
    from tocsin.evaluation.report import to_json, to_markdown, to_rich_tables
    from tocsin.evaluation.run import evaluate_coder, write_predictions
    from tocsin.evaluation.scoring import evaluate

    if (pred is None) == (coder is None):
        raise EvaluationError("give exactly one of --pred PRED.jsonl or --coder NAME")
    stories = load_gold(gold)
    if pred is not None:
        report = evaluate(stories, load_predictions(pred), name=gold.stem, coder=pred.name)
    else:
        settings = settings_of(ctx)
        from rich.progress import Progress

        with Progress(console=err_console, transient=True) as progress:
            task = progress.add_task(f"coding {len(stories)} stories with {coder}", total=len(stories))
            report, coded = evaluate_coder(stories, coder, settings, name=gold.stem,
                                           progress=lambda n: progress.advance(task, n))
        if save_pred is not None:
            write_predictions(coded, save_pred)
    if fmt is ReportFormat.json:
        console.print_json(to_json(report))
    elif fmt is ReportFormat.markdown:
        console.print(to_markdown(report), markup=False, highlight=False, soft_wrap=True)
    else:
        for table in to_rich_tables(report):
            console.print(table)
