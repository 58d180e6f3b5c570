"""The table models keep the record contract and guard what the database can guard."""
from __future__ import annotations

import pytest
from sqlalchemy import Engine, insert
from sqlalchemy.exc import IntegrityError

from models.records import KINDS, Claim, Example, Recommendation, Statistic
from models.tables import ERROR_TYPES, RECORD_TABLES, IngestErrorRow


LINK_COLUMNS = {"statistic": {"claim_id", "measure_key"}, "recommendation": set(), "claim": set(), "example": {"claim_id"}}


def test_every_record_kind_has_a_table_named_after_it_with_all_its_fields() -> None:
    assert tuple(RECORD_TABLES) == KINDS
    for record, (kind, model) in zip([Statistic, Recommendation, Claim, Example], RECORD_TABLES.items()):
        assert record.kind == kind == model.__tablename__
        assert issubclass(model, record)
        expected = set(record.model_fields) | {"id", "article_id", "paragraph"} | LINK_COLUMNS[kind]
        assert set(model.__table__.columns.keys()) == expected


def test_ingest_error_types_are_checked_by_the_database(engine: Engine) -> None:
    table = IngestErrorRow.__table__
    with engine.begin() as conn:
        for error_type in ERROR_TYPES:
            conn.execute(insert(table).values(path="/tmp/a.txt", error_type=error_type, message="说明"))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert(table).values(path="/tmp/a.txt", error_type="unknown", message="说明"))
