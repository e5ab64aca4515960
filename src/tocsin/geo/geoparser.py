"""Geoparser: recognise toponyms in a text (or take given spans) and resolve them."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Sequence

from tocsin.config import Settings
from tocsin.errors import GeoError
from tocsin.geo.gazetteer import Gazetteer
from tocsin.geo.recognise import Mention, mentions_from_spans, recognise
from tocsin.geo.resolve import Resolver, dateline_place
from tocsin.nlp import doc_text
from tocsin.types import Toponym

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


class Geoparser:
    """`find` = recognise + resolve; `resolve_spans` = resolve given mentions only."""

    def __init__(self, settings: Settings, gazetteer: Gazetteer | None = None) -> None:
        self.settings = settings
        self.gazetteer = gazetteer or Gazetteer.load(settings)

    def parse(self, text: str) -> "Doc":
        from tocsin.nlp import load_pipeline

        return load_pipeline(self.settings.spacy_model)(text)

    def mentions(self, text: str, doc: "Doc | None" = None, nested: bool = False) -> list[Mention]:
        doc = doc if doc is not None else self.parse(text)
        if doc_text(doc) != text:
            raise GeoError("the given spaCy Doc was not parsed from this text")
        return recognise(doc, self.gazetteer, nested=nested)

    def find(self, text: str, doc: "Doc | None" = None, doc_id: str = "", nested: bool = False) -> list[Toponym]:
        """Every toponym in `text`, resolved (unresolved ones have resolution "none").

        `nested` also returns place names inside organisation names and demonyms (LGL/GWN convention)."""
        return self.resolve_mentions(text, self.mentions(text, doc, nested=nested), doc_id)

    def resolve_spans(self, text: str, spans: Sequence[tuple[int, int]], doc_id: str = "") -> list[Toponym]:
        """Resolve exactly the given [start, end) spans of `text`, in the given order."""
        try:
            mentions = mentions_from_spans(text, [(int(s), int(e)) for s, e in spans], self.gazetteer)
        except (TypeError, ValueError) as exc:
            raise GeoError(f"bad span in {doc_id or 'text'}: {exc}") from exc
        order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end))
        resolved = self.resolve_mentions(text, [mentions[i] for i in order], doc_id)
        out: list[Toponym] = [resolved[0]] * len(mentions) if mentions else []
        for pos, i in enumerate(order):
            out[i] = resolved[pos]
        return out

    def resolve_mentions(self, text: str, mentions: Sequence[Mention], doc_id: str = "") -> list[Toponym]:
        dateline = dateline_place(text, self.gazetteer)
        toponyms = Resolver(self.gazetteer).resolve(text, mentions, dateline)
        return [dataclasses.replace(t, doc_id=doc_id) for t in toponyms]
