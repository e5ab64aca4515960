"""Bytes -> text (encoding detection) and text normalisation (Unicode, whitespace, truncation)."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from tocsin.errors import InputError

# Spaces that are not U+0020: NBSP, en/em/thin/hair spaces, narrow NBSP, ideographic space, tab, ...
_ODD_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters dropped outright: zero-width space, word joiner, BOM, soft hyphen, LRM/RLM.
# ZWNJ/ZWJ (U+200C/U+200D) are kept: they change spelling in Persian and other scripts.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACE_RUNS = re.compile(" {2,}")
_SPACE_AROUND_NEWLINE = re.compile(" *\n *")
_BLANK_LINE_RUNS = re.compile("\n{3,}")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s)")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode file or HTTP bytes: BOM, then the declared charset, then UTF-8, then detection.

    Raises InputError when the bytes look binary (NUL bytes that are not UTF-16/32) or no
    encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_or_fail(data, encoding, source)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong charset label is common on the web; fall back to detection below
    if b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return _detect(data, source)


def _decode_or_fail(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot decode as {encoding}: {exc.reason} at byte {exc.start}", source) from exc


# When detection ties (same chaos and coherence), prefer the encodings news text is usually in.
_PREFERRED = ("utf_8", "cp1252", "latin_1", "cp1251", "koi8_r", "utf_16", "cp1250", "iso8859_2", "cp1254", "cp1256", "cp1253")


def _detect(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        raise InputError("binary or undecodable content (no text encoding fits)", source)
    best = matches[0]
    tied = [m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01]
    encoding = min(
        (name for m in tied for name in m.could_be_from_charset),
        key=lambda name: _PREFERRED.index(name) if name in _PREFERRED else len(_PREFERRED),
    )
    if b"\x00" in data and not encoding.startswith(("utf_16", "utf_32")):
        raise InputError("binary content (contains NUL bytes)", source)
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError(f"binary or undecodable content ({exc})", source) from exc
    if len(_CONTROL.findall(text)) > 0.05 * max(len(text), 1):
        raise InputError("binary content (mostly control characters)", source)
    return text


def normalise_text(text: str) -> str:
    """NFC, odd spaces -> space, invisible and control characters removed, runs of spaces
    collapsed, line ends unified; paragraph breaks (blank lines) kept, at most one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACE_RUNS.sub(" ", text)
    text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    text = _BLANK_LINE_RUNS.sub("\n\n", text)
    return text.strip()


def truncate_at_sentence(text: str, max_chars: int) -> str:
    """Cut `text` to at most `max_chars`, at the last sentence end (or else word break) before it."""
    if len(text) <= max_chars:
        return text
    head = text[: max_chars + 1]
    ends = [m.end() for m in _SENTENCE_END.finditer(head) if m.end() <= max_chars]
    if ends and ends[-1] >= max_chars // 2:
        return head[: ends[-1]].rstrip()
    space = head.rfind(" ", 0, max_chars)
    if space >= max_chars // 2:
        return head[:space].rstrip()
    return text[:max_chars]


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

