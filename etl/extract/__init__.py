"""Article → records of the four kinds.

Each kind has its own module with a pure ``extract(article) -> list[record]``;
this runs them all and returns the records in reading order.
"""
from __future__ import annotations

from etl.extract import claims, examples, recommendations, statistics
from etl.text.article import Article
from models.records import Record

EXTRACTORS = (statistics.extract, recommendations.extract, claims.extract, examples.extract)


def extract_records(article: Article) -> list[Record]:
    records: list[Record] = [r for extract in EXTRACTORS for r in extract(article)]
    return sorted(records, key=lambda r: (r.start, r.end, r.kind))
