"""etl.link.link: every list is aligned with the records, and every index points at a record of the right kind."""
from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import etl.link as link_module
from etl.extract import extract_records
from etl.ingest import read_document
from etl.link import link
from etl.text.parse import parse_article
from models.tables import MENTION_ROLES

EXAMPLES = sorted((Path(__file__).parents[3] / "examples").glob("*.txt"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_links_are_aligned_and_typed(path: Path) -> None:
    article = parse_article(read_document(path).text)
    records = extract_records(article)
    links = link(article, records)

    assert len(links.paragraphs) == len(links.claims) == len(links.measure_keys) == len(records)
    assert all(p is not None and p >= 0 for p in links.paragraphs)
    for record, claim in zip(records, links.claims):
        if claim is not None:
            assert record.kind in ("statistic", "example") and records[claim].kind == "claim"
            assert records[claim].start <= record.start
    for record, key in zip(records, links.measure_keys):
        assert key is None or record.kind == "statistic"
    for mention in links.mentions:
        assert MENTION_ROLES[records[mention.record].kind] == mention.role
    assert links.mentions, "the sample articles name places and organisations"


def test_module_examples() -> None:
    assert doctest.testmod(link_module).failed == 0
