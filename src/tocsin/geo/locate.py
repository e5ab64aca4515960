"""Where each event happened: attach a toponym of the event's sentence to its trigger.

Order of preference: a place attached to the trigger in the dependency tree through a
locative preposition ("in", "near", "at", "on the ... border") or as a modifier
("Donetsk shelling"); else a locative place elsewhere in the sentence; else the dateline place
for events in the story's first sentences; else none. Countries and borders are stored as such.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from tocsin.config import Settings
from tocsin.geo.gazetteer import Gazetteer, Place
from tocsin.geo.geoparser import Geoparser
from tocsin.geo.resolve import dateline_place
from tocsin.types import Article, Event, Location, Toponym

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

LOCATIVE_PREPS = frozenset({"in", "near", "at", "on", "outside", "inside", "across", "along", "around", "into",
                            "within", "throughout", "between", "off", "over", "through", "towards", "toward",
                            "from", "by", "to", "of"})
STRONG_PREPS = frozenset({"in", "near", "at", "outside", "inside", "across", "along", "around", "within",
                          "throughout", "on", "between", "off"})
DATELINE_SENTENCES = 2
MAX_PATH = 6
SENTENCE_FALLBACK = False  # any non-actor place of the sentence when nothing is attached (dev-tuned)


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


def attachment_strength(place_root: "Token", trigger: "Token") -> float:
    """How strongly the place is attached to the trigger (0 = not attached)."""
    path = _path_to(place_root, trigger)
    if path is not None:
        preps = [t for t in path if t.dep_ == "prep" or t.tag_ == "IN"]
        if any(t.lower_ in STRONG_PREPS for t in preps):
            return 3.0 - 0.1 * len(path)
        if any(t.lower_ in LOCATIVE_PREPS for t in preps):
            return 2.0 - 0.1 * len(path)
        if not preps and place_root.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss"):
            return 1.8 - 0.1 * len(path)
        if not preps and place_root.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return 0.0  # "Russia attacked ...": an actor, not a place
        return 1.0 - 0.1 * len(path)
    # the trigger is a noun inside the place's phrase, or both hang from the same head
    if place_root.head == trigger.head and place_root.head != place_root:
        prep = [t for t in place_root.ancestors][:1]
        if prep and prep[0].lower_ in STRONG_PREPS:
            return 1.5
    return 0.0


def _is_actor(place_root: "Token") -> bool:
    """'Russia said ...', 'Kyrgyzstan's troops': a country acting, not where something happened."""
    return place_root.dep_ in ("nsubj", "nsubjpass", "poss")


def _locative(place_root: "Token") -> bool:
    head = place_root.head
    for _ in range(3):
        if head.lower_ in STRONG_PREPS and (head.dep_ == "prep" or head.tag_ == "IN"):
            return True
        if head.head == head:
            break
        head = head.head
    return False


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

    def locate(self, doc: "Doc | None", article: Article, events: Sequence[Event]) -> list[Event]:
        """Return the events with event_loc set (dataclasses.replace); unlocated ones keep event_loc None."""
        if not events:
            return list(events)
        if doc is None:
            doc = self.geoparser.parse(article.text)
        toponyms = [t for t in self.geoparser.find(doc.text, doc, article.id)]
        dateline = dateline_place(doc.text, self.gazetteer)
        out = []
        for event in events:
            chosen = self.attach(doc, toponyms, event)
            loc: Location | None = None
            if chosen is not None:
                loc = location_of(chosen.toponym)
            elif dateline is not None and event.text_info.sequence < DATELINE_SENTENCES:
                loc = _dateline_location(dateline, dateline.name)
            out.append(dataclasses.replace(event, event_loc=loc) if loc is not None else event)
        return out

    def attach(self, doc: "Doc", toponyms: Sequence[Toponym], event: Event) -> Attachment | None:
        """The toponym where `event` happened, or None."""
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
            strength = attachment_strength(span.root, trigger)
            how = "dependency"
            if strength <= 0 and _locative(span.root):
                strength = 0.8 - 0.002 * abs(span.root.i - trigger.i)
                how = "sentence"
            elif strength <= 0 and SENTENCE_FALLBACK and not _is_actor(span.root):
                strength = 0.4 - 0.002 * abs(span.root.i - trigger.i)
                how = "sentence"
            if strength <= 0:
                continue
            if top.resolution == "none":
                strength -= 0.3
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
