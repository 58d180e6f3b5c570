"""The pipeline as Dagster assets: thin wrappers over ingest → process → store → warehouse → review.

The work lives in :mod:`etl.ingest`, :mod:`etl.process`, :mod:`etl.store`,
:mod:`etl.batch` and :mod:`warehouse.build`, so ``lunju extract``, the tests and
these assets run the same code. A run handles a whole folder at once (Dagster's
per-run cost is paid once, not per file): unchanged files are skipped on their
``stat`` alone, and every changed file is read, processed and saved by a pool of
worker processes, each document in its own transaction — its records together with
their links (entities named, the claim each figure and case supports), so links
never disagree with the records they join. The warehouse, its Parquet export and
the review site are remade only when what they are made from changed.

Assets hand each other small summaries — paths, counts, outcomes — never texts or
records: under ``dagster dev`` the default I/O manager pickles every output between
steps. (No ``from __future__ import annotations``: Dagster reads the config and
input/output types from live annotations.)
"""
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

import dagster as dg
from sqlalchemy import Engine

from etl.batch import handle_all
from etl.freshness import built_from, is_current, mark_built, store_fingerprint
from etl.ingest import IngestError, discover, stat_document
from etl.progress import tracked
from etl.settings import database_url, parquet_dir, report_dir, warehouse_path, workers
from etl.store import FileOutcome, RunSummary, finish_run, record_error, start_run, stored_stats, summarise
from etl.version import extractor_version
from models.db import open_database
from warehouse.build import build
from warehouse.export import export_parquet
from warehouse.report import write_report


class CorpusConfig(dg.Config):
    """The folder (or single file) to read; a relative path is taken from the working directory."""

    folder: str = "examples"


class WorkersConfig(dg.Config):
    """Processes that extract in parallel; 0 means ``LUNJU_WORKERS``, else one per core."""

    workers: int = 0


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
    """A folder compared with the store by ``stat``: files to read, files skipped, files refused."""

    folder: Path
    run_id: int  # the extraction_run row, opened when the run starts
    changed: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failures: list[IngestError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Batch:
    """What became of every changed file: processed and saved, skipped (same bytes), or refused."""

    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def failures(self) -> list[IngestError]:
        return [o.error for o in self.outcomes if o.error is not None]


@dataclass(frozen=True, slots=True)
class StoredRun:
    """What one run wrote: its ``extraction_run`` id and totals, and the files refused."""

    run_id: int
    summary: RunSummary
    failures: list[IngestError]


@dg.asset(description="Files under the configured folder: new or changed by stat, unchanged (skipped unread), refused.")
def documents(context: dg.AssetExecutionContext, config: CorpusConfig) -> Inventory:
    folder = Path(config.folder).resolve()
    version = extractor_version()
    t0 = perf_counter()
    with store() as engine:
        inventory = Inventory(folder, start_run(engine, version))
        stored = stored_stats(engine)
    for path in tracked("read", discover(folder)):  # discover() gives resolved paths: the stored keys
        try:
            stat = stat_document(path)
        except IngestError as err:
            inventory.failures.append(err)
            continue
        if stored.get(str(path)) == (stat.st_size, stat.st_mtime, version):
            inventory.skipped.append(path)
        else:
            inventory.changed.append(path)
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


@dg.asset(description="Every new or changed file read, parsed, extracted and saved (each in its own transaction) "
                       "by parallel worker processes; passes on only what became of each file.")
def articles(context: dg.AssetExecutionContext, config: WorkersConfig, documents: Inventory) -> Batch:
    n = config.workers or workers()
    batch = Batch(handle_all(documents.changed, extractor_version(), database_url(), n))
    processed = [o for o in batch.outcomes if o.status == "processed"]
    context.add_output_metadata(
        {
            "articles": len(processed),
            "unchanged_content": sum(o.status == "skipped" for o in batch.outcomes),
            "errors": len(batch.failures),
            "workers": n,
            **sum((Counter(o.counts) for o in processed), Counter()),
        }
    )
    return batch


@dg.asset(description="The run's account in the SQL store: the files refused (ingest_error) and an "
                      "extraction_run row with counts by kind, files by outcome and timings.")
def sql_store(context: dg.AssetExecutionContext, documents: Inventory, articles: Batch) -> StoredRun:
    failures = documents.failures + articles.failures
    outcomes = [FileOutcome(path, "skipped") for path in documents.skipped]
    outcomes += [o for o in articles.outcomes if o.error is None]
    run_id = documents.run_id
    with store() as engine:
        for error in failures:
            record_error(engine, run_id, error)
            outcomes.append(FileOutcome(error.path, "error", error=error))
        summary = summarise(outcomes)
        summary["timings"] = dict(Counter(summary["timings"]) + Counter(documents.timings))
        finish_run(engine, run_id, **summary)
    context.add_output_metadata(
        {"run_id": run_id, **{k: v for k, v in summary.items() if k.startswith("n_")}, **summary["counts"]}
    )
    return StoredRun(run_id, summary, failures)


@dg.asset(
    deps=[sql_store],
    description="The DuckDB warehouse file, rebuilt from the SQL store and swapped in whole "
    "(left as it is when the store holds what it was built from).",
)
def warehouse() -> dg.MaterializeResult:
    path = warehouse_path()
    with store() as engine:
        source = store_fingerprint(engine)
        if is_current(path, source):
            return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(path)), "rebuilt": False})
        rows = build(engine, path)
    mark_built(path, source)
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(path)), "rebuilt": True, **rows})


def _made_from_warehouse(target: Path, make: Callable[[], dict[str, int]]) -> dg.MaterializeResult:
    """``make()`` writes ``target`` from the warehouse, unless it was made from the warehouse as it stands."""
    source = built_from(warehouse_path())
    metadata: dict[str, object] = {"path": dg.MetadataValue.path(str(target))}
    if source is not None and is_current(target, source):
        return dg.MaterializeResult(metadata={**metadata, "rewritten": False})
    metadata |= {"rewritten": True, **make()}
    if source is not None:
        mark_built(target, source)
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(deps=[warehouse], description="Every warehouse table and view as Parquet (hive-partitioned where a "
                                        "column suits) under the data folder, for BI tools that read files.")
def parquet_export() -> dg.MaterializeResult:
    def make() -> dict[str, int]:
        written = export_parquet(warehouse_path(), parquet_dir())
        return {"relations": len(written), "rows": sum(item.rows for item in written)}

    return _made_from_warehouse(parquet_dir(), make)


@dg.asset(deps=[warehouse], description="The static review site: charts, conflicting figures, and every article "
                                        "with its records highlighted (open index.html).")
def review_report() -> dg.MaterializeResult:
    def make() -> dict[str, int]:
        written = write_report(warehouse_path(), report_dir())
        return {"article_pages": written.pages, "pages_without_source_text": written.without_text}

    return _made_from_warehouse(report_dir(), make)
