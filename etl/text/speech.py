"""Direct speech in a paragraph: someone's own words, quoted after a verb of saying.

Field reports and news features quote the people they met (一位农户告诉我们：“…”). Those
words are evidence the article reports, not positions or proposals of its own, and a
quotation often runs over several sentences, so it is found on the whole paragraph.
The span starts at the clause that introduces the speaker and ends at the closing
quote (or the paragraph's end, when the quote is never closed).

    >>> text = "村里变化很大。一位农户告诉我们：“以前卖不出去。现在不愁了。”合作社也扩大了。"
    >>> [text[s:e] for s, e in speech_spans(text)]
    ['一位农户告诉我们：“以前卖不出去。现在不愁了。”']
"""
from __future__ import annotations

import re

# a verb of saying (or showing one's figures), then a colon or comma, then the opening quote
_INTRODUCED = re.compile(
    r"(?:说|说道|讲|讲道|告诉(?:我们|记者|笔者|调研组)?|坦言|直言|感慨|感叹|回忆|笑称|"
    r"[算看]了一[笔本]账|打了个比方)[^，,。；;“”]{0,4}?[：:，,]\s*“"
)
_CLAUSE_START = re.compile(r"[^，,。；;！？!?：:”]*$")


def speech_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each quotation introduced by a verb of saying."""
    spans: list[tuple[int, int]] = []
    for m in _INTRODUCED.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue  # a verb of saying inside the quotation already found
        start = _CLAUSE_START.search(text, 0, m.start()).start()
        close = text.find("”", m.end())
        spans.append((start, len(text) if close < 0 else close + 1))
    return spans


def inside_quotation(text: str, i: int) -> bool:
    """Whether ``text[i]`` of a sentence lies inside quotation marks, opened in the sentence or
    before it (a sentence that closes a quotation it did not open: 还要懂系统。”).

    >>> inside_quotation("“仓在自己手里，就可以接好几个平台的订单。”", 8), inside_quotation("卖家要备货。", 2)
    (True, False)
    """
    before, after = text[:i], text[i:]
    opened = before.count("“") > before.count("”")
    return opened or after.count("”") > after.count("“")
