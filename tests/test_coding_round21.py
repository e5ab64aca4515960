"""Coder round 21: claims that name the doer, both halves of a swap, the lead's day, bureau datelines, quotes and
seasons. Real spaCy model, real gazetteer index and the bundled lexicons; sentences written by the team."""

from __future__ import annotations

import datetime as dt

import pytest

from tocsin.coding.dates import resolve_event_date
from tocsin.types import Article


def _events(coder, text: str, day: dt.date = dt.date(2022, 4, 27)):
    return coder.analyze(Article(id="t", text=text, pub_date=day)).events


def _of(events, event_type: str) -> list:
    return [e for e in events if event_type in e.event]


def _codes(entities) -> set[str]:
    return {x.code for x in entities if x.code}


def test_a_claim_names_the_doer_of_the_attack_told_before(rules_coder) -> None:
    events = _events(rules_coder, "A car bomb exploded outside a police station in Kirkuk on Tuesday, killing six "
                                  "people. Islamic State later claimed the bombing in a statement.")
    (attack,) = _of(events, "ASSAULT")
    assert "IMG" in _codes(attack.actor)
    assert not _of(events, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The group claimed responsibility for last year's bombing of the embassy.",
    "The FLN has claimed responsibility for several attacks in the south since 2018.",
])
def test_a_claim_of_an_act_dated_back_codes_no_attack(rules_coder, text: str) -> None:
    assert not _of(_events(rules_coder, text), "ASSAULT")


def test_a_release_in_exchange_for_people_codes_both_halves(rules_coder) -> None:
    events = _of(_events(rules_coder, "The Taliban freed an American professor in exchange for three commanders "
                                      "held by the Afghan government."), "RETREAT")
    assert {(frozenset(_codes(e.actor)), frozenset(_codes(e.recipient))) for e in events} >= {
        (frozenset({"AFG"}), frozenset({"USA"}))}
    assert any(_codes(e.actor) == {"AFG"} and "GOV" in {a.sector for a in e.actor} for e in events)
    assert len(events) == 2


def test_a_release_for_a_ransom_is_no_swap(rules_coder) -> None:
    events = _of(_events(rules_coder, "The Taliban freed five kidnapped Indian engineers in return for a ransom."),
                 "RETREAT")
    assert len(events) == 1 and _codes(events[0].recipient) == {"IND"}


def test_an_undated_act_after_the_lead_happened_on_the_lead_s_day(rules_coder) -> None:
    events = _events(rules_coder, "Police detained 40 opposition supporters in Chisinau on Sunday. The protesters "
                                  "blocked the main avenue for two hours. The European Union called on Moldova to "
                                  "release them.", dt.date(2023, 3, 14))
    (blockade,) = _of(events, "PROTEST")
    (appeal,) = _of(events, "REQUEST")
    assert blockade.date == dt.date(2023, 3, 12)  # the lead's Sunday
    assert appeal.date == dt.date(2023, 3, 14)  # another side's reaction: the day of the report


def test_a_bureau_dateline_yields_to_the_place_named(rules_coder) -> None:
    (attack,) = _of(_events(rules_coder, "LONDON, June 16 (Reuters) - Gunmen shot dead six policemen at a checkpoint "
                                         "on the outskirts of Peshawar on Sunday.", dt.date(2013, 6, 16)), "ASSAULT")
    assert _codes(attack.recipient) == {"PAK"}


def test_a_home_army_abroad_keeps_the_dateline_s_country(rules_coder) -> None:
    (attack,) = _of(_events(rules_coder, "ANKARA, June 16 (Reuters) - The army said it had killed 12 militants in "
                                         "air strikes in northern Iraq.", dt.date(2013, 6, 16)), "ASSAULT")
    assert _codes(attack.actor) == {"TUR"}


def test_a_quoted_they_is_not_the_speaker_and_our_is_the_speaker_s_side(rules_coder) -> None:
    (attack,) = _of(_events(rules_coder, '"They opened fire on our border villages," the Tajik foreign minister '
                                         'said.'), "ASSAULT")
    assert "TJK" not in _codes(attack.actor)
    assert _codes(attack.recipient) == {"TJK"}


@pytest.mark.parametrize("text, actor, sector", [
    ("Boko Haram gunmen abducted 30 pupils from a school in Kebbi state.", "IMG", "REB"),
    ("Somali pirates seized an Indian cargo ship off the coast of Oman.", "SOM", "CRM"),
    ("Israeli aircraft struck targets in Gaza overnight.", "ISR", "MIL"),
])
def test_group_names_and_means_set_the_doer_s_sector(rules_coder, text: str, actor: str, sector: str) -> None:
    events = _events(rules_coder, text)
    assert (actor, sector) in {(a.code, a.sector) for e in events for a in e.actor}


def test_a_sector_of_no_one_country_never_takes_the_story_s(rules_coder) -> None:
    events = _events(rules_coder, "MOSCOW, Aug 26 (Reuters) - Russia recognised the independence of Abkhazia, a "
                                  "move condemned within hours by Western governments.", dt.date(2008, 8, 26))
    assert all("RUS" not in _codes(e.actor) for e in _of(events, "ACCUSE"))


@pytest.mark.parametrize("text, first, last", [
    ("Farmers blocked roads last summer.", dt.date(2022, 6, 1), dt.date(2022, 8, 31)),
    ("Rallies have been held since last autumn.", dt.date(2022, 9, 1), dt.date(2022, 11, 30)),
    ("Gas supplies were cut last winter.", dt.date(2022, 12, 1), dt.date(2023, 2, 28)),
])
def test_seasons_are_dates(text: str, first: dt.date, last: dt.date) -> None:
    found = resolve_event_date(text, dt.date(2023, 3, 14))
    assert (found.date, found.enddate) == (first, last)


def test_an_act_of_last_summer_is_background(rules_coder) -> None:
    assert not _events(rules_coder, "Farmers blocked roads in the Chui valley last summer over water shortages.",
                       dt.date(2023, 3, 14))


def _dated(coder, text: str, day: str) -> dict[str, dt.date | None]:
    return {e.trigger: e.date for e in _events(coder, text, dt.date.fromisoformat(day))}


def test_a_promise_is_dated_when_it_is_told(rules_coder) -> None:
    dates = _dated(rules_coder, "The leaders of Russia, Ukraine, Germany and France will meet in Minsk on Wednesday, "
                                "the Kremlin said on Tuesday.", "2015-02-10")
    assert dates == {"meet": dt.date(2015, 2, 10)}


@pytest.mark.parametrize("text, day, trigger, expected", [
    # the reported act's own date, not the report's
    ("Venezuela's government said on Wednesday it had expelled two Colombian diplomats on 30 December.", "2019-01-02",
     "expelled", dt.date(2018, 12, 30)),
    ("Police said on Wednesday they had arrested three men on Monday.", "2019-01-02", "arrested", dt.date(2018, 12, 31)),
    # a date of a verb beside it does not leak back into the act; the verb it hangs from dates it
    ("Armenia declared martial law on Sunday after Azerbaijani forces launched an offensive along the line of contact, "
     "and fighting continued on Monday.", "2020-09-28", "offensive", dt.date(2020, 9, 27)),
])
def test_the_act_takes_the_date_its_own_verb_carries(rules_coder, text: str, day: str, trigger: str,
                                                     expected: dt.date) -> None:
    assert _dated(rules_coder, text, day)[trigger] == expected


def test_a_meeting_of_three_states_is_multilateral(rules_coder) -> None:
    (meeting,) = _of(_events(rules_coder, "KHUJAND, Tajikistan, March 31 - The presidents of Tajikistan, Kyrgyzstan "
                                          "and Uzbekistan met in Khujand on Monday.", dt.date(2025, 3, 31)), "CONSULT")
    assert "multilateral" in meeting.mode and _codes(meeting.actor) == {"TJK", "KGZ", "UZB"}


def test_an_act_told_since_an_earlier_day_is_the_same_as_one_after_it(rules_coder) -> None:
    events = _events(rules_coder, "TEHRAN, July 21 (AFP) - German Economy Minister Sigmar Gabriel, the first senior "
                                  "Western official to travel to Iran since last week's nuclear deal, on Monday met "
                                  "President Hassan Rouhani in Tehran.", dt.date(2015, 7, 21))
    (meeting,) = _of(events, "CONSULT")
    assert meeting.date == dt.date(2015, 7, 20)
