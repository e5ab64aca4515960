"""The keyword baseline coder with the real spaCy model."""

from __future__ import annotations

import datetime as dt

import pytest

from tocsin.coding.keyword import CODER_ID, KeywordCoder, make_keyword_coder, parse_lexicon
from tocsin.errors import TaxonomyError
from tocsin.registry import coders
from tocsin.types import Article

TEXT = ("Kyrgyz border guards shelled a Tajikistan outpost on Monday. The weather stayed mild. "
        "Officials from Uzbekistan met a delegation from Kazakhstan in Tashkent.")


@pytest.fixture(scope="module")
def coded():
    from tocsin.config import Settings

    coder = make_keyword_coder(Settings())
    return coder.code_batch([Article(id="kw1", text=TEXT, pub_date=dt.date(2024, 3, 4), url="http://x/1"),
                             Article(id="kw2", text="Nothing happened here today.")])


def test_registered() -> None:
    assert coders.get("keyword") is make_keyword_coder


def test_one_event_per_trigger_sentence(coded) -> None:
    first, second = coded
    assert second.events == () and second.error == ""
    assert [e.event for e in first.events] == [("ASSAULT",), ("CONSULT",)]
    a, b = first.events
    assert (a.id, b.id) == ("kw1-1", "kw1-2")
    assert a.mode == ("heavy-weapons",) and a.trigger == "shelled"
    assert a.actor[0].code == "KGZ" and a.recipient[0].code == "TJK"
    assert b.actor[0].code == "UZB" and b.recipient[0].code == "KAZ"
    assert b.text_info.sequence == 3
    assert TEXT[b.text_info.start:b.text_info.end] == b.event_text
    assert TEXT[a.trigger_start:a.trigger_end] == "shelled"
    assert a.actor[0].entity_text == TEXT[a.actor[0].start:a.actor[0].end]
    assert a.confidence == 0.5 and a.coder == CODER_ID and a.date == dt.date(2024, 3, 4)
    assert (a.quad_code, b.quad_code) == (4, 1) and a.event_scale is not None
    assert a.cite_info == "http://x/1"


def test_lexicon_validation() -> None:
    with pytest.raises(TaxonomyError, match="not a PLOVER event type"):
        parse_lexicon({"triggers": {"FIGHT": {"": ["fight"]}}}, "test.yaml")
    with pytest.raises(TaxonomyError, match="listed twice"):
        parse_lexicon({"triggers": {"ASSAULT": {"": ["hit"]}, "COERCE": {"": ["hit"]}}}, "test.yaml")
    with pytest.raises(TaxonomyError, match="not a mode"):
        parse_lexicon({"triggers": {"ASSAULT": {"nonsense": ["hit"]}}}, "test.yaml")


def test_custom_lexicon_is_used() -> None:
    from tocsin.config import Settings

    lexicon = parse_lexicon({"triggers": {"AID": {"": ["weather"]}}, "countries": {"Ruritania": "RUR"}}, "t")
    out = KeywordCoder(Settings(), lexicon).code_batch([Article(id="c", text="Ruritania said the weather was kind.")])
    assert [e.event for e in out[0].events] == [("AID",)] and out[0].events[0].actor[0].code == "RUR"


def test_satisfies_coder_protocol() -> None:
    from tocsin.coding.base import Coder
    from tocsin.config import Settings

    coder = make_keyword_coder(Settings())
    assert isinstance(coder, Coder) and coder.name == "keyword"
