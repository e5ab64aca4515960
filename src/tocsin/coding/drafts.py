"""The draft of an event the story analysis passes between its stages (`Draft`: the trigger, its sentence, the act
it would code, its roles, date and verdict so far), the trigger rules of analysis.py's own clause-level acts that the
stages test a draft for (`LABEL_RULE`, `THREAT_CLAUSE_RULE`, ...), and the few small helpers every stage uses: a list
of entities' codes, a trigger's own clause, the token at a character offset. Kept apart so that the stage modules
(event_dates, background, roles, merging, vetoes) and analysis.py can all import it without importing one another."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, AbstractSet, Iterator, Sequence

from tocsin import nlp

from tocsin.coding.dates import DateResolution
from tocsin.coding.lexicon import TriggerRule
from tocsin.coding.syntax import Modality, per_token
from tocsin.coding.triggers import TriggerHit
from tocsin.coding.word_lists import type_set
from tocsin.types import Entity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


@dataclass
class Draft:
    hit: TriggerHit
    sent_index: int
    sent: "Span"
    event: str
    mode: str
    modality: Modality
    actors: list[Entity]
    recipients: list[Entity]
    actor_reason: str
    recipient_reason: str
    verdict: str = "coded"
    converted: str = ""
    governed_by: int | None = None
    date: DateResolution | None = None
    confidence: float = 0.0
    contexts: tuple[str, ...] = ()
    default_recipient: bool = False
    raw_confidence: float = 0.0
    both_parties: bool = False  # the default recipient is both states of a two-state story (a third party acts)
    party_guess: bool = False  # the default recipient is a state of the story other than the actor's (see roles.news_parties_only)
    swap_of: int | None = None  # the trigger token of the release this one answers in a swap
    inferred: set[tuple[str, int | None, int | None]] = field(default_factory=set)  # see StoryAnalysis.inferred_countries


CONDEMN_RULE = TriggerRule(id="ACCUSE/condemning_clause", lemmas=frozenset({"say"}), event="ACCUSE", mode="disapprove",
                           source="analysis", reliability=0.6, governs=True)
LABEL_RULE = TriggerRule(id="ACCUSE/membership_charged", lemmas=frozenset({"say"}), event="ACCUSE", mode="allege",
                         source="analysis", reliability=0.58, governs=True)


BLAME_RULE = TriggerRule(id="ACCUSE/blame_clause", lemmas=frozenset({"say"}), event="ACCUSE", mode="allege",
                         source="analysis", reliability=0.6, governs=True)  # "said Russia was behind the damage"


SPY_MASTER_RULE = TriggerRule(id="ACCUSE/spying_for_clause", lemmas=frozenset({"say"}), event="ACCUSE", mode="allege",
                              source="analysis", reliability=0.6, governs=True)


THREAT_CLAUSE_RULE = TriggerRule(id="THREATEN/threat_clause", lemmas=frozenset({"say"}), event="THREATEN",
                                 source="analysis", reliability=0.62, governs=True)
THREAT_JOINED_RULE = dataclasses.replace(THREAT_CLAUSE_RULE, governs=False)  # a second reported clause


DISQUIET_RULE = TriggerRule(id="ACCUSE/disquiet_clause", lemmas=frozenset({"concerned"}), event="ACCUSE", mode="disapprove",
                            source="analysis", reliability=0.58)


FOILED_PLOT_RULE = TriggerRule(id="ACCUSE/foiled_plot_attributed", lemmas=frozenset({"foil"}), event="ACCUSE", mode="allege",
                               source="analysis", reliability=0.62, governs=True)


ALLEGED_ABUSE_RULE = TriggerRule(id="ACCUSE/alleged_abuse", lemmas=frozenset({"say"}), event="ACCUSE", mode="allege",
                                 source="analysis", reliability=0.6, governs=True)
VERBAL_TYPES = type_set("verbal")


QUOTE_MARKS = {'"', "“", "”", "''", "``"}


def entity_codes(ents: Sequence[Entity]) -> tuple[str, ...]:
    return tuple(sorted({e.code for e in ents if e.code}))


NESTED = {"relcl", "acl", "advcl", "ccomp", "parataxis"}


def tokens_with_lemma(span: "Span", words: AbstractSet[str]) -> Iterator["Token"]:
    """The span's tokens whose lower-cased lemma is one of `words`, in order: the same tokens as
    `(t for t in span if t.lemma_.lower() in words)`, read from the Doc's token table so that a scan for a few words
    builds no Token object for the others."""
    return _tokens_listed(span, words, nlp.token_table(span.doc).lemma)


def tokens_with_word(span: "Span", words: AbstractSet[str]) -> Iterator["Token"]:
    """The span's tokens whose lower-cased lemma or lower-cased text is one of `words`, in order (as
    `tokens_with_lemma`)."""
    table = nlp.token_table(span.doc)
    if not has_word(span, words):
        return iter(())
    return (span.doc[i] for i in range(span.start, span.end) if table.lemma[i] in words or table.lower[i] in words)


def _tokens_listed(span: "Span", words: AbstractSet[str], column: list[str]) -> Iterator["Token"]:
    """The span's tokens whose entry in `column` (a list of the token table) is one of `words`."""
    if words.isdisjoint(column[span.start:span.end]):
        return iter(())
    return (span.doc[i] for i in range(span.start, span.end) if column[i] in words)


def has_lemma(span: "Span", words: AbstractSet[str]) -> bool:
    """Whether a lower-cased lemma of the span is one of `words` (`any(t.lemma_.lower() in words for t in span)`, from
    the Doc's token table)."""
    return not words.isdisjoint(nlp.token_table(span.doc).lemma[span.start:span.end])


def has_lower(span: "Span", words: AbstractSet[str]) -> bool:
    """Whether a lower-cased text of the span is one of `words` (`any(t.lower_ in words for t in span)`, from the Doc's
    token table)."""
    return not words.isdisjoint(nlp.token_table(span.doc).lower[span.start:span.end])


def has_word(span: "Span", words: AbstractSet[str]) -> bool:
    """Whether a lower-cased lemma or lower-cased text of the span is one of `words` (as `has_lemma`)."""
    return has_lemma(span, words) or has_lower(span, words)


def token_at(sent: "Span", char: int) -> "Token | None":
    """The token at (or first after) a character offset of the document."""
    table = nlp.token_table(sent.doc)
    return next((sent.doc[i] for i in range(sent.start, sent.end)
                 if table.idx[i] <= char < table.idx[i] + len(table.text[i]) or table.idx[i] >= char), None)


def clause_tokens(head: "Token") -> list["Token"]:
    """The trigger's own clause: its subtree without nested clauses, in order (a new list each call)."""
    doc = head.doc
    return [doc[i] for i in clause_indices(head)]


@per_token
def clause_indices(head: "Token") -> tuple[int, ...]:
    """The places of the trigger's own clause (`clause_tokens`), in order: worked out once per token and kept in the
    Doc as plain indices, so that a test of the clause's words can read the token table instead of making Tokens."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in NESTED]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(c for c in cur.children if c.dep_ not in NESTED)
    return tuple(sorted(t.i for t in out))


def clause_dated(head: "Token") -> bool:
    """Whether a word of the trigger's own clause is part of a date or time (`ent_type_` DATE or TIME)."""
    ents = nlp.token_table(head.doc).ent
    return any(ents[i] in ("DATE", "TIME") for i in clause_indices(head))
