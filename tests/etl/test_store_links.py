"""etl.store.save with links: entities, mentions and evidence links stored with the records, replaced with them."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from etl.ingest import read_document
from etl.link import link
from etl.process import ProcessedDocument, process
from etl.store import ENTITY, MENTION, save
from models.db import open_database
from models.tables import ClaimRow, ExampleRow, RecommendationRow, StatisticRow

V1 = "0.1.0+aaaaaaaaaaaa"

# Written for these tests (not from the shared corpus).
FIRST = (
    "开放型经济的城市路径\n\n"
    "一、现状\n\n"
    "　　开放提升了城市的竞争力。2022年，宁波市出口达到1.2万亿元，例如宁波舟山港扩大了航线。\n\n"
    "二、建议\n\n"
    "　　杭州市人民政府应当加快建设开放平台。\n"
)
SECOND = "宁波的经验\n\n　　宁波市政府要进一步扩大开放。\n"


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 's.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    engine = open_database(url)
    yield engine
    engine.dispose()


def processed(tmp_path: Path, name: str, text: str) -> ProcessedDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process(read_document(path))


def entity_names(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(select(ENTITY.c.name)).scalars())


def test_mentions_point_at_the_records_that_name_the_entities(store: Engine, tmp_path: Path) -> None:
    first = processed(tmp_path, "a.txt", FIRST)
    links = link(first.article, first.records)
    save(store, first, V1, links)

    with store.connect() as conn:
        rows = conn.execute(
            select(ENTITY.c.name, MENTION.c.role, MENTION.c.surface, StatisticRow.subject, RecommendationRow.actor,
                   ExampleRow.name)
            .join(MENTION, MENTION.c.entity_id == ENTITY.c.id)
            .outerjoin(StatisticRow, StatisticRow.id == MENTION.c.statistic_id)
            .outerjoin(RecommendationRow, RecommendationRow.id == MENTION.c.recommendation_id)
            .outerjoin(ExampleRow, ExampleRow.id == MENTION.c.example_id)
        ).all()
    assert len(rows) == len(links.mentions) > 0
    for name, role, surface, subject, actor, example in rows:
        field = {"subject": subject, "actor": actor, "example": example}[role]
        assert surface in field
    assert ("杭州市政府", "actor") in {(r.name, r.role) for r in rows}


def test_statistics_and_examples_point_at_the_claim_they_support(store: Engine, tmp_path: Path) -> None:
    first = processed(tmp_path, "a.txt", FIRST)
    links = link(first.article, first.records)
    save(store, first, V1, links)

    with store.connect() as conn:
        claims = {i: s for i, s in conn.execute(select(ClaimRow.id, ClaimRow.start))}
        for model in (StatisticRow, ExampleRow):
            for claim_id, start, paragraph in conn.execute(select(model.claim_id, model.start, model.paragraph)):
                assert paragraph is not None
                assert claim_id is None or claims[claim_id] <= start
        stored = sorted(conn.execute(select(StatisticRow.start, StatisticRow.claim_id)).all())
    expected = sorted((r.start, c) for r, c in zip(first.records, links.claims) if r.kind == "statistic")
    assert [c is None for _, c in stored] == [c is None for _, c in expected]


def test_entities_are_shared_across_articles_and_dropped_when_no_record_names_them(store: Engine,
                                                                                  tmp_path: Path) -> None:
    save(store, processed(tmp_path, "a.txt", FIRST), V1)
    save(store, processed(tmp_path, "b.txt", SECOND), V1)
    assert {"杭州市政府", "宁波市政府"} <= entity_names(store)

    save(store, processed(tmp_path, "a.txt", "开放型经济的城市路径\n\n　　各地应当扩大开放。\n"), V1)

    assert "杭州市政府" not in entity_names(store)
    assert "宁波市政府" in entity_names(store)
    with store.connect() as conn:
        assert conn.execute(select(MENTION.c.article_id).distinct()).scalars().all() == [2]
