"""The four record kinds, as field sets shared by the extractors and the SQL tables.

An extractor returns these plain (non-table) SQLModel objects; ``models.tables``
subclasses them with ``table=True`` so that the columns are declared once.

    >>> s = Statistic(text="出口1076.4亿元", start=10, end=21, value=1.0764e11, unit="CNY",
    ...               raw="1076.4亿元", year=2016)
    >>> s.kind, s.value
    ('statistic', 107640000000.0)
"""
from __future__ import annotations

from typing import ClassVar

from sqlmodel import Field, SQLModel

STRENGTHS = ("must", "should", "may")
CLAIM_TYPES = ("causal", "evaluative", "definitional", "descriptive")
ENTITY_TYPES = ("place", "organisation", "project", "policy", "other")


STORE_ONLY = frozenset({"id", "article_id", "claim_id", "paragraph", "measure_key"})
"""Columns the store adds to a record (keys and links): not part of what the extractor prints."""


class RecordBase(SQLModel):
    """Grounding shared by every kind: ``raw[start:end]`` is the evidence ``text``."""

    kind: ClassVar[str]
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    section: str | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)

    def as_json(self) -> dict:
        """The row as printed by ``lunju extract --format jsonl`` (kind first)."""
        return {"kind": self.kind, **self.model_dump(exclude=STORE_ONLY)}


class Statistic(RecordBase):
    kind: ClassVar[str] = "statistic"
    value: float
    unit: str
    raw: str
    year: int | None = None
    measure: str | None = None
    subject: str | None = None
    approx: bool = False
    is_change: bool = False
    period_start: int | None = None
    period_end: int | None = None


class Recommendation(RecordBase):
    kind: ClassVar[str] = "recommendation"
    actor: str | None = None
    strength: str = "should"


class Claim(RecordBase):
    kind: ClassVar[str] = "claim"
    claim_type: str = "descriptive"


class Example(RecordBase):
    kind: ClassVar[str] = "example"
    name: str
    entity_type: str = "other"
    marker: str | None = None


Record = Statistic | Recommendation | Claim | Example
KINDS: tuple[str, ...] = ("statistic", "recommendation", "claim", "example")
