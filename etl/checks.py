"""Asset checks on the SQL store: the promises every reader of lunju's data relies on.

A record is only useful if ``raw[start:end]`` is its evidence, so the records a
run stores are checked against the files themselves (re-read; a file changed since
it was stored is counted, not judged). Records stored by earlier runs were checked
by those runs: a run that changed nothing re-reads nothing. An article with no
record at all must say so in its ``note`` rather than look like a silent failure.
The links saved with the records (the claim a figure supports, the entities a
record names) must stay inside the record's own article.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
from sqlalchemy import Connection, Table, exists, func, or_, select

from etl.assets import StoredRun, sql_store, store
from etl.extract.grounding import fold
from etl.ingest import IngestError, read_document
from etl.link.evidence import SUPPORTING
from etl.store import ARTICLE, DOCUMENT, RUN
from models.tables import RECORD_TABLES, EntityMentionRow, EntityRow

RECORDS: dict[str, Table] = {kind: model.__table__ for kind, model in RECORD_TABLES.items()}  # type: ignore[misc]
SHOWN = 20  # problems listed in a check's metadata; the count covers them all


def grounding_problem(raw: str, start: int, end: int, text: str) -> str | None:
    """Why ``text`` is not the whitespace-folded ``raw[start:end]``; None when it is.

    >>> grounding_problem("出口 1076.4\\n亿元，增长", 0, 12, "出口 1076.4亿元")
    >>> grounding_problem("出口1076.4亿元", 2, 40, "1076.4亿元")
    'span 2..40 is outside the text (10 characters)'
    >>> grounding_problem("出口1076.4亿元", 0, 8, "出口1076.4亿元")
    "text differs from the raw slice '出口1076.4'"
    """
    if not 0 <= start < end <= len(raw):
        return f"span {start}..{end} is outside the text ({len(raw)} characters)"
    if (evidence := fold(raw[start:end])) != text:
        return f"text differs from the raw slice {evidence!r}"
    return None


def _records_by_file(conn: Connection, run_id: int) -> Iterator[tuple[str, str, list]]:
    """``(path, sha256, records)`` per document stored since run ``run_id`` began; a record is
    ``(kind, id, start, end, text)``.

    One query per kind, gathered by article here: a single union sorted by path makes
    SQLite sort every record's text along with it (twice as slow)."""
    since = select(RUN.c.started_at).where(RUN.c.id == run_id).scalar_subquery()
    stored = (
        select(DOCUMENT.c.path, DOCUMENT.c.sha256, ARTICLE.c.id)
        .join(ARTICLE, ARTICLE.c.document_id == DOCUMENT.c.id)
        .where(DOCUMENT.c.processed_at >= since)
    )
    files: dict[int, tuple[str, str, list]] = {id_: (path, sha256, []) for path, sha256, id_ in conn.execute(stored)}
    articles = stored.with_only_columns(ARTICLE.c.id)
    for kind, t in RECORDS.items():
        query = select(t.c.article_id, t.c.id, t.c.start, t.c.end, t.c.text).where(t.c.article_id.in_(articles))
        for article_id, *record in conn.execute(query):
            files[article_id][2].append((kind, *record))
    yield from files.values()


@dg.asset_check(
    asset=sql_store, description="Every record the run stored has as text the whitespace-folded raw[start:end] of its file."
)
def records_grounded(sql_store: StoredRun) -> dg.AssetCheckResult:
    checked: Counter[str] = Counter()
    problems: list[str] = []
    changed_files = 0
    with store() as engine, engine.connect() as conn:
        for path, sha256, records in _records_by_file(conn, sql_store.run_id):
            try:
                doc = read_document(Path(path))
            except IngestError:
                doc = None
            if doc is None or doc.sha256 != sha256:
                changed_files += 1
                continue
            for kind, record_id, start, end, text in records:
                checked[kind] += 1
                if problem := grounding_problem(doc.text, start, end, text):
                    problems.append(f"{kind} {record_id} in {path}: {problem}")
    return dg.AssetCheckResult(
        passed=not problems,
        metadata={
            "records_checked": sum(checked.values()),
            **{kind: checked[kind] for kind in RECORDS},
            "ungrounded": len(problems),
            "files_changed_since_stored": changed_files,
            "problems": "\n".join(problems[:SHOWN]),
        },
    )


@dg.asset_check(asset=sql_store, description="An article without any record says so in its note.")
def empty_articles_explained() -> dg.AssetCheckResult:
    has_records = or_(*(exists().where(t.c.article_id == ARTICLE.c.id) for t in RECORDS.values()))
    query = (
        select(DOCUMENT.c.path, ARTICLE.c.note)
        .join(ARTICLE, ARTICLE.c.document_id == DOCUMENT.c.id)
        .where(~has_records)
        .order_by(DOCUMENT.c.path)
    )
    with store() as engine, engine.connect() as conn:
        empty = conn.execute(query).all()
    silent = [row.path for row in empty if not row.note]
    return dg.AssetCheckResult(
        passed=not silent,
        metadata={
            "articles_without_records": len(empty),
            "without_note": len(silent),
            "files": "\n".join(silent[:SHOWN]),
        },
    )


def _stray_links(conn: Connection) -> dict[str, int]:
    """Links that leave their record's article, or lead nowhere, by the table holding them."""
    claims = RECORDS["claim"].alias("supported")
    mention = EntityMentionRow.__table__
    entity = EntityRow.__table__
    counts = {}
    for kind in SUPPORTING:
        t = RECORDS[kind]
        stray = or_(claims.c.id.is_(None), claims.c.article_id != t.c.article_id)
        counts[f"{kind}.claim_id"] = conn.execute(
            select(func.count()).select_from(t.outerjoin(claims, claims.c.id == t.c.claim_id))
            .where(t.c.claim_id.is_not(None), stray)
        ).scalar_one()
    counts["entity_mention"] = sum(
        conn.execute(
            select(func.count()).select_from(mention.join(t, t.c.id == mention.c[f"{kind}_id"]))
            .where(t.c.article_id != mention.c.article_id)
        ).scalar_one()
        for kind, t in RECORDS.items() if f"{kind}_id" in mention.c
    )
    counts["entity (named by no record)"] = conn.execute(
        select(func.count()).select_from(entity).where(~exists().where(mention.c.entity_id == entity.c.id))
    ).scalar_one()
    return counts


@dg.asset_check(asset=sql_store, description="Every evidence link and entity mention stays in its record's "
                                             "article; every entity is named by some record.")
def links_within_articles() -> dg.AssetCheckResult:
    with store() as engine, engine.connect() as conn:
        stray = _stray_links(conn)
        linked = {kind: conn.execute(select(func.count()).where(RECORDS[kind].c.claim_id.is_not(None))).scalar_one()
                  for kind in SUPPORTING}
    return dg.AssetCheckResult(
        passed=not any(stray.values()),
        metadata={**{f"stray {name}": n for name, n in stray.items()},
                  **{f"{kind}s supporting a claim": n for kind, n in linked.items()}},
    )
