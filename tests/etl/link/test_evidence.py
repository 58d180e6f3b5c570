"""etl.link.evidence: each statistic and example supports the nearest claim before it (paragraph, then section)."""
from __future__ import annotations

import doctest

import etl.link.evidence as evidence_module
from etl.link.evidence import paragraphs, supported_claims
from etl.link.locate import SentenceIndex
from etl.text.parse import parse_article
from models.records import Claim, Example, Recommendation, Record, Statistic

# Written for these tests: two sections, the first with two (indented) paragraphs.
TEXT = (
    "一、现状\n"
    "　　开放提升了城市竞争力。出口达到5亿元。\n"
    "　　例如宁波扩大了开放。\n"
    "二、建议\n"
    "　　各地应当扩大开放。出口增长8%。\n"
)


def at(text: str) -> int:
    return TEXT.index(text)


def records() -> list[Record]:
    """Records placed by hand where an extractor would put them (the test is about linking, not extraction)."""
    return [
        Claim(text="开放提升了城市竞争力", start=at("开放提升"), end=at("开放提升") + 10, section="一、现状"),
        Statistic(text="出口达到5亿元", start=at("出口达到"), end=at("出口达到") + 7, value=5e8, unit="CNY",
                  raw="5亿元", section="一、现状"),
        Example(text="例如宁波", start=at("例如宁波"), end=at("例如宁波") + 4, name="宁波", entity_type="place",
                section="一、现状"),
        Recommendation(text="各地应当扩大开放", start=at("各地应当"), end=at("各地应当") + 8, section="二、建议"),
        Statistic(text="出口增长8%", start=at("出口增长"), end=at("出口增长") + 6, value=8, unit="%", raw="8%",
                  section="二、建议"),
    ]


def test_records_know_their_paragraph() -> None:
    article = parse_article(TEXT)
    found = paragraphs(article, records(), SentenceIndex(article))
    assert found[0] == found[1] != found[2]
    assert found[3] == found[4]


def test_a_figure_supports_the_claim_before_it_in_its_paragraph_else_its_section() -> None:
    article = parse_article(TEXT)
    rows = records()
    supported = supported_claims(rows, paragraphs(article, rows, SentenceIndex(article)))
    assert supported == [None, 0, 0, None, None]


def test_a_claim_after_the_figure_or_in_another_section_is_not_its_claim() -> None:
    article = parse_article(TEXT)
    rows = records()
    rows[0] = rows[0].model_copy(update={"start": at("出口达到") + 1, "end": at("出口达到") + 6})
    supported = supported_claims(rows, paragraphs(article, rows, SentenceIndex(article)))
    assert supported[1] is None and supported[2] == 0  # the example comes after the moved claim
    assert supported[4] is None  # section 二 has no claim


def test_module_examples() -> None:
    assert doctest.testmod(evidence_module).failed == 0
