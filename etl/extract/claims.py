"""Claim records (STUB)."""
from __future__ import annotations

from etl.text.article import Article
from models.records import Claim


def extract(article: Article) -> list[Claim]:
    return []
