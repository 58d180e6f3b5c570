"""Alembic environment: lunju's SQLModel metadata, compared by type, batch mode on SQLite.

Used both by ``models.db.migrate`` (which passes its connection in
``config.attributes``) and by the ``alembic`` CLI from the repository root
(which connects to ``etl.settings.database_url()`` unless ``-x url=...``).
"""
from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

import models.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from etl.settings import database_url
from models.db import make_engine, migration_transaction

config = context.config
if config.config_file_name:  # the CLI; never reconfigure logging of a host application
    fileConfig(config.config_file_name, disable_existing_loggers=False)
target_metadata = SQLModel.metadata


def _url() -> str:
    return context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url") or database_url()


def _configure(**kwargs: object) -> None:
    context.configure(target_metadata=target_metadata, compare_type=True, **kwargs)


def run_offline() -> None:
    """``alembic upgrade --sql``: emit the DDL without connecting."""
    url = _url()
    _configure(url=url, literal_binds=True, render_as_batch=url.startswith("sqlite"))
    with context.begin_transaction():
        context.run_migrations()


def run_on(connection: Connection) -> None:
    """Configured inside our transaction, so Alembic leaves commit/rollback to it."""
    with migration_transaction(connection):
        _configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as connection:
            run_on(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
