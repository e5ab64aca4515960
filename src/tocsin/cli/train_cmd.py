"""CLI command: train-sentence-model (registers on tocsin.cli.app.app)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

import typer

from tocsin.cli.app import app, console, err_console, settings_of

if TYPE_CHECKING:
    from tocsin.evaluation.sentence_training import CrossValidation


@app.command("train-sentence-model")
def train_sentence_model_command(
    ctx: typer.Context,
    gold: List[Path] = typer.Argument(..., help="Gold JSONL files (tocsin's gold format); one-sentence stories are used."),
    out: Optional[Path] = typer.Option(None, "--out", help="Model file (default: the sentence_model_file setting)."),
    folds: Optional[int] = typer.Option(None, "--folds", help="k-fold cross-validation folds (0 = skip measuring and"
                                        " tuning; default: `folds` in data/coding/sentence_model.yaml)."),
    tune: bool = typer.Option(True, "--tune/--no-tune",
                              help="Choose l2 and the thresholds by the k-fold cross-validation (data/coding/sentence_model.yaml)."),
) -> None:
    """Train the hybrid coder's sentence model from labelled sentences and save it."""
    from rich.progress import Progress

    from tocsin.coding.sentence_model import hyper_parameters, model_path, train_sentence_model
    from tocsin.evaluation.gold import load_gold
    from tocsin.evaluation.sentence_training import cross_validate, embed, examples_from_gold, train_tuned

    settings = settings_of(ctx)
    folds = hyper_parameters().folds if folds is None else folds
    stories = [s for path in gold for s in load_gold(path)]
    with Progress(console=err_console, transient=True) as progress:
        task = progress.add_task(f"coding {len(stories)} gold stories with the rules coder", total=len(stories))
        examples = examples_from_gold(stories, settings, progress=lambda n: progress.advance(task, n))
    err_console.print(f"embedding {len(examples)} one-sentence examples ...")
    embeddings = embed(examples)
    if folds and tune:
        result = train_tuned(examples, embeddings, [str(p) for p in gold], folds)
        model = result.model
        _print_cv("untuned (default l2 and thresholds)", result.untuned)
        _print_cv(f"tuned (l2 {result.l2}; tuned on these folds, so optimistic)", result.tuned)
    else:
        if folds:
            _print_cv("default l2 and thresholds", cross_validate(examples, embeddings, folds))
        model = train_sentence_model(examples, embeddings, [str(p) for p in gold])
    target = out or model_path(settings)
    model.save(target)
    console.print(f"sentence model written to {target} ({len(examples)} examples); use it with --coder hybrid")


def _print_cv(label: str, cv: "CrossValidation") -> None:
    console.print(f"{cv.folds}-fold cross-validation, first event of each sentence, {label}:")
    console.print(f"  class macro-F1  rules {cv.rules_class_macro_f1:.3f}  hybrid {cv.model_class_macro_f1:.3f}"
                  f"  ({cv.class_sentences} sentences)")
    console.print(f"  type accuracy   rules {cv.rules_type_accuracy:.3f}  hybrid {cv.model_type_accuracy:.3f}"
                  f"  ({cv.type_sentences} sentences)")
