"""warehouse.query: only reading statements reach DuckDB, and the canned queries run."""
from __future__ import annotations

import doctest
from pathlib import Path

import duckdb
import pytest

import warehouse.query as query_module
from warehouse.query import WriteRefused, canned_queries, check_read_only, run_query

WRITES = [
    "INSERT INTO store.document (id) VALUES (99)",
    "UPDATE store.article SET title = 'x'",
    "DELETE FROM store.statistic",
    "CREATE TABLE t AS SELECT 1",
    "DROP TABLE records",
    "ALTER TABLE store.article RENAME TO a2",
    "COPY store.article TO 'out.csv'",
    "ATTACH 'other.duckdb'",
    "INSTALL sqlite_scanner",
    "LOAD sqlite_scanner",
    "PRAGMA enable_profiling",
    "SET threads = 1",
    "select 1; drop table records",
]
READS = ["SELECT 1", "with t as (select 2 as n) select n from t", "SHOW TABLES", "DESCRIBE articles",
         "SUMMARIZE articles", "EXPLAIN SELECT 1", "FROM records"]


@pytest.mark.parametrize("sql", WRITES)
def test_writes_are_refused_before_execution(sql: str) -> None:
    with pytest.raises(WriteRefused, match="only reads"):
        check_read_only(sql)


@pytest.mark.parametrize("sql", READS)
def test_reads_pass(sql: str) -> None:
    check_read_only(sql)


def test_refused_statement_leaves_the_warehouse_untouched(warehouse: Path) -> None:
    before = warehouse.read_bytes()
    with pytest.raises(WriteRefused):
        run_query(warehouse, "DROP TABLE records")
    assert warehouse.read_bytes() == before
    assert run_query(warehouse, "SELECT count(*) FROM records").rows[0][0] >= 0


def test_connection_itself_is_read_only(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con, pytest.raises(duckdb.Error):
        con.execute("DROP TABLE records")


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_canned_queries_run_by_name(warehouse: Path, name: str) -> None:
    result = run_query(warehouse, name)
    assert result.columns and all(len(row) == len(result.columns) for row in result.rows)


def test_records_by_article_agrees_with_records(warehouse: Path) -> None:
    (row,) = run_query(warehouse, "records_by_article").rows
    kinds = dict(run_query(warehouse, "SELECT kind, count(*) FROM records GROUP BY kind").rows)
    assert row[2:] == tuple(kinds.get(k, 0) for k in ("statistic", "recommendation", "claim", "example"))


def test_missing_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="lunju run"):
        run_query(tmp_path / "none.duckdb", "SELECT 1")


def test_module_examples() -> None:
    assert doctest.testmod(query_module).failed == 0
