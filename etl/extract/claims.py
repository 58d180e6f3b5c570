"""Claim records: the author's declarative assertions, one per assertion.

A body or abstract sentence minus its directives (a directive is a recommendation,
never also a claim) falls into assertions: runs of clauses up to a ；. A clause that
only reports a figure is left out (and the remark on it: ``，高于同期增速``); an action
phrase that is the topic of an assertion (``加强X，有助于Y``) opens its own; frames
(``随着…``、``在…中``) left at the end of a run are dropped, and so is a plain setting
that only leads into a directive (``未来，佛山推进新型工业化，必须…``) or a figure. An assertion is
kept unless it is an example (如…), a dated event (2017年…), other literature
(张三（2015）研究了…), someone else's words (X提出，…) or who said them (…”一位货代说), the
article talking about itself (本文将…) or its method (将样本分为两组), a list item only naming its point
(其一是融资成本渠道), the ceremony of a press conference (大家上午好), or a plain statement that only reports: the story of a
case (one the examples extractor found, a company's), a date or a figure, what a document says,
the writers' own work. Its type comes from its cue words.

    >>> text = "产业是城市竞争的基础；而城市又是产业发展的载体。"
    >>> [(text[i:j], kind) for i, j, kind in assertions(text)]
    [('产业是城市竞争的基础', 'evaluative'), ('而城市又是产业发展的载体', 'definitional')]
    >>> assertions("2016年出口1076亿元，增长13.6%。")
    []
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from etl.extract.cues import (
    AFTER_EVENT, ASSERTION_OF_ACTION, AUTHOR, BY_RULE, CONNECTIVE, MISCONCEPTION, QUESTION, STANCE, in_exercises,
    reports_meeting,
    tells_cases,
)
from etl.extract.grounding import ground
from etl.extract.quantities import DISCOURSE_NOUNS, RATE_STEP_VERBS, Quantity, find_quantities
from etl.extract.recommendations import Directive, is_frame, is_imperative, reviews, sentence_directives
from etl.text.article import Article, Sentence
from etl.text.clauses import clauses
from etl.text.lines import SPEAKER, is_diary
from models.records import Claim, Example

_MIN_CHARS = 8

_EXAMPLE = re.compile(
    r"^(?:尤其|特别)?(?:是)?(?:如(?![果何今此同若期实])|例如|比如|譬如|诸如|像)[：:，,]?|^以.{1,12}为例|典型(?:例子|案例)"
    r"|是[^，,。；;]{0,16}(?:例子|案例|范例|例证)"  # …，就是跨区域合作的成功案例
)
_LITERATURE = re.compile(r"[（(]\s*\d{4}\s*[）)]|(?:文献|学者|研究|学术界|学界)[^，。]{0,12}(?:探讨|分析|研究|指出|认为|关注)了?")
_SELF = re.compile(
    r"(?:本文|本研究|本章|本节|本期|本刊|本(?:年度)?报告|本白皮书|本书|本课题|课题组|调研组|下面我们|下文|笔者)"
    r"(?:首先|主要|进一步|特|试图|还|也|将持续)?"
    r"(?:将|从|拟|对|在|就|提出|利用|采用|运用|使用|基于|选取|构建|考察|通过|梳理|结合|以(?!为)|刊发|刊登|推出|邀请|编发"
    r"|是(?=[^，,。；;]{0,16}(?:报告|研究|成果|文章))|扩大了|新增了)"  # 本报告是…的年度报告: the report on itself
    r"|^(?:资料|数据)来源[：:]|表\s*\d+(?:报告|列示|列出|给出|汇报)"  # a table's source or what it lists
    r"|^第[一二三四五六七八九十\d]{1,3}(?:部分|章|节)(?:和第[一二三四五六七八九十\d]{1,3}(?:部分|章|节))?"
    r"(?:分别|主要|则|将)?(?:讨论|介绍|报告|比较|归纳|综述|分析|给出|总结|阐述|提出|梳理|回顾|考察|检验|构建|探讨|是|为)"
)  # 第五部分报告实证结果: the article's roadmap
# a step of an empirical method, whoever takes it (将样本分为两组, 选择单一门槛模型, Debt为债务率): no position
_METHOD = re.compile(
    r"(?:将|把)[^，,。；;]{0,12}(?:样本|变量)|样本分为|选择[^，,。；;]{0,8}模型|构建[^，,。；;]{0,30}模型"
    r"|进行[^，,。；;]{0,10}检验|[A-Za-z]+\s*为[^，,。；;]{0,20}(?:变量|指数|效应|利差|比率)"
    r"|^若[^，,。；;]{0,30}显著为[正负]"  # 若系数显著为正，则说明…: how an estimate would be read, not what it found
)
# a moderator's turn frames the topic, and steers the panel, which takes no position
# ("主持人：…也是大家关心的话题", "最后请各位谈谈建议", "以下为对话实录")
_HOST = re.compile(r"^(?:主持人|记者|问|编者按?)\s*[：:]")
_STEERING = re.compile(r"请|各位|大家|谈谈|聊聊|说说|接下来|下面|实录|审阅|整理")
_FINDING = re.compile(r"(?:发现|表明|显示|证实|认为|指出|提出|得出|了解到)(?:了|：|:)?(?!以下|如下|[几若一两三四五六])")
_CLAUSE_BREAK = re.compile(r"[，,：:；;]")
_GLOSSARY = re.compile(r"(?:关键术语|关键词|基本概念)[：:]?$")  # a list of terms under its label asserts nothing
_ANSWERS = re.compile(r"问[：:].*[？?]$")  # a policy Q&A's question heading: its answer sets out measures
_CASE_FRAME = re.compile(r"以[^，,。；;]{1,16}为例")
_OTHERS_SAY = re.compile(r"(?:有人|观点|分析|学者|专家|人士|有的人)[^，,。；;]{0,4}?(?:认为|指出|强调|主张|担心|表示)")
_REPORTED = re.compile(
    r"(?<![个的新高])(?:提出|指出|强调|表示|认为|(?<![入管规策术保准量性标])要求|主张|呼吁)(?![了过的是“])"
    r"|(?<![可以该般实来据听再就所上地是])说(?=[，,：:])"  # 老支书说，…: someone's words
)
_DATED = re.compile(r"^(?:自?\s*\d{4}\s*(?:年(?!将?是|将成为|成为)|—|-)|截至|截止|近日|日前|到\s*\d{4}|据|数据显示|根据[^，]{0,30}(?:显示|统计|数据))")
# What a figure leaves behind when its clause is dropped: "…，高于同期增速", "这还不包括…".
_RATE_STEP = re.compile(rf"每(?:{RATE_STEP_VERBS})\s*[\d一二三四五六七八九十]")
# an estimate reported as a bare decimal (系数为-0.0087, 分别为-0.0105和-0.0131): a regression's figure
_ESTIMATE = re.compile(r"(?<![\d.])[-−]?\d*\.\d{2,}(?![\d.%％])")
_AFTER_FIGURE = re.compile(
    r"^(?:这(?!意味着|表明|说明|反映出?|就是|也就是)|其中|其余|高于|低于|占|超过|相当于|比|较|而|分别|包括|与[^，,]{1,8}(?:一致|相当|接近|相近)"
    r"|在[^，,]{1,12}中(?:最|居|排|位))"  # …增长21.4%，在前八位省份中最快
)
# who said the quotation next to it (“……”一位货代说): an attribution, no position
_ATTRIBUTION = re.compile(r"(?:说|说道|表示|介绍|坦言|直言|回忆|感慨|告诉记者|透露)$")
# What a plain statement only reports (:func:`_reports`): the writers' own work (我们联合…开展了…), a
# date or a figure (an event, a fact), what a document says or does (《规划》分两个阶段提出了目标), and
# an account of a case (a listed example, a company's story), a class of companies (上市公司,
# 投资公司, 子公司) being none.
_OWN_WORK = re.compile(r"(?:^|[，,])\s*(?:我们|我局|我委|我厅|我办)")
_DIGIT = re.compile(r"\d")
_AHEAD = re.compile(r"(?:展望|预计到?)\s*\d{4}\s*年")  # 展望2024年，…仍将保持较快增长: a forecast, no figure
_DOCUMENT_SUBJECT = re.compile(r"《[^》]+》")
_CASE = re.compile(r"[，,]如[：:]?|(?<!投资|运营|平台|上市|控股|国有|民营|城投|跨国|龙头|头部|金融|证券|保险)(?<![子母分])(?:公司|集团)")
# a round-table speaker's move in the conversation ("我同意陈主任的看法", "我补充一点") and a
# report's closing call ("各位代表，让我们…努力奋斗")
_DISCOURSE_MOVE = re.compile(
    r"^(?:我|我们)(?:很|完全|也|想|再|先|主要|就)*(?:同意|赞同|赞成|补充|谈谈?|讲讲?|说说|说两|说几|聊聊?|简单说|接着|强调一下|再举)"
    r"|^(?:[^，,]{0,6}[，,])?让我们"
    r"|^(?:我|我们)(?:曾经?)?(?:跟踪|接触|调研|走访|观察)过|^(?:我|我们)(?:想|再|也|先)?从[^，,]{0,10}(?:角度|层面|理论上)"
    r"|^我(?:来自|是做|是搞|是从事)"  # 我跟踪过一个案例, 我想从宏观角度谈一点看法, 我来自一家电池企业
)
# the ceremony of a press conference or a panel: greetings, thanks, welcomes, what the speaker will
# go through next, a compliment on the question (大家上午好, 谢谢主持人, 下面，我介绍…, 这个问题非常重要)
_CEREMONY = re.compile(
    r"(?:大家|朋友们?|女士们|先生们)[^，,。；;]{0,4}好(?:$|[，,！!])|^(?:谢谢|感谢|欢迎)|^(?:下面|接下来)[，,]?(?:我|请|进入|由)"
    r"|^我(?:重点|简要|简单)?(?:介绍|谈|说)[一两几]?下|^(?:这个|您提的|你提的|刚才)[^，,。；;]{0,6}问题(?:非常|很|十分)?(?:重要|好)"
    r"|^很高兴|请来了|请到了?[^，,。；;]{0,4}(?:位|名)|向大家(?:介绍|通报|说明)|补充介绍"  # 很高兴…向大家介绍…, 今天我们请来了…
)
# A meeting report (:func:`etl.extract.cues.reports_meeting`) is made of its participants' views:
# there "X教授指出，Y" presents Y as what the article sets out, while its account of the proceedings
# (与会者还讨论了…, X介绍了…的做法, …引起了热烈讨论) takes no position.
_VIEW = re.compile(  # the topic may come first (关于土地要素，某研究员指出，…), a reaction before (…表示赞同，并强调…)
    r"(?:(?:关于|针对|对于|就|在)[^，,。；;：:“”]{1,20}[，,])?"
    r"(?:[^，,。；;：:“”]{1,40}?[，,](?:并|还|也|同时|进一步)|[^，,。；;：:“”]{1,40}?)"
    r"(?:(?:认为|指出|强调|表示|坦言|直言|判断)[，,：:]?|(?:提出|分析|谈到|说)[，,：:])"
)
_PROCEEDINGS = re.compile(
    r"与会|会议|议题|焦点|讨论|关注|重视|提及|介绍|看法|观点|测算|分析|发言|致辞|交流|研讨"
)
# a run that goes on with what someone did next (并在当地设立研发中心, 最终不得不转让股权) narrates
_NARRATION = re.compile(r"^(?:并(?![不非])|并且|最终|随后|然后|继而|后来)")
# a plain statement of the writer's own doings (我当场答应, 晚上我和老支书聊到十点多): field notes narrate;
# not the writer's view (我不太赞同…, 我也注意到，…, 我把这叫作…)
_NARRATOR = re.compile(
    r"(?<!自)我(?![们国省市区县])(?![^，,。；;]{0,3}(?:赞同|认同|同意|反对|注意到|认为|觉得|以为|相信|坚持|把这|想|看来|理解|体会|感到|意识到))"
)
_DIAGNOSIS = re.compile(
    r"问题|不足|短板|困难|挑战|矛盾|有待|不强|不高|不大|薄弱|滞后|瓶颈|风险|压力|机遇|结果|根本|关键|特征明显|特点突出"
    r"|严重|失衡|分化|加剧"  # 偏低, 过度, 不平衡…: judgements (_JUDGED), which a review's position takes in too
)
_AS = re.compile(r"[^，,把将]{0,12}?(?<![合工协创动操运写制])作为[^，,]+$")  # "西安作为科技大市" with its figure left out: a frame
# a run-in label opening a point (政府与市场的关系。…): a pair named, no predicate
_LABEL = re.compile(r"[^，,；;是为]{1,10}[与和][^，,；;是为]{1,10}的(?:关系|矛盾|统一|平衡|结合|衔接)$")
# a list item that only names its point (其一是融资成本渠道, 二是贵州塘约村的“合股联营”): a label
_NAMED_ITEM = re.compile(
    r"^(?:其?[一二三四五六七八九十]是|第[一二三四五六七八九十][，,])"
    r"(?P<point>[^，,；;]{2,24}?)(?:渠道|风险|模式|做法|路径|机制|功能|主体|合作社|平台|工具|方式|效应|”)$"
)
# what makes a list item's point a statement, not a label (第二，债务置换可能引发道德风险)
_PREDICATES = re.compile(r"可能|将|会|引发|导致|造成|带来|面临|存在|出现|加大|上升|下降")
# what is left of a sentence whose figures or proposal were taken out: a scope (县内电商从业人员中), a
# viewpoint (从扶持资金的分配看), a case to which a rule applies (对企业投入基础研究的), a condition (若将…纳入)
_FRAGMENT = re.compile(
    r"(?:对[^，,；;]+的|从[^，,；;]+(?:看|来看|而言|分析)|[^，,；;]{2,14}(?<![集手之其空途心当])中|(?:若|如果|假如|倘若|一旦)[^，,；;]+)$"
)
# a review of the literature or of how a thing works argues (二者在逻辑上天然互补), unlike one of work done
_ARGUED = re.compile(r"文献综述|文献回顾|研究进展|理论分析|理论基础|机制|机理|逻辑")
# what makes a plain statement a judgement though no cue word types it: a contrast (但, 却), a lack
# (尚未, 仍以…为主), a dependence, a degree (偏高, 过度, 稀缺, 高度集聚)
_JUDGED = re.compile(r"但|不过|然而|却|尚未|未能|不(?![断同少])|仍|依赖|依存|稀缺|偏[高低小大弱]|过[度剩]|剧烈|显现|高度|快速")
# what a review's statement takes a position with: a diagnosis, a principle stated with 必须 that proposes no
# action (必须以X为基础), what it says a thing is (X是长江上游重要的内河港口, 已成为…, 属于重资产行业), a judgement,
# a comparison or a shift (正由“观光打卡”向“休闲体验”转变, 更能反映…)
_POSITION_IN_REVIEW = re.compile(
    _DIAGNOSIS.pattern + "|" + _JUDGED.pattern + r"|必须|务必|(?<![不就还也都，,])是(?![否以在从])|成为|属于"
    r"|往往|普遍|本质|意味着|证明|表明|远未|更(?:能|加|为)|由[^，,。；;]{1,16}(?:转向|转变|变为|走向)|向[^，,。；;]{1,12}转变"
)
# what lifts a plain statement of field notes above the story: a judgement, a condition, a comparison
_REASONED = re.compile(_JUDGED.pattern + r"|如果|只要|一旦|等于|只能|就|难|比|没有|远")
_ITEM = re.compile(r"\s*其?[一二三四五六七八九十]是")
_COORDINATED = re.compile(r"\s*(?:以及|及|和|与|并且)")
_SEGMENT_END = re.compile(r"[；;]")
_COLON = re.compile(r"[：:]")
# a run that only announces what follows or points back: "主要目标是：", "问题主要表现在三个方面",
# "把握好这三对关系" (not "…经历了三个阶段", which asserts)
_DANGLING = re.compile(
    rf"(是|(?<![可作])为|(?<![独所拥具没特固共占享持])有|包括|(?:如下|以下)[^，,]{{0,6}}|在于|表明|显示|发现|(?:体现|表现|集中)在|"
    rf"(?:在|有|包括|分为|为|以下|如下|存在|归纳|概括|得出|这)[^，,]{{0,6}}?(?:[一二三四五六七八九十两几]|\d+)\s*[个点大项条种对](?:{DISCOURSE_NOUNS})(?:的[^，,]{{0,6}})?)$"
)

# 带动当地就业超过4万人: an impact counted (not 带动房价上涨20%, an effect asserted)
_IMPACT = re.compile(r"(?:带动|创造了?|吸纳了?|提供了?)(?:(?!上涨|增长|提高|提升|上升|下降|降低|增加|减少)[^，,；;。]){0,12}$")
_THEREFORE = re.compile(r"因此|因而|所以|从而|进而")  # "成本因此下降了12%": a figure that follows, not an effect asserted
_CAUSAL = re.compile(r"因为|由于|导致|使得|从而|因此|所以|进而|有助于|有利于|促进|制约|受限于|受制于|带动|"
                     r"得益于|取决于|决定|造成|引起|源于|在于|使其|使之|推动了|影响|表明|说明|带来|创造了|迫使|倒逼")
_TYPES = (
    ("causal", _CAUSAL),
    ("evaluative", re.compile(r"重要|关键|核心|根本|基础|优势|不足|薄弱|明显|突出|显著|较低|较弱|较高|困难|挑战|"
                              r"困境|短板|瓶颈|缺乏|不够|广阔|巨大|良好|有效|主体|支撑|动力|机遇|至关|必然|"
                              r"不容乐观|滞后|落后|问题|强劲|凸显|成效|面临|约束|偏低|偏弱|严重|低端|"
                              r"不确定|不平衡|不均衡|不充分|不匹配|脆弱|艰巨|紧迫|难以|风险|隐患|矛盾|本质|实质|根源|"
                              r"有限(?!公司|责任|合伙)|复杂|激烈|加剧|趋严|趋紧|坦途|严峻|承压|乏力|"
                              r"先行者|领跑者|排头兵|领头羊|主力军|压舱石|稳定器|风向标|典范")),
    # 为 as a copula (A为B), not in 作为/成为/认为/因为/行为 nor a frame (以X为主)
    ("definitional", re.compile(r"是指|指的是|就是|即|称为|意味着|体现在|是|(?<![作成认因行以称视较更极尤广可])为(?![了主])")),
)


def claim_type(text: str) -> str:
    """causal | evaluative | definitional | descriptive, by the first family of cues present."""
    return next((kind for kind, cue in _TYPES if cue.search(text)), "descriptive")


def _is_claim(text: str) -> bool:
    bare = CONNECTIVE.sub("", text)
    first = _CLAUSE_BREAK.search(text)
    # who says what follows opens it, or others' views are set out (…，有观点认为…)
    reported = _REPORTED.search(text, 0, first.end() if first else len(text)) or _OTHERS_SAY.search(text)
    return len(text) >= _MIN_CHARS and not (
        _EXAMPLE.search(bare) or _LITERATURE.search(text) or _DISCOURSE_MOVE.match(bare) or _SELF.search(text)
        or (_DATED.match(bare) and claim_type(text) != "evaluative")  # 2024年，…总体稳健 evaluates
        or _CEREMONY.search(bare)
        or _METHOD.search(text)
        or _LABEL.match(bare) or _ATTRIBUTION.search(text)
        or ((item := _NAMED_ITEM.match(text)) is not None and claim_type(item.group("point")) == "descriptive"
            and not _PREDICATES.search(item.group("point")))
        or (reported and not AUTHOR.search(text[: reported.start()]))
        or (claim_type(text) == "descriptive" and _reports(text, bare))
    )


def _reports(text: str, bare: str) -> bool:
    """Whether a plain statement (no cue of cause, evaluation or definition) only reports: a case's
    story, what a document says, a dated event or a figure, the writers' own work."""
    return bool(_CASE.search(text) or _DOCUMENT_SUBJECT.match(bare) or _DIGIT.search(_AHEAD.sub("", text))
                or _OWN_WORK.search(text))


def _figures(text: str, span: tuple[int, int]) -> list[Quantity]:
    """The figures of the sentence ``text`` inside the clause ``span`` (the sentence is scanned once)."""
    return [q for q in find_quantities(text) if span[0] <= q.start and q.end <= span[1]]


def _reports_figure(text: str, span: tuple[int, int]) -> bool:
    """Whether the clause reports a figure; a causal one only when the figure is most of it:
    "带动就业2.3万人" reports a figure, "交通改善带动沿线房价上涨20%" asserts an effect."""
    clause = text[slice(*span)]
    if _RATE_STEP.search(clause) or _ESTIMATE.search(clause):
        return True  # "数字化水平每提高1个单位，出口增加12.6%": the condition of the figure after it; "系数为-0.0087"
    figures = _figures(text, span)
    return bool(figures) and (
        not _CAUSAL.search(_THEREFORE.sub("", clause)) or len(clause) - sum(q.end - q.start for q in figures) < _MIN_CHARS
        or bool(_IMPACT.search(text, span[0], figures[0].start))
    )


def _judges_figure(clause: str) -> bool:
    """A remark on a figure that judges or explains it (这部分村的基础依然脆弱, 这与…密切相关): a claim."""
    return clause.lstrip().startswith("这") and claim_type(clause) in ("causal", "evaluative")


def _ends_run(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether an assertion ``text[start:end]`` ends before the clause at ``next_start``: at ；, or
    at a colon after a whole assertion that someone's words then bear out ("人才短缺是瓶颈：一位
    经理表示…"); what a colon opens is otherwise the assertion's own elaboration."""
    between = text[end:next_start]
    return bool(_SEGMENT_END.search(between)) or (
        bool(_COLON.search(between)) and not _DANGLING.search(text[start:end])
        and bool(_REPORTED.search(text, next_start))
    )


def _topic_action(words: list[str], k: int) -> bool:
    """Whether clause ``k`` opens an action phrase that the next clause asserts about."""
    return k + 1 < len(words) and is_imperative(words[k]) and bool(ASSERTION_OF_ACTION.match(words[k + 1]))


def _runs(text: str, spans: Sequence[tuple[int, int]], taken: Sequence[Directive]) -> list[list[int]]:
    """Clause indices of the candidate assertions of a sentence."""
    words = [text[s:e] for s, e in spans]
    runs: list[list[int]] = []
    open_run = False
    for k, (s, _) in enumerate(spans):
        figure = _reports_figure(text, spans[k])
        if figure or any(d.core <= s < d.end for d in taken):
            open_run = False
        elif not open_run and k and (_figures(text, spans[k - 1]) or _ESTIMATE.search(words[k - 1])) \
                and _AFTER_FIGURE.match(words[k]) and not _judges_figure(words[k]):
            continue  # a remark on the figure just left out
        elif open_run and not _ends_run(text, spans[runs[-1][0]][0], spans[k - 1][1], s) and not _topic_action(words, k):
            runs[-1].append(k)
        else:
            runs.append([k])
            open_run = True
    return runs


def _opening(text: str, views: bool = False) -> int | None:
    """Where the assertions of a sentence may begin: after a round-table speaker's label or,
    in a meeting report (``views``), after the participant a view is attributed to and,
    in the article's account of itself (本文以…为例，…), only at what it found or proposes
    (…，发现X); None when it reports only its own method (本文利用…数据，考察了…)."""
    if views and (view := _VIEW.match(text)):
        return view.end()
    speaker = m.end() if (m := SPEAKER.match(text)) else 0
    lead = CONNECTIVE.match(text, speaker)
    if not (own := _SELF.match(text, lead.end() if lead else speaker)):
        return speaker
    found = _FINDING.search(text, own.start())
    return found.end() if found else None


def _units(text: str, start: int, taken: Sequence[Directive]) -> list[tuple[int, int]]:
    """Assertion spans ``[i, j)`` from ``start`` on in a sentence whose directives are ``taken``."""
    spans = [(max(s, start), e) for s, e in clauses(text) if e > start]
    if spans and (stance := STANCE.match(text, *spans[0])):  # the author's 我认为 is not part of what is asserted
        spans = [(stance.end(), spans[0][1])] + spans[1:] if stance.end() < spans[0][1] else spans[1:]
    units = []
    for run in _runs(text, spans, taken):
        if len(run) > 1 and _CASE_FRAME.fullmatch(text[slice(*spans[run[0]])].strip()) \
                and claim_type(text[spans[run[1]][0]:spans[run[-1]][1]]) != "descriptive":
            run = run[1:]  # 以鲁禾为例，全链条模式的优势在于…: what the case shows is judged (its story is no claim)
        while run and (is_frame(clause := text[slice(*spans[run[-1]])]) or AFTER_EVENT.search(clause)
                       or _FRAGMENT.match(clause.strip())):
            run.pop()
        if not run or _framed_throughout(text, [spans[k] for k in run]):
            continue
        i, j = spans[run[0]][0], spans[run[-1]][1]
        if _DANGLING.search(text[i:j]) or (len(run) == 1 and (is_imperative(text[i:j]) or _AS.match(text[i:j]))):
            continue  # "主要目标是：" or "深入实施X战略" with its figures left out
        if claim_type(text[i:j]) == "descriptive" and (
            _leads_into(text, j, spans, taken) or (_leads_into_figure(text, spans, run[-1]) and not _JUDGED.search(text, i, j))
        ):
            continue  # a plain setting of the directive or the figure after it (服务贸易保持较快增长，前三季度…)
        units.append((i, j))
    return units


def _framed_throughout(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """A frame continued by coordination only: "基于X的地位，以及Y的前景" asserts nothing."""
    return is_frame(text[slice(*spans[0])]) and all(_COORDINATED.match(text, s) for s, _ in spans[1:])


def _leads_into_figure(text: str, spans: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether clause ``k`` is followed, in the same segment, by a clause that reports a figure."""
    return k + 1 < len(spans) and not _SEGMENT_END.search(text, spans[k][1], spans[k + 1][0]) \
        and _reports_figure(text, spans[k + 1])


def _leads_into(text: str, end: int, spans: Sequence[tuple[int, int]], taken: Sequence[Directive]) -> bool:
    """Whether a directive of the same segment starts right after ``end``."""
    return any(d.core > end and not _SEGMENT_END.search(text[end:d.core])
               and not any(s >= end and e <= d.core for s, e in spans) for d in taken)


def assertions(text: str, taken: Sequence[Directive] = (), views: bool = False) -> list[tuple[int, int, str]]:
    """``(start, end, claim_type)`` of the assertions of a clean sentence; ``views``: the
    sentence is from a meeting report, whose participants' views are what it sets out."""
    if QUESTION.search(text) or BY_RULE.match(text) or MISCONCEPTION.match(text) or (start := _opening(text, views)) is None:
        return []
    return [
        (i, j, kind) for i, j in _units(text, start, taken) if _is_claim(text[i:j])
        and not ((kind := claim_type(text[i:j])) == "descriptive"
                 and (_NARRATION.match(text, i) or _NARRATOR.search(text, i, j)))
        and not (views and start == 0 and _PROCEEDINGS.search(text, i, j))
    ]


# what a case section draws from its cases rather than tells of them: 并非个别现象, 往往更为艰难, 才能产生实效
_GENERALISES = re.compile(r"并非|往往|才能|印证|提醒|需要|有待|难以|不高|更为|更加|普遍|关键|本质|规律|意味着|可能|能够|隐忧|停留在")


def _confidence(sentence: Sentence, first: bool, kind: str) -> float:
    """Abstract and paragraph-opening sentences carry the thesis; a cue word makes a position."""
    base = 0.7 if sentence.role == "abstract" else 0.6 if first else 0.45
    return round(base + (0.0 if kind == "descriptive" else 0.1), 2)


def extract(article: Article, cases: Sequence[Example] = ()) -> list[Claim]:
    """The claims of an article; a plain account (descriptive or definitional) of one of its
    ``cases`` (比亚迪匈牙利工厂于2025年投产), or a descriptive sentence of a section that sets out
    cases, asserts nothing general."""
    out: list[Claim] = []
    paragraph = None
    host = None  # the paragraph a moderator's turn opened
    views = reports_meeting(article.raw)
    diary = is_diary(article.raw)
    for s in article.sentences:
        first, paragraph = s.paragraph != paragraph, s.paragraph
        if first and _HOST.match(s.text):
            host = s.paragraph
        if s.role not in ("body", "abstract") or (s.paragraph == host and _STEERING.search(s.text)) \
                or (s.section and _GLOSSARY.match(s.section[-1])) or in_exercises(s.section):
            continue
        review = reviews(s.section) and not any(_ARGUED.search(h) for h in s.section)
        told = tells_cases(s.section) or bool(_ANSWERS.search(s.section[-1] if s.section else ""))
        for i, j, kind in assertions(s.text, sentence_directives(s, views), views):
            if s.quotes_at(i):
                continue  # someone's quoted words: evidence the article reports, not its position
            if review and kind != "causal" and (not _POSITION_IN_REVIEW.search(s.text[i:j]) or _done(s.text[i:j])):
                continue  # a review of work done lists events; only its diagnosis or a principle takes a position
            claim = Claim(**ground(article, s, i, j), claim_type=kind, confidence=_confidence(s, first, kind))
            if kind in ("descriptive", "definitional") and any(_overlap(claim, c) for c in cases):
                continue
            if kind == "descriptive" and _tells_story(s.text, i, j, told, diary):
                continue
            out.append(claim)
    return out


def _tells_story(text: str, i: int, j: int, told: bool, diary: bool) -> bool:
    """Whether a plain statement only tells a story: what a case did (村里成立了合作社) in a section that
    sets out cases or in a Q&A's answer, unless it draws a lesson; what happened, in field notes, unless it
    judges, sets a condition or compares."""
    if _GENERALISES.search(text, i, j):
        return False
    return not _REASONED.search(text, i, j) if diary else told


def _done(unit: str) -> bool:
    """A reviewed list item that names an action taken (二是建设数据标注基地), not a finding (二是要素成本较低)."""
    item = _ITEM.match(unit)
    return item is not None and is_imperative(unit[item.end():])


def _overlap(a: Claim, b: Example) -> bool:
    return a.start < b.end and b.start < a.end
