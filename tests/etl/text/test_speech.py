"""Direct speech spans, on sentences written for these tests."""
from __future__ import annotations

import pytest

from etl.text.speech import speech_spans


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in speech_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "一位店主说：“订单多了，人手不够。”",
        "镇干部告诉调研组：“冷库一直空着。”",
        "他坦言，“没有补贴就难以为继。”",
        "一位返乡青年笑称：“现在天天加班。”",
    ],
)
def test_a_verb_of_saying_opens_a_quotation(text: str) -> None:
    assert quoted(text) == [text]


def test_a_quotation_runs_over_sentences_until_it_closes() -> None:
    text = "调研中，一位农户说：“去年卖不动。今年好多了。”县里随后增设了站点。"
    assert quoted(text) == ["一位农户说：“去年卖不动。今年好多了。”"]


def test_an_unclosed_quotation_runs_to_the_paragraph_end() -> None:
    assert quoted("一位农户说：“去年卖不动。今年好多了。") == ["一位农户说：“去年卖不动。今年好多了。"]


@pytest.mark.parametrize("text", ["该县提出“电商进村”工程。", "所谓“村播”，是指村民直播带货。", "报告指出：“需求回升。”"])
def test_quoted_terms_and_reported_documents_are_not_speech(text: str) -> None:
    assert quoted(text) == []
