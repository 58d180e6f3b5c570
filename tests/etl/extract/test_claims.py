"""Claim extraction on sentences written for these tests."""
from __future__ import annotations

import pytest

from etl.extract import claims, examples, recommendations
from etl.text.parse import parse_article


def found(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.claim_type) for c in claims.extract(parse_article(text))]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("由于物流成本偏高，内陆园区的出口竞争力受到制约。", "causal"),
        ("交通枢纽建设有助于城市吸引总部企业。", "causal"),
        ("人才是区域创新最关键的要素。", "evaluative"),
        ("县域产业基础薄弱，配套能力明显不足。", "evaluative"),
        ("所谓飞地经济，是指两地打破行政区划合作开发园区的模式。", "definitional"),
        ("港口城市是陆海联运的节点。", "definitional"),
        ("当地企业正在向东南亚转移部分产能。", "descriptive"),
    ],
)
def test_claim_types(text: str, kind: str) -> None:
    assert found(text) == [(text.rstrip("。"), kind)]


def test_a_recommendation_is_not_also_a_claim() -> None:
    text = "制造业是实体经济的根基，地方政府应加快制造业数字化转型。"
    article = parse_article(text)
    (rec,) = recommendations.extract(article)
    assert rec.text.endswith("地方政府应加快制造业数字化转型")
    assert [c.text for c in claims.extract(article)] == ["制造业是实体经济的根基"]


def test_a_statement_that_an_action_is_important_is_a_claim() -> None:
    text = "加快产业升级是推动高质量发展的重要举措。"
    assert recommendations.extract(parse_article(text)) == []
    assert found(text) == [(text.rstrip("。"), "evaluative")]


def test_an_action_topic_opens_its_own_assertion() -> None:
    texts = [t for t, _ in found("服务业是城市经济的主体，完善公共服务，有助于吸引人才落户。")]
    assert texts == ["服务业是城市经济的主体", "完善公共服务，有助于吸引人才落户"]


def test_semicolon_separates_assertions() -> None:
    texts = [t for t, _ in found("东部城市资金充裕；西部城市资源丰富，但人才短缺。")]
    assert texts == ["东部城市资金充裕", "西部城市资源丰富，但人才短缺"]


def test_clauses_that_only_report_figures_are_left_out() -> None:
    texts = [t for t, _ in found("沿线国家市场空间广阔，货物贸易额增长了12.5%，今后需求将持续扩大。")]
    assert texts == ["沿线国家市场空间广阔", "今后需求将持续扩大"]


def test_plain_setting_of_a_directive_is_not_a_claim() -> None:
    assert found("今后，当地推进乡村振兴，必须守住耕地红线。") == []


@pytest.mark.parametrize(
    "text",
    [
        "一、园区发展的主要问题\n",
        "如何才能破解县域经济发展的瓶颈？",
        "2023年全市实现地区生产总值3200亿元，增长5.6%。",
        "2019年，省政府印发了区域协调发展规划。",
        "如某市通过建设保税仓，降低了企业的物流成本。",
        "张某（2019）研究了城市群的空间结构。",
        "本文将从产业和城市两个层面展开分析。",
        "本报告从能耗强度和碳排放两个维度评估了制造业绿色转型的进展。",
        "本白皮书以县域为单元考察了数字经济的发展格局。",
        "市委全会提出，要建设区域消费中心城市。",
    ],
)
def test_headings_questions_figures_examples_and_reports_are_not_claims(text: str) -> None:
    assert found(text) == []


def test_evidence_is_grounded_across_line_breaks() -> None:
    raw = "开放型经济是沿海城市\n发展的主要动力。\n"
    (claim,) = claims.extract(parse_article(raw))
    assert raw[claim.start:claim.end].replace("\n", "") == claim.text


def test_abstract_sentences_carry_more_confidence_than_body_ones() -> None:
    raw = "摘要：城市更新是存量时代的主要任务。\n一、引言\n老城区功能衰退，公共设施老化。居民更新意愿普遍较强。\n"
    by_text = {c.text: c.confidence for c in claims.extract(parse_article(raw))}
    assert by_text["城市更新是存量时代的主要任务"] > by_text["居民更新意愿普遍较强"]


def test_achievements_left_without_their_figures_are_not_claims() -> None:
    assert found("一、工作回顾\n深入实施乡村振兴战略，新建高标准农田2万亩。\n") == []


def test_a_lead_in_left_dangling_by_its_figures_is_not_a_claim() -> None:
    assert found("今年的主要预期目标是：地区生产总值增长6%左右。") == []


def test_a_plain_account_of_a_case_is_not_a_claim() -> None:
    assert found("一些国家积极响应倡议，开展政策沟通，如某国的港口建设。") == []
    assert found("某重工集团近年来努力开拓东南亚市场。") == []


def test_a_plain_account_of_a_case_the_article_cites_is_not_a_claim() -> None:
    article = parse_article("汀阳重工在匈牙利建成了首个海外工厂。海外建厂是企业应对贸易壁垒的重要途径。\n")
    cases = examples.extract(article)
    assert [e.name for e in cases] == ["汀阳重工"]
    assert [c.text for c in claims.extract(article)] == ["汀阳重工在匈牙利建成了首个海外工厂", "海外建厂是企业应对贸易壁垒的重要途径"]
    assert [c.text for c in claims.extract(article, cases)] == ["海外建厂是企业应对贸易壁垒的重要途径"]


def test_an_idiom_ending_in_wei_leaves_nothing_dangling() -> None:
    assert found("县域夜间经济大有可为。") == [("县域夜间经济大有可为", "descriptive")]


def test_who_said_a_quotation_is_no_claim() -> None:
    texts = [t for t, _ in found("“仓库的位置决定了时效。”一位从事物流的负责人说。")]
    assert texts == ["“仓库的位置决定了时效。”"]  # the words stand; the attribution is none


def test_the_writers_telling_their_own_work_is_no_claim() -> None:
    assert found("在站点建设中，我们注重嵌入社区。") == []


def test_a_plain_statement_holding_a_date_reports_an_event() -> None:
    assert found("园区二期工程于2019年启动建设。") == []
    assert found("二期工程启动以后，园区的辐射能力显著增强。") == [("二期工程启动以后，园区的辐射能力显著增强", "evaluative")]


def test_what_a_document_says_or_does_is_no_claim_of_the_article() -> None:
    assert found("《实施方案》分三个阶段部署了重点任务。") == []
    assert found("《实施方案》的生命力在于落实。") == [("《实施方案》的生命力在于落实", "causal")]


def test_what_a_class_of_companies_does_is_no_case() -> None:
    text = "不少上市公司仍然沿用传统的家族管控方式"
    assert found(text + "。") == [(text, "descriptive")]


def test_a_case_that_supports_an_evaluation_is_a_claim() -> None:
    text = "民营企业是对外投资的重要力量，如某集团在多国开办工厂。"
    assert found(text) == [(text.rstrip("。"), "evaluative")]


def test_a_review_of_work_done_asserts_only_its_diagnosis() -> None:
    from etl.extract.claims import extract
    from etl.text.parse import parse_article

    raw = ("一、2022年工作回顾\n新建城市绿道四十公里，成功举办第三届航空博览会。\n"
           "同时也要看到，产业结构偏重、创新能力不强的问题依然突出。\n")
    texts = [c.text for c in extract(parse_article(raw))]
    assert not any("绿道" in t or "博览会" in t for t in texts)
    assert any("创新能力不强" in t for t in texts)


@pytest.mark.parametrize("heading", ["（一）城市更新的核心是激活存量机制", "（三）澄州市的实践样本"])
def test_a_heading_that_states_a_thesis_or_opens_a_case_reviews_nothing(heading: str) -> None:
    raw = f"{heading}\n一些街区的改造则更加注重保留原有居民。\n"
    assert [t for t, _ in found(raw)] == ["一些街区的改造则更加注重保留原有居民"]
    assert found("（一）主要做法\n一些街区的改造注重保留原有居民。\n") == []  # work done


def test_a_principle_stated_in_a_section_on_foundations_is_a_position() -> None:
    raw = "二、县域合作的基础\n区域合作必须以产业分工为前提。\n"
    assert found(raw) == [("区域合作必须以产业分工为前提", "definitional")]


@pytest.mark.parametrize("stance", ["我认为，", "笔者认为，", "我们觉得，", "在我看来，", "我认为", "研究发现，", "本书认为，"])
def test_the_authors_own_stance_keeps_the_proposition_after_it(stance: str) -> None:
    text = f"{stance}县域产业升级滞后的根本原因在于缺乏龙头企业。"
    assert found(text) == [("县域产业升级滞后的根本原因在于缺乏龙头企业", "causal")]


def test_a_round_table_speaker_label_is_not_part_of_the_claim() -> None:
    text = "吴晓岚（南湖大学区域经济研究中心主任）：我认为，园区同质化竞争是当前最突出的问题。"
    assert found(text) == [("园区同质化竞争是当前最突出的问题", "evaluative")]


def test_a_speakers_later_turn_and_moves_in_the_conversation_are_no_claims() -> None:
    text = "吴晓岚：我同意前面几位的看法。吴晓岚：我补充一点。吴晓岚：园区同质化竞争是当前最突出的问题。"
    assert found(text) == [("园区同质化竞争是当前最突出的问题", "evaluative")]
    for move in ("我想从金融的角度谈一点看法", "我来自一家物流企业", "我主要讲讲园区的融资", "我再举一个招商的例子"):
        assert found(f"吴晓岚：{move}。\n") == []


def test_a_bracketed_citation_stays_inside_its_clause() -> None:
    text = "已有研究多讨论城市层面的产业升级（赵一，2018；Chen and Wu，2020），对县域关注不足。"
    assert found(text) == [("已有研究多讨论城市层面的产业升级（赵一，2018；Chen and Wu，2020），对县域关注不足", "evaluative")]


def test_a_conditional_is_a_claim_not_an_example() -> None:
    text = "如果各地竞相补贴同类项目，必然导致产能过剩。"
    assert found(text) == [(text.rstrip("。"), "causal")]


def test_the_articles_account_of_its_method_is_no_claim_but_its_finding_is() -> None:
    assert found("本文利用2012—2021年地级市面板数据，考察了开发区升级对就业的影响。") == []
    assert found("本文以三个县为例，发现电商培训有助于提高农户收入。") == [("电商培训有助于提高农户收入", "causal")]
    assert found("本文提出以下建议，供决策参考。") == []


def test_a_clause_announcing_the_points_that_follow_is_no_claim() -> None:
    assert found("县域商业存在的问题主要表现在三个方面。") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [("本地工业仍以加工贸易为主。", "descriptive"), ("单纯扩大园区面积并不能带来产业升级。", "causal"),
     ("县域商贸企业面临用工成本上升的压力。", "evaluative"), ("跨境合作为当地创造了大量就业岗位。", "causal")],
)
def test_claim_types_of_frames_and_effects(text: str, kind: str) -> None:
    assert found(text) == [(text.rstrip("。"), kind)]


def test_what_only_frames_a_figure_or_a_list_of_grounds_is_no_claim() -> None:
    assert found("而岚州作为物流枢纽，快递业务量在全省13个地市中最高。") == []
    assert found("基于装备制造业的基础地位，以及智能家电广阔的市场前景。") == []


def test_a_state_described_after_a_verb_noun_is_a_diagnosis() -> None:
    assert found("二是创新投入不足，协调机制不健全。") == [("二是创新投入不足，协调机制不健全", "evaluative")]


def test_a_causal_clause_that_is_mostly_its_figure_only_reports_it() -> None:
    assert found("园区产值同比增长45.2%，带动就业2.3万人。") == []
    assert found("交通改善带动沿线房价上涨20%。") == [("交通改善带动沿线房价上涨20%", "causal")]


def test_a_lead_in_to_what_a_study_shows_is_no_claim_by_itself() -> None:
    assert found("以两千家开发区为样本的测算表明，地级市开发区的亩均税收仅为副省级城市的六成。") == []


def test_a_reports_closing_call_is_no_claim() -> None:
    assert found("各位代表，让我们团结一心，为建设现代化江州而努力奋斗！") == []


def test_an_editors_note_on_the_issue_itself_is_no_claim() -> None:
    assert found("本期刊发一组调研文章，供读者参考。本刊邀请三位专家进行讨论。") == []


def test_the_answer_label_of_an_interview_is_not_part_of_the_claim() -> None:
    assert found("问：民营经济的地位如何？\n答：民营经济是推进现代化的生力军。") == [("民营经济是推进现代化的生力军", "definitional")]


def test_a_claim_ending_on_a_count_of_stages_asserts_but_an_announcement_does_not() -> None:
    assert found("港口城市的功能升级经历了从运输到工业、再到服务的三个阶段。") == [
        ("港口城市的功能升级经历了从运输到工业、再到服务的三个阶段", "descriptive")
    ]
    assert found("园区发展的问题主要表现在三个方面。") == []


def test_the_step_of_a_rate_goes_with_its_figure_not_into_a_claim() -> None:
    assert found("表2的结果显示，数字化水平每提高1个单位，企业出口额平均增加约12.6%。") == []


def test_a_topic_introduced_by_youqi_xiang_is_no_claim() -> None:
    assert found("尤其像以中小民营企业为主的工业城市，转型压力更大，要加快培育新动能。") == []


def test_announcing_the_work_that_follows_is_no_claim() -> None:
    assert found("今年，我们将重点抓好以下工作。") == []


def test_a_status_section_keeps_what_it_says_things_are_but_not_its_events() -> None:
    raw = ("一、发展现状\n临川港是内河航运的重要枢纽港口。跨境电商已成为外贸增长的新引擎。"
           "全市新开通三条国际货运航线，建成两个海外仓。\n")
    texts = [t for t, _ in found(raw)]
    assert "临川港是内河航运的重要枢纽港口" in texts
    assert "跨境电商已成为外贸增长的新引擎" in texts
    assert not any("航线" in t for t in texts)


def test_a_review_of_the_literature_or_of_a_mechanism_argues() -> None:
    raw = "二、文献综述\n数字普惠金融与农村电商在逻辑上相互补充。\n三、发展现状\n数字普惠金融与农村电商在县域相互补充。\n"
    assert [t for t, _ in found(raw)] == ["数字普惠金融与农村电商在逻辑上相互补充"]


def test_a_moderator_steering_the_panel_takes_no_position() -> None:
    raw = ("主持人：绿色贸易壁垒是大家关心的话题。请各位谈谈看法。\n"
           "李明：碳关税是出口企业面临的最大挑战。\n")
    assert [t for t, _ in found(raw)] == ["碳关税是出口企业面临的最大挑战"]


@pytest.mark.parametrize(
    "text",
    [
        "资料来源：作者根据调研数据整理。",
        "表2报告了不同规模企业的融资结构。",
        "卖家的平均物流成本因此下降了约百分之十二。",
    ],
)
def test_sources_table_descriptions_and_figures_that_follow_are_not_claims(text: str) -> None:
    assert found(text) == []


def test_a_count_of_the_articles_own_paths_leaves_the_sentence_whole() -> None:
    text = "园区合作、企业出海和链长制构成了城市参与国际合作的三条主要路径。"
    assert [t for t, _ in found(text)] == [text.rstrip("。")]


def test_an_assertion_borne_out_by_someones_words_after_a_colon_is_kept() -> None:
    raw = "一、问题\n技能人才短缺是县域最突出的瓶颈：一位企业负责人表示，当地很难招到工程师。\n"
    assert [t for t, _ in found(raw)] == ["技能人才短缺是县域最突出的瓶颈"]


@pytest.mark.parametrize(
    "text",
    [
        "该项目累计带动当地就业超过两万人。",
        "学术界对这一现象已有关注。",
        "我跟踪过一个这样的企业。",
        "我从金融机构的角度说一句。",
    ],
)
def test_impact_figures_literature_and_a_speakers_own_moves_are_not_claims(text: str) -> None:
    assert found(text) == []


def test_a_run_going_on_with_what_someone_did_next_narrates() -> None:
    text = "某企业在当地投资建厂后，由于电力供应不稳定，最终不得不转让股权。"
    assert not any(t.startswith("最终") for t, _ in found(text))


def test_someones_quoted_words_are_no_claim_of_the_article() -> None:
    text = "一位店主告诉我们：“以前是等人来收，现在是订单推着我们走。”物流短板制约了产业扩张。\n"
    assert [t for t, _ in found(text)] == ["物流短板制约了产业扩张"]


MEETING = "——“县域经济”学术研讨会观点综述\n\n2024年6月，学术研讨会在东屿市召开。\n\n{}\n"


def test_a_meeting_report_sets_out_its_participants_views_as_claims() -> None:
    view = "青澜大学教授王某指出，县域是扩大内需的重要空间。"
    assert [t for t, _ in found(MEETING.format(view))] == ["县域是扩大内需的重要空间"]
    assert found(view + "\n") == []  # elsewhere, someone else's words


@pytest.mark.parametrize(
    "view",
    ["关于土地要素，青澜大学教授王某指出，县域是扩大内需的重要空间。", "王某教授对此表示赞同，并强调县域是扩大内需的重要空间。"],
)
def test_a_participants_view_after_a_topic_or_a_reaction_is_a_claim(view: str) -> None:
    assert [t for t, _ in found(MEETING.format(view))] == ["县域是扩大内需的重要空间"]


def test_a_meeting_reports_account_of_its_proceedings_takes_no_position() -> None:
    assert found(MEETING.format("与会者还讨论了县域产业的数字化问题。")) == []


def test_a_run_in_label_naming_a_pair_is_no_claim() -> None:
    text = "政府与市场的关系。市场在资源配置中起决定性作用。\n"
    assert [t for t, _ in found(text)] == ["市场在资源配置中起决定性作用"]


@pytest.mark.parametrize(
    "text",
    [
        "按企业规模的中位数将样本分为大、小企业两组。",
        "为缓解内生性问题，将核心解释变量滞后一期。",
        "检验结果支持选择双重门槛模型。",
        "其中，Open为贸易开放度，Fin为金融发展水平，Z为控制变量。",
    ],
)
def test_the_steps_of_an_empirical_method_are_no_claims(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    ["各位记者朋友，大家下午好。", "谢谢主持人，谢谢各位专家。", "下面，我重点介绍四个方面的情况。", "您提的这个问题非常重要。",
     "很高兴和同事们一起向大家通报上半年的招商情况。", "今天我们请来了市发展改革委的负责同志，为大家解读政策。"],
)
def test_the_ceremony_of_a_press_conference_or_a_panel_is_no_claim(text: str) -> None:
    assert found(text) == []


def test_the_reports_own_stance_is_left_out_of_its_claim() -> None:
    assert found("本报告认为，县域冷链物流的短板已成为制约农产品上行的关键。") == [
        ("县域冷链物流的短板已成为制约农产品上行的关键", "causal")]


def test_a_requirement_named_is_no_one_elses_words() -> None:
    assert [t for t, _ in found("各国的准入要求差异很大，出口企业的合规成本明显上升。")] == [
        "各国的准入要求差异很大，出口企业的合规成本明显上升"]


def test_a_year_said_to_be_a_turning_point_is_a_claim_but_a_dated_event_is_not() -> None:
    assert found("2025年是县域商业体系建设的关键一年。") == [("2025年是县域商业体系建设的关键一年", "evaluative")]
    assert found("2019年该县启动了电商进农村示范工程。") == []


@pytest.mark.parametrize(
    "text",
    [
        "全县规模以上企业中，有42家开展了数字化改造。",
        "从财政资金的投向看，70%用于基础设施。",
        "若把隐性债务一并计入，债务率将超过120%。",
    ],
)
def test_the_scope_or_condition_left_of_a_figure_is_no_claim(text: str) -> None:
    assert found(text) == []


def test_an_uncertainty_or_a_risk_stated_before_a_proposal_is_a_position() -> None:
    assert found("低空经济具有高度不确定性，地方政府应审慎投资。") == [("低空经济具有高度不确定性", "evaluative")]
    assert found("四是汇率和结算风险。") == []  # a list item naming its point


def test_a_claim_ending_on_a_word_in_you_is_no_dangling_lead_in() -> None:
    assert [t for t, _ in found("产能过剩并非光伏行业独有。")] == ["产能过剩并非光伏行业独有"]
    assert found("主要原因有：") == []


def test_a_concentration_is_no_scope() -> None:
    assert [t for t, _ in found("县域电商的收益在空间上高度集中。")] == ["县域电商的收益在空间上高度集中"]


def test_a_list_item_naming_its_point_is_no_claim_but_one_diagnosing_is() -> None:
    text = "其一是出口退税渠道；其二是温州的“共享工厂”；三是人才供给明显不足。\n"
    assert [t for t, _ in found(text)] == ["三是人才供给明显不足"]


def test_a_review_section_keeps_a_pronounced_feature_it_diagnoses() -> None:
    text = "二、发展现状\n全市住房市场“重售轻租”特征明显。全市新建住房820万平方米。\n"
    assert [t for t, _ in found(text)] == ["全市住房市场“重售轻租”特征明显"]


def test_a_regression_estimate_is_a_figure_and_what_it_shows_a_claim() -> None:
    text = "五、实证结果\n列（4）加入控制变量后，系数为-0.0087，与基准结果基本一致，说明债务扩张挤出了企业创新。\n"
    assert [t for t, _ in found(text)] == ["说明债务扩张挤出了企业创新"]


def test_a_closing_clause_that_only_sets_the_time_is_left_out() -> None:
    text = "园区配套日趋完善，龙头企业建成新工厂后。\n"
    assert [t for t, _ in found(text)] == ["园区配套日趋完善"]


def test_what_a_case_did_is_told_not_claimed_but_its_lesson_is_a_claim() -> None:
    raw = "三、典型案例\n（一）石桥村：土地入股\n村里成立了土地股份合作社。这类做法并非个别现象，关键在于产权清晰。\n"
    texts = [text for text, _ in found(raw)]
    assert "村里成立了土地股份合作社" not in texts
    assert any("并非个别现象" in text for text in texts)


def test_a_papers_empirical_evidence_is_no_case_section() -> None:
    raw = "四、经验证据\n样本城市的出口规模持续扩大。\n"
    assert found(raw) == [("样本城市的出口规模持续扩大", "descriptive")]


def test_a_dated_evaluation_is_a_claim_and_a_dated_event_is_not() -> None:
    assert found("2024年，全省金融运行总体稳健，风险总体可控。\n") == [("2024年，全省金融运行总体稳健，风险总体可控", "evaluative")]
    assert found("2024年，全省新设立科技支行12家。\n") == []


def test_what_only_time_will_bring_is_a_claim_not_a_proposal() -> None:
    assert [t for t, _ in found("市场正在平稳过渡，但预期的根本好转仍需时日。\n")] == ["市场正在平稳过渡，但预期的根本好转仍需时日"]


def test_a_plain_lead_into_a_figure_is_no_claim_but_a_judged_one_is() -> None:
    assert found("跨境电商业务保持活跃，全年进出口额达到218亿元，增长19.4%。\n") == []
    assert [t for t, _ in found("本地产业仍以代工为主，配套率不足30%。\n")] == ["本地产业仍以代工为主"]


def test_what_a_rule_lays_down_is_no_claim() -> None:
    assert found("按照制度设计，证书价格与拍卖均价挂钩，从而使进口产品承担相当的碳成本。\n") == []


def test_a_misconception_set_out_to_be_corrected_is_no_claim() -> None:
    assert found("误区一：县域数字化就是“买设备、建机房”。\n") == []


def test_how_an_estimate_would_be_read_is_no_claim() -> None:
    assert found("若系数β显著为正，则说明数字金融提升了农户收入。\n") == []


def test_a_reviewed_item_naming_an_action_taken_is_no_claim_but_a_finding_is() -> None:
    raw = "二、主要做法\n一是建设县级直播电商产业园，为商户提供免费场地。二是物流成本明显下降。\n"
    assert [c.text for c in claims.extract(parse_article(raw))] == ["二是物流成本明显下降"]


def test_the_writers_own_doings_are_narration_but_their_view_is_not() -> None:
    assert found("上午我和村会计一起核对合同。") == []
    assert found("我也注意到，一些村的合作社只有牌子没有经营。") != []


def test_what_someone_said_is_their_words() -> None:
    assert found("老支书说，村里的地从来没有统一流转过。") == []
    assert found("从这个意义上说，集体经济的关键在于经营能力。") != []


def test_field_notes_tell_their_story_and_argue_where_they_judge() -> None:
    story, view = "茶叶合作社注册了自己的商标，请人设计了包装。", "合作社挂了牌，但没有经营的人，牌子就只是牌子。"
    assert [text for text, _ in found(f"驻村笔记\n\n{story}\n")] == [story.rstrip("。")]
    raw = f"驻村笔记\n\n3月2日　晴\n晚上和老会计聊到十一点多。\n3月9日　阴\n{story}\n3月16日　小雨\n{view}\n"
    assert [text for text, _ in found(raw)] == [view.rstrip("。")]


def test_only_a_report_verb_opening_the_sentence_makes_it_someone_elses_words() -> None:
    assert found("专家指出，县域商业仍是短板。") == []
    assert found("准入壁垒往往比较隐蔽，一些地方要求外地企业必须在本地设立分支机构。") != []
    assert found("预制菜是按用途划分的概念，强调“菜肴”属性。") != []


def test_others_views_set_out_later_in_the_sentence_are_theirs() -> None:
    assert found("近年来企业加快出海，有观点认为这会导致产业空心化。") == []


def test_what_a_case_shows_is_asserted_after_its_frame() -> None:
    (claim,) = found("以某食品集团为例，全链条模式的优势在于质量可追溯，但对资金的要求很高。")
    assert claim[0].startswith("全链条模式的优势在于")


def test_a_policy_qas_answer_sets_out_measures_and_argues_only_where_it_judges() -> None:
    measure, view = "省担保机构的再担保费率减半收取。", "融资难仍是民营企业最突出的困难。"
    raw = f"政策问答\n\n3.问：在融资方面有哪些支持措施？\n\n答：{measure}{view}\n"
    assert [text for text, _ in found(raw)] == [view.rstrip("。")]
    assert measure.rstrip("。") in [text for text, _ in found(f"政策问答\n\n三、融资支持\n\n{measure}\n")]


def test_a_report_on_itself_and_a_remark_ranking_the_figure_before_are_no_claims() -> None:
    assert found("本报告是研究院连续第三年发布的年度报告。") == []
    assert found("本年度报告扩大了统计样本。") == []
    assert found("全省产值增长21.4%，在前八位省份中最快。") == []


def test_the_research_teams_own_plans_and_announcements_are_no_claims_but_what_it_learned_is() -> None:
    assert found("课题组将持续跟踪评价，为各地提供参考。") == []
    assert found("课题组认为全市营商环境存在以下六个方面的突出问题。") == []
    assert [text for text, _ in found("课题组在座谈中了解到，诉讼周期长、举证难度大。")] == ["诉讼周期长、举证难度大"]


def test_what_someone_told_the_writer_is_their_words() -> None:
    assert found("会后有领导私下跟我说，话是对的，就是说得太直了。") == []


def test_a_section_of_counted_samples_sets_out_cases_but_a_studys_sample_is_its_method() -> None:
    assert found("二、三个县，三种消费样本\n这种模式也有隐忧。\n") == [("这种模式也有隐忧", "descriptive")]
    assert found("二、三个县，三种消费样本\n县里成立了一家文旅公司。\n") == []  # a story of the case
    assert found("（三）数据来源与样本\n这种模式也有隐忧。\n") == []


def test_an_inference_drawn_from_the_figure_before_it_is_a_claim() -> None:
    text = "平台融资成本约为5.2%，这意味着以低息债券置换高息债务具有显著的节息效果。"
    assert [t for t, _ in found(text)] == ["这意味着以低息债券置换高息债务具有显著的节息效果"]


def test_a_list_item_whose_point_has_a_predicate_is_a_claim_not_a_label() -> None:
    assert [t for t, _ in found("第二，债务置换可能引发道德风险。")] == ["第二，债务置换可能引发道德风险"]
    assert found("第二，汇率风险。") == []


@pytest.mark.parametrize("text", ["第五部分报告实证结果，包括基准回归和稳健性检验。", "第三部分和第四部分分别综述两类市场的实证研究。"])
def test_the_articles_roadmap_takes_no_position(text: str) -> None:
    assert found(text) == []


def test_a_part_heading_opens_a_section_and_is_no_claim() -> None:
    raw = "第二部分 地方政府财政\n地方财政收支矛盾依然突出。\n"
    assert found(raw) == [("地方财政收支矛盾依然突出", "evaluative")]


def test_a_forecast_framed_by_the_year_ahead_is_a_claim() -> None:
    text = "展望2025年，在多重因素作用下，我国新型储能仍将保持较快增长。"
    assert [t for t, _ in found(text)] == [text.rstrip("。")]


def test_a_transcripts_speaker_label_is_left_out_and_neither_a_hosts_welcome_nor_a_filled_agreement_is_a_claim() -> None:
    raw = ("[00:00:05] 主持人：大家好，欢迎来到本期节目，今天我们请到两位嘉宾。\n"
           "[00:00:21] 嘉宾A（李某）：嗯，县城消费的潜力其实是被低估了。\n"
           "[00:01:02] 嘉宾B（王某）：对对对，我同意李老师的看法。\n")
    assert [t for t, _ in found(raw)] == ["嗯，县城消费的潜力其实是被低估了"]


def test_a_list_of_key_terms_asserts_nothing() -> None:
    assert found("关键术语\n城市更新与存量用地再开发 工业用地弹性出让\n") == []


def test_a_case_called_a_forerunner_or_a_mainstay_is_judged_not_just_told() -> None:
    assert [kind for _, kind in found("德国是推动中小企业数字化的先行者。")] == ["evaluative"]


def test_a_review_of_the_present_state_still_diagnoses_an_imbalance() -> None:
    raw = "二、养老保险的现状\n我国职工养老保险长期实行省级统筹，各省基金余缺分化严重。\n"
    assert [text for text, _ in found(raw)] == ["我国职工养老保险长期实行省级统筹，各省基金余缺分化严重"]


def test_what_a_proposal_turns_on_is_a_claim_of_its_own() -> None:
    assert found("乡村振兴的关键在人，要完善城乡人才双向流动机制。") == [("乡村振兴的关键在人", "evaluative")]


def test_a_remark_judging_the_figure_before_it_is_a_claim_but_one_breaking_it_down_is_not() -> None:
    assert found("经营性收入在30万元以下的村仍有69个，这部分村的集体经济基础依然脆弱。") == [
        ("这部分村的集体经济基础依然脆弱", "evaluative")]
    assert found("全年出口增长5.9%，其中汽车出口在下半年明显下滑。") == []


@pytest.mark.parametrize("text", ["游客需求正由“观光打卡”向“休闲体验”转变。", "与专利申请量相比，授权量更能反映创新的质量。"])
def test_a_review_of_the_present_state_takes_a_position_on_a_shift_or_a_comparison(text: str) -> None:
    assert len(found(f"二、发展现状\n{text}\n")) == 1


def test_a_review_of_work_done_still_lists_no_plain_event_as_a_position() -> None:
    assert found("一、工作回顾\n全市新建5G基站1200个。\n全县新建乡村旅游驿站12处。\n") == []


def test_a_textbooks_exercises_take_no_position() -> None:
    raw = "复习思考题\n区域品牌是集群内每一家企业共享的无形资产，它对集群的长期竞争力有什么影响\n"
    assert claims.extract(parse_article(raw)) == []
