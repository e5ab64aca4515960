"""The PLOVER v2 taxonomy, loaded from `data/plover_v2.json` and validated.

PLOVER (Political Language Ontology for Verifiable Event Records) is CC BY-SA 4.0,
openeventdata; the data file is the team's transcription.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from tocsin.errors import TaxonomyError

EXPECTED_TYPE_COUNT = 16
EXPECTED_CONTEXT_COUNT = 37


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    quad: str
    quad_code: int
    requires_recipient: bool
    score: float
    definition: str
    modes: Mapping[str, float | None]

    def scale(self, mode: str | None = None) -> float:
        """Goldstein-like intensity of the type, or of the mode when it has its own score."""
        if mode and self.modes.get(mode) is not None:
            return float(self.modes[mode])  # type: ignore[arg-type]
        return self.score


@dataclass(frozen=True, slots=True)
class Taxonomy:
    version: str
    event_types: Mapping[str, EventType]
    contexts: tuple[str, ...]
    auxiliary_modes: tuple[str, ...]
    sectors: Mapping[str, str]
    nonstate_codes: Mapping[str, str]
    special_country_codes: Mapping[str, str]
    credit: str

    def event_type(self, name: str) -> EventType:
        try:
            return self.event_types[name]
        except KeyError:
            raise TaxonomyError(f"unknown PLOVER event type {name!r}") from None

    def is_valid_mode(self, event: str, mode: str) -> bool:
        return mode in self.event_type(event).modes or mode in self.auxiliary_modes

    def is_valid_actor_code(self, code: str) -> bool:
        return len(code) == 3 and code.isupper()


def _fail(where: str, msg: str) -> TaxonomyError:
    return TaxonomyError(f"{where}: {msg}")


def parse_taxonomy(data: dict, where: str = "taxonomy") -> Taxonomy:
    """Validate a taxonomy mapping and build the typed Taxonomy."""
    try:
        raw_types = data["event_types"]
        contexts = tuple(data["contexts"])
        aux = tuple(data["auxiliary_modes"])
        sectors = dict(data["sectors"])
        nonstate = dict(data["nonstate_codes"])
    except (KeyError, TypeError) as exc:
        raise _fail(where, f"missing section {exc}") from None
    if len(raw_types) != EXPECTED_TYPE_COUNT:
        raise _fail(where, f"expected {EXPECTED_TYPE_COUNT} event types, found {len(raw_types)}")
    if len(contexts) != EXPECTED_CONTEXT_COUNT or len(set(contexts)) != len(contexts):
        raise _fail(where, f"expected {EXPECTED_CONTEXT_COUNT} distinct contexts, found {len(set(contexts))}")
    types: dict[str, EventType] = {}
    for name, spec in raw_types.items():
        if not name.isupper():
            raise _fail(where, f"event type {name!r} must be upper case")
        try:
            quad_code = int(spec["quad_code"])
            score = float(spec["score"])
            modes = {str(m): (None if s is None else float(s)) for m, s in spec.get("modes", {}).items()}
            etype = EventType(name, str(spec["quad"]), quad_code, bool(spec["requires_recipient"]), score,
                              str(spec.get("definition", "")), MappingProxyType(modes))
        except (KeyError, TypeError, ValueError) as exc:
            raise _fail(where, f"event type {name}: bad field ({exc})") from None
        if quad_code not in (1, 2, 3, 4):
            raise _fail(where, f"event type {name}: quad_code {quad_code} not in 1..4")
        if not -10 <= score <= 10:
            raise _fail(where, f"event type {name}: score {score} outside -10..10")
        types[name] = etype
    for code in list(sectors) + list(nonstate):
        if len(code) != 3 or not code.isupper():
            raise _fail(where, f"code {code!r} must be three upper-case letters")
    return Taxonomy(
        version=str(data.get("version", "")),
        event_types=MappingProxyType(types),
        contexts=contexts,
        auxiliary_modes=aux,
        sectors=MappingProxyType(sectors),
        nonstate_codes=MappingProxyType(nonstate),
        special_country_codes=MappingProxyType(dict(data.get("special_country_codes", {}))),
        credit=str(data.get("credit", "")),
    )


def load_taxonomy_file(path: Path) -> Taxonomy:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy ({exc})") from exc
    return parse_taxonomy(data, str(path))


@functools.lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """The bundled PLOVER v2 taxonomy (loaded once)."""
    text = resources.files("tocsin.data").joinpath("plover_v2.json").read_text(encoding="utf-8")
    return parse_taxonomy(json.loads(text), "tocsin/data/plover_v2.json")
