"""Who should act: actors of directives in sentences written for these tests."""
from __future__ import annotations

import pytest

from etl.extract.actors import actor, subject
from etl.extract.recommendations import directives


def actors(text: str) -> list[str | None]:
    return [d.actor for d in directives(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("资源型城市需要培育接续产业。", "资源型城市"),
        ("东部沿海省份也可借鉴这一模式。", "东部沿海省份"),
        ("“苏州制造”可以借力跨境电商走向海外。", "苏州制造"),
        ("民营企业在开拓海外市场过程中要防范汇率风险。", "民营企业"),
        ("此外，县级医院在改革过程中，需要补齐专科人才短板。", "县级医院"),
        ("山区小县可以依托生态资源发展康养产业。", "山区小县"),
        ("老工业基地如果仍然依赖投资拉动，增长难以持续，必须加快培育新动能。", "老工业基地"),
        ("沿江港口之间亟需建立统一的调度平台。", "沿江港口"),
        ("行业协会一方面要制定团体标准，另一方面做好企业培训。", "行业协会"),
        ("同样，沿海城市与内陆城市的基础条件不同，需要不同的开放策略。", None),
        ("我认为，县级财政应当优先保障基础教育投入。", "县级财政"),
        ("据此，本文认为县级财政应当优先保障基础教育投入。", "县级财政"),
    ],
)
def test_subject_of_the_directive_clause(text: str, expected: str) -> None:
    assert actors(text) == [expected]


def test_owner_of_an_abstract_subject() -> None:
    assert actors("城市的更新规划需要重新评估。") == ["城市"]


def test_pivot_after_xuyao() -> None:
    assert actors("在承接产业转移中，需要园区进一步完善配套设施。") == ["园区"]


def test_object_after_xuyao_is_not_a_pivot() -> None:
    assert actors("为此，需要产业升级和城市更新的协同推进。") == [None]


def test_subject_of_the_governing_clause_serves_every_directive_of_the_sentence() -> None:
    text = "西宁市在推进向西开放中，要重视与中亚城市的合作；在口岸建设上，应加快完善通关设施。"
    assert actors(text) == ["西宁市", "西宁市"]


def test_topic_clause_names_the_actor() -> None:
    assert actors("尤其是中小城市，公共服务短板明显，更需要引入社会资本。") == ["中小城市"]


def test_consequence_marker_cuts_off_the_earlier_subject() -> None:
    assert actors("地方财政压力较大，因此需要拓宽融资渠道。") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "为此，可以学习先进地区的园区管理经验。",
        "要支持有条件的企业建设海外仓。",
        "招商引资要注重产业链配套。",
        "加快建设区域物流枢纽。",
        "第二，农村数据安全亟需引起重视。",
        "生态指标的考核权重不宜低于20%。",
        "诸如仓储、分拨、结算等环节，可以交给专业公司运营。",
    ],
)
def test_unnamed_actor_is_none(text: str) -> None:
    assert actors(text) == [None]


def test_actor_is_found_before_the_cue_of_its_clause() -> None:
    assert actor(["为此", "沿江城市应共建港口联盟"], 1, 4) == "沿江城市"


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("佛冈县更侧重于农产品加工", "佛冈县"),
        ("泉州、温州等工业城市也面临同样的问题", "泉州、温州等工业城市"),
        ("对外宣传力度还远远不够", None),
        ("在新的发展阶段", None),
        ("如何才能加快产业升级", None),
    ],
)
def test_subject_of_a_clause(clause: str, expected: str | None) -> None:
    assert subject(clause) == expected


def test_jianyi_names_its_actor_after_the_cue() -> None:
    assert actors("建议地方政府加大财政投入。") == ["地方政府"]


def test_a_time_word_is_not_an_actor() -> None:
    assert actors("今年要重点抓好稳就业工作。") == [None]


def test_two_actors_in_one_sentence() -> None:
    assert actors("政府应当简化审批程序，企业则应加大研发投入。") == ["政府", "企业"]


def test_agent_of_you_after_the_modal() -> None:
    assert actors("应由省级政府牵头建立协调机制。") == ["省级政府"]


def test_negation_is_not_part_of_the_actor() -> None:
    assert actors("中小企业不要盲目扩张。") == ["中小企业"]


def test_a_setting_without_its_preposition_is_not_a_subject() -> None:
    from etl.extract.recommendations import directives

    text = "高质量发展新阶段上再出发，东江市要找准产业定位，向存量土地要空间。"
    assert [d.actor for d in directives(text)] == ["东江市", "东江市"]


def test_a_clause_relying_on_something_names_no_actor() -> None:
    assert actors("仅靠财政资金远远不够，必须发挥绿色金融的作用。") == [None]


def test_a_topic_whose_noun_begins_with_a_verb_names_the_actor() -> None:
    assert actors("对于东部地区的开发区而言，应当由规模扩张转向质量提升。") == ["东部地区的开发区"]


def test_a_rate_names_no_actor() -> None:
    assert actors("设备使用率并不高，要加快推广共享平台。") == [None]


def test_the_writer_proposes_but_does_not_act() -> None:
    assert actors("本文认为，应推动班列由点对点向枢纽对枢纽转变。") == [None]
    assert actors("各地实践各不相同，笔者建议，应当建立统一标准。") == [None]


def test_an_action_as_topic_names_no_actor_but_an_office_named_for_one_does() -> None:
    assert actors("发展县域经济不能盲目上项目。") == [None]
    assert actors("发展改革部门要加强统筹。") == ["发展改革部门"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("●行业协会应建立出口预警机制。", "行业协会"),
        ("本文提出县域应当错位发展。", "县域"),
    ],
)
def test_bullets_and_the_writer_proposing_are_no_part_of_the_actor(text: str, expected: str) -> None:
    assert actors(text) == [expected]
