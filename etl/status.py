"""What the SQL store holds right now, for ``lunju status`` and the end of ``lunju run``."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from etl.store import DOCUMENT, ERROR, RUN
from models.tables import RECORD_TABLES, ExtractionRunRow


@dataclass(frozen=True, slots=True)
class FileError:
    path: str
    error_type: str
    message: str


@dataclass(frozen=True, slots=True)
class StoreStatus:
    documents: int
    records: dict[str, int]
    errors: list[FileError]
    last_run: ExtractionRunRow | None


def store_status(engine: Engine) -> StoreStatus:
    """Documents, records per kind, files failing now (latest error each) and the last run."""
    latest = select(func.max(ERROR.c.id)).group_by(ERROR.c.path)
    with engine.connect() as conn:
        documents = conn.execute(select(func.count()).select_from(DOCUMENT)).scalar_one()
        records = {
            kind: conn.execute(select(func.count()).select_from(model.__table__)).scalar_one()
            for kind, model in RECORD_TABLES.items()
        }
        errors = [
            FileError(row.path, row.error_type, row.message)
            for row in conn.execute(select(ERROR).where(ERROR.c.id.in_(latest)).order_by(ERROR.c.path))
        ]
        run = conn.execute(select(RUN).order_by(RUN.c.id.desc()).limit(1)).first()
    return StoreStatus(documents, records, errors, ExtractionRunRow.model_validate(run._mapping) if run else None)
