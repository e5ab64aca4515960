"""Restoring ordinary casing to text whose casing says nothing, before it is parsed.

Scraped text is often all lower case ("police arrested two men in osh"), and headlines come in Title
Case or ALL CAPS ("Russian Troops Shell Ukrainian Village"). The tagger and the actor dictionary read
capitals as names, so such text loses its countries and its verbs. `recase` rewrites it in sentence
case: known names (countries, demonyms, capitals, people, organisations of the actor dictionary) take
their dictionary spelling, ordinary English words (the parser's own word list) go lower case, and other
capitalised words are kept as names. Only letter case changes, so every character offset stays valid.
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
                               "vs", "via", "per", "from", "with", "into", "over", "off", "up", "out"})
MAX_TITLE_WORDS = 30  # a Title Case line is a headline, not a paragraph


def _no_places(word: str) -> int:
    return 0


@dataclass(frozen=True, slots=True)
class CaseVocabulary:
    """Names to restore (lower-case phrase -> its spelling), ordinary words (lower case), and names that
    are also ordinary words ("Bush", "May"): kept as written, never restored in lower-case text."""

    names: Mapping[str, str]
    common_words: frozenset[str]
    ambiguous: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    place_population: Callable[[str], int] = _no_places  # largest population of a gazetteer place so named


# a place name that is also an English word keeps its capital in a headline only for a sizeable place
# ("In Almaty"; "Police" is a village in Poland), and gets one in lower-case text only for a city of
# millions ("lahore"; not "reading"); a place name that is no English word needs a small town
HEADLINE_PLACE_POPULATION = 100_000
LOWER_COMMON_PLACE_POPULATION = 1_000_000
LOWER_PLACE_POPULATION = 15_000


PLACE_KINDS = frozenset({"country", "demonym", "capital", "seat", "block"})  # "turkey" in political news is Turkey


def build_vocabulary(phrases: Mapping[str, Sequence[Any]], common_words: frozenset[str],
                     function_words: frozenset[str], place_population: Callable[[str], int] = _no_places) -> CaseVocabulary:
    """From the actor dictionary's case-sensitive phrases (phrase -> terms with a `kind`) and the
    parser's word lists. A one-word name that is a function word ("US", "WHO") is never restored; one
    that is an ordinary word is restored only when it names a place or a nation ("turkey" -> "Turkey")."""
    names: dict[str, str] = {}
    ambiguous: set[str] = set()
    for phrase, terms in phrases.items():
        low = phrase.lower()
        if low == phrase or any(t.kind == "office" for t in terms):
            continue
        if " " not in low and (low in function_words or (
                low in common_words and not any(t.kind in PLACE_KINDS for t in terms))):
            ambiguous.add(low)
            continue
        names.setdefault(low, phrase)
    return CaseVocabulary(names=names, common_words=common_words | function_words, ambiguous=frozenset(ambiguous),
                          function_words=function_words, place_population=place_population)


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


def _recase_line(line: str, kind: str, vocabulary: CaseVocabulary) -> str:
    matches = list(_WORD.finditer(line))
    chars = list(line)
    i = 0
    sentence_start = True
    last_end = 0
    while i < len(matches):
        if i and re.search(r"[.!?:]\s*$|[\"“]\s*$", line[last_end:matches[i].start()]):
            sentence_start = True
        name_len, spelling = _name_at(matches, i, line, vocabulary)
        if name_len:
            start, end = matches[i].start(), matches[i + name_len - 1].end()
            chars[start:end] = spelling
            i += name_len
        else:
            word = matches[i].group()
            chars[matches[i].start():matches[i].end()] = _word_case(word, kind, vocabulary, sentence_start)
            i += 1
        last_end = matches[i - 1].end()
        sentence_start = False
    return "".join(chars)


def _name_at(matches: list[re.Match[str]], i: int, line: str, vocabulary: CaseVocabulary) -> tuple[int, str]:
    """The longest dictionary name starting at word i: (words used, its spelling), or (0, "")."""
    for n in range(min(MAX_PHRASE_WORDS, len(matches) - i), 0, -1):
        start, end = matches[i].start(), matches[i + n - 1].end()
        phrase = line[start:end]
        spelling = vocabulary.names.get(" ".join(phrase.lower().split()))
        if spelling is not None and len(spelling) == len(phrase):
            # keep the line's own spacing and punctuation; take only the letters' case
            return n, "".join(s if p.isalpha() else p for p, s in zip(phrase, spelling))
    return 0, ""


# calendar names written with a capital ("may" and "march" are left alone: they are also words)
CALENDAR_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                            "february", "april", "june", "july", "august", "september", "october", "november",
                            "december"})


def _word_case(word: str, kind: str, vocabulary: CaseVocabulary, sentence_start: bool) -> str:
    low = word.lower()
    if low == "i":
        return "I"
    if low in CALENDAR_NAMES:
        return low.capitalize()
    common = low in vocabulary.common_words or _inflected_common(low, vocabulary)
    if low in vocabulary.ambiguous and kind != "lower":
        cased = word if kind == "title" else low.capitalize()
    elif kind == "lower":
        population = vocabulary.place_population(low) if low not in vocabulary.function_words else 0
        place = population >= (LOWER_COMMON_PLACE_POPULATION if common else LOWER_PLACE_POPULATION)
        cased = low.capitalize() if place else low
    elif common and not (low not in vocabulary.function_words
                         and vocabulary.place_population(low) >= HEADLINE_PLACE_POPULATION):
        cased = low
    elif kind == "upper":
        cased = low.capitalize()  # an unknown word in capitals is most likely a name
    else:
        cased = word  # Title Case: an unknown capitalised word stays a name
    return cased[:1].upper() + cased[1:] if sentence_start else cased


_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ied", "y"))


def _inflected_common(low: str, vocabulary: CaseVocabulary) -> bool:
    return any(low.endswith(end) and len(low) - len(end) >= 3 and low[: -len(end)] + repl in vocabulary.common_words
               for end, repl in _ENDINGS)
