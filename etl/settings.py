"""Where lunju keeps its data: one folder, overridable by environment.

``LUNJU_DATA`` moves everything (SQLite store, DuckDB warehouse, its Parquet
export and the review site);
``LUNJU_DATABASE_URL`` points the SQL store elsewhere (e.g. PostgreSQL);
``LUNJU_WORKERS`` caps the processes that extract in parallel.
"""
from __future__ import annotations

import os
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger files are rejected before reading: no policy article is that big."""


def data_dir() -> Path:
    """``$LUNJU_DATA`` or ``./data``, created on first use."""
    path = Path(os.environ.get("LUNJU_DATA") or "data").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """``$LUNJU_DATABASE_URL`` or a SQLite file in the data folder (no server needed)."""
    return os.environ.get("LUNJU_DATABASE_URL") or f"sqlite:///{data_dir() / 'lunju.db'}"


def warehouse_path() -> Path:
    """The DuckDB file the analysis side builds from the SQL store."""
    return data_dir() / "warehouse.duckdb"


def parquet_dir() -> Path:
    """The Parquet export of the warehouse (``review_job``, ``lunju run --review``)."""
    return data_dir() / "parquet"


def report_dir() -> Path:
    """The review site, ``index.html`` (``review_job``, ``lunju run --review``)."""
    return data_dir() / "report"


def workers() -> int:
    """``$LUNJU_WORKERS`` or every core: extraction is CPU-bound Python, one process per core."""
    return max(1, int(os.environ.get("LUNJU_WORKERS") or os.cpu_count() or 1))
