"""Sentence casing for lower-case text and Title Case / ALL CAPS headlines (tocsin.coding.recase)."""

from __future__ import annotations

import datetime as dt

import pytest

from tocsin.coding.recase import CaseVocabulary, casing_kind, recase
from tocsin.coding.rules import RulesCoder
from tocsin.config import Settings
from tocsin.types import Article


@pytest.fixture(scope="module")
def coder() -> RulesCoder:
    return RulesCoder(Settings())


@pytest.fixture(scope="module")
def vocabulary(coder: RulesCoder) -> CaseVocabulary:
    return coder.case_vocabulary()


@pytest.mark.parametrize("line, kind", [
    ("police arrested two men in osh", "lower"),
    ("RUSSIA EXPELS TWO ESTONIAN DIPLOMATS", "upper"),
    ("Russian Troops Shell Ukrainian Village Overnight", "title"),
    ("Russian troops shelled a Ukrainian village overnight.", ""),
    ("UPDATE 2", ""),
    ("Kyrgyz and Tajik Leaders Meet in Batken", "title"),
    # prose full of names and titles is not Title Case
    ("The State Committee for National Security detained two men.", ""),
    ("Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Geneva on Thursday.", ""),
])
def test_casing_kind(line: str, kind: str) -> None:
    assert casing_kind(line) == kind


@pytest.mark.parametrize("text, expected", [
    ("azerbaijan detains french citizen", "Azerbaijan detains French citizen"),
    ("mass protests continued in the capital.", "mass protests continued in the capital."),
    ("a car bomb exploded in kabul", "a car bomb exploded in Kabul"),
    ("Russian Troops Shell Ukrainian Village Overnight", "Russian troops shell Ukrainian village overnight"),
    ("RUSSIA EXPELS TWO ESTONIAN DIPLOMATS", "Russia expels two Estonian diplomats"),
    ("Kazakh Police Detain Dozens After Protest In Almaty", "Kazakh police detain dozens after protest in Almaty"),
    ("two men were arrested in ludhiana on tuesday.", "two men were arrested in Ludhiana on Tuesday."),
    # function words that are also acronyms stay words; "reading" is no city here
    ("let us see what the us does. the reading of the law", "let us see what the us does. the reading of the law"),
    # a name that is an ordinary word is kept as the headline writes it
    ("Bush Visits Kabul", "Bush visits Kabul"),
    # "us" before a noun of state is the United States
    ("two soldiers were killed by us forces in syria", "two soldiers were killed by US forces in Syria"),
])
def test_recase(vocabulary: CaseVocabulary, text: str, expected: str) -> None:
    assert recase(text, vocabulary) == expected


def test_recase_keeps_offsets_and_informative_text(vocabulary: CaseVocabulary) -> None:
    story = ("KYRGYZ BORDER GUARDS DETAIN THREE TAJIK CITIZENS\n"
             "Kyrgyz border guards detained three Tajik citizens near Batken on Monday, the border service said.")
    out = recase(story, vocabulary)
    assert len(out) == len(story)
    assert out.lower() == story.lower()
    assert out.split("\n")[1] == story.split("\n")[1]  # ordinary prose is left as written
    assert out.startswith("Kyrgyz border guards detain three Tajik citizens")


def test_recased_text_is_coded_with_its_actors(coder: RulesCoder) -> None:
    articles = [Article(id="lower", text="azerbaijan detains french citizen on espionage charges", pub_date=dt.date(2024, 5, 10)),
                Article(id="caps", text="RUSSIA EXPELS TWO ESTONIAN DIPLOMATS", pub_date=dt.date(2024, 5, 10))]
    lower, caps = coder.code_batch(articles)
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in lower.events] == [
        (("COERCE",), ["AZE"], ["FRA"])]
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in caps.events] == [
        (("SANCTION",), ["RUS"], ["EST"])]
    # the evidence offsets point into the story as written
    info = lower.events[0].text_info
    assert articles[0].text[info.start:info.end].startswith("azerbaijan detains")
