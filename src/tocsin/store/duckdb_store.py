"""The event store on an embedded DuckDB file.

One process owns the file (DuckDB locks it even for readers); a second opener gets
StoreLockedError naming the holder's pid. Every write call is one transaction: all or nothing,
so a process killed mid-call leaves no half-written article and a rerun resumes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
from pathlib import Path
from types import TracebackType
from typing import Any, Callable, Iterator, Mapping, Sequence

import duckdb
import pyarrow as pa

from tocsin.errors import MigrationError, StoreError, StoreLockedError
from tocsin.store import rows
from tocsin.store.migrations import LATEST_VERSION, apply_migrations, current_version
from tocsin.store.records import AddResult, EventQuery, RunInfo, StoreStats
from tocsin.types import Article, CodedArticle, Entity, Event, Location, SourceProblem

_PID = re.compile(r"\(PID (\d+)\)")
_RUN_STATUSES = ("running", "ok", "partial", "failed", "interrupted")
_batch_names = itertools.count(1)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _content_hash(article: Article) -> str:
    return article.content_hash or hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def _open_error(path: Path, exc: duckdb.Error) -> StoreError:
    message = str(exc)
    if "lock" in message.lower():
        found = _PID.search(message)
        holder = f"pid {found.group(1)}" if found else "pid unknown"
        return StoreLockedError(
            f"database file {path} is in use by another process ({holder}); "
            "stop that process or use another --db"
        )
    return StoreError(f"cannot open database file {path}: {message}")


class Store:
    """Articles, events (with entities and locations) and ingestion runs in one DuckDB file."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self._conn: duckdb.DuckDBPyConnection | None = conn
        self.path = path
        self.read_only = read_only

    # ---- lifecycle -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> "Store":
        """Open (creating and migrating if needed) the store at `path`."""
        path = Path(path).expanduser()
        if read_only and not path.exists():
            raise StoreError(f"database file {path} does not exist")
        if not read_only:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create directory for database file {path}: {exc}") from exc
        try:
            conn = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise _open_error(path, exc) from exc
        try:
            if read_only:
                version = current_version(conn)
                if version > LATEST_VERSION:
                    apply_migrations(conn, str(path))  # raises MigrationError (too new)
                if version < LATEST_VERSION:
                    raise MigrationError(
                        f"database file {path} has schema version {version}, older than "
                        f"{LATEST_VERSION}; open it once without read-only to upgrade it"
                    )
            else:
                apply_migrations(conn, str(path))
        except (StoreError, duckdb.Error) as exc:
            conn.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"database file {path}: cannot read schema: {exc}") from exc
        return cls(conn, path, read_only)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def conn(self) -> duckdb.DuckDBPyConnection:
        if self._conn is None:
            raise StoreError(f"store {self.path} is closed")
        return self._conn

    def schema_version(self) -> int:
        return current_version(self.conn)

    # ---- helpers ---------------------------------------------------------------------------

    def _fetch(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, params or []).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"database file {self.path}: query failed: {exc}") from exc

    def _write(self, what: str, sql: str, params: Sequence[Any] | None = None) -> None:
        if self.read_only:
            raise StoreError(f"database file {self.path} is open read-only; cannot {what}")
        try:
            self.conn.execute(sql, params or [])
        except duckdb.Error as exc:
            raise StoreError(f"database file {self.path}: {what} failed: {exc}") from exc

    def _transaction(self, what: str, body: Callable[[duckdb.DuckDBPyConnection, list[str]], Any]) -> Any:
        """Run body(conn, registered_names) inside BEGIN/COMMIT; ROLLBACK and StoreError on failure."""
        if self.read_only:
            raise StoreError(f"database file {self.path} is open read-only; cannot {what}")
        conn = self.conn
        registered: list[str] = []
        try:
            conn.execute("BEGIN TRANSACTION")
        except duckdb.Error as exc:
            raise StoreError(f"database file {self.path}: {what}: cannot start a transaction: {exc}") from exc
        try:
            result = body(conn, registered)
            conn.execute("COMMIT")
            return result
        except BaseException as exc:
            try:
                conn.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the transaction is already gone (e.g. commit failed); nothing to undo
            if isinstance(exc, (duckdb.Error, pa.ArrowException)):
                raise StoreError(f"database file {self.path}: {what} failed, nothing written: {exc}") from exc
            raise
        finally:
            for name in registered:
                conn.unregister(name)

    @staticmethod
    def _register(conn: duckdb.DuckDBPyConnection, registered: list[str], table: pa.Table) -> str:
        name = f"_batch_{next(_batch_names)}"
        conn.register(name, table)
        registered.append(name)
        return name

    # ---- runs ------------------------------------------------------------------------------

    def start_run(self, kind: str, sources: Sequence[str]) -> int:
        """Record the start of an ingestion (or coding) run; returns its id."""
        if self.read_only:
            raise StoreError(f"database file {self.path} is open read-only; cannot start a run")
        try:
            rows_ = self.conn.execute(
                "INSERT INTO ingestion_runs (kind, sources, started_at, status) "
                "VALUES (?, ?, ?, 'running') RETURNING id",
                [kind, list(sources), _now()],
            ).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"database file {self.path}: start_run failed: {exc}") from exc
        return int(rows_[0][0])

    def finish_run(
        self,
        run_id: int,
        status: str,
        counts: Mapping[str, int],
        problems: Sequence[SourceProblem],
    ) -> None:
        """Record how a run ended: status (ok | partial | failed | interrupted), counts, problems."""
        if status not in _RUN_STATUSES:
            raise StoreError(f"finish_run: unknown status {status!r} (use one of {', '.join(_RUN_STATUSES)})")
        problem_rows = [{"source": p.source, "line": p.line, "message": p.message} for p in problems]
        self._write(
            f"finish_run {run_id}",
            "UPDATE ingestion_runs SET finished_at = ?, status = ?, counts = ?, problems = ? WHERE id = ?",
            [_now(), status, json.dumps(dict(counts)), json.dumps(problem_rows), run_id],
        )

    def runs(self, limit: int | None = 20) -> list[RunInfo]:
        """The most recent runs, newest first."""
        sql = (
            "SELECT id, kind, sources, started_at, finished_at, status, counts, problems "
            "FROM ingestion_runs ORDER BY id DESC"
        )
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        result = []
        for id_, kind, sources, started, finished, status, counts, problems in self._fetch(sql, params):
            problem_list = json.loads(problems) if problems else []
            result.append(
                RunInfo(
                    id=id_, kind=kind, sources=tuple(sources), started_at=started,
                    finished_at=finished, status=status,
                    counts=json.loads(counts) if counts else {},
                    problems=tuple(
                        str(SourceProblem(p["source"], p["line"], p["message"])) for p in problem_list
                    ),
                )
            )
        return result

    # ---- articles --------------------------------------------------------------------------

    def add_articles(
        self,
        articles: Sequence[Article],
        run_id: int,
        near_duplicate_of: Mapping[str, str] | None = None,
        signatures: Mapping[str, bytes] | None = None,
    ) -> AddResult:
        """Store new articles in one transaction; skip those already stored (id, hash or canonical URL)."""
        near_duplicate_of = near_duplicate_of or {}
        signatures = signatures or {}
        # duplicates inside the batch: the first one wins
        seen_ids: set[str] = set()
        seen_hashes: set[str] = set()
        seen_urls: set[str] = set()
        candidates: list[Article] = []
        existing: list[str] = []
        for article in articles:
            if not article.id:
                raise StoreError(f"add_articles: article from {article.origin or '?'} has an empty id")
            content_hash = _content_hash(article)
            if (
                article.id in seen_ids
                or content_hash in seen_hashes
                or (article.canonical_url and article.canonical_url in seen_urls)
            ):
                existing.append(article.id)
                continue
            seen_ids.add(article.id)
            seen_hashes.add(content_hash)
            if article.canonical_url:
                seen_urls.add(article.canonical_url)
            if not article.content_hash:
                article = Article(**{**_article_fields(article), "content_hash": content_hash})
            candidates.append(article)
        if not candidates:
            return AddResult(existing=tuple(existing))
        try:
            table = rows.articles_table(candidates, run_id, _now(), near_duplicate_of, signatures)
        except (pa.ArrowException, TypeError, ValueError) as exc:
            raise StoreError(f"add_articles: cannot convert batch ({_id_range(candidates)}): {exc}") from exc

        def body(conn: duckdb.DuckDBPyConnection, registered: list[str]) -> AddResult:
            batch = self._register(conn, registered, table)
            stored = {
                row[0]
                for row in conn.execute(
                    f"SELECT b.id FROM {batch} b "
                    "WHERE b.id IN (SELECT id FROM articles) "
                    "OR b.content_hash IN (SELECT content_hash FROM articles) "
                    "OR (b.canonical_url IS NOT NULL AND b.canonical_url IN "
                    "    (SELECT canonical_url FROM articles WHERE canonical_url IS NOT NULL))"
                ).fetchall()
            }
            new = [a for a in candidates if a.id not in stored]
            if new:
                keep = pa.array([a.id not in stored for a in candidates])
                fresh = self._register(conn, registered, table.filter(keep))
                names = ", ".join(rows.ARTICLE_SCHEMA.names)
                conn.execute(f"INSERT INTO articles ({names}) SELECT {names} FROM {fresh}")
            inserted = tuple(a.id for a in new if a.id not in near_duplicate_of)
            copies = tuple((a.id, near_duplicate_of[a.id]) for a in new if a.id in near_duplicate_of)
            skipped = tuple(existing) + tuple(a.id for a in candidates if a.id in stored)
            return AddResult(inserted=inserted, existing=skipped, near_duplicates=copies)

        return self._transaction(f"add_articles ({_id_range(candidates)})", body)

    def get_article(self, article_id: str) -> Article | None:
        found = self._fetch(f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id])
        return rows.article_from_row(found[0]) if found else None

    def copies_of(self, article_id: str) -> list[Article]:
        """Near-duplicate copies linked to this story."""
        found = self._fetch(
            f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE duplicate_of = ? ORDER BY id",
            [article_id],
        )
        return [rows.article_from_row(r) for r in found]

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        """MinHash signatures of stored stories (copies excluded), to rebuild the LSH index."""
        cursor = self.conn.cursor()
        try:
            cursor.execute(
                "SELECT id, minhash FROM articles "
                "WHERE duplicate_of IS NULL AND minhash IS NOT NULL ORDER BY id"
            )
            while chunk := cursor.fetchmany(5000):
                for article_id, signature in chunk:
                    yield article_id, bytes(signature)
        finally:
            cursor.close()

    def pending_articles(self, limit: int | None = None, coder: str | None = None) -> list[Article]:
        """Stories not yet coded (copies excluded); with `coder`, also those coded by another coder."""
        sql = f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE duplicate_of IS NULL AND "
        params: list[Any] = []
        if coder is None:
            sql += "coding_status = 'pending'"
        else:
            sql += "(coding_status = 'pending' OR coded_by IS DISTINCT FROM ?)"
            params.append(coder)
        sql += " ORDER BY ingested_at, id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [rows.article_from_row(r) for r in self._fetch(sql, params)]

    def count_pending(self) -> int:
        found = self._fetch(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND coding_status = 'pending'"
        )
        return int(found[0][0])

    # ---- events ----------------------------------------------------------------------------

    def save_coded(self, coded: Sequence[CodedArticle], coder: str) -> int:
        """Write events of coded articles in one transaction (replacing earlier events of those
        articles) and mark the articles coded or failed. Returns the number of events written."""
        if not coded:
            return 0
        events = [ev for item in coded for ev in item.events]
        try:
            event_table, entity_table, location_table = rows.event_tables(events)
            status_table = pa.Table.from_pylist(
                [
                    {"id": c.article_id, "status": "failed" if c.error else "coded", "error": c.error or None}
                    for c in coded
                ],
                schema=pa.schema([("id", pa.string()), ("status", pa.string()), ("error", pa.string())]),
            )
        except (pa.ArrowException, TypeError, ValueError) as exc:
            raise StoreError(f"save_coded: cannot convert events: {exc}") from exc
        coded_at = _now()

        def body(conn: duckdb.DuckDBPyConnection, registered: list[str]) -> int:
            status = self._register(conn, registered, status_table)
            missing = [
                r[0]
                for r in conn.execute(
                    f"SELECT id FROM {status} WHERE id NOT IN (SELECT id FROM articles) ORDER BY id"
                ).fetchall()
            ]
            if missing:
                raise StoreError(
                    f"database file {self.path}: save_coded: {len(missing)} article(s) not in the "
                    f"store: {', '.join(missing[:5])}; nothing written"
                )
            new_events = self._register(conn, registered, event_table)
            old = (
                f"SELECT id FROM events WHERE story_id IN (SELECT id FROM {status}) "
                f"UNION SELECT id FROM {new_events}"
            )
            conn.execute(f"DELETE FROM entities WHERE event_id IN ({old})")
            conn.execute(f"DELETE FROM locations WHERE event_id IN ({old})")
            conn.execute(f"DELETE FROM events WHERE id IN ({old})")
            if event_table.num_rows:
                conn.execute(f"INSERT INTO events SELECT {', '.join(rows.EVENT_SCHEMA.names)} FROM {new_events}")
            if entity_table.num_rows:
                name = self._register(conn, registered, entity_table)
                cols = ", ".join(f'"{c}"' for c in rows.ENTITY_SCHEMA.names)
                conn.execute(f"INSERT INTO entities ({cols}) SELECT {cols} FROM {name}")
            if location_table.num_rows:
                name = self._register(conn, registered, location_table)
                cols = ", ".join(f'"{c}"' for c in rows.LOCATION_SCHEMA.names)
                conn.execute(f"INSERT INTO locations ({cols}) SELECT {cols} FROM {name}")
            conn.execute(
                f"UPDATE articles SET coding_status = s.status, coded_by = ?, coded_at = ?, "
                f"coding_error = s.error FROM {status} s WHERE articles.id = s.id",
                [coder, coded_at],
            )
            return event_table.num_rows

        return self._transaction(f"save_coded ({len(coded)} articles, {len(events)} events)", body)

    def _event_filter(self, query: EventQuery) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.country:
            clauses.append(
                "(list_contains(e.actor_codes, ?) OR list_contains(e.recipient_codes, ?) OR e.loc_country = ?)"
            )
            params += [query.country] * 3
        if query.event_type:
            clauses.append("list_contains(e.event_types, ?)")
            params.append(query.event_type)
        if query.date_from:
            clauses.append("e.date >= ?")
            params.append(query.date_from)
        if query.date_to:
            clauses.append("e.date <= ?")
            params.append(query.date_to)
        if query.text:
            escaped = query.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            clauses.append("e.event_text ILIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
        if query.story_id:
            clauses.append("e.story_id = ?")
            params.append(query.story_id)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        order = " ORDER BY e.date NULLS LAST, e.id"
        if query.limit is not None:
            order += " LIMIT ?"
            params.append(query.limit)
        return where + order, params

    def query_events(self, query: EventQuery = EventQuery()) -> list[Event]:
        """Events matching `query`, ordered by date then id, rebuilt exactly as saved."""
        tail, params = self._event_filter(query)
        event_rows = self._fetch(f"SELECT {rows.EVENT_SELECT} FROM events e{tail}", params)
        if not event_rows:
            return []
        ids = pa.table({"id": pa.array([r[0] for r in event_rows], pa.string())})
        actors: dict[str, list[Entity]] = {}
        recipients: dict[str, list[Entity]] = {}
        locations: dict[str, Location] = {}
        conn = self.conn
        name = f"_ids_{next(_batch_names)}"
        conn.register(name, ids)
        try:
            entity_rows = conn.execute(
                f"SELECT {rows.ENTITY_SELECT} FROM entities n JOIN {name} w ON n.event_id = w.id "
                "ORDER BY n.event_id, n.role, n.position"
            ).fetchall()
            location_rows = conn.execute(
                f"SELECT {rows.LOCATION_SELECT} FROM locations l JOIN {name} w ON l.event_id = w.id"
            ).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"database file {self.path}: query failed: {exc}") from exc
        finally:
            conn.unregister(name)
        for row in entity_rows:
            event_id, role, _, entity = rows.entity_from_row(row)
            (actors if role == "actor" else recipients).setdefault(event_id, []).append(entity)
        for row in location_rows:
            event_id, location = rows.location_from_row(row)
            locations[event_id] = location
        return [
            rows.event_from_row(
                r,
                tuple(actors.get(r[0], ())),
                tuple(recipients.get(r[0], ())),
                locations.get(r[0]) if r[rows.EVENT_SCHEMA.names.index("has_loc")] else None,
            )
            for r in event_rows
        ]

    def export_events_arrow(self, query: EventQuery = EventQuery()) -> pa.Table:
        """Matching events as one flat Arrow table (event columns + event_loc columns)."""
        tail, params = self._event_filter(query)
        loc_cols = ", ".join(
            f'l."{c}" AS loc_{c}' for c in rows.LOCATION_SCHEMA.names
            if c not in ("event_id", "country_code", "province", "geonameid")
        )
        sql = (
            f"SELECT {rows.EVENT_SELECT}, {loc_cols} FROM events e "
            f"LEFT JOIN locations l ON l.event_id = e.id{tail}"
        )
        try:
            return self.conn.sql(sql, params=params).to_arrow_table()
        except duckdb.Error as exc:
            raise StoreError(f"database file {self.path}: export failed: {exc}") from exc

    # ---- statistics ------------------------------------------------------------------------

    def stats(self) -> StoreStats:
        (stories, copies, pending, coded, failed, first, last) = self._fetch(
            "SELECT count(*) FILTER (WHERE duplicate_of IS NULL), "
            "count(*) FILTER (WHERE duplicate_of IS NOT NULL), "
            "count(*) FILTER (WHERE duplicate_of IS NULL AND coding_status = 'pending'), "
            "count(*) FILTER (WHERE duplicate_of IS NULL AND coding_status = 'coded'), "
            "count(*) FILTER (WHERE duplicate_of IS NULL AND coding_status = 'failed'), "
            "min(pub_date), max(pub_date) FROM articles"
        )[0]
        events = self._fetch("SELECT count(*) FROM events")[0][0]
        by_type = self._fetch(
            "SELECT event_type, count(*) FROM events GROUP BY event_type ORDER BY 2 DESC, 1"
        )
        by_country = self._fetch(
            "SELECT country, count(DISTINCT event_id) FROM event_countries "
            "GROUP BY country ORDER BY 2 DESC, 1"
        )
        runs = self._fetch("SELECT count(*) FROM ingestion_runs")[0][0]
        return StoreStats(
            stories=stories, copies=copies, pending=pending, coded=coded, failed=failed,
            events=events, events_by_type=dict(by_type), events_by_country=dict(by_country),
            runs=runs, first_pub_date=first, last_pub_date=last,
            schema_version=self.schema_version(),
        )


def _article_fields(article: Article) -> dict[str, Any]:
    return {name: getattr(article, name) for name in Article.__slots__}


def _id_range(articles: Sequence[Article]) -> str:
    if len(articles) == 1:
        return f"article {articles[0].id}"
    return f"{len(articles)} articles {articles[0].id} .. {articles[-1].id}"
