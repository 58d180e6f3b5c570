"""Clause boundaries inside a clean sentence.

Chinese policy prose chains many clauses with ，and ；; most rules (a directive
cue, a year, a figure's measure) apply to one clause, so they work on these.

    >>> clauses("2016年出口增长13.6%，进口下降2%；总体平稳。")
    ((0, 14), (15, 21), (22, 26))
    >>> clauses("[00:03:50] 嘉宾：去年约十九万亿元")
    ((0, 13), (14, 22))
    >>> clauses("收入分别为45,231.67万元、52,876.45万元")
    ((0, 28),)
"""
from __future__ import annotations

import re
from functools import lru_cache

# a bracketed aside (王明，2019；李强，2021), a time or ratio (00:12:31, 1:5) and a number's thousands
# separator (45,231.67) stay inside their clause
_CLAUSE = re.compile(r"(?:[^，,；;：:。！？!?（(]|(?<=\d)[:：](?=\d)|(?<=\d),(?=\d{3})|[（(][^（()）。！？!?]{0,40}[）)]|[（(])+")


@lru_cache(maxsize=4096)  # every extractor cuts the same sentences
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` of each clause of ``text`` (punctuation excluded)."""
    return tuple(m.span() for m in _CLAUSE.finditer(text) if m.group().strip())
