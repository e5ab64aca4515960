"""File readers: .txt, .html/.htm, .jsonl, .json, .csv and feed files (.xml/.rss/.atom)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any, Iterator

from tocsin.jsonl import json_lines
from tocsin.config import Settings
from tocsin.errors import InputError, RecordError
from tocsin.ingest.feeds import read_feed_bytes
from tocsin.ingest.html import declared_charset, page_fields
from tocsin.ingest.records import make_article, plain_text_fields
from tocsin.ingest.text import decode_bytes
from tocsin.types import Article, SourceProblem

Item = Article | SourceProblem


def read_bytes(path: Path, settings: Settings) -> bytes:
    """The file's bytes; InputError if it cannot be read."""
    try:
        if path.stat().st_size > max(settings.max_download_bytes, 64 * settings.max_text_chars):
            raise InputError(f"file of {path.stat().st_size:,} bytes is too large to read", str(path))
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", str(path)) from exc


def read_file_text(path: Path, settings: Settings) -> str:
    return decode_bytes(read_bytes(path, settings), str(path))


def _one(fields: dict[str, Any], settings: Settings, source: str) -> Iterator[Item]:
    try:
        article, notes = make_article(fields, settings, source, None)
    except RecordError as exc:
        yield SourceProblem(source, None, exc.reason)
        return
    yield from notes
    yield article


def read_txt(spec: str, settings: Settings) -> Iterator[Item]:
    """A plain-text file is one article; a short first line followed by a blank line or more text is its title."""
    yield from _one(plain_text_fields(read_file_text(Path(spec), settings)), settings, spec)


def read_html(spec: str, settings: Settings) -> Iterator[Item]:
    """An HTML file: main text via trafilatura, title from <title>."""
    data = read_bytes(Path(spec), settings)
    html = decode_bytes(data, spec, declared_charset(data))
    yield from _one(page_fields(html), settings, spec)


def read_jsonl(spec: str, settings: Settings) -> Iterator[Item]:
    """One JSON object per line; a bad line is a problem, the other lines are still read."""
    yield from parse_jsonl(read_file_text(Path(spec), settings), spec, settings)


def read_stdin(spec: str, settings: Settings) -> Iterator[Item]:
    """JSONL articles from standard input (spec "-")."""
    yield from parse_jsonl(sys.stdin.buffer.read().decode("utf-8", errors="replace"), "<stdin>", settings)


def parse_jsonl(text: str, spec: str, settings: Settings) -> Iterator[Item]:
    for line in json_lines(text.splitlines()):
        if line.error:
            yield SourceProblem(spec, line.number, line.error)
            continue
        yield from _record(line.value, settings, spec, line.number)


def read_json(spec: str, settings: Settings) -> Iterator[Item]:
    """A JSON list of article objects (or {"articles": [...]}, or one object)."""
    text = read_file_text(Path(spec), settings)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg})", spec, exc.lineno) from exc
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InputError("expected a JSON list of article objects", spec)
    for number, record in enumerate(data, start=1):
        for item in _record(record, settings, spec, None):
            if isinstance(item, SourceProblem):
                item = SourceProblem(item.source, None, f"item {number}: {item.message}")
            yield item


def read_csv(spec: str, settings: Settings) -> Iterator[Item]:
    """CSV with a header row naming the fields (text required; id, title, pub_date, url, source, lang)."""
    text = read_file_text(Path(spec), settings)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in (reader.fieldnames or [])]
    if "text" not in header:
        raise InputError(f"CSV header has no 'text' column (found: {', '.join(header) or 'nothing'})", spec, 1)
    reader.fieldnames = header
    line = reader.line_num + 1
    try:
        for row in reader:
            if None in row:
                yield SourceProblem(spec, line, f"row has {len(header) + len(row[None])} fields, header has {len(header)}")
            else:
                fields = {k: v for k, v in row.items() if v is not None}
                yield from _record(fields, settings, spec, line)
            line = reader.line_num + 1
    except csv.Error as exc:
        yield SourceProblem(spec, reader.line_num, f"malformed CSV ({exc}); the rest of the file is skipped")


def read_feed_file(spec: str, settings: Settings) -> Iterator[Item]:
    yield from read_feed_bytes(read_bytes(Path(spec), settings), spec, settings)


def _record(record: Any, settings: Settings, source: str, line: int | None) -> Iterator[Item]:
    if not isinstance(record, dict):
        yield SourceProblem(source, line, f"expected a JSON object, got {type(record).__name__}")
        return
    try:
        article, notes = make_article(record, settings, source, line)
    except RecordError as exc:
        yield SourceProblem(source, line, exc.reason)
        return
    yield from notes
    yield article
