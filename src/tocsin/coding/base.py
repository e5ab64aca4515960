"""The coder interface: anything with a `name` and `code_batch(articles)`."""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from tocsin.types import Article, CodedArticle


@runtime_checkable
class Coder(Protocol):
    """Codes articles into events. `code_batch` keeps the input order; one article's failure gives
    `CodedArticle(error=...)` for that article while the others are coded."""

    name: str

    def code_batch(self, articles: Sequence[Article]) -> list[CodedArticle]: ...
