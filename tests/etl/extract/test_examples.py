"""Example extraction on sentences written for these tests, one phenomenon each."""
from __future__ import annotations

import re

import pytest

from etl.extract.examples import extract
from etl.text.parse import parse_article
from models.records import ENTITY_TYPES


def examples(text: str):
    return extract(parse_article(text + "\n"))


def names(text: str) -> list[str]:
    return [e.name for e in examples(text)]


def by_name(text: str) -> dict:
    return {e.name: e for e in examples(text)}


# --- cues before the case ---------------------------------------------------------------


@pytest.mark.parametrize("cue", ["如", "例如，", "比如", "譬如"])
def test_story_cue_introduces_the_subject_after_it(cue: str) -> None:
    found = by_name(f"不少地方抢抓机遇，{cue}杭州推出了数字贸易专项政策。")
    assert list(found) == ["杭州"]
    assert found["杭州"].marker == cue.rstrip("，")


@pytest.mark.parametrize("cue", ["又如，", "再如"])
def test_further_story_cue_introduces_another_case(cue: str) -> None:
    found = by_name(f"宁波跨境电商发展较快。{cue}温州推出了民营经济改革试点。")
    assert list(found) == ["温州"]
    assert found["温州"].marker == "如"


@pytest.mark.parametrize("listed", ["温州、台州", "温州和台州"])
def test_a_list_framed_as_the_example(listed: str) -> None:
    assert names(f"以{listed}为例，两地民营经济占比均超过六成。") == ["温州", "台州"]


def test_a_topic_framed_as_the_example_is_not_split() -> None:
    assert len(names("以中国与东盟的合作为例，双方贸易额持续增长。")) <= 1


def test_a_case_remarked_on_as_a_successful_one() -> None:
    assert "厦门港" in names("厦门港与本地船企合作建设的智慧码头就是一个成功案例。")


def test_an_industrial_estate_is_a_named_place() -> None:
    assert names("借鉴新加坡裕廊工业区的开发经验，园区引入了专业运营商。") == ["新加坡裕廊工业区"]


def test_a_named_list_of_cases_after_anli_you() -> None:
    assert names("典型案例有苏州工业园区和厦门象屿保税区。") == ["苏州工业园区", "厦门象屿保税区"]


def test_story_cue_reaches_the_subjects_of_the_following_clauses() -> None:
    text = "各地纷纷调整定位，如成都提出建设国际门户枢纽，西安着力打造内陆开放高地，武汉谋划长江中游航运中心。"
    assert names(text) == ["成都", "西安", "武汉"]


def test_case_after_cue_with_colon_and_semicolon_stories() -> None:
    text = "民营企业走在前列。如：华为在匈牙利建立了欧洲供应中心；海尔在巴基斯坦建设了工业园区。"
    assert {"华为", "海尔"} <= set(names(text))


def test_yi_wei_li_frames_one_case() -> None:
    found = by_name("以义乌为例，小商品市场通过跨境电商拓展了非洲市场。")
    assert list(found) == ["义乌"]
    assert found["义乌"].marker == "以…为例"


def test_learn_from_experience_cue() -> None:
    assert names("应学习上海、杭州等城市的营商环境建设经验，持续优化审批流程。") == ["上海", "杭州"]
    assert names("借鉴新加坡裕廊工业园区的开发模式，提升园区运营水平。") == ["新加坡裕廊工业园区"]


def test_like_this_cue() -> None:
    assert names("像宁德时代这样的企业，应该发挥龙头带动作用。") == ["宁德"]


def test_including_needs_several_names() -> None:
    assert names("包括北京、上海、广州在内的一线城市房价上涨较快。") == ["北京", "上海", "广州"]
    assert names("主要任务包括高水平建设国家级、省级重点实验室。") == []


# --- a cue after the case ---------------------------------------------------------------


def test_typical_example_after_the_case_names_its_subject_without_legal_form() -> None:
    found = by_name("2015年三一重工股份有限公司在印度设立的产业园就是一个典型案例。")
    assert list(found) == ["三一重工"]
    assert found["三一重工"].entity_type == "organisation"
    assert found["三一重工"].marker == "案例"


# --- lists --------------------------------------------------------------------------------


def test_list_gives_one_record_per_name() -> None:
    text = "如中缅油气管道、中哈原油管道和中俄东线天然气管道等能源项目稳步推进。"
    assert names(text) == ["中缅油气管道", "中哈原油管道", "中俄东线天然气管道"]


def test_possessor_yields_to_the_case_it_owns() -> None:
    text = "可以借鉴其他国家的做法，如德国的鲁尔区和日本的北九州等老工业城市。"
    assert names(text) == ["鲁尔区", "北九州"]


def test_class_after_deng_vouches_for_unknown_company_names() -> None:
    text = "比如华为、金意陶、箭牌陶瓷等龙头企业在欧洲设立研发中心。"
    found = by_name(text)
    assert list(found) == ["华为", "金意陶", "箭牌陶瓷"]
    assert {e.entity_type for e in found.values()} == {"organisation"}


def test_list_as_subject_is_offered_as_cases() -> None:
    assert names("苏州、无锡、常州等城市也面临土地资源约束。") == ["苏州", "无锡", "常州"]


def test_list_closed_by_a_count_of_its_class() -> None:
    assert names("长三角、珠三角、京津冀三大城市群集聚了大量创新资源。") == ["长三角", "珠三角", "京津冀"]


def test_list_as_object_is_a_destination_not_a_case() -> None:
    assert names("我市机电产品出口越南、泰国、柬埔寨等东盟国家，规模逐年扩大。") == []
    assert names("要加强与广州、深圳、珠海等城市的合作。") == []
    assert names("企业在印度、越南、马来西亚等国家设立海外仓。") == []


def test_a_count_announces_its_items() -> None:
    text = "全国首批二十个先进制造业集群中，苏州占3个，分别是苏锡通生物医药和高端医疗器械集群、苏州纳米新材料集群和无锡物联网集群。"
    found = by_name(text)
    assert list(found) == ["苏锡通生物医药和高端医疗器械集群", "苏州纳米新材料集群", "无锡物联网集群"]
    assert {e.entity_type for e in found.values()} == {"project"}
    assert all(e.text.startswith("3个，分别是") for e in found.values())


@pytest.mark.parametrize("cue", ["，即", "，分别为", "，包括"])
def test_count_then_cue_lists_the_cases(cue: str) -> None:
    assert names(f"该省拥有两个国家级新区{cue}贵安新区和舟山群岛新区。") == ["贵安新区", "舟山群岛新区"]


def test_a_count_of_tasks_lists_no_cases() -> None:
    assert names("今年重点抓好三项工作，即稳增长、促改革和惠民生。") == []
    assert names("主要分为两类，分别是传统产业和新兴产业。") == []


def test_deng_with_any_class_phrase_when_most_items_are_named() -> None:
    text = "令人瞩目的国际机制，G20、博鳌论坛、东盟、亚洲基础设施投资银行、广交会等主场活动，已成为城市名片。"
    assert names(text) == ["G20", "博鳌论坛", "东盟", "亚洲基础设施投资银行", "广交会"]


def test_deng_with_a_generic_class_and_mostly_generic_items() -> None:
    assert names("交通、能源、通信等基础设施仍需完善。") == []
    assert names("华为、传统制造企业、科研院所等创新主体加大了投入。") == []


def test_one_word_event_names_are_named() -> None:
    assert names("如世博会带动了会展经济发展。") == ["世博会"]
    assert names("如博览会带动了会展经济发展。") == []


def test_the_article_subject_in_a_list_of_peers_is_not_a_case() -> None:
    body = "".join(f"临川第{n}季度工业增加值增长较快。" for n in "一二三四五")
    assert names(body + "临川、九江、赣州等城市都提出建设区域创新高地。") == ["九江", "赣州"]


def test_evidence_cut_by_a_page_number_keeps_the_side_naming_the_case() -> None:
    raw = "外贸企业加快布局海外市场。再如，东屿港务集团新建的自动化码头\n- 7 -\n今年吞吐量超过三百万标箱，效率明显提升。\n"
    (example,) = extract(parse_article(raw))
    assert example.name == "东屿港务集团" and "东屿港务集团" in example.text


def test_a_port_or_zone_a_clause_sets_the_scene_in_is_a_case_but_a_country_is_not() -> None:
    assert names("在广西钦州港，海关推行“船边直提”模式。") == ["广西钦州港"]
    assert names("在美国，一件包裹通常三天送达。") == []


def test_a_foreign_economy_compared_again_and_again_is_still_a_case() -> None:
    body = "".join(f"韩国第{n}季度养老支出继续上升。" for n in "一二三四五")
    assert names(body + "韩国于2008年实施长期护理保险制度。") == ["韩国"]


# --- documents, stories, aliases --------------------------------------------------------


def test_named_document_is_a_policy_case() -> None:
    found = by_name("欧盟去年通过的《数字市场法》对大型平台设定了多项义务。")
    assert list(found) == ["数字市场法"]
    assert found["数字市场法"].entity_type == "policy"


@pytest.mark.parametrize("text", [
    "部分地区出台了《加快发展外向型经济实施方案》，明确了支持措施。",
    "《关于加快发展外向型经济的若干意见》提出了十条措施。",
    "各地要认真贯彻《优化营商环境条例》。",
    "《外贸转型升级行动方案》和《跨境电商发展规划》相继出台。",
    "公司严格遵守《公司法》《证券法》和上市规则。",
    "本报告参照《可持续发展报告编制指引》编制。",
])
def test_a_policy_issued_or_carried_out_at_home_is_background_not_a_case(text: str) -> None:
    assert names(text) == []


def test_a_law_a_foreign_economy_issued_is_a_case() -> None:
    assert "数据治理法" in names("韩国2021年出台《数据治理法》，规范公共数据开放。")


def test_document_quoted_as_a_source_is_not_a_case() -> None:
    assert names("据《2020年中国统计年鉴》，全国对外贸易保持增长。") == []
    assert names("在《政府工作报告》中，总理提出了新的目标。") == []


def test_story_with_a_named_company_as_subject() -> None:
    assert names("宁波舟山港集团近年来不断拓展航线，集装箱吞吐量稳居前列。") == ["宁波舟山港集团"]


def test_story_subject_made_up_by_jieba_still_counts_as_named() -> None:
    assert names("雄安新区建设扎实推进，一批标志性项目落地。") == ["雄安新区"]


def test_a_story_with_coordinated_subjects_acting_jointly_names_both() -> None:
    assert names("贵安新区与舟山群岛新区携手合作，共同建设跨境电商产业园。") == ["贵安新区", "舟山群岛新区"]
    assert names("青岛港集团和瓜达尔港共同投资建设物流园区。") == ["青岛港集团", "瓜达尔港"]


def test_a_partner_that_does_not_act_jointly_is_no_second_subject() -> None:
    assert names("贵安新区与舟山群岛新区已就共建产业园达成一致。") == ["贵安新区"]


def test_a_company_named_without_a_suffix_that_invests_abroad_is_a_case() -> None:
    assert names("华为在匈牙利设立了欧洲供应中心，比亚迪在泰国建设整车基地。") == ["华为", "比亚迪"]
    assert by_name("宁德时代已在德国建设电池工厂。")["宁德时代"].entity_type == "organisation"
    assert names("中国在东非投资建设了多个港口。") == []  # a place acting is no company's story


def test_a_named_village_is_a_case_but_a_kind_of_village_is_not() -> None:
    assert names("贵州塘约村通过组建合作社把土地集中经营。") == ["贵州塘约村"]
    assert names("又如，河南竹林村依托区位发展商贸物流。") == ["河南竹林村"]
    assert names("广东农村集体经济发展较快，很多示范村都在搞民宿。") == []


def test_a_case_remarked_on_after_a_modifier_is_the_one_its_clause_set_up() -> None:
    text = "江宁园区与淮南合作共建的江淮产业园，就是跨区域合作的成功案例。"
    assert "江淮产业园" in names(text)


def test_brands_listed_after_xiang_are_cases_when_their_class_vouches_for_them() -> None:
    assert names("像云梭科技、精匠云、汇链智造这样的平台，正是中小企业需要的。") == ["云梭科技", "精匠云", "汇链智造"]
    assert names("像交通设施、油气管道这样的设施仍然薄弱。") == []
    assert names("像合肥、西安这样的城市，科教资源丰富。") == ["合肥", "西安"]  # jieba tags 合肥/n


def test_story_reads_a_subsidiary_as_the_case() -> None:
    assert names("华东机械集团下属杭州精工设备公司近年来努力开拓海外市场。") == ["杭州精工设备公司"]


def test_a_name_defined_with_an_alias_goes_by_the_alias() -> None:
    text = (
        "例如，江南港航工程有限公司（以下简称江南港航）在东南亚承建了多个码头项目。"
        "江南港航在海外经营中重视属地化用工。"
    )
    assert names(text) == ["江南港航", "江南港航"]


@pytest.mark.parametrize("define", ["（简称“华东精机”）", "（下称华东精机）", "（以下称“华东精机”）"])
def test_alias_definitions_in_their_usual_forms(define: str) -> None:
    assert names(f"例如，华东精密机械股份有限公司{define}在墨西哥建厂。") == ["华东精机"]


def test_a_registered_name_holds_every_name_before_its_legal_form() -> None:
    text = "例如，上海隧道城建国际工程有限公司（以下简称隧道城建国际）就是一家国际公司。"
    assert names(text) == ["隧道城建国际"]


def test_an_alias_is_not_a_source_that_says_something() -> None:
    text = "中远海运集团有限公司（简称“中远海运”）在希腊运营比雷埃夫斯港。中远海运还投资了西班牙码头。"
    assert names(text) == ["中远海运", "中远海运"]


def test_an_alias_alone_makes_a_sentence_worth_reading() -> None:
    text = "比如，东海新材料股份有限公司（以下简称东海新材）在越南设厂。东海新材还在泰国开展技术合作。"
    found = examples(text)
    assert [e.name for e in found] == ["东海新材", "东海新材"]
    assert found[1].text.startswith("东海新材还在泰国")


def test_a_document_is_cited_once_then_only_referred_to() -> None:
    text = "《内陆开放合作示范条例》（以下简称《条例》）规定了三类协作方式。《条例》尚未覆盖全部县区。"
    found = examples(text)
    assert [e.name for e in found] == ["条例"]
    assert found[0].entity_type == "policy"
    assert "规定" in found[0].text


# --- entity types -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        ("如杭州提出建设数字经济第一城。", "杭州", "place"),
        ("如西部陆海新通道带动了沿线开放。", "西部陆海新通道", "project"),
        ("如苏州工业园区探索了合作共建模式。", "苏州工业园区", "place"),
        ("如中国电建集团承建了多个海外电站。", "中国电建集团", "organisation"),
        ("如印尼的“国家中期发展规划”明确了工业化目标。", "国家中期发展规划", "policy"),
    ],
)
def test_entity_types(text: str, name: str, entity_type: str) -> None:
    found = by_name(text)
    assert found[name].entity_type == entity_type
    assert all(e.entity_type in ENTITY_TYPES for e in found.values())


# --- negatives ----------------------------------------------------------------------------


def test_generic_nouns_after_a_cue_are_not_cases() -> None:
    assert names("企业面临诸多风险，如汇率波动、法律差异、文化冲突等。") == []
    assert names("基础设施如交通设施、油气管道、输电网等仍然薄弱。") == []
    assert names("城市是开放的重要载体，企业是创新的主体，国家是规则的制定者。") == []
    assert names("比如，城镇新增就业4万人，力争亩均税收提高到30万元。") == []  # jieba tags 城镇/ns, 力争/nz
    assert names("上市公司和城投公司应依法披露信息。") == []  # 上市公司/nt, 城投/j


@pytest.mark.parametrize("text", [
    "如何推动高质量发展，是摆在我们面前的课题。",
    "如果没有坚强保障，各项任务就难以落实。",
    "如期完成了年度目标任务。",
])
def test_words_that_start_with_ru_are_not_cues(text: str) -> None:
    assert names(text) == []


def test_headings_are_not_cases() -> None:
    assert names("一、深圳前海的开放实践\n前海是改革开放的试验田。") == []


def test_literature_citations_are_not_cases() -> None:
    assert names("王晓东（2018）研究了跨境电商；李明、赵芳等（2019）探讨了园区治理。") == []
    assert names("已有研究表明开放促进创新，如赵六等（2020）基于省级面板数据的研究。") == []
    assert names("Porter（1990）提出了钻石模型。") == []


def test_the_article_subject_is_not_a_story_every_time() -> None:
    sentences = "".join(f"临港新片区集团第{n}季度新增签约项目，投资持续增长。" for n in "一二三四五")
    assert names(sentences) == []


def test_quoted_concepts_are_not_cases() -> None:
    text = "企业“走出去”步伐加快。“走出去”需要金融支持。如“走出去”企业的融资需求旺盛。"
    assert names(text) == []



@pytest.mark.parametrize("text, name", [
    ("去年，青鸟集团推出的“云账本”服务已覆盖三千家小店。", "云账本"),  # a named owner launched it
    ("青禾县2019年实施的“暖巢”工程，帮助八百户改造了住房。", "暖巢"),  # a programme noun types it
    ("镇里联合四家物流企业组建“溪通”共同配送中心，运费下降了三成。", "溪通"),
    ("像本地连锁超市“禾邻小铺”推出的会员日，带动了社区消费。", "禾邻小铺"),  # a class word names it
])
def test_a_quoted_short_name_marked_as_a_case(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "县政府要牵头打造“青禾山货”区域公用品牌。",  # a proposal: yet to be done
    "企业正由“拼价格”转向“拼服务”。",  # slogans of a shift, owned by no one
    "澜舟科技的“订单贷”做法值得借鉴。",  # the practice of a case: the case is its owner
    "该市通过“先建后补、以奖代补”方式推进改造。",  # a formula, not one name
])
def test_quoted_phrases_that_are_no_case(text: str) -> None:
    found = names(text)
    assert not any(n in {"青禾山货", "拼价格", "拼服务", "订单贷", "先建后补、以奖代补"} for n in found), found


@pytest.mark.parametrize("text, name", [
    ("各地做法不一，比较典型的是青禾县。", "青禾县"),
    ("另一个例子是溪桥镇的柳湾村。", "柳湾村"),
    ("泉州的探索同样具有代表性。", "泉州"),
    ("澜州高新区是其中的典型。", "澜州高新区"),
    ("青澜港务集团是以数据要素撬动产业升级的典型代表。", "青澜港务集团"),
])
def test_a_remark_that_names_a_typical_case(text: str, name: str) -> None:
    assert name in names(text)


def test_a_typical_feature_is_no_remark_on_a_case() -> None:
    assert names("青禾县的财政收入是典型特征之一。") == []


@pytest.mark.parametrize("text, expected", [
    ("调研组走访了溪口村，该村集体收入增长较快。", ["溪口村"]),  # 溪口 is a dictionary word
    ("试点村和薄弱村的差距仍然较大。", []),  # kinds of village
    ("个别村负债率超过一半。", []),
])
def test_a_village_named_by_a_common_word(text: str, expected: list[str]) -> None:
    from etl.extract.examples.mentions import Context, find_mentions
    from etl.text.pos import tag
    found = find_mentions(text, list(tag(text)), Context.of(parse_article(text)))
    assert [m.name for m in found if m.named and m.entity_type == "place"] == expected


@pytest.mark.parametrize("text, name", [
    ("该村与外来企业青峦文旅发展有限公司合作开发民宿。", "青峦文旅发展"),  # a partner
    ("村集体牵头成立柳溪茶叶专业合作社，统一收购鲜叶。", "柳溪茶叶专业合作社"),  # founded
    ("深圳栖光照明科技有限公司是一家做庭院灯的企业。", "深圳栖光照明科技"),  # jieba splits the name oddly
    ("土地流转给县内龙头企业澜源农业开发有限公司种植药材。", "澜源农业开发"),  # not its class word
    ("平台可以效仿汀州建设投资（集团）有限公司的做法。", "汀州建设投资（集团）"),  # a bracket inside
])
def test_a_registered_name_told_anywhere_in_a_story_is_a_case(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("澜岳化学则通过余热利用降低能耗。", "澜岳化学"),
    ("汀川股份则在乐山布局多晶硅产能。", "汀川股份"),
])
def test_a_brand_and_its_trade_set_against_another_is_a_case(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_legal_form_is_no_recurring_name() -> None:
    filler = "".join(f"第{n}家企业为澜溪贸易有限公司提供配套。" for n in "一二三四五")
    assert "青峦文旅发展" in names(filler + "该村与青峦文旅发展有限公司合作开发民宿。")


@pytest.mark.parametrize("text, name", [
    ("智利自 2019 年起对进口电动汽车减免关税。", "智利"),
    ("此后，澜溪化工于2021年发行了首单转型债券。", "澜溪化工"),
    ("而葡萄牙在 2 0 1 8 年推出了数字游民签证。", "葡萄牙"),
])
def test_a_subject_acting_in_a_given_year_is_a_case(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, names_", [
    ("泉州依托民营制造业基础，培育了一批隐形冠军。", ["泉州"]),
    ("昆明、南宁则借助面向东盟的区位优势发展跨境物流。", ["昆明", "南宁"]),
    ("江西较早启动了林权收储试点。", ["江西"]),
    ("苏州在这方面走在了全国前列。", ["苏州"]),
    ("芬兰是全球最早普及电子政务的国家之一。", ["芬兰"]),  # foremost
    ("景德镇作为千年瓷都的发源地，吸引了大批青年创业者。", ["景德镇"]),
    ("漳州以食品加工为主抓手，培育了一批龙头企业。", ["漳州"]),  # its own strategy
    ("上溪村位于丘陵地带，耕地细碎。", ["上溪村"]),  # where a story opens
])
def test_a_subject_building_on_its_strengths_or_ahead_of_others_is_a_case(text: str, names_: list[str]) -> None:
    assert names(text) == names_


def test_a_case_set_in_contrast_is_cued() -> None:
    assert names("与之形成鲜明对比的是匈牙利，其电池产业吸引了大量外资。") == ["匈牙利"]


def test_a_strategy_proposed_is_no_case() -> None:
    assert names("各地应以园区为载体集聚企业。") == []


def test_a_subject_told_to_build_on_its_strengths_is_no_case() -> None:
    assert names("泉州应依托民营制造业基础，培育更多隐形冠军。") == []


@pytest.mark.parametrize("text, name", [
    ("智利是另一个典型市场。", "智利"),
    ("澄州的做法最具代表性。", "澄州"),
    ("汀阳集团是其中的先行者。", "汀阳集团"),
    ("这里再举一个葡萄牙的例子。", "葡萄牙"),
    ("芬兰的教训值得记取。", "芬兰"),
])
def test_a_remark_that_names_a_typical_case_or_its_lesson(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_quoted_slogans_lesson_is_no_case() -> None:
    assert names("这就是“重建设、轻运营”的教训。") == []


@pytest.mark.parametrize("text, found", [
    ("以极氪为例，新品牌多走直营路线。", ["极氪"]),  # a brand jieba splits into odd pieces
    ("以出口为例，增速明显放缓。", []),
    ("以制造业为例，利润率持续下降。", []),
    ("以2020年为例，增速明显放缓。", []),
])
def test_a_framed_brand_no_dictionary_knows_is_a_case(text: str, found: list[str]) -> None:
    assert names(text) == found


def test_a_dated_subject_that_recurs_is_the_topic_not_a_case() -> None:
    text = "".join(f"温州自{y}年起对新建物流园区减免土地出让金。" for y in range(2015, 2021))
    assert names(text) == []


# --- grounding and evidence -----------------------------------------------------------------


def test_a_clause_that_only_names_the_case_takes_the_next_one_as_evidence() -> None:
    found = examples("比如澄州，把消费券与新品首发活动结合起来；再比如汀阳。")
    assert [(e.name, e.text) for e in found] == [
        ("澄州", "比如澄州，把消费券与新品首发活动结合起来"), ("汀阳", "再比如汀阳"),
    ]


def test_evidence_is_grounded_and_holds_cue_and_name() -> None:
    raw = "近年来，一些城市主动对接国家战略，例如，成都提出建设国际门\n户枢纽城市，西安着力打造内陆改革开放高地。\n"
    records = extract(parse_article(raw))
    assert [e.name for e in records] == ["成都", "西安"]
    for e in records:
        assert re.sub(r"\s", "", raw[e.start:e.end]) == re.sub(r"\s", "", e.text)
        assert e.text.startswith("例如") and e.name in e.text
        assert 0.0 <= e.confidence <= 1.0


def test_one_record_per_case_per_sentence() -> None:
    found = names("如泉州积极加入“海丝城市联盟”，并在“海丝城市联盟”框架下举办论坛，泉州由此扩大了影响。")
    assert sorted(found) == sorted(set(found))


def test_an_organisation_quoted_as_a_source_is_not_a_story() -> None:
    assert names("亚洲开发银行预测，区域基础设施投资需求将持续增长。") == []
    assert names("亚洲开发银行（ADB）发布的报告显示，区域投资需求旺盛。") == []


def test_yi_wei_daibiao_frames_several_cases_of_the_class_after_it() -> None:
    found = by_name("以华为、中兴为代表的通信企业加快了海外布局。")
    assert list(found) == ["华为", "中兴"]
    assert {e.entity_type for e in found.values()} == {"organisation"}
    assert names("以核电、电力等为代表的能源设备需求旺盛。") == []


def test_framing_an_industry_or_a_year_is_not_a_case() -> None:
    assert names("以制造业为例，其增加值占比持续下降。") == []
    assert names("以2016年为例，出口增长较快。") == []
    assert names("像制造业这样的传统产业，需要加快转型。") == []


def test_benchmarking_cue() -> None:
    assert names("我们要对标深圳、苏州等城市，提升营商环境。") == ["深圳", "苏州"]


def test_listed_projects_keep_their_route_names() -> None:
    text = "重大项目扎实推进，广州至湛江高铁、珠海至肇庆城际延长线等项目开工建设。"
    assert names(text) == ["广州至湛江高铁", "珠海至肇庆城际延长线"]


def test_a_framed_project_keeps_its_whole_name() -> None:
    from etl.extract.examples import extract
    from etl.text.parse import parse_article

    names = [e.name for e in extract(parse_article("以青山至白河高速为例，通行时间缩短了一半。"))]
    assert names == ["青山至白河高速"]


def test_government_bodies_in_a_list_are_no_cases() -> None:
    assert names("国家发改委、商务部等部门联合发布了指导意见。") == []
    assert names("省委、省政府等有关方面高度重视。") == []


def test_places_closed_by_deng_di() -> None:
    from etl.extract.examples import extract
    from etl.text.parse import parse_article

    assert [e.name for e in extract(parse_article("可以借鉴苏州、合肥等地经验，设立产业基金。"))] == ["苏州", "合肥"]


def test_the_frame_never_fuses_with_the_name_it_frames() -> None:
    # jieba alone reads 以东 ("east of") here; the cue's own boundaries cut it off
    assert names("以东屿石化基地为例，基地已形成完整的炼化链条。") == ["东屿石化基地"]


def test_a_class_word_before_a_name_is_no_part_of_it() -> None:
    assert names("例如，装备制造龙头企业澜川重工集团向本地配套商开放采购目录。") == ["澜川重工集团"]
    assert names("比如，行业巨头岚海航运公司牵头组建了航运联盟。")[0] == "岚海航运公司"


@pytest.mark.parametrize("text", ["二是做强新能源汽车产业集群。", "如，全市新建社区食堂40家。"])
def test_policy_verbs_are_not_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(("text", "name"), [("以西港物流园为例，园区年吞吐量大。", "西港物流园"),
                                            ("例如，岚山口岸去年通关车辆增长一成。", "岚山口岸")])
def test_logistics_parks_and_ports_of_entry_are_projects(text: str, name: str) -> None:
    assert [(e.name, e.entity_type) for e in examples(text)] == [(name, "project")]


def test_a_foreign_name_jieba_breaks_up_stays_whole_in_a_list() -> None:
    text = "德国杜伊斯堡、波兰马拉舍维奇等节点城市都形成了物流产业集群。"
    assert names(text) == ["德国杜伊斯堡", "波兰马拉舍维奇"]


def test_a_case_remarked_on_as_worth_following() -> None:
    assert names("宁波的做法值得借鉴。") == ["宁波"]
    assert names("宁波的做法值得借鉴：这个港口城市先建平台、后招企业。") == ["宁波"]  # the lesson told after a colon
    assert names("晋江是其中的典型代表：这个县级市培育了数十家上市公司。") == ["晋江"]
    assert names("温州的“民营经济”改革对其他城市具有借鉴意义。") == ["温州"]
    assert names("这些经验值得学习。") == []


def test_a_class_word_must_head_the_phrase_after_deng() -> None:
    assert names("比如，小麦、油脂等农产品经西安进入国内市场。") == []  # 国 in 国内 names no class


def test_a_question_offers_no_case() -> None:
    assert names("问：《意见》出台的背景是什么？\n答：比如，浙江建立了恳谈会制度。") == ["浙江"]


def test_a_case_set_beside_the_one_just_told_goes_on_with_the_story() -> None:
    text = "如鹿特丹港，最初以转运为主，后来发展航运金融。新加坡则依托港口发展成为航运中心。"
    assert names(text) == ["鹿特丹港", "新加坡"]
    assert names("港口城市各有所长。新加坡也发展成为航运中心。") == []  # 也 goes on only after a story


# --- names ending in a trade word, and lists that are no cases ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("如青川县金泓化工去年扩建了生产线。", "金泓化工"),
        ("比如华岭电器，已在越南设厂。", "华岭电器"),
        ("以禾江国际商贸城为例，线上交易额持续增长。", "禾江国际商贸城"),
    ],
)
def test_a_brand_with_its_trade_word_is_one_name(text: str, name: str) -> None:
    assert any(name in n for n in names(text))


def test_a_trade_word_inside_a_longer_noun_phrase_ends_no_name() -> None:
    assert not any(n.endswith("国际") for n in names("例如，汀州国际陆港去年正式开港。"))


def test_a_list_of_kinds_of_things_or_of_those_told_what_to_do_offers_no_case() -> None:
    assert names("锂电池、光伏组件和储能设备等产业正在向县域转移。") == []
    assert names("郑州、西安等中西部城市应当发挥班列的通道优势。") == []
    assert names("郑州、西安等中西部城市已开通多条班列线路。") == ["郑州", "西安"]


def test_a_document_the_figures_come_from_is_no_case() -> None:
    assert names("数据来源于某研究院发布的《数字经济发展报告》。") == []
    assert names("历年《某市国民经济和社会发展统计公报》显示，外贸持续增长。") == []


def test_a_named_case_set_against_another_with_ze_is_a_case() -> None:
    text = "苏州依托园区引进外资；东莞则走出了一条代工升级的道路。"
    assert "东莞" in names(text)
    assert names("企业则需要加强合规管理。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("各地可以借鉴丽水“助企贷”的做法。", "助企贷"),
        ("以东屿市老城区“南门里”片区为例，改造历时四年。", "南门里"),
        ("可以借鉴浙江“强村贷”的做法。", "强村贷"),
        ("可以借鉴浙江“千村示范”的经验。", "千村示范"),
    ],
)
def test_a_place_locates_the_quoted_case_in_it(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_place_keeps_a_slogan_it_stands_for() -> None:
    assert names("可学习借鉴丽水“生态优先就是发展优先”的实践经验。") == ["丽水"]


def test_an_organisation_before_someones_post_is_their_affiliation() -> None:
    assert names("青澜大学经济学院副教授王某认为，园区转型需要时间。") == []
    assert names("青澜港务集团近年来在东屿建设了物流园。") == ["青澜港务集团"]


CASES = "三、国内外经验借鉴\n（一）深圳：以统租运营推进更新\n{}\n"


def test_a_case_sections_paragraph_opens_on_its_case() -> None:
    assert names(CASES.format("成都在城市更新中推行片区统筹。该模式降低了资金缺口。")) == ["成都"]


def test_only_the_opening_subject_of_a_case_paragraph_counts() -> None:
    assert names(CASES.format("更新资金主要来自专项债。成都在城市更新中推行片区统筹。")) == []


def test_the_case_its_heading_names_counts_however_often_the_article_names_it() -> None:
    text = "深圳是城中村存量最大的城市之一。" + "深圳推行统租运营。" * 5
    assert "深圳" in names(CASES.format(text))


def test_outside_a_case_section_an_opening_subject_is_no_case() -> None:
    assert names("三、现状分析\n成都在城市更新中推行片区统筹。\n") == []


def test_a_listed_company_its_section_profiles_is_the_case_however_jieba_cuts_it() -> None:
    text = "4 重点公司\n4.1 启澜精工（688123.SH）：减速器龙头\n启澜精工是国内领先的减速器厂商，产能持续扩张。\n"
    assert names(text) == ["启澜精工"]


def test_a_section_headed_by_an_organisation_tells_it_and_one_headed_by_a_place_does_not() -> None:
    exchange = "（二）青澜数据交易所：以生态培育场内交易\n青澜数据交易所于2021年揭牌成立，交易额逐年上升。\n"
    region = "（一）成都：以片区统筹推进更新\n成都的城市更新以片区统筹为主线。\n"
    assert names(exchange) == ["青澜数据交易所"]
    assert names(region) == []


def test_a_compilations_numbered_case_is_a_case_section() -> None:
    text = "案例一  沅岚县石桥村：土地入股激活资源\n【基本情况】\n石桥村位于沅岚县东部山区，耕地两千亩。\n"
    assert names(text) == ["石桥村"]


@pytest.mark.parametrize(("text", "name"), [("以启澜汽车为例，其海外销量增长很快。", "启澜汽车"), ("本文以沅岚市为例。", "沅岚")])
def test_a_framed_name_no_dictionary_knows_is_the_case(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_framed_kind_of_thing_is_no_case() -> None:
    assert names("以制造业为例，其比重持续下降。") == []


def test_a_practice_worth_consulting_is_a_case() -> None:
    assert names("宁波的做法，也值得参考。") == ["宁波"]


def test_a_town_or_township_is_named_by_its_suffix() -> None:
    assert names("以山东曹县大集镇为例，演出服产业从无到有。") == ["山东曹县大集镇"]
    assert names("三、典型案例\n柳溪镇依托电商企业设立共富工坊，吸纳留守妇女就业。") == ["柳溪镇"]


@pytest.mark.parametrize("text", ["三、典型案例\n不少乡镇依托电商企业设立工坊。", "三、典型案例\n特色小镇依托电商企业设立工坊。"])
def test_a_kind_of_town_is_no_name(text: str) -> None:
    assert names(text) == []


def test_a_framed_county_is_named_without_its_province_however_jieba_cuts_it() -> None:
    assert names("他以江南省沅岚县为例介绍了产业转移的经验。") == ["沅岚县"]


def test_a_speaker_presenting_a_places_practice_cites_a_case() -> None:
    assert names("研究员介绍了鹤岭县推广分布式光伏的做法。") == ["鹤岭县"]


def test_a_case_named_by_a_heading_above_its_part_opens_that_parts_paragraph() -> None:
    body = "石桥村是远近闻名的茶叶村。" * 5
    text = f"案例一  沅岚县石桥村：茶旅融合\n【基本情况】\n{body}\n"
    assert "石桥村" in names(text)


def test_a_journals_office_organising_a_meeting_and_a_speakers_school_are_no_cases() -> None:
    assert "青澜经济" not in names("青澜大学经济学院和《青澜经济》编辑部联合举办学术研讨会。")
    assert names("青澜师范大学地理与规划学院王某教授对此表示赞同。") == []


@pytest.mark.parametrize(("text", "name"), [("可学习借鉴合肥“以投促引”的经验。", "合肥"), ("可借鉴榕江“村超”的做法。", "榕江")])
def test_a_citys_quoted_practice_leaves_the_city_the_case(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_named_free_zone_is_a_case() -> None:
    assert names("爱尔兰香农自由区作为最早的现代自由区之一，吸引了大量外资。") == ["爱尔兰香农自由区"]


@pytest.mark.parametrize("frame", ["为突破口", "为牵引", "为切入点"])
def test_a_place_building_on_its_own_lever_tells_its_case(frame: str) -> None:
    assert names(f"沅岚以“一网通办”{frame}推动政府流程再造。") == ["沅岚"]


def test_a_brand_before_an_industry_word_is_a_company_and_a_place_before_one_is_not() -> None:
    assert names("近年来，金岭轴承成立应用工程部，为客户定制产品。") == ["金岭轴承"]
    assert names("江苏能源对外依存度较高。") == []
    assert names("2024年国内汽车市场价格战持续。") == []


def test_typical_ones_listed_after_dian_xing_ru_are_cases() -> None:
    assert names("这类县城约占两成，典型如甘肃省榆岭县的马铃薯。") == ["榆岭县"]


def test_a_county_jieba_cuts_into_characters_stays_with_its_province() -> None:
    assert names("如四川省鹤川县的茶叶、陕西省岐塬县的苹果。") == ["鹤川县", "岐塬县"]


def test_cases_set_out_with_you_x_zhe_yang_are_cases() -> None:
    assert names("这些做法既有梅岭镇这样依靠物业增收的，也有石湾村这样靠入股分红的。") == ["梅岭镇", "石湾村"]


def test_what_a_representative_stands_for_is_part_of_its_evidence() -> None:
    [found] = examples("第二类是“谈判—抵扣”型，以巴西为代表。")
    assert found.name == "巴西" and found.text == "第二类是“谈判—抵扣”型，以巴西为代表"


def test_a_county_whose_suffix_jieba_leaves_alone_is_named_whole() -> None:
    assert [(e.name, e.entity_type) for e in examples("峪川县依托通用机场发展低空经济。")] == [("峪川县", "place")]


def test_a_story_cue_covers_the_company_its_subject_dealt_with() -> None:
    assert names("例如，公司在华澜能源集团2025年度的组件集采中中标1.2GW。") == ["华澜能源集团"]


def test_a_quoted_formula_of_several_points_is_no_case() -> None:
    assert names("乡镇敬老院可以借鉴“县域统筹、片区运营”的做法。") == []


def test_a_place_launching_something_of_its_own_is_a_case() -> None:
    assert names("青岚县探索了“医院托管福利中心”模式，由县人民医院托管县社会福利中心。") == ["青岚县"]


@pytest.mark.parametrize(
    "text",
    [
        "建议财政部会同中国人民银行研究制定配套办法。",
        "同年，人民银行组织20家银行开展了压力测试。",
        "强村公司：指由村集体经济组织联合组建的企业。",
    ],
)
def test_no_case_name_runs_over_a_verb_jieba_files_as_a_noun(text: str) -> None:
    assert not [n for n in names(text) if any(w in n for w in ("会同", "组织", "指由"))]


def test_a_benchmark_an_evaluation_cites_is_a_case_but_one_compared_with_is_not() -> None:
    assert names("本市企业开办仍需3天，而标杆城市杭州已压缩至半天。") == ["杭州"]
    assert names("与标杆城市杭州相比，本市仍有差距。") == []


def test_a_city_piloting_something_in_a_field_is_a_case() -> None:
    assert names("此外，温州去年在工程建设领域试行“评定分离”，效果明显。") == ["温州"]


def test_a_company_introduced_by_its_name_is_a_case() -> None:
    assert names("一家叫星禾农业的公司来村里流转土地。") != []


def test_a_village_visited_to_learn_from_is_a_case_but_a_tour_of_provinces_is_not() -> None:
    assert names("村两委去隔壁上坂村取经。") == ["上坂村"]
    assert names("代表团赴江苏、浙江等地学习考察。") == []


def test_a_case_remarked_on_as_an_epitome_or_set_beside_another_is_a_case() -> None:
    assert names("青澜市汽车零部件产业集群是我省民营企业“走出去”的一个缩影。") != []
    assert names("阿根廷的情况则有所不同。") == ["阿根廷"]


def test_a_case_that_took_another_road_is_a_case() -> None:
    assert names("与东部省份不同，四川走的是另一条路径。") == ["四川"]


def test_a_subsidiarys_registered_name_starts_after_the_word_naming_it_one() -> None:
    assert names("2024年，公司下属青禾冷链物流有限公司在石岭县建成产地冷库3座。") == ["青禾冷链物流"]


def test_a_quoted_name_after_a_qualified_brand_or_platform_is_a_case_but_a_quoted_predicate_is_not() -> None:
    assert names("本土咖啡品牌“禾满咖啡”从去年开始把门店开进县城。") == ["禾满咖啡"]
    assert names("本地老字号“周记面馆”开出了9家分店。") == ["周记面馆"]
    assert names("县城消费的真正价值在于让品牌“扎根”。") == []
    assert names("重大投资往往是政府“点菜”、平台“买单”。") == []


def test_a_quoted_name_framed_as_the_example_is_the_case_not_its_class() -> None:
    text = "以本地生活平台“乡邻到家”为例，该平台县域订单量增长67%。“乡邻到家”还在扩张，“乡邻到家”很成功。"
    assert names(text) == ["乡邻到家"]


@pytest.mark.parametrize(
    ("heading", "name"),
    [("【案例】南湾热电厂：一座老电厂的新生", "南湾热电厂"), ("【案例三】“禾岚优选”：让山货出山", "禾岚优选"),
     ("【案例二】青溪县柳岙村：土地入股", "青溪县柳岙村")],
)
def test_a_case_box_heading_names_its_case_with_the_heading_as_evidence(heading: str, name: str) -> None:
    found = examples(f"{heading}\n\n村里建起了光伏板。")
    assert [(e.name, e.marker, e.text) for e in found] == [(name, "【案例】", heading)]


def test_a_case_box_heading_that_names_no_case_and_a_compilations_case_heading_offer_none() -> None:
    assert names("【案例】识别“真正重要”的议题\n\n公司开展了问卷调查。") == []
    assert names("案例二  青溪县柳岙村：土地入股\n\n村里建起了光伏板。") == []


def test_a_name_recurring_in_a_long_article_is_a_case_unless_it_recurs_as_often_as_a_topic_does() -> None:
    filler = "各地持续优化营商环境，企业办事更加便利，群众满意度稳步提高。" * 60  # about 1,800 characters
    peers = "".join(f"温州第{n}批改革成效明显。" for n in range(5))
    case = "温州于2022年推行“拿地即开工”改革。"
    assert names(filler * 3 + peers + filler * 3 + case) == ["温州"]  # six mentions in 11,000 characters
    assert names(peers + case) == []  # six in a short text: what it is about


def test_a_named_subject_whose_way_the_text_sets_apart_is_a_case() -> None:
    assert names("温州的突出做法是依托链主企业开展绿色供应链管理。") == ["温州"]


def test_a_case_remarked_on_as_a_lesson_is_a_case_and_a_speakers_name_is_none() -> None:
    text = "[00:03:10] 嘉宾A（李某）：你看日本九十年代的时候，郊外大卖场把小镇的商店街都挤垮了，这是一个教训。"
    assert [(e.name, e.marker) for e in examples(text)] == [("日本", "教训")]


def test_a_paragraphs_run_in_name_label_hands_the_case_to_the_sentence_after_it() -> None:
    raw = "（二）国际经验\n美国。美国市政债券市场存量约为4万亿美元，地方政府主要依靠市场纪律。\n"
    found = examples(raw)
    assert [(e.name, e.text) for e in found] == [("美国", "美国市政债券市场存量约为4万亿美元")]


def test_a_spoken_list_closed_by_a_demonstrative_and_its_class_is_a_list_of_cases() -> None:
    assert names("恒大、碧桂园、融创这些房企都出了问题。") == ["恒大", "碧桂园", "融创"]
    assert names("我们调研了这些城市。") == []


@pytest.mark.parametrize(("text", "name"), [
    ("据反映，沣阳市一家印染企业扩建厂房用了十一个月才拿到施工许可。", "沣阳"),
    ("沣阳市桐江县一家民办幼儿园在申请补贴时被要求重复提交材料。", "沣阳市桐江县"),
    ("沣阳市某区一家社区超市办理食品经营许可时跑了三趟。", "沣阳"),
])
def test_an_unnamed_firm_of_a_named_place_told_as_a_clauses_subject_is_a_case_of_that_place(text: str, name: str) -> None:
    assert names(text) == [name]


def test_where_someone_works_or_whom_a_firm_deals_with_is_no_anonymous_case() -> None:
    assert names("他曾在上海一家外资企业做了五年工程师。") == []
    assert names("公司去年与意大利一家开发商签订了供货协议。") == []


def test_a_registered_name_a_verb_takes_as_its_object_starts_at_its_place() -> None:
    assert names("县里将于6月底前完成沣阳精密机械有限公司扩产项目的用地报批。") == ["沣阳精密机械"]


def test_named_firms_a_place_brought_in_are_cases_but_kinds_of_firms_are_not() -> None:
    assert names("沣阳经开区近年来先后引进了华为、比亚迪等龙头企业。") == ["华为", "比亚迪"]
    assert names("沣阳经开区近年来先后引进了电池、电机等配套企业。") == []


@pytest.mark.parametrize("opener", ["从国际经验看，", "从国外经验看，", "国外方面，"])
def test_the_subjects_a_sentence_on_experience_abroad_tells_of_are_cases(opener: str) -> None:
    text = f"{opener}美国服务消费占居民消费的比重长期保持在65%以上，日本也在58%左右，两国都经历了消费结构升级。"
    assert names(text) == ["美国", "日本"]


def test_a_country_at_home_compared_without_an_opener_on_abroad_is_no_case() -> None:
    assert names("美国服务消费占居民消费的比重长期保持在65%以上。") == []


def test_the_home_country_is_never_a_case() -> None:
    assert names("比如在东南亚一些国家，中国企业参与建设的光伏电站大量采用国内标准。") == []
    assert names("如泰国，纯电动汽车销量大增，其中中国品牌占比接近八成。") == ["泰国"]


def test_a_place_set_against_others_with_则_is_a_case() -> None:
    text = "各村的路子不尽相同。上坊村则依托高山茶园发展民宿，带动农户增收。\n"
    assert [e.name for e in extract(parse_article(text))] == ["上坊村"]


def test_the_place_a_pilot_was_run_in_is_a_case() -> None:
    text = "改革之初，我们以澄溪县为试点，摸索出一套办法。\n"
    assert [e.name for e in extract(parse_article(text))] == ["澄溪县"]


def test_a_practice_worth_spreading_is_its_own_clauses_case() -> None:
    text = "各地可以通过REITs和特许经营等方式盘活闲置资产，澄源市的做法值得在全省推广。\n"
    assert [e.name for e in extract(parse_article(text))] == ["澄源"]


def test_a_practice_worth_spreading_pointed_back_to_is_the_case_told_before() -> None:
    text = "澄江市从去年起为三百家小微企业免费做数字化诊断，这一做法值得推广。\n"
    assert [e.name for e in extract(parse_article(text))] == ["澄江"]


def test_a_group_goes_by_its_name_without_集团_after_it_is_named() -> None:
    text = "澄屿港务集团的混改是一个典型例子。澄屿港务的做法值得推广。\n"
    cases = extract(parse_article(text))
    assert [(e.name, e.text) for e in cases][-1] == ("澄屿港务", "澄屿港务的做法值得推广")


def test_each_item_of_a_list_a_remark_calls_typical_is_a_case() -> None:
    text = "浙江的块状经济各有特色，澄溪的小商品、柳塘的五金、沣阳的皮革都是其中的代表。\n"
    assert [e.name for e in extract(parse_article(text))] == ["澄溪", "柳塘", "沣阳"]


def test_a_partner_in_a_practice_worth_spreading_is_no_case_of_its_own() -> None:
    text = "澄溪县与柳塘区共建“飞地园区”的做法值得推广。\n"
    assert [e.name for e in extract(parse_article(text))] == ["澄溪县"]


def test_a_slides_case_title_names_its_case() -> None:
    text = "三、标杆城市经验\n案例一｜沣阳市：国资“以投带引”撬动新能源汽车集群\n反面案例｜澄溪市引进整车项目受挫\n"
    assert [(e.name, e.text[:4]) for e in extract(parse_article(text))] == [("沣阳", "案例一｜"), ("澄溪", "反面案例")]


def test_a_registered_name_starts_after_its_list_number() -> None:
    text = ("公司下属子公司情况如下：\n"
            "　　1. 宁夏沣川硅材料有限公司，公司持股100%，主要从事单晶硅棒和硅\n"
            "片的生产，2023年实现营业收入12.6亿元，净利润1.1亿元，产能利用率\n保持在较高水平。\n")
    assert "宁夏沣川硅材料" in [e.name for e in extract(parse_article(text))]


def test_a_places_name_leaves_out_its_province() -> None:
    text = "建议学习借鉴福建省沣江市“无事不扰”的做法。\n"
    assert [e.name for e in extract(parse_article(text))] == ["沣江"]


def test_a_firm_whose_head_tells_its_situation_is_a_case_but_not_a_speakers_affiliation() -> None:
    told = "座谈中，澄江宏达新材料有限公司董事长张国栋反映，公司扩产项目用地迟迟未能落实。\n"
    assert [e.name for e in extract(parse_article(told))] == ["澄江宏达新材料"]
    affiliation = "澄江宏达新材料有限公司董事长、青澜大学教授等参加座谈。\n"
    assert extract(parse_article(affiliation)) == []


def test_a_home_policy_titled_with_its_issuers_is_no_case() -> None:
    text = "会议传达学习了《中共中央 国务院关于促进民营经济发展壮大的意见》，研究了贯彻措施。\n"
    assert extract(parse_article(text)) == []


def test_clusters_listed_as_a_clauses_subject_are_cases_even_after_a_time_word() -> None:
    text = "其中，沣阳市新一代信息通信集群、澄溪市智能终端集群等集群在全国具有较高知名度。\n"
    assert [e.name for e in extract(parse_article(text))] == ["沣阳市新一代信息通信集群", "澄溪市智能终端集群"]


def test_peers_compared_with_the_articles_own_subject_are_cases() -> None:
    subject = "澄南区经济总量稳步扩大。澄南区财政收入增长。澄南区工业提速。澄南区债务可控。澄南区土地市场降温。"
    text = (subject + "2023年，澄北区地区生产总值1105.6亿元，经济与财政实力均强于澄南区。"
            "公司资产规模介于澄北建设集团与临江建设集团之间。\n")
    assert [e.name for e in extract(parse_article(text))] == ["澄北区", "澄北建设集团", "临江建设集团"]


def test_a_quoted_programme_a_country_launched_is_a_case_beside_the_country() -> None:
    text = "澄国于2021年通过了“骑手保障法”，要求平台公开派单算法。\n"
    assert "骑手保障法" in [e.name for e in extract(parse_article(text))]
