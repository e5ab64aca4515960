"""Roles read from an event's place, once the geocoder has located it: a recipient-less act takes the country
where it happened ("attacked villages in Chechnya"), a state-sector actor with no country the country it acts in,
and a bloc's summit its host. `rules.RulesCoder` runs these after event location; `analysis` coded the events."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING
from tocsin.coding.analysis import StoryAnalysis
from tocsin.coding.word_lists import type_set, word_set
from tocsin.coding.background import VIOLENT_TYPES
from tocsin.coding.roles import DIRECTED_DEFAULT, DOMESTIC_DEFAULT
from tocsin import nlp
from tocsin.types import Entity, Event, Location

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


LOCATED_SECTORS = {"COP", "GOV", "JUD", "SPY", "LEG", "MIL", "REB"}  # insurgents mostly fight at home
LOCAL_SECTORS = {"COP", "CVL", "JUD"}  # police and courts act where they are, and so do crowds in local acts
LOCAL_ACT_TYPES = DOMESTIC_DEFAULT | VIOLENT_TYPES | {"PROTEST"}


_PLACED_IN = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?(?:[a-z-]+\s+)?")


def _placed_in(e: Event, actor: Entity, loc: Location) -> bool:
    """"Soldiers in Mandalay", "Authorities in Mashhad", "rebels in northern Cabinda": the actor is placed by the
    very place the event is located at."""
    if actor.end is None or loc.start is None or loc.start < actor.end:
        return False
    offset = e.text_info.start
    return _PLACED_IN.fullmatch(e.event_text[actor.end - offset:loc.start - offset]) is not None


DESTINATION_PREPS = {"to", "into"}


def _destination_of_act(e: Event, loc: Location, doc: "Doc | None") -> bool:
    """Whether the event's place is where the act sends someone, not where it is done: "He was deported to Dushanbe",
    "were flown to Kabul": the deporting state is not the destination's (a "to" or "into" phrase on the trigger)."""
    if doc is None or e.trigger_start is None or loc.start is None:
        return False
    trigger = doc.char_span(e.trigger_start, e.trigger_end or e.trigger_start + 1, alignment_mode="expand")
    place = doc.char_span(loc.start, loc.end or loc.start + 1, alignment_mode="expand")
    if trigger is None or place is None or not len(trigger) or not len(place):
        return False
    root = place.root
    return root.dep_ == "pobj" and root.head.lower_ in DESTINATION_PREPS and root.head.head.i == trigger.root.i


PLACE_STATE_RULES = word_set("place_state_rules")


def _declared_by_place_state(e: Event) -> bool:
    """A regime that only the state of a place can declare there, told with no declarer ("A counter-terrorism operation
    regime was declared in Nalchik on Tuesday", round 30: COERCE restrict, the state -> its own state): the state of the
    place acts."""
    return e.rule.rsplit(":", 1)[-1].lower() in PLACE_STATE_RULES


def _crowd_entity(actor: Entity) -> bool:
    """A crowd of the place ("a group of residents", "a mob", "villagers"): people who act where they live."""
    words = set(re.findall(r"[a-z]+", (actor.entity_text or "").lower()))
    return bool(words & CROWD_ACTOR_WORDS)


CROWD_ACTOR_WORDS = word_set("crowd_words") | word_set("freeing_crowd_words") | word_set("plural_crowd_words")


def _state_actors_from_location(e: Event, inferred: frozenset, dateline_only: str = "",
                                doc: "Doc | None" = None) -> tuple[Event, str]:
    """A state-sector actor with no country ("Police in Almaty detained...") belongs to the country
    where the event happened. Soldiers in violence are left alone: they often fight abroad. Entities that were
    only given the story's country (`inferred`) belong to the place the sentence names: police and courts
    always, crowds in a local act ("protesters gathered in Yerevan" in a story from Baku), and anyone placed by
    it ("authorities in Mashhad"); so do the people arrested or freed there, and the victims of violence by
    someone placed there ("NAIROBI - Police in Mogadishu arrested a radio journalist")."""
    loc = e.event_loc
    if loc is None or not loc.country_code or len(loc.country_code) != 3:
        return e, ""
    if _destination_of_act(e, loc, doc):
        return e, ""
    violent = any(t in VIOLENT_TYPES for t in e.event)
    if not e.actor and "PROTEST" in e.event:  # "rallies continued in Zhanaozen": people of the place protest
        return dataclasses.replace(e, actor=(Entity(code=loc.country_code, sector="CVL"),)), \
            f"protesters of the event's country -> {loc.country_code}"
    if not e.actor and _declared_by_place_state(e):
        return dataclasses.replace(e, actor=(Entity(code=loc.country_code, sector="GOV"),)), \
            f"a regime declared with no declarer named: the state of the place -> {loc.country_code}"
    protest = "PROTEST" in e.event  # "residents of a village near Osh blocked a highway": people of the place
    told_here = loc.start is not None and e.text_info.start <= loc.start < e.text_info.end
    local_act = any(t in LOCAL_ACT_TYPES for t in e.event)

    def guessed(x: Entity, role: str) -> bool:
        return (e.id, role, x.start, x.end) in inferred and x.code != loc.country_code

    def bureau(x: Entity, role: str) -> bool:  # given only the dateline's country ("LONDON - Gunmen shot dead six
        # policemen in Peshawar"; not the army of "ANKARA - The army said it had struck militants in northern Iraq")
        return told_here and bool(dateline_only) and x.code == dateline_only and guessed(x, role) \
            and not (violent and role == "actor" and x.sector == "MIL")

    fix = [a for a in e.actor if (not a.code and (a.sector in LOCATED_SECTORS or (protest and a.sector))
                                  and not (violent and a.sector == "MIL"))
           or (told_here and not a.entity_text and a.sector == "COP" and a.code != loc.country_code)
           or (told_here and guessed(a, "actor") and a.sector in LOCAL_SECTORS and (a.sector in ("COP", "JUD") or local_act))
           or (told_here and (guessed(a, "actor") or not a.code) and a.code != loc.country_code and _placed_in(e, a, loc))
           or (told_here and violent and local_act and not a.code and a.sector == "CVL" and _crowd_entity(a))
           or bureau(a, "actor")]
    # the second kind: police inferred for an agentless arrest take the country of the place the sentence
    # names ("three Kyrgyz citizens were detained at the airport in Istanbul")
    domestic = any(t in DOMESTIC_DEFAULT for t in e.event)
    moved_guess = any(guessed(a, "actor") for a in fix)  # (not rebels with no country, who may strike foreigners)
    moved = [r for r in e.recipient
             if (told_here and (domestic or (violent and moved_guess)) and r.sector and guessed(r, "recipient"))
             or (told_here and "AID" in e.event and r.sector in ("CVL", "GOV") and guessed(r, "recipient"))  # "delivered
             # food to 2,500 residents of frontline villages in the Kherson region": people of the place; "handed over to
             # officials in Mazar-i-Sharif": its officials
             or (told_here and violent and r.sector and guessed(r, "recipient")
                 and r.code in {a.code for a in e.actor})  # "A Russian drone killed two civilians in Kherson": the
             # victims are people of the place, not of the attacker's country
             or bureau(r, "recipient")]
    if not fix and not moved:
        return e, ""
    actors = tuple(dataclasses.replace(a, code=loc.country_code) if a in fix else a for a in e.actor)
    recips = tuple(dataclasses.replace(r, code=loc.country_code) if r in moved else r for r in e.recipient)
    words = ", ".join(x.entity_text or x.sector for x in fix + moved)
    why = f"'{words}' of the event's country -> {loc.country_code}"
    if fix and not any(r.code for r in recips) and (domestic or any(m in ("investigate", "convict") for m in e.mode)):
        # "Police began detaining participants", "A court in Karaganda sentenced a man": now that the police or the
        # court have a country, the act falls on it
        filled = tuple(dataclasses.replace(r, code=loc.country_code) for r in recips) \
            or (Entity(code=loc.country_code, sector="CVL"),)
        if any(r.code for r in filled):
            return dataclasses.replace(e, actor=actors, recipient=filled), f"{why}; the act falls on the same country"
    return dataclasses.replace(e, actor=actors, recipient=recips), why


# acts whose place is where the actor spoke or decided, not whom it is aimed at: "dismissed the report ..., said in
# Geneva", "EU ministers meeting in Luxembourg ... froze their assets", "rejected the warning" in Almaty
VENUE_ONLY_TYPES = type_set("venue_only")


def _venue_of_statement(e: Event, loc: Location, doc: "Doc | None") -> bool:
    """Whether the place of a statement or a sanction is only where it was made: "dismissed the report ..., said in
    Geneva", "EU ministers meeting in Luxembourg ... froze their assets", "who represented Pashinyan in Almaty, rejected
    the warning". A place inside what the act is about ("reports of violations by the military in Mindanao", "urged
    restraint in Kyrgyzstan") and the place of an investigation (a domestic act) are not venues."""
    if not any(t in VENUE_ONLY_TYPES for t in e.event) or "investigate" in e.mode:
        return False
    if doc is None or e.trigger_start is None or loc.start is None:
        return True
    trigger, place = doc.char_span(e.trigger_start, e.trigger_end or e.trigger_start + 1, alignment_mode="expand"), \
        doc.char_span(loc.start, loc.end or loc.start + 1, alignment_mode="expand")
    if trigger is None or place is None or not len(trigger) or not len(place):
        return True
    cur, trig = place.root, trigger.root
    while cur.head.i != cur.i and cur.head.i != trig.i:
        cur = cur.head
    if cur.head.i != trig.i or cur.i == trig.i:
        return True  # (in the subject, another clause or the reporting verb's phrase)
    return not (cur.dep_ in ("dobj", "ccomp", "xcomp", "attr", "nsubjpass", "oprd")
                or (cur.dep_ == "prep" and cur.lower_ in TOPIC_PREPS))


TOPIC_PREPS = {"about", "over", "on", "into", "against", "of", "to", "toward", "towards"}


BLOC_SUMMIT_WORDS = word_set("bloc_summit_words")


def _summit_with_host(e: Event, doc: "Doc | None") -> Event | None:
    """A bloc's summit in one of its member states: the bloc and the host act (README: "IGO, with the host state added
    for summits"), all in one CONSULT multilateral. "Leaders of the Organization of Turkic States gathered in Gabala,
    Azerbaijan, for the bloc's summit" (IGO -> AZE becomes IGO + AZE); "... for the bloc's summit, hosted by President
    Ilham Aliyev" (AZE -> IGO, a host's visit, becomes IGO + AZE). Only when the sentence names a summit."""
    loc = e.event_loc
    if "CONSULT" not in e.event or loc is None or not loc.country_code or doc is None:
        return None
    words = {w.lower().strip(".,;:'\"") for w in nlp.doc_text(doc)[e.text_info.start:e.text_info.end].split()}
    host = loc.country_code
    actors, recips = {a.code for a in e.actor if a.code}, {r.code for r in e.recipient if r.code}
    if not words & BLOC_SUMMIT_WORDS and not _bloc_meeting_in_host(actors, recips, host):
        return None
    if actors == {"IGO"} and host in recips:
        parties = tuple(e.actor) + tuple(r for r in e.recipient if r.code == host)[:1]
        rest = tuple(r for r in e.recipient if r.code != host)
        return dataclasses.replace(e, actor=parties, recipient=parties + rest, mode=("multilateral",))
    if actors == {host} and recips == {"IGO"}:  # (symmetric, as every multilateral meeting: all parties on both sides)
        parties = tuple(e.recipient) + tuple(e.actor)
        return dataclasses.replace(e, actor=parties, recipient=parties, mode=("multilateral",))
    return None


def _bloc_meeting_in_host(actors: set[str], recips: set[str], host: str) -> bool:
    """A bloc's own meeting whose only other party is the state it meets in, summit or not ("Leaders of the CSTO met
    in Bishkek on Thursday", "CIS foreign ministers met in Minsk"): IGO -> host, the host's share of the meeting."""
    return actors == {"IGO"} and recips == {host}


def _bloc_meeting_alone(e: Event) -> Event | None:
    """A bloc's meeting that names no other party ("Leaders of the Eurasian Economic Union held a video conference",
    "The SCO leaders held talks in a narrow format"): its members meet one another, the bloc on both sides (README:
    symmetric multilateral acts list all parties as actor and recipient)."""
    if "CONSULT" not in e.event or e.recipient or not e.actor or {a.code for a in e.actor} != {"IGO"}:
        return None
    return dataclasses.replace(e, recipient=tuple(e.actor), mode=("multilateral",))


SIDELINE_WORDS = word_set("sideline_words")


def _sideline_talks_at_home(e: Event, doc: "Doc | None") -> Event | None:
    """Two states' talks on the sidelines of a forum held in one of them are the guest's visit to the host (round 29),
    not a multilateral meeting: "On the sidelines of the St Petersburg International Economic Forum, Gazprom chief
    Alexei Miller held talks with Uzbek Energy Minister Jurabek Mirzamakhmudov" -> UZB -> RUS `visit`."""
    loc = e.event_loc
    if "CONSULT" not in e.event or "multilateral" not in e.mode or loc is None or not loc.country_code or doc is None:
        return None
    actors, recips = {a.code for a in e.actor if a.code}, {r.code for r in e.recipient if r.code}
    if len(actors) != 1 or len(recips) != 1 or actors == recips or (actors | recips) & {"IGO", "UNO", "EUR"}:
        return None
    words = {w.lower().strip(".,;:'\"") for w in nlp.doc_text(doc)[e.text_info.start:e.text_info.end].split()}
    if not words & SIDELINE_WORDS:
        return None
    host = loc.country_code
    if host in actors:
        return dataclasses.replace(e, actor=e.recipient, recipient=e.actor, mode=("visit",))
    if host in recips:
        return dataclasses.replace(e, mode=("visit",))
    return None


def _sideline_talks_abroad(e: Event, doc: "Doc | None") -> Event | None:
    """Two states' talks on the sidelines of a bloc's meeting held in a third state (README round 33): CONSULT
    `third-party`, the two on both sides. "On the sidelines of the CIS summit in Dushanbe, Putin and Aliyev held talks"."""
    loc = e.event_loc
    if "CONSULT" not in e.event or "multilateral" not in e.mode or loc is None or not loc.country_code or doc is None:
        return None
    parties = {a.code for a in (*e.actor, *e.recipient) if a.code}
    if len(parties) != 2 or parties & {"IGO", "UNO", "EUR"} or loc.country_code in parties:
        return None
    words = {w.lower().strip(".,;:'\"") for w in nlp.doc_text(doc)[e.text_info.start:e.text_info.end].split()}
    if not words & SIDELINE_WORDS:
        return None
    both = tuple({a.code: a for a in (*e.actor, *e.recipient) if a.code}.values())
    return dataclasses.replace(e, actor=both, recipient=both, mode=("third-party",))


def bloc_summit_hosts(analysis: StoryAnalysis, doc: "Doc | None" = None) -> StoryAnalysis:
    """Every bloc summit of the story with its host among the actors (see _summit_with_host); two states' talks on
    the sidelines of a forum in one of them, the guest's visit (see _sideline_talks_at_home)."""
    changed = {e.id: new for e in analysis.events
               if (new := _summit_with_host(e, doc) or _sideline_talks_at_home(e, doc) or _sideline_talks_abroad(e, doc)
                   or _bloc_meeting_alone(e))
               is not None}
    if not changed:
        return analysis
    note = "a bloc's summit in a member state, or sideline talks in one party's country: who hosts"
    return dataclasses.replace(
        analysis, events=tuple(changed.get(e.id, e) for e in analysis.events),
        candidates=tuple(dataclasses.replace(c, actor_reason=f"{c.actor_reason}; {note}") if c.event_id in changed else c
                         for c in analysis.candidates))


DATELINE_BACK_PLACES = word_set("dateline_back_places")


def _struck_at_dateline(e: Event, loc: Location | None, doc: "Doc | None") -> bool:
    """A foreign state's strike on a site that the sentence places only by pointing back to the dateline's town
    ("ODESA, June 9 - Russian drones struck a grain terminal in the port", "KHARKIV - ... hit a rail depot on the
    outskirts of the city"): the dateline's country is the state attacked (its place has no position in the text)."""
    if doc is None or loc is None or not loc.country_code or loc.start is not None or "ASSAULT" not in e.event:
        return False
    codes = {a.code for a in e.actor if a.code}
    if not codes or loc.country_code in codes or any(r.code for r in e.recipient):
        return False
    span = doc.char_span(e.text_info.start, e.text_info.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lemma_.lower() in DATELINE_BACK_PLACES and t.dep_ == "pobj" and t.head.lower_ in ("in", "on", "near", "at", "of")
               and any(c.lower_ == "the" for c in t.children) for t in span)


PLACE_VISIT_VERBS = tuple(word_set("place_visit_verbs"))
HOME_VISIT_VERDICT = "not coded: a visit to a place in the actor's own country"


def _visit_at_home(e: Event, loc: Location | None) -> bool:
    """A visit made to a place in the visitor's own country, with no host of another state ("President Lai Ching-te
    visited a shelter in Hualien"): a trip at home, no visit (not "visited a shelter in Okinawa")."""
    if "CONSULT" not in e.event or "visit" not in e.mode or not e.trigger.lower().startswith(PLACE_VISIT_VERBS) \
            or loc is None or not loc.country_code:
        return False
    home = {loc.country_code}
    return {a.code for a in e.actor if a.code} == home and {r.code for r in e.recipient if r.code} <= home


def recipients_from_location(analysis: StoryAnalysis, doc: "Doc | None" = None) -> StoryAnalysis:
    """An event with no recipient country takes the country where it happened, when the place is named
    in the event's own sentence ("attacked villages in Chechnya" -> RUS; "demonstrated in Kirkuk" ->
    IRQ): the people or government of that country are on the receiving end. Datelines do not count.
    A state-sector actor with no country takes the country of the event's place (datelines count)."""
    events = []
    filled: dict[str, str] = {}
    actor_notes: dict[str, str] = {}
    dropped: set[str] = set()
    for e in analysis.events:
        loc = e.event_loc
        e, why = _state_actors_from_location(e, analysis.inferred_countries, analysis.dateline_only_country, doc)
        if why:
            actor_notes[e.id] = why
        if _visit_at_home(e, loc):
            dropped.add(e.id)
            continue
        default = e.id in analysis.default_recipients
        own_place = default and loc is not None and {a.code for a in e.actor if a.code} == {loc.country_code} \
            and any(t in DIRECTED_DEFAULT for t in e.event) and not any(t in DOMESTIC_DEFAULT for t in e.event) \
            and any(r.code and r.code != loc.country_code for r in e.recipient)
        if own_place:  # "the Kyrgyz side asked for longer hours at crossings in Jalal-Abad": a request made
            events.append(e)  # about a place at home is still addressed to the other party
            continue
        if _struck_at_dateline(e, loc, doc):
            recips = (Entity(code=loc.country_code, sector="", entity_text=loc.extracted_place),)
            filled[e.id] = f"a site pointed back to the dateline's '{loc.extracted_place}' -> {loc.country_code}"
            events.append(dataclasses.replace(e, recipient=recips))
            continue
        if (loc is None or not loc.country_code or loc.start is None
                or (any(r.code for r in e.recipient) and not default) or _venue_of_statement(e, loc, doc)
                or not (e.text_info.start <= loc.start < e.text_info.end)):
            events.append(e)
            continue
        if e.recipient and not default:
            recips = tuple(dataclasses.replace(r, code=loc.country_code) for r in e.recipient)
        else:
            recips = (Entity(code=loc.country_code, sector="", entity_text=loc.extracted_place,
                             start=loc.start, end=loc.end),)
        filled[e.id] = f"place of the event: '{loc.extracted_place}' -> {loc.country_code}"
        events.append(dataclasses.replace(e, recipient=recips))
    if not filled and not actor_notes and not dropped:
        return analysis
    candidates = tuple(dataclasses.replace(c, verdict=HOME_VISIT_VERDICT) if c.event_id in dropped else c
                       for c in analysis.candidates)
    candidates = tuple(dataclasses.replace(c, recipient_reason=f"{c.recipient_reason}; {filled[c.event_id]}")
                       if c.event_id in filled else c for c in candidates)
    candidates = tuple(dataclasses.replace(c, actor_reason=f"{c.actor_reason}; {actor_notes[c.event_id]}")
                       if c.event_id in actor_notes else c for c in candidates)
    return dataclasses.replace(analysis, events=tuple(events), candidates=candidates)
