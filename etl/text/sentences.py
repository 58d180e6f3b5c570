"""Sentence boundaries in clean Chinese text.

A sentence ends at 。！？ (and the closing quotes or brackets after them); a
semicolon does not end it, since a 一是…；二是… list is one sentence of clauses.

    >>> sentence_spans("他说：“要加快。”随后离开！好吗？")
    [(0, 9), (9, 14), (14, 17)]
"""
from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each non-empty sentence of ``text``."""
    return [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]
