"""The review's HTML pages, rendered from Jinja templates with autoescaping (every text is escaped).

A record's tooltip is a one-line summary of what was extracted:

    >>> summary({"kind": "statistic", "raw": "65个", "value": 65.0, "unit": "个", "year": None,
    ...          "measure_key": "一带一路·国家"})
    'statistic 65个 = 65 个 · 一带一路·国家'
    >>> summary({"kind": "recommendation", "strength": "should", "actor": None})
    'recommendation (should), no actor named'
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from models.records import KINDS
from warehouse.report.charts import bars, columns, stacked_bars
from warehouse.report.data import ARTICLES_CHARTED, ArticleInfo, ReviewData
from warehouse.report.highlight import Span, highlight, value_span

TEMPLATES = Path(__file__).with_name("templates")
ENTITY_ROLES = ("example", "subject", "actor")
LEAD = {"statistic": "raw", "recommendation": "actor", "claim": "claim_type", "example": "name"}
"""The field shown first for each record in the side list."""


def number(value: float) -> str:
    """A value as people write it (65, 1.2e+11 → 120000000000)."""
    return f"{value:,.10g}" if abs(value) < 1e15 else f"{value:.4g}"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]), undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["number"] = number
    env.globals["generated"] = datetime.now(timezone.utc).strftime("generated %Y-%m-%d %H:%M UTC")
    env.globals["kinds"] = KINDS
    return env


def summary(record: dict[str, Any]) -> str:
    """One line on what the record holds (the highlight's tooltip)."""
    kind = record["kind"]
    if kind == "statistic":
        parts = [f"statistic {record['raw']} = {number(record['value'])} {record['unit']}"]
        parts += [str(record["year"])] if record.get("year") else []
        parts += [record["measure_key"]] if record.get("measure_key") else []
        return " · ".join(parts)
    if kind == "recommendation":
        actor = f"actor {record['actor']}" if record.get("actor") else "no actor named"
        return f"recommendation ({record['strength']}), {actor}"
    if kind == "claim":
        return f"claim ({record['claim_type']})"
    return f"example {record['name']} ({record['entity_type']})"


def _json(records: list[dict[str, Any]]) -> Markup:
    """Records as JSON safe inside ``<script type="application/json">`` (no ``<``, ``>`` or ``&`` left)."""
    text = json.dumps(records, ensure_ascii=False, default=str)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


class Pages:
    """Renders the index and the article pages."""

    def __init__(self) -> None:
        self.env = _environment()

    def index(self, data: ReviewData) -> str:
        totals = {k: sum(a.counts[k] for a in data.articles) for k in KINDS}
        charts = {
            "per_article": stacked_bars(data.per_article, KINDS, "Records per article by kind"),
            "by_year": columns(data.by_year, "Statistics by year"),
            "actors": bars(data.actors, "Top actors"),
            "entities": stacked_bars(data.entities, ENTITY_ROLES, "Top cited entities"),
        }
        return self.env.get_template("index.html").render(
            root="", articles=data.articles, total=sum(totals.values()), totals=totals, charts=charts,
            conflicts=data.conflicts, undated=data.undated, charted=ARTICLES_CHARTED,
            n_entities=data.n_entities,
        )

    def article(self, article: ArticleInfo, records: list[dict[str, Any]], raw: str | None, notice: str | None) -> str:
        spans = [Span(r["key"], r["kind"], r["start"], r["end"], summary(r)) for r in records]
        if raw is not None:
            values = (value_span(raw, r["key"], r["start"], r["end"], r["raw"]) for r in records if r["kind"] == "statistic")
            spans += [v for v in values if v is not None]
        return self.env.get_template("article.html").render(
            root="../", article=article, records=records, lead=LEAD, records_json=_json(records), notice=notice,
            text=highlight(raw, spans) if raw is not None else None,
        )
