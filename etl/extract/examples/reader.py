"""One sentence read for cases: its tokens, its mentions and clauses, and how its noun
phrases and lists run (A、B和C等城市: three items closed by 等, of the class 城市).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from etl.extract.examples.mentions import Mention
from etl.extract.examples.names import (
    COUNT, DATE, FOREIGN_ECONOMIES, PROVINCES, SKIP_WORDS, SUFFIX_END, governs, nounish,
)
from etl.text.pos import Token, tag

Span = tuple[int, int]
# the class named after 等 in "X、Y等城市": what kind of case the items are
_CLASSES = (
    r"(城市|重镇|都市|国家|地区|省份|经济体|国(?![内外际企有])|镇|(?<=等)地|企业|[房车药]企|公司|集团|品牌|港口|铁路|项目|工程|设施|集群|"
    r"园区|平台|机构|组织|战略|计划)"
)
CATEGORY = re.compile(r"(?:等|" + COUNT.pattern + r")(?![在向对于与将被把从到为])(?:[^，,。；;：:、]{0,10}?)" + _CLASSES)
# a list closed in speech by a demonstrative and its class (恒大、碧桂园这些房企, 万科、绿城这几家)
_THESE = re.compile(r"这(?:些|几[家个座]?|两[家个座])(?:[^，,。；;：:、]{0,6}?)" + _CLASSES)
CATEGORY_TYPES = {
    **dict.fromkeys("城市 重镇 都市 国家 地区 省份 经济体 国 镇 地".split(), "place"),
    **dict.fromkeys("企业 房企 车企 药企 公司 集团 品牌 平台 机构 组织".split(), "organisation"),
    **dict.fromkeys("港口 铁路 项目 工程 设施 集群 园区".split(), "project"),
    **dict.fromkeys("战略 计划".split(), "policy"),
}
GENERIC_CLASS = "other"  # the type of a class outside the vocabulary (等主场外交活动)
_KIND_OF_THING = re.compile(
    r"[^，,。；;、]{0,4}?(?:产业|行业|领域|产品|技术|设备|要素|业态|品类|材料|服务|环节|模式|方式|措施|问题|因素|部门)"
)
_SEPARATORS = frozenset({"、", "和", "及", "以及", "与", "或"})
_INSTRUMENT = frozenset({"借助", "依托", "依靠", "基于", "通过", "利用"})
_OWNS = re.compile(r"[^，,。；;、]{0,3}?(?:的|下属|旗下)|与|和")
# a place, then a quoted short name of something in it: the case is that thing (浙江“科技贷”,
# 柳港市老城区“西门里”片区), not a slogan or concept the place stands for (湖州“绿水青山就是金山银山”)
_LOCATES = re.compile(r"(?:本地|当地|[市省]|[^，,。；;、与和及]{0,3}?[区县镇乡村])?")
_SHORT_QUOTED = 6
_PRODUCT = ("贷", "保", "通", "码", "卡", "链")  # a named loan, insurance or platform (某市“助企贷”): the case itself
_WITHIN_PLACE = ("城区", "片区", "街道", "社区", "街区")  # a place within a city, whose quoted part is named (老城区“西门里”片区)
_WITHIN = ("", "市", "省")  # between a place and a place in it (柳港市老城区, 常州金坛区)
_RELATIVE = re.compile(r"[^，,。；;、]{0,8}?的")
SHORT_ITEM = 8  # a piece between 、 this short is an item whatever jieba makes of it (首尔/d)


def _lends_name(place: Mention, gap: str, quoted: Mention) -> bool:
    """Whether a quoted name after a place (``gap`` between them) is the case: a province's or a
    country's programme (浙江“科技贷”, 新加坡的“技能创前程”计划), a place within (老城区“西门里”片区), a
    named project or plan (某市“运河工坊”项目), a brand named after the place (丽水“丽水山耕”) or a
    product (某市“助企贷”); a city's or county's quoted practice (某县“小县大城”的做法, 合肥“以投促引”的
    经验) leaves the place the case."""
    name = place.name.rstrip("省市")
    within = place.name.endswith(_WITHIN_PLACE) or (len(gap.strip("的")) >= 2 and bool(_LOCATES.fullmatch(gap)))
    return (within or name in PROVINCES or name in FOREIGN_ECONOMIES or quoted.entity_type != "other"
            or name[-2:] in quoted.name or quoted.name.endswith(_PRODUCT))


def tag_between(text: str, cuts: Iterable[int]) -> list[Token]:
    """Tagged piecewise between cuts, so a cue never fuses with the name after it (如中)."""
    bounds = sorted({0, len(text), *cuts})
    if len(bounds) <= 2:
        return list(tag(text))
    return [
        Token(w, f, s + a, e + a)
        for a, b in pairwise(bounds)
        for w, f, s, e in tag(text[a:b])
    ]


@dataclass(slots=True)
class Reader:
    """The tokens, mentions and clauses of one sentence, and how its noun phrases run."""

    text: str
    tokens: list[Token]
    mentions: list[Mention]
    clauses: Sequence[Span]
    starts: list[int] = field(init=False)  # of the tokens, increasing: looked up by bisection
    by_start: dict[int, Mention] = field(init=False)  # the first mention starting at each position
    _subjects: list[tuple[int, Mention]] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.starts = [t.start for t in self.tokens]
        self.by_start = {}
        for m in self.mentions:
            self.by_start.setdefault(m.start, m)

    def index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def word_at(self, pos: int) -> str:
        k = self.index(pos)
        return self.tokens[k].word if k < len(self.tokens) else ""

    def word_before(self, pos: int) -> str:
        k = self.index(pos) - 1
        return self.tokens[k].word if k >= 0 else ""

    def mention_at(self, pos: int) -> Mention | None:
        return self.by_start.get(pos)

    def clause(self, pos: int) -> Span:
        return next((c for c in self.clauses if c[0] <= pos < c[1]), (pos, pos))

    def content_start(self, pos: int, instruments: bool = False) -> int:
        """Where a clause's content begins, past connectives, dates (and 借助/依托…)."""
        k = self.index(pos)
        while k < len(self.tokens) and not self.mention_at(self.tokens[k].start):
            t = self.tokens[k]
            skip = (
                t.word.isspace() or t.flag in {"c", "d", "t", "ad"} or t.word in SKIP_WORDS
                or (t.flag in {"m", "q"} and bool(DATE.match(t.word)))
                or (instruments and t.word in _INSTRUMENT)
            )
            if not skip:
                break
            k += 1
        return self.tokens[k].start if k < len(self.tokens) else len(self.text)

    def item(self, pos: int) -> Span:
        """The noun phrase starting at ``pos``; A的B and A下属B are one item."""
        k = self.index(pos)
        while k < len(self.tokens) and self.tokens[k].word in SKIP_WORDS:
            k += 1
        start = end = self.tokens[k].start if k < len(self.tokens) else pos
        while k < len(self.tokens):
            t = self.tokens[k]
            m = self.mention_at(t.start)
            if m:
                end, k = m.end, self.index(m.end)
            elif nounish(t) and not (k + 1 < len(self.tokens) and governs(t, self.tokens[k + 1])):
                end, k = t.end, k + 1
            elif t.word in {"的", "下属", "旗下"} and end > start:
                k += 1
            else:
                break
        return start, end

    def item_before(self, end: int, floor: int) -> int:
        """Start of the noun phrase that ends at ``end`` (not before ``floor``)."""
        k, start = self.index(end) - 1, end
        while k >= 0 and self.tokens[k].start >= floor:
            t = self.tokens[k]
            m = next((m for m in self.mentions if m.end == t.end and m.start < start), None)
            if m:
                start, k = m.start, self.index(m.start) - 1
            elif nounish(t) and not (k + 1 < len(self.tokens) and governs(t, self.tokens[k + 1])):
                start, k = t.start, k - 1
            elif t.word == "的" and start < end and k > 0 and nounish(self.tokens[k - 1]):
                k -= 1
            else:
                break
        return start

    def plain(self, start: int, end: int) -> bool:
        """No verb, preposition or function word in ``[start, end)`` (长/a 飞/n 光纤/n is plain;
        so is 东莞至惠州城际线)."""
        return not any(
            t.flag[0] in "vpcdru" and t.word != "至" for t in self.tokens[self.index(start):self.index(end)]
        )

    def split(self, start: int, end: int) -> list[Span]:
        """Whole items between separators in ``[start, end)``: 、 always, 和/及 between nouns."""
        cuts = [start]
        ks = range(self.index(start), self.index(end))
        for k in ks:
            t = self.tokens[k]
            joins_nouns = t.word in _SEPARATORS and t.flag in {"c", "p"} and k > ks.start and (
                nounish(self.tokens[k - 1]) or any(m.end == t.start for m in self.mentions))
            if t.word == "、" or joins_nouns:
                cuts += [t.start, t.end]
        cuts.append(end)
        spans = list(zip(cuts[::2], cuts[1::2], strict=True))
        return [(a + len(self.text[a:b]) - len(self.text[a:b].lstrip()), b) for a, b in spans if self.text[a:b].strip()]

    def enumeration(self, pos: int) -> tuple[list[Span], str | None]:
        """The list starting at ``pos`` and the class its 等 names (if any).

        Closed by 等 in the same clause, every piece up to 等 is an item; open, the
        list goes on only while the next item is named (A、B和C提出…).
        """
        first = self.item(pos)
        if first[1] <= first[0]:
            return [], None
        closers = list_closers(self, first[1], self.clause(first[0])[1])
        if closers and (self.word_at(first[1]) in _SEPARATORS or closers[0][0] == first[1]):
            closer, category = closers[0]
            sep = self.index(first[1])
            rest = self.split(self.tokens[sep].end, closer) if closer > first[1] else []
            return [first, *rest], category
        items = [first]
        while self.word_at(items[-1][1]) in _SEPARATORS:
            sep = self.tokens[self.index(items[-1][1])]
            nxt = self.item(sep.end)
            if nxt[1] <= nxt[0] or not self.head(nxt):
                break
            if sep.word == "与" and "的" in self.text[nxt[0]:nxt[1]]:
                items[-1] = (items[-1][0], nxt[1])  # 上海与西安的“东西联谊”: one case
            else:
                items.append(nxt)
        return items, None

    def counted_items(self, start: int) -> list[Span]:
        """The items a count announced, from ``start`` to the end of the clause (or 等): cut
        at 、, and at 和/及 only after a whole name (A集群和B集群), since a name may
        coordinate inside (超高清视频和智能家电集群)."""
        end = self.clause(start)[1]
        end = min([end, *(c for c, _ in list_closers(self, start, end))])
        cuts = [start]
        for t in self.tokens[self.index(start):self.index(end)]:
            if t.word == "、" or (t.word in _SEPARATORS and self.whole_name(cuts[-1], t.start)):
                cuts += [t.start, t.end]
        cuts.append(end)
        return [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True) if b - a >= 2]

    def whole_name(self, start: int, end: int) -> bool:
        """``[start, end)`` ends in a name suffix or is one named mention."""
        return bool(SUFFIX_END.search(self.text, start, end)) or any(
            m.named and (m.start, m.end) == (start, end) for m in self.mentions)

    def items_before(self, closer: int) -> list[Span]:
        """The items of a list that closes at ``closer``, read back to its start.

        Pieces between separators are items while they read as one noun phrase (or
        are as short as a name); the leftmost is cut where its noun phrase begins.
        """
        floor = self.clause(closer)[0] if closer > 0 else 0
        floor = max([floor, *(self.tokens[self.index(c)].end for c, _ in list_closers(self, floor, closer))])
        items: list[Span] = []
        for start, end in reversed(self.split(floor, closer)):
            whole = (
                self.item(start)[1] >= end
                or (start > floor and (end - start <= SHORT_ITEM or self.plain(start, end)))
                or (end - start <= SHORT_ITEM and self.plain(start, end))
            )
            if whole and (start > floor or self.content_start(floor) == start):
                items.insert(0, (start, end))
                continue
            start = self.item_before(end, start)
            if start < end:
                items.insert(0, (start, end))
            break
        return items

    def head(self, span: Span) -> Mention | None:
        """The case an item names: its first named mention, or what that one owns or locates
        (美国的太平洋战略 → 太平洋战略, A集团下属B公司 → B公司, 上海与西安的“东西联谊”, 浙江“科技贷”)."""
        inside = [m for m in self.mentions if span[0] <= m.start and m.end <= span[1] and m.named]
        if not inside:
            return None
        head = inside[0]
        for nxt in inside[1:]:
            gap = self.text[head.end:nxt.start]
            if nxt.form == "quote" and head.entity_type == "place" and not _lends_name(head, gap, nxt):
                break  # 某县“小县大城”的做法: the county is the case
            located = head.entity_type == "place" and (
                (nxt.form == "quote" and len(nxt.name) <= _SHORT_QUOTED and _LOCATES.fullmatch(gap))
                or (nxt.entity_type == "place" and gap in _WITHIN)  # 柳港市老城区: the place within
            )
            if not (located or _OWNS.fullmatch(gap)):
                break
            head = nxt
        return head

    def subject(self, clause_start: int) -> Mention | None:
        """The case a clause's content opens on (past connectives and dates), if one does."""
        at = self.content_start(clause_start)
        head = self.head(self.item(at))
        return head if head is not None and head.start == at else None

    def subjects(self) -> list[tuple[int, Mention]]:
        """Each clause that opens on a case: its start and that case (read once, asked by several rules)."""
        if self._subjects is None:
            self._subjects = [(start, head) for start, _ in self.clauses if (head := self.subject(start)) is not None]
        return self._subjects

    def governed(self, m: Mention) -> Mention:
        """A named modifier yields to the thing it describes (与A联合设立的B中心 → B中心)."""
        rel = _RELATIVE.match(self.text, m.end)
        if rel is None:
            return m
        after = self.mention_at(self.content_start(rel.end()))
        if after is None or after.form != "suffix" or after.end > self.clause(m.start)[1]:
            return m
        return Mention(after.start, after.end, after.name, after.entity_type, True, after.form)


def list_closers(r: Reader, start: int, end: int) -> list[tuple[int, str | None]]:
    """Where lists close in ``[start, end)`` and the class they name: the word 等 (not
    等待), a count that names its class (南沙、前海、横琴三大平台) or, in speech, a demonstrative
    that does (恒大、碧桂园这些房企). 等 before a noun outside the class vocabulary (等主场外交活动)
    names a generic class."""
    out = []
    for k in range(r.index(start), r.index(end)):
        t = r.tokens[k]
        if t.word in {"等", "等等"}:
            if _KIND_OF_THING.match(r.text, t.end):
                continue  # 动力电池、光伏组件等产业: kinds of things, not cases
            category = _category(r.text, t.start)
            if category is None and k + 1 < len(r.tokens) and nounish(r.tokens[k + 1]):
                category = GENERIC_CLASS
            out.append((t.start, category))
        elif COUNT.fullmatch(t.word) and (category := _category(r.text, t.start)):
            out.append((t.start, category))
        elif t.word.startswith("这") and k and r.tokens[k - 1].end == t.start and (these := _THESE.match(r.text, t.start)):
            out.append((t.start, CATEGORY_TYPES[these.group(1)]))
    return out


def _category(text: str, closer: int) -> str | None:
    m = CATEGORY.match(text, closer)
    return CATEGORY_TYPES[m.group(1)] if m else None
