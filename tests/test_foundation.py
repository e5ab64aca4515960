"""Settings, taxonomy, registries and the executor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tocsin.config import Settings, build_settings
from tocsin.errors import ConfigError, TaxonomyError
from tocsin.plover import load_taxonomy_file, parse_taxonomy, taxonomy
from tocsin.registry import Registry


def test_settings_precedence_file_env_override(tmp_path: Path) -> None:
    cfg = tmp_path / "tocsin.toml"
    cfg.write_text('[tocsin]\nbatch_size = 8\nworkers = 2\nhttp_timeout = 3.5\n', encoding="utf-8")
    s = build_settings(config_file=cfg, env={"TOCSIN_WORKERS": "3", "TOCSIN_DB": str(tmp_path / "x.duckdb")})
    assert s.batch_size == 8  # from file
    assert s.workers == 3  # env beats file
    assert s.http_timeout == 3.5
    assert s.db == tmp_path / "x.duckdb"
    s2 = build_settings(config_file=cfg, env={"TOCSIN_WORKERS": "3"}, overrides={"workers": 1, "coder": None})
    assert s2.workers == 1  # CLI beats env; None means "not given"
    assert s2.coder == Settings().coder


def test_settings_errors_name_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("batch_size = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.toml"):
        build_settings(config_file=bad, env={})
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("bach_size = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bach_size"):
        build_settings(config_file=unknown, env={})
    with pytest.raises(ConfigError, match="workers"):
        build_settings(env={"TOCSIN_WORKERS": "many"})
    with pytest.raises(ConfigError, match="batch_size"):
        build_settings(env={}, overrides={"batch_size": 0})


def test_taxonomy_has_plover_v2_shape() -> None:
    t = taxonomy()
    assert len(t.event_types) == 16
    assert len(t.contexts) == 37
    assert t.event_type("ASSAULT").quad_code == 4
    assert t.event_type("AGREE").quad_code == 1
    assert t.event_type("AID").requires_recipient and t.event_type("SANCTION").requires_recipient
    assert "firearms" in t.event_type("ASSAULT").modes
    assert t.event_type("ASSAULT").scale("aerial") == -9.5
    assert t.event_type("CONSULT").scale() == 2.5
    assert {"MIL", "GOV", "COP", "REB", "CVL", "JRN", "CRM"} <= set(t.sectors)
    assert {"IGO", "UNO", "EUR", "NGO", "IMG"} <= set(t.nonstate_codes)
    for ctx in ("military", "terrorism", "illegal_drugs", "migration", "cyber", "territory", "peacekeeping"):
        assert ctx in t.contexts
    assert "CC BY-SA" in t.credit
    with pytest.raises(TaxonomyError):
        t.event_type("FIGHT")


def test_taxonomy_validation_rejects_broken_files(tmp_path: Path) -> None:
    from importlib import resources

    good = json.loads(resources.files("tocsin.data").joinpath("plover_v2.json").read_text(encoding="utf-8"))
    broken = dict(good, event_types={k: v for k, v in good["event_types"].items() if k != "AID"})
    with pytest.raises(TaxonomyError, match="16 event types"):
        parse_taxonomy(broken)
    bad_quad = json.loads(json.dumps(good))
    bad_quad["event_types"]["AID"]["quad_code"] = 7
    with pytest.raises(TaxonomyError, match="AID"):
        parse_taxonomy(bad_quad)
    path = tmp_path / "t.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="t.json"):
        load_taxonomy_file(path)


def test_registry_rejects_duplicates_and_names_known_items() -> None:
    reg: Registry = Registry("widget")
    reg.register("a")(lambda: 1)
    with pytest.raises(ConfigError, match="twice"):
        reg.register("a")(lambda: 2)
    with pytest.raises(ConfigError, match="known: a"):
        reg.get("b")
    assert reg.names() == ["a"] and "a" in reg


def test_builtin_coders_are_registered() -> None:
    from tocsin import plugins
    from tocsin.registry import coders

    plugins.load_builtins()
    assert {"rules", "keyword"} <= set(coders.names())


def test_every_setting_is_documented() -> None:
    from dataclasses import fields

    doc = (Path(__file__).resolve().parents[1] / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = [f.name for f in fields(Settings) if f"`{f.name}`" not in doc]
    assert missing == []
