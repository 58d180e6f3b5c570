"""warehouse.report.highlight: overlapping spans cut into pieces, every record anchored, all text escaped."""
from __future__ import annotations

import doctest
from html.parser import HTMLParser

import warehouse.report.highlight as highlight_module
from warehouse.report.highlight import Span, highlight, pieces


class Marks(HTMLParser):
    """The text under each record key, the anchors, and all the text in order."""

    def __init__(self) -> None:
        super().__init__()
        self.under: dict[str, str] = {}
        self.anchors: list[str] = []
        self.text = ""
        self._keys: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "span" and a.get("class") == "anchor":
            self.anchors.append((a["id"] or "")[2:])
        if tag == "mark":
            self._keys = (a["data-r"] or "").split()

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._keys = None

    def handle_data(self, data: str) -> None:
        self.text += data
        for key in self._keys or ():
            self.under[key] = self.under.get(key, "") + data


RAW = "开放提升了竞争力，出口增长13.6%。\n如宁波<港>扩大了航线。"


def spans() -> list[Span]:
    return [
        Span("c1", "claim", 0, 8, "claim"),
        Span("s1", "statistic", 11, 18, "statistic 13.6%"),
        Span("r1", "recommendation", 9, 19, ""),
        Span("e1", "example", 21, 25, "example 宁波<港>"),
    ]


def test_the_text_under_each_mark_is_its_record_span() -> None:
    parsed = Marks()
    parsed.feed(str(highlight(RAW, spans())))
    assert parsed.under == {s.key: RAW[s.start:s.end] for s in spans()}
    assert sorted(parsed.anchors) == sorted(s.key for s in spans())
    assert parsed.text == RAW
    assert "<港>" not in str(highlight(RAW, spans())) and "&lt;港&gt;" in str(highlight(RAW, spans()))


def test_pieces_tile_the_text_and_list_the_covering_spans() -> None:
    cut = pieces(len(RAW), spans())
    assert [a for a, _, _ in cut] == sorted({a for a, _, _ in cut}) and cut[0][0] == 0 and cut[-1][1] == len(RAW)
    assert all(b == c for (_, b, _), (c, _, _) in zip(cut, cut[1:]))
    for a, b, covering in cut:
        assert {s.key for s in covering} == {s.key for s in spans() if s.start <= a and b <= s.end}


def test_a_span_outside_the_text_is_left_out() -> None:
    assert pieces(4, [Span("s9", "statistic", 2, 9, "")]) == [(0, 4, [])]


def test_module_examples() -> None:
    assert doctest.testmod(highlight_module).failed == 0
