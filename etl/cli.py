"""The ``lunju`` command line: run the pipeline, extract one file, query the warehouse, show the store.

Dagster is imported only by ``lunju run``, so ``lunju extract`` (called once per
file by the scorer) stays quick.
"""
from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from etl.ingest import IngestError, read_document
from etl.process import process
from etl.progress import LOGGER as PROGRESS_LOGGER
from etl.settings import data_dir, parquet_dir, report_dir, warehouse_path
from etl.status import store_status
from models.db import open_database
from warehouse.folders import NotOurFolder
from warehouse.query import Result, WriteRefused, canned_queries, run_query

if TYPE_CHECKING:
    from dagster import DagsterInstance, ExecuteInProcessResult

app = typer.Typer(help="Grounded records from Chinese policy articles.", no_args_is_help=True)
console = Console()
errors = Console(stderr=True)


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` on stderr; the caller raises the returned Exit."""
    errors.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


@app.command()
def extract(
    file: Path = typer.Argument(..., help="A .txt or .md article."),
    format: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", help="jsonl: one JSON object per record."),
) -> None:
    """Print the records of one article (no database)."""
    try:
        records = process(read_document(file)).records
    except IngestError as err:
        raise fail(str(err)) from None
    if format is ExtractFormat.jsonl:
        for record in records:
            typer.echo(json.dumps(record.as_json(), ensure_ascii=False))
        return
    table = Table("kind", "start", "end", title=str(file))
    table.add_column("text", overflow="fold", ratio=3)
    table.add_column("fields", overflow="fold", ratio=2)
    shared = {"kind", "start", "end", "text", "section", "confidence"}
    for record in records:
        fields = "\n".join(f"{k}={v}" for k, v in record.as_json().items() if k not in shared and v not in (None, False))
        table.add_row(record.kind, str(record.start), str(record.end), record.text, fields)
    console.print(table)


@app.command()
def run(
    path: Path = typer.Argument(Path("examples"), exists=True, help="Folder (or file) of .txt/.md articles."),
    review: bool = typer.Option(False, "--review", help="Then refresh the Parquet export and the review site "
                                                        "in the data folder (review_job)."),
) -> None:
    """Run the whole pipeline (Dagster, in-process): files → SQL store → DuckDB warehouse."""
    with _progress_bar():
        result = run_pipeline(path)
        if review:
            _execute("review_job", {})
    stored = result.output_for_node("sql_store")
    summary = stored.summary
    console.print(
        f"[bold]{summary['n_documents']}[/] files: {summary['n_processed']} processed, "
        f"{summary['n_skipped']} unchanged, {summary['n_errors']} errors  (run {stored.run_id})"
    )
    table = Table("kind", "this run", "in store", title="Records by kind")
    for kind, total in store_status(open_database()).records.items():
        table.add_row(kind, str(summary["counts"].get(kind, 0)), str(total))
    console.print(table)
    for failure in stored.failures:
        _print_error(failure.path, failure.error_type, failure.message)
    for check in result.get_asset_check_evaluations():
        if not check.passed:
            console.print(f"[red]check failed:[/] {check.check_name} {_metadata(check.metadata)}")
    console.print(f"warehouse: {warehouse_path()}")
    if review:
        console.print(f"parquet:   {parquet_dir()}\nreview:    {(report_dir() / 'index.html').as_uri()}")


@app.command()
def query(
    sql: str = typer.Argument(
        ..., help=f"A read-only SQL statement, or a canned query's name: {', '.join(canned_queries())}."
    ),
    format: QueryFormat = typer.Option(QueryFormat.table, "--format"),
) -> None:
    """Query the DuckDB warehouse (read-only)."""
    try:
        result = run_query(warehouse_path(), sql)
    except WriteRefused as err:
        raise fail(str(err), 2) from None
    except (FileNotFoundError, duckdb.Error) as err:
        raise fail(str(err)) from None
    _print_result(result, format)


export_app = typer.Typer(help="Write the warehouse out for other tools.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("parquet")
def export_parquet(
    folder: Path = typer.Argument(..., help="Folder to write (a previous export there is replaced)."),
) -> None:
    """Every table and view of the warehouse as Parquet, hive-partitioned where a column suits."""
    from warehouse.export import export_parquet as write_parquet

    try:
        written = write_parquet(warehouse_path(), folder)
    except (FileNotFoundError, NotOurFolder) as err:
        raise fail(str(err)) from None
    table = Table("relation", "rows", "path", "partitioned by", title=str(folder))
    for item in written:
        name = item.name if item.schema == "main" else f"{item.schema}.{item.name}"
        table.add_row(name, str(item.rows), item.path, item.partition_by or "")
    console.print(table)


@app.command()
def report(
    folder: Path = typer.Argument(..., help="Folder to write the site into (a previous report there is replaced)."),
) -> None:
    """A static review site: charts, conflicting figures, and every article with its records highlighted."""
    from warehouse.report import write_report

    try:
        written = write_report(warehouse_path(), folder)
    except (FileNotFoundError, NotOurFolder) as err:
        raise fail(str(err)) from None
    missing = f" ({written.without_text} without their source text)" if written.without_text else ""
    console.print(f"{written.pages} article pages{missing}; open {written.index.resolve().as_uri()}")


@app.command()
def status() -> None:
    """What the SQL store holds: documents, records by kind, failing files, the last run."""
    state = store_status(open_database())
    table = Table("kind", "records", title=f"{state.documents} documents")
    for kind, n in state.records.items():
        table.add_row(kind, str(n))
    console.print(table)
    run = state.last_run
    if run is None:
        console.print("no run yet: try `lunju run`")
    else:
        console.print(
            f"last run {run.id} ({run.extractor_version}) started {run.started_at:%Y-%m-%d %H:%M:%S}: "
            f"{run.n_processed} processed, {run.n_skipped} unchanged, {run.n_errors} errors"
            + ("" if run.finished_at else " [red](did not finish)[/]")
        )
    for error in state.errors:
        _print_error(error.path, error.error_type, error.message)


@app.command()
def version() -> None:
    """Print the extractor version."""
    from etl.version import extractor_version

    typer.echo(extractor_version())


def run_pipeline(path: Path) -> ExecuteInProcessResult:
    """``lunju_job`` over ``path``, in this process, recorded in the data folder's Dagster instance."""
    from etl.assets import run_config

    return _execute("lunju_job", run_config(path).to_config_dict())


def _execute(job_name: str, config: dict) -> ExecuteInProcessResult:
    """Run one of the Definitions' jobs in this process, Dagster's own logging kept to warnings."""
    from etl.definitions import defs

    quiet = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
    return defs.resolve_job_def(job_name).execute_in_process(run_config=config | quiet, instance=_dagster_instance())


def _dagster_instance() -> DagsterInstance:
    """A persistent instance under ``<data dir>/dagster`` (``DAGSTER_HOME`` for ``dagster dev`` too)."""
    from dagster import DagsterInstance

    home = data_dir() / "dagster"
    home.mkdir(exist_ok=True)
    settings = home / "dagster.yaml"
    if not settings.exists():
        settings.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    return DagsterInstance.local_temp(tempdir=str(home))


class _ProgressHandler(logging.Handler):
    """Turns :mod:`etl.progress` ticks into rich progress bars, one per stage."""

    def __init__(self, progress: Progress) -> None:
        super().__init__(logging.DEBUG)
        self.progress = progress
        self.tasks: dict[str, TaskID] = {}

    def emit(self, record: logging.LogRecord) -> None:
        stage, done, total = record.stage, record.done, record.total  # type: ignore[attr-defined]
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)


@contextmanager
def _progress_bar() -> Iterator[Progress]:
    columns = (TextColumn("{task.description:>8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=errors) as progress:
        handler = _ProgressHandler(progress)
        PROGRESS_LOGGER.addHandler(handler)
        PROGRESS_LOGGER.setLevel(logging.DEBUG)
        try:
            yield progress
        finally:
            PROGRESS_LOGGER.removeHandler(handler)


def _print_error(path: Path | str, error_type: str, message: str) -> None:
    console.print(f"[red]✗[/] {path}: [yellow]{error_type}[/] — {message}", highlight=False)


def _metadata(metadata: dict) -> str:
    return ", ".join(f"{k}={getattr(v, 'value', v)}" for k, v in metadata.items() if getattr(v, "value", v) != "")


def _print_result(result: Result, format: QueryFormat) -> None:
    if format is QueryFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows(result.rows)
    elif format is QueryFormat.json:
        rows = [dict(zip(result.columns, row)) for row in result.rows]
        typer.echo(json.dumps(rows, ensure_ascii=False, default=str, indent=2))
    else:
        table = Table(*result.columns)
        for row in result.rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        console.print(table)
