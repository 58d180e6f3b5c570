"""Measure keys: what a statistic measures, written the same way in every article that reports it.

Two articles disagree about a figure only when they speak of the same thing, so
the key is the measured noun with its scope, and a figure whose scope the text
leaves implicit gets no key. The noun is the one a measure word counts (65个国家),
else the clause before the number, with the wording that varies between writers
taken out: quotes, 沿线, 和地区 (国家和地区 → 国家), a from-to (外贸依存度由9.8%提高到
→ 外贸依存度), leading dates and 对/在/去年…, trailing verbs and 以上/左右; a noun
still holding figures is a fragment of a longer expression and gets no key. The
scope is, in order:

* a place or organisation the clause names before the number (佛山, 工信部),
  with the initiative it quotes, if any;
* else the initiative quoted before the number in the sentence — a quoted name
  followed by 沿线/国家/倡议/战略/建设… (“一带一路”沿线, “一带一路”战略) — and a bare
  沿线 ("along the route") takes the one quoted last in its paragraph;
* else the country, for 全国/国内/我国;
* none when the clause speaks of the article's own place (全市, 本市, 我省…) or
  of nothing: whose figure it is would be a guess.

    >>> from etl.extract.statistics import extract
    >>> from etl.link.locate import SentenceIndex
    >>> from etl.text.parse import parse_article
    >>> article = parse_article("“一带一路”沿线约65个国家和地区的市场空间广阔。全市新增企业120家。\\n")
    >>> [measure_key(article, SentenceIndex(article), s, {}) for s in extract(article)]
    ['一带一路·国家', None]
"""
from __future__ import annotations

import re
from bisect import bisect_left

from etl.link.entities import EntityRef, named_in
from etl.link.locate import SentenceIndex
from etl.link.names import Name
from etl.text.article import Article, Sentence
from models.records import Statistic

SEPARATOR = "·"
"""Between the scopes and the noun of a key (一带一路·国家)."""

_INITIATIVE = re.compile(
    r"[“\"「]\s*([^“”\"「」，,。；;、：:]{2,12}?)\s*[”\"」](?=沿线|国家|地区|城市|区域|倡议|战略|建设|合作|框架)"
)
_CLAUSE_BREAK = re.compile(r"[，,；;：:。]")
_ROUTE = "沿线"
_LOCAL = re.compile(r"全市|本市|我市|该市|市内|全省|本省|我省|该省|省内|全县|本县|全区|本区|全镇|本地|当地")
_NATIONAL = re.compile(r"全国|国内|我国")
_COUNTRY = "中国"
_ALSO_REGION = re.compile(r"[和及与或、]地区|[（(]地区[）)]")
_RATIOS = frozenset({"CNY", "USD", "EUR", "%", "times", "rank"})  # units that count no noun after them
_FROM_TO = re.compile(r"(?:由|从|在)(?=[^，,；;]*\d).*$")  # 外贸依存度由9.8%提高到 → 外贸依存度
_LEADING = re.compile(
    r"^(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末|初)?|截至|到|对|向|与|在|从|而|但|且|并|其中|共建|共|去年|今年|当年|全年|同期"
    r"|目前|当前|已经|已)+"
)
_TRAILING = re.compile(
    r"(?:以上|以下|以内|左右|之多|多|余|约|近|超过|超|逾|突破|高达|达到|达|为|是|的|了|共|计|累计|分别|仅|只有|不足|"
    r"占到|占|增长|下降|提高|增加|减少|降低|扩大|缩小|上升|年均|同比|比上年|已经|已|也|均|都|由|从)+$"
)
_MARKS = re.compile(r"[\s“”\"‘’「」]+")
_DIGIT = re.compile(r"\d")


def _number_at(sentence: Sentence, stat: Statistic) -> int | None:
    """Where the statistic's number is written in the clean sentence (its first place in the evidence window)."""
    at = sentence.text.find(stat.raw, bisect_left(sentence.offsets, stat.start))
    return at if at >= 0 else None


def _last_quote(text: str) -> str | None:
    quotes = _INITIATIVE.findall(text)
    return _MARKS.sub("", quotes[-1]) if quotes else None


def _route(article: Article, here: int, prefix: str, clause: str, noun: str) -> str | None:
    """The initiative quoted before the number, or the one a bare 沿线 refers back to in its paragraph."""
    if (quoted := _last_quote(prefix)) is not None:
        return quoted
    if _ROUTE not in clause and _ROUTE not in noun:
        return None
    sentence = article.sentences[here]
    for earlier in reversed(article.sentences[:here]):
        if earlier.paragraph != sentence.paragraph:
            break
        if (quoted := _last_quote(earlier.text)) is not None:
            return quoted
    return _ROUTE


def _counted(sentence: Sentence, at: int, stat: Statistic) -> str | None:
    """The noun a measure word counts (65个国家 → 国家), when the statistic's ``measure`` is that noun."""
    after = _MARKS.sub("", sentence.text[at + len(stat.raw):at + len(stat.raw) + 20])
    measure = _MARKS.sub("", stat.measure or "")
    return measure if stat.unit not in _RATIOS and measure and after.startswith(measure) else None


def _noun(phrase: str, drop: list[str]) -> str | None:
    """The measured noun with its scope words and the writer's wording taken out; None if only figures remain."""
    noun = _MARKS.sub("", phrase)
    for word in sorted(drop, key=len, reverse=True):
        noun = noun.replace(word, "")
    noun = _FROM_TO.sub("", _ALSO_REGION.sub("", noun.replace(_ROUTE, "")))
    noun = _TRAILING.sub("", _LEADING.sub("", noun))
    return noun if noun and not _DIGIT.search(noun) else None


def measure_key(article: Article, index: SentenceIndex, stat: Statistic, short_forms: dict[str, Name]) -> str | None:
    """``scope·…·noun`` for a statistic whose scope the text states, else None."""
    if (here := index.at(stat.start)) is None:
        return None
    sentence = article.sentences[here]
    if (at := _number_at(sentence, stat)) is None:
        return None
    prefix = sentence.text[:at]
    clause = _CLAUSE_BREAK.split(prefix)[-1]
    measure = _counted(sentence, at, stat) or clause
    route = _route(article, here, prefix, clause, measure)
    named: list[EntityRef] = [e for e in named_in(clause, short_forms) if e.name not in (route or "")]
    if named:
        scopes = [named[0].name] + ([route] if route else [])
        drop = [named[0].surface, named[0].name]
    elif _LOCAL.search(clause) or _LOCAL.search(measure):
        return None
    elif route:
        scopes, drop = [route], []
    elif national := _NATIONAL.search(clause) or _NATIONAL.search(measure):
        scopes, drop = [_COUNTRY], [national.group(), _COUNTRY]
    else:
        return None
    noun = _noun(measure, drop + ([route] if route else []))
    return SEPARATOR.join([*scopes, noun]) if noun else None
