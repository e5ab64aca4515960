"""Event store: articles, PLOVER events (entities, locations) and runs in an embedded DuckDB file."""

from tocsin.store.duckdb_store import Store
from tocsin.store.migrations import LATEST_VERSION, MIGRATIONS
from tocsin.store.records import AddResult, EventQuery, RunInfo, StoreStats

__all__ = ["Store", "EventQuery", "AddResult", "StoreStats", "RunInfo", "MIGRATIONS", "LATEST_VERSION"]
