"""Article parsing on PDF-style and Markdown text written for these tests."""
from __future__ import annotations

import pytest

from etl.text.lines import classify_lines
from etl.text.parse import parse_article

PDF = """ 开放型经济的城市路径研究
 摘 要：城市是开放合作的枢纽。产业升级依赖城市功能的提升。
 关键词：开放型经济；城市功能；产业升级
 Abstract: Cities are hubs of open cooperation and industrial upgrading
depends on the improvement of urban functions in the region.
一、问题的提出
近年来，沿海城市积极参与国际合作，外贸规模持续扩
大。[1]内陆城市则面临通道不足的约束。[2,3]
城市观察 2020年第3期
_图1 城市外贸结构
制造业是城市竞争力的基础，服务业是城市功能的支撑，两者
相互促进。
张
三
论
（一）现实基础
1.产业基础较好。全市工业门类齐全，配套能力
较强。
参考文献
[1] 王五. 城市开放研究[J]. 经济研究, 2019(3): 1-10.
"""


def test_title_abstract_and_keywords() -> None:
    article = parse_article(PDF)
    assert article.title == "开放型经济的城市路径研究"
    assert article.abstract == "城市是开放合作的枢纽。产业升级依赖城市功能的提升。"
    assert article.keywords == ["开放型经济", "城市功能", "产业升级"]


def test_section_tree() -> None:
    paths = [s.path for s in parse_article(PDF).sections]
    assert paths == [
        ("一、问题的提出",),
        ("一、问题的提出", "（一）现实基础"),
        ("一、问题的提出", "（一）现实基础", "1.产业基础较好。"),
    ]


def test_sentences_join_broken_lines_and_drop_furniture() -> None:
    body = [s.text for s in parse_article(PDF).sentences if s.role == "body"]
    assert "近年来，沿海城市积极参与国际合作，外贸规模持续扩大。" in body
    assert "制造业是城市竞争力的基础，服务业是城市功能的支撑，两者相互促进。" in body
    joined = "".join(body)
    for furniture in ("城市观察", "图1", "Abstract", "王五", "张三论"):
        assert furniture not in joined


def test_footnote_markers_become_citations() -> None:
    sentence = next(s for s in parse_article(PDF).sentences if s.text.startswith("内陆城市"))
    assert sentence.citations == ("[2,3]",)
    assert "[" not in sentence.text


def test_offsets_point_into_the_raw_text() -> None:
    article = parse_article(PDF)
    for sentence in article.sentences:
        for ch, offset in zip(sentence.text, sentence.offsets):
            assert PDF[offset] == ch or ch == " "


def test_inserted_block_is_cut_out_of_the_sentence() -> None:
    raw = ("近年来，佛山围绕产业链部署创新链，积极推动制造业\n 数字经济与城市转型\n"
           " 摘要：数字化重塑了城市竞争格局，也改变了产业的组织方式。\n 向高端攀升，成效明显。\n")
    article = parse_article(raw)
    body = [s for s in article.sentences if s.role == "body"]
    assert body[0].text == "近年来，佛山围绕产业链部署创新链，积极推动制造业向高端攀升，成效明显。"
    assert body[0].text[body[0].breaks[0]:] == "向高端攀升，成效明显。"
    assert article.title == "数字经济与城市转型"


def test_markdown_headings_and_math() -> None:
    raw = "# 港口城市的转型\n\n## 一、发展现状\n\n吞吐量增长 $1 2 . 7 \\%$ ，![图](a.png)位居前列。\n"
    article = parse_article(raw)
    assert article.title == "港口城市的转型"
    sentence = next(s for s in article.sentences if s.role == "body")
    assert sentence.text == "吞吐量增长12.7%，位居前列。"
    assert sentence.section[-1] == "一、发展现状"


def test_running_headers_and_speaker_labels_are_furniture() -> None:
    raw = (
        "对话实录  DIALOGUE              城市观察 2023.04  21\n"
        "■ 李四  某某研究院研究员\n"
        "园区是产业集聚的主要载体，也是招商引资的主战场。\n"
        "对话实录  DIALOGUE              城市观察 2023.04  22\n"
    )
    body = [s.text for s in parse_article(raw).sentences]
    assert body == ["园区是产业集聚的主要载体，也是招商引资的主战场。"]


def test_journal_numbering_makes_a_section_tree_and_a_group_byline_is_furniture() -> None:
    raw = (
        "县域商业调研报告\n省商务厅课题组\n县域商业是城乡循环的重要环节。\n"
        "1 基本情况\n1.1 网点布局逐步完善\n全省建成乡镇商贸中心 420 个，\n"
        "12 个县实现全覆盖。\n2 存在的问题\n物流成本偏高。\n"
    )
    article = parse_article(raw)
    assert [s.path for s in article.sections] == [
        ("1基本情况",), ("1基本情况", "1.1网点布局逐步完善"), ("2存在的问题",),  # clean text: no blanks
    ]
    body = [s.text for s in article.sentences if s.role == "body"]
    assert body == ["县域商业是城乡循环的重要环节。", "全省建成乡镇商贸中心420个，12个县实现全覆盖。", "物流成本偏高。"]


def test_a_table_left_as_text_and_its_note_are_furniture() -> None:
    raw = (
        "表2 基准回归结果\n变量 （1） （2）\n数字化水平 0.126*** 0.098***\n (3.45) (2.87)\n"
        "样本量 2310 2310\n注：***表示在1%的水平上显著。\n数字化显著促进了企业出口。\n"
    )
    assert [s.text for s in parse_article(raw).sentences] == ["数字化显著促进了企业出口。"]


def test_keywords_in_brackets_without_a_colon() -> None:
    article = parse_article("[摘要] 园区是产业集聚的主要载体。\n[关键词] 产业园区；高质量发展\n")
    assert article.keywords == ["产业园区", "高质量发展"]
    assert [s.text for s in article.sentences] == ["园区是产业集聚的主要载体。"]


def test_a_line_wholly_in_brackets_is_an_editorial_aside() -> None:
    raw = "园区是产业集聚的主要载体。\n（本文根据座谈会发言整理，有删节）\n"
    assert [l.role for l in classify_lines(raw) if l.role != "blank"] == ["body", "furniture"]


def test_markdown_numbering_sets_the_level_and_figure_labels_are_captions() -> None:
    raw = ("# 港口城市研究\n\n# 一、现状\n\n## （一）规模\n\n吞吐量居全国前列。 $^{[2,3]}$ 增速较快。\n\n"
           "![](images/a.jpg)\n图1 2016—2022年吞吐量变化\n\n表2 主要指标\n")
    article = parse_article(raw)
    assert [s.path for s in article.sections] == [("一、现状",), ("一、现状", "（一）规模")]
    body = [s.text for s in article.sentences if s.role == "body"]
    assert body == ["吞吐量居全国前列。", "增速较快。"]


def test_a_research_reports_statements_and_disclaimer_are_back_matter() -> None:
    raw = ("三、结论\n外需放缓将拖累下半年出口。\n分析师声明\n作者保证报告所采用的数据均来自合规渠道。\n"
           "免责声明\n本报告仅供本公司客户使用。投资者应当自主作出投资决策。\n")
    body = [s.text for s in parse_article(raw).sentences if s.role == "body"]
    assert body == ["外需放缓将拖累下半年出口。"]


def test_a_footer_sentence_on_every_page_and_a_charts_source_line_are_furniture() -> None:
    footer = "本简报仅代表课题组观点，不代表本院立场。\n"
    raw = ("出口结构持续优化。\n" + footer + "机电产品占比逐年提高。\n" + footer
           + "资料来源：海关总署，课题组整理\n" + "中间品出口增长较快。\n" + footer)
    body = [s.text for s in parse_article(raw).sentences]
    assert body == ["出口结构持续优化。", "机电产品占比逐年提高。", "中间品出口增长较快。"]


def test_notes_headings_after_markers_and_wrapped_headings() -> None:
    raw = ("产业协同水平持续提升。\n[4]\n\n二、东部城市的经验与启\n\n示\n\n各地探索出不同的合作模式。\n"
           "**摘要：**本文讨论城市合作。\n说明：本文系某基金项目“城市合作研究”（项目编号：\n2020123）的阶段性成果。\n")
    article = parse_article(raw)
    assert [s.heading for s in article.sections] == ["二、东部城市的经验与启示"]
    assert article.abstract == "本文讨论城市合作。"
    texts = [s.text for s in article.sentences]
    assert "各地探索出不同的合作模式。" in texts
    assert not any("项目编号" in t or "2020123" in t for t in texts)


def test_page_bottom_footnotes_are_furniture() -> None:
    raw = "园区集聚企业三百余家。①\n①数据来源于园区管委会2021年统计公报，部分数据\n经过整理。\n二、发展路径\n要强化创新。\n"
    article = parse_article(raw)
    assert [s.text for s in article.sentences] == ["园区集聚企业三百余家。", "二、发展路径", "要强化创新。"]
    assert article.sentences[0].citations == ("①",)


def test_bylines_with_affiliation_marks_are_furniture() -> None:
    raw = ("# 内河港口转型研究\n\n林晓舟1，许 岚2\n\n周明$^{1}$，吴一帆$^{2}$\n\n赵 宁*\n\n"
           "内河港口是区域物流的节点，也是产业转移的通道。\n\n全市集装箱量同比\n增长12\n%，增速加快。\n")
    body = [s.text for s in parse_article(raw).sentences]
    assert body == ["内河港口是区域物流的节点，也是产业转移的通道。", "全市集装箱量同比增长12%，增速加快。"]


def test_a_heading_after_a_short_unpunctuated_line_opens_a_section() -> None:
    raw = (
        "岚州市政府工作报告\n市长  陈立新\n一、过去一年工作回顾\n过去一年，全市经济运行总体平稳，产业结构持续优化，\n"
        "第二、三产业增加值均保持增长，新兴产业占比稳步提高，民营经济活力进一步增强，全年\n"
        "二、三季度出口增速明显回升。\n"
    )
    article = parse_article(raw)
    assert [s.heading for s in article.sections] == ["一、过去一年工作回顾"]
    assert article.sentences[-1].text.endswith("全年二、三季度出口增速明显回升。")


def test_a_number_cut_at_the_margin_is_joined_but_numbers_on_separate_lines_are_not() -> None:
    raw = ("近年来，全区的新能源汽车零部件配套率持续提高，比五年前提高了 1\n\n"
           "2 个百分点，其中本地企业的贡献最大，产业链韧性进一步增强了。\n"
           "全区建成公共充电桩 3\n\n4 个片区完成改造。\n")
    body = "".join(s.text for s in parse_article(raw).sentences)
    assert "提高了12个百分点" in body
    assert "充电桩3 4个片区" in body  # a short line ends where the writer ended it


def test_a_short_line_cut_before_a_0_and_a_thousands_blank_are_kept_in_the_sentence() -> None:
    raw = ("一、产业基础\n该企业在当地建成一座工厂，招聘了 3\n\n00 多名本地技术人员。\n"
           "全市工业增加值达到 5 213.8 亿\n元，居全省前列。\n")
    body = [s.text for s in parse_article(raw).sentences if s.role == "body"]
    assert body == ["该企业在当地建成一座工厂，招聘了300多名本地技术人员。", "全市工业增加值达到5 213.8亿元，居全省前列。"]


def test_a_markdown_footnote_text_is_furniture() -> None:
    raw = "# 一、引言\n数字化是中小企业转型的方向[^1]。\n\n[^1]: 该说法最早见于有关部门的文件。\n"
    body = "".join(s.text for s in parse_article(raw).sentences)
    assert "最早见于" not in body


def test_a_speakers_turn_opens_a_paragraph_after_a_full_line() -> None:
    raw = "主持人：今天请两位专家谈谈县域产业的转型。\n李明：县域转型的关键在人才。\n"
    paragraphs = [s.paragraph for s in parse_article("一、对话\n" + raw).sentences if s.role == "body"]
    assert len(set(paragraphs)) == 2


def test_the_body_after_a_figure_title_is_not_taken_for_its_wrap() -> None:
    raw = (
        "_图2 2019—2023 年东屿都市圈城市更新投资额及资金来源结构\n\n"
        "从资金来源看，财政资金仍是更新投资的主要来源。2023 年\n"
        "，三市城市更新项目中财政资金占 21.5%，专项债券占 27.8%。\n"
    )
    texts = [s.text for s in parse_article(raw).sentences]
    assert texts == ["从资金来源看，财政资金仍是更新投资的主要来源。", "2023年，三市城市更新项目中财政资金占21.5%，专项债券占27.8%。"]


def test_a_pull_quote_keeps_the_clauses_it_wraps_onto() -> None:
    raw = "青澜的港口吞吐量持续增长。\n\n_青澜作为港口大市，吞吐量居全省首位。与东屿、\n\n临溪等地的合作，将带来新的增长点。\n"
    assert [s.text for s in parse_article(raw).sentences] == ["青澜的港口吞吐量持续增长。"]


def test_math_cut_by_the_margin_is_one_number() -> None:
    raw = ("2023 年，青澜市新能源汽车产量持续增长，新车销量占全市汽车新车总销量的 $3 1 . 6\n\n"
           " \\%$，比上年提高 5.9 个百分点，提前两年实现了规划提出的目标，产业规模居全省前列。\n")
    (sentence,) = parse_article(raw).sentences
    assert "新车总销量的31.6%，比上年提高5.9个百分点" in sentence.text


def test_a_dollar_sign_left_open_does_not_swallow_the_next_line() -> None:
    raw = "该项目融资 $12 million\n，其余部分由地方财政承担，资金缺口仍然较大。\n"
    (sentence,) = parse_article(raw).sentences
    assert "其余部分由地方财政承担" in sentence.text


@pytest.mark.parametrize(
    "authors",
    [
        "许某 1，钟某 2\n（1. 青澜大学经济学院，青澜 430070）", "程某\n【摘要】扩大内需的重点在消费，消费的潜力在服务。",
        "青澜市统计局综合分析课题组\n\n内容摘要：扩大内需的重点在消费，消费的潜力在服务。",
    ],
)
def test_the_line_above_the_authors_is_the_title(authors: str) -> None:
    raw = f"区域研究 2024 年第 9 期\n\n县域商业体系建设的路径与对策\n\n{authors}\n\n一、引言\n\n县域商业是扩大内需的重要支点。\n"
    article = parse_article(raw)
    assert article.title == "县域商业体系建设的路径与对策"
    assert all("路径与对策" not in s.text for s in article.sentences)


def test_a_news_photo_caption_mid_paragraph_is_dropped_and_the_sentence_joins_across_it() -> None:
    raw = ("县域光纤产业经过二十年积累，形成了完整的产\n\n图为临川某光纤企业的拉丝车间。　　本报记者　王　某摄\n\n"
           "业链，产量约占全国的五分之一。\n")
    (sentence,) = parse_article(raw).sentences
    assert sentence.text == "县域光纤产业经过二十年积累，形成了完整的产业链，产量约占全国的五分之一。"


def test_a_number_the_margin_cuts_inside_an_abstract_is_closed_up() -> None:
    width = "城乡居民收入差距继续缩小，农村居民人均可支配收入增长较快，"
    raw = f"内容摘要：{width}全年达到2\n3119元，增长6.6%。\n\n一、引言\n\n县域商业是扩大内需的重要支点。\n"
    sentence = parse_article(raw).sentences[0]
    assert sentence.role == "abstract" and "达到23119元" in sentence.text


def test_a_number_set_one_digit_at_a_time_is_closed_up() -> None:
    raw = "2 0 2 3 年，全市社会消费品零售总额达到 4\n 7 1 4 亿元，同比增长 6.1%。\n"
    (sentence,) = parse_article(raw).sentences
    assert sentence.text.startswith("2023年，全市社会消费品零售总额达到4714亿元")
    i = sentence.text.index("4714")
    assert raw[slice(*sentence.raw_span(i, i + 4))].replace(" ", "").replace("\n", "") == "4714"


def test_a_line_opening_on_a_zero_goes_on_with_the_number_before_it() -> None:
    raw = "其中，餐饮收入 5289\n0 亿元，增长 20.4%。\n"
    (sentence,) = parse_article(raw).sentences
    assert "52890亿元" in sentence.text


def test_a_table_of_contents_is_furniture_and_a_compilations_cases_are_sections() -> None:
    raw = (
        "目    录\n前  言 ……………………………… 1\n案例一  石桥村：土地入股 ………… 3\n"
        "1.1 产业链概况 .........................................\n. 4\n\n"
        "前  言\n村级集体经济持续壮大。\n案例一  沅岚县石桥村：土地入股激活资源\n【主要做法】\n村里成立了合作社。\n"
    )
    article = parse_article(raw)
    assert [s.text for s in article.sentences if s.role == "body"] == ["村级集体经济持续壮大。", "村里成立了合作社。"]
    assert article.sentences[-1].section[-2:] == ("案例一沅岚县石桥村：土地入股激活资源", "【主要做法】")


def test_a_bracketed_case_and_its_part_labels_are_headings() -> None:
    raw = "┌──────────┐\n【案例二】青岚县：直播带动草编\n\n背景\n\n草编产业历史悠久，但销路\n一直不畅。\n\n主要做法\n\n一是建设直播产业园。\n"
    article = parse_article(raw)
    assert [s.text for s in article.sentences if s.role == "heading"] == ["【案例二】青岚县：直播带动草编", "背景", "主要做法"]
    assert article.sentences[-1].section == ("【案例二】青岚县：直播带动草编", "主要做法")


def test_front_matter_pages_in_roman_numerals_are_furniture() -> None:
    raw = "目  录\n摘  要 ........................ I\n绪论 ........................ 1\nIV\n数据共享是改革的关键。\n"
    assert [s.text for s in parse_article(raw).sentences if s.role == "body"] == ["数据共享是改革的关键。"]


def test_a_boxed_sidebar_loses_its_frame() -> None:
    raw = "村集体收入持续增长。\n┌──────────┐\n│专栏1  分配办法│\n│合作社按股分红，每│\n│年结算一次。│\n└──────────┘\n"
    article = parse_article(raw)
    texts = [s.text for s in article.sentences]
    assert "合作社按股分红，每年结算一次。" in "".join(texts)
    assert not any(c in "".join(texts) for c in "│┌└─")
    assert all(raw[s.start:s.end].replace("\n", "").replace("│", "") for s in article.sentences)


def test_a_bulleted_paragraph_is_body_and_a_bulleted_label_is_not() -> None:
    raw = "■ 投资要点\n■行业需求已经筑底回升，我们认为国产份额将继续提\n升，龙头企业受益。\n"
    assert [s.text for s in parse_article(raw).sentences if s.role == "body"] == [
        "行业需求已经筑底回升，我们认为国产份额将继续提升，龙头企业受益。"
    ]


def test_a_second_article_after_the_first_ones_notes_is_read() -> None:
    raw = (
        "一、综合\n全市经济平稳运行。\n注释：\n①本公报数据为初步统计数。\n\n稳中有进\n——对公报的解读\n"
        "摘要：全市经济总体平稳，结构继续优化。\n一、总体判断\n新动能加快接续。\n"
    )
    body = [s.text for s in parse_article(raw).sentences if s.role == "body"]
    assert body == ["全市经济平稳运行。", "新动能加快接续。"]


def test_a_newspaper_page_header_inside_a_sentence_is_furniture() -> None:
    raw = "他同时提醒，\n7 产业·县域经济 某某日报 2024年5月17日 星期五\n数字化改造要防止为改而改。\n"
    assert [s.text for s in parse_article(raw).sentences] == ["他同时提醒，数字化改造要防止为改而改。"]


def test_prose_typeset_with_blanks_around_its_figures_is_no_table_row() -> None:
    raw = "村里的冷库\n2019 年用专项资金 40 万元建成一\n座冷库，至今闲置。\n"
    assert "2019年用专项资金40万元建成一座冷库，至今闲置。" in [s.text for s in parse_article(raw).sentences]


def test_a_diary_entrys_date_and_weather_are_no_part_of_its_text() -> None:
    raw = "驻村笔记\n\n到村第一天。\n3月27日　阴\n清点村里的固定资产。\n"
    assert [s.text for s in parse_article(raw).sentences] == ["到村第一天。", "清点村里的固定资产。"]


def test_a_web_pages_furniture_is_no_part_of_the_article() -> None:
    raw = (
        "首页 > 政务公开 > 政策解读\n\n关于支持小微企业发展若干措施的解读\n\n"
        "发布时间：2024-03-01 09:30　　来源：市发展改革委　　浏览次数：2210\n【字体：大 中 小】　　分享到：\n\n"
        "近日，市政府印发了支持小微企业发展的若干措施。\n\n扫一扫在手机打开当前页\n"
        "上一篇：关于开展营商环境评价的通知\n\n相关链接\n· 市政府关于印发若干措施的通知\n\n打印本页　　关闭窗口\n"
        "主办单位：市发展和改革委员会　　网站标识码：1234567890　　ICP备12345678号\n"
    )
    article = parse_article(raw)
    assert article.title == "关于支持小微企业发展若干措施的解读"
    assert [s.text for s in article.sentences] == ["近日，市政府印发了支持小微企业发展的若干措施。"]


def test_a_date_line_and_contents_paged_in_unicode_roman_numerals_are_furniture() -> None:
    raw = "县域经济白皮书\n\n2026年3月\n\n目  录\n前  言 ………………………… Ⅰ\n\n县域是经济发展的基本单元。\n"
    assert [s.text for s in parse_article(raw).sentences] == ["县域是经济发展的基本单元。"]


def test_a_boxed_case_without_a_number_is_a_section_of_its_own() -> None:
    raw = "公司开展定点帮扶。\n\n【案例】青禾冷链助力石岭县茶叶上行\n公司在石岭县建成产地冷库3座。\n"
    article = parse_article(raw)
    assert [s.path for s in article.sections] == [("【案例】青禾冷链助力石岭县茶叶上行",)]


def test_a_new_media_articles_glyph_headings_nest_and_its_dotted_list_items_stay_text() -> None:
    raw = ("▍二、三个县，三种样本\n\n01 ▍沅岚县：文旅带动型\n\n沅岚县的古镇带火了夜游。\n\n"
           "● 德国：分散的城镇体系\n\n● 小城的业态更适合近距离消费；\n")
    article = parse_article(raw)
    assert [s.text for s in article.sentences if s.role == "heading"] == [
        "▍二、三个县，三种样本", "01▍沅岚县：文旅带动型", "●德国：分散的城镇体系",
    ]
    assert article.sentences[2].section == ("▍二、三个县，三种样本", "01▍沅岚县：文旅带动型")
    assert article.sentences[-1].role == "body"


def test_a_reports_unnumbered_section_title_on_its_own_line_opens_a_section() -> None:
    body = "公司建立了由董事会统筹、委员会监督、工作办公室执行、各单位落实的四级管理架构，全年召开会议{}次。"
    raw = f"{body.format(6)}\n社区沟通\n{body.format(7)}\n培训与发展\nTraining and Development\n{body.format(8)}\n"
    article = parse_article(raw)
    assert [s.text for s in article.sentences if s.role == "heading"] == ["社区沟通", "培训与发展"]
    assert article.sentences[-1].section == ("培训与发展",)


def test_a_word_broken_by_the_wrap_is_no_section_title() -> None:
    body = "对首次纳入规模以上工业统计的企业，给予一次性奖励十万元，对新认定的企业再给予二十万元奖励。"
    article = parse_article(f"{body}\n\n去年全省新增规模以上工\n业企业1386家，其中民营企业占比达到93.4%，比上年提高二点一个百分点。\n")
    assert not [s for s in article.sentences if s.role == "heading"]


def test_a_transcripts_timestamped_turn_opens_a_paragraph_even_after_an_unpunctuated_line() -> None:
    raw = ("[00:02:30] 嘉宾B（王某）：平台企业也要降低抽成，现在抽成太高了小店根本活不下去\n"
           "[00:03:10] 嘉宾A（李某）：日本九十年代的教训值得记取。\n")
    article = parse_article(raw)
    assert [s.paragraph for s in article.sentences] == [0, 1]
    assert article.sentences[1].text.startswith("[00:03:10]")


def test_a_tables_header_row_left_as_text_is_furniture_but_prose_set_with_blanks_is_not() -> None:
    raw = ("_表 1　主要创新指标比较\n指标　研发投入强度（%）　高新技术企业（万家）　发明专利（件）\n"
           "澜川　2.31　1.28　9.8\n江苏　3.35　5.7　24.6\n某省的优势在于市场化的创新体系。\n")
    assert [s.text for s in parse_article(raw).sentences] == ["某省的优势在于市场化的创新体系。"]
    prose = "新规 2024 年 1 月起分阶段\n12.5 13.1 14.2\n"
    assert [l.role for l in classify_lines(prose)][0] != "furniture"


@pytest.mark.parametrize("page", ["1-1-86", "68 / 88"])
def test_a_prospectus_or_reports_page_number_mid_sentence_is_furniture(page: str) -> None:
    raw = f"公司冷藏车厢体业务收入占主营业务收入的比例分别为62.15%、\n{page}\n58.47%和55.02%。\n"
    assert [s.text for s in parse_article(raw).sentences] == ["公司冷藏车厢体业务收入占主营业务收入的比例分别为62.15%、58.47%和55.02%。"]


def test_a_reports_box_title_opens_a_section_of_its_own_and_its_continuation_mark_does_not() -> None:
    raw = "专栏2　沅岚片区“一业一证”改革\n沅岚片区将一个行业涉及的多张许可证整合为一张。\n专栏2（续）\n改革后办证时间缩短一半。\n"
    article = parse_article(raw)
    assert [s.text for s in article.sentences if s.role == "heading"] == ["专栏2沅岚片区“一业一证”改革"]
    assert article.sentences[1].section == ("专栏2沅岚片区“一业一证”改革",)


def test_a_figure_the_margin_cut_after_a_bare_digit_is_joined_however_short_the_line() -> None:
    wide = "社会消费品零售总额达到471495亿元，比上年增长7.2%，其中餐饮收入52890亿元，增长20.4%，恢复势头良好。\n"
    raw = wide * 4 + "全国网上零售额154264亿元，增长 1\n1.0%，实物商品网上零售额占比为27.6%。\n"
    assert parse_article(raw).sentences[-1].text.startswith("全国网上零售额154264亿元，增长11.0%")


def test_each_bullet_of_a_list_opens_a_paragraph_without_its_glyph_and_a_charts_unit_line_is_furniture() -> None:
    raw = ("二、发展基础\n• 2024年全市软件业务收入达到86亿元\n• 龙头企业带动能力不足，本地配套率低于三成\n"
           "单位：亿元\n➢ 人才外流明显\n")
    article = parse_article(raw)
    body = [(s.paragraph, s.text) for s in article.sentences if s.role == "body"]
    assert [text for _, text in body] == ["2024年全市软件业务收入达到86亿元", "龙头企业带动能力不足，本地配套率低于三成", "人才外流明显"]
    assert len({paragraph for paragraph, _ in body}) == 3


def test_a_numbered_proposal_title_opens_a_section() -> None:
    article = parse_article("三、策略建议\n建议一｜聚焦两条主导产业链\n市政府应集中资源发展智能终端产业。\n")
    assert article.sentences[-1].section == ("三、策略建议", "建议一｜聚焦两条主导产业链")


def test_a_chapters_numbered_section_opens_a_section() -> None:
    article = parse_article("第一节 城市更新的内涵\n城市更新是存量时代城市发展的主要方式。\n")
    assert [(s.role, s.section) for s in article.sentences][-1] == ("body", ("第一节城市更新的内涵",))


def test_a_textbooks_labels_and_bracketed_box_open_sections() -> None:
    raw = ("学习目标\n读者应当能够理解城市更新的内涵。\n【专栏5-1】沣阳市的“工改工”实践\n沣阳市累计改造低效工业用地3200亩。\n"
           "关键术语\n城市更新 存量用地\n")
    headings = [s.section[-1] for s in parse_article(raw).sentences if s.role == "body"]
    assert headings == ["学习目标", "【专栏5-1】沣阳市的“工改工”实践", "关键术语"]


def test_a_page_number_that_counts_the_pages_is_furniture() -> None:
    raw = "全区地区生产总值达到1286亿元，经济总量在全市各区中\n第 6 页 共 28 页\n排名第二。\n"
    assert [s.text for s in parse_article(raw).sentences] == ["全区地区生产总值达到1286亿元，经济总量在全市各区中排名第二。"]


def test_an_official_documents_number_signature_attendance_and_distribution_lines_are_furniture() -> None:
    raw = ("沣阳县人民政府\n沣政纪〔2025〕7号\n签发人：王某某\n会议研究了民营经济发展有关问题。\n主持：王某某\n"
           "列席：县发改局、县财政局\n会议认为，要素保障不足是主要困难。\n抄送：县委办公室。\n县政府办公室    2025年3月12日印发\n")
    assert [s.text for s in parse_article(raw).sentences] == ["会议研究了民营经济发展有关问题。", "会议认为，要素保障不足是主要困难。"]


def test_a_charts_row_of_data_labels_is_furniture() -> None:
    raw = "• 人才外流明显，高校毕业生留沣率约为38%\n289 326 371 412\n"
    assert [s.text for s in parse_article(raw).sentences] == ["人才外流明显，高校毕业生留沣率约为38%"]


def test_a_newspaper_features_box_reporter_notes_page_headers_and_byline() -> None:
    raw = (
        "山区县的物流突围\n本报记者　林晓舟　周岩\n\n清晨，澄溪县物流园的龙门吊开始作\n业。园区去年发送集装箱4.6万标箱。\n\n"
        "第05版：区域经济\n\n专家认为，县域制造的短板在配套。\n\n【相关链接】\n全国已有1200多个县开展县域商业体系建设。\n\n"
        "记者手记\n物流通道是县域制造的生命线。\n\n扫码阅读全文\n"
    )
    sentences = parse_article(raw).sentences
    assert [s.text for s in sentences if s.role == "body"] == [
        "清晨，澄溪县物流园的龙门吊开始作业。", "园区去年发送集装箱4.6万标箱。", "专家认为，县域制造的短板在配套。",
        "全国已有1200多个县开展县域商业体系建设。", "物流通道是县域制造的生命线。",
    ]
    assert sentences[-1].section == ("记者手记",)


def test_an_indented_numbered_paragraph_of_prose_is_no_heading() -> None:
    raw = ("二、企业反映的问题\n"
           "　　（一）澄江宏达新材料有限公司董事长反映，公司年产三万吨改性塑\n"
           "料扩产项目的用地指标不足，厂房迟迟无法开工建设，企业担心错过订单\n"
           "交付的窗口期，希望尽快协调解决。\n"
           "（二）强化要素保障，破解项目落地难题\n")
    article = parse_article(raw)
    assert [s.role for s in article.sentences] == ["heading", "body", "heading"]
    assert article.sentences[1].text.startswith("（一）澄江宏达新材料有限公司董事长反映，公司年产三万吨改性塑料扩产")


def test_a_numbered_point_whose_line_break_cuts_a_word_is_prose() -> None:
    raw = ("本章小结\n"
           "1.产业集群是地理上邻近、相互关联的企业和机构的集合；新经济地理学揭示了集聚的循环累\n"
           "积机制和路径依赖，历史和偶然性在集群的起源中扮演着重要角色，政策并非无所作为。\n"
           "2.集群可以通过降低成本、促进创新和形成区域品牌等途径提升区域竞争力\n")
    sentences = parse_article(raw).sentences
    assert sentences[1].role == "body" and "循环累积机制" in sentences[1].text


def test_a_reports_notice_of_use_is_furniture() -> None:
    raw = "招商工作要久久为功。\n本报告仅供市投资促进局内部决策参考，未经书面许可不得转载或引用\n"
    assert [s.text for s in parse_article(raw).sentences] == ["招商工作要久久为功。"]


def test_a_research_teams_member_lines_are_furniture() -> None:
    raw = "县域经济需要新动能。\n课题负责人：周某远    执笔：宁某齐  陶 然\n课题组成员：顾某远  宁某齐  周 岚\n"
    assert [s.text for s in parse_article(raw).sentences] == ["县域经济需要新动能。"]


def test_a_speechs_speaker_line_is_furniture() -> None:
    raw = "政府工作报告\n澄江市市长　林某栋\n各位代表：\n过去一年，全市经济稳中有进。\n"
    assert [s.text for s in parse_article(raw).sentences] == ["各位代表：过去一年，全市经济稳中有进。"]
