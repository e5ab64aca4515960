"""Load and validate actor dictionary YAML files into (phrase, Term) pairs.

Sections a file may hold (all optional): countries, seats, not_actors, organisations, sectors,
needs_modifier, staff_nouns, offices, people, actors. Errors raise TaxonomyError naming the file, the
section, the entry and its line.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import yaml

from tocsin.actors.model import Person, Role, Term
from tocsin.errors import TaxonomyError
from tocsin.plover import taxonomy
from tocsin.yaml_loading import SAFE_LOADER

KNOWN_SECTIONS = frozenset(
    {"countries", "seats", "not_actors", "organisations", "sectors", "needs_modifier", "staff_nouns", "offices", "people",
     "actors"}
)
ORG_KINDS = frozenset({"igo", "org", "person", "country"})




class _LineLoader(SAFE_LOADER):  # type: ignore[misc, valid-type]
    """SafeLoader that records the line of every mapping under the key '__line__'."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# dates stay strings, so that a bad date is reported with its entry instead of crashing the parser
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@functools.lru_cache(maxsize=1)
def valid_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, PLOVER nonstate codes and special codes (KOS)."""
    import pycountry

    tax = taxonomy()
    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(tax.nonstate_codes) | frozenset(
        tax.special_country_codes
    )


@functools.lru_cache(maxsize=1)
def valid_sectors() -> frozenset[str]:
    return frozenset(taxonomy().sectors)


@dataclass
class LoadedData:
    """Everything read from the files: phrase -> term pairs and office definitions."""

    exact: list[tuple[str, Term]] = field(default_factory=list)  # case-sensitive phrases
    folded: list[tuple[str, Term]] = field(default_factory=list)  # lower-case phrases
    people: list[Person] = field(default_factory=list)
    office_sectors: dict[str, str] = field(default_factory=dict)  # canonical office -> sector


class _Where:
    def __init__(self, path: str, section: str, entry: Any, index: int) -> None:
        self.path, self.section = path, section
        self.line = entry.get("__line__") if isinstance(entry, dict) else None
        name = entry.get("name") or entry.get("code") or entry.get("office") or entry.get("text") if isinstance(entry, dict) else entry
        self.label = f"{section}[{index}]" + (f" ({name})" if name else "")

    def fail(self, msg: str) -> TaxonomyError:
        line = f":{self.line}" if self.line else ""
        return TaxonomyError(f"{self.path}{line}: {self.label}: {msg}")


def _strings(value: Any, where: _Where, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise where.fail(f"'{key}' must be a list of strings")
    out = [str(v).strip() for v in value]
    if any(not v for v in out):
        raise where.fail(f"'{key}' holds an empty string")
    return out


def _code(value: Any, where: _Where, allow_empty: bool = False) -> str:
    code = "" if value is None else str(value).strip()
    if not code and allow_empty:
        return ""
    if code not in valid_codes():
        raise where.fail(f"unknown actor code {code!r} (expected ISO 3166-1 alpha-3 or a PLOVER nonstate code)")
    return code


def _sector(value: Any, where: _Where) -> str:
    sector = "" if value is None else str(value).strip()
    if sector and sector not in valid_sectors():
        raise where.fail(f"unknown sector {sector!r} (PLOVER sectors: {', '.join(sorted(valid_sectors()))})")
    return sector


def _date(value: Any, where: _Where, key: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise where.fail(f"'{key}' is not a date (YYYY-MM-DD): {value!r}") from None


def _entries(data: dict, section: str, path: str) -> Iterator[tuple[dict, _Where]]:
    items = data.get(section) or []
    if not isinstance(items, list):
        raise TaxonomyError(f"{path}: section '{section}' must be a list")
    for i, entry in enumerate(items):
        where = _Where(path, section, entry, i)
        if not isinstance(entry, dict):
            raise where.fail("entry must be a mapping")
        yield entry, where


def _load_countries(data: dict, path: str, out: LoadedData) -> None:
    for entry, where in _entries(data, "countries", path):
        code = _code(entry.get("code"), where)
        name = str(entry.get("name") or "").strip()
        if not name:
            raise where.fail("missing 'name'")
        for phrase in [name, *_strings(entry.get("names"), where, "names")]:
            out.exact.append((phrase, Term("country", code=code, name=name, source=path)))
            if phrase.startswith("the "):
                out.exact.append(("The " + phrase[4:], Term("country", code=code, name=name, source=path)))
        for demonym in _strings(entry.get("demonyms"), where, "demonyms"):
            out.exact.append((demonym, Term("demonym", code=code, name=name, source=path)))
            plural = _plural(demonym)
            if plural:
                out.exact.append((plural, Term("demonym", code=code, name=name, source=path)))
        for capital in _strings(entry.get("capitals"), where, "capitals"):
            out.exact.append((capital, Term("capital", code=code, sector="GOV", name=capital, source=path)))
    for entry, where in _entries(data, "seats", path):
        text = str(entry.get("text") or "").strip()
        if not text:
            raise where.fail("missing 'text'")
        term = Term("seat", code=_code(entry.get("code"), where), sector=_sector(entry.get("sector"), where),
                    name=text, source=path)
        out.exact.append((text, term))
    for phrase in _strings(data.get("not_actors"), _Where(path, "not_actors", {}, 0), "not_actors"):
        out.exact.append((phrase, Term("block", source=path)))


def _plural(demonym: str) -> str:
    """'Afghan' -> 'Afghans'; none for words that do not take -s ('British', 'Swiss', 'Kyrgyz')."""
    if " " in demonym or not demonym[-1].isalpha() or demonym.endswith(("sh", "ch", "ss", "se", "z", "s", "i", "Sino")):
        return ""
    return demonym + "s"


def _load_organisations(data: dict, path: str, out: LoadedData) -> None:
    for entry, where in _entries(data, "organisations", path):
        name = str(entry.get("name") or "").strip()
        if not name:
            raise where.fail("missing 'name'")
        kind = str(entry.get("kind") or "org")
        if kind not in ("igo", "org"):
            raise where.fail(f"kind must be igo or org, not {kind!r}")
        codes = tuple(_code(c, where) for c in _strings(entry.get("codes"), where, "codes"))
        code = "" if codes else _code(entry.get("code"), where, allow_empty=True)
        term = Term(kind, code=code, codes=codes, sector=_sector(entry.get("sector"), where), name=name, source=path)
        for phrase in [name, *_strings(entry.get("aliases"), where, "aliases")]:
            (out.folded if entry.get("ignore_case") else out.exact).append(
                (phrase.lower() if entry.get("ignore_case") else phrase, term))


def _load_sectors(data: dict, path: str, out: LoadedData) -> None:
    sectors = data.get("sectors") or {}
    if not isinstance(sectors, dict):
        raise TaxonomyError(f"{path}: section 'sectors' must map sector codes to lists of nouns")
    modifier_only = {p.lower() for p in _strings(data.get("needs_modifier"), _Where(path, "needs_modifier", {}, 0),
                                                 "needs_modifier")}
    staff = {p.lower() for p in _strings(data.get("staff_nouns"), _Where(path, "staff_nouns", {}, 0), "staff_nouns")}
    for sector, nouns in sectors.items():
        if sector == "__line__":
            continue
        where = _Where(path, "sectors", {"name": sector}, 0)
        _sector(sector, where)
        for noun in _strings(nouns, where, sector):
            out.folded.append((noun.lower(), Term("sector", sector=sector, name=noun.lower(),
                                                  needs_modifier=noun.lower() in modifier_only,
                                                  staff=noun.lower() in staff, source=path)))
    for entry, where in _entries(data, "offices", path):
        office = str(entry.get("office") or "").strip()
        if not office:
            raise where.fail("missing 'office'")
        sector = _sector(entry.get("sector"), where)
        out.office_sectors[office.lower()] = sector
        # (`needs_modifier: true`: a title that names a country only with one in front, "his Ukrainian counterpart
        # Dmytro Lubinets"; "his counterpart" alone is the other side, of no country the title tells)
        # (`code`: the one body an office belongs to, "the High Representative" is the EU's in every mention)
        term = Term("office", sector=sector, office=office, name=office, source=path,
                    code=str(entry.get("code") or "").strip().upper(),
                    needs_modifier=bool(entry.get("needs_modifier")))
        for alias in [office, *_strings(entry.get("aliases"), where, "aliases")]:
            out.folded.append((alias.lower(), term))
        for alias in _strings(entry.get("cased"), where, "cased"):
            out.exact.append((alias, term))


def _surname(name: str) -> str:
    words = name.split()
    return words[-1] if len(words) > 1 and len(words[-1]) > 2 else ""


def _load_people(data: dict, path: str, out: LoadedData) -> None:
    for section in ("people", "actors"):
        auto: list[tuple[str, Term]] = []
        for entry, where in _entries(data, section, path):
            name = str(entry.get("name") or "").strip()
            if not name:
                raise where.fail("missing 'name'")
            raw_roles = entry.get("roles")
            if not isinstance(raw_roles, list) or not raw_roles:
                raise where.fail("needs a non-empty 'roles' list")
            roles = []
            for raw in raw_roles:
                if not isinstance(raw, dict):
                    raise where.fail("each role must be a mapping")
                role = Role(code=_code(raw.get("code"), where), sector=_sector(raw.get("sector"), where),
                            office=str(raw.get("office") or ""), start=_date(raw.get("from"), where, "from"),
                            end=_date(raw.get("to"), where, "to"), approx=bool(raw.get("approx", False)))
                if role.start and role.end and role.end < role.start:
                    raise where.fail(f"role {role.office or role.code}: 'to' {role.end} is before 'from' {role.start}")
                roles.append(role)
            kind = str(entry.get("kind") or "person")
            if kind not in ORG_KINDS:
                raise where.fail(f"kind must be one of {sorted(ORG_KINDS)}, not {kind!r}")
            person = Person(name=name, roles=tuple(roles), kind=kind)
            out.people.append(person)
            term = Term("person" if kind == "person" else kind, name=name, person=person, source=path)
            aliases = _strings(entry.get("aliases"), where, "aliases")
            target = out.folded if entry.get("ignore_case") else out.exact
            for phrase in [name, *aliases]:
                target.append((phrase.lower() if entry.get("ignore_case") else phrase, term))
            surname = entry.get("surname", None)
            if surname is None and kind == "person":
                surname = _surname(name)
            if surname and surname not in aliases:
                auto.append((surname, term))
        # a surname shared by several people is told apart by the dates of their roles when matched
        out.exact.extend(auto)


def load_file(path: Path, out: LoadedData) -> None:
    """Read one YAML dictionary file into `out` (TaxonomyError on bad data)."""
    label = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise TaxonomyError(f"{label}: cannot read actor dictionary ({exc})") from exc
    load_text(text, label, out)


def load_text(text: str, label: str, out: LoadedData) -> None:
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        raise TaxonomyError(f"{label}: not valid YAML ({exc})") from exc
    if data is None:
        return
    if not isinstance(data, dict):
        raise TaxonomyError(f"{label}: an actor dictionary file must be a mapping of sections")
    unknown = set(data) - KNOWN_SECTIONS - {"__line__"}
    if unknown:
        raise TaxonomyError(f"{label}: unknown section(s) {sorted(unknown)}; expected some of {sorted(KNOWN_SECTIONS)}")
    _load_countries(data, label, out)
    _load_organisations(data, label, out)
    _load_sectors(data, label, out)
    _load_people(data, label, out)
