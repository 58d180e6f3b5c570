"""Cue lexicons of Chinese policy prose, shared by the recommendation, actor and claim rules.

A policy article proposes action with a *modal* (要、应、需要、必须、可以 …) after an
optional subject, or with a subjectless *imperative* clause that opens on an action
verb (加快、推动、构建 …), possibly after connectives (为此、同时) and adverbs (积极、
大力). The same characters also occur inside ordinary words (重要、相应、可能), so each
modal carries the contexts in which it is *not* a modal.

    >>> [(m.group(), m.lastgroup) for m in MODAL.finditer("主要产业应加快转型，企业可以借鉴")]
    [('应', 'should'), ('可以', 'may')]
    >>> bool(IMPERATIVE_HEAD.match("积极融入大湾区建设")), bool(IMPERATIVE_HEAD.match("区位优势明显"))
    (True, False)
"""
from __future__ import annotations

import re


def _alt(words: str) -> str:
    """A regex alternation of space-separated words, longest first (so 建立健全 beats 建立)."""
    return "|".join(sorted(words.split(), key=len, reverse=True))


def _initials(*alternations: str) -> str:
    """A look-ahead for the first characters of the words of ``alternations``.

    Python's ``re`` tries every branch of an alternation at every position of a
    search; a pattern that opens on this look-ahead rejects most positions with one
    character-class test instead (a search over a clause runs several times faster).

    >>> _initials("加快|推进", "积极")
    '(?=[加推积])'
    """
    firsts = dict.fromkeys(word[0] for alternation in alternations for word in alternation.split("|"))
    return f"(?=[{''.join(firsts)}])"


# --- imperative clauses ---------------------------------------------------------------------
DIRECTIVE_VERBS = _alt(
    "加快 加强 加大 加速 推动 推进 推广 促进 提升 提高 增强 强化 深化 优化 完善 健全 建立健全 建立 构建 "
    "建设 打造 培育 培养 发展 发挥 扩大 拓展 拓宽 开拓 开展 开发 探索 创新 鼓励 支持 引导 引进 引入 吸引 "
    "吸收 融入 借鉴 学习 效仿 坚持 落实 实施 贯彻 把握 抓住 抓好 做好 做强 做大 注重 重视 突出 聚焦 搭建 "
    "巩固 开辟 挖掘 弘扬 树立 加入 参与 对接 衔接 统筹 整合 规范 保障 确保 防范 避免 减少 降低 营造 改善 "
    "调整 转变 推行 扶持 倡导 提倡 致力于 力争 争取 瞄准 夯实 筑牢 壮大 激发 激活 释放 破除 畅通 "
    "建成 设立 组建 成立 健全完善 深入推进 用好 利用好 发挥好 处理好 协调 凝聚 共建 共享 应对 稳住 "
    "稳定 提振 制定 实行 推出 出台 修订 放宽 简化 精简 下放 严格 守住 兜牢 织密 保持 补齐 补强 延伸 "
    "引领 带动 加力 做实 做优 培植 集聚 压实 压紧 对标 遏制 处置 化解 防止 杜绝 清理 整治 编制 纳入 启动 "
    "研究制定 研究提高 研究出台 改造 打通 打破 破解 疏通 "
    "布局 改进 严防 理顺 深挖 拥抱 盘活 厘清 细化 谋划 构筑 打好 抢抓 用足 做足 深耕 重塑 减轻 守护 压减 严控 撬动 狠抓 紧抓 抓实 "
    "推荐 扩展 紧盯 盯紧 筹措 关注(?![类度点因])"  # 关注类贷款, 关注因素: a loan class, a noun, not a command
)
ADVERBS = _alt(
    "积极 大力 切实 扎实 着力 努力 进一步 不断 全面 深入 充分 有效 持续 稳步 加快 逐步 主动 科学 合理 "
    "尽快 及时 重点 优先 统筹 高度 广泛 大胆 坚决 坚定 有序 继续 更加 更好 共同 同步 率先 因地制宜 "
    "有针对性 倾力 全力 尽力 务实 深度 协同 精准 集中 合力 加紧 着重 切实有效 认真 坚定不移 持之以恒 "
    "分层分类 前瞻 多渠道 适度 "
    "稳妥 妥善 分类 依法 审慎 "
    "并 并且 还 也 再 更 既 又"
)
# Clause-opening connectives and frames that carry no subject of their own.
CONNECTIVE = re.compile(
    r"^(?:(?:同时|与此同时|此外|另外|另一方面|一方面|为此|因此|所以|因而|由此|可见|总之|综上所述|综上|"
    r"具体而言|具体来说|具体来看|首先|其次|再次|然后|最后|其一|其二|其三|第[一二三四五六七八九十]|"
    r"[一二三四五六七八九十]是|对内|对外|当前|目前|现在|如今|眼下|未来|今后|下一步|展望未来|而且|并且|但是|但|然而|"
    r"不过|而|并|且|还|也|又|既|尤其是|特别是|同样|总体而言|总的来说|长远来看|当然|事实上|实际上|近年来|"
    r"长期以来|与此相应|具体到|那就是|也就是说|就是说|以此|借此|归根到底|归根结底|说到底|从根本上说|"
    r"\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[■●◆▲★□◇○•]"  # run-in numbering and bullets
    r"|(?:嗯+|呃+|啊+|那个|对对对?|是是是?|好的)(?=[，,、\s]))"  # a speaker's fillers
    r"[，,：:、\s]*)+"
)
# A clause opening on one of these is a frame (在…中、通过…): it precedes a predicate.
COVERB = re.compile(
    r"^(?:在|通过|依托|立足|基于|围绕|针对|按照|根据|依据|结合|面对|面向|借助|随着|对于|关于|就|以|从|"
    r"为了|为|作为|凭借|利用|着眼|伴随|鉴于|除了|除|因为|由于|向)"
)
# Of those, the ones whose whole clause is a frame, whatever follows inside it.
FRAME_COVERB = re.compile(
    r"^(?:随着|根据|依据|按照|基于|鉴于|为了|通过|依托|借助|围绕|针对|面对|面向|对于|凭借|立足|着眼于?|伴随|"
    r"除了?|因为|由于|作为|结合|利用)"
)
# A command: adverbs, then an action verb with something after it; a verb followed by
# these is a noun (创新是…, 改革开放以来) or a past event (推动了).
# 实施就业优先: 就业, not 就; 构建多元化…, 推动多平台…: 多 opening the object, not 发展多年; 建立都市圈…
_NOT_A_COMMAND = "(?![了过的是将能也已则不会]|就(?!业)|多(?![元层方样渠平主领维种措部头])|都(?![市会城]))"
_COMMAND = (
    _initials(ADVERBS, DIRECTIVE_VERBS, '“|"')
    + rf"(?:(?:{ADVERBS})地?、?)*[“\"]?(?:{DIRECTIVE_VERBS})(?=\S){_NOT_A_COMMAND}"
)
DIRECTIVE_VERB = re.compile(_COMMAND)
IMPERATIVE_HEAD = re.compile("^" + _COMMAND)  # a clause opening on a command

# what a rule lays down (按照欧盟实施细则，进口商需要…; 根据调整后的安排，…需…): the rule's content,
# neither a proposal nor the article's position
BY_RULE = re.compile(
    r"^(?:[^，,。]{0,12}[，,])?(?:按照|按(?!照)|根据|依据|依照)[^，,。]{0,24}(?:规定|细则|规则|办法|条例|法规|法律|制度设计|安排|协定|标准|章程|文件)[，,]"
)
# a misconception the article sets out to correct (误区一：数字化就是上系统): what it rejects
MISCONCEPTION = re.compile(r"\s*(?:误区|认识误区|错误认识)[一二三四五六七八九十\d]*\s*[：:]")

# --- modals -----------------------------------------------------------------------------------
# One named group per strength (must/should/may); the look-arounds drop the non-modal words
# the characters form.
# what a plea asks its addressee to do (希望市政府高度重视…, 她希望县里整合…): its first words
PLEA = "(?:能够|尽快|进一步|继续|高度重视|客观|切实|与|把|多给|给予|" + DIRECTIVE_VERBS + ")"
PLEA_VERB = re.compile(PLEA)
MODAL = re.compile(
    "(?=[必务亟急迫一非不严应理需须要宜建有切可决绝将值希鼓倡呼千最别请由])"  # the first characters of the branches below (see _initials)
    r"(?:(?P<must>必须|务必|亟需|亟须|亟待|(?<![必亟急所无])(?<!否则)须(?![知臾经])|急需(?![和及、])|迫切需要|一定要|非.{1,6}不可|不得(?!人心|不|已|而知|了)|严禁"
    r"|[决绝]不能|不能(?=只|仅|单纯|简单|盲目|一味|片面|再|搞|忽视|放松|削弱|走|以牺牲)"  # a prohibition, not "cannot"
    r"|千万(?:不要|别)|切莫|不要(?=盲目|一味|简单|急于|过度|再|搞)|(?<![分区特级类])别(?=再|去|盲目))"  # spoken: 千万不要加杠杆, 别再…
    r"|(?P<should>应当|应该|理应|(?<![相适响反供对效顺感呼答回报照策])应(?![用对急运有邀届收付变试酬征聘允验声答承力])"
    r"|(?<![的了所之足应合于必只])(?<!可能)需要(?![的和与及、时])"  # not a need named (生存需要和发展需要), nor a risk (可能需要), nor when one needs (需要时)
    r"|(?<![所必无急亟军供内外刚按只])(?<!可能)需(?![求要知])"  # 只需: all it takes
    r"|(?<![主重需必只纲摘首提概简次紧显政想将就快扼机险却纪])(?<!总是)(?<!终究)(?<!最终)(?<!最终仍)(?<!最终还)(?<!归根到底)(?<!归根结底)(?<!最终还是)(?<!最后还是)(?<!路)(?<!原本)(?<!本来)(?<!早晚)(?<!迟早)要(?![求素点害么是闻件领塞务津道地冲紧不然员职])"
    r"|(?:(?<=我们)|(?<=公司)|(?<=集团)|(?<=我[省市县区]))将(?=" + _COMMAND + ")"  # a plan: 我们将, 公司将 + a command
    r"|(?<=我们)(?:鼓励|倡导|呼吁)(?!了)"  # the department speaking: 我们鼓励企业…
    r"|(?<![\u4e00-\u9fff])不如(?=[\u4e00-\u9fff])"  # (与其A，)不如B, opening its clause
    r"|(?<![便适事制权])宜(?![居人家昌宾兴春])"
    r"|(?<![是得的最有])最好(?![的，,。；;！!、])"  # 家庭最好先还掉消费贷 (not 效果最好, 最好的, 没有最好、只有更好)
    r"|(?<![对策政提的几相关合理化意见和下些条点项])建议(?![如是：:为])"
    r"|(?<![\u4e00-\u9fff])请(?=各(?!位)|有关|相关|(?!以)[\u4e00-\u9fff]{1,12}?(?:局|委|厅|办|部门|政府|单位|中心|公司))"  # a task assigned: 请县财政局… (not 请各位…, 请以…为准)
    r"|有必要|切忌|切勿|(?<![的有寄])希望(?!的)(?=[^，,。；;]{0,16}?" + PLEA + ")"  # a plea: 希望市政府高度重视…
    r"|(?<![\u4e00-\u9fff])由(?=[^，,。；;]{2,16}?(?:牵头|负责))"  # a task a meeting assigns: 由县财政局牵头，…
    r")"
    r"|(?P<may>不妨|值得(?=[^，,。；;]{0,12}?(?:借鉴|推广|学习|效仿|参考|复制))|(?:(?<!完全)|(?=可以(?:借鉴|学习|效仿|参照|复制|推广)))可以(?!说|预见|想见|断定|肯定)|(?<![认许尽不无即“有])可(?![以能见持控行观靠谓是惜信喜比视塑怕言口乐及知否贵爱用取供查循操复推支再量穿降燃回数使达资鉴拓预核抵这那我你他她它咱谁越分]|学可)(?![\u4e00-\u9fff][率性])))"
)

# After these a modal states a dependency, an ability, a result or a principle
# ("必须以X为基础"), not an action to take.
NOT_DIRECTIVE_AFTER_MODAL = re.compile(
    r"依赖|依托于|依靠于|获得|得到|形成(?!.{0,6}(机制|平台|体系))|实现了|带来|产生|起到|达到|取得|满足|"
    r"看出|得出|发现|归纳|分为|归为|划分为|追溯|概括|指出|说明|注意到|承认|(?:注意|强调|提醒|看到|警惕)的是|说(?![明服])|"
    r"(?:相当|很|较|更)?长(?:一段)?的?时间|一段时间|时日|"  # 还需要相当长的时间, 仍需时日: what it takes
    r"(?:清醒|清楚|充分|深刻|客观|冷静)?地?(?:看到|认识到)|"
    r"[^，“]{1,8}的(?!是)[^，“”]{1,8}?(?:是|为|在于)|"  # 亟须解决的问题是… (not 要做的是…, nor inside a quote: 树立“企业的事就是…”)
    r"看(?![到清齐准好])|"  # 归根到底要看…: depends on, not a proposal
    r"(?:缩短|降低|减少|节省|节约|提高|提升|增加|达到|实现|延长)\s*(?:到|至)?\s*(?:每[^\d，,]{1,2})?[$\s]*(?:约|近|逾|超过?)?[$\s]*[\d一二三四五六七八九十两半]|"  # 可缩短15天
    r"占(?:到|据)?[^，,。；;\d]{0,8}?(?:\d|百分之|[一二三四五六七八九]成)|"  # 支出要占到全国的85%: a share it comes to
    r"(?:花费|耗时|投入|耗费|支付)?\s*(?:约|近|逾|超过?|大约)?\s*(?:[$\d]|[一二三四五六七八九十两几数半]+[十百千]?(?:年|个月|天|周|小时|亿|万))|"  # 平均需要30分钟: what it takes
    r"(?:体现|表现|反映)在|"  # 价值最终要体现在…: an evaluation
    r"(?:大量|大批|巨额|较多|较大|较长)|"  # 建仓都需要大量资金: what it takes
    r"从[^，,]{1,16}?(?:缩短|降低|下降|减少|压缩|提高|提升|增加|扩大)(?:到|至)|"  # 时效可以从30天缩短到5天
    r"被|享受|享有|"  # 数据可以被追溯, 企业可以享受减免: what is possible, not proposed
    r"按照?[^，,。；;]*?(?:确定|计算|核定|核算|给予)|"  # 规模可按余额的5%确定: a scheme's rule
    r"到\s*\d{4}\s*年|"  # 至少要到2030年: how long it takes
    r"(?:只|仅|单纯|光)?靠(?!近|拢)|"  # 最终都要靠消费来实现, 不能只靠补贴: a dependency
    r"以[^，]{1,20}为(?:基础|前提|根本|条件)$"  # 必须以X为前提: a principle (以X为依据 tells what to act on)
)

# "X 提出要…", "X认为，…应…", "《…》，建议…": a modal reporting what someone else said or wrote.
REPORTED = re.compile(
    r"(提出|指出|强调|表示|认为|要求|主张|呼吁|发布|印发|出台|颁布|规定|明确|估计|估算|测算|预测|》)(?:[，,：:]|[^，,。；;：:]{0,12}$)"
    r"|^据[^，,。；;]{0,30}(?:调查|统计|测算|调研|数据|显示|报道|估计|预测)[，,]"  # 据…调查，…: facts found, not proposals
)
AUTHOR = re.compile(
    r"(本文|笔者|作者|我们|(?<![跟对给向和问])我(?![国省市区县镇乡村])|本研究|本报告|本章|本书|本课题)(?:以[^，,。；;]{1,12}为例[，,])?\S{0,4}$|^研究(?:结果|结论)?$|^(?:报告|课题组|调研组)$"
)  # 研究认为: the study's own; 报告认为, 课题组认为 at the head of a sentence: the report's
# The author's "I think": the proposition after it is the claim.
# "我认为，X" and "我认为X" alike; 研究发现 opens an abstract's finding.
STANCE = re.compile(
    r"\s*(?:在?(?:我|我们|笔者|本文|作者|本章|本书|本报告|报告|课题组|调研组)(?:也|还|始终|一直|更)?(?:认为|觉得|相信|以为|看来)"
    r"|研究(?:认为|发现|表明))"
)


# "加快X，是…的重要内容" / "…，有利于…": the action phrase is the topic of an assertion.
ASSERTION_OF_ACTION = re.compile(
    r"^(?:也|都|则|就|才|正|更|必将|势必)?(?:是|就是|正是|才是|有利于|有助于|利于|能够|能|只能|将会|会|"
    r"成为|意味着|关系到|决定|(?:根源|原因|关键|症结|问题)在于|对.{1,20}(?:具有|有着|起到|发挥)"
    r"|对于?[^，,]{1,20}(?:十分|非常|尤为|极为|最为)(?:重要|关键))"
    r"|^[^，,。；;]{1,8}?才(?:能够|能|可以|会|得以)"  # 保持增长，企业才能积累资本: the action is a condition
)
IMPORTANCE = re.compile(
    r"至关重要|(?:十分|非常|尤为|极为|最为)(?:重要|关键)|具有.{0,8}(?:意义|作用)|"
    r"(?:是|为|成为)[^，]*的(?:重要|关键|核心|必然|有效|根本)(?:举措|途径|内容|环节|手段|保障|前提|基础|方向|任务)"
)

# 在 opening a frame (在…中), not inside a word (现在、存在、在于).
ZAI = r"(?<![存现所正实自内外])在(?!于)"
# 是 as the copula, not inside a word (但是、于是、总是) or a list marker (一是).
COPULA = r"(?<![但于总还凡或而一二三四五六七八九十])是(?!否)"

PAST = re.compile(r"已经|已|曾经|曾|(?<![为除])了(?![解结])")
# A clause that only dates what follows: "改革开放以来".
TIME_FRAME = re.compile(r"(以来|以后|之后|期间|时期|之际|年代)$|^(截至|截止)")
# a clause asserting what a thing turns on (乡村振兴的关键在人，要…): a claim of its own, naming no actor of what follows
TURNS_ON = re.compile(r"的(?:关键|核心|根本|重点|前提|基础|难点|症结)(?:在于|在|是)")
# A clause that ends after an event, setting the time of what follows: "X建成后", "在加入机制变量后"
# (not 今后, 落后, 滞后).
AFTER_EVENT = re.compile(r"(?<![今落滞])(?:以后|之后|后)$")
QUESTION = re.compile(r"[？?]\s*[”’」』）)]*\s*$")
# a textbook's exercises (复习思考题: 5．结合…，谈谈地方政府应当如何…): tasks set to the reader, no position
EXERCISES = re.compile(r"(?:复习)?思考题|讨论题|练习题?|思考与讨论|课后习题")


def in_exercises(section: tuple[str, ...]) -> bool:
    return any(EXERCISES.fullmatch(h.strip().rstrip("：:")) for h in section)

# A numbered heading that names a topic rather than an action ("…的路径选择", "对策建议").
TITLE_HEAD = re.compile(
    r"(对策|建议|路径|路径选择|分析|研究|意义|思考|探析|探讨|启示|展望|现状|问题|实践|策略|思路|选择|机理|"
    r"逻辑|框架|前言|引言|结语|结论|概述|回顾|背景|综述|模型|假设|进展|成效|成就|概况|历程|情况|成因|原因|特点|"
    r"特征|内涵|困境|目标|小结|术语|思考题)[。.]?$"
)


# --- sections --------------------------------------------------------------------------------
# A section that sets out cases (典型案例, 国内外经验借鉴, 主要做法, 他山之石, 四种消费样本): its paragraphs tell
# what named places and firms did. Not a paper's empirical evidence (经验证据, 经验分析).
_CASE_SECTION = re.compile(r"案例|经验(?!证据|研究|分析|数据|检验|事实)|做法|他山之石|借鉴|(?:[种个类]|典型|生动|鲜活|实践)[\u4e00-\u9fff]{0,4}样本")


def tells_cases(section: tuple[str, ...]) -> bool:
    """Whether a sentence in ``section`` (its heading path) is in a section that sets out cases."""
    return any(_CASE_SECTION.search(heading) for heading in section)


# --- genre -----------------------------------------------------------------------------------
# A report of a meeting (会议综述, 研讨会观点综述, 座谈会纪要) is made of its participants' views,
# which it sets out as its own content (not as literature it discusses).
_MEETING_REPORT = re.compile(r"(?:研讨会|论坛|座谈会|年会|峰会|会议)[^。\n]{0,8}?(?:综述|纪要|述要|侧记)")
_MEETING_HEAD = 1500  # characters of the raw text that name the genre (title, subtitle, first lines)


def reports_meeting(raw: str) -> bool:
    """Whether an article reports a meeting's views, as its title or opening lines say."""
    return bool(_MEETING_REPORT.search(raw, 0, _MEETING_HEAD))
