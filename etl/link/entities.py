"""Entities: the places and organisations records name, each under one canonical name.

Which text names them: a statistic's subject, a recommendation's actor, an
example's name (places and organisations; projects and documents are cases, not
entities). The canonical name is the written one in NFKC without blanks or
quotes; a place drops its administrative level (佛山市 → 佛山, 广东省 → 广东,
香港特别行政区 → 香港) and 我国 is 中国; an organisation says 政府 for 人民政府.
A short form counts as the full name only where the article introduces it —
中国科学院（以下简称中科院） or 中国科学院（中科院）, the short form being made of the
full name's characters in order.

    >>> from etl.text.parse import parse_article
    >>> article = parse_article("中国科学院（中科院）与佛山市合作。中科院在佛山设立研究所。\\n")
    >>> short = aliases(article)
    >>> short["中科院"].surface
    '中国科学院'
    >>> [(e.name, e.entity_type, e.surface) for e in named_in("中科院和佛山市政府", short)]
    [('中国科学院', 'organisation', '中科院'), ('佛山市政府', 'organisation', '佛山市政府')]
    >>> canonical("佛山市", "place"), canonical("南宁市人民政府", "organisation"), canonical("我国", "place")
    ('佛山', '南宁市政府', '中国')
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from etl.link.names import EntityType, Name, find_names, generic
from etl.text.article import Article
from models.records import Example, Recommendation, Record, Statistic
from models.tables import NAMED_ENTITY_TYPES


_COUNTRY = {"我国": "中国", "中华人民共和国": "中国"}
_PLACE_LEVEL = re.compile(r"(?:特别行政区|自治区|[市省县])$")
_ETHNIC = re.compile(r"(?<=..)[\u4e00-\u9fff]{1,3}?族$")  # 广西壮族(自治区) → 广西
_BLANKS = re.compile(r"[\s“”\"‘’'「」《》]+")
_SHORT_FORM = re.compile(
    r"[（(]\s*(?P<said>(?:以下)?(?:简称|称)[：:为]?)?\s*[“\"]?(?P<alias>[^（）()“”\"，,。；;：:\s]{2,12})[”\"]?\s*[）)]"
)
_BEFORE = 30  # characters before a parenthesis searched for the full name


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity as one record names it: canonical ``name``, type, and the words written."""

    name: str
    entity_type: EntityType
    surface: str


def canonical(surface: str, entity_type: EntityType) -> str:
    """The name an entity is filed under, whatever form an article writes it in."""
    name = _BLANKS.sub("", unicodedata.normalize("NFKC", surface))
    name = _COUNTRY.get(name, name)
    if entity_type == "place":
        stem = _ETHNIC.sub("", _PLACE_LEVEL.sub("", name)) if _PLACE_LEVEL.search(name) else name
        name = stem if len(stem) >= 2 else name
    elif entity_type == "organisation":
        name = name.replace("人民政府", "政府")
    return name


def _abbreviates(short: str, full: str) -> bool:
    """``short`` is made of ``full``'s characters in order, starting with its first (中科院 ← 中国科学院)."""
    if len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def aliases(article: Article) -> dict[str, Name]:
    """Short form → the full name the article introduces it for (the name before the parenthesis)."""
    found: dict[str, Name] = {}
    for sentence in article.sentences:
        text = sentence.text
        for m in _SHORT_FORM.finditer(text):
            before = text[max(0, m.start() - _BEFORE):m.start()].rstrip()
            full = next((n for n in reversed(find_names(before)) if n.end == len(before)), None)
            alias = _BLANKS.sub("", m.group("alias"))
            if full is not None and (m.group("said") or _abbreviates(alias, full.surface)):
                found.setdefault(alias, full)
    return found


def named_in(text: str | None, short_forms: dict[str, Name]) -> list[EntityRef]:
    """The entities a field names, each once, an introduced short form resolved to its full name."""
    refs: dict[str, EntityRef] = {}
    for name in find_names(text or ""):
        full = short_forms.get(name.surface, name)
        ref = EntityRef(canonical(full.surface, full.entity_type), full.entity_type, name.surface)
        refs.setdefault(ref.name, ref)
    return list(refs.values())


def _example_entity(example: Example, short_forms: dict[str, Name]) -> list[EntityRef]:
    """An example of a place or organisation is one; any other named case is an ``other`` entity
    unless the name itself reads as a place or organisation. Projects and documents are not entities."""
    if example.entity_type not in NAMED_ENTITY_TYPES or generic(example.name):
        return []
    if (full := short_forms.get(example.name)) is not None:
        return [EntityRef(canonical(full.surface, full.entity_type), full.entity_type, example.name)]
    whole = [n for n in find_names(example.name) if (n.start, n.end) == (0, len(example.name))]
    kind = whole[0].entity_type if example.entity_type == "other" and whole else example.entity_type
    return [EntityRef(canonical(example.name, kind), kind, example.name)]


def record_entities(record: Record, short_forms: dict[str, Name]) -> list[EntityRef]:
    """The entities one record names, in the field its kind reads them from (``models.tables.MENTION_ROLES``)."""
    if isinstance(record, Statistic):
        return named_in(record.subject, short_forms)
    if isinstance(record, Recommendation):
        return named_in(record.actor, short_forms)
    if isinstance(record, Example):
        return _example_entity(record, short_forms)
    return []
