"""Where each event happened: attach a toponym of the event's sentence to its trigger.

Order of preference: a place attached to the trigger in the dependency tree through a
locative preposition ("in", "near", "at", "on the ... border") or as a modifier
("Donetsk shelling"); else a locative place elsewhere in the sentence; else the dateline place
for events in the story's first sentences; else none. Countries and borders are stored as such.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from tocsin.config import Settings
from tocsin.geo.gazetteer import Gazetteer, Place
from tocsin.geo.geoparser import Geoparser
from tocsin.geo.resolve import dateline_place
from tocsin.coding.word_lists import word_set
from tocsin.nlp import doc_text
from tocsin.types import Article, Event, Location, Toponym

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

LOCATIVE_PREPS = frozenset({"in", "near", "at", "on", "outside", "inside", "across", "along", "around", "into",
                            "within", "throughout", "between", "off", "over", "through", "towards", "toward",
                            "from", "by", "to", "of"})
STRONG_PREPS = frozenset({"in", "near", "at", "outside", "inside", "across", "along", "around", "within",
                          "throughout", "on", "between", "off"})
NON_PLACE_PREPS = frozenset({"from", "since", "according", "with", "towards", "toward", "before", "after", "about",
                             "as", "for", "against", "like", "than", "despite", "unlike"})
BROAD_RESOLUTIONS = frozenset({"country", "border"})
SPEECH_VERBS = frozenset({"say", "tell", "report", "announce", "claim", "state", "add", "confirm", "deny", "quote",
                          "accuse", "warn", "insist", "note", "describe", "call"})
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                             "north-east", "north-west", "south-east", "south-west", "outskirts", "kilometers",
                             "kilometres", "miles", "km"})
UNRESOLVED_PENALTY = 0.3
_PLACES = "tocsin_story_places"  # key of the places found in a Doc, in Doc.user_data
DATELINE_SENTENCES = 2
STORY_COUNTRY_FALLBACK = True  # unlocated events take the story's country (resolution "country")
MAX_PATH = 6
# verbs of a describing clause that place its noun where the event is ("lines leading into Kabul")
PLACING_VERBS = frozenset({"lead", "head", "travel", "go", "run", "connect", "link", "carry", "transport", "base",
                           "station", "locate", "situate", "border", "stretch", "pass", "cross", "approach", "enter"})
SENTENCE_FALLBACK = False  # any non-actor place of the sentence when nothing is attached (dev-tuned)
# statements, demands, refusals, threats, promises and signatures: they happen where they are said, never at a place
# named in what is said ("accused Pakistan of sheltering the groups behind attacks in Jammu")
SPEECH_EVENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT"})


@dataclass(frozen=True, slots=True)
class Attachment:
    toponym: Toponym
    how: str  # dependency | sentence | dateline
    strength: float


def _path_to(token: "Token", target: "Token") -> list["Token"] | None:
    """Tokens from `token` up its heads to `target` (exclusive), or None if not an ancestor."""
    path = []
    current = token
    for _ in range(MAX_PATH):
        if current == target:
            return path
        if current.head == current:
            return None
        path.append(current)
        current = current.head
    return path if current == target else None


def attachment_strength(place_root: "Token", trigger: "Token", resolution: str = "city") -> float:
    """How strongly the place is attached to the trigger (0 = not attached).

    A country or border counts only through a locative preposition ("in Syria"): "US troops",
    "Bosnia's territory", "by Serbia", "to Iraq" name actors, origins and goals. No place counts
    through a preposition of origin, time or source ("from Kabul", "according to Moscow")."""
    path = _path_to(place_root, trigger)
    if path is not None and any(_describes_other(t, trigger) or (t.dep_ == "conj" and t.pos_ == "VERB") for t in path):
        # "arrested a Kazakh citizen fighting in Syria": the place of what describes someone else; "arrested Zelaya and
        # flew him into exile in Costa Rica": the place of the next act
        return 0.0
    if path is not None:
        preps = [t for t in path if t.dep_ == "prep" or t.tag_ == "IN"]
        governing = preps[0].lower_ if preps else ""
        if governing in NON_PLACE_PREPS or (not preps and place_root.dep_ == "amod"):
            return 0.0
        if resolution in BROAD_RESOLUTIONS and governing not in STRONG_PREPS:
            return 0.0
        if any(t.lower_ in STRONG_PREPS for t in preps):
            return 3.0 - 0.1 * len(path) - _less_specific(place_root)
        if any(t.lower_ in LOCATIVE_PREPS for t in preps):
            return 2.0 - 0.1 * len(path)
        if not preps and place_root.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss"):
            return 1.8 - 0.1 * len(path)
        if not preps and place_root.dep_ in ("dobj", "nsubjpass") and place_root.head == trigger:
            return 2.5  # "captured Baidoa", "Baghdad was bombed": the place acted upon
        if not preps and place_root.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return 0.0  # "Russia attacked ...": an actor, not a place
        return 1.0 - 0.1 * len(path)
    # the trigger is a noun inside the place's phrase, or both hang from the same head
    if place_root.head == trigger.head and place_root.head != place_root:
        prep = [t for t in place_root.ancestors][:1]
        if prep and prep[0].lower_ in STRONG_PREPS:
            return 1.5
    return 0.0


def venue_strength(place_root: "Token", trigger: "Token") -> float:
    """How strongly a place is the venue of a speech act (0 = not): a place reached from the trigger, or from a verb
    above it, through a locative preposition and the nouns of the occasion ("met in Bishkek", "said in Geneva that
    ...", "told a meeting of security chiefs in Moscow", "during a meeting with the Uzbek ambassador in Kabul",
    "summoned the charge d'affaires in Warsaw", "after a session held in Batken"); never a place inside what was said,
    which hangs from another verb ("agreed to convene the commission in Yerevan", "accused Pakistan of sheltering the
    groups behind attacks in Jammu") or is the one addressed ("thanked Astana")."""
    if place_root.dep_ in ("compound", "amod", "nmod") and place_root.head == trigger:
        return 1.8  # "the Astana talks"
    if place_root.dep_ != "pobj" or place_root.head.lower_ not in STRONG_PREPS:
        return 0.0
    above = {t.i for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")} | {trigger.i}
    cur, steps = place_root.head.head, 1
    while steps <= MAX_PATH:
        if cur.i in above:
            return 3.0 - 0.1 * steps
        if cur.pos_ in ("VERB", "AUX") and not (cur.dep_ == "acl" and cur.tag_ == "VBN"):
            return 0.0  # (the place of another act: "to convene ... in Yerevan")
        if cur.head.i == cur.i:
            return 0.0
        cur, steps = cur.head, steps + 1
    return 0.0


def _describes_other(token: "Token", trigger: "Token") -> bool:
    """A clause on another noun than the trigger that tells what that noun does or did ("a citizen fighting in
    Syria", "a man who lived in Paris"); not one that places it ("power lines leading into Kabul", "sanctions
    imposed on India")."""
    if token.head == trigger or token.lemma_.lower() in PLACING_VERBS:
        return False
    return token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ == "VBG")


def _is_actor(place_root: "Token") -> bool:
    """'Russia said ...', 'Kyrgyzstan's troops': a country acting, not where something happened."""
    return place_root.dep_ in ("nsubj", "nsubjpass", "poss")


def _less_specific(place_root: "Token") -> float:
    """Penalty for a place that only frames another: "the West Bank city of Nablus", "Baghdad's
    Doura district" (a modifier of the noun), "20 km south of Kabul" (a reference point)."""
    if place_root.dep_ in ("compound", "poss", "nmod", "amod") and place_root.head.pos_ in ("NOUN", "PROPN"):
        return 0.5
    head = place_root.head
    if head.lower_ == "of" and head.head.lower_ in DIRECTION_WORDS:
        return 1.0
    return 0.0


def _in_source_phrase(place_root: "Token", trigger: "Token") -> bool:
    """'officials in Bishkek said ...': the place of whoever speaks, not of the event."""
    for tok in place_root.ancestors:
        if tok == trigger:
            return False
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in SPEECH_VERBS:
            return True
    return False


def _locative(place_root: "Token") -> bool:
    head = place_root.head
    for _ in range(3):
        if head.lower_ in STRONG_PREPS and (head.dep_ == "prep" or head.tag_ == "IN"):
            return True
        if head.head == head:
            break
        head = head.head
    return False


def _seat_only(doc: "Doc", top: Toponym) -> bool:
    """A place that only tells where a body sits ("the Vienna-based Turkmen Initiative for Human Rights"): no venue of
    the story's acts and no vote for its country."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    words = [t.lower_ for t in doc[span.end:span.end + 2]]
    return len(words) == 2 and words[0] in ("-", "–") and words[1] in word_set("seat_participles")


def _water_name(doc: "Doc", top: Toponym) -> bool:
    """A toponym that names water, not land: "in the Gulf of Finland" (no Finland), "villages along the Isfara river"
    (not the Tajik town of Isfara): no place of an event and no country."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    water = word_set("water_body_nouns") | word_set("river_nouns")
    before = [t.lower_ for t in doc[max(0, span.start - 2):span.start]]
    inside = [t.lower_ for t in span]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return (len(before) == 2 and before[1] == "of" and before[0] in water) \
        or (len(inside) > 2 and inside[0] in water and inside[1] == "of") or after in water \
        or (len(inside) > 1 and inside[-1] in water)


def location_of(toponym: Toponym) -> Location:
    """A PLOVER event_loc from a resolved toponym."""
    return Location(
        extracted_place=toponym.text,
        resolved_place=toponym.name if toponym.resolution != "none" else "",
        geonameid=toponym.geonameid,
        lat=toponym.lat,
        lon=toponym.lon,
        province=toponym.admin1 if toponym.resolution in ("city", "adm1", "region") else "",
        country_code=toponym.country_code,
        resolution=toponym.resolution,
        feature_class=toponym.feature_class,
        feature_code={"country": "PCLI", "adm1": "ADM1", "city": "PPL", "border": "BDR"}.get(toponym.resolution, ""),
        start=toponym.start,
        end=toponym.end,
        score=round(toponym.score, 4),
    )


def _dateline_location(place: Place, text: str) -> Location:
    resolution = {"country": "country", "adm1": "adm1", "city": "city"}.get(place.kind, "region")
    return Location(
        extracted_place=text, resolved_place=place.name, geonameid=place.geonameid, lat=place.lat, lon=place.lon,
        province=place.admin1 if place.kind != "country" else "", country_code=place.country_code,
        resolution=resolution, feature_class=place.feature_class, feature_code=place.feature_code,
        start=None, end=None, score=0.5,
    )


class EventLocator:
    """Sets `event_loc` on coded events, reusing the coder's spaCy Doc."""

    def __init__(self, settings: Settings, gazetteer: Gazetteer | None = None) -> None:
        self.geoparser = Geoparser(settings, gazetteer)
        self.gazetteer = self.geoparser.gazetteer

    def story_places(self, doc: "Doc", article: Article) -> "tuple[list[Toponym], Place | None, Location | None]":
        """The story's toponyms (seat-only mentions left out), its dateline place and its fallback country, found once
        per Doc and kept in it: the coder places the events, then places its speech acts again at their venues."""
        key = (_PLACES, article.id)
        found = doc.user_data.get(key)
        if found is None:
            text = doc_text(doc)
            toponyms = [t for t in self.geoparser.find(text, doc, article.id)
                        if not _seat_only(doc, t) and not _water_name(doc, t)]
            dateline = dateline_place(text, self.gazetteer)
            story_country = self.story_country(toponyms, dateline) if STORY_COUNTRY_FALLBACK else None
            found = doc.user_data[key] = (toponyms, dateline, story_country)
        return found

    def locate(self, doc: "Doc | None", article: Article, events: Sequence[Event], venues: bool = False) -> list[Event]:
        """Return the events with event_loc set (dataclasses.replace); unlocated ones keep event_loc None. With
        `venues`, only speech acts are placed again, at the place they were said (see venue_strength); the others are
        returned as they are."""
        if not events:
            return list(events)
        if doc is None:
            doc = self.geoparser.parse(article.text)
        toponyms, dateline, story_country = self.story_places(doc, article)
        out = []
        for event in events:
            speech = venues and any(t in SPEECH_EVENT_TYPES for t in event.event)
            if venues and not speech:
                out.append(event)
                continue
            chosen = self.attach(doc, toponyms, event, speech)
            if chosen is not None and (not chosen.toponym.country_code or chosen.toponym.resolution == "vicinity"):
                # an unknown place ("a resort on Lake Issyk-Kul"), placed at best near the story's focus:
                # the best properly resolved one of the sentence, if any
                chosen = self.attach(doc, [t for t in toponyms if t.country_code and t.resolution != "vicinity"], event,
                                     speech)
            loc: Location | None = None
            if chosen is not None:
                loc = location_of(chosen.toponym)
            elif dateline is not None and event.text_info.sequence < DATELINE_SENTENCES:
                loc = _dateline_location(dateline, dateline.name)
            elif story_country is not None:
                loc = story_country
            out.append(dataclasses.replace(event, event_loc=loc) if loc is not None else event)
        return out

    def story_country(self, toponyms: Sequence[Toponym], dateline: Place | None) -> Location | None:
        """The country the story is about (its places' most frequent country, the dateline counting
        double): the location of events whose sentence names no place of their own."""
        votes: Counter = Counter()
        first: dict[str, int] = {}
        for n, top in enumerate(toponyms):
            if top.resolution == "vicinity":
                continue  # placed by the story's focus: no vote of its own
            for code in (top.countries or ((top.country_code,) if top.country_code else ())):
                votes[code] += 1.0 / len(top.countries or (code,))
                first.setdefault(code, n)
        if dateline is not None and dateline.country_code:
            votes[dateline.country_code] += 2.0
            first[dateline.country_code] = -1
        if not votes:
            return None
        code = max(votes, key=lambda c: (votes[c], -first[c]))
        place = self.gazetteer.country(code)
        if place is None:
            return None
        share = votes[code] / sum(votes.values())
        return Location(extracted_place="", resolved_place=place.name, geonameid=place.geonameid, lat=place.lat,
                        lon=place.lon, country_code=code, resolution="country", feature_class="A",
                        feature_code="PCLI", score=round(0.5 * share, 4))

    def attach(self, doc: "Doc", toponyms: Sequence[Toponym], event: Event, speech: bool = False) -> Attachment | None:
        """The toponym where `event` happened (with `speech`: where it was said), or None."""
        trigger = self._trigger(doc, event)
        if trigger is None:
            return None
        sent = trigger.sent
        best: Attachment | None = None
        for top in toponyms:
            if not (sent.start_char <= top.start < sent.end_char):
                continue
            span = doc.char_span(top.start, top.end, alignment_mode="expand")
            if span is None:
                continue
            if speech:  # (no place elsewhere in the sentence: what was said names places of other acts)
                strength, how = venue_strength(span.root, trigger), "venue"
            else:
                strength = attachment_strength(span.root, trigger, top.resolution)
                how = "dependency"
            if speech:
                pass  # (no sentence fallback)
            elif strength <= 0 and top.resolution not in BROAD_RESOLUTIONS and _locative(span.root) \
                    and not _in_source_phrase(span.root, trigger):
                strength = 0.8 - 0.002 * abs(span.root.i - trigger.i)
                how = "sentence"
            elif strength <= 0 and SENTENCE_FALLBACK and not _is_actor(span.root):
                strength = 0.4 - 0.002 * abs(span.root.i - trigger.i)
                how = "sentence"
            if strength <= 0:
                continue
            if top.resolution == "none":
                strength -= UNRESOLVED_PENALTY
            if best is None or strength > best.strength:
                best = Attachment(top, how, strength)
        return best

    @staticmethod
    def _trigger(doc: "Doc", event: Event) -> "Token | None":
        start, end = event.trigger_start, event.trigger_end
        if start is None or end is None:
            start, end = event.text_info.start, event.text_info.end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span.root
