"""ActorDictionary: the bundled actor data (plus user files), loaded once, and its queries."""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

from tocsin.actors.compose import find_mentions
from tocsin.actors.index import PhraseIndex
from tocsin.actors.loader import LoadedData, load_file, load_text
from tocsin.actors.memory import StoryActors
from tocsin.actors.model import ActorMention, Person, Role
from tocsin.types import Entity

BUNDLED_FILES = ("countries.yaml", "organisations.yaml", "sectors.yaml", "people.yaml", "people_world.yaml")
COUNTRY_KINDS = ("country", "demonym", "capital", "seat")


class ActorDictionary:
    """Countries, organisations, sector nouns, offices and people, with fast phrase lookup."""

    def __init__(self, data: LoadedData) -> None:
        self.index = PhraseIndex()
        self.index.add_all(data.exact, data.folded)
        self.people: tuple[Person, ...] = tuple(data.people)
        self.office_sectors = dict(data.office_sectors)
        self._holders: dict[tuple[str, str], list[tuple[Person, Role]]] = {}
        for person in self.people:
            for role in person.roles:
                if role.office:
                    self._holders.setdefault((role.code, role.office.lower()), []).append((person, role))

    # -- construction ----------------------------------------------------------------------
    @classmethod
    def bundled(cls, extra_files: Sequence[Path] = ()) -> "ActorDictionary":
        """The bundled dictionary plus user files (cached per set of files)."""
        return _bundled(tuple(Path(p).resolve() for p in extra_files))

    @classmethod
    def from_files(cls, files: Sequence[Path], include_bundled: bool = True) -> "ActorDictionary":
        data = LoadedData()
        if include_bundled:
            _load_bundled(data)
        for path in files:
            load_file(Path(path), data)
        return cls(data)

    # -- queries ---------------------------------------------------------------------------
    def find(self, doc: Any, pub_date: dt.date | None = None, memory: StoryActors | None = None) -> list[ActorMention]:
        """Longest, non-overlapping actor mentions in a spaCy Doc (or Span), in text order."""
        return find_mentions(self, doc, pub_date, memory)

    def country_code(self, text: str) -> str | None:
        """'Tadjikistan', 'Kyrgyz', 'Moscow', 'the Kremlin' -> alpha-3; organisations -> their code."""
        key = " ".join(text.split())
        for candidate in (key, key.title() if key.isupper() else None, key[4:] if key.lower().startswith("the ") else None):
            if not candidate:
                continue
            terms = self.index.exact.get(candidate, ())
            for term in terms:
                if term.kind in COUNTRY_KINDS and term.code:
                    return term.code
            for term in terms:
                if term.kind in ("igo", "org") and term.code:
                    return term.code
        return None

    def canonical_office(self, office: str) -> str:
        """'president', 'minister of foreign affairs' -> 'President', 'Foreign Minister' (unchanged if unknown)."""
        for term in self.index.folded.get(" ".join(office.lower().split()), ()):
            if term.kind == "office":
                return term.office
        return office

    def resolve_office(self, country: str, office: str, on: dt.date | None) -> Entity | None:
        """The holder of an office in a country on a date (the current one when no date)."""
        office = self.canonical_office(office)
        holders = self._holders.get((country, office.lower()))
        if not holders:
            return None
        if on is None:
            current = [(p, r) for p, r in holders if r.end is None]
            pool = current or holders
            person, role = max(pool, key=lambda pr: pr[1].start or dt.date.min)
        else:
            active = [(p, r) for p, r in holders if r.active_on(on)]
            if not active:
                return None
            person, role = max(active, key=lambda pr: pr[1].start or dt.date.min)
        return Entity(code=country, sector=role.sector, identifier_text=person.name, office=role.office)

    def people_named(self, name: str) -> list[Person]:
        """People whose name or alias is exactly `name`."""
        return [t.person for t in self.index.exact.get(name, ()) if t.person is not None]

    def stats(self) -> dict[str, int]:
        kinds: dict[str, int] = {}
        for table in (self.index.exact, self.index.folded):
            for terms in table.values():
                for term in terms:
                    kinds[term.kind] = kinds.get(term.kind, 0) + 1
        return {"phrases": len(self.index), "people": len(self.people), **{f"phrases_{k}": v for k, v in sorted(kinds.items())}}


def _load_bundled(data: LoadedData) -> None:
    package = resources.files("tocsin.data").joinpath("actors")
    for name in BUNDLED_FILES:
        resource = package.joinpath(name)
        load_text(resource.read_text(encoding="utf-8"), f"tocsin/data/actors/{name}", data)


@functools.lru_cache(maxsize=8)
def _bundled(extra_files: tuple[Path, ...]) -> ActorDictionary:
    return ActorDictionary.from_files(extra_files, include_bundled=True)
