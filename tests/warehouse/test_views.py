"""The analyst views against the SQL store they are built from, on the sample and the shared corpus.

Each expectation is computed from the store with SQLAlchemy (another path than the
warehouse's SQL), so a wrong join, filter or grouping in a view shows up here.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import duckdb
import pytest
from sqlalchemy import Engine, select

from models.tables import (
    RECORD_TABLES,
    ArticleRow,
    ClaimRow,
    DocumentRow,
    EntityMentionRow,
    EntityRow,
    ExampleRow,
    RecommendationRow,
    StatisticRow,
)
CORPORA = ["sample", "shared"]


@pytest.fixture(params=CORPORA)
def corpus(request: pytest.FixtureRequest) -> Any:
    """Each corpus in turn (a ``Built``: ``engine`` and ``warehouse``)."""
    return request.getfixturevalue(request.param)


def query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def labels(engine: Engine) -> dict[int, str]:
    """Article id → its title, else its file name (what the views show)."""
    with engine.connect() as conn:
        rows = conn.execute(select(ArticleRow.id, ArticleRow.title, DocumentRow.path).join(
            DocumentRow, DocumentRow.id == ArticleRow.document_id)).all()
    return {i: title or Path(path).name for i, title, path in rows}


def test_record_views_have_one_row_per_record_with_title_and_section(corpus: Any) -> None:
    with corpus.engine.connect() as conn:
        titles = dict(conn.execute(select(ArticleRow.id, ArticleRow.title)).all())
        for kind, model in RECORD_TABLES.items():
            expected = sorted((r.id, titles[r.article_id], r.section) for r in conn.execute(select(model.__table__)))
            assert sorted(query(corpus.warehouse, f"SELECT id, title, section FROM {kind}s")) == expected


def test_entities_view_has_one_row_per_mention(corpus: Any) -> None:
    with corpus.engine.connect() as conn:
        mentions = conn.execute(select(EntityRow.name, EntityMentionRow.role, EntityMentionRow.surface).join(
            EntityMentionRow, EntityMentionRow.entity_id == EntityRow.id)).all()
    rows = query(corpus.warehouse, "SELECT name, role, surface, title IS NOT DISTINCT FROM title, text FROM entities")
    assert Counter((n, r, s) for n, r, s, *_ in rows) == Counter(tuple(m) for m in mentions)
    assert mentions and all(text for *_, text in rows)


def test_conflicts_are_measures_two_articles_report_differently(corpus: Any) -> None:
    reported: dict[tuple, list[tuple[int, float]]] = defaultdict(list)
    with corpus.engine.connect() as conn:
        for s in conn.execute(select(StatisticRow.__table__).where(StatisticRow.measure_key.is_not(None))):
            reported[(s.measure_key, s.unit, s.year, s.is_change)].append((s.article_id, s.value))
    names = labels(corpus.engine)
    expected = {
        key: (len({a for a, _ in values}), min(v for _, v in values), max(v for _, v in values),
              sorted({names[a] for a, _ in values}))
        for key, values in reported.items()
        if len({a for a, _ in values}) >= 2 and len({v for _, v in values}) >= 2
    }
    rows = query(corpus.warehouse, "SELECT measure, unit, year, is_change, n_articles, min_value, max_value, titles "
                                   "FROM statistic_conflicts")
    assert {tuple(r[:4]): (r[4], r[5], r[6], r[7]) for r in rows} == expected


def test_the_shared_corpus_disagrees_on_the_belt_and_road_countries(shared: Any) -> None:
    rows = query(shared.warehouse, "SELECT measure, reported_values, n_articles FROM statistic_conflicts "
                                   "WHERE unit = '个' AND min_value <= 64 AND max_value >= 65")
    assert len(rows) == 1
    measure, values, n_articles = rows[0]
    assert measure.endswith("国家") and "一带一路" in measure
    assert {53.0, 64.0, 65.0} <= set(values) and n_articles >= 3


def test_recommendations_by_actor_counts_each_recommendation_under_its_actor(corpus: Any) -> None:
    with corpus.engine.connect() as conn:
        named = defaultdict(set)
        for rec_id, name in conn.execute(select(EntityMentionRow.recommendation_id, EntityRow.name).join(
                EntityRow, EntityRow.id == EntityMentionRow.entity_id).where(EntityMentionRow.role == "actor")):
            named[rec_id].add(name)
        actors: Counter[str] = Counter()
        strengths: dict[str, Counter[str]] = defaultdict(Counter)
        for r in conn.execute(select(RecommendationRow.__table__).where(RecommendationRow.actor.is_not(None))):
            for actor in named.get(r.id) or {"".join(r.actor.split())}:
                actors[actor] += 1
                strengths[actor][r.strength] += 1
    rows = query(corpus.warehouse, "SELECT actor, n_recommendations, must, should, may FROM recommendations_by_actor")
    assert {a: n for a, n, *_ in rows} == dict(actors)
    assert all((must, should, may) == (strengths[a]["must"], strengths[a]["should"], strengths[a]["may"])
               for a, _, must, should, may in rows)


def test_examples_by_entity_counts_the_cases_of_each_entity(corpus: Any) -> None:
    with corpus.engine.connect() as conn:
        pairs = conn.execute(select(EntityRow.name, ExampleRow.id, ExampleRow.article_id)
                             .join(EntityMentionRow, EntityMentionRow.entity_id == EntityRow.id)
                             .join(ExampleRow, ExampleRow.id == EntityMentionRow.example_id)).all()
    expected: dict[str, tuple[int, int]] = {}
    for name in {p.name for p in pairs}:
        mine = [p for p in pairs if p.name == name]
        expected[name] = (len({p.id for p in mine}), len({p.article_id for p in mine}))
    rows = query(corpus.warehouse, "SELECT name, n_examples, n_articles FROM examples_by_entity")
    assert {name: (n, a) for name, n, a in rows} == expected
    assert expected, "the corpus cites places and organisations as cases"


def test_claims_with_evidence_lists_what_points_at_each_claim(corpus: Any) -> None:
    with corpus.engine.connect() as conn:
        figures = Counter(conn.execute(select(StatisticRow.claim_id).where(StatisticRow.claim_id.is_not(None))).scalars())
        cases = Counter(conn.execute(select(ExampleRow.claim_id).where(ExampleRow.claim_id.is_not(None))).scalars())
        claims = set(conn.execute(select(ClaimRow.id)).scalars())
    rows = query(corpus.warehouse, "SELECT claim_id, n_statistics, n_examples, len(coalesce(statistics, [])), "
                                   "len(coalesce(examples, [])) FROM claims_with_evidence")
    assert {r[0]: (r[1], r[2]) for r in rows} == {c: (figures[c], cases[c]) for c in (figures.keys() | cases.keys())}
    assert all(r[1] == r[3] and r[2] == r[4] for r in rows)
    assert {r[0] for r in rows} <= claims and rows


def test_facts_lead_back_to_their_dimensions(corpus: Any) -> None:
    orphans = query(corpus.warehouse, """
        SELECT (SELECT count(*) FROM fact_statistic f ANTI JOIN dim_article USING (article_id))
             + (SELECT count(*) FROM fact_statistic f WHERE section_id IS NOT NULL AND section_id NOT IN
                   (SELECT section_id FROM dim_section))
             + (SELECT count(*) FROM fact_mention ANTI JOIN dim_entity USING (entity_id))
             + (SELECT count(*) FROM fact_statistic WHERE measure_id IS NOT NULL AND measure_id NOT IN
                   (SELECT measure_id FROM dim_measure))
    """)
    assert orphans == [(0,)]
    # a record in a real section (not the abstract's 摘要) has that section's key
    (sections,) = query(corpus.warehouse, """
        SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM dim_section d WHERE d.article_id = r.article_id
                                              AND d.path = r.section)),
               count(*) FILTER (WHERE f.section_id IS NOT NULL)
        FROM statistics AS r JOIN fact_statistic AS f ON f.statistic_id = r.id
    """)
    assert sections[0] == sections[1] > 0
