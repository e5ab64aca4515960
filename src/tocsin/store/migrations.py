"""Numbered schema migrations for the DuckDB store.

Each migration is (version, name, sql). `apply_migrations` runs the ones newer than the file's
version, each in its own transaction, and records them in `schema_migrations`. Append new
migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from tocsin.errors import MigrationError


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


_V1_CORE = """
CREATE SEQUENCE ingestion_run_ids START 1;

CREATE TABLE ingestion_runs (
    id          BIGINT PRIMARY KEY DEFAULT nextval('ingestion_run_ids'),
    kind        VARCHAR NOT NULL,
    sources     VARCHAR[] NOT NULL,
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status      VARCHAR NOT NULL DEFAULT 'running',
    counts      JSON,
    problems    JSON
);

CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY,
    title         VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    pub_date      DATE,
    url           VARCHAR NOT NULL,
    canonical_url VARCHAR,              -- NULL when the article has none (unique when present)
    source        VARCHAR NOT NULL,
    lang          VARCHAR NOT NULL,
    origin        VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    duplicate_of  VARCHAR,              -- set for near-duplicate copies (never coded)
    run_id        BIGINT,
    ingested_at   TIMESTAMP NOT NULL,
    minhash       BLOB,
    coding_status VARCHAR NOT NULL DEFAULT 'pending',   -- pending | coded | failed
    coded_by      VARCHAR,
    coded_at      TIMESTAMP,
    coding_error  VARCHAR
);
CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url);

CREATE TABLE events (
    id            VARCHAR PRIMARY KEY,
    story_id      VARCHAR NOT NULL,
    date          DATE,
    enddate       DATE,
    event_type    VARCHAR NOT NULL,     -- first of event_types, for fast per-type queries
    event_types   VARCHAR[] NOT NULL,
    modes         VARCHAR[] NOT NULL,
    contexts      VARCHAR[] NOT NULL,
    quad_code     INTEGER,
    event_scale   DOUBLE,
    event_text    VARCHAR NOT NULL,
    text_seq      INTEGER NOT NULL,
    text_start    INTEGER NOT NULL,
    text_end      INTEGER NOT NULL,
    trigger       VARCHAR NOT NULL,
    trigger_start INTEGER,
    trigger_end   INTEGER,
    rule          VARCHAR NOT NULL,
    date_text     VARCHAR NOT NULL,
    confidence    DOUBLE NOT NULL,
    coder         VARCHAR NOT NULL,
    cite_info     VARCHAR NOT NULL,
    has_loc       BOOLEAN NOT NULL,
    loc_country   VARCHAR,              -- copies of event_loc fields, for indicator queries
    loc_province  VARCHAR,
    loc_geonameid BIGINT,
    actor_codes     VARCHAR[] NOT NULL,
    recipient_codes VARCHAR[] NOT NULL
);

CREATE TABLE entities (
    event_id        VARCHAR NOT NULL,
    role            VARCHAR NOT NULL,   -- actor | recipient
    position        INTEGER NOT NULL,
    code            VARCHAR NOT NULL,
    sector          VARCHAR NOT NULL,
    entity_text     VARCHAR NOT NULL,
    identifier_text VARCHAR NOT NULL,
    office          VARCHAR NOT NULL,
    start           INTEGER,
    "end"           INTEGER,
    PRIMARY KEY (event_id, role, position)
);

CREATE TABLE locations (
    event_id        VARCHAR PRIMARY KEY,
    extracted_place VARCHAR NOT NULL,
    resolved_place  VARCHAR NOT NULL,
    geonameid       BIGINT,
    lat             DOUBLE,
    lon             DOUBLE,
    province        VARCHAR NOT NULL,
    country_code    VARCHAR NOT NULL,
    resolution      VARCHAR NOT NULL,
    feature_class   VARCHAR NOT NULL,
    feature_code    VARCHAR NOT NULL,
    start           INTEGER,
    "end"           INTEGER,
    score           DOUBLE
);
"""

_V2_QUERY_INDEXES = """
CREATE INDEX events_date ON events (date);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_story ON events (story_id);
CREATE INDEX events_loc_country ON events (loc_country);
CREATE INDEX entities_code ON entities (code);
CREATE INDEX articles_status ON articles (coding_status);

-- one row per (event, country involved, role): the base of per-country/type/day indicators
CREATE VIEW event_countries AS
    SELECT e.id AS event_id, e.date, e.event_type, n.code AS country, n.role
    FROM events e JOIN entities n ON n.event_id = e.id
    WHERE n.code <> ''
    UNION ALL
    SELECT e.id, e.date, e.event_type, e.loc_country, 'location'
    FROM events e
    WHERE e.loc_country IS NOT NULL AND e.loc_country <> '';
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables: runs, articles, events, entities, locations", _V1_CORE),
    Migration(2, "indexes for date/type/country queries and the event_countries view", _V2_QUERY_INDEXES),
)

LATEST_VERSION = MIGRATIONS[-1].version

_BOOKKEEPING = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)
"""


def current_version(conn: duckdb.DuckDBPyConnection) -> int:
    """Schema version of the open file (0 for an empty file)."""
    exists = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    rows = conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()
    return int(rows[0][0])


def apply_migrations(
    conn: duckdb.DuckDBPyConnection, path: str, target: int = LATEST_VERSION
) -> int:
    """Bring the schema up to `target`; returns the resulting version.

    Raises MigrationError if the file is newer than this code knows or a migration fails
    (the failing migration is rolled back; earlier ones stay applied).
    """
    version = current_version(conn)
    if version > LATEST_VERSION:
        raise MigrationError(
            f"database file {path} has schema version {version}, newer than this tocsin "
            f"supports ({LATEST_VERSION}); upgrade tocsin"
        )
    if version == 0:
        conn.execute(_BOOKKEEPING)
    for migration in MIGRATIONS:
        if migration.version <= version or migration.version > target:
            continue
        try:
            conn.execute("BEGIN TRANSACTION")
            conn.execute(migration.sql)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [migration.version, migration.name, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
            )
            conn.execute("COMMIT")
        except duckdb.Error as exc:
            conn.execute("ROLLBACK")
            raise MigrationError(
                f"database file {path}: migration {migration.version} ({migration.name}) failed: {exc}"
            ) from exc
        version = migration.version
    return version
