"""The entity tables guard what the database can guard: known types, one unique name, one record per mention."""
from __future__ import annotations

import pytest
from sqlalchemy import Engine, insert
from sqlalchemy.exc import IntegrityError

from models.tables import (
    NAMED_ENTITY_TYPES,
    ArticleRow,
    DocumentRow,
    EntityMentionRow,
    EntityRow,
    RecommendationRow,
    StatisticRow,
)

ENTITY = EntityRow.__table__
MENTION = EntityMentionRow.__table__


@pytest.fixture
def statistic(engine: Engine) -> int:
    """A stored statistic and recommendation (id 1 each, one article) for mentions to point at."""
    with engine.begin() as conn:
        conn.execute(insert(DocumentRow.__table__).values(
            id=1, path="/a.txt", size=1, mtime=1.0, sha256="a", encoding="utf-8", extractor_version="v"))
        conn.execute(insert(ArticleRow.__table__).values(id=1, document_id=1, keywords=[], n_chars=1,
                                                         n_paragraphs=1, n_sentences=1))
        conn.execute(insert(StatisticRow.__table__).values(id=1, article_id=1, text="佛山出口5亿元", start=0, end=7,
                                                           value=5e8, unit="CNY", raw="5亿元"))
        conn.execute(insert(RecommendationRow.__table__).values(id=1, article_id=1, text="佛山应扩大出口", start=8,
                                                                end=15, actor="佛山"))
    return 1


def test_entity_types_and_names_are_checked(engine: Engine) -> None:
    with engine.begin() as conn:
        for n, kind in enumerate(NAMED_ENTITY_TYPES):
            conn.execute(insert(ENTITY).values(name=f"名{n}", entity_type=kind))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert(ENTITY).values(name="佛山", entity_type="project"))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert(ENTITY).values(name="名0", entity_type="place"))


def test_a_mention_names_exactly_the_record_of_its_role(engine: Engine, statistic: int) -> None:
    with engine.begin() as conn:
        entity_id = conn.execute(insert(ENTITY).values(name="佛山", entity_type="place")).inserted_primary_key[0]
        conn.execute(insert(MENTION).values(entity_id=entity_id, article_id=1, statistic_id=statistic,
                                            role="subject", surface="佛山"))
    for wrong in ({"role": "actor", "statistic_id": statistic}, {"role": "subject"},
                  {"role": "subject", "statistic_id": statistic, "recommendation_id": statistic}):
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(insert(MENTION).values(entity_id=entity_id, article_id=1, surface="佛山", **wrong))
