"""The words that offer a case: 如/例如/比如 before it, 以…为例 around it, 就是一个典型例子
after it, a count that announces its items (两个新区，即…).

    >>> [(c.marker, c.end) for c in find_cues("如青澜、东屿等城市", heading=False)]
    [('如', 1)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.examples.names import COUNT, SUFFIX_END
from etl.extract.examples.reader import Span


# acts that bring a named programme, brand or site about, and class words a quoted name follows
# (比亚迪推出的“刀片电池”, 连锁超市“鲜邻生活”): see ``selection.quoted_cases``
LAUNCHED = "(?:推出|打造|实施|开设|启动|开展|建设|建立|建成|改建|创建|创办|发起|通过|出台|设立|组建|举办)"
NAMING_CLASS = "(?:超市|商场|主播|博主|合作社|小程序|公众号|App|APP|品牌|老字号|平台)"
# what a place does when it launches or pilots something of its own (南京推行“时间银行”)
PILOTS = "(?:推行|探索|试点|试行|创新|推出|建成|建立|设立|组建|引进|打造|实施|开展|启动|实行|首创|开创|做了[^，,。；;]{0,6}探索)"
# a year as PDF text spells it (2021年, 2 0 2 1 年, $2 0 2 1$ 年): when a story's subject acted
YEAR = r"[$\s]*(?:1\s*9|2\s*0)(?:\s*\d){2}[$\s]*年"

# a subject's own strategy (柳州以螺蛳粉为抓手, 新加坡以中央公积金为核心, 湖南以共享储能为主要模式)
OWN_STRATEGY = r"以[^，,。；;以]{1,20}?为(?:主要模式|主抓手|抓手|核心|龙头|突破口|切入点|主线|载体|引领|牵引|特色)"
# what sets a subject's way apart (广东的优势在于…, 江苏的特点是…, 某市的突出做法是…)
OWN_WAY = r"的(?:突出|主要)?(?:优势|特点|特色|经验|做法|路径)(?:主要)?(?:在于|是)"

# Without a cue, a case needs a list closer (等, a count), a 《document》, a story head (a name
# suffix, a company investing somewhere, a quoted name so marked) or a remark after it (…的典型例子, …值得借鉴): a sentence
# with none of these is not tagged.
HINT = re.compile(
    "等|《|例|典型|代表性|代表(?:[，,。；;：:]|$)|借鉴|值得|教训|先行者|佼佼者|排头兵|缩影|样本|样板|如此|有所不同|另一条|另一种|[港馆园]|收购|并购|在[^，,。；;]{1,12}?(?:投资|建设|设立|建立|新建|建成|开设)|"
    rf"(?:{LAUNCHED}了?|的|{NAMING_CLASS})“|"
    rf"(?:于|自|从|在){YEAR}|依托|借助|凭借|依靠|较早|率先|最早|先行|走在|位于|地处|最大|最高|最多|首个|首家|首批|发源地|"
    + OWN_STRATEGY + "|" + OWN_WAY + "|"
    r"(?:^|[，,；;])[^，,；;]{2,8}则(?![是为])|"  # a case set against another: 东莞则走出了另一条路
    r"[市县区]在[^，,。；;]{1,20}?(?:试行|推行|探索|推出)|有益探索|"  # a city that pilots something in a field
    r"[市县区镇乡村](?:一[家个座所]|某)|"  # an unnamed firm of a named place: 某市一家企业
    r"强于|弱于|优于|介于|"  # a peer compared with the article's own subject
    r"(?:^|[，,；;：:])\s*在[^，,。；;：:]{2,12}[，,]|"  # a place a clause sets the scene in: 在福建厦门，…
    + COUNT.pattern + "|" + SUFFIX_END.pattern[:-1]
)

_LIKE = re.compile(
    r"(?:^|(?<=[，,。；;：:（(“、]))\s*(?:尤其是?|特别是|又|再|典型的?)?(如|像)(?!何|果|此|今|同|期|实|愿|意|若|是|其|次|常|下[：:，,所文]|[前上][所文述])[：:，,]?"
)
_FOR_INSTANCE = re.compile(
    r"(例如|比如|譬如|诸如|(?<!不)包括|(?:典型|成功)?(?:案例|例子)(?:有|包括)"
    r"|(?:比较|最为?|尤为|更为)?典型的(?:例子|案例|代表)?(?:是|有|当属|要数)|(?:另|又)?一个(?:典型)?(?:例子|案例)(?:就?是)"
    r"|(?:与之|与此)形成(?:鲜明)?(?:对照|对比)的是"  # a contrasting case: 与之形成对照的是美国底特律
    r"|(?<![与同和跟])标杆(?:城市|地区|省份|企业|国家))"  # a benchmark an evaluation cites (not 与标杆城市X相比)
    r"(?:但不限于)?[：:，,]?"
)
# a sentence opening on what abroad shows (从国际经验看，美国…，日本也…; 国外方面，…): the subjects it tells of
# are cases, as after 例如
_ABROAD = re.compile(r"^\s*(?:从国际经验[看来]|从国际上?[看来]|从国外(?:经验)?[看来]|从海外经验看|国外方面)[，,：:]")
ABROAD = "国际经验"
# learning from a case, or a speaker presenting one (介绍了某县“小县大城”的做法)
_LEARN = re.compile(r"(对标)|(学习|借鉴|效仿|参照|参考|复制|介绍了?)(?=[^，,。；;]*?(?:经验|模式|做法|机制|实践|探索))")
_FRAME = re.compile(
    r"以(?P<case>[^，,。；;以]{2,40}?)为(?:例|典型|试点)"  # 以X为试点: the pilot it tells of
    r"|以(?P<cases>[^，,。；;以]{2,40}?)为代表"
    r"|(?:像|(?:既|也|还|又)有)(?P<like>[^，,。；;、像]{2,12}?(?:、[^，,。；;、像]{2,12}?)*)(?:这样|一样|那样)的?(?P<kind>[^，,。；;、]{0,6})"
    r"|(?:叫|名为|名叫|叫做)(?P<named>[^，,。；;的“”]{2,12})的(?=公司|企业|机构|合作社|平台|项目|品牌|园区)"  # 一家叫X的公司
    r"|(?<![回进出下])(?:去|到|赴)(?:邻省|邻县|邻市|隔壁|外地)?(?P<visit>[^，,。；;去到赴、]{1,8}?[村县市区镇])(?:学习|取经|考察|参观)"  # 去某村取经
)
_FRAME_MARKERS = {"case": "以…为例", "cases": "以…为代表", "like": "像", "named": "叫", "visit": "取经"}
# a count, then its items: 占3个，分别是A、B和C; 两个国家级新区，即A和B
_COUNTED = re.compile(COUNT.pattern + r"[^，,。；;：:]{0,12}?[，,：:]?\s*(分别是|分别为|即|包括)[：:]?")
# a remark that names what went before a case: …就是一个典型例子, …是其中的典型, …同样具有代表性
CASE_AFTER = re.compile(
    r"(?:就|便|即|正)?是(?:另?一个|一种|其中的?)?(?:[^，,。；;]{1,24}?的)?(?:一个|一种)?(?:(?:很好|典型|生动|成功)的?)?(?:典型)?"
    r"(例子|案例|范例|例证|教训|样本|缩影|样板|典型(?:代表|市场|城市|企业|国家|地区)?(?=[，,。；;：:]|$)|(?:代表|先行者|佼佼者|排头兵)(?=[，,。；;：:]|$))"
    r"|(?:同样|也|颇|很|较|最|极)?(具有?(?:典型|代表)性)(?=[，,。；;：:]|$)"
    r"|(?:的情况)?(?:则|也|同样|亦)(有所不同|如此|是如此)(?=[，,。；;：:]|$)"  # a case set beside another: 阿根廷的情况则有所不同
    r"|(?:则|也)?(?:走的是|走出了|代表了)(另一条|另一种)"  # …走的是另一条路径
)
# a named case's own example or lesson (韩国的例子, 日本的长期教训)
EXAMPLE_OF = re.compile(r"的(?:长期|深刻|惨痛)?(例子|案例|教训)")
# a remark that the case is worth following: X的做法值得借鉴, 对…具有借鉴意义, X的做法值得在全省推广
WORTH_FOLLOWING = re.compile(
    r"(?:值得[^，,。；;]{0,8}?|具有(?:重要|一定|很强|较强)?的?)(借鉴|学习|效仿|参考)(?:意义|价值)?(?=[，,。；;：:]|$)"
    r"|(?<=做法|模式|经验)值得[^，,。；;]{0,8}?(推广)(?=[，,。；;：:]|$)"
)
STORY_MARKERS = frozenset({"如", "例如", "比如", "譬如", ABROAD})


@dataclass(frozen=True, slots=True)
class Cue:
    marker: str
    start: int
    end: int  # where the cued text begins
    frame: Span | None = None  # 以X为例, 像X这样: the span of X
    counted: bool = False  # 占3个，分别是…: a count announced the list (and the cue starts at it)


def find_cues(text: str, heading: bool) -> list[Cue]:
    """Cues before a case; a heading only frames one (借鉴X经验, 以X为例)."""
    found = [
        Cue(_FRAME_MARKERS[group], m.start(), m.end(), m.span(group))
        for m in _FRAME.finditer(text)
        for group in _FRAME_MARKERS
        if m.group(group)
    ]
    found += [Cue(m.group(), m.start(), m.end()) for m in _LEARN.finditer(text)]
    if not heading:
        found += [Cue(m.group(1), m.start(1), m.end()) for m in _LIKE.finditer(text)]
        counted = [Cue(m.group(1), m.start(), m.end(), counted=True) for m in _COUNTED.finditer(text)]
        found += counted
        found += [Cue(ABROAD, m.start(), m.end()) for m in _ABROAD.finditer(text)]
        found += [
            Cue(m.group(1), m.start(1), m.end()) for m in _FOR_INSTANCE.finditer(text)
            if not any(c.start <= m.start(1) < c.end for c in counted)
        ]
    return sorted(found, key=lambda c: c.start)
