"""Reading JSON Lines: each non-blank line parsed, or the reason it could not be, with its number."""

from __future__ import annotations

import json
from pathlib import Path
from dataclasses import dataclass
from typing import Any, Iterable, Iterator


@dataclass(frozen=True, slots=True)
class JsonLine:
    number: int  # 1-based line number
    value: Any  # the parsed JSON value (None when `error` is set)
    error: str = ""  # why the line is not JSON, or ""


def json_lines(lines: Iterable[str]) -> Iterator[JsonLine]:
    """Parse each non-blank line; a malformed line yields a JsonLine with `error`, and reading goes on."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield JsonLine(number, json.loads(line))
        except json.JSONDecodeError as exc:
            yield JsonLine(number, None, f"not valid JSON ({exc.msg} at column {exc.colno})")


def write_json_lines(values: Iterable[Any], path: Path) -> int:
    """Write one JSON value a line (UTF-8, parent folders created); returns how many were written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for value in values:
            out.write(json.dumps(value, ensure_ascii=False) + "\n")
            count += 1
    return count
