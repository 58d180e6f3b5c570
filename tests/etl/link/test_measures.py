"""etl.link.measures: the same measure gets the same key in differently worded articles (sentences written here)."""
from __future__ import annotations

import doctest

import pytest

import etl.link.measures as measures_module
from etl.extract.statistics import extract
from etl.link.entities import aliases
from etl.link.locate import SentenceIndex
from etl.link.measures import measure_key
from etl.text.parse import parse_article


def keys(text: str) -> dict[float, str | None]:
    """Measure key of every statistic of ``text``, by value."""
    article = parse_article(text + "\n")
    index, short = SentenceIndex(article), aliases(article)
    return {s.value: measure_key(article, index, s, short) for s in extract(article)}


@pytest.mark.parametrize("text", [
    "“海丝走廊”沿线约40个国家和地区的需求正在增长。",
    "目前“海丝走廊”沿线共有38个国家。",
    "“海丝走廊”倡议提出以来，合作已覆盖36个国家、80个城市。",
])
def test_one_measure_worded_three_ways_has_one_key(text: str) -> None:
    assert "海丝走廊·国家" in keys(text).values()


def test_a_bare_route_word_refers_back_to_the_initiative_of_its_paragraph() -> None:
    found = keys("“海丝走廊”建设进展顺利。沿线42个国家参与合作。")
    assert found[42] == "海丝走廊·国家"


def test_a_named_place_scopes_the_measure_whatever_its_level_suffix() -> None:
    assert keys("2022年，宁波市地区生产总值达到1.5万亿元。")[1.5e12] == "宁波·地区生产总值"
    assert keys("2022年宁波地区生产总值为1.6万亿元。")[1.6e12] == "宁波·地区生产总值"


def test_national_figures_are_scoped_to_the_country() -> None:
    assert keys("全国跨境电商进出口规模达到2.4万亿元。")[2.4e12] == "中国·跨境电商进出口规模"
    assert keys("我国跨境电商进出口规模约为2.3万亿元。")[2.3e12] == "中国·跨境电商进出口规模"


def test_a_from_to_keeps_only_the_measure() -> None:
    found = keys("宁波外贸依存度由9.8%提高到17.3%。")
    assert found[9.8] == found[17.3] == "宁波·外贸依存度"


@pytest.mark.parametrize("text", [
    "全市新增企业120家。",  # the article's own city: not comparable across articles
    "新增就业岗位2.3万个。",  # nothing says whose figure it is
])
def test_an_implicit_scope_gets_no_key(text: str) -> None:
    assert set(keys(text).values()) == {None}


def test_module_examples() -> None:
    assert doctest.testmod(measures_module).failed == 0
