"""Bar charts as inline SVG strings: no script, no network, readable offline and in print.

Every label is escaped; a label too long for its gutter is cut with … and kept
whole in a ``<title>`` (the tooltip). Bars scale to the largest value.

    >>> svg = bars([("佛山", 3), ("南宁<市>", 1)], title="示例")
    >>> svg.startswith("<svg") and "南宁&lt;市&gt;" in svg and svg.count("<rect") == 2
    True
"""
from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

Row = tuple[str, float]
STACK_COLOURS = ("#e07a1f", "#2f8a5b", "#3566a8", "#a23b72", "#7a7a7a")

_BAR = 18  # height of one horizontal bar
_GAP = 6
_LABEL_CHARS = 14  # a label is cut at this many characters (CJK are wide)
_GUTTER = 15 * _LABEL_CHARS  # room for the labels, in px
_PLOT = 360  # width of the longest bar
_PAD = 12
_FONT = 'font-family="Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif" font-size="12"'


def _label(text: str) -> str:
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1] + "…"


def _number(value: float) -> str:
    return f"{value:g}" if value < 1e6 else f"{value:.3g}"


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="100%" style="max-width:{width}px" '
        f'viewBox="0 0 {width} {height}" {_FONT}><title>{escape(title)}</title>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _empty(title: str) -> Markup:
    return _svg(_GUTTER + _PLOT, 40, title, [f'<text x="{_PAD}" y="24" fill="#666">{escape("no data")}</text>'])


def stacked_bars(rows: Sequence[tuple[str, Sequence[float]]], series: Sequence[str], title: str) -> Markup:
    """One horizontal bar per row, split into ``series`` (coloured in order), with a legend on top."""
    if not rows or not any(sum(values) for _, values in rows):
        return _empty(title)
    top = max(sum(values) for _, values in rows)
    legend_height = 24 if len(series) > 1 else 4
    height = legend_height + len(rows) * (_BAR + _GAP) + _PAD
    width = _GUTTER + _PLOT + 70
    body = []
    x = _PAD
    for colour, name in zip(STACK_COLOURS, series if len(series) > 1 else ()):
        body.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{colour}"/>')
        body.append(f'<text x="{x + 16}" y="16">{escape(name)}</text>')
        x += 24 + 8 * len(name)
    for n, (label, values) in enumerate(rows):
        y = legend_height + n * (_BAR + _GAP)
        body.append(
            f'<text x="{_GUTTER - 6}" y="{y + 13}" text-anchor="end"><title>{escape(label)}</title>'
            f"{escape(_label(label))}</text>"
        )
        left = float(_GUTTER)
        for colour, name, value in zip(STACK_COLOURS, series, values):
            if value:
                w = _PLOT * value / top
                body.append(
                    f'<rect x="{left:.1f}" y="{y}" width="{w:.1f}" height="{_BAR}" fill="{colour}">'
                    f"<title>{escape(' · '.join(filter(None, (label, name))))}: {_number(value)}</title></rect>"
                )
                left += w
        body.append(f'<text x="{left + 4:.1f}" y="{y + 13}" fill="#333">{_number(sum(values))}</text>')
    return _svg(width, height, title, body)


def bars(rows: Sequence[Row], title: str) -> Markup:
    """One horizontal bar per ``(label, value)``."""
    return stacked_bars([(label, [value]) for label, value in rows], [""], title)


def columns(rows: Sequence[Row], title: str) -> Markup:
    """Vertical bars, one per ``(label, value)`` in the given order (years, say)."""
    if not rows or not any(value for _, value in rows):
        return _empty(title)
    top = max(value for _, value in rows)
    plot_height, step = 180, 34
    width = 2 * _PAD + step * len(rows)
    height = plot_height + 48
    body = [f'<line x1="{_PAD}" y1="{plot_height + 20}" x2="{width - _PAD}" y2="{plot_height + 20}" stroke="#999"/>']
    for n, (label, value) in enumerate(rows):
        h = plot_height * value / top
        x = _PAD + n * step
        body.append(
            f'<rect x="{x + 4}" y="{plot_height + 20 - h:.1f}" width="{step - 8}" height="{h:.1f}" fill="{STACK_COLOURS[0]}">'
            f"<title>{escape(label)}: {_number(value)}</title></rect>"
        )
        body.append(f'<text x="{x + step / 2}" y="{plot_height + 14 - h:.1f}" text-anchor="middle">{_number(value)}</text>')
        body.append(f'<text x="{x + step / 2}" y="{plot_height + 36}" text-anchor="middle">{escape(label)}</text>')
    return _svg(width, height, title, body)
