"""What one tagged word says about names: proper-noun flags, the suffixes that end a name
of a company, park or project, and the words jieba makes up from a name's characters.

    >>> from etl.text.pos import Token
    >>> suffix_type(Token("产业园", "n", 0, 3)), suffix_type(Token("香港", "ns", 0, 2))
    ('project', None)
"""
from __future__ import annotations

import re
from functools import lru_cache

from etl.text.pos import Token, known


PROPER_FLAGS = frozenset({"ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "eng"})
PERSON_FLAGS = frozenset({"nr", "nrfg"})
# endings of one-word event names (世博会, 广交会, 服贸会): the word alone is a name
EVENT_ABBREVIATIONS = ("博会", "交会", "贸会", "运会")
# an industry after a brand names a company too (某某汽车, 某某新能源, 某某轴承), but after a place or
# 国内 it names that place's industry (江苏能源, 国内汽车市场)
_INDUSTRY_WORDS = "汽车 能源 新能源 智能 轴承 精工"
# a trade word after a brand (瑞锂化工, 华岭电器, 丰益国际) ends a company's name where the noun
# phrase ends (not 汀州国际陆港)
_TRADE_WORDS = "化工 化学 电器 电气 家居 重工 智造 药业 电子 国际 股份 科技 控股 锂业 钴业 锂能 " + _INDUSTRY_WORDS
TRADE = frozenset(_TRADE_WORDS.split())
INDUSTRY = frozenset(_INDUSTRY_WORDS.split())
# name endings that make a noun phrase a company, park, project, event or programme
_SUFFIX_TYPES: tuple[tuple[str, str], ...] = tuple(
    (suffix, kind)
    for kind, words in (
        ("organisation", ("股份有限公司 有限责任公司 有限公司 公司 集团 银行 基金 学院 大学 研究院 研究所 "
                          "中心 联盟 协会 商会 组织 交易所 平台 实验室 合作社 " + _TRADE_WORDS)),
        ("place", "新区 新片区 开发区 工业区 高新区 自贸区 自贸港 自由贸易区 自由贸易港 自由贸易试验区 自由区 保税区 试验区 示范区 "
                   "先行区 特区 村 街区 镇 乡"),
        ("project", ("产业园区 工业园区 科技园区 合作园区 物流园区 园区 产业园 工业园 科技园 创新园 物流园 合作区 服务区 基地 口岸 "
                     "项目 工程 铁路 高铁 高速公路 高速 地铁 港口 机场 班列 班车 线路 航线 走廊 通道 大桥 管道 信息港 集群 "
                     "商贸城")),
        ("other", "博览会 交易会 展览会 论坛 " + " ".join(EVENT_ABBREVIATIONS)),
        ("policy", "计划 战略 规划 方案 倡议 纲要"),
    )
    for suffix in words.split()
)
SUFFIX_KIND = dict(_SUFFIX_TYPES)
SUFFIX_END = re.compile("(?:" + "|".join(sorted(SUFFIX_KIND, key=len, reverse=True)) + ")$")
DESCRIPTORS = ("企业", "公司", "厂商", "龙头", "巨头")  # a class word before a name (龙头企业X集团)
_ONE_CHAR_SUFFIXES = {"港": "project", "馆": "project", "园": "project"}
# a village is named (塘约村, 华西村/ns, 小岗村/nr) unless the word is a kind of village (新型农村/nz)
_GENERIC_VILLAGE = re.compile(
    "(?:农|乡|山|渔|城中|城郊|近郊|行政|自然|贫困|脱贫|示范|专业|重点|富裕|空心|试点|薄弱|集体|边远|偏远|传统|普通|"
    "平原|丘陵|山区|纯农|农业|文旅|旅游|特色|先进|后进|相邻|邻|外|全|各|每|该|本|此|个|的|个别|样本|部分|多数|少数|其他|其余|周边|附近|当地|本地)村$"
    "|(?:城|乡|集|小|特色|重点|建制|中心|边境|古|市|名|强|各|本|该|全)镇$|(?:城|农|家|故|水|返|下|回|各|本|该|全|老|同|异|他)乡$"
)
# a count of things, which may name the class of a list (三大平台, 5个城市)
COUNT = re.compile(r"(?:[两二三四五六七八九十]|\d+)(?:个|大|座|家|条|项|所)")
LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司$")
# a name registered with a legal form (…有限公司, …专业合作社): a concrete case wherever it is told
REGISTERED = re.compile(LEGAL_FORM.pattern[:-1] + r"|(?:专业|股份经济|经济|联合)合作社$")
# the economies a Chinese policy article compares its own with (日本于2000年实施…, 德国在2023年叫停…)
FOREIGN_ECONOMIES = frozenset(
    "美国 日本 德国 英国 法国 意大利 西班牙 荷兰 瑞典 瑞士 丹麦 芬兰 挪威 比利时 奥地利 波兰 匈牙利 捷克 希腊 葡萄牙 爱尔兰 "
    "俄罗斯 乌克兰 土耳其 以色列 沙特 阿联酋 卡塔尔 伊朗 埃及 南非 尼日利亚 肯尼亚 埃塞俄比亚 摩洛哥 印度 巴基斯坦 "
    "孟加拉国 斯里兰卡 韩国 蒙古 哈萨克斯坦 乌兹别克斯坦 新加坡 马来西亚 泰国 越南 印度尼西亚 印尼 菲律宾 柬埔寨 老挝 "
    "缅甸 澳大利亚 新西兰 加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 哥伦比亚 欧盟 东盟".split()
)
# provinces, which lend their name to a programme they run (浙江“千万工程”): the programme is the case,
# where a city, county or village with a quoted practice (某县“小县大城”的做法) is itself the case
PROVINCES = frozenset(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
    "云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆".split()
)
DASHES = frozenset("–—-－―~～·")
SKIP_WORDS = frozenset({
    "我国", "我市", "我省", "该", "其中", "其", "此外", "目前", "同时", "而", "并", "且", "建议", "要求",
    "会同", "距离", "需经",  # jieba's nouns that join or relate names here (财政部会同人民银行, 园区距离机场)
})
_NAME_TIME_WORDS = frozenset({"新一代", "下一代", "新时代"})  # jieba's time words (t) that open a name: 新一代信息通信集群
_POSTPOSITIONS = frozenset({"之间", "之中", "当中", "以上", "以下", "以来", "之后", "以后", "之前", "以前", "左右", "上下"})
NOT_IN_NAMES = frozenset("的地得了着过是在有和与及或而且也已又都就才很较更最这那其之以为于将把被从向对等要应会能可由"
                          "一二三四五六七八九十百千万两")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_NUMBER_WORD = re.compile(r"[\d.]+|[一二三四五六七八九十百千万零〇两]+")
DATE = re.compile(r"^(?:[\d.]+(?:年|月|日|年代)?|年|月|日|底|初|末)$")


def made_up(t: Token) -> bool:
    """A 2–3 character word jieba does not know and made up from its characters:
    before a name suffix it is mostly a name (雄安新区, 广湛高铁), unless it holds a
    function word or a numeral (较强, 且以, 三大)."""
    return made_up_word(t.word)


def made_up_word(word: str) -> bool:
    """:func:`made_up` for a word put together from several tokens (岐/塬 → 岐塬)."""
    return 2 <= len(word) <= 3 and _made_up_word(word)


@lru_cache(maxsize=16384)  # asked of every word next to a suffix or a proper noun, again and again
def _made_up_word(word: str) -> bool:
    return bool(_CJK.fullmatch(word)) and not known(word) and not any(ch in NOT_IN_NAMES for ch in word)


def nounish(t: Token) -> bool:
    return (
        t.flag[0] == "n" or t.flag in {"j", "eng", "vn", "l", "s"} or made_up(t) or t.word in _NAME_TIME_WORDS
        or (t.flag == "f" and len(t.word) >= 2 and t.word not in _POSTPOSITIONS)
        or (t.flag == "m" and bool(_NUMBER_WORD.fullmatch(t.word)))
    ) and t.word not in SKIP_WORDS


def suffix_type(t: Token) -> str | None:
    """The kind of name a word ends (产业园 → project), unless the word is itself a place (香港)."""
    return _word_suffix_type(t.word, t.flag)


@lru_cache(maxsize=16384)  # asked of every word of every sentence that may cite a case
def _word_suffix_type(word: str, flag: str) -> str | None:
    if word == "组织" and flag.startswith("v"):
        return None  # 人民银行组织开展…: the suffix word used as a verb ends no name
    if word in _ONE_CHAR_SUFFIXES:
        return _ONE_CHAR_SUFFIXES[word]
    m = SUFFIX_END.search(word)
    if m is None or (m.start() > 0 and flag in {"ns", "nr", "nrt", "nrfg"} and m.group() not in ("村", "镇", "乡")):
        return None
    if m.start() > 0 and m.group() in INDUSTRY:
        return None  # 国内汽车/nt: an industry word ends a company only as a word of its own
    if m.group() in ("村", "镇", "乡") and _GENERIC_VILLAGE.search(word):
        return None
    return SUFFIX_KIND[m.group()]


def village(words: list[str]) -> bool:
    """A village, town or township named by a word before its suffix (溪口/n 村, 枫岭/ns 乡),
    not a kind of village (试点/n 村)."""
    return len(words) == 2 and len(words[0]) >= 2 and words[1] in ("村", "镇", "乡") and not (
        _GENERIC_VILLAGE.search("".join(words)) or any(ch in NOT_IN_NAMES for ch in words[0]))


def governs(t: Token, nxt: Token) -> bool:
    """A verbal noun right before a proper noun is its verb (出口/vn 菲律宾), not its modifier."""
    return t.flag == "vn" and is_proper(nxt)


def is_proper(t: Token) -> bool:
    """A proper-noun flag; the genre dictionary retags the generic words jieba gets wrong."""
    return t.flag in PROPER_FLAGS


def joins_names(t: Token, nxt: Token) -> bool:
    return t.word in DASHES or (t.word == "至" and is_proper(nxt))
