"""Restoring ordinary casing to text whose casing says nothing, before it is parsed.

Scraped text is often all lower case ("police arrested two men in osh"), and headlines come in Title
Case or ALL CAPS ("Russian Troops Shell Ukrainian Village"). The tagger and the actor dictionary read
capitals as names, so such text loses its countries and its verbs. `recase` rewrites it in sentence
case: known names (countries, demonyms, capitals, people, organisations of the actor dictionary) take
their dictionary spelling, ordinary English words (the parser's own word list) go lower case, and other
capitalised words are kept as names. Only letter case changes, character by character, so every
character offset stays valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

_WORD = re.compile(r"[^\W\d_]+(?:['’.\-](?![sS]\b)[^\W\d_]+)*")  # "karachi's" -> "karachi" + "'s"
MAX_PHRASE_WORDS = 4
MIN_WORDS = 3  # shorter lines ("UPDATE", "Moscow") carry too little to judge their casing
# the words Title Case may leave in lower case; any other lower-case word ("met", "detained") makes the line prose
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "as",
                               "vs", "via", "per", "from", "with", "into", "over", "off", "up", "out", "s"})
MAX_TITLE_WORDS = 30  # a Title Case line is a headline, not a paragraph
# city names (their main names) get a capital: in a headline an English noun only for a sizeable city
# ("In Almaty"; "Police" is a town in Poland; never a verb or adjective: "Hang", "Nice"); in lower-case
# text a town whose name is no English word ("ludhiana"), an English noun only for a city of millions
# ("lahore", "karachi"; not "reading")
HEADLINE_PLACE_POPULATION = 100_000
LOWER_PLACE_POPULATION = 15_000
LOWER_COMMON_PLACE_POPULATION = 1_000_000
PLACE_KINDS = frozenset({"country", "demonym", "capital", "seat", "block"})  # "turkey" in political news is Turkey
# calendar names written with a capital ("may" and "march" are left alone: they are also words)
CALENDAR_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                            "february", "april", "june", "july", "august", "september", "october", "november",
                            "december"})


def _no_places(word: str) -> int:
    return 0


@dataclass(frozen=True, slots=True)
class CaseVocabulary:
    """What the recaser knows: names to restore (lower-case phrase -> spelling), the lower-case forms
    of acronyms (kept in ALL CAPS lines: "NATO", "EU"), ordinary words and which of them are verbs,
    adjectives or adverbs, function words, names that are also ordinary words ("Bush", "May": kept as written, never restored
    in lower-case text), words never taken for names in lower-case text ("car", "polish"), and the
    population of the largest city of a name."""

    names: Mapping[str, str]
    common_words: frozenset[str]
    not_nouns: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    acronyms: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()
    not_names_in_lower_case: frozenset[str] = frozenset()
    place_population: Callable[[str], int] = _no_places
    us_nouns: frozenset[str] = frozenset()  # lower-case "us" before one of these is the United States ("us forces")


def build_vocabulary(phrases: Mapping[str, Sequence[Any]], common_words: frozenset[str], not_nouns: frozenset[str],
                     function_words: frozenset[str], not_names_in_lower_case: frozenset[str] = frozenset(),
                     place_population: Callable[[str], int] = _no_places,
                     us_nouns: frozenset[str] = frozenset()) -> CaseVocabulary:
    """From the actor dictionary's case-sensitive phrases (phrase -> terms with a `kind`) and the
    parser's word lists. A one-word name that is a function word ("US", "WHO") is never restored; one
    that is an ordinary word is restored only when it names a place or a nation ("turkey" -> "Turkey")."""
    names: dict[str, str] = {}
    ambiguous: set[str] = set()
    acronyms: set[str] = set()
    for phrase, terms in phrases.items():
        low = phrase.lower()
        if low == phrase or any(t.kind == "office" for t in terms):
            continue
        if phrase.isupper() and " " not in phrase:
            acronyms.add(low)
        if " " not in low and (low in function_words or (
                low in common_words and not any(t.kind in PLACE_KINDS for t in terms))):
            ambiguous.add(low)
            continue
        names.setdefault(low, phrase)
    return CaseVocabulary(names=names, common_words=common_words | function_words, not_nouns=not_nouns,
                          function_words=function_words, acronyms=frozenset(acronyms), ambiguous=frozenset(ambiguous),
                          not_names_in_lower_case=not_names_in_lower_case, place_population=place_population,
                          us_nouns=us_nouns)


def casing_kind(line: str) -> str:
    """'lower', 'upper', 'title' when the line's casing is uninformative, else ''."""
    words = _WORD.findall(line)
    if len(words) < MIN_WORDS:
        return ""
    if not any(ch.isupper() for ch in line):
        return "lower"
    if not any(ch.islower() for ch in line):
        return "upper"
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    if len(words) <= MAX_TITLE_WORDS and len(content) >= MIN_WORDS and all(w[0].isupper() for w in content):
        return "title"
    return ""


def recase(text: str, vocabulary: CaseVocabulary) -> str:
    """The text with each line of uninformative casing rewritten in sentence case (same length).

    A text with no capital letter at all is recased whole, whatever its line lengths."""
    if not any(ch.isupper() for ch in text) and len(_WORD.findall(text)) >= MIN_WORDS:
        return _recase_line(text, "lower", vocabulary)
    lines = text.split("\n")
    out = [_recase_line(line, kind, vocabulary) if (kind := casing_kind(line)) else line for line in lines]
    return "\n".join(out)


def _lower(s: str) -> str:
    """Lower case, character by character, keeping the length ("İ" stays)."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in s)


def _capitalised(s: str) -> str:
    head = s[:1].upper()
    return (head if len(head) == 1 else s[:1]) + _lower(s[1:])


def _recase_line(line: str, kind: str, vocabulary: CaseVocabulary) -> str:
    matches = list(_WORD.finditer(line))
    words = [m.group() for m in matches]
    chars = list(line)
    i = 0
    sentence_start = True
    last_end = 0
    while i < len(matches):
        if i and re.search(r"[.!?:]\s*$|[\"“]\s*$", line[last_end:matches[i].start()]):
            sentence_start = True
        name_len, spelling = _name_at(matches, i, line, kind, vocabulary)
        if name_len:
            start, end = matches[i].start(), matches[i + name_len - 1].end()
            chars[start:end] = spelling
            i += name_len
        else:
            cased = _word_case(words, i, kind, vocabulary)
            if sentence_start and kind != "lower":  # lower-case prose keeps its first words as they are
                cased = _capitalised(cased[:1]) + cased[1:]
            chars[matches[i].start():matches[i].end()] = cased
            i += 1
        last_end = matches[i - 1].end()
        sentence_start = False
    return "".join(chars)


def _name_at(matches: list[re.Match[str]], i: int, line: str, kind: str,
             vocabulary: CaseVocabulary) -> tuple[int, str]:
    """The longest dictionary name starting at word i: (words used, its spelling), or (0, "")."""
    for n in range(min(MAX_PHRASE_WORDS, len(matches) - i), 0, -1):
        start, end = matches[i].start(), matches[i + n - 1].end()
        phrase = line[start:end]
        key = " ".join(_lower(phrase).split())
        if n == 1 and kind == "lower" and key in vocabulary.not_names_in_lower_case:
            continue
        spelling = vocabulary.names.get(key)
        if spelling is not None and len(spelling) == len(phrase):
            # keep the line's own spacing and punctuation; take only the letters' case
            return n, "".join(s if p.isalpha() else p for p, s in zip(phrase, spelling))
    return 0, ""


def _word_case(words: list[str], i: int, kind: str, vocabulary: CaseVocabulary) -> str:
    word = words[i]
    low = _lower(word)
    if low == "i":
        return "I"
    if low in CALENDAR_NAMES:
        return _capitalised(low)
    if kind == "lower":
        if low == "us" and i + 1 < len(words) and _lower(words[i + 1]) in vocabulary.us_nouns:
            return "US"  # "killed by us forces", "us sanctions on iran"
        if low in vocabulary.not_names_in_lower_case or low in vocabulary.function_words:
            return low
        if not _common(low, vocabulary):
            needed = LOWER_PLACE_POPULATION
        elif _known(low, vocabulary.not_nouns):
            return low
        else:
            needed = LOWER_COMMON_PLACE_POPULATION
        return _capitalised(low) if vocabulary.place_population(low) >= needed else low
    if kind == "upper" and low in vocabulary.acronyms:
        return word  # "NATO", "EU", "FSB"
    if low in vocabulary.ambiguous:
        return word if kind == "title" else _capitalised(low)
    if not _common(low, vocabulary) or _kept_name(words, i, kind, vocabulary):
        return word if kind == "title" else _capitalised(low)  # an unknown capitalised word is a name
    return low


def _kept_name(words: list[str], i: int, kind: str, vocabulary: CaseVocabulary) -> bool:
    """An ordinary noun kept as a name in a headline: a sizeable city ("In Almaty"), or beside an unknown
    name ("Amit Shah"); never a word that can be a verb, an adjective or a function word."""
    low = _lower(words[i])
    if low in vocabulary.function_words or _known(low, vocabulary.not_nouns):
        return False
    if vocabulary.place_population(low) >= HEADLINE_PLACE_POPULATION:
        return True
    neighbours = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
    return kind == "title" and any(w[:1].isupper() and not _common(_lower(w), vocabulary) for w in neighbours)


_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ied", "y"))


def _common(low: str, vocabulary: CaseVocabulary) -> bool:
    return _known(low, vocabulary.common_words)


def _known(low: str, words: frozenset[str]) -> bool:
    """The word or a simple de-inflection of it ("hosts" -> "host") is in `words`."""
    return low in words or any(low.endswith(end) and len(low) - len(end) >= 3 and low[: -len(end)] + repl in words
                               for end, repl in _ENDINGS)
