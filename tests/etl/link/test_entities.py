"""etl.link.entities: canonical names, short forms the article introduces, the entities each record names."""
from __future__ import annotations

import doctest

import pytest

import etl.link.entities as entities_module
from etl.link.entities import aliases, canonical, named_in, record_entities
from etl.text.parse import parse_article
from models.records import Claim, Example, Recommendation, Statistic


@pytest.mark.parametrize(("surface", "kind", "name"), [
    ("杭州市", "place", "杭州"),
    ("杭州", "place", "杭州"),
    ("浙江省", "place", "浙江"),
    ("广西壮族自治区", "place", "广西"),
    ("澳门特别行政区", "place", "澳门"),
    ("我国", "place", "中国"),
    ("杭州市人民政府", "organisation", "杭州市政府"),
    ("“杭 州”", "place", "杭州"),
    ("沙市", "place", "沙市"),  # a one-character stem keeps its 市
])
def test_canonical_names(surface: str, kind: str, name: str) -> None:
    assert canonical(surface, kind) == name


def test_a_short_form_counts_only_where_the_article_introduces_it() -> None:
    article = parse_article(
        "清华大学（以下简称“清华”）牵头，国家开发银行（国开行）出资。华为公司（简称：华为）参与。"
        "上海证券交易所（深交所）另有安排。\n"
    )
    short = aliases(article)
    assert {alias: full.surface for alias, full in short.items()} == {
        "清华": "清华大学", "国开行": "国家开发银行", "华为": "华为公司"}
    # 深交所 is not made of 上海证券交易所's characters and is not introduced by 简称
    assert [e.name for e in named_in("国开行和杭州市", short)] == ["国家开发银行", "杭州"]
    assert [e.surface for e in named_in("国开行", short)] == ["国开行"]


def test_without_the_introduction_a_short_form_is_its_own_entity() -> None:
    assert [e.name for e in named_in("国开行", {})] == ["国开行"]


def test_each_record_kind_names_entities_in_its_own_field() -> None:
    stat = Statistic(text="杭州市出口5亿元", start=0, end=8, value=5e8, unit="CNY", raw="5亿元", subject="杭州市出口")
    rec = Recommendation(text="宁波市政府应当扩大开放", start=0, end=11, actor="宁波市政府")
    case = Example(text="如温州", start=0, end=3, name="温州市", entity_type="place", marker="如")
    claim = Claim(text="杭州是开放的节点", start=0, end=8)
    assert [(e.name, e.entity_type) for e in record_entities(stat, {})] == [("杭州", "place")]
    assert [(e.name, e.entity_type) for e in record_entities(rec, {})] == [("宁波市政府", "organisation")]
    assert [(e.name, e.entity_type, e.surface) for e in record_entities(case, {})] == [("温州", "place", "温州市")]
    assert record_entities(claim, {}) == []


def test_projects_and_documents_are_cases_not_entities() -> None:
    project = Example(text="如杭甬高速", start=0, end=5, name="杭甬高速", entity_type="project")
    policy = Example(text="《规划》", start=0, end=4, name="规划", entity_type="policy")
    assert record_entities(project, {}) == [] and record_entities(policy, {}) == []


def test_an_other_case_takes_the_type_its_name_reads_as() -> None:
    case = Example(text="如宁波市", start=0, end=4, name="宁波市", entity_type="other")
    event = Example(text="如西博会", start=0, end=4, name="西博会", entity_type="other")
    assert [(e.name, e.entity_type) for e in record_entities(case, {})] == [("宁波", "place")]
    assert [(e.name, e.entity_type) for e in record_entities(event, {})] == [("西博会", "other")]


def test_module_examples() -> None:
    assert doctest.testmod(entities_module).failed == 0
