"""lunju export parquet: every table and view, read back by DuckDB with the warehouse's row counts."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from warehouse.export import MANIFEST, PARTITIONS, export_parquet, read_back_sql, relations
from warehouse.folders import NotOurFolder


def warehouse_counts(warehouse: Path) -> dict[tuple[str, str], int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {(schema, name): con.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchall()[0][0]
                for schema, name in relations(con)}


def test_every_relation_reads_back_with_its_row_count(sample: Any, tmp_path: Path) -> None:
    target = tmp_path / "parquet"
    written = export_parquet(sample.warehouse, target)

    expected = warehouse_counts(sample.warehouse)
    assert {(w.schema, w.name): w.rows for w in written} == expected
    with duckdb.connect() as con:
        read = {(w.schema, w.name): con.execute(f"SELECT count(*) FROM ({read_back_sql(target, w)})").fetchall()[0][0]
                for w in written}
    assert read == expected
    manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    assert len(manifest["relations"]) == len(expected)


def test_partitioned_relations_are_hive_folders(sample: Any, tmp_path: Path) -> None:
    target = tmp_path / "parquet"
    written = {w.name: w for w in export_parquet(sample.warehouse, target) if w.schema == "main"}

    statistics = written["statistics"]
    assert statistics.partition_by == PARTITIONS["statistics"] == "year"
    folders = {p.name for p in (target / statistics.path).iterdir()}
    assert folders and all(name.startswith("year=") for name in folders)
    with duckdb.connect() as con:
        years = con.execute(f"SELECT DISTINCT year FROM ({read_back_sql(target, statistics)}) WHERE year IS NOT NULL"
                            ).fetchall()
    assert {f"year={y}" for (y,) in years} <= folders
    assert (target / "store" / "statistic.parquet").is_file()


def test_a_new_export_replaces_the_previous_one_but_never_a_foreign_folder(sample: Any, tmp_path: Path) -> None:
    target = tmp_path / "parquet"
    export_parquet(sample.warehouse, target)
    (target / "stale.parquet").write_bytes(b"old")
    export_parquet(sample.warehouse, target)
    assert not (target / "stale.parquet").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["parquet"]

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(NotOurFolder):
        export_parquet(sample.warehouse, mine)
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_an_empty_warehouse_exports_empty_files(engine: Any, tmp_path: Path) -> None:
    from warehouse.build import build

    build(engine, tmp_path / "wh.duckdb")
    written = export_parquet(tmp_path / "wh.duckdb", tmp_path / "out")
    assert all(w.rows == 0 and w.partition_by is None for w in written if w.name in PARTITIONS)
    with duckdb.connect() as con:
        for w in written:
            assert con.execute(f"SELECT count(*) FROM ({read_back_sql(tmp_path / 'out', w)})").fetchall()[0][0] == w.rows


def test_the_cli_exports_the_configured_warehouse(sample: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from etl.cli import app

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(sample.warehouse, data / "warehouse.duckdb")
    result = CliRunner().invoke(app, ["export", "parquet", str(tmp_path / "pq")], env={"LUNJU_DATA": str(data)})
    assert result.exit_code == 0, result.output
    assert "statistic_conflicts" in result.stdout and (tmp_path / "pq" / MANIFEST).is_file()
