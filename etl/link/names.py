"""Places and organisations named in a short piece of text: a subject, an actor, a clause head.

A name is a place or organisation noun jieba tags ns/nt (佛山, 中国科学院), or any
proper noun — also one jieba made up from its characters (青澜, 东屿), or tagged as a
person (碧桂园) — followed by the words that make it a place (市, 省, 新区, 港) or an
organisation (集团, 有限公司, 大学, 政府, 部, 委); up to two common nouns may stand
between (澜海电机股份有限公司, 东屿港务集团). A government organ needs no proper noun
(工信部, 国家发展改革委). A generic noun alone (企业, 政府, 城市, 我们) is never a
name, nor an abbreviation or concept alone (技改, 力争/nz), nor a common word of the
genre jieba's dictionary files as a place (城镇, 新建, 临港). The type follows the end
of the name (佛山市政府 is an organisation), else the proper noun's tag.

    >>> [(n.surface, n.entity_type) for n in find_names("佛山市政府和各级企业")]
    [('佛山市政府', 'organisation')]
    >>> [(n.surface, n.entity_type) for n in find_names("碧桂园在马来西亚计划总投资额")]
    [('马来西亚', 'place')]
    >>> [n.surface for n in find_names("工信部公布的集群")], find_names("地方政府和企业")
    (['工信部'], ())
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.text.pos import Token, known, tag

EntityType = str  # place | organisation | other

_PLACE_WORDS = frozenset(
    "市 省 县 区 州 镇 乡 港 湾区 新区 开发区 高新区 经开区 自贸区 自由贸易区 自由贸易试验区 保税区 试验区 示范区 "
    "经济区 特区 自治区 特别行政区".split()
)
_ORG_WORDS = frozenset(
    "政府 人民政府 委员会 部 委 局 厅 署 办公厅 集团 公司 有限公司 股份有限公司 有限责任公司 银行 大学 学院 "
    "研究院 研究所 科学院 协会 商会 联盟 交易所 总局 海关".split()
)
_ORGANS = frozenset("部 委 局 厅 署 总局 委员会 办公厅".split())
_CORE_FLAGS = frozenset({"ns", "nt", "nz", "j", "eng"})
_ALONE_FLAGS = frozenset({"ns", "nt"})  # the proper nouns that name something without a name word after
# common words of policy prose that jieba's dictionary files as place names
_GENERIC = frozenset("城镇 新建 临港 沿海 沿海港口 内陆 城建 惠及 满意度 美丽 各县区 中居 海海 陆港".split())
_PERSON_FLAGS = frozenset({"nr", "nrfg"})
_NATIONAL = frozenset({"我国"})  # the genre's own country: an entity (中国), unlike 我们 or 我市
_TYPE_OF_FLAG = {"ns": "place", "nt": "organisation"}
_COMMON_NOUN_FLAGS = frozenset({"n", "vn", "nz"})
_BRIDGE = 2  # common nouns allowed between a proper noun and an organisation word
_NOT_IN_NAMES = frozenset("的地得了着过是在有和与及或而且也已又都就才很较更最这那其之以为于将把被从向对等要应会能可各"
                          "一二三四五六七八九十百千万两")
_CJK = re.compile(r"[\u4e00-\u9fff]{2,3}")
_ORGAN_LEAD_FLAGS = frozenset({"n", "vn", "ns", "nt", "j"})
_NOT_ORGAN_LEAD = frozenset({"地方", "有关", "相关", "各级", "政府", "主管", "职能", "业务"})


@dataclass(frozen=True, slots=True)
class Name:
    """A name as written (``surface``) at ``[start, end)`` of the text, and its type."""

    surface: str
    start: int
    end: int
    entity_type: EntityType


def made_up(t: Token) -> bool:
    """A 2–3 character word jieba does not know and made up from its characters: mostly a name.

    >>> made_up(Token("青澜", "n", 0, 2)), made_up(Token("较强", "a", 0, 2))
    (True, False)
    """
    return bool(_CJK.fullmatch(t.word)) and not known(t.word) and not any(ch in _NOT_IN_NAMES for ch in t.word)


def _core(t: Token) -> bool:
    """A proper noun, but not a bilateral abbreviation (中欧, 中老: a relation, not a name)."""
    return t.flag in _CORE_FLAGS and not (t.flag == "j" and len(t.word) == 2 and t.word[0] == "中")


def generic(word: str) -> bool:
    """A common word of the genre that jieba's dictionary files as a place name (城镇, 临港)."""
    return word in _GENERIC


def _names_alone(t: Token) -> bool:
    return t.flag in _ALONE_FLAGS and len(t.word) >= 2 and not generic(t.word)


def _needs_suffix(t: Token) -> bool:
    """A made-up word or a person-tagged one (碧桂园/nr) names something only before a name word."""
    return made_up(t) or t.flag in _PERSON_FLAGS


def _suffix_type(t: Token) -> EntityType | None:
    if t.word in _ORG_WORDS:
        return "organisation"
    if t.word in _PLACE_WORDS:
        return "place"
    return None


def _extend(tokens: tuple[Token, ...], k: int) -> tuple[int, EntityType | None]:
    """Index after the name starting at the proper noun ``tokens[k]``, and the type its ending gives."""
    end, kind = k + 1, None
    while end < len(tokens):
        t = tokens[end]
        if _core(t) and kind is None:
            end += 1
        elif (suffix := _suffix_type(t)) is not None:
            end, kind = end + 1, suffix
        else:
            bridge = end
            while (
                bridge < len(tokens) and bridge - end < _BRIDGE
                and tokens[bridge].flag in _COMMON_NOUN_FLAGS and _suffix_type(tokens[bridge]) is None
            ):
                bridge += 1
            if bridge < len(tokens) and bridge > end and _suffix_type(tokens[bridge]) == "organisation":
                end, kind = bridge + 1, "organisation"
            else:
                break
    return end, kind


def _organ_start(tokens: tuple[Token, ...], k: int) -> int | None:
    """First token of a government organ ending at ``tokens[k]`` (工信/部, 国家/发展/改革/委)."""
    i = k
    while i > 0 and tokens[i - 1].flag in _ORGAN_LEAD_FLAGS and tokens[i - 1].word not in _NOT_ORGAN_LEAD:
        i -= 1
    width = tokens[k - 1].end - tokens[i].start if i < k else 0
    return i if width >= 2 else None


@lru_cache(maxsize=8192)  # every figure of a clause asks about the same clause
def find_names(text: str) -> tuple[Name, ...]:
    """The places and organisations named in ``text``, in order, none inside another."""
    tokens = tag(text)
    names: list[Name] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if t.word in _NATIONAL:
            names.append(Name(t.word, t.start, t.end, "place"))
            k += 1
        elif _core(t) or _needs_suffix(t):
            end, kind = _extend(tokens, k)
            if kind is None and not any(_names_alone(u) for u in tokens[k:end]):
                k += 1
                continue
            kind = kind or _TYPE_OF_FLAG.get(tokens[end - 1].flag) or _TYPE_OF_FLAG.get(t.flag, "other")
            names.append(Name(text[t.start:tokens[end - 1].end], t.start, tokens[end - 1].end, kind))
            k = end
        elif t.word in _ORGANS and (i := _organ_start(tokens, k)) is not None:
            names.append(Name(text[tokens[i].start:t.end], tokens[i].start, t.end, "organisation"))
            k += 1
        else:
            k += 1
    return tuple(names)
