"""One error tree for the whole library.

The library raises these and never prints or exits; the CLI and the API translate them
into messages and exit codes.

    TocsinError
    ├── ConfigError            bad setting, unreadable config file
    ├── TaxonomyError          PLOVER taxonomy or lexicon data file is invalid
    ├── InputError             a source could not be read (names source and line)
    │   ├── RecordError        one record of a source is malformed (not JSON, no text, ...)
    │   └── FetchError         a feed or page could not be fetched (HTTP status, timeout, ...)
    ├── StoreError             the event store failed
    │   ├── StoreLockedError   another process holds the database file
    │   └── MigrationError     the schema could not be brought up to date
    ├── CodingError            the event coder failed on an article
    ├── GeoError               gazetteer build/load or toponym resolution failed
    └── EvaluationError        gold or prediction files are unusable
"""

from __future__ import annotations


class TocsinError(Exception):
    """Base of every error tocsin raises on purpose."""


class ConfigError(TocsinError):
    """A setting or a configuration file is invalid."""


class TaxonomyError(TocsinError):
    """A taxonomy, lexicon or dictionary data file is invalid."""


class InputError(TocsinError):
    """A source could not be read. `source` names it; `line` is 1-based when known."""

    def __init__(self, message: str, source: str = "", line: int | None = None) -> None:
        self.source = source
        self.line = line
        where = source + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message


class RecordError(InputError):
    """One record of a source is malformed; the records around it are still usable."""


class FetchError(InputError):
    """A URL could not be fetched (network error, timeout, HTTP error status)."""


class StoreError(TocsinError):
    """The event store failed."""


class StoreLockedError(StoreError):
    """Another process holds the database file."""


class MigrationError(StoreError):
    """The store schema could not be brought up to date."""


class CodingError(TocsinError):
    """The event coder failed."""


class GeoError(TocsinError):
    """The gazetteer could not be built or loaded, or resolution failed."""


class EvaluationError(TocsinError):
    """Gold or prediction files are unusable."""
