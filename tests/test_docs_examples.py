"""The examples in docs/extending.md work as written."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from conftest import REPO, TOCSIN_BIN

DOC = (REPO / "docs" / "extending.md").read_text(encoding="utf-8")


def _block(language: str, index: int) -> str:
    return re.findall(rf"```{language}\n(.*?)```", DOC, flags=re.S)[index]


def test_extra_actor_and_trigger_files_from_the_docs_take_effect(tmp_path: Path) -> None:
    (tmp_path / "my_actors.yaml").write_text(_block("yaml", 0), encoding="utf-8")
    (tmp_path / "my_triggers.yaml").write_text(_block("yaml", 1), encoding="utf-8")
    config = _block("toml", 0).replace('extra_actor_files = ["my_actors.yaml"]',
                                       'extra_actor_files = ["my_actors.yaml"]\nextra_verb_files = ["my_triggers.yaml"]')
    (tmp_path / "tocsin.toml").write_text(config, encoding="utf-8")

    looked_up = subprocess.run([str(TOCSIN_BIN), "--config", "tocsin.toml", "actors", "lookup", "Sultanbekov said"],
                               cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert looked_up.returncode == 0, looked_up.stderr
    assert "code=KGZ" in looked_up.stdout and "Temirlan Sultanbekov" in looked_up.stdout

    story = {"id": "x1", "pub_date": "2026-03-04",
             "text": "Armed men firebombed a village police post in Kyrgyzstan on Tuesday, Governor Temirlan Sultanbekov said."}
    coded = subprocess.run([str(TOCSIN_BIN), "--config", "tocsin.toml", "code", "-"], cwd=tmp_path,
                           input=json.dumps(story) + "\n", capture_output=True, text=True, timeout=300)
    assert coded.returncode == 0, coded.stderr
    events = [json.loads(line) for line in coded.stdout.splitlines()]
    assert [e["rule"] for e in events if e["event"] == ["ASSAULT"]] == ["my_triggers.yaml:ASSAULT/firebomb"], events
