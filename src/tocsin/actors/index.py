"""Phrase index: exact (case-sensitive) and folded (lower-case) phrase -> terms, with word prefixes
so that scanning a span of tokens stops as soon as no phrase can continue."""

from __future__ import annotations

from typing import Iterable

from tocsin.actors.model import Term

MAX_TOKENS = 10


class PhraseIndex:
    def __init__(self) -> None:
        self.exact: dict[str, tuple[Term, ...]] = {}
        self.folded: dict[str, tuple[Term, ...]] = {}
        self.prefixes: set[str] = set()  # word prefixes of exact phrases
        self.folded_prefixes: set[str] = set()

    def add_all(self, exact: Iterable[tuple[str, Term]], folded: Iterable[tuple[str, Term]]) -> None:
        for phrase, term in exact:
            self._add(self.exact, self.prefixes, phrase, term)
        for phrase, term in folded:
            self._add(self.folded, self.folded_prefixes, phrase.lower(), term)

    @staticmethod
    def _add(table: dict[str, tuple[Term, ...]], prefixes: set[str], phrase: str, term: Term) -> None:
        phrase = " ".join(phrase.split())
        old = table.get(phrase, ())
        if term not in old:
            table[phrase] = old + (term,)
        words = phrase.split(" ")
        for k in range(1, len(words)):
            prefixes.add(" ".join(words[:k]))

    def __len__(self) -> int:
        return len(self.exact) + len(self.folded)
