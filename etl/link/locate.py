"""From a record's raw offset back to the parsed sentence it was cut from.

Records keep raw offsets only; the sentence (its paragraph, its clean text) is
found again by bisecting the sentences' raw starts.

    >>> from etl.text.parse import parse_article
    >>> article = parse_article("第一段。\\n\\n第二段有两句。这是第二句。\\n")
    >>> index = SentenceIndex(article)
    >>> [article.sentences[index.at(offset)].paragraph for offset in (0, 6, 13)]
    [0, 1, 1]
"""
from __future__ import annotations

from bisect import bisect_right

from etl.text.article import Article


class SentenceIndex:
    """The sentences of one article, searchable by raw offset."""

    def __init__(self, article: Article) -> None:
        self.starts = [s.start for s in article.sentences]

    def at(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset``, else of the last one starting before it."""
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 else None
