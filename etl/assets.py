"""The pipeline as Dagster assets: thin wrappers over ingest → process → store → warehouse.

The work lives in :mod:`etl.ingest`, :mod:`etl.process`, :mod:`etl.store` and
:mod:`warehouse.build`, so ``lunju extract``, the tests and these assets run the
same code. A run handles a whole folder at once — every changed file is read,
processed and saved within one run, each document in its own transaction.

Assets hand each other plain data: under ``dagster dev`` the default I/O manager
pickles every output between steps. (No ``from __future__ import annotations``:
Dagster reads the config and input/output types from live annotations.)
"""
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

import dagster as dg
from sqlalchemy import Engine

from etl.ingest import DocumentFile, IngestError, discover
from etl.process import ProcessedDocument, process
from etl.progress import tracked
from etl.settings import warehouse_path
from etl.store import (
    FileOutcome,
    RunSummary,
    finish_run,
    read_if_changed,
    record_error,
    save,
    start_run,
    summarise,
)
from etl.version import extractor_version
from models.db import open_database
from warehouse.build import build


class CorpusConfig(dg.Config):
    """The folder (or single file) to read; a relative path is taken from the working directory."""

    folder: str = "examples"


def run_config(folder: Path | str) -> dg.RunConfig:
    """Run config of ``lunju_job`` reading ``folder``."""
    return dg.RunConfig(ops={"documents": CorpusConfig(folder=str(folder))})


@contextmanager
def store() -> Iterator[Engine]:
    """The SQL store (migrated) for the length of one step."""
    engine = open_database()
    try:
        yield engine
    finally:
        engine.dispose()


@dataclass(frozen=True, slots=True)
class Inventory:
    """A folder compared with the store: files to process, files skipped, files refused."""

    folder: Path
    changed: list[DocumentFile] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failures: list[IngestError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Batch:
    """The articles and records of every changed file, and the files the parser failed on."""

    processed: list[ProcessedDocument] = field(default_factory=list)
    failures: list[IngestError] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StoredRun:
    """What one run wrote: its ``extraction_run`` id and totals, and the files refused."""

    run_id: int
    summary: RunSummary
    failures: list[IngestError]


def kind_counts(records: list) -> dict[str, int]:
    """Records per kind, as stored in ``extraction_run.counts``."""
    return dict(Counter(r.kind for r in records))


@dg.asset(description="Files under the configured folder: new or changed (read), unchanged (skipped), unreadable.")
def documents(context: dg.AssetExecutionContext, config: CorpusConfig) -> Inventory:
    folder = Path(config.folder).resolve()
    version = extractor_version()
    inventory = Inventory(folder)
    t0 = perf_counter()
    with store() as engine:
        for path in tracked("read", discover(folder)):
            try:
                doc = read_if_changed(engine, path, version)
            except IngestError as err:
                inventory.failures.append(err)
                continue
            if doc is None:
                inventory.skipped.append(path)
            else:
                inventory.changed.append(doc)
    inventory.timings["ingest"] = perf_counter() - t0
    context.add_output_metadata(
        {
            "folder": str(folder),
            "changed": len(inventory.changed),
            "skipped": len(inventory.skipped),
            "errors": len(inventory.failures),
        }
    )
    return inventory


@dg.asset(description="The parse and the grounded records of every new or changed file, in one batch.")
def articles(context: dg.AssetExecutionContext, documents: Inventory) -> Batch:
    batch = Batch()
    for doc in tracked("extract", documents.changed):
        try:
            batch.processed.append(process(doc))
        except IngestError as err:
            batch.failures.append(err)
    records = [r for p in batch.processed for r in p.records]
    context.add_output_metadata(
        {"articles": len(batch.processed), "parse_errors": len(batch.failures), **kind_counts(records)}
    )
    return batch


@dg.asset(description="The SQL store: each article saved in its own transaction, errors and an extraction_run row.")
def sql_store(context: dg.AssetExecutionContext, documents: Inventory, articles: Batch) -> StoredRun:
    version = extractor_version()
    failures = documents.failures + articles.failures
    outcomes = [FileOutcome(path, "skipped") for path in documents.skipped]
    with store() as engine:
        run_id = start_run(engine, version)
        for error in failures:
            record_error(engine, run_id, error)
            outcomes.append(FileOutcome(error.path, "error", error=error))
        for processed in tracked("save", articles.processed):
            t0 = perf_counter()
            save(engine, processed, version)
            timings = {**processed.timings, "save": perf_counter() - t0}
            outcomes.append(FileOutcome(processed.document.path, "processed", kind_counts(processed.records), timings))
        summary = summarise(outcomes)
        summary["timings"] = dict(Counter(summary["timings"]) + Counter(documents.timings))
        finish_run(engine, run_id, **summary)
    context.add_output_metadata(
        {"run_id": run_id, **{k: v for k, v in summary.items() if k.startswith("n_")}, **summary["counts"]}
    )
    return StoredRun(run_id, summary, failures)


@dg.asset(deps=[sql_store], description="The DuckDB warehouse file, rebuilt from the SQL store and swapped in whole.")
def warehouse() -> dg.MaterializeResult:
    path = warehouse_path()
    with store() as engine:
        rows = build(engine, path)
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(path)), **rows})
