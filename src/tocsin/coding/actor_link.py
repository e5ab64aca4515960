"""Link actor mentions (from tocsin.actors) to the tokens of a parse, and read entities off phrases.

The actor dictionary is the ACTORS part's; this module only maps its char-offset mentions onto tokens
and merges the mentions found in one noun phrase into one PLOVER entity.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from tocsin.coding.dates import count_of
from tocsin.coding.syntax import phrase_tokens
from tocsin.coding.triggers import SPEAKER_VERBS
from tocsin.coding.word_lists import word_set
from tocsin.nlp import doc_text, token_table
from tocsin.types import Entity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", ""}
NON_STATE_CODES = {"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "ISM", ""}
STATELESS_CODES = {"NGO", "IMG", "MNC", "ISM"}
# "BISHKEK, March 6 (Bishkek Herald) – ...": the dateline names where the story was filed, not an actor
DATELINE = re.compile(r"^\s*[A-Z][A-Z .'\-/]{2,40}(?:\s*[,(][^\n–—]{0,60}?)?\s+(?:–|—|-{1,2})\s")


def dateline_end(text: str) -> int:
    """Char offset where a story's dateline ends (0 if it has none)."""
    m = DATELINE.match(text)
    return m.end() if m else 0


# "ULAANBAATAR — Several hundred people rallied ...": a round-up item's own dateline at the start of a later paragraph
SECTION_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'\-]{2,40}[ \t]+[–—][ \t]", re.M)


def section_dateline_spans(text: str) -> list[tuple[int, int]]:
    """Char spans of the datelines heading later paragraphs of a round-up (the story's own dateline excluded)."""
    first = dateline_end(text)
    return [(m.start(), m.end()) for m in SECTION_DATELINE.finditer(text) if m.start() > first]


@dataclass(frozen=True, slots=True)
class LinkedMention:
    """An actor mention with the token range it covers."""

    start: int  # char offsets
    end: int
    text: str
    entity: Entity
    kind: str
    token_start: int
    token_end: int  # exclusive


ETHNIC_MARKERS = {"ethnic", "ethnically"}


FOREIGN_MARKERS = word_set("foreign_markers")


def _ethnic(doc: "Doc", start: int) -> bool:
    """Whether the token before a demonym marks an ethnic group ("ethnic Albanians", "ethnic Uzbek residents")."""
    return any(doc[i].lower_ in ETHNIC_MARKERS for i in range(max(0, start - 2), start + 1))


def _naming_a_boundary(doc: "Doc", m: LinkedMention) -> bool:
    """A demonym on a frontier ("the road to the Uzbek border", "near the Afghan frontier"): it tells where the
    place is, not whose story it is."""
    last = doc[m.token_end - 1]
    return m.kind == "demonym" and last.dep_ in ("amod", "compound") and last.head.lemma_.lower() in BOUNDARY_NOUNS


BOUNDARY_NOUNS = word_set("boundary_nouns")


def _river_bank(doc: "Doc", end: int) -> bool:
    """Whether a mention ending at token `end` is a lower-case "bank" of a river ("the Afghan bank of the Pyanj",
    "the right bank of the Dnipro"), not a bank that lends ("the Bank of Georgia")."""
    last = doc[end - 1]
    return last.lower_ == "bank" and last.text == "bank" and end + 1 < len(doc) and doc[end].lower_ == "of" \
        and any(t.pos_ == "PROPN" or t.lower_ in ("river", "lake", "canal") for t in doc[end + 1:min(end + 5, len(doc))])


def _language_group(doc: "Doc", end: int) -> bool:
    """Whether a demonym names a language, not a state: "a Romanian-language teacher", "Russian-speaking residents"."""
    words = [t.lower_ for t in doc[end:end + 2]]
    return bool(words) and (words[0] in LANGUAGE_WORDS or (words[0] in ("-", "–") and len(words) > 1 and words[1] in LANGUAGE_WORDS))


LANGUAGE_WORDS = word_set("language_words")
SEAT_PARTICIPLES = word_set("seat_participles")
MAKER_PARTICIPLES = word_set("maker_participles")


EVERY_PARTY_QUANTIFIERS = word_set("every_party_quantifiers")


def _every_party(doc: "Doc", start: int, end: int) -> bool:
    """Whether a sector mention is a bare "parties" after "all"/"every"/"any": "urged all parties to show restraint"
    names the sides of a conflict, not political parties of a country."""
    return end - start == 1 and doc[start].lower_ in ("parties", "party") and start > 0 \
        and doc[start - 1].lower_ in EVERY_PARTY_QUANTIFIERS


def _seat_of_body(doc: "Doc", end: int) -> bool:
    """Whether a place mention ending at token `end` only tells where a body sits or who made a thing: "the Vienna-based
    Turkmen Initiative for Human Rights", "a London-headquartered bank", "60 Iranian-made Shahed drones". The place or
    maker is neither a party nor the story's country."""
    words = [t.lower_ for t in doc[end:end + 2]]
    return len(words) == 2 and words[0] in ("-", "–") and (words[1] in SEAT_PARTICIPLES or words[1] in MAKER_PARTICIPLES)
WATER_BODY_NOUNS = word_set("water_body_nouns")


def _water_body(doc: "Doc", start: int) -> bool:
    """Whether a country mention starting at token `start` names a sea or gulf: "detained a tanker in the Gulf of
    Finland", "the Sea of Japan" (water, neither a party nor the place's state)."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in WATER_BODY_NOUNS


def _outlet(m: LinkedMention) -> bool:
    """A news outlet a state funds ("Azattyk, the Kyrgyz service of Radio Free Europe/Radio Liberty", "Voice of
    America"): its owner does not make the story's country or a party of it."""
    return m.kind == "org" and m.entity.sector == "JRN"


SEAT_NICKNAME_MARKS = word_set("seat_nickname_marks")
SEAT_APPOSITION_NOUNS = word_set("seat_apposition_nouns")


def _borrowed_seat_name(doc: "Doc", start: int, end: int, code: str, mentions: Sequence[Any]) -> str | None:
    """A building name another capital borrows: "the so-called White House" (Bishkek's seat of government), "the
    White House, the seat of the Kyrgyz president", "the White House in Bishkek". The state the text gives it
    ("" when none), or None when it is the seat the dictionary means."""
    first = start - (1 if start > 0 and doc[start - 1].lower_ == "the" else 0)
    if first > 0 and (doc[first - 1].lower_ in SEAT_NICKNAME_MARKS
                      or (first > 2 and doc[first - 3].lower_ + doc[first - 2].text + doc[first - 1].lower_ == "so-called")):
        nicknamed = True
    else:
        nicknamed = False
    root = next((doc[i] for i in range(start, end) if not start <= doc[i].head.i < end), doc[end - 1])
    beside = [t for c in root.children if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "in") for t in c.subtree]
    if root.dep_ == "appos":  # "the presidential administration building, the so-called White House"
        beside += [root.head]
    if end < len(doc) and doc[end].text == ",":  # (an apposition the parser hung elsewhere)
        after = list(itertools.takewhile(lambda t: not t.is_punct and not t.is_sent_start, doc[end + 1:end + 9]))
        if any(t.lemma_.lower() in SEAT_APPOSITION_NOUNS for t in after[:3]):
            beside += after
    spans = {t.idx for t in beside}
    other = next((m.entity.code for m in mentions if m.start in spans and m.entity.code
                  and m.entity.code != code and m.entity.code not in NON_STATE_CODES), "")
    if other:
        return other
    return "" if nicknamed else None


DATELINE_WEIGHT = 2
WORLD_WIRES = word_set("world_wires")  # "(Reuters)": a world wire filing from home about anywhere
LEAD_WEIGHT = 5  # a mention in the lead sentence counts as 3.5 mentions in all (counts are doubled)


class MentionIndex:
    """Mentions of one doc, indexed by token."""

    def __init__(self, doc: "Doc", mentions: Sequence[Any], dateline_country: str = "") -> None:
        self.by_token: dict[int, LinkedMention] = {}
        self.mentions: list[LinkedMention] = []
        self.phrase_entities: dict[int, Entity | None] = {}  # token index -> `entity_of` its phrase (kept when asked)
        self.dateline_end = dateline_end(doc_text(doc))
        section_datelines = section_dateline_spans(doc_text(doc))
        dateline_codes: list[str] = []
        outlet_codes: list[str] = []
        for m in mentions:
            if any(a <= m.start and m.end <= b for a, b in section_datelines):
                continue  # a round-up item's dateline: where it was filed, no role
            if m.end <= self.dateline_end:  # counts for the story country, plays no role
                if m.entity.code and m.kind in ("country", "capital", "seat", "demonym"):  # not "(Reuters)"
                    dateline_codes.append(m.entity.code)
                elif m.entity.code and m.kind == "org" and m.text.lower() not in WORLD_WIRES:  # "(Kazinform)"
                    outlet_codes.append(m.entity.code)
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            entity = m.entity
            if m.kind == "sector" and _every_party(doc, span.start, span.end):
                continue  # "calls on all parties to refrain from attacks": the sides of a conflict, not PTY
            if m.kind in ("country", "capital", "seat", "demonym") and _seat_of_body(doc, span.end):
                continue  # "the Prague-based Association for Human Rights in Central Asia": a seat, not a party
            if m.kind == "country" and _water_body(doc, span.start):
                continue  # "in the Gulf of Finland": a sea, not Finland
            if m.kind in ("capital", "seat") and (borrowed := _borrowed_seat_name(
                    doc, span.start, span.end, entity.code, mentions)) is not None:
                entity = dataclasses.replace(entity, code=borrowed)  # "the so-called White House" in Bishkek
            if m.kind == "sector" and not entity.code and span.start > 0 and doc[span.start - 1].lower_ in FOREIGN_MARKERS \
                    and not (span.start > 1 and doc[span.start - 2].text in ("-", "–")):  # ("the pro-Western government")
                continue  # "condemned by Western governments", "foreign diplomats": of no one country, never the story's
            if m.kind == "sector" and _river_bank(doc, span.end):
                if not entity.code:
                    continue
                entity = dataclasses.replace(entity, sector="")  # "from the Afghan bank of the Pyanj": a shore, not a firm
            if m.kind in ("demonym", "sector") and (_ethnic(doc, span.start) or _language_group(doc, span.end)) \
                    and entity.code not in NON_STATE_CODES:
                # "ethnic Albanians in Serbia": a minority, people of the state they live in, not of Albania
                entity = dataclasses.replace(entity, code="", sector=entity.sector or "CVL")
            linked = LinkedMention(m.start, m.end, m.text, entity, m.kind, span.start, span.end)
            self.mentions.append(linked)
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, linked)
        if not dateline_codes and dateline_country:  # a dateline city the dictionary does not know ("ALMATY –")
            dateline_codes.append(dateline_country)
        # NGOs, armed groups and firms have no territory: they never make the story's country
        counts = Counter(m.entity.code for m in self.mentions
                         if m.entity.code and m.kind != "pronoun" and m.entity.code not in STATELESS_CODES
                         and not _naming_a_boundary(doc, m) and not _outlet(m))
        # the dateline's country counts as two mentions: "NEW DELHI - The foreign secretary summoned Pakistan's
        # envoy" is India's secretary; a story filed in Moscow about Ukraine names Ukraine more often
        placed = counts + Counter({c: DATELINE_WEIGHT for c in dateline_codes[:1] if c not in STATELESS_CODES})
        self.main_country: str = placed.most_common(1)[0][0] if placed else ""
        self.dateline_country: str = next(iter(dateline_codes), "")  # where the story was filed
        # a national agency filing at home ("AKTOBE, April 8 (Kazinform) –"): officials, police and courts the story
        # names with no country are that state's, though another state is named more often ("A Russian plane ...
        # Water Resources Minister Nurzhan Nurzhigitov asked the Russian side")
        self.home_agency_country: str = self.dateline_country if self.dateline_country \
            and self.dateline_country in outlet_codes and self.dateline_country not in STATELESS_CODES else ""
        # a story country known only from the dateline ("LONDON - Gunmen shot dead six policemen in Peshawar"): a
        # wire bureau abroad as often as home; a place the sentence names outweighs it
        self.dateline_only_country: str = self.main_country if self.main_country and not counts[self.main_country] else ""
        # the states a story is about (for "both sides", "the two countries"): most mentioned first, the
        # states of the lead sentence counting extra (the lead names the protagonists; later paragraphs
        # add reactions from third countries)
        lead_end = next((s.end for s in doc.sents if s.end_char > self.dateline_end), 0)
        self.lead_end: int = lead_end  # (token index)
        weighted = Counter({c: 2 * n for c, n in counts.items()})
        paired: set[str] = set()  # states coordinated with another state in the lead: "Kyrgyzstan and Tajikistan"
        for m in self.mentions:
            if m.entity.code and m.kind != "pronoun" and m.token_start < lead_end and not _outlet(m):
                weighted[m.entity.code] += LEAD_WEIGHT
                if self._paired_state(doc, m):
                    paired.add(m.entity.code)
        ranked = sorted(weighted.items(), key=lambda cn: (cn[0] in paired, cn[1]), reverse=True)  # stable on ties
        self.principal_countries: tuple[str, ...] = tuple(
            c for c, n in ranked if c not in NON_STATE_CODES and len(c) == 3)

    def _paired_state(self, doc: "Doc", m: LinkedMention) -> bool:
        """Whether a state mention is coordinated with another state's ("Kyrgyzstan and Tajikistan"):
        the pair a story is about, as against a third party listed with organisations."""
        if m.entity.code in NON_STATE_CODES or len(m.entity.code) != 3:
            return False
        for i in range(m.token_start, m.token_end):
            tok = doc[i]
            partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
            for p in partners:
                other = self.by_token.get(p.i)
                if other is not None and other is not m and other.entity.code not in NON_STATE_CODES \
                        and len(other.entity.code) == 3 and other.entity.code != m.entity.code:
                    return True
        return False

    def kind_of(self, ent: Entity) -> str:
        """The kind (country, demonym, capital, sector, ...) of the mention an entity came from."""
        for m in self.mentions:
            if m.start == ent.start and m.end == ent.end:
                return m.kind
        return ""

    def at(self, tok: "Token") -> LinkedMention | None:
        return self.by_token.get(tok.i)

    def in_tokens(self, tokens: Sequence["Token"]) -> list[LinkedMention]:
        seen: list[LinkedMention] = []
        for t in tokens:
            m = self.by_token.get(t.i)
            if m is not None and m not in seen:
                seen.append(m)
        return seen

    def in_sentence(self, start: int, end: int) -> list[LinkedMention]:
        return [m for m in self.mentions if start <= m.token_start < end]


OFFENCE_FRAME_NOUNS = word_set("offence_frame_nouns")
OFFENCE_HEADS = word_set("offence_heads")
ROUTE_PREPS = word_set("route_preps")


def offence_frame(tok: "Token") -> bool:
    """What someone is held, charged or sentenced for: "(on suspicion) of smuggling ...", "(on charges) of treason",
    "(sentenced) for taking part in the war in Ukraine", "(charged) with assisting a foreign power": the "of" phrase of
    a charge noun, or a gerund under for/of/with on a verb or noun of prosecution."""
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.dep_ != "prep":
        return False
    prep, owner = tok.head, tok.head.head
    if prep.lower_ in ("of", "for") and owner.lemma_.lower() in OFFENCE_FRAME_NOUNS:  # (held "on suspicion of": not a
        held = owner.head.head if owner.dep_ == "pobj" else owner.head  # suspect "wanted on suspicion of plotting
        return held.lemma_.lower() in OFFENCE_HEADS  # attacks in France", whom France wants extradited)
    return tok.tag_ == "VBG" and prep.lower_ in ("for", "of", "with") and owner.lemma_.lower() in OFFENCE_HEADS


def incidental_country(tok: "Token", head: "Token", source: bool = True) -> str:
    """A country a clause names in passing, not as a party to its act: inside the offence ("sentenced ... for taking
    part in the war in Ukraine"), on the route ("by rail through Turkmenistan", "via Tajikistan"), as the maker
    of a thing ("Chinese-made drone components") or, unless `source` is off, as the source ("according to the Kyrgyz
    Defence Ministry": no party to the act, though often of the actor's side)."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–") and doc[tok.i + 2].lower_ in MAKER_PARTICIPLES:
        return f"'{tok.text}-{doc[tok.i + 2].text}': a maker"
    cur = tok
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in ROUTE_PREPS:
            return f"'{cur.text} ...': the route"
        if source and cur.dep_ == "prep" and cur.lower_ == "according" and not _according_to_needs(cur):
            return "'according to ...': who tells it"
        if offence_frame(cur):
            return f"'{cur.head.text} {cur.text} ...': the offence"
        if named_war(cur):
            return f"'{cur.head.head.text} {cur.head.text} {cur.text}': a war named"
        cur = cur.head
    return ""


NEED_NOUNS = word_set("beneficiary_need_nouns")


def _according_to_needs(according: "Token") -> bool:
    """"According to the needs of the Afghan side" names who is helped, not who tells it ("stood ready to provide
    emergency assistance according to the needs of the Afghan side" -> Afghanistan)."""
    return any(o.lemma_.lower() in NEED_NOUNS for t in according.children if t.lower_ == "to"
               for o in t.children if o.dep_ == "pobj")


NAMED_WAR_NOUNS = word_set("named_war_nouns")


def named_war(tok: "Token") -> bool:
    """The enemy of a war named to describe people or a thing ("veterans of the war with Russia", "the 2008 war with
    Russia", "victims of the war against Armenia"): the war as a name, no party to the clause's act. Only a war under
    "of" or with its year, not "Russia's war with Ukraine" as the setting of an attack."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "against"):
        return False
    war = tok.head.head
    if war.lemma_.lower() not in NAMED_WAR_NOUNS:
        return False
    return (war.dep_ == "pobj" and war.head.lower_ == "of") or any(
        c.ent_type_ == "DATE" or c.like_num for c in war.children if c.dep_ in ("nummod", "compound", "amod", "poss"))


def _merge(mentions: Sequence[LinkedMention], head: "Token") -> Entity:
    """One entity from the mentions of one phrase: the head's mention, completed by the others."""
    main = next((m for m in mentions if m.token_start <= head.i < m.token_end), mentions[0])
    chapter = next((m for m in mentions if m.kind in ("org", "igo") and m.token_end == main.token_start), None)
    if main.kind == "country" and chapter is not None:
        main = chapter  # "Transparency International Georgia": the group's national chapter, not the state
    ent = main.entity
    code, sector = ent.code, ent.sector
    for m in mentions:
        if m is main:
            continue
        if not code and m.entity.code:
            code = m.entity.code
        if not sector and m.entity.sector:
            sector = m.entity.sector
    if (code, sector) != (ent.code, ent.sector):
        ent = dataclasses.replace(ent, code=code, sector=sector)
    if ent.start is None:
        ent = dataclasses.replace(ent, start=main.start, end=main.end)
    return ent


RIGHTS_GROUP_CAUSES = word_set("rights_group_causes")
RIGHTS_GROUP_HEADS = word_set("rights_group_heads")


STATE_BODY_MARKS = word_set("state_body_marks")


def _state_named_body(tok: "Token") -> bool:
    """A body its name or an apposition marks as the state's ("the National Centre for Human Rights", "the State
    Committee for Religious Affairs", "..., a state body,", "..., a government agency,")."""
    if any(c.dep_ in ("compound", "amod") and c.i < tok.i and c.lower_ in STATE_BODY_MARKS for c in tok.children):
        return True
    return any(c.dep_ == "appos" and any(m.dep_ in ("compound", "amod") and m.lower_ in STATE_BODY_MARKS for m in c.children)
               for c in tok.children)


def _rights_group(tok: "Token", mentions: Sequence[LinkedMention]) -> Entity | None:
    """A group named for a cause, "<Initiative/Association/...> for <Human Rights/Democracy ...>": "the Turkmen Initiative
    for Human Rights", "the Association for Human Rights in Central Asia" are NGOs, not the state their name holds.
    Not when the dictionary knows the body (an IGO, a named NGO) or its head is a state office ("Commissioner for
    Human Rights") or a state's body ("Uzbekistan's National Centre for Human Rights, a state body")."""
    if tok.pos_ != "PROPN" or tok.lemma_.lower() not in RIGHTS_GROUP_HEADS \
            or any(m.kind in ("igo", "org", "person") for m in mentions) or _state_named_body(tok):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or not obj.text[:1].isupper():
                continue
            words = [c.lower_ for c in obj.children if c.dep_ in ("compound", "amod") and c.i < obj.i] + [obj.lower_]
            if " ".join(words) in RIGHTS_GROUP_CAUSES:
                seat = {t.i for c in tok.children if c.lower_ in SEAT_PARTICIPLES for t in c.subtree}
                text = tok.doc[min(t.i for t in phrase_tokens(tok) if t.dep_ != "det" and t.i not in seat):obj.i + 1]
                return Entity(code="NGO", sector="SOC", entity_text=text.text, identifier_text=text.text,
                              start=text.start_char, end=text.end_char)
    return None


REGISTRATION_PARTICIPLES = word_set("registration_participles")


def _seat_phrase(tok: "Token") -> list["Token"]:
    """The place a firm or body is said to be registered or based in, after its noun ("three companies registered in
    Kazakhstan", "a bank based in Dubai"): the firm belongs to that place's country."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    return [t for c in tok.children if c.dep_ == "acl" and c.lower_ in REGISTRATION_PARTICIPLES and c.i == tok.i + 1
            for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE" for t in phrase_tokens(o)]


CROSS_BORDER_RAIDER_NOUNS = word_set("cross_border_raider_nouns")
MILITANT_ORIGIN_STATES = word_set("militant_origin_states")


def _raiders_from_abroad(tok: "Token", mentions: Sequence[LinkedMention], index: MentionIndex) -> Entity | None:
    """Armed men of no named group who came from a state whose militant groups the convention codes IMG, not the state:
    "Gunmen from Afghanistan fired on ...", "Militants from Afghanistan attacked a Tajik border post" are IMG (not the
    Taliban government). Not a named group ("Taliban fighters from Afghanistan") or soldiers."""
    if tok.lemma_.lower() not in CROSS_BORDER_RAIDER_NOUNS and tok.lower_ not in CROSS_BORDER_RAIDER_NOUNS:
        return None
    origins = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj"]
    # (not yet "militants who crossed the Pyanj river from Afghanistan": an undated retelling of their attack is merged
    # into an older killing the same story tells, which would then carry them, so sample_gold ca-0063 would lose its date)
    found = [m for o in origins if (m := index.at(o)) is not None and m.kind in ("country", "capital", "demonym")]
    if not any(m.entity.code.lower() in MILITANT_ORIGIN_STATES for m in found):
        return None
    if any(m.kind not in ("country", "capital", "demonym", "sector") for m in mentions if m not in found):
        return None  # a named group or body ("Taliban fighters from Afghanistan")
    sector = next((m.entity.sector for m in mentions if m.kind == "sector" and m.entity.sector), "") or "REB"
    return Entity(code="IMG", sector=sector, entity_text=tok.text, identifier_text=tok.text,
                  start=tok.idx, end=tok.idx + len(tok.text))


PROJECT_NAME_NOUNS = word_set("project_name_nouns")


def in_project_name(doc: "Doc", m: LinkedMention) -> bool:
    """A country inside a dash-joined name of a route or a project: "crews of the China–Kyrgyzstan–Uzbekistan railway",
    "the Termez–Mazar-i-Sharif–Herat railway". It names the thing, not a party to what is done to it or near it."""
    i, dashed = m.token_end, m.token_start > 0 and doc[m.token_start - 1].text in ("-", "–", "—")
    while i < len(doc) and i < m.token_end + 8 and (doc[i].text in ("-", "–", "—") or doc[i].pos_ == "PROPN"):
        dashed = dashed or doc[i].text in ("-", "–", "—")
        i += 1
    return dashed and i < len(doc) and doc[i].lemma_.lower() in PROJECT_NAME_NOUNS


def entity_of(tok: "Token", index: MentionIndex) -> Entity | None:
    """The entity a noun phrase (headed by tok) refers to, or None when it names no actor (kept in the story's index:
    the same phrase is asked about for every act it takes part in)."""
    if tok.i in index.phrase_entities:
        return index.phrase_entities[tok.i]
    mentions = [m for m in index.in_tokens(phrase_tokens(tok)) if not in_project_name(tok.doc, m)] \
        or index.in_tokens(_seat_phrase(tok))
    found = _raiders_from_abroad(tok, mentions, index) or _rights_group(tok, mentions) \
        or (_merge(mentions, tok) if mentions else None)
    index.phrase_entities[tok.i] = found
    return found


def _coordinated_countries(tok: "Token", ent: Entity, index: MentionIndex) -> list[Entity]:
    """Other states coordinated inside one phrase: "the armies of Brazil and Argentina", "Tajik and Kyrgyz
    negotiators" name two parties, each with the phrase's sector."""
    doc = tok.doc
    toks = phrase_tokens(tok)
    frontier = [t for t in toks if t.i != tok.i]
    while frontier:  # "the presidents of Russia, Belarus and Kazakhstan": conjuncts chain one under another
        frontier = [c for t in frontier for c in t.children if c.dep_ == "conj" and c not in toks]
        toks += frontier
    out: list[Entity] = []
    for m in index.in_tokens(toks):
        code = m.entity.code
        if not code or code == ent.code or m.kind == "pronoun" or code in STATELESS_CODES:
            continue
        roots = [doc[i] for i in range(m.token_start, m.token_end)
                 if not m.token_start <= doc[i].head.i < m.token_end]
        if any(r.dep_ == "conj" or any(c.dep_ == "conj" for c in r.children) for r in roots):
            out.append(dataclasses.replace(ent, code=code, entity_text=m.text, start=m.start, end=m.end))
    # "the envoys of Russia, China and the five Central Asian states": a named group of states among the conjuncts
    out += [dataclasses.replace(ent, code=g.code, entity_text=g.entity_text, start=g.start, end=g.end)
            for t in toks if t.dep_ == "conj" and t.i != tok.i
            for g in _named_group_of_states(t) if g.code != ent.code]
    return out


DEFINITE_DETS = {"the", "these", "those"}
ORGANISATION_CODES = {"IGO", "UNO", "EUR", "NGO"}
BLOC_CODES = {"IGO", "EUR"}
BODY_NOUNS = word_set("organisation_body_nouns")
STATE_BODY_NOUNS = word_set("state_body_nouns")
MEDIA_WORDS = word_set("media_name_words")
MEMBER_NOUNS = word_set("bloc_member_nouns")
NO_ANTECEDENT_NOUNS = word_set("no_antecedent_nouns")


def _referring_nouns(tok: "Token") -> list["Token"]:
    """The nouns of a definite phrase that may point back: the head ("the envoys") and the owner of a
    head that names a role ("the mission's head", "the council's chairman")."""
    if tok.pos_ != "NOUN":
        return []
    out = [tok] if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in tok.children) or (
        tok.tag_ == "NNS" and tok.lemma_.lower() in MEMBER_NOUNS) else []
    out += [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)]
    return [t for t in out if t.lemma_.lower() not in NO_ANTECEDENT_NOUNS]


ATTACKER_BACK_NOUNS = word_set("attacker_back_nouns")


def _last_raiders(noun: "Token", first: int, index: MentionIndex) -> list[Entity]:
    """The armed men named last before "the attackers"/"the assailants": "Militants from Afghanistan attacked a Tajik
    border post ... border guards exchanged fire with the attackers" (IMG), also under another noun than theirs."""
    for prev in range(first - 1, -1, -1):
        p = noun.doc[prev]
        if p.pos_ in ("NOUN", "PROPN") and p.lemma_.lower() in CROSS_BORDER_RAIDER_NOUNS:
            found = [e for e in _own_entities(p, index) if e.code]
            if found:
                return found
    return []


def _apposed_citizenship(doc: "Doc", first: int, index: MentionIndex) -> list[Entity]:
    """The citizenship last given in apposition to a group, for "the violators"/"the smugglers" after it: "a group of
    four persons, citizens of Afghanistan, attempted to cross the river ... the violators opened fire" (AFG)."""
    for m in sorted(index.mentions, key=lambda m: -m.token_start):
        if m.token_end > first or not m.entity.code or m.entity.code in NON_STATE_CODES:
            continue
        root = doc[m.token_start]
        while root.head.i != root.i and m.token_start <= root.head.i < m.token_end:
            root = root.head
        for noun in (root, root.head.head if root.dep_ == "pobj" else root):
            if noun.lemma_.lower() in CITIZENSHIP_NOUNS and noun.dep_ in ("appos", "conj") and noun.i > 0 \
                    and doc[noun.i - 1].text == ",":
                return [dataclasses.replace(m.entity, sector=m.entity.sector or "CVL")]
    return []


INTRUDER_BACK_NOUNS = word_set("intruder_back_nouns")
CITIZENSHIP_NOUNS = word_set("citizenship_nouns")


def _coded_inside(p: "Token", index: MentionIndex) -> bool:
    """A name holds a mention with a country ("Russian Investigative Committee"); a sector word inside it ("State
    Customs Committee", "the State Customs Service": customs) gives none."""
    return any((m := index.at(c)) is not None and bool(m.entity.code) for c in p.subtree)


def _fronted_state(p: "Token", index: MentionIndex) -> str:
    """The state a sentence opens with as its scene, for a state body of that sentence the dictionary does not know:
    "In Uzbekistan, customs officers found heroin ..., the State Customs Committee said" (UZB)."""
    sent = p.sent
    first = sent[0] if sent[0].idx >= index.dateline_end else next((t for t in sent if t.idx >= index.dateline_end), None)
    if first is None or first.lower_ != "in" or first.dep_ != "prep":
        return ""
    place = [c for c in first.children if c.dep_ == "pobj"]
    m = index.at(place[0]) if place else None
    if m is None or not m.entity.code or m.entity.code in NON_STATE_CODES or m.kind not in ("country", "capital"):
        return ""
    return m.entity.code


def _definite_antecedent(tok: "Token", index: MentionIndex) -> list[Entity]:
    """A definite phrase that names no country refers back to the last phrase with the same noun that did:
    "The envoys also agreed" after "The special envoys of Turkey and Armenia met" (TUR, ARM), "aid to the
    province" after "Iran's West Azerbaijan province" (IRN), "the ministers" after "Foreign ministers of the
    CSTO" (IGO). A body of an organisation with no such phrase ("The mission urged", "the session adopted",
    "the mission's head") is the organisation named last before it."""
    doc = tok.doc
    table = token_table(doc)
    for noun in _referring_nouns(tok):
        lemma = noun.lemma_.lower()
        first = min(t.i for t in noun.subtree)
        if lemma in ATTACKER_BACK_NOUNS and (raiders := _last_raiders(noun, first, index)):
            return raiders
        if lemma in INTRUDER_BACK_NOUNS and (crossers := _apposed_citizenship(doc, first, index)):
            return crossers
        for prev in range(first - 1, -1, -1):
            if table.lemma[prev] != lemma or table.pos[prev] not in ("NOUN", "PROPN"):
                continue
            p = doc[prev]
            if (tellers := _teller_of_content(p, noun)) is not None:
                found = [e for t in tellers for e in _own_entities(t, index) if e.code]
                if found:  # "the agency said" after "the SBU said the man worked for Russia's ... agency": the SBU
                    return [dataclasses.replace(e, sector=e.sector or "GOV") for e in found]
                continue
            if noun.tag_ == "NN" and p.tag_ in ("NNS", "NNPS"):
                continue  # "urged the group to lift the ban" is not one of "aid groups"
            home = _fronted_state(p, index) or index.dateline_country or index.main_country
            if p.pos_ == "PROPN" and lemma in STATE_BODY_NOUNS and not _coded_inside(p, index) and home \
                    and home not in NON_STATE_CODES \
                    and p.idx >= index.dateline_end and not any(c.lower_ in MEDIA_WORDS for c in p.subtree):
                # (not the wire of "MOSCOW, June 17 (Volga Press Agency) -", nor a news agency)
                # "ULAANBAATAR - ... the National Emergency Management Agency said. The agency thanked Astana": a state
                # body the dictionary does not know, of the country the story is filed from (else the story's)
                return [Entity(code=home, sector="GOV", entity_text=" ".join(c.text for c in p.subtree),
                               start=p.left_edge.idx, end=p.idx + len(p.text))]
            if noun.tag_ == "NNS" and p.tag_ in ("NN", "NNP"):  # "the envoys": "Turkey's envoy ... and his Armenian
                # counterpart" together, not one of them
                found = [e for q in [p, *p.conjuncts] for e in _own_entities(q, index) if e.code]
                if len({e.code for e in found}) < 2:
                    continue
            else:
                found = [e for e in _own_entities(p, index) if e.code]
            if found:
                return [dataclasses.replace(e, sector=e.sector or "GOV") for e in found]
        if lemma in BODY_NOUNS or (lemma in MEMBER_NOUNS and noun.tag_ == "NNS"):
            # (the members of a bloc: "called on partners to scrap the restrictions" at a EAEU meeting)
            bodies = ORGANISATION_CODES if lemma in BODY_NOUNS else BLOC_CODES
            earlier = [m for m in index.mentions if m.token_end <= first and m.entity.code in bodies and m.kind != "pronoun"]
            if lemma not in BODY_NOUNS:  # the bloc the story is about (of its lead) before one named in passing
                earlier.sort(key=lambda m: m.token_start < index.lead_end)
            if earlier:
                m = earlier[-1]
                return [m.entity if m.entity.start is not None else dataclasses.replace(m.entity, start=m.start, end=m.end)]
        if lemma in AGENCY_BACK_NOUNS and noun.tag_ == "NN" and (agency := _last_state_agency(noun, first, index)):
            return agency
    return []


AGENCY_BACK_NOUNS = word_set("agency_back_nouns")
AGENCY_BACK_SECTORS = {"COP", "MIL", "SPY", "JUD"}


def _speaking_noun(noun: "Token") -> bool:
    """The noun is the subject of a reporting verb: "..., the agency said", "the service said in a statement"."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SPEAKER_VERBS


def _teller_of_content(p: "Token", noun: "Token") -> list["Token"] | None:
    """When `p` lies inside what a speaker said ("Ukraine's Security Service said the man had been recruited by Russia's
    military intelligence agency"), the subjects of that speaker's verb; "the agency said" in a later sentence is the
    story's speaking body, never a body that the statement only mentions (round 30). None when `p` is not told."""
    if not _speaking_noun(noun):
        return None
    cur = p
    while cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SPEAKER_VERBS:
            tellers = [c for c in cur.head.children if c.dep_ == "nsubj"]
            return tellers or None
        cur = cur.head
    return None


def _last_state_agency(noun: "Token", first: int, index: MentionIndex) -> list[Entity]:
    """"The service"/"the committee" under another name than the force it points back to, named last in the same
    sentence or the one before ("Lithuanian border guards detained seven migrants, and the service accused Belarusian
    officers", "Kazakh border guards stopped a lorry ..., and the committee accused Kyrgyz customs officers")."""
    sent = noun.sent
    prev_start = noun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    earlier = [m for m in index.mentions if prev_start <= m.token_start and m.token_end <= first and m.kind != "pronoun"
               and m.entity.code and m.entity.code not in NON_STATE_CODES and m.entity.sector in AGENCY_BACK_SECTORS]
    if not earlier:
        return []
    m = earlier[-1]
    if (tellers := _teller_of_content(noun.doc[m.token_start], noun)) is not None:
        # "Georgia's State Security Service said the suspect had worked for Russia's FSB. He was detained ..., the
        # service said": the body that spoke, not the one its statement names
        found = [e for t in tellers for e in _own_entities(t, index) if e.code]
        return found[:1] if found else []
    return [m.entity if m.entity.start is not None else dataclasses.replace(m.entity, start=m.start, end=m.end)]


ALLEGIANCE_ADJECTIVES = word_set("allegiance_adjectives")
ARMED_MEN_SECTORS = {"REB", "UAF"}


def _pledged_group(t: "Token", index: MentionIndex) -> Entity | None:
    """Armed men of no country whose allegiance names a non-state group: "two militants loyal to the Islamic State group",
    "gunmen linked to ISKP" (IMG), not the state whose forces fight them."""
    for a in t.children:
        if a.dep_ not in ("amod", "acl") or a.lemma_.lower() not in ALLEGIANCE_ADJECTIVES and a.lower_ not in ALLEGIANCE_ADJECTIVES:
            continue
        for p in a.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "with"):
                for o in p.children:
                    found = entity_of(o, index) if o.dep_ == "pobj" else None
                    if found is not None and found.code in ("IMG", "ISM"):
                        return found
    return None


def _served_body(t: "Token", index: MentionIndex) -> Entity | None:
    """Whom a role noun works for: "a spokesperson for EU foreign policy chief Kaja Kallas" (EUR), "a spokesperson
    for the Office of the UN High Commissioner for Human Rights" (UNO)."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for o in c.children:
                if o.dep_ == "pobj":
                    found = entity_of(o, index)
                    if found is not None and found.code:
                        return found
    return None


def _shared_nationality(t: "Token", index: MentionIndex) -> str:
    """A later conjunct with no nationality of its own shares the one on the first: "Russian guided bombs and drones"
    (Russian drones, not another state's), "Kyrgyz police and soldiers"; not when the first conjunct's word names the
    thing only ("Russian oil and drones" names no drones of Russia: the first conjunct must be a weapon or force
    itself, which the dictionary marks with a sector, or a weapon noun)."""
    if t.dep_ != "conj" or t.head.pos_ not in ("NOUN", "PROPN"):
        return ""
    first = t.head
    if any(c.dep_ in ("amod", "compound", "poss") and index.at(c) is not None for c in t.children if c.i < t.i):
        return ""  # (a conjunct with modifiers of its own: "Russian bombs and Ukrainian drones")
    for c in first.children:
        m = index.at(c)
        if c.dep_ in ("amod", "compound", "poss") and c.i < first.i and m is not None \
                and m.kind in ("demonym", "country", "sector") \
                and m.entity.code and m.entity.code not in NON_STATE_CODES \
                and (m.token_end > first.i or first.lemma_.lower() in SHARED_NATIONALITY_HEADS):
            return m.entity.code
    return ""


SHARED_NATIONALITY_HEADS = word_set("shared_nationality_heads")
SEATED_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}


def _seat_named(t: "Token", index: MentionIndex) -> str:
    """The state of a body no country names, from the capital or country it sits in: "the de facto authorities in
    Kabul" (AFG), "the government in Baku" (AZE); not a city that is no capital ("police in Osh" keep the story's
    state through the place, see _fill_countries)."""
    ent = entity_of(t, index)
    if ent is None or ent.sector not in SEATED_SECTORS:
        return ""  # (a body in the story's own capital keeps the story's ways: "a court in Tashkent", "officials in Dushanbe")
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                m = index.at(o)
                if o.dep_ == "pobj" and m is not None and m.kind in ("capital", "country") and m.entity.code \
                        and m.entity.code not in NON_STATE_CODES \
                        and m.entity.code not in (index.main_country, index.dateline_country):
                    return m.entity.code
    return ""


def _by_agents(t: "Token", index: MentionIndex) -> list[Entity]:
    """The first named "by" doer of a participle hung on a phrase ("a resolution adopted by the Board of Governors")."""
    authors = [a for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
               if a.dep_ == "agent" for a in [a, *[p for p in a.children if p.dep_ == "pobj"]]]
    found = [e for a in authors if a.dep_ == "pobj" and (e := entity_of(a, index)) is not None]
    return found[:1]


def _own_entities(t: "Token", index: MentionIndex) -> list[Entity]:
    """The entities a phrase names itself (no pointing back), or, for a text, its author ("a resolution adopted by the
    Board of Governors of the IAEA")."""
    ent = entity_of(t, index)
    if ent is None:
        return _by_agents(t, index)
    return [ent] + _coordinated_countries(t, ent, index)


AUTHORED_TEXT_NOUNS = word_set("authored_text_nouns")
TEXT_ISSUING_VERBS = word_set("text_issuing_verbs")


def _text_authors(t: "Token", index: MentionIndex) -> list[Entity]:
    """A text that acts for whoever adopted or issued it, named by its participle: "A resolution adopted by the European
    Parliament on Wednesday condemned ..." -> the European Parliament (not "the people detained by police")."""
    if t.lemma_.lower() not in AUTHORED_TEXT_NOUNS or not any(
            c.dep_ == "acl" and c.lemma_.lower() in TEXT_ISSUING_VERBS for c in t.children):
        return []  # (not "reports of violations committed by the military": the doer, not the author)
    return _by_agents(t, index)


WORLD_BODY_ADDRESSING = word_set("world_body_addressing_verbs")


def _world_body_addressed(t: "Token") -> bool:
    """A bare "Security Council" that a state appeals to is the UN's: "called on the Security Council to refrain from
    enforcing the sanctions", "asked the Security Council to convene" (a state chairs its own council, it does not call
    on it). Not "Russia's Security Council" nor "the National Security Council"."""
    if not bare_security_council(t):
        return False
    head = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("on", "to", "upon") else t.head
    return t.dep_ in ("dobj", "pobj") and head.lemma_.lower() in WORLD_BODY_ADDRESSING and not own_council_meeting(t)


def bare_security_council(t: "Token") -> bool:
    """"The Security Council" with no owner or mark (not "Russia's Security Council", "the National Security
    Council", "the Security Council of Armenia")."""
    if t.lemma_.lower() != "council" or not any(c.dep_ == "compound" and c.lower_ == "security" for c in t.children):
        return False
    return not (any(c.dep_ in ("poss", "amod", "nmod") or (c.dep_ == "compound" and c.lower_ != "security")
                    for c in t.children) or any(p.lower_ == "of" for p in t.children if p.dep_ == "prep"))


UN_CUE_WORDS = word_set("un_cue_words")


def own_council_meeting(t: "Token") -> bool:
    """The sentence tells a meeting the speaker holds at home and no UN cue ("At a meeting in the Kremlin on Monday,
    Putin asked the Security Council to draft proposals": Russia's own council, not the UN's)."""
    sent = t.sent
    if any(w.lower_ in UN_CUE_WORDS or w.text in ("UN", "U.N.") for w in sent) or "united nations" in sent.text.lower():
        return False
    return any(w.lemma_.lower() == "meeting" and w.dep_ == "pobj" and w.head.lower_ in ("at", "during") for w in sent)


def entities_of(tokens: Sequence["Token"], index: MentionIndex) -> list[Entity]:
    out: list[Entity] = []
    for t in tokens:
        ent = entity_of(t, index)
        if ent is not None and not ent.code and (served := _served_body(t, index)) is not None:
            ent = dataclasses.replace(ent, code=served.code)  # "a spokesperson for the UN human rights office"
        if ent is not None and not ent.code and ent.sector in ARMED_MEN_SECTORS and (group := _pledged_group(t, index)):
            ent = dataclasses.replace(ent, code=group.code)  # "two militants loyal to the Islamic State group"
        if ent is not None and not ent.code and (seat := _seat_named(t, index)):
            ent = dataclasses.replace(ent, code=seat)  # "the de facto authorities in Kabul"
        if ent is not None and not ent.code and _world_body_addressed(t):
            ent = dataclasses.replace(ent, code="UNO", sector="")  # "called on the Security Council to refrain from ..."
        if ent is None and (texts := _text_authors(t, index)):
            out.extend(e for e in texts if not any(_same(e, o) for o in out))  # "A resolution adopted by the European
            continue  # Parliament on Wednesday condemned ...": the text speaks for its author
        if ent is not None and not ent.code and (shared := _shared_nationality(t, index)):
            ent = dataclasses.replace(ent, code=shared)  # "Russian guided bombs and drones"
        if ent is None or not ent.code:
            earlier = _definite_antecedent(t, index)
            if earlier:
                out.extend(e for e in earlier if not any(_same(e, o) for o in out))
                continue
        if (ent is None or not ent.code) and (group := _named_group_of_states(t)):
            out.extend(e for e in group if not any(_same(e, o) for o in out))  # "the three Baltic states"
            continue
        if (ent is None or not ent.code) and (pair := _the_two_parties(t, index)):
            out.extend(e for e in pair if not any(_same(e, o) for o in out))
            continue
        if (ent is None or not ent.code) and (sides := _both_sides(t, index)):
            out.extend(e for e in sides if not any(_same(e, o) for o in out))
            continue
        if (ent is None or not ent.code) and (bloc := _bloc_of_member_states(t, index)) is not None:
            if not any(_same(bloc, o) for o in out):  # "Ministers and deputy ministers from all ten member states
                out.append(bloc)  # signed a joint communique"
            continue
        if ent is None and t.pos_ == "PROPN" and (told := _apposition_entity(t, index)) is not None:
            if not any(_same(told, o) for o in out):  # "Qarmet, the Kazakh coal company, said"
                out.append(told)
            continue
        if ent is None:
            named = [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
                     for o in c.children if o.dep_ == "pobj"]
            if named and t.lemma_.lower() in GROUP_OF_STATES:  # "more than 20 countries including the United States"
                out.extend(e for e in entities_of(named, index) if not any(_same(e, o) for o in out))
            continue
        for e in [ent] + _coordinated_countries(t, ent, index):
            if not any(_same(e, o) for o in out):
                out.append(e)
    return out


def _apposition_entity(tok: "Token", index: MentionIndex) -> Entity | None:
    """A name the dictionary does not know takes what its apposition says it is: "Qarmet, the Kazakh coal company,"
    (KAZ); not a person's title abroad ("..., a spokesman for the EU,": the apposition's own head must name it)."""
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            found = entity_of(c, index)
            if found is not None and found.code:
                return found
    return _office_clause_body(tok, index)


OFFICE_HOLDING_VERBS = word_set("office_holding_verbs")


def _office_clause_body(tok: "Token", index: MentionIndex) -> Entity | None:
    """A person the dictionary does not know, placed by a relative clause on the office they hold: "Vitaly Ignatiev, who
    heads foreign affairs for the Tiraspol administration," (MDA), "X, who leads Kazakhstan's customs service," (KAZ):
    the body the office serves ("for"/"of" it) or the one headed."""
    for c in tok.children:
        if c.dep_ != "relcl" or c.lemma_.lower() not in OFFICE_HOLDING_VERBS \
                or not any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children):
            continue
        objs = [o for o in c.children if o.dep_ == "dobj"]
        bodies = [o for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "at", "in")
                  for o in p.children if o.dep_ == "pobj"]
        bodies += [o for d in objs for p in d.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "at")
                   for o in p.children if o.dep_ == "pobj"]
        for b in bodies + objs:
            found = entity_of(b, index)
            if found is not None and found.code and found.code not in NON_STATE_CODES and index.kind_of(found) != "country":
                return dataclasses.replace(found, sector=found.sector or "GOV")
            owners = [e for e in (entity_of(w, index) for w in b.children if w.dep_ == "poss") if e is not None and e.code]
            if owners:  # "who leads Kazakhstan's customs service"
                return dataclasses.replace(owners[0], sector=(found.sector if found is not None else "") or "GOV")
    return None


GROUP_OF_STATES = word_set("group_of_states")


STATE_GROUP_NAMES = word_set("state_group_names")


STATE_GROUP_HEADS = word_set("state_group_heads")


def _named_group_of_states(tok: "Token") -> list[Entity]:
    """A group of states named by its region: "the three Baltic states" (EST, LVA, LTU); its members are the word
    list state_group_<name> (codes). Also "the five Central Asian republics" (central_asian), and the people "from"
    such a group ("his counterparts from the five Central Asian republics", "ministers of the Nordic and Baltic
    countries")."""
    if tok.lemma_.lower() not in STATE_GROUP_HEADS:
        return [e for c in tok.children if c.dep_ == "prep" and (c.lower_ == "from" or (c.lower_ == "of" and tok.pos_ != "NUM"))
                for o in c.children
                if o.dep_ == "pobj" and o.lemma_.lower() in STATE_GROUP_HEADS for e in _named_group_of_states(o)]
    mods = sorted((m for c in tok.children if c.dep_ in ("amod", "compound")
                   for m in [c, *[g for g in c.children if g.dep_ in ("amod", "compound")]]), key=lambda m: m.i)
    names = [c.lower_ for c in mods if c.lower_ in STATE_GROUP_NAMES]
    joined = "_".join(m.lower_ for m in mods)
    names = [joined] if joined in STATE_GROUP_NAMES else names
    if not names:
        return []
    # "the Nordic and Baltic countries": each region joined to the first
    names += [g.lower_ for m in mods if m.lower_ == names[0] for g in m.children
              if g.dep_ == "conj" and g.lower_ in STATE_GROUP_NAMES]
    codes = dict.fromkeys(c for name in names for c in sorted(word_set(f"state_group_{name}")))
    return [Entity(code=code.upper(), sector="GOV", entity_text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
            for code in codes]


def _both_sides(tok: "Token", index: MentionIndex) -> list[Entity]:
    """"Officials from both sides met", "delegations of the two countries", "the two countries' defence ministers":
    the two states the story is about."""
    owners = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for o in c.children
              if o.dep_ == "pobj"] + [o for o in tok.children if o.dep_ == "poss"]
    counts = [_side_count(o) for o in owners if o.lemma_.lower() in COUNTED_SIDE_NOUNS]
    n = next((c for c in counts if c >= 2), 0)
    if not n or len(index.principal_countries) < n:
        return []
    return [Entity(code=c, sector="GOV", entity_text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
            for c in index.principal_countries[:n]]


def _side_count(noun: "Token") -> int:
    """How many parties a counted group of states names: "both sides" 2, "the three states" 3; 0 if uncounted."""
    for m in noun.children:
        if m.lower_ == "both":
            return 2
        if m.dep_ == "nummod" and (n := count_of(m.lower_)) >= 2 and (m.lower_.isalpha() or n <= 9):
            return n
    return 0


COUNTED_SIDE_NOUNS = word_set("counted_side_nouns")


PAIR_PERSON_NOUNS = word_set("pair_person_nouns")
PAIR_SIDE_NOUNS = word_set("pair_side_nouns")


def pair_word(tok: "Token") -> bool:
    """A noun that stands for the two parties of a story or scene ("the two men", "both leaders", "the two governments",
    "each side")."""
    lemma = tok.lemma_.lower()
    return lemma in PAIR_PERSON_NOUNS | PAIR_SIDE_NOUNS and any(
        (c.lower_ == "two" and c.dep_ == "nummod") or (c.lower_ == "both" and c.dep_ in ("det", "predet", "amod"))
        or (c.lower_ == "each" and c.dep_ == "det" and lemma in PAIR_SIDE_NOUNS) for c in tok.children)


def _the_two_parties(tok: "Token", index: MentionIndex) -> list[Entity]:
    """"The two men signed a protocol", "both leaders", "the two governments blamed each other", "Each side accused
    the other": the two states whose people or forces the sentence or the one before names (people for "men" and
    "leaders": "Tashiev and his Tajik counterpart Yatimov held talks"; not "detained two Afghan men ... the two men")."""
    lemma = tok.lemma_.lower()
    if not pair_word(tok):
        return []
    sents = list(tok.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    start = sents[max(0, here - 1)].start
    codes: list[str] = []
    for m in index.mentions:
        if start <= m.token_start < tok.i and m.kind != "pronoun" and len(m.entity.code) == 3 \
                and m.entity.code not in NON_STATE_CODES and (m.kind == "person" or lemma in PAIR_SIDE_NOUNS) \
                and m.entity.code not in codes:
            codes.append(m.entity.code)
    if len(codes) != 2:
        return []
    sector = "GOV" if lemma in PAIR_PERSON_NOUNS else ""
    return [Entity(code=c, sector=sector, entity_text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)) for c in codes]


def _bloc_of_member_states(tok: "Token", index: MentionIndex) -> Entity | None:
    """People "from (all ten) member states" or "of the member countries" act for the bloc named last before them
    ("Defence ministers of the SCO met ... Ministers from all ten member states signed a joint communique")."""
    owners = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # (a modifier shared by conjuncts)
    states = [o for w in owners for c in w.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for o in c.children
              if o.dep_ == "pobj" and o.lemma_.lower() in ("state", "country", "nation")
              and any(m.dep_ in ("compound", "amod") and m.lower_ == "member" for m in o.children)]
    if not states and not (tok.lemma_.lower() in ("state", "country") and any(
            m.dep_ in ("compound", "amod") and m.lower_ == "member" for m in tok.children)):
        return None
    first = min(t.i for t in tok.subtree)
    earlier = [m for m in index.mentions if m.token_end <= first and m.entity.code in BLOC_CODES and m.kind != "pronoun"]
    if not earlier:
        return None
    m = earlier[-1]
    return m.entity if m.entity.start is not None else dataclasses.replace(m.entity, start=m.start, end=m.end)


def _same(a: Entity, b: Entity) -> bool:
    return (a.code, a.sector, a.entity_text) == (b.code, b.sector, b.entity_text)


def fill_country(ent: Entity, country: str) -> Entity:
    """A sector-only entity ("riot police") takes the story's country."""
    if ent.code or not country or not ent.sector:
        return ent
    return dataclasses.replace(ent, code=country)


def is_state(ent: Entity) -> bool:
    return len(ent.code) == 3 and ent.sector in ("GOV", "MIL", "SPY", "JUD", "LEG", "") and ent.code not in ("NGO", "ISM", "MNC", "IMG")


def find_mentions(doc: "Doc", pub_date: Any, dictionary: Any, memory_factory: Any) -> MentionIndex:
    """Run the actor dictionary over a doc (with a fresh per-story memory)."""
    if dictionary is None:
        return MentionIndex(doc, [])
    memory = memory_factory() if memory_factory is not None else None
    return MentionIndex(doc, dictionary.find(doc, pub_date, memory))
