"""Calibrated confidence: the observed precision of each event type on the dev sets
(`tocsin/data/coding/calibration.yaml`, written by benchmarks/calibrate_confidence.py), scaled by how a
coded event's raw confidence (rule reliability x hedges such as a missing actor or a noun trigger)
compares with the mean raw confidence of its type."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

import yaml

from tocsin import yaml_loading
from tocsin.errors import ConfigError

BUNDLED_CALIBRATION = "calibration.yaml"


@dataclass(frozen=True, slots=True)
class TypeReliability:
    """Observed precision of one event type: `reliability` (smoothed), from `correct` of `coded`."""

    coded: int
    correct: int
    reliability: float
    mean_raw: float


@dataclass(frozen=True, slots=True)
class Calibration:
    types: Mapping[str, TypeReliability]
    overall: float

    def confidence(self, event: str, raw: float) -> float:
        rel = self.types.get(event)
        if rel is None or rel.mean_raw <= 0:
            return raw
        return max(0.05, min(0.99, rel.reliability * raw / rel.mean_raw))


def parse_calibration(raw: Any, where: str) -> Calibration:
    if not isinstance(raw, dict) or not isinstance(raw.get("types"), dict):
        raise ConfigError(f"{where}: expected a mapping with 'types'")
    types: dict[str, TypeReliability] = {}
    for name, v in raw["types"].items():
        try:
            rel = TypeReliability(int(v["coded"]), int(v["correct"]), float(v["reliability"]), float(v["mean_raw"]))
        except (KeyError, TypeError, ValueError):
            raise ConfigError(f"{where}: types.{name} needs integer coded/correct and numeric reliability/mean_raw") from None
        if not (0 < rel.reliability <= 1 and 0 < rel.mean_raw <= 1 and 0 <= rel.correct <= rel.coded):
            raise ConfigError(f"{where}: types.{name} has values out of range")
        types[str(name)] = rel
    overall = float(raw.get("overall", 0.5))
    return Calibration(types, overall)


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    """The bundled calibration (an empty one when the file is absent)."""
    path = resources.files("tocsin.data.coding").joinpath(BUNDLED_CALIBRATION)
    if not path.is_file():
        return Calibration({}, 0.5)
    try:
        raw = yaml_loading.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{BUNDLED_CALIBRATION}: not valid YAML: {exc}") from None
    return parse_calibration(raw, BUNDLED_CALIBRATION)


def calibrated(event: str, raw: float) -> float:
    return calibration().confidence(event, raw)
