"""Opening the store: settings resolution, SQLite setup, automatic migration."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from etl import settings
from models.db import open_database


def test_default_database_lives_in_the_data_folder(tmp_path, monkeypatch) -> None:
    data = tmp_path / "not" / "yet"
    monkeypatch.setenv("LUNJU_DATA", str(data))
    monkeypatch.delenv("LUNJU_DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)  # the migrations are found from any cwd
    engine = open_database()
    try:
        assert settings.data_dir() == data and data.is_dir()
        assert settings.warehouse_path() == data / "warehouse.duckdb"
        assert (data / "lunju.db").is_file()
        assert "document" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_database_url_from_environment_wins(tmp_path, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    monkeypatch.setenv("LUNJU_DATABASE_URL", url)
    assert settings.database_url() == url


def test_sqlite_gets_folder_pragmas_and_is_reopened_idempotently(tmp_path) -> None:
    path: Path = tmp_path / "deep" / "store.db"
    for _ in range(2):
        engine = open_database(f"sqlite:///{path}")
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL: no fsync per commit
            assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
        engine.dispose()


def test_many_connections_opening_one_fresh_file_all_switch_it_to_wal(tmp_path) -> None:
    """The WAL switch is the one step SQLite runs no busy handler for: opened by 16 threads at
    once, a fresh file used to refuse some of them ("database is locked") a few times in 40."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from sqlalchemy import text

    from models.db import make_engine

    def open_at_once(url: str, barrier: Barrier) -> str:
        engine = make_engine(url)
        barrier.wait()
        try:
            with engine.connect() as conn:
                return conn.execute(text("PRAGMA journal_mode")).scalar_one()
        finally:
            engine.dispose()

    for n in range(40):
        url, barrier = f"sqlite:///{tmp_path / f'fresh{n}.db'}", Barrier(16)
        with ThreadPoolExecutor(16) as pool:
            modes = list(pool.map(lambda _: open_at_once(url, barrier), range(16)))
        assert modes == ["wal"] * 16
