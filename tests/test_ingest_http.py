"""Feeds and web pages fetched from a real HTTP server on 127.0.0.1 (ephemeral port)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Iterator

import pytest

from ingest_http_server import Route, Server
from ingest_texts import BORDER, CYRILLIC, PROTEST, RATES, SEIZURE
from tocsin.errors import FetchError, InputError
from tocsin.ingest import read_source
from tocsin.ingest.http import fetch
from tocsin.types import Article, SourceProblem

def html_page(title: str, text: str, charset: str = "utf-8") -> bytes:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in text.rstrip(".").split(". "))
    return (
        f"<!DOCTYPE html><html><head><meta charset='{charset}'><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/contact'>Contact</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>All rights reserved.</footer></body></html>"
    ).encode(charset)


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Steppe Wire</title><link>{base}/</link>
<item><title>Rates on hold</title><link>{base}/rates?utm_source=rss</link><guid>r1</guid>
<description>{RATES}</description><pubDate>Fri, 10 May 2024 09:00:00 +0500</pubDate></item>
<item><title>Border clash</title><link>{base}/story</link><guid>r2</guid><pubDate>Tue, 12 Mar 2024 12:00:00 GMT</pubDate></item>
<item><title>Broken link</title><link>{base}/missing</link><guid>r3</guid></item>
<item><title>Heroin seized</title><link>{base}/seizure</link><description><![CDATA[<p>{SEIZURE}</p>]]></description></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Caucasus Desk</title><id>urn:desk</id><updated>2024-04-30T08:00:00Z</updated>
<entry><title>Arrests in Tbilisi</title><id>urn:desk:1</id><link href="{base}/tbilisi"/><updated>2024-04-30T08:00:00Z</updated>
<summary>Short teaser.</summary><content type="html">&lt;p&gt;{PROTEST}&lt;/p&gt;</content></entry>
</feed>""".encode()


def _redirect(target: str) -> Route:
    return lambda handler: (302, {"Location": target}, b"")


def _slow(handler) -> tuple[int, dict[str, str], bytes]:
    time.sleep(1.5)
    return 200, {"Content-Type": "text/html"}, html_page("Late", RATES)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv = Server()
    base = srv.base
    html = {"Content-Type": "text/html; charset=utf-8"}
    srv.routes.update({
        "/feed.rss": lambda h: (200, {"Content-Type": "application/rss+xml"}, rss(base)),
        "/atom": lambda h: (200, {"Content-Type": "application/atom+xml; charset=utf-8"}, atom(base)),
        "/story": lambda h: (200, html, html_page("Clash on the Kyrgyz-Tajik border", BORDER)),
        "/story-cp1251": lambda h: (200, {"Content-Type": "text/html; charset=windows-1251"}, html_page("Граница", CYRILLIC + " " + CYRILLIC, "windows-1251")),
        "/plain": lambda h: (200, {"Content-Type": "text/plain"}, ("Seizure at Nizhny Panj\n\n" + SEIZURE).encode()),
        "/feed-is-html": lambda h: (200, {"Content-Type": "application/rss+xml"}, html_page("Login required", RATES)),
        "/malformed.xml": lambda h: (200, {"Content-Type": "application/xml"}, b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</ti'),
        "/truncated.xml": lambda h: (200, {"Content-Type": "application/xml"}, f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Rates</title><description>{RATES}</description></item><item><title>x</ti'.encode()),
        "/error": lambda h: (500, {"Content-Type": "text/plain"}, b"boom"),
        "/r1": _redirect("/r2"),
        "/r2": _redirect("/r3"),
        "/r3": _redirect("/story"),
        "/loop": _redirect("/loop"),
        "/slow": _slow,
        "/large": lambda h: (200, {"Content-Type": "text/html"}, b"<html><body>" + b"<p>padding text</p>" * 5000 + b"</body></html>"),
        "/large-no-length": lambda h: (200, {"Content-Type": "text/html", "X-No-Length": "1", "Connection": "close"}, b"<html><body>" + b"<p>padding text</p>" * 5000),
        "/image": lambda h: (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(200)),
    })
    with srv:
        yield srv


@pytest.fixture()
def web_settings(settings):
    return settings.replace(http_timeout=0.4, http_retries=0, max_download_bytes=40_000)


def read_all(spec, settings):
    items = list(read_source(spec, settings))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, SourceProblem)]


def test_rss_feed_url(server, web_settings):
    articles, problems = read_all(server.url("/feed.rss"), web_settings)
    assert [a.title for a in articles] == ["Rates on hold", "Border clash", "Heroin seized"]
    rates, border, seizure = articles
    assert rates.text == RATES and rates.pub_date == dt.date(2024, 5, 10) and rates.source == "Steppe Wire"
    assert rates.canonical_url == server.url("/rates")
    # an entry with only a link: the page is fetched and its main text used
    assert "exchanged fire" in border.text and "Isfana" in border.text and "Contact" not in border.text
    assert border.pub_date == dt.date(2024, 3, 12)
    assert seizure.text == SEIZURE
    # the entry whose link is a 404 is a problem naming the feed and the entry
    assert len(problems) == 1
    assert problems[0].source == server.url("/feed.rss") and "entry 3" in problems[0].message and "404" in problems[0].message


def test_atom_feed_url_uses_full_content(server, web_settings):
    (article,), problems = read_all(server.url("/atom"), web_settings)
    assert problems == []
    assert article.text == PROTEST and article.title == "Arrests in Tbilisi" and article.pub_date == dt.date(2024, 4, 30)
    assert article.url == server.url("/tbilisi") and article.source == "Caucasus Desk"


def test_page_url(server, web_settings):
    (article,), problems = read_all(server.url("/story"), web_settings)
    assert problems == []
    assert article.title == "Clash on the Kyrgyz-Tajik border"
    assert article.text.startswith("BISHKEK, March 12") and "Home" not in article.text
    assert article.url == server.url("/story") and article.canonical_url == server.url("/story")


def test_page_in_cp1251(server, web_settings):
    (article,), _ = read_all(server.url("/story-cp1251"), web_settings)
    assert "Пограничники Киргизии" in article.text and article.title == "Граница"


def test_plain_text_url(server, web_settings):
    (article,), _ = read_all(server.url("/plain"), web_settings)
    assert article.title == "Seizure at Nizhny Panj" and article.text == SEIZURE


def test_redirect_chain_is_followed(server, web_settings):
    (article,), _ = read_all(server.url("/r1"), web_settings)
    assert article.url == server.url("/story") and "Kok-Tash" in article.text


def test_redirect_loop(server, web_settings):
    with pytest.raises(FetchError, match="too many redirects") as info:
        read_all(server.url("/loop"), web_settings)
    assert info.value.source == server.url("/loop")


def test_404(server, web_settings):
    with pytest.raises(FetchError, match="HTTP 404") as info:
        read_all(server.url("/nothing-here"), web_settings)
    assert info.value.source == server.url("/nothing-here")


def test_500_is_retried_then_fails(server, web_settings):
    before = server.hits.get("/error", 0)
    with pytest.raises(FetchError, match="HTTP 500"):
        fetch(server.url("/error"), web_settings.replace(http_retries=1))
    assert server.hits["/error"] - before == 2


def test_timeout(server, web_settings):
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        read_all(server.url("/slow"), web_settings)
    assert time.monotonic() - started < 1.4


def test_too_large_download(server, web_settings):
    with pytest.raises(FetchError, match="max_download_bytes"):
        read_all(server.url("/large"), web_settings)
    with pytest.raises(FetchError, match="max_download_bytes"):
        read_all(server.url("/large-no-length"), web_settings)
    # with a bigger limit the same page is read
    (article,), _ = read_all(server.url("/large"), web_settings.replace(max_download_bytes=1_000_000))
    assert article.text.startswith("padding text")


def test_feed_that_is_html(server, web_settings):
    with pytest.raises(InputError, match="not a feed") as info:
        read_all(server.url("/feed-is-html"), web_settings)
    assert info.value.source == server.url("/feed-is-html")


def test_malformed_xml(server, web_settings):
    with pytest.raises(InputError, match="malformed feed XML"):
        read_all(server.url("/malformed.xml"), web_settings)


def test_truncated_xml_keeps_the_entries_before_the_break(server, web_settings):
    articles, problems = read_all(server.url("/truncated.xml"), web_settings)
    assert [a.text for a in articles] == [RATES]
    assert "malformed" in problems[0].message and problems[0].source == server.url("/truncated.xml")
    assert any("entry 2" in p.message for p in problems)


def test_unsupported_content_type(server, web_settings):
    with pytest.raises(InputError, match="unsupported content type 'image/png'"):
        read_all(server.url("/image"), web_settings)


def test_connection_refused(web_settings):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="network error"):
        read_all(f"http://127.0.0.1:{port}/feed", web_settings)
