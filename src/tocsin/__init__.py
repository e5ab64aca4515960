"""tocsin: open, offline crisis monitoring and early warning (PLOVER v2 event coding)."""

__version__ = "0.1.0"
