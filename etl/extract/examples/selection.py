"""Which mentions of a sentence are cases: the items a cue introduces, the names of a
closed list that is a clause's subject, and the companies and projects a story is told of.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from etl.extract.cues import MODAL
from etl.extract.examples.cues import LAUNCHED, NAMING_CLASS, OWN_STRATEGY, OWN_WAY, PILOTS, STORY_MARKERS, YEAR, Cue
from etl.extract.examples.mentions import PERSON_AFTER, TITLES, Mention
from etl.extract.examples.names import (
    DATE, FOREIGN_ECONOMIES, NOT_IN_NAMES, PERSON_FLAGS, PROPER_FLAGS, REGISTERED, SUFFIX_END, SUFFIX_KIND, made_up,
    nounish,
)
from etl.extract.examples.reader import (
    CATEGORY, CATEGORY_TYPES, GENERIC_CLASS, SHORT_ITEM, Reader, Span, list_closers,
)


_STATISTICAL_DOC = re.compile(r"(?:公报|年鉴|统计数据|统计资料)$")
_ENACTED = re.compile(r"印发|出台|发布|颁布|贯彻|执行|用好|实施以来|遵守|遵循|参照|按照|依照|对照")
_SOURCED = re.compile(r"(?:来源|来自|源于|根据|依据|引自|参见|据)[^，,。；;]{0,30}$")
# where a case acts (在X设厂, 出口X) is no case; whom it acts with (与X合作) is one only
# in a story, since 加强与X、Y等城市的合作 lists partners to be
_LOCATIVE = frozenset({"在", "到", "向", "往", "于", "至", "赴", "进入", "出口"})
_PARTNER = frozenset({"与", "同", "和", "对"})
_JOINTLY = re.compile(r"\s*(?:已|还|将|正|也)?(?:携手|共同|联合|联手|一起|一道|合作)")
_SAYS = re.compile(r"(?:[（(][^）)]{1,12}[）)])?[^，,。；;（(]{0,5}?(?:预测|预计|指出|认为|表示|发布|报告|数据|统计|称|估计|测算|显示|研究)")
_MODAL = re.compile(r"(?:也|还|更|亦)?(?:可|应|要|需|必须|宜)")
_PUBLISHER = re.compile(r"编辑部|杂志社|期刊社|报社|编委会|编辑委员会")
# an organisation followed by someone's post in it is their affiliation (青澜大学法学院副教授王某,
# 某某大学地理与规划学院王某教授)
_POST = re.compile(rf"[^，,。；;、]{{0,14}}?副?(?:{TITLES})")
# a firm's head telling its situation (某某有限公司董事长张某反映，…): the firm is the case told
_SPEAKS_FOR = re.compile(rf"(?:党委书记、)?副?(?:{TITLES})[\u4e00-\u9fff]{{2,3}}(?:反映|介绍|坦言|谈到|说|表示)")
# a company that invests or builds somewhere (华为在匈牙利设立…, 宁德时代在德国建设…): a case told
# as a story even without 公司 or 集团; ``tail`` is the rest of a name jieba cut in two (宁德/时代)
_INVESTS = re.compile(
    r"(?P<tail>[\u4e00-\u9fff]{0,2}?)(?:已|已经|先后|还|也|又|率先)?(?:在[^，,。；;在]{1,12}?)?"
    r"(?:投资|建设|设立|建立|新建|建成|开设|布局|收购|并购|入股|控股|落户)"
)
_COMPANY_FLAGS = frozenset({"nr", "nrt", "nz", "nt", "eng"})  # not places (ns) nor abbreviations (j)
_PUNCT = re.compile(r"[，,。；;、：:]")
_ADMINISTRATIVE = ("市", "县", "省", "区", "镇", "乡", "村")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,10}")
# a province before the county or city it holds (陕西省岐塬县, 广西壮族自治区某县)
PROVINCE = re.compile(r"(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,5}自治区)(?=[\u4e00-\u9fff]{2})")
# firms or projects a place brought in (先后引入X、Y等项目, 吸引了X、Y等企业): named, they are its cases
_ATTRACTED = re.compile(r"(?:引入|引进|吸引|招引|集聚|聚集|落户|培育出|孵化出|涌现出)了?\s*$")
SEGMENT_END = re.compile(r"[；;。！？]")  # where a segment of clauses ends
_GOES_ON = re.compile(r"(?:的做法|的经验)?(?:则|也|同样|亦)")  # …。新加坡则…, 汉堡港也…


@dataclass(frozen=True, slots=True)
class Found:
    mention: Mention
    marker: str | None
    confidence: float
    cue_start: int | None


def _whole_foreign_name(r: Reader, span: Span, head: Mention | None) -> Mention | None:
    """A short item whose name jieba broke up, proper nouns on both sides of the break
    (波兰/ns 马拉/nr 舍/v 维奇/nrt): the item is the name."""
    if head is None or head.start != span[0] or head.end >= span[1] or span[1] - span[0] > SHORT_ITEM:
        return head
    rest = r.tokens[r.index(head.end):r.index(span[1])]
    if not any(t.flag in PROPER_FLAGS for t in rest) or any(t.word in NOT_IN_NAMES for t in rest):
        return head
    return replace(head, end=span[1], name=r.text[head.start:span[1]])


def _coined(r: Reader, span: Span) -> bool:
    """A short item holding a word no dictionary knows (织云/科技) or split into odd pieces
    (拼/v 多多/m, 零/m 跑/v): a brand or a place name."""
    tokens = r.tokens[r.index(span[0]):r.index(span[1])]
    odd = len(tokens) >= 2 and all(len(t.word) <= 2 and not DATE.match(t.word) for t in tokens) and any(
        len(t.word) == 1 and t.flag[0] in "vadm" for t in tokens)
    return span[1] - span[0] <= SHORT_ITEM and (odd or any(made_up(t) and t.flag not in PERSON_FLAGS for t in tokens))


def _item_cases(r: Reader, items: list[Span], category: str | None) -> list[Mention]:
    """The case of each item of a list that names cases: its named head or, when 等+class
    vouches for the list, the item itself (金意陶 beside 美的、碧桂园). A generic class
    (等主场活动) vouches only for a list whose items are mostly named."""
    heads = [_whole_foreign_name(r, span, r.head(span)) for span in items]
    named = sum(h is not None for h in heads)
    vouched = category is not None and (category != GENERIC_CLASS or 2 * named > len(items))
    if not named and vouched and category != GENERIC_CLASS and 2 * sum(_coined(r, span) for span in items) > len(items):
        named = len(items)  # 像织云科技、精匠云这样的平台: brands jieba mostly does not know, vouched for by their class
    if not named or (not vouched and 2 * named <= len(items) and len(items) > 1):
        return []  # 如交通设施、油气管道、输电网…: a list of kinds, not of cases
    out = []
    for span, head in zip(items, heads):
        whole = head is not None and (head.start, head.end) == span
        text = r.text[span[0]:span[1]]
        suffix = SUFFIX_END.search(text) if category == GENERIC_CLASS and "的" not in text else None
        if head is not None and suffix is not None:
            # 分别是苏锡通生物医药和高端医疗器械集群: a listed name keeps its whole length
            out.append(Mention(*span, text, SUFFIX_KIND[suffix.group()], True, "suffix"))
        elif head is not None and category not in {None, "place"} and head.entity_type == "place" \
                and not (whole and category == GENERIC_CLASS):
            # 东莞至惠州城际线等项目, 浦江精神等活动: the place only locates the case
            out.append(Mention(*span, r.text[span[0]:span[1]], category, True, "item"))
        elif head is not None and category not in {None, GENERIC_CLASS} and head.form == "proper":
            out.append(Mention(head.start, head.end, head.name, category, True, "proper"))
        elif head is not None:
            out.append(head)
        elif vouched and span[1] - span[0] >= 2:
            out.append(Mention(*span, r.text[span[0]:span[1]], category, True, "item"))
    return out


def _framed(r: Reader, cue: Cue) -> list[Mention]:
    """以X为例 and 像X这样的城市 frame one case or a list of them, 以X、Y为代表的企业 several; an unnamed X
    counts only when the class after it vouches for it (像合肥这样的城市, not 以制造业为例)."""
    after = CATEGORY.match("等" + r.text[cue.frame[1]:cue.frame[1] + 16].lstrip("为代表这样一那的"))
    category = CATEGORY_TYPES[after.group(1)] if after and cue.marker != "以…为例" else None
    items = r.split(*cue.frame)
    if cue.marker == "以…为代表":
        return _item_cases(r, items, category)
    listed = len(items) > 1 and not any("的" in r.text[a:b] for a, b in items)
    if listed and (len(cases := _item_cases(r, items, category)) == len(items) or cue.marker == "像"):
        return cases  # 以杭州、宁波为例: each item a case (以中国与东盟的合作为例 is one topic)
    quoted = [m for m in r.mentions if m.form == "quote" and cue.frame[0] <= m.start < cue.frame[1]]
    if quoted and cue.marker == "以…为例":  # 以本地生活平台“某某到家”为例: the quoted name, not its class,
        return [replace(quoted[-1], named=True)]  # however often the article quotes it
    head = r.head(cue.frame)
    whole = r.text[slice(*cue.frame)]
    if head is not None and cue.marker == "以…为例" and len(whole) <= 16 and not _PUNCT.search(whole):
        if suffix := SUFFIX_END.search(whole):
            return [Mention(*cue.frame, whole, SUFFIX_KIND[suffix.group()], True, "suffix")]
        if whole.endswith(_ADMINISTRATIVE) and _HAN.fullmatch(whole):
            # 以四川省某某县为例: the county, which jieba may cut as 某某/ns 县/n
            start = cue.frame[0] + len(province.group()) if (province := PROVINCE.match(whole)) else cue.frame[0]
            return [Mention(start, cue.frame[1], r.text[start:cue.frame[1]], "place", True, "suffix")]
    if head is None and cue.marker in ("以…为例", "取经") and _coined(r, cue.frame):
        kind = "place" if whole.endswith(_ADMINISTRATIVE) else "other"  # 以启澜汽车为例, 以青澜市为例: names no dictionary knows
        return [Mention(*cue.frame, whole, kind, True, "item")]
    if head is not None or category is None:
        return [head] if head is not None else []
    return [Mention(*cue.frame, r.text[slice(*cue.frame)], category, True, "item")]


def cued_cases(r: Reader, cue: Cue) -> list[tuple[Mention, float]]:
    """Cases a cue before them introduces.

    A story cue (如, 例如 …) also covers the clauses after it: their named subjects
    (如A提出…，B着力…) and, where the subject is left out (如，基于X，发起Y), the
    named organisations and projects they act on.
    """
    if cue.frame:
        return [(m, 0.9) for m in _framed(r, cue)]
    if cue.counted:
        return [(m, 0.9) for m in _item_cases(r, r.counted_items(r.content_start(cue.end)), GENERIC_CLASS)]
    items, category = r.enumeration(r.content_start(cue.end))
    if cue.marker == "包括" and len(items) < 2:
        return []  # 包括 mostly lists tasks (包括提升…); a case list has several names
    cases = _item_cases(r, items, category)
    out = [(m, 0.9) for m in cases]
    if cue.marker not in STORY_MARKERS:
        return out
    with_subject = {r.clause(cue.end)[0]} if cases else set()
    for start, _ in r.clauses:
        if start > cue.end:
            items, category = r.enumeration(r.content_start(start))
            cases = _item_cases(r, items, category) if items and (category or r.head(items[0])) else []
            out += [(m, 0.8) for m in cases]
            if cases:
                with_subject.add(start)
    for m in r.mentions:
        typed = m.form in {"suffix", "doc"} or (m.form == "quote" and m.entity_type != "other")
        if m.start < cue.end or not (m.named and typed) or r.clause(m.start)[0] in with_subject:
            continue  # 成都提出建设X: X is what the case plans, not another case
        governed = r.governed(m)
        if governed is not m or r.word_before(m.start) not in _LOCATIVE or m.entity_type == "organisation":
            out.append((governed, 0.7))
    return out


def listed_cases(
    r: Reader, cues: list[Cue], story_from: int, frequent: Callable[[str], bool],
) -> list[tuple[Mention, float, bool]]:
    """Cases in closed lists (X、Y等城市) that are a clause's subject or stand in a cue's
    scope; the article's own subject among them (本市、X、Y等城市都…) compares, it is no case."""
    out = []
    for closer, category in list_closers(r, 0, len(r.text)):
        items = r.items_before(closer)
        if not items:
            continue
        first = items[0][0]
        clause = r.clause(first)
        in_scope = first >= story_from or any(c.end <= first < r.clause(c.end)[1] for c in cues if not c.frame)
        subject = r.content_start(clause[0]) == first
        attracted = category in ("organisation", "project") and bool(_ATTRACTED.search(r.text, clause[0], first))
        if len(items) < 2 or not (in_scope or subject or attracted) or r.word_before(first) in _LOCATIVE | _PARTNER:
            continue
        if subject and not in_scope and MODAL.search(r.text, closer, clause[1]):
            continue  # 郑州、西安等城市应当…: those told what to do, not cases
        cases = _item_cases(r, items, category)
        if category is None and len(cases) < len(items):
            continue
        out += [(m, 0.8 if in_scope else 0.6, in_scope) for m in cases if not frequent(m.name)]
    return out


def told_cases(r: Reader, frequent: Callable[[str], bool]) -> list[Mention]:
    """Story form: a named company, park or project heading its clause (…下属B公司近年来…),
    unless it is the article's own subject or what follows makes it none (:func:`_no_case_after`);
    a partner it acts jointly with (A与B携手…) too."""
    out = []
    for start, _ in r.clauses:
        head = r.head(r.item(r.content_start(start, instruments=True)))
        if head is not None and head.form == "proper" and not frequent(head.name):
            head = _investor(r, head)
        if (head is not None and head.form == "suffix" and head.named and head.entity_type != "policy"
                and not frequent(head.name) and not _no_case_after(r, head)):
            out.append(head)
            joint = r.word_at(head.end)
            partner = r.mention_at(r.content_start(head.end + len(joint))) if joint in _PARTNER else None
            if partner is not None and partner.named and _JOINTLY.match(r.text, partner.end):
                out.append(partner)
    return out


# a quoted short name a named case launched or owns (宁德时代的“麒麟电池”, 比亚迪推出的“刀片电池”), one
# a class word before it names (连锁超市“鲜邻生活”), or one a class noun after it types as a programme,
# brand or site that an act brought about (实施的“家电下乡”政策, 组建“岚通”共同配送中心)
_OWNED_BY = re.compile(rf"{LAUNCHED}的$")
_ACTED = re.compile(rf"{LAUNCHED}[了的]?$")
_PRACTICE = re.compile(r"的?(?:做法|模式|经验|举措|路径|思路|理念|改革|探索|实践)")  # A的“B”做法: the case is A
_NAMED_BY_CLASS = re.compile(rf"{NAMING_CLASS}$")
_PROGRAMME = re.compile(r"[^，,。；;、“”]{0,6}?(?:品牌|基地|中心|驿站|项目|工程|计划|政策|行动|运动|提案|法案|进程|试点|联赛)")
_PROGRAMME_NAME = re.compile(r"(?:法|法案|计划|改革|提案|工程|行动|运动|制度)$")  # a quoted name that is a programme
_NOT_ONE_NAME = re.compile(r"[、，,+＋]")  # 线上下单、线下体验; 母基金+子基金: a formula, not a name
_SHORT_NAME = 8
_TITLE_NAME = re.compile(r"[^，,。；;：:“（(]{2,16}(?=[：:“（(])")  # a case box's name before its title
_SUBJECT_CLASSES = frozenset({"品牌", "平台"})  # class words that are as often the subject of a quoted predicate


def quoted_cases(r: Reader, frequent: Callable[[str], bool], proposed: list[Span]) -> list[Mention]:
    """Short “quoted names” that a named owner, a class word or a programme noun marks as a case;
    none inside a proposal (``proposed``: 要打造“X”品牌 is yet to be done)."""
    out = []
    for m in r.mentions:
        if (m.form != "quote" or not m.named or len(m.name) > _SHORT_NAME or _NOT_ONE_NAME.search(m.name)
                or frequent(m.name) or any(s <= m.start < e for s, e in proposed)):
            continue
        clause = r.clause(m.start)[0]
        owner = _OWNED_BY.search(r.text, clause, m.start)
        owned = owner is not None and any(
            (o.named or o.form == "suffix") and o.end == owner.start() for o in r.mentions if o.form != "quote")
        closing = r.text.find("”", m.start) + 1
        typed = bool(_ACTED.search(r.text, clause, m.start)) and bool(
            _PROGRAMME.match(r.text, closing) or _PROGRAMME_NAME.search(m.name))  # 推出“X”计划, 通过了“骑手法”
        by_class = _NAMED_BY_CLASS.search(r.text, clause, m.start)
        if by_class and by_class.group() in _SUBJECT_CLASSES and not _modified(r, by_class.start()):
            by_class = None  # 让品牌“扎根”, 政府“点菜”、平台“买单”: what the class does, no name
        if (owned or typed or by_class) and not _PRACTICE.match(r.text, closing):
            out.append(m)
    return out


def _modified(r: Reader, pos: int) -> bool:
    """Whether a noun qualifies the class word at ``pos`` (咖啡品牌, 生活服务平台)."""
    k = r.index(pos) - 1
    return k >= 0 and nounish(r.tokens[k])


def registered_cases(r: Reader, frequent: Callable[[str], bool]) -> list[Mention]:
    """Names registered with a legal form (…发展有限公司, …专业合作社), wherever a story tells them:
    as partner, founded, contracted with (与X有限公司合作, 成立X专业合作社, 流转给X有限公司)."""
    return [
        m for m in r.mentions
        if m.form == "suffix" and m.named and REGISTERED.search(m.name) and not frequent(m.name)
        and (not _no_case_after(r, m) or _SPEAKS_FOR.match(r.text, m.end))
    ]


# a subject, then the year it acted (湖州于2022年出台…, 新加坡自2016年起实施…, 美团2021年公开…)
_DATED = re.compile(
    r"\s*(?:则|也|还|早在|已经?|率先)?\s*(?:于|自|从|在)?" + YEAR
    + r"(?:\s*\d{1,2}\s*月)?(?:起|以来|开始|底|初|末)?\s*(?:就|便|即|已经?|先后|率先|正式|首次|又|突然|相继|陆续|再次)?\s*"
)
# a subject introduced where it lies (上坪村位于枫岭乡), building on its own strengths or ahead of others
# (深圳依托…, 山东较早启动…, 浙江在这方面走在前面, 青岛是全国最早探索…的城市, 义乌作为…的发源地)
_LEADS = re.compile(
    r"\s*(?:则|也|还|已经?|更是?)?\s*(?:(?:依托|借助|凭借|依靠)(?!于)|(?:较早|率先|最早|先行)(?=[\u4e00-\u9fff])"
    r"|位于|地处|在[^，,。；;]{0,6}?走在了?(?:全国)?前(?:面|列)"
    r"|(?:是|作为)[^，,。；;]{0,16}?(?:最早|最大|最高|最多|最活跃|首个|首家|首批|第一个|第一批|发源地)"
    r"|" + OWN_STRATEGY + "|" + OWN_WAY + ")"
)


def acting_subjects(r: Reader, frequent: Callable[[str], bool]) -> list[Mention]:
    """A story's named subjects told acting: in a given year (日本于2000年实施…), launching something of
    their own (南京推行“时间银行”), on their own strengths (合肥、芜湖借助…) or ahead of others
    (山东较早启动…): concrete cases."""
    out = []
    for _, head in r.subjects():
        heads = [head]
        if r.word_at(head.end) == "、":  # 成都、西安则依托…
            items, _ = r.enumeration(head.start)
            heads = [h for h in map(r.head, items) if h is not None]
        if any(frequent(h.name) or h.entity_type == "policy" for h in heads):
            continue
        if _LEADS.match(r.text, heads[-1].end) or _dated(r, heads[-1].end) or _launches(r, heads[-1]):
            out += heads
    return out


_AT = re.compile(r"\s*在")
_SITE = re.compile(r"(?:港|口岸|开发区|新区|片区|园区|保税区|自贸区|试验区|示范区|基地)$")


def localed_cases(r: Reader, frequent: Callable[[str], bool]) -> list[Mention]:
    """A named port, zone or park a clause of its own sets the scene in (在深圳蛇口港，“抵港直装”模式使…;
    在海南洋浦经济开发区，…): what follows is told of it, a concrete case (在美国，… only sets a country)."""
    out = []
    for start, end in r.clauses[:-1]:  # the last clause has nothing after it to tell
        at = _AT.match(r.text, r.content_start(start))
        if at is None:
            continue
        head = r.head(r.item(at.end()))
        if (head is not None and head.named and (head.form == "suffix" or _SITE.search(head.name))
                and head.entity_type in ("place", "project") and head.end == end and not frequent(head.name)):
            out.append(head)
    return out


# a peer set beside the article's own subject (…，经济实力均强于澄南区), or a figure lying between two
# (资产规模介于临江城投与澄北国投之间)
_COMPARED = re.compile(r"(?:强于|弱于|优于|好于|差于|高于|低于|不及|领先于?|落后于?)")
_BETWEEN = re.compile(r"介于([^，,。；;]{2,16}?)(?:与|和)([^，,。；;]{2,16}?)之间")
_NEAR = 4  # characters at most between a comparison word and the subject it compares with


def compared_cases(r: Reader, frequent: Callable[[str], bool]) -> list[Mention]:
    """Peers of the article's own subject: a named place or firm heading a clause, in a segment that
    compares it with that subject (相邻的澄北区实现…，经济与财政实力均强于澄南区), and the named peers a
    figure lies between (介于A与B之间): the cases a rating or an evaluation benchmarks against."""
    out = []
    for word in _COMPARED.finditer(r.text):
        if not any(0 <= m.start - word.end() <= _NEAR and frequent(m.name) for m in r.mentions):
            continue
        out += [head for start, head in r.subjects() if head.named and head.end <= word.start()
                and not frequent(head.name) and not SEGMENT_END.search(r.text, head.end, word.start())]
    for between in _BETWEEN.finditer(r.text):
        out += [m for m in r.mentions if between.start(1) <= m.start and m.end <= between.end(2)
                and m.named and not frequent(m.name)]
    return out


# an unnamed member of a named place, the place's own subdivisions between (南沅市一家食品企业, 临泽市
# 丰禾县一家医院, 某市某区一家面馆, 梧阳市某职业培训学校): a concrete case the text keeps anonymous
_MEMBER = re.compile(
    r"(?P<within>[市省]?(?:(?:(?!一|某)[\u4e00-\u9fff]){2,4}?[县区市镇乡村])?)(?:某[区县镇乡村])?(?:一[家个座所]|某(?![些种类地]))"
)


def anonymous_cases(r: Reader, frequent: Callable[[str], bool]) -> list[Mention]:
    """A named place one of whose firms, projects or institutions a clause tells of as its subject,
    unnamed: the case goes by the place and the subdivision named after it (安澜/nrfg 市石埠区一家 →
    安澜市石埠区); where one works or whom one deals with (在上海一家企业工作, 收购德国一家公司) is no case."""
    out = []
    for m in r.mentions:
        subject = m.named and m.form != "quote" and r.content_start(r.clause(m.start)[0]) == m.start
        member = _MEMBER.match(r.text, m.end) if subject else None
        within = member.group("within") if member else ""
        if member is None or frequent(m.name) or not (m.entity_type == "place" or within[:1] in ("市", "省")):
            continue
        out.append(replace(m, end=m.end + len(within), name=m.name + within, entity_type="place"))
    return out


# a place that launches or pilots something of its own (南京推行“时间银行”, 白沙县探索了…模式, 上海组建…)
_LAUNCHES = re.compile(
    r"\s*(?:则|也|还|已经?|先后|率先|积极|大力|着力)?\s*(?:去年|今年|近年来|此前)?\s*"
    r"(?:在[^，,。；;在]{1,20}?(?:中|时|领域|方面)\s*)?" + PILOTS  # 江屿市去年在工程领域试行…
)


def _launches(r: Reader, head: Mention) -> bool:
    return head.form == "proper" and head.entity_type == "place" and bool(_LAUNCHES.match(r.text, head.end))


def _dated(r: Reader, pos: int) -> bool:
    """A year, then a verb or preposition (于2022年出台…, 2021年起对…)."""
    dated = _DATED.match(r.text, pos)
    if dated is None:
        return False
    k = r.index(dated.end())
    return k < len(r.tokens) and r.tokens[k].start == dated.end() and r.tokens[k].flag[0] in "vp"


@dataclass(frozen=True, slots=True)
class SectionCase:
    """The name a section's heading opens on; ``listed``: followed by a security code (688371.SH)."""

    name: str
    listed: bool


def opening_case(
    r: Reader, frequent: Callable[[str], bool], heading: str, only: SectionCase | None = None
) -> list[Mention]:
    """The named place or organisation a case section's paragraph opens on, as its subject
    (深圳是…, 陕西武功县依托…); a name the article keeps using counts when the section's
    headings name it (（一）深圳：以“统租运营”推进…, 案例一 某村：… > 【基本情况】). ``only``: the name the heading opens on, which
    outside a section that sets out cases is one when it is an organisation's (（二）某交易所：…), or
    a listed company's, however jieba cuts it (4.1 某某智能（688371.SH）：…, a company profiled); a
    section headed by a place (（一）江苏：…) compares regions rather than tells cases."""
    at = r.content_start(r.clauses[0][0], instruments=True) if r.clauses else 0
    if only is not None and only.listed and r.text.startswith(only.name, at):
        return [Mention(at, at + len(only.name), only.name, "organisation", True, "proper")]
    head = r.head(r.item(at))
    unnamed = head is None or head.form == "doc" or (head.form == "quote" and head.entity_type == "other")  # “95后”
    if (unnamed or head.start != at or head.entity_type == "policy"
            or (frequent(head.name) and head.name not in heading)
            or (only is not None and (head.name != only.name or head.entity_type != "organisation"))):
        return []
    return [] if _no_case_after(r, head) else [head]


def boxed_case(r: Reader, at: int) -> list[Mention]:
    """The named case a case's own heading opens on at ``at`` (【案例二】某县：…, 【案例】“某某优选”：…),
    however often the article names it: the box is about it. Its name runs up to the title's colon
    or quote (【案例】某湾热电厂：… is the plant, not the place)."""
    head = r.head(r.item(at)) or next(  # a phrase run over the label (案例二/n 某县…) starts at the title
        (replace(m, start=at, name=r.text[at:m.end]) for m in r.mentions if m.start < at < m.end), None)
    if head is None or head.start != at or not (head.named or head.form == "quote") or head.entity_type == "policy":
        return []
    title = _TITLE_NAME.match(r.text, at)
    if head.form == "quote" or title is None or title.end() < head.end:
        return [head]
    suffix = SUFFIX_END.search(title.group())
    kind = SUFFIX_KIND[suffix.group()] if suffix else head.entity_type
    return [Mention(at, title.end(), title.group(), kind, True, "suffix")]


def _no_case_after(r: Reader, head: Mention) -> bool:
    """What follows a clause's named subject makes it no case: it is told what to do (也可效仿…),
    quoted as a source (世界银行预测…) or someone's affiliation (X大学教授王某)."""
    return any(p.match(r.text, head.end) for p in (_MODAL, _SAYS, _POST))


def _investor(r: Reader, head: Mention) -> Mention | None:
    """A proper name that is no place, investing or building somewhere, as an organisation
    with the rest of its name (宁德/nr 时代 在德国建设… → 宁德时代)."""
    invests = _INVESTS.match(r.text, head.end)
    last = r.tokens[r.index(head.end) - 1]
    if invests is None or last.flag not in _COMPANY_FLAGS or PERSON_AFTER.match(r.text, head.end):
        return None
    end = invests.end("tail")
    return Mention(head.start, end, r.text[head.start:end], "organisation", True, "suffix")


# a policy document by its title: 《关于…的意见》, and with its issuers first (《中共中央 国务院关于…》)
_HOME_POLICY = re.compile(r"(?:[\u4e00-\u9fff]{2,12}[\s、]*){0,3}?关于")


def background(r: Reader, doc: Mention) -> bool:
    """A document the figures come from (数据来源于《…报告》, 历年《…统计公报》) is a source, and a
    policy issued, carried out or complied with (国务院印发《…》, 《(中共中央 国务院)关于…的意见》, …相继出台, 贯彻《…》, 遵守《…法》) is the
    background the article works in: neither is a case (欧盟通过了《…指令》 is one)."""
    start, end = r.clause(doc.start)
    around = r.text[start:doc.start] + r.text[doc.end:end]
    abroad = any(m.name in FOREIGN_ECONOMIES for m in r.mentions if start <= m.start < doc.start)
    if _PUBLISHER.match(r.text, doc.end):
        return True  # 《某某经济》编辑部: the journal's office, an organiser, not a work cited
    return bool(_STATISTICAL_DOC.search(doc.name) or _SOURCED.search(r.text, start, doc.start)
                or _HOME_POLICY.match(doc.name) or (_ENACTED.search(around) and not abroad))


def set_against(r: Reader, frequent: Callable[[str], bool], story: bool) -> list[Mention]:
    """Named cases heading a clause with 则, set against the one before ("…；东莞则走出了另一条路"),
    and, right after a story was told, the sentence's opening case going on with 也/同样
    ("如鹿特丹港，…。新加坡则依托港口…", "汉堡港也…")."""
    out = []
    for start, head in r.subjects():
        if not head.named or frequent(head.name):
            continue
        goes_on = _GOES_ON.match(r.text, head.end)
        if goes_on and (goes_on.group().endswith("则") or (story and start == r.clauses[0][0])):
            out.append(head)
    return out
