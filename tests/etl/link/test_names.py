"""etl.link.names: which words of a short field name a place or an organisation (sentences written for these tests)."""
from __future__ import annotations

import doctest

import pytest

import etl.link.names as names_module
from etl.link.names import find_names


def named(text: str) -> list[tuple[str, str]]:
    return [(n.surface, n.entity_type) for n in find_names(text)]


@pytest.mark.parametrize("text", ["企业", "政府", "城市", "我们", "各级政府", "地方政府和企业", "相关部门", "中小企业",
                                  "全市", "城镇居民", "技改投资", "力争", "中西部地区", "东部地区"])
def test_generic_words_name_nothing(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("杭州市", [("杭州市", "place")]),
    ("浙江省和江苏省", [("浙江省", "place"), ("江苏省", "place")]),
    ("杭州市人民政府", [("杭州市人民政府", "organisation")]),
    ("清华大学的研究团队", [("清华大学", "organisation")]),
    ("华为公司", [("华为公司", "organisation")]),
    ("商务部发布", [("商务部", "organisation")]),
    ("国家发展改革委印发", [("国家发展改革委", "organisation")]),
    ("我国出口", [("我国", "place")]),
])
def test_places_and_organisations_are_typed_by_their_ending(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


def test_a_person_tagged_word_names_something_only_before_a_name_word() -> None:
    assert named("蓝屿重工集团扩产") == [("蓝屿重工集团", "organisation")]
    assert named("蓝屿扩产") == []


def test_common_nouns_may_stand_between_a_name_and_its_legal_form() -> None:
    assert named("杭州电机股份有限公司投资") == [("杭州电机股份有限公司", "organisation")]


def test_a_bilateral_abbreviation_is_no_name() -> None:
    assert named("中欧班列开行") == []


def test_spans_point_into_the_text() -> None:
    text = "去年杭州市和宁波市的出口"
    assert all(text[n.start:n.end] == n.surface for n in find_names(text))


def test_module_examples() -> None:
    assert doctest.testmod(names_module).failed == 0
