"""Ingestion: sources (files, directories, feeds, web pages) -> normalised Articles -> the store.

    read_source(spec, settings)         articles and problems from one file, directory or URL
    normalise_article(article, settings) text/Unicode/whitespace normalisation, hashes, ids
    NearDuplicateIndex(threshold)       MinHash LSH for syndicated copies
    ingest(specs, store, settings)      the whole run, in batches
"""

from tocsin.ingest.neardup import NearDuplicateIndex
from tocsin.ingest.pipeline import IngestReport, ingest
from tocsin.ingest.records import make_article, normalise_article
from tocsin.ingest.sources import read_source
from tocsin.ingest.urls import canonical_url

__all__ = [
    "IngestReport",
    "NearDuplicateIndex",
    "canonical_url",
    "ingest",
    "make_article",
    "normalise_article",
    "read_source",
]
