"""Geoparse JSONL records {id, text, spans?}: one Toponym per mention, problems reported per line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from tocsin.jsonl import json_lines
from tocsin.errors import GeoError
from tocsin.geo.geoparser import Geoparser
from tocsin.types import SourceProblem, Toponym


@dataclass(frozen=True, slots=True)
class GeoRecord:
    id: str
    text: str
    spans: tuple[tuple[int, int], ...] | None
    line: int


def read_records(path: Path) -> Iterator[GeoRecord | SourceProblem]:
    """Records of a JSONL file; a malformed line yields a SourceProblem naming file and line."""
    source = str(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise GeoError(f"{source}: cannot read ({exc.strerror or exc})") from exc
    with handle:
        for line in json_lines(handle):
            number, obj = line.number, line.value
            if line.error:
                yield SourceProblem(source, number, line.error)
                continue
            problem = _check(obj)
            if problem:
                yield SourceProblem(source, number, problem)
                continue
            spans = obj.get("spans")
            yield GeoRecord(
                id=str(obj.get("id", number)),
                text=obj["text"],
                spans=None if spans is None else tuple((int(s[0]), int(s[1])) for s in spans),
                line=number,
            )


def _check(obj: object) -> str:
    if not isinstance(obj, dict):
        return "a record must be a JSON object"
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return "record has no `text` string"
    spans = obj.get("spans")
    if spans is None:
        return ""
    if not isinstance(spans, list):
        return "`spans` must be a list of [start, end] pairs"
    for span in spans:
        if (not isinstance(span, (list, tuple)) or len(span) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) for v in span)):
            return f"bad span {span!r}: expected [start, end] integers"
        if not 0 <= span[0] < span[1] <= len(text):
            return f"span {span!r} is outside the text (length {len(text)})"
    return ""


def geoparse_records(records: Iterable[GeoRecord | SourceProblem], geoparser: Geoparser) -> Iterator[Toponym | SourceProblem]:
    """Resolve the given spans of each record, or find and resolve toponyms when it has none."""
    for record in records:
        if isinstance(record, SourceProblem):
            yield record
            continue
        if record.spans is not None:
            yield from geoparser.resolve_spans(record.text, record.spans, record.id)
        else:
            yield from geoparser.find(record.text, doc_id=record.id)
