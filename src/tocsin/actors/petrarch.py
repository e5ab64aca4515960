"""Import a user-supplied PETRARCH/CAMEO-format actor dictionary into tocsin's YAML entry format.

Format read: `<!-- -->` and `#` comments; an entry line at the left margin names a phrase
(words joined by `_` or spaces, a trailing `_` ignored) with optional code blocks `[USAGOV]`,
`[USAGOV 090120-170120]`, `[HOB < 950601]`, `[HOBREB > 990816]`; lines starting with `+` add
synonyms to the current entry; indented `[...]` lines add more code blocks. A code's first three
letters become the actor code, the next three the sector when they are a PLOVER sector (CAMEO
agent codes CIV, HLH, MED, HRI are mapped to CVL, MED, JRN, SOC). Entries whose codes are not ISO
alpha-3 or PLOVER nonstate codes are skipped and reported as problems.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tocsin.actors.loader import valid_codes, valid_sectors
from tocsin.errors import InputError
from tocsin.types import SourceProblem

CAMEO_TO_PLOVER_SECTOR = {"CIV": "CVL", "HLH": "MED", "MED": "JRN", "HRI": "SOC"}
# legacy CAMEO country and organisation codes that are not ISO alpha-3
CAMEO_TO_ISO = {"UAE": "ARE", "ROM": "ROU", "JAP": "JPN", "ROC": "TWN", "PAL": "PSE", "KUW": "KWT", "LEB": "LBN",
                "NZE": "NZL", "LTH": "LTU", "INS": "IDN", "UAR": "EGY", "USR": "RUS", "ZAM": "ZMB", "ZBW": "ZWE",
                "GMW": "DEU", "BUL": "BGR", "IMF": "IGO", "IBR": "IGO", "EEC": "EUR", "NGM": "NGO", "WBK": "IGO"}
DISCARD_CODES = frozenset({"---", "+++", "###"})
_BLOCK = re.compile(r"\[([^\]]*)\]")
_DATE_RANGE = re.compile(r"^(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8})$")
_DATE_BOUND = re.compile(r"^([<>])\s*(\d{6}|\d{8})$")


@dataclass(frozen=True, slots=True)
class ImportedRole:
    code: str
    sector: str = ""
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass
class ImportedActor:
    """One actor entry converted from PETRARCH format (line = where its phrase was defined)."""

    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    roles: list[ImportedRole] = field(default_factory=list)

    def to_yaml_entry(self) -> dict[str, Any]:
        roles = []
        for role in self.roles:
            item: dict[str, Any] = {"code": role.code}
            if role.sector:
                item["sector"] = role.sector
            if role.start:
                item["from"] = role.start.isoformat()
            if role.end:
                item["to"] = role.end.isoformat()
            roles.append(item)
        entry: dict[str, Any] = {"name": self.name, "kind": "org", "ignore_case": True}
        if self.aliases:
            entry["aliases"] = list(self.aliases)
        entry["roles"] = roles
        return entry


def _phrase(raw: str) -> str:
    words = raw.strip().rstrip("_").replace("_", " ").split()
    return " ".join(words)


def _date(text: str) -> dt.date:
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    year = int(text[:2])
    year += 2000 if year < 40 else 1900  # PETRARCH's two-digit years: 1940-2039
    return dt.date(year, int(text[2:4]), int(text[4:]))


def _parse_block(block: str) -> tuple[str, dt.date | None, dt.date | None]:
    """'USAGOV 090120-170120' -> ('USAGOV', from, to)."""
    parts = block.strip().split(None, 1)
    if not parts:
        raise ValueError("empty code block")
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    # a block may be only a date restriction glued to the code: 'HOB<950601'
    glued = re.match(r"^([A-Za-z+\-#]{3,})([<>].*)$", code)
    if glued:
        code, rest = glued.group(1), (glued.group(2) + " " + rest).strip()
    if not rest:
        return code, None, None
    m = _DATE_RANGE.match(rest)
    if m:
        return code, _date(m.group(1)), _date(m.group(2))
    m = _DATE_BOUND.match(rest)
    if m:
        day = _date(m.group(2))
        return (code, None, day - dt.timedelta(days=1)) if m.group(1) == "<" else (code, day, None)
    raise ValueError(f"cannot read date restriction {rest!r}")


def _role(code_text: str) -> ImportedRole | None:
    """'USAGOV' -> ImportedRole('USA', 'GOV'); a discard code -> None; ValueError if unusable."""
    code_text = code_text.upper()
    if code_text[:3] in DISCARD_CODES:
        return None
    actor = CAMEO_TO_ISO.get(code_text[:3], code_text[:3])
    if actor not in valid_codes():
        raise ValueError(f"actor code {actor!r} is not ISO 3166-1 alpha-3 or a PLOVER nonstate code")
    rest = code_text[3:6]
    sector = CAMEO_TO_PLOVER_SECTOR.get(rest, rest if rest in valid_sectors() else "")
    return ImportedRole(actor, sector)


def _strip_comments(text: str) -> list[str]:
    """Lines with `<!-- -->` blocks (possibly multi-line) and `#` comments blanked; numbering kept."""
    text = re.sub(r"<!.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return [line.split("#", 1)[0].rstrip() for line in text.split("\n")]


def load_petrarch_actors(path: Path, problems: list[SourceProblem] | None = None) -> list[ImportedActor]:
    """Read a PETRARCH/CAMEO actor dictionary; unusable entries go to `problems` (when given)."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read actor dictionary ({exc})", source=str(path)) from exc
    actors: list[ImportedActor] = []
    current: ImportedActor | None = None
    bad: set[int] = set()  # ids of entries with an unusable code

    def note(line: int, message: str) -> None:
        if problems is not None:
            problems.append(SourceProblem(str(path), line, message))

    def add_blocks(entry: ImportedActor, blocks: list[str], line: int) -> None:
        for block in blocks:
            try:
                code_text, start, end = _parse_block(block)
                role = _role(code_text)
            except ValueError as exc:
                note(line, f"{entry.name}: {exc}")
                bad.add(id(entry))
                continue
            if role is not None:
                entry.roles.append(ImportedRole(role.code, role.sector, start, end))

    for number, line in enumerate(_strip_comments(text), start=1):
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                note(number, "synonym line before any entry")
                continue
            synonym = _phrase(_BLOCK.sub("", stripped[1:]))
            if synonym:
                current.aliases.append(synonym)
            add_blocks(current, _BLOCK.findall(stripped), number)
            continue
        if line[0].isspace() or stripped.startswith("["):
            if current is None:
                note(number, "code block before any entry")
                continue
            add_blocks(current, _BLOCK.findall(stripped), number)
            continue
        head = _BLOCK.split(stripped, maxsplit=1)[0]
        name = _phrase(head)
        if not name:
            note(number, "entry without a phrase")
            current = None
            continue
        current = ImportedActor(name=name, line=number)
        actors.append(current)
        add_blocks(current, _BLOCK.findall(stripped), number)
    usable = []
    for actor in actors:
        if id(actor) in bad and not actor.roles:
            continue
        if not actor.roles:
            note(actor.line, f"{actor.name}: no usable code")
            continue
        usable.append(actor)
    return usable


def to_yaml_document(actors: list[ImportedActor], source: str = "") -> dict[str, Any]:
    """The `actors:` section of a tocsin actor file (pass it to settings.extra_actor_files)."""
    return {"actors": [a.to_yaml_entry() for a in actors]}
