"""The team's hand-annotated dev gold (benchmarks/data/*.jsonl): every story loads and every annotation is well formed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tocsin.evaluation.gold import load_gold
from tocsin.plover import taxonomy

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
GOLD_FILES = ["sample_gold.jsonl", "fresh_stories.jsonl", "fresh_stories_r23.jsonl", "fresh_stories_r24.jsonl",
              "fresh_stories_r25.jsonl", "fresh_stories_r26.jsonl", "fresh_stories_r27.jsonl",
              "fresh_stories_r28.jsonl", "fresh_stories_r29.jsonl",
              "fresh_stories_r30.jsonl", "fresh_stories_r31.jsonl", "fresh_stories_r32.jsonl",
              "fresh_stories_r33.jsonl", "fresh_stories_r34.jsonl",
              "fresh_stories_r35.jsonl", "fresh_stories_r36.jsonl",
              "fresh_stories_r37.jsonl"]
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "IMG"}


@pytest.mark.parametrize("name", GOLD_FILES)
def test_team_gold_is_well_formed(name: str) -> None:
    path = DATA / name
    stories = load_gold(path)
    raw = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(stories) == len(raw) and len({s.id for s in stories}) == len(stories)
    tax = taxonomy()
    for story, record in zip(stories, raw):
        assert story.negative == (not story.events), story.id
        for event, event_raw in zip(story.events, record["events"]):
            etype = tax.event_type(event.event)
            assert not event.mode or event.mode in etype.modes, (story.id, event.event, event.mode)
            for code in event.actor + event.recipient:
                assert code in NON_STATE or (len(code) == 3 and code.isupper()), (story.id, code)
            if etype.requires_recipient:
                assert event.recipient, (story.id, event.event)
            if event.date is not None:
                assert event.date <= story.pub_date, (story.id, event.date)
            evidence = event_raw.get("evidence", "")
            assert evidence and evidence in story.text, (story.id, evidence)
