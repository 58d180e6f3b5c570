"""Physical lines of a PDF-extracted article, each given a layout role.

PDF extraction leaves furniture between the lines of the body: captions that
start with ``_``, running headers, sidebar titles set one character per line,
English abstracts, reference lists, author notes. Classifying whole lines first
keeps that furniture out of sentences (and so out of records).

    >>> [l.role for l in classify_lines("一、总体思路\\n佛山要加快转型。\\n_图1 产业结构\\n")]
    ['heading', 'body', 'caption']
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from etl.text.headings import heading_level
from etl.text.pos import known, tag

TERMINAL = "。！？!?…"
_TRAILING_MARKERS = re.compile(r"(\s*(\[\s*\d{1,3}(\s*[,，\-–]\s*\d{1,3})*\s*\]|[①-⑳]))+$")
_MARKER_ENDS = ("]", *(chr(c) for c in range(ord("①"), ord("⑳") + 1)))  # how a trailing marker ends
_CLOSERS = "”’」』）)]】"
ABSTRACT_MARK = re.compile(r"^(\*\*)?[\[【]?\s*((?:内容)?摘\s*要|内容提要|提\s*要)\s*[\]】]?\s*[:：]?\s*(\*\*)?\s*")
KEYWORDS_MARK = re.compile(r"^(\*\*)?[\[【]?\s*(关\s*键\s*词|关键字)\s*(?:[\]】]\s*[:：]?|[:：])\s*(\*\*)?\s*")
_ENGLISH_START = re.compile(r"^(abstract|key\s*words?|keywords)\b", re.I)
# what follows the article: its references, notes, and a research report's statements and disclaimer
# (not a newspaper's 【相关链接】 box, set in the middle of a feature: a section of its own)
_BACK_MATTER = re.compile(
    r"^(?!【相关链接】)(#+\s*)?[\[【]?(参考文献|注\s*释|References|尾注|延伸阅读|免责声明|分析师声明|(?:投资)?评级说明|法律声明|重要声明|相关链接|相关阅读)[\]】]?\s*[:：]?\s*$",
    re.I,
)
_META = re.compile(
    r"^(\*\*)?[\[【]?\s*(作者简介|作者单位|通讯作者|基金项目|收稿日期|责任编辑|中图分类号|文献标识码|文章编号|"
    r"DOI|doi|本文系|说明[:：]本文|Author|About the author|注\s*[:：]|课题(?:组(?:组长|成员|负责人)|负责人)\s*[:：]|执笔人?\s*[:：])"
)
_REFERENCE_ENTRY = re.compile(r"^\s*[\[［]?\d{1,3}[\]］.．]\s*.*\[(J|M|N|D|R|C|Z|EB/OL|EB|OL)\]")
_AFFILIATION = re.compile(r"(大学|学院|研究院|研究所|研究中心|科学院|社会科学院|党校).{0,20}\d{6}")
_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$")
# a page number, front matter's in Roman numerals included (— 7 —, 第3页, IV)
_ROMAN = r"[IVX]{1,5}|[ivx]{1,5}|[Ⅰ-Ⅻ]"  # ASCII letters, or the numerals Unicode gives one character each
# a page number: — 7 —, 第3页, 第 8 页 共 30 页, IV, a prospectus's 1-1-86
_PAGE_NUMBER = re.compile(
    rf"^[-—–·\s]*(?:(第\s*)?\d{{1,4}}(\s*页)?(?:\s*[，,/]?\s*共\s*\d{{1,4}}\s*页)?|{_ROMAN}|\d-\d-\d{{1,4}})[-—–·\s]*$"
)
# a table of contents: its title, and entries led by dots to their page (…… 3, ....... 12), or the
# leader's end wrapped onto a line of its own (. 4)
_CONTENTS = re.compile(
    rf"^(?:图表|图|表)?目\s*录$|(?:\.\s*){{4,}}(?:\d{{0,3}}|{_ROMAN})$|(?:·\s*){{4,}}\d{{0,3}}$|^[^，。；]*…\s*(?:\d{{1,3}}|{_ROMAN})$"
    r"|^[.…·\s]+\d{1,3}$"
)
_ISSUE_HEADER = re.compile(r"(19|20)\d{2}\s*年\s*第\s*\d+\s*期|\bVol\.\s*\d|\bNo\.\s*\d|第\s*\d+\s*卷")
# a newspaper page's header: its date and weekday (7 产业 某某日报 2024年5月17日 星期五)
_MASTHEAD = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]")
# a newspaper page's header repeated mid-text (第05版：区域经济), a report's byline (本报记者　林某　周某)
# and a speech's (某市市长　林某)
_NEWSPAPER = re.compile(
    r"^第\s*\d{1,2}\s*版(?:\s*[：:]\s*[\u4e00-\u9fff]{2,10})?$"
    r"|^(?:本报|新华社|本刊)?(?:特约|见习)?(?:记者|通讯员)[\s\u3000]+[\u4e00-\u9fff·]{2,4}"
    r"(?:[\s\u3000、]+(?:(?:特约|见习)?(?:记者|通讯员))?[\s\u3000]*[\u4e00-\u9fff·]{2,4})*$"
    r"|^[\u4e00-\u9fff]{2,12}(?:省长|市长|县长|区长|主席|主任|书记)[\s\u3000]+[\u4e00-\u9fff·]{2,4}$"  # a speech's speaker: 某市市长　林某
)
# a dated entry of a diary or field notes: its date and weather on a line of their own (3月27日　阴)
_DIARY_DATE = re.compile(
    r"^[ \t\u3000]*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?[ \t\u3000]*"
    r"(?:晴|阴|雨|雪|雾|霾|多云|[小中大暴阵]雨|[小中大]雪|雨夹雪)(?:转(?:晴|阴|雨|多云|[小中大暴阵]雨))?[ \t\u3000]*$",
    re.M,
)
_DIARY_ENTRIES = 3
_TITLE_DATE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")  # under a report's title: 2026年3月
# a web page's furniture around the article: breadcrumb, publication line, font and share buttons,
# links to the previous and next pages, the site's footer
_WEB_PAGE = re.compile(
    r"^(?:首页|当前位置[：:]?)\s*[>＞»›]|发布时间[：:]|浏览次数|阅读次数|【字体|分享到[：:]|^(?:上一篇|下一篇)[：:]|^扫一扫|^扫码"
    r"|打印本页|关闭窗口|ICP备|公网安备|网站标识码|^(?:主办单位|承办单位|版权所有)[：:]?"
)
_WEB_LINE = 120  # the longest line such furniture takes
# an official document's furniture: its number (某政发〔2025〕7号), who signed it, a meeting's attendance
# (主持：, 出席：, 列席：), the distribution and printing lines at its foot (抄送：…, 某某办公室 2025年3月12日印发)
_OFFICIAL = re.compile(
    r"^[\u4e00-\u9fff]{0,12}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d{1,4}\s*号$|^签\s*发\s*人?\s*[：:]"
    r"|^(?:主\s*持|出\s*席|列\s*席|参\s*加|记\s*录|请\s*假|缺\s*席)(?:人员|单位)?\s*[：:]"
    r"|^(?:抄\s*送|分\s*送|主\s*送|报\s*送|发\s*送)\s*[：:]|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$"
)
_RESTRICTED = re.compile(r"^(?:内部(?:资料|参考)|注意保存|请勿外传|\s)+$")  # printed on an internal report's cover
# a report's notice of use (本报告仅供…参考，未经书面许可不得转载或引用)
_USAGE_NOTICE = re.compile(r"未经[^，。；]{0,10}(?:许可|同意|授权)[，,]?\s*(?:任何[^，。；]{0,8})?不得(?:转载|复制|引用|外传|翻印)")
_PUNCTUATION = re.compile(r"[，。；：、,;:！？!?]")
_SENTENCE_END = re.compile(r"[。！？!?]")
_JOIN_CONTEXT = 6  # characters each side of a line break that tell whether it cuts a word
_RUNNING_TEXT = re.compile(r"[，。；]")  # a figure's title has no clauses: after it, a line with them is the body again
_FOOTNOTE_TEXT = re.compile(r"^(?:[①-⑳]\s*\S|\[\^\w+\]\s*[:：])")  # a page-bottom footnote (①由于…), Markdown's [^1]: …
# A turn opening on its speaker: "主持人：", "孙立群（海川大学研究员）：", "王 静：", "答：", a transcript's
# "嘉宾A（李某）：" or its timestamp ("[00:12:31]")
_TIMESTAMP = r"[\[［(（]\d{1,2}:\d{2}(?::\d{2})?[\]］)）]\s*"
TIMESTAMPED = re.compile(_TIMESTAMP)  # a transcript's line that opens a turn, whatever the line before
# a list item's bullet (a slide's or a report's bullet list): the item opens a paragraph of its own,
# however the line before ended (• 设立产业基金 ⏎ • 建立链长制 are two points, not one wrapped line)
LIST_BULLET = re.compile(r"[•▪➢➤√✓✔◆●■□○►▶▸◦◇]\s*(?=\S)")
SPEAKER = re.compile(
    rf"^(?:{_TIMESTAMP})?(?:(?:主持人|记者|问|答|[\u4e00-\u9fff]{{2,4}}[A-Z]?\s*[（(][^（()）]{{2,40}}[）)]"
    rf"|[\u4e00-\u9fff]{{2,3}}[A-Z]|[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,2}})\s*[：:]|(?<=[\]］)）])(?=\s*\S))"
)
_BULLET_LABEL = re.compile(r"^[■●◆▲★□◇○]\s*[^，。；]{1,40}$")  # a speaker or sidebar label, no clauses
_TITLE_WORDS = re.compile(r"(?=.*[\u4e00-\u9fff])[\u4e00-\u9fffA-Za-z]{2,12}")  # 社区沟通, 供应商ESG管理: no figure, no punctuation
_TITLE_SHARE = 0.4  # of the column width, at most: not the head of a wrapped line
_UNNUMBERED_LEVEL = 2
_HEADER_CELLS, _HEADER_CELL = 3, 16
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_DIGITS_AND_SPACE = re.compile(r"[\d\s.·]+")
_SUBTITLE = re.compile(r"^(——|--|—)\S.{0,40}$")
_TABLE_CELL = re.compile(r"[（(]?-?[\d.,%]+[）)]?\**|[（(][\d一二三四五六七八九十]+[）)]|是|否|—|-")  # 0.126***, (3.45), （1）
# prose typeset with blanks around its figures (2019 年用上级资金 50 万元建的): a unit that runs on into words
_PROSE_AFTER_NUMBER = re.compile(r"[年月万亿元个%％][\u4e00-\u9fff]{2,}")
_THOUSANDS_BLANK = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_BRACKETS_ONLY = re.compile(r"^[\[\]【】()（）\s┌┐└┘├┤┬┴┼─━═╔╗╚╝]*$")  # or a box's top or bottom
_BOX_SIDES = "│┃║"
_ASIDE_LINE = re.compile(r"^[（(][^（()）]{6,}[）)]$")  # （本文根据录音整理）, （数据来源：…）
_SOURCE_LINE = re.compile(r"^(?:资料|数据)来源\s*[：:].{0,80}$")  # under a chart or table: 资料来源：海关总署，X研究所
# a chart's data labels on a line of their own (289 326 371 412, 12.5% 13.1% 14.2%): read as one thin-spaced
# number they would be an implausible one, and they carry no unit
_NUMBER_ROW = re.compile(r"^\d[\d.,]*%?(?:\s+\d[\d.,]*%?){2,}$")
_UNIT_LINE = re.compile(r"^[（(]?\s*单位\s*[：:][^，。；]{1,20}$")  # above a chart or table: 单位：亿元、%
_TABLE_ROW = re.compile(r"^\|.*\|$|^</?(table|tr|td|th|thead|tbody)\b|<td>|</tr>", re.I)
_FIGURE_LABEL = re.compile(r"^(图|表|附图|附表|Figure|Fig\.|Table)\s*\d+(?![.\d])")
# a news photo's caption: 图为…, credited to its photographer (本报记者 某某摄) or the archive (资料图片)
_PHOTO_CREDIT = re.compile(r"摄$|[（(]资料图片[）)]$|供图$")
_PHOTO = re.compile(r"^图为|" + _PHOTO_CREDIT.pattern)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_BLANK = re.compile(r"\s")
_TEAM = "课题组|调研组|研究组|编写组"
_GROUP_AUTHOR = re.compile(rf"^[\u4e00-\u9fff·、\s]{{0,20}}(?:{_TEAM})(?:执笔)?$")  # 省商务厅课题组
_SPREAD = re.compile(r"\S\s{3,}\S")  # words spread across the page width
_NAME = r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}"
_NAMES = re.compile(rf"{_NAME}(?:[，,、\s]+{_NAME}){{0,4}}")
# an author that is an institution or a research team (…分行金融稳定课题组, …研究院宏观组)
_INSTITUTION = re.compile(rf"[\u4e00-\u9fff（）()]{{4,30}}(?:{_TEAM}|研究院|研究所|研究中心|研究室)")
_SYMBOL_MARK = r"(?:[*＊¹²³⁴⁵⁶]|\$\s*\^\s*\{?[\d,*\s]+\}?\s*\$|<sup>[\d,*]+</sup>)"
_AFFILIATION_MARK = rf"(?:\d{{1,2}}(?:\s*[,，]\s*\d{{1,2}})*|{_SYMBOL_MARK})"
_BYLINE = re.compile(
    rf"^{_NAME}\s*{_AFFILIATION_MARK}(?:\s*[，,、\s]\s*{_NAME}\s*(?:{_AFFILIATION_MARK})?)+\s*$"
    rf"|^{_NAME}\s*{_SYMBOL_MARK}\s*$"
)
"""Authors with affiliation marks: 陈思远1，王 蕾2, or one author marked 张三* (a mark is required, and
a lone name needs a symbol: a bare list of words, or 增长12 at a line break, is prose)."""


@dataclass(frozen=True, slots=True)
class Line:
    """A physical line: raw ``[start, end)`` (no newline), its text and its role."""

    start: int
    end: int
    text: str
    role: str = "body"  # body|blank|heading|abstract|keywords|title|caption|furniture|back_matter
    level: int = 0
    lead_space: bool = False

    @property
    def stripped(self) -> str:
        return self.text.strip()

    def with_role(self, role: str) -> Line:
        """This line in another role (``dataclasses.replace`` costs several times more, on every line)."""
        return Line(self.start, self.end, self.text, role, self.level, self.lead_space)


def ends_sentence(text: str) -> bool:
    """Whether a line ends at a sentence boundary (closing quotes, brackets and footnote markers ignored).

    A line holding only a footnote marker (``[3]``) follows the sentence it belongs to.
    """
    text = text.rstrip()
    if text.endswith(_MARKER_ENDS):  # the search is dear: most lines end otherwise
        text = _TRAILING_MARKERS.sub("", text)
    if not text:
        return True
    text = text.rstrip(_CLOSERS)
    return bool(text) and text[-1] in TERMINAL


def is_diary(raw: str) -> bool:
    """Whether the text is a diary or field notes, told by its dated entries (3月27日　阴): it narrates."""
    return len(_DIARY_DATE.findall(raw)) >= _DIARY_ENTRIES


def split_lines(raw: str) -> list[Line]:
    """The lines of ``raw``, a boxed line (│专栏1 …│) without the box's sides."""
    lines, pos = [], 0
    for text in raw.split("\n"):
        body = text.rstrip("\r")
        start, end = pos, pos + len(body)
        if (edges := body.strip()) and (edges[0] in _BOX_SIDES or edges[-1] in _BOX_SIDES):
            left = len(body) - len(body.lstrip().lstrip(_BOX_SIDES))
            right = min(len(body) - len(body.rstrip().rstrip(_BOX_SIDES)), len(body) - left)
            body, start, end = body[left:len(body) - right], start + left, end - right
        lines.append(Line(start, end, body, "blank" if not body.strip() else "body", lead_space=body[:1].isspace()))
        pos += len(text) + 1
    return lines


def _is_english(s: str) -> bool:
    letters = len(_ASCII_LETTER.findall(s))
    return letters >= 12 and letters >= 0.5 * len(s.replace(" ", ""))


def _text_table_row(s: str) -> bool:
    """A table row that PDF extraction left as text: short cells between blanks, no sentence
    punctuation, all of them numbers or, of three or more, half (样本量 2310 2310, (3.45) (2.87))."""
    cells = _THOUSANDS_BLANK.sub("", s).split()  # 4 862.3 is one number, typeset with a thin space
    if len(cells) < 2 or _PUNCTUATION.search(s) or any(len(c) > 12 for c in cells):
        return False
    is_number = [bool(_TABLE_CELL.fullmatch(c)) for c in cells]
    if any(n and _PROSE_AFTER_NUMBER.match(c) and (len(c) >= 5 or not is_number[-1])
           for n, c in zip(is_number, cells[1:])):
        return False  # a row label such as 10 万元以下 is short and figures follow it
    return all(is_number) or (len(cells) >= 3 and 2 * sum(is_number) >= len(cells))


def _line_role(s: str) -> str | None:
    """The role a line has on its own, whatever surrounds it."""
    if _text_table_row(s) or (
            len(s) <= _WEB_LINE and (_WEB_PAGE.search(s) or _OFFICIAL.search(s) or _USAGE_NOTICE.search(s))):
        return "furniture"
    if (_IMAGE.match(s) or _PAGE_NUMBER.match(s) or _BRACKETS_ONLY.match(s) or _TABLE_ROW.match(s)
            or _ASIDE_LINE.match(s) or _SOURCE_LINE.match(s) or _UNIT_LINE.match(s) or _NUMBER_ROW.match(s)
            or _CONTENTS.search(s)):
        return "furniture"
    if s.startswith("_") or (_FIGURE_LABEL.match(s) and len(s) <= 60 and not ends_sentence(s)) \
            or (_PHOTO.search(s) and len(s) <= 80):
        return "caption"
    if len(_BLANK.sub("", s)) <= 30 and (_ISSUE_HEADER.search(s) or _RESTRICTED.match(s) or _MASTHEAD.search(s)
                                         or _DIARY_DATE.match(s) or _TITLE_DATE.match(s)
                                         or _NEWSPAPER.match(s)):
        return "furniture"
    if (_SUBTITLE.match(s) or _BULLET_LABEL.match(s)) and not ends_sentence(s) and heading_level(s) is None:
        return "title"
    if _BACK_MATTER.match(s):
        return "back_matter"
    if ABSTRACT_MARK.match(s):
        return "abstract"
    if KEYWORDS_MARK.match(s):
        return "keywords"
    if (_ENGLISH_START.match(s) or _is_english(s) or _META.match(s) or _REFERENCE_ENTRY.match(s)
            or _FOOTNOTE_TEXT.match(s)):
        return "furniture"
    if len(s) <= 60 and (_AFFILIATION.search(s) or _BYLINE.match(s) or _GROUP_AUTHOR.match(s)):
        return "furniture"
    return None


def typical_width(lines: list[Line]) -> int:
    """The width the PDF column wrapped at (80th percentile of line lengths)."""
    widths = sorted(len(l.stripped) for l in lines if l.role != "blank")
    return widths[int(len(widths) * 0.8)] if widths else 40


_SHORT_REPEAT = 30  # the longest unpunctuated line printed twice that is a running header
_FOOTER_MIN = 10  # a line this long printed this often is a page footer or disclaimer
_FOOTER_REPEATS = 3


def classify_lines(raw: str) -> list[Line]:
    lines = split_lines(raw)
    width = typical_width(lines)
    running = Counter(_DIGITS_AND_SPACE.sub("", l.stripped) for l in lines if _looks_like_running_header(l.stripped))
    recurring = Counter(l.stripped for l in lines if l.role == "body")
    out: list[Line] = []
    nonblank = [i for i, l in enumerate(lines) if l.role != "blank"]
    k = 0
    while k < len(nonblank):
        i = nonblank[k]
        line, s = lines[i], lines[i].stripped
        role = _line_role(s)
        prev = out[-1] if out else None
        if role == "caption":
            k = _take_caption(lines, nonblank, k, width, out)
            continue
        if role == "furniture" and (_META.match(s) or _FOOTNOTE_TEXT.match(s)):
            k = _take_note(lines, nonblank, k, out)
            continue
        if role in ("abstract", "keywords") or role == "back_matter":
            k = _take_block(lines, nonblank, k, role, out)
            continue
        if role is None and _vertical_run(lines, nonblank, k) >= 3:
            n = _vertical_run(lines, nonblank, k)
            out.extend(lines[j].with_role("furniture") for j in nonblank[k:k + n])
            k += n
            continue
        if role is None and heading_level(s) is None and _on_every_page(s, recurring, running, width):
            role = "furniture"
        if role is None and (h := heading_level(s)) and not _runs_on(prev, width) \
                and not _numbered_paragraph(s, lines, nonblank, k, width):
            level, numbering, _ = h
            if k == 0 and numbering.startswith("#"):
                out.append(line.with_role("title"))  # a Markdown article opens with its title
                k += 1
                continue
            if k + 1 < len(nonblank) and _wraps(s, lines[nonblank[k + 1]].stripped, width):
                nxt = lines[nonblank[k + 1]]
                out.append(Line(line.start, nxt.end, raw[line.start:nxt.end], "heading", level))
                k += 2
                continue
            out.extend(_split_run_in(line, level))
            k += 1
            continue
        if role is None and _table_header(s, lines, nonblank, k):
            role = "furniture"
        if role is None and _section_title(lines, nonblank, k, out, width):
            out.append(Line(line.start, line.end, line.text, "heading", _UNNUMBERED_LEVEL, line.lead_space))
            k += 1
            continue
        if role is None and _standalone(lines, nonblank, k, out, width):
            role = "title"
        out.append(line.with_role(role or "body"))
        k += 1
    return out


def _on_every_page(s: str, recurring: Counter[str], running: Counter[str], width: int) -> bool:
    """A running header (a short unpunctuated line printed twice, a journal line spread across the
    page) or a footer or disclaimer printed three times or more, sentence or not."""
    header = not ends_sentence(s) and (
        (len(s) <= _SHORT_REPEAT and recurring[s] >= 2 and len(s) < 0.75 * width)
        or (_looks_like_running_header(s) and running[_DIGITS_AND_SPACE.sub("", s)] >= 2)
    )
    return header or (len(s) >= _FOOTER_MIN and recurring[s] >= _FOOTER_REPEATS)


def _runs_on(prev: Line | None, width: int) -> bool:
    """Whether ``prev`` is a body line wrapped mid-sentence, so that a numbering on the next
    line continues it (…第\n二、三产业) rather than opening a section. A line well short
    of the column width did not wrap (a byline, a signature): a heading may follow it."""
    return (
        prev is not None and prev.role == "body" and not ends_sentence(prev.text)
        and not prev.text.rstrip().endswith(("：", ":")) and len(prev.text.strip()) >= 0.6 * width
    )


def _looks_like_running_header(s: str) -> bool:
    """Journal name, issue and page number spread across the page width."""
    return len(s) <= 90 and bool(_SPREAD.search(s)) and any(c.isdigit() for c in s)  # the rare spread first


def _numbered_paragraph(s: str, lines: list[Line], nonblank: list[int], k: int, width: int) -> bool:
    """Whether a numbered line opens a paragraph of prose, not a heading: it fills the column, breaks
    off mid-clause and the next line fills it again, where the line is indented as a paragraph
    (　　（一）某公司董事长反映，公司扩产项目⏎总投资…) or the break cuts a word (…揭示了集聚的循环累⏎积机制)."""
    if _SENTENCE_END.search(s) or len(s) < 0.85 * width or k + 1 >= len(nonblank):
        return False  # a heading a full stop ends, run in with its body (2.抱团发展。鼓励…), is one
    nxt = lines[nonblank[k + 1]]
    if nxt.role == "blank" or nxt.lead_space or heading_level(nxt.stripped) is not None \
            or len(nxt.stripped) < 0.85 * width or not _PUNCTUATION.search(s):
        return False
    return lines[nonblank[k]].lead_space or _word_across(s, nxt.stripped)


def _word_across(line: str, nxt: str) -> bool:
    """Whether jieba reads a word across the break between two lines (循环累⏎积机制 → 累积)."""
    left, right = line[-_JOIN_CONTEXT:], nxt[:_JOIN_CONTEXT]
    return any(t.start < len(left) < t.end for t in tag(left + right))


def _wraps(heading: str, nxt: str, width: int) -> bool:
    """Whether a heading line runs on into a short unpunctuated next line.

    Headings are set larger than the body, so they may wrap well before the body width.
    """
    if ends_sentence(heading) or heading_level(nxt) is not None or _PUNCTUATION.search(nxt):
        return False
    return len(nxt) <= 6 or (len(heading) >= 0.85 * width and len(nxt) < 0.6 * width)


def _split_run_in(line: Line, level: int) -> list[Line]:
    """A heading line, split from body text that runs on after its full stop (``1.优势产业转移。佛山的…``)."""
    cut = line.text.find("。")
    if cut == -1 or cut > 60 or not line.text[cut + 1:].strip():
        return [replace(line, role="heading", level=level)]
    head = replace(line, end=line.start + cut + 1, text=line.text[: cut + 1], role="heading", level=level)
    return [head, Line(line.start + cut + 1, line.end, line.text[cut + 1:], "body")]


def _take_note(lines: list[Line], nonblank: list[int], k: int, out: list[Line]) -> int:
    """An author, funding or publication note, with the lines it wraps onto (up to its full stop)."""
    out.append(lines[nonblank[k]].with_role("furniture"))
    for _ in range(4):
        if ends_sentence(lines[nonblank[k]].text) or k + 1 >= len(nonblank):
            break
        nxt = lines[nonblank[k + 1]]
        if nxt.lead_space or _line_role(nxt.stripped) or heading_level(nxt.stripped):
            break
        out.append(nxt.with_role("furniture"))
        k += 1
    return k + 1


def _take_caption(lines: list[Line], nonblank: list[int], k: int, width: int, out: list[Line]) -> int:
    """A caption or pull quote, with the lines it wraps onto (a pull quote is a sentence that
    may wrap onto clauses; the title of a labelled figure or table, _图2 …, does not)."""
    out.append(lines[nonblank[k]].with_role("caption"))
    labelled = bool(_FIGURE_LABEL.match(lines[nonblank[k]].stripped.lstrip("_ ")))
    while k + 1 < len(nonblank):
        cur, nxt = lines[nonblank[k]].stripped, lines[nonblank[k + 1]]
        s = nxt.stripped
        if ends_sentence(cur) or _PHOTO_CREDIT.search(cur) or nxt.lead_space or _line_role(s) or heading_level(s):
            break
        if (labelled and _RUNNING_TEXT.search(s)) or (len(cur) < 0.7 * width and len(s) >= 0.7 * width):
            break
        out.append(nxt.with_role("caption"))
        k += 1
    return k + 1


def _take_block(lines: list[Line], nonblank: list[int], k: int, role: str, out: list[Line]) -> int:
    """An abstract or keywords block, up to the next layout block; back matter, up to a new section
    or the abstract of another article printed after it (a communiqué's 注释, then a commentary on it)."""
    out.append(lines[nonblank[k]].with_role(role))
    k += 1
    while k < len(nonblank):
        line = lines[nonblank[k]]
        s = line.stripped
        if role == "back_matter":
            own = _line_role(s)
            if own == "abstract" or (
                (line.lead_space or own not in (None, "back_matter")) and heading_level(s)
                and not _REFERENCE_ENTRY.match(s) and not s.startswith("[")
            ):
                break
        elif role == "keywords" or line.lead_space or _line_role(s) or heading_level(s):
            break
        out.append(line.with_role(role))
        k += 1
    return k


def _vertical_run(lines: list[Line], nonblank: list[int], k: int) -> int:
    """How many lines from ``k`` on are sidebar text set one or two characters per line."""
    n = 0
    while k + n < len(nonblank) and len(lines[nonblank[k + n]].stripped) <= 2:
        n += 1
    return n


def _table_header(s: str, lines: list[Line], nonblank: list[int], k: int) -> bool:
    """A table's header row left as text: three or more short cells set apart by blanks, no
    sentence punctuation, right above a row of figures (指标　研发投入强度（%）　高新技术企业（万家）)."""
    cells = s.split()
    if (len(cells) < _HEADER_CELLS or any(len(c) > _HEADER_CELL for c in cells) or _PUNCTUATION.search(s)
            or _FIGURE_LABEL.match(s) or heading_level(s) or any(_HAN_CHAR.fullmatch(c) for c in cells)):
        return False  # a box's title (专栏 2　…), prose set with blanks around its figures (2024 年 1 月起…)
    return k + 1 < len(nonblank) and _text_table_row(lines[nonblank[k + 1]].stripped)


def _section_title(lines: list[Line], nonblank: list[int], k: int, out: list[Line], width: int) -> bool:
    """An unnumbered section title a report sets on a line of its own (气候相关风险管理, 培训与发展⏎
    Training and Development): a few words after a finished paragraph, before a full line of text or
    the title's English version."""
    s = lines[nonblank[k]].stripped
    if not out or not _TITLE_WORDS.fullmatch(s) or len(s) > _TITLE_SHARE * width or k + 1 >= len(nonblank):
        return False
    prev, nxt = out[-1], lines[nonblank[k + 1]].stripped
    if (prev.role == "body" and not ends_sentence(prev.text)) or known(s[-1] + nxt[:1]):
        return False  # 去年全省新增规模以上工⏎业企业…: a word broken by the wrap
    if not (_is_english(nxt) or (len(nxt) >= 0.8 * width and not _PUNCTUATION.match(nxt)
                                 and not _line_role(nxt) and heading_level(nxt) is None)):
        return False
    return any(l.role == "body" for l in out)  # not the front matter's bylines (某某课题组, 本刊编辑部)


def _standalone(lines: list[Line], nonblank: list[int], k: int, out: list[Line], width: int) -> bool:
    """A short unpunctuated line set apart from the body: a title or column header. The first line
    after nothing but furniture (a web page's breadcrumb) opens the text as the first line does."""
    s = lines[nonblank[k]].stripped
    if len(s) > 40 or ends_sentence(s) or "，" in s or "。" in s or s[-1] in "、：:；;“‘（(" or k + 1 >= len(nonblank):
        return False
    nxt = lines[nonblank[k + 1]]
    prev = out[-1] if out else None
    opening = all(l.role == "furniture" for l in out)
    if _line_role(nxt.stripped) in ("abstract", "title") or _authors_follow(lines, nonblank, k):
        return k > 0 or len(s) < 0.8 * width
    if opening:
        return len(s) < 0.8 * width
    if prev is not None and prev.role == "body" and not ends_sentence(prev.text):
        return False
    return nxt.lead_space


def _authors_follow(lines: list[Line], nonblank: list[int], k: int) -> bool:
    """Whether the authors come next: marked names (许某 1，钟某 2), or bare ones or an institution
    just before the abstract (程某⏎【摘要】…, …课题组⏎内容摘要：…), as under an article's title."""
    nxt = lines[nonblank[k + 1]].stripped
    if _BYLINE.match(nxt):
        return True
    after = lines[nonblank[k + 2]].stripped if k + 2 < len(nonblank) else ""
    return bool(_NAMES.fullmatch(nxt) or _INSTITUTION.fullmatch(nxt)) and _line_role(after) == "abstract"
