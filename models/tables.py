"""The SQL store: one table per concept, declared with SQLModel.

A file on disk is a ``document``; its parse is one ``article`` with its
``section`` rows and the four record tables (``statistic``, ``recommendation``,
``claim``, ``example``), which reuse the field sets of :mod:`models.records`.
``extraction_run`` and ``ingest_error`` describe the runs themselves.

Deleting a document cascades to its article, and an article to its sections and
records, so replacing an extraction is "delete the article, insert again".
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal, get_args

from sqlalchemy import JSON, CheckConstraint, DateTime
from sqlmodel import Field, SQLModel

from models.records import Claim, Example, Recommendation, Statistic

# Named constraints from the very first migration, so later batch migrations on
# SQLite (which must name what they drop) and PostgreSQL agree on the names.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ErrorType = Literal["empty", "binary", "encoding", "too_large", "io", "parse"]
ERROR_TYPES: tuple[str, ...] = get_args(ErrorType)


def utcnow() -> datetime:
    """Timestamps are stored in UTC so runs on different machines compare."""
    return datetime.now(timezone.utc)


class DocumentRow(SQLModel, table=True):
    """A source file as last processed: its identity (path) and fingerprint."""

    __tablename__ = "document"

    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(unique=True)
    size: int
    mtime: float
    sha256: str = Field(max_length=64)
    encoding: str
    extractor_version: str
    processed_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class ArticleRow(SQLModel, table=True):
    """The parse of one document (exactly one per document)."""

    __tablename__ = "article"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", unique=True)
    title: str | None = None
    abstract: str | None = None
    keywords: list[str] = Field(default_factory=list, sa_type=JSON)
    n_chars: int
    n_paragraphs: int
    n_sentences: int
    note: str | None = None


class SectionRow(SQLModel, table=True):
    """A heading of an article and the raw span its body covers."""

    __tablename__ = "section"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    ordinal: int
    heading: str
    level: int
    path: str
    start: int
    end: int


class RecordLink(SQLModel):
    """Key and owning article shared by the four record tables."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)


class StatisticRow(Statistic, RecordLink, table=True):
    __tablename__ = "statistic"


class RecommendationRow(Recommendation, RecordLink, table=True):
    __tablename__ = "recommendation"


class ClaimRow(Claim, RecordLink, table=True):
    __tablename__ = "claim"


class ExampleRow(Example, RecordLink, table=True):
    __tablename__ = "example"


RECORD_TABLES: dict[str, type[SQLModel]] = {
    "statistic": StatisticRow,
    "recommendation": RecommendationRow,
    "claim": ClaimRow,
    "example": ExampleRow,
}
"""Record kind → its table model (same keys as ``models.records.KINDS``)."""


class ExtractionRunRow(SQLModel, table=True):
    """One pass over a folder: what was done, what was skipped, how long it took."""

    __tablename__ = "extraction_run"

    id: int | None = Field(default=None, primary_key=True)
    extractor_version: str
    started_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    finished_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    n_documents: int = 0
    n_processed: int = 0
    n_skipped: int = 0
    n_errors: int = 0
    counts: dict[str, int] = Field(default_factory=dict, sa_type=JSON)
    timings: dict[str, float] = Field(default_factory=dict, sa_type=JSON)


class IngestErrorRow(SQLModel, table=True):
    """A file that could not be read or parsed; cleared once the path succeeds."""

    __tablename__ = "ingest_error"
    __table_args__ = (
        CheckConstraint(
            "error_type IN (" + ", ".join(f"'{t}'" for t in ERROR_TYPES) + ")", name="error_type"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    run_id: int | None = Field(default=None, foreign_key="extraction_run.id", ondelete="SET NULL", index=True)
    path: str = Field(index=True)
    error_type: str
    message: str
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
