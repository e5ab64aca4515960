"""YAML reading for every loader of the bundled and user data files: libyaml's C parser when PyYAML has it (the
same documents as `yaml.safe_load`, about seven times faster), else PyYAML's pure-Python safe loader."""

from __future__ import annotations

from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """Parse one YAML document with the safe loader; raises yaml.YAMLError on bad input, like `yaml.safe_load`."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
