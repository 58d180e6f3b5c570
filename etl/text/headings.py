"""Section headings of Chinese policy articles and their nesting level.

Policy prose numbers its sections 一、 → （一） → 1. → （1）, journals 1 → 1.1 → 1.1.1, and
PDF→Markdown converters add ``#`` headings; the level is what makes a section *tree*.

    >>> heading_level("二、佛山融入产业链的实践")
    (1, '二、', '佛山融入产业链的实践')
    >>> heading_level("（三）基础设施逐渐完善")
    (2, '（三）', '基础设施逐渐完善')
    >>> heading_level("1.4万列货运班列") is None
    True
    >>> heading_level("第二部分 地方政府财政"), heading_level("第五部分讨论研究进展")
    ((1, '第二部分 ', '地方政府财政'), None)
    >>> heading_level("专栏 3-1　新型储能试点项目"), heading_level("专栏1（续）")
    ((2, '专栏 3-1\u3000', '新型储能试点项目'), None)
    >>> heading_level("# （二）发展现状")
    (2, '（二）', '发展现状')
    >>> heading_level("2.1 数据来源"), heading_level("12 个县开展了调研")
    ((2, '2.1 ', '数据来源'), None)
    >>> heading_level("案例二  梅岭镇：抱团发展物业经济"), heading_level("【案例四】丹屿县：绿电算力")
    ((2, '案例二  ', '梅岭镇：抱团发展物业经济'), (2, '【案例四】', '丹屿县：绿电算力'))

New-media articles mark headings with a glyph, a bar for the sections and a dot for what
they hold; a dotted line that reads as a list item (figures, clauses) stays one:

    >>> heading_level("▍二、三个县的样本"), heading_level("02 ▍沅岚县：文旅带动")
    ((1, '▍二、', '三个县的样本'), (2, '02 ▍', '沅岚县：文旅带动'))
    >>> heading_level("● 韩国：商品券"), heading_level("●规上企业276家，增长8%"), heading_level("■ 韩某  教授")
    ((2, '● ', '韩国：商品券'), None, None)
    >>> heading_level("■ 周某某") is None
    True
"""
from __future__ import annotations

import re

_CN = "一二三四五六七八九十"
# (level, pattern of the numbering prefix); order matters: the first match wins.
_NUMBERING: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^[{_CN}]{{1,3}}\s*[、．.]\s*")),
    # 第一部分 近期经济发展 (not 第三章, which books and theses repeat as the running header)
    (1, re.compile(rf"^第[{_CN}\d]{{1,3}}部分(?:\s+|\s*[：:]\s*)")),
    # a chapter's section (第一节 城市更新的内涵), under the chapter title its pages repeat
    (2, re.compile(rf"^第[{_CN}\d]{{1,3}}节(?:\s+|\s*[：:]\s*)")),
    (2, re.compile(rf"^[（(]\s*[{_CN}]{{1,3}}\s*[）)]\s*")),
    (3, re.compile(r"^\d{1,2}\s*[、．.](?!\d)\s*")),
    (4, re.compile(r"^[（(]\s*\d{1,2}\s*[）)]\s*")),
    # a report's box (专栏1　某片区“一业一证”改革, 专栏 3-1 …, 【专栏5-1】…, 专栏　十件民生实事; not 专栏1（续）)
    (2, re.compile(rf"^(?:【专栏\s*(?:[{_CN}\d]{{1,3}}(?:-\d{{1,2}})?)?】\s*(?=\S)|专栏(?!.{{0,6}}续)\s*(?:[{_CN}\d]{{1,3}}(?:-\d{{1,2}})?)?(?:\s+|(?=[“「])))")),
    # a compilation's cases (案例一  某县某村：…, 典型案例3．…, a report's boxed 【案例】…), a section each
    (2, re.compile(rf"^(?:【(?:典型)?案例\s*[{_CN}\d]{{1,3}}】\s*|【(?:典型)?案例】\s*(?=\S)|(?:典型)?案例\s*[{_CN}\d]{{1,3}}(?:\s*[：:、．.｜|]\s*|\s+)"
                   r"|(?:典型|反面|正面|失败|成功)案例\s*[｜|]\s*(?=\S))")),  # a slide's 案例一｜泽安市：…, 反面案例｜…
    # a report's or a slide's numbered proposal (建议一｜聚焦主导产业, 举措三：…), a section each
    (2, re.compile(rf"^(?:建议|对策|策略|举措|路径|任务|行动)[{_CN}\d]{{1,2}}\s*[｜|：:]\s*(?=\S)")),
)
# Journal numbering 1 引言 / 2.1 数据来源, the depth giving the level; not a figure broken onto a
# line of its own (12 个县, 1.4 万列): a measure word never opens a heading.
_DECIMAL = re.compile(
    r"^(\d{1,2}(?:\.\d{1,2}){1,3}\s*|\d{1,2}\s+)"
    r"(?![万亿千百十元年月日号个家人项条种类次倍名位份件台辆吨米里亩座所批多余几来大成])(?=[\u4e00-\u9fff])"
)
_MAX_DECIMAL_HEADING = 30
_MARKDOWN = re.compile(r"^(#{1,6})\s+")
_BAR = "▍▌▋"
_GLYPH = re.compile(rf"^(\d{{1,2}}\s*)?([{_BAR}■◆●★▶►◉◎])\s*(?=\S)")
_MAX_GLYPH_HEADING = 30
_MIN_DOT_HEADING = 5  # ■ 周某, ■对话嘉宾: a speaker or a sidebar's label
# what a list item or a speaker label holds and a heading does not: clause punctuation, a
# figure, words set apart (■ 韩某  某大学教授)
_LIST_ITEM = re.compile(r"[，,；;。]|\d|\s")
_CLAUSE_END = re.compile(r"[，,；;。：:]$")
_PLAIN_TITLES = re.compile(
    r"^(前言|引言|结语|结论|结束语|余论|参考文献|注释|对策建议|政策建议|学习目标|本章小结|关键术语|复习思考题|思考题|"
    r"记者手记|记者观察|编者按|编后)[:：]?$"
)
_BLANKS = re.compile(r"\s+")  # a title spaced out to the page width: 前  言
# a case's parts: 【基本情况】【主要做法】【经验启示】, or the same labels on lines of their own (背景, 主要做法, 成效)
_BRACKETED = re.compile(
    r"^【([^】]{2,10})】$|^(背景|基本情况|主要做法|典型做法|做法|成效|主要成效|取得成效|经验启示|启示|案例简介|专家点评)[:：]?$"
)


def heading_level(line: str) -> tuple[int, str, str] | None:
    """``(level, numbering, heading text)`` when ``line`` opens with a heading marker."""
    line = line.strip()
    if m := _MARKDOWN.match(line):
        # Converters give every heading one '#'; the numbering, when present, knows the level.
        inner = heading_level(line[m.end():])
        return inner if inner and inner[1] else (len(m.group(1)), m.group(), line[m.end():].strip())
    if (m := _GLYPH.match(line)) and len(line) - m.end() <= _MAX_GLYPH_HEADING:
        rest = line[m.end():]
        bar = m.group(2) in _BAR
        if not (_CLAUSE_END.search(rest) if bar else _LIST_ITEM.search(rest) or len(rest) < _MIN_DOT_HEADING):
            inner = heading_level(rest)
            if inner and inner[1]:
                return inner[0], m.group() + inner[1], inner[2]
            return (1 if bar and not m.group(1) else 2), m.group(), rest
    if (m := _DECIMAL.match(line)) and len(line) - m.end() <= _MAX_DECIMAL_HEADING:
        return m.group().count(".") + 1, m.group(), line[m.end():]
    for level, pattern in _NUMBERING:
        if m := pattern.match(line):
            rest = line[m.end():]
            if not rest or (rest[0].isdigit() and m.group()[0].isdigit()):
                return None  # "1.4万列" is a number, not heading 1
            return level, m.group(), rest
    if _PLAIN_TITLES.match(title := _BLANKS.sub("", line)):
        return 1, "", title.rstrip(":：")
    if m := _BRACKETED.match(line):
        return 3, "", m.group(1) or m.group(2)
    return None
