"""Turn the shared labelled event sets into gold stories (tocsin.evaluation.gold).

Each converter takes the path(s) of the shared files and returns a `Conversion`: the stories plus
notes on what was dropped or mapped, so the benchmark docs can say it. Nothing here knows where
the shared data lives; `benchmarks/convert_events.py` passes the paths.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from tocsin.cameo import pentaclass
from tocsin.errors import EvaluationError
from tocsin.evaluation.gold import GoldEvent, GoldStory
from tocsin.plover import taxonomy

# CAMEO-era codes in the older gold -> ISO alpha-3.
CAMEO_COUNTRY_FIXES = {"JAP": "JPN", "ITL": "ITA"}
# Country names pycountry does not resolve as written in UCDP.
_COUNTRY_NAME_FIXES = {
    "russia": "RUS", "iran": "IRN", "syria": "SYR", "dr congo": "COD", "ivory coast": "CIV",
    "kingdom of eswatini": "SWZ", "macedonia, fyr": "MKD", "bosnia-herzegovina": "BIH", "venezuela": "VEN",
    "bolivia": "BOL", "laos": "LAO", "vietnam": "VNM", "south korea": "KOR", "north korea": "PRK",
    "moldova": "MDA", "tanzania": "TZA", "turkey": "TUR", "yemen": "YEM", "serbia": "SRB", "cambodia": "KHM",
    "myanmar": "MMR", "united kingdom": "GBR", "united states of america": "USA", "britain": "GBR", "czech republic": "CZE",
}


@dataclass(frozen=True, slots=True)
class Conversion:
    name: str
    role: str  # dev | report
    stories: tuple[GoldStory, ...]
    notes: tuple[str, ...] = ()


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    try:
        with Path(path).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        yield number, json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise EvaluationError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read ({exc})") from None


class _UniqueIds:
    """Source ids are not always unique: a repeated id gets a ~2, ~3 ... suffix."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()

    def __call__(self, story_id: str) -> str:
        self.seen[story_id] += 1
        n = self.seen[story_id]
        return story_id if n == 1 else f"{story_id}~{n}"

    @property
    def repeated(self) -> list[str]:
        return sorted(k for k, v in self.seen.items() if v > 1)


def _code(code: Any) -> str:
    code = str(code or "").strip().upper()
    return CAMEO_COUNTRY_FIXES.get(code, code)


def _valid_mode(event: str, mode: str | None) -> str:
    mode = (mode or "").strip()
    return mode if mode and mode in taxonomy().event_type(event).modes else ""


def _valid_context(context: str | None) -> str:
    context = (context or "").strip()
    return context if context in taxonomy().contexts else ""


def country_alpha3(name: str) -> str:
    """Country name or alpha-2/alpha-3 code -> alpha-3 ("" when unknown)."""
    import pycountry

    name = (name or "").strip()
    if not name:
        return ""
    bare = re.sub(r"\s*\(.*?\)\s*", "", name).strip()
    fixed = _COUNTRY_NAME_FIXES.get(bare.lower()) or _COUNTRY_NAME_FIXES.get(name.lower())
    if fixed:
        return fixed
    for candidate in (name, bare):
        try:
            return pycountry.countries.lookup(candidate).alpha_3
        except LookupError:
            continue
    return ""


# ---------------------------------------------------------------- PLOVER GSR (dev)

def convert_plover_gsr(path: Path) -> Conversion:
    stories = []
    unique = _UniqueIds()
    for _, row in _read_jsonl(path):
        story_id = unique(row["id"])
        event_type = row["event_plover2021"]
        targets = row["target"] if isinstance(row["target"], list) else []
        loc = row.get("event_loc") or {}
        loc_country = ""
        if isinstance(loc, dict):  # a country code when given, else the place name when it is a country
            loc_country = country_alpha3(loc.get("country code", "")) or country_alpha3(loc.get("name", ""))
        event = GoldEvent(
            event=event_type,
            mode=_valid_mode(event_type, row.get("mode")),
            context=_valid_context(row.get("context")),
            actor=tuple(_code(s.get("code")) for s in row["source"] if s.get("code")),
            recipient=tuple(_code(t.get("code")) for t in targets if t.get("code")),
            loc_country=loc_country,
        )
        stories.append(GoldStory(id=story_id, text=row["text"], events=(event,)))
    return Conversion("plover_gsr", "dev", tuple(stories), (
        "PLOVER 0.5 labels renamed to 2021 names (event_plover2021); CAMEO codes JAP/ITL -> JPN/ITA.",
        "Dates in the source are fixed to 2000-01-01, so no date is scored.",
        "A repeated source id (PLOVER-GSR01-COERCE-0004 names two sentences) gets a ~2 suffix.",
    ))


# ---------------------------------------------------------------- CAMEO -> PLOVER crosswalk

@dataclass(frozen=True, slots=True)
class CameoCrosswalk:
    table: dict[str, tuple[str, str, str]]  # CAMEO code -> (PLOVER event, mode, context)

    def lookup(self, cameo: str) -> tuple[str, str, str] | None:
        """Longest known prefix of the CAMEO code (e.g. 0874 -> 0874, 087, 08)."""
        cameo = cameo.strip()
        for length in range(len(cameo), 1, -1):
            hit = self.table.get(cameo[:length])
            if hit:
                return hit
        return None


def load_cameo_crosswalk(path: Path) -> CameoCrosswalk:
    """Parse PLOVER's CAMEO2PLOVER table: `0841: RETREAT, release,   legal # comment`."""
    table: dict[str, tuple[str, str, str]] = {}
    known = taxonomy().event_types
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read crosswalk ({exc})") from None
    for line in lines:
        body = line.split("#", 1)[0].strip()
        match = re.match(r"^(\d{2,4}):\s*(.*)$", body)
        if not match:
            continue
        code, rest = match.groups()
        parts = [p.strip() for p in rest.split(",")]
        event = parts[0]
        if event not in known:
            continue
        if len(code) == 2 and code in table:  # "08: CONCEDE" then "08: RETREAT": keep the first for the root
            continue
        table[code] = (event, _valid_mode(event, parts[1] if len(parts) > 1 else ""),
                       _valid_context(parts[2] if len(parts) > 2 else ""))
    if not table:
        raise EvaluationError(f"{path}: no CAMEO -> PLOVER rows found")
    return CameoCrosswalk(table)


# ---------------------------------------------------------------- PETRARCH records

Coding = tuple[str, str, str, str, str]  # PLOVER event, mode, context, source code, target code


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def merge_compound_events(events: list[Coding]) -> list[GoldEvent]:
    """PETRARCH codes one event per actor pair; PLOVER codes compound actors as one event.

    Events (type, mode, context, source, target) of the same type that share a source, share a
    target, or mirror each other (A->B, B->A) become one event with the union of actors/recipients.
    """
    uf = _UnionFind(len(events))
    for i, a in enumerate(events):
        for j in range(i):
            b = events[j]
            if a[0] != b[0]:
                continue
            if (a[3] and a[3] == b[3]) or (a[4] and a[4] == b[4]) or (a[3] == b[4] and a[4] == b[3]):
                uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        groups[uf.find(i)].append(i)
    merged = []
    for members in sorted(groups.values()):
        first = events[members[0]]
        actors = tuple(dict.fromkeys(events[i][3] for i in members if events[i][3]))
        recipients = tuple(dict.fromkeys(events[i][4] for i in members if events[i][4]))
        merged.append(GoldEvent(event=first[0], mode=first[1], context=first[2], actor=actors, recipient=recipients))
    return merged


def _compact_date(value: str) -> dt.date | None:
    """PETRARCH dates: YYYYMMDD (or YYMMDD); None when absent or unreadable."""
    for fmt in ("%Y%m%d", "%y%m%d"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def text_from_parse(xml_path: Path, sentence_id: str) -> str:
    """Rebuild a sentence whose <Text> is empty from the CoNLL <Parse> of the PETRARCH XML."""
    try:
        xml = Path(xml_path).read_text(encoding="utf-8")
    except OSError as exc:
        raise EvaluationError(f"{xml_path}: cannot read ({exc})") from None
    start = xml.find(f'id="{sentence_id}"')
    if start < 0:
        return ""
    block = re.search(r"<Parse>(.*?)</Parse>", xml[start:], re.S)
    if not block:
        return ""
    tokens = [line.split("\t")[1] for line in block.group(1).strip().splitlines() if line.count("\t") >= 2]
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?%)])", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)
    return re.sub(r"([(]) ", r"\1", text)


def _plover_codings(codings: Iterable[dict], crosswalk: CameoCrosswalk) -> list[Coding] | None:
    """CAMEO codings ({cameo, source, target}) as PLOVER codings; None when a code is not CAMEO.

    CAMEO 01/02 (statements and appeals) are not PLOVER events in PETRARCH's table and are left out.
    """
    coded: list[Coding] = []
    for ev in codings:
        cameo = str(ev.get("cameo") or "")
        if pentaclass().of_cameo(cameo) == 0:
            continue
        hit = crosswalk.lookup(cameo)
        if hit is None:
            return None
        coded.append((hit[0], hit[1], hit[2], _code(ev.get("source")), _code(ev.get("target"))))
    return coded


def convert_petrarch(path: Path, crosswalk: CameoCrosswalk, name: str, role: str,
                     xml_path: Path | None = None) -> Conversion:
    stories = []
    rebuilt: list[str] = []
    unique = _UniqueIds()
    dropped_error = dropped_unknown = statements = raw_events = 0
    for _, row in _read_jsonl(path):
        if row.get("error_expected"):
            dropped_error += 1
            continue
        coded = _plover_codings(row.get("events", []), crosswalk)
        if coded is None:
            dropped_unknown += 1
            continue
        statements += len(row.get("events", [])) - len(coded)
        raw_events += len(coded)
        pub = _compact_date(str(row.get("date") or ""))
        text = row.get("text") or ""
        if not text.strip() and xml_path is not None:
            text = text_from_parse(xml_path, row["id"])
            rebuilt.append(row["id"])
        if not text.strip():
            dropped_error += 1
            continue
        events = tuple(merge_compound_events(coded))
        stories.append(GoldStory(id=unique(row["id"]), text=text, events=events, pub_date=pub,
                                 negative=bool(row.get("noevents")) and not events))
    merged = sum(len(s.events) for s in stories)
    return Conversion(name, role, tuple(stories), (
        f"CAMEO codes mapped with PLOVER's CAMEO2PLOVER-2021 table (longest prefix); "
        f"{statements} CAMEO 01/02 statement codings are not PLOVER events and were left out.",
        f"{dropped_error} 'error' test records (or records without text) and {dropped_unknown} records with test-only codes "
        f"(not CAMEO) were dropped.",
        f"PETRARCH's {raw_events} pairwise codings became {merged} PLOVER events: same-type codings that "
        f"share an actor or recipient (compound actors) or mirror each other were merged.",
        "Actor codes keep PETRARCH's first three letters as the country (GUYJUD -> GUY).",
    ) + ((f"Repeated source ids got a ~2 suffix: {', '.join(unique.repeated)}.",) if unique.repeated else ())
      + ((f"Empty <Text> rebuilt from the XML's CoNLL parse: {', '.join(rebuilt)}.",) if rebuilt else ()))


# ---------------------------------------------------------------- ConfliBERT pentaclass

@dataclass(frozen=True, slots=True)
class TeamCoding:
    sentence_class: int  # the five-way class the coder was given (checked against the source by the converter)
    event: GoldEvent | None  # None for CAMEO 01/02 statements and appeals


def load_team_cameo(path: Path, crosswalk: CameoCrosswalk) -> dict[str, TeamCoding]:
    """The team's CAMEO coding of ConfliBERT train sentences, by sentence id.

    One line per sentence: {"id", "class", "cameo", "trigger", "source": [codes], "target": [codes]}.
    The CAMEO root must lie in the line's five-way class.
    """
    events: dict[str, TeamCoding] = {}
    for number, row in _read_jsonl(path):
        where = f"{path}:{number}"
        try:
            sentence_id, cameo, sentence_class = str(row["id"]), str(row["cameo"]), int(row["class"])
        except (KeyError, TypeError, ValueError) as exc:
            raise EvaluationError(f"{where}: needs id, cameo and class ({exc})") from None
        if not re.fullmatch(r"\d{3,4}", cameo):
            raise EvaluationError(f"{where}: {cameo!r} is not a three- or four-digit CAMEO code")
        if pentaclass().of_cameo(cameo) != sentence_class:
            raise EvaluationError(f"{where}: CAMEO {cameo} is not in five-way class {sentence_class}")
        if sentence_id in events:
            raise EvaluationError(f"{where}: {sentence_id} annotated twice")
        source, target = row.get("source") or [], row.get("target") or []
        if not isinstance(source, list) or not isinstance(target, list):
            raise EvaluationError(f"{where}: source and target must be lists of codes")
        if sentence_class == 0:  # statements and appeals: no PLOVER event in PETRARCH's table
            events[sentence_id] = TeamCoding(0, None)
            continue
        hit = crosswalk.lookup(cameo)
        if hit is None:
            raise EvaluationError(f"{where}: {cameo} is not a CAMEO code of the crosswalk")
        events[sentence_id] = TeamCoding(sentence_class, GoldEvent(
            event=hit[0], mode=hit[1], context=hit[2], actor=tuple(_code(c) for c in source if c),
            recipient=tuple(_code(c) for c in target if c)))
    return events


def convert_conflibert(path: Path, name: str, role: str, drop_overlaps: bool,
                       typed: dict[str, TeamCoding] | None = None) -> Conversion:
    """ConfliBERT five-way class sentences; with `typed` (load_team_cameo) they also carry their event.

    A typed sentence counts as complete: other events the coder finds in it are scored as false, as on the
    PETRARCH sets (one coding per sentence), so type precision there is a lower bound."""
    stories = []
    overlaps = 0
    typed = typed or {}
    for number, row in _read_jsonl(path):
        if drop_overlaps and row.get("also_in"):
            overlaps += 1
            continue
        coding = typed.get(row["id"])
        if coding is not None and coding.sentence_class != int(row["pentaclass"]):
            raise EvaluationError(f"{path}:{number}: {row['id']} is class {row['pentaclass']} in the source but "
                                  f"class {coding.sentence_class} in the team's coding")
        stories.append(GoldStory(id=f"conflibert-{row['id']}", text=row["text"], complete=coding is not None,
                                 events=(coding.event,) if coding and coding.event else (), pentaclass=int(row["pentaclass"])))
    unknown = set(typed) - {s.id.removeprefix("conflibert-") for s in stories}
    if unknown and not drop_overlaps:
        raise EvaluationError(f"team coding names sentences not in {path}: {', '.join(sorted(unknown)[:5])}")
    if typed:
        with_event = sum(1 for s in stories if s.events)
        notes = [f"Five-way class from the source; {sum(1 for s in stories if s.complete)} sentences also carry the "
                 f"team's CAMEO coding of that event (benchmarks/data/README_conflibert_train_cameo.md), mapped with "
                 f"PLOVER's CAMEO2PLOVER-2021 table as for the PETRARCH sets: {with_event} PLOVER events, the rest CAMEO "
                 "01/02 statements and appeals (no PLOVER event, as in the PETRARCH conversion). One event per sentence "
                 "is coded, as in the PETRARCH sets: a second real event the coder finds counts as a false one, so type "
                 "precision is a lower bound."]
    else:
        notes = ["Only the five-way class is gold (no event list): scored by pentaclass macro-F1."]
    if drop_overlaps:
        notes.append(f"{overlaps} sentences also in plover_gsr / petr2_gsr_validation (also_in) were dropped.")
    return Conversion(name, role, tuple(stories), tuple(notes))


# ---------------------------------------------------------------- IndiaPoliceEvents

def convert_india_police(sents_path: Path, metadata_path: Path) -> Conversion:
    dates: dict[int, dt.date] = {}
    for _, row in _read_jsonl(metadata_path):
        if row.get("date"):
            dates[int(row["doc_id"])] = dt.date.fromisoformat(row["date"])
    stories = []
    for _, row in _read_jsonl(sents_path):
        if not (row.get("sent_text") or "").strip():
            continue
        labels = tuple(sorted(set(row.get("sent_labels") or []) & {"ARREST", "KILL", "FORCE", "FAIL"}))
        events = []
        if "ARREST" in labels:
            events.append(GoldEvent(event="COERCE", mode="arrest", actor_sector="COP"))
        if "KILL" in labels or "FORCE" in labels:
            events.append(GoldEvent(event="ASSAULT", actor_sector="COP"))
        doc_id = int(row["doc_id"])
        stories.append(GoldStory(
            id=f"ipe-{doc_id}-{row['sent_id']}", text=row["sent_text"], events=tuple(events),
            pub_date=dates.get(doc_id), complete=False, police=labels, group=f"doc-{doc_id}",
        ))
    return Conversion("india_police_events", "report", tuple(stories), (
        "Sentence level; police as actor: ARREST -> COERCE[arrest], KILL/FORCE -> ASSAULT; FAIL has no PLOVER "
        "type and counts as no event. Only police events are labelled, so other events are not scored.",
        "Documents with no labelled sentence are the negatives for 'police events on negative documents'.",
        "Blank sentences (empty text) are dropped.",
    ))


# ---------------------------------------------------------------- CASE 2021 task 2

def load_acled_crosswalk(path: Path) -> dict[str, tuple[str, str]]:
    """CASE-2021 label -> (PLOVER event, first mode) or ("", "") when it maps to no single type."""
    out: dict[str, tuple[str, str]] = {}
    known = taxonomy().event_types
    with Path(path).open(encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        event = (row.get("plover_event") or "").strip()
        mode = (row.get("plover_mode") or "").split("|")[0].strip()
        label = (row.get("case2021_label") or "").strip()
        out[label] = (event, _valid_mode(event, mode)) if event in known else ("", "")
    return out


NO_EVENT_CASE_LABELS = ("NATURAL_DISASTER", "MAN_MADE_DISASTER")


def convert_case2021(tsv_path: Path, crosswalk_path: Path) -> Conversion:
    mapping = load_acled_crosswalk(crosswalk_path)
    csv.field_size_limit(sys.maxsize)
    stories = []
    dropped: Counter[str] = Counter()
    with Path(tsv_path).open(encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header[:3] != ["id", "EventSnippet", "SubType"]:
            raise EvaluationError(f"{tsv_path}:1: unexpected header {header!r}")
        for row in reader:
            if len(row) < 3:
                continue
            story_id, text, label = row[0], row[1], row[2].strip()
            if label in NO_EVENT_CASE_LABELS:
                stories.append(GoldStory(id=f"case-{story_id}", text=text, negative=True))
                continue
            event, mode = mapping.get(label, ("", ""))
            if not event:
                dropped[label] += 1
                continue
            stories.append(GoldStory(id=f"case-{story_id}", text=text, events=(GoldEvent(event=event, mode=mode),)))
    dropped_text = ", ".join(f"{k} {v}" for k, v in sorted(dropped.items()))
    return Conversion("case2021", "report", tuple(stories), (
        "CASE labels mapped with ../acled_case_to_plover_crosswalk.tsv (heuristic); one gold event per snippet, "
        "so a second real event in a snippet counts against precision.",
        f"{', '.join(NO_EVENT_CASE_LABELS)} snippets are negative stories (no political event).",
        f"Labels with no single PLOVER type were dropped: {dropped_text}.",
    ))


# ---------------------------------------------------------------- UCDP GED headlines

def _government_country(side: str) -> str:
    match = re.match(r"^Government of (.+)$", side or "")
    return country_alpha3(match.group(1)) if match else ""


def _first_date(value: Any) -> dt.date | None:
    for part in str(value or "").split(";"):
        try:
            return dt.date.fromisoformat(part.strip()[:10])
        except ValueError:
            continue
    return None


def convert_ucdp(paths: Iterable[Path], max_events_per_text: int = 3, min_words: int = 4) -> Conversion:
    rows_by_text: dict[tuple[str, str], list[dict]] = defaultdict(list)
    seen_ids: set[int] = set()
    for path in paths:
        for _, row in _read_jsonl(path):
            text = (row.get("text") or "").strip()
            if row["ged_id"] in seen_ids:  # the global sample and the CAR file share some events
                continue
            seen_ids.add(row["ged_id"])
            if text:
                rows_by_text[(Path(path).stem, text)].append(row)
    stories = []
    too_short = report_titles = 0
    for (stem, text), rows in sorted(rows_by_text.items(), key=lambda kv: (kv[0][0], kv[1][0]["ged_id"])):
        if len(re.findall(r"[^\W\d_]{2,}", text)) < min_words:
            too_short += 1
            continue
        if len(rows) > max_events_per_text:
            report_titles += 1
            continue
        events = []
        for row in rows:
            exact = row.get("date_prec") == 1 and row.get("date_start") == row.get("date_end")
            events.append(GoldEvent(
                event="ASSAULT",
                actor=tuple(c for c in [_government_country(row.get("side_a", ""))] if c),
                recipient=tuple(c for c in [_government_country(row.get("side_b", ""))] if c),
                date=dt.date.fromisoformat(row["date_start"]) if exact else None,
                loc_country=country_alpha3(row.get("country", "")),
            ))
        stories.append(GoldStory(id=f"ucdp-{rows[0]['ged_id']}", text=text, events=tuple(events),
                                 pub_date=_first_date(rows[0].get("source_date"))))
    return Conversion("ucdp_ged_headlines", "report", tuple(stories), (
        "Every GED event is lethal violence -> ASSAULT; actor/recipient countries only for 'Government of X' sides; "
        "date only when UCDP gives the exact day; location = the GED country.",
        f"Headlines shared by more than {max_events_per_text} events (report titles such as casualty books) "
        f"were dropped ({report_titles}), as were {too_short} texts of fewer than {min_words} words; "
        "events sharing a headline form one story. pub_date = the first source date.",
    ))


# ---------------------------------------------------------------- CAMEO_ConfliBERT multi-annotator sheets

def convert_multiannotator(path: Path, crosswalk: CameoCrosswalk,
                           appeals_as_request: bool = False) -> dict[str, Conversion]:
    """One gold set per annotator of the CAMEO_ConfliBERT training sheets (the same sentences, coded by
    each annotator alone), for agreement between humans and between the coder and each human.

    Each coded action's CAMEO root goes through the crosswalk; the root 08 (yield) cannot tell CONCEDE
    from RETREAT, so the caller must compare the two as one class. CAMEO 01 statements are no event,
    and so are 02 appeals unless `appeals_as_request` (the PLOVER manual's REQUEST)."""
    per_annotator: dict[str, list[GoldStory]] = defaultdict(list)
    dropped: Counter[str] = Counter()
    for line_no, row in _read_jsonl(path):
        annotations = row.get("annotations")
        if not isinstance(annotations, list) or not row.get("text"):
            raise EvaluationError(f"{path}:{line_no}: no text or annotations")
        for annotation in annotations:
            events = []
            for action in annotation.get("actions") or ():
                root = str(action.get("cameo_root") or "")
                hit = crosswalk.lookup(root) if root else None
                if root == "02" and appeals_as_request:
                    hit = ("REQUEST", "", "")
                if hit is None:
                    dropped[root or "?"] += 1
                    continue
                events.append(GoldEvent(event=hit[0]))
            per_annotator[str(annotation["annotator"])].append(
                GoldStory(id=str(row["id"]), text=row["text"], events=tuple(events), negative=not events))
    sizes = {len(stories) for stories in per_annotator.values()}
    if len(sizes) > 1:
        raise EvaluationError(f"{path}: annotators coded different numbers of sentences ({sorted(sizes)})")
    note = ("CAMEO roots mapped with PLOVER's CAMEO2PLOVER-2021 table; actions left out as no PLOVER event: "
            + ", ".join(f"{n} of root {root}" for root, n in sorted(dropped.items())) + ".")
    return {annotator: Conversion(f"multiannotator_{annotator}", "report", tuple(stories), (note,))
            for annotator, stories in sorted(per_annotator.items())}
