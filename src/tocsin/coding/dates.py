"""Event dates from the words of a sentence, resolved against the publication date.

Fast paths (weekdays, yesterday, last week, "6 January", "3-5 May"...) are pure regex + calendar
arithmetic; anything else that looks like a date goes to dateparser (RELATIVE_BASE = pub_date,
PREFER_DATES_FROM = past), cached. Past events are never dated after the publication date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
# words that date an act to a day of the reported week ("on Tuesday", "yesterday", "overnight")
DAY_WORDS = frozenset(WEEKDAYS) | {"yesterday", "today", "tonight", "overnight"}
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"])}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<{name}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"(?:,?\s+(?P<{name}>(?:1[6-9]|20)\d\d))?"


@dataclass(frozen=True, slots=True)
class DateResolution:
    """A resolved event date: `date_text` is "" when the publication date was used."""

    date: dt.date | None
    enddate: dt.date | None = None
    date_text: str = ""
    start: int | None = None  # char offsets of date_text in the text given
    end: int | None = None
    reason: str = "publication date"
    historical: bool = False  # the date is well before the story's time (background)
    exact_day: bool = True  # the words name one day ("on Tuesday", "6 May"), not a month, season or year
    bound: bool = False  # the words end a span ("until 2029", "until the end of August", "by 2030"): no act's day
    quoted: bool = False  # "today" inside a quotation: the day the words were spoken, not the publication day
    told: bool = False  # the day of a report ("the ministry said on Thursday it had detained"): the act is of that day
    # or earlier, so another mention's own day may date it
    ahead: bool = False  # a year or month of a year after publication ("talks on oil supplies in 2026"): a time to
    # come that a past act is about, never its day


def _m(name: str) -> str:
    return _MONTH.format(name=name)


def _y(name: str) -> str:
    return _YEAR.format(name=name)


_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# counted words: "a", "three", "seventeen", "thirty-five" ("Twenty years ago on Tuesday")
_COUNT = "(?:" + "|".join(rf"{t}(?:[-\s](?:{'|'.join(_UNITS)}))?" for t in _TENS) \
    + "|" + "|".join(_TEENS + _UNITS) + "|an|a)"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}
# holidays kept on one calendar day everywhere ("On New Year's Eve, border guards seized ..."); a holiday of a
# country's own ("Independence Day", "Constitution Day") or one that moves is no day here
FIXED_HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
                  "christmas day": (12, 25), "orthodox christmas": (1, 7), "victory day": (5, 9),
                  "international women's day": (3, 8)}
HOLIDAY_REACH_DAYS = 14  # a holiday dates an act only when it fell this recently ("Victory Day" of another country,
# or last year's, is no day of the news)
_HOLIDAY = "(?:" + "|".join(h.replace("'", "['’]").replace(" ", r"\s+") for h in FIXED_HOLIDAYS) + ")"
# "moved from 2 to 4 March": a day changed for another, no run of days (the later day is matched on its own)
_NOT_MOVED = "".join(rf"(?<!\b{w}\s)" for w in ("moved", "postponed", "rescheduled", "delayed", "shifted", "brought", "back"))
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "on the eve of Friday's summit", "on the eve of Victory Day", "on the eve of 9 May": the day before that day
    ("eve", re.compile(rf"\b(?:on\s+)?the\s+eve\s+of\s+(?:(?P<wd>{_WEEKDAY})['’]s\b|(?P<hol>{_HOLIDAY})\b"
                       rf"|(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_m('mon')}(?!\s*\d))", re.I)),
    ("holiday", re.compile(rf"\b(?P<hol>{_HOLIDAY})\b", re.I)),
    # "the night of 3 to 4 March", "the night of March 3-4": the day the night ends on, like "overnight into Tuesday"
    ("night_dm", re.compile(rf"\b(?:night\s+of|overnight\s+from)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{_m('mon1')}\s*(?:[-–]|to|into)\s*"
                            rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_m('mon')}{_y('year')}", re.I)),  # ("31 March to 1 April")
    ("night_dm", re.compile(rf"\b(?:night\s+of|overnight\s+from)\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–]|to|into)\s*(?P<d2>\d{{1,2}})"
                            rf"(?:st|nd|rd|th)?\s+{_m('mon')}{_y('year')}", re.I)),
    ("night_dm", re.compile(rf"\b(?:night\s+of|overnight\s+from)\s+{_m('mon')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–]|to|into)\s*"
                            rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b{_y('year')}", re.I)),
    ("range_wd", re.compile(rf"\b(?:from|between)\s+(?P<wd1>{_WEEKDAY})\s+(?:to|through|till|until|and)\s+(?P<wd2>{_WEEKDAY})\b", re.I)),
    # "held drills on Friday and Saturday": two days running, one act from the first to the last (round 29)
    ("pair_wd", re.compile(rf"(?<=\bon\s)(?P<wd1>{_WEEKDAY})\s+and\s+(?P<wd2>{_WEEKDAY})\b", re.I)),
    ("range_mon", re.compile(rf"\b(?:from|between)\s+{_m('mon')}{_y('year1')}\s+(?:to|through|till|until|and)\s+{_m('mon2')}{_y('year')}\b", re.I)),
    ("range_dm", re.compile(rf"\bbetween\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+and\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_m('mon')}{_y('year')}", re.I)),
    ("range_dm", re.compile(rf"{_NOT_MOVED}\bfrom\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|until|till|through)\s+(?P<d2>\d{{1,2}})"
                            rf"(?:st|nd|rd|th)?\s+{_m('mon')}{_y('year')}", re.I)),
    ("range_md", re.compile(rf"{_NOT_MOVED}\bfrom\s+{_m('mon')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|until|till|through)\s+"
                            rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b{_y('year')}", re.I)),
    ("range_dm", re.compile(rf"\b(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})\s+{_m('mon')}{_y('year')}", re.I)),
    ("range_md", re.compile(rf"\b{_m('mon')}\s+(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}}){_y('year')}", re.I)),
    ("dm", re.compile(rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_m('mon')}{_y('year')}", re.I)),
    ("md", re.compile(rf"\b{_m('mon')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b{_y('year')}", re.I)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mo>\d\d)-(?P<d1>\d\d)\b")),
    # an anniversary, before the weekday it names: "Twenty years ago on Tuesday", "Four years ago this week"
    ("ago", re.compile(rf"\b(?P<n>\d+|{_COUNT}|several|few)\s+(?P<unit>year|decade)s?\s+ago\b"
                       rf"\s*,?\s*(?P<anniv>this\s+(?:week|month)|today|to\s+the\s+day|(?:on\s+)?(?P<awd>{_WEEKDAY}))\b",
                       re.I)),
    ("weekday", re.compile(r"\b(?:overnight\s+(?:into|to)\s+(?:early\s+)?|(?P<mod>last|this|past|late|early)\s+(?:on\s+)?)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b(?:\s+(?P<part>night|morning|evening|afternoon))?", re.I)),
    ("yesterday", re.compile(r"\b(?:the\s+day\s+before\s+yesterday|yesterday|last\s+night|overnight|earlier\s+today|today|this\s+(?:morning|afternoon|evening)|tonight)\b", re.I)),
    ("ago", re.compile(rf"\b(?P<n>\d+|{_COUNT}|several|few)\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", re.I)),
    ("last_unit", re.compile(r"\b(?P<which>last|past|earlier\s+this|this)\s+(?P<unit>week|month|weekend|year)\b", re.I)),
    # "came under fire over the weekend", "at the weekend": the weekend just gone, as "last weekend"
    ("last_unit", re.compile(r"\b(?P<which>over|at|during)\s+the\s+(?P<unit>weekend)\b", re.I)),
    # "spring 2024", "the summer of 2022", "in autumn 2019": that year's season
    ("season_year", re.compile(r"\b(?:(?:early|late)\s+)?(?P<season>summer|winter|spring|autumn|fall)\s+(?:of\s+)?"
                               r"(?P<year>(?:19|20)\d\d)\b", re.I)),
    # "last summer", "this spring"; "in the spring", "during the summer": the latest such season begun by publication
    ("season", re.compile(r"\b(?:(?P<which>last|this|past|since\s+last|in\s+the|during\s+the|since\s+the)\s+)"
                          r"(?P<season>summer|winter|spring|autumn|fall)\b(?!\s+(?:of|session|campaign|offensive|months))", re.I)),
    # a heading of a timeline's entry, a month and year or a year and a dash before the act ("January 2014 -- Border
    # guards exchange fire ...", "Timeline: April 2021 - forces clash ...", "1991 -- The Soviet Union collapses")
    ("month_year", re.compile(rf"^\s*(?:[A-Z][\w ]{{0,30}}:\s*)?{_m('mon')},?\s+(?P<year>(?:19|20)\d\d)(?=\s*(?:--|[-–—])\s)", re.I)),
    ("year", re.compile(r"^\s*(?:[A-Z][\w ]{0,30}:\s*)?(?P<year>(?:19|20)\d\d)(?=\s*(?:--|[-–—])\s)")),
    ("month_year", re.compile(rf"\b(?P<lastmod>in|since|during|of|last)\s+(?:early\s+|late\s+|mid-?)?{_m('mon')}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.I)),
    # "in the eighth century", "during the 19th century": a whole past century (history; the current one is no date)
    ("century", re.compile(rf"\b(?:in|since|during|of|from|until|by)\s+the\s+(?:early\s+|late\s+|mid-?)?"
                           rf"(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(_ORDINALS)})\s+century\b", re.I)),
    # "Between 2022 and 2025 Russia terminated ...", "from 2019 to 2021": whole years, first to last
    ("year_range", re.compile(r"\b(?:from|between)\s+(?P<year1>(?:19|20)\d\d)\s+(?:to|and|until|till|through)\s+"
                              r"(?P<year>(?:19|20)\d\d)\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|of|from|until|by)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?P<year>(?:19|20)\d\d)s?\b", re.I)),
    # a year in the name of an exercise or an event ("the Zapad-2021 exercise", "Kavkaz-2020 drills"): its year
    ("named_year", re.compile(r"\b[A-Z][a-z]+-(?P<year>(?:19|20)\d\d)\b")),
    ("year_adj", re.compile(r"\b(?:the\s+)?(?P<year>(?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+(?:war|conflict|clash|clashes|fighting|crisis|election|elections|revolution|uprising|events|riots|unrest|invasion|offensive|referendum|coup|massacre|protests|attack|attacks|border|escalation)\b", re.I)),
]

# a piece of text every pattern of a kind needs (compiled with the patterns' own flags, so it is found wherever one of
# them could match): a text without it skips that kind's patterns, most of which would try every character position
_DIGIT = re.compile(r"\d")
_DAY_NAME = re.compile("day", re.I)
_NEEDS: dict[str, re.Pattern[str]] = {
    "eve": re.compile("eve", re.I), "holiday": re.compile("eve|day|christmas", re.I), "night_dm": _DIGIT,
    "range_wd": _DAY_NAME, "pair_wd": _DAY_NAME, "range_mon": re.compile("from|between", re.I), "range_dm": _DIGIT,
    "range_md": _DIGIT, "dm": _DIGIT, "md": _DIGIT, "iso": _DIGIT, "ago": re.compile("ago", re.I), "weekday": _DAY_NAME,
    "yesterday": re.compile("day|night|this", re.I), "last_unit": re.compile("week|month|year", re.I),
    "season_year": _DIGIT, "season": re.compile("summer|winter|spring|autumn|fall", re.I), "century": re.compile(
        "century", re.I), "year_range": _DIGIT, "year": _DIGIT, "named_year": _DIGIT, "year_adj": _DIGIT,
}

# patterns whose words name a day (or a run of days), not a month, a season or a year
DAY_KINDS = frozenset({"eve", "holiday", "night_dm", "range_wd", "pair_wd", "range_dm", "range_md", "dm", "md", "iso", "weekday", "yesterday"})
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NUMBER_WORDS = {"a": 1, "an": 1, **{w: i + 1 for i, w in enumerate(_UNITS)}, **{w: i + 10 for i, w in enumerate(_TEENS)},
                 **_TENS, "several": 3, "few": 3}
MONTH_RANGE = "a range of months"
OVERNIGHT_REASON = "overnight: the night into the publication day"
HISTORICAL_DAYS = 31  # an event dated more than this before publication is background, not news (the news period)


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:4] if text.lower().startswith("sept") else text.lower().rstrip(".")[:3]]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_month(pub: dt.date | None, day: int, month: int, year: str | None) -> dt.date | None:
    if year:
        return _safe_date(int(year), month, day)
    if pub is None:
        return None
    found = _safe_date(pub.year, month, day)
    if found is not None and found > pub + dt.timedelta(days=1):
        found = _safe_date(pub.year - 1, month, day)  # "on 28 December" in a January story
    return found


def _holiday_day(pub: dt.date, name: str) -> dt.date | None:
    """The latest day of a fixed holiday on or about publication, None when it fell too long before."""
    month, day = FIXED_HOLIDAYS[" ".join(name.lower().replace("’", "'").split())]
    found = _day_month(pub, day, month, None)
    return found if found is not None and (pub - found).days <= HOLIDAY_REACH_DAYS else None


EVE_PAST_AHEAD = 5  # a weekday this many days ahead (up to 6) is one of the two days just past


def _eve_day(g: dict[str, str | None], pub: dt.date) -> dt.date | None:
    """The day before the day named after "the eve of": a weekday of the reported week (up to the day after
    publication), a fixed holiday, a day of the month. None for a day further ahead (a time to come)."""
    if g.get("wd"):
        ahead = (WEEKDAYS[g["wd"].lower()] - pub.weekday()) % 7  # (the summit of publication day or the day after;
        if ahead >= EVE_PAST_AHEAD:  # ("on the eve of Monday's talks" in a Tuesday story: the talks were yesterday)
            return pub - dt.timedelta(days=7 - ahead + 1)
        return pub + dt.timedelta(days=ahead - 1) if ahead <= 1 else None  # "Sunday's election" in a Friday story is
        # still to come)
    day = _holiday_day(pub, g["hol"]) if g.get("hol") else _day_month(pub, int(g["d1"]), _month(g["mon"]), None)
    return day - dt.timedelta(days=1) if day is not None and day <= pub + dt.timedelta(days=1) else None


def count_of(words: str) -> int:
    """A count told in digits or words: "17", "seventeen", "thirty-five", "a" (1)."""
    words = words.lower()
    if words.isdigit():
        return int(words)
    parts = re.split(r"[-\s]+", words)
    return sum(_NUMBER_WORDS.get(p, 0) for p in parts) or 1


def _resolve(kind: str, m: re.Match[str], pub: dt.date | None) -> tuple[dt.date | None, dt.date | None, str]:
    g = m.groupdict()
    if kind in ("range_dm", "range_md"):
        month = _month(g["mon"])
        start = _day_month(pub, int(g["d1"]), month, g.get("year"))
        end = _day_month(pub, int(g["d2"]), month, g.get("year"))
        if start and end and end < start:
            start, end = end, start
        return start, end, "day range"
    if kind == "range_mon":  # "between January and June": whole months
        first, last = _month(g["mon"]), _month(g["mon2"])
        if g.get("year"):
            end_year = int(g["year"])
            start_year = int(g["year1"]) if g.get("year1") else end_year - (first > last)
        elif pub is None:
            return None, None, "no publication date to resolve against"
        else:  # the range began on or before publication: "from May to July" in a May story runs on
            start_year = int(g["year1"]) if g.get("year1") else (pub.year if first <= pub.month else pub.year - 1)
            end_year = start_year + (last < first)
        end = dt.date(end_year + (last == 12), last % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(start_year, first, 1), min(end, pub) if pub else end, MONTH_RANGE
    if kind == "night_dm":
        return _day_month(pub, int(g["d2"]), _month(g["mon"]), g.get("year")), None, "the day a night of two ends on"
    if kind in ("dm", "md"):
        return _day_month(pub, int(g["d1"]), _month(g["mon"]), g.get("year")), None, "day and month"
    if kind == "iso":
        return _safe_date(int(g["year"]), int(g["mo"]), int(g["d1"])), None, "ISO date"
    if kind == "century":  # "in the eighth century": 701 to 800; only centuries that ended before publication
        word = g["cent"].lower()
        number = _ORDINALS[word] if word in _ORDINALS else int(word[:-2])
        end = dt.date(min(number * 100, dt.MAXYEAR), 12, 31) if number >= 1 else None
        if end is None or pub is None or end >= pub:
            return None, None, "the current century names no time"
        return dt.date((number - 1) * 100 + 1, 1, 1), end, "century"
    if kind == "season_year":  # "spring 2024": March to May 2024; "winter 2022": December 2022 to February 2023
        first = SEASON_START[g["season"].lower()]
        start = dt.date(int(g["year"]), first, 1)
        end = dt.date(start.year + (first + 3 > 12), (first + 2) % 12 + 1, 1) - dt.timedelta(days=1)
        return start, min(end, pub) if pub is not None and start <= pub < end else end, "season"
    if kind == "year_range":
        first, last = int(g["year1"]), int(g["year"])
        end = dt.date(last, 12, 31)
        return dt.date(first, 1, 1), min(end, pub) if pub is not None else end, "a range of years"
    if pub is None:
        if kind in ("year", "year_adj", "named_year") or (kind == "month_year" and g.get("year")):
            year = int(g["year"])
            return dt.date(year, _month(g["mon"]) if g.get("mon") else 1, 1), None, "year"
        return None, None, "no publication date to resolve against"
    if kind == "holiday":
        return _holiday_day(pub, g["hol"]), None, f"the holiday '{g['hol']}'"
    if kind == "eve":
        day = _eve_day(g, pub)
        return (day, None, "the eve of the day named") if day is not None and day <= pub else (None, None, "")
    if kind == "range_wd":  # "from Monday to Wednesday": the latest such Monday, and the days that follow it
        first, last = WEEKDAYS[g["wd1"].lower()], WEEKDAYS[g["wd2"].lower()]
        start = pub - dt.timedelta(days=(pub.weekday() - first) % 7)
        return start, start + dt.timedelta(days=(last - first) % 7), "a range of weekdays"
    if kind == "pair_wd":  # "on Friday and Saturday": the latest such pair of days that ended by publication
        first, last = WEEKDAYS[g["wd1"].lower()], WEEKDAYS[g["wd2"].lower()]
        if not 1 <= (last - first) % 7 <= 2:
            return None, None, ""  # ("on Monday and Thursday": two days of their own)
        end = pub - dt.timedelta(days=(pub.weekday() - last) % 7)
        return end - dt.timedelta(days=(last - first) % 7), end, "two days running"
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        back = (pub.weekday() - wd) % 7
        if (g.get("mod") or "").lower() in ("last", "past") and back == 0:
            back = 7
        return pub - dt.timedelta(days=back), None, f"the {g['wd'].capitalize()} on or before publication"
    if kind == "yesterday":
        word = m.group(0).lower()
        if "before yesterday" in word:
            return pub - dt.timedelta(days=2), None, "two days before publication"
        if word in ("yesterday", "last night") or word.startswith("last"):
            return pub - dt.timedelta(days=1), None, "the day before publication"
        if word == "overnight":  # "used water cannon overnight" in a morning story: the night that ends on its day
            return pub, None, OVERNIGHT_REASON
        return pub, None, "the publication day"
    if kind == "ago":
        count = count_of(g["n"])
        days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[g["unit"].lower()] * count
        if g.get("anniv") and g["unit"].lower() in ("year", "decade"):  # "Twenty years ago on Tuesday": that day, years back
            day = pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS[g["awd"].lower()]) % 7) if g.get("awd") else pub
            years = count * (10 if g["unit"].lower() == "decade" else 1)
            return (_safe_date(day.year - years, day.month, day.day) or pub - dt.timedelta(days=days), None,
                    f"an anniversary: {count} {g['unit']}(s) before publication")
        return pub - dt.timedelta(days=days), None, f"{count} {g['unit']}(s) before publication"
    if kind == "last_unit":
        which = " ".join(g["which"].lower().split())
        unit = g["unit"].lower()
        if unit == "weekend":
            back = (pub.weekday() - 5) % 7 or 7
            sat = pub - dt.timedelta(days=back)
            return sat, sat + dt.timedelta(days=1), "the last weekend"
        if unit == "week":
            if which in ("last", "past"):
                monday = pub - dt.timedelta(days=pub.weekday() + 7)
                return monday, monday + dt.timedelta(days=6), "the week before publication"
            return pub - dt.timedelta(days=pub.weekday()), pub, "the week of publication"
        if unit == "month":
            if which in ("last", "past"):
                last_month_end = pub.replace(day=1) - dt.timedelta(days=1)
                return last_month_end.replace(day=1), last_month_end, "the month before publication"
            return pub.replace(day=1), pub, "the month of publication"
        if which in ("last", "past"):
            return dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31), "the year before publication"
        return dt.date(pub.year, 1, 1), pub, "the year of publication"
    if kind == "season":  # "last summer": the latest such season ended before publication; "this summer": this year's
        first = SEASON_START[g["season"].lower()]
        which = " ".join(g["which"].lower().split())
        if which in ("in the", "during the") and first > pub.month and not (first == 12 and pub.month <= 2):
            return None, None, "a season still to come this year"  # ("calling up reservists for training in the autumn")
        start = dt.date(pub.year - (first > pub.month), first, 1)  # the latest such season begun by publication
        end = dt.date(start.year + (first + 3 > 12), (first + 2) % 12 + 1, 1) - dt.timedelta(days=1)
        if which not in ("this", "in the", "during the", "since the") and end >= pub:
            start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
        elif which == "last" and start.year == pub.year:  # "last spring" in June: the one of the year before ("this
            start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)  # spring" is the one just ended)
        return start, min(end, pub), "season"
    if kind == "month_year":
        month = _month(g["mon"])
        year = int(g["year"]) if g.get("year") else pub.year
        if not g.get("year") and (dt.date(year, month, 1) > pub or (  # "last May" in a May story: a year ago
                g["lastmod"].lower() == "last" and month == pub.month)):
            year -= 1
        start = dt.date(year, month, 1)
        end = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
        return start, min(end, pub) if end > pub and start <= pub else end, "month"
    if kind == "named_year" and int(g["year"]) >= pub.year:
        return None, None, "a name with this year or a later one in it"  # ("Vision-2030", "Expo-2025" this year)
    if kind in ("year", "year_adj", "named_year"):
        year = int(g["year"])
        return dt.date(year, 1, 1), dt.date(year, 12, 31) if year < pub.year else pub, "year"
    return None, None, ""


_UNTIL = re.compile(r"\b(?:until|till)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$", re.I)
_BY_END = re.compile(r"\bby\s+the\s+end\s+of\s+$", re.I)


_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|before)\s+(?:the\s+)?$", re.I)


_UNTIL_DAY = re.compile(r"\b(?:until|till|through)\s+$", re.I)
_CALENDAR_DAY = re.compile(r"^(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b")  # ("until Aug. 28")


def _calendar_end_day(before: str, words: str) -> bool:
    """A calendar day right after "until"/"till" ends a span: "extended until March 20 the pre-trial detention",
    "the custody of X until 15 April" (the act's own day is another word: "on Tuesday"); a weekday after "until"
    may still date the act ("blocked the road until Monday"), so only a day of the month counts."""
    return bool(_UNTIL_DAY.search(before)) and bool(_CALENDAR_DAY.match(words))


def _ends_a_span(before: str, words: str, exact_day: bool) -> bool:
    """A month, season or year that ends a span rather than dates a happening: "extended the mandate until 2029",
    "agreed to increase releases until the end of August", "to be finished by 2030" (a day may date the act: "had
    been released by Tuesday morning", "blocked the road until late on Monday"); a day that something comes before
    ("detained 19 people on Tuesday ahead of Sunday's election"): no day of the act either."""
    if exact_day:
        return bool(_AHEAD_OF.search(before)) or _calendar_end_day(before, words)
    return words.lower().startswith(("until ", "till ", "by ")) or bool(_UNTIL.search(before) or _BY_END.search(before))


def _inside_quotes(before: str) -> bool:
    """Whether a quotation is open at the end of `before` ('"We welcome the spirit of today'): straight quotes come
    in pairs, curly ones open and close."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _after_publication_year(kind: str, m: re.Match[str], pub: dt.date | None) -> bool:
    """A year named after the publication year ("held a meeting on the supply of oil to refineries in 2026", "a plan
    for March 2027"): a time to come, not the day of a past act."""
    year = m.groupdict().get("year")
    return pub is not None and kind in ("year", "month_year", "year_adj", "season_year") and bool(year) and int(year) > pub.year


def find_dates(text: str, pub_date: dt.date | None) -> list[DateResolution]:
    """Every date expression in `text`, resolved, in text order (overlaps: first pattern wins)."""
    return list(_find_dates_cached(text, pub_date))


@functools.lru_cache(maxsize=4096)
def _find_dates_cached(text: str, pub_date: dt.date | None) -> tuple[DateResolution, ...]:
    taken: list[tuple[int, int]] = []
    found: list[DateResolution] = []
    present: dict[re.Pattern[str], bool] = {}  # (`_NEEDS` pieces looked for in this text)
    for kind, pattern in _PATTERNS:
        needed = _NEEDS.get(kind)
        if needed is not None:
            if needed not in present:
                present[needed] = needed.search(text) is not None
            if not present[needed]:
                continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            start, end, reason = _resolve(kind, m, pub_date)
            if start is None:
                continue
            taken.append((m.start(), m.end()))
            historical = False
            ahead = _after_publication_year(kind, m, pub_date)
            if pub_date is not None:
                if start > pub_date and kind not in ("range_dm", "range_md", "dm", "md", "iso"):
                    start = pub_date
                since_month = kind == "month_year" and not m.groupdict().get("year") \
                    and m.group("lastmod").lower() == "since"  # ("have been on strike since May": a span that runs on)
                historical = (end or start) < pub_date - dt.timedelta(days=HISTORICAL_DAYS * (3 if since_month else 1))
                historical = historical or (kind == "last_unit" and m.group("which").lower() == "last"
                                            and m.group("unit").lower() == "year")  # ("agreed last year" in January)
                # ("at the end of November" in a late-January story: the whole month lies before the news period)
            if end is not None and end == start:
                end = None
            words = m.group(0).strip().rstrip(".,")
            exact = kind in DAY_KINDS or (kind == "ago" and m.group("unit").lower() == "day")
            bound = _ends_a_span(text[:m.start()], words, exact)
            quoted = reason in ("the publication day", OVERNIGHT_REASON) and _inside_quotes(text[:m.start()])
            # ("today" in a quotation is the day it was said; "overnight" there mostly means "suddenly": "we are
            # against being thrown out of work overnight")
            found.append(DateResolution(start, end, words, m.start(), m.start() + len(words), reason, historical, exact,
                                        bound, quoted, ahead=ahead))
    found.sort(key=lambda d: d.start if d.start is not None else 0)
    return tuple(found)


@functools.lru_cache(maxsize=2048)
def parse_with_dateparser(text: str, pub_date: dt.date) -> dt.date | None:
    """Slow path for date words the fast patterns do not know (cached)."""
    import dateparser

    base = dt.datetime.combine(pub_date, dt.time(12, 0))
    parsed = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "STRICT_PARSING": False})
    return parsed.date() if parsed else None


def resolve_event_date(text: str, pub_date: dt.date | None, prefer: tuple[int, int] | None = None,
                       future: bool = False) -> DateResolution:
    """The event date of a sentence (or clause). `prefer` = char span of the trigger's clause: a date
    inside it wins over other dates of the sentence; otherwise the date nearest the span is used."""
    dates = find_dates(text, pub_date)
    if not dates:
        return DateResolution(pub_date, None, "", None, None, "publication date (no date words)")
    chosen = dates[0]
    if prefer is not None and len(dates) > 1:
        inside = [d for d in dates if d.start is not None and prefer[0] <= d.start < prefer[1]]
        if inside:
            chosen = inside[0]
        else:
            chosen = min(dates, key=lambda d: abs((d.start or 0) - prefer[0]))
    if pub_date is not None and not future and chosen.date is not None and chosen.date > pub_date:
        return DateResolution(pub_date, None, chosen.date_text, chosen.start, chosen.end,
                              f"{chosen.date_text!r} is after publication; publication date used")
    return chosen
