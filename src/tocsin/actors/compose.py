"""find(): scan a spaCy Doc for dictionary phrases (atoms), then compose adjacent atoms into
actor mentions: [country|demonym|capital] ['s] [prefix] [organisation] [sector noun|office] [name].
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from tocsin.actors.index import MAX_TOKENS
from tocsin.actors.memory import StoryActors
from tocsin.actors.model import ActorMention, Term
from tocsin.nlp import doc_text, token_table
from tocsin.types import Entity

if TYPE_CHECKING:  # pragma: no cover
    from tocsin.actors.dictionary import ActorDictionary

MODIFIER_KINDS = frozenset({"country", "demonym", "capital", "seat"})
HEAD_KINDS = frozenset({"sector", "office", "org", "igo"})
UPPER_RETRY_KINDS = frozenset({"country", "demonym", "capital", "seat"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
OFFICE_PREFIXES = {"deputy": "Deputy", "first": "First", "vice": "Vice", "acting": "Acting", "interim": "Acting",
                   "former": "", "ex": "", "ex-": "", "then": "", "outgoing": "", "incoming": ""}
FORMER = frozenset({"former", "ex", "ex-"})
GAP_WORDS = frozenset({"local", "senior", "top", "regional", "national", "federal", "new", "state", "armed",
                       "chief", "main", "special", "official", "the"})
PRONOUNS = frozenset({"he", "she", "him"})
SUBJECT_PRONOUNS = frozenset({"he", "she"})
NAME_MAX = 4


@dataclass(slots=True)
class _Atom:
    start: int  # token index
    end: int  # token index, exclusive
    term: Term
    alternatives: tuple[Term, ...]


class _Tokens:
    """Plain lists of the token features the scanner needs (one pass over the Doc)."""

    __slots__ = ("text", "words", "idx", "ends", "ws", "pos", "tag", "ent", "iob", "n", "sent_start", "main_subject")

    def __init__(self, doc: Any) -> None:
        table = token_table(doc)  # (the Doc's lists, shared: read only)
        self.text: str = doc_text(doc)
        self.words: list[str] = table.text
        self.idx: list[int] = table.idx
        self.ends: list[int] = [i + len(word) for i, word in zip(table.idx, table.text)]
        self.ws: list[bool] = table.ws
        self.pos: list[str] = table.pos
        self.tag: list[str] = table.tag
        self.ent: list[str] = table.ent
        self.iob: list[str] = table.iob
        self.sent_start: list[bool] = table.sent_start
        self.main_subject: list[bool] = table.main_subject  # the subject of its sentence's main verb
        self.n = len(self.words)


IGO_ANAPHORS = {"bloc", "alliance", "union", "organisation", "organization", "grouping"}
KIND_PRIORITY = {"block": 0, "person": 1, "country": 2, "demonym": 2, "capital": 2, "seat": 2, "igo": 3, "org": 3,
                 "office": 4, "sector": 5}


def _pick(terms: tuple[Term, ...], on: dt.date | None) -> Term:
    """Among terms of one phrase: by kind (office before sector noun), then a person in office on the date."""
    if len(terms) == 1:
        return terms[0]
    ranked = sorted(terms, key=lambda t: KIND_PRIORITY.get(t.kind, 9))
    if on is not None and ranked[0].kind == "person":
        for term in ranked:
            if term.person is not None:
                role, former = term.person.role_on(on)
                if role is not None and role.office and not former:
                    return term
    return ranked[0]


def scan(dictionary: "ActorDictionary", toks: _Tokens, on: dt.date | None) -> dict[int, _Atom]:
    """Longest, non-overlapping dictionary phrases, keyed by start token."""
    index = dictionary.index
    exact, folded = index.exact, index.folded
    prefixes, folded_prefixes = index.prefixes, index.folded_prefixes
    text, words, idx, ends, ws = toks.text, toks.words, toks.idx, toks.ends, toks.ws
    atoms: dict[int, _Atom] = {}
    n = toks.n
    i = 0
    while i < n:
        first = words[i][0]
        if not (first.isalnum() or first in "'’"):
            i += 1
            continue
        best_end = -1
        best: tuple[Term, ...] = ()
        start = idx[i]
        for j in range(i, min(n, i + MAX_TOKENS)):
            span = text[start:ends[j]]
            if j > i and ("\n" in span or "  " in span or "\t" in span):
                span = " ".join(span.split())
            terms = exact.get(span)
            if terms is None and len(span) > 3 and span.isupper():
                retry = exact.get(span.title())
                if retry:
                    terms = tuple(t for t in retry if t.kind in UPPER_RETRY_KINDS) or None
            lower = span.lower()
            fterms = folded.get(lower)
            if terms or fterms:
                best_end, best = j + 1, (terms or ()) + (fterms or ())
            if ws[j] and span not in prefixes and lower not in folded_prefixes and not (
                    span.isupper() and span.title() in prefixes):  # "NEW DELHI" in a dateline
                break
        if best_end < 0:
            i += 1
            continue
        term = _pick(best, on)
        if term.kind in ("country", "capital") and _inside_person_name(toks, i, best_end):
            i += 1
            continue
        if term.kind == "person" and (_someone_else(toks, i, best_end, atoms, exact) or _inside_place_name(toks, i)):
            i += 1
            continue
        if term.kind in AFFILIATION_KINDS and _affiliation_prefix(toks, i):
            i = best_end  # "pro-Russian bloc", "anti-Western cleric": a stance, not a nationality
            continue
        atoms[i] = _Atom(i, best_end, term, best)
        i = best_end
    return atoms


AFFILIATION_KINDS = {"country", "demonym", "capital", "seat"}
AFFILIATION_PREFIXES = {"pro", "anti"}


def _affiliation_prefix(toks: _Tokens, start: int) -> bool:
    """"pro-Russian", "anti-Moscow": the country word follows "pro-"/"anti-" with no space."""
    if start >= 2 and toks.words[start - 1] in ("-", "–") and not toks.ws[start - 1] and not toks.ws[start - 2]:
        return toks.words[start - 2].lower() in AFFILIATION_PREFIXES
    if start >= 1 and not toks.ws[start - 1]:  # one token "pro-" before the country word
        return toks.words[start - 1].lower() in ("pro-", "anti-")
    return False


def _inside_place_name(toks: _Tokens, start: int) -> bool:
    """A surname that ends a hyphenated place name joined by a small word ("Mazar-i-Sharif" is no Shehbaz Sharif; but
    "Putin-Erdogan talks" are two people's)."""
    return start >= 2 and toks.words[start - 1] in ("-", "–") and not toks.ws[start - 1] and not toks.ws[start - 2] \
        and toks.words[start - 2].islower()


def _someone_else(toks: _Tokens, start: int, end: int, atoms: dict[int, _Atom], exact: Any) -> bool:
    """A known person's name inside a longer PERSON name is someone else's: "Xiomara Castro" is not Fidel
    Castro, "Sher Mohammad Abbas Stanikzai" not Mahmoud Abbas. Two known names side by side ("Putin
    Erdogan talks", "Putin-Erdogan talks") are two people."""
    if toks.ent[start] != "PERSON":
        return False
    if toks.iob[start] == "I" and toks.words[start - 1][:1].isalpha() and not any(
            a.end == start and a.term.kind in ("person", "office") for a in atoms.values()):
        # (a title the tagger took into the name is no other person: "Spokeswoman Maria Zakharova")
        return True
    if end < toks.n and toks.ent[end] == "PERSON" and toks.iob[end] == "I" and toks.words[end][:1].isalpha():
        return not any(t.kind == "person" for t in exact.get(toks.words[end], ()))
    return False


def _inside_person_name(toks: _Tokens, start: int, end: int) -> bool:
    """"Georgia Smith", "Michael Jordan": a country word inside a longer PERSON entity."""
    if toks.ent[start] != "PERSON":
        return False
    if toks.iob[start] == "I":
        return True
    return end < toks.n and toks.ent[end] == "PERSON" and toks.iob[end] == "I"


class _Composer:
    def __init__(self, dictionary: "ActorDictionary", doc: Any, on: dt.date | None, memory: StoryActors | None):
        self.d = dictionary
        self.doc = doc
        self.t = _Tokens(doc)
        self.on = on
        self.memory = memory
        self.atoms = scan(dictionary, self.t, on)
        self.out: list[ActorMention] = []
        # a person name just seen that no mention carries, for "Name, the Tajik interior minister,"
        self.loose_name: tuple[int, int] | None = None
        self.fronted: str = ""  # the country of a fronted "In neighbouring Belarus," for the rest of its sentence
        # for "he": the person who was the main subject of the previous sentence, and whether this one named anyone yet
        self.subject_before: Entity | None = None
        self.subject_here: Entity | None = None
        self.person_here = False

    # -- helpers ---------------------------------------------------------------------------
    def _span_text(self, a: int, b: int) -> str:
        return self.t.text[self.t.idx[a]:self.t.ends[b - 1]]

    def _person_entity(self, term: Term) -> Entity:
        person = term.person
        assert person is not None
        role, former = person.role_on(self.on)
        if role is None:
            return Entity(code="", identifier_text=person.name)
        if former:  # a person who left office is an elite (ELI); an imported actor's dated code has lapsed
            sector = "ELI" if person.kind == "person" else ""
        else:
            sector = role.sector
        return Entity(code=role.code, sector=sector, identifier_text=person.name, office=role.office)

    def _name_after(self, p: int) -> int:
        """End of an unknown capitalised name starting at token p (p if none)."""
        t = self.t
        q = p
        while q < t.n and q - p < NAME_MAX and q not in self.atoms \
                and (t.pos[q] == "PROPN" or (q > p and t.ent[q] == "PERSON" and t.iob[q] == "I")) \
                and t.words[q][:1].isupper():  # (a surname the tagger took for a noun: "Dmytro Lubinets")
            q += 1
            # hyphenated names: "Kassym-Jomart"
            if q + 1 < t.n and t.words[q] == "-" and not t.ws[q - 1] and not t.ws[q] and t.words[q + 1][:1].isupper():
                q += 1
        return q if q == p or t.words[q - 1] != "-" else q - 1

    def _emit(self, a: int, b: int, entity: Entity, kind: str) -> ActorMention:
        t = self.t
        start, end = t.idx[a], t.ends[b - 1]
        text = t.text[start:end]
        mention = ActorMention(start, end, text, replace(entity, entity_text=text, start=start, end=end), kind)
        self.out.append(mention)
        if kind == "person" and entity.identifier_text:
            self.person_here = True
            if any(t.main_subject[a:b]):
                self.subject_here = entity
        if self.memory is not None:
            self.memory.note(mention)
        return mention

    # -- main loop -------------------------------------------------------------------------
    def run(self) -> list[ActorMention]:
        t = self.t
        i = 0
        while i < t.n:
            if t.sent_start[i]:
                if not (self.fronted and i > 0 and t.words[i - 1] == ":"):
                    self.fronted = ""  # (a country label the parser split off, "AZERBAIJAN:", holds for its item)
                self.subject_before, self.subject_here, self.person_here = self.subject_here, None, False
            elif "\n" in t.words[i]:
                self.fronted = ""  # (nor past its paragraph)
            atom = self.atoms.get(i)
            if atom is not None and atom.term.kind in ("country", "capital") and self._fronted_place(i, atom):
                self.fronted = atom.term.code
            if t.words[i].lower() in IGO_ANAPHORS and (atom is None or (atom.term.kind == "sector" and atom.end == i + 1)) \
                    and self._igo_anaphor(i):
                i += 1
                continue
            if i in self.atoms:
                if self.atoms[i].term.kind == "block":
                    i = self.atoms[i].end
                    continue
                i = self._group(i)
                continue
            lower = t.words[i].lower()
            if lower in OFFICE_PREFIXES and self._prefix_starts_group(i):
                i = self._group(i)
                continue
            if lower in PRONOUNS and t.pos[i] == "PRON":
                self._pronoun(i)
                i += 1
                continue
            if t.pos[i] == "PROPN" or t.ent[i] == "PERSON":
                i = self._loose_name(i)
                continue
            if self._taught_surname(i):
                i += 1
                continue
            i += 1
        return self.out

    def _prefix_starts_group(self, i: int) -> bool:
        """"former president", "first deputy prime minister": prefixes in front of a title."""
        t, q = self.t, i
        while q < t.n and q not in self.atoms and t.words[q].lower() in OFFICE_PREFIXES:
            q += 1
        return q in self.atoms and self.atoms[q].term.kind in ("office", "sector")

    def _igo_anaphor(self, i: int) -> bool:
        """"the bloc", "the alliance": a definite description of the organisation named before."""
        t, memory = self.t, self.memory
        if memory is None or memory.last_igo is None or i == 0 or t.words[i - 1].lower() != "the":
            return False
        if i + 1 < t.n and t.pos[i + 1] in ("NOUN", "PROPN"):  # "the union leader" names someone else
            return False
        self._emit(i - 1, i + 1, memory.last_igo, "pronoun")
        return True

    def _pronoun(self, i: int) -> None:
        """"Pashinyan met Putin in Moscow. Later, he accused Baku ...": "he" or "she" before anyone else is named in
        its sentence is the main subject of the sentence before, else (and "him") the last person named."""
        if self.memory is None:
            return
        person = self.memory.last_person
        if not self.person_here and self.subject_before is not None and person is not None \
                and self.t.words[i].lower() in SUBJECT_PRONOUNS:
            person = self.subject_before
        elif (first := self._first_clause_subject(i)) is not None:
            person = first
        elif (met := self._first_clause_object(i)) is not None:
            person = met
        if person is not None:
            self._emit(i, i + 1, person, "pronoun")

    def _first_clause_subject(self, i: int) -> Entity | None:
        """"he"/"she" as the subject of a second clause coordinated with the sentence's main verb ("Mirziyoyev telephoned
        Rahmon on Sunday to express condolences, and he offered to send rescuers"): the person or official who is the
        main verb's subject, not the last person named."""
        tok = self.doc[i]
        if self.t.words[i].lower() not in SUBJECT_PRONOUNS or tok.dep_ != "nsubj" or tok.head.dep_ != "conj" \
                or tok.head.head.dep_ != "ROOT" or tok.head.head.i > i:
            return None
        subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        # (a name the parser hung on the dateline: "TASHKENT, February 18 (UzA) – Uzbek President Shavkat Mirziyoyev")
        for cand in [subj] + [c for c in subj.children if c.dep_ == "appos"]:
            start = self.t.idx[cand.i]
            found = next((m.entity for m in reversed(self.out) if m.start <= start < m.end
                          and m.kind not in ("country", "capital", "pronoun")), None)  # (also "The Kazakh deputy minister")
            if found is not None:
                return found
        return None

    def _first_clause_object(self, i: int) -> Entity | None:
        """"him" as the indirect object of a verb coordinated with one whose object is an official ("summoned India's charge
        d'affaires and handed him a note"): that official, not the last person named before the sentence."""
        tok = self.doc[i]
        if self.t.words[i].lower() != "him" or tok.dep_ != "dative" or tok.head.dep_ != "conj" \
                or tok.head.head.i > i:
            return None
        first_object = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
        if first_object is None:
            return None
        start, end = self.t.idx[first_object.left_edge.i], self.t.idx[first_object.i]  # (up to its head: not "in Baku")
        return next((m.entity for m in reversed(self.out) if start <= m.start <= end and m.kind != "pronoun"), None)

    def _dateline_country(self) -> str:
        """The country of a story's dateline city ("RIGA, Jan 20 (LETA) –"): where an official no country names
        mostly works (not the fronted scene of one sentence, which wins when there is one)."""
        if self.fronted:
            return self.fronted
        atom = self.atoms.get(0)
        if atom is None or atom.term.kind not in ("capital", "country") or not self.t.words[0].isupper():
            return ""
        return atom.term.code if any(w in ("–", "—", "-", "--") for w in self.t.words[:16]) else ""

    def _country(self) -> str | None:
        """The country an agency or titled person no country names belongs to: that of a fronted "In Belarus," of the
        sentence, else the story's."""
        if self.fronted:
            return self.fronted
        return self.memory.country() if self.memory is not None else None

    def _fronted_place(self, i: int, atom: _Atom) -> bool:
        """"MOSCOW – In neighbouring Belarus, the Defence Ministry launched ...", "In Tashkent, the Agency for External
        Labour Migration said ...": a place the sentence opens with sets the scene of its actors."""
        t = self.t
        if t.words[i].isupper() and atom.end < t.n and t.words[atom.end] == ":" \
                and i > 0 and "\n" in t.words[i - 1]:
            return True  # "AZERBAIJAN: Foreign Ministry summons French ambassador — ...": a round-up item's country label
        j = i - 1
        while j >= 0 and j > i - 3 and t.words[j][:1].islower() and t.words[j].lower() != "in":
            j -= 1  # "neighbouring", "northern"
        if j < 0 or t.words[j].lower() != "in" or atom.end >= t.n or t.words[atom.end] != ",":
            return False
        return t.sent_start[j] or (j > 0 and t.words[j - 1] in ("–", "—", "-", "--"))

    def _owner_before(self, i: int) -> bool:
        """Whether a possessive country stands a few words before a title ("Norway's peace envoy Erik Solheim"): the
        phrase names its country there."""
        t = self.t
        for j in range(i - 1, max(-1, i - 4), -1):
            if t.words[j] in POSSESSIVE:
                return any(a.end == j and a.term.kind in MODIFIER_KINDS for a in self.atoms.values())
        return False

    def _taught_surname(self, i: int) -> bool:
        """A surname taught earlier that the tagger took for a common noun at the start of a sentence ("Ruginiene
        accused the Belarusian authorities ..." after "Prime Minister Inga Ruginiene"): that person."""
        word = self.t.words[i]
        known = self.memory.people.get(word) if self.memory is not None and word[:1].isupper() and len(word) > 2 else None
        if known is None:
            return False
        self._emit(i, i + 1, known, "person")
        return True

    def _loose_name(self, i: int) -> int:
        """A capitalised name not in the dictionary: a taught person, or remembered for apposition."""
        t = self.t
        if t.ent[i] == "PERSON":
            j = i + 1
            while j < t.n and t.ent[j] == "PERSON" and t.iob[j] == "I" and j not in self.atoms:
                j += 1
        else:
            j = self._name_after(i)
            if j == i:
                return i + 1
        name = self._span_text(i, j)
        body = self.memory.organisations.get(name) if self.memory is not None else None
        if body is not None:  # "an LRT journalist" after "Lithuania's national broadcaster LRT"
            self._emit(i, j, body, "org")
            return j
        known = self.memory.lookup(name) if self.memory is not None else None
        if known is not None:
            self._emit(i, j, known, "person")
            self.loose_name = None
            return j
        if t.ent[i] == "PERSON" and j - i >= 2 and (side := self._represented(j)):
            # "Vladimir Medinsky for Russia": a person acting for a country (later "Medinsky" alone)
            entity = Entity(code=side, sector="GOV", identifier_text=name)
            mention = self._emit(i, j, entity, "person")
            if self.memory is not None:
                self.memory.learn(name, mention.entity)
            return j
        if t.ent[i] == "PERSON" or (j - i >= 2 and i > 0 and t.pos[i - 1] == "NOUN" and t.words[i - 1].islower()):
            # ("Human rights commissioner Dmytro Lubinets said ... he accused Russia": a full name after a title the
            # dictionary does not know is a person too)
            self.loose_name = (i, j)
            if self.memory is not None:
                self.memory.last_person = None  # "he" would now mean this unknown person
        return j

    def _group(self, i: int) -> int:
        """Read a chain of atoms starting at token i and emit the mention(s) it makes."""
        t, atoms = self.t, self.atoms
        mods: list[_Atom] = []
        heads: list[_Atom] = []
        person: _Atom | None = None
        prefixes: list[str] = []
        p = i
        # modifiers, with coordination: "Kyrgyz and Tajik border guards"
        while p in atoms and atoms[p].term.kind in MODIFIER_KINDS:
            mods.append(atoms[p])
            p = atoms[p].end
            if p < t.n and t.words[p] in POSSESSIVE:
                p += 1
            if p + 1 < t.n and t.words[p].lower() in ("and", "or", ",") and p + 1 in atoms \
                    and atoms[p + 1].term.kind in ("demonym", "country"):
                p += 1
                continue
            break
        after_mods = p
        if len(mods) > 1 and not (p in atoms and atoms[p].term.kind in HEAD_KINDS):
            p = mods[0].end  # "Tadjikistan and Byelorussia": separate mentions
            if p < t.n and t.words[p] in POSSESSIVE:
                p += 1
            mods = mods[:1]
            after_mods = p
        # prefixes and gap words, then heads
        while p < t.n:
            word = t.words[p].lower()
            if word in OFFICE_PREFIXES and p not in atoms:
                prefixes.append(word)
                p += 1
                continue
            if word in GAP_WORDS and p not in atoms and (p + 1) in atoms and atoms[p + 1].term.kind in HEAD_KINDS:
                p += 1
                continue
            if p in atoms and atoms[p].term.kind in HEAD_KINDS:
                heads.append(atoms[p])
                p = atoms[p].end
                if p < t.n and t.words[p] in POSSESSIVE and p + 1 in atoms:
                    p += 1
                continue
            break
        if not heads and prefixes:
            p = after_mods  # "former" with nothing after it is not part of the mention
            prefixes = []
        # "the president of Kazakhstan": post-modifier
        if heads and not mods and p + 1 < t.n and t.words[p] == "of":
            q = p + 1 + (1 if t.words[p + 1].lower() == "the" else 0)
            if q in atoms and atoms[q].term.kind in ("country", "capital"):
                mods.append(atoms[q])
                p = atoms[q].end
            elif q in atoms and all(h.term.kind == "sector" and h.term.staff for h in heads) \
                    and atoms[q].term.kind in HEAD_KINDS and atoms[q].term.sector and not atoms[q].term.staff:
                # "employees of the Interior Ministry (of Kyrgyzstan)": the staff of that body
                heads.insert(0, atoms[q])
                p = atoms[q].end
                if p + 1 < t.n and t.words[p] == "of" and p + 1 in atoms and atoms[p + 1].term.kind in ("country", "capital"):
                    mods.append(atoms[p + 1])
                    p = atoms[p + 1].end
        # name: known person or unknown capitalised words after a title
        has_office = any(h.term.kind == "office" for h in heads)
        if p in atoms and atoms[p].term.kind == "person" and (heads or mods):
            person = atoms[p]
            p = person.end
        elif i in atoms and atoms[i].term.kind == "person":
            person = atoms[i]
            p = person.end
        name_span: tuple[int, int] | None = None
        if person is None and has_office:
            q = self._name_after(p)
            if q > p and (t.ent[p] == "PERSON" or q - p >= 2 or t.pos[p] == "PROPN"):
                name_span = (p, q)
                p = q
        end = p
        if end == i:  # e.g. a needs-modifier noun alone
            return atoms[i].end if i in atoms else i + 1
        # reverse apposition: "the Tajik interior minister, Ramazon Rahimzoda,"
        if has_office and person is None and name_span is None and end + 1 < t.n and t.words[end] == ",":
            q = end + 1
            if q in atoms and atoms[q].term.kind == "person":
                person = atoms[q]
                end = person.end
            elif t.ent[q] == "PERSON" and t.iob[q] == "B":
                r = q + 1
                while r < t.n and t.ent[r] == "PERSON" and t.iob[r] == "I":
                    r += 1
                name_span = (q, r)
                end = r
        return self._build(i, end, mods, heads, prefixes, person, name_span)

    def _build(self, i: int, end: int, mods: list[_Atom], heads: list[_Atom], prefixes: list[str],
               person: _Atom | None, name_span: tuple[int, int] | None) -> int:
        person_entity = self._person_entity(person.term) if person is not None and person.term.person else None
        if person is not None and person.start == i and not mods and not heads:
            return self._emit_person(i, end, person_entity, person.term)
        # drop heads that need a modifier when there is none
        if not mods and heads and all(h.term.needs_modifier for h in heads) and person is None:
            return heads[-1].end
        code, sector, office, identifier = "", "", "", ""
        org_seen = False
        for h in heads:
            term = h.term
            if term.kind in ("org", "igo"):
                term_code, term_sector = term.code, term.sector
                if term.person is not None:  # imported actor with dated codes
                    dated = self._person_entity(term)
                    term_code, term_sector = dated.code, dated.sector
                if not code:
                    code = term_code or self._code_from_list(term.codes, mods)
                if not sector or not org_seen:
                    sector = term_sector or sector
                identifier = identifier or term.name
                org_seen = True
            elif term.kind == "sector":
                if not (term.staff and sector):  # "FSB officers": the body's staff, of its sector
                    sector = term.sector
                org_seen = True
            elif term.kind == "office":
                if not org_seen:
                    sector = term.sector
                pre = " ".join(OFFICE_PREFIXES[w] for w in prefixes if OFFICE_PREFIXES[w])
                office = (pre + " " + term.office).strip()
        if mods:
            code = mods[0].term.code
        elif not code:
            code = _office_body(heads)
        if not heads and mods and mods[0].term.kind in ("capital", "seat"):
            sector = mods[0].term.sector
        if any(w in FORMER for w in prefixes):
            sector = "ELI"
        kind = "sector" if any(h.term.kind in ("sector", "office") for h in heads) else (
            heads[0].term.kind if heads else ("capital" if mods[0].term.kind == "seat" else mods[0].term.kind))
        name = ""
        if person_entity is not None:
            name = person_entity.identifier_text
            code = code or person_entity.code
            sector = sector or person_entity.sector
            if not office and not any(w in FORMER for w in prefixes):
                office = person_entity.office
            kind = "person"
        elif name_span is not None:
            name = self._span_text(*name_span)
            known = self.memory.lookup(name) if self.memory is not None else None
            code = code or (known.code if known else "") or self._represented(end)
            if not code and office and not mods and not any(h.term.kind in ("org", "igo") for h in heads) \
                    and not self._owner_before(i):
                # "..., Prime Minister Inga Ruginiene said": a titled person no country names is of the story's
                # country, as a bare "the president" is
                code = self._dateline_country() or self._country() or ""
            kind = "person"
        elif office and not code and not mods and not any(h.term.kind in ("org", "igo") for h in heads) \
                and not (end < self.t.n and self.t.words[end].lower() == "for") and not self._owner_follows(end):
            # bare "the president": the story's country and the holder on the date (not "a spokesperson for the
            # Office of the UN High Commissioner": whose it is follows)
            country = self._country()
            if country:
                code = country
            if country and not prefixes:
                holder = self.d.resolve_office(country, office, self.on)
                if holder is not None:
                    name = holder.identifier_text
                    kind = "person"
        identifier = name or identifier
        entity = Entity(code=code, sector=sector, identifier_text=identifier, office=office)
        introduced = self._introduced_name(i, end, mods, heads, person_entity is not None or name_span is not None or bool(office))
        if introduced is not None and self.memory is not None:
            a, b = introduced
            self.memory.learn_organisation(self._span_text(a, b), replace(entity, identifier_text=self._span_text(a, b)))
            end = max(end, b)
        if len(mods) > 1 and heads and mods[-1].start < heads[0].start:
            # "Kyrgyz and Tajik border guards": one mention per country, the last one carries the head
            for m in mods[:-1]:
                self._emit(m.start, m.end, replace(entity, code=m.term.code), kind)
            self._emit(mods[-1].start, end, replace(entity, code=mods[-1].term.code), kind)
        else:
            mention = self._emit(i, end, entity, kind)
            self._learn(mention, name_span, person)
        self._note_bloc_of_official(heads)
        return end

    def _note_bloc_of_official(self, heads: list[_Atom]) -> None:
        """An organisation named as the owner of an office or body is the one "the bloc" points back to: "The EU's
        foreign policy chief Kaja Kallas ... said the bloc was ready" (the EU, not a political bloc)."""
        igo = next((h.term for h in heads if h.term.kind == "igo" and h.term.code), None)
        if igo is not None and self.memory is not None and len(heads) > 1:
            self.memory.last_igo = Entity(code=igo.code, sector=igo.sector, identifier_text=igo.name)

    def _owner_follows(self, end: int) -> bool:
        """Whether an "of" phrase after a title names the body it serves: "deputy spokesman of the Taliban government"
        (its owner gives the country, not the story's dateline)."""
        t = self.t
        if end + 1 >= t.n or t.words[end] != "of":
            return False
        q = end + 1 if end + 1 in self.atoms else end + 1 + (1 if t.words[end + 1].lower() == "the" else 0)
        return q in self.atoms and self.atoms[q].term.kind in ("org", "igo", "sector") and bool(self.atoms[q].term.code)

    def _represented(self, end: int) -> str:
        """The country a named person acts for: "presidential aide Vladimir Medinsky for Russia and Rustem Umerov for
        Ukraine" (the delegations' heads)."""
        t = self.t
        if end + 1 < t.n and t.words[end] == "for" and (atom := self.atoms.get(end + 1)) is not None \
                and atom.term.kind in ("country", "capital") and (atom.end >= t.n or t.words[atom.end] in (",", "and", ")", ".")):
            return atom.term.code
        return ""

    def _introduced_name(self, i: int, end: int, mods: list[_Atom], heads: list[_Atom], named: bool) -> tuple[int, int] | None:
        """The name of an organisation a country's noun phrase introduces: "Lithuania's national broadcaster LRT", "LRT,
        Lithuania's public broadcaster": later, a bare "LRT" is that country's broadcaster. Only short names the
        dictionary does not know (an acronym or an organisation name), next to a country and a kind of body."""
        if named or not mods or not heads or heads[-1].term.kind != "sector" or heads[-1].term.staff \
                or mods[0].term.kind not in ("country", "demonym"):
            return None
        t = self.t
        q = self._name_after(end)
        if end < q <= end + 2 and self._organisation_name(end, q):
            return end, q
        if i >= 2 and t.words[i - 1] == ",":
            a = i - 1
            while a > 0 and i - 1 - a < 2 and (a - 1) not in self.atoms and t.pos[a - 1] == "PROPN" and t.words[a - 1][:1].isupper():
                a -= 1
            if a < i - 1 and self._organisation_name(a, i - 1) and (a == 0 or t.sent_start[a] or t.words[a - 1] in (",", "(")
                                                                     or t.pos[a - 1] in ("DET", "ADP", "CCONJ", "VERB")):
                return a, i - 1
        return None

    def _organisation_name(self, a: int, b: int) -> bool:
        """Whether tokens a..b are an organisation's name: an acronym ("LRT", "VDD") or what the tagger calls an
        organisation."""
        t = self.t
        return all((len(t.words[q]) >= 2 and t.words[q].isupper() and t.words[q].isalpha()) or t.ent[q] == "ORG"
                   for q in range(a, b))

    def _learn(self, mention: ActorMention, name_span: tuple[int, int] | None, person: _Atom | None) -> None:
        memory = self.memory
        if memory is None:
            return
        if name_span is not None:
            memory.learn(self._span_text(*name_span), mention.entity)
        elif person is not None:
            memory.learn(person.term.name, mention.entity)
        elif mention.entity.office and self.loose_name is not None:
            # apposition: "Ramazon Rahimzoda, Tajikistan's interior minister, said"
            a, b = self.loose_name
            if b + 1 < self.t.n and self.t.words[b] == "," and self.t.idx[b + 1] <= mention.start \
                    and mention.start - self.t.ends[b] <= 5:
                name = self._span_text(a, b)
                entity = replace(mention.entity, identifier_text=name)
                memory.learn(name, entity)
                self.out[-1] = replace(mention, entity=replace(entity, entity_text=mention.text,
                                                               start=mention.start, end=mention.end), kind="person")
        self.loose_name = None

    def _emit_person(self, i: int, end: int, entity: Entity | None, term: Term) -> int:
        if entity is None:
            return end
        kind = "person" if term.kind == "person" else term.kind
        if kind not in ("person", "org", "igo", "country"):
            kind = "person"
        self._emit(i, end, entity, kind)
        self.loose_name = None
        return end

    def _code_from_list(self, codes: tuple[str, ...], mods: list[_Atom]) -> str:
        if not codes:
            return ""
        if mods:
            return mods[0].term.code
        country = self._country()
        return country if country in codes else ""


def find_mentions(dictionary: "ActorDictionary", doc: Any, on: dt.date | None,
                  memory: StoryActors | None) -> list[ActorMention]:
    return _Composer(dictionary, doc, on, memory).run()


def _office_body(heads: "list[_Atom]") -> str:
    """The code of the one body an office title belongs to, when no country or organisation precedes it: "The High
    Representative welcomed ..." is the EU's (sectors.yaml `code:` of an office); "" for titles of any state."""
    return next((h.term.code for h in heads if h.term.kind == "office" and h.term.code), "")
