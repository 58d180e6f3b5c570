"""The SQL store: one table per concept, declared with SQLModel.

A file on disk is a ``document``; its parse is one ``article`` with its
``section`` rows and the four record tables (``statistic``, ``recommendation``,
``claim``, ``example``), which reuse the field sets of :mod:`models.records`.
``extraction_run`` and ``ingest_error`` describe the runs themselves. ``entity``
holds the places and organisations records name, ``entity_mention`` which record
names which; a statistic or example points at the ``claim`` it supports.

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
    """Key, owning article and paragraph (index in the article's parse) shared by the four record tables."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    paragraph: int | None = None


class StatisticRow(Statistic, RecordLink, table=True):
    """``claim_id``: the claim the figure supports; ``measure_key``: what it measures, comparable across articles."""

    __tablename__ = "statistic"

    claim_id: int | None = Field(default=None, foreign_key="claim.id", ondelete="SET NULL", index=True)
    measure_key: str | None = None


class RecommendationRow(Recommendation, RecordLink, table=True):
    __tablename__ = "recommendation"


class ClaimRow(Claim, RecordLink, table=True):
    __tablename__ = "claim"


class ExampleRow(Example, RecordLink, table=True):
    """``claim_id``: the claim the case is cited for."""

    __tablename__ = "example"

    claim_id: int | None = Field(default=None, foreign_key="claim.id", ondelete="SET NULL", index=True)


RECORD_TABLES: dict[str, type[SQLModel]] = {
    "statistic": StatisticRow,
    "recommendation": RecommendationRow,
    "claim": ClaimRow,
    "example": ExampleRow,
}
"""Record kind → its table model (same keys as ``models.records.KINDS``)."""

NAMED_ENTITY_TYPES: tuple[str, ...] = ("place", "organisation", "other")
MENTION_ROLES: dict[str, str] = {"statistic": "subject", "recommendation": "actor", "example": "example"}
"""Record kind → the role of the entity it names (read from its subject, actor or name)."""


def _in(column: str, values: tuple[str, ...] | list[str]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _names_one_record() -> str:
    """SQL: exactly the record column of the mention's role is set."""
    cases = []
    for kind, role in MENTION_ROLES.items():
        columns = " AND ".join(f"{k}_id IS {'NOT ' if k == kind else ''}NULL" for k in MENTION_ROLES)
        cases.append(f"(role = '{role}' AND {columns})")
    return " OR ".join(cases)


class EntityRow(SQLModel, table=True):
    """A place or organisation records name, under its canonical name; shared by every article."""

    __tablename__ = "entity"
    __table_args__ = (CheckConstraint(_in("entity_type", NAMED_ENTITY_TYPES), name="entity_type"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    entity_type: str


class EntityMentionRow(SQLModel, table=True):
    """One record naming one entity (the many-to-many link), with the words the record used."""

    __tablename__ = "entity_mention"
    __table_args__ = (CheckConstraint(_names_one_record(), name="one_record"),)

    id: int | None = Field(default=None, primary_key=True)
    entity_id: int = Field(foreign_key="entity.id", ondelete="CASCADE", index=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    statistic_id: int | None = Field(default=None, foreign_key="statistic.id", ondelete="CASCADE", index=True)
    recommendation_id: int | None = Field(default=None, foreign_key="recommendation.id", ondelete="CASCADE", index=True)
    example_id: int | None = Field(default=None, foreign_key="example.id", ondelete="CASCADE", index=True)
    role: str
    surface: str


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
