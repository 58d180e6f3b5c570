"""Read-only SQL over the DuckDB warehouse, for ``lunju query`` and the README.

Two guards keep the warehouse untouched: every statement is parsed by DuckDB
and refused unless it only reads (``SELECT``/``EXPLAIN``; ``SHOW``, ``DESCRIBE``
and ``SUMMARIZE`` parse as ``SELECT``), and the connection is opened
``read_only=True`` anyway.

    >>> check_read_only("SELECT kind, count(*) FROM records GROUP BY kind")
    >>> check_read_only("SELECT 1; DROP TABLE articles")
    Traceback (most recent call last):
    ...
    warehouse.query.WriteRefused: lunju query only reads the warehouse; refused a DROP statement. Use SELECT (or SHOW / DESCRIBE / SUMMARIZE / EXPLAIN).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

READING = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})
CANNED_DIR = Path(__file__).parent / "sql"


class WriteRefused(ValueError):
    """A statement that would write, configure or load something."""


@dataclass(frozen=True, slots=True)
class Result:
    columns: list[str]
    rows: list[tuple]


def check_read_only(sql: str) -> None:
    """Raise :class:`WriteRefused` unless every statement in ``sql`` only reads."""
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise WriteRefused("no SQL statement given")
    for statement in statements:
        if statement.type not in READING:
            raise WriteRefused(
                f"lunju query only reads the warehouse; refused a {statement.type.name} statement. "
                "Use SELECT (or SHOW / DESCRIBE / SUMMARIZE / EXPLAIN)."
            )


def canned_queries() -> dict[str, Path]:
    """The named queries shipped in ``warehouse/sql`` (name = file stem)."""
    return {path.stem: path for path in sorted(CANNED_DIR.glob("*.sql"))}


def resolve(sql_or_name: str) -> str:
    """The SQL of a canned query when given its name, else the argument itself."""
    path = canned_queries().get(sql_or_name.strip())
    return path.read_text(encoding="utf-8") if path else sql_or_name


def run_query(warehouse: Path, sql: str) -> Result:
    """Run read-only ``sql`` (or a canned query's name) against the warehouse file."""
    sql = resolve(sql)
    check_read_only(sql)
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}; run `lunju run` first")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        return Result(columns=columns, rows=cursor.fetchall())
