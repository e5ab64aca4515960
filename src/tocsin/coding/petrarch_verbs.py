"""Import a PETRARCH/CAMEO verb dictionary as tocsin trigger rules.

Format read (PETRARCH 1/2 verb files): blocks start with `--- NAME [code] ---`; plain lines in a
block are verbs (optionally `+`/`&`-prefixed, `{...}` inflection lists and `_` for multiword); lines
starting with `-` are patterns `- words * object words [code]` whose code overrides the block's.
CAMEO codes map to PLOVER through data/coding/cameo_plover.yaml (longest prefix wins); codes without
a PLOVER type (01/02 statements) are skipped. Comments start with `#` or `<`.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path
from typing import Any


from tocsin import yaml_loading
from tocsin.errors import ConfigError

_BLOCK = re.compile(r"^-{3}\s*(?P<name>[^\[]*?)\s*\[(?P<code>[^\]]*)\]\s*-{3}")
_CODE = re.compile(r"\[(?P<code>[-\d:]+)\]")


@functools.lru_cache(maxsize=1)
def cameo_crosswalk() -> dict[str, dict[str, Any]]:
    text = resources.files("tocsin.data.coding").joinpath("cameo_plover.yaml").read_text(encoding="utf-8")
    data = yaml_loading.safe_load(text)
    return {str(k): dict(v) for k, v in data["cameo"].items()}


def cameo_to_plover(code: str) -> dict[str, Any] | None:
    """PLOVER {event, mode?, contexts?} for a CAMEO code ("0874", "190"), or None."""
    code = code.strip().split(":")[0]
    table = cameo_crosswalk()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _verb_words(line: str) -> list[str]:
    line = line.strip().lstrip("+&").split("#")[0].strip()
    line = _CODE.sub("", line).strip()
    if not line:
        return []
    base = line.split("{")[0].strip()
    forms = re.findall(r"\{([^}]*)\}", line)
    words = [base] + [w for f in forms for w in f.split()]
    return [w.replace("_", " ").lower() for w in words if w and w.replace("_", "").isalpha()]


def petrarch_verbs_document(text: str, source: str) -> dict[str, Any]:
    """A trigger document (same shape as triggers.yaml) from PETRARCH verb-dictionary text."""
    triggers: list[dict[str, Any]] = []
    block_code = ""
    block_name = ""
    seen: set[str] = set()
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith(("#", "<", "~")):
            continue
        m = _BLOCK.match(line.strip())
        if m:
            block_name, block_code = m.group("name").strip(), m.group("code").strip()
            continue
        if line.lstrip().startswith("---"):
            raise ConfigError(f"{source}:{n}: malformed block header {line.strip()!r}")
        if not block_name:
            continue
        if line.lstrip().startswith("-"):
            cm = _CODE.search(line)
            code = cm.group("code") if cm else block_code
            body = _CODE.sub("", line.lstrip()[1:]).split("#")[0]
            objects = []
            if "*" in body:
                after = body.split("*", 1)[1]
                objects = [w.lower().strip("$+%^=") for w in after.split() if w.strip("$+%^=").isalpha()]
            verbs = _verb_words(block_name)
            plover = cameo_to_plover(code) if code and code != "---" else None
            if not plover or not verbs or not objects:
                continue
            rule_id = f"PETRARCH/{code}/{verbs[0].replace(' ', '_')}/{n}"
            triggers.append({"id": rule_id, "lemma": verbs[:1], "event": plover["event"],
                             "mode": plover.get("mode", ""), "contexts": plover.get("contexts", []),
                             "object": objects[:3], "reliability": 0.6})
            continue
        words = _verb_words(line)
        plover = cameo_to_plover(block_code) if block_code and block_code != "---" else None
        if not plover or not words:
            continue
        lemma = words[0]
        if " " in lemma:
            continue  # multiword verbs need patterns; PETRARCH lists them as patterns too
        rule_id = f"PETRARCH/{block_code}/{lemma}"
        if rule_id in seen:
            continue
        seen.add(rule_id)
        triggers.append({"id": rule_id, "lemma": [lemma], "event": plover["event"], "mode": plover.get("mode", ""),
                         "contexts": plover.get("contexts", []), "reliability": 0.55})
    return {"version": 1, "triggers": triggers}


def load_petrarch_verbs(path: Path) -> list[dict[str, Any]]:
    """Trigger entries (triggers.yaml format) from a PETRARCH/CAMEO verb dictionary file."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ConfigError(f"verb dictionary {path}: cannot read ({exc})") from exc
    return petrarch_verbs_document(text, str(path))["triggers"]
