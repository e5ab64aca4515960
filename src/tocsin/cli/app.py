"""The Typer application and what every command shares: settings, console, error translation.

Commands live in one module each (`cli/<name>_cmd.py`) and register on `app`.
The CLI is thin: parse, call the library, print.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from tocsin.config import Settings, build_settings

app = typer.Typer(
    name="tocsin",
    help="Open, offline crisis monitoring: ingest news, code PLOVER v2 events, query them.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

console = Console()  # stdout: results
err_console = Console(stderr=True, soft_wrap=True)  # stderr: progress, warnings, errors (never wrapped)

EXIT_OK = 0
EXIT_PARTIAL = 1  # the run finished but some inputs failed
EXIT_ERROR = 2  # the command could not do its job


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Optional[Path] = typer.Option(None, "--db", help="DuckDB store file (default ./tocsin.duckdb or $TOCSIN_DB)."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML settings file."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Coding worker processes."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", help="Articles per spaCy batch."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to use."),
    coder: Optional[str] = typer.Option(None, "--coder", help="Event coder (rules, keyword)."),
) -> None:
    """Global options; they override the config file and environment."""
    ctx.obj = build_settings(
        config_file=config,
        overrides={"db": db, "workers": workers, "batch_size": batch_size, "spacy_model": model, "coder": coder},
    )


def settings_of(ctx: typer.Context) -> Settings:
    settings = ctx.find_root().obj
    assert isinstance(settings, Settings)
    return settings
