"""Event recall on real wire sentences: event_location_halterman (dev), ~8.6k news sentences whose
event verbs (kill, shoot, capture, attack...) are annotated as character spans.

    .venv/bin/python benchmarks/events_wire_recall.py                 # all sentences, rules + keyword
    .venv/bin/python benchmarks/events_wire_recall.py --limit 2000    # deterministic sample

Figures per coder: sentence recall (share of sentences with >= 1 coded event), verb recall (share of
annotated event verbs whose span overlaps a coded event's trigger span), both by verb lemma (top 25)
and by the verb class in the item id, and the event types coded at the matched verbs. There are no
event-type labels, so this measures reach (recall), not precision. Writes benchmarks/out/wire_recall.json
and docs/benchmarks_wire_recall.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shlex
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / ".." / "shared" / "data" / "events" / "event_location_halterman"
DATA = DATA_DIR / "event_location.jsonl"
sys.path.insert(0, str(ROOT / "src"))

from tocsin.config import build_settings  # noqa: E402
from tocsin.evaluation.run import make_coder  # noqa: E402
from tocsin.nlp import load_pipeline  # noqa: E402
from tocsin.types import Article, CodedArticle  # noqa: E402

BASELINE = "keyword"
TOP = 25
CLASS_SUFFIX = re.compile(r"_([a-z]+)$")
CLASS_MASDAR = re.compile(r"^masdar_([a-z]+)_\d+$")


@dataclass(frozen=True)
class VerbItem:
    """One annotated event verb in one sentence."""

    sentence: int  # index into the unique sentences
    start: int
    end: int
    text: str
    lemma: str
    verb_class: str


def verb_class_of(item_id: str) -> str:
    m = CLASS_MASDAR.match(item_id) or CLASS_SUFFIX.search(item_id)
    return m.group(1) if m and m.group(1) != "masdar" else "(none)"


def load_items(limit: int) -> tuple[list[str], list[tuple[int, int, int, str, str]]]:
    """Unique sentences (deterministically sampled when limit) and their verb spans."""
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r.get("event_verbs") and r.get("answer") != "reject"]
    texts = sorted({r["text"] for r in records}, key=lambda t: hashlib.sha1(t.encode("utf-8")).hexdigest())
    if limit:
        texts = texts[:limit]
    index = {t: i for i, t in enumerate(texts)}
    spans: set[tuple[int, int, int, str, str]] = set()
    for r in records:
        i = index.get(r["text"])
        if i is None:
            continue
        for v in r["event_verbs"]:
            spans.add((i, v["start"], v["end"], v["text"], verb_class_of(r["id"])))
    return texts, sorted(spans)


def lemmas_of(texts: list[str], spans: list[tuple[int, int, int, str, str]], model: str) -> tuple[list[VerbItem], dict]:
    """Lemmatise each verb span in its sentence context (the sentences holding a verb are parsed once);
    returns the items and the parses (sentence index -> Doc), used again for the linked-trigger figure."""
    nlp = load_pipeline(model)
    needed = sorted({s[0] for s in spans})
    docs = dict(zip(needed, nlp.pipe([texts[i] for i in needed], batch_size=64)))
    items = []
    for i, start, end, text, cls in spans:
        span = docs[i].char_span(start, end, alignment_mode="expand")
        lemma = (span.root.lemma_ if span is not None and len(span) else text).lower()
        items.append(VerbItem(i, start, end, text, lemma, cls))
    return items, docs


def linked(doc, item: VerbItem, start: int, end: int) -> bool:
    """Whether the trigger's head word is at most two dependency arcs from the verb (head, child, sibling,
    grandparent or grandchild: "were killed in clashes", "attacked ..., killing 26")."""
    verb = doc.char_span(item.start, item.end, alignment_mode="expand")
    trigger = doc.char_span(start, end, alignment_mode="expand")
    if verb is None or trigger is None or not len(verb) or not len(trigger):
        return False
    v, t = verb.root, trigger.root
    up_v = [v, *v.ancestors]
    up_t = [t, *t.ancestors]
    for i, node in enumerate(up_v[:3]):
        if node in up_t[:3] and i + up_t.index(node) <= 2:
            return True
    return False


def code_all(coder_name: str, texts: list[str], settings) -> tuple[list[CodedArticle], float]:
    coder = make_coder(coder_name, settings)
    articles = [Article(id=f"s{i}", text=t, origin=f"event_location:{i}") for i, t in enumerate(texts)]
    started = time.perf_counter()
    coded: list[CodedArticle] = []
    chunk = max(settings.batch_size * 4, 16)
    for s in range(0, len(articles), chunk):
        coded.extend(coder.code_batch(articles[s:s + chunk]))
    return coded, time.perf_counter() - started


def ratio(hit: int, n: int) -> float | None:
    return hit / n if n else None


def measure(coded: list[CodedArticle], items: list[VerbItem], docs: dict) -> dict:
    """Recall figures and the per-verb matches for one coder."""
    by_sentence = {int(c.article_id[1:]): c for c in coded}
    sentences = len(coded)
    with_event = sum(1 for c in coded if c.events)
    failed = sum(1 for c in coded if c.error)
    lemma_n: Counter = Counter()
    lemma_hit: Counter = Counter()
    class_n: Counter = Counter()
    class_hit: Counter = Counter()
    types_at_hits: Counter = Counter()
    matched: list[bool] = []
    linked_hits = 0
    in_coded_sentence = 0
    for it in items:
        events = by_sentence[it.sentence].events
        hits = [e for e in events if e.trigger_start is not None and e.trigger_end is not None
                and e.trigger_start < it.end and it.start < e.trigger_end]
        ok = bool(hits)
        matched.append(ok)
        in_coded_sentence += bool(events)
        linked_hits += ok or any(e.trigger_start is not None and e.trigger_end is not None
                                 and linked(docs[it.sentence], it, e.trigger_start, e.trigger_end) for e in events)
        lemma_n[it.lemma] += 1
        class_n[it.verb_class] += 1
        if ok:
            lemma_hit[it.lemma] += 1
            class_hit[it.verb_class] += 1
            types_at_hits[hits[0].event[0] if hits[0].event else "(none)"] += 1
    verbs_hit = sum(matched)
    no_offsets = sum(1 for c in coded for e in c.events if e.trigger_start is None)
    return {
        "sentences": sentences,
        "failed": failed,
        "sentence_recall": ratio(with_event, sentences),
        "events_per_sentence": ratio(sum(len(c.events) for c in coded), sentences),
        "verbs": len(items),
        "verb_recall": ratio(verbs_hit, len(items)),
        "verb_recall_linked": ratio(linked_hits, len(items)),
        "verbs_in_coded_sentences": ratio(in_coded_sentence, len(items)),
        "events_without_trigger_offsets": no_offsets,
        "by_lemma": {lem: {"verbs": n, "recall": ratio(lemma_hit[lem], n)} for lem, n in lemma_n.most_common(TOP)},
        "by_class": {cls: {"verbs": n, "recall": ratio(class_hit[cls], n)} for cls, n in class_n.most_common()},
        "types_at_matched_verbs": dict(types_at_hits.most_common()),
        "missed_lemmas": dict(Counter({lem: n - lemma_hit[lem] for lem, n in lemma_n.items()}).most_common(TOP)),
        "_matched": matched,
    }


def fmt(v: float | None) -> str:
    return "–" if v is None else f"{v:.3f}"


def render(results: dict[str, dict], seconds: dict[str, float], names: list[str], command: str,
           limit: int, sentences: int, verbs: int) -> str:
    main = names[0]
    lines = [
        "# Event recall on real wire sentences (event_location_halterman)",
        "",
        "Generated by `benchmarks/events_wire_recall.py` (do not edit by hand). Command:",
        "",
        f"    {command}",
        "",
        "Data: `../shared/data/events/event_location_halterman/event_location.jsonl`, role **dev** "
        "(may be tuned on). Halterman (2019), \"Geolocating Political Events in Text\", "
        "github.com/ahalterman/event_location, licence MIT. One news sentence per item (AP/AFP/Xinhua wire, "
        "Masdar, atrocities reports...) with its event verbs annotated as character spans (mostly violent "
        "verbs: kill, shoot, capture, attack, patrol, destroy...); rejected items dropped; sentences "
        "de-duplicated.",
        "",
        "There are no event-type labels: these figures measure reach (recall) only. *Sentence recall* = "
        "share of sentences with at least one coded event; *verb recall* = share of annotated event verbs "
        "whose span overlaps the trigger span (`Event.trigger_start`/`trigger_end`) of a coded event; the 'linked' "
        "figure also counts a verb whose incident was coded at another word of the same construction (the "
        "trigger's head word at most two dependency arcs from the verb in the spaCy parse: \"were "
        "*killed* in *clashes*\", \"*attacked* ..., *killing* 26\"). "
        "Some annotated verbs are not PLOVER events (patrols, accidents, natural deaths), so 1.0 is not the "
        "target.",
    ]
    if limit:
        lines += ["", f"**Sample: {sentences} sentences (deterministic, by text hash) of the set — `--limit {limit}`.**"]
    lines += ["", "## Overall", "", "| figure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    rows = [("sentences", "sentences", False), ("annotated event verbs", "verbs", False),
            ("sentence recall", "sentence_recall", True), ("verb recall", "verb_recall", True),
            ("verb recall, or a coded trigger ≤ 2 dependency arcs from the verb", "verb_recall_linked", True),
            ("share of verbs in a sentence with >= 1 coded event", "verbs_in_coded_sentences", True),
            ("coded events per sentence", "events_per_sentence", True), ("sentences failed to code", "failed", False)]
    for label, key, is_ratio in rows:
        cells = [fmt(results[c][key]) if is_ratio else str(results[c][key]) for c in names]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append("| coding seconds | " + " | ".join(f"{seconds[c]:.0f}" for c in names) + " |")
    lines += ["", f"## Verb recall by verb lemma (top {TOP} lemmas)", "",
              "| lemma | verbs | " + " | ".join(names) + " |", "|---|---:|" + "---:|" * len(names)]
    for lem, row in results[main]["by_lemma"].items():
        cells = [fmt(results[c]["by_lemma"][lem]["recall"]) for c in names]
        lines.append(f"| {lem} | {row['verbs']} | " + " | ".join(cells) + " |")
    lines += ["", "## Verb recall by verb class in the item id", "",
              "| class | verbs | " + " | ".join(names) + " |", "|---|---:|" + "---:|" * len(names)]
    for cls, row in results[main]["by_class"].items():
        cells = [fmt(results[c]["by_class"][cls]["recall"]) for c in names]
        lines.append(f"| {cls} | {row['verbs']} | " + " | ".join(cells) + " |")
    lines += ["", f"## Most missed verb lemmas ({main})", "", "| lemma | missed verbs |", "|---|---:|"]
    lines += [f"| {lem} | {n} |" for lem, n in results[main]["missed_lemmas"].items()]
    for c in names:
        types = results[c]["types_at_matched_verbs"]
        total = sum(types.values()) or 1
        lines += ["", f"## Event types coded at matched verbs ({c})", "", "| type | verbs | share |", "|---|---:|---:|"]
        lines += [f"| {t} | {n} | {n / total:.3f} |" for t, n in types.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="at most N sentences (deterministic sample; 0 = all)")
    parser.add_argument("--coder", default="rules", help="coder to measure (default rules)")
    parser.add_argument("--no-baseline", action="store_true", help=f"do not also run the {BASELINE!r} baseline")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "out" / "wire_recall.json")
    parser.add_argument("--doc", type=Path, default=ROOT / "docs" / "benchmarks_wire_recall.md")
    parser.add_argument("--misses", type=Path, help="also write the coder's missed verbs (JSONL) here")
    args = parser.parse_args(argv)
    raw_argv = argv if argv is not None else sys.argv[1:]
    command = ".venv/bin/python benchmarks/events_wire_recall.py" + (" " + shlex.join(raw_argv) if raw_argv else "")

    settings = build_settings()
    texts, spans = load_items(args.limit)
    items, docs = lemmas_of(texts, spans, settings.spacy_model)
    names = [args.coder] + ([] if args.no_baseline or args.coder == BASELINE else [BASELINE])
    results: dict[str, dict] = {}
    seconds: dict[str, float] = {}
    for name in names:
        coded, secs = code_all(name, texts, settings)
        results[name], seconds[name] = measure(coded, items, docs), secs
        print(f"{name}: sentence recall {fmt(results[name]['sentence_recall'])}, "
              f"verb recall {fmt(results[name]['verb_recall'])}, "
              f"linked {fmt(results[name]['verb_recall_linked'])} ({secs:.0f}s)", flush=True)
        if name == args.coder and args.misses:
            by_sentence = {int(c.article_id[1:]): c for c in coded}
            with args.misses.open("w", encoding="utf-8") as out:
                for it, ok in zip(items, results[name]["_matched"]):
                    if not ok:
                        events = by_sentence[it.sentence].events
                        out.write(json.dumps({"text": texts[it.sentence], "verb": it.text, "start": it.start,
                                              "end": it.end, "lemma": it.lemma, "class": it.verb_class,
                                              "coded": [[e.event[0] if e.event else "", e.trigger,
                                                         e.trigger_start, e.trigger_end] for e in events]}) + "\n")
    for r in results.values():
        r.pop("_matched")
    doc = render(results, seconds, names, command, args.limit, len(texts), len(items))
    args.doc.parent.mkdir(parents=True, exist_ok=True)
    args.doc.write_text(doc, encoding="utf-8")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"command": command, "data": "event_location_halterman", "role": "dev",
                                     "limit": args.limit, "seconds": {k: round(v, 1) for k, v in seconds.items()},
                                     "coders": results}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
