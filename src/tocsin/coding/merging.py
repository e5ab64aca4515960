"""Merging: one event told in several places of a story is one event. The same-event tests (`same_event`: same type,
compatible roles and dates, not two separate acts such as strikes on each other or a swap's two halves), the
strength of a mention (which of two mentions is kept), filling one mention's roles from its twin, whether the
merged mention's date may date the kept one, and the reason given for a merge. analysis.py applies them when it
finishes a story."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING, Sequence

from tocsin.coding.actor_link import DEFINITE_DETS, MentionIndex, entities_of
from tocsin.coding.dates import WEEKDAYS
from tocsin.coding.headline_verbs import is_headline
from tocsin.coding.syntax import clause_verb, objects, prep_objects, subjects
from tocsin.coding.non_acts import QUOTATION_MARKS, in_quotation
from tocsin.coding.triggers import claimed_act
from tocsin.coding.word_lists import type_set, word_set
from tocsin import nlp
from tocsin.types import Entity
from tocsin.coding.drafts import Draft, VERBAL_TYPES, entity_codes, token_at
from tocsin.coding.event_dates import (DAY_TOLD_BEFORE, EPISODE_DAY, LEAD_DAY_REACH, OCCASION_DAY, RETOLD_EVENT_NOUNS, at_night,
                                       dates_another_act, day_above_the_clause)
from tocsin.coding.roles import FORCE_SECTORS, SPEAKERS_OWN_SIDE, hosting

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# types whose repeated mentions in a story are usually one happening (a clash, a visit, a rally); speech
# acts (AGREE, ACCUSE, REQUEST...) and arrests often come several to a story and merge only on exact roles
STORY_MERGED_TYPES = type_set("story_merged")
ANSWERABLE_TYPES = type_set("answerable")


def _participants(d: Draft) -> frozenset[str]:
    """Countries named as taking part (a guessed default recipient is not named)."""
    return frozenset(entity_codes(d.actors)) | (frozenset() if d.default_recipient else frozenset(entity_codes(d.recipients)))


def _dates_compatible(a: Draft, b: Draft) -> bool:
    """Same or adjacent day; a mention without its own date words fits any date."""
    if a.date is None or b.date is None or not a.date.date_text or not b.date.date_text:
        return True
    if a.date.date is None or b.date.date is None:
        return True
    for told, other in ((a, b), (b, a)):  # "said on Thursday it had detained four men ... were detained on Tuesday"
        if told.date.told and not other.date.told:
            return dt.timedelta(0) <= told.date.date - other.date.date <= dt.timedelta(days=LEAD_DAY_REACH)
    if a.date.date != b.date.date and any(DAY_TOLD_BEFORE in d.date.reason for d in (a, b)):
        return False  # "held talks on Thursday ... On the eve of the talks, the foreign ministers met": a day of its own
    night = any(at_night(d.date.date_text) for d in (a, b))
    weekdays = all(d.date.date_text.lower().split()[-1] in WEEKDAYS for d in (a, b))
    if weekdays and not night:  # "detained an activist on Tuesday ... On Wednesday officers detained a second"
        return a.date.date == b.date.date
    if not night and _weekday_and_same_day(a, b):  # "handed the men back the same evening ... The sheep were returned on
        return a.date.date == b.date.date  # Friday": each told on its own day
    if weekdays and not all(at_night(d.date.date_text) for d in (a, b)):
        return _night_reaches(a, b) if at_night(a.date.date_text) else _night_reaches(b, a)
    for span, day in ((a.date, b.date), (b.date, a.date)):  # "the sixth diplomat expelled this year": the day lies in it
        if span.enddate is not None and day.enddate is None and span.date <= day.date <= span.enddate:
            return True
    for since, other in ((a, b), (b, a)):  # "the first official to travel to Iran since last week's deal": any day after
        if since.date.start is not None and nlp.span_text(since.sent)[:since.date.start].rstrip().lower().endswith("since") \
                and other.date.date >= since.date.date:
            return True
    return abs((a.date.date - b.date.date).days) <= 1


def _weekday_and_same_day(a: Draft, b: Draft) -> bool:
    """One mention dated by a weekday, the other by "the same day/evening" (a day the story fixed)."""
    words = [d.date.date_text.lower().split() for d in (a, b)]
    return any(w[-1] in WEEKDAYS for w in words) and any("same" in w for w in words)


def _night_reaches(night: Draft, day: Draft) -> bool:
    """A night or day-edge named by its weekday spills only into the day it borders: "late on Monday" or "on Monday
    night" may be told as Tuesday, "early on Monday" as Sunday night, but "shelled the village late on Monday" and
    "drones had hit the pumping station on Sunday" are two days."""
    assert night.date is not None and day.date is not None and night.date.date is not None and day.date.date is not None
    step = (day.date.date - night.date.date).days
    early = bool(re.search(r"\b(?:early|into)\b", night.date.date_text.lower()))
    return step == 0 or step == (-1 if early else 1)


NEW_ACT_WORDS = word_set("new_act_words")


TOPIC_TALK_VERBS = {"discuss", "talk", "speak", "confer"}


SPEAKER_OWN_TYPES = VERBAL_TYPES - {"CONSULT", "AGREE"}  # words one speaker says on their own (not meetings, deals)


def _said_by_other_speakers(a: Draft, b: Draft) -> bool:
    """Two statements of a kind one speaker makes alone, in different sentences, by different named speakers of a state
    ("the Foreign Ministry summoned the ambassador ... President Maia Sandu wrote on social media, condemning ..."):
    two events, even with the same countries. Only speakers the actor dictionary knows by name count (not "Moldova",
    "the ministry")."""
    if a.event not in SPEAKER_OWN_TYPES:
        return False
    names = [{x.identifier_text for x in d.actors if x.identifier_text and x.sector} for d in (a, b)]
    return all(names) and not names[0] & names[1] and all(len(d.actors) == 1 for d in (a, b))


def _warning_quoted_again(a: Draft, b: Draft) -> bool:
    """A warning told in the lead and then quoted from the same side on the same day ("Russia's Foreign Ministry on
    Thursday warned that Moscow would respond in kind to Moldova's expulsion of a diplomat. 'Our response will
    follow,' spokeswoman Maria Zakharova told her weekly briefing"): one THREATEN, the later words naming the same
    target or none of their own. Single quotes count by their tag."""
    if a.event != "THREATEN" or a.sent_index == b.sent_index:
        return False
    first, later = sorted((a, b), key=lambda d: d.sent_index)
    if not any(t.text in QUOTATION_MARKS or t.tag_ in ("``", "''") for t in later.sent) or any(d.date is None for d in (a, b)) \
            or first.date.date != later.date.date:
        return False
    doers = [set(entity_codes(d.actors)) - {""} for d in (first, later)]
    targets = [set(entity_codes(d.recipients)) - {""} for d in (first, later)]
    return bool(doers[0]) and doers[0] == doers[1] and (
        later.default_recipient or not targets[1] or not targets[0] or bool(targets[0] & targets[1]))


SUMMONING_RULES = {"ACCUSE/summon"}
TITLE_SPELLINGS = {"defense": "defence"}


def _portfolio(title: str) -> str:
    """The portfolio word of a minister's title ("Defence Minister Suren Papikyan" -> "defence"), or ""."""
    words = re.findall(r"[a-z]+", title.lower())
    if "minister" not in words or words.index("minister") == 0:
        return ""
    word = words[words.index("minister") - 1]
    return TITLE_SPELLINGS.get(word, word)


def _minister_of_that_ministry(speaker: Entity, body: Entity) -> bool:
    """A minister who speaks for the ministry that acted ("Armenia's Defence Ministry summoned the Russian attache ...
    Defence Minister Suren Papikyan told lawmakers"): the portfolio word of the title is in the ministry's name (not
    a president or a prime minister, who speak for themselves)."""
    portfolio = _portfolio(speaker.office or speaker.entity_text)
    words = re.findall(r"[a-z]+", f"{body.entity_text} {body.identifier_text}".lower())
    name = [TITLE_SPELLINGS.get(w, w) for w in words]
    if "mfa" in name:
        name += ["foreign", "ministry"]
    return bool(portfolio) and "ministry" in name and portfolio in name


def _minister_echoes_summons(a: Draft, b: Draft) -> bool:
    """A minister's condemning words told after the summons his own ministry made, on the same matter and day
    ("Armenia's Defence Ministry on Monday summoned the Russian military attache over the drills. 'Holding such
    activities without coordination is unacceptable,' Defence Minister Suren Papikyan told lawmakers on Monday"):
    one ACCUSE (round 28), whoever the later words seem to be told to (an audience is no target)."""
    if a.event != "ACCUSE" or a.sent_index == b.sent_index:
        return False
    summons, words = (a, b) if a.hit.rule.id in SUMMONING_RULES else (b, a)
    if summons.hit.rule.id not in SUMMONING_RULES or words.hit.rule.id in SUMMONING_RULES \
            or words.sent_index < summons.sent_index or len(summons.actors) != 1 or len(words.actors) != 1:
        return False
    doers = set(entity_codes(summons.actors))
    if set(entity_codes(words.actors)) != doers or "" in doers:
        return False
    if not set(entity_codes(words.recipients)) - {""} <= doers | set(entity_codes(summons.recipients)):
        return False
    return _minister_of_that_ministry(words.actors[0], summons.actors[0])


SEPARATE_WORDS = word_set("separate_meeting_words")


def _counterparts_met(verb: "Token") -> list["Token"]:
    """The people met in each "with" phrase of a meeting verb or its talks noun, coordinated phrases and names
    included ("held separate talks with Zhaksylykov and with Belousov", "met separately with A and B")."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with"]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ == "with"]
    objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return objs + [c for o in objs for c in o.conjuncts]


def _told_as_separate_meetings(verb: "Token") -> bool:
    """"held separate talks with A and with B", "met separately with A and B": one meeting per counterpart."""
    return any(c.lower_ in SEPARATE_WORDS and c.dep_ in ("advmod", "amod")
               for h in [verb] + [c for c in verb.children if c.dep_ == "dobj"] for c in h.children)


def separate_meetings(drafts: Sequence[Draft], index: "MentionIndex") -> list[Draft]:
    """A meeting told as separate talks with several counterparts is one CONSULT per counterpart (the actor ->
    each counterpart's state): "Dong Jun held separate talks with Kazakh Defence Minister Ruslan Zhaksylykov and with
    Russian Defence Minister Andrei Belousov", "Putin met separately with the presidents of Tajikistan and
    Kyrgyzstan"; where the visitors were made the actors, each visitor -> the host). The first counterpart stays with
    the draft; the others are returned as new drafts."""
    added: list[Draft] = []
    for d in drafts:
        if d.verdict != "coded" or d.event != "CONSULT" or d.hit.nominal or not d.actors:
            continue
        verb = d.sent.doc[d.hit.token_i]
        if not _told_as_separate_meetings(verb):
            continue
        met = [e for e in entities_of(_counterparts_met(verb), index) if e.code]
        guests = set(entity_codes(d.actors)) & {e.code for e in met}  # (visitors made the actors: visitor -> host)
        host = set(entity_codes(d.recipients if guests else d.actors))
        each: dict[str, Entity] = {}
        for e in ([] if guests else [e for e in d.recipients if e.code]) + met:
            if e.code not in host:
                each.setdefault(e.code, e)
        if len(each) < 2:
            continue
        first, *rest = each.values()
        d.mode = "" if d.mode == "multilateral" else d.mode
        d.default_recipient, d.both_parties = False, False
        if guests:
            d.actors = [first]
            d.actor_reason += "; separate talks: one meeting per counterpart"
        else:
            d.recipients = [first]
            d.recipient_reason += "; separate talks: one meeting per counterpart"
        for e in rest:
            why = f"separate talks: the meeting with '{e.entity_text}'"
            added.append(dataclasses.replace(d, actors=[e], actor_reason=why, inferred=set(d.inferred)) if guests else
                         dataclasses.replace(d, recipients=[e], recipient_reason=why, inferred=set(d.inferred)))
    return added


def _same_talks(a: Draft, b: Draft) -> bool:
    """Two mentions of talks in different sentences can be one meeting only if both are calls or neither is (what was
    discussed, and a mediation, may be told of a call), and on the same day when both days are known ("held their
    sixth round of talks in Kars" on the lead's Thursday, "Fidan also phoned Mirzoyan on Friday": two)."""
    if (a.mode == "phone") != (b.mode == "phone"):
        other = b if a.mode == "phone" else a
        if other.mode in ("", "visit", "multilateral") \
                and other.sent.doc[other.hit.token_i].lemma_.lower() not in TOPIC_TALK_VERBS:
            return False  # (not what was discussed, which a call is told with: "the presidents discussed ...")
    def day(d: Draft) -> dt.date | None:
        known = d.date is not None and d.date.date is not None and not d.date.told and (
            d.date.date_text or d.date.reason.startswith((EPISODE_DAY, OCCASION_DAY)))
        return d.date.date if known else None
    return day(a) is None or day(b) is None or day(a) == day(b)


RETOLD_ACT_NOUNS = word_set("retold_act_nouns")


def dated_by_the_scene(d: Draft) -> bool:
    """A later mention dated by the dated act told before it rather than by words of its own ("The man was killed
    early on Wednesday. The four others were detained the same day"): it has a day of its own all the same."""
    return d.date is not None and d.date.date is not None and d.date.reason.startswith(EPISODE_DAY) \
        and "'" in d.date.reason


def detail_of_told_act(a: Draft, b: Draft) -> bool:
    """A lead that tells an act on the report's day and a later sentence that tells it again in detail, with its own
    earlier day, of the people it points back to ("The GKNB said on Thursday it had detained four men ... The
    suspects, all Kyrgyz citizens, were detained on Tuesday in raids in Osh"): one act, whatever the lead's guessed
    recipient."""
    told, detail = (a, b) if a.sent_index < b.sent_index else (b, a)
    if told.date is None or detail.date is None or not told.date.told or detail.date.told \
            or not (detail.date.date_text or dated_by_the_scene(detail)):
        return False
    ca, cd = set(entity_codes(told.actors)) - {""}, set(entity_codes(detail.actors)) - {""}
    if ca and cd and not ca & cd:
        return False
    tok = detail.sent.doc[detail.hit.token_i]
    verb = clause_verb(tok) if detail.hit.nominal else tok
    patients = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(any(c.lower_ in DEFINITE_DETS for c in p.children) and not any(
        c.lower_ in NEW_ACT_WORDS for c in p.children) for p in patients)


def _retold_by_subject(d: Draft) -> bool:
    """A mention whose subject is a definite noun naming the act told before ("The blast also wounded 11 civilians",
    "The agreement was reached in the Turkish city of Kars", "The cut also interrupted the swap to Turkey"): the same
    act told again."""
    tok = d.sent.doc[d.hit.token_i]
    verb = clause_verb(tok) if d.hit.nominal else tok
    subjects_ = subjects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(s.lemma_.lower() in RETOLD_EVENT_NOUNS | RETOLD_ACT_NOUNS
               and any(c.lower_ in ("the", "this", "that") for c in s.children) for s in subjects_)


def _marked_as_another(d: Draft) -> bool:
    """A mention that says it is another act: "Protesters later stormed ...", "spoke again", "detained a second
    activist", "jailed another 11 members", "a second shooting incident", "Missiles also hit Lviv", "Separately, ..."
    ("also" not for verbal acts: "the ministers also discussed", "the leaders also adopted a declaration" add to the
    same meeting)."""
    tok = d.sent.doc[d.hit.token_i]
    if d.hit.nominal and claimed_act(tok):
        return False  # "Islamic State later claimed the bombing": "later" tells the claim, not a second act
    verb = clause_verb(tok) if d.hit.nominal else tok
    if any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in verb.children) and not _quoted_again(d, verb):
        return True
    if _retold_by_subject(d):
        return False  # "The blast also wounded 11 civilians", "The assault also killed three": the same act
    nouns = [tok] if d.hit.nominal else []
    nouns += [o for o in objects(verb) + subjects(verb)]  # (not victims: "another 119 were wounded in the blast")
    if any(c.lower_ in NEW_ACT_WORDS and c.dep_ in ("amod", "det", "nummod", "advmod", "quantmod")
           for n in nouns for c in n.children):
        return True
    if d.event not in VERBAL_TYPES and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return True
    return _told_as_separate(d, verb)


def _told_as_separate(d: Draft, verb: "Token") -> bool:
    """A mention its sentence calls separate: "Separately, ...", "Ukraine's General Staff said separately that ...",
    "In a separate repatriation on the same day, Ukraine received the bodies ..." (a separate act, never a retelling)."""
    if any(t.lower_ == "separately" for t in d.sent[:3]):
        return True
    if verb.dep_ != "relcl" and any(c.lower_ == "separately" for c in verb.children):
        return True  # (not "a corridor ..., which is being negotiated separately": a clause describing a noun)
    if verb.dep_ != "relcl" and any(c.lower_ == "separately" for v in verb.ancestors for c in v.children) \
            and _names_its_own_setting(verb) and not _points_back_to_an_act(verb):
        return True  # "the ministry said separately that Azerbaijani troops had fired on the village of Kut"
    for t in d.sent:
        if t.lower_ == "separate" and t.dep_ == "amod" and t.head.dep_ == "pobj" and t.head.head.dep_ == "prep" \
                and t.head.head.head in [verb, *verb.ancestors]:
            return True  # (also a clause under it: "In a separate repatriation, Ukraine received ..., while it handed")
    return False


def _names_its_own_setting(verb: "Token") -> bool:
    """The clause names a day, a time or a named place of its own, outside its subject ("had fired on the village of Kut",
    "launched 47 assaults near Pokrovsk on Sunday"); not "its forces had hit Ukrainian energy infrastructure", which
    may be the other side's telling of the same strikes."""
    doers = {t.i for s in subjects(verb) for t in s.subtree}
    return any((t.ent_type_ in ("DATE", "TIME") or t.pos_ == "PROPN") and t.i not in doers for t in verb.subtree)


def _points_back_to_an_act(verb: "Token") -> bool:
    """The clause names an act told before with a definite noun ("The air force said separately that Russia launched
    120 drones in the attack"): a second source of the same act, not a second act."""
    return any(t.lemma_.lower() in RETOLD_EVENT_NOUNS and any(c.lower_ in DEFINITE_DETS for c in t.children)
               for t in verb.subtree)


def _another_meeting(first: Draft, later: Draft) -> bool:
    """A later meeting told with "also" and a party of its own ("Wang Yi and his counterparts ... met in Almaty. Wang
    also held talks with Kazakh Foreign Minister Kosherbayev"; "Putin met Xi. He also met Modi"): a meeting beside the
    first, when the party met was not named in it or the first had more than two parties (not "the ministers also
    discussed trade": what a meeting discussed)."""
    if later.event != "CONSULT" or later.hit.nominal or later.mode == "phone":
        return False
    verb = later.sent.doc[later.hit.token_i]
    if verb.lemma_.lower() in TOPIC_TALK_VERBS or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return False
    met = set(entity_codes(later.recipients)) - {""}
    if later.default_recipient or not met:
        return False
    before = set(_participants(first)) - {""}
    return not met <= before or len(before) > 2 and len(met | set(entity_codes(later.actors)) - {""}) <= 2


def _quoted_again(d: Draft, verb: "Token") -> bool:
    """A speaker's quoted "again" on an act with no named doer ('"The enemy again struck at a peaceful village,"
    Gladkov wrote', '"They hit the city again while people were waiting for buses," he said'): the attack just told,
    restated as one more of its kind, no second act (not "later", nor a quoted act whose doer is named)."""
    return not entity_codes(d.actors) and in_quotation(verb) and not any(
        c.dep_ == "advmod" and c.lower_ in LATER_WORDS - {"again"} for c in verb.children)


def _strikes_on_each_other(a: Draft, b: Draft) -> bool:
    """Attacks in opposite directions told in sentences of their own, each by a named side on the other ("Russia
    launched 120 drones at Ukraine overnight. Hours later Ukraine's General Staff said its drones had struck an oil
    pumping station in Bryansk"): two attacks, not one clash told twice (a clash word or returned fire is one clash:
    "Tajik guards fired on smugglers ... the guards returned fire")."""
    if a.event != "ASSAULT" or a.hit.rule.reciprocal or b.hit.rule.reciprocal or a.default_recipient or b.default_recipient:
        return False
    ca, ra, cb, rb = (set(entity_codes(x)) - {""} for x in (a.actors, a.recipients, b.actors, b.recipients))
    if not (ca and ra and cb and rb) or ca & cb or not (ca & rb and cb & ra):
        return False
    if all(SPEAKERS_OWN_SIDE in d.recipient_reason for d in (a, b)):
        return False  # "Armenia said Azerbaijani forces fired on its positions. Azerbaijan said Armenian units had shot at
        # its posts": each side blames the other for one clash
    return not any(_fire_returned(d) for d in (a, b))


def _fire_returned(d: Draft) -> bool:
    """Fire answered in the same exchange: "returned fire", "fired back", "shot back"."""
    tok = d.sent.doc[d.hit.token_i]
    verb = clause_verb(tok) if d.hit.nominal else tok
    return any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children) or (
        verb.lemma_.lower() == "return" and any(o.lemma_.lower() == "fire" for o in objects(verb)))


def _later_clause(first: Draft, second: Draft) -> bool:
    """The second mention is in a clause of its own, with its own subject, that says it came later ("Several hundred
    supporters gathered outside the court, and about 40 of them later blocked the highway"; not "protesters later
    stormed the building in an assault": one clause)."""
    verbs = [clause_verb(d.sent.doc[d.hit.token_i]) if d.hit.nominal else d.sent.doc[d.hit.token_i] for d in (first, second)]
    verb = verbs[1]
    return verbs[0].i != verb.i and any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


DEED_PER_VERB = type_set("deed_per_verb")


def _other_deed(a: Draft, b: Draft) -> bool:
    """Two verbs of a type whose every verb is a deed of its own ("signed a joint declaration ... thanked him for his
    hospitality ... backed his proposal"): different acts of the same pair, unless one is a noun that names the act
    again ("the signing") or both use the same verb."""
    if a.event not in DEED_PER_VERB or a.hit.nominal or b.hit.nominal:
        return False
    return a.sent.doc[a.hit.token_i].lemma_.lower() != b.sent.doc[b.hit.token_i].lemma_.lower()


def _mutual_swap(d: Draft) -> bool:
    """A swap told as one act of two sides on each other ("Belarus and Lithuania exchanged prisoners")."""
    codes = set(entity_codes(d.actors)) - {""}
    return d.hit.rule.reciprocal and len(codes) >= 2 and codes == set(entity_codes(d.recipients)) - {""}


PARTITIVE_DETS = word_set("partitive_dets")
PARTITIVE_HEADS = word_set("partitive_heads")


def _part_of_the_crowd(d: Draft) -> bool:
    """A mention whose doers are a part of a crowd told before: "some protesters", "about 40 of them", "a group of
    demonstrators", "some of the marchers"."""
    tok = d.sent.doc[d.hit.token_i]
    return _partitive_subject(subjects(clause_verb(tok) if d.hit.nominal else tok))


def _partitive_subject(heads: Sequence["Token"]) -> bool:
    """Subjects that name a part of a group told before ("about 40 of them", "some protesters")."""
    for subj in heads:
        if any(c.dep_ in ("det", "amod") and c.lower_ in PARTITIVE_DETS for c in subj.children):
            return True
        of_what = prep_objects(subj, ("of",))
        if of_what and (subj.lemma_.lower() in PARTITIVE_HEADS | PARTITIVE_DETS or subj.like_num) and (
                subj.lemma_.lower() in PARTITIVE_HEADS or any(p.lower_ in ("them", "those") or any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in p.children) for p in of_what)):
            return True
    return False


CUSTODY_ORDER_RULES = {"COERCE/remand", "COERCE/order_held"}
SUMMONS_RULES = {"MOBILIZE/serve_summons", "MOBILIZE/serve_summons_callup"}  # call-up papers served on people


def _custody_order(d: Draft) -> bool:
    """A court's order to hold someone ("a court ordered him held for two months", "was remanded in custody"), which is
    an arrest of its own beside the detention by the police or a security service (team decision, round 26)."""
    return d.event == "COERCE" and d.mode == "arrest" and (
        d.hit.rule.id in CUSTODY_ORDER_RULES or any(a.sector == "JUD" for a in d.actors))


HANDOVER_RULES = {"RETREAT/hand_over"}
HANDED_PERSON_RULES = {"COOPERATE/extradite", "COOPERATE/hand_over_suspect", "COOPERATE/approve_extradition"}


def _handed_people_told(handover: Draft) -> bool:
    """The subject of a handover names people told before: a pronoun or a part of them ("He was handed over to Uzbek
    officers", "Eighteen of them were driven to the border and handed over to U.S. diplomats")."""
    verb = handover.sent.doc[handover.hit.token_i]
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # ("were driven to the border and handed over": the subject of the first verb)
    heads = subjects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(h.tag_ == "PRP" and h.lower_ not in ("we", "i", "you", "it") for h in heads) \
        or _partitive_subject(heads)


def fold_handovers(drafts: Sequence[Draft]) -> None:
    """A handover of people the story has just told released or extradited ("had been extradited by Kazakhstan. He was
    handed over to Uzbek officers at the border on Tuesday"; "Belarus freed 31 prisoners on Thursday. Eighteen of them
    were ... handed over to U.S. diplomats, Lithuania's Foreign Ministry said"): the same act told again (README round
    25: an extradition is one COOPERATE), never a release by the ministry that reports it. The told act takes the
    handover's own day when it has only the report's."""
    for d in drafts:
        if d.verdict != "coded" or d.hit.rule.id not in HANDOVER_RULES or not _handed_people_told(d):
            continue
        act = next((x for x in drafts if x is not d and x.verdict == "coded" and 0 <= d.sent_index - x.sent_index <= 1
                    and x.hit.token_i < d.hit.token_i and (x.hit.rule.id in HANDED_PERSON_RULES or (
                        x.event == "RETREAT" and x.mode == "release" and x.hit.rule.id not in HANDOVER_RULES))), None)
        if act is None:
            continue
        d.verdict = f"merged: the handover of the people of the {act.event} told before (sentence {act.sent_index + 1})"
        if d.date is not None and d.date.date_text and not d.date.told and (
                act.date is None or not act.date.date_text or act.date.told):
            act.date = d.date


ACCEPTANCE_RULES = {"AGREE/accept_invitation"}
INVITATION_RULES = {"AGREE/invite"}
INVITATION_NOUNS = word_set("invitation_nouns")


def _accepts_invitation(d: Draft) -> bool:
    """An acceptance of an invitation: the rule for it, or "accepted the invitation"."""
    if d.hit.rule.id in ACCEPTANCE_RULES:
        return True
    tok = d.sent.doc[d.hit.token_i]
    return d.event == "AGREE" and not d.hit.nominal and any(o.lemma_.lower() in INVITATION_NOUNS for o in objects(tok))


def answer_invitations(drafts: Sequence[Draft]) -> None:
    """An acceptance told with no one accepting ("Mirziyoyev invited Erdogan to visit Samarkand, and the invitation
    was accepted"): the invitee accepts, to the inviter (an invitation and its acceptance are two AGREE events,
    README round 26). The roles come from the latest invitation coded before it in its sentence or the one before; an
    invitee named as accepting with only a guessed recipient ("and the Kazakh president accepted the invitation")
    accepts it from the inviter."""
    for n, d in enumerate(drafts):
        if d.verdict != "coded" or not _accepts_invitation(d):
            continue
        invitation = next((x for x in reversed(drafts[:n]) if x.verdict == "coded" and x.hit.rule.id in INVITATION_RULES
                           and 0 <= d.sent_index - x.sent_index <= 1 and any(r.code for r in x.recipients)), None)
        if invitation is None or invitation.default_recipient:
            continue
        if not any(x.code for x in d.actors):
            d.actors, d.recipients = list(invitation.recipients), list(invitation.actors)
            d.default_recipient = False
        elif d.default_recipient and set(entity_codes(d.actors)) - {""} <= set(entity_codes(invitation.recipients)):
            d.recipients, d.default_recipient = list(invitation.actors), False


def _one_charge(a: Draft, b: Draft) -> bool:
    """Two ACCUSE mentions of one sentence with the same speaker and target, one told inside the other's words or
    coordinated with it ("told reporters that India had sabotaged the meeting and accused New Delhi of financing
    militants", "condemned the strike, calling it a war crime"): one accusation, whatever its two modes."""
    if a.event != "ACCUSE" or b.event != "ACCUSE" or a.sent_index != b.sent_index:
        return False
    roles = [(set(entity_codes(d.actors)) - {""}, set(entity_codes(d.recipients)) - {""}) for d in (a, b)]
    if not all(r[0] and r[1] for r in roles) or roles[0] != roles[1] or a.default_recipient or b.default_recipient:
        return False
    va, vb = (clause_verb(d.sent.doc[d.hit.token_i]) if d.hit.nominal else d.sent.doc[d.hit.token_i] for d in (a, b))
    return va.i != vb.i and (_holds(va, vb) or _holds(vb, va))


def _patients_of_told_act(first: Draft, later: Draft) -> bool:
    """A later mention whose subject is the people or things of the first act, named by that act's own participle
    ("Belarus freed 18 political prisoners ... The freed prisoners were driven to the border and handed over to U.S.
    diplomats", "The released detainees were flown home"): the first act told again."""
    told = first.sent.doc[first.hit.token_i]
    if first.hit.nominal:
        return False
    tok = later.sent.doc[later.hit.token_i]
    verb = clause_verb(tok) if later.hit.nominal else tok
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # ("were driven to the border and handed over": the subject of the first verb)
    heads = subjects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(any(c.lower_ in DEFINITE_DETS for c in s.children) and any(
        c.dep_ in ("amod", "acl") and c.tag_ in ("VBN", "JJ") and c.i < s.i
        and (c.lemma_.lower() == told.lemma_.lower() or c.lower_ == told.lower_) for c in s.children) for s in heads)


def _ground_taken(d: Draft) -> bool:
    """A seizure of ground ("captured the town of Kiwanja") rather than of goods ("seized a stock of weapons")."""
    return "territory" in d.hit.rule.contexts


def _headline_told_again(a: Draft, b: Draft) -> bool:
    """The story's headline and a body sentence telling the same act ("Iran seizes foreign tanker, detains crew in the
    Gulf ... Iran's Revolutionary Guards navy seized the Marshall Islands-flagged tanker ... on Sunday"): one act, of
    the same mode, by the same doer (or one the headline leaves unnamed)."""
    title, body = sorted((a, b), key=lambda d: d.sent_index)
    if not title.sent_index == 0 < body.sent_index or title.mode != body.mode or not is_headline(title.sent):
        return False
    doers = set(entity_codes(title.actors)) - {""}
    return not doers or bool(doers & set(entity_codes(body.actors)))


def same_event(a: Draft, b: Draft) -> bool:
    """One real-world event told twice in a story: same type, compatible date, and the countries taking
    part in one mention are all among those of the other (a mention with no country fits any; "A fired on
    B" and "B fired on A" are one clash). Exact role matches always merge."""
    if a.event != b.event or not _dates_compatible(a, b):
        return False
    if a.swap_of == b.hit.token_i or b.swap_of == a.hit.token_i:
        return False  # the two halves of a swap
    if a.event == "RETREAT" and a.sent_index == b.sent_index and _mutual_swap(a) != _mutual_swap(b):
        return False  # "exchanged prisoners, with Minsk freeing three Lithuanians": the swap holds the half not told
    if a.event == "AGREE" and (a.hit.rule.id in ACCEPTANCE_RULES) != (b.hit.rule.id in ACCEPTANCE_RULES):
        return False  # "invited Erdogan to visit Samarkand, and the invitation was accepted": two AGREE (convention)
    if _one_charge(a, b):
        return True  # "Asif told reporters that India had sabotaged the meeting and accused New Delhi of financing
        # militants": one speaker's one charge against one target
    if a.event not in STORY_MERGED_TYPES and a.mode and b.mode and a.mode != b.mode:
        return False  # an arrest and a seizure, an allegation and a protest note: two acts
    if a.event == "COERCE" and a.mode == b.mode == "seize" and _ground_taken(a) != _ground_taken(b):
        return False  # "Rebels captured the town of Kiwanja and seized a large stock of weapons": two things taken
    if a.event == "ASSAULT" and (a.mode == "abduct") != (b.mode == "abduct"):
        return False  # "captured and executed four fighters", "was shot down and captured by guerrillas": two acts
    if a.event == "PROTEST" and (a.mode == "hunger") != (b.mode == "hunger"):
        return False  # "she had been on hunger strike since Monday. Several dozen supporters gathered outside": two acts
    if a.event == "PROTEST" and a.sent_index != b.sent_index and {a.mode, b.mode} == {"demo", "obstruct"} \
            and _part_of_the_crowd(max(a, b, key=lambda d: d.sent_index)):
        return False  # "Thousands marched through Yerevan. Some protesters sat down on Nalbandyan Street and blocked
        # traffic": a part of the crowd doing another kind of act (a blockade beside the march)
    if a.event == "MOBILIZE" and a.sent_index != b.sent_index \
            and (a.hit.rule.id in SUMMONS_RULES) != (b.hit.rule.id in SUMMONS_RULES):
        return False  # "Putin on Tuesday signed a decree calling up 135,000 conscripts ... During a raid on Wednesday,
        # police handed summonses to 22 newly naturalised citizens": the summonses are a call-up of their own
    if a.event == "COERCE" and a.sent_index != b.sent_index and not (a.hit.nominal or b.hit.nominal) \
            and _custody_order(a) != _custody_order(b):
        return False  # "The FSB said it had detained a Kursk man ... A court on Wednesday ordered him held": two arrests
    later = max(a, b, key=lambda d: d.sent_index)
    if a.sent_index == b.sent_index and _later_clause(*sorted((a, b), key=lambda d: d.hit.token_i)):
        return False  # "Several hundred supporters gathered outside the court, and about 40 of them later blocked the
        # highway": a second act told after the first in the same sentence
    if a.sent_index != b.sent_index and (_other_deed(a, b) or _strikes_on_each_other(a, b)):
        return False  # "signed a declaration ... thanked him ... backed the proposal", "Russia launched drones at
        # Ukraine ... Ukraine's drones struck a pumping station in Bryansk": each its own act
    if a.sent_index != b.sent_index and (_strikes_back(a, b) or _strikes_back(b, a) or _marked_as_another(later)):
        return False  # "Security forces killed 13 of the attackers", "jailed another 11", "Protesters later stormed"
    if a.sent_index != b.sent_index and _another_meeting(min(a, b, key=lambda d: d.sent_index), later):
        return False  # "Wang Yi and his counterparts from the five Central Asian republics met in Almaty. Wang also held
        # talks with Kazakh Foreign Minister Kosherbayev": a bilateral meeting beside the six-party one
    if _minister_echoes_summons(a, b):
        return True  # "the Defence Ministry summoned the Russian attache ... 'This is unacceptable,' Defence Minister
        # Suren Papikyan told lawmakers on Monday": the ministry's one protest
    if _warning_quoted_again(a, b):
        return True  # "the Foreign Ministry on Thursday warned that Moscow would respond in kind ... 'Our response will
        # follow,' spokeswoman Maria Zakharova told her weekly briefing": one warning
    if a.sent_index != b.sent_index and _said_by_other_speakers(a, b):
        return False  # "Moldova's Foreign Ministry summoned the Russian ambassador ... 'This is unacceptable,' President
        # Maia Sandu wrote": each speaker's own protest
    if a.sent_index != b.sent_index and _patients_of_told_act(min(a, b, key=lambda d: d.sent_index), later):
        return True  # "Belarus freed 18 political prisoners. The freed prisoners were ... handed over to U.S.
        # diplomats": the same release told again, whoever the later sentence's speaker
    guessed = a.both_parties and b.both_parties  # third parties guessed to address both states are not "exact" (one
    # mention naming them confirms the other's guess: "Turkey called for the war ... to be kept away from shipping. In a
    # statement, the Turkish foreign ministry urged Moscow and Kyiv to show restraint")
    if (entity_codes(a.actors), entity_codes(a.recipients)) == (entity_codes(b.actors), entity_codes(b.recipients)) \
            and not (guessed and a.sent_index != b.sent_index and a.event not in STORY_MERGED_TYPES):
        return True
    if _headline_told_again(a, b):
        return True
    if a.event not in STORY_MERGED_TYPES and a.sent_index != b.sent_index and not _retold_by_subject(later) \
            and not detail_of_told_act(a, b):
        return False
    if a.sent_index != b.sent_index and _retold_by_subject(later) and not entity_codes(later.actors):
        return True  # "The deal was reached in Tbilisi": the agreement told before, whatever the place suggests
    if a.event == "CONSULT" and a.sent_index == b.sent_index and (not a.actors or not b.actors):
        return True  # "met Putin at the Kremlin, where they discussed Iran": the talks are the meeting
    if a.event == "CONSULT" and a.sent_index == b.sent_index and (hosting(a) or hosting(b)):
        return True  # "met in Abu Dhabi in talks hosted by the UAE"
    def fits(x: Sequence[Entity], y: Sequence[Entity]) -> bool:
        cx, cy = set(entity_codes(x)), set(entity_codes(y))
        return not cx or not cy or bool(cx & cy)

    if a.sent_index == b.sent_index and entity_codes(a.actors) and entity_codes(b.actors) \
            and not set(entity_codes(a.actors)) & set(entity_codes(b.actors)):
        return False  # "Hezbollah fired rockets into Israel as Israeli jets bombed Beirut": each side's own act
    if a.sent_index == b.sent_index and entity_codes(a.actors) and entity_codes(b.actors) and _separate_clauses(a, b):
        return False  # "clashes erupted on the border, and Ethiopian jets bombed Asmara airport": two acts
    ca, cb = set(entity_codes(a.actors)) - {""}, set(entity_codes(b.actors)) - {""}
    ra, rb = set(entity_codes(a.recipients)) - {""}, set(entity_codes(b.recipients)) - {""}
    if a.event != "CONSULT" and ca and cb and not ca & cb \
            and not ((ca & rb or cb & ra) and (not rb or ca & rb) and (not ra or cb & ra)):
        return False  # "Belarus ordered a snap check ... Lithuania's units had been placed on heightened readiness": each
        # side's own act (one clash told from both sides keeps each as the other's target, as far as told: "Afghan
        # guards fired on a Tajik patrol ... The Tajik guards returned fire")
    if a.event == "CONSULT" and a.sent_index != b.sent_index and not _same_talks(a, b):
        return False  # "held their sixth round of talks in Kars ... Fidan also phoned Mirzoyan on Friday"
    if a.event in ANSWERABLE_TYPES and entity_codes(a.actors) and entity_codes(b.actors) \
            and not set(entity_codes(a.actors)) & set(entity_codes(b.actors)) and set(entity_codes(a.actors)) <= set(entity_codes(b.recipients)):
        return False  # "The EU imposed sanctions on China ... China hit back, announcing sanctions on Europeans": an answer
    pa, pb = _participants(a), _participants(b)
    if pa <= pb or pb <= pa:
        return True
    return (fits(a.actors, b.actors) and fits(a.recipients, b.recipients)) or \
        (fits(a.actors, b.recipients) and fits(a.recipients, b.actors))


IRREGULAR_SECTORS = {"UAF", "CRM", "REB"}
ARMED_GROUP_SECTORS = {"UAF", "REB"}
LATER_WORDS = word_set("later_words")


def _strikes_back(attack: Draft, response: Draft) -> bool:
    """Security forces acting on the attackers of an earlier mention ("Gunmen attacked a base ... Security
    forces killed 13 of the attackers"): the response is an event of its own, not the attack told again."""
    attack_sectors = {a.sector for a in attack.actors}
    if response.sent_index <= attack.sent_index or attack_sectors & FORCE_SECTORS \
            or not any(a.sector in FORCE_SECTORS for a in response.actors):
        return False
    if attack_sectors & IRREGULAR_SECTORS:  # "Gunmen killed 305 worshippers ... its aircraft destroyed their vehicles"
        return not attack_sectors & {a.sector for a in response.actors}
    # an attack with no named doer ("Four cyclists were killed"), then forces acting on attackers
    return not attack_sectors and bool({r.sector for r in response.recipients} & IRREGULAR_SECTORS)


def _separate_clauses(a: Draft, b: Draft) -> bool:
    """Two mentions in clauses of their own: each clause verb has its own subject and neither clause holds the
    other ("clashes erupted ..., and jets bombed ..."; not "attacked the post, killing two")."""
    verbs = []
    for d in (a, b):
        tok = d.sent.doc[d.hit.token_i]
        verb = clause_verb(tok) if d.hit.nominal else tok
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        verbs.append(verb)
    first, second = verbs
    return first.i != second.i and not _holds(first, second) and not _holds(second, first)


def _holds(outer: "Token", inner: "Token") -> bool:
    """`inner` sits inside `outer`'s clause (coordination does not count: "X erupted, and jets bombed")."""
    cur = inner
    deps: list[str] = []
    while cur.head.i != cur.i:
        deps.append(cur.dep_)
        if cur.head.i == outer.i:
            return any(d != "conj" for d in deps)
        cur = cur.head
    return False


def fill_roles(d: Draft, other: Draft) -> None:
    """A merged mention takes the roles it lacks from the other mention ("soldiers were killed" +
    "Azerbaijani forces shelled" -> AZE against ARM), unless that would put one country on both sides."""
    if not any(a.code for a in d.actors) and any(a.code for a in other.actors) \
            and not set(entity_codes(other.actors)) & set(entity_codes(d.recipients)):
        d.actors = list(other.actors)
    if not any(r.code for r in d.recipients) and any(r.code for r in other.recipients) \
            and not set(entity_codes(other.recipients)) & set(entity_codes(d.actors)):
        d.recipients = list(other.recipients)


def may_date(weaker: Draft, stronger: Draft) -> bool:
    """Whether a merged mention's own day may date the kept one: not when both are in one sentence and that day was
    found to date another clause than the kept act's ("Khurelsukh, who arrived on Tuesday evening, held talks with
    Mirziyoyev": the arrival's day is not the talks')."""
    if weaker.sent_index != stronger.sent_index or weaker.date is None or weaker.date.start is None:
        return True
    tok = token_at(stronger.sent, weaker.date.start + stronger.sent.start_char)
    kept = stronger.sent.doc[stronger.hit.token_i]
    head = clause_verb(kept) if stronger.hit.nominal else kept
    return tok is None or not (dates_another_act(tok, head, weaker.date.exact_day) or day_above_the_clause(tok, head))


def _talk_retold(d: Draft) -> bool:
    """A CONSULT told by what was discussed, with no mode of its own ("The two ministers discussed the railway
    project"), which retells a meeting (round 27)."""
    return d.event == "CONSULT" and not d.mode and not d.hit.nominal \
        and d.sent.doc[d.hit.token_i].lemma_.lower() in TOPIC_TALK_VERBS


def strength(d: Draft) -> tuple[int, int, int, int, float]:
    """Which mention of a merged event to keep: a visit before a "discussed" sentence that retells it ("Wang held talks
    with Kulubaev, who had travelled to Shanghai ... The two ministers discussed ...": the visit, guest -> host),
    then most countries, then a named actor, then its own date, then confidence (the kept mention takes a merged
    mention's date when it has none of its own: see analysis._finish)."""
    return (int(not _talk_retold(d)), len(_participants(d)), int(any(a.code for a in d.actors)),
            int(bool(d.date and d.date.date_text and not d.date.told)), d.confidence)


def merge_reason(weaker: Draft, stronger: Draft) -> str:
    pw, ps = _participants(weaker), _participants(stronger)
    who = "same actors" if pw == ps else ("no countries named" if not pw else "countries " + "+".join(sorted(pw)) + " within " + "+".join(sorted(ps)))
    return f"{stronger.event}, {who}, sentence {stronger.sent_index + 1}"
