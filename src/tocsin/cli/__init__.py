"""Command-line interface: `tocsin COMMAND`. Translates library errors into messages and exit codes."""

from __future__ import annotations

import sys

from tocsin.cli.app import EXIT_ERROR, app, err_console
from tocsin.errors import TocsinError

# Each module registers its commands on `app` (one module per command group).
from tocsin.cli import actors_cmd, code_cmd, eval_cmd, events_cmd, geo_cmd, ingest_cmd, train_cmd  # noqa: E402,F401


def main() -> None:
    try:
        app()
    except TocsinError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        err_console.print("[yellow]interrupted; what was already stored is kept — rerun to resume[/]")
        sys.exit(130)


__all__ = ["app", "main"]
