"""Who should act: the grammatical subject of a directive clause, as the text names it.

Chinese policy prose names the actor before the modal (``佛山应…``), as the pivot
after it (``需要城市进一步提升…``), or once for a whole sentence in a governing
clause (``南宁市在参与…中，除了要…，还应…``). A subject that is an activity or an
abstraction (``招商引资要…``) names nobody; ``X的Y`` with an abstract Y names X.

    >>> actor(["工业城市需要深度挖掘城市的文化内涵"], 0, 4)
    '工业城市'
    >>> actor(["因此", "城市在融入倡议过程中", "需要培育一批创新型企业"], 2, 0)
    '城市'
    >>> actor(["城市的发展战略需要重新思考和定位"], 0, 7)
    '城市'
    >>> actor(["为此", "可以学习先进城市的经验"], 1, 0) is None
    True
"""
from __future__ import annotations

import re

from etl.extract.cues import (
    ADVERBS, CONNECTIVE, COPULA, COVERB, DIRECTIVE_VERBS, IMPERATIVE_HEAD, MODAL, PLEA_VERB, STANCE, TURNS_ON, ZAI,
)
from etl.text.pos import noun_across

# Heads that name an activity, a quality or a thing, not someone who can act.
_ABSTRACT_HEAD = re.compile(
    r"(合作|发展|建设|工作|重点|方面|问题|战略|政策|引资|招商|措施|方式|模式|过程|阶段|关键|核心|基础|目标|任务|"
    r"能力|水平|体系|机制|环境|作用|意义|领域|趋势|形势|方向|路径|思路|理念|内容|因素|资金|资源|力度|程度|规模|"
    r"比例|速度|效率|质量|结构|布局|格局|空间|条件|优势|短板|瓶颈|挑战|机遇|需求|技术|创新|升级|转型|标准|不同|"
    r"差异|定位|关系|影响|效应|成本|风险|功能|设施|倡议|构想|规划|方案|项目|经验|之一|这|此|其|它|他们|"
    r"权重|比重|占比|份额|指标|门槛|上限|下限|环节|业务|事项|安全|隐患|现象|情况|状况|局面|时间|周期|率)$"
)
# Where a subject ends: a frame (在…), an adverb, a modal or a predicate verb.
_PREDICATE = re.compile(
    rf"{ZAI}|通过|对于|如果|假如|倘若|一旦|只要|若(?!干)|(?<![相面绝])对(?![外内接])|(?<![方转])向|从|把|被|"
    rf"不(?![发同少足断良利])|"  # 不 negates a predicate, not a noun's adjective (工业不发达城市)
    rf"(?:也|还|更|都|则|就|正|已|仍|亦|均|才|又|却|未|将|最|很|较|比较|相对|往往|主要|首先|正在|"
    rf"逐步|率先|迫切|进一步|始终|一直|长期|大量|极大|普遍|总体上?|整体上?)(?![来化业济体])|"
    rf"{MODAL.pattern}|(?:{ADVERBS})(?=\S)|{DIRECTIVE_VERBS}|"
    rf"{COPULA}|(?<![所国现拥具含])有(?![限效关些所利助机])|作为|面临|具有|成为|进行|参与|"
    rf"侧重|受|获得|拥有|提出|出台|加入|进入|存在|以|为|除了|除|提供|形成|实现|带来|推出|开始|采取|缺乏|面对|"
    rf"处于|位于|属于|依赖|取得|获取|发生|产生|造成|导致|使|让|认为|看到|凭借|依托|借助|利用|依靠|基于|立足|"
    rf"围绕|按照|根据|(?:仅|只|单|光)靠"
)
# After 需要/要, a pivot subject ("需要城市进一步提升…") is followed by an adverb or a frame.
_VERB_FIRST = re.compile(rf"(?:{DIRECTIVE_VERBS})")
# what ends the body a document asks to act (请X会同Y…, 请X于3月底前…, 请X抓紧研究…)
_ASKED_END = re.compile(rf"会同|联合|配合|牵头|负责|于|在|将|把|按|对|从|及时|尽快|抓紧|认真|切实|\d|{DIRECTIVE_VERBS}")
_PIVOT_END = re.compile(r"进一步|随着|在|通过|加快|积极|不断|切实|大力|更加|更好地|能够|也|都|率先|主动|共同")
# Adverbs between a subject and its modal ("上海浦东新区也可…").
_BEFORE_MODAL = re.compile(
    r"(?:也|还|还是|更|都|则|就|亦|均|同样|首先|一方面|另一方面|同时|既|又|尤其|特别|一定|仍|仍然|必然|理应|至少|更是|不|决不|绝不|完全|当然|同样也|最终"
    r"|这个时候|这时候|此时|现在|目前)+$"
)
_AGENT_END = re.compile(r"(?:委|委员会|部门|单位|机构|主体|政府|企业|局|厅|办|中心|组织|协会|商会|银行|公司|集团|者|人员|方)$")
_WRITERS = "本文|笔者|作者|本研究|本报告"
_WRITER = re.compile(rf"{_WRITERS}|文章|研究")
_BY = re.compile(r"^由(.{2,12}?)(?:牵头|负责|主导|统筹|组织|承担|出面|统一|来)")
_TIME = re.compile(r"(年|月|期间|时期|阶段|以来|当前|目前|今后|未来|下一步|近期|当下|现在|如今|眼下|时候)$")
_QUESTION_WORD = re.compile(r"如何|怎样|怎么|什么|哪些|为何")
_QUOTES = "“”\"'‘’「」《》"
_LISTED = re.compile(r"^(?:诸如|例如|比如|譬如|像)")
_AMONG = re.compile(r"(?<=..)(?:之间|相互之间|彼此之间)$")
# A clause that is only a topic: "尤其是工业城市", "就南宁市而言".
_TOPIC = re.compile(r"^(?:尤其是|特别是|尤其像|就|对于|对)(.+?)(?:而言|来说)?$")


def _agent(np: str) -> str | None:
    """``np`` if it can name an actor; for ``X的Y`` with abstract ``Y``, ``X``."""
    np = np.strip(" 、，,").strip(_QUOTES).removesuffix("的")
    if _LISTED.match(np) or _WRITER.fullmatch(np):
        return None  # "诸如X、Y等环节": cases listed; "本文认为，应…": the writer proposes, someone else acts
    if (head := IMPERATIVE_HEAD.match(np)) and not noun_across(np, head.end()) and not _AGENT_END.search(np):
        return None  # "发展县域经济不能…": an action as topic (but 发展改革部门, 建设单位 act)
    np = _AMONG.sub("", np)  # "陆港城市之间亟需…": the cities act
    while np:
        if len(np) < 2 or len(np) > 24:
            return None
        if _QUESTION_WORD.search(np) or _TIME.search(np):
            return None
        if not _ABSTRACT_HEAD.search(np):
            return np
        owner, sep, _ = np.rpartition("的")
        if not sep:
            return None
        np = owner.strip(_QUOTES)
    return None


def _bare(clause: str) -> str:
    """The clause without its opening connectives (为此、同时 …)."""
    return CONNECTIVE.sub("", clause.strip())


_LOCATIVE_FRAME = re.compile(r"[^\s]{2,}(上|中|下|里|期间|之际|以来)$")


def _predicate(text: str) -> re.Match[str] | None:
    """The first predicate word of ``text``, not a verb that only begins a noun (开发区, 建设银行)."""
    return next((m for m in _PREDICATE.finditer(text) if not noun_across(text, m.end())), None)


def subject(clause: str) -> str | None:
    """The actor a clause names before its predicate, if any (``佛山更侧重于…`` → 佛山)."""
    if topic := _TOPIC.match(clause.strip()):
        if _predicate(topic.group(1)) is None:
            return _agent(topic.group(1))
    text = _bare(clause)
    if not text or COVERB.match(text):
        return None
    m = _predicate(text)
    if m is None or m.start() < 2 or _LOCATIVE_FRAME.search(text[: m.start()]):
        return None  # "新征程上再出发": a setting whose 在 the writer dropped, not a subject
    return _agent(text[: m.start()])


def local_subject(prefix: str) -> tuple[bool, str | None]:
    """``(named, actor)`` for the words before the modal of its own clause."""
    text = _BEFORE_MODAL.sub("", _bare(prefix))
    if stance := STANCE.match(text) or _ELIDED_STANCE.match(text):  # "本文认为我国应…": the author only proposes
        text = text[stance.end():]
    text = re.split(ZAI, text, maxsplit=1)[0]
    text = text.strip(" 、，,")
    if len(text) < 2 or COVERB.match(text):
        return False, None
    return True, _agent(text)


# the writer proposing before the actor: "本文提出县域应…", "本文以某市为例，认为地方政府应…"
_ELIDED_STANCE = re.compile(rf"(?:{_WRITERS})?(?:认为|提出|主张)[，,：:]?")
# a consequence, or the writer proposing ("本文认为，应…"): no earlier subject acts past it
_BARRIER = re.compile(rf"^(因此|所以|因而|为此|于是|从而|进而|故|(?:{_WRITERS})\S{{0,6}}(?:认为|建议|提出|主张))")


def actor(clauses: list[str], cue_clause: int, cue_at: int, previous: str | None = None) -> str | None:
    """Actor of the directive whose cue starts at ``cue_at`` in ``clauses[cue_clause]``.

    Looked for in order: after 建议/希望 (whose subject only proposes); before the cue in its
    clause; as the agent of 由 (应由X牵头) or the pivot after 需要/要;
    in an earlier clause of the sentence not cut off by 因此/为此; ``previous``
    (the actor of the sentence's preceding directive).
    """
    text = clauses[cue_clause]
    cue = MODAL.match(text, cue_at)
    if cue and cue.group() == "请":  # 请县财政局会同县金融办设立…: the body asked, up to its partners, time or verb
        end = _ASKED_END.search(after := text[cue.end():])
        return _agent(after[: end.start()]) if end and end.start() >= 2 else None
    if cue and cue.group() == "由":  # 由县财政局牵头，…: the body that leads
        return _agent(by.group(1)) if (by := _BY.match(text[cue.start():])) else None
    if cue and cue.group() in ("建议", "希望"):  # "笔者建议…", "我们希望美方…": the subject proposes; an actor follows
        rest = text[cue.end():]
        plea = PLEA_VERB.search(rest) if cue.group() == "希望" else None  # 希望行业协会|多给…
        return local_subject(rest[: plea.start()])[1] if plea and plea.start() >= 2 else subject(rest)
    named, who = local_subject(text[:cue_at])
    if named:
        return who
    after = text[cue.end():] if cue else ""
    if by := _BY.match(after):  # "应由省级政府牵头…"
        return _agent(by.group(1))
    if cue and cue.group() in ("需要", "要"):
        end = _PIVOT_END.search(after)
        np = after[: end.start()] if end else ""
        if len(np) >= 2 and not _VERB_FIRST.match(np) and (pivot := _agent(np)):
            return pivot
    first = 0
    for k in range(cue_clause, -1, -1):
        if _BARRIER.match(clauses[k].strip()):
            first = k + (k < cue_clause)
            break
    for k in range(first, cue_clause):
        if not TURNS_ON.search(clauses[k]) and (who := subject(clauses[k])):
            return who
    return previous
