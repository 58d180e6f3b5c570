"""SQL store → DuckDB warehouse file, rebuilt whole and swapped in atomically.

The store tables are streamed through SQLAlchemy into Arrow record batches
(no DuckDB scanner extension: nothing may be downloaded at run time) and copied
into schema ``store``; ``views.sql`` and :func:`record_tables` then lay the
analyst-facing relations over them (record tables with titles and paths, views),
``star.sql`` materialises the star schema (``dim_*`` and ``fact_*`` tables) and
``analysis.sql`` the cross-article tables (``statistic_conflicts`` …). The new file
is written next to the target and renamed over it, so a BI tool or ``lunju query``
never sees a half-built warehouse.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import sqlalchemy as sa
from sqlmodel import SQLModel

from models.tables import RECORD_TABLES  # importing it registers the store tables

VIEWS_SQL = Path(__file__).parent / "views.sql"
STAR_SQL = Path(__file__).parent / "star.sql"
ANALYSIS_SQL = Path(__file__).parent / "analysis.sql"
BATCH_ROWS = 10_000


def _arrow_type(column: sa.Column) -> pa.DataType:
    """Arrow type for a column; JSON travels as text and is cast back in DuckDB."""
    kind = column.type
    if isinstance(kind, sa.TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, sa.Boolean):
        return pa.bool_()
    if isinstance(kind, sa.Integer):
        return pa.int64()
    if isinstance(kind, sa.Float | sa.Numeric):
        return pa.float64()
    if isinstance(kind, sa.DateTime):
        return pa.timestamp("us", tz="UTC" if kind.timezone else None)
    if isinstance(kind, sa.Date):
        return pa.date32()
    return pa.string()


def _is_json(column: sa.Column) -> bool:
    return isinstance(column.type, sa.JSON)


def arrow_schema(table: sa.Table) -> pa.Schema:
    """The Arrow schema of a store table, from its declared column types."""
    return pa.schema([pa.field(c.name, _arrow_type(c)) for c in table.columns])


def _batches(engine: sa.Engine, table: sa.Table, schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    dumps = [json.dumps if _is_json(c) else None for c in table.columns]
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True).execute(sa.select(table))
        for rows in result.partitions(BATCH_ROWS):
            arrays = []
            for values, dump, field in zip(zip(*rows), dumps, schema):
                if dump:
                    values = [None if v is None else dump(v, ensure_ascii=False) for v in values]
                arrays.append(pa.array(values, type=field.type))
            yield pa.record_batch(arrays, schema=schema)


def copy_table(engine: sa.Engine, table: sa.Table, con: duckdb.DuckDBPyConnection) -> int:
    """Copy one store table into ``store.<name>`` (JSON columns typed JSON); its row count."""
    schema = arrow_schema(table)
    reader = pa.RecordBatchReader.from_batches(schema, _batches(engine, table, schema))
    casts = ", ".join(f'"{c.name}"::JSON AS "{c.name}"' for c in table.columns if _is_json(c))
    con.register("incoming", reader)
    con.sql(f'CREATE TABLE store."{table.name}" AS SELECT * {f"REPLACE ({casts})" if casts else ""} FROM incoming')
    con.unregister("incoming")
    return con.execute(f'SELECT count(*) FROM store."{table.name}"').fetchall()[0][0]


def record_tables() -> list[str]:
    """One table per record kind (``statistics`` …) plus ``records``, all kinds on their shared columns.

    Every record row carries its article's title, its section path and its file's path.
    They are tables rather than views: a BI tool pulling hundreds of thousands of
    records then reads them as stored (a third faster than through a union view), and
    the title/path join is paid once per build.
    """
    tables = [
        f"CREATE TABLE {kind}s AS SELECT r.id, r.article_id, a.title, r.* EXCLUDE (id, article_id), a.path "
        f'FROM store."{model.__tablename__}" AS r JOIN articles AS a ON a.id = r.article_id ORDER BY r.id'
        for kind, model in RECORD_TABLES.items()
    ]
    shared = 'id, article_id, title, section, text, start, "end", confidence, path'
    union = " UNION ALL ".join(f"SELECT '{kind}' AS kind, {shared} FROM {kind}s" for kind in RECORD_TABLES)
    return [*tables, f"CREATE TABLE records AS {union}"]


def build(engine: sa.Engine, path: Path) -> dict[str, int]:
    """Rebuild the warehouse at ``path`` from the store; returns rows per store table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        with duckdb.connect(str(tmp)) as con:
            con.sql("CREATE SCHEMA store")
            counts = {t.name: copy_table(engine, t, con) for t in SQLModel.metadata.sorted_tables}
            con.sql(VIEWS_SQL.read_text(encoding="utf-8"))
            con.sql(";\n".join(record_tables()))
            con.sql(STAR_SQL.read_text(encoding="utf-8"))
            con.sql(ANALYSIS_SQL.read_text(encoding="utf-8"))
            con.checkpoint()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
    return counts
