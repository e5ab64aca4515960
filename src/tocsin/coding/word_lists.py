"""Word lists and event-type sets of the rules coder, read from `tocsin/data/coding/word_lists.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

import yaml

from tocsin import yaml_loading
from tocsin.errors import ConfigError

BUNDLED_WORD_LISTS = "word_lists.yaml"
REQUIRED_TYPES = ("story_merged", "violent", "authority_acts", "domestic_default", "directed_default")
REQUIRED_WORDS = ("simulating_heads", "scenario_nouns", "simulated_words", "crowd_words", "party_group_heads",
                  "party_group_quantifiers", "time_nouns", "back_reference_dets", "speaker_verbs")


@dataclass(frozen=True, slots=True)
class WordLists:
    """Named sets of event types and of words."""

    types: Mapping[str, frozenset[str]]
    words: Mapping[str, frozenset[str]]


def parse_word_lists(raw: Any, where: str, event_types: frozenset[str]) -> WordLists:
    """Check and convert the YAML structure; errors name the file and key."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping with 'types' and 'words'")
    out: dict[str, dict[str, frozenset[str]]] = {}
    for section, required in (("types", REQUIRED_TYPES), ("words", REQUIRED_WORDS)):
        block = raw.get(section)
        if not isinstance(block, dict):
            raise ConfigError(f"{where}: '{section}' must be a mapping")
        missing = [k for k in required if k not in block]
        if missing:
            raise ConfigError(f"{where}: '{section}' lacks {', '.join(missing)}")
        parsed: dict[str, frozenset[str]] = {}
        for key, values in block.items():
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise ConfigError(f"{where}: {section}.{key} must be a list of non-empty strings")
            if section == "types":
                unknown = sorted(v for v in values if v not in event_types)
                if unknown:
                    raise ConfigError(f"{where}: {section}.{key} names unknown event types {unknown}")
                parsed[key] = frozenset(values)
            else:
                parsed[key] = frozenset(v.strip().lower() for v in values)
        out[section] = parsed
    return WordLists(types=out["types"], words=out["words"])


@lru_cache(maxsize=1)
def word_lists() -> WordLists:
    """The bundled word lists (cached)."""
    from tocsin.plover import taxonomy

    text = resources.files("tocsin.data.coding").joinpath(BUNDLED_WORD_LISTS).read_text(encoding="utf-8")
    try:
        raw = yaml_loading.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{BUNDLED_WORD_LISTS}: not valid YAML: {exc}") from None
    names = frozenset(taxonomy().event_types)
    return parse_word_lists(raw, BUNDLED_WORD_LISTS, names)


def type_set(name: str) -> frozenset[str]:
    return word_lists().types[name]


def word_set(name: str) -> frozenset[str]:
    return word_lists().words[name]
