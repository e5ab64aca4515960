"""Toponym resolution: pick the gazetteer entry each mention refers to, with a 0..1 score.

Features: population, feature type (countries and regions resolve as such, not as a town of the
same name), main vs alternate name, the story's other places and countries (country and ADM1
agreement, distance), "X, Y" / "X in Y" patterns, demonyms and the dateline location.
A best candidate below `MIN_SCORE` is an explicit no-match (resolution "none"). A name with no
gazetteer entry at all takes the point of the story's focus (or of Y in "X in Y"/"X, Y") with
resolution "vicinity" and a low score; event location treats such readings as unresolved.
Weights were tuned on the dev sets only (LGL, GeoVirus).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from tocsin.geo.build import fold
from tocsin.geo.gazetteer import Gazetteer, Place
from tocsin.geo.recognise import Mention
from tocsin.types import Toponym

MIN_SCORE = 0.15
# unknown names take the point of the story's focus town (resolution "vicinity")
VICINITY_FALLBACK = True
VICINITY_FOCUS_KINDS = {"city": 1.0, "region": 0.5, "adm1": 0.3, "country": 0.05}  # which resolved mentions make the focus
VICINITY_MIN_FOCUS_SCORE = 0.3
VICINITY_SCORE = 0.1
COUNTRY_CONTEXT_WEIGHT = 1.6
OTHER_NAMES_PSEUDO_COUNT = 1.0
WORLD_CITY_POPULATION = 1_000_000
NATIONAL_VOTE_DISCOUNT = 0.75  # share of a country name's vote ignored for such namesakes
DATELINE_COUNTRY_VOTE = 1.5  # the dateline's vote for its country (ignored for such namesakes)
ADM1_CONTAINS_WEIGHT = 0.6
DATELINE_TOWN_BONUS = 0.3  # a town in the country the story is filed from ...
DATELINE_TOWN_MIN_POPULATION = 100_000  # ... if it is a sizeable one
_EMPTY: Counter = Counter()
NON_PRIMARY_KIND_FACTOR = 0.2
LOCAL_CUE_COUNTRY_PENALTY = 2.5
LOCAL_CUE_SMALL_ADM1 = 1_000_000
LARGE_AREA_POPULATION = 10_000_000  # a world region, sea or range this "big" ...
SMALL_NAMESAKE_POPULATION = 100_000  # ... is meant over a town of the same name below this size
SMALL_NAMESAKE_PENALTY = 1.5
BIG_CITY_POPULATION = 250_000
BIG_CITY_RATIO = 3  # ... over a same-named province abroad with a third of its people or fewer
SIGNIFICANT_TOWN = 20000  # a town this big (or a region's seat) is meant over the same-named region
# "the province of Tavush", "Armavir and Ararat provinces": the name is a region here
# "the Mozambican town of Palma", "the northwestern Kazakh city of Aktobe", "Russia's port of Ust-Luga"
_DESCRIBED_BEFORE = re.compile(r"\b([A-Z][A-Za-z-]+)(?:'s|’s)?\s+(?:[a-z-]+ern\s+|central\s+)?(?:border\s+)?"
                               r"(?:town|city|village|port|capital|enclave|settlement|district|province|region|oblast)\s+of\s+$")
_REGION_BEFORE = re.compile(r"(?:province|region|oblast|governorate|prefecture|state|krai)\s+of\s+$", re.I)
_REGIONS_AFTER = re.compile(r"^(?:(?:,\s*|,?\s+(?:and|or)\s+)[A-Z][\w'-]+){0,4}\s+(?:provinces|regions|oblasts|governorates|prefectures)\b")
_DISTRICT_END = ("district", "District", "rayon", "raion")
# "Barrow and Jackson counties", "Becker, Clay, Otter Tail and Wilkin counties", "Callahan county"
_COUNTIES_AFTER = re.compile(r"^(?:(?:,\s*|,?\s+(?:and|or|&)\s+)[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?){0,8}"
                             r"\s+(?:counties|parishes|Counties|Parishes)\b|^\s+(?:county|parish)\b")
COUNTY_HINT_BONUS = 0.9
_STATE_AFTER = re.compile(r"^\s+state\b(?!\s+(?:of|media|television|TV|news|agency|department|secretary|police))")
# lists: "Utah, Virginia, Washington and Wyoming" - a member reads like its neighbours (states, countries)
_LIST_SEPARATORS = frozenset({",", "and", ", and", "or", ", or", "&", "/"})
LIST_KIND_BONUS = 0.8
LIST_KINDS = ("adm1", "country")

KIND_PRIOR = {"continent": 1.6, "country": 1.6, "region": 0.9, "adm1": 0.9, "adm2": 0.15, "city": 0.0}
RESOLUTION_OF_KIND = {"continent": "region", "country": "country", "region": "region", "adm1": "adm1",
                      "adm2": "region", "city": "city"}
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
_DATELINE = re.compile(rf"^\s*([A-Z][A-Za-z.'\- ]{{1,40}}?)(?:/[A-Z][A-Za-z.'\- ]{{1,40}}?)*"
                       rf"(?:,\s*(?!{_MONTH_DAY})([A-Z][A-Za-z.' ]{{1,30}}))?(?:,\s*{_MONTH_DAY})?"
                       r"\s*(?:\([^)]{1,40}\))?\s*[-–—:]{1,2}\s")
_STRIP_PREFIX = re.compile(r"^(?:the|The|THE)\s+")
# demonym endings -> endings of the place name they come from ("Ohioans" -> "Ohio")
_DEMONYM_STEMS = (("ians", ("ia", "io", "")), ("ans", ("", "a", "o")), ("ian", ("ia", "")), ("an", ("", "a", "e")),
                  ("ese", ("", "a")), ("is", ("", "istan")), ("i", ("", "istan")))
_GENERIC_HEADS = frozenset({"river", "lake", "creek", "mount", "mt", "township", "twp", "national", "park", "port",
                            "of", "the", "county", "co", "parish", "bay", "island", "islands", "valley", "airport",
                            "international", "downtown", "north", "south", "east", "west", "northern", "southern",
                            "eastern", "western", "central", "upper", "lower", "greater", "metro", "area", "city",
                            "square", "station", "harbor", "harbour", "beach", "hills", "heights", "forest", "delta",
                            "mountains", "sea", "gulf", "province", "region", "district", "state"})
# small features named after a place do not lie in that country or state's centre ("Lake Vermont" is in
# Minnesota); large ones (bay, sea, river, valley) keep the reading ("Delaware Bay")
_FEATURE_HEADS = frozenset({"lake", "creek", "mount", "mt", "island", "beach", "park", "forest", "national", "hills",
                            "heights", "station", "airport", "square"})
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
# pairwise clustering: how close the nearest plausible reading of each other name in the story is
CLUSTER_WEIGHT = 0.6
CLUSTER_TOP = 8  # plausible readings per name: the best few by prior
CLUSTER_PRIOR_GAP = 0.8  # a reading more than this below the name's best prior is not plausible
CLUSTER_BANDS = ((25.0, 1.0), (75.0, 0.6), (150.0, 0.3))
# two points this many degrees of latitude apart are over 150 km apart (151 km: one degree is 111.19 km) whatever
# their longitudes: nearness within 150 km is only computed below it
NEAR_LAT_DEGREES = 1.36


@dataclass
class _Candidate:
    place: Place
    primary: bool
    prior: float
    score: float = 0.0
    cluster: float = 0.0


@dataclass
class _Item:
    mention: Mention
    candidates: list[_Candidate] = field(default_factory=list)
    best: _Candidate | None = None
    margin: float = 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@functools.lru_cache(maxsize=16)
def dateline_place(text: str, gaz: Gazetteer) -> Place | None:
    """The place a story is filed from: 'BISHKEK, Kyrgyzstan (Reuters) - ...' or 'OSH -- ...'. Cached: the coder asks
    it for the story's country and the event locator again for the same text."""
    m = _DATELINE.match(text[:120])
    if not m:
        return None
    resolver = Resolver(gaz)
    items = resolver.resolve(text, [Mention(m.start(1), m.end(1), m.group(1).strip(), "dateline")] +
                             ([Mention(m.start(2), m.end(2), m.group(2).strip(), "dateline")] if m.group(2) else []))
    if items and items[0].resolution != "none":
        return resolver.last_places[0]
    return None


class Resolver:
    """Resolves all mentions of one document together."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.last_places: list[Place | None] = []

    # ------------------------------------------------------------------ candidates
    def candidates(self, mention: Mention) -> list[_Candidate]:
        text = mention.text.strip()
        forms = [text]
        stripped = _STRIP_PREFIX.sub("", text)
        if stripped != text:
            forms.append(stripped)
        no_poss = _POSSESSIVE.sub("", stripped)
        if no_poss != stripped:
            forms.append(no_poss)
        words = no_poss.split()
        if len(words) > 1 and words[-1] in self.gaz.lexicon.region_suffixes:
            forms.append(" ".join(words[:-1]))
        if len(words) > 1 and words[0] in ("County", "Co.", "Co"):  # "County Clare" ~ "Clare County"
            forms.append(" ".join(words[1:]) + " County")
        if mention.county_hint:  # "Barrow" of "Barrow and Jackson counties": the county first
            forms[:0] = [f"{no_poss} County", f"{no_poss} Parish"]
        seen: dict[int, _Candidate] = {}
        for n, form in enumerate(forms):
            for place, primary in self.gaz.lookup(form):
                if place.entry in seen:
                    continue
                seen[place.entry] = _Candidate(place, primary, self._prior(place, primary, mention,
                                                                           exact=n == 0 or (mention.county_hint and n < 2)))
            if seen and (n == 0 or (mention.county_hint and n < 2)):
                break
        self._prefer_city_over_same_named_region(mention, seen)
        self._prefer_large_area_over_small_namesake(seen)
        demonym = self.gaz.lexicon.demonyms.get(no_poss) or self.gaz.lexicon.demonyms.get(no_poss.rstrip("s"))
        if demonym:
            country = self.gaz.country(demonym)
            if country is not None and country.entry not in seen:
                seen[country.entry] = _Candidate(country, True, self._prior(country, True, mention, exact=True) + 0.5)
        if not seen:
            for place in self._demonym_places(no_poss):
                seen[place.entry] = _Candidate(place, True, self._prior(place, True, mention, exact=False))
        if not seen and len(words) > 1:
            for place, primary in self._inner_name(words):
                seen[place.entry] = _Candidate(place, primary, self._prior(place, primary, mention, exact=False) - 0.2)
        return list(seen.values())

    def _inner_name(self, words: list[str]) -> list[tuple[Place, bool]]:
        """'Port of Los Angeles', 'South Los Angeles', 'Neches River', 'Loudon Co.': the longest known
        place name inside an unknown phrase (a last resort with a lower prior)."""
        removed = [w for w in words if w.rstrip(".").lower() in _GENERIC_HEADS]
        words = [w for w in words if w.rstrip(".").lower() not in _GENERIC_HEADS]
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                sub = " ".join(words[i:i + n])
                lex = self.gaz.lexicon  # inside "Hamilton Township", a first-name-like name is a place
                if not sub[:1].isupper() or (sub in lex.stop_words and sub not in lex.ner_only) or len(sub) < 3:
                    continue
                hits = [(p, pr) for p, pr in self.gaz.lookup(sub) if pr and p.kind != "continent"]
                rest = words[:i] + words[i + n:]
                if hits and (any(w.rstrip(".").lower() in _FEATURE_HEADS for w in removed) or rest):
                    # "Lake Vermont", "Tennessee Colony": a feature or a place inside a country or state,
                    # not that country or state (the story's focus does better)
                    hits = [(p, pr) for p, pr in hits if p.kind not in ("country", "adm1", "region")]
                if hits:
                    return hits
        return []

    def _demonym_places(self, text: str) -> list[Place]:
        return demonym_places(self.gaz, text)

    @staticmethod
    def _prefer_city_over_same_named_region(mention: Mention, seen: dict[int, _Candidate]) -> None:
        """'Osh' alone is the city of Osh, the seat of Osh region; 'Osh region' stays the region."""
        if mention.region_hint and not mention.text.rstrip().endswith(_DISTRICT_END):
            return
        regions = {(c.place.country, c.place.admin1_code): c.prior for c in seen.values() if c.place.kind == "adm1"}
        # a national capital is meant over a same-named region of its country ("Washington")
        top_region = {}
        for c in seen.values():
            if c.place.kind == "adm1" and c.primary:
                top_region[c.place.country] = max(top_region.get(c.place.country, 0.0), c.prior)
        for c in seen.values():
            region_prior = regions.get((c.place.country, c.place.admin1_code))
            if c.place.kind == "city" and c.place.feature_code == "PPLC" and c.place.country in top_region:
                region_prior = max(region_prior or 0.0, top_region[c.place.country])
            significant = c.place.feature_code in ("PPLC", "PPLA") or c.place.population >= SIGNIFICANT_TOWN
            if c.place.kind == "city" and c.primary and region_prior is not None and significant:
                c.prior = max(c.prior, region_prior + 0.05)
        # a big city is meant over a far smaller province of the same name abroad ("Manchester": not the Jamaican parish)
        for c in seen.values():
            if c.place.kind == "city" and c.primary and c.place.population >= BIG_CITY_POPULATION:
                smaller = [r.prior for r in seen.values() if r.place.kind == "adm1" and r.place.country != c.place.country
                           and r.place.population * BIG_CITY_RATIO < c.place.population]
                if smaller:
                    c.prior = max(c.prior, max(smaller) + 0.05)

    @staticmethod
    def _prefer_large_area_over_small_namesake(seen: dict[int, _Candidate]) -> None:
        """'the Middle East' in a Maryland story is the world region, not the town of Middle East, Maryland:
        a small town (or county) named like a large world area needs more than the story's country."""
        if not any(c.primary and c.place.kind in ("region", "continent") and c.place.population >= LARGE_AREA_POPULATION
                   for c in seen.values()):
            return
        for c in seen.values():
            if c.place.kind in ("city", "adm2") and c.place.population < SMALL_NAMESAKE_POPULATION:
                c.prior -= SMALL_NAMESAKE_PENALTY

    def _prior(self, place: Place, primary: bool, mention: Mention, exact: bool) -> float:
        pop = max(place.population, 1)
        prior = math.log10(pop + 10) / 7.0
        prior += KIND_PRIOR[place.kind] * (1.0 if primary else NON_PRIMARY_KIND_FACTOR)
        if primary:
            prior += 0.35
        if not exact:
            prior -= 0.1
        district = mention.text.rstrip().endswith(_DISTRICT_END)
        if mention.region_hint and place.kind in ("adm1", "adm2", "region") and not (district and place.kind == "adm1"):
            prior += 0.9  # a "district" is second-level: its seat or the ADM2, not the province
        if place.kind == "adm2" and mention.text.rstrip().endswith(("County", "Parish", "District", "district")):
            prior += 0.9
        if place.kind == "city" and place.feature_code == "PPLC":
            prior += 0.25
        if mention.county_hint:
            prior += COUNTY_HINT_BONUS if place.kind == "adm2" else (-COUNTY_HINT_BONUS if place.kind in ("country", "adm1") else 0.0)
        return prior

    # ------------------------------------------------------------------ document
    def resolve(self, text: str, mentions: Sequence[Mention], dateline: Place | None = None) -> list[Toponym]:
        mentions = [self._region_context(text, m) for m in mentions]
        items = [_Item(m, self.candidates(m) if m.source != "border" else []) for m in mentions]
        self._local_cues(text, items)
        _cluster_bonus(items)
        for item in items:  # pass 1: priors only
            self._choose(item, {})
        for _ in range(2):  # passes 2-3: with document context
            context = self._context(items, dateline)
            for idx, item in enumerate(items):
                self._choose(item, context, items, idx, text)
        self.last_places = [it.best.place if it.best else None for it in items]
        context = self._context(items, dateline)
        mentions = [self._other_side(m, context) for m in mentions]
        toponyms = [self._toponym(it, m) for it, m in zip(items, mentions)]
        return self._near_focus(text, toponyms, mentions)

    def _near_focus(self, text: str, toponyms: list[Toponym], mentions: Sequence[Mention]) -> list[Toponym]:
        """A name the gazetteer does not know ("Neches River", "Readington Township", a village) in a story
        centred on one town is most likely near that town: it takes the town's point with resolution
        "vicinity" and a low score (the story's focus = its most-named confidently resolved town)."""
        if not VICINITY_FALLBACK or all(t.resolution != "none" or t.score > 0 for t in toponyms):
            return toponyms
        weight: Counter = Counter()
        by_id: dict[tuple, Toponym] = {}
        for t in toponyms:
            if t.resolution in VICINITY_FOCUS_KINDS and t.score >= VICINITY_MIN_FOCUS_SCORE and t.country_code:
                key = (t.geonameid, t.lat, t.lon)
                weight[key] += VICINITY_FOCUS_KINDS[t.resolution]
                by_id.setdefault(key, t)
        if not weight:
            return toponyms
        key, _ = weight.most_common(1)[0]
        story_focus = by_id[key]
        out = []
        for i, (t, m) in enumerate(zip(toponyms, mentions)):
            if t.resolution == "none" and t.score == 0.0 and m.source != "border" and m.text[:1].isupper():
                focus = story_focus
                nxt = toponyms[i + 1] if i + 1 < len(toponyms) else None  # "Lake X in Kyrgyzstan", "X, Texas"
                if nxt is not None and nxt.lat is not None and nxt.resolution != "vicinity" and \
                        text[m.end:nxt.start].strip() in (",", "in", ", in", "near", "outside") and nxt.start - m.end <= 8:
                    focus = nxt
                t = dataclasses.replace(t, name=focus.name, lat=focus.lat, lon=focus.lon, country_code=focus.country_code,
                                        admin1=focus.admin1, feature_class=focus.feature_class,
                                        resolution="vicinity", score=VICINITY_SCORE,
                                        countries=(focus.country_code,) if focus.country_code else ())
            out.append(t)
        return out

    @staticmethod
    def _region_context(text: str, mention: Mention) -> Mention:
        """'the province of Tavush', 'Armavir and Ararat provinces' hint a region like 'Tavush province'."""
        if mention.region_hint or mention.source == "border" or not text:
            return mention
        if _REGION_BEFORE.search(text[max(0, mention.start - 20):mention.start]) or \
                _REGIONS_AFTER.match(text[mention.end:mention.end + 40]):
            return dataclasses.replace(mention, region_hint=True)
        if _STATE_AFTER.match(text[mention.end:mention.end + 12]):
            return dataclasses.replace(mention, region_hint=True)
        if _COUNTIES_AFTER.match(text[mention.end:mention.end + 120]):
            return dataclasses.replace(mention, county_hint=True)
        return mention

    @staticmethod
    def _other_side(mention: Mention, context: dict) -> Mention:
        """'the Afghan border' in a story about Tajikistan: the border of both countries."""
        if mention.source != "border" or len(mention.countries) != 1:
            return mention
        others = [(w, c) for c, w in context["countries"].items() if c not in mention.countries]
        if not others:
            return mention
        weight, code = max(others)
        if weight < 0.5:
            return mention
        return dataclasses.replace(mention, countries=(code, *mention.countries))

    def _local_cues(self, text: str, items: list[_Item]) -> None:
        """'a Lebanon man', 'Palestine High School', 'the Jordan Police Department': a name followed by
        a word of local life is the town, not the country of the same name."""
        for item in items:
            m = item.mention
            if not any(c.place.kind == "city" and c.primary for c in item.candidates):
                continue
            follow = text[m.end:m.end + 40]
            if not self.gaz.lexicon.local_cue.match(follow):
                continue
            for cand in item.candidates:  # also a small province of the same name ("Hanover police": not the parish)
                if cand.place.kind in ("country", "continent") or \
                        (cand.place.kind == "adm1" and cand.place.population < LOCAL_CUE_SMALL_ADM1):
                    cand.prior -= LOCAL_CUE_COUNTRY_PENALTY

    def _context(self, items: list[_Item], dateline: Place | None) -> dict:
        """What the story's resolved places say: countries, ADM1s and points, with each
        contribution kept per surface form, so that repeats of one name do not vote for themselves."""
        countries: Counter = Counter()
        national: Counter = Counter()  # the part of `countries` that comes from country names ("the US")
        admin1: Counter = Counter()
        points: list[tuple[float, float, float, str]] = []
        by_form: dict[str, tuple[Counter, Counter]] = {}
        for it in items:
            form = fold(it.mention.text)
            own_c, own_a = by_form.setdefault(form, (Counter(), Counter()))
            if it.best is None:
                for code in it.mention.countries:
                    countries[code] += 1.0
                    own_c[code] += 1.0
                continue
            weight = min(1.0, 0.3 + it.margin)
            p = it.best.place
            if p.country_code:
                countries[p.country_code] += weight
                own_c[p.country_code] += weight
                if p.kind == "country":
                    national[p.country_code] += weight
            if p.kind in ("city", "adm2", "adm1") and p.admin1_code:
                admin1[(p.country, p.admin1_code)] += weight
                own_a[(p.country, p.admin1_code)] += weight
            if p.kind in ("city", "adm2"):
                points.append((p.lat, p.lon, weight, form))
        if dateline is not None:
            if dateline.country_code:
                countries[dateline.country_code] += DATELINE_COUNTRY_VOTE
            if dateline.admin1_code:
                admin1[(dateline.country, dateline.admin1_code)] += 1.0
        total = sum(countries.values()) or 1.0
        total_a1 = sum(admin1.values()) or 1.0
        return {"countries": countries, "country_total": total, "admin1": admin1, "admin1_total": total_a1,
                "points": points, "by_form": by_form, "national": national,
                "dateline": (dateline.country_code, fold(dateline.name)) if dateline is not None else (None, None)}

    def _choose(self, item: _Item, context: dict, items: list[_Item] | None = None, idx: int = 0, text: str = "") -> None:
        if not item.candidates:
            item.best, item.margin = None, 0.0
            return
        described = self._described_country(item.mention, text)
        if described is not None and not any(c.place.country == described.country for c in item.candidates):
            # a town the gazetteer lacks ("the Mozambican town of Palma"): its country, not a namesake elsewhere
            item.candidates.append(_Candidate(described, True, self._prior(described, True, item.mention, exact=False)))
        pattern_parent = (self._parent(items, idx, text) if items is not None else None) or described
        list_kind = self._list_kind(items, idx, text) if items is not None else None
        form = fold(item.mention.text)
        world_city = {c.place.country for c in item.candidates if c.place.kind == "city" and c.primary and
                      (c.place.feature_code == "PPLC" or c.place.population >= WORLD_CITY_POPULATION)}
        for cand in item.candidates:
            s = cand.prior
            p = cand.place
            if context:
                own_c, own_a = context["by_form"].get(form, (_EMPTY, _EMPTY))
                # a small namesake of a world city ("Paris", Texas) needs more than "the US" named in the story
                # and more than the dateline ("WASHINGTON - ... in Damascus" is Syria's, not Maryland's)
                small_namesake = bool(world_city - {p.country}) and p.kind in ("city", "adm2") \
                    and p.population < SMALL_NAMESAKE_POPULATION
                ignored = context["national"].get(p.country_code, 0.0) * NATIONAL_VOTE_DISCOUNT if small_namesake else 0.0
                dateline_country, dateline_form = context["dateline"]
                if small_namesake and p.country_code == dateline_country:  # the dateline and its own mention
                    ignored += DATELINE_COUNTRY_VOTE + context["by_form"].get(dateline_form, (_EMPTY, _EMPTY))[0].get(
                        p.country_code, 0.0)
                # shares among the *other* names of the story (14 repeats of "Dublin" do not drown one "Ohio"),
                # with a pseudo-count so that a single other name is not the whole story
                country_total = context["country_total"] - sum(own_c.values()) + OTHER_NAMES_PSEUDO_COUNT
                admin1_total = context["admin1_total"] - sum(own_a.values()) + OTHER_NAMES_PSEUDO_COUNT
                share = (context["countries"].get(p.country_code, 0.0) - own_c.get(p.country_code, 0.0) - ignored) / country_total
                s += COUNTRY_CONTEXT_WEIGHT * max(share, 0.0)
                a1 = context["admin1"].get((p.country, p.admin1_code), 0.0) - own_a.get((p.country, p.admin1_code), 0.0)
                if p.kind in ("city", "adm2"):
                    s += 0.6 * max(a1, 0.0) / admin1_total
                    near = sum(w for lat, lon, w, f in context["points"] if f != form and abs(lat - p.lat) < NEAR_LAT_DEGREES
                               and haversine_km(lat, lon, p.lat, p.lon) < 150 and not (small_namesake and f == dateline_form))
                    s += 0.25 * min(near, 2.0)
                    if cand.cluster:  # the story's own country makes nearness count ("Paris, Milan" in Tbilisi: no)
                        raw = context["countries"].get(p.country_code, 0.0) / context["country_total"]
                        s += CLUSTER_WEIGHT * cand.cluster * min(1.0, 0.25 + 1.5 * raw)
                elif p.kind == "adm1":  # other places of the story lie in this region
                    s += ADM1_CONTAINS_WEIGHT * max(a1, 0.0) / admin1_total
                if p.kind in ("city", "adm2") and p.country_code == dateline_country and form != dateline_form \
                        and p.population >= DATELINE_TOWN_MIN_POPULATION and not (world_city - {p.country}) \
                        and pattern_parent is None:
                    # "CARACAS - ... in Valencia": the Venezuelan city, not Spain's (never over a capital or world city
                    # abroad: "WASHINGTON - ... in Moscow"; nor over "Cambridge, England")
                    s += DATELINE_TOWN_BONUS
            if list_kind is not None and p.kind == list_kind and cand.primary:
                s += LIST_KIND_BONUS
            if pattern_parent is not None:
                if pattern_parent.kind == "country" and p.country == pattern_parent.country:
                    s += 1.5
                elif pattern_parent.kind == "adm1" and p.country == pattern_parent.country and p.admin1_code == pattern_parent.admin1_code:
                    s += 2.0
            cand.score = s
        ranked = sorted(item.candidates, key=lambda c: c.score, reverse=True)
        item.best = ranked[0]
        item.margin = ranked[0].score - (ranked[1].score if len(ranked) > 1 else 0.0)

    @staticmethod
    def _list_kind(items: list[_Item], idx: int, text: str) -> str | None:
        """'Utah, Virginia, Washington and Wyoming': when a list neighbour of this mention reads as a state
        (or a country), the kind that the member should read as too."""
        if not text:
            return None
        here = items[idx].mention
        for j in (idx - 1, idx + 1):
            if not 0 <= j < len(items):
                continue
            other = items[j].mention
            between = text[other.end:here.start] if j < idx else text[here.end:other.start]
            if len(between) > 6 or between.strip() not in _LIST_SEPARATORS:
                continue
            best = items[j].best
            if best is not None and best.place.kind in LIST_KINDS and best.primary and items[j].margin > 0.3:
                return best.place.kind
        return None

    def _described_country(self, mention: Mention, text: str) -> Place | None:
        """The country of "the Mozambican town of Palma" / "Russia's port of Ust-Luga"."""
        before = text[max(0, mention.start - 60):mention.start]
        if not (before[-1:].isspace() and before.rstrip().endswith("of")):
            return None  # (what the pattern ends with, tested before the search)
        found = _DESCRIBED_BEFORE.search(before)
        if found is None:
            return None
        word = found.group(1)
        code = self.gaz.lexicon.demonyms.get(word)
        if code is not None:
            return self.gaz.country(code)
        country = next((p for p, primary in self.gaz.lookup(word) if primary and p.kind == "country"), None)
        return country

    def _parent(self, items: list[_Item], idx: int, text: str) -> Place | None:
        """The Y of "X, Y" or "X in Y" when Y is the next mention and resolved to a country/ADM1."""
        if idx + 1 >= len(items):
            return None
        here, nxt = items[idx].mention, items[idx + 1].mention
        between = text[here.end:nxt.start] if text else ""
        if between.strip() not in (",", "in", ", in", "of", "located in", ", located in") or nxt.start - here.end > 14:
            return None
        best = items[idx + 1].best
        if best is None or best.place.kind not in ("country", "adm1"):
            # the parent may be a weaker reading: take its strongest country/ADM1 candidate
            regions = [c for c in items[idx + 1].candidates if c.place.kind in ("country", "adm1")]
            if not regions:
                return None
            return max(regions, key=lambda c: c.prior).place
        return best.place

    # ------------------------------------------------------------------ output
    def _toponym(self, item: _Item, mention: Mention) -> Toponym:
        base = dict(doc_id="", start=mention.start, end=mention.end, text=mention.text)
        if mention.source == "border":
            codes = mention.countries
            first = self.gaz.country(codes[0]) if codes else None
            return Toponym(**base, name=mention.text, country_code=codes[0] if codes else "",
                           lat=first.lat if first and len(codes) == 1 else None,
                           lon=first.lon if first and len(codes) == 1 else None,
                           feature_class="A" if codes else "", resolution="border", score=0.9 if codes else 0.0,
                           countries=tuple(codes))
        if item.best is None:
            return Toponym(**base)
        score = self._calibrate(item)
        if score < MIN_SCORE:
            return Toponym(**base, score=score)
        p = item.best.place
        return Toponym(**base, geonameid=p.geonameid, name=p.name, lat=p.lat, lon=p.lon, country_code=p.country_code,
                       admin1=p.admin1 if p.kind != "adm1" else p.name, feature_class=p.feature_class,
                       resolution=RESOLUTION_OF_KIND[p.kind], score=score,
                       countries=(p.country_code,) if p.country_code else ())

    @staticmethod
    def _calibrate(item: _Item) -> float:
        """0..1: squashed margin over the runner-up times the strength of the best candidate."""
        assert item.best is not None
        strength = 1.0 / (1.0 + math.exp(-3.0 * (item.best.score - 0.9)))
        if len(item.candidates) == 1:
            certainty = 0.95
        else:
            certainty = 1.0 / (1.0 + math.exp(-2.5 * item.margin))
        return max(0.0, min(1.0, strength * certainty))


def _flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: accurate enough below a few hundred km, and cheap."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def _cluster_bonus(items: list[_Item]) -> None:
    """For every town/county reading: for each *other* name of the story, how near its nearest plausible
    reading is (minimum-distance clustering over all readings, not just the current best ones).
    'Huntsville' + 'Walker County' -> both in Texas; 'Paris' + 'Henry County' -> both in Tennessee."""
    readings: dict[str, list[tuple[float, float]]] = {}
    for it in items:
        form = fold(it.mention.text)
        if form in readings or not it.candidates:
            continue
        top = max(c.prior for c in it.candidates)
        local = sorted((c for c in it.candidates
                        if c.place.kind in ("city", "adm2") and c.primary and c.prior >= top - CLUSTER_PRIOR_GAP),
                       key=lambda c: c.prior, reverse=True)[:CLUSTER_TOP]
        readings[form] = [(c.place.lat, c.place.lon) for c in local]
    if len(readings) < 2:
        return
    for it in items:
        form = fold(it.mention.text)
        for cand in it.candidates:
            if cand.place.kind not in ("city", "adm2") or not cand.primary:
                continue
            lat, lon = cand.place.lat, cand.place.lon
            total = 0.0
            for other, points in readings.items():
                if other == form or not points:
                    continue
                # (a reading that far north or south is beyond the last band whatever its longitude)
                d = min((_flat_km(lat, lon, a, b) for a, b in points if abs(a - lat) < NEAR_LAT_DEGREES), default=math.inf)
                for limit, value in CLUSTER_BANDS:
                    if d < limit:
                        total += value
                        break
            cand.cluster = min(total, 2.0)


def demonym_places(gaz: Gazetteer, text: str) -> list[Place]:
    """'Ohioans', 'Dagestani', 'South Ossetian', 'European': the region or country they name."""
    for suffix, endings in _DEMONYM_STEMS:
        if not text.endswith(suffix) or len(text) - len(suffix) < 3:
            continue
        stem = text[: len(text) - len(suffix)]
        for ending in endings:
            places = [p for p, primary in gaz.lookup(stem + ending)
                      if primary and p.kind in ("country", "adm1", "region", "continent")]
            if places:
                return places
    return []


def resolve_names(gaz: Gazetteer, names: Sequence[str]) -> list[Toponym]:
    """Resolve bare names (no text) one by one; convenience for tests and look-ups."""
    out = []
    for name in names:
        out.extend(Resolver(gaz).resolve(name, [Mention(0, len(name), name, "given")]))
    return out


__all__ = ["Resolver", "dateline_place", "haversine_km", "resolve_names", "MIN_SCORE", "fold"]
