"""Publication dates: ISO and the common written forms; anything else is reported, not guessed."""

from __future__ import annotations

import datetime as dt
import re
import time
from email.utils import parsedate_to_datetime

_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%d.%m.%Y",
    "%d/%m/%Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d %b. %Y",
    "%b. %d, %Y",
)
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_MIN_YEAR = 1900


class DateError(ValueError):
    """A publication date that cannot be read."""


def parse_pub_date(value: object) -> dt.date | None:
    """Return a date for a date/datetime/struct_time/string value; None for empty values.

    Raises DateError (with a short reason) for text that is not a recognisable date or a date
    outside 1900..next year.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _plausible(value.date(), value)
    if isinstance(value, dt.date):
        return _plausible(value, value)
    if isinstance(value, time.struct_time):
        return _plausible(dt.date(value.tm_year, value.tm_mon, value.tm_mday), value)
    if not isinstance(value, str):
        raise DateError(f"pub_date {value!r} is not a date string")
    text = " ".join(value.split())
    if not text:
        return None
    return _plausible(_parse_text(text), value)


def _parse_text(text: str) -> dt.date:
    if _ISO_DATETIME.match(text):
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:  # RFC 2822, as in RSS: "Tue, 12 Mar 2024 10:00:00 GMT"
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    return _parse_with_dateparser(text)


def _parse_with_dateparser(text: str) -> dt.date:
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        raise DateError(f"pub_date {text!r} is not a recognisable date (use YYYY-MM-DD)")
    return parsed.date()


def _plausible(day: dt.date, original: object) -> dt.date:
    if not _MIN_YEAR <= day.year <= dt.date.today().year + 1:
        raise DateError(f"pub_date {original!r} is out of range (year {day.year})")
    return day
