"""Clause boundaries inside a clean sentence.

Chinese policy prose chains many clauses with ，and ；; most rules (a directive
cue, a year, a figure's measure) apply to one clause, so they work on these.

    >>> clauses("2016年出口增长13.6%，进口下降2%；总体平稳。")
    ((0, 14), (15, 21), (22, 26))
    >>> clauses("[00:03:50] 嘉宾：去年约十九万亿元")
    ((0, 13), (14, 22))
    >>> clauses("收入分别为45,231.67万元、52,876.45万元")
    ((0, 28),)

Speech transcribed without punctuation is cut at its spoken connectives once it runs long:

    >>> text = "地方政府现在没钱了所以它要靠卖地但是地卖不出去那这个模式就难以为继了所以中央应该加大转移支付"
    >>> [text[a:b] for a, b in clauses(text)]
    ['地方政府现在没钱了', '所以它要靠卖地', '但是地卖不出去那这个模式就难以为继了', '所以中央应该加大转移支付']
"""
from __future__ import annotations

import re
from functools import lru_cache

# a bracketed aside (王明，2019；李强，2021), a time or ratio (00:12:31, 1:5) and a number's thousands
# separator (45,231.67) stay inside their clause
_CLAUSE = re.compile(r"(?:[^，,；;：:。！？!?（(]|(?<=\d)[:：](?=\d)|(?<=\d),(?=\d{3})|[（(][^（()）。！？!?]{0,40}[）)]|[（(])+")


# speech transcribed without punctuation runs on for a long way: it is cut before what opens a clause
_RUN_ON = 40
_SPOKEN_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])(?=所以|但是|因为|然后|而且|不然|否则|那么|就是说|我觉得|我认为)")


@lru_cache(maxsize=4096)  # every extractor cuts the same sentences
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` of each clause of ``text`` (punctuation excluded)."""
    spans = [m.span() for m in _CLAUSE.finditer(text) if m.group().strip()]
    return tuple(part for span in spans for part in _run_on(text, span))


def _run_on(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A clause as it stands, or a long unpunctuated one cut at its spoken connectives."""
    start, end = span
    if end - start <= _RUN_ON:
        return [span]
    cuts = [m.start() for m in _SPOKEN_BREAK.finditer(text, start + 1, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
