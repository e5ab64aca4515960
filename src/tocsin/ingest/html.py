"""HTML -> text: main-text extraction for whole pages (trafilatura), plain text for fragments."""

from __future__ import annotations

import re
from typing import Any

from tocsin.ingest.text import normalise_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article")


def declared_charset(head: bytes) -> str | None:
    """The charset named by a <meta> tag in the first 4 KB of an HTML document."""
    match = _META_CHARSET.search(head[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def page_fields(html: str, url: str = "") -> dict[str, Any]:
    """Fields of a web page: main text, title (<title> or metadata), pub_date, url."""
    import trafilatura

    text = trafilatura.extract(html, url=url or None, include_comments=False, include_tables=False) or ""
    metadata = trafilatura.extract_metadata(html, default_url=url or None, extensive=False)
    title = _title_tag(html) or (metadata.title if metadata and metadata.title else "")
    if not text.strip():
        text = fragment_text(html, drop=("script", "style", "nav", "header", "footer", "noscript", "aside", "form"))
    text = _drop_repeated_title(normalise_text(text), metadata.title if metadata else "", title)
    return {
        "text": text,
        "title": title,
        "pub_date": metadata.date if metadata and metadata.date else None,
        "url": url,
        "source": (metadata.sitename or "") if metadata else "",
    }


def fragment_text(html: str, drop: tuple[str, ...] = ("script", "style")) -> str:
    """Plain text of an HTML fragment (feed summary/content), block elements on their own lines."""
    import lxml.html
    from lxml import etree

    if "<" not in html:
        return normalise_text(_unescape(html))
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return normalise_text(html)
    for element in root.iter(*drop):
        element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return normalise_text(root.text_content())


def _title_tag(html: str) -> str:
    import lxml.html
    from lxml import etree

    try:
        titles = lxml.html.document_fromstring(html).findall(".//title")
    except (etree.ParserError, ValueError):
        return ""
    return " ".join(titles[0].text_content().split()) if titles else ""


def _drop_repeated_title(text: str, *titles: str) -> str:
    """Drop the first line of the text when it only repeats the headline."""
    first, _, rest = text.partition("\n")
    if rest and any(t and first.strip() == t.strip() for t in titles):
        return rest.lstrip()
    return text


def _unescape(text: str) -> str:
    import html as html_module

    return html_module.unescape(text)
