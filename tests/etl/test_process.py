"""One document → article + records, the same way for every caller."""
from __future__ import annotations

import pytest

import etl.process
from etl.extract import extract_records
from etl.ingest import IngestError, read_document
from etl.process import process
from etl.text.parse import parse_article

TEXT = "一、发展目标\n\n到2025年，全省数字经济增加值占地区生产总值比重达到50%。\n各市应当加快推进数据要素市场建设。\n"


def test_process_parses_and_extracts_the_decoded_text(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = read_document(path)
    result = process(doc)
    assert result.document == doc
    assert result.article.raw == doc.text
    assert result.records == extract_records(parse_article(doc.text))
    assert set(result.timings) == {"parse", "extract"}
    assert all(seconds >= 0 for seconds in result.timings.values())


def test_a_parser_crash_becomes_a_parse_error(tmp_path, monkeypatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = read_document(path)

    def broken(raw: str) -> None:
        raise ValueError("unbalanced heading")

    monkeypatch.setattr(etl.process, "parse_article", broken)
    with pytest.raises(IngestError) as info:
        process(doc)
    assert info.value.error_type == "parse"
    assert info.value.path == doc.path
    assert "unbalanced heading" in info.value.message
    assert isinstance(info.value.__cause__, ValueError)
