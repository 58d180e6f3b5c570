"""The year a figure refers to.

Policy prose dates figures in the clause (2016年…出口1076.4亿元), in a period
(2013—2018年 → 2018), with a cut-off (截至2019年3月 → 2019), relative to a dated
report (去年), or once at the head of a paragraph that the later sentences
continue. The nearest statement wins.

    >>> [(y.year, y.first) for y in year_mentions("从2013年的6.4%上升到2018年的14.5%，2013—2018年间")]
    [(2013, None), (2018, None), (2018, 2013)]
    >>> resolve_year("从2013年的6.4%上升到2018年的14.5%", 20)
    (2018, None)
    >>> resolve_year("2013—2018年，贸易总额超过6万亿美元", 14)
    (2018, 2013)
    >>> resolve_year("2027E市场规模有望达到795亿元", 15)
    (2027, None)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# 2016年, 2013—2018年, and an analyst's estimate year 2027E (2024-2027E)
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?:\s*[-—–~～至到]\s*((?:19|20)\d{2}))?\s*(?=年|E(?![A-Za-z]))")
_REVIEW_HEADING = re.compile(r"((?:19|20)\d{2})\s*年(?:工作|主要工作)?回顾")
_OPENING_YEAR = re.compile(r"^(?:截至|截止|到|至|在)?((?:19|20)\d{2})\s*年(?:底|末|年底|末期|以来)?(?:[，,]|是(?=[^，,。；;]{0,20}年))")
_BASELINE = re.compile(r"(比|较|相比|对比|同比)$")
_MULTIPLE_OF = re.compile(r"(是|为|相当于)$")  # 是2019年的两倍: the year of the base, as with 比
_RISE_TO = re.compile(r"的[^，,；;。]{0,16}?(?:提高|上升|增加|增长|扩大|下降|降低|减少|缩小|降|升)?(?:到|至)")
_NOW = re.compile(r"[，,；;](?:而)?(?:目前|当前|如今|现已|现在|迄今|至今)")
_SOURCE_YEAR = re.compile(r"(?<=[（(])((?:19|20)\d{2})(?=[）)]》)")
_RELATIVE = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1}
# a part of the year a dated report is in (前三季度, 上半年, 1—9月, 年初以来): that year's
_PART_OF_YEAR = r"前[一二三]季度|[一二三四]季度|上半年|下半年|年初以来|1\s*[—–-]\s*\d{1,2}\s*月|前\d{1,2}个月|前[两三四五六七八九十]个月"
_RELATIVE_RE = re.compile("|".join([*_RELATIVE, _PART_OF_YEAR]))
_OPENING_RELATIVE = re.compile(rf"^({'|'.join(_RELATIVE)})?({_PART_OF_YEAR})?(?:以来)?[，,]")
_REPORT_YEAR = re.compile(r"((?:19|20)\d{2})\s*年.{0,12}(工作报告|政府工作|报告)")
_PERIOD_TITLE = re.compile(
    r"((?:19|20)\d{2})\s*年\s*度?[^。，；\n]{0,30}?(?:统计公报|年度报告|年报|决算|审计工作报告|预算执行)"
    r"|((?:19|20)\d{2})\s*年度[^。，；\n]{0,30}?(?:评价|评估|监测|发展)?报告"  # 2025年度某市营商环境评价报告
)
# the date line of a transcript or a dated release (时间：2024年10月17日, 发布日期：2024年3月5日)
_DATE_LINE = re.compile(r"^\s*(?:时间|日期|发布时间|发布日期)[：:]\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月", re.M)
_OWN_TIME = re.compile(r"年间|年来|以来|目前|当前|如今|未来|期间|同期|近年|历年|每年|\d+月")
_CLAUSE_END = "，；;。！？"


@dataclass(frozen=True, slots=True)
class YearMention:
    start: int
    end: int
    year: int
    first: int | None = None  # the first year of a period such as 2013—2018年


@lru_cache(maxsize=256)  # every figure of a sentence asks about the same sentence
def year_mentions(text: str) -> tuple[YearMention, ...]:
    """Years stated in ``text``: ``2016年``, ``2013—2018年``, and a dated source ``《…报告（2022）》``."""
    found = [
        YearMention(m.start(), m.end() + 1, int(m.group(2) or m.group(1)), int(m.group(1)) if m.group(2) else None)
        for m in _YEAR.finditer(text)
        if not _BASELINE.search(text, 0, m.start())  # 比2021年增加: the year compared with, not the figure's
        and not (_MULTIPLE_OF.search(text, 0, m.start()) and text.startswith("年的", m.end()))
    ]
    found += [YearMention(m.start(), m.end() + 2, int(m.group(1))) for m in _SOURCE_YEAR.finditer(text)]
    return tuple(sorted(found, key=lambda y: y.start))


def report_year(title: str | None, opening: str, headings: list[str] | tuple[str, ...] = ()) -> int | None:
    """The year of a dated report, against which 去年/今年 are read.

    The opening says it (``2024年政府工作报告``); or the title names a work report and
    the first year of the opening (its date line) is the report's; or a heading
    reviews the year before it (``一、2023年工作回顾`` → 2024).
    """
    if m := _REPORT_YEAR.search(opening) or _DATE_LINE.search(opening):
        return int(m.group(1))
    if title and "工作报告" in re.sub(r"\s", "", title) and (m := _YEAR.search(opening)):
        return int(m.group(1))
    for heading in headings:
        if m := _REVIEW_HEADING.search(heading):
            return int(m.group(1)) + 1
    return None


def period_year(opening: str) -> int | None:
    """The year a document of record covers, which dates every figure it leaves undated: a
    statistical communiqué, an annual report, an audit of a year's budget (``2023年国民经济和社会
    发展统计公报``, ``2025 年年度报告``, ``关于2025年度省级预算执行…的审计工作报告``, a year's evaluation
    report ``2025年度某市营商环境评价报告``), or a
    transcript or release by its date line (``时间：2024年10月17日``).

    >>> period_year("澄川光伏 2025 年年度报告 第三节 管理层讨论与分析"), period_year("县域经济的新变化")
    (2025, None)
    """
    m = _PERIOD_TITLE.search(opening) or _DATE_LINE.search(opening)
    return int(m.group(m.lastindex or 1)) if m else None


def opening_year(text: str, report: int | None = None) -> int | None:
    """The year a sentence opens with (``2016年，…``, ``截至2019年底，…``; in a dated report ``今年前三季度，…``),
    which the rest of its paragraph inherits.

    An event's date (``2015年3月28日，…发布了``) or a period (2013—2018年) sets no such year.
    """
    if m := _OPENING_YEAR.match(text):
        return int(m.group(1))
    if report is not None and (m := _OPENING_RELATIVE.match(text)) and (m.group(1) or m.group(2)):
        return report + _RELATIVE.get(m.group(1) or "", 0)
    return None


def heading_year(path: tuple[str, ...]) -> int | None:
    """The year a section heading sets (``一、2023年工作回顾``), deepest heading first."""
    for heading in reversed(path):
        mentions = year_mentions(heading)
        if len(mentions) == 1 and mentions[0].first is None:
            return mentions[0].year
    return None


def has_own_time(text: str) -> bool:
    """Whether a sentence dates itself otherwise (五年间, 近年来, 目前) and so inherits no year."""
    return bool(_OWN_TIME.search(text))


def resolve_year(
    text: str, pos: int, inherited: int | None = None, report: int | None = None
) -> tuple[int | None, int | None]:
    """``(year, first year of its period)`` for a figure at ``text[pos]``.

    The nearest year stated before it wins, else one later in its clause, else a
    relative year (去年) of a dated report, else the year the paragraph set.
    """
    mentions = year_mentions(text)
    before = [m for m in mentions if m.end <= pos]
    if before:
        m = before[-1]
        if m.first and text[max(0, pos - 2):pos].endswith(("从", "由")):
            return m.first, None  # 2016—2022年间从18.2%提高到20.1%: the start value is 2016's
        if _NOW.search(text, m.end, pos):
            return None, None  # 2017年首发，目前已开通11条线路: the figure is today's
        if not (text[max(0, m.start - 1):m.start] in ("从", "由") and _RISE_TO.match(text, m.end, pos)):
            return m.year, m.first  # 由2018年的18.7%提高到26.3%: the year is only the start value's
        before = before[:-1]
        if before:
            return before[-1].year, before[-1].first
    clause_end = min((i for i in (text.find(c, pos) for c in _CLAUSE_END) if i != -1), default=len(text))
    after = [m for m in mentions if pos < m.start < clause_end]
    if after:
        return after[0].year, after[0].first
    if report is not None and (rel := list(_RELATIVE_RE.finditer(text, 0, pos))):
        return report + _RELATIVE.get(rel[-1].group(), 0), None
    return (None if has_own_time(text) else inherited), None
