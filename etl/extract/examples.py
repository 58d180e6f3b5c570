"""Example records: the named, concrete cases an article cites as evidence.

A case is recognised by how policy prose offers it, not by a list of names:

* a cue before it — 如/例如/比如/譬如/诸如/像/包括, 学习/借鉴…经验 — covering the
  enumeration right after the cue and, for the story cues (如, 例如 …), the subjects
  and named organisations of the clauses that follow; 以…为例 frames one name;
* a cue after it — …就是一个典型例子;
* a count that announces its items — 占3个，分别是A、B和C; 两个新区，即A和B;
* an enumeration closed by 等 (+ a class of cases: 城市, 国家, 企业, 港口 …, or any
  class phrase when most items are named: 等主场活动) that is a clause's subject
  (X、Y等城市也面临…), not an object (进入X、Y等国家), leaving out the article's own subject;
* a story: a named company, park or project that is the subject of its clause, and the
  partner it acts with (A与B携手…);
* a 《document》 the article cites the first time (not one it takes figures from).

A name defined with an alias (…有限公司（以下简称Y）) goes by Y, as the article does.

A mention is *named* when it holds a proper noun (jieba ns/nt/nz/nr/j, Latin), a
legal form (有限公司) or a bilateral dash (中国—东盟); generic nouns (企业, 城市,
交流平台) never are, and neither are the quoted concepts an article keeps repeating.

    >>> from etl.text.parse import parse_article
    >>> article = parse_article("不少城市重新定位，如泉州提出建设先行区，郑州提出打造交通枢纽。\\n")
    >>> [(e.name, e.entity_type, e.marker) for e in extract(article)]
    [('泉州', 'place', '如'), ('郑州', 'place', '如')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from etl.extract.cues import MODAL, QUESTION
from etl.extract.grounding import ground
from etl.text.article import Article, Sentence
from etl.text.clauses import clauses
from etl.text.pos import Token, known, tag
from models.records import Example

Span = tuple[int, int]

# --- vocabulary -----------------------------------------------------------------------

_PROPER_FLAGS = frozenset({"ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "eng"})
_PERSON_FLAGS = frozenset({"nr", "nrfg"})
# endings of one-word event names (世博会, 广交会, 服贸会): the word alone is a name
_EVENT_ABBREVIATIONS = ("博会", "交会", "贸会", "运会")
# a trade word after a brand (瑞锂化工, 华岭电器, 丰益国际) ends a company's name where the noun
# phrase ends (not 汀州国际陆港)
_TRADE_WORDS = "化工 电器 家居 重工 智造 药业 电子 国际"
_TRADE = frozenset(_TRADE_WORDS.split())
# name endings that make a noun phrase a company, park, project, event or programme
_SUFFIX_TYPES: tuple[tuple[str, str], ...] = tuple(
    (suffix, kind)
    for kind, words in (
        ("organisation", ("股份有限公司 有限责任公司 有限公司 公司 集团 银行 基金 学院 大学 研究院 研究所 "
                          "中心 联盟 协会 商会 组织 交易所 平台 实验室 " + _TRADE_WORDS)),
        ("place", "新区 开发区 工业区 高新区 自贸区 自由贸易区 自由贸易试验区 保税区 试验区 示范区 先行区 特区 村 街区"),
        ("project", ("产业园区 工业园区 科技园区 合作园区 物流园区 园区 产业园 工业园 科技园 创新园 物流园 合作区 服务区 基地 口岸 "
                     "项目 工程 铁路 高铁 高速公路 高速 地铁 港口 机场 班列 班车 线路 航线 走廊 通道 大桥 管道 信息港 集群 "
                     "商贸城")),
        ("other", "博览会 交易会 展览会 论坛 " + " ".join(_EVENT_ABBREVIATIONS)),
        ("policy", "计划 战略 规划 方案 倡议 纲要"),
    )
    for suffix in words.split()
)
_SUFFIX_KIND = dict(_SUFFIX_TYPES)
_SUFFIX_END = re.compile("(?:" + "|".join(sorted(_SUFFIX_KIND, key=len, reverse=True)) + ")$")
_DESCRIPTORS = ("企业", "公司", "厂商", "龙头", "巨头")  # a class word before a name (龙头企业X集团)
_ONE_CHAR_SUFFIXES = {"港": "project", "馆": "project", "园": "project"}
# a village is named (塘约村, 华西村/ns, 小岗村/nr) unless the word is a kind of village (新型农村/nz)
_GENERIC_VILLAGE = re.compile("(?:农|乡|山|渔|城中|行政|自然|贫困|示范|专业|重点|富裕|空心)村$")
# the class named after 等 in "X、Y等城市": what kind of case the items are
_COUNT = re.compile(r"(?:[两二三四五六七八九十]|\d+)(?:个|大|座|家|条|项|所)")
_CATEGORY = re.compile(
    r"(?:等|" + _COUNT.pattern + r")(?![在向对于与将被把从到为])(?:[^，,。；;：:、]{0,10}?)"
    r"(城市|重镇|都市|国家|地区|省份|经济体|国(?![内外际企有])|镇|(?<=等)地|企业|公司|集团|品牌|港口|铁路|项目|工程|设施|园区|平台|机构|组织|战略|计划)"
)
_CATEGORY_TYPES = {
    **dict.fromkeys("城市 重镇 都市 国家 地区 省份 经济体 国 镇 地".split(), "place"),
    **dict.fromkeys("企业 公司 集团 品牌 平台 机构 组织".split(), "organisation"),
    **dict.fromkeys("港口 铁路 项目 工程 设施 园区".split(), "project"),
    **dict.fromkeys("战略 计划".split(), "policy"),
}
_STATISTICAL_DOC = re.compile(r"(?:公报|年鉴|统计数据|统计资料)$")
_SOURCED = re.compile(r"(?:来源|来自|源于|根据|依据|引自|参见|据)[^，,。；;]{0,30}$")
_GENERIC_CLASS = "other"  # the type of a class outside the vocabulary (等主场外交活动)
_KIND_OF_THING = re.compile(
    r"[^，,。；;、]{0,4}?(?:产业|行业|领域|产品|技术|设备|要素|业态|品类|材料|服务|环节|模式|方式|措施|问题|因素|部门)"
)
_GOVERNMENT = re.compile(r"(国务院|办公厅|委员会|政府|[部厅局署委]|人大|政协|中央)$")  # 发改委, 市委: no case
_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司$")
_TITLES = "主席|总理|总书记|书记|秘书长|教授|研究员|院士|部长|省长|市长"
_PERSON_AFTER = re.compile(rf"(?:{_TITLES}|认为|指出|表示|强调)")
# cited literature: 张三（2015）, 张三、李四等（2018）, UNIDO（2009）
_CITED = re.compile(r"(?:[、和及与][^，,。；;、（(]{1,8})*\s*(?:等人?)?\s*[（(]\s*\d{4}")
_PERSON_BEFORE = re.compile(rf"(?:{_TITLES})$")
_DASHES = frozenset("–—-－―~～·")
_SEPARATORS = frozenset({"、", "和", "及", "以及", "与", "或"})
# where a case acts (在X设厂, 出口X) is no case; whom it acts with (与X合作) is one only
# in a story, since 加强与X、Y等城市的合作 lists partners to be
_LOCATIVE = frozenset({"在", "到", "向", "往", "于", "至", "赴", "进入", "出口"})
_PARTNER = frozenset({"与", "同", "和", "对"})
_JOINTLY = re.compile(r"\s*(?:已|还|将|正|也)?(?:携手|共同|联合|联手|一起|一道|合作)")
_SAYS = re.compile(r"(?:[（(][^）)]{1,12}[）)])?[^，,。；;（(]{0,5}?(?:预测|预计|指出|认为|表示|发布|报告|数据|统计|称|估计|测算|显示|研究)")
_MODAL = re.compile(r"(?:也|还|更|亦)?(?:可|应|要|需|必须|宜)")
# a company that invests or builds somewhere (华为在匈牙利设立…, 宁德时代在德国建设…): a case told
# as a story even without 公司 or 集团; ``tail`` is the rest of a name jieba cut in two (宁德/时代)
_INVESTS = re.compile(
    r"(?P<tail>[\u4e00-\u9fff]{0,2}?)(?:已|已经|先后|还|也|又|率先)?(?:在[^，,。；;在]{1,12}?)?"
    r"(?:投资|建设|设立|建立|新建|建成|开设|布局|收购|并购|入股|控股|落户)"
)
_COMPANY_FLAGS = frozenset({"nr", "nrt", "nz", "nt", "eng"})  # not places (ns) nor abbreviations (j)
_SKIP_WORDS = frozenset({"我国", "我市", "我省", "该", "其中", "其", "此外", "目前", "同时", "而", "并", "且"})
_INSTRUMENT = frozenset({"借助", "依托", "依靠", "基于", "通过", "利用"})
_POSTPOSITIONS = frozenset({"之间", "之中", "当中", "以上", "以下", "以来", "之后", "以后", "之前", "以前", "左右", "上下"})
_NOT_IN_NAMES = frozenset("的地得了着过是在有和与及或而且也已又都就才很较更最这那其之以为于将把被从向对等要应会能可"
                          "一二三四五六七八九十百千万两")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_PUNCT = re.compile(r"[，,。；;、：:]")
_NUMBER_WORD = re.compile(r"[\d.]+|[一二三四五六七八九十百千万零〇两]+")
_DATE = re.compile(r"^(?:[\d.]+(?:年|月|日|年代)?|年|月|日|底|初|末)$")
_OWNS = re.compile(r"[^，,。；;、]{0,3}?(?:的|下属|旗下)|与|和")
_RELATIVE = re.compile(r"[^，,。；;、]{0,8}?的")
_SHORT_ITEM = 8  # a piece between 、 this short is an item whatever jieba makes of it (首尔/d)
_TOPIC_MENTIONS = 5  # a name used this often is what the article is about, not a case
# Without a cue, a case needs a list closer (等, a count), a 《document》, a story head (a name
# suffix, a company investing somewhere) or a remark after it (…的典型例子, …值得借鉴): a sentence
# with none of these is not tagged.
_HINT = re.compile(
    "等|《|例|借鉴|值得|[港馆园]|收购|并购|在[^，,。；;]{1,12}?(?:投资|建设|设立|建立|新建|建成|开设)|"
    r"(?:^|[，,；;])[^，,；;]{2,8}则(?![是为])|"  # a case set against another: 东莞则走出了另一条路
    + _COUNT.pattern + "|" + _SUFFIX_END.pattern[:-1]
)

# --- cues -----------------------------------------------------------------------------

_LIKE = re.compile(
    r"(?:^|(?<=[，,。；;：:（(“、]))\s*(?:尤其是?|特别是|又|再)?(如|像)(?!何|果|此|今|同|期|实|愿|意|若|是|其|次|常|下[：:，,所文]|[前上][所文述])[：:，,]?"
)
_FOR_INSTANCE = re.compile(r"(例如|比如|譬如|诸如|(?<!不)包括|(?:典型|成功)?(?:案例|例子)(?:有|包括))(?:但不限于)?[：:，,]?")
_LEARN = re.compile(r"(对标)|(学习|借鉴|效仿|参照|参考|复制)(?=[^，,。；;]*?(?:经验|模式|做法))")
_FRAME = re.compile(
    r"以(?P<case>[^，,。；;以]{2,40}?)为(?:例|典型)"
    r"|以(?P<cases>[^，,。；;以]{2,40}?)为代表"
    r"|像(?P<like>[^，,。；;、像]{2,12}?(?:、[^，,。；;、像]{2,12}?)*)(?:这样|一样|那样)的?(?P<kind>[^，,。；;、]{0,6})"
)
_FRAME_MARKERS = {"case": "以…为例", "cases": "以…为代表", "like": "像"}
# a count, then its items: 占3个，分别是A、B和C; 两个国家级新区，即A和B
_COUNTED = re.compile(_COUNT.pattern + r"[^，,。；;：:]{0,12}?[，,：:]?\s*(分别是|分别为|即|包括)[：:]?")
_AFTER = re.compile(
    r"(?:就|便|即|正)?是(?:一个|一种|其中的?)?(?:[^，,。；;]{1,12}?的)?(?:(?:很好|典型|生动|成功)的?)?(?:典型)?"
    r"(例子|案例|范例|例证)"
)
# a remark that the case is worth following: X的做法值得借鉴, 对…具有借鉴意义
_WORTH = re.compile(r"(?:值得[^，,。；;]{0,8}?|具有(?:重要|一定|很强|较强)?的?)(借鉴|学习|效仿)(?:意义|价值)?(?=[，,。；;]|$)")
_STORY_MARKERS = frozenset({"如", "例如", "比如", "譬如"})
_GOES_ON = re.compile(r"(?:的做法|的经验)?(?:则|也|同样|亦)")  # …。新加坡则…, 汉堡港也…


@dataclass(frozen=True, slots=True)
class _Cue:
    marker: str
    start: int
    end: int  # where the cued text begins
    frame: Span | None = None  # 以X为例, 像X这样: the span of X
    counted: bool = False  # 占3个，分别是…: a count announced the list (and the cue starts at it)


def _cues(text: str, heading: bool) -> list[_Cue]:
    """Cues before a case; a heading only frames one (借鉴X经验, 以X为例)."""
    found = [
        _Cue(_FRAME_MARKERS[group], m.start(), m.end(), m.span(group))
        for m in _FRAME.finditer(text)
        for group in _FRAME_MARKERS
        if m.group(group)
    ]
    found += [_Cue(m.group(), m.start(), m.end()) for m in _LEARN.finditer(text)]
    if not heading:
        found += [_Cue(m.group(1), m.start(1), m.end()) for m in _LIKE.finditer(text)]
        counted = [_Cue(m.group(1), m.start(), m.end(), counted=True) for m in _COUNTED.finditer(text)]
        found += counted
        found += [
            _Cue(m.group(1), m.start(1), m.end()) for m in _FOR_INSTANCE.finditer(text)
            if not any(c.start <= m.start(1) < c.end for c in counted)
        ]
    return sorted(found, key=lambda c: c.start)


# --- mentions -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    name: str
    entity_type: str
    named: bool
    form: str  # doc | quote | suffix | proper | item


def _made_up(t: Token) -> bool:
    """A 2–3 character word jieba does not know and made up from its characters:
    before a name suffix it is mostly a name (雄安新区, 广湛高铁), unless it holds a
    function word or a numeral (较强, 且以, 三大)."""
    return 2 <= len(t.word) <= 3 and _made_up_word(t.word)


@lru_cache(maxsize=16384)  # asked of every word next to a suffix or a proper noun, again and again
def _made_up_word(word: str) -> bool:
    return bool(_CJK.fullmatch(word)) and not known(word) and not any(ch in _NOT_IN_NAMES for ch in word)


def _nounish(t: Token) -> bool:
    return (
        t.flag[0] == "n" or t.flag in {"j", "eng", "vn", "l", "s"} or _made_up(t)
        or (t.flag == "f" and len(t.word) >= 2 and t.word not in _POSTPOSITIONS)
        or (t.flag == "m" and bool(_NUMBER_WORD.fullmatch(t.word)))
    ) and t.word not in _SKIP_WORDS


def _suffix_type(t: Token) -> str | None:
    """The kind of name a word ends (产业园 → project), unless the word is itself a place (香港)."""
    return _word_suffix_type(t.word, t.flag)


@lru_cache(maxsize=16384)  # asked of every word of every sentence that may cite a case
def _word_suffix_type(word: str, flag: str) -> str | None:
    if word in _ONE_CHAR_SUFFIXES:
        return _ONE_CHAR_SUFFIXES[word]
    m = _SUFFIX_END.search(word)
    if m is None or (m.start() > 0 and flag in {"ns", "nr", "nrt", "nrfg"} and m.group() != "村"):
        return None
    if m.group() == "村" and _GENERIC_VILLAGE.search(word):
        return None
    return _SUFFIX_KIND[m.group()]


def _governs(t: Token, nxt: Token) -> bool:
    """A verbal noun right before a proper noun is its verb (出口/vn 菲律宾), not its modifier."""
    return t.flag == "vn" and _is_proper(nxt)


def _is_proper(t: Token) -> bool:
    """A proper-noun flag; the genre dictionary retags the generic words jieba gets wrong."""
    return t.flag in _PROPER_FLAGS


def _joins_names(t: Token, nxt: Token) -> bool:
    return t.word in _DASHES or (t.word == "至" and _is_proper(nxt))


def _phrase_start(tokens: list[Token], k: int) -> int:
    """First token of the noun phrase that ends with ``tokens[k]`` (dashes and (…) inside).

    Two names with a common word between them are two phrases: jieba takes some
    verbs for nouns (武汉/ns 谋划/n 长江中游航运中心), and a name is rarely modified by
    another name through a common word; a registered name (…有限公司) is one phrase
    however many names it holds (上海/ns 隧道/n 城建/ns 工程有限公司).
    """
    registered = bool(_LEGAL_FORM.search(tokens[k].word))
    i, name_at, common_since = k, None, False
    while i > 0:
        prev = tokens[i - 1]
        if name_at is not None and prev.word.endswith(_DESCRIPTORS):
            break  # 龙头企业/青澜重工集团: the class it belongs to is no part of the name
        if _nounish(prev) and not _governs(prev, tokens[i]):
            if _is_proper(prev) or _made_up(prev):
                if name_at is not None and common_since and not registered:
                    return name_at
                name_at, common_since = i - 1, False
            elif name_at is not None:
                common_since = True
            i -= 1
        elif prev.flag == "a" and len(prev.word) == 1 and i >= 2 and _nounish(tokens[i - 2]):
            i -= 1  # 陆海新通道
        elif _joins_names(prev, tokens[i]) and i >= 2 and _nounish(tokens[i - 2]):
            i -= 1  # 中国—东盟, 深圳至江门铁路
        elif prev.word in {")", "）"}:
            opener = next((j for j in range(i - 2, max(i - 8, -1), -1) if tokens[j].word in {"(", "（"}), None)
            if opener is None or opener == 0 or not _nounish(tokens[opener - 1]):
                break
            i = opener
        else:
            break
    while i < k and (tokens[i].flag in {"l", "x"} or (tokens[i].flag in {"m", "q"} and _DATE.match(tokens[i].word))):
        i += 1
    return i


def _suffix_phrases(text: str, tokens: list[Token]) -> list[_Mention]:
    """Noun phrases ending in a name suffix (中老铁路, 佛山机器人学院, 交流平台)."""
    out = []
    for k, t in enumerate(tokens):
        kind = _suffix_type(t)
        if kind is None or (k > 0 and tokens[k - 1].word in {"”", "》"}):
            continue
        if t.word in _TRADE and k + 1 < len(tokens) and (tokens[k + 1].flag[0] == "n" or tokens[k + 1].flag == "vn"):
            continue
        part = tokens[_phrase_start(tokens, k):k + 1]
        name = text[part[0].start:t.end]
        named = (
            any(_is_proper(p) or _made_up(p) for p in part)
            or bool(_LEGAL_FORM.search(name))
            or any(p.word in _DASHES for p in part)
            or (len(t.word) > 2 and t.word.endswith(_EVENT_ABBREVIATIONS))
        )
        out.append(_Mention(part[0].start, t.end, name, kind, named, "suffix"))
    return out


def _bilateral(run: list[Token]) -> bool:
    """中美, 中老 alone name a relation between two countries, not a case."""
    return len(run) == 1 and run[0].flag == "j" and len(run[0].word) == 2 and run[0].word[0] == "中"


def _proper_runs(text: str, tokens: list[Token]) -> list[_Mention]:
    """Runs of proper nouns (美国硅谷, 泉州), leaving out people (李四教授) and cited
    authors (张三（2015）, UNIDO（2009）)."""
    out, k = [], 0
    while k < len(tokens):
        if not _is_proper(tokens[k]):
            k += 1
            continue
        j = k
        while j + 1 < len(tokens) and _is_proper(tokens[j + 1]):
            j += 1
        run = tokens[k:j + 1]
        start, end = run[0].start, run[-1].end
        person = any(t.flag in _PERSON_FLAGS for t in run) and bool(
            _PERSON_AFTER.match(text, end) or _PERSON_BEFORE.search(text, 0, start)
        )
        if not (person or _CITED.match(text, end) or _bilateral(run)):
            kind = {"ns": "place", "nt": "organisation"}.get(run[-1].flag, "other")
            out.append(_Mention(start, end, text[start:end], kind, True, "proper"))
        k = j + 1
    return out


_DOC = re.compile(r"《([^《》]{2,60})》")
_QUOTE = re.compile(r"“([^“”]{2,30})”")
# a document the article takes figures or words from is a source, not a case
_SOURCE_BEFORE = re.compile(r"(?:据|根据|依据|参见|见|来源于?|引自|第.{1,3}[集章期篇])$")
_SOURCE_AFTER = re.compile(r"[中里](?:[，,]|指出|显示|提出|强调|表明|明确|要求|规定)")


def _quoted(text: str, tokens: list[Token], concepts: frozenset[str]) -> list[_Mention]:
    """《documents》 and “quoted names”; a quote followed by a type noun takes its type."""
    out = []
    for m in _DOC.finditer(text):
        named = not (_SOURCE_BEFORE.search(text, 0, m.start()) or _SOURCE_AFTER.match(text, m.end()))
        out.append(_Mention(m.start(), m.end(), m.group(1), "policy", named, "doc"))
    starts = {t.start: t for t in tokens}
    for m in _QUOTE.finditer(text):
        name = re.sub(r"\s+", "", m.group(1))
        after = starts.get(m.end())
        kind = _suffix_type(after) if after else None
        end = after.end if kind else m.end()
        own = _SUFFIX_KIND[m_own.group()] if (m_own := _SUFFIX_END.search(name)) else None
        out.append(_Mention(m.start(), end, name, kind or own or "other", m.group(1) not in concepts, "quote"))
    return out


_ALIAS = re.compile(r"[（(]\s*(?:(?:以下)?简称|(?:以|以下|下文?)称)[：:为]?\s*[“\"]?([^）)”\"，,]{2,20})[”\"]?\s*[）)]")


@dataclass(slots=True)
class _Context:
    """What the whole article says about names: the quoted concepts it keeps repeating,
    how often a name recurs (its own subject is everywhere), the short names it
    introduces (…有限公司（以下简称江南港航）) and the documents it has already cited."""

    body: str
    concepts: frozenset[str]
    aliases: dict[str, _Mention]
    cited_docs: set[str]

    @classmethod
    def of(cls, article: Article) -> _Context:
        body = "".join(s.text for s in article.sentences)
        concepts = frozenset(q for q in _QUOTE.findall(body) if body.count(f"“{q}”") >= 3)
        return cls(body, concepts, {}, set())

    def frequent(self, name: str) -> bool:
        """The name, or its last four characters and more, recurs (南向通道 in 中新互联互通南向通道)."""
        return any(self.body.count(name[i:]) >= _TOPIC_MENTIONS for i in range(max(1, len(name) - 3)))

    def learn_aliases(self, text: str, found: list[_Mention]) -> list[_Mention]:
        """``found`` with each name defined by an alias renamed to it: the article, and
        so its readers, refer to the case by the short name from then on."""
        out = list(found)
        for m in _ALIAS.finditer(text):
            at = next((i for i, f in enumerate(out) if f.end == m.start() and f.named), None)
            if at is not None:
                alias = m.group(1).strip().strip("《》")
                self.aliases[alias] = out[at]
                out[at] = replace(out[at], name=alias)
        return out

    def alias_mentions(self, text: str) -> list[_Mention]:
        return [
            _Mention(m.start(), m.end(), alias, full.entity_type, True, full.form)
            for alias, full in self.aliases.items()
            for m in re.finditer(re.escape(alias), text)
        ]

    def first_cited(self, docs: list[_Mention]) -> list[_Mention]:
        """The documents not cited before: a later 《…》 only refers back to one."""
        new = [d for d in docs if d.name not in self.cited_docs]
        self.cited_docs.update(d.name for d in docs)
        return new


def _mentions(text: str, tokens: list[Token], ctx: _Context) -> list[_Mention]:
    """Every candidate name of a sentence, in order; an outer one hides those inside it."""
    found = _quoted(text, tokens, ctx.concepts) + _suffix_phrases(text, tokens) + _proper_runs(text, tokens)
    found = ctx.learn_aliases(text, found)
    found = ctx.alias_mentions(text) + found  # on a tie of spans the alias wins
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[_Mention] = []
    for m in found:
        if not any(k.start <= m.start and m.end <= k.end for k in kept):
            kept.append(m)
    return kept


# --- reading a sentence ---------------------------------------------------------------


def _tokens(text: str, cuts: Iterable[int]) -> list[Token]:
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
class _Reader:
    """The tokens, mentions and clauses of one sentence, and how its noun phrases run."""

    text: str
    tokens: list[Token]
    mentions: list[_Mention]
    clauses: Sequence[Span]
    starts: list[int] = field(init=False)  # of the tokens, increasing: looked up by bisection
    by_start: dict[int, _Mention] = field(init=False)  # the first mention starting at each position

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

    def mention_at(self, pos: int) -> _Mention | None:
        return self.by_start.get(pos)

    def clause(self, pos: int) -> Span:
        return next((c for c in self.clauses if c[0] <= pos < c[1]), (pos, pos))

    def content_start(self, pos: int, instruments: bool = False) -> int:
        """Where a clause's content begins, past connectives, dates (and 借助/依托…)."""
        k = self.index(pos)
        while k < len(self.tokens) and not self.mention_at(self.tokens[k].start):
            t = self.tokens[k]
            skip = (
                t.word.isspace() or t.flag in {"c", "d", "t", "ad"} or t.word in _SKIP_WORDS
                or (t.flag in {"m", "q"} and bool(_DATE.match(t.word)))
                or (instruments and t.word in _INSTRUMENT)
            )
            if not skip:
                break
            k += 1
        return self.tokens[k].start if k < len(self.tokens) else len(self.text)

    def item(self, pos: int) -> Span:
        """The noun phrase starting at ``pos``; A的B and A下属B are one item."""
        k = self.index(pos)
        while k < len(self.tokens) and self.tokens[k].word in _SKIP_WORDS:
            k += 1
        start = end = self.tokens[k].start if k < len(self.tokens) else pos
        while k < len(self.tokens):
            t = self.tokens[k]
            m = self.mention_at(t.start)
            if m:
                end, k = m.end, self.index(m.end)
            elif _nounish(t) and not (k + 1 < len(self.tokens) and _governs(t, self.tokens[k + 1])):
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
            elif _nounish(t) and not (k + 1 < len(self.tokens) and _governs(t, self.tokens[k + 1])):
                start, k = t.start, k - 1
            elif t.word == "的" and start < end and k > 0 and _nounish(self.tokens[k - 1]):
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
                _nounish(self.tokens[k - 1]) or any(m.end == t.start for m in self.mentions))
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
        closers = _closers(self, first[1], self.clause(first[0])[1])
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
        end = min([end, *(c for c, _ in _closers(self, start, end))])
        cuts = [start]
        for t in self.tokens[self.index(start):self.index(end)]:
            if t.word == "、" or (t.word in _SEPARATORS and self.whole_name(cuts[-1], t.start)):
                cuts += [t.start, t.end]
        cuts.append(end)
        return [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True) if b - a >= 2]

    def whole_name(self, start: int, end: int) -> bool:
        """``[start, end)`` ends in a name suffix or is one named mention."""
        return bool(_SUFFIX_END.search(self.text, start, end)) or any(
            m.named and (m.start, m.end) == (start, end) for m in self.mentions)

    def items_before(self, closer: int) -> list[Span]:
        """The items of a list that closes at ``closer``, read back to its start.

        Pieces between separators are items while they read as one noun phrase (or
        are as short as a name); the leftmost is cut where its noun phrase begins.
        """
        floor = self.clause(closer)[0] if closer > 0 else 0
        floor = max([floor, *(self.tokens[self.index(c)].end for c, _ in _closers(self, floor, closer))])
        items: list[Span] = []
        for start, end in reversed(self.split(floor, closer)):
            whole = (
                self.item(start)[1] >= end
                or (start > floor and (end - start <= _SHORT_ITEM or self.plain(start, end)))
                or (end - start <= _SHORT_ITEM and self.plain(start, end))
            )
            if whole and (start > floor or self.content_start(floor) == start):
                items.insert(0, (start, end))
                continue
            start = self.item_before(end, start)
            if start < end:
                items.insert(0, (start, end))
            break
        return items

    def head(self, span: Span) -> _Mention | None:
        """The case an item names: its first named mention, or what that one owns
        (美国的太平洋战略 → 太平洋战略, A集团下属B公司 → B公司, 上海与西安的“东西联谊”)."""
        inside = [m for m in self.mentions if span[0] <= m.start and m.end <= span[1] and m.named]
        if not inside:
            return None
        head = inside[0]
        for nxt in inside[1:]:
            if not _OWNS.fullmatch(self.text, head.end, nxt.start):
                break
            head = nxt
        return head

    def governed(self, m: _Mention) -> _Mention:
        """A named modifier yields to the thing it describes (与A联合设立的B中心 → B中心)."""
        rel = _RELATIVE.match(self.text, m.end)
        if rel is None:
            return m
        after = self.mention_at(self.content_start(rel.end()))
        if after is None or after.form != "suffix" or after.end > self.clause(m.start)[1]:
            return m
        return _Mention(after.start, after.end, after.name, after.entity_type, True, after.form)


def _closers(r: _Reader, start: int, end: int) -> list[tuple[int, str | None]]:
    """Where lists close in ``[start, end)`` and the class they name: the word 等 (not
    等待), or a count that names its class (南沙、前海、横琴三大平台). 等 before a noun
    outside the class vocabulary (等主场外交活动) names a generic class."""
    out = []
    for k in range(r.index(start), r.index(end)):
        t = r.tokens[k]
        if t.word in {"等", "等等"}:
            if _KIND_OF_THING.match(r.text, t.end):
                continue  # 动力电池、光伏组件等产业: kinds of things, not cases
            category = _category(r.text, t.start)
            if category is None and k + 1 < len(r.tokens) and _nounish(r.tokens[k + 1]):
                category = _GENERIC_CLASS
            out.append((t.start, category))
        elif _COUNT.fullmatch(t.word) and (category := _category(r.text, t.start)):
            out.append((t.start, category))
    return out


def _category(text: str, closer: int) -> str | None:
    m = _CATEGORY.match(text, closer)
    return _CATEGORY_TYPES[m.group(1)] if m else None


# --- selection ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Found:
    mention: _Mention
    marker: str | None
    confidence: float
    cue_start: int | None


def _whole_foreign_name(r: _Reader, span: Span, head: _Mention | None) -> _Mention | None:
    """A short item whose name jieba broke up, proper nouns on both sides of the break
    (波兰/ns 马拉/nr 舍/v 维奇/nrt): the item is the name."""
    if head is None or head.start != span[0] or head.end >= span[1] or span[1] - span[0] > _SHORT_ITEM:
        return head
    rest = r.tokens[r.index(head.end):r.index(span[1])]
    if not any(t.flag in _PROPER_FLAGS for t in rest) or any(t.word in _NOT_IN_NAMES for t in rest):
        return head
    return replace(head, end=span[1], name=r.text[head.start:span[1]])


def _coined(r: _Reader, span: Span) -> bool:
    """A short item holding a word no dictionary knows (织云/科技): a brand or a place name."""
    return span[1] - span[0] <= _SHORT_ITEM and any(
        _made_up(t) and t.flag not in _PERSON_FLAGS for t in r.tokens[r.index(span[0]):r.index(span[1])]
    )


def _item_cases(r: _Reader, items: list[Span], category: str | None) -> list[_Mention]:
    """The case of each item of a list that names cases: its named head or, when 等+class
    vouches for the list, the item itself (金意陶 beside 美的、碧桂园). A generic class
    (等主场活动) vouches only for a list whose items are mostly named."""
    heads = [_whole_foreign_name(r, span, r.head(span)) for span in items]
    named = sum(h is not None for h in heads)
    vouched = category is not None and (category != _GENERIC_CLASS or 2 * named > len(items))
    if not named and vouched and category != _GENERIC_CLASS and 2 * sum(_coined(r, span) for span in items) > len(items):
        named = len(items)  # 像织云科技、精匠云这样的平台: brands jieba mostly does not know, vouched for by their class
    if not named or (not vouched and 2 * named <= len(items) and len(items) > 1):
        return []  # 如交通设施、油气管道、输电网…: a list of kinds, not of cases
    out = []
    for span, head in zip(items, heads):
        whole = head is not None and (head.start, head.end) == span
        text = r.text[span[0]:span[1]]
        suffix = _SUFFIX_END.search(text) if category == _GENERIC_CLASS and "的" not in text else None
        if head is not None and suffix is not None:
            # 分别是苏锡通生物医药和高端医疗器械集群: a listed name keeps its whole length
            out.append(_Mention(*span, text, _SUFFIX_KIND[suffix.group()], True, "suffix"))
        elif head is not None and category not in {None, "place"} and head.entity_type == "place" \
                and not (whole and category == _GENERIC_CLASS):
            # 东莞至惠州城际线等项目, 浦江精神等活动: the place only locates the case
            out.append(_Mention(*span, r.text[span[0]:span[1]], category, True, "item"))
        elif head is not None and category not in {None, _GENERIC_CLASS} and head.form == "proper":
            out.append(_Mention(head.start, head.end, head.name, category, True, "proper"))
        elif head is not None:
            out.append(head)
        elif vouched and span[1] - span[0] >= 2:
            out.append(_Mention(*span, r.text[span[0]:span[1]], category, True, "item"))
    return out


def _framed(r: _Reader, cue: _Cue) -> list[_Mention]:
    """以X为例 and 像X这样的城市 frame one case or a list of them, 以X、Y为代表的企业 several; an unnamed X
    counts only when the class after it vouches for it (像合肥这样的城市, not 以制造业为例)."""
    after = _CATEGORY.match("等" + r.text[cue.frame[1]:cue.frame[1] + 16].lstrip("为代表这样一那的"))
    category = _CATEGORY_TYPES[after.group(1)] if after and cue.marker != "以…为例" else None
    items = r.split(*cue.frame)
    if cue.marker == "以…为代表":
        return _item_cases(r, items, category)
    listed = len(items) > 1 and not any("的" in r.text[a:b] for a, b in items)
    if listed and (len(cases := _item_cases(r, items, category)) == len(items) or cue.marker == "像"):
        return cases  # 以杭州、宁波为例: each item a case (以中国与东盟的合作为例 is one topic)
    head = r.head(cue.frame)
    whole = r.text[slice(*cue.frame)]
    if head is not None and cue.marker == "以…为例" and len(whole) <= 16 and _SUFFIX_END.search(whole) \
            and not _PUNCT.search(whole):
        return [_Mention(*cue.frame, whole, _SUFFIX_KIND[_SUFFIX_END.search(whole).group()], True, "suffix")]
    if head is not None or category is None:
        return [head] if head is not None else []
    return [_Mention(*cue.frame, r.text[slice(*cue.frame)], category, True, "item")]


def _cued(r: _Reader, cue: _Cue) -> list[tuple[_Mention, float]]:
    """Cases a cue before them introduces.

    A story cue (如, 例如 …) also covers the clauses after it: their named subjects
    (如A提出…，B着力…) and, where the subject is left out (如，基于X，发起Y), the
    named organisations and projects they act on.
    """
    if cue.frame:
        return [(m, 0.9) for m in _framed(r, cue)]
    if cue.counted:
        return [(m, 0.9) for m in _item_cases(r, r.counted_items(r.content_start(cue.end)), _GENERIC_CLASS)]
    items, category = r.enumeration(r.content_start(cue.end))
    if cue.marker == "包括" and len(items) < 2:
        return []  # 包括 mostly lists tasks (包括提升…); a case list has several names
    cases = _item_cases(r, items, category)
    out = [(m, 0.9) for m in cases]
    if cue.marker not in _STORY_MARKERS:
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
        if governed is not m or r.word_before(m.start) not in _LOCATIVE:
            out.append((governed, 0.7))
    return out


def _listed(
    r: _Reader, cues: list[_Cue], story_from: int, frequent: Callable[[str], bool],
) -> list[tuple[_Mention, float, bool]]:
    """Cases in closed lists (X、Y等城市) that are a clause's subject or stand in a cue's
    scope; the article's own subject among them (本市、X、Y等城市都…) compares, it is no case."""
    out = []
    for closer, category in _closers(r, 0, len(r.text)):
        items = r.items_before(closer)
        if not items:
            continue
        first = items[0][0]
        clause = r.clause(first)
        in_scope = first >= story_from or any(c.end <= first < r.clause(c.end)[1] for c in cues if not c.frame)
        subject = r.content_start(clause[0]) == first
        if len(items) < 2 or not (in_scope or subject) or r.word_before(first) in _LOCATIVE | _PARTNER:
            continue
        if subject and not in_scope and MODAL.search(r.text, closer, clause[1]):
            continue  # 郑州、西安等城市应当…: those told what to do, not cases
        cases = _item_cases(r, items, category)
        if category is None and len(cases) < len(items):
            continue
        out += [(m, 0.8 if in_scope else 0.6, in_scope) for m in cases if not frequent(m.name)]
    return out


def _told(r: _Reader, frequent: Callable[[str], bool]) -> list[_Mention]:
    """Story form: a named company, park or project heading its clause (…下属B公司近年来…),
    unless it is the article's own subject, is told what it should do (也可效仿…), or is
    quoted as a source (世界银行预测…); a partner it acts jointly with (A与B携手…) too."""
    out = []
    for start, _ in r.clauses:
        head = r.head(r.item(r.content_start(start, instruments=True)))
        if head is not None and head.form == "proper" and not frequent(head.name):
            head = _investor(r, head)
        if (head is not None and head.form == "suffix" and head.named and head.entity_type != "policy"
                and not frequent(head.name) and not _MODAL.match(r.text, head.end)
                and not _SAYS.match(r.text, head.end)):
            out.append(head)
            joint = r.word_at(head.end)
            partner = r.mention_at(r.content_start(head.end + len(joint))) if joint in _PARTNER else None
            if partner is not None and partner.named and _JOINTLY.match(r.text, partner.end):
                out.append(partner)
    return out


def _investor(r: _Reader, head: _Mention) -> _Mention | None:
    """A proper name that is no place, investing or building somewhere, as an organisation
    with the rest of its name (宁德/nr 时代 在德国建设… → 宁德时代)."""
    invests = _INVESTS.match(r.text, head.end)
    last = r.tokens[r.index(head.end) - 1]
    if invests is None or last.flag not in _COMPANY_FLAGS or _PERSON_AFTER.match(r.text, head.end):
        return None
    end = invests.end("tail")
    return _Mention(head.start, end, r.text[head.start:end], "organisation", True, "suffix")


def _sentence_examples(sentence: Sentence, ctx: _Context, story: bool = False) -> list[tuple[_Found, Span]]:
    """Every case the sentence offers, with its evidence span (repeats included); ``story``:
    the sentence before told a cued case in the same paragraph."""
    text = sentence.text
    heading = sentence.role == "heading"
    cues = _cues(text, heading)
    hinted = story or _HINT.search(text) or any(a in text for a in ctx.aliases)
    if not cues and (heading or not hinted):
        return []
    tokens = _tokens(text, [p for c in cues for p in (c.start, c.end, *(c.frame or ()))])  # 以|东屿…|为例
    r = _Reader(text, tokens, _mentions(text, tokens, ctx), clauses(text))
    found: list[_Found] = []
    found += [_Found(head, None, 0.6, None) for head in _set_against(r, ctx.frequent, story)]
    story_from = min((c.end for c in cues if c.marker in _STORY_MARKERS), default=len(text))
    for cue in cues:
        found += [_Found(m, cue.marker, conf, cue.start) for m, conf in _cued(r, cue)]
    for m, conf, in_scope in _listed(r, cues, story_from, ctx.frequent):
        found.append(_Found(m, "等", conf, story_from if in_scope and story_from < m.start else None))
    if not heading:
        found += [_Found(m, None, 0.5, None) for m in _told(r, ctx.frequent)]
        docs = ctx.first_cited([m for m in r.mentions if m.form == "doc" and m.named and not _data_source(r, m)])
        found += [_Found(m, None, 0.4, None) for m in docs]
    for after in (*_AFTER.finditer(text), *_WORTH.finditer(text)):
        before = [m for m in r.mentions if m.end <= after.start() and m.named]
        if before:  # the first name, or the named case it set up (A与B共建的C园区，就是…的成功案例 → C园区)
            set_up = r.governed(before[0])
            named = set_up is not before[0] and r.mention_at(set_up.start).named  # governed() read it there
            found.append(_Found(set_up if named else before[0], after.group(1), 0.9, None))
    return [
        (f, _evidence(r, f)) for f in found
        if not _GOVERNMENT.search(f.mention.name) and len(_clean_name(f.mention)) >= 2
    ]


def _data_source(r: _Reader, doc: _Mention) -> bool:
    """A document the figures come from (数据来源于《…报告》, 历年《…统计公报》) is a source, not a case."""
    return bool(_STATISTICAL_DOC.search(doc.name) or _SOURCED.search(r.text, r.clause(doc.start)[0], doc.start))


def _set_against(r: _Reader, frequent: Callable[[str], bool], story: bool) -> list[_Mention]:
    """Named cases heading a clause with 则, set against the one before ("…；东莞则走出了另一条路"),
    and, right after a story was told, the sentence's opening case going on with 也/同样
    ("如鹿特丹港，…。新加坡则依托港口…", "汉堡港也…")."""
    out = []
    for start, _ in r.clauses:
        at = r.content_start(start)
        head = r.head(r.item(at))
        if head is None or at != head.start or not head.named or frequent(head.name):
            continue
        goes_on = _GOES_ON.match(r.text, head.end)
        if goes_on and (goes_on.group().endswith("则") or (story and start == r.clauses[0][0])):
            out.append(head)
    return out


def _clean_name(m: _Mention) -> str:
    """The shortest name that identifies the case: no blanks, no legal form, no 市."""
    name = re.sub(r"\s+", "", m.name)
    if m.form in {"doc", "quote"}:
        return name
    short = _LEGAL_FORM.sub("", name)
    if len(short) >= 2:
        name = short
    if m.entity_type == "place" and name.endswith("市") and len(name) >= 3:
        name = name[:-1]
    return name


def _evidence(r: _Reader, f: _Found) -> Span:
    """From the cue (or the clause before a clause-initial case) to the end of the case's clause."""
    start, end = r.clause(f.mention.start)
    if f.cue_start is not None:
        start = min(start, f.cue_start)
    elif r.content_start(start) == f.mention.start:
        start = max((c[0] for c in r.clauses if c[1] <= start), default=start)
    return min(start, f.mention.start), max(end, f.mention.end)


# --- article level --------------------------------------------------------------------


def extract(article: Article) -> list[Example]:
    """One :class:`Example` per named case per sentence, in reading order."""
    ctx = _Context.of(article)
    records: list[Example] = []
    story_in: int | None = None  # the paragraph whose last sentence told a cued case
    for sentence in article.sentences:
        if sentence.role not in {"body", "abstract", "heading"} or QUESTION.search(sentence.text):
            continue  # a question offers no case
        best: dict[str, tuple[_Found, Span]] = {}
        found = _sentence_examples(sentence, ctx, story=story_in == sentence.paragraph)
        told = any(f.marker in _STORY_MARKERS for f, _ in found)
        story_in = sentence.paragraph if told and sentence.role == "body" else None
        for f, span in found:
            name = _clean_name(f.mention)
            if name not in best or f.confidence > best[name][0].confidence:
                best[name] = f, span
        for name, (f, span) in best.items():
            records.append(Example(
                **ground(article, sentence, *span),
                name=name,
                entity_type=f.mention.entity_type,
                marker=f.marker,
                confidence=f.confidence,
            ))
    return sorted(records, key=lambda e: (e.start, e.end))
