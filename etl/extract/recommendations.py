"""Recommendation records (STUB)."""
from __future__ import annotations

from etl.text.article import Article
from models.records import Recommendation


def extract(article: Article) -> list[Recommendation]:
    return []
