"""Golden regression sentences (tests/golden/*.jsonl, written by the team) through the real rules coder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tocsin.coding.rules import RulesCoder
from tocsin.config import Settings
from tocsin.plover import taxonomy
from tocsin.types import Article

GOLDEN = Path(__file__).parent / "golden"
CASES = [json.loads(line) for f in sorted(GOLDEN.glob("*.jsonl")) for line in f.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def coded() -> dict:
    coder = RulesCoder(Settings())
    articles = [Article(id=c["id"], text=c["text"], pub_date=dt.date.fromisoformat(c["pub_date"])) for c in CASES]
    return {a.id: r for a, r in zip(articles, coder.code_batch(articles))}


def _matches(expected: dict, event) -> bool:
    if expected["event"] not in event.event:
        return False
    if "mode" in expected and expected["mode"] not in event.mode:
        return False
    if not set(expected.get("actor", [])) <= {a.code for a in event.actor}:
        return False
    if not set(expected.get("recipient", [])) <= {r.code for r in event.recipient}:
        return False
    if "actor_sector" in expected and expected["actor_sector"] not in {a.sector for a in event.actor}:
        return False
    if "date" in expected and (event.date is None or event.date.isoformat() != expected["date"]):
        return False
    if "enddate" in expected and (event.enddate is None or event.enddate.isoformat() != expected["enddate"]):
        return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden(case: dict, coded: dict) -> None:
    result = coded[case["id"]]
    assert result.error == ""
    events = result.events
    shown = [(e.event, e.mode, [a.code for a in e.actor], [r.code for r in e.recipient], str(e.date), e.rule) for e in events]
    for expected in case["expect"]:
        assert any(_matches(expected, e) for e in events), f"missing {expected} in {shown}"
    if case.get("exact"):
        assert len(events) == len(case["expect"]), f"unexpected events {shown}"
    for forbidden in case.get("forbid", []):
        assert all(forbidden not in e.event for e in events), f"{forbidden} coded: {shown}"
    for etype, count in case.get("count", {}).items():
        assert sum(etype in e.event for e in events) == count, shown


def test_golden_covers_every_event_type() -> None:
    covered = {e["event"] for c in CASES for e in c["expect"]}
    assert covered == set(taxonomy().event_types)


def test_events_carry_evidence(coded: dict) -> None:
    case = next(c for c in CASES if c["id"] == "g-assault-open-fire")
    event = coded[case["id"]].events[0]
    text = case["text"]
    assert text[event.trigger_start:event.trigger_end] == event.trigger == "opened"
    assert text[event.text_info.start:event.text_info.end].strip() == event.event_text
    assert event.rule == "triggers.yaml:ASSAULT/open_fire"
    assert event.date_text == "overnight"
    assert 0 < event.confidence < 1
    assert event.quad_code == 4 and event.event_scale == taxonomy().event_type("ASSAULT").scale("firearms")
    assert event.id == f"{case['id']}-1" and event.coder.startswith("tocsin-rules/")
