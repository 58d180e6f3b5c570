"""Raw decoded text → :class:`Article` (STUB: being replaced by the real parser)."""
from __future__ import annotations

import re

from etl.text.article import Article, Sentence

_SENT = re.compile(r"[^。！？\n]+[。！？]?")


def parse_article(raw: str) -> Article:
    sentences = [
        Sentence(text=m.group(), offsets=tuple(range(m.start(), m.end())), paragraph=0)
        for m in _SENT.finditer(raw)
        if m.group().strip()
    ]
    return Article(raw=raw, sentences=sentences, n_paragraphs=1)
