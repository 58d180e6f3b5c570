"""Example records (STUB)."""
from __future__ import annotations

from etl.text.article import Article
from models.records import Example


def extract(article: Article) -> list[Example]:
    return []
