"""The team's geoparsing data files (tocsin/data/geo/*.yaml), loaded once per process."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from tocsin.errors import GeoError
from tocsin.yaml_loading import SAFE_LOADER

DATA_PACKAGE = "tocsin.data"
DATA_DIR = "geo"
NAME_FILES = ("names.yaml", "us_states.yaml")


@dataclass(frozen=True)
class GeoLexicon:
    admin_words: frozenset[str]
    region_suffixes: frozenset[str]
    recognise_min_population: int
    recognise_alt_min_population: int
    stop_words: frozenset[str]
    ner_only: frozenset[str]
    person_titles: frozenset[str]
    country_display: dict[str, str]
    admin1_display: dict[str, str]
    city_display: dict[str, str]
    country_points: dict[str, tuple[float, float]]
    demonyms: dict[str, str]  # adjective -> alpha-3
    names: tuple[dict[str, Any], ...]
    regions: tuple[dict[str, Any], ...]
    places: tuple[dict[str, Any], ...]  # team-added towns with coordinates
    digest: str  # hash of the data files (part of the index cache key)
    local_cues: tuple[str, ...] = ()  # words after a name that make it a town ("a Lebanon man")
    org_heads: frozenset[str] = frozenset()  # last words of organisation names ("Central Asia Newswire")
    admin1_points: dict[str, tuple[float, float]] = dataclasses.field(default_factory=dict)  # "CC.code" -> point

    @functools.cached_property
    def local_cue(self) -> "re.Pattern[str]":
        """Matches the start of the text after a name when it begins with a local-life cue."""
        words = "|".join(re.escape(w) for w in sorted(self.local_cues, key=len, reverse=True)) or "(?!)"
        return re.compile(rf"(?:'s|’s)?\s+(?:{words})\b")




def _read(name: str) -> tuple[Any, bytes]:
    path = resources.files(DATA_PACKAGE).joinpath(DATA_DIR, name)
    try:
        raw = path.read_bytes()
        return yaml.load(raw, Loader=SAFE_LOADER), raw  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise GeoError(f"geo data file {name}: {exc}") from exc


@functools.lru_cache(maxsize=1)
def load_lexicon() -> GeoLexicon:
    """Load and check the team's geo data files."""
    digest = hashlib.sha256()
    lex, raw = _read("lexicon.yaml")
    digest.update(raw)
    countries, raw = _read("countries.yaml")
    digest.update(raw)
    names: list[dict[str, Any]] = []
    for file_name in NAME_FILES:
        items, raw = _read(file_name)
        digest.update(raw)
        for n, item in enumerate(items or [], start=1):
            if not isinstance(item, dict) or not item.get("names") or not item.get("target"):
                raise GeoError(f"geo data file {file_name}: item {n} needs `names` and `target`")
            names.append(item)
    demonyms: dict[str, str] = {}
    for code, words in (countries.get("demonyms") or {}).items():
        for w in words or []:
            demonyms[w] = code
    return GeoLexicon(
        admin_words=frozenset(lex["admin_words"]),
        region_suffixes=frozenset(lex["region_suffixes"]),
        recognise_min_population=int(lex["recognise_min_population"]),
        recognise_alt_min_population=int(lex["recognise_alt_min_population"]),
        stop_words=frozenset(lex["stop_words"]),
        ner_only=frozenset(lex["ner_only"]),
        person_titles=frozenset(lex["person_titles"]),
        country_display=dict(lex.get("country_display") or {}),
        admin1_display=dict(lex.get("admin1_display") or {}),
        city_display={str(k): v for k, v in (lex.get("city_display") or {}).items()},
        country_points={k: (float(v[0]), float(v[1])) for k, v in (countries.get("points") or {}).items()},
        demonyms=demonyms,
        names=tuple(names),
        regions=tuple(countries.get("regions") or ()),
        places=tuple(countries.get("places") or ()),
        digest=digest.hexdigest()[:16],
        local_cues=tuple(lex.get("local_cues") or ()),
        org_heads=frozenset(lex.get("org_heads") or ()),
        admin1_points={str(k): (float(v[0]), float(v[1])) for k, v in (countries.get("admin1_points") or {}).items()},
    )
