"""warehouse.report.charts: well-formed SVG, bars proportional to values, labels escaped."""
from __future__ import annotations

import doctest
import xml.etree.ElementTree as ET

import warehouse.report.charts as charts_module
from warehouse.report.charts import bars, columns, stacked_bars

SVG = "{http://www.w3.org/2000/svg}"


def rects(svg: str) -> list[ET.Element]:
    return [r for r in ET.fromstring(svg).iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]


def test_bar_widths_are_proportional_to_values() -> None:
    drawn = rects(str(bars([("宁波", 4), ("杭州", 2), ("温州<市>", 1)], "actors")))
    widths = [float(r.get("width")) for r in drawn]
    assert widths[0] == 2 * widths[1] == 4 * widths[2]
    assert drawn[2].find(f"{SVG}title").text.startswith("温州<市>")  # escaped in the source, parsed back


def test_stacked_bars_draw_one_piece_per_non_zero_value_with_a_legend() -> None:
    svg = str(stacked_bars([("甲", [1, 0, 2, 1]), ("乙", [3, 1, 0, 0])], ["statistic", "recommendation", "claim", "example"], "t"))
    assert len(rects(svg)) == 5
    assert all(name in svg for name in ("statistic", "recommendation", "claim", "example"))


def test_columns_keep_their_order_and_empty_data_says_so() -> None:
    svg = str(columns([("2019", 2), ("2021", 5)], "years"))
    labels = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
    assert labels.index("2019") < labels.index("2021")
    assert "no data" in str(columns([], "years")) and "no data" in str(bars([], "actors"))


def test_module_examples() -> None:
    assert doctest.testmod(charts_module).failed == 0
