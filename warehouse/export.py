"""The warehouse as Parquet files, for BI tools and notebooks that read a folder rather than a database.

Every view and table is written: ``<name>.parquet``, or a hive-partitioned folder
``<name>/<column>=<value>/data_0.parquet`` where a small categorical column suits
(:data:`PARTITIONS`: statistics by year, records by kind …; a missing value is
DuckDB's ``__HIVE_DEFAULT_PARTITION__``), and the copied store tables under
``store/``. ``_lunju_export.json`` lists each relation, its path and its rows.

The export is written into a temporary folder beside the target and swapped in
(:func:`warehouse.folders.write_folder`), so a reader never sees half of it; an
existing target is replaced only when it holds a previous export (its manifest).

Read it back with DuckDB (or anything that reads Parquet)::

    SELECT year, count(*) FROM read_parquet('parquet/statistics/**/*.parquet', hive_partitioning = true) GROUP BY year;
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

from warehouse.folders import sql_string, write_folder

MANIFEST = "_lunju_export.json"
PARTITIONS: dict[str, str] = {
    "statistics": "year",
    "fact_statistic": "year",
    "recommendations": "strength",
    "fact_recommendation": "strength",
    "claims": "claim_type",
    "fact_claim": "claim_type",
    "examples": "entity_type",
    "fact_example": "entity_type",
    "entities": "entity_type",
    "dim_entity": "entity_type",
    "records": "kind",
}
"""Relation → the column its Parquet files are partitioned by (hive style)."""


@dataclass(frozen=True, slots=True)
class Exported:
    """One relation written: its schema (``main`` or ``store``), path under the export folder, rows, partition column."""

    name: str
    schema: str
    path: str
    rows: int
    partition_by: str | None


def relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """``(schema, name)`` of every table and view of the warehouse, main schema first."""
    rows = con.execute(
        "SELECT table_schema, table_name FROM information_schema.tables "
        "WHERE table_catalog = current_database() AND table_schema IN ('main', 'store') "
        "ORDER BY table_schema <> 'main', table_name"
    ).fetchall()
    return [(schema, name) for schema, name in rows]


def read_back_sql(folder: Path, item: Exported) -> str:
    """A DuckDB query over the exported files of ``item`` (what a reader of the folder runs)."""
    target = folder / item.path
    pattern = target / "**" / "*.parquet" if item.partition_by else target
    return f"SELECT * FROM read_parquet({sql_string(pattern)}, hive_partitioning = {str(bool(item.partition_by)).lower()})"


def _write(con: duckdb.DuckDBPyConnection, folder: Path, schema: str, name: str) -> Exported:
    rows = con.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchall()[0][0]
    partition = PARTITIONS.get(name) if schema == "main" and rows else None  # no rows, no partition folders
    path = f"{'' if schema == 'main' else schema + '/'}{name}{'' if partition else '.parquet'}"
    options = f"FORMAT parquet, PARTITION_BY ({partition})" if partition else "FORMAT parquet"
    (folder / path).parent.mkdir(parents=True, exist_ok=True)
    con.execute(f'COPY (SELECT * FROM {schema}."{name}") TO {sql_string(folder / path)} ({options})')
    return Exported(name, schema, path, rows, partition)


def export_parquet(warehouse: Path, target: Path) -> list[Exported]:
    """Write every table and view of the warehouse under ``target``; what was written."""
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}; run `lunju run` first")
    written: list[Exported] = []

    def fill(folder: Path) -> None:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            written.extend(_write(con, folder, schema, name) for schema, name in relations(con))
        manifest = {"warehouse": str(warehouse.resolve()), "relations": [asdict(item) for item in written]}
        (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")

    write_folder(target, MANIFEST, fill)
    return written
