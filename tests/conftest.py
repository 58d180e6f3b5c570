"""Shared fixtures: a migrated SQLite store in tmp_path, and a throw-away PostgreSQL database."""
from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine

from models.db import open_database

POSTGRES = ("127.0.0.1", 5432)
POSTGRES_ADMIN = "postgresql://root@127.0.0.1:5432/test"


@pytest.fixture
def engine(tmp_path) -> Iterator[Engine]:
    """A real SQLite file, migrated to head by the application's own code path."""
    engine = open_database(f"sqlite:///{tmp_path / 'store.db'}")
    yield engine
    engine.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """SQLAlchemy URL of a fresh, empty database, dropped afterwards (the suite needs a local server)."""
    try:
        socket.create_connection(POSTGRES, timeout=1).close()
    except OSError as err:
        pytest.fail(f"PostgreSQL not reachable at {POSTGRES[0]}:{POSTGRES[1]} (trust auth, database test): {err}")
    name = f"lunju_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://root@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
