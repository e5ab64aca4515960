"""Every YAML data file shipped with tocsin names each key once per mapping.

YAML loaders keep the last of two equal keys without a word, so a repeated key silently drops an entry
(a rule's option, a word list, a crosswalk line). This happened twice when branches were merged.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml


class _RepeatedKeyLoader(yaml.SafeLoader):
    repeated: list[str]


def _check_mapping(loader: _RepeatedKeyLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, (str, int, float, bool)) and key in seen:
            loader.repeated.append(f"line {key_node.start_mark.line + 1}: {key!r}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_RepeatedKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _check_mapping)

DATA_ROOT = Path(str(resources.files("tocsin.data")))
DATA_FILES = sorted(p for p in DATA_ROOT.rglob("*.y*ml") if p.suffix in {".yaml", ".yml"})


def _repeated_keys(text: str) -> list[str]:
    loader = _RepeatedKeyLoader(text)
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader.repeated


def test_the_data_tree_holds_yaml_files():
    names = {p.name for p in DATA_FILES}
    assert {"triggers.yaml", "word_lists.yaml", "cameo_plover.yaml"} <= names


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(DATA_ROOT)))
def test_no_mapping_repeats_a_key(path: Path):
    assert _repeated_keys(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_repeated_key():
    assert _repeated_keys('cameo:\n  "08": {event: CONCEDE}\n  "08": {event: RETREAT}\n') == ["line 3: '08'"]
