"""warehouse.build: a real SQLite store copied into a DuckDB file, views on top, swapped in atomically."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import SQLModel

from etl.ingest import IngestError
from etl.store import record_error
from models.tables import RECORD_TABLES
from warehouse import build as build_module
from warehouse.build import build

VIEWS = {"documents", "articles", "sections", "statistics", "recommendations", "claims", "examples",
         "records", "runs", "errors", "entities", "statistic_conflicts", "recommendations_by_actor",
         "examples_by_entity", "claims_with_evidence"}
STAR = {"dim_article", "dim_section", "dim_entity", "dim_measure", "fact_statistic", "fact_recommendation",
        "fact_claim", "fact_example", "fact_mention"}


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def test_every_store_table_is_copied_with_its_row_count(filled: Engine, tmp_path: Path) -> None:
    target = tmp_path / "wh.duckdb"
    counts = build(filled, target)

    with filled.connect() as conn:
        expected = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in SQLModel.metadata.sorted_tables}
    assert counts == expected
    with duckdb.connect(str(target), read_only=True) as con:
        for name, n in expected.items():
            assert rows(con, f'SELECT count(*) FROM store."{name}"') == [(n,)]
        assert {r[0] for r in rows(con, "SHOW TABLES")} == VIEWS | STAR


def test_record_rows_carry_title_section_and_path(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        (title, path), = rows(con, "SELECT title, path FROM articles")
        records = rows(con, "SELECT kind, title, path FROM records")
        assert len(records) == sum(rows(con, f"SELECT count(*) FROM {kind}s")[0][0] for kind in RECORD_TABLES)
        assert all((t, p) == (title, path) for _, t, p in records)
        assert path.endswith("article.txt")


def test_json_columns_stay_json(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        types = dict(rows(con, "SELECT column_name, data_type FROM information_schema.columns "
                               "WHERE table_name = 'article'"))
        assert types["keywords"] == "JSON"
        assert rows(con, "SELECT json_array_length(keywords) >= 0 FROM articles") == [(True,)]


def test_an_empty_store_gives_empty_views_with_typed_columns(engine: Engine, tmp_path: Path) -> None:
    target = tmp_path / "wh.duckdb"
    build(engine, target)
    with duckdb.connect(str(target), read_only=True) as con:
        assert rows(con, "SELECT count(*) FROM records") == [(0,)]
        types = dict(rows(con, "SELECT column_name, data_type FROM information_schema.columns "
                               "WHERE table_name = 'statistic'"))
        assert (types["value"], types["year"], types["approx"]) == ("DOUBLE", "BIGINT", "BOOLEAN")


def test_rebuild_replaces_the_file_and_leaves_no_temporary_files(filled: Engine, tmp_path: Path) -> None:
    target = tmp_path / "out" / "wh.duckdb"
    build(filled, target)
    record_error(filled, None, IngestError("binary", "looks binary", tmp_path / "b.txt"))
    build(filled, target)
    assert [p.name for p in target.parent.iterdir()] == ["wh.duckdb"]
    with duckdb.connect(str(target), read_only=True) as con:
        assert rows(con, "SELECT count(*) FROM errors") == [(2,)]


def test_a_failed_build_keeps_the_previous_warehouse(warehouse: Path, filled: Engine, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    before = warehouse.read_bytes()
    broken = tmp_path / "broken.sql"
    broken.write_text("CREATE VIEW oops AS SELECT * FROM no_such_table;", encoding="utf-8")
    monkeypatch.setattr(build_module, "VIEWS_SQL", broken)

    with pytest.raises(duckdb.Error):
        build(filled, warehouse)

    assert warehouse.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "wh.duckdb" in p.name) == ["wh.duckdb"]
