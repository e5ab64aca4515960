"""Event dates: which date an act takes (analysis.py stage "date"). The act's own date expression, the day of the
clause or sentence that governs it, the day of an attribution ("said on Monday"), of a promise or deadline, of the
occasion it is timed by, overnight acts (begun the evening before), the day of the telling a speaker refers to, the
lead's day for later mentions, and days counted back by an interval ("two days earlier"). Date expressions
themselves are parsed by dates.py; this module decides which of them, if any, dates an act."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING, Sequence

from tocsin.coding.actor_link import MentionIndex
from tocsin.coding.dates import DAY_WORDS, WEEKDAYS, DateResolution, count_of, find_dates, resolve_event_date
from tocsin.coding.lexicon import TriggerRule
from tocsin.coding.non_acts import PROTESTING_CROWDS, in_quotation
from tocsin.coding.syntax import (DATELINE_DASHES, that_conjunct, FUTURE_AUX, ancestors_chain, clause_verb, is_passive, objects, passive_subjects,
                                  prep_objects, subjects, with_conjuncts)
from tocsin.coding.triggers import CHARACTERISING_VERBS, SPEAKER_VERBS, TriggerHit, CROWNING_VERBS
from tocsin.coding.word_lists import word_set
from tocsin import nlp
from tocsin.coding.drafts import Draft, VERBAL_TYPES, clause_indices, clause_tokens, entity_codes, token_at, tokens_with_lemma

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


def will_or_would(verb: "Token") -> bool:
    """The clause is told as what will or would happen ("will not go unanswered", "would have consequences")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX | {"would"} for c in verb.children)


TIME_ADJUNCT_DEPS = {"npadvmod", "tmod", "advmod", "nmod"}


def adjunct_of(date_tok: "Token") -> "Token":
    """The word a time phrase hangs from: "on Tuesday" -> the verb of "joined ... on Tuesday"."""
    cur = date_tok
    while cur.dep_ in ("compound", "nummod", "amod", "det", "quantmod") and cur.head.i != cur.i:
        cur = cur.head  # "last Tuesday", "30 December"
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        return cur.head.head
    return cur.head if cur.dep_ in TIME_ADJUNCT_DEPS else cur


def own_date(head: "Token", sent: "Span", text: str, pub: dt.date | None,
              chosen: DateResolution, noun: "Token | None" = None) -> DateResolution | None:
    """The time phrase the act's own verb carries ("said on Wednesday it had expelled two diplomats on 30 December"),
    or, when its verb has none and the date found belongs to a noun or to a verb beside it ("declared martial law on
    Sunday after forces launched an offensive ..., and fighting continued on Monday"), the one of the verb it hangs
    from; None to keep the date found."""
    dates = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None]
    if len(dates) < 2:
        return None
    tokens = {id(d): token_at(sent, d.start + sent.start_char) for d in dates}

    def carried_by(verb: "Token") -> DateResolution | None:
        return _carried_by(verb, dates, tokens)
    own = carried_by(head) or _day_hung_low(head, dates, tokens, chosen)
    if own is not None:
        return own if own.start != chosen.start else None
    found = tokens.get(id(next((d for d in dates if d.start == chosen.start), None)))
    if found is None:
        return None
    holder = adjunct_of(found)
    if (noun is not None and holder.i == noun.i) or (holder.dep_ == "nsubj" and holder.head.i == head.i
                                                     and holder.lemma_.lower() in RETOLD_EVENT_NOUNS):
        return None  # the event noun's own day: "after a drone attack on Monday damaged a pumping station", "after a
        # shooting on Tuesday wounded two guards"
    if holder.pos_ not in ("NOUN", "PROPN") and not (holder.pos_ in ("VERB", "AUX") and holder.i != head.i
                                                     and head not in holder.subtree):
        return None  # (the date found is no noun's, nor another verb's beside this one: keep it)
    cur = head
    while cur.dep_ in ("pcomp", "prep", "advcl", "xcomp", "pobj") and cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_.lower() in SPEAKER_VERBS:
            return None  # (", prosecutors said on Monday": the day of the report, not of the act)
        if cur.pos_ in ("VERB", "AUX") and (above := carried_by(cur)) is not None:
            return above
    return None


def _carried_by(verb: "Token", dates: Sequence[DateResolution],
                tokens: dict[int, "Token | None"]) -> DateResolution | None:
    """The time phrase a verb carries itself: after the verb first; before it, only inside its clause ("said on
    Wednesday they had arrested": the parser may hang the reporting verb's date on the reported one)."""
    subject_start = min((t.left_edge.i for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), default=verb.i)
    mine = [d for d in dates if tokens.get(id(d)) is not None and adjunct_of(tokens[id(d)]).i == verb.i]
    after = [d for d in mine if tokens[id(d)].i > verb.i]
    return after[0] if after else next((d for d in mine if tokens[id(d)].i >= subject_start), None)


def _day_hung_low(head: "Token", dates: Sequence[DateResolution], tokens: dict[int, "Token | None"],
                  chosen: DateResolution) -> DateResolution | None:
    """A day the parser hung below the act's verb, on a subjectless clause of its own ("and the Defence Ministry
    raised the threat level to 'elevated' on Wednesday", with "elevated" read as a verb), when the day found is
    another clause's ("Websites were disrupted on Tuesday ..., the centre said, and ..."): the act's own day."""
    found = tokens.get(id(next((d for d in dates if d.start == chosen.start), None)))
    if found is None or found in head.subtree:
        return None
    for d in dates:
        tok = tokens.get(id(d))
        if tok is None or not d.exact_day or d.start == chosen.start or tok not in head.subtree:
            continue
        cur = adjunct_of(tok)
        while cur.i != head.i and cur.dep_ == "advcl" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in cur.children):
            cur = cur.head
        if cur.i == head.i:
            return d
    return None


# clauses of another verb: a time phrase inside one dates that verb, not the act above it
BESIDE_CLAUSES = {"ccomp", "advcl", "parataxis", "csubj"}  # "..., adding that all three had been released by Tuesday"
CONTENT_CLAUSES = {"xcomp", "pcomp", "acl"}  # "accused the guards of firing ... earlier this month", "agreed to meet in
# June", "an invitation to visit Baku later this year"
# subordinate clauses that set the act's own time: "agreed on a truce after the ministers met on Monday"
TIME_SETTING_MARKS = {"when", "while", "as", "after", "once"}


def dates_another_act(date_tok: "Token", head: "Token", exact_day: bool) -> bool:
    """A time phrase inside another verb's clause dates that verb, not the act: a clause beside the act ("...,
    adding that all three had been released by Tuesday morning"), a clause describing the act's subject or the subject of
    a verb above it ("Rahmon, who toured the districts on Monday, thanked Putin", "Lavrov, who flew in on Monday, used
    his remarks to accuse NATO"), or a month, season or year in what the act is about or in a
    clause describing a noun ("accused the guards of firing ... earlier this month", "agreed to convene the
    commission in June", "handed over four Armenians it had held since 2023"). A day there is mostly the act's own,
    hung low by the parser ("agreed to exchange prisoners on Friday", "blocked the highway leading to the border on
    Monday", "dispatched a team who arrived in Kabul on Friday"). Not a reporting verb's day ("..., officials said on
    Monday"), nor a clause setting the act's time ("after they met on Monday")."""
    line = {head.i} | {a.i for a in head.ancestors}
    if _possessive_day(date_tok) and _object_owning_day(date_tok, head):
        return True  # ("condemned Tuesday's sentence", "protested over Sunday's arrests": the day of what is condemned)
    if _day_of_what_was_said(date_tok, head):
        return True  # ("He was handed over on Tuesday, the office said, thanking Kazakh colleagues": the handover's day)
    if _possessive_day(date_tok) and _topic_possessive(date_tok, head):
        return True  # ("protesting against the results of Sunday's parliamentary election": the election's day)
    cur = date_tok
    while cur.i not in line and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX"):
            if cur.head.i == head.i and what_it_called(cur):
                return False  # ("held what state media called routine exercises in the Afar region in December": the
                # parser hung the act's time on the naming of its object)
            if cur.dep_ == "acl" and _in_question_topic(cur, line):
                return True  # ("Asked about the sanctions announced on Wednesday, the spokesperson said China opposes":
                # the day of what the question is about; not "Asked on Wednesday about ..., the minister said")
            if cur.lemma_.lower() in SPEAKER_VERBS:
                return False
            if _planned_clause(cur):
                return True  # ("the 'Search-2025' drill, which had been due to start on Thursday, was called off":
                # the day of a plan, never the day of another act)
            if cur.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_SETTING_MARKS
                                           for c in cur.children):
                return False
            if cur.dep_ in BESIDE_CLAUSES and not (exact_day and (_bare_participle(cur) or _bare_infinitive(cur)
                                                                  or date_tok.i < head.i)):
                return True  # (a day told before the act, in a clause beside it, is the scene's: "put forward the idea
                # in a call on Wednesday, ..., adding that the ministers had also discussed the route")
            if cur.dep_ == "relcl" and (not exact_day or (_doer_noun(subject_antecedent(cur.head), line)
                                                           and not _held_since(cur))):
                return True
            if (cur.dep_ in CONTENT_CLAUSES or _bare_participle(cur)) and not exact_day:
                return True
            if _participle_of_another_doer(cur):
                return True  # ("rejected a demand by the three European powers, repeated by Macron on Tuesday")
            if cur.dep_ == "pcomp" and _possessive_day(date_tok):
                return True  # ("accusing him of helping ... during last Sunday's election": the election's day)
            if cur.dep_ == "pcomp" and date_tok.lower_ == "overnight" and date_tok.i > cur.i:
                return True  # ("accused Armenian forces of firing at Azerbaijani positions overnight": the firing's)
        cur = cur.head
    return False


def what_it_called(verb: "Token") -> bool:
    """A "what X called ..." clause standing for the act's object ("held what state media called routine exercises")."""
    return verb.dep_ == "ccomp" and verb.lemma_.lower() in CHARACTERISING_VERBS \
        and any(c.lower_ == "what" and c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "oprd" for c in verb.children)


def _in_question_topic(verb: "Token", line: set[int]) -> bool:
    """A verb told of what a reporter's question is about ("Asked about [the sanctions announced ...], the spokesperson
    said")."""
    for a in verb.ancestors:
        if a.i in line:
            return False
        if a.dep_ == "advcl" and a.tag_ == "VBN" and a.lemma_.lower() in ("ask", "question"):
            return True
    return False


def _participle_of_another_doer(verb: "Token") -> bool:
    """A past participle set off by a comma to describe a noun, with a named doer of its own ("a demand by the three
    European powers, repeated by French President Emmanuel Macron on Tuesday"): a third party's act on its own day,
    not the act's (unlike "blocked a road used by construction crews on Tuesday", where the parser hangs the act's day
    low)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    named = ("PERSON", "ORG", "GPE", "NORP")
    return any(c.dep_ == "agent" and any(p.dep_ == "pobj" and (p.ent_type_ in named or any(
        q.dep_ in ("poss", "compound", "amod") and q.ent_type_ in named for q in p.children))
        for p in c.children) for c in verb.children)  # ("by French President Emmanuel Macron", "by France's president")


def _planned_clause(verb: "Token") -> bool:
    """An act told as planned by a word like "due" or "scheduled" above it ("which had been due to start on
    Thursday", "was scheduled to open on Friday"): its day is the plan's."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TIMETABLE_HEADS


def _doer_noun(noun: "Token", line: set[int]) -> bool:
    """A noun that names a doer of the act or of a verb above it: its subject, or the agent of a passive, also as the
    second of two ("The document was signed by Kosanov and his counterpart Guler, who held talks with Kosanov on
    Wednesday": the talks' day, not the signing's)."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.i in line
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i in line and is_passive(noun.head.head)


def _possessive_day(date_tok: "Token") -> bool:
    """A day told as the possessive of a noun ("last Sunday's election", "Tuesday's vote"): it names the day of the thing
    the noun names, not the day of a verb the phrase hangs from."""
    cur = date_tok
    while cur.dep_ in ("compound", "nummod", "amod", "det") and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ == "poss" and cur.head.pos_ == "NOUN"


def _day_of_what_was_said(date_tok: "Token", head: "Token") -> bool:
    """A speaker's own participle ("..., the office said, thanking Kazakh colleagues") takes no day from what the speaker
    reported ("He was handed over at the border on Tuesday"): that day is the reported act's."""
    speaker = head.head
    if head.dep_ != "advcl" or head.tag_ != "VBG" or speaker.lemma_.lower() not in SPEAKER_VERBS:
        return False
    cur = date_tok
    while cur.head.i != cur.i and cur.head.i != speaker.i:
        cur = cur.head
    return cur.head.i == speaker.i and cur.dep_ == "ccomp" and cur.i != head.i


def _topic_possessive(date_tok: "Token", head: "Token") -> bool:
    """A possessive day on a noun that is what an act is about, not its occasion: the noun hangs from a preposition
    of a topic ("protesting against the results of Sunday's election", "in protest against Sunday's vote"),
    unlike "detained 14 people during Sunday's rally" or "at Tuesday's meeting", or the act told on the noun itself
    ("claimed responsibility for Monday's attack ... that killed 18 policemen")."""
    owner = date_tok
    while owner.dep_ != "poss" and owner.head.i != owner.i:
        owner = owner.head
    noun = owner.head
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in DAY_TOPIC_PREPS \
        and head not in noun.subtree


REACTING_VERBS = word_set("reacting_verbs")


def _object_owning_day(date_tok: "Token", head: "Token") -> bool:
    """A possessive day on the object of a verb that reacts to it ("condemned Tuesday's sentence", "welcomed Monday's
    release"): the day of the thing reacted to. Not of a deed done at a thing ("detained 14 people during Sunday's
    rally"), nor of the subject ("Monday's shelling killed three")."""
    if head.lemma_.lower() not in REACTING_VERBS or date_tok.i + 1 >= len(date_tok.doc) \
            or date_tok.doc[date_tok.i + 1].lower_ not in ("'s", "’s"):
        return False
    owner = date_tok.head
    return owner.dep_ == "dobj" and owner.head.i == head.i and owner.left_edge.i >= date_tok.i - 1


def subject_antecedent(noun: "Token") -> "Token":
    """The noun a describing clause's noun stands in apposition to, however far ("WARSAW – Poland, which closed its
    border on Tuesday, has moved troops", with "Poland" read as set beside the dateline's "WARSAW"): that noun, else
    the noun itself."""
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _bare_participle(verb: "Token") -> bool:
    """A participle clause with no subject or conjunction of its own ("..., killing three", "..., leaving 8,000 homes
    without power"): it goes with the act it follows."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


REACTION_VERBS = word_set("reaction_verbs")
EARLIER_MARKS = word_set("earlier_marks")
CAUSE_MARKS = word_set("cause_marks")


PARTNER_MEETING_WORDS = word_set("partner_meeting_words")
TRAVEL_VERBS = word_set("travel_verbs")


def partner_arrival(clause: "Token") -> bool:
    """A talks partner's trip told in a clause on the partner ("Wang Yi held talks with Kyrgyz Foreign Minister
    Kulubaev, who had travelled to Shanghai for the anniversary"; "Tokayev on Friday held talks with Fidan, who had
    flown in"): the trip of this visit, which tells it (guest -> host, round 27), on the talks' day; not a trip
    before the news."""
    partner = clause.head
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in TRAVEL_VERBS or partner.dep_ != "pobj" \
            or partner.head.lower_ != "with":
        return False
    above = partner.head.head
    return above.lemma_.lower() in PARTNER_MEETING_WORDS or above.head.lemma_.lower() in PARTNER_MEETING_WORDS


def day_above_the_clause(date_tok: "Token", head: "Token") -> bool:
    """A day on a verb above the act that does not reach down into the act's clause: a clause describing a noun
    ("summoned Iran's ambassador on Thursday over the deaths of two shepherds who were shot by border guards"), a clause
    of its cause ("suspended flights on Monday because Georgia had closed its airspace"; an "after" clause is mostly of
    the same day: "declared martial law on Sunday after Azerbaijani forces launched an offensive"), or another party's
    reaction ("imposed sanctions on Wednesday, prompting Beijing to warn of countermeasures"). Not a "when" clause on
    the day itself ("on Tuesday, when relatives gathered outside the consulate"), nor a clause on a noun whose phrase
    holds the day."""
    holder = adjunct_of(date_tok)
    if holder.pos_ in ("NOUN", "PROPN") and head not in holder.subtree:
        holder = clause_verb(holder)  # ("summoned Iran's ambassador on Thursday": the summons' day)
    if holder.i == head.i or head not in holder.subtree or holder.pos_ not in ("VERB", "AUX"):
        return False
    cur = head
    while cur.i != holder.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl" and date_tok not in cur.head.subtree and cur.head.ent_type_ not in ("DATE", "TIME") \
                and not any(c.lower_ in ("when", "where") for c in cur.children) and not _doers_own_aside(cur) \
                and not date_tok.i <= cur.left_edge.i - 1 <= date_tok.i + 2 \
                and not cur.left_edge.i < date_tok.i < holder.i \
                and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) \
                and not host_spoke_at_meeting(cur) and not partner_arrival(cur) \
                and cur.lemma_.lower() not in CROWNING_VERBS \
                and not crowd_dispersed(cur.head):  # (not "the first country to recognise the Taliban": the act
            # itself; nor "to disperse protesters who had blocked the avenue": see the dispersal's day in analyze_story)
            return True  # (not a day inside the phrase the clause describes, or just before it: "a suicide bombing at
            # a wedding hall in Kabul on Saturday night that killed 63 people"; nor one told after the clause, before
            # the verb above, however the parser hangs it: "The armed group that attacked a border post early on
            # Tuesday intended to ...")
        if cur.dep_ == "advcl" and any(c.dep_ in ("mark", "prep") and c.lower_ in CAUSE_MARKS for c in cur.children):
            return True
        if cur.dep_ in ("xcomp", "ccomp") and cur.head.lemma_.lower() in REACTION_VERBS and any(
                c.dep_ in ("dobj", "nsubj") for c in cur.head.children if c.i < cur.i):
            return True
        cur = cur.head
    return False


def _doers_own_aside(relcl: "Token") -> bool:
    """A relative clause whose subject is "it" or "they", the doer of the act above it, told of what that act acts on
    ("Britain on Friday announced sanctions against a Kazakh company, which it accused of shipping Russian oil"): the
    doer's own words of the same occasion, of its day."""
    doers_subject = any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in relcl.children)
    if doers_subject and relcl.lemma_.lower() == "hold" and any(c.dep_ == "oprd" for c in relcl.children):
        return True  # ("imposed entry bans on Monday on 14 officials it holds responsible for ...": the blame, told then)
    return relcl.tag_ == "VBD" and doers_subject \
        and any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in relcl.children)


def _bare_infinitive(verb: "Token") -> bool:
    """A "to" clause with no subject or conjunction of its own under the act ("raised the threat level to 'elevated' on
    Wednesday", read as a purpose clause): a day in it is the act's, hung low."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _why_not_the_acts(date: DateResolution) -> str:
    """Why date words found do not date the act (for the explanation)."""
    if date.bound:
        return "ends a span"
    if date.ahead:
        return "is a time to come"
    return "is the day of a quoted speech" if date.quoted else "dates another act"


YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def old_time_looked_ahead_to(date_tok: "Token", head: "Token") -> bool:
    """A time naming its year, hung by its preposition right on a clause the act looks ahead to (see
    `clause_looked_ahead_to`): "agreed a framework for resuming inspections in September 2025". What is looked ahead to
    comes after the act, so an old time there leaves the act as old (not a baseline inside it: "agreed to raise trade
    to $15 billion, from $6.5 billion in 2024")."""
    prep = date_tok if date_tok.dep_ == "prep" else date_tok.head if date_tok.dep_ == "pobj" else None
    return prep is not None and prep.dep_ == "prep" and clause_looked_ahead_to(prep.head, head) \
        and any(YEAR_WORD.fullmatch(w.text) for w in prep.subtree)


def clause_looked_ahead_to(verb: "Token", head: "Token") -> bool:
    """A clause the act looks ahead to: a "to" clause of the act ("agreed to resume inspections") or a "for" gerund on
    its object ("agreed a framework for resuming inspections"; not one on the act itself, often its cause: "thanked
    Kazakhstan for removing the Taliban from its list")."""
    if verb.i == head.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "xcomp" and verb.head.i == head.i:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ == "for" and prep.head.dep_ in ("dobj", "nsubjpass") \
        and prep.head.head.i == head.i


def _held_since(verb: "Token") -> bool:
    """A describing clause telling a state held since some time ("four Armenians it had held since 2023"): it lasts,
    so a day the parser hangs on it after the "since" phrase is the day of the act above ("handed over four Armenians
    it had held since 2023 to Armenia on Thursday")."""
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def date_of_the_act(date: DateResolution, head: "Token", sent: "Span", text: str, pub: dt.date | None,
                     promised: tuple[int, int] | None = None) -> DateResolution:
    """The date found, unless it dates another act (see dates_another_act): then the sentence's nearest date that
    does not ("Rahmon, who toured ... on Monday, thanked Putin ... on Wednesday" is Wednesday's), or none of its own
    (the publication date, which the day of the act told before may replace: "They agreed to increase releases until
    the end of August"). For a promise (`promised` = its clause's span), only a day of the telling, outside it."""
    if date.start is None or not date.date_text:
        return date

    def elsewhere(d: DateResolution) -> bool:
        tok = token_at(sent, d.start + sent.start_char) if d.start is not None else None
        if promised is not None and not d.exact_day:
            return True  # a promise is told on a day: "will release water between April and September" is its content
        return d.bound or d.quoted or d.ahead or (tok is not None and (
            _deadline_day(tok) or _start_ahead(tok)
            or (dates_another_act(tok, head, d.exact_day) and not (d.historical and old_time_looked_ahead_to(tok, head)))
            or _since_start(tok, d.historical, head, d.exact_day)
            or (d.exact_day and day_above_the_clause(tok, head))))

    if not elsewhere(date):
        return date
    at = head.idx - sent.start_char
    others = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None
              and d.start != date.start and not elsewhere(d) and (promised is None or (
                  not promised[0] <= d.start < promised[1] and (pub is None or d.date <= pub)))]
    if others:
        best = min(others, key=lambda d: abs(d.start - at))
        if pub is not None and best.date > pub:
            return DateResolution(pub, None, best.date_text, best.start, best.end,
                                  f"{best.date_text!r} is after publication; publication date used")
        return best
    if promised is None and date.exact_day and not (date.bound or date.quoted or date.ahead or date.historical) \
            and (deed := _deed_of_the_held(token_at(sent, date.start + sent.start_char), head)):
        return dataclasses.replace(date, reason=f"the day of what those acted on did ('who {deed} ... {date.date_text}'):"
                                                " the scene of the act")
    return DateResolution(pub, None, "", None, None,
                          f"'{date.date_text}' {_why_not_the_acts(date)}; no date of its own")


def _deed_of_the_held(date_tok: "Token | None", head: "Token") -> str:
    """The past deed, with a day, of the people an undated act was done to, told in a clause describing them ("At least
    15 taxi drivers who joined the protest on Wednesday were taken to a police station": the drivers were taken at the
    protest, on Wednesday). Returns the deed's verb, or ""."""
    if date_tok is None:
        return ""
    deed = date_tok
    while deed.dep_ != "relcl" and deed.head.i != deed.i and deed.pos_ not in ("VERB", "AUX"):
        deed = deed.head
    if deed.dep_ != "relcl" or deed.tag_ != "VBD" or not any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in deed.children):
        return ""
    held = passive_subjects(head) if is_passive(head) else objects(head)
    held += [c for h in held for c in h.children if c.dep_ == "appos"]  # (a dateline the parser made the subject)
    return deed.text if deed.head in held else ""


FORWARD_LOOKING_LEMMAS = word_set("forward_looking_lemmas")


def month_looked_ahead_to(date: DateResolution, head: "Token", pub: dt.date | None) -> str:
    """A month named without a year that comes later in the year than the publication month, told with an act that
    looks ahead to a time ("invited Pezeshkian to a forum on Caspian transport in Ashgabat in December", "postponed the
    vote to October"): the coming month of what is invited or moved, not the act's time in the year gone by. Returns
    why, or ""."""
    if pub is None or date.reason != "month" or date.date is None or any(ch.isdigit() for ch in date.date_text) \
            or date.date.month <= pub.month or head.lemma_.lower() not in FORWARD_LOOKING_LEMMAS:
        return ""
    return f"'{date.date_text}' is the coming month '{head.text}' looks ahead to; no date of its own"


def _since_start(date_tok: "Token", historical: bool, head: "Token", exact_day: bool = False) -> bool:
    """A recent time that opens a span ("since"), not the day of an act: on a noun ("met on Thursday, their first
    session since October, and agreed") or on a verb that sums acts up to now ("have detained 27 people since Sunday's
    election": an aggregate without a day). A span opened long ago stays the act's time (history: "claimed several
    attacks since 2018"), and so does the time of an act told inside the phrase ("since September, when fighting
    killed three soldiers")."""
    since = date_tok if date_tok.lower_ == "since" else None  # (the words found may begin with it: "since October")
    cur = date_tok
    while since is None and cur.dep_ in ("compound", "nummod", "amod", "det", "poss") and cur.head.i != cur.i:
        cur = cur.head  # "Sunday's election", "last October"
    if since is None and cur.dep_ == "pobj" and cur.head.lower_ == "since":
        since = cur.head
    if since is None or since.dep_ != "prep" or head in since.subtree:
        return False  # (the act told in the phrase is of that time: "since September, when fighting killed three")
    end = max(t.i for t in since.subtree if not t.is_punct)
    if end + 2 < len(since.doc) and since.doc[end + 2].lower_ in ("when", "where") and since.doc[end + 1].text == ",":
        return False  # (however the parser hangs the "when" clause)
    if exact_day and (_state_since(since.head) or _ongoing_since(since.head)):
        return False
    return not historical or _record_since(since)


def _record_since(since: "Token") -> bool:
    """A "since" phrase on a noun ranked as the first or the most of its kind since a time ("met on Thursday, their first
    session since October", "the largest protest since 2022"): the time measures the record, however old, and never
    dates the act."""
    noun = since.head
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ("first", "last")) for c in noun.children)


TALLY_WORDS = {"hundreds", "thousands", "dozens", "scores", "many", "several", "more", "most", "some"}


def _state_since(verb: "Token") -> bool:
    """A state held since a day, told in the passive perfect of the act that set it up ("mobile internet has been cut
    since Wednesday evening", "the crossing has been closed since Monday"): the act was done that day. Not a count
    summed up since then ("27 people have been detained since Sunday")."""
    if not (is_passive(verb) and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)):
        return False
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(own) and not any((t.like_num and t.ent_type_ not in ("DATE", "TIME")) or t.lower_ in TALLY_WORDS
                                 for s in own for t in s.subtree)  # (not the day of a dateline the parser hung there)


def _ongoing_since(verb: "Token") -> bool:
    """An act going on since a day, told in the perfect of "be" or in the perfect progressive ("has been on hunger
    strike since Monday", "have been protesting outside the embassy since Saturday"): it began that day, its start
    day is its date (round 29). Not a passive count ("27 people have been detained since Sunday": see _state_since)."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    if verb.lemma_.lower() == "be" and verb.tag_ == "VBN":
        return any(c.dep_ == "prep" and c.lower_ in ("on", "in") for c in verb.children)  # "has been on strike"
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children)


DEADLINE_AUX = FUTURE_AUX | {"would", "must", "should", "to"}


def _deadline_day(date_tok: "Token") -> bool:
    """A day that ends the time given for a promised or demanded act ("would transfer the money by Friday", "repairs
    would be finished by Thursday", "ordered them to leave by Monday"): a deadline ahead, no act's day (not "had been
    released by Tuesday morning")."""
    cur = date_tok
    while cur.dep_ in ("compound", "nummod", "amod", "det") and cur.head.i != cur.i:
        cur = cur.head
    if not (cur.dep_ == "pobj" and cur.head.lower_ == "by"):
        return False
    verb = adjunct_of(cur)
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in DEADLINE_AUX for c in verb.children)


def _start_ahead(date_tok: "Token") -> bool:
    """A day that opens the time of a promised or planned act ("promised to restore deliveries from Saturday",
    "will resume flights starting Monday"): the start of what is to come, not the day of the promise (not "deliveries
    resumed from Saturday")."""
    cur = date_tok
    while cur.dep_ in ("compound", "nummod", "amod", "det") and cur.head.i != cur.i:
        cur = cur.head
    opener = cur.head if cur.dep_ == "pobj" else (cur if cur.lower_ in START_AHEAD_WORDS else None)
    if opener is None or opener.lower_ not in START_AHEAD_WORDS:
        return False
    verb = opener.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in DEADLINE_AUX for c in verb.children)


def day_of_promise(text: str, pub: dt.date | None, clause: tuple[int, int]) -> DateResolution:
    """A promise or plan is made when it is told: "will meet in Minsk on Wednesday, the Kremlin said on Tuesday" is
    Tuesday's, not Wednesday's; the date of the reporting words, or else the day of the report."""
    told = [d for d in find_dates(text, pub) if d.start is not None and not clause[0] <= d.start < clause[1]
            and d.date is not None and (pub is None or d.date <= pub) and not d.bound and not d.quoted and not d.ahead]
    if told:
        return min(told, key=lambda d: abs(d.start - clause[0]))
    return DateResolution(pub, None, "", None, None, "a promise: the day of the report")


REPORT_VEHICLE_NOUNS = word_set("report_vehicle_nouns")
TIMED_BY_NOUNS = word_set("timed_by_nouns")
TIMING_PREPS = word_set("timing_preps")
DAY_TOPIC_PREPS = word_set("day_topic_preps")
START_AHEAD_WORDS = word_set("start_ahead_words")
OCCASION_DAY = "the day of the occasion told before"  # the reason of a date from an earlier sentence's main clause


def said_on(date: DateResolution, sent: "Span") -> bool:
    """A day told right after a reporting verb, before what is reported ("Kazakhstan said on Monday it would send
    5,000 tonnes of flour", however the parser hangs it): the day of the telling, not of the promised act."""
    tok = token_at(sent, date.start + sent.start_char) if date.start is not None else None
    if tok is None or not date.exact_day:
        return False
    first = tok.doc[tok.i - 1] if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "on" else tok
    return first.i > 0 and (first.doc[first.i - 1].lemma_.lower() in SPEAKER_VERBS or _after_addressee(first.doc[first.i - 1]))


def _after_addressee(word: "Token") -> bool:
    """The last word of whom a reporting verb tells ("told the IMF on Monday it would keep to the targets"): the day
    after it is the telling's, as right after the verb."""
    obj = next((a for a in [word, *word.ancestors] if a.dep_ in ("dobj", "dative")), None)
    return obj is not None and obj.right_edge.i == word.i and obj.head.lemma_.lower() in SPEAKER_VERBS \
        and obj.head.pos_ in ("VERB", "AUX")


def _report_verb(date_tok: "Token") -> "Token | None":
    """The reporting verb a day is told on: "the ministry said on Thursday", "said in a statement on Wednesday" (the
    day of the report, not of what it tells), also where the parser hangs a day told right after the reporting verb on
    the reported one ("said on Thursday it had detained four men"); None otherwise."""
    first = date_tok.doc[date_tok.i - 1] if date_tok.i > 0 and date_tok.doc[date_tok.i - 1].lower_ == "on" else date_tok
    if first.i > 0 and first.doc[first.i - 1].lemma_.lower() in SPEAKER_VERBS \
            and first.doc[first.i - 1].pos_ in ("VERB", "AUX"):
        return first.doc[first.i - 1]
    holder = adjunct_of(date_tok)
    for _ in range(2):
        if holder.pos_ in ("VERB", "AUX"):
            return holder if holder.lemma_.lower() in SPEAKER_VERBS else None
        if holder.lemma_.lower() not in REPORT_VEHICLE_NOUNS or holder.dep_ != "pobj" or holder.head.dep_ != "prep":
            return None
        holder = holder.head.head
    return None


def _reported_by(verb: "Token", speaker: "Token") -> bool:
    """The act is told in what the reporting verb reports ("the ministry said on Thursday it had detained four men",
    "police fired tear gas ..., the ministry said on Wednesday, adding that 12 had been detained", "has detained a
    serviceman, the agency said"), not an act of the speaker's own beside it ("said in a statement on Thursday,
    describing the release as a positive step")."""
    if verb in speaker.ancestors:
        return True  # (the reporting verb set inside the act's clause: "..., it said on Thursday")
    cur = verb
    while cur.i != speaker.i and cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "parataxis"):
            return speaker in cur.ancestors
        if cur.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            # (a reported clause the parser hung as an adverbial: "police fired ...", or an adverbial clause of a
            # reported act: "forces killed two militants ... after authorities declared a regime ..., the committee said")
            return speaker in cur.ancestors or cur.head in speaker.ancestors
        cur = cur.head
    return False


def _coordinated_verbs(verb: "Token") -> list["Token"]:
    """The verbs told together with this one ("fired pepper spray and used water cannon late on Wednesday ..., and at
    least 27 people were detained"), nearest first, without it."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    group: list["Token"] = []
    stack = [first]
    while stack:
        cur = stack.pop()
        group.append(cur)
        stack.extend(c for c in cur.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return sorted((v for v in group if v.i != verb.i and v.lemma_.lower() not in SPEAKER_VERBS),
                  key=lambda v: abs(v.i - verb.i))


def _timed_by_occasion(head: "Token") -> str:
    """An act timed by an occasion rather than a day ("Before kick-off, police fired tear gas", "was handed over to
    the provincial administration during the visit", "On the sidelines, Dong Jun held talks"): the occasion's words,
    or "". Not an occasion ahead ("at the next meeting")."""
    verbs = [head] + ([head.head] if head.dep_ == "conj" else [])
    for verb in verbs:
        for prep in verb.children:
            holder = prep
            if prep.dep_ == "npadvmod":  # "Hours before the match"
                holder = next((c for c in prep.children if c.dep_ == "prep"), prep)
            if holder.dep_ != "prep" or holder.lower_ not in TIMING_PREPS:
                continue
            for noun in holder.children:
                if noun.dep_ == "prep" and noun.lower_ == "of" and holder.lower_ == "ahead":
                    noun = next((c for c in noun.children if c.dep_ == "pobj"), noun)
                words = noun.doc[noun.left_edge.i:noun.i + 1].text.lower()
                if noun.dep_ == "pobj" and (noun.lemma_.lower() in TIMED_BY_NOUNS or words.replace(" ", "")
                                            .endswith(tuple(TIMED_BY_NOUNS))) \
                        and not any(c.lower_ in {"next", "upcoming", "coming", "future"} | GONE_OCCASION_MARKERS
                                    for c in noun.children):
                    return noun.doc[holder.i:noun.i + 1].text
    return ""


def at_the_occasion_told(head: "Token") -> bool:
    """An act set at an occasion the story has told, named with "the" ("At the ceremony a deputy commander thanked
    Tokyo", "At the handover, the minister thanked Russia"): the occasion's day, whoever acts. Not "at a ceremony"."""
    words = _timed_by_occasion(head)
    return bool(words) and words.split()[1:2] == ["the"]


def past_the_report_day(date: DateResolution, head: "Token", sent: "Span", text: str, pub: dt.date | None,
                         told_before: Sequence[Draft], nominal: bool = False) -> DateResolution:
    """A day on the reporting verb ("..., the Interior Ministry said on Thursday") is the day of the report, not of the
    act it tells, when the act has a time of its own: the day of a verb it is told together with ("fired pepper spray
    and used water cannon late on Wednesday ..., and at least 27 people were detained"), an occasion ("Before kick-off,
    police fired tear gas ..."; left undated here, for the occasion's day to be found), or the day of an act told
    before it in the same report ("..., adding that 12 Turkish citizens had been detained"; "..., the committee said on
    Wednesday, the third attack on Chinese nationals", a noun hung on the reporting verb). Otherwise the report's
    day stays, marked as such, so that a fuller mention's own day may replace it ("said on Thursday it had detained four
    men ... were detained on Tuesday")."""
    if date.start is None or not date.date_text or not date.exact_day or date.date is None:
        return date
    tok = token_at(sent, date.start + sent.start_char)
    speaker = _report_verb(tok) if tok is not None else None
    if speaker is None or (speaker.i == head.i and not nominal) or not (
            (speaker.i == head.i and nominal) or _reported_by(head, speaker)):
        return date
    dates = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None]
    tokens = {id(d): token_at(sent, d.start + sent.start_char) for d in dates}
    signed = _day_of_enacting_text(head, speaker, dates, tokens) if speaker.i != head.i else None
    if signed is not None and signed.start != date.start and signed.date <= date.date:
        return dataclasses.replace(signed, reason=f"{signed.reason} (the day the text that does the act was signed; "
                                                  f"'{date.date_text}' is the report's)")
    for verb in _coordinated_verbs(head) if speaker.i != head.i else []:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in DEADLINE_AUX for c in verb.children):
            continue  # (a promised act's day is its content: "would restore power supplies by Friday and urged ...")
        if that_conjunct(verb) or that_conjunct(head):
            continue  # ("said it had detained four men, and that an Afghan had been deported on Wednesday": two reports)
        own = _carried_by(verb, dates, tokens)
        if own is not None and own.exact_day and not own.bound and own.start != date.start and own.date <= date.date:
            return dataclasses.replace(own, reason=f"{own.reason} (the time of '{verb.text}', told with the act; "
                                                   f"'{date.date_text}' is the report's)")
    occasion = _timed_by_occasion(head) if speaker.i != head.i else ""
    if occasion:
        return DateResolution(pub, None, "", None, None,
                              f"'{date.date_text}' is the day of the report; the act is timed by '{occasion}'")
    for d in reversed(told_before):
        act = d.sent.doc[d.hit.token_i]
        if d.verdict == "coded" and d.date is not None and d.date.date is not None and not d.date.told \
                and d.date.start != date.start and (d.date.date_text or d.date.reason.startswith((EPISODE_DAY,
                                                                                                  OCCASION_DAY))) \
                and d.date.date <= date.date and act in speaker.subtree and act.i < head.i and act.i != speaker.i:
            return dataclasses.replace(d.date, reason=f"{d.date.reason} (the day of '{act.text}', told before in the "
                                                      f"same report; '{date.date_text}' is the report's)")
    return dataclasses.replace(date, told=True)


ENACTING_PREPS = word_set("enacting_preps")


def _day_of_enacting_text(head: "Token", speaker: "Token", dates: Sequence[DateResolution],
                          tokens: dict[int, "Token | None"]) -> DateResolution | None:
    """The day a decree or order that does the act was signed, told in a clause on it ("has pardoned 200 prisoners,
    his office said on Friday, in a decree he signed on Tuesday"): the act's day, not the report's."""
    for holder in (head, speaker):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ENACTING_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in ORDER_DOCUMENT_NOUNS:
                    continue
                for verb in noun.children:
                    if verb.dep_ in ("relcl", "acl") and verb.pos_ in ("VERB", "AUX") \
                            and (day := _carried_by(verb, dates, tokens)) is not None and day.exact_day:
                        return day
    return None


def overnight_before(date: DateResolution, head: "Token", sent: "Span", text: str,
                      pub: dt.date | None) -> DateResolution:
    """"Overnight" in a clause told before a dated act ("imposed a curfew on Wednesday after a mass brawl overnight
    left one man dead"): the night into that act's day, not into the report's."""
    if date.start is None or date.date_text.lower() != "overnight":
        return date
    cur = head
    while cur.dep_ != "advcl" and cur.head.i != cur.i and cur.dep_ in ("conj", "xcomp", "ccomp", "oprd"):
        cur = cur.head
    if cur.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in cur.children):
        return _overnight_of_report(date, head, sent, text, pub)
    dates = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None]
    tokens = {id(d): token_at(sent, d.start + sent.start_char) for d in dates}
    later = _carried_by(cur.head, dates, tokens)
    if later is None or not later.exact_day or later.start == date.start:
        return date
    return dataclasses.replace(later, date_text=date.date_text, start=date.start, end=date.end,
                               reason=f"overnight: the night before '{later.date_text}' ('{cur.head.text}')")


def _overnight_of_report(date: DateResolution, head: "Token", sent: "Span", text: str,
                         pub: dt.date | None) -> DateResolution:
    """"Overnight" in what a report told on a day tells ("the air force said on Wednesday it shot down 60 drones
    launched by Russia overnight"): the night into the report's day, not into the publication day."""
    for d in find_dates(text, pub):
        if d.start is None or d.date is None or not d.exact_day or d.start == date.start or d.date_text.lower() == "overnight":
            continue
        tok = token_at(sent, d.start + sent.start_char)
        speaker = _report_verb(tok) if tok is not None else None
        if speaker is not None and speaker.i != head.i and _reported_by(head, speaker):
            return dataclasses.replace(d, date_text=date.date_text, start=date.start, end=date.end,
                                       reason=f"overnight: the night before the report of '{d.date_text}' ('{speaker.text}')")
    return date


def day_of_the_shared_speaker(date: DateResolution, head: "Token", sent: "Span", text: str,
                              pub: dt.date | None, clause: tuple[int, int]) -> DateResolution:
    """A second verb of one speaker ("the ministry said on Monday that enemy units had fired on its positions
    overnight, and warned that ..."), dated by a time inside the first verb's reported clause: the speaker's own day
    (the warning was given with the statement), not the reported deed's."""
    if head.dep_ != "conj" or date.start is None or clause[0] <= date.start < clause[1] \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return date
    first = head.head
    found = token_at(sent, date.start + sent.start_char)
    if found is None or found not in first.subtree or adjunct_of(found).i == first.i or first.lemma_ not in SPEAKER_VERBS:
        return date
    dates = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None]
    tokens = {id(d): token_at(sent, d.start + sent.start_char) for d in dates}
    own = _carried_by(first, dates, tokens)
    if own is None or not own.exact_day or own.start == date.start:
        return date
    return dataclasses.replace(own, reason=f"the day of '{first.text}', whose speaker's second verb this is")


def day_of_antecedent_clause(head: "Token", told_before: Sequence[Draft], s_i: int) -> DateResolution | None:
    """A "who" clause on a party of a dated act, with no time of its own ("held talks in Moscow on Tuesday with
    Khusnullin, who promised to allocate 5 billion roubles"): the day of that act (the promise was made there)."""
    if head.dep_ != "relcl" or not any(c.lower_ == "who" and c.dep_ == "nsubj" for c in head.children):
        return None  # (not a passive "who were shot by border guards": a deed done to them, maybe before)
    party = head.head
    if party.dep_ == "pobj" and party.head.lower_ == "with":
        cur = party.head.head  # "held talks ... with Khusnullin, who promised"
        if cur.pos_ == "NOUN" and cur.dep_ == "dobj":
            cur = cur.head
    elif party.dep_ == "dobj":
        cur = party.head  # "met Khusnullin on Tuesday, who promised"
    else:
        return None
    for d in reversed(told_before):
        act = d.sent.doc[d.hit.token_i]
        verb = clause_verb(act) if d.hit.nominal else act
        if d.sent_index == s_i and verb.i == cur.i and d.verdict == "coded" and d.date is not None \
                and d.date.date is not None and d.date.date_text and d.date.exact_day:
            return dataclasses.replace(d.date, reason=f"{d.date.reason} (the day of '{verb.text}', whose party the "
                                                      f"clause tells of)")
    return None


def day_of_attribution(date: DateResolution, sent: "Span") -> bool:
    """The day found is the day of the source an act is told "according to" ("agreed to set up a working group,
    according to a joint statement published on Tuesday", "according to a statement on Tuesday"), not the act's."""
    if date.start is None or not date.exact_day or date.date is None:
        return False
    tok = token_at(sent, date.start + sent.start_char)
    if tok is None:
        return False
    holder = adjunct_of(tok)
    if holder.pos_ == "VERB" and holder.dep_ == "acl":
        holder = holder.head  # ("a statement published on Tuesday")
    return holder.lemma_.lower() in REPORT_VEHICLE_NOUNS and holder.dep_ == "pobj" and holder.head.lower_ == "to" \
        and holder.head.head.lower_ == "according"


def period_of_another_clause(date: DateResolution, clause: tuple[int, int]) -> bool:
    """A time that fixes no day, found outside the act's own clause ("held talks on Thursday, their first meeting
    this year, and agreed ...": 'this year' is said of the meeting): no time of the act's own."""
    return bool(date.date_text) and not date.exact_day and date.start is not None \
        and not clause[0] <= date.start < clause[1]


def day_of_conjunct_head(head: "Token", told_before: Sequence[Draft], s_i: int) -> DateResolution | None:
    """Verbs joined by "and" with one subject share their time: "President Khurelsukh received the visiting army chief
    the same day and thanked India" is one day's (the day of the first verb's act)."""
    if head.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    for d in reversed(told_before):
        act = d.sent.doc[d.hit.token_i]
        verb = clause_verb(act) if d.hit.nominal else act
        if d.sent_index == s_i and verb.i == head.head.i and d.date is not None and d.date.date is not None \
                and (d.date.date_text or d.date.reason.startswith((EPISODE_DAY, OCCASION_DAY))):
            return dataclasses.replace(d.date, reason=f"{d.date.reason} (shared with '{verb.text}')")
    return None


def last_told_day(told_before: Sequence[Draft], lead: int, s_i: int, pub: dt.date | None,
                  head: "Token | None" = None) -> DateResolution | None:
    """The day of the last act told before this sentence (after the lead), when recent: the day a retold occasion is
    of ("The visit came a day after Turkey handed over 24 armoured vehicles"); when the occasion is named by an act
    noun (`head`'s interval clause hangs on "The protest came ..."), the act it names again (`_retold_occasion`:
    "Villagers blocked a road on Tuesday. The ambassador met ... on Wednesday. The protest came a week after ...")."""
    retold = _retold_occasion(head, told_before, s_i) if head is not None else None
    for d in reversed(told_before):
        if retold is not None and d is not retold:
            continue
        if lead <= d.sent_index < s_i and d.verdict == "coded" and d.date is not None and d.date.date is not None \
                and (d.date.date_text or d.date.reason.startswith((EPISODE_DAY, OCCASION_DAY))):
            return d.date if pub is None or dt.timedelta(0) <= pub - d.date.date <= dt.timedelta(days=LEAD_DAY_REACH) \
                else None
    return None


def _retold_occasion(head: "Token", told_before: Sequence[Draft], s_i: int) -> Draft | None:
    """The act coded before this sentence that the subject of the verb an "<interval> after" clause hangs on names
    again ("Villagers blocked a road on Tuesday ... The protest came a week after the bank approved a loan", "The
    blockade came ..."): the last one of the noun's event type, or told with a word of the noun's stem; else None."""
    found = interval_phrase(head)
    if found is None:
        return None
    after = found[1]
    main = (after.head if after.dep_ == "mark" else after).head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    nouns = [t for t in subjects(main) if t.pos_ == "NOUN"]
    if not nouns:
        return None
    kinds = {d.hit.rule.event for d in told_before if d.sent_index == s_i and d.hit.token_i in {n.i for n in nouns}}
    stems = {n.lemma_.lower()[:STEM_LETTERS] for n in nouns if len(n.lemma_) >= STEM_LETTERS}
    return next((d for d in reversed(told_before) if d.sent_index < s_i and d.verdict == "coded" and (
        d.event in kinds or d.sent.doc[d.hit.token_i].lemma_.lower()[:STEM_LETTERS] in stems)), None)


STEM_LETTERS = 5  # letters a noun shares with the verb of the act it names again ("blockade" - "blocked")


def _main_clause_day(sent: "Span", text: str, pub: dt.date | None) -> DateResolution | None:
    """The recent day a sentence's main clause is told on ("Turkey beat Georgia 2-1 in a friendly on Tuesday",
    "'...,' Khrenin told reporters at the range on Tuesday", "X said it had led a delegation to Herat on Tuesday")."""
    root = sent.root
    mains = with_conjuncts(root) + _clause_after_dateline(root)
    if root.lemma_.lower() in SPEAKER_VERBS:
        mains += [c for c in root.children if c.dep_ == "ccomp"]
    clause = {t.i for m in mains for t in clause_tokens(m)}
    clause |= {t.i for i in list(clause) for t in _untensed_object_clause(sent.doc[i])}
    for d in find_dates(text, pub):
        if d.start is None or d.date is None or not d.exact_day or d.bound or d.quoted or d.historical:
            continue
        if pub is not None and not dt.timedelta(0) <= pub - d.date <= dt.timedelta(days=LEAD_DAY_REACH):
            continue
        tok = token_at(sent, d.start + sent.start_char)
        if tok is not None and tok.i in clause and not _opens_a_state(text[:d.start]):
            return d
    return None


SETTING_BACK_MARKS = {"after", "before", "since", "following", "until", "ahead"}


def _sole_day_of_lead(sent: "Span", text: str, pub: dt.date | None) -> DateResolution | None:
    """The one recent day a lead names, when the parser lost its main clause ("TASHKENT, April 3 (UzA) – The Uzbek and
    Turkish presidents discussed by telephone on Thursday preparations for ..., the press service said", parsed with
    "said" as the root and "discussed" as a participle): the day of the lead's news, unless it sits in a describing
    clause or in a phrase told from another time ("after talks on Monday")."""
    days = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None and d.exact_day
            and not (d.bound or d.quoted or d.historical)]
    if len(days) != 1 or (pub is not None
                          and not dt.timedelta(0) <= pub - days[0].date <= dt.timedelta(days=LEAD_DAY_REACH)):
        return None
    tok = token_at(sent, days[0].start + sent.start_char)
    if tok is None or any(a.dep_ == "relcl" or a.lower_ in SETTING_BACK_MARKS for a in tok.ancestors) \
            or _opens_a_state(text[:days[0].start]):
        return None
    return days[0]


def _untensed_object_clause(noun: "Token") -> list["Token"]:
    """The words of a participle clause hung on a main clause's object, where the parser often puts the main verb's
    day ("approved a bill raising the pension age for women on Wednesday": the approval's Wednesday); none for a
    finite clause ("a bill that was drafted on Monday")."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    return [t for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" for t in clause_tokens(c)]


def _clause_after_dateline(root: "Token") -> list["Token"]:
    """The verb told after a dateline's dash when the parser made a dateline word the sentence's root ("YEREVAN,
    December 4 (Caucasus Daily) – Armenia's parliament approved ... on Wednesday": root 'Daily', 'approved' hung on
    it): the main clause's verbs."""
    if root.pos_ in ("VERB", "AUX"):
        return []
    dashes = [t.i for t in root.sent if t.lower_ in DATELINE_DASHES and t.i > root.i]
    return [v for c in root.children if c.dep_ in ("parataxis", "relcl", "acl") and c.pos_ in ("VERB", "AUX")
            and dashes and dashes[0] < c.i and any(s.dep_ == "nsubj" for s in c.children) for v in with_conjuncts(c)]




def day_opens_a_state(date: DateResolution, sent: "Span") -> bool:
    """The day found in the sentence is told after "since" ("has been on hunger strike since Monday"): see
    _opens_a_state."""
    return date.start is not None and _opens_a_state(nlp.span_text(sent)[:date.start])


def _opens_a_state(before: str) -> bool:
    """A day told after "since" ("she had been on hunger strike since Monday"): the start of a state that lasts, not
    the day of a scene the next sentences go on with."""
    return before.rstrip().lower().endswith("since")


def _day_of_the_telling_before(draft: Draft, drafts: Sequence[Draft], sentences: Sequence["Span"], lead: int,
                               s_i: int, pub: dt.date | None, index: MentionIndex, reach: int,
                               anyone: bool = False) -> DateResolution | None:
    """The day of the nearest sentence before (up to `reach` back, not before the lead) whose main clause is dated,
    when no dated act is coded in between (that is the episode's case); for a verbal act, only if its actor is named
    there, unless the act is timed by the occasion (`anyone`: "On the margins of the session, Saidov met ...")."""
    for j in range(s_i - 1, max(lead, s_i - reach) - 1, -1):
        if any(d.sent_index == j and d.verdict == "coded" and d.date is not None and d.date.date_text for d in drafts):
            return None
        day = _main_clause_day(sentences[j], without_dateline(sentences[j], index), pub)
        if day is None and j == lead:
            day = _sole_day_of_lead(sentences[j], without_dateline(sentences[j], index), pub)
        if day is None:
            continue
        if not anyone and draft.event in VERBAL_TYPES and entity_codes(draft.actors) and not set(entity_codes(draft.actors)) & {
                m.entity.code for m in index.in_sentence(sentences[j].start, sentences[j].end) if m.entity.code}:
            return None
        return DateResolution(day.date, None, "", None, None, f"{OCCASION_DAY} ('{day.date_text}', sentence {j + 1})")
    return None


def speakers_day_told_before(head: "Token", previous: "Span", previous_text: str,
                              pub: dt.date) -> DateResolution | None:
    """The day a speaker's words were told in the sentence before, for a speech act the same speaker tells next with
    no day ("..., the Kyrgyz Border Service said on Tuesday. 'The Tajik side bears full responsibility,' the Border
    Service said, accusing Tajik units of opening fire first"): the statement goes on, on that day (not the day of
    the act it is about)."""
    speaker = head if head.lemma_.lower() in SPEAKER_VERBS else (
        head.head if head.dep_ in ("advcl", "ccomp", "parataxis") and head.head.lemma_.lower() in SPEAKER_VERBS else None)
    if speaker is None or speaker.tag_ != "VBD":
        return None
    who = {s.lemma_.lower() for s in speaker.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")}
    if not who:
        return None
    for d, tok in dated_tokens(previous, previous_text, pub):
        told = _report_verb(tok)
        if told is None or not d.exact_day or d.historical or d.bound or d.quoted:
            continue
        if who & {s.lemma_.lower() for s in told.children if s.dep_ == "nsubj"}:
            return dataclasses.replace(d, reason=f"{d.reason} (the day '{told.text}' was told by the same speaker, "
                                                 f"sentence before)", told=True)
    return None


PERSONAL_PRONOUNS = {"he", "she", "they", "we"}


def framing_day(draft: Draft, head: "Token", drafts: Sequence[Draft], sentences: Sequence["Span"], lead: int,
                 s_i: int, pub: dt.date | None, index: MentionIndex) -> DateResolution | None:
    """An undated act told by "he/she/they" right after a sentence that frames the speaker's words with a day and
    codes nothing itself ('"These are defensive manoeuvres," Khrenin told reporters on Tuesday. He accused NATO of
    ...'; "the spokesman ... gave a very different account on Thursday. He said ... and he accused"): that day."""
    if not any(t.lower_ in PERSONAL_PRONOUNS for t in subjects(head)):
        return None
    return _day_of_the_telling_before(draft, drafts, sentences, lead, s_i, pub, index, reach=1, anyone=True)


OCCASION_REACH = 4  # sentences back to the dated occasion an undated act after an uncoded lead is of


def day_of_the_occasion(draft: Draft, head: "Token", drafts: Sequence[Draft], sentences: Sequence["Span"],
                         lead: int, s_i: int, pub: dt.date | None, index: MentionIndex) -> DateResolution | None:
    """An undated past act after a lead that codes no dated act itself is of the day the story's occasion is told on
    ("Turkey beat Georgia 2-1 in a friendly on Tuesday ... Before kick-off, police fired tear gas"; "Meredov led a
    delegation to Herat on Tuesday for talks ... The two officials signed agreements ...")."""
    return _day_of_the_telling_before(draft, drafts, sentences, lead, s_i, pub, index, reach=OCCASION_REACH,
                                      anyone=bool(_timed_by_occasion(head)))


def dated_to_a_day(verb: "Token") -> bool:
    """"... on Tuesday", "overnight": the clause tells one day's happening."""
    return any(t.lower_ in DAY_WORDS for t in verb.subtree)


def second_forceful_act(participle: TriggerRule, main: TriggerRule) -> bool:
    """"seized heroin, arresting two couriers", "raided the camp, arresting 12": an arrest or a seizure
    told with a participle after another forceful act is an act of its own."""
    if {participle.mode, main.mode} == {"seize", "arrest"}:
        return True
    return {participle.event, main.event} == {"ASSAULT", "COERCE"}


def restated_by_participle(tok: "Token", hit: TriggerHit, by_token: dict[int, TriggerHit]) -> int | None:
    """"ordered the diplomat to leave within five days, declaring him persona non grata": a participle after a comma
    that names the same kind of act as a trigger above it restates that act (the token of that trigger, or None)."""
    if hit.nominal or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return _reason_named(tok, hit, by_token)
    naming = hit.rule.event == "ACCUSE" and tok.lemma_.lower() in CHARACTERISING_VERBS
    for head in ancestors_chain(tok, limit=3):
        # (the act may be the complement of the verb the participle hangs from: "used his remarks to accuse NATO ...,
        # calling its drills 'openly provocative'")
        for act in [head] + [c for c in head.children if naming and c.dep_ == "xcomp" and c.i < tok.i]:
            above = by_token.get(act.i)
            if above is not None and above.rule.event == hit.rule.event and (above.rule.mode == hit.rule.mode or naming):
                return act.i
    return None


def _reason_named(tok: "Token", hit: TriggerHit, by_token: dict[int, TriggerHit]) -> int | None:
    """"summoned the EU envoy over what it called gross interference": the words naming the cause of a protest are
    that protest (the token of the protest's trigger, or None)."""
    if hit.rule.event != "ACCUSE" or tok.lemma_.lower() not in CHARACTERISING_VERBS or tok.dep_ not in ("pcomp", "pobj") \
            or tok.head.dep_ != "prep" or tok.head.lower_ not in CAUSE_PREPS:
        return None
    above = by_token.get(tok.head.head.i)
    return tok.head.head.i if above is not None and above.rule.event == "ACCUSE" else None


def on_timetable(tok: "Token") -> bool:
    """"Putin is due to visit Astana next week", "the ministers are expected to meet in June", "talks are scheduled to
    resume", "the next meeting of the council is due in Minsk in the summer": an act on a timetable or foreseen by
    others, not promised by its doer (the regional gold leaves these out)."""
    if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in TIMETABLE_HEADS
                                                   for c in tok.head.children):
        return True  # an act noun that is "due" or "scheduled"
    verb = clause_verb(tok)
    if _told_by_timetable(verb):
        return True
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return False
        head = verb.head
        if verb.dep_ == "xcomp" and head.lemma_.lower() in TIMETABLE_HEADS and (head.pos_ == "ADJ" or is_passive(head)):
            return True
        verb = head
    return False


TIMETABLE_HEADS = word_set("timetable_heads")
TIMETABLE_DOCUMENTS = word_set("timetable_documents")


def _told_by_timetable(verb: "Token") -> bool:
    """A coming act whose source is a list of coming acts ("will hold joint drills next year, according to a calendar
    published by the ministry"): a timetable, no one's promise (not "according to a ministry statement")."""
    return any(p.dep_ == "prep" and p.lower_ == "according" and any(
        o.lemma_.lower() in TIMETABLE_DOCUMENTS for to in p.children for o in to.children if o.dep_ == "pobj")
        for p in verb.children)
CALENDAR_GATHERINGS = word_set("calendar_gatherings")
HOSTING_OFFER_HEADS = word_set("hosting_offer_heads")


def hosting_on_calendar(tok: "Token", cue: str) -> str:
    """A gathering a state will host told as a date in its diary ("Kyrgyzstan will host the SCO summit in September",
    "Astana is to host the next CSTO summit", "is getting ready to host the summit", "Dushanbe is preparing to host a
    UN water conference"): a plan, no promise. Not an offer or a commitment ("offered to host the summit", "is ready
    to host", "agreed to host") nor the host's own word ("said it would host a donors' conference"). Returns the
    gathering's word, or ""."""
    if tok.lemma_.lower() != "host" or cue == "would (reported)":
        return ""
    hosted = objects(tok) + [w for o in objects(tok) for w in prep_objects(o, ("of",))]  # ("the SCO heads of state summit")
    gathering = next((o for o in hosted if o.lemma_.lower() in CALENDAR_GATHERINGS), None)
    if gathering is None:
        return ""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "acomp", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.lemma_.lower() in HOSTING_OFFER_HEADS and cur.head.lemma_.lower() != "get":  # ("getting ready" prepares)
            return ""
    return gathering.text


def timetabled_present(verb: "Token", pub: dt.date | None) -> str:
    """The weekday of an act told in the present simple ("OPEC+ ministers meet by video link on Sunday", "the
    presidents meet in Tashkent on Friday, officials said"): a timetable, so the act is ahead, not done. Not a
    weekday that is the report's own day ("thousands rally in Tbilisi on Sunday" in a Sunday report). Returns the
    weekday, or ""."""
    if verb.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or _past_in_present_form(verb):
        return ""
    days = [c for c in verb.children if c.dep_ in ("npadvmod", "tmod")] + prep_objects(verb, ("on",))
    for day in days:
        if day.lower_ in WEEKDAYS and not any(c.dep_ in ("det", "amod") for c in day.children) \
                and (pub is None or WEEKDAYS[day.lower_] != pub.weekday()):
            return day.text
    return ""


SAME_FORM_PAST_VERBS = word_set("same_form_past_verbs")


def _past_in_present_form(verb: "Token") -> bool:
    """A verb whose past is spelt as its present, read as present by the parser, in a sentence told in the past
    ("Unknown assailants beat the imam on Tuesday as he left evening prayers, police said"): a past act, no
    timetable. Not a verb of another form ("the presidents meet in Tashkent on Friday, officials said")."""
    if verb.lower_ not in SAME_FORM_PAST_VERBS:
        return False
    told = [c for c in verb.children if c.dep_ in ("advcl", "parataxis")]
    if verb.dep_ == "ccomp":
        told.append(verb.head)
    return any(t.tag_ == "VBD" for t in told)


def left_unsaid(tok: "Token") -> bool:
    """"He did not say how many systems would be supplied", "did not say when Baku would be ready to sign": a future
    act in a question the speaker left open is not announced."""
    verb = clause_verb(tok)
    for _ in range(3):
        if verb.dep_ == "ccomp" and any(c.dep_ == "neg" for c in verb.head.children) and any(
                t.tag_ in ("WRB", "WP", "WDT") or t.lower_ == "whether" for t in verb.subtree if t.i < verb.i):
            return True
        if verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head is verb:
            return False
        verb = verb.head
    return False


MEETING_VERBS_MET = word_set("meeting_verbs_met")


def host_spoke_at_meeting(relcl: "Token") -> bool:
    """A non-restrictive relative clause on the person met tells what that person said at the meeting: "Khurelsukh met
    Premier Li Qiang, who welcomed Ulaanbaatar's plans to raise exports" (news of its own; not "detained 20 politicians
    who opposed a border deal", whose clause describes whom the act falls on)."""
    person = relcl.head
    met = person.head if person.dep_ != "conj" else person.head.head
    first = min(t.i for t in relcl.subtree)
    return (met.lemma_.lower() in MEETING_VERBS_MET and person.ent_type_ == "PERSON" and first > 0
            and relcl.doc[first - 1].text == ",")


ORDER_DOCUMENT_NOUNS = word_set("order_document_nouns")


def without_dateline(sent: "Span", index: MentionIndex) -> str:
    """The sentence text with its dateline ("BATKEN, Aug. 12 (...) –") blanked: the dateline dates the
    filing, not the event ("blocked the road on Monday"). Offsets are kept."""
    cut = index.dateline_end - sent.start_char
    if cut <= 0:
        return nlp.span_text(sent)
    return " " * cut + nlp.span_text(sent)[cut:]


def dated_tokens(sent: "Span", text: str, pub: dt.date | None) -> list[tuple[DateResolution, "Token"]]:
    """The time phrases of a sentence (`text`: its words with the dateline blanked), each with its first token."""
    out = []
    for d in find_dates(text, pub):
        if d.start is None or d.date is None:
            continue
        tok = token_at(sent, d.start + sent.start_char)
        if tok is not None and tok.dep_ == "prep":  # ("in March 2025": the time's noun, which the preposition holds)
            tok = next((c for c in tok.children if c.dep_ == "pobj"), tok)
        if tok is not None:
            out.append((d, tok))
    return out


RELATIVE_OPENING = re.compile(
    r"^[\"“‘']?\s*(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|night|week)s?\s+(?P<dir>earlier|before|later)"
    r"|the\s+(?P<unit2>day|night|evening)\s+(?P<dir2>before|earlier)|the\s+(?P<dir3>next|following)\s+(?:day|morning)"
    r"|the\s+(?P<prev>previous|preceding)\s+(?:day|night|evening)"  # "The previous day, ...": the day before
    r"|hours\s+(?P<dir4>earlier|before|later)"
    r"|on\s+the\s+eve\s+of\s+(?:the|that|this)\s+(?P<eve>[a-z]+)"  # "On the eve of the summit": the day before
    r"|(?:earlier|later)\s+(?:that|the\s+same)\s+(?:day|evening|morning|afternoon))\b",
    re.I)
RELATIVE_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


ACT_BEGINNING_VERBS = word_set("act_beginning_verbs")
ACT_RUNNING_ON_VERBS = word_set("act_running_on_verbs")


def _linked(a: "Token", b: "Token") -> bool:
    """Two verbs of one telling: one above the other, or conjuncts of one head."""
    return a in b.subtree or b in a.subtree


def day_it_began(date: DateResolution, head: "Token", sent: "Span", text: str, pub: dt.date | None) -> DateResolution:
    """The day an act began, when the day found is the one it ran on to or ended on, the day after ("The firing began
    late on Sunday, when ..., and continued until early Monday", "began late on Sunday and ended early on Monday"):
    an act begun one day and ended the next takes the first day (round 35). Only for the act told by the beginning or
    the running verb itself (not another act told in a clause under them: "Protests that began on Sunday continued on
    Monday, when police detained 30 people": the detention's day is Monday). Else the date unchanged."""
    if pub is None or date.start is None or date.date is None or not date.exact_day:
        return date
    tok = token_at(sent, date.start + sent.start_char)
    running = adjunct_of(tok) if tok is not None else None
    if running is None or running.lemma_.lower() not in ACT_RUNNING_ON_VERBS:
        return date
    for d in find_dates(text, pub):
        if not d.exact_day or d.start is None or d.date is None or (date.date - d.date).days != 1:
            continue
        begun_tok = token_at(sent, d.start + sent.start_char)
        begun = adjunct_of(begun_tok) if begun_tok is not None else None
        if begun is not None and begun.lemma_.lower() in ACT_BEGINNING_VERBS and _linked(begun, running) \
                and (head.i in (begun.i, running.i) or (head in begun.subtree and head not in running.subtree)):
            return dataclasses.replace(d, reason=f"{d.reason}; the day the act began, not the day it ran on to "
                                                 f"('{date.date_text}')")
    return date


TIMELINE_DASH = re.compile(r"\s*(?:--|[-–—])\s")
TIMELINE_LABEL = re.compile(r"\s*(?:[A-Z][\w ]{0,30}:\s*)?")  # ("Timeline: April 2021 - ...")


def timeline_entry_day(sent: "Span", pub: dt.date | None) -> DateResolution | None:
    """The time of an act with no time of its own inside a paragraph that opens on the dated heading of a timeline's
    entry ("September 2022 -- The worst fighting since independence. Tajik forces use drones and artillery", "January
    2014 -- Border guards exchange fire ...; several guards are wounded"): the heading's time. None when its paragraph
    opens otherwise."""
    if pub is None:
        return None
    text = nlp.doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    line = text[start:sent.end_char]
    heading = next(iter(find_dates(line, pub)), None)
    if heading is None or heading.start is None or heading.end is None or heading.date is None or heading.bound \
            or not TIMELINE_LABEL.fullmatch(line[:heading.start]) or not TIMELINE_DASH.match(line, heading.end):
        return None
    return DateResolution(heading.date, heading.enddate, heading.date_text, None, None,
                          f"the heading of its timeline entry ('{heading.date_text}')", historical=heading.historical,
                          exact_day=heading.exact_day)


def day_told_relative(sent: "Span", sent_index: int, earlier: Sequence[Draft], previous: "Span | None",
                       pub: dt.date | None, previous_text: str | None = None, clause: tuple[int, int] | None = None,
                       text: str = "") -> DateResolution | None:
    """The day of an act in a sentence opening on a time told from the act before ("... began installing markers on
    Wednesday. A day earlier, the prime ministers discussed the schedule": Tuesday; "The day before, ...", "Hours
    later, ...", "The next day, ..."), or told with such a time in its own clause (`clause`: its span in the sentence;
    "Two Kyrgyz citizens were detained in Korday the following morning", "detained eight people in Khorog earlier
    that day"): the day of a day told before it in its sentence, else of the last dated act told before (or of the
    previous sentence's day words), moved by the gap. None when there is no such time or no day is told before."""
    if pub is None:
        return None
    m = RELATIVE_OPENING.search(nlp.span_text(sent).lstrip())
    if m is None and clause is not None and text:
        inside = next((r for r in RELATIVE_INSIDE.finditer(text) if clause[0] <= r.start() < clause[1]), None)
        if inside is not None:
            return _day_relative_inside(inside, sent_index, earlier, previous, pub, previous_text, text)
    if m is None or sent_index == 0:
        return None
    g = m.groupdict()
    count = RELATIVE_COUNTS.get((g["n"] or "").lower(), int(g["n"]) if (g["n"] or "").isdigit() else 1)
    if g["dir"]:  # "A day earlier", "Two days later", "A week before"
        gap = count * (7 if g["unit"].lower() == "week" else 1) * (1 if g["dir"].lower() == "later" else -1)
    else:  # "The day before" -1, "The next day" +1, "Hours later" / "Later that day" 0
        gap = -1 if g["dir2"] or g["eve"] or g["prev"] else (1 if g["dir3"] else 0)
    told = next((d.date for d in reversed(earlier) if d.sent_index < sent_index and d.verdict == "coded"
                 and d.date is not None and d.date.date and d.date.date_text and d.date.exact_day), None)
    if told is None and previous is not None:
        told = next((d for d in find_dates(previous_text if previous_text is not None else nlp.span_text(previous), pub)
                     if d.exact_day and d.date is not None and not d.bound), None)  # (not the dateline's day)
    if told is None or told.date is None:
        return None
    day = told.date + dt.timedelta(days=gap)
    if day > pub:
        return None
    return DateResolution(day, None, m.group(0).strip(" \"“‘'"), None, None,
                          f"'{m.group(0).strip()}' {COUNTED_BACK if gap < 0 and not g['eve'] else 'from'} the day told "
                          f"before ({told.date.isoformat()}, '{told.date_text}')",  # (an eve opens a scene the
                          historical=(pub - day).days > RECENT_ACT_DAYS)  # sentences after it go on with)


RELATIVE_INSIDE = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|week)s?\s+(?P<dir>earlier|later)"
    r"|the\s+(?:next|following)\s+(?:day|morning|evening|afternoon|night)(?P<next>)"
    r"|(?:earlier|later)\s+(?:that|the\s+same)\s+(?:day|evening|morning|afternoon|night)"
    r"|(?:that|the)\s+same\s+(?:day|evening|morning|afternoon|night)"
    r"|(?:shortly|just|soon|hours)\s+after\s+midnight(?P<midnight>))\b", re.I)


def own_relative_day(date: DateResolution, clause: tuple[int, int], text: str) -> bool:
    """Whether the day found for an act lies outside its clause while the clause tells its own day from another one
    ("Kazakh police detained a Kyrgyz trader on Monday, and a court jailed him for five days the following morning":
    the jailing is on Tuesday, not on Monday). `clause` is the act's clause span in the sentence `text`."""
    if not date.date_text or date.start is None or clause[0] <= date.start < clause[1]:
        return False
    return any(clause[0] <= r.start() < clause[1] for r in RELATIVE_INSIDE.finditer(text))


def _day_relative_inside(m: "re.Match[str]", sent_index: int, earlier: Sequence[Draft], previous: "Span | None",
                         pub: dt.date, previous_text: str | None, text: str) -> DateResolution | None:
    """The day a time told from another day inside an act's clause names ("the following morning", "a day later",
    "earlier that day", "the same day", "shortly after midnight"): the last day told before it in its sentence,
    else the day of the last dated act told before, moved by the gap."""
    g = m.groupdict()
    if g["dir"]:
        gap = count_of(g["n"]) * (7 if g["unit"].lower() == "week" else 1) * (1 if g["dir"].lower() == "later" else -1)
    else:
        gap = 1 if g["next"] is not None or g["midnight"] is not None else 0
    told = None if g["midnight"] is not None else next(  # (not "on Tuesday shortly after midnight": that early morning)
        (d for d in reversed(find_dates(text[:m.start()], pub)) if d.exact_day and d.date is not None
         and not d.bound and not d.quoted and d.date_text.lower() != "overnight"), None)
    if told is None and gap == 0 and g["midnight"] is None:
        return None  # ("arrested three couriers the same day" after other sentences: the day of the act told before,
        # not of a report between, is found with the scene's day)
    if told is None:
        told = next((d.date for d in reversed(earlier) if d.sent_index < sent_index and d.verdict == "coded"
                     and d.date is not None and d.date.date and d.date.date_text and d.date.exact_day
                     and not d.date.told), None)
    if told is None and previous is not None:
        told = next((d for d in reversed(find_dates(previous_text if previous_text is not None
                                                    else nlp.span_text(previous), pub))
                     if d.exact_day and d.date is not None and not d.bound), None)
    if told is None or told.date is None:
        return None
    if g["midnight"] is not None and not re.search(r"\b(?:evening|night|late)\b", told.date_text, re.I) \
            and told.date_text.lower() not in WEEKDAYS:
        return None  # (midnight after a day told as such, or its evening: the night into the next day)
    day = told.date + dt.timedelta(days=gap)
    if day > pub:
        return None
    return DateResolution(day, None, m.group(0).strip(), None, None,
                          f"'{m.group(0).strip()}' {COUNTED_BACK if gap < 0 else 'from'} the day told before "
                          f"({told.date.isoformat()}, '{told.date_text}')",
                          historical=(pub - day).days > RECENT_ACT_DAYS)


def tense_of_telling(verb: "Token") -> str:
    """How a sentence's main verb tells its act: "past" ("opened fire", "had sealed off", "What followed was"),
    "present" ("looks calm", "has freed", "will open", "cannot drive"), or "" (a bare or conditional form)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" and a.lower_ not in ("would", "could", "might", "should") for a in auxes) \
            or any(a.tag_ in PRESENT_TAGS for a in auxes) or (verb.tag_ in PRESENT_TAGS and not auxes):
        return "present"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    return ""


def lead_index(sentences: Sequence["Span"]) -> int:
    """The story's lead: its first full sentence (a headline or a dateline line has no full stop)."""
    return next((i for i, s in enumerate(sentences) if len(s) >= 6 and nlp.span_text(s).rstrip()[-1:] in LEAD_ENDINGS), 0)


LEAD_ENDINGS = set(".!?\"”'’")
EPISODE_DAY = "the day of the act told before"  # the reason of a date taken from the act told before
DAY_TOLD_BEFORE = "the day told before"  # in the reason of a day told from another one ("A day earlier", "On the eve
# of the talks", "The next day"): a day of its own, not the other's
COUNTED_BACK = "counted back from"  # in the reason of a day counted back from the act told before ("The day before the
# meeting, ..."): a look back, which the sentences after it do not take up
LEAD_DAY_REACH = 7  # an undated past act after the lead takes the day of the act told before when it is this recent


# prepositions whose object is what the act is about, not when it happened: "apologised for the downing
# in November", "protested over the arrests last year"
CAUSE_PREPS = {"for", "over", "about", "against"}
PRESENT_TAGS = {"VBZ", "VBP"}


DISPERSING_VERBS = word_set("dispersing_verbs")
DISPERSED_PEOPLE = word_set("dispersed_people")


def crowd_dispersed(crowd: "Token") -> bool:
    """The protesters a relative clause describes are the ones a dispersal acts on ("used water cannon to clear hundreds of
    demonstrators who had blocked a junction"): what they did is the news the dispersal ends, not background."""
    if crowd.lemma_.lower() not in PROTESTING_CROWDS | DISPERSED_PEOPLE:
        return False
    held = crowd.head.head if crowd.dep_ == "pobj" and crowd.head.lower_ == "of" else crowd
    return held.dep_ in ("dobj", "nsubjpass") and held.head.lemma_.lower() in DISPERSING_VERBS


HOLDING_VERBS = word_set("holding_verbs")


def protesters_held(people: "Token", clause: "Token") -> bool:
    """The people a relative clause describes as protesting are the ones an arrest in the sentence acts on ("police
    detained three activists who had chained themselves to the gates of parliament in protest against the law"): their
    protest is the news the arrest ends, not background. The clause must say "in protest" or be a protest verb's own."""
    if not (people.dep_ in ("dobj", "nsubjpass") and people.head.lemma_.lower() in HOLDING_VERBS):
        return False
    return any(w.lower_ == "protest" and w.dep_ == "pobj" and w.head.lower_ == "in" for w in clause.subtree)


BACK_POINTING_PRONOUNS = {"he", "she", "they", "it"}


STARTING_VERBS = word_set("starting_verbs")


def takes_told_day(earlier: Draft, noun: "Token", day: DateResolution) -> bool:
    """Whether the act told before takes the day a later sentence gives its noun: when it has no day words, or (for
    "took place", "happened") an earlier day than its own; a start ("The drills started on Tuesday") dates it only
    when its day words are not its own clause's ("raised readiness on Wednesday after Belarus and Russia began joint
    exercises"; not "Fighting escalated overnight into Wednesday ... The clashes began on Sunday")."""
    if earlier.date is None or not earlier.date.date_text:
        return True
    if noun.head.lemma_.lower() in STARTING_VERBS:
        tok = earlier.sent.doc[earlier.hit.token_i]
        verb = clause_verb(tok) if earlier.hit.nominal else tok
        if verb.i == tok.i and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            verb = tok.head  # ("Fighting ... escalated overnight into Wednesday": the noun read as a gerund)
        own = clause_tokens(verb)
        at = earlier.date.start
        return at is not None and not any(t.idx - earlier.sent.start_char <= at < t.idx - earlier.sent.start_char + len(t)
                                           for t in own) and day.date < earlier.date.date
    return day.date < earlier.date.date


STOPPING_VERBS = word_set("stopping_verbs")


def date_what_stopped(sent: "Span", drafts: Sequence[Draft], text: str, pub: dt.date | None) -> None:
    """A later sentence that gives the day the thing an act cut off stopped ("Iran's oil minister flew to Ashgabat on
    Wednesday for emergency talks after Turkmenistan cut off natural gas deliveries to Iran. Deliveries through the
    pipeline stopped early on Sunday"): the act told before without a day of its own clause takes that day."""
    verb = next((t for t in tokens_with_lemma(sent, STOPPING_VERBS) if t.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "aux", "auxpass") for c in t.children)), None)
    thing = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if thing is None:
        return
    dates = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None and d.exact_day]
    tokens = {id(d): token_at(sent, d.start + sent.start_char) for d in dates}
    day = _carried_by(verb, dates, tokens)
    if day is None:
        return
    for d in reversed(drafts):
        act = d.sent.doc[d.hit.token_i]
        if d.verdict != "coded" or d.hit.nominal or not any(
                o.lemma_.lower() == thing.lemma_.lower() for o in objects(act)):
            continue
        own = clause_tokens(act)
        at = d.date.start if d.date is not None else None
        elsewhere = at is not None and not any(t.idx - d.sent.start_char <= at < t.idx - d.sent.start_char + len(t)
                                               for t in own)  # (the day words are not the act's own clause's)
        if d.date is None or not d.date.date_text or d.date.told or (elsewhere and day.date < d.date.date):
            d.date = DateResolution(day.date, None, day.date_text, None, None,
                                    f"the day '{thing.text}' {verb.text}, told later ('{day.date_text}')")
        return


def date_from_the_next_telling(drafts: Sequence[Draft], sentences: Sequence["Span"], index: MentionIndex,
                                pub: dt.date | None) -> None:
    """An act dated only by the day of its report ("Turkey has extradited to Uzbekistan a man wanted for financing
    terrorism, the Prosecutor General's Office said on Thursday") takes the earlier day the next sentence gives it,
    when that sentence codes nothing itself (or only a retelling of an act of the same type told in the act's sentence:
    "... after authorities declared a counter-terrorist operation regime in part of the city, the committee said on
    Tuesday. The regime ... was imposed in the Khasanya district late on Sunday") and goes on in the past with the
    act's people or the act itself ("He was flown to Tashkent under escort on Tuesday", "The verdict was read out on
    Tuesday")."""
    if pub is None:
        return
    for d in drafts:
        if d.verdict != "coded" or d.date is None or not d.date.told or d.date.date is None \
                or d.sent_index + 1 >= len(sentences) \
                or any(o.sent_index == d.sent_index + 1 and o.verdict == "coded" and not _retold_from(o, d.sent_index, drafts)
                       for o in drafts):
            continue
        nxt = sentences[d.sent_index + 1]
        root = nxt.root
        day = _past_day_going_on(root, nxt, without_dateline(nxt, index), pub)
        if day is not None and day.date is not None and dt.timedelta(0) <= d.date.date - day.date <= dt.timedelta(
                days=LEAD_DAY_REACH):
            d.date = dataclasses.replace(day, start=None, end=None, reason=f"{day.reason} (told in the next sentence, "
                                                                            f"'{root.text}'; '{d.date.date_text}' is the report's)")


def _retold_from(later: Draft, s_i: int, drafts: Sequence[Draft]) -> bool:
    """A coded act that tells again, by its own noun, an act of the same type coded in sentence `s_i` ("The regime ...
    was imposed late on Sunday" after "authorities declared a counter-terrorist operation regime")."""
    act = later.sent.doc[later.hit.token_i]
    told_by_noun = any(o.lemma_.lower() in later.hit.rule.object and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
                       for o in objects(act) + (passive_subjects(act) if is_passive(act) else []))
    return told_by_noun and any(o.sent_index == s_i and o.verdict == "coded" and o.event == later.event for o in drafts)


OVERNIGHT_START_REACH = 2  # sentences after an overnight act that may tell the evening it began


def overnight_begun_the_evening_before(drafts: Sequence[Draft], sentences: Sequence["Span"], index: MentionIndex,
                                        pub: dt.date | None) -> None:
    """An act told as "overnight" and dated the next morning, or told in an "after" clause of an act of that morning,
    when a later sentence says it began late on the evening before ("forces exchanged heavy fire overnight ... The
    firing began late on Monday", "... at 11:40 pm on Monday"): the text's own start day wins (Monday)."""
    if pub is None:
        return
    for d in drafts:
        if d.verdict != "coded" or d.date is None or d.date.date is None or not (
                d.date.date_text.lower() == "overnight" or _after_clause_dated_from_outside(d)):
            continue
        for j in range(d.sent_index + 1, min(len(sentences), d.sent_index + 1 + OVERNIGHT_START_REACH)):
            day = _evening_start_told(sentences[j], without_dateline(sentences[j], index), pub)
            if day is not None and day.date == d.date.date - dt.timedelta(days=1):
                d.date = DateResolution(day.date, None, day.date_text, None, None,
                                        f"{'overnight, ' if d.date.date_text.lower() == 'overnight' else ''}"
                                        f"begun '{day.date_text}' (told in sentence {j + 1})")
                break


def _after_clause_dated_from_outside(draft: Draft) -> bool:
    """An act told in an "after" clause whose day words are the main clause's ("closed the crossing on Monday morning
    after the forces exchanged fire"): the act came first, maybe the evening before."""
    verb = draft.sent.doc[draft.hit.token_i]
    while verb.dep_ not in ("advcl", "ROOT") and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return False
    return bool(draft.date.date_text) and draft.date.date_text.lower() not in " ".join(t.lower_ for t in verb.subtree)


CLOCK_EVENING = re.compile(r"\b(?:[6-9]|1[01])(?:[:.]\d\d)?\s*p\.?m\.?(?:\s+local\s+time)?\s*(?:on\s+)?$", re.I)


def _evening_start_told(sent: "Span", text: str, pub: dt.date) -> DateResolution | None:
    """The late day a sentence says a thing told before began on ("The firing began late on Monday"): a starting verb
    whose subject is a definite noun, carrying a day told as late or at night; None otherwise."""
    dates = [x for x in find_dates(text, pub) if x.start is not None and x.date is not None and x.exact_day
             and (at_night(x.date_text) or CLOCK_EVENING.search(text[:x.start])) and x.date_text.lower() != "overnight"]
    if not dates:
        return None
    tokens = {id(x): token_at(sent, x.start + sent.start_char) for x in dates}
    for verb in sent:
        if verb.lemma_.lower() not in STARTING_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            continue
        day = _carried_by(verb, dates, tokens)
        if day is not None:
            return day
    return None


def _past_day_going_on(root: "Token", sent: "Span", text: str, pub: dt.date) -> DateResolution | None:
    """The day a sentence that goes on with the act told before carries on its main verb: a past verb, not a reporting
    one, whose subject points back ("He was flown ... on Tuesday", "They were flown to Kabul on Wednesday", "The
    verdict was read out on Tuesday"); None otherwise."""
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in SPEAKER_VERBS or tense_of_telling(root) != "past":
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.lower_ in BACK_POINTING_PRONOUNS or (
            subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children))):
        return None
    dates = [x for x in find_dates(text, pub) if x.start is not None and x.date is not None]
    tokens = {id(x): token_at(sent, x.start + sent.start_char) for x in dates}
    day = _carried_by(root, dates, tokens)
    return day if day is not None and day.exact_day and not day.bound and not day.quoted else None


def day_it_took_place(noun: "Token", sent: "Span", text: str, pub: dt.date | None) -> DateResolution | None:
    """The day a retold event noun is said to have happened: "The attack took place early on Sunday", "The shooting
    happened on Friday night", "The drills started on Tuesday" (see takes_told_day)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in HAPPENING_VERBS | STARTING_VERBS or (
            verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        return None
    for d in find_dates(text, pub):
        tok = token_at(sent, d.end - 1 + sent.start_char) if d.end is not None else None  # "early on Sunday": 'Sunday'
        if d.exact_day and d.date is not None and tok is not None and adjunct_of(tok).i == verb.i:
            return DateResolution(d.date, None, d.date_text, None, None, f"the day it took place, told later ('{d.date_text}')")
    return None


def day_of_the_retelling(verb: "Token", sent: "Span", text: str, pub: dt.date | None) -> DateResolution | None:
    """The day a later passive that retells an act gives it on its own verb ("SCNS officers detained a citizen ...
    According to the press center, the suspect was detained on October 13"): a recent day, not after the report, for
    the act told before when that has no day of its own (round 29). None otherwise."""
    for d in find_dates(text, pub):
        tok = token_at(sent, d.end - 1 + sent.start_char) if d.end is not None else None
        if d.exact_day and d.date is not None and not d.historical and tok is not None and adjunct_of(tok).i == verb.i \
                and (pub is None or dt.timedelta(0) <= pub - d.date <= dt.timedelta(days=LEAD_DAY_REACH)):
            return DateResolution(d.date, None, d.date_text, None, None, f"the day of its retelling ('{d.date_text}')")
    return None


def interval_phrase(tok: "Token") -> tuple["Token", "Token"] | None:
    """The interval noun and its "after"/"since" when the trigger sits in (or under) a clause or phrase "two days
    after ...", "weeks after ...", "six months since ...", "a year to the day after ..." (hanging from "after" or
    "since" as a conjunction or a preposition), else None."""
    cur = tok
    for _ in range(6):
        afters = [c for c in cur.children if c.dep_ == "mark" and c.lower_ in ("after", "since")]
        if cur.lower_ in ("after", "since") and cur.dep_ in ("prep", "mark"):
            afters.append(cur)
        for after in afters:
            before = after.doc[after.i - 1] if after.i > 0 else None  # "30 years since", "a year to the day after"
            dated_now = any(nlp.token_table(cur.doc).lower[i] in DAY_WORDS for i in clause_indices(cur))  # "... since police arrested him on Sunday"
            if before is not None and before.lemma_.lower() in INTERVAL_NOUNS and not dated_now \
                    and not any(d.lower_ in DEICTIC_DETS for d in before.children):
                return before, after
            if after.lower_ == "since":
                continue
            holder = after.head if after.dep_ == "mark" else after
            near = (*after.children, *holder.children) + ((holder.head,) if holder.dep_ == "advcl" else ())
            span = next((g for g in near  # the parser may hang the clause from "days": "days after forces fought"
                         if g.dep_ == "npadvmod" and g.lemma_.lower() in INTERVAL_NOUNS
                         and not any(d.lower_ in DEICTIC_DETS for d in g.children)), None)  # not "... this week"
            if span is not None:
                return span, after
        if cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


RECENT_ACT_DAYS = 31  # an act told from another is news only if that other act is this recent
NEWS_PERIOD_DAYS = 7  # an act told "<so many days> after" the reported one is news of the same period up to this gap
VAGUE_COUNTS = {"few", "several", "many", "some"}
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def day_before_by_interval(head: "Token", sent: "Span", text: str, pub: dt.date | None,
                            told_day: DateResolution | None = None) -> DateResolution | None:
    """The day of an act told in a recent "<interval> after" clause: the day of the act the clause hangs from, less
    the gap ("Iran began drills on Tuesday, a day after Azerbaijani and Turkish troops launched joint drills": Monday;
    "The release came a day after both committees approved the agreement": the day before the report). When that
    act has no day words and a dated act was told before (`told_day`), its day is that one's ("... signed an agreement
    in Ankara on Tuesday. The visit came a day after Turkey handed over 24 armoured vehicles": Monday). None when the
    clause names a day of its own ("hours after the truce began on Monday") or the interval is not recent."""
    found = interval_phrase(head)
    if found is None or not recent_interval(*found)[0]:
        return None
    noun, after = found
    gap = recent_interval(noun, after)[1] or 0
    clause = after.head if after.dep_ == "mark" else after
    if clause.head.i == clause.i:
        return None  # (a misparse: the "after" clause taken for the sentence's root)
    own = (min(t.idx for t in clause.subtree) - sent.start_char, max(t.idx + len(t) for t in clause.subtree) - sent.start_char)
    if any(d.start is not None and own[0] <= d.start < own[1] and d.exact_day for d in find_dates(text, pub)):
        return None
    main = clause.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head  # ("a day after" hung from the interval noun: "came a day after ...")
    if gap == 0 and main.lemma_.lower() in SPEAKER_VERBS:
        return DateResolution(pub, None, "", None, None, f"told hours after a report ('{main.text}'): no day of its own")
        # ("pardoned 31 prisoners, his press service said on Friday, hours after he received U.S. envoy John Coale")
    day = _anchor_day(main, sent, text, pub)
    if day.date_text and not day.exact_day:
        day = _exact_anchor_above(main, sent, text, pub) or day
    if not day.date_text and told_day is not None and told_day.date is not None:
        day = told_day
    if day.date is None:
        return None
    if day.historical or will_or_would(main) or (pub is not None and (pub - day.date).days > RECENT_ACT_DAYS):
        # "In August 2008, a day after Georgian forces shelled Tskhinvali, ...", "will travel on Thursday, a day after
        # Aliyev visits Moscow": the act is as old, or as far ahead, as the one it is told from
        return DateResolution(None, reason=f"told from an act outside the news period ('{main.text}', {day.date.isoformat()})")
    words = sent.doc[noun.left_edge.i:after.i + 1].text if noun.i < after.i else f"{noun.text} {after.text}"
    return DateResolution(day.date - dt.timedelta(days=gap), None, words, None, None,
                          f"'{words}' the act of '{main.text}' ({day.date.isoformat()})")


def _anchor_day(main: "Token", sent: "Span", text: str, pub: dt.date | None) -> DateResolution:
    """The day of the act an "<interval> after" clause hangs from."""
    span = clause_tokens(main)
    prefer = (span[0].idx - sent.start_char, span[-1].idx + len(span[-1]) - sent.start_char)
    day = resolve_event_date(text, pub, prefer=prefer)
    return date_of_the_act(own_date(main, sent, text, pub, day) or day, main, sent, text, pub)


def _exact_anchor_above(main: "Token", sent: "Span", text: str, pub: dt.date | None) -> DateResolution | None:
    """When the act an "<interval> after" clause hangs from has only a span for its time ("said on Friday the som had
    weakened this week and that it sold 38 million dollars ..., a day after the U.S. imposed sanctions"), the gap
    counts from the reporting verb above it that names one day ("said on Friday"), never from a week or month."""
    cur = main
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            continue
        day = _anchor_day(cur, sent, text, pub)
        if day.date_text and day.exact_day:
            return day
        if cur.lemma_.lower() in SPEAKER_VERBS:  # ("said on Friday it had raised ...": the parser may hang the day
            subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), main)  # below the reported verb)
            told = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None and d.exact_day
                    and cur.idx - sent.start_char < d.start < subj.idx - sent.start_char]
            if told:
                return dataclasses.replace(told[0], told=True)
    return None


def recent_interval(noun: "Token", after: "Token") -> tuple[bool, int | None]:
    """Whether "<interval> after X" puts X in the news period, and how many days before the reported act X
    happened: "hours after" (0), "a day after" / "the day after" (1), "two days after" (2), "a week after" (7), as the
    regional gold counts "a day after" back (README_sample_gold.md). An uncounted "days after", "weeks after", "a month
    after" and any "... since" recall an earlier time, as the gold leaves "days after forces fought off an incursion"
    uncoded: (False, None)."""
    lemma = noun.lemma_.lower()
    if after.lower_ != "after" or lemma not in ("hour", "day", "week") or (noun.dep_ == "pobj" and noun.head.lower_ == "to"):
        return False, None  # (not "a year to the day after")
    counts = [c for c in noun.children if c.dep_ in ("det", "nummod", "quantmod", "amod")]
    count = next((COUNT_WORDS.get(c.lower_, int(c.text) if c.text.isdigit() else None) for c in counts
                  if c.lower_ in COUNT_WORDS or c.text.isdigit()), None)
    if any(c.lower_ in VAGUE_COUNTS for c in counts):
        count = None  # "a few days after", "several days after": not counted
    if count is None and noun.tag_ == "NN":
        count = 1  # "the day after", "day after"
    if lemma == "hour":
        return True, (count or 0) // 24
    if count is None or count * (7 if lemma == "week" else 1) > NEWS_PERIOD_DAYS:
        return False, None
    return True, count * (7 if lemma == "week" else 1)


UNNAMED_DESTINATIONS = word_set("unnamed_destinations")


def unnamed_destination(verb: "Token", index: MentionIndex) -> str:
    """Where a traveller goes when it names no host ("the president flew to the scene of the blast", "arrived in the
    village"): no diplomatic visit. Returns the place word, or ""."""
    places = prep_objects(verb, ("to", "in", "into"))
    if places and all(p.lemma_.lower() in UNNAMED_DESTINATIONS and not index.in_tokens(list(p.subtree)) for p in places):
        return places[0].text
    return ""


GONE_OCCASION_MARKERS = word_set("gone_occasion_markers")
INTERVAL_NOUNS = {"hour", "day", "week", "month", "year"}  # "hours after", "days after", "weeks after"
DEICTIC_DETS = {"this", "that", "last", "next", "same", "previous"}  # "held talks this week" dates, not spaces


def at_night(words: str) -> bool:
    """Date words of a night or an edge of a day, which may be told as either day: "late on Sunday", "overnight"
    (not "overnight into Monday", which names its day)."""
    lowered = words.lower()
    return lowered == "overnight" or bool(re.search(r"\b(?:night|late|early)\b", lowered))


# definite event nouns that, as a subject, tell the same act again ("The blast also wounded 11")
RETOLD_EVENT_NOUNS = word_set("retold_event_nouns")
HAPPENING_VERBS = word_set("happening_verbs")


SPOKEN_WEEK = "a week gone by, recounted in speech"
NO_DAY_REASONS = ("year", "the year before publication", "the year of publication", "month",
                  "the month before publication", "the month of publication", SPOKEN_WEEK)  # times that fix no day


def day_if_fixed(date: DateResolution) -> DateResolution:
    """An act timed only by a whole year or month ("detained 1,214 people in 2024", "exports rose to a record last
    year", "impounded by Belarusian customs in early January"): a total of that time, or a day the text does not fix;
    no date (the words stay in the explanation)."""
    if date.date_text and not date.exact_day and date.reason.startswith(NO_DAY_REASONS):
        return dataclasses.replace(date, date=None, enddate=None, reason=f"{date.reason}: no day fixed")
    return date


def day_named_since_told(told: Draft, s_i: int, sentences: Sequence["Span"], pub: dt.date, index: MentionIndex,
                         drafts: Sequence[Draft]) -> DateResolution | None:
    """The nearest day that a sentence between the act told last and this one names for its own main verb, though no
    act of it was coded ("Russian troops began a snap check in Tajikistan on Monday. On Wednesday the Tajik defence
    minister received the commander ... The Russian side handed over two drones": Wednesday, not Monday). Not a
    report's day ("the ministry said on Wednesday"), nor a day of a clause inside the sentence ("a drill which had been
    due to start on Thursday"). None if no sentence between names one."""
    for k in range(s_i - 1, told.sent_index, -1):
        sent = sentences[k]
        if any(d.sent_index == k and d.verdict == "coded" for d in drafts):
            return None  # (a sentence between with an act coded: the act told last was chosen past it on purpose)
        for d, tok in dated_tokens(sent, without_dateline(sent, index), pub):
            if day_opens_a_state(d, sent):
                continue
            if not d.exact_day or d.date is None or d.historical or not \
                    dt.timedelta(0) <= pub - d.date <= dt.timedelta(days=LEAD_DAY_REACH):
                continue
            if _report_verb(tok) is not None or adjunct_of(tok).i != sent.root.i \
                    or sent.root.lemma_.lower() in SPEAKER_VERBS:
                continue
            return DateResolution(d.date, None, "", None, None,
                                  f"{EPISODE_DAY} ('{d.date_text}', named in sentence {k + 1})")
    return None


ADDRESSED_GATHERING_NOUNS = word_set("addressed_gathering_nouns")
GATHERING_SCENE_WORDS = word_set("gathering_scene_words")


def _gathering_addressed(sent: "Span") -> bool:
    """A speaker told a gathering with a definite noun ("'This is not a railway ...,' Japarov told the crowd", "said
    to the audience"): the words were spoken at the gathering told before."""
    for t in sent:
        if t.lemma_.lower() not in ADDRESSED_GATHERING_NOUNS or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "to" else t.head
        if t.dep_ in ("dobj", "dative", "pobj") and verb.lemma_.lower() in SPEAKER_VERBS | {"tell", "address"}:
            return True
    return False


def day_of_the_gathering_addressed(drafts: Sequence[Draft], sentences: Sequence["Span"], lead: int, s_i: int,
                                   pub: dt.date | None, index: MentionIndex) -> DateResolution | None:
    """An undated act told in or right after a sentence where a speaker addresses the gathering ("'This is not a
    railway ...,' Japarov told the crowd. Zhang said China was ready to help train ... engineers"): the day of the
    gathering told before ("Leaders ... gathered in a mountain valley ... on Thursday"), not of an act told between
    ("Japarov had received Zhang in Bishkek on Wednesday"). None if no sentence addresses a gathering, or none before
    tells one with a day."""
    if not any(k > lead and _gathering_addressed(sentences[k]) for k in (s_i - 1, s_i)):
        return None
    for j in range(s_i - 1, lead - 1, -1):
        if not any(t.lemma_.lower() in GATHERING_SCENE_WORDS for t in sentences[j]):
            continue
        text = without_dateline(sentences[j], index)
        day = _main_clause_day(sentences[j], text, pub)
        if day is None and j == lead:
            day = _sole_day_of_lead(sentences[j], text, pub)
        if day is not None and day.exact_day and day.date is not None:
            return DateResolution(day.date, None, "", None, None,
                                  f"{OCCASION_DAY} ('{day.date_text}': the gathering addressed, sentence {j + 1})")
    return None


def new_paragraph(previous: "Span", sent: "Span") -> bool:
    """Whether a sentence opens a new paragraph (the parser keeps the line break at the end of the sentence before)."""
    return "\n" in nlp.doc_text(sent.doc)[previous.start_char + len(nlp.span_text(previous).rstrip()):sent.start_char]


WEEKDAY_HEADING = re.compile(r"\s*(?P<wd>" + "|".join(WEEKDAYS) + r")\s*[:.](?:\s|$)", re.I)
HEADING_DAY = "the weekday heading of its paragraph"


def weekday_heading_day(sentences: Sequence["Span"], s_i: int, pub: dt.date | None) -> DateResolution | None:
    """The day a weekly round-up's paragraph is headed with ("MONDAY. Tokayev hosted Mirziyoyev in Astana. The two
    leaders signed ...", "Tuesday: Georgia's parliament passed ...", a line "MONDAY." above it): the latest such weekday on or before
    publication, for the paragraph's acts that name no day of their own; None without such a heading."""
    first = s_i
    while first > 0 and not new_paragraph(sentences[first - 1], sentences[first]) \
            and not WEEKDAY_HEADING.match(nlp.span_text(sentences[first])):
        first -= 1  # (the nearest heading of the paragraph: "The week in the Caucasus. Monday: Baku summoned ...")
    m = WEEKDAY_HEADING.match(nlp.span_text(sentences[first]))
    if m is None and first > 0 and (above := WEEKDAY_HEADING.match(nlp.span_text(sentences[first - 1]))) \
            and not nlp.span_text(sentences[first - 1])[above.end():].strip():
        m = above  # ("MONDAY.\nTokayev hosted ...": a heading on a line of its own)
    if m is None or pub is None:
        return None
    day = pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7)
    return DateResolution(day, None, m.group("wd"), None, None, f"{HEADING_DAY} ('{m.group('wd')}')")


SPEAKING_SELF = {"i", "we"}  # first-person subjects: the speaker of an op-ed, interview or briefing recounts
TRANSCRIPT_QUESTION = re.compile(r"\s*Q\s*:")  # a briefing's question line ("Q: The United States last week ...")


def week_recounted_in_speech(date: DateResolution, head: "Token", sent: "Span") -> DateResolution:
    """"Last week" in an op-ed, interview or briefing ("Last week I travelled to Ankara, where ... I discussed",
    "Q: The United States last week imposed sanctions"): the speaker's recollection fixes no day (round 31), unlike a
    wire's "visited Dushanbe last week". The date with a no-day reason, or the date unchanged."""
    if date.reason != "the week before publication":
        return date
    text = nlp.doc_text(sent.doc)
    spoken = in_quotation(head) or bool(TRANSCRIPT_QUESTION.match(text, text.rfind("\n", 0, head.idx) + 1)) or any(
        t.lower_ in SPEAKING_SELF for t in subjects(head))  # (not "Rahmon visited Tashkent last week, where he told
    # reporters: 'We will ...'")
    return dataclasses.replace(date, reason=f"{SPOKEN_WEEK} ({date.reason})") if spoken else date


def yesterday_of_the_speech(date: DateResolution, sent: "Span", text: str, pub: dt.date | None) -> DateResolution:
    """A quoted "yesterday" in words a speaker is told to have said on a day ('"Yesterday the government halted lorry
    traffic," the minister told parliament on Wednesday'): the day before the speech, not before publication. The
    date unchanged otherwise."""
    if date.date_text.lower() != "yesterday" or date.start is None:
        return date
    word = token_at(sent, date.start + sent.start_char)
    if word is None or not in_quotation(word):
        return date
    for d, tok in dated_tokens(sent, text, pub):
        if d.exact_day and d.start != date.start and not in_quotation(tok) and _report_verb(tok) is not None:
            return dataclasses.replace(date, date=d.date - dt.timedelta(days=1),
                                       reason=f"the day before the speech told on '{d.date_text}'")
    return date
