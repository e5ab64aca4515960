"""RSS/Atom feeds (file or URL) and single web pages -> articles."""

from __future__ import annotations

import re
from typing import Any, Iterator

from tocsin.config import Settings
from tocsin.errors import InputError, RecordError
from tocsin.ingest.html import declared_charset, fragment_text, page_fields
from tocsin.ingest.http import Fetched, fetch, make_client
from tocsin.ingest.records import make_article, plain_text_fields
from tocsin.ingest.text import decode_bytes
from tocsin.types import Article, SourceProblem

Item = Article | SourceProblem

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_XML_TYPES = ("application/xml", "text/xml")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)


def sniff_kind(body: bytes, content_type: str = "") -> str:
    """"feed", "page" or "unknown", from the first 2 KB of the body (what it is), then the content type."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _FEED_ROOT.search(head):
        return "feed"
    if _HTML_ROOT.search(head):
        return "page"
    if content_type in _FEED_TYPES or content_type in _XML_TYPES:
        return "feed"
    if content_type in ("text/html", "application/xhtml+xml"):
        return "page"
    return "unknown"


def read_feed_bytes(body: bytes, source: str, settings: Settings, base_url: str = "") -> Iterator[Item]:
    """Entries of an RSS/Atom document. Raises InputError when the bytes are not a usable feed."""
    import feedparser

    if sniff_kind(body) == "page":
        raise InputError("not a feed: the content is an HTML page", source)
    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(body, response_headers=headers or None)
    entries = parsed.get("entries", [])
    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(error, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)):
        error = None  # a mislabelled encoding or content type: the XML itself was fine
    if error is not None and not entries:
        raise InputError(f"malformed feed XML: {error}", source)
    if not parsed.get("version") and not entries:
        raise InputError("not an RSS or Atom feed", source)
    if error is not None:
        yield SourceProblem(source, None, f"feed XML is malformed ({error}); read what could be recovered")
    feed_title = str(parsed.get("feed", {}).get("title", "") or "")
    with make_client(settings) as client:
        for number, entry in enumerate(entries, start=1):
            yield from _entry_article(entry, number, feed_title, source, settings, client)


def _entry_article(entry: Any, number: int, feed_title: str, source: str, settings: Settings, client: Any) -> Iterator[Item]:
    link = str(entry.get("link", "") or "")
    text = _entry_text(entry)
    fields: dict[str, Any] = {
        "text": text,
        "title": fragment_text(str(entry.get("title", "") or "")),
        "pub_date": entry.get("published_parsed") or entry.get("updated_parsed"),
        "url": link,
        "source": feed_title,
    }
    where = f"{source} entry {number}"
    if not text.strip():
        if not link:
            yield SourceProblem(source, None, f"entry {number}: no text and no link")
            return
        try:
            page = fetch(link, settings, client)
            linked = _page_fields(page)
            fields["text"] = linked["text"]
            fields["pub_date"] = fields["pub_date"] or linked["pub_date"]
            fields["url"] = page.url
        except InputError as exc:
            yield SourceProblem(source, None, f"entry {number}: no text in the feed and the linked page failed: {exc}")
            return
    try:
        article, notes = make_article(fields, settings, where, None)
    except RecordError as exc:
        yield SourceProblem(source, None, f"entry {number}: {exc.reason}")
        return
    yield from notes
    yield article


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content blocks and summary, as plain text."""
    candidates = [str(block.get("value", "")) for block in entry.get("content", []) or []]
    candidates.append(str(entry.get("summary", "") or ""))
    texts = [fragment_text(c) for c in candidates if c.strip()]
    return max(texts, key=len, default="")


def _page_fields(page: Fetched) -> dict[str, Any]:
    html = decode_bytes(page.body, page.url, page.charset or declared_charset(page.body))
    return page_fields(html, page.url)


def read_page_bytes(page: Fetched, settings: Settings) -> Iterator[Item]:
    """One article from a fetched web page."""
    fields = _page_fields(page)
    try:
        article, notes = make_article(fields, settings, page.url, None)
    except RecordError as exc:
        raise InputError(f"no article text found on the page ({exc.reason})", page.url) from exc
    yield from notes
    yield article


def read_url(spec: str, settings: Settings) -> Iterator[Item]:
    """An http(s) URL: fetched once, then read as a feed or a page depending on what came back."""
    page = fetch(spec, settings)
    kind = sniff_kind(page.body, page.content_type)
    if kind == "page" and page.content_type in _FEED_TYPES:
        raise InputError(f"not a feed: the server said {page.content_type} but sent an HTML page", spec)
    if kind == "feed":
        yield from read_feed_bytes(page.body, spec, settings, base_url=page.url)
    elif page.content_type == "text/plain":
        text = decode_bytes(page.body, page.url, page.charset)
        fields = {**plain_text_fields(text), "url": page.url}
        try:
            article, notes = make_article(fields, settings, page.url, None)
        except RecordError as exc:
            raise InputError(exc.reason, page.url) from exc
        yield from notes
        yield article
    elif kind == "page" or page.content_type.startswith("text/"):
        yield from read_page_bytes(page, settings)
    else:
        raise InputError(f"unsupported content type {page.content_type or 'unknown'!r} (expected a feed or an HTML page)", spec)
