"""Background and recaps: is an act news of this story, or told before? The coder asks these once a trigger is
found and dated (analysis.py): history and old years ("in 2008", "then"), episodes dated before the report,
habits and standing states ("has long held"), running tallies and statistics, recaps of earlier reports and "since
then", commemorations, quoted recollections, corrected or denied reports, and acts told again in a later sentence.
A true answer says why the act is background and not coded as a new event."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Sequence

from tocsin.coding.actor_link import MentionIndex
from tocsin.coding.dates import DAY_WORDS, HISTORICAL_DAYS, MONTHS, WEEKDAYS, DateResolution, count_of, find_dates
from tocsin.coding.syntax import (CHANGE_AMOUNT_NOUNS, agents, clause_verb, is_finite, is_passive, objects, passive_subjects, prep_objects, ranked,
                                  stranded_participle, subjects, to_infinitive, with_conjuncts)
from tocsin.coding.triggers import ACTOR_NOUNS, CONVERSATION_NOUNS, SPEAKER_VERBS, TriggerHit, claimed_act, DOCUMENT_NOUNS
from tocsin.coding.figurative import AIMING_LEMMAS
from tocsin.coding.non_acts import LAWS_AND_MEASURES, PLEDGE_VERBS
from tocsin.coding.word_lists import type_set, word_set
from tocsin import nlp
from tocsin.types import Entity
from tocsin.coding.drafts import (has_lemma, clause_dated, clause_indices, CONDEMN_RULE, Draft, NESTED, QUOTE_MARKS, VERBAL_TYPES, clause_tokens, entity_codes,
                                  token_at)
from tocsin.coding.event_dates import (at_the_occasion_told, what_it_called, old_time_looked_ahead_to, BACK_POINTING_PRONOUNS, CAUSE_PREPS, COUNTED_BACK, EPISODE_DAY, GONE_OCCASION_MARKERS,
                                       INTERVAL_NOUNS, LEAD_DAY_REACH, OCCASION_DAY, PERSONAL_PRONOUNS, PRESENT_TAGS,
                                       RETOLD_EVENT_NOUNS, adjunct_of, crowd_dispersed, protesters_held, dated_to_a_day, dated_tokens,
                                       host_spoke_at_meeting, interval_phrase, month_looked_ahead_to, partner_arrival,
                                       recent_interval, tense_of_telling, without_dateline, TRAVEL_VERBS,
                                       day_opens_a_state, new_paragraph, RELATIVE_INSIDE, RELATIVE_OPENING,
                                       ENACTING_PREPS, ORDER_DOCUMENT_NOUNS)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


def comment_on_clause(verb: "Token") -> bool:
    """A naming verb in a relative clause on a noun set after the clause it comments on: "detained the blogger, a move his
    lawyer called political persecution", "sentenced an activist, a verdict her supporters called revenge" (the speaker
    names the act told; not "in what officials called a terrorist attack", a description)."""
    noun = verb.head
    return (verb.dep_ == "relcl" and noun.dep_ in ("npadvmod", "appos") and noun.i > 0
            and any(t.text == "," for t in noun.doc[noun.left_edge.i - 1:noun.left_edge.i])
            and any(c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in verb.children))


def ordering_party(verb: "Token") -> list["Token"]:
    """Who ordered a passive act: the subject of the ordering verb above it ("Lukashenko ordered additional batteries to be
    moved", "ordered mobile fire groups deployed along the border", where the participle hangs on the object)."""
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in ORDERING_VERBS:
        return subjects(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in ORDERING_VERBS:
        return subjects(verb.head.head)
    return []


ACCOUNTABLE_WORDS = word_set("accountable_words")


def _same_side(actors: Sequence[Entity], others: Sequence[Entity]) -> bool:
    """Some actor of one list is of the same country as one of the other's."""
    return bool(set(entity_codes(actors)) & set(entity_codes(others)) - {""})


def _trait_clause(tok: "Token", hit: TriggerHit, event_nouns: dict[int, str]) -> str:
    """A clause that tells what kind of party or place a noun is, not a new act: "anyone who helped the gunmen",
    "Western governments that supplied Ukraine with weapons", "near Rukla, where German troops are stationed",
    "energy facilities supporting the war effort" ("" when the clause is dated as news or the noun is an event)."""
    if hit.nominal or tok.head.i in event_nouns or told_as_news(tok) or tok.dep_ not in ("relcl", "acl"):
        return ""
    head = tok.head
    if tok.dep_ == "relcl" and head.lower_ in GENERIC_PRONOUNS:
        return f"a class of people ('{head.text} who ...')"
    if (memory := _speakers_memory(tok)):
        return f"what the speaker once did to '{memory}' (a clause of the speaker's memory describing them)"
    if (speaker := _speaker_described(tok)):
        return f"what the speaker '{speaker}' once did (a clause describing who speaks)"
    if dated_to_a_day(tok):
        return ""
    if _undone_by_anyone(tok):
        return f"what was done to '{head.text}' (a past passive clause naming no doer describing them)"
    if hit.rule.event not in DESCRIBED_TYPES:
        return ""
    if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children) and tok.tag_ in ("VBN", "VBZ", "VBP"):
        return f"what goes on at '{head.text}' (a clause describing the place)"
    if tok.dep_ == "relcl" and tok.tag_ == "VBD" and head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NNS", "NNPS") \
            and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children):
        return f"what '{head.text}' have done (a clause describing them)"  # (plural doers: a class, not one party's act)
    if hit.rule.event == "SUPPORT" and _stance_aside(tok):
        return f"the stance of '{head.text}' on a measure (an aside describing it)"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and head.pos_ == "NOUN" and head.ent_type_ == "" \
            and hit.rule.event in ("SUPPORT", "AID") and not _text_signed(head):
        return f"participle describing '{head.text}'"  # "facilities supporting the military", "firms financing the war"
    return ""


def _text_signed(noun: "Token") -> bool:
    """A law or a decree that the verb signs ("Putin signed a law ratifying an agreement with North Korea"): its
    participle tells what the signing does, the act itself, not a trait of the law."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "sign" and noun.lemma_.lower() in SIGNED_TEXT_NOUNS


def _undone_by_anyone(relcl: "Token") -> bool:
    """A simple past passive clause with no doer on a plural noun ("We need to go to the places that were bombed"):
    which things are meant, not an act of the news (undated: see told_as_news; not "the villages that were shelled by
    Russian forces"; not a clause set off by a comma that tells what came next to people just acted on: "pardoned
    three Afghan couriers, who were released from prison the same day")."""
    if _sequel_to_act_on_them(relcl):
        return False
    return relcl.dep_ == "relcl" and relcl.tag_ == "VBN" and relcl.head.tag_ == "NNS" \
        and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in relcl.children) \
        and any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in relcl.children) \
        and not any(c.dep_ == "agent" for c in relcl.children)


def _sequel_to_act_on_them(relcl: "Token") -> bool:
    """A relative clause after a comma on the object of a past verb ("pardoned three couriers, who were released")."""
    noun = relcl.head
    start = relcl.left_edge.i
    return noun.dep_ == "dobj" and noun.head.tag_ == "VBD" and start > 0 and relcl.doc[start - 1].text == ","


def _speakers_memory(relcl: "Token") -> str:
    """A simple past clause told by "I" or "we" on a common noun ("The people I met in the trenches then were sure the
    next war was coming"): the speaker's memory describing them, not an act of the news (undated: see told_as_news).
    Returns the noun, or ""."""
    if relcl.dep_ != "relcl" or relcl.tag_ != "VBD" or relcl.head.pos_ != "NOUN" or dated_to_a_day(relcl):
        return ""
    return relcl.head.text if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in relcl.children) else ""


def _speaker_described(relcl: "Token") -> str:
    """A simple past clause on an unnamed person who speaks a quotation ("said a former conscript who fought near the
    village of Talish"): who the speaker is, not an act of the news (undated: see told_as_news). Returns the person's
    word, or ""."""
    person = relcl.head
    if relcl.dep_ != "relcl" or relcl.tag_ != "VBD" or person.pos_ != "NOUN" or person.dep_ != "nsubj" \
            or person.head.lemma_.lower() not in SPEAKER_VERBS or dated_to_a_day(relcl):
        return ""
    return person.text if any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in relcl.children) else ""


def _stance_aside(relcl: "Token") -> bool:
    """An aside set off by a comma that tells a party's stance on a measure ("Kyrgyzstan's muftiate, which backed the
    ban, has devoted its sermons to ..."): what kind of party it is, no act of the news (undated: see told_as_news)."""
    if relcl.dep_ != "relcl" or relcl.i < 1 or relcl.head.i + 1 >= relcl.i:
        return False
    if relcl.head.dep_ not in ("nsubj", "nsubjpass"):
        return False  # (an aside on the one met tells what was said there: "met Li Qiang, who welcomed the plans")
    after_head = relcl.doc[relcl.head.i + 1]
    measures = [o for o in relcl.children if o.dep_ == "dobj" and o.lemma_.lower() in STANCE_MEASURES]
    return after_head.lower_ == "," and bool(measures) and any(c.tag_ == "WDT" or c.tag_ == "WP" for c in relcl.children)


STANCE_MEASURES = LAWS_AND_MEASURES | {"ban"}
TOLL_PARTICIPLES = frozenset({"kill", "wound", "injure", "maim"})


def told_as_news(relcl: "Token") -> bool:
    """A relative clause dated to the days of the report ("that killed 30 soldiers on Monday"), not to an
    earlier time ("which Astana tightened in 2019"), or told with its toll ("the soldiers who fired at a border post,
    wounding two guards")."""
    return any(c.dep_ in ("prep", "npadvmod") and any(t.lower_ in DAY_WORDS for t in c.subtree)
               for c in relcl.children) or any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in TOLL_PARTICIPLES
                                               for c in relcl.children)


GENERIC_PRONOUNS = word_set("generic_pronouns")
# types a describing clause often names as a trait of a party or place rather than as news
DESCRIBED_TYPES = {"AID", "SUPPORT", "MOBILIZE", "COOPERATE"}
ORDERING_VERBS = word_set("ordering_verbs")


VIOLENT_TYPES = type_set("violent")


def deportees_told_before(drafts: Sequence[Draft]) -> None:
    """A deportation told without whom it removes, whose recipient fell back on the deporting state itself, removes
    the people of the deportation told just before ("Iran deported 14,000 Afghans ... Pakistan has also resumed
    expulsions this month" -> PAK against AFG, not PAK against PAK)."""
    for n, d in enumerate(drafts):
        if d.verdict != "coded" or d.mode != "deport" or not d.default_recipient \
                or set(entity_codes(d.recipients)) != set(entity_codes(d.actors)) or not d.recipients:
            continue
        before = next((b for b in reversed(drafts[:n]) if b.verdict == "coded" and b.mode == "deport"
                       and b.sent_index < d.sent_index and not b.default_recipient and b.recipients
                       and not set(entity_codes(b.recipients)) & set(entity_codes(d.actors))), None)
        if before is not None:
            d.recipients, d.default_recipient = list(before.recipients), False
            d.recipient_reason += "; the people of the deportation told before: " + "/".join(entity_codes(before.recipients))


NOTE_NOUNS = {"note", "letter", "memorandum"}


def note_told_before(verb: "Token", earlier: Sequence[Draft], s_i: int) -> int:
    """A note of protest told before, now the subject of what it says ("summoned ... and handed a note of protest over a
    deputy's remarks. The note described the remarks as 'unacceptable'", "The note called the remarks unacceptable"):
    the content of that protest, not a second one. Returns the number of the sentence that told the note, or 0."""
    if not any(s.lemma_.lower() in NOTE_NOUNS and any(c.lower_ in ("the", "this", "that") for c in s.children)
               for s in subjects(verb)):
        return 0
    told = next((d for d in reversed(earlier) if d.sent_index < s_i and d.verdict == "coded" and d.event == "ACCUSE"
                 and any(t.lemma_.lower() in NOTE_NOUNS for t in d.sent)), None)
    return told.sent_index + 1 if told is not None else 0


EPISODE_NOUNS = word_set("episode_nouns")


LATER_PHRASE = re.compile(r"\b(?:the\s+(?:following|next)\s+(?:day|morning|night|week|month|year)|(?:a|an|one|two|three|four|"
                          r"five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+later|"
                          r"(?:days|weeks|months|years)\s+later|"
                          # the time told before: "later that year", "two weeks after the fighting ended"
                          r"that\s+(?:year|month|summer|winter|spring|autumn)|"
                          r"(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)?\s*(?:weeks?|months?|years?)"
                          r"\s+after\s+the)\b",
                          re.IGNORECASE)


def later_than_history(sent: "Span", previous: "Span", pub: dt.date | None, verb: "Token | None" = None) -> str:
    """A time told relative to the sentence before ("Soviet authorities evacuated Pripyat the following day, and
    soldiers were sent to contain the fallout", "Five weeks later they were withdrawn", "Moscow later sent hundreds of
    thousands of soldiers", "later that year", "two weeks after the fighting ended") when that sentence is dated years
    back ("April 26, 1986"), or pointing back to a time years back it names ("at the time", "back then"): the act
    belongs to that history. Returns why, or ""."""
    later = LATER_PHRASE.search(nlp.span_text(sent))
    word = later.group(0) if later is not None else (_later_adverb(verb) if verb is not None else "")
    back = BACK_THEN.search(nlp.span_text(sent))
    if (not word and back is None) or pub is None:
        return ""
    dates = find_dates(nlp.span_text(previous), pub)
    if word and dates and all(d.historical for d in dates):
        return f"'{word}' after '{dates[-1].date_text}'"
    old = [d for d in dates if d.historical and not d.bound]
    if back is not None and old:  # "recalled the 2022 unrest on Monday. Her son was arrested at the time"
        return f"'{back.group(0)}' after '{old[-1].date_text}'"
    return ""


OLD_TIME_ANAPHOR = re.compile(r"\b(?:" + "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+")
                                                          for p in word_set("old_time_anaphors")), key=len, reverse=True))
                              + r")\b", re.IGNORECASE)
THEN_OPENING = re.compile(r"^[\"“‘']?\s*(?:and\s+)?then\s*,", re.IGNORECASE)  # "Then, protesters stormed ..."


THEN_INSIDE = re.compile(r"(?<![\w-])then\b(?![-–])", re.IGNORECASE)
THEN_NOT_BACK = re.compile(r"\b(?:since|until|till|by|from|than|if|when|and|since\s+that)\s*$", re.IGNORECASE)


def _then_inside(text: str, pub: dt.date) -> "re.Match[str] | None":
    """A "then" inside a sentence with no time of its own ("The floods revive memories of spring 2024, when 118,000
    people were forced from their homes. Tokayev then criticised officials"): it points back to the time of the
    sentence before. Not "since then", "by then", "and then", "if ..., then", nor "then-President"."""
    m = THEN_INSIDE.search(text)
    if m is None or THEN_NOT_BACK.search(text[:m.start()]) or re.search(r"\bif\b", text[:m.start()], re.IGNORECASE) \
            or any(d.date is not None for d in find_dates(text, pub)):
        return None
    return m


def _last_time_told(text: str, pub: dt.date, news_day_voids: bool = False) -> DateResolution | None:
    """The latest time a text tells, not counting a day that only names a thing ("Sunday's vote") or the end of a
    span ("until 2029"): the time "then" or "at the time" after it points back to. With `news_day_voids`, when the
    text also tells a day of the news period, its act is today's news and an old year in it only names what the act is about ("rallied in
    Bishkek on Monday, demanding an inquiry into the killings of 2010. Then, police detained dozens"; "detained two
    herders on Sunday near Kok-Tash, the site of clashes in 2022. That same week, ..."): None, no old time to point to."""
    told = [d for d in find_dates(text, pub) if d.date is not None and d.start is not None and not d.bound
            and not text[d.start + len(d.date_text):].startswith(("'s", "’s"))]
    if news_day_voids and any(not d.historical and not d.ahead for d in told):
        return None
    return told[-1] if told else None


def in_old_time_told_before(sent: "Span", previous: "Span | None", pub: dt.date | None, text: str = "",
                             previous_text: str = "") -> str:
    """An act set by "Then," (opening the sentence), "at the time", "in the same week" or "back then" in the latest
    time told before it, in the sentence before or earlier in its own sentence, when that time is an old one ("Memories
    of October 2020 still hang over Sunday's vote. Then, protesters stormed the presidential administration"; "The
    report recalled that two tankers were struck at the end of November. Kazakhstan lodged a protest ... in the same
    week"; "A drone damaged a mooring point in late November, and Kazakhstan protested to Kyiv at the time"): that old
    time's act, background. Not when the time told before is a day of the news period, an old year only naming what that
    act is about ("rallied on Monday, demanding an inquiry into the killings of 2010. Then, police detained dozens").
    `text` and `previous_text`: the sentences' words with a dateline blanked (the filing day is no time told). Returns
    why, or ""."""
    if pub is None:
        return ""
    text = text or nlp.span_text(sent)
    m = THEN_OPENING.search(text.lstrip()) or OLD_TIME_ANAPHOR.search(text) or _then_inside(text, pub)
    if m is None:
        return ""
    last = _last_time_told(text[:m.start()], pub, news_day_voids=True)
    if last is None and previous is not None:
        last = _last_time_told(previous_text or nlp.span_text(previous), pub, news_day_voids=True)
    if last is None or not last.historical:
        return ""
    return f"'{m.group(0).strip(' ,')}' after '{last.date_text}'"


def _old(date: DateResolution, pub: dt.date) -> bool:
    """A time before the news period that dates a happening (not the end of a span, nor a time to come, nor a month
    without a year that may be the coming one: "begin work on the next stretch in March" in a February story)."""
    coming = date.reason == "month" and date.date is not None and date.date.month > pub.month \
        and not any(ch.isdigit() for ch in date.date_text) and not date.date_text.lower().startswith(("last", "since"))
    return date.historical and not date.bound and not date.ahead and not coming


def _object_participle_time(verb: "Token", dated: Sequence[tuple[DateResolution, "Token"]]) -> DateResolution | None:
    """A time the parser hung on a participle describing the verb's object, where it dates the verb ("signed a treaty
    settling their entire border in March 2025", "an agreement demarcating their border in September 2022"): that
    time, or None. (A past participle keeps its own time: "released a pilot captured in 2022".)"""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for part in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
            found = next((d for d, t in dated if adjunct_of(t).i == part.i), None)
            if found is not None:
                return found
    return None


def _own_old_time(verb: "Token", dated: Sequence[tuple[DateResolution, "Token"]], pub: dt.date) -> DateResolution | None:
    """The old time a verb carries itself, on its complement ("tried to stop the tanker in May 2025") or on the
    participle describing its object ("signed a treaty settling the border in March 2025"); None if it has none. (The
    complement of an invitation or a pledge lies ahead and dates only itself: "invited Tokayev to visit Samarkand in the
    spring".)"""
    complements = [] if verb.lemma_.lower() in COMMITTING_HEADS else [c for c in verb.children if c.dep_ == "xcomp"]
    for v in [verb] + complements:
        own = next((d for d, t in dated if _time_adjunct(t).i == v.i), None) or _object_participle_time(v, dated)
        if own is not None:
            return own if _old(own, pub) else None
    return None


SPAN_PART_NOUNS = word_set("span_part_nouns")
COMMITTING_HEADS = word_set("committing_heads")


def _time_adjunct(tok: "Token") -> "Token":
    """The word a time phrase hangs from, through a time noun that holds it ("came back in the summer of 2025",
    "were struck at the end of November": the verb)."""
    holder = adjunct_of(tok)
    if holder.pos_ in ("NOUN", "PROPN") and (holder.lemma_.lower() in TIME_NOUNS | SPAN_PART_NOUNS) \
            and holder.i != tok.i:
        return adjunct_of(holder)
    return holder


def _old_time_of_first_conjunct(head: "Token", sent: "Span", text: str, pub: dt.date | None) -> str:
    """An undated verb joined to a verb dated by an old time ("Estonia tried to stop another tanker in May 2025, but let
    it go"; "signed a treaty settling their border in March 2025, and the two presidents later opened crossing
    points"), or the verb itself told with an old time on its object's participle: the time of the first covers the
    verbs joined to it. Returns why, or ""."""
    if pub is None:
        return ""
    dated = dated_tokens(sent, text, pub)
    if not dated:
        return ""
    own = _object_participle_time(head, dated)
    if own is not None and _old(own, pub):
        return f"'{own.date_text}' on what '{head.text}' acts on dates it"
    first = head
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first.i == head.i or any(t in head.subtree for _, t in dated if t.i > head.i):
        return ""
    old = _own_old_time(first, dated, pub)
    return f"the time of '{first.text}' ('{old.date_text}') covers the verbs joined to it" if old is not None else ""


SOURCE_FINDING_VERBS = word_set("source_finding_verbs")


def _told_by_an_old_source(head: "Token", sent: "Span", text: str, pub: dt.date | None) -> str:
    """An undated act told "according to" a source of an old time ("850 people were killed in the fighting, according
    to a report ..., which concluded in 2009 that ..."): the source's finding about its own past, history. Not when
    the sentence tells another time ("were killed on Monday, according to a report published in 2009") nor a source
    of the news period ("according to a report published on Monday"). Returns why, or ""."""
    if pub is None:
        return ""
    source = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "according"), None)
    if source is None:
        return ""
    dated = dated_tokens(sent, text, pub)
    inside = [d for d, t in dated if t in source.subtree and adjunct_of(t).lemma_.lower() in SOURCE_FINDING_VERBS]
    if not inside or len(inside) != len(dated) or not all(_old(d, pub) for d in inside):
        return ""
    return f"told according to a source of '{inside[0].date_text}'"


def _old_describing_clause(tok: "Token", hit: TriggerHit, head: "Token", sent: "Span", text: str, pub: dt.date | None,
                           event_nouns: dict[int, str]) -> str:
    """An act named by a noun that a clause on it dates to an old time ("The drone attacks, which began in earnest in
    August 2025, knocked out a fifth of Russia's refining capacity"; "The last round of talks ..., held in 2023, dealt
    with trade"), or told with such a noun as its subject ("The raids on refineries, which Ukraine launched in 2025,
    forced the government to ban gasoline exports"): that old episode, background. Not when the sentence tells a time
    of the news period ("The talks, which began in 2023, resumed on Monday"), nor when the act is told as taken up
    again ("Border talks, which began in 2017, resumed in Tashkent" under a dateline): the old clause is its start, the
    resumption is news. Returns why, or ""."""
    if pub is None or any(v.lemma_.lower() in RESUMING_VERBS for v in (head, tok)):
        return ""
    dated = dated_tokens(sent, text, pub)
    elsewhere = _other_conjuncts_words(head)
    if not any(_old(d, pub) for d, _ in dated) or any(not d.historical and not d.bound and not d.ahead
                                                      and d.reason != "the year of publication" and t.i not in elsewhere
                                                      for d, t in dated):
        return ""  # (a time of the news period, not a span as wide as "this year" nor one told in a verb coordinated
        # with the act's, may tell the noun's act again now)
    nouns = [tok] if hit.nominal else []
    if hit.nominal and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        nouns.append(tok.head.head)  # ("The last round of talks ..., held in 2023")
    holders = [head]
    while holders[-1].dep_ in ("xcomp", "conj", "ccomp") and holders[-1].head.i != holders[-1].i and len(holders) < 4:
        holders.append(holders[-1].head)
    nouns += [s for v in holders for s in v.children if s.dep_ in ("nsubj", "nsubjpass")
              and (s.i in event_nouns or s.lemma_.lower() in RETOLD_EVENT_NOUNS | EPISODE_NOUNS)]
    for noun in nouns:
        clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")] + [  # (a clause the parser hung lower in
            c for c in noun.subtree if c.dep_ in ("relcl", "acl") and c.head.i != noun.i  # the phrase: "The raids on
            and c.lemma_.lower() in EPISODE_TELLING_VERBS]  # refineries, which Ukraine launched in 2025")
        for clause in clauses:
            old = next((d for d, t in dated if _old(d, pub) and t in clause.subtree), None)
            if old is not None:
                return f"'{noun.text}' dated by the clause on it ('{old.date_text}')"
    return ""


def _other_conjuncts_words(head: "Token") -> set[int]:
    """The words of the verbs coordinated with `head` ("Neither has proposed a change this year, and the talks ... dealt
    with trade": for "dealt", the words of "has proposed a change this year"), each less the conjuncts it holds."""
    top = head
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    chain, todo = [], [top]
    while todo:
        cur = todo.pop()
        chain.append(cur)
        todo += [c for c in cur.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    out: set[int] = set()
    for verb in (v for v in chain if v.i != head.i):
        held = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        out |= {t.i for t in verb.subtree if t.i not in held}
    return out


EPISODE_TELLING_VERBS = word_set("episode_telling_verbs")
RESUMING_VERBS = word_set("resuming_verbs")


def _standing_status(verb: "Token") -> bool:
    """A present passive of a standing state ("He is accused of taking bribes", "She is held in Osh"), not a present
    perfect or a future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in PRESENT_TAGS


def _told_of_then(verb: "Token") -> bool:
    """An act told in the past, or a standing state in the present passive that goes on from then."""
    return tense_of_telling(verb) == "past" or _standing_status(verb)


def _pronoun_after_backstory(head: "Token", sent: "Span", previous: "Span | None", previous_text: str,
                             text: str, pub: dt.date | None) -> str:
    """An undated past act told of "he/she/they" right after a sentence whose main act is dated by an old time ("He
    returned home through Orenburg last October. He was detained at the border and charged with mercenarism"): the
    same backstory goes on. Returns why, or ""."""
    if pub is None or previous is None or find_dates(text, pub):
        return ""
    verb = head
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PERSONAL_PRONOUNS), None)
    if pronoun is None or not _told_of_then(verb) or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return ""
    dated = dated_tokens(previous, previous_text, pub)
    old = next((o for v in with_conjuncts(previous.root) if (o := _own_old_time(v, dated, pub)) is not None), None)
    return f"'{pronoun.text}' goes on with the time of the sentence before ('{old.date_text}')" if old is not None else ""


TESTIMONY_AUDIENCES = word_set("testimony_audiences")


def _testimony_recalled(head: "Token") -> str:
    """A past perfect in what a defendant or witness told a court or investigators ("He told the court he had been
    promised Russian citizenship", "She testified that she had been paid"): the case's backstory, not an act of the
    news period. Returns the telling verb, or ""."""
    if head.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
        return ""
    teller = head.head
    if teller.lemma_.lower() == "testify":
        return teller.text
    if teller.lemma_.lower() not in ("tell", "say", "claim"):
        return ""
    heard = [c for c in teller.children if c.dep_ in ("dobj", "dative")] + prep_objects(teller, ("to", "at", "in"))
    return teller.text if any(h.lemma_.lower() in TESTIMONY_AUDIENCES or h.lower_ in TESTIMONY_AUDIENCES
                              for h in heard) else ""


MEMORY_VERBS = word_set("memory_verbs")


def _memory_recalled(head: "Token") -> str:
    """An undated past perfect in what a speaker recalls or remembers ("He recalled that the inter-Tajik talks had been
    held in several rounds in Moscow, Tehran and Almaty"): history remembered, not an act of the news period (a time
    of the news period in it is dated and never asked: "recalled that the talks had been held on Friday"). Returns the
    remembering verb, or ""."""
    if head.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
        return ""
    return head.head.text if head.head.lemma_.lower() in MEMORY_VERBS else ""


def _experience_recalled(tok: "Token") -> str:
    """An undated act inside a gerund that a person recalls or remembers of their own past ("another recalls lying under
    shelling for two days", "remembers hiding from the air strikes"): an experience remembered, history (not "recalls
    that troops shelled the town on Monday", dated, nor a gerund with a subject of its own). Returns the remembering
    verb, or ""."""
    for anc in [tok, *list(tok.ancestors)[:4]]:
        if anc.tag_ == "VBG" and anc.dep_ in ("xcomp", "ccomp") and anc.head.lemma_.lower() in MEMORY_VERBS:
            return "" if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in anc.children) else anc.head.text
    return ""


LONG_BEFORE_WORDS = {"long", "years", "months", "decades", "weeks"}
MORE_YEARS = re.compile(r"(?:\s*(?:,|and|or|-|–)\s*(?:19|20)\d\d)*\s*")  # (" and 2022" after "in 2021")


def own_day_in(date: DateResolution, head: "Token", sent: "Span") -> bool:
    """The date found is told inside the act's own clause (not taken from the clause it hangs on)."""
    tok = token_at(sent, date.start + sent.start_char) if date.start is not None and date.date_text else None
    return tok is not None and tok in head.subtree


def _enacting_text_clauses(head: "Token") -> list["Token"]:
    """The clauses on the decree or order by which the act is done ("shut down by a decree signed on ...")."""
    return [v for p in head.children if p.dep_ in ("prep", "agent") and p.lower_ in ENACTING_PREPS
            for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in ORDER_DOCUMENT_NOUNS
            for v in n.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"]


def _old_time_of_when_clause(head: "Token", sent: "Span", text: str, pub: dt.date) -> str:
    """The old time of a "when" clause on the act, which dates it ("recalled that 59 people were killed when a missile
    struck a wake in the village three years ago"). Returns the time words, or ""."""
    clauses = [c for c in head.children if c.dep_ == "advcl" and any(
        w.lower_ == "when" and w.dep_ in ("advmod", "mark") for w in c.children)]
    if not clauses:
        return ""
    for d, t in dated_tokens(sent, text, pub):
        holder = _time_adjunct(t)
        holder = holder.head if holder.lower_ == "ago" else holder  # ("three years ago")
        if any(holder.i == c.i for c in clauses) and _old(d, pub):
            return d.date_text
    return ""


def before_old_time(head: "Token", sent: "Span", text: str, pub: dt.date | None) -> str:
    """An act told as the time another old act came before ("in a case opened in 2024, before the two countries
    initialled their peace agreement", "a case opened long before the two governments signed a border treaty"): a
    time reference of the backstory, not news. Returns why, or ""."""
    if pub is None:
        return ""
    if (then := _old_time_of_when_clause(head, sent, text, pub)):
        return f"an act told at the time of its 'when' clause, '{then}'"
    when = next((c for v in (head, *head.conjuncts) for c in v.children  # (however the parser hangs it on the
                 if c.lower_ == "when" and c.dep_ == "advmod" and 1 < c.i < head.i  # coordinated verbs)
                 and c.doc[c.i - 1].text == ","), None)
    if when is not None:  # "fired across the valley in 2021 and 2022, when more than 100 people were killed"
        told = text[:when.idx - sent.start_char].rstrip(" ,")
        last = _last_time_told(told, pub)
        if last is not None and _old(last, pub) and MORE_YEARS.fullmatch(told[last.start + len(last.date_text):]):
            return f"a 'when' clause on '{told[last.start:]}', an old time"
    if head.dep_ != "advcl":
        return ""
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ in ("before", "after")), None)
    if mark is None:  # ("The crossing was reopened in March, after the two countries signed their border treaty":
        return ""  # what came before an old time is older still)
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in LONG_BEFORE_WORDS for c in (*head.children, *mark.children)):
        return "an act told as long after an earlier one ('long before')"
    if head.head.dep_ in ("acl", "relcl"):
        return f"an act told as the time of '{head.head.text}', a clause describing a noun"
    last = _last_time_told(text[:mark.idx - sent.start_char], pub)
    return f"an act told as coming after '{last.date_text}'" if last is not None and _old(last, pub) else ""


def points_back_to_history(word: "Token", sent: "Span", told_before: Sequence[Draft], s_i: int,
                            pub: dt.date | None) -> str:
    """An undated act told of a thing pointed back to with "that" or "those" right after a sentence whose acts were all
    history ("Then, protesters stormed the White House and freed Atambayev. The result of that election was
    annulled"): the same history. Returns why, or ""."""
    if pub is None or s_i == 0 or find_dates(nlp.span_text(sent), pub):
        return ""
    before = [d for d in told_before if d.sent_index == s_i - 1]
    if not any(d.verdict.startswith("not coded: background") for d in before) \
            or any(d.verdict == "coded" for d in before):
        return ""
    verb = clause_verb(word)
    pointer = next((c for t in clause_tokens(verb) if t.pos_ in ("NOUN", "PROPN") for c in t.children
                    if c.dep_ == "det" and c.lower_ in ("that", "those")), None)
    return f"'{pointer.text} {pointer.head.text}' points back to the history told before" if pointer is not None else ""


def old_backstory(tok: "Token", hit: TriggerHit, head: "Token", sent: "Span", text: str, pub: dt.date | None,
                   event_nouns: dict[int, str], previous: "Span | None", previous_text: str) -> str:
    """Why an undated act belongs to a backstory of an old time or to no time at all (see the functions it asks), or
    "" when it may be news."""
    if hit.nominal:
        return (_old_describing_clause(tok, hit, head, sent, text, pub, event_nouns)
                or _told_by_an_old_source(head, sent, text, pub) or _history_source(sent))
    if (gathering := _gathering_of_old_time(head, pub)):
        return f"done at '{gathering}', a gathering of an old time"
    if (tally := _record_tally(head)):
        return f"a record of an uncounted many ('{tally}') set against another, no act"
    why = (_old_time_of_first_conjunct(head, sent, text, pub)
           or _told_by_an_old_source(head, sent, text, pub)
           or _old_describing_clause(tok, hit, head, sent, text, pub, event_nouns)
           or _pronoun_after_backstory(head, sent, previous, previous_text, text, pub))
    if why:
        return why
    if (memory := _memory_recalled(head)):
        return f"the past perfect of what a speaker '{memory}', history"
    if (memory := _experience_recalled(tok)):
        return f"an experience a speaker '{memory}', history"
    if hit.rule.event not in ("ASSAULT", "COERCE") and (told := _testimony_recalled(head)):
        # (abuse a detainee tells of is an allegation of its own, not backstory)
        return f"the past perfect of what was '{told}' to a court, the case's backstory"
    if (stance := _standing_stance(head, event_nouns)):
        return f"a standing view ('{stance}'), no statement of the news period"
    if (stance := _standing_refusal(head) or _standing_pledge(head) or _standing_insistence(head)):
        return f"a standing position ('{stance}'), no act of the news period"
    if (who := _generic_rule_subject(head)):
        return f"what a rule does to anyone ('{who} ...'), no act"
    if (law := _standing_bar_of_law(head)):
        return f"what the {law} does in the present tense, a standing rule, no act"
    return _history_source(sent)


def _history_source(sent: "Span") -> str:
    """A sentence told on the word of a chronicle or a legend ("according to Chinese chronicles", ", legend says,"):
    history, not news. Returns why, or ""."""
    source = HISTORY_SOURCE.search(nlp.span_text(sent))
    return f"history told '{source.group(0).strip(' ,')}'" if source is not None else ""


GATHERING_NOUNS = word_set("meeting_nouns") | word_set("calendar_gatherings")
VAGUE_TALLIES = word_set("vague_tallies")
CONTRAST_MARKS = word_set("record_contrast_marks")


def _gathering_of_old_time(verb: "Token", pub: dt.date | None) -> str:
    """An act whose object is a gathering named by an old year or month ("Modi skipped the 2024 summit in Astana" in a
    2026 story): it was done at that gathering, backstory (not "skipped the summit in Astana on Monday")."""
    if pub is None:
        return ""
    for obj in objects(verb):
        if obj.lemma_.lower() not in GATHERING_NOUNS:
            continue
        for mod in obj.children:
            if mod.dep_ in ("nummod", "compound", "amod", "npadvmod") and mod.i < obj.i \
                    and _old_month_or_year(mod.text, pub):
                return f"{mod.text} {obj.text}"
    return ""


def _record_tally(verb: "Token") -> str:
    """A present perfect act on an uncounted many in a clause set against another record ("which has rarely tried
    citizens for fighting in Ukraine, although it has convicted hundreds for joining militant groups"): a record of
    years, no act (not "police have detained hundreds of protesters")."""
    if verb.dep_ != "advcl" or not _present_perfect(verb) \
            or not any(c.dep_ == "mark" and c.lemma_.lower() in CONTRAST_MARKS for c in verb.children):
        return ""
    return next((obj.text for obj in objects(verb) if obj.lemma_.lower() in VAGUE_TALLIES), "")


def sparse_record(verb: "Token") -> str:
    """A present perfect act on "few" of a kind ("Kazakhstan has granted asylum to very few applicants from Russia", "has
    extradited few deserters"): a record of years told by its scarcity, no act (not "has granted asylum to a few
    deserters this week", a count of one decision). Returns the words, or ""."""
    if not _present_perfect(verb):
        return ""
    for patient in objects(verb) + prep_objects(verb, ("to",)):
        few = patient if patient.lower_ == "few" else next(  # ("has extradited few of the deserters")
            (c for c in patient.children if c.dep_ == "amod" and c.lower_ == "few"), None)
        if few is not None and not any(c.dep_ == "det" and c.lower_ == "a" for c in (*patient.children, *few.children)):
            return few.text if few is patient else f"{few.text} {patient.text}"
    return ""


def _month_word(tok: "Token") -> bool:
    return any(part in MONTHS and (len(part) > 4 or part in ("may", "june", "july")) for part in tok.lower_.split("-"))


def _told_in_present(sent: "Span") -> bool:
    """A sentence with no past, perfect, passive or modal form ("Kyrgyzstan hosts the summit of the CSTO")."""
    return not any(t.tag_ in ("VBD", "VBN", "MD") for t in sent)


def calendar_heading(verb: "Token", sent: "Span", previous: "Span | None") -> str:
    """An act told in the present after a verbless heading of a date that opens its paragraph ("October 9-10, Dushanbe. The
    CIS holds its annual summit in the Tajik capital."): an entry of a calendar of what is to come, no act."""
    if previous is None or not _told_in_present(verb.sent):
        return ""
    text = nlp.doc_text(sent.doc)
    if "\n" in text[previous.end_char:sent.start_char] or text[:previous.start_char].strip(" ")[-1:] not in ("\n", ""):
        return ""
    if any(t.pos_ in ("VERB", "AUX") for t in previous) or not any(_month_word(t) for t in previous):
        return ""
    return nlp.span_text(previous).strip()


_HISTORY_SOURCES = "|".join(
    sorted((re.escape(p).replace(r"\ ", r"\s+") for p in word_set("history_sources")), key=len, reverse=True))
HISTORY_SOURCE = re.compile(r"\baccording\s+to\s+(?:[\w-]+\s+){0,2}?(?:" + _HISTORY_SOURCES + r")\b"
                            r"|,\s*(?:" + _HISTORY_SOURCES + r")\s+(?:says|say|has\s+it|tells|holds),",
                            re.IGNORECASE)  # "According to Chinese chronicles, the Karluks ... attacked the Tang flank",
# "Prisoners taken in the battle, legend says, taught ...": history, not news


SAYING_STANCE_VERBS = word_set("stance_saying_verbs")
STANCE_VERBS = SAYING_STANCE_VERBS | word_set("stance_naming_verbs")
STANDING_ADVERBS = word_set("standing_adverbs")


def _definite_act_subject(clause: "Token", event_nouns: dict[int, str]) -> bool:
    """A clause whose subject is a definite act, one the story tells ("The Kremlin has said the detentions are
    unacceptable", "has said these arrests are illegal"): a reaction to that act, not a view held over time of a
    kind of things ("has said Western sanctions are illegal") or of a standing thing ("has said the treaty is illegal")."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.i in event_nouns and any(
        d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "these", "that", "those", "its", "their", "his", "her")
        for d in s.children) for s in clause.children)


def _standing_stance(head: "Token", event_nouns: dict[int, str]) -> str:
    """A view told in the present perfect with no day of its own, held over time ("Moscow has repeatedly called such
    measures illegal") or about how things are ("The Kremlin has said Western sanctions are illegal"): a stance, not a
    statement of the news period (not "has said it will retaliate"). Returns the words, or ""."""
    if head.lemma_.lower() not in STANCE_VERBS or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS for c in head.children):
        return ""
    if clause_dated(head):
        return ""
    adverb = next((c for c in head.children if c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS), None)
    if adverb is not None:
        return f"{adverb.text} {head.text}"
    if head.lemma_.lower() not in SAYING_STANCE_VERBS:
        return ""  # ("The EU has called the vote a farce": a reaction of the news, unless told as held over time)
    held = [c for c in head.children if c.dep_ == "ccomp" and not _definite_act_subject(c, event_nouns)]
    present = any((c.tag_ in PRESENT_TAGS and not any(a.dep_ == "aux" for a in c.children))
                  or (c.pos_ in ("ADJ", "NOUN") and any(a.dep_ == "cop" and a.tag_ in PRESENT_TAGS for a in c.children))
                  for c in held)
    return f"has {head.text} what holds" if present else ""


STANDING_DEMAND_VERBS = word_set("standing_demand_verbs")


def _standing_insistence(head: "Token") -> str:
    """A demand told in the simple present with no day ("Baku insists that Armenia amend its constitution before a
    peace treaty can be signed"): a standing condition, no demand of the news period (not "Baku insisted on Tuesday
    that ..."). Returns the words, or ""."""
    if head.lemma_.lower() not in STANDING_DEMAND_VERBS or head.tag_ not in PRESENT_TAGS \
            or any(c.dep_ == "aux" for c in head.children) or dated_to_a_day(head) \
            or clause_dated(head):
        return ""
    return head.text


def _present_perfect(verb: "Token") -> bool:
    """"has said", "have promised": the verb is a present perfect."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS
                                      for c in verb.children)


def _standing_refusal(head: "Token") -> str:
    """A refusal told as said in the present perfect with no day ("Baku has said it will not sign the treaty until
    Armenia changes its constitution", "Kyiv has insisted it will never cede territory"): a standing position, not a
    refusal of the news period (not "said on Tuesday it will not sign"). Returns the words, or ""."""
    saying = head.head if head.dep_ == "ccomp" else None
    if saying is None or saying.lemma_.lower() not in SAYING_STANCE_VERBS or not _present_perfect(saying) \
            or dated_to_a_day(saying):
        return ""
    refused = any((c.dep_ == "neg" or c.lower_ == "never") for c in head.children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "wo") for c in head.children)
    condition = next((m for c in head.children if c.dep_ == "advcl" for m in c.children
                      if m.dep_ == "mark" and m.lower_ in STANDING_CONDITION_MARKS), None)
    return f"has {saying.text} it will not {head.text} {condition.text} ..." if refused and condition is not None else ""


STANDING_CONDITION_MARKS = word_set("standing_condition_marks")
MANY_TIMES_WORDS = word_set("many_times_words")
EMBEDDING_DEPS = ("ccomp", "xcomp", "acomp")


def _saying_above(head: "Token") -> "Token | None":
    """The verb of saying a promise or offer is told under, through the words that embed it ("Beijing has said
    many times that it is ready to help Kyrgyzstan": 'help' under 'ready' under 'is' under 'said'), or None."""
    cur = head
    for _ in range(4):
        if cur.dep_ not in EMBEDDING_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in SAYING_STANCE_VERBS:
            return cur
    return None


def held_saying(head: "Token") -> str:
    """An offer or promise told under a verb of saying in the present perfect that is held over time and has no day
    ("Moscow has repeatedly said it would help Dushanbe if the situation deteriorates", "Beijing has said many times
    that it is ready to help"): a standing position, not a promise of the news period (round 28). Returns the
    words, or ""."""
    saying = _saying_above(head)
    if saying is None or not _present_perfect(saying) or dated_to_a_day(saying):
        return ""
    adverb = next((c.text for c in saying.children if c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS), "")
    times = next((c for c in saying.children if c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() == "time"
                  and any(m.lower_ in MANY_TIMES_WORDS for m in c.children)), None)
    if times is not None:
        adverb = " ".join(t.text for t in times.subtree)
    return f"has {adverb} {saying.text} ..." if adverb else ""


STANDING_PERFECT_TYPES = type_set("standing_perfect")


def standing_perfect_talk(head: "Token", event: str) -> str:
    """Talks, offers or refusals told in the present perfect with no day or date of their own ("Kyrgyz officials have
    discussed similar arrangements with Germany", "Turkey has repeatedly offered to host talks", "has refused to call
    early elections", "has repeatedly criticised regional officials"): a standing position, not an act of the news period (round 30), and never dated by another
    clause's day. Returns the words, or ""."""
    if event not in VERBAL_PERFECT_TYPES or not _present_perfect(head) or dated_to_a_day(head):
        return ""
    if any(t.ent_type_ in ("DATE", "TIME") and not _in_since_phrase(t) for t in clause_tokens(head)):
        return ""  # (a span "since 2022" dates no act of its own: "has repeatedly offered to host talks ... since 2022")
    aux = next(c for c in head.children if c.dep_ == "aux" and c.lemma_.lower() == "have")
    if event in STANDING_PERFECT_TYPES and any(m.lower_ in COMPARISON_WORDS for o in objects(head) for m in o.children):
        return f"{aux.text} {head.text} {' '.join(t.text for t in objects(head)[0].subtree)}"  # "similar arrangements"
    # an offer or refusal in the present perfect is often the news ("Russia has offered Armenia a discount on gas"):
    # standing only when told as repeated ("has repeatedly offered", "has offered several times")
    if not is_passive(head) and (habit := _present_habit_beside(head)) is not None:
        return f"{aux.text} {head.text} ... and {habit.text}"  # "have dismissed global rankings as biased and promote"
    adverb = next((c.text for c in head.children if c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS | REPEAT_ADVERBS), "")
    times = next((c for c in head.children if c.dep_ in ("npadvmod", "advmod", "dobj") and c.lemma_.lower() == "time"
                  and any(m.lower_ in MANY_TIMES_WORDS for m in c.children)), None)  # ("has offered several times to")
    if times is not None:
        adverb = " ".join(t.text for t in times.subtree)
    return f"{aux.text} {adverb} {head.text} ..." if adverb else ""


def _in_since_phrase(t: "Token") -> bool:
    """A word of a "since" phrase ("since 2022", "since early 2022")."""
    return any(w.dep_ == "prep" and w.lower_ == "since" for w in (t, t.head, t.head.head))


def _present_habit_beside(verb: "Token") -> "Token | None":
    """A present-simple verb coordinated with an active present perfect one, both of the same subject ("Russian
    officials have dismissed global rankings as biased and promote an alternative of their own"; not "He has been
    charged with treason and faces life imprisonment"): a habit told, or None."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.tag_ in ("VBP", "VBZ", "VB") and not any(
        a.dep_ in ("aux", "auxpass", "mark") for a in c.children)), None)  # (the parser tags it VB after "have")


VERBAL_PERFECT_TYPES = {"CONSULT", "AGREE", "REJECT", "ACCUSE"}  # ("Russian officials have often criticised Chisinau")
COMPARISON_WORDS = word_set("standing_comparison_words")


def _since_phrase(verb: "Token") -> "Token | None":
    """The "since ..." phrase or clause on a verb ("since 2014", "since the movement was banned in 2014"), or None."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            return c
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return c
    return None


def _charged_deeds(head: "Token") -> list["Token"]:
    """The gerund an accusation charges ("has accused Moscow of meddling since 2022": 'meddling'), where the parser
    hangs a "since" phrase of the accusing verb."""
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ in ("pobj", "pcomp") and g.tag_ == "VBG"]


def standing_since(head: "Token", pub: dt.date | None) -> str:
    """A state of affairs told in the present perfect as running since a time years or months back ("Tajik
    authorities have sought the return of Group 24 members since the movement was banned in 2014", "Since
    Mirziyoyev took over in 2016, Tashkent has dropped its objections"): a standing position, not an act of the
    news period (round 28); not "since Monday", nor a counted total ("have detained 1,214 people since 2024").
    Returns the since-phrase, or ""."""
    if pub is None or not _present_perfect(head):
        return ""
    since = _since_phrase(head) or next((p for g in _charged_deeds(head) if (p := _since_phrase(g)) is not None), None)
    if since is None:
        return ""
    if any(t.like_num and t.dep_ == "nummod" for o in objects(head) for t in o.children):
        return ""
    words = " ".join(t.text for t in since.subtree)
    return words if any(d.historical for d in find_dates(words, pub)) else ""


def changes_since_known_event(head: "Token", pub: dt.date | None) -> str:
    """A list of changes told in the present perfect as made in the time since a known, undated past event ("Since the
    treaty was signed, the neighbours have reopened road crossings and resumed direct flights"): a summary of the
    period, not an act of the news period (round 33). Not a since-clause with a day of its own ("Since talks resumed on
    Monday, the sides have reopened two crossings"), "since Monday", nor one act ("Thousands of Afghans have sought
    refuge in Tajikistan since the fighting began"). Returns the since-clause, or ""."""
    verb = head.head if head.dep_ == "conj" and not _present_perfect(head) else head
    if pub is None or not _present_perfect(verb) or dated_to_a_day(head) \
            or not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return ""
    since = _since_phrase(verb)
    if since is None or since.dep_ != "advcl" or since.tag_ not in ("VBD", "VBN"):
        return ""
    known = [c for c in since.children if c.dep_ in ("nsubj", "nsubjpass")
             and any(d.dep_ in ("det", "poss") and d.lower_ != "a" for d in c.children)]
    words = " ".join(t.text for t in since.subtree)
    return words if known and not find_dates(words, pub) else ""


HELD_PERFECT_ADVERBS = word_set("held_perfect_adverbs")
REFUSAL_TYPES = {"REJECT"}


def held_refusal(verb: "Token", event: str) -> str:
    """A refusal told in the present perfect as repeated or held, with no day of its own ("a demand Kyiv has
    repeatedly rejected", "Dushanbe has consistently refused to recognise the Taliban"): a standing position, not a
    refusal of the news period (round 28; a repeated threat or attack is left to `_habitual`). Returns the adverb,
    or ""."""
    if event not in REFUSAL_TYPES or not _present_perfect(verb) or dated_to_a_day(verb):
        return ""
    held = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in HELD_PERFECT_ADVERBS), None)
    return held.text if held is not None else ""


def _standing_pledge(head: "Token") -> str:
    """A leader's pledge of a domestic vote or reform told in the present perfect with no day ("Pashinyan has promised
    a referendum on a new constitution after the June election"): a standing pledge to their own voters, no agreement
    of the news period. Returns the words, or ""."""
    if head.lemma_.lower() not in PLEDGE_VERBS or not _present_perfect(head) or dated_to_a_day(head):
        return ""
    thing = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in DOMESTIC_PLEDGE_NOUNS), None)
    if thing is None or any(c.dep_ in ("dative", "iobj") for c in head.children):
        return ""
    return f"has {head.text} a {thing.text}"


DOMESTIC_PLEDGE_NOUNS = word_set("domestic_pledge_nouns")


def _generic_rule_subject(head: "Token") -> str:
    """A present-tense passive whose subject is anyone of a kind who does something ("men who ignore them are barred
    from leaving the country", "Foreigners who miss the deadline are banned from entering Russia"): what a rule does to
    whoever breaks it, not an act. Returns the subject's words, or ""."""
    if not any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in head.children) or any(
            c.dep_ == "aux" for c in head.children):
        return ""
    for subj in (c for c in head.children if c.dep_ == "nsubjpass" and c.tag_ == "NNS"):
        if any(d.dep_ == "det" and d.lower_ not in ("all", "any") for d in subj.children):
            continue
        rel = next((c for c in subj.children if c.dep_ == "relcl" and c.tag_ in PRESENT_TAGS), None)
        if rel is not None:
            return f"{subj.text} who {rel.text}"
    return ""


def _standing_bar_of_law(head: "Token") -> str:
    """A present-tense passive done by a law ("Petro is barred by the constitution from seeking a second term",
    "foreign parties are banned under the election law"): a standing rule, not an act of the news period (not "was
    barred by the court", "is barred by the electoral commission"). Returns the law's word, or ""."""
    if not any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in head.children) or any(
            c.dep_ == "aux" for c in head.children):
        return ""
    doers = agents(head) + prep_objects(head, ("under",))
    law = next((d for d in doers if d.lemma_.lower() in LAW_NOUNS), None)
    return law.text if law is not None else ""


BACK_THEN = re.compile(r"\b(?:at\s+(?:the|that)\s+time|back\s+then)\b", re.IGNORECASE)  # the time years back told before
ANAPHORIC_PAST = re.compile(r"\b(?:" + "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+")
                                                          for p in word_set("anaphoric_past_phrases")), key=len, reverse=True))
                            + r")\b(?!\s+(?:few|several|couple|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"twelve|24|48|days?|weeks?|weekend|months?|years?|hours?|fortnight|decades?)\b)", re.IGNORECASE)


EPISODE_PREPS = {"in", "during", "amid", "throughout"}


def _dated_episode(word: "Token", sent: "Span", before: str, pub: dt.date) -> str:
    """An episode noun the act belongs to that is dated years back, by a clause on it ("servicemen killed in the
    fighting, which ended with a ceasefire on November 10, 2020") or as "the" episode named with an old date before it
    ("marking four years since the September 2022 fighting ..., displaying belongings of servicemen killed in the
    clashes"; `before`: the story's text before the word). Returns the date words, or ""."""
    if word.lemma_.lower() not in EPISODE_NOUNS and word.lower_ not in EPISODE_NOUNS:
        return ""
    for c in word.children:
        if c.dep_ in ("relcl", "acl"):
            words = " ".join(t.text for t in c.subtree)
            old = [d for d in find_dates(words, pub) if d.historical and not d.bound]
            if old:
                return old[0].date_text
    own = " ".join(t.text for t in word.subtree)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children) or find_dates(own, pub):
        return ""
    named = [d for d in find_dates(before, pub) if d.start is not None and d.historical and not d.bound
             and (EPISODE_AFTER_DATE.match(before[d.start + len(d.date_text):]) or EPISODE_BEFORE_DATE.search(before[:d.start])
                  or d.date_text.split()[-1].lower() in EPISODE_NOUNS)]  # ("the 2020 war")
    return named[-1].date_text if named else ""


EPISODE_AFTER_DATE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(map(re.escape, word_set("episode_nouns")), key=len,
                                                                              reverse=True)) + r")\b", re.I)


EPISODE_BEFORE_DATE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, word_set("episode_nouns")), key=len, reverse=True))
                                 + r")\s+(?:of\s+|in\s+)?$", re.I)  # ("the five-day war of August 2008")


HOURS_OF_DAY = word_set("hours_of_day")


def _fresh_episode(word: "Token", pub: dt.date) -> bool:
    """An episode noun with a time of its own that is of the news period, in a clause on it ("during the fighting that
    broke out at dawn", "in the clashes that erupted on Monday"): an episode of now, not one told before."""
    for c in word.children:
        if c.dep_ in ("relcl", "acl"):
            if any(t.lower_ in HOURS_OF_DAY for t in c.subtree):
                return True
            dates = find_dates(" ".join(t.text for t in c.subtree), pub)
            if dates and not any(d.historical for d in dates):
                return True
    return False


def act_in_dated_episode(draft: Draft, head: "Token", sent: "Span", drafts: Sequence[Draft], pub: dt.date | None,
                          story_before: str) -> str:
    """An act told as part of an episode dated years back: the episode noun itself ("the clashes" pointing back to
    "the September 2022 fighting") or the episode it happened in ("killed in the fighting, which ended ... in 2020",
    "evacuated during the fighting"), when the story has told no violence of the news period before. Returns why,
    or ""."""
    if pub is None or any(d.verdict == "coded" and d.event in VIOLENT_TYPES and d.date is not None
                          and not d.date.historical for d in drafts if d is not draft):
        return ""
    tok = sent.doc[draft.hit.token_i]
    own_day = draft.date is not None and bool(draft.date.date_text) and draft.date.exact_day and not (
        draft.date.historical or draft.date.told or draft.date.quoted)  # "On Tuesday, ... shelled ... during the fighting"
    verbs = [head] + ([head.head] if head.dep_ == "conj" else [])
    for v in list(verbs):  # (the coordinated verbs and what they share: "136,000 evacuated" as "conj" + "acl")
        verbs += [c for c in v.children if c.dep_ == "conj"]
    verbs += [a for v in verbs for a in v.children if a.dep_ == "acl" and v.dep_ == "conj"]
    words = [tok] if draft.hit.nominal else [o for v in verbs for c in v.children  # ("were killed and more than 136,000
                                             if c.dep_ == "prep" and c.lower_ in EPISODE_PREPS  # evacuated during the
                                             for o in c.children if o.dep_ == "pobj"]  # fighting")
    words += [s for v in (head, *head.ancestors) if v.pos_ in ("VERB", "AUX")
              for s in subjects(v)][:2]  # ("The war ended with a ceasefire brokered by Sarkozy")
    for w in words:
        if _fresh_episode(w, pub):
            continue
        # an act with a day of its own of the news period is told in an episode of now, unless a clause dates the
        # episode itself ("killed on Tuesday in the fighting, which ended in 2020")
        before = "" if own_day else story_before + " " + nlp.doc_text(sent.doc)[sent.start_char:w.idx]
        if (when := _dated_episode(w, sent, before, pub)):
            return f"part of the episode '{w.text}' dated '{when}'"
        if any(c.dep_ == "det" and c.lower_ == "the" for c in w.children) and w.lower_ in EPISODE_NOUNS:
            for t in sent:  # "soldiers who died in the fighting, which ended in November 2020, and civilians killed in
                # the clashes": the same episode, dated by a clause on the noun named before
                if t.i < w.i and t.lower_ in EPISODE_NOUNS and any(c.dep_ in ("relcl", "acl") for c in t.children) \
                        and (when := _dated_episode(t, sent, "", pub)):
                    return f"part of the episode '{t.text}' dated '{when}'"
    return ""


RECOLLECTION_WORDS = word_set("recollection_words")
FIRST_PERSON_WORDS = {"i", "me", "my", "we", "us", "our", "mine", "ours"}


def _clause_chain(head: "Token") -> list["Token"]:
    """The verb and the verbs it is coordinated with or hangs from as a complement ("fired" of "They seized my cards
    and fired into the air", "shelve" of "forced the government to shelve")."""
    holders = [head]
    while holders[-1].dep_ in ("conj", "xcomp") and holders[-1].head.i != holders[-1].i and len(holders) < 4:
        holders.append(holders[-1].head)
    return holders


def _in_quotation(tok: "Token") -> bool:
    """Inside a quotation, one opened in the sentence or one opened in a sentence before and closed after the word
    ('"They seized my cards. I still do not know why they let me go," one photographer recalled': "let")."""
    marks = [t.i for t in tok.sent if t.text in QUOTE_MARKS]
    before = sum(i < tok.i for i in marks)
    return before % 2 == 1 or (before == 0 and len(marks) % 2 == 1)


def quoted_recollection(head: "Token", sent: "Span", after: "Span | None", pub: dt.date | None,
                         before: "Span | None" = None) -> str:
    """An undated past act inside a quotation that the speaker tells of their own past ('"They seized my memory cards
    the first time and fired into the air the second," one photographer recalled', '"Soldiers detained my brother at
    the bridge," the veteran said at the launch of his memoir'), in a sentence framed as memory (a word of
    recollection, a memorial or an exhibition, there, in the sentence that ends the quotation or in the one that
    brings in its speaker: 'One of the photographers recalled being stopped twice. "They seized ..."') or as an
    interview ('Rahimov spoke to us on Sunday. "Our convoy was ambushed twice," he said'): background. Not an undated
    quote in a news story ('"They detained my husband," she said'). Returns why, or ""."""
    if pub is None or not _in_quotation(head) or tense_of_telling(head) != "past":
        return ""
    opening = _quotation_opening(sent)  # ('"Our convoy was ambushed twice. They fired grenades at the trucks," he said')
    if not any(t.lower_ in FIRST_PERSON_WORDS for h in _clause_chain(head) for t in h.subtree) and not (
            opening is not sent and any(t.lower_ in FIRST_PERSON_WORDS and _in_quotation(t) for t in opening)):
        return ""
    if opening is not sent and opening.start > 0:
        before = head.doc[opening.start - 1].sent
    frame = (list(before) if before is not None else []) + list(opening if opening is not sent else []) + list(sent) \
        + (list(after) if after is not None else [])
    word = next((t.text for t in frame if t.lower_ in RECOLLECTION_WORDS or t.lemma_.lower() in RECOLLECTION_WORDS), "")
    if not word:
        word = next((t.text for t in frame if not _in_quotation(t) and _interview_word(t)), "")
    return f"a speaker's own past told in a quotation, framed by '{word}'" if word else ""


INTERVIEW_WORDS = word_set("interview_words")


def _quotation_opening(sent: "Span") -> "Span":
    """The sentence a quotation that goes on in this one was opened in ('"Our convoy was ambushed twice near the
    Salang pass.' for 'They fired grenades at the fuel trucks," he said'), or the sentence itself."""
    cur = sent
    for _ in range(3):
        first = next((t for t in cur if not t.is_space), None)
        if first is None or first.text in QUOTE_MARKS or not _in_quotation(first) or cur.start == 0:
            return cur
        cur = cur.doc[cur.start - 1].sent
    return cur


def _interview_word(tok: "Token") -> bool:
    """A word that frames a story as an interview: "interview", or the reporter's own "us" that someone speaks to
    ("spoke to us on Sunday", "told us")."""
    return tok.lower_ in INTERVIEW_WORDS or (tok.lower_ == "us" and tok.dep_ in ("pobj", "dobj", "dative") and (
        tok.head.lemma_.lower() in ("speak", "talk", "tell") or tok.head.head.lemma_.lower() in ("speak", "talk")))


def date_outside_quotation(date: DateResolution, sent: "Span") -> bool:
    """Whether the date words an act took are outside the quotation it is told in: the day of the telling ('"They
    shelled our trenches every night," recalled the veteran in Dushanbe on Sunday')."""
    if not date.date_text or date.start is None:
        return False
    at = token_at(sent, date.start + sent.start_char)
    return at is not None and not _in_quotation(at)


SINCE_THEN = re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in word_set("since_then_phrases"))
                        + r")\b", re.I)


def kept_since(head: "Token", story_before: str, pub: dt.date | None) -> str:
    """An undated past act told with the state it left, coordinated in the present perfect, "ever since" or not undone
    ("Turkey sealed its border with Armenia during the first Karabakh war and has kept it shut ever since", after a
    time years back: "Georgia cut diplomatic relations with Moscow and has not restored them"): an old act, not
    news. Returns the words, or ""."""
    if head.tag_ != "VBD" or pub is None:
        return ""
    for c in head.children:
        if c.dep_ != "conj" or not any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in c.children):
            continue
        words = " ".join(t.text for t in c.subtree)
        if (m := SINCE_THEN.search(words)) is not None:
            return m.group(0)
        if any(n.dep_ == "neg" for n in c.children) and any(d.historical and not d.bound
                                                            for d in find_dates(story_before, pub)):
            return f"{c.text} not"
    return ""


PAST_SPAN_NOUNS = word_set("time_nouns") | word_set("past_span_nouns")


def anaphoric_past(head: "Token") -> str:
    """A phrase in the act's clause (or in the clause of the verb it is coordinated with) that sets the act in a past
    time told before, or in many past times ("In those years, villagers attacked a Chinese-run gold site", "Back then,
    Moscow recognised Abkhazia and expelled Georgian diplomats", "has in the past rejected such analyses", "traded
    accusations dozens of times in the years after the 2020 war"); not "in the past week". Returns the phrase, or ""."""
    words = nlp.token_table(head.doc).text
    for holder in _clause_chain(head):  # ("..., and protests forced the government to shelve land reforms")
        phrases = [" ".join(words[i] for i in clause_indices(holder))] + [  # ("in the months that followed the war")
            " ".join(t.text for t in c.subtree) for c in holder.children if c.dep_ == "prep"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in PAST_SPAN_NOUNS for o in c.children)]
        m = next((m for m in map(ANAPHORIC_PAST.search, phrases) if m is not None), None)
        if m is not None:
            return m.group(0)
    return ""


THEN_ADVERBS = {"later", "subsequently", "afterwards", "afterward", "eventually"}


def _later_adverb(verb: "Token") -> str:
    """"later" on the verb, or on the verb it is coordinated with ("Moscow later recognised South Ossetia and stationed
    troops there"): the act follows the one told before."""
    holders = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    return next((c.text for h in holders for c in h.children if c.dep_ == "advmod" and c.lower_ in THEN_ADVERBS), "")


NEWS_PERIOD_WORDS = word_set("news_period_words")


def _recap_anchor(sent: "Span", text: str, pub: dt.date, fronted: bool = False) -> str:
    """The time years back a sentence sets its main act in, as its opening words or its main verb's time ("Twenty
    years ago on Tuesday, Uzbek troops opened fire", "In August 2008, Russian tanks rolled ...", "Soviet troops
    entered Baku in January 1990"; only the opening words when `fronted`), when the main verb tells the past; "" if
    none."""
    root = sent.root
    if tense_of_telling(root) != "past":
        return ""
    for d in find_dates(text, pub):
        if not d.historical or d.bound or d.start is None or d.date is None or counted_on_since(d, sent, pub) \
                or month_looked_ahead_to(d, root, pub):  # ("invited Mirziyoyev to a summit in November")
            continue
        before = text[:d.start].strip(" \"“‘'").lower()
        if not before or before in ("it was", "but", "and", "on", "in", "during", "by") or _part_of_day_opener(before) or (not fronted and historical_place(
                d.start + sent.start_char, root, clause_tokens(root), sent) == "event"):
            return d.date_text
    return ""


PARTS_OF_DAY_OPENING = word_set("parts_of_day_opening")


def _part_of_day_opener(before: str) -> bool:
    """Words that open a sentence on a part of the dated day ("In the early hours of August 8, 2008, Georgian artillery
    opened fire", "On the night of August 7, 2008, ..."): the date still opens the sentence."""
    m = re.fullmatch(r"(?:in|on|at|during|by)\s+the\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+of", before)
    return bool(m) and m.group(1) in PARTS_OF_DAY_OPENING


ROOTING_VERBS = word_set("rooting_verbs")
ROOTING_OBJECTS = word_set("rooting_objects")


def _rooted_in_old_time(sent: "Span", text: str, pub: dt.date) -> str:
    """A present-tense sentence that roots the story's matter in a time years back ("The case goes back to the first
    week of January 2022, when protests spread across Kazakhstan", "The crisis has its roots in December 2024", "The
    dispute dates back to 1991", "stems from the war of 2020"): the date words, as a recap's anchor, or ""."""
    root = sent.root
    lemma = root.lemma_.lower()
    if lemma not in ROOTING_VERBS:
        return ""
    kids = list(root.children)
    if lemma == "have":
        rooted = any(c.dep_ == "dobj" and c.lemma_.lower() in ROOTING_OBJECTS for c in kids)
    elif lemma == "stem":
        rooted = any(c.dep_ == "prep" and c.lower_ == "from" for c in kids)
    else:  # "goes back to", "dates back to", "dates from", "traces back to"
        rooted = any(c.lower_ == "back" for c in kids) or (lemma == "date" and any(c.lower_ == "from" for c in kids))
    if not rooted:
        return ""
    as_in = re.sub(r"\b(back\s+)to\b", r"\1in", re.sub(r"\bfrom\b", "in  ", text))  # ("back to March 2021": "in March 2021")
    old = [d for d in find_dates(as_in, pub) if d.historical and not d.bound and d.date is not None]
    return old[0].date_text if old and not any(not d.historical and not d.ahead for d in find_dates(as_in, pub)) else ""


RECAP_RELATIVE = re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:" + "|".join(
    sorted((re.escape(p).replace(r"\ ", r"\s+") for p in word_set("recap_relative_phrases")), key=len, reverse=True))
    + r")\b", re.IGNORECASE)
SHORT_SPAN = re.compile(r"\bdays?\b", re.IGNORECASE)


def _relative_to_recap(text: str) -> str:
    """Words that set a sentence's act relative to an earlier time, not to the news ("weeks later", "In the weeks that
    followed", "in the weeks after the massacre", "In the run-up"): the phrase, or ""."""
    m = RECAP_RELATIVE.search(text)
    return m.group(0) if m else ""


def _told_in_passing(sent: "Span", text: str, pub: dt.date) -> str:
    """A past sentence inside the news whose main act is dated years back by words that do not open it ("The two
    neighbours fought for almost a week in October 2025, after Pakistani airstrikes in Kabul"): the date words, an
    anchor for the next undated sentence only; not a span "since" a time, nor the start of a remembered episode ("The
    war began on the night of August 7, 2008": `_commemorated_episode`)."""
    if _commemorated_episode(sent, text, pub):
        return ""
    anchor = _recap_anchor(sent, text, pub)
    return "" if anchor.lower().startswith("since") else anchor


POINTED_EPISODE_NOUNS = word_set("recalled_episode_nouns") | word_set("called_events") | EPISODE_NOUNS


def _old_month_or_year(word: str, pub: dt.date) -> bool:
    """A bare month or year before an episode's noun told more than a month before the report ("the September
    election" in a November story, "the 2020 war")."""
    w = word.lower()
    if w.isdigit():
        return int(w) < pub.year
    if w not in MONTHS or len(w) < 5 and w not in ("may", "june", "july"):  # (full names only, not "mar")
        return False
    month = MONTHS[w]
    year = pub.year if month < pub.month else pub.year - 1
    end = dt.date(year + (month == 12), month % 12 + 1, 1)  # the day after the month
    return (pub - end).days > 31 - 1


def _distal_old_episode(sent: "Span", before: str, pub: dt.date) -> str:
    """A past sentence whose subject points with "that" to an episode the story dated more than a month back ("... kept
    its majority in the September election. That election was fought amid a Russian campaign of vote buying"): the
    episode's date words, as a recap's anchor, or ""."""
    root = sent.root
    if tense_of_telling(root) != "past":
        return ""
    for subj in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lemma_.lower() not in POINTED_EPISODE_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("that", "those") for c in subj.children):
            continue
        for m in re.finditer(r"\b(?:the|its|last)\s+(\w+)\s+(?:[\w-]+\s+){0,2}?" + re.escape(subj.lower_) + r"\b", before,
                             re.IGNORECASE):
            if _old_month_or_year(m.group(1), pub):
                return m.group(0)
    return ""


RETORT_VERBS = word_set("retort_verbs")


def _response_by(sent: "Span") -> bool:
    """A sentence whose main verb tells a response by some means, with no time of its own ("Relations worsened in late
    June, when Russian police raided homes in Yekaterinburg. Baku responded by cancelling cultural events and
    arresting the Sputnik staff"): the answer to the act told just before, in its time."""
    root = sent.root
    return root.lemma_.lower() in RETORT_VERBS and root.tag_ == "VBD" and any(
        c.dep_ == "prep" and c.lower_ == "by" for c in root.children)


def _named_doer(sent: "Span", index: MentionIndex) -> bool:
    """Whether the main verb's subject names an actor of a known country ("Mongolian Prime Minister Sukhbaatar Batbold
    thanked Beijing"), not a count of the people an episode hit ("Dozens of soldiers were killed before a ceasefire")."""
    return any((m := index.at(t)) is not None and m.entity.code for s in subjects(sent.root) for t in s.subtree)


def _opens_on_own_frame(sent: "Span") -> bool:
    """A sentence that opens on a phrase of its own occasion or time ("During the trial, prosecutors accused him",
    "At the hearing, ..."): it does not go on with a recap told in passing in the sentence before."""
    first = next((t for t in sent if not t.is_punct), None)
    return first is not None and first.pos_ == "ADP" and not _relative_to_recap(nlp.span_text(sent))


def recap_frames(sentences: Sequence["Span"], pub: dt.date | None, lead: int, index: MentionIndex) -> list[str]:
    """For each sentence, the recap it belongs to ("" when it tells the news). A lead that sets its main act years
    back makes the story a recap (an anniversary piece: "Three years ago this week, thousands poured onto the streets
    of Nukus"): the undated sentences after it that tell the past go on with it, across paragraphs ("What followed
    was the bloodiest unrest ... Security forces opened fire on crowds ...", "The protest began after armed men
    stormed the city prison overnight": "overnight" is that night's). In a news story, a later sentence opening on a
    time years back ("In August 2008, Russian tanks rolled through the Roki tunnel") is a recap, and so is the next
    undated sentence of its paragraph ("Hundreds of people were killed in the fighting"). A time of the news period
    ("on Tuesday", "Today the centre of Nukus looks calm"), a main verb in the present ("has freed", "remains"), or
    words of the present occasion ("the anniversary passed quietly") end a recap."""
    frames = [""] * len(sentences)
    if pub is None:
        return frames
    current, reach = "", 0  # the recap told, and how many more undated sentences it may take (-1: any)
    after_news_occasion = -1  # the sentence after an occasion of remembering told on a day of the news period

    def story_before(sent: "Span") -> str:
        return nlp.doc_text(sent.doc)[sentences[0].start_char:sent.start_char]
    alive, told_old = "", ""  # the last recap, until a sentence of the news period; the last recap of the story
    for s_i, sent in enumerate(sentences):
        text = without_dateline(sent, index)
        if s_i and new_paragraph(sentences[s_i - 1], sent) and reach >= 0:
            current, reach = "", 0  # (a recap told inside the news ends with its paragraph)
        news = any(not d.historical and not d.bound and not d.ahead and d.date is not None
                   and d.date_text.lower() != "overnight"
                   for d in find_dates(text, pub)) or has_lemma(sent, NEWS_PERIOD_WORDS) \
            or (s_i > lead and reach < 0 and _told_by_named_source(sent, index)) \
            or (reach > 0 and _points_back_to_news(sent)) \
            or (s_i == after_news_occasion and _time_from_the_day_before(text))
        anchor = "" if news else _recap_anchor(sent, text, pub, fronted=s_i > lead)
        reach_after = -1 if s_i <= lead else RECAP_PARAGRAPH_REACH
        running = reach < 0 and bool(current)  # (a recap the lead set goes on: no new anchor narrows it)
        if not anchor and not news and not running and (anchor := _rooted_in_old_time(sent, text, pub)
                                                         or _distal_old_episode(sent, story_before(sent), pub)):
            pass  # "The case goes back to the first week of January 2022, when ...", "That election was fought amid"
        elif not anchor and not news and not running and s_i > lead and (anchor := _told_in_passing(sent, text, pub)):
            reach_after = 1  # ("The two neighbours fought for a week in October 2025. Dozens were killed before a ceasefire")
        elif reach == 1 and current and not anchor and not _response_by(sent) \
                and (_opens_on_own_frame(sent) or _named_doer(sent, index)):
            current, reach = "", 0  # ("was arrested in February ... During the trial, prosecutors accused him"; "...
            # in the dzud of 1999-2002. Mongolian Prime Minister Sukhbaatar Batbold thanked Beijing")
        relative = "" if news or anchor or running or tense_of_telling(sent.root) != "past" else _relative_to_recap(text)
        if relative and (alive or (told_old and not SHORT_SPAN.search(relative))):
            # "Residents remember tanks on the Gori road. Russia recognised South Ossetia weeks later"
            anchor, reach_after = (alive or told_old).split("'")[1], RECAP_PARAGRAPH_REACH
        marked = "" if anchor else _commemorated_episode(sent, text, pub)
        if news:
            alive = ""
        if anchor:
            current, reach = f"a recap set in '{anchor}'", reach_after
            alive = told_old = current
        elif marked:  # (the sentence tells the occasion; the ones after it in its paragraph tell the episode)
            frames[s_i] = ""
            current, reach = f"a recap of '{marked}'", RECAP_PARAGRAPH_REACH
            after_news_occasion = s_i + 1 if news else -1  # (an occasion of the news period: "opened an exhibition on
            # the Battle of Avarayr on Tuesday. Azerbaijani forces shelled the village of Sotk the same night")
            continue
        elif news or not reach or tense_of_telling(sent.root) != "past":
            current, reach = "", 0
        else:
            reach -= reach > 0
        frames[s_i] = current
    return frames


HOURS_LATER = re.compile(r"\b(?:hours|minutes|shortly|soon)\s+(?:later|afterwards|after\s+that)\b"
                         r"|\b(?:that|the\s+same)\s+(?:night|evening)\b", re.IGNORECASE)


def _time_from_the_day_before(text: str) -> bool:
    """A sentence that tells its time from the day told just before it ("the same night", "hours later", "later that
    day"): after an occasion of the news period ("opened an exhibition on the Battle of Avarayr on Tuesday"), the act is
    of that day, news, not the episode the occasion remembers."""
    return bool(RELATIVE_OPENING.search(text.lstrip()) or RELATIVE_INSIDE.search(text) or HOURS_LATER.search(text))


NEWS_BACK_POINTERS = word_set("news_back_pointers")


def _points_back_to_news(sent: "Span") -> bool:
    """A sentence after a recap that answers the news act with "over/after the X" ("In September 2022, fighting
    killed about 100 people. ... Bishkek also summoned the Tajik ambassador over the shooting"): back in the news,
    the recap ends there."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("over", "after", "following")
               and t.lemma_.lower() in NEWS_BACK_POINTERS
               and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
               and not any(c.dep_ in ("amod", "compound", "nummod", "prep") and c.lemma_.lower() not in ("latest", "new")
                           for c in t.children)
               for t in sent)


RECAP_PARAGRAPH_REACH = 99  # a recap told inside the news goes on to the end of its paragraph (reset there)
RECALLED_EPISODE_NOUNS = word_set("recalled_episode_nouns")
COMMEMORATING_WORDS = word_set("commemorating_words")


EPISODE_STUDY_WORDS = word_set("episode_study_words")
NAMED_BATTLE = re.compile(r"\bBattle\s+of\s+(?:the\s+)?[A-Z][\w-]+"  # a battle with a name of its own: history
                          r"|\b(?i:battle|war|siege|uprising|revolt|rebellion|revolution)\s+of\s+(?:1[0-8]\d\d|[1-9]\d\d)\b")
# (or an episode of a year before the dates the coder reads: "the battle of 1709", "the war of 1812")


def _commemorated_episode(sent: "Span", text: str, pub: dt.date) -> str:
    """A sentence that tells the occasion of remembering or studying an episode dated years back ("The date also
    commemorates the events of December 1986, when students took to the streets", "Kazakhstan this week marks four
    years since the January 2022 unrest", "Historians gathered in Poltava on Monday to discuss the battle of 1709",
    "an exhibition on the Battle of Sarikamish"): the undated past sentences after it in its paragraph retell that
    episode ("The demonstrations were dispersed by troops", "Swedish troops attacked the Russian redoubts at dawn").
    Returns the date or name words, or ""."""
    if _episode_began(sent, text, pub):
        return _episode_began(sent, text, pub)
    if not has_lemma(sent, COMMEMORATING_WORDS | EPISODE_STUDY_WORDS):
        return ""
    if (battle := NAMED_BATTLE.search(text)) is not None:
        return battle.group(0)  # ("found arrowheads that may come from the Battle of Talas")
    for d in find_dates(text, pub):
        if not d.historical or d.bound or d.start is None or d.date is None:
            continue
        before, after = text[:d.start].lower().rstrip(), text[d.start + len(d.date_text):].lower()
        named_before = re.search(r"\b(\w+)(?:\s+(?:of|in))?$", before)
        named_after = re.match(r"\s*(?:[\w-]+\s+){0,2}?([\w-]+)\b", after)
        if (named_before and named_before.group(1) in RECALLED_EPISODE_NOUNS) \
                or (named_after and named_after.group(1) in RECALLED_EPISODE_NOUNS) \
                or d.date_text.split()[-1].lower() in RECALLED_EPISODE_NOUNS:
            return d.date_text
    return ""


EPISODE_START_VERBS = word_set("episode_start_verbs")


def _episode_began(sent: "Span", text: str, pub: dt.date) -> str:
    """A sentence telling when an episode began years back ("The war began on the night of August 7, 2008"): the
    undated past sentences after it in its paragraph retell that episode ("Georgian rocket launchers shelled the city
    for hours"). Returns the date words, or ""."""
    root = sent.root
    if root.lemma_.lower() not in EPISODE_START_VERBS or root.tag_ != "VBD" \
            or not any(x.lemma_.lower() in EPISODE_NOUNS for x in subjects(root)):
        return ""
    old = [d for d in find_dates(text, pub) if d.historical and not d.bound and d.date is not None]
    return old[0].date_text if old and not any(not d.historical for d in find_dates(text, pub)) else ""


def _told_by_named_source(sent: "Span", index: MentionIndex) -> bool:
    """A sentence whose main verb is a named source's past telling of an act it reports ("Kyrgyz border guards
    detained two Tajik citizens who crossed the line near Batken, the Kyrgyz border service said"): a report of the
    news period, not the story's recap of years back (not "..., witnesses said at the time", "rights groups say", nor
    what the source says "had" happened)."""
    root = sent.root
    if root.lemma_.lower() not in SPEAKER_VERBS or root.tag_ != "VBD" or BACK_THEN.search(nlp.span_text(sent)):
        return False
    told = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
    if not told or any(a.dep_ == "aux" and a.lower_ == "had" for c in told for a in c.children):
        return False
    return any(index.at(t) is not None for s in subjects(root) for t in s.subtree)


def told_in_recap(date: DateResolution) -> bool:
    """An act of a recap sentence told with no time of the news period: undated, dated years back, or by the night
    of the story told ("stormed the city prison overnight")."""
    return not date.date_text or date.historical or date.date_text.lower() == "overnight"


def _death_toll(sent: "Span") -> "Token | None":
    """The counted dead a sentence opens on ("At least 21 people were killed when security forces dispersed the
    crowds", "238 people died"): the main verb, or None."""
    root = sent.root
    if root.lemma_.lower() not in ("kill", "die") or root.tag_ not in ("VBD", "VBN"):
        return None
    counted = any(s.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "nummod" or c.like_num for c in s.subtree)
                  for s in root.children)
    return root if counted else None


def toll_of_past_episode(sent: "Span", previous: "Span", text: str, pub: dt.date | None,
                          drafts: Sequence[Draft], s_i: int) -> str:
    """An undated death toll right after a sentence that names an episode of violence or unrest years back ("...
    serving 16 years over the 2022 protests in Nukus. At least 21 people were killed when security forces dispersed
    the crowds", "... for ordering troops to fire on civilians in January 2022. At least 238 people were killed when
    protests ... turned into riots"), in a story that has told no violence of its own days: the toll of that episode.
    Returns why, or ""."""
    if pub is None or _death_toll(sent) is None or find_dates(text, pub):
        return ""
    if any(d.sent_index < s_i and d.verdict == "coded" and d.event in VIOLENT_TYPES for d in drafts):
        return ""
    violent = {d.hit.token_i for d in drafts if d.sent_index == s_i - 1 and d.event in VIOLENT_TYPES}
    for d in find_dates(nlp.span_text(previous), pub):
        if not d.historical or d.bound or d.start is None or d.date_text.lower().startswith("since"):
            continue
        words = [t for t in previous if d.start <= t.idx - previous.start_char < (d.end or d.start)]
        named = [t for t in words if t.pos_ not in ("ADP", "DET")]
        holder = adjunct_of(named[0]) if named else None
        if any(t.lemma_.lower() in EPISODE_NOUNS for t in words) or (holder is not None and (
                holder.i in violent or holder.lemma_.lower() in EPISODE_NOUNS)):
            return f"the toll of an episode dated '{d.date_text}'"
    return ""


MEDIA_SOURCES = word_set("media_sources")
CORRECTING_WORDS = word_set("correcting_words")
REPORT_NOUNS = word_set("report_nouns")
MEDIA_TELLING_VERBS = word_set("media_telling_verbs")
DENIAL_NOT_THE_CASE = re.compile(r"\bnot\s+(?:the\s+case|true|so)\b|\bnever\s+happened\b"
                                 r"|\bno\s+such\s+\w+\s+(?:had|has|have|was|were)\b|\bnothing\s+of\s+the\s+(?:kind|sort)\b", re.I)
FIRST_TELLING_ADVERBS = word_set("first_telling_adverbs")
WITHDRAWN_STATEMENT_NOUNS = word_set("withdrawn_statement_nouns")
CONFIRMING_LEMMAS = word_set("confirming_lemmas")
DISMISSING_LEMMAS = word_set("dismissing_lemmas")


def _media_telling(tok: "Token") -> "Token | None":
    """The verb by which news outlets tell an act ("Several Turkish news websites reported on Wednesday that a
    gendarmerie patrol had come under fire", "Iranian state media had initially blamed the interruption on ..."):
    the act has no other source; or by which any source first told it ("Kyrgyz officials initially said Tajik guards
    had shot dead a shepherd"): a first account that may be withdrawn. None when the act is not told so."""
    cur = clause_verb(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    for _ in range(5):
        if cur.lemma_.lower() in MEDIA_TELLING_VERBS and (any(
                g.lemma_.lower() in MEDIA_SOURCES or g.lower_ in MEDIA_SOURCES for s in subjects(cur) for g in s.subtree)
                or any(c.dep_ == "advmod" and c.lower_ in FIRST_TELLING_ADVERBS for c in cur.children)):
            return cur
        if cur.dep_ not in ("ccomp", "conj", "xcomp", "advcl", "pcomp", "prep", "pobj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _correction_of(words: Sequence["Token"]) -> "Token | None":
    """The word that corrects, withdraws or denies a report told before ("The report was later withdrawn", "The
    Defence Ministry corrected those reports", "said that report was wrong", "Umerov denied that", "the gas company
    later said that was not the case", "said no such decision had been taken", "later retracted the statement"): it
    must name the report or point back to it; a report named with a content of its own ("said reports that the
    activists were beaten were false") corrects that content, not the act told before, and a confirmation ("confirmed
    the report and said Baku's claims were false") keeps it. None if there is none."""
    if any(t.lemma_.lower() in CONFIRMING_LEMMAS and not any(c.dep_ == "neg" for c in t.children) for t in words):
        return None
    if _new_report_named(words):
        return None
    text = " ".join(t.text for t in words)
    named = any(t.lemma_.lower() in REPORT_NOUNS and not _report_content(t) and not _falsehood_of_a_charge(t)
                for t in words)
    for t in words:
        if t.dep_ == "amod" and _falsehood_of_a_charge(t.head):
            continue
        if t.lemma_.lower() in DISMISSING_LEMMAS and any(c.dep_ == "dobj" and c.lower_ in ("that", "this", "it")
                                                         for c in t.children):
            return t  # "dismissed this as a fabrication"
        if t.lemma_.lower() in CORRECTING_WORDS or t.lower_ in CORRECTING_WORDS:
            pointed = any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and (c.lower_ in ("that", "this", "it", "those") or (
                t.pos_ == "VERB" and c.lemma_.lower() in WITHDRAWN_STATEMENT_NOUNS)) for c in t.children)
            if named or pointed:
                return t
    if DENIAL_NOT_THE_CASE.search(text):
        return next((t for t in words if t.lower_ in ("not", "never")), words[0])
    return None


def _falsehood_of_a_charge(noun: "Token") -> bool:
    """A bare report noun that a correcting word qualifies, with no determiner pointing back ("charges of spreading
    false information", "for publishing fake news"): what someone is charged with, not a report told before withdrawn
    (not "the false report", "that information was wrong")."""
    return noun.lemma_.lower() in REPORT_NOUNS and not any(c.dep_ in ("det", "poss") for c in noun.children) and any(
        c.dep_ == "amod" and (c.lower_ in CORRECTING_WORDS or c.lemma_.lower() in CORRECTING_WORDS) for c in noun.children)


def _new_report_named(words: Sequence["Token"]) -> bool:
    """The words bring in another report, with an indefinite article ("dismissing a report in a British newspaper as
    'not true'"): what they deny is that report, not the one told before."""
    return any(t.lemma_.lower() in REPORT_NOUNS and t.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children) for t in words)


def _report_content(noun: "Token") -> "Token | None":
    """The clause that tells what a report or claim says ("reports that the activists were beaten", "Baku's claims
    that Armenian units fired first"): its verb, or None."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _content_called_false(tok: "Token") -> str:
    """An act told only as what a report or claim says, which the sentence calls false or denies ("The Interior
    Ministry said reports that the activists were beaten in custody were false", "denied claims that its troops had
    shelled the village"): no act. Returns the correcting word, or ""."""
    cur = clause_verb(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    for _ in range(3):
        noun = cur.head
        if cur.dep_ in ("acl", "ccomp", "relcl") and noun.lemma_.lower() in REPORT_NOUNS \
                and (content := _report_content(noun)) is not None and content.i == cur.i:
            holder = noun.head
            if noun.dep_ in ("dobj", "nsubjpass") and holder.lemma_.lower() in CORRECTING_WORDS:
                return holder.text  # "denied reports that ..."
            if noun.dep_ in ("nsubj", "ccomp", "ROOT"):  # (the parser may take "reports" for a verb: its own complement)
                said = [holder] if noun.dep_ == "nsubj" else [c for c in noun.children if c.dep_ in ("ccomp", "conj")]
                word = next((c for h in said for c in h.children if c.dep_ in ("acomp", "attr") and (
                    c.lemma_.lower() in CORRECTING_WORDS or c.lower_ in CORRECTING_WORDS or denied_truth(c))), None)
                if word is not None:
                    return word.text  # "reports that ... were false"
            return ""
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return ""
        cur = cur.head
    return ""


TRUTH_WORDS = word_set("truth_words")


def denied_truth(word: "Token") -> bool:
    """A word of truth denied on its verb or itself ("reports that ... were not true", "is not correct")."""
    return word.lower_ in TRUTH_WORDS and any(c.dep_ == "neg" for w in (word, word.head) for c in w.children)


def _of_content_called_false(tok: "Token") -> str:
    """An act told only in the "of" phrase of reports the sentence calls false ("said that reports of Armenian units
    firing on Azerbaijani positions were not true"). Returns the correcting word, or ""."""
    path = [tok] + list(tok.ancestors)
    for below, noun in zip(path, path[1:]):
        if below.dep_ == "prep" and below.lower_ == "of" and noun.lemma_.lower() in REPORT_NOUNS:
            if noun.dep_ != "nsubj":
                return ""
            word = next((c for c in noun.head.children if c.dep_ in ("acomp", "attr") and (
                c.lemma_.lower() in CORRECTING_WORDS or c.lower_ in CORRECTING_WORDS or denied_truth(c))), None)
            return word.text if word is not None else ""
        if below.dep_ in ("ccomp", "relcl", "advcl", "parataxis"):
            return ""
    return ""


def _claimed_content_dismissed(tok: "Token") -> str:
    """An act told only in what posts or messages are "claiming", which the clause above them denies or calls untrue
    ("dismissed as untrue posts on social networks claiming that Kyrgyz soldiers were being sent to fight"). Returns
    the correcting word, or ""."""
    cur = clause_verb(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    claiming = cur.head
    if cur.dep_ != "ccomp" or claiming.dep_ not in ("acl", "advcl") or claiming.tag_ != "VBG" \
            or claiming.lemma_.lower() not in CLAIMING_PARTICIPLES:
        return ""
    if claiming.dep_ == "advcl" and not _dismissed_claim_carrier(claiming.head):
        return ""  # (the parser may hang "claiming" on the verb: only when what is dismissed is posts or reports;
        # not "The ministry rejected the report, saying that troops had been sent for drills")
    for holder in claiming.ancestors:
        word = next((w for w in [holder, *holder.children] if w.dep_ not in ("ccomp", "advcl") and (
            w.lemma_.lower() in CORRECTING_WORDS | DISMISSING_LEMMAS or w.lower_ in CORRECTING_WORDS)), None)
        if word is not None:
            return word.text
        if holder.pos_ in ("VERB", "AUX"):
            return ""
    return ""


CLAIMING_PARTICIPLES = word_set("claiming_participles")
CLAIM_CARRIER_NOUNS = word_set("claim_carrier_nouns")


def _dismissed_claim_carrier(verb: "Token") -> bool:
    """The verb dismisses or denies posts or reports ("dismissed as untrue posts on Telegram")."""
    if verb.lemma_.lower() not in CORRECTING_WORDS | DISMISSING_LEMMAS:
        return False
    held = objects(verb) + prep_objects(verb, ("as",))
    return any(o.lemma_.lower() in CLAIM_CARRIER_NOUNS or o.lower_ in CLAIM_CARRIER_NOUNS for o in held)


def drop_corrected_reports(drafts: Sequence[Draft], sentences: Sequence["Span"]) -> None:
    """Acts only the media told, which the next sentence or two (or the rest of the sentence after a semicolon)
    correct, withdraw or deny ("An Iranian news agency reported that Baku had also recalled its ambassador. The report
    was later withdrawn"), are not coded; nor is the withdrawing of the report itself."""
    for d in drafts:
        if d.verdict != "coded":
            continue
        tok = d.sent.doc[d.hit.token_i]
        if tok.lemma_.lower() in CORRECTING_WORDS and any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in REPORT_NOUNS for c in tok.children):
            d.verdict = f"not coded: background (a report '{tok.text}', no act of a party)"
            continue
        if (false := _content_called_false(tok) or _of_content_called_false(tok)
                      or _claimed_content_dismissed(tok)):
            d.verdict = f"not coded: background (what a report says, called '{false}')"
            continue
        telling = _media_telling(tok)
        if telling is None:
            continue
        rest = [t for t in d.sent if t.i > telling.i and any(s.text == ";" for s in d.sent.doc[telling.i:t.i])]
        for words in [rest] + [list(s) for s in sentences[d.sent_index + 1:d.sent_index + 3]]:
            fix = _correction_of(words) if words else None
            if fix is not None:
                d.verdict = f"not coded: background (a media report corrected after: '{fix.text}')"
                break


STALE_DAYS = 28  # a later sentence's act dated this long before the report is background ("were detained last November")
RECAP_DAYS = 6  # a later sentence opening on a time this far back recalls an earlier development


def told_in_past(verb: "Token", status: str) -> bool:
    """The act is told as done in the past ("signed", "had agreed", "was ready"), or as words of a past telling: a
    present-tense quote or a participle under a past reporting verb ("'We welcome ...,' Cassis told reporters",
    "..., warning that ..."), a promise told in the past ("announced that their forces would hold drills")."""
    if status not in ("asserted", "future"):
        return False
    cur = verb
    for _ in range(4):
        if status == "asserted" and (cur.tag_ in ("VBD", "VBN") or any(
                c.dep_ in ("aux", "auxpass", "cop") and c.tag_ == "VBD" for c in cur.children)):
            return True
        if cur.tag_ in ("VBZ", "VBP") and not (cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SPEAKER_VERBS):
            return False  # ("Russia supports the plan", "Lavrov says")
        if cur.dep_ not in ("ccomp", "xcomp", "advcl", "acomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        status = "asserted"
    return False


def episode_act(draft: Draft, drafts: Sequence[Draft], lead: int, s_i: int, pub: dt.date,
                 index: MentionIndex) -> Draft | None:
    """The dated act told before whose day an undated past act after the lead takes: the act told last, when recent
    ("Police detained 40 people on Saturday ... The demonstrators were dispersed"); for a speech act by another side
    than that act's, the last recent act of its own side or the last meeting it took part in ("The ministers met in
    Geneva on Wednesday for talks hosted by Switzerland ... 'We welcome ...,' Cassis told reporters"), and none when
    there is neither (another side's reaction is of the day of the report)."""
    verbal = draft.event in VERBAL_TYPES - {"CONSULT"}
    at_occasion = at_the_occasion_told(clause_verb(draft.sent.doc[draft.hit.token_i]))
    same_day = _said_same_day(draft.sent) or at_occasion
    last = True
    for d in reversed(drafts):
        if not (lead <= d.sent_index < s_i and d.verdict == "coded" and d.date is not None and d.date.date
                and (d.date.date_text or d.date.reason.startswith((EPISODE_DAY, OCCASION_DAY)))):
            continue
        if d.date.date_text and d.date.start is not None and day_opens_a_state(d.date, d.sent):
            continue  # ("she had been on hunger strike since Monday. Several dozen supporters gathered": the start of a
            # state that lasts, not the day of the scene the next sentences go on with)
        if COUNTED_BACK in d.date.reason and not (at_occasion and last):
            continue  # ("The day before the meeting, Azerbaijan handed over two villagers. The UAE minister, who received
            # both delegations, said ...": a look back; the story goes on with the meeting's day)
        if (same_day and d.date.told) or (d.date.date_text and not d.date.exact_day):
            continue  # ("..., the ministry said in a statement on Wednesday. ... arrested three couriers the same day":
            # the day of the act told before, not of the statement; nor a time that fixes no day: "ruled at the weekend")
        recent = dt.timedelta(0) < pub - d.date.date <= dt.timedelta(days=LEAD_DAY_REACH)
        if last and (not verbal or same_day or _same_side(draft.actors, d.actors)):  # ("... shelled Armenian positions
            # on Monday. The same day, Armenia's foreign ministry accused Baku": the day named, whoever speaks)
            return d if recent else None
        last = False
        if recent and ((d.event in VERBAL_TYPES and _same_side(draft.actors, d.actors)) or _took_part(draft, d, index)):
            return d  # (its own side's statement, not its own side's deeds: "Iran and the Taliban exchanged fire on
            # Saturday ... Iran called the incident unacceptable on Monday ... The Taliban dismissed the claims")
    return None


SAME_DAY = re.compile(r"\b(?:the\s+same|that\s+same|that)\s+day\b"
                      r"|\bwithin\s+(?:hours|minutes)\b", re.IGNORECASE)  # ("denied the report within hours": the report's day)


def _said_same_day(sent: "Span") -> bool:
    """A sentence that tells its act as of "the same day" ("Kazakh police arrested three couriers in Almaty the same
    day"): the day of the act told before it, never of a statement."""
    return SAME_DAY.search(nlp.span_text(sent)) is not None


def _took_part(draft: Draft, meeting: Draft, index: MentionIndex) -> bool:
    """The act's actor took part in a meeting or call told before: a party to it, named in its sentence ("talks
    hosted by Switzerland"), a state at a bloc's meeting ("Leaders of the Eurasian Economic Union met ...
    Lukashenko backed the proposal"), or no actor found ("They also signed a protocol")."""
    if meeting.event != "CONSULT" and not _told_at_meeting(meeting):
        return False
    actors = set(entity_codes(draft.actors))
    if not actors:
        return True
    parties = set(entity_codes(meeting.actors)) | set(entity_codes(meeting.recipients))
    named = {m.entity.code for m in index.in_sentence(meeting.sent.start, meeting.sent.end) if m.entity.code}
    return bool(actors & (parties | named)) or (meeting.event == "CONSULT" and "IGO" in parties) \
        or (meeting.event == "CONSULT" and _meeting_named_again(draft.sent))


def _meeting_named_again(sent: "Span") -> bool:
    """The sentence names the meeting told before with a definite meeting noun that its verb acts on or is set at
    ("Turkish Foreign Minister Hakan Fidan opened the session and said Ankara was ready to host ...", "said at the
    talks that ..."): its speaker took part (not "criticised the talks", "before the talks", nor "the 2019 summit")."""
    for t in sent:
        if t.lemma_.lower() not in CONVERSATION_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) or any(
                w.ent_type_ in ("DATE", "TIME") or w.lower_ in ("last", "previous", "former", "earlier", "next")
                for w in t.subtree if w.i != t.i):
            continue
        if t.dep_ == "dobj" and t.head.lemma_.lower() in MEETING_PART_VERBS:
            return True
        if t.dep_ == "pobj" and (t.head.lower_ == "at" or (t.head.lower_ == "over" and t.head.head.lemma_.lower() in (
                "preside",))) and t.head.head.lemma_.lower() in MEETING_PART_VERBS | SPEAKER_VERBS:
            return True  # "said at the session", "presided over the talks"
    return False


MEETING_PART_VERBS = word_set("meeting_part_verbs")


def _told_at_meeting(d: Draft) -> bool:
    """An act dated by a meeting or call it was told at: "thanked Erdogan in a telephone call on Monday"."""
    if d.date is None or d.date.start is None:
        return False
    tok = token_at(d.sent, d.date.start + d.sent.start_char)
    if tok is None:
        return False
    holder = adjunct_of(tok)
    return holder.lemma_.lower() in CONVERSATION_NOUNS


def undated_pluperfect(verb: "Token") -> bool:
    """"The gunman had confessed to carrying out the attack": an active past perfect that no reporting verb governs
    tells what came before the story's news (not "the army said its jets had destroyed the camp")."""
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) or is_passive(verb):
        return False  # (a passive may tell the news itself: "most of those on board had been detained in Moscow")
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEAKER_VERBS | {"claim", "tell", "confirm"}
    return not reported and not _report_after_time_phrase(verb)


def _old_opening(verb: "Token", pub: dt.date) -> str:
    """The month or year gone by that a clause opens on, before its subject ("and in October police arrested dozens"
    in a late-November story): before the story's month and its middle day more than 31 days back ("in October" in a
    3 November story is recent, in a 29 November one it is not). Returns the time, or ""."""
    if dated_to_a_day(verb):
        return ""
    words = " ".join(t.text for c in verb.children if c.i < verb.i and (c.dep_ == "npadvmod" or (
        c.dep_ == "prep" and c.lower_ in ("in", "during", "on"))) for t in _time_phrase(c))  # (a time phrase: not
    # "since late May", nor a quotation the verb reports)
    old = next((d for d in find_dates(words, pub) if not d.bound and not d.ahead and d.date is not None
                and (d.enddate or d.date) < pub.replace(day=1) and (pub - _middle_day(d)).days > 31), None)
    return old.date_text if old is not None else ""


def _middle_day(d: DateResolution) -> dt.date:
    """The middle day of a month or span a time phrase names ("in October": 16 October): an act told only by its
    month lies on either side of it."""
    end = d.enddate or d.date
    return d.date + (end - d.date) / 2


def _time_phrase(opener: "Token") -> list["Token"]:
    """The words of a time phrase that opens a clause; a preposition the parse left without its object takes the
    date words that follow it ("and in August police arrested dozens", parsed with "August" a compound of
    "police")."""
    words = list(opener.subtree)
    if opener.dep_ == "prep" and not list(opener.children):
        doc, j = opener.doc, opener.i + 1
        while j < len(doc) and doc[j].ent_type_ == "DATE":
            words.append(doc[j])
            j += 1
    return words


def before_later_old_conjunct(verb: "Token", pub: dt.date | None) -> str:
    """An act that opens on a month gone by, or an undated act followed by a coordinated clause that does ("Several
    opposition leaders were jailed for refusing to testify, and in October police arrested dozens" in a late-November
    story, "were sentenced to prison terms, and in January police raided ..." in March): told in order, the first act
    came before that old time, so both are history (round 26: more than 31 days back). A present-perfect first act is
    not ("have blocked access to the website, and in August police detained its editor"). Returns the time, or ""."""
    if pub is None:
        return ""
    if (own := _old_opening(verb, pub)):
        return own
    cur = verb  # ("and in October police arrested dozens after a crowd tried to storm the palace": the time clause too)
    while cur.dep_ in ("xcomp", "advcl") and cur.head.i != cur.i:
        cur = cur.head
        if (own := _old_opening(cur, pub)):
            return own
    later = [c for c in verb.conjuncts if c.i > verb.i]
    if not later or dated_to_a_day(verb) or _present_perfect(verb):
        return ""  # (a present perfect tells what holds now: "have blocked access to the site, and in October ...")
    skip = {x.i for c in later for x in c.subtree}
    if find_dates(" ".join(t.text for t in verb.subtree if t.i not in skip), pub):
        return ""  # (the act has a time of its own)
    return next((old for c in later if (old := _old_opening(c, pub))), "")


NARRATING_LEMMAS = word_set("narrating_lemmas")
HISTORY_YEARS = 5  # a year this many years before the story's is history, not the news period


def narrated_how(verb: "Token", told: Sequence["Span"], pub: dt.date | None) -> str:
    """An act told in a "how" clause under a verb of narrating in a story about a time years back ("Historians met
    for a conference on the 1916 uprising. Speakers described how rebels attacked Russian settlements and how
    punitive troops later seized land"): that time's history, never the meeting's day. `told` is the story's sentences
    up to this one. Returns the year, or ""."""
    if pub is None:
        return ""
    chain = [verb, *list(verb.ancestors)[:4]]  # (the parser may hang a second "how" clause on a noun)
    if not any(c.dep_ == "advmod" and c.lower_ == "how" for v in chain[:3] for c in v.children):
        return ""
    if not any(v.pos_ == "VERB" and v.lemma_.lower() in NARRATING_LEMMAS and v.i < verb.i for v in chain[1:]):
        return ""
    years = [int(y) for y in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", " ".join(s.text for s in told))]
    return next((str(y) for y in years if pub.year - y >= HISTORY_YEARS), "")


def _own_adverbials(verb: "Token") -> str:
    """The words of a verb's own time and manner phrases and adverbial clauses ("in Syria before returning home in
    2019"), leaving out what relative clauses tell of a noun ("the militants who attacked a station last year")."""
    inner = {x.i for t in verb.subtree if t.dep_ in ("relcl", "acl") and t.i != verb.i for x in t.subtree}
    return " ".join(t.text for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod", "advcl")
                    for t in c.subtree if t.i not in inner)


def pluperfect_before_old_time(verb: "Token", pub: dt.date | None) -> str:
    """An active past perfect told with an old time inside its own clause ("one of them had fought in Syria before
    returning home in 2019", "had fought for the Islamic State group in Iraq before he came back in 2018"): the
    backstory of a person, not news, also when another clause of the sentence carries the news day. Returns the
    time, or ""."""
    if pub is None or not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) or is_passive(verb):
        return ""
    words = _own_adverbials(verb)
    old = next((d for d in find_dates(words, pub) if _old(d, pub) and d.date is not None
                and not d.date_text.lower().startswith(("since", "until", "by"))  # ("closed since 2021": a state)
                and re.search(r"\b\d{4}\b", d.date_text) is not None  # (a year told: not "reopen ... on July 1")
                and (pub - d.date).days > 31), None)
    return old.date_text if old is not None else ""


def recap_reason(date: DateResolution, sent: "Span", after_lead: bool, head: "Token", clause: Sequence["Token"],
           pub: dt.date | None) -> str:
    """Why a dated mention recalls an earlier development ("" if it does not): a later sentence that opens on an
    earlier time ("Last week, a missile attack killed 21", "Earlier this month, ...", "In February, ..."), or a
    month of the year gone by without a year, in a later sentence or in a describing clause ("Derbent, where gunmen
    attacked a synagogue in June")."""
    if pub is None or date.date is None or date.start is None or not date.date_text \
            or historical_place(date.start + sent.start_char, head, clause, sent) != "event":
        return ""  # the time phrase must date this act ("the treaty signed in March": not the meeting)
    end = date.enddate or date.date
    ongoing = date.date_text.lower().startswith("since ") and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)  # "since April, protesters have marched"
    if date.reason == "month" and date.date_text.lower().startswith(("in ", "during ", "since ")) and not ongoing \
            and not any(ch.isdigit() for ch in date.date_text) and end < pub.replace(day=1) \
            and (after_lead or head.dep_ in ("relcl", "acl")):
        return f"a month gone by ('{date.date_text}')"
    opens = not nlp.span_text(sent)[:date.start].strip(" \"“‘'")
    if after_lead and opens and date.date <= pub - dt.timedelta(days=RECAP_DAYS) \
            and date.reason != "the week before publication":  # ("Last week a court in Taraz sentenced a Kyrgyz man":
        # an act of the news period that fixes no day, coded without one)
        return f"a recap opening on '{date.date_text}'"
    if after_lead and end <= pub - dt.timedelta(days=STALE_DAYS):
        return f"told after the lead and dated weeks before the report ('{date.date_text}')"  # "were detained last November"
    return ""


def historical_place(char: int, head: "Token", clause: Sequence["Token"], sent: "Span") -> str:
    """Where an earlier-dated phrase sits relative to an event: "event" when it dates the event (in its
    own clause, or in a phrase the event's clause hangs from: "a quarrel in 2021 escalated into
    fighting"), "elsewhere" when it sits in another clause ("discussed the border, where smuggling has
    fallen since 2022") or, inside the event's clause, under a verb of its own or on what the act is
    about ("apologised for the downing of a jet in November"), "" when it cannot be placed."""
    date_tok = token_at(sent, char)
    if date_tok is None:
        return ""
    if _dates_last_conjunct(date_tok, head, clause) or any(date_tok in v.subtree for v in _enacting_text_clauses(head)):
        return "event"  # (... or the time of the decree that does the act: "shut down by a decree signed in 1991")
    if any(t.i == date_tok.i for t in clause):
        return "elsewhere" if _dates_a_verb_below(date_tok, head) or _dates_what_it_is_about(date_tok, head) else "event"
    head_line = {head.i} | {a.i for a in head.ancestors}
    cur = date_tok
    crossed = False
    when_clause = False
    while cur.i not in head_line:
        if _when_clause_on(cur, head):
            when_clause = True
        elif cur.head.i == head.i and what_it_called(cur) and not crossed:
            return "event"  # ("held what state media called routine exercises ... in December": the act's object, named)
        elif cur.dep_ in NESTED or cur.head.i == cur.i:
            crossed = True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if when_clause and not crossed:
        return "event"
    if cur.i == head.i or crossed:
        return "elsewhere"
    return "event"


def _dates_last_conjunct(date_tok: "Token", head: "Token", clause: Sequence["Token"]) -> bool:
    """A time at the end of the last of coordinated verbs that share a subject, the first with no time of its own
    ("they had been beaten with batons and burned with irons in 2022", "were looted and bulldozed by militants during
    their occupation of the city between 2014 and 2017"): the time dates both acts."""
    conj = next((c for c in reversed(list(head.children)) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                 and c.i < date_tok.i), None)
    if conj is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) \
            or any(t.ent_type_ in ("DATE", "TIME") for t in clause if t.i < conj.i) or date_tok.i != conj.right_edge.i \
            and date_tok.right_edge.i != conj.right_edge.i:
        return False
    cur = date_tok
    while cur.i != conj.i:  # (no verb or clause of its own between the time and the conjunct)
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ in NESTED or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


INTERVAL_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}


def counted_on_since(date: DateResolution, sent: "Span", pub: dt.date | None) -> bool:
    """A time years back that a counted interval carries into the news period ("Five years after the 2020 war,
    Armenia and Azerbaijan signed a peace deal"): the act is that much later, not of that time (unlike "two weeks
    after the 2008 war ended")."""
    tok = token_at(sent, date.start + sent.start_char) if date.start is not None and date.date else None
    if tok is None or pub is None:
        return False
    for cur in (tok, *list(tok.ancestors)[:4]):
        after = cur if cur.lower_ == "after" else next(
            (c for c in cur.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        if after is None:
            continue
        span = next((c for c in (*after.children, *cur.children) if c.dep_ == "npadvmod"
                     and c.lemma_.lower() in INTERVAL_DAYS), None)
        if span is None:
            return False
        count = next((count_of(c.text) for c in span.children if c.dep_ == "nummod"), 1)
        later = (date.enddate or date.date) + dt.timedelta(days=count * INTERVAL_DAYS[span.lemma_.lower()])
        return later >= pub - dt.timedelta(days=HISTORICAL_DAYS)
    return False


def _when_clause_on(clause: "Token", head: "Token") -> bool:
    """A "when/while ..." clause on the event's verb: its time is the event's ("When the Taliban came in 1996, they
    beat my father"), and so is a counted "<interval> after ..." clause's ("recognised South Ossetia two weeks after
    the 2008 war ended")."""
    if clause.dep_ != "advcl" or clause.head.i != head.i:
        return False
    after = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "while") for c in clause.children) or (
        after is not None and any(c.dep_ == "npadvmod" and c.lemma_.lower() in INTERVAL_NOUNS
                                  for c in (*clause.children, *after.children)))


def _heads_below(tok: "Token", stop: "Token", limit: int = 10) -> list["Token"]:
    """The heads above `tok`, nearest first, up to (not including) `stop` or the root."""
    out: list["Token"] = []
    cur = tok.head
    while len(out) < limit and cur.i != stop.i and cur.head.i != cur.i:
        out.append(cur)
        cur = cur.head
    return out


def _dates_a_verb_below(date_tok: "Token", head: "Token") -> bool:
    """A date phrase hanging from a verb of its own below the event's head ("sentenced ... for attempting
    to seize power during the January 2022 unrest") dates that verb, not the event."""
    return not old_time_looked_ahead_to(date_tok, head) and any(
        t.pos_ in ("VERB", "AUX") and not _phase_complement(t, head)
        and not (t.head.i == head.i and what_it_called(t)) for t in _heads_below(date_tok, head))


PHASE_VERBS = word_set("phase_verbs")


def _phase_complement(verb: "Token", head: "Token") -> bool:
    """A gerund that a verb of starting or stopping takes as what starts or stops ("stopped processing payments to
    Russian banks in 2024", "began shelling the town in 2014"): the time on it dates the stopping or starting too."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.i == head.i and head.lemma_.lower() in PHASE_VERBS


def _dates_what_it_is_about(date_tok: "Token", head: "Token") -> bool:
    """A date phrase on the noun the act is about ("apologised for the downing of a jet in November"); not one on
    how long the act lasted ("shut its border for almost a month last autumn": the time dates the act)."""
    for t in _heads_below(date_tok, head):
        if t.pos_ in ("VERB", "AUX") or (t.lemma_.lower() in TIME_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "for"):
            return False
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.lower_ in CAUSE_PREPS:
            return True
    return False


BACK_REFERENCE_DETS = word_set("back_reference_dets")
TIME_NOUNS = word_set("time_nouns")
NATURAL_FORCES = word_set("natural_forces")
PARTNER_CUES = word_set("partner_cues")
ALLIANCE_CUES = word_set("alliance_cues")
ARMED_SIDE_NOUNS = word_set("armed_side_nouns")
WHOLE_CONFLICTS = word_set("whole_conflicts")
LAW_NOUNS = word_set("law_nouns")
SIGNED_TEXT_NOUNS = LAW_NOUNS | {"decree"}


HABITUAL_ADVERBS = word_set("habitual_adverbs")
HABIT_CLAUSE_WORDS = frozenset({"every", "each", "years"})  # the words of `_habitual`'s clause cues (or the lemma year, decade)


def _habitual(verb: "Token") -> str:
    """A repeated, not a single, act: "holds exercises almost every year", "are detained each year",
    "regularly meets", "occur dozens of times a year" (present tense). Returns the cue or ""."""
    table = nlp.token_table(verb.doc)
    clause = clause_tokens(verb) if any(table.lower[i] in HABIT_CLAUSE_WORDS or table.lemma[i] in ("year", "decade")
                                        for i in clause_indices(verb)) else []  # (the clause cues below need one)
    for c in clause:
        if c.lower_ in ("every", "each") and c.dep_ in ("det", "nummod", "amod") and c.head.lemma_.lower() in TIME_NOUNS:
            return f"{c.text} {c.head.text}"
        if c.dep_ == "pobj" and c.head.lower_ == "for" and c.head.head.i == verb.i and c.tag_ == "NNS" \
                and c.lemma_.lower() in ("year", "decade") and not any(g.dep_ == "nummod" for g in c.children):
            return f"for {c.text}"  # "for years we heard shooting" (not "jailed for five years")
        if (span := _perfect_for_years(verb, c)):
            return span  # "has been discussed for more than a decade"
        if c.dep_ == "pobj" and c.head.lower_ == "over" and c.lower_ == "years" \
                and [d.lower_ for d in c.children] == ["the"]:  # (not "over the next five years")
            return "over the years"  # "have accused each other many times over the years"
        if (times := _many_times_in_years(verb, c)):
            return times  # "Similar detentions occurred several times in the past decade"
    if (span := _recent_seasons(verb)):
        return span
    if (span := _long_held_perfect(verb)):
        return span
    if _present_tense(verb) or _perfect_since(verb):
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS:
                return c.text
        rate = RATE_PHRASE.search(nlp.span_text(verb.doc[verb.left_edge.i:verb.right_edge.i + 1]))
        if rate is not None:  # "such detentions occur dozens of times a year"
            return rate.group(0)
    return _past_habit(verb) or _serial_holders(verb)


SERIAL_HOLDER_ADJECTIVES = word_set("serial_holder_adjectives")


def _serial_holders(verb: "Token") -> str:
    """A subject that is a series of holders over time ("successive governments have refused to accept it",
    "consecutive administrations rejected the claim"): a policy held over years, no single act (not "successive waves
    of shelling hit the town on Monday": a day of its own, nor "successive waves of drones hit Kyiv overnight": no
    holders of an office). A verb the parse left without a subject takes the plural
    noun before it in its sentence. Returns the adjective, or ""."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        subjects = [t for t in verb.doc[verb.sent.start:verb.i] if t.tag_ == "NNS"]
    cue = next((a.text for s in subjects if s.lemma_.lower() in ACTOR_NOUNS  # (holders of an office, not "successive waves")
                for a in s.children if a.dep_ == "amod" and a.lower_ in SERIAL_HOLDER_ADJECTIVES), "")
    if not cue or clause_dated(verb):
        return ""
    return cue


PAST_HABIT_ADVERBS = word_set("past_habit_adverbs")


def _past_habit(verb: "Token") -> str:
    """A past tense told as a habit, with no day of its own ("people who met, traded and sometimes fought", "the two
    armies often clashed along the river"): no single act (not "repeatedly shelled the village on Tuesday", nor "often
    clashed last week"). Returns the adverb, or ""."""
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "conj" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children))  # ("argued and sometimes fought" read as a participle)
    if not past or clause_dated(verb):
        return ""
    return next((c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in PAST_HABIT_ADVERBS), "")


LONG_SPAN_QUANTIFIERS = {"more", "over", "nearly", "almost", "decades"}


def _many_times_in_years(verb: "Token", tok: "Token") -> str:
    """"Several times" on a verb whose clause spans years ("Similar detentions occurred several times in the past
    decade", "have clashed many times over the years"): acts counted over a long time, no single one (not "shelled the
    village several times on Monday"). `tok` is a word of the clause; returns the cue, or ""."""
    if tok.lemma_.lower() != "time" or tok.head.i != verb.i or tok.dep_ not in ("npadvmod", "advmod", "dobj") \
            or not any(m.lower_ in MANY_TIMES_WORDS for m in tok.children):
        return ""
    span = next((t for t in clause_tokens(verb) if t.lemma_.lower() in ("year", "decade") and t.i != tok.i), None)
    return f"{' '.join(t.text for t in tok.subtree)} ... {span.text}" if span is not None else ""


def _generic_present_quoted(verb: "Token") -> str:
    """A deed a speaker tells of their own side in the simple present inside a quotation, with no time of its own
    ('"We arrest the couriers, but the organisers sit abroad," a police officer said'): what they do as a rule, no
    act of the news period (not the progressive or a day: '"We are detaining them now"'). Returns the doers' word,
    or ""."""
    if verb.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children) or not _in_quotation(verb):
        return ""
    doers = [s for s in verb.children if s.dep_ == "nsubj" and s.lower_ in ("we", "they", "i")]
    if not doers or any(t.lower_ in NEWS_PERIOD_WORDS or t.lower_ in ("today", "tonight", "yesterday")
                        or t.lower_ in WEEKDAYS for t in verb.subtree):
        return ""
    return doers[0].text


def _long_held_perfect(verb: "Token") -> str:
    """A present perfect told as going on for long, with no day of its own ("Rights groups have long criticised the
    slow pace of investigations", "campaigners have for years condemned the use of torture"; "for years" may hang
    from the auxiliary): a standing stance, not an act of the news period. Returns the cue, or ""."""
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS]
    if not aux or dated_to_a_day(verb):
        return ""
    if any(c.dep_ == "advmod" and c.lower_ == "long" for c in verb.children):
        return "long"
    for holder in (verb, *aux):
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ == "for" and p.i < verb.i:
                span = next((o for o in p.children if o.dep_ == "pobj" and o.lower_ in ("years", "decades")
                             and not any(g.dep_ == "nummod" for g in o.children)), None)
                if span is not None:
                    return f"for {span.text}"
    return ""


def _perfect_for_years(verb: "Token", obj: "Token") -> str:
    """A present perfect right before a long span it has lasted ("has been discussed for more than a decade", "have
    been debated for over a year"): a standing topic, not an act. Returns the span, or ""."""
    if not (obj.dep_ == "pobj" and obj.head.lower_ == "for" and obj.head.head.i == verb.i
            and obj.lemma_.lower() in ("year", "decade")):
        return ""
    if not all(w.pos_ == "ADV" for w in verb.doc[verb.i + 1:obj.head.i]) \
            or not any(g.lower_ in LONG_SPAN_QUANTIFIERS for g in obj.subtree) \
            or not any(a.dep_ == "aux" and a.lemma_.lower() == "have" and a.tag_ in PRESENT_TAGS for a in verb.children):
        return ""
    return "for " + " ".join(t.text for t in obj.subtree)


STATE_KEEPING_VERBS = word_set("state_keeping_verbs")
MAP_LINES = word_set("meeting_lines")


def _settled_line(verb: "Token") -> str:
    """A border or line told as agreed, in a passive with no day of its own ("The line was agreed by both sides,"
    Tashiev told reporters; "The border was agreed long ago and is not up for discussion"): how the line stands,
    not a new agreement (not "the border section was agreed on Tuesday"). Returns the line's word, or ""."""
    if not is_passive(verb) or clause_dated(verb):
        return ""
    line = next((s for s in passive_subjects(verb) if s.lemma_.lower() in MAP_LINES and not any(
        c.dep_ in ("compound", "amod", "nmod") for c in s.children)), None)
    return line.text if line is not None else ""


def _standing_state(tok: "Token", event: str) -> str:
    """A participle kept as a state ("where about 1,500 Russian troops remain stationed", "the two men remain detained",
    "the crossing stays closed") or, for a deployment, a present passive ("Russian troops are stationed in the
    region", peacekeepers too: "1,500 Russian troops are stationed there, including some 400 serving in the joint
    peacekeeping force"): what holds, not an act. Returns the verb that keeps the state, or ""."""
    if tok.tag_ != "VBN":
        return ""
    if tok.dep_ in ("acomp", "xcomp", "oprd") and tok.head.lemma_.lower() in STATE_KEEPING_VERBS \
            and tok.head.tag_ in PRESENT_TAGS | {"VB"}:
        return tok.head.text
    deployment = event == "MOBILIZE" or (event == "AID" and tok.lemma_.lower() in STANDING_DEPLOYMENT_VERBS)
    if deployment and is_passive(tok) and any(
            c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in tok.children) and not any(
            c.dep_ == "aux" for c in tok.children):
        return next(c.text for c in tok.children if c.dep_ == "auxpass")
    return ""


STANDING_DEPLOYMENT_VERBS = word_set("standing_deployment_verbs")
RECURRING_SPANS = word_set("recurring_spans")  # (not "the past two weeks")


def _recent_seasons(verb: "Token") -> str:
    """A plural span of recent times over which the act recurred ("has faced gas shortages in recent winters, forcing
    it to cut exports", "in recent years"), on the verb or on the clause a participle with its infinitive hangs
    from. Returns the phrase, or ""."""
    holders = [verb]
    if verb.dep_ == "xcomp" and verb.head.tag_ == "VBG" and verb.head.dep_ == "advcl":
        holders += [verb.head, verb.head.head]  # "..., forcing it to cut exports"
    for h in holders:
        for o in prep_objects(h, ("in", "over", "during")):
            if o.tag_ == "NNS" and o.lemma_.lower() in RECURRING_SPANS and any(
                    c.dep_ == "amod" and c.lower_ in ("recent", "past", "previous") for c in o.children):
                return " ".join(t.text for t in o.subtree)
    return ""


def _perfect_since(verb: "Token") -> bool:
    """A present perfect spanning a time since something ("have repeatedly struck civilian targets since Ukrainian troops
    retook the city in November 2022", "has repeatedly shelled Nikopol since 2022"): a habit over that time."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS for c in verb.children) and any(
        (c.dep_ == "prep" and c.lower_ == "since") or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in c.children)) for c in verb.children)


RATE_PHRASE = re.compile(r"\btimes\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|decade)\b", re.IGNORECASE)


def _present_tense(verb: "Token") -> bool:
    """"holds", "are detained", "does not meet": the verb or its "be"/"do" auxiliary is in the present tense."""
    return verb.tag_ in PRESENT_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS and c.lemma_.lower() in ("be", "do") for c in verb.children)


STANDING_RULE_NOUNS = word_set("standing_rule_nouns")


def _under_standing_rule(verb: "Token") -> str:
    """A present-tense act done under a standing rule ("Under a policy dating back to the 1990s, defectors are given
    citizenship"): what the rule provides, not a new act. Returns the rule's noun or ""."""
    if not _present_tense(verb) or verb.tag_ == "VBG":  # (not "Under the new law, Britain is freezing the assets")
        return ""
    return next((o.text for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"
                 for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in STANDING_RULE_NOUNS), "")


TALLY_NOUNS = {"toll", "total", "tally", "count"}
# verbs that count victims ("have been killed", "have been wounded"); "have captured six towns since ..."
# or "have shelled the positions so far" tell of acts, not of a head count
CASUALTY_LEMMAS = word_set("casualty_lemmas")
# acts also counted over a period: "have seized 3 tonnes since January", "have arrested 800 so far this year"
TALLIED_LEMMAS = CASUALTY_LEMMAS | word_set("tallied_lemmas")


def _running_tally(verb: "Token") -> str:
    """An aggregate count of victims, arrests or seizures, not one incident: a perfect-tense verb summed
    over time ("have been killed so far", "have seized 3 tonnes since the start of the year", "in total",
    "to date"), or a count whose subject is a toll or a total ("a total of 45 people have died"). Returns
    the cue or ""."""
    shares_head = verb.dep_ == "conj" and not is_finite(verb) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    holders = [verb] + ([verb.head] if shares_head else [])  # "have been detained or injured since ..."
    if verb.lemma_.lower() not in TALLIED_LEMMAS or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for h in holders for c in h.children):
        return ""
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "advmod" and c.lower_ == "far" and (any(g.lower_ == "so" for g in c.children)
                                                         or (c.i > 0 and c.doc[c.i - 1].lower_ == "so")):
            return "so far"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return "since ..."
        if c.dep_ == "advmod" and c.lower_ in ("altogether", "overall", "cumulatively"):
            return c.text
        if c.dep_ == "prep" and c.lower_ == "since":
            return "since ..."
        if c.dep_ == "dobj" and _trailing_since(c):
            return "since ..."  # the parser hangs the span inside the object: "have detained 30 people suspected of
            # sabotage since 2023", "dozens of people suspected of spying on Russia's behalf since 2023"
        if c.dep_ == "prep" and c.lower_ in ("in", "to") and any(
                p.dep_ == "pobj" and p.lower_ in ("total", "all", "date") for p in c.children):
            return f"{c.text} {next(p.text for p in c.children if p.dep_ == 'pobj')}"
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in TALLY_NOUNS or any(
                g.lower_ in TALLY_NOUNS for g in c.subtree if g.i < c.i)):
            return next(g.text for g in c.subtree if g.lower_ in TALLY_NOUNS)
    return ""


def _figure_changed(verb: "Token") -> str:
    """A count of acts set against an earlier one by "up" or "down" with a share or a "from" ("detained 1,240 migrants
    in 2025, up 18 percent from the year before", "seized 3 tonnes, down from 5 tonnes in 2024"): a figure that rose or
    fell, a statistic (round 27), unless the count is of a day. Returns the words, or ""."""
    if verb.lemma_.lower() not in TALLIED_LEMMAS or not any(
            o.like_num or any(n.dep_ == "nummod" for n in o.children) for o in objects(verb)):
        return ""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in ("up", "down") and any(
                (g.dep_ == "npadvmod" and g.lemma_.lower() in CHANGE_AMOUNT_NOUNS) or (g.dep_ == "prep" and g.lower_ == "from")
                for g in c.children):
            change = {t.i for t in c.subtree}
            if any(t.lower_ in DAY_WORDS for t in verb.subtree if t.i not in change):
                return ""  # (a day's count: "detained 12 migrants on Tuesday, up from four on Monday")
            return " ".join(t.text for t in c.subtree)
    return ""


def _trailing_since(obj: "Token") -> bool:
    """A "since" phrase that ends the object's phrase, where the parser hung the verb's span of time on a word inside
    it ("have detained 30 people suspected of sabotage since 2023"); not one inside a clause of its own ("people who
    have lived there since 2023")."""
    end = max((t.i for t in obj.subtree if not t.is_punct), default=obj.i)
    for t in obj.subtree:
        if t.dep_ == "prep" and t.lower_ == "since" and max(w.i for w in t.subtree) == end:
            path = [a for a in t.ancestors if a.i != obj.i and obj.i in {x.i for x in a.ancestors}]
            return not any(a.dep_ in ("relcl", "ccomp", "advcl") for a in path)
    return False


TIME_FRAME_PREPS = {"during", "after", "since", "following", "amid", "before", "until"}


SIDE_TAKING_VERBS = word_set("side_taking_verbs")


def _status_clause(verb: "Token") -> bool:
    """"fighting in Syria", "fighting to topple the government": a side taken somewhere or for an aim."""
    return any(c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "alongside", "with") and any(o.ent_type_ in ("GPE", "NORP", "LOC") for o in c.children)
        for c in verb.children)


STANCE_TYPES = {"ACCUSE", "SUPPORT", "REJECT"}
COMMENTED_NOUNS = word_set("commented_nouns")


def _agreement_made_before(tok: "Token") -> str:
    """A past participle with its doer describing an agreement named inside a phrase, with no day of its own ("a gross
    violation of the spirit of the agreements reached by the two presidents", "under the treaty signed by both
    sides"): the agreement is told as made before, not made now (not "an agreement reached on Tuesday"). Returns
    the agreement's noun, or ""."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.lemma_.lower() not in AGREEMENT_NOUNS \
            or tok.head.dep_ != "pobj" or not any(c.dep_ == "agent" for c in tok.children) or dated_to_a_day(tok):
        return ""
    return tok.head.text


PRESUPPOSING_MARKS = word_set("presupposing_marks")


def _presupposed_clause(tok: "Token") -> str:
    """An act in a clause opened by "even after" or "even though", told as known to frame the main clause ("how
    fragile the calm remains even after the two governments signed a treaty"): background, not news. Returns the
    words, or ""."""
    if tok.dep_ != "advcl" or dated_to_a_day(tok):
        return ""
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in PRESUPPOSING_MARKS), None)
    even = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ == "even" and mark is not None
                 and c.i < mark.i), None)
    return f"{even.text} {mark.text}" if even is not None else ""


PARTITIVE_WORDS = word_set("partitive_words")


def _partitive_history(tok: "Token", triggers: frozenset[int]) -> str:
    """An act in a reduced clause on part of a group just named ("3,500 former servicemen had registered for the fair,
    many of them demobilised after being wounded on the front line"; "some 3,000 veterans, most of them wounded near
    Bakhmut"): the people's own history, describing them, when the group is no one the sentence acts on (not
    "police detained 50 people, some of them beaten"). Returns "many of them", or ""."""
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PARTITIVE_WORDS), None)
        if subj is not None:
            break
        if cur.dep_ not in ("pcomp", "prep", "conj", "advcl", "xcomp") or cur.head.i == cur.i:
            return ""
        cur = cur.head
    else:
        return ""
    them = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.lower_ in ("them", "whom")), None)
    if them is None or cur.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in cur.children) \
            or dated_to_a_day(cur):
        return ""
    group = next((t for t in reversed(list(tok.doc[tok.sent.start:subj.i])) if t.tag_ == "NNS"), None)
    if group is None or group.head.i in triggers or group.i in triggers:
        return ""
    return f"{subj.text} of {them.text}"


def background(tok: "Token", hit: TriggerHit, event_nouns: dict[int, str], pub_year: int | None = None,
                triggers: frozenset[int] = frozenset()) -> str:
    """Why a mention restates or recalls an event rather than reporting a new one ("" if it does not):
    a relative clause on an event noun of the same type ("clashes that killed 14"), a clause hanging
    from "since" ("since September, when fighting killed three"), or an event noun pointed back to
    ("that fighting", "last month's clashes")."""
    head = tok.head  # (one Token for the many tests of it below)
    if not hit.nominal and tok.dep_ == "conj" and head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children) \
            and not (tok.tag_ == "VBD" and head.tag_ in ("VBP", "VBZ")):  # (a past verb shares no present clause:
        # 'will not protect anyone, whatever party they belong to" and promised to publish': the speaker's own act)
        shared = background(head, hit, event_nouns, pub_year, triggers)  # "an attack which killed nine and injured 44"
        if shared:
            return shared
    if (document := _document_topic(tok)):
        return f"what the '{document}' is on"  # "signed a joint declaration on deepening allied relations"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and head.lemma_.lower() in AGREEMENT_NOUNS \
            and hit.rule.event not in VERBAL_TYPES:  # (not "a resolution criticizing Nicaragua": its sponsors' words)
        return f"terms of the '{head.text}'"  # "a border deal handing a water reservoir to Uzbekistan"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in SIDE_TAKING_VERBS and not hit.nominal \
            and head.pos_ in ("NOUN", "PROPN") and head.i < tok.i \
            and not any(t.is_punct for t in tok.doc[head.i:tok.i]) and _status_clause(tok):
        # "arrested a Kazakh citizen fighting in Syria", "rebels fighting to topple his government": what someone is
        # (not "footage of police attacking protesters", "clans fighting for control of the town")
        return f"participle describing '{head.text}' (what they were doing)"
    if not hit.nominal and tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and tok.lemma_.lower() in AIMING_LEMMAS \
            and head.i in event_nouns:
        return f"what the '{head.text}' aims at"  # "strikes targeting energy sites" (raids and measures: policy_aimed)
    if tok.dep_ == "relcl" and head.dep_ == "appos" and not hit.nominal and not to_infinitive(tok) and not ranked(head) \
            and not _whos_news_of_the_day(tok) and not ((hit.rule is CONDEMN_RULE or (
                hit.rule.event in STANCE_TYPES and head.lemma_.lower() in COMMENTED_NOUNS))
                     and comment_on_clause(tok)):
        # (", a move his lawyer called persecution", ", a figure Tehran dismissed as 'pure fabrication'", ", an idea that
        # Kyrgyz President Sadyr Japarov backed": the stance of a speaker on what the sentence told)
        return f"relative clause describing the apposition '{head.text}'"  # "Zia, a former premier whose party boycotted"
    acted_on = head if head.dep_ != "conj" else head.head  # "detained politicians and activists who ..."
    if tok.dep_ == "relcl" and acted_on.dep_ in ("dobj", "nsubjpass") and acted_on.head.i in triggers \
            and tok.tag_ in ("VBD", "VBN") and not told_as_news(tok) and not hit.nominal and hit.rule.event in VERBAL_TYPES \
            and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children) and not host_spoke_at_meeting(tok):
        # "detained 20 politicians who opposed a border deal": the stance of the people acted on (not "detained a man who
        # attacked a guard": an act of violence is news of its own)
        return f"relative clause describing '{head.text}', whom '{acted_on.head.text}' acts on"
    if tok.dep_ in ("relcl", "acl") and event_nouns.get(head.i) == hit.rule.event and not stranded_participle(tok) \
            and not (tok.dep_ == "relcl" and crowd_dispersed(head)):
        return f"relative clause on '{head.text}'"  # (not "Israeli air strikes killed 17 people, officials said")
    if tok.dep_ == "relcl" and (head.i in event_nouns or head.lemma_.lower() in EPISODE_NOUNS) \
            and head.dep_ == "pobj" and not told_as_news(tok) and not crowd_dispersed(head) \
            and not _report_after_time_phrase(tok) and not where_the_gathering_met(tok):
        # "after the crackdown in which troops killed hundreds", "devastated by the war that killed 2,100": what
        # an episode named in passing did (not "launched an operation that killed 20")
        return f"relative clause describing the episode '{head.text}'"
    # a form the tagger calls past tense counts as a participle only when its noun is the subject of a
    # later verb ("the rebels killed near the river were buried"); otherwise it may be the main verb
    described_subject = tok.tag_ == "VBD" and head.dep_ in ("nsubj", "nsubjpass") \
        and head.head.pos_ in ("VERB", "AUX") and head.head.i > tok.i
    if tok.dep_ == "acl" and (tok.tag_ == "VBN" or described_subject) and head.pos_ in ("NOUN", "PROPN", "PRON") \
            and head.i not in event_nouns and not any(c.dep_ in ("agent", "nsubj") for c in tok.children) \
            and not stranded_participle(tok) and not _sent_home(tok) \
            and not (ordering_party(tok) and head.head.i not in triggers):  # ("ordered groups deployed", the order no act)
        # "the 31 people jailed in August", "weapons seized last year": a past participle describing a noun (not
        # "NEW DELHI, Jan 3 - India has asked ...": a clause with its own subject the parser hung on the dateline)
        return f"participle describing '{head.text}'"
    if not hit.nominal and (deal := _agreement_made_before(tok)):
        return f"participle describing '{deal}', an agreement made before"  # "the spirit of the agreements reached by"
    if not hit.nominal and (even := _presupposed_clause(tok)):
        return f"clause under '{even}', told as already known"  # "even after the two governments signed a treaty"
    if (group := _partitive_history(clause_verb(tok) if hit.nominal else tok, triggers)):
        return f"what '{group}' went through, describing people"  # "3,500 veterans, many of them wounded at the front"
    if not hit.nominal and (claim := _claim_ruled_on(tok)):
        return f"participle describing '{claim}', a claim ruled on now and filed before"  # "upholding a lawsuit filed by"
    if hit.nominal and (described := _manner_of_described_act(tok, event_nouns, triggers)):
        return f"how the act of a participle describing '{described}' was done"  # "migrants detained in mass raids"
    if not hit.nominal and (described_noun_text := _participle_of_misparsed_noun(tok)):
        return f"participle describing '{described_noun_text}'"  # "freed a Russian convicted of spying"
    if not hit.nominal and hit.rule.event in VERBAL_TYPES and (posted := _post_content(tok)):
        return f"what a post says ('{posted}'), the offence of someone held"
    if not hit.nominal and (place := _contact_relative_on_state(tok)):
        return f"a past act describing '{place}' in a present state"  # "still live in villages they refused to leave"
    if not hit.nominal and (viewed := _contact_relative_view(tok)):
        return f"a present-tense view describing '{viewed}'"  # "demanding that managers they blame for accidents be dismissed"
    if not hit.nominal and (described_noun := _unclosed_aside_participle(tok)) is not None:
        return f"participle describing '{described_noun.text}'"  # "..., which ended with a declaration reaffirming the
        # principles agreed in Helsinki"
    if not hit.nominal and (victims := _participle_before_noun(tok)):
        return f"participle describing '{victims}'"  # "79 executions of captured or surrendering servicemen"
    if not hit.nominal and tok.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN") and (
            tok.tag_ == "VBN" or (tok.tag_ == "VBG" and hit.rule.event != "PROTEST")):
        # "executions of captured or surrendering servicemen", "the occupied territories": what the people or places
        # are, not an act (not "protesting farmers", a crowd in action)
        return f"participle describing '{head.text}'"
    if hit.rule.event == "SUPPORT" and not hit.nominal and (
            tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.tag_ == "VBN")):
        # "forces backed by Russian warplanes", "the internationally recognised government"
        return f"participle describing '{head.text}'"
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children) and not _blamed_and_penalised(tok, head):
        return f"what '{head.text}' does (present-tense description)"  # "a lawyer who helps Uzbek migrants"
    if (history := _old_aside_on_subject(tok, pub_year)):
        return history
    described = _trait_clause(tok, hit, event_nouns)
    if described:
        return described
    clause = clause_verb(tok) if hit.nominal else tok  # "19 Armenians it had held in detention"
    if clause.dep_ == "relcl" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in clause.children) \
            and clause.head.lemma_.lower() not in TIME_NOUNS | {"time", "occasion"} and not ranked(clause.head) \
            and not crowd_dispersed(clause.head) and not _report_after_time_phrase(clause) \
            and not partner_arrival(clause) \
            and not (hit.rule.event == "PROTEST" and protesters_held(clause.head, clause)):
        # (not "cleared hundreds of demonstrators who had blocked a junction")
        # "the curfew it had imposed", "journalists who had been detained in May": set before the reported act
        return f"past-perfect clause describing '{clause.head.text}'"
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children) and any(
            c.dep_ == "advmod" and c.lower_ in RECORD_ADVERBS and not any(g.pos_ == "NOUN" for g in c.children)
            for c in clause.children) and not any(c.dep_ == "npadvmod" and c.pos_ == "NOUN" for c in clause.children):
        # "had been arrested twice before", "has previously been detained": a record, not a new act (not
        # "the night before")
        return "a past record ('" + next(c.text for c in clause.children if c.lower_ in RECORD_ADVERBS) + "')"
    if (career := _undated_career_step(clause)):
        return f"a past record ('{career}')"
    if not hit.nominal and (occasion := _past_occasion(tok)):
        return f"a past record ('{occasion}')"
    if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children) and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):
        return f"perfect-tense clause describing '{head.text}'"  # "the Gulf, where the UAE has hosted talks"
    if tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children) \
            and (head.dep_ == "appos" or (head.i + 1 < len(tok.doc) and tok.doc[head.i + 1].text == ",")) \
            and not partner_arrival(tok):
        # "Armenia, which has frozen its participation, did not take part": an aside on an actor's standing
        return f"perfect-tense aside on '{head.text}'"
    if not hit.nominal and any(c.dep_ in ("nsubj", "nsubjpass", "agent") and (
            c.lemma_.lower() in NATURAL_FORCES or any(g.lemma_.lower() in NATURAL_FORCES for g in c.children if g.dep_ == "pobj"))
            for c in tok.children):
        return "caused by a natural force"
    if not hit.nominal and hit.rule.event in ("ASSAULT", "COERCE") and any(
            c.lemma_.lower() in WHOLE_CONFLICTS for c in subjects(tok)) and not dated_to_a_day(tok):
        return "the toll of a whole conflict"  # not "the insurgency killed 12 soldiers in an ambush on Tuesday"
    if clause.tag_ in ("VBZ", "VBP") and any(c.dep_ == "nsubj" and c.lemma_.lower() in LAW_NOUNS for c in clause.children):
        return "what a law provides"
    if not hit.nominal and hit.rule.event in ("COERCE", "SANCTION", "MOBILIZE"):
        for prep in tok.children:  # "closed the highway after heavy snowfall": a safety measure, not coercion
            if prep.dep_ == "prep" and prep.lower_ in ("after", "because", "due", "amid", "following", "over"):
                objs = [o for o in prep.subtree if o.dep_ == "pobj"]
                if any(o.lemma_.lower() in NATURAL_FORCES and o.pos_ != "VERB" for o in objs):
                    return "a measure against a natural hazard"
        if hit.rule.mode in ("martial-law", "curfew") and any(
                t.lemma_.lower() in NATURAL_FORCES and t.pos_ != "VERB" for t in tok.subtree):  # not "protesters stormed"
            return "a measure against a natural hazard"  # "declared a state of emergency in regions hit by floods"
    earlier = _earlier_clause(clause_verb(tok) if hit.nominal else tok, pub_year)
    if earlier:
        return earlier
    if tok.dep_ in ("relcl", "acl", "advcl") and (head.lemma_.lower() in TIME_NOUNS or head.ent_type_ == "DATE") \
            and any(c.lower_ in ("when", "where") for c in tok.children) and not _day_of_the_news(head):
        return f"clause dating '{head.text}'"
    if (hour := _clause_naming_a_remembered_hour(tok)):
        return f"clause naming '{hour}' by what happened then, in a commemoration"
    if not hit.nominal and (who := _free_relative_subject(tok)):
        return f"a generic statement ('{who} {tok.text} ...')"
    if not hit.nominal and (occasion := _act_at_a_dated_event(tok, pub_year)):
        return f"an act told '{occasion}', an occasion dated years back"
    if (dated := _clause_on_a_dated_noun(tok, pub_year)):
        return f"clause on '{dated}', a time years back"
    if (summed := _summed_past_clause(tok, pub_year)):
        return f"what '{summed}' did, a step dated years back"
    if (recalled := _anniversary_of(tok)) or (recalled := _clause_on_a_remembered_episode(tok)):
        return f"'{recalled}' of an act: history"
    if not hit.nominal and (blamed := _blamed_for(tok)):
        return f"what someone is held '{blamed}' for"
    if (tenure := _tenure_perfect(clause_verb(tok) if hit.nominal else tok, pub_year)):
        return f"a record over a tenure since '{tenure}'"
    if tok.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
        return "clause under 'since' (taken for the main clause)"
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in cur.children) \
                and cur.dep_ != "ROOT":  # a root clause cannot be subordinate: the parser misplaced "since"
            return "clause under 'since'"
        cur = cur.head
        if cur.lower_ == "since" and cur.dep_ == "prep":
            return "recalled with 'since'"
    if not hit.nominal:  # "fifteen people were killed in that fighting": told of an event already reported
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for noun in (p for p in prep.children if p.dep_ == "pobj" and p.i in event_nouns):
                if any((c.dep_ == "det" and c.lower_ in BACK_REFERENCE_DETS) or
                       (c.dep_ == "poss" and _earlier_time_owner(c)) for c in noun.children):
                    return f"told of '{noun.text}' reported before"
    if not hit.nominal and hit.rule.event in ("ASSAULT", "COERCE"):
        tally = _running_tally(tok)
        # arrests and seizures summed over a year ("so far this year", "since Operation Channel began in 2003")
        # are statistics; "327 people had been detained since March 3" (a wave of protests) is the crackdown itself
        if tally and (hit.rule.event == "ASSAULT" or any(
                (t.lemma_.lower() == "year" and t.dep_ in ("pobj", "npadvmod"))
                or (t.like_num and len(t.text) == 4 and t.text.isdigit() and pub_year and pub_year - int(t.text) >= YEARS_OF_STATISTICS)
                for t in tok.subtree)):
            return f"running tally ('{tally}')"
    if not hit.nominal and hit.rule.event in ("ASSAULT", "COERCE") and (change := _figure_changed(tok)):
        return f"a statistic, a figure that rose or fell ('{change}')"
    if hit.rule.event != "AID":  # standing aid ("provides aid annually") is still aid given
        habit = _habitual(tok if not hit.nominal else clause_verb(tok))  # "for years we heard shooting"
        if habit:
            return f"habitual ('{habit}')"
        if not hit.nominal and (held := held_refusal(tok, hit.rule.event)):
            return f"a standing refusal ('has {held} {tok.text}')"
        if not hit.nominal and hit.rule.event not in VERBAL_TYPES and (pattern := _standing_pattern(tok)):
            return f"a pattern told in the perfect ('have {pattern} ...')"
        if not hit.nominal and hit.rule.event not in VERBAL_TYPES and (doers := _generic_present_quoted(tok)):
            return f"habitual (a deed '{doers} {tok.text}' told in the present in a quote)"
    if not hit.nominal and hit.rule.event in ("AGREE", "SUPPORT", "COOPERATE") and (line := _settled_line(tok)):
        return f"a settled line ('the {line} was {tok.text}')"
    if not hit.nominal and (keeper := _standing_state(tok, hit.rule.event)):
        return f"a standing state ('{keeper} {tok.text}')"
    if rule_noun := _under_standing_rule(tok if not hit.nominal else clause_verb(tok)):
        return f"what a standing {rule_noun} provides"
    if hit.nominal and tok.dep_ == "pobj" and head.lower_ in TIME_FRAME_PREPS \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        # "citizens detained during the fighting", "students detained after the March 5 clashes": a definite
        # event noun used as a time frame refers to an event told elsewhere
        return f"'{head.text} the {tok.text}' dates another act"
    if hit.nominal and any(c.dep_ in ("amod", "det", "predet") and c.lower_ == "such" for c in tok.children):
        return f"a kind of act ('such {tok.text}')"  # "Such detentions along the line occur dozens of times a year"
    if hit.nominal:
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ in BACK_REFERENCE_DETS:
                return f"'{c.text} {tok.text}' points back"
            if c.dep_ == "poss" and _earlier_time_owner(c):
                return f"'{c.text}'s {tok.text}' recalls an earlier event"
    return ""


NEWS_DAY_WORDS = word_set("news_day_words")


CLOCK_TIME_NOUNS = word_set("clock_time_nouns")


def _clause_naming_a_remembered_hour(tok: "Token") -> str:
    """An act told in a bare relative clause that names, after a comma, the hour or day it restates by what happened
    then ("At 9:15 a.m., the hour the armed group seized the school, church bells rang", "end on September 3, the day
    special forces stormed the building"), in a story of commemorating: the remembered episode, history. Not in a story
    of no commemoration, nor after a day of the news ("On Tuesday, the day protesters stormed parliament, police detained
    40 people"). Returns the time noun, or ""."""
    verb = clause_verb(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in CLOCK_TIME_NOUNS or noun.left_edge.i < 1 \
            or tok.doc[noun.left_edge.i - 1].text != ",":
        return ""
    if noun.left_edge.i >= 2 and _day_of_the_news(tok.doc[noun.left_edge.i - 2]):
        return ""  # ("on Tuesday, the day protesters stormed parliament": a day of the news)
    if any(c.lower_ in RELATIVE_WORDS for c in verb.children):
        return ""  # (a clause with its own "when" or "that" is left to the rules above)
    if not any(t.lemma_.lower() in COMMEMORATING_WORDS for t in tok.doc):
        return ""
    return noun.text


def _day_of_the_news(time_word: "Token") -> bool:
    """A weekday or "yesterday" that a when-clause hangs on tells the news of that day, not a time long gone ("two people
    were killed late on Monday when Russian drones hit residential districts"; but "since September, when fighting
    killed three")."""
    return time_word.lower_ in WEEKDAYS or time_word.lower_ in NEWS_DAY_WORDS


RULING_ON_CLAIM_VERBS = word_set("ruling_on_claim_verbs")
CLAIM_NOUNS = word_set("claim_nouns")


def _claim_ruled_on(participle: "Token") -> str:
    """A past participle that tells how a claim came to be, on the claim a court or body now rules on ("banned three
    opposition parties, upholding a lawsuit filed by the ruling party", "rejected a complaint lodged by the
    opposition"): filed before, not an act of the news (not "a lawsuit filed on Monday"). Returns the claim's noun,
    or ""."""
    if not ((participle.dep_ == "acl" and participle.tag_ == "VBN") or participle.dep_ == "relcl") or any(
            t.ent_type_ in ("DATE", "TIME") for t in participle.subtree):
        return ""
    claim = participle.head  # (a relative clause in the claim's phrase tells its content: "a lawsuit filed by the
    for _ in range(4):  # ruling party that accused them of ...")
        ruling = claim.head.head if claim.dep_ == "pobj" else claim.head
        if claim.lemma_.lower() in CLAIM_NOUNS and claim.dep_ in ("dobj", "pobj", "nsubjpass") \
                and ruling.lemma_.lower() in RULING_ON_CLAIM_VERBS:
            return claim.text
        if claim.head.i == claim.i or claim.dep_ not in ("pobj", "agent", "acl", "prep"):
            return ""
        claim = claim.head
    return ""


FREE_RELATIVES = {"what", "whatever", "whoever", "whichever"}


def _free_relative_subject(verb: "Token") -> str:
    """A present-tense act whose subject is a free relative ("what kills people is how we build", "Whoever seizes the
    regional cities this year will own the market"): a generic statement about whoever or whatever, not an act.
    Returns the relative word, or ""."""
    if not _present_tense(verb):
        return ""
    return next((c.text for c in verb.children if c.dep_ == "nsubj" and c.lower_ in FREE_RELATIVES), "")


RELATIVE_WORDS = {"when", "that", "which", "where", "who", "whom", "whose"}


def _old_year(tok: "Token", pub_year: int | None) -> bool:
    """A year before the story's year, in digits ("2019", "2017")."""
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) < (pub_year or 0)


def _old_year_or_decade(tok: "Token", pub_year: int | None) -> bool:
    """A year before the story's year ("2019"), or a decade over before it ("the 1990s")."""
    decade = re.fullmatch(r"(1[89]|20)\d0s", tok.text)
    return _old_year(tok, pub_year) or (decade is not None and int(tok.text[:4]) + 10 <= (pub_year or 0))


def _old_aside_on_subject(tok: "Token", pub_year: int | None) -> str:
    """A simple-past aside set off by a comma on the sentence's subject and told with an old year or decade anywhere in
    it ("Kazakhstan, which gave up the weapons it inherited in the 1990s, is now building ..."): the party's history,
    no act of the news. Returns why, or ""."""
    subject = tok.head
    if tok.dep_ != "relcl" or tok.tag_ != "VBD" or subject.dep_ not in ("nsubj", "nsubjpass") \
            or subject.i + 1 >= len(tok.doc) or tok.doc[subject.i + 1].lower_ != "," \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in tok.children) \
            or told_as_news(tok) or dated_to_a_day(tok):
        return ""
    if any(e.label_ in ("DATE", "TIME") and e.start >= tok.left_edge.i and e.end <= tok.right_edge.i + 1
           and not any(_old_year_or_decade(t, pub_year) for t in e) for e in tok.doc.ents):
        return ""  # (a time of the news beside the old year: "which this week detained an opposition leader over a 2019
        # protest")
    year = next((t for t in tok.subtree if _old_year_or_decade(t, pub_year)), None)
    return f"what '{subject.text}' did in '{year.text}' (an aside on its history)" if year is not None else ""


def _dated_nouns(sent: "Span", pub_year: int | None) -> list["Token"]:
    """Nouns dated by a year before the story's: a year on a noun ("a 2019 friendly", "the 2008 war") or a month
    with its year ("January 2017")."""
    out = []
    for t in sent:
        if not _old_year(t, pub_year) or t.dep_ not in ("nummod", "amod", "compound", "npadvmod", "nmod") \
                or t.head.i == t.i:
            continue
        if t.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            out.append(t.head)
    return out


DATED_EVENT_PREPS = {"from", "at", "during", "before"}


def _act_at_a_dated_event(tok: "Token", pub_year: int | None) -> str:
    """An act told as taking place at, during or before an occasion dated a year back ("were barred from the
    September 2025 parliamentary election" in a 2026 story, "detained at the 2024 rally"): that time's act, history
    (not "convicted in the 2020 killing", told now, nor an act with a day of its own). Returns the occasion, or ""."""
    if pub_year is None or dated_to_a_day(tok):
        return ""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in DATED_EVENT_PREPS:
            noun = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and any(
                _old_year(t, pub_year) for t in o.subtree if t.i < o.i)), None)
            if noun is not None:
                return f"{prep.text} ... {noun.text}"
    return ""


def _clause_on_a_dated_noun(tok: "Token", pub_year: int | None) -> str:
    """An act told in a relative clause on a noun dated years back, with what the clause joins to it ("a repeat of
    January 2017, when Turkmenistan halted gas exports to Iran ... and Iranian supplies to Turkey were cut", "unlike a
    2019 friendly in Almaty that was halted after fans invaded the pitch and 14 people were detained"): that time's
    act, history. Returns the dated noun, or ""."""
    if pub_year is None:
        return ""
    doc = tok.doc
    sent = tok.sent
    for noun in _dated_nouns(sent, pub_year):
        end = max(t.i for t in noun.subtree)
        rel = next((t for t in doc[noun.i + 1:min(end + 3, sent.end)] if t.lower_ in RELATIVE_WORDS
                    and t.i > noun.i and all(w.i in {x.i for x in noun.subtree} or w.is_punct for w in doc[noun.i:t.i])),
                   None)
        if rel is None or rel.i >= tok.i or rel.head.i == rel.i:
            continue
        verb = rel.head
        while verb.head.i != verb.i and verb.head.i > rel.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # (however the parser hangs the clause's coordinated verbs)
        span = {t.i for t in verb.subtree if t.i > rel.i}
        for t in doc[max(span, default=rel.i) + 1:sent.end]:  # (coordinated acts the parser hung elsewhere: "...
            if t.text in (",", ";", ":") or t.lower_ in ("but", "while"):  # after fans invaded the pitch and police
                break  # arrested 30 fans")
            span.add(t.i)
        if tok.i in span and not any(doc[i].lower_ in DAY_WORDS for i in span):
            return " ".join(t.text for t in doc[noun.i:noun.i + 1]) + (f" {doc[noun.i + 1].text}" if noun.i + 1 <= end
                                                                      and _old_year(doc[noun.i + 1], pub_year) else "")
    return ""


SUMMING_NOUNS = word_set("summing_nouns")


def _summed_past_clause(tok: "Token", pub_year: int | None) -> str:
    """An act told in a relative clause on a noun that sums up the clause before it ("since it suspended EU accession
    talks in November 2024, a decision that triggered months of nightly protests") when that clause is dated years
    back: as old as the step it follows from. Returns the summing noun, or ""."""
    if pub_year is None:
        return ""
    cur = tok
    while cur.dep_ != "relcl" and cur.head.i != cur.i and cur.dep_ not in ("ccomp", "advcl", "ROOT"):
        cur = cur.head
    noun = cur.head
    if cur.dep_ != "relcl" or noun.lemma_.lower() not in SUMMING_NOUNS or noun.i < 2:
        return ""
    first = noun.left_edge
    if first.i < 1 or tok.doc[first.i - 1].text != ",":
        return ""
    before = tok.doc[tok.sent.start:first.i - 1]
    if any(t.lower_ in DAY_WORDS for t in before) or not any(_old_year(t, pub_year) for t in before):
        return ""
    return noun.text


ANNIVERSARY_NOUNS = word_set("anniversary_nouns")


def _anniversary_of(tok: "Token") -> str:
    """An act named as what an anniversary or a commemoration marks ("the fourth anniversary of the sabotage of the
    Nord Stream pipelines, an attack for which ..."): history recalled. Returns the anniversary noun, or ""."""
    cur = tok
    for _ in range(5):
        if cur.dep_ == "appos" and cur.left_edge.i >= 2 and tok.doc[cur.left_edge.i - 1].text == ",":
            cur = tok.doc[cur.left_edge.i - 2]  # (the phrase it restates, however the parser hangs it)
            if cur.lemma_.lower() in ANNIVERSARY_NOUNS:
                return cur.text
            continue
        if cur.head.i == cur.i or cur.dep_ not in ("pobj", "prep", "conj", "pcomp", "compound"):
            return ""
        cur = cur.head
        if cur.lemma_.lower() in ANNIVERSARY_NOUNS:
            return cur.text
    return ""


YEAR_UNITS = {"year", "decade", "century"}
CLAUSE_BREAKS = {";", ":", "but", "while"}


def _remembered_episode_nouns(sent: "Span") -> list["Token"]:
    """The episodes a sentence remembers: what "N years since" or an anniversary "of" names, in a sentence of
    commemorating ("mourning marking 22 years since the school siege", "the 20th anniversary of the massacre")."""
    if (COMMEMORATING_WORDS | {"mourning"}).isdisjoint(nlp.token_table(sent.doc).lemma[sent.start:sent.end]):
        return []
    out = []
    for prep in sent:
        before = prep.doc[prep.i - 1] if prep.i > sent.start else None
        since_years = prep.lower_ == "since" and before is not None and before.lemma_.lower() in YEAR_UNITS
        anniversary_of = prep.lower_ == "of" and before is not None and before.lemma_.lower() in ANNIVERSARY_NOUNS
        if since_years or anniversary_of:
            out += [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    return out


def _clause_on_a_remembered_episode(tok: "Token") -> str:
    """An act told in a relative clause on the episode a commemoration remembers ("mourning marking 22 years since the
    school siege in which 334 hostages, 186 of them children, were killed"): history, whatever the parser made of the
    clause. Not an act told after the remembered phrase in a clause of its own ("Marking 22 years since the siege,
    police detained two men on Thursday"). Returns the episode noun, or ""."""
    sent, doc = tok.sent, tok.doc
    for noun in _remembered_episode_nouns(sent):
        end = max(t.i for t in noun.subtree)
        rel = next((t for t in doc[noun.i + 1:min(end + 3, sent.end)] if t.lower_ in RELATIVE_WORDS), None)
        if rel is None or rel.i >= tok.i:
            continue
        between = doc[rel.i:tok.i + 1]
        if not any(t.lower_ in CLAUSE_BREAKS for t in between) \
                and not any(t.lower_ in DAY_WORDS for t in doc[rel.i:sent.end]):
            return noun.text
    return ""


def _blamed_for(tok: "Token") -> str:
    """A deed someone is held responsible for, told with a gerund ("officials whom the Baltic governments hold
    responsible for the violent dispersal of protests and for jailing opposition activists"): the blame's content,
    not a new act. Returns the adjective, or ""."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return ""
    prep = tok.head
    while prep.dep_ == "conj" and prep.head.lower_ == "for":
        prep = prep.head
    return prep.head.text if prep.head.lower_ in ACCOUNTABLE_WORDS else ""


def _tenure_perfect(verb: "Token", pub_year: int | None) -> str:
    """A present perfect told over a ruler's time, begun years back ("Under Shavkat Mirziyoyev, who came to power in
    2016, Tashkent has freed several prominent political prisoners", "Under Rahmon, who has ruled since 1992, ..."):
    a record, not a new act. Returns the year, or ""."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS for c in verb.children):
        return ""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
        year = next((t for t in prep.subtree if _old_year(t, pub_year)), None)
        if year is not None:
            return year.text
    return ""


INTRANSITIVE_ACTS = word_set("intransitive_acts")
POST_NOUNS = word_set("post_nouns")
POSTING_VERBS = word_set("posting_verbs")


def _manner_of_described_act(noun: "Token", event_nouns: dict[int, str], triggers: frozenset[int]) -> str:
    """An act noun in the "in" phrase of a past participle that describes a noun and is a trigger itself ("the treatment
    of Tajik migrants detained in mass raids near Moscow", "to pay compensation to three journalists injured at a
    rally"): how or where that described act was done, background as it is. Returns the described noun, or ""."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during", "at") or noun.head.head.i == noun.head.i:
        return ""
    part = noun.head.head
    if part.dep_ != "acl" or part.tag_ != "VBN" or part.i not in triggers or part.head.pos_ not in ("NOUN", "PROPN") \
            or part.head.i in event_nouns or any(c.dep_ in ("agent", "nsubj") for c in part.children) \
            or stranded_participle(part):
        return ""
    return part.head.text


def _post_content(verb: "Token") -> str:
    """What a post says, when the posting is told in a clause on someone acted on ("detained a local blogger who had
    posted a video saying the pardoned men should be compensated", "sentenced a blogger after he posted videos
    criticising a government land deal"): the offence they are held for, no speech act of the news. Returns the
    posting's words, or ""."""
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in POST_NOUNS and verb.head.dep_ == "pobj" \
            and (verb.head.head.lower_ in ("over", "for", "about", "because") or (verb.head.head.lower_ in ("of", "to") and any(
                w.lower_ in ("because", "due", "owing") for w in (verb.head.head.head, *verb.head.head.head.children)))) \
            and any(
                t.dep_ == "pobj" and t.tag_ in ("WDT", "WP") for t in verb.subtree):
        return f"{verb.head.head.text} a {verb.head.text}"  # "detained a blogger over a Facebook post in which he accused",
        # "because of a video in which he accused"
    post = _posted_thing_misparsed(verb)
    if post is None and (verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() not in POST_NOUNS):
        return ""
    post = post or verb.head
    posting = post.head
    if post.dep_ != "dobj" or posting.lemma_.lower() not in POSTING_VERBS or posting.dep_ not in ("relcl", "advcl", "acl"):
        return ""
    return f"{posting.text} {post.text}"


def _posted_thing_misparsed(verb: "Token") -> "Token | None":
    """The post a gerund describes where the parser hung the gerund on the posting verb ("after he posted a video on
    Telegram accusing the governor": "accusing" an adverbial clause of "posted"). None if it is not so."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() not in POSTING_VERBS:
        return None
    return next((o for o in verb.head.children if o.dep_ == "dobj" and o.lemma_.lower() in POST_NOUNS and o.i < verb.i), None)


def _participle_of_misparsed_noun(verb: "Token") -> str:
    """A past participle the parser made a clause of, with the noun it describes hung under it ("Estonia freed a
    Russian convicted of spying": "Russian" a modifier of "convicted"): no auxiliary and no subject, and a nationality
    or a noun with its article in front of it. Returns the noun, or ""."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "xcomp", "dobj") or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children):
        return ""
    noun = next((c for c in verb.children if c.dep_ in ("amod", "compound", "nmod") and c.i < verb.i
                 and (c.ent_type_ == "NORP" or any(d.dep_ == "det" for d in c.children))), None)
    return noun.text if noun is not None else ""


def _participle_before_noun(verb: "Token") -> str:
    """The noun a participle after "of" describes where the parser read a gerund with an object ("executions of
    captured or surrendering Ukrainian servicemen", "the execution of surrendering soldiers"): a past participle with
    no auxiliary cannot be a gerund, nor can a verb that takes no object. Not "accused of capturing two soldiers".
    Returns the noun, or ""."""
    first = verb.head if verb.dep_ == "conj" else verb
    if first.dep_ != "pcomp" or first.head.lower_ != "of" or any(c.dep_ in ("aux", "auxpass") for c in first.children):
        return ""
    nouns = [c for w in with_conjuncts(first) for c in w.children if c.dep_ == "dobj" and c.i > w.i]
    if not nouns:
        return ""
    bare_participle = verb.tag_ == "VBN" or (first.tag_ == "VBN" and verb is not first)
    if bare_participle or verb.lemma_.lower() in INTRANSITIVE_ACTS:
        return nouns[-1].text
    return ""


def _contact_relative_on_state(verb: "Token") -> str:
    """The noun an undated past clause with no relative word describes in a present-tense clause ("some 100 elderly
    residents still live in villages they refused to leave", "families still live in houses they refused to
    abandon"): how things stand, told by a past act, not news. Also where the parser made the present-tense clause
    the past verb's complement; not '"Russia will respond," they said', whose subject follows a comma or a quote.
    Returns the noun, or ""."""
    if verb.tag_ != "VBD" or verb.i < 2:
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    noun = verb.doc[subject.i - 1] if subject is not None and subject.i > 0 else None
    if subject is None or subject.tag_ != "PRP" or noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    if verb.dep_ == "relcl" and verb.head.i == noun.i:  # the parser read the clause right: its noun's own verb
        state = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if state is not None and (state.tag_ not in PRESENT_TAGS or state.lemma_.lower() in SPEAKER_VERBS
                                  or any(c.dep_ in ("aux", "auxpass") for c in state.children)):
            state = None
    else:
        state = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i and c.tag_ in PRESENT_TAGS
                      and c.lemma_.lower() not in SPEAKER_VERBS and noun.i in {t.i for t in c.subtree}), None)
    if state is None or any(t.ent_type_ in ("DATE", "TIME") and not (t.like_num and len(t.text) == 4)
                            for t in verb.subtree if t.i > verb.i):
        return ""  # (a day of its own makes it news; a bare year, "after the 1986 accident", does not)
    return noun.text


def _contact_relative_view(verb: "Token") -> str:
    """A present-tense clause with no relative word that describes the noun before its pronoun subject ("demanding that
    managers they blame for a series of fatal accidents be dismissed", "the leaders we support"): how its subject sees
    the noun, no act told. Also where the parser hung the noun under the verb. Returns the noun, or ""."""
    if verb.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "PRP" or subject.i == 0:
        return ""
    noun = verb.doc[subject.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    if (verb.dep_ == "relcl" and verb.head.i == noun.i) or (noun.head.i == verb.i and noun.dep_ in ("npadvmod", "dobj")):
        return "" if _blamed_and_penalised(verb, noun) else noun.text
    return ""


PENALTY_WORDS = word_set("penalty_on_blamed_words")


def _blamed_and_penalised(verb: "Token", noun: "Token") -> bool:
    """People a state "holds responsible" whom its penalty hits ("imposed entry bans on 14 officials it holds
    responsible for the balloon flights", "sanctioned officials it holds responsible"): the blame is told with the
    penalty, an accusation of its own (README round 37), no standing view."""
    if verb.lemma_.lower() != "hold":
        return False
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "against") else noun.head
    words = [governor, *objects(governor)] if noun.dep_ == "pobj" else [governor]
    return any(w.lemma_.lower() in PENALTY_WORDS for w in words)


def _unclosed_aside_participle(verb: "Token") -> "Token | None":
    """The noun a past participle describes when the parser made it the main verb of a subject whose aside (", which
    ...") it ends, though no comma closes that aside ("the 2010 OSCE summit, the organisation's first in eleven years,
    which ended with a declaration reaffirming the principles agreed in Helsinki": "agreed" describes "principles", it
    is not what the organisation did). Not "Leaders, who attended the summit, agreed" (the aside is closed)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj") or noun.head.i == verb.i:
        return None
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for aside in (c for c in subject.children if c.dep_ == "relcl"):
            span = [t.i for t in aside.subtree]
            opened = min(span) > 0 and verb.doc[min(span) - 1].text == ","
            if opened and max(span) == noun.i and any(w.tag_ in ("WDT", "WP") for w in aside.children):
                return noun
    return None


def _document_topic(verb: "Token") -> str:
    """The document a gerund or an act noun names the subject of ("a joint declaration on deepening allied relations",
    "a treaty on strengthening strategic partnership", "an agreement on the release of detained fishermen"), also where
    the parser hung "on" from the verb of signing ("signed a protocol in Ashgabat on Monday on reopening the crossing").
    Returns the document noun, or ""."""
    gerund = verb.dep_ == "pcomp" and verb.tag_ == "VBG"
    if not (gerund or (verb.dep_ == "pobj" and verb.pos_ == "NOUN")) or verb.head.lower_ not in DOCUMENT_TOPIC_PREPS:
        return ""
    prep = verb.head
    holders = [prep.head, prep.doc[prep.i - 1] if prep.i > 0 else prep.head]
    if prep.head.pos_ == "VERB":
        holders += objects(prep.head)
    documents = AGREEMENT_NOUNS | DOCUMENT_TITLE_NOUNS if gerund else AGREEMENT_NOUNS  # (not "a statement on the arrest of")
    for noun in holders:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in documents:
            return noun.text
    return ""


DOCUMENT_TOPIC_PREPS = {"on", "about", "regarding", "concerning"}


DOCUMENT_TITLE_NOUNS = DOCUMENT_NOUNS | word_set("document_title_nouns")
PLACE_PREPS = {"at", "in", "near"}
# definite people nouns that point back to those an earlier sentence told of ("three Tajik citizens ... The men were")
BACK_POINTING_NOUNS = word_set("back_pointing_nouns")
BACK_POINTING_GOODS = word_set("back_pointing_goods")


def _retold_passive(verb: "Token") -> "Token | None":
    """The subject of a passive with no doer that points back ("The woman was arrested", "He was detained"), if any."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children) or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in BACK_POINTING_PRONOUNS:
        return subject
    plain_definite = subject.pos_ in ("NOUN", "NUM") and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
        and not any(c.dep_ in ("nummod", "compound", "prep", "relcl", "acl") for c in subject.children)
    return subject if plain_definite else None  # (an adjective is checked against the earlier sentence: _retells)


AGAIN_WORDS = {"again", "also", "too", "later", "subsequently", "separately", "likewise", "similarly"}


def _retells(verb: "Token", subject: "Token", earlier: "Span") -> bool:
    """Whether a later passive can tell the act of an earlier sentence: no "again" or "also", no day that the earlier
    sentence does not name, and a noun subject the earlier sentence names with any adjective of it ("a woman ... The
    woman was arrested", "a Russian offer ... the Russian offer was rejected")."""
    if any(c.lower_ in AGAIN_WORDS for c in verb.children):
        return False
    named_before = {t.lemma_.lower() for t in earlier} | {t.lower_ for t in earlier}
    days = {t.lower_ for t in clause_tokens(verb) if t.lower_ in DAY_WORDS or t.lemma_.lower() in MONTH_NAMES}
    if days - named_before:
        return False
    if any(c.dep_ == "amod" and c.lemma_.lower() not in named_before and c.lower_ not in named_before for c in subject.children):
        return False  # "a Russian offer ... the Russian offer was rejected" (not "the new offer")
    return subject.lower_ in BACK_POINTING_PRONOUNS or subject.lemma_.lower() in named_before \
        or subject.lemma_.lower() in BACK_POINTING_NOUNS or subject.lower_ in BACK_POINTING_GOODS or (subject.like_num and any(  # "The seven were freed"
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children))


def told_again(tok: "Token", hit: TriggerHit, drafts: Sequence[Draft], s_i: int) -> str:
    """The same act told again after an earlier sentence coded an event of its type ("drills ... the exercise") or
    with the same word, whatever type that was coded as ("a cyberattack ... The attack"): a bare definite event noun
    ("The attack was well prepared"), or a passive with no doer whose subject points back ("The woman was arrested at
    her home", "He was detained at the airport")."""
    if not hit.nominal:
        subject = _retold_passive(tok)
        if subject is not None:
            earlier = next((d for d in drafts if d.sent_index < s_i and d.verdict == "coded"
                            and d.hit.rule.event == hit.rule.event and d.hit.rule.mode == hit.rule.mode
                            and _retells(tok, subject, d.sent)), None)
            if earlier is not None:
                return f"'{tok.text}' retold from sentence {earlier.sent_index + 1}"
        return ""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and (verb := tok.head.head).pos_ == "VERB":
        told = next((d for d in drafts if d.hit.token_i == verb.i and "retold" in d.verdict), None)
        if told is not None:  # "The suspects were detained ... in raids last week": the retold arrest's raids
            return f"the setting of '{verb.text}', itself retold"
    if claimed_act(tok):
        return ""  # "Islamic State later claimed the bombing": the claim names the doer of the act told before
    if any(c.dep_ not in ("det", "relcl", "acl", "punct") and not (c.dep_ == "prep" and c.lower_ in PLACE_PREPS)
           for c in tok.children) or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return ""  # only a place or a describing clause may be added: "the exercise at the Lyaur range", "the drills, which
        # end", "The drills, involving 4,000 troops"
    earlier = retold_noun_draft(tok, hit, drafts, s_i)
    return f"'the {tok.text}' told in sentence {earlier.sent_index + 1}" if earlier else ""


def retold_passive_draft(tok: "Token", hit: TriggerHit, drafts: Sequence[Draft], s_i: int) -> Draft | None:
    """The earlier coded act a passive with no doer tells again ("SCNS officers detained a citizen ... the suspect was
    detained on October 13"): the one told_again found, or None."""
    subject = _retold_passive(tok) if not hit.nominal else None
    if subject is None:
        return None
    return next((d for d in drafts if d.sent_index < s_i and d.verdict == "coded" and d.hit.rule.event == hit.rule.event
                 and d.hit.rule.mode == hit.rule.mode and _retells(tok, subject, d.sent)), None)


def retold_noun_draft(tok: "Token", hit: TriggerHit, drafts: Sequence[Draft], s_i: int) -> Draft | None:
    """The earlier coded act a bare definite event noun tells again ("a drone dropped explosives ... The attack"); of
    several, the first told with a word of the noun's rule ("raised the readiness of its forces after Belarus and Russia
    began joint exercises ... The drills": the exercises)."""
    told = [d for d in drafts if d.sent_index < s_i and d.verdict == "coded" and (
        d.hit.rule.event == hit.rule.event or d.sent.doc[d.hit.token_i].lemma_.lower().endswith(tok.lemma_.lower()))]
    worded = [d for d in told if any(t.lemma_.lower() in hit.rule.lemmas for t in clause_tokens(d.sent.doc[d.hit.token_i]))]
    return (worded or told or [None])[0]


def _earlier_clause(tok: "Token", pub_year: int | None) -> str:
    """A describing or subordinate clause set before the reported act: "days after forces fought off an
    incursion", "sanctions imposed after their nuclear tests in 1998", "citizens abducted decades ago"."""
    marks = {c.lower_: c for c in tok.children if c.dep_ == "mark"} if tok.dep_ == "advcl" else {}
    interval = interval_phrase(tok)
    if interval and not recent_interval(*interval)[0]:  # (not "a day after", "hours after": news of the same days)
        return f"an earlier act ('{interval[0].text} {interval[1].text}')"
    if tok.dep_ in ("relcl", "acl") or marks.keys() & {"after", "before", "when", "since"}:
        earlier = _earlier_time(tok, pub_year)
        if earlier:
            return f"clause set in an earlier time ('{earlier}')"
    if "after" in marks and (year := _year_just_before(marks["after"], pub_year)):
        return f"clause following an earlier time ('{year}')"
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children) and any(c.dep_ == "auxpass" for c in tok.children):
        for since in (c for c in tok.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in c.children)):
            earlier = _earlier_time(since, pub_year)
            if earlier:  # "since the Taliban returned to power in 2021, girls have been barred": a standing state
                return f"in force since an earlier time ('{earlier}')"
    return ""


def _year_just_before(mark: "Token", pub_year: int | None) -> str:
    """A past year right before an "after" clause, which that clause follows in time ("sanctions reimposed in 2018,
    after Washington withdrew from the nuclear deal"), however the parser hangs the clause: "in 2018", or ""."""
    prev = mark.doc[mark.i - 2] if mark.i >= 2 and mark.doc[mark.i - 1].text == "," else None
    if prev is None or not (prev.text.isdigit() and len(prev.text) == 4) or prev.head.lower_ not in ("in", "since", "during"):
        return ""
    return f"{prev.head.text} {prev.text}" if pub_year is None or int(prev.text) < pub_year else ""


def _sent_home(participle: "Token") -> bool:
    """People "deported from Russia" (or "expelled from Kazakhstan") who are the travellers of the news ("186 Tajik
    citizens deported from Russia landed in Dushanbe", "a flight carrying migrants expelled from Kazakhstan arrived"):
    the removal is the news the arrival tells, not a description of them."""
    if not any(c.dep_ == "prep" and c.lower_ == "from" for c in participle.children) or _earlier_time(participle, None):
        return False
    cur = participle.head
    for _ in range(3):  # the people, maybe carried by a flight or a train that arrives
        if cur.dep_ == "nsubj" and cur.head.lemma_.lower() in TRAVEL_VERBS:
            return True
        if cur.dep_ not in ("dobj", "pobj", "acl") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _earlier_time(verb: "Token", pub_year: int | None) -> str:
    """An earlier time named in the verb's own clause: "... ago", "last year", "decades earlier", "in 2014"
    (a year before the publication year, or any year when the story has no date)."""
    own = clause_tokens(verb)
    # a date the parser hangs from a participle on the object: "fought groups crossing from Afghanistan last month"
    described = [g for c in own for a in c.children if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN")
                 for g in a.children if g.dep_ == "npadvmod" or (g.dep_ == "advmod" and g.lower_ in ("ago", "earlier"))]
    # ("vehicles that were promised under a programme approved two years ago")
    for c in own + described:
        if c.lower_ in ("ago", "earlier"):  # "decades ago", "two years earlier" (the parser may hang them apart)
            near = (*c.children, c.head) + ((c.doc[c.i - 1],) if c.i > 0 else ())
            span = next((g for g in near if g.lemma_.lower() in LONG_SPANS), None)
            if span is not None:
                return f"{span.text} {c.text}"
        if c.lemma_.lower() in LONG_SPANS - {"century"} and any(g.lower_ in ("last", "previous", "past") for g in c.children):
            return f"last {c.text}"
        if c.like_num and len(c.text) == 4 and c.text.isdigit() and 1900 <= int(c.text) <= 2100 \
                and c.head.lower_ in ("in", "since", "during") and c.dep_ == "pobj" \
                and (pub_year is None or int(c.text) < pub_year):
            return f"{c.head.text} {c.text}"
    return ""


LONG_SPANS = {"year", "decade", "month", "century"}
YEARS_OF_STATISTICS = 2  # a count since a year this long before the report is a statistic ("since 2023" in 2025)


def _past_occasion(verb: "Token") -> str:
    """An occasion gone by that sets the act ("the government has pledged in past budgets to house them", "agreed
    at a previous meeting"), or many of them ("the objections it raised at the Caspian summits", "mediated earlier
    rounds of talks"): a record, not news.
    Returns the phrase, or ""."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "during"):
            continue
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            marker = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in GONE_OCCASION_MARKERS), None)
            if marker is not None and noun.lemma_.lower() not in RECENT_SPANS:  # ("In the past 24 hours, Russian
                # drones struck Kharkiv": a span up to now, news)
                return f"{prep.text} {marker.text} {noun.text}"
            if noun.tag_ == "NNS" and noun.lemma_.lower() in RECURRING_OCCASIONS and not any(
                    t.lower_ in DAY_WORDS or t.ent_type_ == "DATE" for t in verb.subtree):
                return f"{prep.text} {' '.join(t.text for t in noun.subtree)}"  # "the objections it raised at the
                # Caspian summits": many occasions gone by
    return _past_rounds_done(verb)


def _past_rounds_done(verb: "Token") -> str:
    """Occasions gone by as what was done ("Albusaidi, who mediated earlier rounds of indirect talks"): many rounds
    before now, with no day of the news. Returns the phrase, or ""."""
    if any(t.lower_ in DAY_WORDS for t in verb.subtree):
        return ""
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS"):
        marker = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in EARLIER_ROUND_MARKERS), None)
        if marker is not None:
            return f"{marker.text} {noun.text}"
    return ""


EARLIER_ROUND_MARKERS = word_set("earlier_round_markers")


RECURRING_OCCASIONS = word_set("recurring_occasions")
RECENT_SPANS = {"hour", "day", "night", "week", "weekend"}  # "in the past 24 hours", "over the past week": up to now


def _undated_career_step(clause: "Token") -> str:
    """A simple past told with "previously" or "formerly" and no day or date ("Zhumagulov previously led talks with
    Beijing on the crossing"): a step of someone's record, not an act of the news period (not "previously" beside a
    date: "had previously met on Monday"). Returns the adverb, or ""."""
    if clause.tag_ != "VBD":
        return ""
    adverb = next((c.text for c in clause.children if c.dep_ == "advmod" and c.lower_ in CAREER_ADVERBS), "")
    if not adverb or any(t.ent_type_ in ("DATE", "TIME") for t in clause_tokens(clause)):
        return ""
    return adverb


CAREER_ADVERBS = {"previously", "formerly"}
RECORD_ADVERBS = {"before", "previously"}  # with a perfect tense: "had been arrested twice before"
MONTH_NAMES = TIME_NOUNS - word_set("non_month_time_nouns") - DAY_WORDS
EARLIER_MARKERS = {"last", "previous", "past", "earlier", "that", "this", "those", "prior", "former", "recent"}


def _earlier_time_owner(owner: "Token") -> bool:
    """A possessive time word that dates an earlier event ("last week's clashes", "last year's war",
    "the previous day's attack"). A bare day name ("Monday's clashes", "yesterday's attack") dates the
    event being reported, not an earlier one."""
    if owner.lemma_.lower() not in TIME_NOUNS and owner.lower_ not in DAY_WORDS:
        return False
    marked = any(c.lower_ in EARLIER_MARKERS for c in owner.children)
    return marked or owner.lower_ not in DAY_WORDS


def _whos_news_of_the_day(relcl: "Token") -> bool:
    """A "who" clause on an apposition that tells an act of its own with a day of the report ("his Turkish counterpart
    Yasar Guler, who held talks with Kosanov on Wednesday"): news, not a description of the person (not a clause with
    a subject of its own that the parser hung on a dateline's words: "ALMATY, July 7 - The band Ulytau stormed ...")."""
    return told_as_news(relcl) and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                                       for c in relcl.children)


SETTING_PREPS = {"for", "at"}


def where_the_gathering_met(relcl: "Token") -> bool:
    """A "where" clause on the meeting that people came to or met at, told as news with its day ("gathered in Gabala on
    Tuesday for the bloc's summit, where they adopted a declaration", "met in Minsk on Friday for an informal summit,
    where they signed an agreement"): what was done there is news (not "after the crackdown in which troops killed
    hundreds", nor a gathering of an older time: "met in 2019 for a summit, where ...")."""
    noun = relcl.head
    prep = noun.head
    if relcl.dep_ != "relcl" or noun.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS \
            or not any(c.lower_ == "where" or (c.dep_ == "prep" and c.lower_ in ("at", "in")
                                                and any(w.lower_ == "which" for w in c.children))
                       for c in relcl.children):
        return False
    gathered = prep.head
    return gathered.pos_ in ("VERB", "AUX") and gathered.dep_ not in ("relcl", "acl", "advcl") \
        and told_as_news(gathered)


def _report_after_time_phrase(verb: "Token") -> bool:
    """What a speaker reported, parsed as a relative clause on the time phrase before it ("Khrenin told reporters after
    the meeting that Belarus and Russia had agreed ...", "told reporters after Thursday's talks that Baku had turned
    down an Armenian proposal"): "that" opens the speech verb's content clause, whose own subject acts."""
    noun = verb.head
    prep = noun.head
    if verb.dep_ != "relcl" or noun.dep_ != "pobj" or prep.lower_ not in ("after", "following", "before", "during") \
            or prep.head.lemma_.lower() not in SPEAKER_VERBS:
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in verb.children)
    opener = next((t for t in verb.doc[noun.i + 1:verb.i] if t.lower_ == "that"), None)
    return own_subject and opener is not None


REPEAT_ADVERBS = word_set("repeat_adverbs")


def _standing_pattern(verb: "Token") -> str:
    """A deed told in the perfect as done again and again, with no day of its own ("Russian forces have repeatedly
    struck civilian targets in Kherson", "the two countries have clashed repeatedly over water"): a pattern, not news
    (and no fuller mention of a real act to merge into); words ("has repeatedly threatened to ...") are left to their
    rules. Returns the adverb, or ""."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children) \
            or dated_to_a_day(verb):
        return ""
    return next((c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in REPEAT_ADVERBS), "")


AGREEMENT_NOUNS = word_set("agreement_nouns")

