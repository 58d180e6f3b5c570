"""One decoded document → its article and records, timed per stage (no I/O, no DB).

Kept apart from the store so the CLI, the Dagster assets and the tests run the
exact same extraction; only a parser failure is turned into an IngestError.
"""
from __future__ import annotations

from dataclasses import dataclass
from time import perf_counter

from etl.extract import extract_records
from etl.ingest import DocumentFile, IngestError
from etl.text.article import Article
from etl.text.parse import parse_article
from models.records import Record


@dataclass(frozen=True, slots=True)
class ProcessedDocument:
    """What the store saves for one file; ``timings`` are seconds per stage."""

    document: DocumentFile
    article: Article
    records: list[Record]
    timings: dict[str, float]


def process(doc: DocumentFile) -> ProcessedDocument:
    """Parse and extract ``doc.text``; a parser crash becomes ``IngestError("parse")``."""
    t0 = perf_counter()
    try:
        article = parse_article(doc.text)
    except Exception as err:  # noqa: BLE001 - any parser bug must not stop a whole run
        raise IngestError("parse", f"parser failed: {type(err).__name__}: {err}", doc.path) from err
    t1 = perf_counter()
    records = extract_records(article)
    t2 = perf_counter()
    return ProcessedDocument(doc, article, records, {"parse": t1 - t0, "extract": t2 - t1})
