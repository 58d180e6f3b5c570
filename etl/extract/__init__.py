"""Article → records of the four kinds.

Each kind has its own module with a pure ``extract(article) -> list[record]``
(claims also read the article's cases: a plain account of one asserts nothing);
this runs them all and returns the records in reading order.
"""
from __future__ import annotations

from etl.extract import claims, examples, recommendations, statistics
from etl.text.article import Article
from models.records import Record

def extract_records(article: Article) -> list[Record]:
    cases = examples.extract(article)
    records: list[Record] = [
        *statistics.extract(article), *recommendations.extract(article), *claims.extract(article, cases), *cases,
    ]
    return sorted(records, key=lambda r: (r.start, r.end, r.kind))
