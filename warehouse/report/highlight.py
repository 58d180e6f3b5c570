"""An article's raw text as HTML with every record's span highlighted, overlaps included.

Records overlap (a statistic inside a claim, a claim inside a recommendation's
sentence), so the text is cut at every record boundary and each piece is one
``<mark>`` carrying the classes of all the kinds covering it and, in
``data-r``, the keys of those records; an empty anchor ``<span id="r-KEY">``
stands where each record starts, for the side list to jump to. A statistic's
evidence is its whole clause, so the number itself is a second span of kind
``value`` under the same key (no anchor of its own). All text is escaped.

    >>> str(highlight("出口1076亿元，增长<5%>", [Span("s1", "statistic", 2, 8, "1076亿元"), Span("c1", "claim", 0, 8, "")]))
    '<span class="anchor" id="r-c1"></span><mark class="hl k-claim" data-r="c1">出口</mark><span class="anchor" id="r-s1"></span><mark class="hl k-claim k-statistic" data-r="c1 s1" title="1076亿元">1076亿元</mark>，增长&lt;5%&gt;'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

KIND_ORDER = ("claim", "recommendation", "statistic", "example", "value")
"""Kinds from the longest spans to the shortest: later classes are drawn on top."""
VALUE = "value"


@dataclass(frozen=True, slots=True)
class Span:
    """A record's ``[start, end)`` in the raw text, its page-wide ``key`` and a one-line ``summary`` (tooltip)."""

    key: str
    kind: str
    start: int
    end: int
    summary: str


def pieces(length: int, spans: list[Span]) -> list[tuple[int, int, list[Span]]]:
    """The text cut at every span boundary: ``(start, end, spans covering it)`` in order, gaps included."""
    inside = [s for s in spans if 0 <= s.start < s.end <= length]
    cuts = sorted({0, length, *(s.start for s in inside), *(s.end for s in inside)})
    by_start = sorted(inside, key=lambda s: s.start)
    active: list[Span] = []
    out = []
    k = 0
    for a, b in zip(cuts, cuts[1:]):
        active = [s for s in active if s.end > a]
        while k < len(by_start) and by_start[k].start == a:
            active.append(by_start[k])
            k += 1
        out.append((a, b, sorted(active, key=lambda s: (KIND_ORDER.index(s.kind), s.start))))
    return out


def highlight(raw: str, spans: list[Span]) -> Markup:
    """``raw`` as HTML, every span marked (see the module docstring)."""
    starting = {}
    for span in spans:
        if span.kind != VALUE:
            starting.setdefault(span.start, []).append(span)
    html: list[str] = []
    for a, b, covering in pieces(len(raw), spans):
        html.extend(f'<span class="anchor" id="r-{escape(s.key)}"></span>' for s in starting.get(a, ()))
        text = escape(raw[a:b])
        if not covering:
            html.append(text)
            continue
        kinds = " ".join(f"k-{k}" for k in dict.fromkeys(s.kind for s in covering))
        keys = " ".join(dict.fromkeys(s.key for s in covering))
        tips = "\n".join(s.summary for s in covering if s.summary)
        title = f' title="{escape(tips)}"' if tips else ""
        html.append(f'<mark class="hl {kinds}" data-r="{escape(keys)}"{title}>{text}</mark>')
    return Markup("".join(html))


def value_span(raw: str, key: str, start: int, end: int, written: str) -> Span | None:
    """Where the number ``written`` (clean text: no line breaks) stands in ``raw[start:end]``.

    >>> value_span("出口 1076.4\\n亿元", "s1", 0, 12, "1076.4亿元")
    Span(key='s1', kind='value', start=3, end=12, summary='')
    """
    at = raw.find(written, start, end)  # as written, most figures are: no pattern to build
    if at >= 0:
        return Span(key, VALUE, at, at + len(written), "")
    pattern = r"\s*".join(re.escape(ch) for ch in written if not ch.isspace())
    m = re.compile(pattern).search(raw, start, end) if pattern else None
    return Span(key, VALUE, m.start(), m.end(), "") if m else None
