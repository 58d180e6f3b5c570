"""Statistic records (STUB)."""
from __future__ import annotations

from etl.text.article import Article
from models.records import Statistic


def extract(article: Article) -> list[Statistic]:
    return []
