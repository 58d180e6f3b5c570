"""Opening the SQL store: a configured engine, migrated to the latest schema.

Callers never run Alembic by hand: :func:`open_database` brings any database
(a fresh SQLite file, an old one, PostgreSQL) to ``head`` before returning.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

import migrations
from etl.settings import database_url

_IMMEDIATE = "lunju_sqlite_immediate"
_PG_MIGRATION_LOCK = 0x6C756E6A75  # "lunju"
_BUSY_TIMEOUT_S = 30
# In WAL mode synchronous=NORMAL syncs at checkpoints instead of at every commit: the file
# stays consistent whatever happens, and the commits a power cut may lose are whole
# articles, which the next run finds missing and processes again.
_SQLITE_PRAGMAS = (
    f"PRAGMA busy_timeout={_BUSY_TIMEOUT_S * 1000}", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
)


def open_database(url: str | None = None) -> Engine:
    """Engine for ``url`` (default :func:`etl.settings.database_url`), migrated to head."""
    engine = make_engine(url)
    migrate(engine)
    return engine


def make_engine(url: str | None = None) -> Engine:
    """Engine without migrating (Alembic's env.py uses it); SQLite gets its folder and pragmas."""
    url = url or database_url()
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        _configure_sqlite(engine)
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic config built in code (works from any cwd); env.py migrates ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision``; env.py runs it in one write transaction."""
    with engine.connect() as conn:
        command.upgrade(alembic_config(conn), revision)


@contextmanager
def migration_transaction(conn: Connection) -> Iterator[None]:
    """The write transaction a migration runs in, exclusive across processes.

    Every process opening the store migrates it, so the lock (SQLite: BEGIN
    IMMEDIATE; PostgreSQL: an advisory lock) is taken before Alembic reads the
    current revision. On SQLite, foreign keys are off meanwhile: batch migrations
    rebuild tables by drop-and-copy, and dropping a parent table would otherwise
    cascade-delete its children's rows; they are checked before commit instead.
    """
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    try:
        with write_transaction(conn):
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
            yield
            if sqlite and (bad := conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()):
                raise RuntimeError(f"migration left rows with dangling foreign keys: {bad[:5]}")
    finally:
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def write_transaction(bind: Engine | Connection) -> AbstractContextManager[Connection]:
    """``bind.begin()`` for writers; on SQLite it takes the write lock at BEGIN.

    Concurrent writers (Dagster runs steps in parallel processes) then wait for
    each other (busy timeout) instead of failing when a read lock is upgraded.
    """
    return bind.execution_options(**{_IMMEDIATE: True}).begin()


def _configure_sqlite(engine: Engine) -> None:
    """Pragmas on every connection, and BEGIN emitted by us so DDL is transactional too."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # pysqlite must not issue BEGIN/COMMIT itself
        for pragma in _SQLITE_PRAGMAS:
            dbapi_connection.execute(pragma)
        _use_wal(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_IMMEDIATE) else "BEGIN")


def _use_wal(dbapi_connection: sqlite3.Connection) -> None:
    """Switch the file to WAL (readers never wait for the writer), retrying while it is locked.

    WAL is a property of the file, so most connections find it set and take no lock. The
    switch itself needs the file to itself and SQLite runs no busy handler for it: several
    processes opening a fresh store at once would fail with "database is locked" without
    the retries (within the busy timeout).
    """
    deadline = time.monotonic() + _BUSY_TIMEOUT_S
    delay = 0.005
    while True:
        try:
            if dbapi_connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                dbapi_connection.execute("PRAGMA journal_mode=WAL")  # in memory it stays "memory"
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(2 * delay, 0.1)
