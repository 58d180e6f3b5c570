"""Every quantity in a clean sentence: value, unit and the flags around it.

This is the scanner under the statistic extractor: it knows how numbers are
written (Arabic, Chinese, 万/亿, ranges, fractions, 百分之, ranks) and what is
*not* a statistic (years, numbering, numbers inside names and quotes).

    >>> [(q.value, q.unit, q.approx) for q in find_quantities("出口超2500亿元人民币，居全国第3位，近30万人")]
    [(250000000000.0, 'CNY', True), (3.0, 'rank', False), (300000.0, '人', True)]
    >>> find_quantities("2016年实施“中国制造2025”与工业4.0，地铁1号线，两个市场")
    ()
    >>> [(q.value, q.unit, q.approx) for q in find_quantities("吸引上千家企业，两千多亿元")]
    [(1000.0, '家', True), (200000000000.0, 'CNY', True)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.extract.numerals import ARABIC, CHINESE_DIGITS, MULTIPLIER, is_chinese, parse_numeral, scaled
from etl.extract.units import ALL_UNITS, CURRENCY, PERCENT, canonical_unit
from etl.extract.years import year_mentions

# A numeral is only tried where a run of digits begins, so that scanning stays linear.
_NUM = (rf"(?:(?<![\d.,]){ARABIC}"
        rf"|(?<![{CHINESE_DIGITS}])[{CHINESE_DIGITS}](?:[{CHINESE_DIGITS}点]|[万亿](?=[{CHINESE_DIGITS}])){{0,24}})")
_QUANTITY = re.compile(
    rf"(?P<num>{_NUM})(?P<shut>(?<=\d)[)）])?(?:(?P<mult1>{MULTIPLIER})?(?P<sep>[-—–~～至到])(?P<num2>{_NUM}))?(?P<more>多|余|来)?"
    rf"(?P<mult>{MULTIPLIER})?(?P<more2>多|余)?(?: (?=[A-Za-z]))?(?P<unit>{'|'.join(map(re.escape, ALL_UNITS))})"
)
_RANK = re.compile(
    r"(?P<ctx>全国|全省|全市|全区|全球|世界|国内|亚洲|排名|位居|位列|名列|居|列)?"
    r"第(?P<num>\d+|[一二三四五六七八九十]+)(?P<suffix>位|名|大)?"
)
_RANKED = re.compile(r"(?:位居|位列|名列|排名|排在|跃居|居)[^，,。；;第]*$")  # 位列中部地区第三
_PRIORITY = re.compile(r"(?:放|摆|列|置)在$")
_TOP = re.compile(r"(居|位居|位列|排名|名列|排在)[^，。；]{0,8}?(首位|榜首)")
_PERCENT_CN = re.compile(r"百分之(?P<num>[零一二三四五六七八九十百点]+)")
# 六成 = 60%: tenths, where 成 is not part of a word (一成不变, 成为, 成立, 成员 …)
_TENTHS = re.compile(
    r"(?<![\d一二三四五六七八九十两百千万])(?P<num>[一二三四五六七八九两]|\d)(?P<num2>[一二三四五六七八九])?成"
    r"(?!不变|为|立|功|长|绩|熟|交|本|果|员|品|型|就|效|都|套|片|批|年|人)"
)
_HALF = re.compile(r"(?<![另一二三四五六七八九十两\d])一半")  # 超过一半的项目 = 50%
_FRACTION = re.compile(r"(?<![\d/.])(?P<a>\d{1,3})/(?P<b>\d{1,4})(?![\d/])")
_FRACTION_CN = re.compile(r"(?<![一二三四五六七八九十百千万])(?P<b>[一二三四五六七八九十百千万]{1,6})分之(?P<a>[一二三四五六七八九十]{1,6})")

# right before the number; 约 may take a verb (约为, 约占, 约合 …) before the figure
_APPROX_BEFORE = re.compile(
    r"(?:(?:大约|约|将近|接近|大概|差不多|大致)(?:是|为|占|合|有|计|达)?|近|超过|超|逾|突破|多达|上|不足|不到|至少)$"
)
_APPROX_AFTER = re.compile(r"^(以上|左右|上下|有余|出头|之多|多|几(?!乎))")  # 百分之三十几: thirty-odd
_CHANGE = re.compile(
    r"((增长|下降|提高|提升|增加|减少|降低|上升|下滑|回落|扩大|缩小|下浮|上浮|下调|上调|攀升|增|降|涨|跌)了?|"
    r"(增速|增幅|降幅|涨幅|增长率|增长速度)(为|达|达到|是)?)"
    r"(约|近|超过|超|逾|达)?$"
)
# the change that steps a rate: 每提高1个百分点
RATE_STEP_VERBS = "增加|提高|提升|扩大|上升|下降|减少|降低|增长"
# no figure after a label (图1), a numbering, a code, a Latin name, 前 (前十位企业, 前三季度: a group
# or a period) or 每: the unit step of a rate (每1元投入, 每提高1个百分点) is no reported figure
_NOT_BEFORE = re.compile(
    rf"(图|(?<![代发报仪电])表|附件|附表|附录|公式|式|第|编号|代码|版本|No\.?|[A-Za-z]|(?<![提目之以])前|每(?:{RATE_STEP_VERBS})?)$"
)
_NOT_AFTER = re.compile(r"^[A-Za-z]")
_FRAMED_YEARS = re.compile(r"(?:未来|过去|今后|最近)\s*$")
_NOT_A_DURATION = re.compile(r"代|级|度|份|龄|末|底|初|一遇|行动|计划|规划|攻坚|工程|方案|纲要")  # after N年
# what an article enumerates of its own argument: 三个方面, 四点建议, 两大转变
DISCOURSE_NOUNS = (
    "方面|层面|维度|角度|原则|路径|途径|建议|对策|举措|关系|环节|阶段|特点|特征|方向|转变|问题|倾向|要点|思路|"
    "层次|步骤|部分|结论|启示|因素|渠道|机制|模式|类型"
)
_DISCOURSE = re.compile(rf"\s*(?:主要|重要|基本|核心|关键|具体)?(?:{DISCOURSE_NOUNS})")
_COORDINATION = re.compile(r"\s*(和|与|及|、|,)\s*")
_BARE_MAGNITUDE = {"百": 100.0, "千": 1000.0}  # 上千家, 近百项
_PER = {"百": 100.0, "千": 1000.0, "万": 10000.0}  # 千分之三: a denominator written alone
_CAN_HOLD_A_NUMBER = re.compile(rf"[\d{CHINESE_DIGITS}首]")
"""Every scan needs a digit, or 首 (居全国首位): most clauses have neither and are done at once."""
# a small set counted in words (三个片区, 四个城市) is how the text refers to it, not a figure, unless it is
# counted as something held (全市共有三个开发区)
_SMALL_SET = 10
_SET_NOUN = re.compile(
    r"[^，,。；;、：:\d]{0,6}?(?:片区|城市|县|市|区|省份|省|国家|经济体|地区|园区|行业|市场|目的地|案例|样本|领域|部门|主体)"
    r"(?![\u4e00-\u9fff]{0,2}(?:有|是|为|中|里|将|都|均))"
)
_COUNTED_AS_HELD = re.compile(r"(?:有|建成|新增|设立|增至|达到|达)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")  # after 三元: a term (三元电池), not a sum
_TICKS = 3  # percentages in a row with nothing between them: an axis
# counted in digits only: 三股力量 is three forces, 十分重要 is very important, 两口子 a couple, 五组 a village group
_DIGITS_ONLY = ("股", "分", "口", "组")
# a measure word that is a word's first character there (5分别, 3口岸, 10头部企业, 3组织; 8时30分 is a clock)
_NOT_A_MEASURE = {
    "分": re.compile(r"[别析之类配布享工解散化行局支红期档值数项成钱制]"), "口": re.compile(r"[岸径号罩腔碑头气]"),
    "头": re.compile(r"[部条牌号等羊雁]"), "组": re.compile(r"[织建成合团件长员别数]"),  # 头部企业, 组织, 组成
}
# two neighbouring digits side by side, after a ten and before a magnitude: 五六, 一两, 十七八, 二三十, 三四千
_DIGIT_PAIR = re.compile("((?:[一二两三四五六七八九]?十)?)([一二两三四五六七八九])([二两三四五六七八九])([十百千]?)")
_CLOCK = re.compile(r"[时点]\s*$")
_AGE_BRACKET = re.compile(r"及以上|以上|及以下|以下")  # 60岁及以上人口: an age group
# 日 counts days where a time limit frames it (30日内, 不超过60日, 不少于30日); elsewhere it is a date
_WITHIN = re.compile(r"内|以内|之内")
_DAYS_LIMIT = re.compile(r"(?:超过|少于|多于|低于|不足|满|至少|最长|最短|延长|缩短|压缩至|缩短至|提前|为期|长达)\s*$")
# people counted as 个: 5 个人, 23 个年轻人 (not 个人才, 3 个县人口)
_PEOPLE = re.compile(r"[\u4e00-\u9fff]{0,2}?人(?![口才均次员数民群力工士事物大气社居文们家格性身手选生])")
# a rank that moves: 前移13位, 上升5名
_RANK_MOVE = re.compile(r"(?:前移|后移|上升|下降|提升|前进|后退|跃升|攀升|下滑|提高)了?\s*$")
# a rate's denominator (470台/万人, 160 Wh/kg, 8万台/年, 31微克每立方米): part of the unit, as written
_DENOMINATORS = (
    "万人", "人", "年", "月", "日", "周", "天", "小时", "吨", "千克", "kg", "公斤", "亩", "平方米", "立方米", "百平方公里",
    "千瓦时", "kWh", "Wh", "kW·年", "kW", "W", "公里", "km", "万元",
)
_PER_UNIT = re.compile(rf"\s*(/|每)\s*({'|'.join(map(re.escape, _DENOMINATORS))})(?![A-Za-z\d])")
# a short quote names something (“三个转变”, “72小时”), unless all it holds is a sum (加到了“20 万元”) or a
# list of figures in digits (实现“1个环节、0.5天办结”)
_SHORT_QUOTE = re.compile(r"“[^”]{1,12}”|「[^」]{1,12}」|‘[^’]{1,12}’")
_FIGURES_QUOTED = re.compile(rf"[\d.]+(?:{MULTIPLIER})?(?:{'|'.join(CURRENCY)})|[\d.]+[^、，,\d]{{1,4}}(?:、[^、，,]{{1,8}})+")


# a population counted without 人: 68万常住人口, 5万以上的常住人口; 户籍人口68万, 常住人口只有51万
_POPULATION_KINDS = "(?:常住|户籍|农村|城镇|乡村|老年|流动|外来|总)?"
_POPULATION = rf"(?P<num>{ARABIC})(?P<mult>[万亿])(?P<more>多|余)?"
_PEOPLE_AFTER = re.compile(rf"{_POPULATION}(?:以上的?)?{_POPULATION_KINDS}人口")
_PEOPLE_BEFORE = re.compile(
    rf"{_POPULATION_KINDS}人口(?:总数|总量|规模)?(?:为|达到|达|约为|约|只有|仅有|仅|有|已超过|超过|突破|不足|近)?"
    rf"{_POPULATION}(?![\u4e00-\u9fff%％])"
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found at ``text[start:end]``; ``num_start`` is where its digits begin."""

    start: int
    end: int
    num_start: int
    value: float
    unit: str
    approx: bool = False
    is_change: bool = False
    upper: float | None = None  # the upper end of a range such as 60～90分钟
    confidence: float = 0.9


@lru_cache(maxsize=4096)  # the statistic and claim rules scan the same sentences
def find_quantities(text: str) -> tuple[Quantity, ...]:
    """All quantities of ``text``, left to right, none overlapping."""
    if not _CAN_HOLD_A_NUMBER.search(text):
        return ()
    blocked = [(y.start, y.end) for y in year_mentions(text)]
    blocked += [m.span() for m in _SHORT_QUOTE.finditer(text) if not _FIGURES_QUOTED.fullmatch(m.group()[1:-1])]
    found: list[Quantity] = []
    for scan in (_ranks, _percents_in_words, _fractions, _measured, _populations):
        for q in scan(text):
            if not any(s < q.end and q.start < e for s, e in blocked):
                found.append(q)
                blocked.append((q.start, q.end))
    return tuple(_share_change_flags(text, _without_ticks(text, sorted(found, key=lambda q: q.start))))


def _without_ticks(text: str, found: list[Quantity]) -> list[Quantity]:
    """A chart's axis left in the text (35%30%25%20%…): percentages that touch each other, three or more."""
    touching = [k for k in range(1, len(found)) if found[k].unit == found[k - 1].unit == "%"
                and not text[found[k - 1].end:found[k].start].strip(" -−－")]
    if len(touching) < _TICKS - 1:
        return found
    ticks = {j for k in touching for j in (k - 1, k)}
    return [q for k, q in enumerate(found) if k not in ticks]


def _share_change_flags(text: str, found: list[Quantity]) -> list[Quantity]:
    """``分别增长5.1%和7.4%``: a figure coordinated with a change is a change too."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev and prev.is_change and prev.unit == q.unit and _COORDINATION.fullmatch(text[prev.end:q.start]):
            q = replace(q, is_change=True)
        out.append(q)
    return out


def _ranks(text: str):
    for m in _RANK.finditer(text):
        if not (m.group("ctx") or m.group("suffix") or _RANKED.search(text, max(0, m.start() - 10), m.start())):
            continue
        if _PRIORITY.search(text, max(0, m.start() - 3), m.start()):
            continue  # 把保交楼放在第一位: a priority, not a rank
        try:
            value = parse_numeral(m.group("num"))
        except (ValueError, KeyError):
            continue
        yield Quantity(m.start(), m.end(), m.start("num") - 1, value, "rank", confidence=0.75)
    for m in _TOP.finditer(text):
        yield Quantity(m.start(2), m.end(2), m.start(2), 1.0, "rank", confidence=0.7)


def _hedged(text: str, start: int, end: int) -> bool:
    """An approximation word right before or after ``text[start:end]`` (约1/4, 百分之二十左右)."""
    return bool(_APPROX_BEFORE.search(text, max(0, start - 6), start)) or bool(_APPROX_AFTER.match(text[end:end + 2]))


def _changed(text: str, start: int) -> bool:
    """A change verb right before ``text[start:]`` (增长13.6%, 下降四成)."""
    return bool(_CHANGE.search(text, max(0, start - 6), start))


def _share(text: str, m: re.Match[str], percent: float) -> Quantity:
    """A share written as a fraction or in words, as a percentage."""
    start, end = m.span()
    return Quantity(start, end, start, percent, "%", _hedged(text, start, end), _changed(text, start), confidence=0.8)


def _percents_in_words(text: str):
    for m in _PERCENT_CN.finditer(text):
        try:
            rough = _rough_count(m.group("num"))  # 百分之七八十: 70%, about
            share = _share(text, m, rough[0] if rough else parse_numeral(m.group("num")))
        except (ValueError, KeyError):
            continue
        yield replace(share, approx=True) if rough else share
    for m in _TENTHS.finditer(text):
        share = _share(text, m, 10 * parse_numeral(m.group("num")))  # 两三成: 20%, about
        yield replace(share, approx=True) if m.group("num2") else share
    for m in _HALF.finditer(text):
        yield _share(text, m, 50.0)


def _populations(text: str):
    """Populations counted in 万/亿 with no 人 (户籍人口68万, 36万常住人口)."""
    for pattern in (_PEOPLE_AFTER, _PEOPLE_BEFORE):
        for m in pattern.finditer(text):
            start, end = m.start("num"), m.end("more") if m.group("more") else m.end("mult")
            yield Quantity(start, end, start, scaled(parse_numeral(m.group("num")), m.group("mult")), "人",
                           bool(m.group("more")) or _hedged(text, start, end), _changed(text, start))


def _fractions(text: str):
    for m in _FRACTION.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < a < b:
            yield _share(text, m, round(100 * a / b, 4))
    for m in _FRACTION_CN.finditer(text):
        try:
            a, b = parse_numeral(m.group("a")), _PER.get(m.group("b")) or parse_numeral(m.group("b"))
        except (ValueError, KeyError):
            continue
        if 0 < a < b:
            yield _share(text, m, round(100 * a / b, 4))


def _plausible_chinese_count(text: str, m: re.Match[str], value: float) -> bool:
    """Chinese numerals count things far less often than they name them.

    一个/两个 read as articles (一个城市, 两个市场), 十三届七次全会 names a meeting,
    几十个/数十亿 are vague and 三个方面/四点建议 count the article's own points; money,
    shares and scaled figures (两千多亿元) are kept.
    """
    unit = m.group("unit")
    if text[max(0, m.start() - 1):m.start()] in ("几", "数", "第"):
        return False
    if unit == "元" and value < 10 and not m.group("mult") and _HAN.match(text, m.end()):
        return False  # 三元电池, 二元结构: a term, not a sum
    if unit in CURRENCY or unit in PERCENT or unit == "倍" or m.group("mult") or value >= 100:
        return True
    # 三个片区, 四个城市: a small set the text names, counted in words, is how it refers to the set
    small_set = (unit == "个" and value <= _SMALL_SET and not m.group("more") and bool(_SET_NOUN.match(text, m.end()))
                 and not _COUNTED_AS_HELD.search(text, max(0, m.start() - 3), m.start()))  # 全市共有三个开发区: counted
    return unit not in ("届", "次") and value >= 3 and not small_set and not _DISCOURSE.match(text, m.end())


def _rough_count(num: str) -> tuple[float, float] | None:
    """Two neighbouring digits side by side give a rough count, not a two-digit number: 五六 → (5, 6),
    一两 → (1, 2), 十七八 → (17, 18), 三四千 → (3000, 4000); and so does 三五 (three to five)."""
    if (pair := _DIGIT_PAIR.fullmatch(num)) is None:
        return None
    tens, a, b, magnitude = pair.groups()
    if not (parse_numeral(b) == parse_numeral(a) + 1 or a + b == "三五"):
        return None
    return parse_numeral(tens + a + magnitude), parse_numeral(tens + b + magnitude)


def _duration(text: str, m: re.Match[str], value: float) -> bool:
    """A span of years written in digits (连续14年, 约7.9年, 3～5年); not a year cut by a line break
    (20⏎23年末), a decade (80年代), a programme's name (三年行动) or the time a remark looks at
    (未来5—10年); Chinese numerals (过去五年) frame a remark far more often than they measure."""
    return (
        not is_chinese(m.group("num")) and value < 1000 and not _NOT_A_DURATION.match(text, m.end())
        and not text[:m.start()].rstrip()[-1:].isdigit() and not _FRAMED_YEARS.search(text, 0, m.start())
    )


def _minus_before(text: str, start: int) -> int | None:
    """Where the minus sign of a negative figure stands (净利润-5.83亿元, 增速 －4.2%, 零下20摄氏度), if one does;
    a dash after a digit or a Latin letter joins a range or a code (2024-2027, CS-5000)."""
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if text.endswith("零下", 0, k + 1):
        return k - 1
    if k < 0 or text[k] not in "-−－":
        return None
    before = text[:k].rstrip(" ")[-1:]
    if before and (before.isdigit() or (before.isascii() and before.isalpha()) or before in ".%)）"):
        return None
    return k


def _measured(text: str):
    """Numbers followed by a multiplier and a unit or measure word: the bulk of statistics."""
    for m in _QUANTITY.finditer(text):
        num, unit = m.group("num"), m.group("unit")
        chinese = is_chinese(num)
        if _NOT_BEFORE.search(text[max(0, m.start() - 4):m.start()]) or _NOT_AFTER.match(text[m.end():]):
            continue
        if num in _BARE_MAGNITUDE and not text[:m.start()].endswith(("上", "近", "超", "逾", "过", "突破")):
            continue  # 百家, 千家万户: idiom, not a figure
        try:
            if rough := _rough_count(num):
                value, upper = rough
            else:
                value = _BARE_MAGNITUDE.get(num) or parse_numeral(num)
                upper = parse_numeral(m.group("num2")) if m.group("num2") else None
        except (ValueError, KeyError):
            continue
        if chinese and (unit in _DIGITS_ONLY or not _plausible_chinese_count(text, m, value)):
            continue
        if unit == "年" and not _duration(text, m, value):
            continue
        if unit == "岁" and (m.group("num2") or _AGE_BRACKET.match(text, m.end())):
            continue  # 60岁及以上人口, 18～35岁的受访者: an age group named, not an age reported
        if (unit in _NOT_A_MEASURE and _NOT_A_MEASURE[unit].match(text, m.end())) \
                or (unit == "分" and _CLOCK.search(text, 0, m.start())):
            continue
        if unit == "日" and (text[:m.start()].rstrip().endswith("月") or not (
                _WITHIN.match(text, m.end()) or _DAYS_LIMIT.search(text, max(0, m.start() - 4), m.start()))):
            continue
        end, is_change = m.end(), _changed(text, m.start())
        if unit == "个" and (people := _PEOPLE.match(text, end)):
            unit, end = "人", people.end()
        elif unit in ("位", "名") and _RANK_MOVE.search(text, max(0, m.start() - 5), m.start()):
            unit, is_change = "rank", True
        mult = m.group("mult")
        minus = _minus_before(text, m.start())
        if m.group("shut"):  # an account's negative in brackets, (5.62)亿元; any other bracket ends no figure
            if unit not in CURRENCY or m.group("num2") or text[m.start() - 1:m.start()] not in ("(", "（"):
                continue
            minus = m.start() - 1
        # money per unit stays money (0.12元/千瓦时 is CNY), as most annotators write it
        per = None if unit in PERCENT or unit in CURRENCY else _PER_UNIT.match(text, end)
        yield Quantity(
            start=m.start() if minus is None else minus,
            end=end if per is None else per.end(),
            num_start=m.start(),
            value=scaled(-value if minus is not None else value, m.group("mult1") or mult),
            unit=canonical_unit(unit) + (per.group(1) + per.group(2) if per else ""),
            approx=bool(m.group("more") or m.group("more2") or rough) or _hedged(text, m.start(), m.end()),
            is_change=unit.endswith("百分点") or is_change,
            upper=scaled(upper, mult) if upper is not None else None,
            confidence=0.75 if chinese else 0.9,
        )
