"""Imports the built-in modules that register sources, coders and geocoders."""

from __future__ import annotations

import importlib

BUILTIN_MODULES = (
    "tocsin.ingest",
    "tocsin.coding.keyword",
    "tocsin.coding.rules",
    "tocsin.coding.hybrid",
)


def load_builtins() -> None:
    """Import every built-in plugin module once (registration happens at import)."""
    for name in BUILTIN_MODULES:
        importlib.import_module(name)
