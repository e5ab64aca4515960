"""Toponym recognition: spaCy NER (GPE/LOC/FAC) + a case-sensitive gazetteer layer + border phrases.

The gazetteer layer finds names the small model misses or mislabels (Mali/Gao as PERSON,
Bamako as ORG) by longest match against gazetteer surface forms of populous places,
countries and regions; a stop-list keeps "March", "Police" or "Union" out, and names that are
also common first names ("Georgia", "Jordan", "Chad") count only when NER calls them places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from tocsin.geo.gazetteer import Gazetteer
from tocsin.geo.lexicon import GeoLexicon
from tocsin.nlp import doc_text, token_table

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
OVERRIDABLE_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
BORDER_WORDS = r"(?:border|borders|frontier|boundary|border area|border zone|border region)"


@dataclass(frozen=True, slots=True)
class Mention:
    """A recognised toponym span. `countries` (alpha-3) is set for border phrases."""

    start: int
    end: int
    text: str
    source: str  # ner | gazetteer | border | given
    label: str = ""
    countries: tuple[str, ...] = ()
    region_hint: bool = False  # followed/ended by "region", "province", "oblast" ...
    county_hint: bool = False  # named in a list of counties ("Barrow and Jackson counties")


def _country_words(gaz: Gazetteer) -> dict[str, str]:
    """Country names and demonyms -> alpha-3 (for border phrases)."""
    words: dict[str, str] = dict(gaz.lexicon.demonyms)
    for a3 in gaz.alpha2:
        place = gaz.country(a3)
        if place is not None:
            words[place.name] = a3
    for name in ("Kirgizia", "Tadjikistan", "Russian", "Afghanistan", "Azerbaijan"):
        hits = [p for p, _ in gaz.lookup(name) if p.kind == "country"]
        if hits:
            words.setdefault(name, hits[0].country_code)
    return words


@lru_cache(maxsize=4)
def _border_patterns(gaz: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    words = _country_words(gaz)
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    # (each pattern begins with a look at the first letter any match can have: the long alternation of names is then
    # tried only where a name, "the" or a border word can start, which leaves the matches as they are)
    pair = re.compile(
        _first_letter_of([*words, "the", "border", "frontier", "boundary"])
        + rf"(?:\b(?:the\s+)?({alt})\s*[-–—/]\s*({alt})\s+{BORDER_WORDS}\b"
        rf"|\b(?:the\s+)?{BORDER_WORDS}\s+(?:between|of)\s+({alt})\s+and\s+({alt})\b)"
    )
    single = re.compile(_first_letter_of([*words, "the"]) + rf"\b(?:the\s+)?({alt})\s+{BORDER_WORDS}\b")
    return pair, single, words


def _first_letter_of(words: list[str]) -> str:
    """A lookahead for the first letters of `words` (case-sensitive; none when a word is empty)."""
    if not all(words):
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "])"


def find_borders(text: str, gaz: Gazetteer) -> list[Mention]:
    """'the Tajik-Afghan border', 'the border between Armenia and Azerbaijan', 'the Afghan border'."""
    if "border" not in text and "frontier" not in text and "boundary" not in text:
        return []  # every pattern needs one of these words (case-sensitive, as the patterns are)
    pair, single, words = _border_patterns(gaz)
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in pair.finditer(text):
        names = [g for g in m.groups() if g]
        codes = tuple(dict.fromkeys(words[n] for n in names))
        start = m.start() + (4 if text[m.start():m.start() + 4].lower() == "the " else 0)
        found.append(Mention(start, m.end(), text[start:m.end()], "border", "BORDER", codes))
        taken.append((m.start(), m.end()))
    for m in single.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        start = m.start() + (4 if text[m.start():m.start() + 4].lower() == "the " else 0)
        found.append(Mention(start, m.end(), text[start:m.end()], "border", "BORDER", (words[m.group(1)],)))
    return found


def _has_title_before(doc: "Doc", token_index: int, lex: GeoLexicon) -> bool:
    if token_index == 0:
        return False
    prev = doc[token_index - 1]
    return prev.text in lex.person_titles


def _extend_region(doc: "Doc", end_token: int, lex: GeoLexicon) -> int:
    """Include a following region word ("Batken province"): returns the new end token index."""
    if end_token < len(doc) and doc[end_token].text in lex.region_suffixes:
        return end_token + 1
    return end_token


def recognise(doc: "Doc", gaz: Gazetteer, nested: bool = False) -> list[Mention]:
    """All toponym mentions in a parsed document, non-overlapping, in text order.

    With `nested`, also place names inside organisation names ("the Texas Department of Health")
    and place adjectives/demonyms ("Georgian", "Ohioans") as mentions with source "in_org" /
    "demonym": the annotation convention of LGL and GeoWebNews, not places where things happen.
    """
    mentions = _recognise_places(doc, gaz)
    if nested:
        mentions = sorted(mentions + _nested_mentions(doc, gaz, mentions), key=lambda m: m.start)
    return mentions


def _nested_mentions(doc: "Doc", gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    lex = gaz.lexicon
    taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    for ent in doc.ents:
        if ent.label_ == "NORP" or (len(ent) == 1 and ent.label_ in ("ORG", "PERSON")):
            text = ent.text[4:] if ent.text.startswith("the ") else ent.text
            start = ent.end_char - len(text)
            if free(start, ent.end_char) and is_demonym(text, gaz):
                out.append(Mention(start, ent.end_char, text, "demonym", ent.label_))
                taken.append((start, ent.end_char))
            continue
        if ent.label_ not in ("ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART") or len(ent) < 2:
            continue
        i = ent.start
        while i < ent.end:
            for n in range(min(4, ent.end - i), 0, -1):
                span = doc[i:i + n]
                if not span.text[:1].isupper() or span.text in lex.stop_words or span.text in lex.ner_only:
                    continue
                if span.text in gaz.surface and _high_level(span.text, gaz, 500_000):
                    if free(span.start_char, span.end_char):
                        out.append(Mention(span.start_char, span.end_char, span.text, "in_org", ent.label_))
                        taken.append((span.start_char, span.end_char))
                    i += n - 1
                    break
            i += 1
    return out


def is_demonym(text: str, gaz: Gazetteer) -> bool:
    """'Georgian', 'Palestinians', 'Ohioans': an adjective or people-name of a country or region."""
    demonyms = gaz.lexicon.demonyms
    if text in demonyms or text.rstrip("s") in demonyms:
        return True
    from tocsin.geo.resolve import demonym_places

    return bool(demonym_places(gaz, text))


def _linking_particle(doc: "Doc", i: int) -> bool:
    """"Shan-e-Mustafa", "Lashkar-e-Taiba", "Hizb-ut-Tahrir": a short lower-case particle glued between two names."""
    return len(doc[i].text) <= 3 and doc[i].text.islower() and i + 2 < len(doc) and doc[i + 1].text == "-" \
        and doc[i].whitespace_ == "" and doc[i + 1].whitespace_ == "" and doc[i + 2].text[:1].isupper()


def _inside_hyphenated_name(doc: "Doc", start: int, end: int) -> bool:
    """True when tokens start..end are glued by a hyphen to a capitalised word ("Ala-Archa").
    Lower-case compounds ("Moscow-based", "Kabul-led") keep the place."""
    def glued(left: int, right: int) -> bool:
        return 0 <= left and right < len(doc) and doc[left].whitespace_ == ""

    after = end < len(doc) - 1 and doc[end].text == "-" and glued(end - 1, end) and glued(end, end + 1) \
        and (doc[end + 1].text[:1].isupper() or _linking_particle(doc, end + 1))
    before = start >= 2 and doc[start - 1].text == "-" and glued(start - 2, start - 1) and glued(start - 1, start) \
        and doc[start - 2].text[:1].isupper() and not doc[start - 2].is_sent_start
    return after or before


def _recognise_places(doc: "Doc", gaz: Gazetteer) -> list[Mention]:
    lex = gaz.lexicon
    text = doc_text(doc)
    mentions: list[Mention] = list(find_borders(text, gaz))
    blocked = [(m.start, m.end) for m in mentions]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in blocked)

    # 1. spaCy entities labelled as places
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        span = ent
        if span[0].lower_ == "the" and len(span) > 1:
            span = doc[span.start + 1:span.end]
        joint = [t.i for t in span if t.lower_ == "and"]
        if joint and joint[-1] + 1 < span.end and not gaz.has_name(span.text):
            span = doc[joint[-1] + 1:span.end]  # "North and South Korea": the conjunct that is a whole name
        surface = span.text
        if surface in lex.stop_words and surface not in lex.ner_only:
            continue
        if _has_title_before(doc, span.start, lex):
            continue
        if ent.label_ == "FAC" and not gaz.has_name(surface):
            continue
        if span[-1].text in lex.org_heads:
            continue  # "Central Asia Newswire", "Caucasus Ledger": an organisation, not a place
        if not any(ch.isupper() for ch in surface):
            continue  # "metro", "city": lower-case words are not place names
        if _inside_hyphenated_name(doc, span.start, span.end) or _person_context(doc, span.start, span.end):
            continue  # "Karachay" of "Karachay-Cherkessia"; "von der Leyen"; "said Marta, a tourist"
        end_tok = _extend_region(doc, span.end, lex)
        span = doc[span.start:end_tok]
        if not free(span.start_char, span.end_char):
            continue
        hint = span[-1].text in lex.region_suffixes
        mentions.append(Mention(span.start_char, span.end_char, span.text, "ner", ent.label_, region_hint=hint))
        blocked.append((span.start_char, span.end_char))

    # 2. gazetteer layer: case-sensitive longest match over populous places
    ent_label = {}
    lists_of_places = set()
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            ent_label[t] = ent
        if ent.label_ in OVERRIDABLE_LABELS and ent.label_ != "NORP" and _only_places(ent, gaz):
            lists_of_places.add(ent.start)
    surnames = _person_name_tokens(doc)
    attested = _attested_places(doc, gaz)
    i = 0
    max_words = min(gaz.max_surface_words, 6)
    n_tokens = len(doc)
    # plain lists of token features (span.text == text[idx[a]:ends[b - 1]])
    table = token_table(doc)
    idx = table.idx
    starts_upper = [word[:1].isupper() and not punct for word, punct in zip(table.text, table.punct)]
    ends = [i + len(word) for i, word in zip(idx, table.text)]
    surfaces, stop_words, ner_only = gaz.surface, lex.stop_words, lex.ner_only
    while i < n_tokens:
        if not starts_upper[i]:
            i += 1
            continue
        match_end = None
        start_char = idx[i]
        for n in range(min(max_words, n_tokens - i), 0, -1):
            surface = text[start_char:ends[i + n - 1]]
            if surface in surfaces and surface not in stop_words and surface not in ner_only:
                match_end = i + n
                break
        if match_end is None:
            small = _small_place_after_preposition(doc, i, gaz, ent_label)
            if small is not None and free(doc[i:small].start_char, doc[i:small].end_char):
                span = doc[i:small]
                mentions.append(Mention(span.start_char, span.end_char, span.text, "gazetteer", "small"))
                blocked.append((span.start_char, span.end_char))
                i = small
                continue
            i += 1
            continue
        span = doc[i:match_end]
        ent = ent_label.get(i)
        ok = free(span.start_char, span.end_char) and not _has_title_before(doc, i, lex)
        in_list = ent is not None and ent.start in lists_of_places
        if ok and ent is not None and ent.label_ not in PLACE_LABELS and not in_list:
            # override a mislabelled entity only when it is exactly this name, or when the name ends it after a
            # locative preposition ("the Bardo Museum in Tunis")
            tail = (ent.label_ in ("ORG", "FAC") and ent.end == span.end and span.start > ent.start
                    and doc[i - 1].lower_ in IN_NAME_LOCATIVES)
            ok = tail or (ent.label_ in OVERRIDABLE_LABELS and ent.start == span.start and ent.end <= span.end)
            if ok and ent.label_ == "NORP":
                # "south of Aleppo": a town NER took for a nationality, after a locative preposition
                ok = _after_locative(doc, i) and not is_demonym(span.text, gaz)
            if ok and STRICT_OVERRIDE and ent.label_ == "PERSON" and not (
                    _local_place_reading(doc, i, match_end, gaz) if span.text in surnames
                    else _place_reading(doc, i, span.text, gaz, attested)):
                ok = False  # "Moore", "Walker": a person unless a locative preposition or a country/region
        if ok and STRICT_OVERRIDE and ent is None and span.text in surnames and not _local_place_reading(doc, i, match_end, gaz):
            ok = False  # the surname of a person named in full elsewhere in the story
        if ok and not in_list and i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start and doc[i - 1].text not in lex.person_titles and doc[i - 1].is_alpha:
            ok = False  # inside a longer capitalised name we do not know ("Port Gao Street")
        if ok and not in_list and match_end < len(doc) and doc[match_end].text[:1].isupper() and doc[match_end].is_alpha and doc[match_end].text not in lex.region_suffixes:
            ok = False  # "Washington Post", "Paris Hilton"
        if ok and _inside_hyphenated_name(doc, i, match_end):
            ok = False  # "Ala" in "Ala-Archa", "Kok" in "Kok-Tash": part of a longer name we do not know
        if ok:
            end_tok = _extend_region(doc, match_end, lex)
            span = doc[i:end_tok]
            hint = span[-1].text in lex.region_suffixes
            mentions.append(Mention(span.start_char, span.end_char, span.text, "gazetteer", "", region_hint=hint))
            blocked.append((span.start_char, span.end_char))
            i = end_tok
        else:
            i = match_end
    mentions.sort(key=lambda m: m.start)
    return mentions


STRICT_OVERRIDE = True  # PERSON-tagged names and surnames need evidence to count as places (LGL dev: P +0.06)
LOCATIVE_BEFORE = frozenset({"in", "near", "at", "outside", "from", "to", "into", "across", "around", "of"})
IN_NAME_LOCATIVES = frozenset({"in", "near", "outside"})  # "the ... Museum in Tunis", "a camp near Gao"


def _place_reading(doc: "Doc", i: int, surface: str, gaz: Gazetteer, attested: frozenset[str]) -> bool:
    """Evidence that a name NER took for a person/organisation is a place here."""
    return (surface in attested or _after_locative(doc, i) or (i > 0 and doc[i - 1].text == ",")
            or _high_level(surface, gaz))


def _local_place_reading(doc: "Doc", i: int, end: int, gaz: Gazetteer) -> bool:
    """'in Moore', 'Moore, Oklahoma': this occurrence reads as a place."""
    return _after_locative(doc, i) or (end + 1 < len(doc) and doc[end].text == "," and _high_level(doc[end + 1].text, gaz))


def _attested_places(doc: "Doc", gaz: Gazetteer) -> frozenset[str]:
    """Names the story uses as places somewhere: NER places, after 'in'/'near', or as 'X, State'."""
    found = {ent.text for ent in doc.ents if ent.label_ in PLACE_LABELS}
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            continue
        nxt = ent.end
        if _after_locative(doc, ent.start) or (nxt + 1 < len(doc) and doc[nxt].text == ","
                                               and _high_level(doc[nxt + 1].text, gaz)):
            found.add(ent.text)
    return frozenset(found)


def _after_locative(doc: "Doc", i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ in LOCATIVE_BEFORE


def _high_level(surface: str, gaz: Gazetteer, min_adm1_population: int = 0) -> bool:
    """A country, continent, team region or first-level region name (rarely a person)."""
    return any(primary and (p.kind in ("country", "continent", "region")
                            or (p.kind == "adm1" and p.population >= min_adm1_population))
               for p, primary in gaz.lookup(surface))


def _person_name_tokens(doc: "Doc") -> frozenset[str]:
    """Words of the multi-word person names of the story ("Barack Obama" -> Barack, Obama)."""
    return frozenset(t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent)


LIST_WORDS = frozenset({"and", ",", "&", "or", "the", "-"})
SMALL_PLACE_PREPS = frozenset({"in", "near", "outside", "of"})


def _only_places(ent: "Span", gaz: Gazetteer) -> bool:
    """True when an entity is a list of known places only ("Osh and Jalal-Abad" tagged ORG).
    Names side by side without a comma or "and" are a person's name ("Maia Sandu", "Vladimir Kim")."""
    i, found, separators = ent.start, 0, 0
    doc = ent.doc
    text, table = doc_text(doc), token_table(doc)  # (doc[a:b].text == text[idx[a]:idx[b - 1] + len(word[b - 1])])
    while i < ent.end:
        if table.lower[i] in LIST_WORDS:
            i += 1
            separators += 1
            continue
        for n in range(min(6, ent.end - i), 0, -1):
            last = i + n - 1
            if text[table.idx[i]:table.idx[last] + len(table.text[last])] in gaz.surface:
                i += n
                found += 1
                break
        else:
            return False
    return found >= 2 and separators >= found - 1


SPEECH_VERBS = frozenset({"said", "says", "asked", "added", "recalled", "explained"})


def _person_context(doc: "Doc", start: int, end: int) -> bool:
    """A name right after a person's name ("Ursula von der | Leyen") or named as a speaker
    ("said Marta, a tourist ...") is a person here."""
    if start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].whitespace_:
        return True
    speaker = start > 0 and doc[start - 1].lower_ in SPEECH_VERBS
    return speaker and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an", "the")


def _small_place_after_preposition(doc: "Doc", i: int, gaz: Gazetteer, ent_label: dict) -> int | None:
    """'near Vorukh': a capitalised name after a locative preposition that is a gazetteer city name."""
    if i == 0 or doc[i - 1].lower_ not in SMALL_PLACE_PREPS or i in ent_label:
        return None
    if doc[i - 1].lower_ == "of" and (i < 2 or doc[i - 2].lower_ not in ("village", "town", "city", "district", "settlement")):
        return None
    for n in (3, 2, 1):
        if i + n > len(doc):
            continue
        span = doc[i:i + n]
        if any(t.is_punct and t.text != "-" for t in span) or span.text in gaz.lexicon.stop_words:
            continue
        if i + n < len(doc) and doc[i + n].text[:1].isupper() and doc[i + n].is_alpha:
            continue
        if any(p.name == span.text and p.kind in ("city", "adm2") for p, _ in gaz.lookup(span.text)):
            return i + n
    return None


def mentions_from_spans(text: str, spans: Sequence[tuple[int, int]], gaz: Gazetteer) -> list[Mention]:
    """Given (gold) spans as mentions; border phrases among them keep their countries."""
    borders = {(m.start, m.end): m for m in find_borders(text, gaz)}
    out = []
    for start, end in spans:
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"span [{start}, {end}] is outside the text (length {len(text)})")
        surface = text[start:end]
        hit = borders.get((start, end))
        if hit is None:
            for (s, e), m in borders.items():
                if s <= start and end <= e and surface.lower().endswith(("border", "frontier", "boundary")):
                    hit = m
        if hit is not None:
            out.append(Mention(start, end, surface, "border", "BORDER", hit.countries))
            continue
        last = surface.split()[-1] if surface.split() else ""
        out.append(Mention(start, end, surface, "given", "", region_hint=last in gaz.lexicon.region_suffixes))
    return out
