"""Geoparsing benchmarks: gold-span resolution (strict acc@161), end-to-end on LGL, Central Asia set.

    .venv/bin/python benchmarks/geo_eval.py [--sets lgl,geovirus,gwn,trnews,central_asia] [--e2e] [--limit N]

Data are read from ../shared/data/geo (never copied into the repo). LGL and GeoVirus are dev
sets (tuning allowed); GWN and TR-News are report sets (figures only, no error inspection).
Prints one table; --json FILE writes the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "geo"
CENTRAL_ASIA = ROOT / "benchmarks" / "data" / "central_asia_geo.jsonl"
sys.path.insert(0, str(ROOT / "src"))

from tocsin.config import build_settings  # noqa: E402
from tocsin.geo import Gazetteer, Geoparser  # noqa: E402
from tocsin.geo.build import fold  # noqa: E402
from tocsin.geo.resolve import haversine_km  # noqa: E402


DROPPED: dict[str, int] = {}  # gold mentions whose offsets do not match their text (skipped)


@dataclass
class GoldMention:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    country: str = ""  # country name or alpha-3
    admin1: str = ""


@dataclass
class GoldDoc:
    id: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)
    all_spans: list[tuple[int, int]] = field(default_factory=list)  # every annotated toponym span (for e2e)


def _float(x: str | None) -> float | None:
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def read_gaztag_xml(path: Path) -> list[GoldDoc]:
    """LGL and TR-News: <article><text/><toponyms><toponym><start/><end/><phrase/><gaztag>...</gaztag>."""
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        doc = GoldDoc(art.get("docid", str(len(docs))), text)
        for top in art.iter("toponym"):
            start, end = int(top.findtext("start")), int(top.findtext("end"))
            phrase = top.findtext("phrase") or ""
            if phrase and text[start:end] != phrase:  # a few offsets do not match the stored text
                near = text.find(phrase, max(0, start - 5))
                if near < 0 or abs(near - start) > 5:
                    DROPPED[path.name] = DROPPED.get(path.name, 0) + 1
                    continue
                start, end = near, near + len(phrase)
            doc.all_spans.append((start, end))
            tag = top.find("gaztag")
            if tag is None:
                continue
            doc.mentions.append(GoldMention(start, end, top.findtext("phrase") or text[start:end],
                                            _float(tag.findtext("lat")), _float(tag.findtext("lon")),
                                            tag.findtext("country") or "", tag.findtext("admin1") or ""))
        docs.append(doc)
    return docs


def read_geovirus(path: Path) -> list[GoldDoc]:
    docs = []
    for n, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        doc = GoldDoc(str(n), text)
        for loc in art.iter("location"):
            start, end = int(loc.findtext("start")), int(loc.findtext("end"))
            name_text = loc.findtext("name") or ""
            if text[start:end] != name_text:  # the file's offsets are often one character late
                near = text.find(name_text, max(0, start - 3))
                if near < 0 or abs(near - start) > 3:
                    continue
                start, end = near, near + len(name_text)
            doc.mentions.append(GoldMention(start, end, text[start:end], _float(loc.findtext("lat")), _float(loc.findtext("lon"))))
            doc.all_spans.append((start, end))
        docs.append(doc)
    return docs


def read_gwn(path_xml: Path, path_full: Path) -> list[GoldDoc]:
    texts = [a.findtext("text") or "" for a in ET.parse(path_xml).getroot().iter("article")]
    docs = []
    for n, line in enumerate(path_full.read_text(encoding="utf-8").splitlines()):
        text = texts[n]
        doc = GoldDoc(str(n), text)
        for item in line.split("||"):
            parts = item.split(",,")
            if len(parts) != 6:
                continue
            _name, mention, lat, lon, start, end = parts
            s, e = int(start), int(end)
            if text[s:e] != mention:
                continue
            doc.mentions.append(GoldMention(s, e, mention, _float(lat), _float(lon)))
            doc.all_spans.append((s, e))
        docs.append(doc)
    return docs


def read_central_asia(path: Path) -> list[GoldDoc]:
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        obj = json.loads(line)
        doc = GoldDoc(obj["id"], obj["text"])
        for m in obj["mentions"]:
            start = obj["text"].find(m["text"]) if "start" not in m else m["start"]
            if start < 0:
                raise ValueError(f"{path}:{n}: mention {m['text']!r} not in text")
            end = start + len(m["text"])
            doc.mentions.append(GoldMention(start, end, m["text"], m.get("lat"), m.get("lon"), m["country"], m.get("admin1", "")))
            doc.all_spans.append((start, end))
        docs.append(doc)
    return docs


def load_set(name: str) -> list[GoldDoc]:
    if name == "lgl":
        return read_gaztag_xml(DATA / "lgl.xml")
    if name == "trnews":
        return read_gaztag_xml(DATA / "TR-News.xml")
    if name == "geovirus":
        return read_geovirus(DATA / "GeoVirus.xml")
    if name == "gwn":
        return read_gwn(DATA / "GWN.xml", DATA / "gwn_full.txt")
    if name == "central_asia":
        return read_central_asia(CENTRAL_ASIA)
    raise SystemExit(f"unknown set {name}")


# ---------------------------------------------------------------------------- scoring
def country_match(gaz: Gazetteer, gold: str, predicted_a3: str) -> bool:
    if not gold or not predicted_a3:
        return False
    if len(gold) == 3 and gold.isupper():
        return gold == predicted_a3
    return any(p.kind == "country" and p.country_code == predicted_a3 for p, _ in gaz.lookup(gold))


def admin1_match(gaz: Gazetteer, gold: str, gold_country: str, top) -> bool:
    if not gold or top.resolution in ("none", "country", "border"):
        return False
    if fold(gold) == fold(top.admin1):
        return True
    return any(p.kind == "adm1" and p.country_code == top.country_code and fold(p.admin1) == fold(top.admin1)
               for p, _ in gaz.lookup(gold))


def population_baseline(gaz: Gazetteer, text: str):
    hits = gaz.lookup(text)
    if not hits:
        return None
    return max(hits, key=lambda h: h[0].population)[0]


def evaluate_gold_spans(name: str, docs: list[GoldDoc], geoparser: Geoparser) -> dict:
    gaz = geoparser.gazetteer
    n = hits = base_hits = resolved = 0
    errors: list[float] = []
    c_n = c_hit = a_n = a_hit = 0
    started = time.perf_counter()
    for doc in docs:
        spans = [(m.start, m.end) for m in doc.mentions]
        tops = geoparser.resolve_spans(doc.text, spans, doc.id) if spans else []
        for m, t in zip(doc.mentions, tops):
            if m.country:
                c_n += 1
                c_hit += country_match(gaz, m.country, t.country_code) or (t.resolution == "border" and m.country in t.countries)
            if m.admin1:
                a_n += 1
                a_hit += admin1_match(gaz, m.admin1, m.country, t)
            if m.lat is None:
                continue
            n += 1
            if t.lat is not None:
                resolved += 1
                d = haversine_km(m.lat, m.lon, t.lat, t.lon)
                errors.append(d)
                hits += d < 161
            else:
                errors.append(20038.0)
            b = population_baseline(gaz, m.text)
            if b is not None and haversine_km(m.lat, m.lon, b.lat, b.lon) < 161:
                base_hits += 1
    seconds = time.perf_counter() - started
    total_mentions = sum(len(d.mentions) for d in docs)
    out = {"set": name, "mentions_with_coords": n, "acc161": hits / n if n else None,
           "median_km": statistics.median(errors) if errors else None, "resolved_share": resolved / n if n else None,
           "pop_baseline_acc161": base_hits / n if n else None,
           "country_acc": c_hit / c_n if c_n else None, "country_n": c_n,
           "adm1_acc": a_hit / a_n if a_n else None, "adm1_n": a_n,
           "ms_per_mention": 1000 * seconds / max(total_mentions, 1)}
    return out


def evaluate_end_to_end(name: str, docs: list[GoldDoc], geoparser: Geoparser, nested: bool = False,
                        parsed: list | None = None) -> dict:
    """Span P/R/F1 (exact span) and acc@161 over matched gold mentions with coordinates.

    `nested`: also place names inside organisation names and demonyms, which LGL annotates."""
    tp = fp = fn = 0
    n = hits = 0
    started = time.perf_counter()
    if parsed is None:
        from tocsin.nlp import load_pipeline

        nlp = load_pipeline(geoparser.settings.spacy_model)
        parsed = list(nlp.pipe([d.text for d in docs], batch_size=16))
    for doc, sdoc in zip(docs, parsed):
        found = geoparser.find(doc.text, sdoc, doc.id, nested=nested)
        pred = {(t.start, t.end): t for t in found}
        gold = set(doc.all_spans)
        tp += len(gold & pred.keys())
        fp += len(pred.keys() - gold)
        fn += len(gold - pred.keys())
        for m in doc.mentions:
            if m.lat is None:
                continue
            n += 1
            t = pred.get((m.start, m.end))
            if t is not None and t.lat is not None and haversine_km(m.lat, m.lon, t.lat, t.lon) < 161:
                hits += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"set": name + ("-e2e-nested" if nested else "-e2e"), "span_p": p, "span_r": r, "span_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "e2e_acc161": hits / n if n else None, "seconds": time.perf_counter() - started}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="lgl,geovirus,gwn,trnews,central_asia")
    ap.add_argument("--e2e", action="store_true", help="also end-to-end recognition + resolution on LGL")
    ap.add_argument("--limit", type=int, default=0, help="first N documents of each set")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    settings = build_settings()
    import tocsin.geo.gazetteer as gz_module

    started = time.perf_counter()
    gaz = Gazetteer.load(settings)
    first = time.perf_counter() - started
    gz_module._loaded.clear()
    started = time.perf_counter()
    gaz = Gazetteer.load(settings)
    load_s = time.perf_counter() - started
    geoparser = Geoparser(settings, gaz)
    results = [{"set": "index", "first_load_or_build_s": round(first, 2), "load_s": round(load_s, 3), "entries": len(gaz)}]
    for name in args.sets.split(","):
        docs = load_set(name)
        if args.limit:
            docs = docs[: args.limit]
        results.append(evaluate_gold_spans(name, docs, geoparser))
        if args.e2e and name == "lgl":
            from tocsin.nlp import load_pipeline

            nlp = load_pipeline(settings.spacy_model)
            parsed = list(nlp.pipe([d.text for d in docs], batch_size=16))
            results.append(evaluate_end_to_end(name, docs, geoparser, parsed=parsed))
            results.append(evaluate_end_to_end(name, docs, geoparser, nested=True, parsed=parsed))
    results.append({"set": "dropped_misaligned_gold_mentions", **DROPPED})
    for r in results:
        print(json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
