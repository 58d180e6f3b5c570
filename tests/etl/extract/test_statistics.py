"""Statistic extraction on sentences written for these tests."""
from __future__ import annotations

import pytest

from etl.extract.statistics import extract
from etl.text.parse import parse_article


def stats(text: str) -> list[tuple[float, str]]:
    return [(s.value, s.unit) for s in extract(parse_article(text))]


def one(text: str):
    (record,) = extract(parse_article(text))
    return record


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年完成进出口总额 3.2万亿元。", 3.2e12, "CNY"),
        ("外贸出口一千零七十六点四亿元。", 1.0764e11, "CNY"),
        ("吸引外资 1,250 万美元。", 1.25e7, "USD"),
        ("对欧出口 18 亿欧元。", 1.8e9, "EUR"),
        ("全市新增就业 4.6 万人。", 46000, "人"),
        ("引进博士 320 名。", 320, "人"),
        ("集装箱吞吐量达到 560 万标准箱。", 5.6e6, "标准箱"),
        ("新建高速公路 85 公里。", 85, "km"),
        ("门店春节期间卖出了1.1万杯。", 1.1e4, "杯"),
        ("开业第一年接诊了4800例。", 4800, "例"),
        ("全市生猪存栏186.3万头。", 1.863e6, "头"),
        ("合作社添置烘干设备12组。", 12, "组"),
        ("单位产值能耗是全国平均水平的 1.5 倍。", 1.5, "times"),
        ("中欧班列开行 1.2 万列。", 12000, "列"),
        ("全省储能电池出货量约 36.5 GWh。", 36.5, "GWh"),
        ("工业增加值达到 2 715.6 亿元。", 2.7156e11, "CNY"),
        ("海外仓日均处理订单逾 6000 单。", 6000, "单"),
        ("货运航班每周增至 14 班。", 14, "班"),
        ("全年举办对接活动 35 场次。", 35, "场次"),
        ("改造老旧厂房 4.2 万平方米。", 42000, "平方米"),
        ("规划面积 18 平方千米。", 18, "平方公里"),
        ("贷款利率下浮 30 个基点。", 30, "基点"),
        ("保留老厂房 17 栋。", 17, "栋"),
        ("电池工厂设计产能 24 吉瓦时。", 24, "GWh"),
        ("出口增速已连续 9 年高于全国。", 9, "年"),
        ("新厂从投产到盈利往往需要 3～5 年。", 3, "年"),
        ("劳动力平均受教育年限为 8.4 年。", 8.4, "年"),
        ("超过一半的项目依靠借新还旧维持周转。", 50, "%"),
        ("每人每年可领取 600 新元补贴。", 600, "SGD"),
        ("改造临街门面 12 间。", 12, "间"),
    ],
)
def test_values_units_and_multipliers(text: str, value: float, unit: str) -> None:
    record = one(text)
    assert record.value == pytest.approx(value)
    assert record.unit == unit


def test_raw_surface_form_is_kept() -> None:
    assert one("实现税收两千多亿元。").raw == "两千多亿元"


def test_percent_and_percentage_points() -> None:
    share, points = extract(parse_article("服务业占比 58.3%，比上年提高 2.1 个百分点。"))
    assert (share.value, share.unit, share.is_change) == (58.3, "%", False)
    assert (points.value, points.unit, points.is_change) == (2.1, "%", True)


def test_percent_in_words_and_fractions() -> None:
    assert stats("民营企业贡献了百分之六十的税收。") == [(60, "%")]
    assert stats("约三分之一的企业开展了数字化改造。")[0][0] == pytest.approx(33.3333, rel=1e-3)
    assert stats("研发投入约占营收的1/25。") == [(4.0, "%")]


def test_math_markup_from_pdf_converters() -> None:
    assert stats("工业增加值增长 $1 2 . 7 \\%$，好于预期。") == [(12.7, "%")]


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("园区聚集企业约 300 家。", True),
        ("带动就业近 8 万人。", True),
        ("投资额超过 50 亿元。", True),
        ("累计签约逾 120 个项目。", True),
        ("共有科研人员 2000 余人。", True),
        ("培育高新技术企业 500 家以上。", True),
        ("年产值 80 亿元左右。", True),
        ("全县跨境电商交易额约为 12.5 亿元。", True),
        ("外资企业约占 15%。", True),
        ("外资企业占 15%。", False),
        ("吸引上千家企业入驻。", True),
        ("园区聚集企业 300 家。", False),
        ("本地货源仅占约 1/4。", True),
        ("约三分之一的企业完成了改造。", True),
        ("县域企业占百分之六十左右。", True),
        ("本地货源占 1/4。", False),
    ],
)
def test_approximation_words(text: str, approx: bool) -> None:
    assert one(text).approx is approx


@pytest.mark.parametrize(
    ("text", "is_change"),
    [
        ("出口增长 13.6%。", True),
        ("利润同比下降 4.2%。", True),
        ("投资年均增长 9%。", True),
        ("比上年增加 12 家。", True),
        ("增速为 6.5%。", True),
        ("占比从 20% 提高到 35%。", False),
        ("出口总额 500 亿元。", False),
    ],
)
def test_levels_and_changes(text: str, is_change: bool) -> None:
    assert extract(parse_article(text))[-1].is_change is is_change


def test_ranks() -> None:
    assert stats("该市工业规模居全国第5位。") == [(5, "rank")]
    assert stats("经济总量排名全省首位。") == [(1, "rank")]
    assert stats("已成为全球第二大市场。") == [(2, "rank")]
    assert stats("港口吞吐量位列长江沿线港口第三。") == [(3, "rank")]
    assert stats("第三，港口吞吐量持续增长。") == []
    assert stats("这是第三批试点。") == []


def test_each_count_in_a_list_is_its_own_statistic() -> None:
    text = "我市已与 45 个国家和 8 个国际组织签署了 60 份合作备忘录。"
    assert stats(text) == [(45, "个"), (8, "个"), (60, "份")]


def test_trailing_measure_word() -> None:
    assert stats("入选的 30 个示范园区中，本省占 4 个。") == [(30, "个"), (4, "个")]


def test_ranges_count_once_at_the_lower_end() -> None:
    record = one("通勤时间缩短至 40～60 分钟。")
    assert (record.value, record.unit) == (40, "分钟")


@pytest.mark.parametrize(
    "text",
    [
        "2013年9月提出合作倡议。",
        "一是优化布局；二是强化创新。",
        "相关研究已有很多[3][9,10]。",
        "对接“中国制造2025”和工业4.0战略。",
        "地铁2号线于今年开通。",
        "提出“三个转变”的要求。",
        "如图3所示，出口结构变化明显。",
        "二〇二〇年是收官之年。",
        "要用好国内国际两个市场。",
        "市委十三届四次全会作出部署。",
        "沿线有几十个国家、数十亿人口。",
    ],
)
def test_not_statistics(text: str) -> None:
    assert stats(text) == []


def test_year_of_the_clause_and_of_a_period() -> None:
    a, b = extract(parse_article("占比从2015年的12%上升到2020年的21%。"))
    assert (a.year, b.year) == (2015, 2020)
    period = one("2016—2020年，全省外贸总额超过8万亿元。")
    assert (period.year, period.period_start, period.period_end) == (2020, 2016, 2020)
    cutoff = one("截至2021年6月底，累计开行班列3000列。")
    assert cutoff.year == 2021


def test_year_inherited_from_the_paragraph_opening() -> None:
    text = "2019年，全市经济平稳运行。\n规上工业增加值增长5.1%。\n"
    assert one(text).year == 2019


def test_no_year_when_none_is_stated() -> None:
    assert one("目前园区企业已达 100 家。").year is None


def test_relative_years_in_a_dated_report() -> None:
    text = "2024年市政府工作报告\n去年，地区生产总值增长6.2%。\n"
    assert one(text).year == 2023


def test_parts_of_the_year_in_a_dated_transcript_are_that_years() -> None:
    text = "时间：2025年4月18日\n\n一季度，全省外贸进出口增长5.2%。其中出口3120亿元。\n"
    assert [r.year for r in extract(parse_article(text))] == [2025, 2025]
    assert one("一季度，全省外贸进出口增长5.2%。").year is None  # no date to read it against


def test_measure_and_subject() -> None:
    record = one("2020年，全省高新技术企业数量达到 1.2 万家。")
    assert record.measure
    counted = one("我市已与 45 个国家签署协议。")
    assert counted.measure == "国家"
    assert counted.subject == "我市"


@pytest.mark.parametrize(
    "text", ["全县快递业务量同比增长 18.5%。", "全县快递业务量突破 3 亿件。", "全县快递业务量下降了 2 个百分点。"]
)
def test_the_verb_before_a_figure_is_neither_measure_nor_subject(text: str) -> None:
    record = one(text)
    assert (record.measure, record.subject) == ("全县快递业务量", "全县快递业务量")


def test_a_hedge_after_the_measure_word_is_not_what_is_counted() -> None:
    assert one("全年城镇新增就业 3.2 万人以上。").measure == "全年城镇新增就业"
    assert one("全年完成造林 1.5 万亩左右。").measure == "全年完成造林"
    assert one("全县粮食总产量完成 48 万吨。").measure == "全县粮食总产量"


@pytest.mark.parametrize(
    ("text", "value", "approx", "change"),
    [("外资企业贡献了全县六成的税收。", 60, False, False), ("近三成企业完成了改造。", 30, True, False),
     ("物流成本下降四成以上。", 40, True, True)],
)
def test_tenths_are_percentages(text: str, value: float, approx: bool, change: bool) -> None:
    record = one(text)
    assert (record.value, record.unit, record.approx, record.is_change) == (value, "%", approx, change)


def test_cheng_inside_a_word_is_no_share() -> None:
    assert stats("园区管理一成不变，三家企业已建成投产。") == [(3, "家")]


def test_measures_of_figures_sharing_a_clause() -> None:
    measures = [r.measure for r in extract(parse_article("全县建成物流中心 3 个、商贸中心 12 个。"))]
    assert measures == ["全县建成物流中心", "商贸中心"]
    text = "力争把海铁联运比重由目前的 3.6% 提高到 8%。"
    assert [r.measure for r in extract(parse_article(text))] == ["海铁联运比重", "海铁联运比重"]
    text = "人均产值处于 10 万元至 15 万元之间。"
    assert [r.measure for r in extract(parse_article(text))] == ["人均产值处于", "人均产值处于"]


def test_a_round_magnitude_passed_is_a_figure() -> None:
    record = one("港口集装箱吞吐量首次突破百万标箱。")
    assert (record.value, record.unit, record.approx) == (1_000_000, "标箱", True)


def test_evidence_is_grounded_in_the_raw_text() -> None:
    raw = "一、总体情况\n2020年，全市出口\n\n1076.4亿元[2]，增长\n13.6%。\n"
    article = parse_article(raw)
    for record in extract(article):
        assert raw[record.start:record.end].replace("\n", "") == record.text
        assert record.section == "一、总体情况"


def test_year_set_by_the_section_heading() -> None:
    text = "一、2022年工作回顾\n全年新增市场主体 1.8 万户。\n"
    assert one(text).year == 2022


def test_coordinated_changes() -> None:
    a, b = extract(parse_article("城乡居民收入分别增长 5.4% 和 6.9%。"))
    assert a.is_change and b.is_change


def test_range_with_a_multiplier_on_each_end() -> None:
    record = one("一次改造需要投入 150 万～200 万元。")
    assert (record.value, record.unit) == (1.5e6, "CNY")


def test_year_of_a_dated_source() -> None:
    assert one("根据《全国园区发展评价报告（2021）》，该园区综合实力居第7位。").year == 2021


def test_report_year_from_the_review_heading() -> None:
    text = "各位代表：\n一、2022年工作回顾\n过去一年，全市经济稳中有进。\n二、今年的主要任务\n今年，地区生产总值预期增长5.5%左右。\n"
    assert one(text).year == 2023


def test_latex_range_and_more_measure_words() -> None:
    assert stats("通勤平均需要 $3 0 \\sim 4 5$ 分钟。") == [(30, "分钟")]
    assert stats("新增床位一千二百余张，审批压缩至0.5个工作日，效率高出两倍。") == [
        (1200, "张"), (0.5, "工作日"), (2, "times")]


def test_baseline_years_and_the_same_year() -> None:
    text = "2022年，全市外贸总额突破4000亿元，比2021年增加356亿元。同年，地区生产总值约8150亿元。\n"
    assert [s.year for s in extract(parse_article(text))] == [2022, 2022, 2022]


def test_start_of_a_period_change() -> None:
    a, b = extract(parse_article("其占比在2016—2022年间只从18.2%提高到20.1%。"))
    assert (a.year, b.year) == (2016, 2022)


def test_the_articles_own_points_are_not_counted() -> None:
    assert stats("同时，要从三个方面发力。本文提出四点建议。") == []
    assert stats("全市共有三个国家级开发区。") == [(3, "个")]


def test_a_figure_whose_clause_leaves_its_measure_out_takes_the_one_before() -> None:
    text = "2021年全县粮食产量为52万吨，2022年增至55万吨，增长5.8%。"
    assert [r.measure for r in extract(parse_article(text))] == ["全县粮食产量"] * 3


def test_a_price_cut_is_a_change() -> None:
    assert one("推动铁海联运运价下浮 10%。").is_change


def test_a_counted_noun_may_begin_with_zhong() -> None:
    measures = [r.measure for r in extract(parse_article("园区建成 5 个研发中心，服务 300 家中小企业。"))]
    assert measures == ["研发中心", "中小企业"]
    assert one("在 65 个国家中开展合作。").measure == "国家"


def test_the_unit_step_of_a_rate_is_no_figure() -> None:
    assert stats("研发投入每提高 1 个百分点，全要素生产率提高 0.3%。") == [(0.3, "%")]
    assert stats("每 1 元财政资金带动社会投资 3.2 元。") == [(3.2, "CNY")]
    assert stats("每年新增就业 5 万人。") == [(50000.0, "人")]


def test_a_period_before_the_measure_is_left_out() -> None:
    assert one("2015—2022 年园区发展指数年均提高 3.4%。").measure == "园区发展指数"


@pytest.mark.parametrize("text", [
    "上世纪 80 年代，乡镇企业异军突起。",  # a decade
    "过去五年，园区面貌焕然一新。",  # a time frame in words
    "全省实施三年行动计划。",  # a programme's name
    "截至 2023 年末，园区入驻企业稳步增加。",  # a year
    "未来 5—10 年是产业转型的窗口期。",  # the time a remark looks at
])
def test_a_time_frame_is_no_span_of_years(text: str) -> None:
    assert stats(text) == []


def test_the_numbering_of_a_heading_counts_nothing() -> None:
    assert stats("3 对策建议\n园区建成研发中心 5 个。\n") == [(5.0, "个")]


def test_a_share_measures_the_noun_after_it() -> None:
    records = extract(parse_article("中小企业贡献了50%以上的税收、60%以上的国内生产总值。约七成中小企业仍处于起步阶段。"))
    assert [r.measure for r in records] == ["税收", "国内生产总值", "中小企业"]
    assert one("单家企业的改造成本能够下降四成以上。").measure == "单家企业的改造成本能够"


def test_a_figure_in_brackets_after_a_name_shares_the_measure_it_is_compared_with() -> None:
    records = extract(parse_article("全市研发投入强度为2.1%，低于深圳（5.5%）和苏州（3.9%）。"))
    assert [r.measure for r in records] == ["全市研发投入强度"] * 3


def test_ages_are_figures_and_a_comparison_base_is_no_measure() -> None:
    records = extract(parse_article("人均预期寿命达到79.5岁，比2020年提高0.8岁。"))
    assert [(r.value, r.unit, r.measure) for r in records] == [(79.5, "岁", "人均预期寿命"), (0.8, "岁", "人均预期寿命")]


def test_a_fraction_per_thousand_is_a_share() -> None:
    assert stats("园区以全国千分之三的土地贡献了四分之一的工业增加值。") == [(0.3, "%"), (25.0, "%")]


def test_a_top_group_or_a_period_after_前_is_no_count() -> None:
    assert stats("前五位企业的出口额占全县的 61.2%。前三季度新签项目 18 个。") == [(61.2, "%"), (18, "个")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2023年，跨境电商交易额达到 56.3 亿元，是 2020 年的三倍。", [2023, 2023]),
        ("2023年，全市外贸依存度由 2019 年的 21.4% 提高到 27.9%。", [2019, 2023]),
        ("空港物流园于 2016 年建成，目前已入驻企业 85 家。", [None]),
    ],
)
def test_a_base_year_or_an_event_date_is_not_the_figure_year(text: str, years: list[int | None]) -> None:
    assert [s.year for s in extract(parse_article(text))] == years


def test_a_sections_opening_year_carries_to_its_later_paragraphs() -> None:
    text = "一、金融运行情况\n2024年，全省贷款增长较快。\n\n存款余额达到100亿元。\n二、展望\n存款余额将达到120亿元。\n"
    assert [r.year for r in extract(parse_article(text))] == [2024, None]


def test_an_analysts_estimate_year_dates_its_figure() -> None:
    assert [r.year for r in extract(parse_article("预计2027E销量有望达到43.6万台。\n"))] == [2027]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年实现净利润-2.15亿元，上年同期为-4.30亿元。", [(-2.15e8, "CNY"), (-4.3e8, "CNY")]),
        ("人口自然增长率为 －0.8‰，同比增速 -3.6%。", [(-0.8, "‰"), (-3.6, "%")]),
        ("2025-2027年累计投资120亿元，价格区间为5-8元。", [(1.2e10, "CNY"), (5.0, "CNY")]),
    ],
)
def test_a_minus_sign_makes_a_figure_negative_and_a_dash_after_a_digit_is_a_range(text: str, expected: list) -> None:
    assert stats(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("组件最大功率达到650W，硅片厚度降至110微米。", [(650.0, "W"), (110.0, "微米")]),
        ("授予限制性股票2,400万股。", [(2.4e7, "股")]),
        ("夏季最高气温38.5℃，冬季可到零下 12 摄氏度。", [(38.5, "℃"), (-12.0, "摄氏度")]),
        ("工业机器人密度为392台/万人，PM2.5浓度为28微克每立方米。", [(392.0, "台/万人"), (28.0, "微克每立方米")]),
        ("电芯能量密度达到 180 Wh/kg。", [(180.0, "Wh/kg")]),
        ("工商业电价低0.06元/千瓦时。", [(0.06, "CNY")]),
    ],
)
def test_physical_units_and_rates_per_unit(text: str, expected: list) -> None:
    assert stats(text) == expected


def test_shares_are_counted_in_digits_not_forces() -> None:
    assert stats("海外仓扩张主要来自三股力量。") == []


def test_a_document_of_record_dates_the_figures_it_leaves_undated() -> None:
    raw = "青岚市2024年国民经济和社会发展统计公报\n\n全市粮食总产量86.5万吨。\n年末常住人口412万人。\n"
    assert [(s.value, s.year) for s in extract(parse_article(raw))] == [(865000.0, 2024), (4120000.0, 2024)]
    assert [s.year for s in extract(parse_article("县域经济观察\n\n全县粮食总产量86.5万吨。\n"))] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全区营商环境得分为 86.4 分，比上年提高 2.15 分。", [(86.4, "分"), (2.15, "分")]),
        ("这项改革十分重要，收益按4∶6分成，每单收取5分钱，实行百分制。", []),
        ("会议于9时30分开始。", []),
        ("全市排名较上年前移 9 位，居全省第 4 位。", [(9.0, "rank"), (4.0, "rank")]),
        ("合作社共有 6 个人，座谈会来了 17 个年轻人。", [(6.0, "人"), (17.0, "人")]),
        ("全镇还有 12 口水塘，以 33 票赞成通过，挂牌交易 26 宗。", [(12.0, "口"), (33.0, "票"), (26.0, "宗")]),
        ("流转了两百来亩土地。", [(200.0, "亩")]),
        ("补助标准从“8 万元”提高到“12 万元”。", [(80000.0, "CNY"), (120000.0, "CNY")]),
        ("开办企业实现“2个环节、1天办结”，推出“72小时”服务。", [(2.0, "个"), (1.0, "天")]),
    ],
)
def test_scores_moving_ranks_people_as_ge_and_colloquial_counts(text: str, expected: list) -> None:
    assert stats(text) == expected


def test_a_moving_rank_is_a_change() -> None:
    assert one("全市位次上升了 3 位。").is_change


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("货款应当在30日内支付，最长不得超过45日。", [(30.0, "日"), (45.0, "日")]),
        ("会议于3月30日召开，12日起施行。", []),
        ("全年抽检1.5万批次，服务企业300余家次。", [(15000.0, "批次"), (300.0, "家次")]),
        ("出席会议的代表52人，见表3。", [(52.0, "人")]),
    ],
)
def test_days_within_a_time_limit_batches_and_delegates(text: str, expected: list) -> None:
    assert stats(text) == expected


def test_a_years_evaluation_report_dates_the_figures_it_leaves_undated() -> None:
    raw = "2025年度青澜市营商环境评价报告\n\n全市综合得分86.4分，回收有效问卷3200份。\n"
    assert [s.year for s in extract(parse_article(raw))] == [2025, 2025]


def test_an_age_group_is_named_not_reported() -> None:
    assert stats("全市60岁及以上人口占比为21.3%，18～35岁的受访者占52.3%，经营者平均年龄为49.6岁。") == [
        (21.3, "%"), (52.3, "%"), (49.6, "岁")]


def test_a_small_set_counted_in_words_is_how_the_text_refers_to_it() -> None:
    assert stats("宁川、海州、清源三个片区贡献了全省21.7%的进出口。") == [(21.7, "%")]
    assert stats("在六个样本县中，有五个将电池列为首位产业，十余个国家设有分支。") == [(6.0, "个"), (5.0, "个"), (10.0, "个")]


def test_a_charts_axis_and_a_term_in_yuan_are_no_figures() -> None:
    assert stats("增速（%）35%30%25%20%15%10%5%0%市场规模（亿元）") == []
    assert stats("三元电池装车量为126.2GWh，符合二元结构理论。") == [(126.2, "GWh")]
    assert stats("每人补贴五元。") == [(5.0, "CNY")]


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [("沅岚县户籍人口68万，外出务工的不少。", 6.8e5, False), ("这是一个只有36万常住人口的小县。", 3.6e5, False),
     ("全国老年人口已超过3.1亿。", 3.1e8, True), ("健身房需要5万以上的常住人口支撑。", 5e4, True)],
)
def test_a_population_counted_in_wan_or_yi_without_ren_is_people(text: str, value: float, approx: bool) -> None:
    record = one(text)
    assert (record.value, record.unit, record.approx) == (value, "人", approx)


def test_a_paragraph_that_opens_by_saying_what_a_year_is_sets_that_year() -> None:
    article = parse_article("2025年是规划收官之年。公司力争新能源装机突破560万千瓦。\n")
    assert [(s.value, s.year) for s in extract(article)] == [(5.6e6, 2025)]


def test_a_priority_is_no_rank() -> None:
    assert stats("政府要把保交楼放在第一位。") == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("房价跌了百分之三十几。", 30, "%"), ("房价跌了两三成。", 20, "%"), ("存量大概是八万七千亿元。", 8.7e12, "CNY"),
    ("差不多五千万套房子空置。", 5e7, "套"),
])
def test_spoken_figures_are_approximate(text: str, value: float, unit: str) -> None:
    record = one(text)
    assert (record.value, record.unit, record.approx) == (value, unit, True)


def test_a_full_width_figures_thousands_separator_is_the_ideographic_comma() -> None:
    assert stats("县域面积２，１８４平方公里。") == [(2184, "平方公里")]
    assert stats("两地分别新增２，３家企业。") == [(3, "家")]  # two counts, not one number


def test_two_neighbouring_digits_give_a_rough_count_not_a_two_digit_number() -> None:
    record = one("冷库一年只用三四个月。")
    assert (record.value, record.unit, record.approx) == (3, "个月", True)
    assert one("园区共有五十六家企业。").value == 56


@pytest.mark.parametrize("text", ["龙头企业中有10头部品牌。", "通往五组、六组的路全断了。", "3组织联合发起倡议。"])
def test_tou_and_zu_that_begin_a_word_or_name_a_village_group_count_nothing(text: str) -> None:
    assert not any(unit in ("头", "组") for _, unit in stats(text))


def test_an_accounts_negative_in_brackets_is_a_negative_sum_and_other_brackets_end_no_figure() -> None:
    assert stats("公司经营活动净现金流分别为(5.62)亿元和（1,234.5）万元。") == [(-562000000.0, "CNY"), (-12345000.0, "CNY")]
    assert stats("见第(3)项，共(12)个条款。") == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("全县建成五六十个冷库。", 50),
    ("每年引进十七八家配套企业。", 17),
    ("项目前期投入三四千万元。", 3e7),
    ("县城房价跌了百分之七八十。", 70),
])
def test_neighbouring_digits_are_a_rough_figure_at_its_lower_end(sentence: str, value: float) -> None:
    [stat] = extract(parse_article(sentence + "\n"))
    assert (stat.value, stat.approx) == (value, True)


def test_one_or_two_of_something_is_no_figure_of_twelve() -> None:
    assert extract(parse_article("地方政府应当围绕一两个主导产业招商，县里有两三家龙头企业。\n")) == []
