"""The bundled sample corpus: shape, time span, and that ingestion links exactly its syndicated copies."""

from __future__ import annotations

import datetime as dt
import json

from conftest import SAMPLE_DIR

# Copies the corpus authors wrote on purpose (copy -> original).
KNOWN_COPIES = {
    "ca-0024": "ca-0023", "ca-0027": "ca-0026", "ca-0029": "ca-0028", "ca-0035": "ca-0033",
    "ca-0051": "ca-0049", "ca-0064": "ca-0063", "ca-0069": "ca-0068", "ca-0083": "ca-0082",
    "ca-0098": "ca-0096", "ca-0108": "ca-0106", "wc-0012": "wc-0010", "wc-0023": "wc-0022",
    "wc-0033": "wc-0032", "wc-0037": "wc-0036", "wc-0060": "wc-0059", "wc-0073": "wc-0072",
    "wc-0096": "wc-0093", "wc-0105": "wc-0104", "wc-0120": "wc-0119",
}


def load_sample() -> list[dict]:
    records = []
    for path in sorted(SAMPLE_DIR.glob("*.jsonl")):
        records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records


def test_sample_corpus_shape() -> None:
    records = load_sample()
    assert len(records) >= 150
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert {"id", "title", "text", "pub_date", "url", "source"} <= set(r)
        assert len(r["text"].split()) >= 60
    days = sorted(dt.date.fromisoformat(r["pub_date"]) for r in records)
    assert (days[-1] - days[0]).days >= 18 * 30
    per_month: dict[str, int] = {}
    for day in days:
        per_month[day.strftime("%Y-%m")] = per_month.get(day.strftime("%Y-%m"), 0) + 1
    assert max(per_month.values()) >= 4 * min(per_month.values()), "no escalation visible in the sample"


def test_ingesting_the_sample_links_exactly_the_syndicated_copies(settings) -> None:
    from tocsin.ingest import ingest
    from tocsin.store import Store

    with Store.open(settings.db) as store:
        report = ingest([str(SAMPLE_DIR)], store, settings)
        assert report.problems == ()
        assert report.near_duplicates == len(KNOWN_COPIES)
        linked = {copy.id: original for original in set(KNOWN_COPIES.values()) for copy in store.copies_of(original)}
        assert linked == KNOWN_COPIES
        stats = store.stats()
        assert stats.copies == len(KNOWN_COPIES)
        assert stats.stories == len(load_sample()) - len(KNOWN_COPIES)
        again = ingest([str(SAMPLE_DIR)], store, settings)
        assert again.inserted == 0 and again.near_duplicates == 0
