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


def test_hybrid_coder_commands_from_the_docs_work(tmp_path: Path, cache_dir: Path) -> None:
    """Train a sentence model and code with the hybrid coder exactly as docs/extending.md shows."""
    from test_sentence_model import golden_as_gold

    lines = golden_as_gold(tmp_path).read_text(encoding="utf-8").splitlines()
    (tmp_path / "my_gold.jsonl").write_text("\n".join(lines[::2]) + "\n", encoding="utf-8")
    (tmp_path / "more_gold.jsonl").write_text("\n".join(lines[1::2]) + "\n", encoding="utf-8")
    (tmp_path / "article.txt").write_text("Russian troops shelled the town of Kupiansk on Monday.\n", encoding="utf-8")
    env = {"PATH": f"{TOCSIN_BIN.parent}:/usr/bin:/bin", "TOCSIN_CACHE_DIR": str(cache_dir)}
    outputs = []
    for command in _block("sh", 0).strip().splitlines():
        run = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True,
                             timeout=600)
        assert run.returncode == 0, (command, run.stderr)
        outputs.append(run.stdout)
    assert "5-fold cross-validation" in outputs[0] and "class macro-F1" in outputs[0]
    assert (tmp_path / "sentence_model.npz").is_file()
    events = [json.loads(line) for line in outputs[1].splitlines() if line.strip()]
    assert [e["event"] for e in events] == [["ASSAULT"]] and events[0]["coder"] == "tocsin-hybrid/0.1"
    missing = subprocess.run([str(TOCSIN_BIN), "--coder", "hybrid", "code", "article.txt"], cwd=tmp_path,
                             env={**env, "TOCSIN_SENTENCE_MODEL_FILE": "none.npz"}, capture_output=True, text=True,
                             timeout=600)
    assert missing.returncode == 2 and "no sentence model" in missing.stderr  # EXIT_ERROR, with the fix named
