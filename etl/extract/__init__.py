"""Article → records of the four kinds (STUB: the real extractors land here)."""
from __future__ import annotations

from etl.text.article import Article
from models.records import Record


def extract_records(article: Article) -> list[Record]:
    return []
