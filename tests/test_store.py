"""Event store on real DuckDB files: migrations, idempotent adds, near-duplicates, exact event
round trip, filters, stats, transactions."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import duckdb
import pytest

from tocsin.errors import MigrationError, StoreError
from tocsin.store import LATEST_VERSION, AddResult, EventQuery, Store
from tocsin.store.migrations import apply_migrations
from tocsin.types import Article, CodedArticle, Entity, Event, Location, SourceProblem, TextInfo


def article(n: int, text: str | None = None, **changes) -> Article:
    body = text if text is not None else f"Report number {n}: border guards exchanged fire near post {n}."
    fields = dict(
        id=f"a{n}",
        text=body,
        title=f"Title {n}",
        pub_date=dt.date(2024, 1, 1) + dt.timedelta(days=n),
        url=f"https://news.example.org/story/{n}?utm_source=feed",
        source="Example Wire",
        lang="en",
        origin=f"/data/wire.jsonl:{n}",
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        canonical_url=f"https://news.example.org/story/{n}",
    )
    fields.update(changes)
    return Article(**fields)


def full_event(story: str = "a1", n: int = 1) -> Event:
    """An event with every field set, two actors, one recipient and a location."""
    return Event(
        id=f"{story}-{n}",
        story_id=story,
        date=dt.date(2024, 3, 5),
        enddate=dt.date(2024, 3, 7),
        event=("ASSAULT", "COERCE"),
        event_text="Kyrgyz border guards opened fire on Tajik positions near Vorukh.",
        text_info=TextInfo(sequence=2, start=120, end=185),
        confidence=0.8125,
        coder="tocsin-rules/0.1",
        mode=("firearms",),
        context=("territory", "military"),
        actor=(
            Entity("KGZ", "MIL", "Kyrgyz border guards", "", "", 120, 140),
            Entity("KGZ", "GOV", "the Kyrgyz government", "Sadyr Japarov", "President", None, None),
        ),
        recipient=(Entity("TJK", "MIL", "Tajik positions", "", "", 155, 170),),
        event_loc=Location(
            extracted_place="Vorukh",
            resolved_place="Vorukh",
            geonameid=1220826,
            lat=39.85,
            lon=70.5833333,
            province="Sughd",
            country_code="TJK",
            resolution="city",
            feature_class="P",
            feature_code="PPL",
            start=176,
            end=182,
            score=0.91,
        ),
        quad_code=4,
        event_scale=-9.5,
        trigger="opened fire",
        trigger_start=141,
        trigger_end=152,
        rule="assault.fire_on",
        date_text="on Tuesday",
        cite_info="https://news.example.org/story/1",
    )


def bare_event(story: str, n: int, day: dt.date | None, kind: str = "PROTEST", text: str = "x") -> Event:
    """An event with every optional field left at its default (None / empty)."""
    return Event(
        id=f"{story}-{n}", story_id=story, date=day, event=(kind,), event_text=text,
        text_info=TextInfo(0, 0, len(text)), confidence=0.5, coder="test/1",
    )


@pytest.fixture()
def store(tmp_path: Path):
    with Store.open(tmp_path / "t.duckdb") as opened:
        yield opened


# ---- migrations ----------------------------------------------------------------------------


def test_new_file_gets_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.duckdb"
    with Store.open(path) as store:
        assert store.schema_version() == LATEST_VERSION == 2
        applied = store.conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        tables = {
            r[0] for r in store.conn.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
    assert [r[0] for r in applied] == [1, 2]
    assert {"ingestion_runs", "articles", "events", "entities", "locations", "event_countries"} <= tables
    with Store.open(path) as again:  # reopening applies nothing new
        assert again.conn.execute("SELECT count(*) FROM schema_migrations").fetchall()[0][0] == 2


def test_old_file_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    assert apply_migrations(conn, str(path), target=1) == 1
    conn.execute(
        "INSERT INTO articles (id, title, text, url, source, lang, origin, content_hash, ingested_at) "
        "VALUES ('old1', 't', 'old text', '', 's', 'en', 'o', 'h1', now()::timestamp)"
    )
    index_names = {r[0] for r in conn.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
    assert "events_date" not in index_names
    conn.close()

    with Store.open(path) as store:
        assert store.schema_version() == 2
        assert store.get_article("old1") == Article(
            id="old1", text="old text", title="t", source="s", origin="o", content_hash="h1"
        )
        index_names = {r[0] for r in store.conn.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
        assert {"events_date", "events_type"} <= index_names
        assert store.stats().stories == 1


def test_newer_schema_than_known_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    Store.open(path).close()
    conn = duckdb.connect(str(path))
    conn.execute("INSERT INTO schema_migrations VALUES (99, 'from the future', now()::timestamp)")
    conn.close()
    with pytest.raises(MigrationError, match="schema version 99, newer"):
        Store.open(path)
    with pytest.raises(MigrationError, match="newer"):
        Store.open(path, read_only=True)


def test_read_only_needs_an_existing_current_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)
    path = tmp_path / "v1.duckdb"
    conn = duckdb.connect(str(path))
    apply_migrations(conn, str(path), target=1)
    conn.close()
    with pytest.raises(MigrationError, match="older than 2"):
        Store.open(path, read_only=True)
    Store.open(path).close()  # upgrade, then read-only works and refuses writes
    with Store.open(path, read_only=True) as ro:
        assert ro.schema_version() == 2
        with pytest.raises(StoreError, match="read-only"):
            ro.add_articles([article(1)], run_id=1)


def test_a_file_that_is_not_a_database_gives_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("this is a text file, not a database\n" * 200)
    with pytest.raises(StoreError, match=str(path)):
        Store.open(path)


# ---- articles ------------------------------------------------------------------------------


def test_add_is_idempotent_by_id_hash_and_canonical_url(store: Store) -> None:
    run = store.start_run("ingest", ["wire.jsonl"])
    first = store.add_articles([article(1), article(2), article(3, canonical_url="")], run)
    assert first == AddResult(inserted=("a1", "a2", "a3"), existing=(), near_duplicates=())

    same_id = article(1, text="a different text under the same id")
    same_hash = article(9, text=article(2).text, canonical_url="https://other.example/x")
    same_url = article(10, text="fresh text", canonical_url=article(1).canonical_url)
    empty_url = article(11, text="another fresh text", canonical_url="")  # "" never collides
    second = store.add_articles([same_id, same_hash, same_url, empty_url, article(3, canonical_url="")], run)
    assert second.inserted == ("a11",)
    assert set(second.existing) == {"a1", "a9", "a10", "a3"}

    # duplicates inside one batch: the first one wins
    twin = article(21, text="twin text")
    third = store.add_articles([twin, article(22, text="twin text"), article(21, text="other")], run)
    assert third.inserted == ("a21",) and third.existing == ("a22", "a21")

    assert store.get_article("a1") == article(1)
    assert store.get_article("a3") == article(3, canonical_url="")
    assert store.get_article("nope") is None
    assert store.stats().stories == 5
    assert store.count_pending() == 5


def test_missing_content_hash_is_computed(store: Store) -> None:
    store.add_articles([article(1, content_hash="")], 1)
    stored = store.get_article("a1")
    assert stored is not None
    assert stored.content_hash == hashlib.sha256(stored.text.encode()).hexdigest()
    assert store.add_articles([article(5, text=stored.text, content_hash="")], 1).existing == ("a5",)


def test_near_duplicates_are_linked_copies(store: Store) -> None:
    run = store.start_run("ingest", ["feed"])
    result = store.add_articles(
        [article(1), article(2, text=article(1).text + " (updated)")],
        run,
        near_duplicate_of={"a2": "a1"},
        signatures={"a1": b"\x01\x02sig1", "a2": b"\x03sig2"},
    )
    assert result.inserted == ("a1",) and result.near_duplicates == (("a2", "a1"),)
    assert store.copies_of("a1") == [article(2, text=article(1).text + " (updated)")]
    assert store.copies_of("a2") == []
    assert [a.id for a in store.pending_articles()] == ["a1"]  # copies are never coded
    assert list(store.iter_signatures()) == [("a1", b"\x01\x02sig1")]
    stats = store.stats()
    assert (stats.stories, stats.copies, stats.pending) == (1, 1, 1)


def test_pending_articles_limit_coder_and_status(store: Store) -> None:
    store.add_articles([article(n) for n in range(1, 6)], 1)
    assert [a.id for a in store.pending_articles(limit=2)] == ["a1", "a2"]
    store.save_coded(
        [CodedArticle("a1", (bare_event("a1", 1, dt.date(2024, 1, 2)),)), CodedArticle("a2", error="spaCy died")],
        coder="rules",
    )
    assert [a.id for a in store.pending_articles()] == ["a3", "a4", "a5"]
    assert store.count_pending() == 3
    # coded by another coder -> pending for this one
    assert [a.id for a in store.pending_articles(coder="keyword")] == ["a1", "a2", "a3", "a4", "a5"]
    assert [a.id for a in store.pending_articles(coder="rules")] == ["a3", "a4", "a5"]
    status = store.conn.execute(
        "SELECT id, coding_status, coded_by, coding_error FROM articles WHERE id IN ('a1','a2') ORDER BY id"
    ).fetchall()
    assert status == [("a1", "coded", "rules", None), ("a2", "failed", "rules", "spaCy died")]
    stats = store.stats()
    assert (stats.coded, stats.failed, stats.pending) == (1, 1, 3)


def test_runs_are_recorded(store: Store) -> None:
    run = store.start_run("ingest", ["a.jsonl", "https://x.example/feed"])
    store.finish_run(run, "partial", {"read": 3, "inserted": 2}, [SourceProblem("a.jsonl", 7, "not JSON")])
    (info,) = store.runs()
    assert info.id == run and info.status == "partial"
    assert info.sources == ("a.jsonl", "https://x.example/feed")
    assert info.counts == {"read": 3, "inserted": 2}
    assert info.problems == ("a.jsonl:7: not JSON",)
    assert info.finished_at is not None and info.finished_at >= info.started_at
    assert store.start_run("code", []) == run + 1
    with pytest.raises(StoreError, match="unknown status"):
        store.finish_run(run, "great", {}, [])


# ---- events --------------------------------------------------------------------------------


def test_event_round_trip_is_exact(store: Store) -> None:
    store.add_articles([article(1), article(2)], 1)
    full = full_event("a1", 1)
    bare = bare_event("a1", 2, None, text="Protesters gathered.")
    loc_without_country = bare_event("a2", 1, dt.date(2024, 3, 1), kind="CONSULT")
    loc_without_country = Event(**{**{f: getattr(loc_without_country, f) for f in Event.__slots__},
                                   "event_loc": Location()})
    written = store.save_coded([CodedArticle("a1", (full, bare)), CodedArticle("a2", (loc_without_country,))], "rules")
    assert written == 3
    got = store.query_events(EventQuery())
    assert got == [loc_without_country, full, bare]  # by date, undated last
    assert got[1].to_plover() == full.to_plover()
    assert got[2].event_loc is None and got[0].event_loc == Location()


def test_resaving_replaces_events_and_failure_rolls_back(store: Store) -> None:
    store.add_articles([article(1), article(2)], 1)
    store.save_coded([CodedArticle("a1", (full_event("a1", 1), full_event("a1", 2)))], "rules")
    replacement = bare_event("a1", 1, dt.date(2024, 5, 1), kind="AID")
    assert store.save_coded([CodedArticle("a1", (replacement,))], "rules") == 1
    assert store.query_events(EventQuery()) == [replacement]
    counts = store.conn.execute(
        "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM locations)"
    ).fetchall()[0]
    assert counts == (0, 0)  # old entities and locations went with their events

    # duplicate event id inside one call: the deletes already ran when the insert fails -> rollback
    clash = bare_event("a1", 1, dt.date(2024, 6, 1))
    with pytest.raises(StoreError, match="save_coded.*nothing written"):
        store.save_coded([CodedArticle("a1", (clash,)), CodedArticle("a2", (clash,))], "keyword")
    assert store.query_events(EventQuery()) == [replacement]
    assert store.conn.execute("SELECT coding_status FROM articles WHERE id='a2'").fetchall() == [("pending",)]

    with pytest.raises(StoreError, match="not in the store: zz"):
        store.save_coded([CodedArticle("a2", (bare_event("a2", 1, None),)), CodedArticle("zz")], "rules")
    assert store.query_events(EventQuery(story_id="a2")) == []
    assert store.count_pending() == 1


def test_failing_article_batch_writes_nothing(store: Store) -> None:
    run = store.start_run("ingest", ["x"])
    bad = article(3, title=None)  # violates NOT NULL inside the INSERT
    with pytest.raises(StoreError, match=r"add_articles \(3 articles a1 .. a3\) failed, nothing written"):
        store.add_articles([article(1), article(2), bad], run)
    assert store.stats().stories == 0
    assert store.add_articles([article(1), article(2)], run).inserted == ("a1", "a2")  # still usable


def _coded_sample(store: Store) -> None:
    store.add_articles([article(n) for n in range(1, 5)], 1)
    kgz_tjk = full_event("a1", 1)  # actors KGZ, recipient TJK, located in TJK, ASSAULT+COERCE
    protest = Event(**{**{f: getattr(kgz_tjk, f) for f in Event.__slots__},
                       "id": "a2-1", "story_id": "a2", "date": dt.date(2024, 4, 1), "event": ("PROTEST",),
                       "actor": (Entity("KAZ", "CVL"),), "recipient": (), "event_loc": Location(country_code="KAZ"),
                       "event_text": "Crowds in Almaty demanded 100% refunds_now."})
    aid = Event(**{**{f: getattr(kgz_tjk, f) for f in Event.__slots__},
                   "id": "a3-1", "story_id": "a3", "date": dt.date(2024, 2, 1), "event": ("AID",),
                   "actor": (Entity("RUS", "GOV"),), "recipient": (Entity("ARM", "GOV"),), "event_loc": None,
                   "event_text": "Russia sent humanitarian aid to Armenia."})
    undated = bare_event("a4", 1, None, kind="ASSAULT", text="Shelling was reported.")
    store.save_coded(
        [CodedArticle("a1", (kgz_tjk,)), CodedArticle("a2", (protest,)), CodedArticle("a3", (aid,)),
         CodedArticle("a4", (undated,))],
        "rules",
    )


def ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_query_filters(store: Store) -> None:
    _coded_sample(store)
    assert ids(store.query_events(EventQuery())) == ["a3-1", "a1-1", "a2-1", "a4-1"]
    assert ids(store.query_events(EventQuery(country="KGZ"))) == ["a1-1"]  # actor
    assert ids(store.query_events(EventQuery(country="ARM"))) == ["a3-1"]  # recipient
    assert ids(store.query_events(EventQuery(country="TJK"))) == ["a1-1"]  # recipient and location
    assert ids(store.query_events(EventQuery(country="KAZ"))) == ["a2-1"]
    assert ids(store.query_events(EventQuery(country="UZB"))) == []
    assert ids(store.query_events(EventQuery(event_type="ASSAULT"))) == ["a1-1", "a4-1"]
    assert ids(store.query_events(EventQuery(event_type="COERCE"))) == ["a1-1"]  # second type counts
    assert ids(store.query_events(EventQuery(date_from=dt.date(2024, 3, 5)))) == ["a1-1", "a2-1"]
    assert ids(store.query_events(EventQuery(date_to=dt.date(2024, 3, 5)))) == ["a3-1", "a1-1"]
    assert ids(store.query_events(EventQuery(date_from=dt.date(2024, 3, 6), date_to=dt.date(2024, 4, 1)))) == ["a2-1"]
    assert ids(store.query_events(EventQuery(text="HUMANITARIAN"))) == ["a3-1"]
    assert ids(store.query_events(EventQuery(text="100% refunds_"))) == ["a2-1"]  # literal, not wildcards
    assert ids(store.query_events(EventQuery(text="1%refunds"))) == []
    assert ids(store.query_events(EventQuery(story_id="a4"))) == ["a4-1"]
    assert ids(store.query_events(EventQuery(limit=2))) == ["a3-1", "a1-1"]
    assert ids(store.query_events(EventQuery(limit=None))) == ["a3-1", "a1-1", "a2-1", "a4-1"]
    assert ids(store.query_events(EventQuery(country="KGZ", event_type="PROTEST"))) == []
    table = store.export_events_arrow(EventQuery(country="TJK"))
    assert table.num_rows == 1 and table.column("loc_resolved_place").to_pylist() == ["Vorukh"]
    assert table.column("loc_country").to_pylist() == ["TJK"]


def test_stats(store: Store) -> None:
    _coded_sample(store)
    store.add_articles([article(7, text=article(1).text + "!")], 1, near_duplicate_of={"a7": "a1"})
    store.start_run("ingest", ["x"])
    stats = store.stats()
    assert (stats.stories, stats.copies, stats.pending, stats.coded, stats.failed) == (4, 1, 0, 4, 0)
    assert stats.events == 4
    assert stats.events_by_type == {"ASSAULT": 2, "AID": 1, "PROTEST": 1}
    assert stats.events_by_country == {"ARM": 1, "KAZ": 1, "KGZ": 1, "RUS": 1, "TJK": 1}
    assert stats.runs == 1
    assert (stats.first_pub_date, stats.last_pub_date) == (dt.date(2024, 1, 2), dt.date(2024, 1, 8))
    assert stats.schema_version == 2


def test_event_countries_view_supports_indicator_queries(store: Store) -> None:
    _coded_sample(store)
    rows = store.conn.execute(
        "SELECT country, event_type, date, count(DISTINCT event_id) FROM event_countries "
        "WHERE country = 'TJK' GROUP BY ALL"
    ).fetchall()
    assert rows == [("TJK", "ASSAULT", dt.date(2024, 3, 5), 1)]


def test_closed_store_refuses_work(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "c.duckdb")
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        store.count_pending()
