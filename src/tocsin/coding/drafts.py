"""The draft of an event the story analysis passes between its stages (`Draft`: the trigger, its sentence, the act
it would code, its roles, date and verdict so far), the trigger rules of analysis.py's own clause-level acts that the
stages test a draft for (`LABEL_RULE`, `THREAT_CLAUSE_RULE`, ...), and the few small helpers every stage uses: a list
of entities' codes, a trigger's own clause, the token at a character offset. Kept apart so that the stage modules
(event_dates, background, roles, merging, vetoes) and analysis.py can all import it without importing one another."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from tocsin.coding.dates import DateResolution
from tocsin.coding.lexicon import TriggerRule
from tocsin.coding.syntax import Modality, tokens_per_token
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


def token_at(sent: "Span", char: int) -> "Token | None":
    """The token at (or first after) a character offset of the document."""
    return next((t for t in sent if t.idx <= char < t.idx + len(t.text) or t.idx >= char), None)


@tokens_per_token
def clause_tokens(head: "Token") -> list["Token"]:
    """The trigger's own clause: its subtree without nested clauses."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in NESTED]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(c for c in cur.children if c.dep_ not in NESTED)
    return sorted(out, key=lambda t: t.i)
