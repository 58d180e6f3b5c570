"""Evidence spans: from a slice of a clean sentence back to the raw text.

The clean sentence has line breaks, page furniture and footnote markers removed,
so the evidence printed for a record is cut from the *raw* text (whitespace
folded) — that is what makes ``raw[start:end]`` and ``text`` agree.

    >>> raw = "出口 1076.4\\n亿元[3]，增长"
    >>> fold(raw[0:15])
    '出口 1076.4亿元[3]'
"""
from __future__ import annotations

import re

from etl.text.article import Article, Sentence

_BREAK = re.compile(r"[ \t\u3000]*\n\s*")


def fold(raw: str) -> str:
    """Drop PDF line breaks (and the blanks around them) from a raw slice."""
    return _BREAK.sub("", raw).strip()


def _within_one_block(sentence: Sentence, i: int, j: int, anchor: int | None, least: int) -> tuple[int, int]:
    """The part of ``[i, j)`` not crossing a cut-out layout block: the one holding ``anchor`` if it has
    ``least`` characters, else the largest."""
    cuts = [b for b in sentence.breaks if i < b < j]
    if not cuts:
        return i, j
    bounds = [i, *cuts, j]
    parts = list(zip(bounds, bounds[1:]))
    if anchor is not None:
        held = next(p for p in parts if p[0] <= anchor < p[1] or p[1] == j)
        if held[1] - held[0] >= least:
            return held
    return max(parts, key=lambda span: span[1] - span[0])


def ground(
    article: Article, sentence: Sentence, i: int = 0, j: int | None = None, anchor: int | None = None, least: int = 0,
) -> dict:
    """``text``/``start``/``end``/``section`` for the clean slice ``sentence.text[i:j]``.

    ``anchor`` (a position in the slice) keeps the evidence on the side of a cut-out
    block that holds the thing the record is about, if that side has ``least`` characters
    (a proposal's modal: 同时，相⏎…关部门要… is better told by its longer side).
    """
    j = len(sentence.text) if j is None else j
    i, j = _within_one_block(sentence, i, j, anchor, least)
    while i < j and sentence.text[i].isspace():
        i += 1
    while j > i and sentence.text[j - 1].isspace():
        j -= 1
    start, end = sentence.raw_span(i, j)
    return {
        "text": fold(article.raw[start:end]),
        "start": start,
        "end": end,
        "section": " > ".join(sentence.section) or None,
    }
