"""Keyword baseline coder: one event per sentence with a trigger word.

The floor every real coder is measured against (issue 3): sentences come from the same spaCy
parse the rules coder uses (so speed ratios are fair); the first trigger lemma in a sentence
gives the PLOVER type (and mode when listed); the first country named is the actor and the
second, different, country the recipient. No negation, no syntax, no dates beyond `pub_date`.
Word list: data/coding/keyword_triggers.yaml.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Mapping, Sequence

from tocsin import nlp, yaml_loading
from tocsin.config import Settings
from tocsin.errors import TaxonomyError
from tocsin.plover import taxonomy
from tocsin.registry import coders
from tocsin.types import Article, CodedArticle, Entity, Event, TextInfo

VERSION = "0.1"
CODER_ID = f"tocsin-keyword/{VERSION}"


@dataclass(frozen=True, slots=True)
class KeywordLexicon:
    triggers: Mapping[str, tuple[str, str]]  # lower-case lemma or word -> (PLOVER type, mode or "")
    country_pattern: re.Pattern[str]
    country_codes: Mapping[str, str]  # name as written -> alpha-3


def _country_names(extra: Mapping[str, str]) -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names[value] = country.alpha_3
    names.update(extra)
    return names


def parse_lexicon(data: Mapping, where: str) -> KeywordLexicon:
    """Validate the YAML word list and build the lexicon."""
    known = taxonomy().event_types
    try:
        raw_triggers = data["triggers"]
        raw_countries = data.get("countries") or {}
    except (KeyError, TypeError, AttributeError):
        raise TaxonomyError(f"{where}: needs a 'triggers' mapping") from None
    triggers: dict[str, tuple[str, str]] = {}
    for event_type, modes in raw_triggers.items():
        if event_type not in known:
            raise TaxonomyError(f"{where}: {event_type!r} is not a PLOVER event type")
        if not isinstance(modes, dict):
            raise TaxonomyError(f"{where}: {event_type} must map modes to word lists")
        for mode, words in modes.items():
            mode = str(mode or "")
            if mode and not taxonomy().is_valid_mode(event_type, mode):
                raise TaxonomyError(f"{where}: {mode!r} is not a mode of {event_type}")
            for word in words:
                key = str(word).lower()
                if key in triggers:
                    raise TaxonomyError(f"{where}: trigger {word!r} is listed twice")
                triggers[key] = (event_type, mode)
    if not isinstance(raw_countries, dict):
        raise TaxonomyError(f"{where}: 'countries' must map names to alpha-3 codes")
    names = _country_names({str(k): str(v) for k, v in raw_countries.items()})
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")
    return KeywordLexicon(triggers, pattern, names)


@functools.lru_cache(maxsize=1)
def bundled_lexicon() -> KeywordLexicon:
    where = "tocsin/data/coding/keyword_triggers.yaml"
    text = resources.files("tocsin.data").joinpath("coding/keyword_triggers.yaml").read_text(encoding="utf-8")
    return parse_lexicon(yaml_loading.safe_load(text), where)


class KeywordCoder:
    """One event per trigger sentence; first country actor, second recipient."""

    name = "keyword"
    version = VERSION

    def __init__(self, settings: Settings, lexicon: KeywordLexicon | None = None) -> None:
        self.settings = settings
        self.lexicon = lexicon or bundled_lexicon()

    def code_batch(self, articles: Sequence[Article]) -> list[CodedArticle]:
        texts = [a.text[: self.settings.max_text_chars] for a in articles]
        docs = nlp.parse(self.settings.spacy_model, texts, self.settings.batch_size)
        out: list[CodedArticle] = []
        for article, doc in zip(articles, docs):
            try:
                out.append(CodedArticle(article.id, tuple(self.code_doc(article, doc))))
            except Exception as exc:  # one article's failure is reported, the others go on
                out.append(CodedArticle(article.id, (), error=f"{type(exc).__name__}: {exc}"))
        return out

    def code_doc(self, article: Article, doc) -> list[Event]:
        events: list[Event] = []
        for sequence, sent in enumerate(doc.sents, start=1):
            hit = self._trigger(sent)
            if hit is None:
                continue
            token, event_type, mode = hit
            actor, recipient = self._countries(sent.text, sent.start_char)
            etype = taxonomy().event_type(event_type)
            events.append(Event(
                id=f"{article.id}-{len(events) + 1}",
                story_id=article.id,
                date=article.pub_date,
                event=(event_type,),
                mode=(mode,) if mode else (),
                actor=actor,
                recipient=recipient,
                event_text=sent.text,
                text_info=TextInfo(sequence=sequence, start=sent.start_char, end=sent.end_char),
                confidence=0.5,
                coder=CODER_ID,
                quad_code=etype.quad_code,
                event_scale=etype.scale(mode or None),
                trigger=token.text,
                trigger_start=token.idx,
                trigger_end=token.idx + len(token.text),
                rule=f"keyword:{token.lemma_.lower() or token.lower_}",
                cite_info=article.url or article.source,
            ))
        return events

    def _trigger(self, sent):
        triggers = self.lexicon.triggers
        for token in sent:
            hit = triggers.get(token.lemma_.lower()) or triggers.get(token.lower_)
            if hit is not None:
                return token, hit[0], hit[1]
        return None

    def _countries(self, text: str, offset: int) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
        found: list[Entity] = []
        for match in self.lexicon.country_pattern.finditer(text):
            code = self.lexicon.country_codes[match.group(0)]
            if any(e.code == code for e in found):
                continue
            found.append(Entity(code=code, entity_text=match.group(0),
                                start=offset + match.start(), end=offset + match.end()))
            if len(found) == 2:
                break
        return tuple(found[:1]), tuple(found[1:2])


@coders.register("keyword")
def make_keyword_coder(settings: Settings) -> KeywordCoder:
    return KeywordCoder(settings)
