"""`tocsin eval` end to end (real subprocess, real spaCy model, keyword coder)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import TOCSIN_BIN

GOLD = [
    {"id": "g1", "text": "Kyrgyz border guards attacked a Tajikistan border post on Monday.", "pub_date": "2024-03-04",
     "negative": False, "events": [{"event": "ASSAULT", "actor": ["KGZ"], "recipient": ["TJK"], "date": "2024-03-04"}]},
    {"id": "g2", "text": "Armenia and Azerbaijan agreed to hold another round of talks.", "pub_date": "2024-03-05",
     "negative": False, "events": [{"event": "AGREE", "actor": ["ARM", "AZE"], "recipient": ["ARM", "AZE"]}]},
    {"id": "g3", "text": "The harvest in the valley was good this year.", "negative": True, "events": []},
]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(TOCSIN_BIN), *args], capture_output=True, text=True, timeout=300)


def write(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_eval_with_keyword_coder_json(tmp_path: Path) -> None:
    gold = write(tmp_path / "gold.jsonl", GOLD)
    pred_out = tmp_path / "pred.jsonl"
    proc = run("eval", str(gold), "--coder", "keyword", "--format", "json", "--save-pred", str(pred_out))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["coder"] == "tocsin-keyword/0.1"
    assert report["gold_events"] == 2 and report["predicted_events"] == 2
    assert report["micro"]["tp"] == 2 and report["micro"]["f1"] == 1.0
    assert report["actor_accuracy"] == {"correct": 2, "total": 2, "value": 1.0}
    assert report["date_accuracy"]["value"] == 1.0
    assert report["negatives"]["events"] == 0
    # the saved predictions score the same through --pred
    proc2 = run("eval", str(gold), "--pred", str(pred_out), "--format", "json")
    assert proc2.returncode == 0, proc2.stderr
    assert json.loads(proc2.stdout)["micro"] == report["micro"]


def test_eval_markdown_and_table(tmp_path: Path) -> None:
    gold = write(tmp_path / "gold.jsonl", GOLD)
    pred = write(tmp_path / "pred.jsonl", [{"story_id": "g1", "event": ["PROTEST"], "actor": [{"code": "KGZ"}]},
                                           {"story_id": "g3", "event": ["ACCUSE"]}])
    md = run("eval", str(gold), "--pred", str(pred), "--format", "markdown")
    assert md.returncode == 0, md.stderr
    assert "| type micro P / R / F1 | 0.000 / 0.000 / 0.000 |" in md.stdout
    assert "| events on negative stories | 1 on 1/1 stories (1.00 per story) |" in md.stdout
    table = run("eval", str(gold), "--pred", str(pred))
    assert table.returncode == 0 and "per type" in table.stdout


def test_bad_gold_lines_are_named(tmp_path: Path) -> None:
    cases = [
        (["{not json"], "gold.jsonl:1: not valid JSON"),
        ([GOLD[0], {"id": "x", "events": []}], "gold.jsonl:2: story 'x': missing or empty 'text'"),
        ([{"id": "y", "text": "t", "events": [{"event": "FIGHT"}]}], "gold.jsonl:1: event 1: 'FIGHT' is not a PLOVER v2 event type"),
        ([GOLD[0], GOLD[0]], "gold.jsonl:2: story id 'g1' appears twice"),
        ([{"id": "z", "text": "t", "negative": True, "events": [{"event": "AID"}]}], "a negative story cannot list events"),
    ]
    for rows, message in cases:
        gold = write(tmp_path / "gold.jsonl", rows)
        proc = run("eval", str(gold), "--pred", str(gold))
        assert proc.returncode == 2, (rows, proc.stdout)
        assert message in " ".join(proc.stderr.split()), proc.stderr


def test_bad_prediction_lines_and_arguments(tmp_path: Path) -> None:
    gold = write(tmp_path / "gold.jsonl", GOLD)
    pred = write(tmp_path / "pred.jsonl", [{"story_id": "g1", "event": ["ASSAULT"]}, "[1, 2", {"event": ["AID"]}])
    proc = run("eval", str(gold), "--pred", str(pred))
    assert proc.returncode == 2
    err = " ".join(proc.stderr.split())
    assert "2 unusable prediction line(s)" in err and "pred.jsonl:2: not valid JSON" in err
    assert "pred.jsonl:3: missing 'story_id'" in err
    both = run("eval", str(gold))
    assert both.returncode == 2 and "exactly one of --pred" in " ".join(both.stderr.split())
    missing = run("eval", str(tmp_path / "nope.jsonl"), "--pred", str(pred))
    assert missing.returncode == 2 and "gold file not found" in missing.stderr
    unknown = run("eval", str(gold), "--coder", "no-such-coder")
    assert unknown.returncode == 2 and "unknown coder 'no-such-coder'" in unknown.stderr
