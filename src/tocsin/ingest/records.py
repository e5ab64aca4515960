"""Raw fields -> a normalised Article (text, ids, hashes, URL, date), with notes as SourceProblems."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any, Mapping

from tocsin.config import Settings
from tocsin.errors import RecordError
from tocsin.ingest.dates import DateError, parse_pub_date
from tocsin.ingest.text import content_hash, normalise_text, truncate_at_sentence
from tocsin.ingest.urls import canonical_url
from tocsin.types import Article, SourceProblem

FIELDS = ("id", "text", "title", "pub_date", "url", "source", "lang")
_MAX_TITLE_LINE = 200  # a plain text's first line this short (and followed by text) is the title
_RAW_SLACK = 4  # raw text beyond 4x max_text_chars is cut before normalising (it will be cut anyway)


def article_id(canonical: str, text_hash: str) -> str:
    """A stable id for an article that came without one: from its canonical URL, else its text."""
    key = f"url:{canonical}" if canonical else f"text:{text_hash}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def normalise_article(article: Article, settings: Settings, problems: list[SourceProblem] | None = None) -> Article:
    """Normalise text and title, truncate over-long text at a sentence end, fill content_hash,
    canonical_url and a missing id. A truncation note (naming article.origin) is appended to
    `problems` when given."""
    normalised, original_length = _normalise(article, settings)
    if original_length is not None and problems is not None:
        problems.append(SourceProblem(article.origin or article.id, None, _truncation_note(original_length, normalised)))
    return normalised


def _normalise(article: Article, settings: Settings) -> tuple[Article, int | None]:
    """The normalised article and, when its text was truncated, the original length."""
    text = article.text
    limit = settings.max_text_chars
    if len(text) > limit * _RAW_SLACK:
        text = text[: limit * _RAW_SLACK]
    text = normalise_text(text)
    truncated_from = None
    if len(text) > limit:
        truncated_from = len(article.text)
        text = truncate_at_sentence(text, limit)
    title = normalise_text(article.title).replace("\n", " ")
    canonical = article.canonical_url or canonical_url(article.url)
    text_hash = content_hash(text)
    normalised = dataclasses.replace(
        article,
        id=article.id.strip() or article_id(canonical, text_hash),
        text=text,
        title=title,
        url=article.url.strip(),
        source=article.source.strip(),
        lang=(article.lang or "en").strip().lower() or "en",
        content_hash=text_hash,
        canonical_url=canonical,
    )
    return normalised, truncated_from


def _truncation_note(original_length: int, article: Article) -> str:
    return f"text of {original_length:,} characters truncated to {len(article.text):,} at a sentence end (max_text_chars)"


def make_article(fields: Mapping[str, Any], settings: Settings, source: str, line: int | None) -> tuple[Article, list[SourceProblem]]:
    """Build a normalised Article from a record's fields (JSONL/CSV/JSON/feed/page).

    Raises RecordError when the record is unusable (no text, empty text, wrong types). A bad
    pub_date or a truncation is returned as a note; the article is kept.
    """
    text = fields.get("text")
    if text is None:
        raise RecordError("record has no 'text' field", source, line)
    if not isinstance(text, str):
        raise RecordError(f"'text' must be a string, got {type(text).__name__}", source, line)
    notes: list[SourceProblem] = []
    try:
        pub_date = parse_pub_date(fields.get("pub_date"))
    except DateError as exc:
        notes.append(SourceProblem(source, line, f"{exc}; article kept without a date"))
        pub_date = None
    raw = Article(
        id=_as_text(fields.get("id"), "id", source, line),
        text=text,
        title=_as_text(fields.get("title"), "title", source, line),
        pub_date=pub_date,
        url=_as_text(fields.get("url"), "url", source, line),
        source=_as_text(fields.get("source"), "source", source, line),
        lang=_as_text(fields.get("lang"), "lang", source, line) or "en",
        origin=source if line is None else f"{source}:{line}",
    )
    article, truncated_from = _normalise(raw, settings)
    if truncated_from is not None:
        notes.append(SourceProblem(source, line, _truncation_note(truncated_from, article)))
    if not article.text:
        raise RecordError("empty text", source, line)
    return article, notes


def _as_text(value: Any, name: str, source: str, line: int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise RecordError(f"'{name}' must be a string, got {type(value).__name__}", source, line)


def plain_text_fields(text: str) -> dict[str, Any]:
    """Plain text -> fields: a short first line not ending like a sentence, followed by more text, is the title."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    if rest.strip() and len(first) <= _MAX_TITLE_LINE and not first.rstrip().endswith((".", ",", ";", ":")):
        return {"title": first, "text": rest}
    return {"text": stripped}
