"""CLI commands: actors (registers on tocsin.cli.app.app).

    tocsin actors lookup "Kyrgyz border guards" [--date 2023-01-01] [--country KGZ]
    tocsin actors import FILE --out my_actors.yaml
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import typer
import yaml

from tocsin.cli.app import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, app, console, err_console, settings_of
from tocsin.errors import TocsinError

actors_app = typer.Typer(help="Actor dictionary: look up phrases, import PETRARCH/CAMEO dictionaries.",
                         no_args_is_help=True)
app.add_typer(actors_app, name="actors")


@actors_app.command("lookup")
def lookup(
    ctx: typer.Context,
    text: str = typer.Argument(..., help="Text to scan for actors."),
    date: Optional[str] = typer.Option(None, "--date", help="Date (YYYY-MM-DD) for office holders."),
    country: Optional[str] = typer.Option(None, "--country", help="Story country (alpha-3) for bare titles."),
) -> None:
    """Print the actors the dictionary finds in TEXT."""
    from tocsin.actors import ActorDictionary, StoryActors
    from tocsin.nlp import load_pipeline

    settings = settings_of(ctx)
    try:
        on = dt.date.fromisoformat(date) if date else None
    except ValueError:
        err_console.print(f"[red]--date must be YYYY-MM-DD, got {date!r}[/red]")
        raise typer.Exit(EXIT_ERROR) from None
    try:
        dictionary = ActorDictionary.bundled(settings.extra_actor_files)
        doc = load_pipeline(settings.spacy_model)(text)
        mentions = dictionary.find(doc, on, StoryActors(dictionary, country))
    except TocsinError as exc:
        err_console.print(f"[red]{exc}[/red]")
        raise typer.Exit(EXIT_ERROR) from None
    if not mentions:
        console.print("no actors found")
    for m in mentions:
        e = m.entity
        fields = [f"code={e.code or '-'}", f"sector={e.sector or '-'}"]
        if e.office:
            fields.append(f"office={e.office!r}")
        if e.identifier_text:
            fields.append(f"name={e.identifier_text!r}")
        console.print(f"{m.start}-{m.end} {m.text!r} [{m.kind}] " + " ".join(fields), markup=False, soft_wrap=True)
    raise typer.Exit(EXIT_OK)


@actors_app.command("import")
def import_petrarch(
    file: Path = typer.Argument(..., help="PETRARCH/CAMEO-format actor dictionary (text)."),
    out: Path = typer.Option(..., "--out", help="YAML file to write (use it in extra_actor_files)."),
) -> None:
    """Convert a PETRARCH/CAMEO actor dictionary into a tocsin actor YAML file."""
    from tocsin.actors import ActorDictionary
    from tocsin.actors.petrarch import load_petrarch_actors, to_yaml_document
    from tocsin.types import SourceProblem

    problems: list[SourceProblem] = []
    try:
        actors = load_petrarch_actors(file, problems)
        document = to_yaml_document(actors)
        header = f"# Converted by `tocsin actors import` from {file}\n"
        out.write_text(header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
        ActorDictionary.from_files([out], include_bundled=False)  # the written file must load
    except (TocsinError, OSError) as exc:
        err_console.print(f"[red]{exc}[/red]")
        raise typer.Exit(EXIT_ERROR) from None
    for problem in problems:
        err_console.print(f"skipped {problem}", markup=False)
    console.print(f"wrote {len(actors)} actors to {out} ({len(problems)} entries skipped)", markup=False)
    raise typer.Exit(EXIT_PARTIAL if problems else EXIT_OK)
