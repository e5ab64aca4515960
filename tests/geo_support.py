"""Helpers for geoparsing tests: spans of named places in a sentence, and their resolutions by name."""

from __future__ import annotations

from typing import Any


def name_spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    """[start, end) of the first occurrence of each name in the text."""
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def resolve_named(geoparser: Any, text: str, names: list[str]) -> dict[str, Any]:
    """Resolve exactly these names (as gold spans); the toponyms keyed by their text."""
    return {t.text: t for t in geoparser.resolve_spans(text, name_spans(text, names))}
