"""CAMEO's five-way class of a PLOVER v2 event (the grouping of ConfliBERT's CAMEO data).

The table lives in `data/cameo_pentaclass.yaml`: each PLOVER type belongs to the class of the CAMEO
roots it comes from, except that a REQUEST fired by an appeal word ("urged", "called on") is CAMEO 02
(class 0, statements and appeals) rather than 10 (class 3, demands).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import yaml

from tocsin import yaml_loading
from tocsin.errors import TaxonomyError
from tocsin.plover import taxonomy

DATA = Path(__file__).resolve().parent / "data" / "cameo_pentaclass.yaml"


@dataclass(frozen=True)
class Pentaclass:
    names: tuple[str, ...]  # class index -> name; 0 = statement, appeal or no event
    of_type: Mapping[str, int]  # PLOVER type -> class
    appeal_type: str
    appeal_class: int
    appeal_triggers: frozenset[str]
    roots: tuple[tuple[str, ...], ...] = ()  # class index -> its two-digit CAMEO roots

    def of_cameo(self, code: str) -> int | None:
        """Class of a CAMEO code ("0874" -> 2), None when its root is in no class."""
        return next((k for k, roots in enumerate(self.roots) if code[:2] in roots), None)

    def of_event(self, event_type: str | None, trigger: str = "") -> int:
        """Class of one event: its type's, or the appeal class for a REQUEST fired by an appeal word."""
        if not event_type:
            return 0
        if event_type == self.appeal_type and _first_word(trigger) in self.appeal_triggers:
            return self.appeal_class
        return self.of_type.get(event_type, 0)


def _first_word(trigger: str) -> str:
    words = trigger.lower().split()
    return words[0] if words else ""


@functools.cache
def pentaclass() -> Pentaclass:
    """The bundled table (cached)."""
    return load_pentaclass(DATA)


def load_pentaclass(path: Path) -> Pentaclass:
    """A table file, validated against the PLOVER taxonomy (every type in exactly one class)."""
    try:
        raw = yaml_loading.safe_load(path.read_text(encoding="utf-8"))
        names = tuple(str(c["name"]) for c in raw["classes"])
        listed = [(str(t), i) for i, c in enumerate(raw["classes"]) for t in c.get("types") or ()]
        of_type = dict(listed)
        appeal = raw["appeal"]
        table = Pentaclass(names, of_type, str(appeal["type"]), int(appeal["class"]),
                           frozenset(str(w).lower() for w in appeal["triggers"]),
                           tuple(tuple(str(r) for r in c["roots"]) for c in raw["classes"]))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise TaxonomyError(f"{path}: cannot read the CAMEO five-way table: {exc}") from exc
    types = set(taxonomy().event_types)
    missing, unknown = types - set(of_type), set(of_type) - types
    twice = {t for t, _ in listed if sum(1 for u, _ in listed if u == t) > 1}
    roots = [r for rs in table.roots for r in rs]
    bad_roots = len(roots) != len(set(roots)) or any(not (len(r) == 2 and r.isdigit()) for r in roots)
    if len(names) != 5 or missing or unknown or twice or table.appeal_type not in of_type \
            or not 0 <= table.appeal_class < 5 or bad_roots:
        raise TaxonomyError(f"{path}: need 5 classes listing every PLOVER type exactly once, distinct"
                            f" two-digit CAMEO roots and a valid appeal entry (without a class: {sorted(missing)};"
                            f" not PLOVER: {sorted(unknown)}; listed twice: {sorted(twice)}; roots: {roots})")
    return table
