"""What the review site shows, read from the warehouse in a handful of queries (not one per article).

The index's data (articles, chart series, conflicts) is small and read at once.
Records are read a batch of articles at a time (:func:`records_of`), so that a
corpus of thousands of articles never sits in memory whole: every field of the
record views (the same names as in SQL), keyed ``s12``/``r3``/``c4``/``e7`` by kind
and id, with the entities each names from ``entities``.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import duckdb

from models.records import KINDS

HIDDEN = ("article_id", "title", "path")  # the same on every record of a page: shown once, in its header
TOP = 15  # bars in a "top …" chart
ARTICLES_CHARTED = 30


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    article_id: int
    label: str
    title: str | None
    path: str
    sha256: str
    counts: dict[str, int]


@dataclass(slots=True)
class ReviewData:
    """What the index needs: the articles, chart series and conflicts."""

    articles: list[ArticleInfo]
    per_article: list[tuple[str, list[float]]] = field(default_factory=list)
    by_year: list[tuple[str, float]] = field(default_factory=list)
    undated: int = 0
    actors: list[tuple[str, float]] = field(default_factory=list)
    entities: list[tuple[str, list[float]]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    n_entities: int = 0


def record_key(kind: str, record_id: int) -> str:
    """The page-wide key of a record (``statistic`` 12 → ``s12``)."""
    return f"{kind[0]}{record_id}"


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    columns = [d[0] for d in cursor.description or []]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def _articles(con: duckdb.DuckDBPyConnection) -> list[ArticleInfo]:
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for article_id, kind, n in con.execute("SELECT article_id, kind, count(*) FROM records GROUP BY ALL").fetchall():
        counts[article_id][kind] = n
    rows = con.execute(
        "SELECT a.article_id, a.label, a.title, a.path, d.sha256 "
        "FROM dim_article AS a JOIN documents AS d ON d.id = a.document_id ORDER BY a.label, a.article_id"
    ).fetchall()
    return [ArticleInfo(i, label, title, path, sha, {k: counts[i].get(k, 0) for k in KINDS})
            for i, label, title, path, sha in rows]


def records_of(con: duckdb.DuckDBPyConnection, article_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The records of these articles, in reading order, by article id."""
    chosen = "article_id IN (SELECT unnest($ids))"
    named: dict[str, list[str]] = defaultdict(list)
    for kind, record_id, name in con.execute(
        f"SELECT kind, record_id, name FROM entities WHERE {chosen} ORDER BY name", {"ids": article_ids}
    ).fetchall():
        named[record_key(kind, record_id)].append(name)
    records: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for kind in KINDS:
        cursor = con.execute(f"SELECT * FROM {kind}s WHERE {chosen}", {"ids": article_ids})
        for row in _dicts(cursor):
            key = record_key(kind, row["id"])
            fields = {k: v for k, v in row.items() if k not in HIDDEN}
            if key in named:
                fields["entities"] = named[key]
            records[row["article_id"]].append({"key": key, "kind": kind, **fields})
    for rows in records.values():
        rows.sort(key=lambda r: (r["start"], r["end"]))
    return records


def load(con: duckdb.DuckDBPyConnection) -> ReviewData:
    """Read everything the review shows from an open (read-only) warehouse connection."""
    data = ReviewData(_articles(con))
    data.per_article = [
        (a.label, [float(a.counts[k]) for k in KINDS])
        for a in sorted(data.articles, key=lambda a: -sum(a.counts.values()))[:ARTICLES_CHARTED]
    ]
    data.by_year = [(str(y), float(n)) for y, n in con.execute(
        "SELECT year, count(*) FROM statistics WHERE year IS NOT NULL GROUP BY year ORDER BY year").fetchall()]
    data.undated = con.execute("SELECT count(*) FROM statistics WHERE year IS NULL").fetchall()[0][0]
    data.actors = [(a, float(n)) for a, n in con.execute(
        f"SELECT actor, n_recommendations FROM recommendations_by_actor LIMIT {TOP}").fetchall()]
    data.entities = [(name, [float(x), float(s), float(r)]) for name, x, s, r in con.execute(
        "SELECT name, count(*) FILTER (WHERE role = 'example'), count(*) FILTER (WHERE role = 'subject'), "
        "count(*) FILTER (WHERE role = 'actor') FROM entities GROUP BY name "
        f"ORDER BY count(*) DESC, name LIMIT {TOP}").fetchall()]
    data.conflicts = _dicts(con.execute("SELECT * FROM statistic_conflicts"))
    data.n_entities = con.execute("SELECT count(*) FROM dim_entity").fetchall()[0][0]
    return data
