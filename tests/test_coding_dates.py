"""Event-date resolution against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from tocsin.coding.dates import find_dates, resolve_event_date

PUB = dt.date(2024, 5, 8)  # a Wednesday


@pytest.mark.parametrize("text, expected, expected_end", [
    ("Troops clashed on Tuesday.", dt.date(2024, 5, 7), None),
    ("Troops clashed on Wednesday.", dt.date(2024, 5, 8), None),
    ("Shelling began late on Sunday night.", dt.date(2024, 5, 5), None),
    ("Fighting broke out overnight.", dt.date(2024, 5, 8), None),  # the night into the publication day (sample gold)
    ("Drones struck a depot near Kursk overnight into Tuesday.", dt.date(2024, 5, 7), None),
    ("Drones struck a depot overnight to Monday, officials said.", dt.date(2024, 5, 6), None),
    ("Police detained him yesterday.", dt.date(2024, 5, 7), None),
    ("Talks were held on 6 May.", dt.date(2024, 5, 6), None),
    ("Talks were held on May 6.", dt.date(2024, 5, 6), None),
    ("Protests took place between 3 and 5 May.", dt.date(2024, 5, 3), dt.date(2024, 5, 5)),
    ("Protests took place on 3-5 May.", dt.date(2024, 5, 3), dt.date(2024, 5, 5)),
    ("The raid happened three days ago.", dt.date(2024, 5, 5), None),
    ("They met last week.", dt.date(2024, 4, 29), dt.date(2024, 5, 5)),
    ("Arrests continued earlier this month.", dt.date(2024, 5, 1), dt.date(2024, 5, 8)),
    ("The drills were held from Monday to Wednesday.", dt.date(2024, 5, 6), dt.date(2024, 5, 8)),
    ("Joint patrols ran from Saturday through Tuesday.", dt.date(2024, 5, 4), dt.date(2024, 5, 7)),
    ("About 9,400 migrants were deported between January and April.", dt.date(2024, 1, 1), dt.date(2024, 4, 30)),
    ("Border guards detained 312 people from November to February.", dt.date(2023, 11, 1), dt.date(2024, 2, 29)),
    ("The mission ran from March 2019 to May 2020.", dt.date(2019, 3, 1), dt.date(2020, 5, 31)),
    ("Checks continue from April to May.", dt.date(2024, 4, 1), dt.date(2024, 5, 8)),
    ("The men were detained last November.", dt.date(2023, 11, 1), dt.date(2023, 11, 30)),
    ("He was arrested last May.", dt.date(2023, 5, 1), dt.date(2023, 5, 31)),  # "last May" in a May story: a year ago
    ("Troops fired on the crowd a decade ago.", dt.date(2014, 5, 9), None),
])
def test_resolution(text: str, expected: dt.date, expected_end: dt.date | None) -> None:
    found = resolve_event_date(text, PUB)
    assert found.date == expected
    assert found.enddate == expected_end
    assert found.date_text and found.date_text in text


def test_no_date_words_uses_publication_date() -> None:
    found = resolve_event_date("Troops clashed near the border.", PUB)
    assert found.date == PUB and found.date_text == ""


def test_day_month_after_publication_is_last_year() -> None:
    found = resolve_event_date("The blockade began on 28 December.", dt.date(2024, 1, 10))
    assert found.date == dt.date(2023, 12, 28)


def test_past_event_never_after_publication() -> None:
    found = resolve_event_date("Troops clashed on 20 May 2024.", PUB)
    assert found.date == PUB


def test_background_years_are_historical() -> None:
    assert find_dates("tense since the 2020 war", PUB)[0].historical
    assert find_dates("in 2022 clashes", PUB)[0].historical
    assert not find_dates("on Tuesday", PUB)[0].historical


def test_past_centuries_are_historical_and_the_current_one_names_no_time() -> None:
    eighth = find_dates("a large armed clash took place here in the eighth century", PUB)
    assert len(eighth) == 1 and eighth[0].historical and eighth[0].date_text == "in the eighth century"
    assert find_dates("during the 19th century the khanate fell", PUB)[0].historical
    assert find_dates("the worst attack in the 21st century", PUB) == []


def test_clause_preference() -> None:
    text = "Officials said on Friday that troops clashed on Tuesday."
    clause_start = text.index("troops")
    found = resolve_event_date(text, PUB, prefer=(clause_start, len(text)))
    assert found.date == dt.date(2024, 5, 7)


def test_without_publication_date_relative_words_stay_unresolved() -> None:
    found = resolve_event_date("Troops clashed on Tuesday.", None)
    assert found.date is None
