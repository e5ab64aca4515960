"""`read_source(spec)`: dispatch a file, directory or URL to its registered reader.

Each source kind is one function plus one registration line in `tocsin.registry.sources`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from tocsin.config import Settings
from tocsin.errors import InputError
from tocsin.ingest import feeds, files
from tocsin.ingest.urls import is_http_url
from tocsin.registry import sources
from tocsin.types import Article, SourceProblem

Item = Article | SourceProblem

EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}

sources.register("txt")(files.read_txt)
sources.register("html")(files.read_html)
sources.register("jsonl")(files.read_jsonl)
sources.register("json")(files.read_json)
sources.register("csv")(files.read_csv)
sources.register("feed")(files.read_feed_file)
sources.register("url")(feeds.read_url)
sources.register("stdin")(files.read_stdin)


@sources.register("dir")
def read_directory(spec: str, settings: Settings) -> Iterator[Item]:
    """Every supported file under a directory, recursively, in sorted order; hidden files and
    folders skipped. A file that cannot be read is a problem; the others are still read."""
    root = Path(spec)
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        kind = EXTENSIONS.get(path.suffix.lower())
        if kind is None:
            continue
        try:
            yield from sources.get(kind)(str(path), settings)
        except InputError as exc:
            yield SourceProblem(exc.source or str(path), exc.line, exc.reason)


def source_kind(spec: str, settings: Settings) -> str:
    """The registered reader name for a spec: "url", "dir", or the kind of file."""
    if is_http_url(spec):
        return "url"
    if spec == "-":
        return "stdin"
    path = Path(spec)
    if path.is_dir():
        return "dir"
    if not path.exists() and not path.is_symlink():
        raise InputError("no such file or directory", spec)
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind is not None:
        return kind
    head = files.read_bytes(path, settings)[:2048] if path.is_file() else b""
    sniffed = feeds.sniff_kind(head)
    return {"feed": "feed", "page": "html"}.get(sniffed, "txt")


def read_source(spec: str, settings: Settings) -> Iterator[Item]:
    """Articles and problems from one source spec (file, directory or http(s) URL).

    Malformed records yield SourceProblem and reading goes on; InputError (or FetchError) is
    raised when the whole source is unusable.
    """
    yield from sources.get(source_kind(spec, settings))(spec, settings)
