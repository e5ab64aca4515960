"""Reading JSON Lines: each non-blank line parsed, or the reason it could not be, with its number."""

from __future__ import annotations

import json
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
