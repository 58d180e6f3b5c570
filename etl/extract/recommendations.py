"""Recommendation records: the directive clauses of an article, one record per directive.

A sentence is cut into clauses, and the clauses into segments at ；and at list
markers (一是、其次 …). A directive starts at a clause whose modal (要、应、需要、
必须、可以 …) is not part of another word, not a dependency (需要依赖) or a result
(可以形成), and not someone else's words (X提出要…, words in quotation marks; a plan's own
provisions passed on, 《规划》明确，要…, do propose) nor the
lesson a case teaches (这一案例说明，X需要…); or, at the head of a segment,
at a subjectless clause opening on an action verb (加快…、在…方面，强化…) that is not
itself the topic of an assertion (加快X，是…的重要内容) nor a past event. It runs until
the next directive of its segment (the second half of a pair, 既要…，又要…, continues it),
and takes in the frames before it (为此、在…中、南宁市在…中) so that its evidence carries
its governing subject.

    >>> text = "因此，城市在转型中需要培育创新企业；需要开放的创新体系。"
    >>> [(text[d.start:d.end], d.strength, d.actor) for d in directives(text)]
    [('因此，城市在转型中需要培育创新企业', 'should', '城市'), ('需要开放的创新体系', 'should', '城市')]
    >>> directives("佛山市出台了实施方案，提出要建设先行区。")
    []
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.actors import actor, local_subject, subject
from etl.extract.cues import (
    AFTER_EVENT,
    ASSERTION_OF_ACTION,
    AUTHOR,
    BY_RULE,
    CONNECTIVE,
    COPULA,
    COVERB,
    DIRECTIVE_VERB,
    FRAME_COVERB,
    IMPERATIVE_HEAD,
    IMPORTANCE,
    MISCONCEPTION,
    MODAL,
    NOT_DIRECTIVE_AFTER_MODAL,
    PAST,
    QUESTION,
    REPORTED,
    TIME_FRAME,
    TITLE_HEAD,
    TURNS_ON,
    ZAI,
    in_exercises,
    reports_meeting,
)
from etl.extract.grounding import ground
from etl.text.article import Article, Sentence
from etl.text.clauses import clauses
from etl.text.headings import heading_level
from etl.text.pos import noun_across
from etl.text.speech import inside_quotation
from models.records import Recommendation

# Sections that report what was done, how it was studied or how a thing works: their bare verb
# phrases (深入实施X，新增Y; 构建计量模型; 降低交易成本) are achievements, methods or mechanisms.
# A study's sample (数据与样本), not the samples an article sets out (四个县，四种消费样本).
_REVIEW = re.compile(
    r"(回顾|成绩|成效|进展|现状|成就|做法|实践|基础|优势|历程|概况|研究设计|模型|模型设定|模型构建|变量|变量选取|"
    r"(?:(?<![\u4e00-\u9fff])|(?<=[与和及])|(?<=研究)|(?<=调查))样本|数据|数据来源|研究方法|实证分析|实证检验|稳健性检验|文献综述|文献回顾|研究假设|"
    r"机制|机理|理论分析|理论基础)$"  # how a thing works: its verb phrases are mechanisms (降低交易成本)
)
_THESIS = re.compile(r"(?<![但于就])是|在于")  # a heading that states a thesis (X的本质是转换经营机制) reviews nothing
_LIST_MARK = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十][，,、]?|首先|其次|再次|最后)")
_SEMICOLON = re.compile(r"[；;]")
_FRAME_END = re.compile(r"(中|过程中|时|期间|下|上|方面|领域|背景下|基础上|而言|来说|来看|阶段|环节|层面|除了?.+外)$")
_INTRO = re.compile(r"(如下|以下几点|以下几个方面|包括|主要有)$")  # "具体措施如下：…"
_LOCATIVE = re.compile(r"^(?:在|于|从|当|就|对)")
_OUGHT_TO_BE = re.compile(r"是[^，,。；;]{1,12}[，,]?\s*而(?:不是|非)")
_TOPIC = re.compile(r"[\u4e00-\u9fff]{1,6}(?:方面|领域|层面)")  # 用电方面，支持…: the field a measure is in
_FIELD_HEADING = re.compile(r"^[^，,。；;]{2,16}(?:方面|领域|层面)[。.]?\s*$")  # （二）清理拖欠账款方面: the field reported on
_AIMED = re.compile(r"^以.+?为(?:核心|导向|重点|抓手|主线|主干|目标|基础|依托|支撑|突破口|契机|牵引|主体|中心|纽带|载体)")
_IN_FRAME = re.compile(ZAI + r".*?(过程中|背景下|基础上|方面|期间|中|上|下|时)")
_COPULA = re.compile(COPULA)
# a plan's schedule: the period a step is due in (一季度：出台…, 2025年上半年：…, 第二阶段：…)
_SCHEDULE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年\s*)?(?:[一二三四1-4]\s*季度|上半年|下半年|年底前?|年内|近期|中期|远期|短期|中长期"
    r"|第[一二三四五六七八九十\d]{1,2}(?:年|阶段|季度))\s*[：:]?"
)
# how a class of cases is to be treated (对签约项目实行全周期跟踪, 对新开业的酒店给予一次性奖励)
_TREATMENT = re.compile(r"对[^，,。；;：:]{1,24}?(?:给予|实行|予以|实施)(?![了过的])")
# how often or by when a command is to be done, before its verb (每年举办…, 三年内盘活…)
_WHEN = re.compile(r"^(?:每年|每季度|每半年|每月|年内|[一二三四五六七八九十两\d]{1,2}\s*(?:年|个月)内)")
_BARE_PROPOSAL = re.compile(r"建议[：:]?\s*$")
# a label naming the measures that follow (应对措施：公司将…): no proposal of its own
_MEASURES_LABEL = re.compile(r"(?:应对|保障|主要|具体|相关|改进|整改|配套|防范)(?:措施|对策|举措)[：:]?")
_TAKES = re.compile(r"需要|需(?!求)")
_ACTION_TOPIC = re.compile(rf"{IMPERATIVE_HEAD.pattern}|^(?:实现|完成|达成)")  # 实现碳中和需要…: an action as topic
# "创新资源丰富", "协调机制不健全": a verb heading a noun phrase whose state the clause describes
_STATE_END = re.compile(
    r"(?:较|很|十分|非常|相对|比较|明显|严重|仍然|仍|还|尚|普遍|总体)?(?:不|欠)?"
    r"(?:丰富|较好|良好|广阔|健全|完善|到位|紧张|困难|不够|不足|薄弱|滞后|有限|偏低|偏高|偏弱|偏小|"
    r"高|强|大|多|快|慢|低|弱|小|少|突出|明显|欠缺|单一|分散|落后|缓慢|迅速|显著|强劲|畅通|顺畅|旺盛|活跃|"
    r"匮乏|短缺|缺失|失衡|乏力|低下|不畅|并存|共存|交织|叠加)$"
)
_CAUSATIVE = re.compile(r"推动|保持|确保|实现|做|使|让|促进|促使|力争|争取|形成|加快|更加|更为|进一步")
# "加入区域协定能够抵消…": what the action does, asserted (not 打造能够辐射全国的枢纽, whose 能够 modifies)
_EFFECT_OF_ACTION = re.compile(r"(?<=\S)(?:能够|有助于|有利于)(?![^，,。；;的]{0,6}的)")
_CONDITION_NEXT = re.compile(r"^(?:就|才|则|需要|必须|需|应)")
_EMBEDDING = re.compile(r"(寻找|寻求|转向|成为|形成|具有|拥有|提供|缺乏|找到|发现|认为|表明|显示|意味着|说明)$")
_PREDICATE_NOUN = re.compile(r"(?:也|都|就|正|才)?是.")  # "…，是当前必须回答的问题", "这正是我们需要思考的问题": inside what X is
_LIES_IN = re.compile(r"在于|取决于|源于")  # what a noun phrase's point lies in
_MODIFIES = re.compile(r"[^，,；;。]{1,8}的")  # the modal's verb phrase modifies a noun: 必须回答的问题
# 可以 + a bare verb modifying a noun: 可以抵押的资产, 可交易、可抵押的资产
_MAY_MODIFIES = re.compile(r"[\u4e00-\u9fff]{1,2}(?:、(?:可以?|能)?[\u4e00-\u9fff]{1,2})*的")
_MAY_BECOME = re.compile(r"成为|视为|看作|理解为|用来|用于|是")  # 乡村可以成为新空间, 也可以是鲜食: a potential
# how a thing can act, by which channels (数字经济可以通过三条路径影响…): a mechanism, not a proposal
_MAY_ACT_THROUGH = re.compile(r"通过[^，,。；;]{0,12}?(?:路径|渠道|机制|途径)")
# what a measure can yield, counted (每年可减少煤耗约38万吨, 高铁圈可覆盖约4亿人口): an estimate, not a proposal
_MAY_YIELD = re.compile(r"(?:新增|增加|减少|降低|节约|节省|覆盖|带动|创造|提供|拉动|吸纳|增收|筹集|募集|撬动)[^，,。；;]*?(?:\d|数以[十百千万]计|上[百千万])")
# a modal inside an indirect question (其成效在多大程度上可以复制, 能否…): nothing proposed
_ASKED = re.compile(r"多大程度|是否|能否|能不能|可否")
# 游客可通过小程序查询…, 企业可以在一个账户内完成…: what a service lets its users do
_MAY_ACHIEVE = re.compile(r"做到|实现|达到|完成|享受|获得|查询|节省|节约|缩短|兑换|办理|绑定|买到|到达|收到|满足|看到|上架|发货|便宜")
# a figure aimed at (力争到2027年，夜间消费额突破30亿元): a target, no action proposed
_TARGET = re.compile(
    r"(?:力争|争取)[^，,；;]*?(?:年|前|内|底)?[，,]?[^，,；;]*?"
    r"(?:达到|突破|超过|提高到|提升到|增加到|降至|降低到|控制在|增长|翻一番|实现)\s*[\d$.约近超]"
)
_LEAD_IN = re.compile(r"以下|如下|一些|不少|部分|几点|许多|很多")  # 以下几点经验值得借鉴: the cases follow
# "改造往往需要投入…", "每天要为…服务": what it takes or is done, not a proposal
_HABITUAL = re.compile(r"(?:往往|通常|常常|经常|总是|大多|多半|一般都?|平均|每天|每次)(?:还|也|都)?$|每年都$")
# "之所以要…，是因为…": the reason for an action; "过去…要托老乡": how things were done
_EXPLAINED = re.compile(r"之所以|是指|指的是|所谓")  # ("所谓X，是指…需要…": a definition)
# the second half of a paired proposal (既要…，又要…; 不能…，而要…; 要…，但不能…; 要…，不要…)
_SECOND_HALF = re.compile(
    r"\s*(?:(?:又|也|更|还|而|而是|但|但也|却|同时)(?:要|应|应该|应当|需要|不能|不宜|不要|必须|不可)|不要|切忌|切勿"
    r"|但[\u4e00-\u9fff]{1,4}?(?:要|应|必须)(?!是))"  # 抱团项目可以搞，但比例要控制: the limit on what the first half allows
)
# a prohibition, then what to do instead (不能头痛医头，必须从…): one proposal
_PROHIBITION = re.compile(r"[^，,]*(?:不能|不宜|不要|切忌)")
_INSTEAD = re.compile(r"\s*(?:必须|要|应当?|需要)")
_ADDRESSING = re.compile(r"针对|面对|面临|应对|围绕")
_CLAUSE_START = re.compile(r"[，,；;：:。](?=[^，,；;：:。]*$)")  # the last clause break before a point
# the document itself as the sentence's subject, after a frame at most (《规划》提出, 同时，《意见》要求)
_DOCUMENT = r"\s*(?:[^，,。；;]{0,6}[，,])?《[^》]{1,30}》"
_DOCUMENT_SAYS = re.compile(_DOCUMENT + "$")
_PROVIDES = frozenset({"提出", "明确", "强调", "要求", "指出"})
# a plan's provision passed on as a command (《若干措施》提出，支持民营企业…): a policy interpretation's proposal
_PROVISION = re.compile(_DOCUMENT + r"(?:还|也|进一步)?(?:提出|明确|要求|强调|规定)[：:]?\s*")
# what a case or the evidence teaches (这一案例说明，…; 实践表明，…; 这提醒我们，…), or what a hypothesis
# states (假说2：…)
_LESSON = re.compile(r"(?:表明|说明|证明|提醒我们|告诉我们|启示我们|假说\s*\w{0,3}|\bH\d+[a-z]?\s*)[，,：:]")
_CONTRAST = re.compile(r"\s*与[^，,]{1,20}(?:不同|相比|相同|一样|类似)$")  # 与电商需要经营能力不同: a frame
_CONDITION = re.compile(r"\s*(?:只要|只有|即便|即使|如果|若|一旦|无论|不论|倘若|假如)")
_BACK_THEN = re.compile(r"^(?:过去|以前|从前|当时|那时)(?![\d一二三四五六七八九十几两]+年)")
_INSTRUMENT = re.compile(r"^(?:通过|依托|借助|凭借|利用)")
_BA = re.compile(r"^(?:把|将)(?!来|会|要|成为|是)")  # 把A与B结合起来: an action on A
# 把稳就业摆在突出位置, 将X纳入考核, 把A和B结合起来: a command that moves its object somewhere or joins
# two things (its verb is the head)
_BA_COMMAND = re.compile(
    r"(?:(?:进一步|切实|加快|尽快|积极|坚持|始终)地?)?(?:把|将)(?!来|会|要|成为|是)[^，,。；;]{1,24}?"
    r"(?:作为|摆在|放在|纳入|列入|融入|贯穿|落实到|推广至|推广到|扩大到|延伸到|打造成|(?:结合|统一|衔接|统筹)起来)"
)
# a section's name that begins with a verb (五、保障措施, （一）发展基础, （一）发展环境深刻变化)
_ADDRESSEE = re.compile(r"(?:对|针对|面向)[^，,：:；;]{1,16}$")  # （二）对县级政府: whom the proposals below address
_PROPOSALS = re.compile(r"(?:建议|对策|对策建议|政策建议|举措|主要措施|思路与对策)$")  # a section its numbered headings propose in
_SECTION_NAME = re.compile(
    r"(?:(?:保障|支撑|配套)措施|(?:主要|重点)任务|基本原则|总体要求|指导思想|(?:趋势|形势|前景)(?:研判|展望|分析|预测))$"
    r"|发展(?:基础|环境|现状|态势|历程|趋势)"
)
_PURPOSE = re.compile(r"[\u4e00-\u9fff]{2}(?:这一|这个|这些|这种|上述)[\u4e00-\u9fff]{1,4}$")  # 破解这一难题，…: the aim
# who is to act, named before a colon: a level (中央层面：) or the actors themselves (地方政府：, 数据交易机构：)
_LEVEL_LABEL = re.compile(
    r"\s*([^，,：:]{2,10}(?:层面|方面)|[^，,：:、]{0,8}(?:部门|政府|机构|企业|组织|协会|银行|高校|平台|园区|行业|社会))[：:]\s*"
)
_SET_PHRASE = 4
# "三个需要警惕的倾向": a heading naming a topic, the modal's verb only qualifying its noun (not
# "合肥市要切实履行核心城市的牵头责任", whose verb takes the noun as its object)
_NOUN_PHRASE_END = re.compile(r"(?:需要|要|应当?|必须|亟需|值得)[^，,的]{1,4}的[^，,的]{1,6}$")
_STILL_NEEDS = re.compile(r"[仍尚]需")  # "（五）…的机制仍需完善": a heading diagnosing, not proposing
_CUE_SIDE = 12  # the fewest characters the side of a page break holding a proposal's cue needs to be its evidence
_MAX_SUBJECT = 14  # longer words before a modal make it part of a description (很难…转向需要…)
# unless they name the bodies that are to act (市住房和城乡建设局、市自然资源和规划局应…)
_BODIES = re.compile(r"(?:[\u4e00-\u9fff]{2,16}?(?:局|委|厅|部|办|署|政府|中心|集团|协会|银行|分行|支行|公司|部门|单位)[、和与及]?)+")


@dataclass(frozen=True, slots=True)
class Directive:
    """A directive in its sentence: evidence ``[start, end)``; the directive itself from ``core``."""

    start: int
    core: int
    end: int
    cue: int  # where its modal or command verb stands
    strength: str
    actor: str | None
    confidence: float
    modal: bool = True  # False for a bare imperative (加快…), which only a plan can hold


@lru_cache(maxsize=8192)  # asked of each clause by several rules
def is_frame(clause: str) -> bool:
    """A clause that only sets the scene for a predicate (为此、在…方面、通过…、以…为导向、…以来, a
    plan's 二季度：)."""
    bare = CONNECTIVE.sub("", clause.strip())
    if not bare or TIME_FRAME.search(bare) or _PURPOSE.match(bare) or _SCHEDULE.fullmatch(bare):
        return True
    if MODAL.search(bare) or is_imperative(bare):
        return False
    return bool(FRAME_COVERB.match(bare) or _AIMED.match(bare) or _INTRO.search(bare) or _TOPIC.fullmatch(bare)
                or (_LOCATIVE.match(bare) and _FRAME_END.search(bare)))


@lru_cache(maxsize=8192)  # asked of each clause by several rules
def is_imperative(clause: str) -> bool:
    """Whether a clause is a subjectless command: ``积极融入…``, ``在…环节大胆推进…``, ``每年举办…``."""
    bare = _WHEN.sub("", CONNECTIVE.sub("", clause.strip()))
    if TIME_FRAME.search(bare) or _PURPOSE.match(bare):
        return False
    head = IMPERATIVE_HEAD.match(bare) or _BA_COMMAND.match(bare) or _TREATMENT.match(bare)
    if head is None and COVERB.match(bare) and (m := DIRECTIVE_VERB.search(bare)):
        means = bare.startswith("以") and "为" not in bare  # 以制度创新优化营商环境 (not 以推进X为核心)
        head = m if means or _FRAME_END.search(bare[: m.start()]) else None
    if head is None or _COPULA.search(bare[head.end():]) or _EFFECT_OF_ACTION.search(bare, head.end() + 1):
        return False
    of = bare.find("的", head.end()) + 1  # past the 的 of a noun the verb phrase may name (0: none)
    if of and (MODAL.search(bare, of) or _LIES_IN.search(bare, of)):
        return False  # "参与项目的农户每年可获得…", "扩大消费的治本之策在于…": the verb phrase names a noun
    if noun_across(bare, head.end()):
        return False  # "开发区面临…", "建设银行要…": the verb only begins a noun
    if (takes := _TAKES.search(bare, head.end())) and not DIRECTIVE_VERB.search(bare, takes.end()):
        return False  # "建设物流枢纽需要大量土地": what the action takes
    return not (_STATE_END.search(bare) and not _CAUSATIVE.search(bare))


def _modal(sentence: str, offset: int, clause: str, views: bool) -> re.Match[str] | None:
    """The first modal of ``clause`` (at ``offset`` in ``sentence``) that proposes an action;
    ``views``: someone's reported words propose too (a meeting report's participants)."""
    for m in MODAL.finditer(clause):
        if m.group() == "由" and not views:
            continue  # 由X牵头 assigns a task only in a meeting's decisions; elsewhere it tells who led
        after = clause[m.end():]
        if (not after and m.group() != "建议") or NOT_DIRECTIVE_AFTER_MODAL.match(after):
            continue  # a bare 建议 ("笔者建议，…") leads into the clauses that follow
        if m.lastgroup == "may" and (_MAY_MODIFIES.match(after) or _MAY_BECOME.match(after) or _MAY_YIELD.match(after)
                                     or _MAY_ACT_THROUGH.match(after)
                                     or (_MAY_ACHIEVE.search(after) and not DIRECTIVE_VERB.search(after))):
            continue  # "缺少可以抵押的资产", "乡村可以成为…": what can be done or be, not a proposal
        if _ASKED.search(clause, 0, m.start()):
            continue
        local = _IN_FRAME.sub("", CONNECTIVE.sub("", clause[: m.start()]))
        if _OUGHT_TO_BE.match(sentence, offset + m.end()):
            continue  # "能留下的，应该是制度，而不是某一个人": what ought to be the case, a judgement
        if m.group() == "可" and not clause[: m.start()].strip() and _after_a_statement(sentence, offset):
            continue  # "账是清楚的，可从来没有公开过": a lone 可 opening a clause after a statement is "but"
        if ((len(local) > _MAX_SUBJECT and not _BODIES.fullmatch(local)) or AFTER_EVENT.search(local)
                or _EMBEDDING.search(local) or _HABITUAL.search(local) or (_PREDICATE_NOUN.search(local) and _MODIFIES.match(after))
                or _EXPLAINED.search(local) or _BACK_THEN.match(sentence) or BY_RULE.match(sentence) or _CONTRAST.match(clause)):
            continue
        if m.group() == "值得" and _LEAD_IN.search(local):
            continue  # "以下几点经验值得借鉴": the cases that follow are the point, not a proposal
        if m.group() in ("需要", "需") and _ACTION_TOPIC.match(local) and not DIRECTIVE_VERB.search(after):
            continue  # "实现碳中和需要巨额投入": what an action takes, not a proposal
        before = sentence[: offset + m.start()]
        reports = [r for r in REPORTED.finditer(before) if not _framed_report(before, r)]  # the nearest governs
        if (reports and not views and not AUTHOR.search(before[: reports[-1].start()])
                and not _restated(before, reports[-1])):
            continue
        if _taught(sentence, offset, local):
            continue
        return m
    return None


def _after_a_statement(sentence: str, offset: int) -> bool:
    """Whether the clause at ``offset`` follows a whole statement, not a condition (符合条件的，可…),
    a frame (同时，可…; 对…的毕业生，可…), a proposal it goes on with (应推进…，可借鉴…) or nothing."""
    before = sentence[:offset].rstrip("，, ")
    opening = _CLAUSE_START.search(before)
    previous = before[opening.end() if opening else 0:]
    condition = previous.endswith("的") and "是" not in previous  # 符合条件的 (not 账目是清楚的)
    return bool(previous) and not (condition or is_frame(previous) or CONNECTIVE.fullmatch(previous)
                                   or COVERB.match(previous) or _LOCATIVE.match(previous) or MODAL.search(previous))


def _framed_report(before: str, report: re.Match[str]) -> bool:
    """Whether the report word names what a frame addresses (针对新要求，…; 面对…提出的挑战): nobody's
    words govern what follows (按照规定，X应…, on the contrary, passes a rule on)."""
    opening = _CLAUSE_START.search(before, 0, report.start())
    return bool(_ADDRESSING.match(CONNECTIVE.sub("", before[opening.end() if opening else 0:report.start()])))


def _restated(before: str, report: re.Match[str]) -> bool:
    """Whether the report is a plan's provision passed on (《规划》明确，要…): a policy
    interpretation restates its document's directives as the proposals they are."""
    return report.group(1) in _PROVIDES and bool(_DOCUMENT_SAYS.match(before, 0, report.start()))


def _taught(sentence: str, offset: int, local: str) -> bool:
    """Whether the modal (``local`` before it in the clause at ``offset``) is part of the lesson
    a case teaches (这一案例说明，X需要…; 实践表明，只要…，X同样可以…): asserted, not proposed. A
    clause with a subject of its own after a whole assertion draws a proposal from it
    (这说明，X具有脆弱性，企业不宜…), and so does the author (…经验表明，…，我们要…)."""
    lessons = list(_LESSON.finditer(sentence, 0, offset))
    if not lessons or AUTHOR.search(local):
        return False
    if not local_subject(local)[0]:
        return True  # 而是要…, 但也要…: the lesson goes on
    between = [sentence[s:e] for s, e in clauses(sentence) if lessons[-1].end() <= s and e <= offset]
    return all(is_frame(c) or _CONDITION.match(c) for c in between)


def _segments(text: str) -> list[list[tuple[int, int]]]:
    """Clause spans grouped into segments: cut at ；/; and before list markers."""
    segments: list[list[tuple[int, int]]] = []
    prev_end = 0
    for s, e in clauses(text):
        if not segments or _SEMICOLON.search(text, prev_end, s) or _LIST_MARK.match(text[s:e]):
            segments.append([])
        segments[-1].append((s, e))
        prev_end = e
    return segments


@dataclass(frozen=True, slots=True)
class _Start:
    first: int  # first clause of the directive (frames included), index in the segment
    cue: int  # clause of the cue, index in the segment
    at: int  # cue offset in its clause; -1 for an imperative (no modal)
    strength: str


def _starts(text: str, words: list[str], offsets: list[int], views: bool) -> list[_Start]:
    """Where the directives of one segment (its clauses ``words``) begin."""
    starts: list[_Start] = []
    for pos, clause in enumerate(words):
        m = _modal(text, offsets[pos], clause, views)
        if m and m.group() == "要" and pos + 1 < len(words) and _CONDITION_NEXT.match(words[pos + 1]):
            m = None  # "X要获取…，需要…": a condition, not an action
        floor = starts[-1].cue + 1 if starts else 0
        if m and starts and starts[-1].cue == pos - 1 and _BARE_PROPOSAL.search(words[pos - 1]):
            floor = starts.pop().first  # "笔者建议，地方政府要…": one proposal, the bare 建议 leading into it
        if m:
            first = pos
            while first > floor and (is_frame(words[first - 1]) or _FRAME_END.search(words[first - 1])):
                first -= 1
            if (first == pos > floor and not local_subject(clause[: m.start()])[0] and subject(words[pos - 1])
                    and not TURNS_ON.search(words[pos - 1])):
                first -= 1  # "佛山推进新型工业化，必须…": the clause naming the actor belongs to it
            starts.append(_Start(first, pos, m.start(), m.lastgroup))
        elif not starts and is_imperative(clause):
            before = words[:pos]
            listed = pos <= 2 and _LIST_MARK.match(words[0].strip()) and not any(subject(w) for w in before)
            if listed or all(is_frame(w) or _PROVISION.fullmatch(w) for w in before):  # "三是切合X，科学处理好Y"
                starts.append(_Start(0, pos, -1, "should"))
            elif (chain := _instrument_chain(before)) is not None:
                starts.append(_Start(chain, pos, -1, "should"))
    return [s for n, s in enumerate(starts) if _kept(words, s, _end(starts, n, len(words)))]


def _kept(words: list[str], s: _Start, end: int) -> bool:
    """Whether a start ending before clause ``end`` proposes: a modal's, or a command's that is no past
    event; not a bare label before its items (投资建议：) or before the measures it names (应对措施：)."""
    return (
        (s.at >= 0 or _command(words, s, end))
        and not (s.cue == len(words) - 1 and _BARE_PROPOSAL.search(words[s.cue]))
        and not (end == s.cue + 1 and _MEASURES_LABEL.fullmatch(words[s.cue].strip()))
    )


def _paired(starts: list[_Start], words: list[str]) -> list[_Start]:
    """The starts left when a modal clause that opens on a second half (又要/也要/但不能/而应/还需要…)
    right after another directive's cue continues it: 既要A，又要B, 要A，但不能B and 不能A，必须B are
    one proposal."""
    out: list[_Start] = []
    for st in starts:
        second = _SECOND_HALF.match(words[st.cue]) or (
            _PROHIBITION.match(words[st.cue - 1]) and _INSTEAD.match(words[st.cue]))
        if not (out and st.at >= 0 and out[-1].cue == st.cue - 1 and second):
            out.append(st)
    return out


def _instrument_chain(before: list[str]) -> int | None:
    """Where a chain of subjectless actions opened by 通过/依托… begins, when the clauses
    ``before`` an imperative end in one: "X是…，通过发挥Y，把A与B结合起来，(进一步加强…)"."""
    for k in range(len(before) - 1, -1, -1):
        bare = CONNECTIVE.sub("", before[k].strip())
        if _INSTRUMENT.match(bare):
            return k
        if not (is_imperative(bare) or _BA.match(bare) or is_frame(bare)):
            return None
    return None


def _end(starts: list[_Start], n: int, size: int) -> int:
    return starts[n + 1].first if n + 1 < len(starts) else size


def _command(words: list[str], start: _Start, end: int) -> bool:
    """An imperative run that is not a past event nor the topic of an assertion (加快X，是…)."""
    whole = "".join(words[start.first:end])
    if PAST.search(whole) or IMPORTANCE.search(whole) or _TARGET.match(CONNECTIVE.sub("", whole.strip())):
        return False
    for w in words[start.cue + 1:end]:
        if is_frame(w):
            break  # a new frame (就…而言) opens a new predication
        if ASSERTION_OF_ACTION.match(CONNECTIVE.sub("", w)) or _COPULA.search(w):
            return False
    return True


def directives(text: str, views: bool = False) -> list[Directive]:
    """The directives of one clean sentence (``views``: of a meeting report, see :func:`_modal`)."""
    if QUESTION.search(text):
        return []
    found: list[Directive] = []
    spans = clauses(text)
    words = [text[s:e] for s, e in spans]
    index = {span: k for k, span in enumerate(spans)}
    previous: str | None = None
    for segment in _segments(text):
        ks = [index[span] for span in segment]
        segment_words = [words[k] for k in ks]
        starts = _paired(_starts(text, segment_words, [spans[k][0] for k in ks], views), segment_words)
        for n, st in enumerate(starts):
            last = ks[_end(starts, n, len(ks)) - 1]
            who = actor(words, ks[st.cue], st.at, previous) if st.at >= 0 else None
            previous = who
            evidence = st.first if n or st.at < 0 else 0  # a first modal directive carries the sentence head
            confidence = (0.75 if st.at >= 0 else 0.65) + (0.1 if who else 0.0)
            found.append(Directive(spans[ks[evidence]][0], spans[ks[st.first]][0], spans[last][1],
                                   spans[ks[st.cue]][0] + max(st.at, 0), st.strength, who, confidence, st.at >= 0))
    return found


def heading_directive(text: str) -> Directive | None:
    """A numbered heading that is itself a command (``1.加快城市升级，促进产业转型``) or a
    proposal (``（二）政府应完善产业政策``)."""
    body = text
    while (parsed := heading_level(body)) and parsed[2] != body:  # "## （一）加快…": mark, then number
        body = parsed[2]
    spans = clauses(body)
    if not spans or _SECTION_NAME.match(body.strip()) or _FIELD_HEADING.search(body) or (
            TITLE_HEAD.search(body.strip()) and not (len(spans) > 1 and is_imperative(body[slice(*spans[0])]))):
        return None  # a topic (三、产业升级的路径), not commands ending on such an object (坚持…，科学选择发展路径)
    end = len(text.rstrip("。. "))
    label = _LEVEL_LABEL.match(body)  # （一）中央层面：完善制度框架: who is to act, named as a level
    rest = body[label.end():] if label else body
    opening = clauses(rest)[:2]
    commands = [rest[s:e] for s, e in opening]
    if (len(commands) == 2 and (len(commands[0]) <= _SET_PHRASE or _AIMED.match(commands[0]))
            and not is_imperative(commands[0]) and rest[opening[0][1]:opening[1][0]].strip() in "，,"):
        commands = commands[1:]  # 多措并举，建设…; 以数据共享为牵引，推动…: a set phrase or an aim before the command
    if commands and is_imperative(commands[0]):
        return Directive(0, 0, end, 0, "should", label.group(1) if label else None, 0.6, False)
    proposed = directives(body)  # （二）政府应完善产业政策: a heading naming who is to act
    first = body[slice(*spans[0])]
    if (proposed and proposed[0].core == 0 and proposed[0].actor and not _NOUN_PHRASE_END.search(first)
            and not _STILL_NEEDS.search(first)):
        return Directive(0, 0, end, 0, proposed[0].strength, proposed[0].actor, 0.7, True)
    return None


def _proposal_heading(text: str, above: tuple[str, ...]) -> Directive | None:
    """A numbered heading in a section of proposals (六、对策建议 > 1.科学规划夜间经济空间布局) is one, whatever
    verb opens it, unless it names a topic, a question or whom the proposals address."""
    numbered = heading_level(text)
    body = numbered[2].strip().rstrip("。.") if numbered else ""
    if not (body and any(_PROPOSALS.search(h.rstrip("。. ")) for h in above)) or QUESTION.search(body) \
            or TITLE_HEAD.search(body) or _SECTION_NAME.match(body) or _TOPIC.fullmatch(body) or _ADDRESSEE.match(body):
        return None
    return Directive(0, 0, len(text.rstrip("。. ")), 0, "should", None, 0.6, False)


def reviews(section: tuple[str, ...]) -> bool:
    """Whether a section reports what was done or how it was studied."""
    return any(
        _REVIEW.search(h.rstrip("。. 】")) and not _THESIS.search(h) and not heading_directive(h) for h in section
    )


def sentence_directives(sentence: Sentence, views: bool = False) -> tuple[Directive, ...]:
    """Directives of a sentence according to its role (headings are commands or nothing); someone's
    quoted words (他说：“要…”, “…所以物流必须稳。”) propose nothing of the article's own."""
    directives_in = _directives_in(sentence.text, sentence.role, sentence.section, views)
    return tuple(
        d for d in directives_in
        if not any(sentence.quotes_at(at) or inside_quotation(sentence.text, at) for at in {d.core, d.cue})
    )


@lru_cache(maxsize=1024)  # both the recommendation and the claim extractor ask
def _directives_in(text: str, role: str, section: tuple[str, ...], views: bool) -> tuple[Directive, ...]:
    if in_exercises(section[:-1] if role == "heading" else section):
        return ()  # 复习思考题 > 5．…谈谈地方政府应当如何…: a task set to the reader
    if role == "heading":
        if reviews(section[:-1]):
            return ()  # 一、2023年工作回顾 > （二）坚持…
        d = heading_directive(text) or _proposal_heading(text, section[:-1])
        return (d,) if d else ()
    if role not in ("body", "abstract") or MISCONCEPTION.match(text):
        return ()
    review = reviews(section)
    return tuple(d for d in directives(text, views) if d.modal or not review)


def extract(article: Article) -> list[Recommendation]:
    views = reports_meeting(article.raw)
    return [
        Recommendation(**ground(article, s, d.start, d.end, anchor=d.cue, least=_CUE_SIDE), actor=d.actor, strength=d.strength,
                       confidence=round(min(d.confidence, 1.0), 2))
        for s in article.sentences
        for d in sentence_directives(s, views)
    ]
