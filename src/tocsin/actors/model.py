"""Records of the actor dictionary: dictionary terms, people with dated roles, and mentions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tocsin.types import Entity


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor found in a text: char offsets into the doc text, the PLOVER entity, and its kind.

    kind: country | demonym | capital | igo | sector | person | org | pronoun
    """

    start: int
    end: int
    text: str
    entity: Entity
    kind: str


@dataclass(frozen=True, slots=True)
class Role:
    """A dated role of a person (or a dated code of an imported actor)."""

    code: str
    sector: str = ""
    office: str = ""
    start: dt.date | None = None  # first day (None: since ever)
    end: dt.date | None = None  # last day (None: still holds it)
    approx: bool = False

    def active_on(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A person (or dated actor) with roles, most important first."""

    name: str
    roles: tuple[Role, ...]
    kind: str = "person"

    def role_on(self, on: dt.date | None) -> tuple[Role | None, bool]:
        """The role held on a date, and whether it is a former role (True -> sector ELI)."""
        if not self.roles:
            return None, False
        if on is None:
            current = [r for r in self.roles if r.end is None]
            if current:
                return current[0], False
            return max(self.roles, key=lambda r: r.end or dt.date.min), True
        for role in self.roles:
            if role.active_on(on):
                return role, False
        past = [r for r in self.roles if r.end is not None and r.end < on]
        if past:
            return max(past, key=lambda r: r.end or dt.date.min), True
        # only future roles: the person was not yet in office; use the earliest with no office
        first = min(self.roles, key=lambda r: r.start or dt.date.min)
        return Role(first.code, "", ""), False


@dataclass(frozen=True, slots=True)
class Term:
    """What one dictionary phrase means.

    kind: country | demonym | capital | seat | igo | org | sector | office | person | block
    `codes` lists candidate countries of an agency name shared by several states.
    """

    kind: str
    code: str = ""
    sector: str = ""
    name: str = ""
    office: str = ""
    codes: tuple[str, ...] = ()
    person: Person | None = None
    needs_modifier: bool = False
    staff: bool = False  # a sector noun for the staff of any body ("officers"): the body's sector wins
    source: str = ""
