"""Recommendation extraction on sentences written for these tests."""
from __future__ import annotations

import pytest

from etl.extract.recommendations import extract
from etl.text.parse import parse_article


def recs(text: str) -> list:
    return extract(parse_article(text))


def one(text: str):
    (record,) = recs(text)
    return record


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("中小企业必须加快数字化改造。", "must"),
        ("各地务必守住耕地保护红线。", "must"),
        ("县级医院亟需补齐专科人才短板。", "must"),
        ("老旧工业园区亟待更新配套设施。", "must"),
        ("产业基金运作须防范债务风险。", "must"),
        ("沿海城市一定要守住生态底线。", "must"),
        ("地方政府应完善招商考核机制。", "should"),
        ("高校应当扩大职业教育招生规模。", "should"),
        ("港口城市应该打通多式联运通道。", "should"),
        ("龙头企业要带动上下游协同创新。", "should"),
        ("资源型城市需要培育接续产业。", "should"),
        ("山区县宜发展生态旅游。", "should"),
        ("本文建议设立跨区域产业合作基金。", "should"),
        ("内陆城市可以借鉴沿海自贸区的通关经验。", "may"),
        ("县域企业可借助电商平台开拓市场。", "may"),
        ("各地不妨试点“飞地园区”模式。", "may"),
    ],
)
def test_each_cue_gives_its_strength(text: str, strength: str) -> None:
    assert one(text).strength == strength


def test_evidence_is_the_directive_clause_grounded_in_raw_text() -> None:
    raw = "为此，沿海城市应加快\n建设国际物流枢纽，提升港口能级。"
    record = one(raw)
    assert record.text == "为此，沿海城市应加快建设国际物流枢纽，提升港口能级"
    assert raw[record.start:record.end].replace("\n", "") == record.text


def test_each_modal_clause_is_its_own_record() -> None:
    texts = [r.text for r in recs("外贸企业要稳住传统市场，港口城市应开拓新兴航线。")]
    assert texts == ["外贸企业要稳住传统市场", "港口城市应开拓新兴航线"]


def test_semicolons_split_a_sentence_into_records() -> None:
    found = recs("县城需要完善公共服务，吸引人口回流；需要盘活闲置土地，降低企业成本。")
    assert [r.actor for r in found] == ["县城", "县城"]
    assert found[1].text.startswith("需要盘活闲置土地")


def test_yi_shi_er_shi_list_gives_one_record_per_item() -> None:
    found = recs("具体而言，一是加快建设区域创新中心，集聚高端人才；二是完善产业基金，撬动社会资本。")
    assert len(found) == 2
    assert "加快建设区域创新中心" in found[0].text
    assert found[1].text.startswith("二是完善产业基金")


@pytest.mark.parametrize("text", ["二是稳妥化解存量债务。", "四是坚决遏制违规举债。", "研究制定社区托育服务实施办法。"])
def test_commands_of_risk_and_rule_making(text: str) -> None:
    assert [r.text for r in recs(text)] == [text.rstrip("。")]


def test_list_item_opening_on_a_topic_before_its_command() -> None:
    (record,) = recs("三是稳就业，扩大高校毕业生见习岗位。")
    assert record.text == "三是稳就业，扩大高校毕业生见习岗位"


def test_subjectless_command_after_a_frame() -> None:
    record = one("在人才培养方面，强化校企联合培养。")
    assert (record.text, record.actor) == ("在人才培养方面，强化校企联合培养", None)


def test_command_with_a_locative_frame_inside_its_clause() -> None:
    assert one("在重点行业的关键环节大胆推进体制改革。").text == "在重点行业的关键环节大胆推进体制改革"


def test_imperative_numbered_heading_counts() -> None:
    article = "四、对策建议\n（一）加快培育新兴产业集群，完善配套政策\n新兴产业集群是城市竞争力的核心。\n"
    (record,) = recs(article)
    assert record.text == "（一）加快培育新兴产业集群，完善配套政策"


@pytest.mark.parametrize(
    "heading",
    ["（二）构建多层次的职业培训体系", "（三）推动多部门数据共享", "（四）加强多头授信的风险管理",
     "1.理顺园区管理体制", "2.深挖老字号品牌价值", "（五）前瞻布局低空经济", "（六）分层分类推进园区整合",
     "3.严防债务风险向财政传导", "4.改进干部考核办法"],
)
def test_a_command_whose_object_opens_on_duo_counts(heading: str) -> None:
    (record,) = recs(f"五、政策建议\n{heading}\n培训需求持续增长。\n")
    assert record.text == heading


def test_a_development_of_many_years_is_no_command() -> None:
    assert recs("三、现状\n该市发展多年的纺织产业仍有优势。\n") == []


def test_a_heading_naming_a_level_or_opening_on_a_set_phrase_commands() -> None:
    (record,) = recs("（一）省级层面：完善考核办法，压实属地责任\n各地进展不一。\n")
    assert record.actor == "省级层面"
    assert len(recs("（三）多措并举，建设一支稳定的护理员队伍\n各地进展不一。\n")) == 1
    assert recs("（一）澄州：以统租运营推进城中村整治\n澄州的做法值得关注。\n") == []  # a case told
    assert recs("（一）省级层面：\n各地进展不一。\n") == []  # a level with nothing after it
    (named,) = recs("（二）金融机构：开发适合县域的信贷产品\n各地进展不一。\n")
    assert named.actor == "金融机构"


def test_an_aim_before_a_proposal_is_its_frame() -> None:
    (record,) = recs("破解这一难题，一方面要依靠数字技术提高效率。")
    assert record.text == "破解这一难题，一方面要依靠数字技术提高效率"


@pytest.mark.parametrize(
    "heading",
    ["（二）产业结构的现状分析", "（二）区位优势明显", "（二）融入区域协作的路径选择", "二、对策建议", "五、保障措施",
     "（一）发展基础", "（一）发展环境深刻变化", "（二）清理拖欠账款方面"],
)
def test_noun_phrase_headings_do_not_count(heading: str) -> None:
    assert recs(f"{heading}\n园区企业数量持续增长。\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "该市出台了《促进民营经济发展实施方案》。",
        "近年来，该区已经建成了三个物流园区。",
        "去年，省里推动了港口资源整合。",
        "该县积极推动农产品加工园建设。",
        "市委全会提出要建设区域消费中心城市。",
        "有学者认为，城市应优先发展服务业。",
        "加快产业升级是推动高质量发展的重要举措。",
        "推进区域协同，有利于降低企业物流成本。",
        "如何才能加快培育新兴产业？",
        "园区发展需要依赖龙头企业的带动。",
        "一条产线的智能化改造往往需要投入数百万元。",
        "跨境项目通常要经过多轮审批。",
        "一个整车链主可以带动数以百计的配套企业。",
        "财政每投入1元，可以撬动5到8元的消费。",
        "老人把服务时间存起来，待自己需要时兑换服务。",
        "数字经济至少可以通过三条路径影响城乡收入差距。",
        "参与项目的农户每年可获得每亩800元的保底收益。",
        "其二，补贴家电消费只能治标，扩大消费的治本之策在于增加居民收入和健全社会保障。",
        "同产品一样，产业集群一般要经历萌芽、成长、成熟和衰退四个阶段。",
        "据市统计局抽样调查，多数零部件需要从外省采购。",
        "与公路相比，水运成本可降低30%左右。",
        "货车进出园区平均需要40分钟。",
        "老工业基地转型需要二三十年甚至更长时间。",
        "评价一项改革，归根到底要看群众是否得到实惠。",
        "园区的价值最终要体现在就业和税收上。",
        "稳住外贸基本盘，沿海企业才能腾出手来开拓新市场。",
        "这一政策可以带来大量就业机会。",
        "工业合作必须以资源禀赋的差异为基础。",
        "改革开放以来，当地民营企业积极开拓海外市场。",
        "创新是产业升级的根本动力。",
        "加入区域贸易协定能够部分抵消规则差异的负面影响。",
        "二是创新投入不足，协调机制不健全。",
        "实现碳中和需要巨额资金投入。",
        "当前，开发区普遍面临三大挑战。",
        "中小企业不能获得足够的贷款。",
        "发展中国家普遍面临融资约束。",
        "建设物流枢纽需要大量土地。",
        "该市发展基础较好，建设用地紧张。",
        "去年，我国可数字化交付的服务贸易规模达到2.5万亿元。",
        "县城同样可以成为文旅消费的新去处。",
        "外贸和投资最终都要靠国内需求来消化产能。",
        "这正是各地需要认真回答的问题。",
        "文化消费满足的不只是物质需要，更是精神需要和发展需要。",
        "在人才培养方面，完善激励机制，是留住人才的关键。",
        "这一案例说明，县域物流需要稳定的货源作支撑。",  # the lesson a case teaches
        "实践表明，只要找准特色产业，山区县同样可以发展壮大集体经济。",
        "需要指出的是，补贴并不等于竞争力。",
        "所谓数字乡村，是指用数字技术满足农民生产生活需要的发展方式。",
        "数字化正由“可选项”变为企业生存的“必选项”。",
        "培育品牌效果不佳，根源在于投入过于分散。",
        "单户贷款额度最高可达500万元。",  # what is possible, or a scheme's rule
        "奖补资金可按设备投资额的10%确定。",
        "从示范运营到大规模应用，还有很长的路要走。",  # what it takes
        "电池能量密度需要提高到每公斤400瓦时。",
        "载人飞行的大规模商用至少要到2030年前后。",
        "与直播带货需要专业团队不同，线上订货的门槛较低。",  # a contrast that frames
        "据此提出假说2：数字金融可以通过缓解融资约束促进农户创业。",  # a hypothesis states
        "提振消费是一项系统工程，不能只靠一时的补贴。",  # a dependency
        "优化充电设施布局，对于释放汽车消费潜力十分关键。",  # an action as the topic
        "“利润这么薄，所以物流必须稳。”",  # someone's words, standing as a sentence
        "湖州银行的做法提供了一个可资借鉴的样本。",  # 可 inside a word
        "各地涌现出一批可学可鉴的典型。",
        "县域夜间经济大有可为。",
        "还要懂清关和税务。”",  # the end of someone's words
    ],
)
def test_descriptions_statements_and_questions_are_not_recommendations(text: str) -> None:
    assert recs(text) == []


def test_a_proposal_drawn_from_a_lesson_counts() -> None:
    assert one("这说明，单一市场的需求往往很不稳定，出口企业不宜把订单押在一个市场上。").actor == "出口企业"
    assert one("这些经验表明，园区招商离不开龙头企业，我们要把引育龙头企业放在首位。").actor == "我们"


def test_reported_words_of_the_author_still_count() -> None:
    assert one("本文认为，县域经济应走特色化发展道路。").actor == "县域经济"
    assert one("研究认为，县域经济应走特色化发展道路。").actor == "县域经济"  # an abstract's "the study finds"
    assert one("课题组认为，县域经济应走特色化发展道路。").actor == "县域经济"  # a report's own team
    assert one("报告认为，县域经济应走特色化发展道路。").actor == "县域经济"
    assert recs("世界银行的报告认为，县域经济应走特色化发展道路。") == []


def test_command_that_the_next_clause_asserts_about_is_not_one() -> None:
    assert recs("深化要素市场改革，是激发市场活力的关键。") == []


def test_confidence_is_higher_with_a_named_actor() -> None:
    named, unnamed = recs("地方政府应简化审批流程。为此，要精简审批事项。")
    assert named.confidence > unnamed.confidence


def test_achievements_in_a_review_section_are_not_commands() -> None:
    article = (
        "一、过去一年工作回顾\n深入实施乡村振兴战略，新建高标准农田2万亩。\n"
        "二、今年工作安排\n深入实施乡村振兴战略，建设高标准农田。\n"
    )
    (record,) = recs(article)
    assert record.text == "深入实施乡村振兴战略，建设高标准农田"


def test_markdown_heading_with_numbering() -> None:
    (record,) = recs("## 三、对策建议\n\n### （二）完善人才引育机制\n\n人才是县域发展的关键。\n")
    assert record.text == "（二）完善人才引育机制"


@pytest.mark.parametrize(
    "text",
    [
        "需要指出的是，县域财政支出以民生为主。",
        "应该说，这一比例处于全省前列。",
        "必须清醒看到，改革任务依然艰巨。",
        "当前亟须解决的问题是融资难。",
        "内需不足制约了消费增长。",
        "居民人均可支配收入稳步增长。",
        "报告内容简明扼要，重点突出。",
        "本文提出以下建议。",
    ],
)
def test_discourse_uses_of_modals_are_not_recommendations(text: str) -> None:
    assert recs(text) == []


def test_bare_jianyi_leads_into_the_next_clause() -> None:
    record = one("笔者建议，设立省级产业引导基金。")
    assert (record.text, record.actor) == ("笔者建议，设立省级产业引导基金", None)


def test_list_introduced_by_a_colon() -> None:
    texts = [r.text for r in recs("具体措施如下：加强监测预警；健全应急预案。")]
    assert texts == ["具体措施如下：加强监测预警", "健全应急预案"]


@pytest.mark.parametrize(("text", "strength"), [
    ("各地不得擅自提高收费标准。", "must"), ("切忌一哄而上。", "should"),
    ("地方政府不能搞“一刀切”。", "must"), ("决不能以牺牲环境为代价换取增长。", "must"),
])
def test_prohibitions_are_directives(text: str, strength: str) -> None:
    assert one(text).strength == strength


def test_idiom_with_bude_is_not_a_prohibition() -> None:
    assert recs("这种做法不得人心。") == []


def test_method_steps_of_a_research_design_are_not_commands() -> None:
    article = "三、研究设计\n（一）构建计量模型\n构建双重差分模型，检验政策效果。\n"
    assert recs(article) == []


def test_the_nearest_report_decides_whose_words_a_modal_is() -> None:
    assert recs("本文认为，这一结论与已有研究不同，后者主张城市应优先发展服务业。") == []


def test_a_plans_provision_passed_on_is_a_proposal_but_an_order_told_is_not() -> None:
    assert [r.text for r in recs("《行动方案》明确，要加快建设冷链物流骨干网络。")] == ["《行动方案》明确，要加快建设冷链物流骨干网络"]
    assert recs("省政府印发《行动方案》，提出要建设冷链物流骨干网络。") == []
    assert recs("有关部门在《通知》中提出，要压减审批时限。") == []


@pytest.mark.parametrize(
    "text",
    ["既要稳住存量企业，又要做优增量项目。", "园区不能简单照搬外地模式，而要立足本地禀赋。", "基础设施要适度超前，但不能盲目超前。",
     "企业要做好前期调研，不要盲目跟风出海。"],
)
def test_the_two_halves_of_a_paired_proposal_are_one(text: str) -> None:
    assert one(text).text == text.rstrip("。")


def test_a_second_actor_in_the_next_clause_proposes_apart() -> None:
    assert [r.actor for r in recs("企业要加快转型，政府也要完善政策。")] == ["企业", "政府"]


@pytest.mark.parametrize(
    "text", ["把稳岗位摆在更加突出的位置。", "将农村养老服务纳入县级财政保障范围。", "加快将县域物流纳入省级规划。"],
)
def test_a_command_that_moves_its_object_somewhere_counts(text: str) -> None:
    assert one(text).text == text.rstrip("。")


def test_a_practice_worth_following_is_a_proposal_but_a_lead_in_to_cases_is_not() -> None:
    record = one("临川市的“共享菜园”做法值得在全省推广。")
    assert record.strength == "may"
    assert recs("省外一些地方的做法也值得借鉴。") == []
    assert recs("以下几点经验值得借鉴：") == []


def test_a_plea_is_a_proposal() -> None:
    plea = one("希望市政府高度重视社区养老服务设施的配建。")
    assert (plea.strength, plea.actor) == ("should", "市政府")
    assert recs("人们希望的是稳定的收入。") == []


def test_a_demand_a_frame_addresses_is_nobodys_words() -> None:
    assert one("针对海外市场提出的碳足迹要求，行业协会应当尽快建立排放数据库。").actor == "行业协会"
    assert recs("按照省里的规定，新建小区应配建养老用房。") == []  # a rule passed on


def test_headings_inside_a_review_section_report_what_was_done() -> None:
    from etl.extract.recommendations import extract
    from etl.text.parse import parse_article

    raw = ("一、2022年工作回顾\n（一）坚持创新驱动，产业升级步伐加快。\n全市新增高新技术企业120家。\n"
           "二、2023年主要任务\n（一）加快建设现代化产业体系\n要培育壮大新兴产业。\n")
    texts = [r.text for r in extract(parse_article(raw))]
    assert "（一）加快建设现代化产业体系" in texts
    assert not any("坚持创新驱动" in t for t in texts)


def test_a_chain_of_actions_opened_by_tongguo_after_a_description() -> None:
    text = "岚州地处两大城市群之间，交通条件优越，通过发挥枢纽优势，把外地的资金与本地的资源结合起来，进一步深化与周边城市的产业合作。"
    record = one(text)
    assert record.text.startswith("通过发挥枢纽优势") and record.text.endswith("深化与周边城市的产业合作")


def test_a_described_achievement_after_tongguo_is_no_recommendation() -> None:
    assert recs("岚州交通条件优越，通过发挥枢纽优势，吸引了大批企业落户。") == []


def test_what_needs_doing_is_a_directive_but_the_problem_to_solve_is_not() -> None:
    assert one("县级政府需要做的是补齐冷链物流短板。").actor == "县级政府"
    assert recs("当前亟须解决的问题是用地指标不足。") == []


def test_a_finding_reported_from_an_estimate_is_no_recommendation() -> None:
    assert recs("据测算，每投入1元财政资金，可带动社会资本投入约5元。") == []


def test_a_heading_naming_progress_is_no_command_but_an_imperative_one_is() -> None:
    raw = "一、建设进展\n园区运行平稳。\n二、完善体制机制\n要理顺管理体制。\n"
    assert [r.text for r in recs(raw)] == ["二、完善体制机制", "要理顺管理体制"]


def test_a_command_whose_object_is_modified_by_nenggou_still_counts() -> None:
    assert one("加快建设能够辐射全国的物流枢纽。").text == "加快建设能够辐射全国的物流枢纽"


@pytest.mark.parametrize("text", ["推动区域发展更加均衡。", "保持经济运行平稳。", "做优做强。"])
def test_a_command_may_end_on_the_state_it_brings_about(text: str) -> None:
    assert one(text).text == text.rstrip("。")


def test_an_action_that_needs_someone_to_act_is_still_a_proposal() -> None:
    assert one("推进产业升级需要政府加大投入。").strength == "should"


def test_a_bare_jianyi_before_a_modal_is_one_proposal_with_it() -> None:
    record = one("笔者建议，地方政府要减少同质化补贴。")
    assert (record.text, record.actor) == ("笔者建议，地方政府要减少同质化补贴", "地方政府")


@pytest.mark.parametrize(
    "text",
    [
        "入驻园区的企业可以享受所得税减免。",
        "借助区块链，交易记录可以被追溯和核验。",
        "海外仓让配送时效可以从二十天缩短到三天。",
        "小微企业普遍缺少可以抵押的资产。",
        "全市政务服务事项网上可办率超过九成。",
        "基层执法人员不足，却要面对大量企业。",
        "新建仓储设施都需要大量资金。",
        "如何留住青年人才，是当前县域发展必须回答的问题。",
        "开通直连通道后，游客可通过小程序查询景区客流。",
        "接入平台后，商户只需上传订单就能完成报关。",
        "借助共享仓，小卖家也可以做到当日发货。",
        "力争到2028年，全县电商交易额突破50亿元。",
        "争取三年内农产品网络零售额增长30%以上。",
        "可以预见，县域之间的竞争将更加激烈。",
        "比较三个城市的做法，可以得出两点启示。",
        "如果需求持续低迷，企业可能需要继续计提减值准备。",
    ],
)
def test_what_is_possible_needed_or_faced_is_no_proposal(text: str) -> None:
    assert recs(text) == []


def test_a_plan_of_ours_is_a_proposal_with_us_as_actor() -> None:
    record = one("我们将持续推进营商环境改革。")
    assert record.actor == "我们"
    assert recs("我们将在下文讨论模型的设定。") == []


@pytest.mark.parametrize("plan", ["公司将加快推进新基地建设。", "集团将建立供应商评级机制。", "我省将持续推进营商环境改革。"])
def test_a_companys_or_a_provinces_own_plan_is_a_proposal(plan: str) -> None:
    assert one(plan).actor == plan[:2]


def test_a_label_naming_the_measures_is_not_a_proposal_of_its_own() -> None:
    assert [r.text for r in recs("汇率波动加大。应对措施：公司将加快推进海外结算。\n")] == ["应对措施：公司将加快推进海外结算"]


def test_the_author_taking_a_case_still_proposes() -> None:
    record = one("本文以某市为例，认为地方政府应当建立链长制。")
    assert record.actor == "地方政府"


def test_a_heading_naming_a_shortage_or_a_mechanism_is_no_command() -> None:
    assert recs("一、现实困境\n（二）创新资源匮乏\n县域缺少高水平研发机构。\n") == []
    raw = "二、数字平台的作用机制\n（一）降低交易成本\n平台减少了买卖双方的搜寻时间。\n"
    assert recs(raw) == []


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("实施就业优先政策，稳定重点群体就业。", "实施就业优先政策，稳定重点群体就业"),
        ("对标沿海先进城市，推动审批改革全覆盖。", "对标沿海先进城市，推动审批改革全覆盖"),
        ("改革仍需深化。1. 推动物流枢纽建设，提升集散能力。", "1. 推动物流枢纽建设，提升集散能力"),
        ("（三）以制度创新优化营商环境。", "（三）以制度创新优化营商环境"),
    ],
)
def test_bare_commands_after_run_in_numbering_or_opening_on_means(text: str, command: str) -> None:
    assert command in [r.text for r in recs(text)]


def test_someones_quoted_words_propose_nothing() -> None:
    assert recs("一位主播说：“天天都要琢磨新花样，平台要什么我们就拍什么。”\n") == []


def test_a_meeting_participants_proposal_is_a_recommendation() -> None:
    view = "东屿大学教授李某认为，县级政府应设立电商人才专项资金。"
    article = f"——“县域经济”学术研讨会观点综述\n\n{view}\n"
    (record,) = recs(article)
    assert record.actor == "县级政府"
    assert recs(view + "\n") == []  # elsewhere, someone else's proposal


def test_a_heading_naming_who_is_to_act_counts_with_its_actor() -> None:
    (record,) = recs("七、展望与建议\n（二）政府应完善产业政策，营造公平竞争的市场环境\n市场竞争日趋激烈。\n")
    assert (record.text, record.actor) == ("（二）政府应完善产业政策，营造公平竞争的市场环境", "政府")


@pytest.mark.parametrize(
    "heading", ["二、三个需要警惕的倾向", "一、制造业城市为何必须走向国际合作", "（五）园区运营的考核机制仍需完善"]
)
def test_a_heading_naming_a_topic_with_a_modal_is_none(heading: str) -> None:
    assert recs(f"{heading}\n园区企业数量持续增长。\n") == []


def test_a_heading_whose_actor_takes_a_noun_as_object_proposes() -> None:
    (record,) = recs("五、对策建议\n2.青岚市要切实承担中心城市的统筹责任。\n都市圈建设离不开中心城市带动。\n")
    assert record.actor == "青岚市"


def test_a_command_on_a_metropolitan_area_is_one() -> None:
    (record,) = recs("四、对策建议\n一是建立都市圈项目统一发布平台，定期推介优质项目。\n")
    assert record.text.startswith("一是建立都市圈项目统一发布平台")


@pytest.mark.parametrize("text", [
    "之所以要重视县域商业，是因为它连着城乡两个市场。",  # the reason for an action
    "过去一个商户办执照，要跑五六个部门。",  # how things were done
    "全面替代人工巡检还需要相当长的时间。",  # what it takes
    "赵某（2021）估算，碳价格需要达到每吨 120 元。",  # a cited study's estimate
    "碳配额是一种可交易、可抵押的资产。",  # 可 + verbs modifying a noun
    "已有文献大致可以归为两类。",  # a classification
    "叠加贴息可使企业融资成本下降。",  # a result
])
def test_modals_that_propose_nothing(text: str) -> None:
    assert recs(text) == []


def test_an_analysts_picks_are_recommendations() -> None:
    texts = [r.text for r in recs("投资建议：一是关注平台化本体龙头；二是突破核心零部件的企业，推荐启澜精工。\n")]
    assert texts == ["一是关注平台化本体龙头", "二是突破核心零部件的企业，推荐启澜精工"]
    assert recs("关注类贷款占比为3.85%。\n") == []


def test_a_cases_bracketed_practices_section_reports_what_it_did() -> None:
    text = "案例一  石桥村：土地入股\n【主要做法】\n一是建设标准厂房。二是村集体要量力而行。\n"
    assert [r.text for r in recs(text)] == ["二是村集体要量力而行"]


def test_a_procedure_or_a_penalty_with_xu_proposes_nothing() -> None:
    assert recs("重大事项须经董事会三分之二以上同意。\n") == []
    assert recs("企业未按期投产的，否则须退还补贴。\n") == []


@pytest.mark.parametrize("text", ["护理员每天要为十几位老人提供服务。", "一笔跨境支付平均需要经过多家中间行。", "我们每年都要流失一成飞行员。"])
def test_what_is_done_every_day_or_on_average_is_no_proposal(text: str) -> None:
    assert recs(text + "\n") == []


def test_a_yearly_quota_is_still_a_proposal() -> None:
    assert [r.text for r in recs("各地每年要安排专项用地指标。\n")] == ["各地每年要安排专项用地指标"]


def test_what_a_rule_lays_down_is_no_proposal() -> None:
    assert recs("按照新的实施细则，进口商需要逐项申报产品的碳排放量。\n") == []
    assert recs("根据调整后的安排，企业须在次年完成证书清缴。\n") == []


def test_a_misconception_set_out_to_be_corrected_proposes_nothing() -> None:
    assert recs("误区三：农产品上网可以“一卖就火”。\n") == []


def test_joining_two_things_is_a_command() -> None:
    (record,) = recs("五、建议\n第二，把园区招商和本地配套培育结合起来。\n")
    assert record.text == "第二，把园区招商和本地配套培育结合起来"


def test_a_prohibition_and_what_to_do_instead_are_one_proposal() -> None:
    (record,) = recs("五、建议\n深化园区改革不能修修补补，必须从管理体制入手进行系统设计。\n")
    assert record.text == "深化园区改革不能修修补补，必须从管理体制入手进行系统设计"


def test_a_field_named_before_a_measure_is_a_frame() -> None:
    assert one("融资方面，支持中小企业发行绿色债券。").text == "融资方面，支持中小企业发行绿色债券"


def test_the_department_speaking_encourages() -> None:
    record = one("我们鼓励中小企业提早规划数字化改造。")
    assert (record.actor, record.strength) == ("我们", "should")


def test_rather_than_a_do_b_proposes_b() -> None:
    assert one("与其各村都建民宿，不如集中力量办好一个示范点。").text.startswith("与其各村都建民宿，不如")
    assert recs("今年的增速不如去年。") == []


def test_colloquial_ke_meaning_but_is_no_permission() -> None:
    assert recs("可这些年合作社一直没有分红。") == []
    assert recs("可我知道，账面上的收入有一部分是借来的。") == []


def test_a_numbered_heading_with_an_aim_before_its_command_proposes() -> None:
    raw = "五、对策建议\n（一）以信用建设为抓手，提升中小企业融资可得性\n"
    assert [r.text for r in recs(raw)] == ["（一）以信用建设为抓手，提升中小企业融资可得性"]


def test_a_proposal_cut_by_a_page_break_keeps_the_side_of_its_cue() -> None:
    raw = ("各县招商同质化严重。与其每个县都去招同一类企业，不如选两个基础好的\n\n— 12 —\n县域观察　2024年第3期\n\n"
           "县先做强，其余的县配套跟进。\n")
    assert one(raw).text == "与其每个县都去招同一类企业，不如选两个基础好的"


def test_ke_opening_a_clause_after_a_statement_is_but() -> None:
    assert recs("账目是清楚的，可从来没有向村民公开过。") == []
    assert len(recs("符合条件的，可申请一次性补贴。")) == 1
    assert len(recs("对返乡创业的青年，可给予场地支持。")) == 1


def test_what_a_standard_or_a_charter_lays_down_is_no_proposal() -> None:
    assert recs("按现行标准，年收入低于10万元的村列为薄弱村，年底前须全部摘帽。") == []
    assert recs("按照章程，可分配盈余的六成返还给社员。") == []


def test_what_was_going_to_happen_or_will_in_the_end_is_no_proposal() -> None:
    assert recs("镇里原本要从外面请施工队。") == []
    assert recs("驻村干部早晚要走。") == []


def test_a_long_subject_naming_the_bodies_to_act_still_proposes() -> None:
    record = one("市住房和城乡建设局、市自然资源和规划局应将承诺制审批推广至全部开发区。")
    assert record.strength == "should"
    assert record.actor is not None and "自然资源和规划局" in record.actor


def test_a_plans_provision_passed_on_as_a_command_proposes() -> None:
    assert one("《实施方案》提出，建立常态化政企沟通机制。").text == "《实施方案》提出，建立常态化政企沟通机制"


@pytest.mark.parametrize("heading", ["七、发展趋势研判", "（二）关注因素与顾虑", "（六）产业园区：集聚效应与空心化风险并存"])
def test_a_heading_naming_a_topic_or_a_state_proposes_nothing(heading: str) -> None:
    assert recs(f"{heading}\n园区数量较多。\n") == []


def test_what_calls_for_vigilance_is_noted_not_proposed() -> None:
    assert recs("需要警惕的是，部分地区出现了重复建设的苗头。") == []


def test_a_modal_inside_a_quoted_principle_proposes_nothing() -> None:
    assert recs("各市全面建立融资协调机制，按照“应进尽进、应贷尽贷”原则开展工作。") == []


def test_a_permission_and_its_limit_are_one_proposal() -> None:
    assert [r.text for r in recs("合作项目可以搞，但规模要控制。")] == ["合作项目可以搞，但规模要控制"]


def test_what_ought_to_be_the_case_rather_than_another_is_a_judgement() -> None:
    assert recs("能留在村里的，应该是制度，而不是某一个人。") == []


def test_a_list_of_branches_and_offices_named_as_actors_proposes() -> None:
    record = one("人民银行某省分行、金融监管总局某省监管局要引导银行加大信用贷款投放。")
    assert record.actor == "人民银行某省分行、金融监管总局某省监管局"


def test_a_heading_that_bids_to_grip_a_task_firmly_is_a_command() -> None:
    assert [r.text for r in recs("（三）狠抓惠企政策落实，打通政策落地“最后一公里”\n")] == [
        "（三）狠抓惠企政策落实，打通政策落地“最后一公里”"]


@pytest.mark.parametrize("text", [
    "项目投产后每年可减少煤炭消耗约38万吨。",
    "三小时高铁圈可覆盖约4亿人口。",
    "它生产的产品也可以是当天配送的鲜食。",
    "其成效在多大程度上可以复制到中西部城市，尚无定论。",
])
def test_what_a_measure_can_yield_or_be_and_an_indirect_question_propose_nothing(text: str) -> None:
    assert recs(text) == []


@pytest.mark.parametrize(("text", "actor", "strength"), [
    ("现在年轻人千万不要加杠杆去买第二套房。", "年轻人", "must"),
    ("家庭最好先把高息的消费贷还掉。", "家庭", "should"),
    ("地方政府别再去托底地价了。", "地方政府", "must"),
])
def test_spoken_advice_proposes(text: str, actor: str, strength: str) -> None:
    record = one(text)
    assert (record.actor, record.strength) == (actor, strength)


@pytest.mark.parametrize("text", ["这种做法效果最好。", "这是最好的办法。", "两项数据分别再核对了一遍。"])
def test_a_superlative_or_a_word_holding_bie_proposes_nothing(text: str) -> None:
    assert recs(text) == []


def test_a_time_word_before_the_modal_is_no_actor() -> None:
    assert one("现在千万不要加杠杆。").actor is None


def test_a_proposal_inside_speech_transcribed_without_punctuation_is_found() -> None:
    text = "嘉宾A（李某）：地方政府现在没钱了所以它要靠卖地但是地卖不出去那这个模式就难以为继了所以中央应该加大转移支付的力度"
    assert [r.actor for r in recs(text)] == ["中央"]


def test_still_having_to_do_something_proposes_but_what_it_comes_down_to_does_not() -> None:
    assert one("政府这个时候还是要把保交楼放在第一位。").actor == "政府"
    assert recs("这些城市定位最终还是要落在要素体系的发展上。") == []


@pytest.mark.parametrize("heading", ["4．规范市场竞争秩序", "（六）对标高标准国际经贸规则开展压力测试",
                                     "（一）以跨境支付系统为主干，稳步扩大直接参与者范围"])
def test_an_imperative_heading_jieba_would_read_as_a_noun_commands(heading: str) -> None:
    assert [r.text for r in recs(f"{heading}\n")] == [heading]


@pytest.mark.parametrize(("text", "actor"), [
    ("请县商务局会同县税务局在5月底前出台跨境电商扶持细则。", "县商务局"),
    ("请各乡镇于3月底前将闲置厂房清单报送县发改局。", "各乡镇"),
    ("请市交通运输局抓紧研究开通园区公交专线。", "市交通运输局"),
])
def test_a_document_asking_a_body_to_act_proposes_with_that_body_as_actor(text: str, actor: str) -> None:
    assert one(text).actor == actor


def test_addressing_the_audience_and_a_minutes_title_propose_nothing() -> None:
    assert recs("请各位代表审议，并提出意见。") == []
    assert recs("具体数据请以统计局公布的为准。") == []
    assert recs("会议纪要已印发各有关单位。") == []


def test_a_textbooks_learning_objectives_label_commands_nothing() -> None:
    assert [r for r in recs("学习目标\n") if r.text == "学习目标"] == []


@pytest.mark.parametrize("text", [
    "县域和乡村完全可以找到自己的位置。",
    "发展的成果最终要落到群众身上。",
    "代价最终仍要由当地居民承担。",
    "扩大内需归根到底要靠提高收入。",
])
def test_what_is_entirely_possible_or_bound_to_happen_proposes_nothing(text: str) -> None:
    assert recs(text) == []


def test_what_a_place_could_well_learn_from_still_proposes() -> None:
    assert one("沣阳完全可以借鉴浙江的做法。").actor == "沣阳"


def test_what_a_proposal_turns_on_is_asserted_before_it_and_names_no_actor() -> None:
    assert one("乡村振兴的关键在人，要完善城乡人才双向流动机制。").actor is None


@pytest.mark.parametrize("text", ["地方支出要占到全国的85%以上。", "但是支出要占到百分之八十五以上。"])
def test_a_share_a_thing_comes_to_is_no_proposal(text: str) -> None:
    assert recs(text) == []


def test_a_numbered_heading_in_a_section_of_proposals_proposes_whatever_verb_opens_it() -> None:
    raw = "六、对策建议\n（一）对县级政府\n1.科学规划夜间经济空间布局。\n2.夜间经济的发展现状\n"
    assert [r.text for r in recs(raw)] == ["1.科学规划夜间经济空间布局"]


def test_commands_ending_on_a_topic_word_still_command_but_a_topic_does_not() -> None:
    assert [r.text for r in recs("1.坚持因地制宜，科学选择发展路径\n")] == ["1.坚持因地制宜，科学选择发展路径"]
    assert recs("三、推动产业升级的路径\n") == []


def test_a_bulleted_point_of_a_proposal_opens_on_its_verb() -> None:
    raw = "建议一｜建立产业链链长制\n√ 建立月调度、季通报、年考核机制，将招商成效纳入考核\n➢ 市财政局应同步启动母基金设立方案研究\n"
    assert [(r.text, r.actor) for r in recs(raw)][1:] == [
        ("建立月调度、季通报、年考核机制，将招商成效纳入考核", None), ("市财政局应同步启动母基金设立方案研究", "市财政局"),
    ]


@pytest.mark.parametrize("text", [
    "二季度：设立市产业投资母基金，完成首批专项子基金组建。",
    "每年开展一次专题招商活动，邀请链主企业参加。",
    "三年内盘活低效工业用地，提高亩均产出。",
    "对签约项目实行全周期跟踪，按季度通报进度。",
    "对新开业的品牌民宿给予一次性奖励。",
])
def test_a_plans_scheduled_or_treatment_step_proposes(text: str) -> None:
    assert [r.text for r in recs(text + "\n")] == [text.rstrip("。")]


def test_what_a_treatment_gave_is_no_proposal() -> None:
    assert recs("对低层住户给予的补偿，由高层住户按楼层系数分担。\n") == []


@pytest.mark.parametrize(("text", "actor"), [
    ("座谈中，她希望县里整合快递物流资源。", "县里"),
    ("我们希望行业协会多给民营企业参与标准制定的机会。", "行业协会"),
    ("镇里正在规划竹产业园，希望县里在用地指标和基础设施配套上给予倾斜。", "县里"),
])
def test_a_plea_for_an_action_proposes_it(text: str, actor: str) -> None:
    assert [r.actor for r in recs(text + "\n")] == [actor]


def test_pinning_hopes_on_something_is_no_plea() -> None:
    assert recs("多数企业抱着观望心态，寄希望于规则推迟或放宽。\n") == []


def test_a_task_a_meetings_decisions_assign_proposes_with_its_lead_as_actor() -> None:
    raw = ("县政府常务会议纪要\n会议议定：\n一、关于清理拖欠账款问题。由县财政局牵头，县住建局配合，对拖欠企业账款进行全面梳理。\n"
           "二、西港园区由澄江集团牵头开发，已入驻企业40家。\n")
    assert [(r.text, r.actor) for r in recs(raw)] == [("由县财政局牵头，县住建局配合，对拖欠企业账款进行全面梳理", "县财政局")]


def test_who_led_a_project_outside_a_meetings_decisions_proposes_nothing() -> None:
    assert recs("去年，由县财政局牵头，对拖欠企业账款进行了梳理。\n") == []


def test_a_textbooks_exercises_propose_nothing() -> None:
    raw = "复习思考题\n1．什么是产业集群？\n2．结合你所熟悉的一个地区，谈谈地方政府应当如何培育产业集群。\n"
    assert recs(raw) == []


def test_a_saying_that_there_is_no_best_proposes_nothing() -> None:
    assert recs("县政府常务会议纪要\n会议指出，优化营商环境没有最好、只有更好。\n") == []


def test_a_quoted_motto_after_the_modal_is_what_to_adopt_not_a_predication() -> None:
    (record,) = recs("各级各部门要牢固树立“企业的事就是自己的事”的理念。\n")
    assert record.actor == "各级各部门"


def test_what_to_act_on_is_proposed_but_a_precondition_is_a_principle() -> None:
    assert [r.actor for r in recs("县里在确定主导产业时，应当以资源禀赋、产业基础和市场空间为依据。\n")] == ["县里"]
    assert recs("工业合作必须以资源禀赋的差异为前提。\n") == []


@pytest.mark.parametrize("heading", ["（一）紧盯滞后事项抓整改", "（二）多渠道筹措资金抓清欠"])
def test_a_progress_reports_command_headings_command(heading: str) -> None:
    assert [r.text for r in recs(f"三、下一步工作安排\n{heading}。\n各单位要按期办结。\n")][0] == heading
