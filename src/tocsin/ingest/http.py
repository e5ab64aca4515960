"""Fetching one URL: timeouts, retries on 5xx/timeouts, redirect limit, download size limit."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from tocsin.config import Settings
from tocsin.errors import FetchError

MAX_REDIRECTS = 8
_RETRY_PAUSE_S = 0.2


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded body and what the server said about it."""

    url: str  # final URL after redirects
    content_type: str  # media type only, lower-case, e.g. "application/rss+xml"
    charset: str | None
    body: bytes


def fetch(url: str, settings: Settings, client: httpx.Client | None = None) -> Fetched:
    """GET `url`; raise FetchError naming the URL on HTTP errors, timeouts, redirect loops,
    bodies over settings.max_download_bytes, or network failures. 5xx and timeouts are retried
    settings.http_retries times."""
    own_client = client is None
    client = client or make_client(settings)
    try:
        attempts = max(settings.http_retries, 0) + 1
        for attempt in range(1, attempts + 1):
            try:
                return _get(client, url, settings)
            except _Retryable as exc:
                if attempt == attempts:
                    raise FetchError(exc.message, url) from exc.__cause__
                time.sleep(_RETRY_PAUSE_S * attempt)
        raise AssertionError("unreachable")
    finally:
        if own_client:
            client.close()


def make_client(settings: Settings) -> httpx.Client:
    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(settings.http_timeout),
        headers={"User-Agent": settings.user_agent, "Accept": "*/*"},
    )


class _Retryable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _get(client: httpx.Client, url: str, settings: Settings) -> Fetched:
    deadline = time.monotonic() + 3 * settings.http_timeout  # whole download, not just each read
    limit = settings.max_download_bytes
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 500:
                raise _Retryable(f"HTTP {response.status_code} {response.reason_phrase}")
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}", url)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(f"download of {int(declared):,} bytes exceeds max_download_bytes ({limit:,})", url)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"download exceeds max_download_bytes ({limit:,}); stopped", url)
                if time.monotonic() > deadline:
                    raise _Retryable(f"download took longer than {3 * settings.http_timeout:g} s")
                chunks.append(chunk)
            media_type, charset = _content_type(response.headers.get("content-type", ""))
            return Fetched(str(response.url), media_type, charset, b"".join(chunks))
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS}; a redirect loop?)", url) from exc
    except httpx.TimeoutException as exc:
        raise _Retryable(f"timed out after {settings.http_timeout:g} s ({type(exc).__name__})") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(f"invalid URL: {exc}", url) from exc
    except httpx.HTTPError as exc:
        raise _Retryable(f"network error: {exc or type(exc).__name__}") from exc


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip().strip('"').lower()
    return media_type.strip().lower(), charset
