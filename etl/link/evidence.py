"""Evidence links: the claim each statistic and example supports, and where every record sits.

Policy prose states a position, then backs it: the figures and cases that follow
a claim in its paragraph are its evidence. So a statistic or an example supports
the nearest claim that starts at or before it in the same paragraph, else the
nearest one before it in the same section; with none, it supports nothing.

    >>> from etl.text.parse import parse_article
    >>> from models.records import Claim, Statistic
    >>> text = "开放提升了竞争力。出口达到5亿元。\\n"
    >>> records = [Claim(text="开放提升了竞争力", start=0, end=8),
    ...            Statistic(text="出口达到5亿元", start=9, end=16, value=5e8, unit="CNY", raw="5亿元")]
    >>> article = parse_article(text)
    >>> supported_claims(records, paragraphs(article, records, SentenceIndex(article)))
    [None, 0]
"""
from __future__ import annotations

from etl.link.locate import SentenceIndex
from etl.text.article import Article
from models.records import Record

SUPPORTING = frozenset({"statistic", "example"})
"""The kinds linked to the claim they support."""


def paragraphs(article: Article, records: list[Record], index: SentenceIndex) -> list[int | None]:
    """The paragraph index of each record (the paragraph of the sentence it starts in)."""
    located = (index.at(r.start) for r in records)
    return [article.sentences[i].paragraph if i is not None else None for i in located]


def supported_claims(records: list[Record], paragraph: list[int | None]) -> list[int | None]:
    """For each record, the index of the claim it supports (statistics and examples only), else None."""
    order = sorted(range(len(records)), key=lambda i: (records[i].start, records[i].kind != "claim"))
    last_in_paragraph: dict[int, int] = {}
    last_in_section: dict[str | None, int] = {}
    supported: list[int | None] = [None] * len(records)
    for i in order:
        record = records[i]
        p = paragraph[i]
        if record.kind == "claim":
            if p is not None:
                last_in_paragraph[p] = i
            last_in_section[record.section] = i
        elif record.kind in SUPPORTING:
            near = last_in_paragraph.get(p) if p is not None else None
            supported[i] = near if near is not None else last_in_section.get(record.section)
    return supported
