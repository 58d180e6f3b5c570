"""Links among one article's records: the entities they name, the claims they support, what they measure.

Pure functions of the parse and the records (no I/O, no database), run after
extraction and saved with the records in the same transaction:

* :mod:`etl.link.entities` — places and organisations named by a statistic's
  subject, a recommendation's actor or an example, under canonical names;
* :mod:`etl.link.evidence` — each record's paragraph, and the claim each
  statistic and example supports;
* :mod:`etl.link.measures` — the cross-article key of what a statistic measures.

    >>> from etl.extract import extract_records
    >>> from etl.text.parse import parse_article
    >>> article = parse_article("佛山市出口增长较快，这说明开放提升了竞争力。2016年佛山市出口1076亿元。\\n")
    >>> records = extract_records(article)
    >>> links = link(article, records)
    >>> [(records[m.record].kind, m.entity.name, m.role) for m in links.mentions][:1]
    [('statistic', '佛山', 'subject')]
"""
from __future__ import annotations

from dataclasses import dataclass

from etl.link.entities import EntityRef, aliases, record_entities
from etl.link.evidence import paragraphs, supported_claims
from etl.link.locate import SentenceIndex
from etl.link.measures import measure_key
from etl.text.article import Article
from models.records import Record, Statistic
from models.tables import MENTION_ROLES


@dataclass(frozen=True, slots=True)
class Mention:
    """Record ``record`` (an index into the article's records) names ``entity`` in its ``role``."""

    record: int
    entity: EntityRef
    role: str


@dataclass(frozen=True, slots=True)
class Links:
    """Per record (same order as the records): paragraph, supported claim's index, measure key; and the mentions."""

    paragraphs: list[int | None]
    claims: list[int | None]
    measure_keys: list[str | None]
    mentions: list[Mention]

    def entities(self) -> list[EntityRef]:
        """Each entity named, once (first mention's type)."""
        return list({m.entity.name: m.entity for m in self.mentions}.values())


def link(article: Article, records: list[Record]) -> Links:
    """Everything that ties ``records`` to each other and to entities."""
    index = SentenceIndex(article)
    short_forms = aliases(article)
    paragraph = paragraphs(article, records, index)
    mentions = [
        Mention(i, entity, MENTION_ROLES[record.kind])
        for i, record in enumerate(records)
        for entity in record_entities(record, short_forms)
    ]
    keys = [
        measure_key(article, index, record, short_forms) if isinstance(record, Statistic) else None
        for record in records
    ]
    return Links(paragraph, supported_claims(records, paragraph), keys, mentions)
