"""Whether the warehouse already mirrors the SQL store, so a run that changed nothing skips rebuilding it.

Rebuilding the warehouse copies the whole store, which at thousands of articles
costs more than a run that found nothing to do. So a build leaves a fingerprint
beside the warehouse file, and the next run rebuilds only when the fingerprint of
the store differs. The fingerprint is, per store table, its row count and highest
id (lunju writes by inserting: a re-extracted article gets new rows and ids), and
the code that builds the warehouse and what is made from it (``warehouse/``: Python,
SQL and the report's templates, so a new view is built at once). The Parquet export
and the review site carry the same kind of marker: they are redone when the warehouse
they were made from was rebuilt. ``extraction_run`` is left out — every run adds a row, and a run
that changed nothing need not rebuild the warehouse to list itself — and so are
updates in place (a touched file's new mtime shows with the next real change).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import SQLModel

import warehouse
from models.tables import ExtractionRunRow

_SKIPPED_TABLES = frozenset({ExtractionRunRow.__tablename__})
_CODE = Path(warehouse.__file__).parent
CODE_SUFFIXES = frozenset({".py", ".sql", ".html", ".css", ".js"})  # the report's templates and assets too


def store_fingerprint(engine: sa.Engine) -> str:
    """Hex digest of the store's row counts and highest ids, and of the warehouse code."""
    tables = [t for t in SQLModel.metadata.sorted_tables if t.name not in _SKIPPED_TABLES]
    figures = [
        sa.select(figure).select_from(t).scalar_subquery()
        for t in tables
        for figure in (sa.func.count(), sa.func.max(t.c.id) if "id" in t.c else sa.null())
    ]
    with engine.connect() as conn:
        row = conn.execute(sa.select(*figures)).one()
    digest = hashlib.sha256(json.dumps([[t.name for t in tables], list(row)]).encode())
    for path in sorted(_CODE.rglob("*")):
        if path.suffix in CODE_SUFFIXES:
            digest.update(path.relative_to(_CODE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _marker(output: Path) -> Path:
    return output.with_name(f".{output.name}.source")


def built_from(output: Path) -> str | None:
    """The fingerprint ``output`` (a file or folder) was last built from, if it exists."""
    marker = _marker(output)
    return marker.read_text(encoding="utf-8") if output.exists() and marker.exists() else None


def is_current(output: Path, fingerprint: str) -> bool:
    """``output`` exists and was built from a store with this fingerprint."""
    return built_from(output) == fingerprint


def mark_built(output: Path, fingerprint: str) -> None:
    """Remember what ``output`` was just built from (written whole, then renamed)."""
    marker = _marker(output)
    tmp = marker.with_name(f"{marker.name}.{os.getpid()}.tmp")
    tmp.write_text(fingerprint, encoding="utf-8")
    os.replace(tmp, marker)
