"""Statistic records: each quantity of a sentence with its year, measure and subject.

    >>> from etl.text.parse import parse_article
    >>> [(s.value, s.unit, s.year, s.is_change) for s in extract(parse_article("2016年佛山出口1076.4亿元，增长13.6%。"))]
    [(107640000000.0, 'CNY', 2016, False), (13.6, '%', 2016, True)]
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from etl.extract.grounding import ground
from etl.extract.quantities import Quantity, find_quantities
from etl.extract.years import heading_year, opening_year, period_year, report_year, resolve_year
from etl.text.article import Article, Sentence
from etl.text.clauses import clauses
from etl.text.pos import tag
from models.records import Statistic

_MEASURE_WORD_NOUN = re.compile(
    r"^(?:(?!签署|签订|实现|开展|参与|建成|建有|落户|入驻|进入|达到|完成|获得|开通|覆盖|分布|位于|参加|加入|"
    r"提供|成立|设立|共建|形成|投资|占|中(?![心国外小部东西欧亚非央])|和|及|与|的|在|以上|以下|以内|左右|上下|之多|有余)[^，。；、：:（(“”\s\d,.;!?])+"
)
_VERB_TAIL = re.compile(r"(已经|已|也|平均|均|都|还|仅|只|可|将)?(达到|达|为|是|完成|实现|分别|约|近|超过|超|逾|突破|增长|下降|提高|增加|减少|占到|占|了|的|共|计|累计|高达|不足|不到|不低于|不少于|不超过|低于|高于|同比|环比|比上年|较上年|年均|提升|降低|缩短|压缩|扩大|稳定在|保持在|控制在|增至|降至|减至|升至|到|至)*$")
_LEAD = re.compile(
    r"^(?:(?:其中|同时|此外|另外|目前|当前|力争|确保|争取|把(?!握)|据[^，]*|从|在|而|但|并|且|"
    r"[比较]\s*(?:上年同期|上年|去年|同期|(?:19|20)\d{2}\s*年(?:底|末|同期)?)|"
    r"(?:截至|截止|到)?\s*(?:19|20)\d{2}\s*(?:[—–\-~～至到]\s*(?:19|20)?\d{2}\s*)?年(?:\s*\d+\s*月)?(?:底|末|初|间)?)[，,\s]*)+"
)
_FROM = re.compile(r"(?:由|从)(?=[^，,；;]{0,6}?(?:\d|$))")
_RANGE = re.compile(r"\s*(?:至|到|-|—|–|～|~)\s*")
_SHARE_OF = re.compile(r"(?:以上|左右|多)?的([^，。；;、：:（(的\s\d]{2,12}?)(?=[、，。；;和及与]|的|$)")
_NEXT_ITEM = re.compile(r"\s*[）)]?\s*(?:、|，|,|和|及|以及|与)\s*")
_SUBJECT = re.compile(r"^[^，。；、的对在与向从由占共累计实现达新增完成已将把被是为有\d]{2,10}")


def extract(article: Article) -> list[Statistic]:
    report = report_year(article.title, article.raw[:400], [s.heading for s in article.sections])
    period = period_year(article.raw[:400])
    records: list[Statistic] = []
    inherited: int | None = None
    paragraph = -1
    section_years: dict[tuple[str, ...], int | None] = {}  # the year a section's first paragraph opened with
    for sentence in article.sentences:
        opens = sentence.paragraph != paragraph
        if opens:
            paragraph = sentence.paragraph
            inherited = heading_year(sentence.section) or _section_year(section_years, sentence.section) or period
        year = opening_year(sentence.text, report)
        if opens and sentence.role == "body" and sentence.section not in section_years:
            section_years[sentence.section] = year
        inherited = year or inherited  # 2022年，…。同年，… / 其中…
        quantities = find_quantities(sentence.text)
        if sentence.role == "heading":  # "3 对策建议": a number opening a heading is its numbering
            quantities = [q for q in quantities if q.start > 0]
        spans = (clauses(sentence.text) or ((0, len(sentence.text)),)) if quantities else ()
        for k, q in enumerate(quantities):
            record = _record(article, sentence, spans, q, quantities[k - 1] if k else None, inherited, report)
            if k and (record.measure is None or _bracketed(sentence.text, q)):
                # 出口520亿元，2020年增至610亿元，增长17.3%; 强度为2.1%，低于深圳（5.5%）: the same measure
                record.measure = records[-1].measure
            records.append(record)
    return records


def _section_year(years: dict[tuple[str, ...], int | None], section: tuple[str, ...]) -> int | None:
    """The year the section, or the nearest section holding it, opened its first paragraph with
    (一、金融运行情况 → 2024年，全省金融运行稳健…): the passage's year for its later paragraphs."""
    for depth in range(len(section), 0, -1):
        if year := years.get(section[:depth]):
            return year
    return None


def _record(
    article: Article, sentence: Sentence, spans: Sequence[tuple[int, int]], q: Quantity, prev: Quantity | None,
    inherited: int | None, report: int | None,
) -> Statistic:
    text = sentence.text
    year, first = resolve_year(text, q.num_start, inherited, report)
    k = next((n for n, (s, e) in enumerate(spans) if s <= q.start < e), 0)
    clause_start = spans[k][0]
    window = (spans[max(0, k - 1)][0], spans[min(len(spans) - 1, k + 1)][1])
    return Statistic(
        **ground(article, sentence, *window, anchor=q.start),
        value=q.value,
        unit=q.unit,
        raw=text[q.start:q.end],
        year=year,
        period_start=first,
        period_end=year if first else None,
        measure=_measure(text, clause_start, q, prev if prev and prev.end > clause_start else None),
        subject=_subject(text[clause_start:q.start]),
        approx=q.approx,
        is_change=q.is_change,
        confidence=q.confidence,
    )


def _measure(text: str, clause_start: int, q: Quantity, prev: Quantity | None) -> str | None:
    """What is counted (the noun after a measure word) or measured (the phrase before the number
    in its clause; ``prev`` is a figure before it in the clause)."""
    if q.unit not in ("CNY", "USD", "EUR", "%", "times", "rank"):
        if m := _MEASURE_WORD_NOUN.match(text[q.end:]):
            return m.group()
    if q.unit == "%" and (of := _share_of(text, q)):
        return of
    head = text[clause_start:q.start]
    measured, *moved = _FROM.split(head, maxsplit=1)
    if moved and measured:
        head = measured  # X由2010年的A提高到B: both measure X
    elif prev and _RANGE.fullmatch(text[prev.end:q.start]):
        head = text[clause_start:prev.start]  # 三千亿元至五千亿元: the range's measure
    elif prev and (item := _NEXT_ITEM.match(text, prev.end, q.start)):
        head = text[item.end():q.start]  # A 7 个、B 46 个: B
    head = _VERB_TAIL.sub("", head.strip().rstrip("（("))
    head = _LEAD.sub("", head)
    return head[-16:] or None


def _bracketed(text: str, q: Quantity) -> bool:
    """A figure alone in brackets after a name, compared with the one before (低于深圳（5.5%）)."""
    return text[q.start - 1:q.start] in ("（", "(") and text[q.end:q.end + 1] in ("）", ")")


def _share_of(text: str, q: Quantity) -> str | None:
    """The noun a share is of, when it follows the figure: 贡献了50%以上的税收 → 税收; 七成中小企业仍…
    → 中小企业 (the nouns jieba reads right after 成)."""
    if m := _SHARE_OF.match(text, q.end):
        return m.group(1)
    if text[q.end - 1] != "成":
        return None
    nouns = list(takewhile(lambda t: t.flag[0] == "n", tag(text[q.end:q.end + 12].removeprefix("以上"))))
    return "".join(t.word for t in nouns) or None


def _subject(head: str) -> str | None:
    """Whose figure it is: the noun phrase that opens the clause."""
    m = _SUBJECT.match(_LEAD.sub("", _VERB_TAIL.sub("", head)))
    return m.group() if m else None
