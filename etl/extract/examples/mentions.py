"""Candidate names in a sentence: noun phrases ending in a name suffix, runs of proper
nouns, 《documents》 and “quoted names”, and what the article says about them as a whole.

    >>> from etl.text.parse import parse_article
    >>> from etl.text.pos import tag
    >>> text = "青澜港务集团与东屿市合作"
    >>> context = Context.of(parse_article(text))
    >>> [(m.name, m.entity_type) for m in find_mentions(text, list(tag(text)), context)]
    [('青澜港务集团', 'organisation'), ('东屿市', 'place')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.extract.examples.names import (
    DASHES, DATE, DESCRIPTORS, EVENT_ABBREVIATIONS, FOREIGN_ECONOMIES, INDUSTRY, LEGAL_FORM, PERSON_FLAGS, SUFFIX_END,
    SUFFIX_KIND, TRADE,
    governs, is_proper, joins_names, made_up, made_up_word, nounish, suffix_type, village,
)
from etl.text.article import Article
from etl.text.pos import Token


# a person's post or title, after their name (李某教授) or their organisation (X大学副教授王某)
TITLES = ("主席|总理|总书记|书记|秘书长|教授|研究员|院士|部长|省长|市长|院长|所长|局长|处长|主任|博士|讲师|"
          "经理|董事长|总裁|负责人|首席")
PERSON_AFTER = re.compile(rf"(?:{TITLES}|认为|指出|表示|强调)")
# cited literature: 张三（2015）, 张三、李四等（2018）, UNIDO（2009）
_CITED = re.compile(r"(?:[、和及与][^，,。；;、（(]{1,8})*\s*(?:等人?)?\s*[（(]\s*\d{4}")
_PERSON_BEFORE = re.compile(rf"(?:{TITLES})$")
_TOPIC_MENTIONS = 5  # a name used this often is what the article is about, not a case,
_TOPIC_SPACING = 1500  # or once every this many characters of a longer one (peer cities of a report are cases)
_LOCATIVE_FLAGS = frozenset({"ns", "s", "f"})  # a place, 国内, 本地: what an industry word after it belongs to


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    name: str
    entity_type: str
    named: bool
    form: str  # doc | quote | suffix | proper | item


def _phrase_start(tokens: list[Token], k: int) -> int:
    """First token of the noun phrase that ends with ``tokens[k]`` (dashes and (…) inside).

    Two names with a common word between them are two phrases: jieba takes some
    verbs for nouns (武汉/ns 谋划/n 长江中游航运中心), and a name is rarely modified by
    another name through a common word; a registered name (…有限公司) is one phrase
    however many names it holds (上海/ns 隧道/n 城建/ns 工程有限公司).
    """
    registered = bool(LEGAL_FORM.search(tokens[k].word))
    i, name_at, common_since = k, None, False
    while i > 0:
        prev = tokens[i - 1]
        if name_at is not None and prev.word.endswith(DESCRIPTORS):
            break  # 龙头企业/青澜重工集团: the class it belongs to is no part of the name
        if nounish(prev) and not governs(prev, tokens[i]):
            if is_proper(prev) or made_up(prev):
                if name_at is not None and common_since and not registered:
                    return name_at
                name_at, common_since = i - 1, False
            elif name_at is not None:
                common_since = True
            i -= 1
        elif prev.flag == "a" and len(prev.word) == 1 and i >= 2 and nounish(tokens[i - 2]):
            i -= 1  # 陆海新通道
        elif joins_names(prev, tokens[i]) and i >= 2 and nounish(tokens[i - 2]):
            i -= 1  # 中国—东盟, 深圳至江门铁路
        elif prev.word in {")", "）"}:
            opener = next((j for j in range(i - 2, max(i - 8, -1), -1) if tokens[j].word in {"(", "（"}), None)
            if opener is None or opener == 0 or not nounish(tokens[opener - 1]):
                break
            i = opener
        else:
            break
    while i < k and (tokens[i].flag in {"l", "x"} or (tokens[i].flag in {"m", "q"} and DATE.match(tokens[i].word))):
        i += 1
    return i


# what stands before a registered name: a clause's start, a word relating it, or the class it belongs to
_BEFORE_REGISTERED = re.compile(
    r"(?:^|[，,。；;：:、“”《》（(\s\d年月日]|\d[.．]|是|在|与|和|及|并|了|的|由|将|把|为|对|向|从|给|等|于|到|属于|成立|组建|注册|"
    r"设立|引进|引入|收购|委托|以|如|例如|比如|包括|其中|该|这家|一家|全资|下属|旗下|所属|推动|推进|效仿|借鉴|学习|参照|支持|鼓励|"
    r"引导|依托|通过|联合|携手|牵头|" + "|".join(DESCRIPTORS) + r")$"
)
_REGISTERED_MAX = 16  # characters of a registered name before its legal form
_NAME_BRACKET = re.compile(r"[^（）()，,]{1,4}[）)]")


def _registered_start(text: str, tokens: list[Token], k: int) -> int:
    """First token of a registered name ending in the legal form ``tokens[k]``: back to what stands
    before it, whatever jieba made of the name's characters (深圳/ns 栖光/v 照明/v 科技/n 有限公司), or to
    a place a verb takes as its object (4月底前完成/v 沣阳/ns 精密机械有限公司)."""
    end = tokens[k].start
    i = k
    while i > 0 and end - tokens[i - 1].start <= _REGISTERED_MAX and not _stands_before(text, tokens[i].start) \
            and not (tokens[i].flag == "ns" and tokens[i - 1].flag == "v" and len(tokens[i - 1].word) >= 2):
        i -= 1
    return i if i < k else _phrase_start(tokens, k)


def _stands_before(text: str, pos: int) -> bool:
    """Whether what ends at ``pos`` stands before a registered name; a bracket is part of the
    name when it holds a short word of it (遵义道桥建设（集团）有限公司)."""
    if text[pos - 1:pos] in "（(" and _NAME_BRACKET.match(text, pos):
        return False
    return bool(_BEFORE_REGISTERED.search(text, 0, pos))


def _suffix_phrases(text: str, tokens: list[Token]) -> list[Mention]:
    """Noun phrases ending in a name suffix (中老铁路, 佛山机器人学院, 交流平台)."""
    out = []
    for k, t in enumerate(tokens):
        kind = suffix_type(t)
        if kind is None or (k > 0 and tokens[k - 1].word in {"”", "》"}):
            continue
        if t.word in TRADE and k + 1 < len(tokens) and (tokens[k + 1].flag[0] == "n" or tokens[k + 1].flag == "vn"):
            continue
        # a legal form on its own (not inside a longer word jieba knows) ends a registered name
        first = _registered_start(text, tokens, k) if LEGAL_FORM.fullmatch(t.word) else _phrase_start(tokens, k)
        part = tokens[first:k + 1]
        if t.word in INDUSTRY and (part[0].flag in _LOCATIVE_FLAGS or any(suffix_type(p) for p in part[:-1])):
            continue  # 江苏能源, 本地汽车; 上汽集团新能源汽车 is the group's product line
        name = text[part[0].start:t.end]
        named = (
            any(is_proper(p) or made_up(p) for p in part)
            or bool(LEGAL_FORM.search(name))
            or any(p.word in DASHES for p in part)
            or (len(t.word) > 2 and t.word.endswith(EVENT_ABBREVIATIONS))
            or village([p.word for p in part])
        )
        out.append(Mention(part[0].start, t.end, name, kind, named, "suffix"))
    return out


def _bilateral(run: list[Token]) -> bool:
    """中美, 中老 alone name a relation between two countries, not a case."""
    return len(run) == 1 and run[0].flag == "j" and len(run[0].word) == 2 and run[0].word[0] == "中"


_PLACE_CHARACTERS = ("县", "市", "旗", "区")


def _place_end(tokens: list[Token], j: int) -> int:
    """Where a proper run ending at ``j`` ends as a place: with the 县/市 jieba leaves on its own
    (峪川/nrt 县 → 峪川县), or at a county it cuts into characters after a province (陕西省/ns 岐/ng
    塬/ng 县/n → 陕西省岐塬县); ``j`` when neither follows."""
    if j + 1 < len(tokens) and tokens[j + 1].word in _PLACE_CHARACTERS and not tokens[j].word.endswith(_PLACE_CHARACTERS):
        return j + 1
    if not tokens[j].word.endswith(("省", "自治区")):
        return j
    for n in (2, 3):  # the county's own characters, then 县, 市 or 旗
        chars, end = tokens[j + 1:j + 1 + n], j + 1 + n
        if len(chars) < n or any(len(t.word) != 1 for t in chars) or end >= len(tokens):
            return j
        if tokens[end].word in _PLACE_CHARACTERS and made_up_word("".join(t.word for t in chars)):
            return end
    return j


def _proper_runs(text: str, tokens: list[Token]) -> list[Mention]:
    """Runs of proper nouns (美国硅谷, 泉州), leaving out people (李四教授) and cited
    authors (张三（2015）, UNIDO（2009）)."""
    out, k = [], 0
    while k < len(tokens):
        if not is_proper(tokens[k]):
            k += 1
            continue
        j = k
        while j + 1 < len(tokens) and is_proper(tokens[j + 1]):
            j += 1
        place = _place_end(tokens, j)
        run = tokens[k:place + 1]
        start, end = run[0].start, run[-1].end
        person = any(t.flag in PERSON_FLAGS for t in run) and bool(
            PERSON_AFTER.match(text, end) or _PERSON_BEFORE.search(text, 0, start)
        )
        if not (person or _CITED.match(text, end) or _bilateral(run)):
            kind = "place" if place > j else {"ns": "place", "nt": "organisation"}.get(run[-1].flag, "other")
            out.append(Mention(start, end, text[start:end], kind, True, "proper"))
        k = place + 1
    return out


_DOC = re.compile(r"《([^《》]{2,60})》")
_QUOTE = re.compile(r"“([^“”]{2,30})”")
# a document the article takes figures or words from is a source, not a case
_SOURCE_BEFORE = re.compile(r"(?:据|根据|依据|参见|见|来源于?|引自|第.{1,3}[集章期篇])$")
_SOURCE_AFTER = re.compile(r"[中里](?:[，,]|指出|显示|提出|强调|表明|明确|要求|规定)")


def _quoted(text: str, tokens: list[Token], concepts: frozenset[str]) -> list[Mention]:
    """《documents》 and “quoted names”; a quote followed by a type noun takes its type."""
    out = []
    for m in _DOC.finditer(text):
        named = not (_SOURCE_BEFORE.search(text, 0, m.start()) or _SOURCE_AFTER.match(text, m.end()))
        out.append(Mention(m.start(), m.end(), m.group(1), "policy", named, "doc"))
    starts = {t.start: t for t in tokens}
    for m in _QUOTE.finditer(text):
        name = re.sub(r"\s+", "", m.group(1))
        after = starts.get(m.end())
        kind = suffix_type(after) if after else None
        end = after.end if kind else m.end()
        own = SUFFIX_KIND[m_own.group()] if (m_own := SUFFIX_END.search(name)) else None
        out.append(Mention(m.start(), end, name, kind or own or "other", m.group(1) not in concepts, "quote"))
    return out


_COMPANY_FORM = re.compile(r"(?:集团)?(?:(?:股份)?有限(?:责任)?公司)?$|集团$")
_ALIAS = re.compile(r"[（(]\s*(?:(?:以下)?简称|(?:以|以下|下文?)称)[：:为]?\s*[“\"]?([^）)”\"，,]{2,20})[”\"]?\s*[）)]")


@dataclass(slots=True)
class Context:
    """What the whole article says about names: the quoted concepts it keeps repeating,
    how often a name recurs (its own subject is everywhere), the short names it
    introduces (…有限公司（以下简称江南港航）) and the documents it has already cited."""

    body: str
    concepts: frozenset[str]
    aliases: dict[str, Mention]
    cited_docs: set[str]

    @classmethod
    def of(cls, article: Article) -> Context:
        body = "".join(s.text for s in article.sentences)
        concepts = frozenset(q for q in _QUOTE.findall(body) if body.count(f"“{q}”") >= 3)
        return cls(body, concepts, {}, set())

    def frequent(self, name: str) -> bool:
        """The name, or its last four characters and more, recurs (南向通道 in 中新互联互通南向通道) as
        often as a topic does: five times, or once every 1,500 characters of a long article;
        a legal form is no part of that (every company ends in 有限公司). A foreign economy is never
        the article's own subject."""
        name = LEGAL_FORM.sub("", name) or name
        if name in FOREIGN_ECONOMIES:
            return False  # a foreign economy recurs as the comparison goes on: each of its acts is a case
        often = max(_TOPIC_MENTIONS, len(self.body) // _TOPIC_SPACING)
        return any(self.body.count(name[i:]) >= often for i in range(max(1, len(name) - 3)))

    def learn_aliases(self, text: str, found: list[Mention]) -> list[Mention]:
        """``found`` with each name defined by an alias renamed to it: the article, and
        so its readers, refer to the case by the short name from then on. A group or company
        goes by its name without 集团/有限公司 too (青屿港务集团 … 青屿港务的做法)."""
        out = list(found)
        for m in _ALIAS.finditer(text):
            at = next((i for i, f in enumerate(out) if f.end == m.start() and f.named), None)
            if at is not None:
                alias = m.group(1).strip().strip("《》")
                self.aliases[alias] = out[at]
                out[at] = replace(out[at], name=alias)
        for f in out:
            short = _COMPANY_FORM.sub("", f.name)
            if f.named and f.form == "suffix" and short != f.name and len(short) >= 3 and short not in self.aliases:
                self.aliases[short] = f
        return out

    def alias_mentions(self, text: str) -> list[Mention]:
        return [
            Mention(m.start(), m.end(), alias, full.entity_type, True, full.form)
            for alias, full in self.aliases.items()
            for m in re.finditer(re.escape(alias), text)
        ]

    def first_cited(self, docs: list[Mention]) -> list[Mention]:
        """The documents not cited before: a later 《…》 only refers back to one."""
        new = [d for d in docs if d.name not in self.cited_docs]
        self.cited_docs.update(d.name for d in docs)
        return new


def find_mentions(text: str, tokens: list[Token], ctx: Context) -> list[Mention]:
    """Every candidate name of a sentence, in order; an outer one hides those inside it."""
    found = _quoted(text, tokens, ctx.concepts) + _suffix_phrases(text, tokens) + _proper_runs(text, tokens)
    found = ctx.learn_aliases(text, found)
    found = ctx.alias_mentions(text) + found  # on a tie of spans the alias wins
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[Mention] = []
    for m in found:
        if not any(k.start <= m.start and m.end <= k.end for k in kept):
            kept.append(m)
    return kept
