"""The write side of the SQL store: documents, their extraction, runs and errors.

A document's extraction is replaced as a whole in one transaction (delete the
article — sections and records cascade — then bulk-insert the new rows with
Core ``executemany``), so a reader never sees half an article and a failure
leaves the previous extraction in place. The records' links (:mod:`etl.link`) go
in the same transaction: claims first, so statistics and examples can point at
the claim they support, then the entities (shared across articles, inserted if
new) and which record names which; an entity no record names any more is dropped.

Skipping is two-step: :func:`is_unchanged` compares ``stat`` (no read), and
after a miss :func:`confirm_unchanged` compares the sha256 of the bytes, so a
touched-but-identical file is not re-extracted either; :func:`read_if_changed`
does both, with one read query for a new or edited file (no write transaction).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypedDict

from sqlalchemy import Connection, Engine, Executable, Row, Table, delete, exists, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from etl.ingest import DocumentFile, IngestError, read_document, stat_document
from etl.link import Links, link
from etl.process import ProcessedDocument
from models.db import write_transaction
from models.records import Record
from models.tables import (
    MENTION_ROLES,
    RECORD_TABLES,
    ArticleRow,
    DocumentRow,
    EntityMentionRow,
    EntityRow,
    ExtractionRunRow,
    IngestErrorRow,
    SectionRow,
    utcnow,
)

DOCUMENT: Table = DocumentRow.__table__  # type: ignore[assignment]
ARTICLE: Table = ArticleRow.__table__  # type: ignore[assignment]
SECTION: Table = SectionRow.__table__  # type: ignore[assignment]
RUN: Table = ExtractionRunRow.__table__  # type: ignore[assignment]
ERROR: Table = IngestErrorRow.__table__  # type: ignore[assignment]
ENTITY: Table = EntityRow.__table__  # type: ignore[assignment]
MENTION: Table = EntityMentionRow.__table__  # type: ignore[assignment]

NO_RECORDS = "no records found"

Bind = Engine | Connection | Session


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What a run did with one path (``counts``: records saved by kind, ``timings``: seconds by stage)."""

    path: Path
    status: Literal["processed", "skipped", "error"]
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    error: IngestError | None = None


class RunSummary(TypedDict):
    """Keyword arguments of :func:`finish_run`, as totalled by :func:`summarise`."""

    counts: dict[str, int]
    timings: dict[str, float]
    n_documents: int
    n_processed: int
    n_skipped: int
    n_errors: int


def document_key(path: Path | str) -> str:
    """The ``document.path`` of a file: absolute and resolved, whatever the cwd."""
    return str(Path(path).resolve())


def is_unchanged(db: Bind, path: Path | str, size: int, mtime: float, version: str) -> bool:
    """Cheap check before reading: same size, mtime and extractor version as stored."""
    return _same_stat(_stored(db, path), size, mtime, version)


def _stored(db: Bind, path: Path | str) -> Row | None:
    """The stored stat, extractor version and fingerprint of the file's document, if any."""
    columns = (DOCUMENT.c.size, DOCUMENT.c.mtime, DOCUMENT.c.extractor_version, DOCUMENT.c.sha256)
    return _first(db, select(*columns).where(DOCUMENT.c.path == document_key(path)))


def _same_stat(row: Row | None, size: int, mtime: float, version: str) -> bool:
    return row is not None and (row.size, row.mtime, row.extractor_version) == (size, mtime, version)


def stored_stats(db: Bind) -> dict[str, tuple[int, float, str]]:
    """``document.path`` → ``(size, mtime, extractor_version)`` of every stored document.

    One query for a whole folder: a run over thousands of unchanged files compares
    each ``stat`` with this instead of asking the database file by file.
    """
    if isinstance(db, Engine):
        with db.connect() as conn:
            return stored_stats(conn)
    query = select(DOCUMENT.c.path, DOCUMENT.c.size, DOCUMENT.c.mtime, DOCUMENT.c.extractor_version)
    return {path: (size, mtime, version) for path, size, mtime, version in db.execute(query)}


def confirm_unchanged(engine: Engine, doc: DocumentFile, version: str) -> bool:
    """After a stat miss: same sha256 and version → remember the new stat, clear errors, True."""
    key = document_key(doc.path)
    with write_transaction(engine) as conn:
        row = conn.execute(
            select(DOCUMENT.c.id, DOCUMENT.c.sha256, DOCUMENT.c.extractor_version).where(DOCUMENT.c.path == key)
        ).first()
        if row is None or (row.sha256, row.extractor_version) != (doc.sha256, version):
            return False
        conn.execute(update(DOCUMENT).where(DOCUMENT.c.id == row.id).values(size=doc.size, mtime=doc.mtime))
        _clear_errors(conn, key)
    return True


def save(engine: Engine, processed: ProcessedDocument, version: str, links: Links | None = None) -> int:
    """Replace the document's article, sections, records and their links in one transaction; its id.

    ``links`` are those the pipeline's link step computed; by default they are computed here.
    """
    doc, article = processed.document, processed.article
    links = links or link(article, processed.records)
    key = document_key(doc.path)
    with write_transaction(engine) as conn:
        document_id, existed = _upsert_document(conn, key, processed, version)
        named_before = _entities_named_by(conn, document_id) if existed else []
        if existed:
            conn.execute(delete(ARTICLE).where(ARTICLE.c.document_id == document_id))
        article_id = conn.execute(
            insert(ARTICLE).values(
                document_id=document_id,
                title=article.title,
                abstract=article.abstract,
                keywords=list(article.keywords),
                n_chars=len(doc.text),
                n_paragraphs=article.n_paragraphs,
                n_sentences=len(article.sentences),
                note=None if processed.records else NO_RECORDS,
            )
        ).inserted_primary_key[0]
        sections = [
            {
                "article_id": article_id,
                "ordinal": ordinal,
                "heading": s.heading,
                "level": s.level,
                "path": " > ".join(s.path),
                "start": s.start,
                "end": s.end,
            }
            for ordinal, s in enumerate(article.sections)
        ]
        _insert_many(conn, SECTION, sections)
        ids = _insert_records(conn, article_id, processed.records, links)
        _insert_mentions(conn, article_id, links, ids)
        _drop_unnamed_entities(conn, named_before)
        _clear_errors(conn, key)
    return document_id


def record_error(engine: Engine, run_id: int | None, error: IngestError) -> None:
    """Store why ``error.path`` failed (kept until the path next succeeds)."""
    if error.path is None:
        raise ValueError(f"an ingest error must name its file to be stored: {error}")
    with write_transaction(engine) as conn:
        conn.execute(
            insert(ERROR).values(
                run_id=run_id,
                path=document_key(error.path),
                error_type=error.error_type,
                message=error.message,
                created_at=utcnow(),
            )
        )


def start_run(engine: Engine, version: str) -> int:
    """A new ``extraction_run`` row; its id tags the errors of the run."""
    with write_transaction(engine) as conn:
        return conn.execute(insert(RUN).values(extractor_version=version, started_at=utcnow())).inserted_primary_key[0]


def finish_run(
    engine: Engine,
    run_id: int,
    *,
    counts: dict[str, int],
    timings: dict[str, float],
    n_documents: int,
    n_processed: int,
    n_skipped: int,
    n_errors: int,
) -> None:
    """Close a run with its totals (records by kind, seconds per stage, files by outcome)."""
    with write_transaction(engine) as conn:
        conn.execute(
            update(RUN)
            .where(RUN.c.id == run_id)
            .values(
                finished_at=utcnow(),
                counts=dict(counts),
                timings=dict(timings),
                n_documents=n_documents,
                n_processed=n_processed,
                n_skipped=n_skipped,
                n_errors=n_errors,
            )
        )


def read_if_changed(engine: Engine, path: Path, version: str) -> DocumentFile | None:
    """The decoded file, or None when the store holds it unchanged (by stat, then by sha256).

    Raises :class:`IngestError` for a file that cannot be read.
    """
    stat = stat_document(path)
    stored = _stored(engine, path)
    if _same_stat(stored, stat.st_size, stat.st_mtime, version):
        return None
    doc = read_document(path)
    if stored is None or (stored.sha256, stored.extractor_version) != (doc.sha256, version):
        return doc  # new or really changed: no write transaction just to find that out
    return None if confirm_unchanged(engine, doc, version) else doc


def summarise(outcomes: Iterable[FileOutcome]) -> RunSummary:
    """Totals of a run's outcomes, ready for ``finish_run(engine, run_id, **summary)``."""
    outcomes = list(outcomes)
    counts: Counter[str] = Counter()
    timings: Counter[str] = Counter()
    for outcome in outcomes:
        counts.update(outcome.counts)
        timings.update(outcome.timings)
    status = Counter(o.status for o in outcomes)
    return RunSummary(
        counts=dict(counts),
        timings=dict(timings),
        n_documents=len(outcomes),
        n_processed=status["processed"],
        n_skipped=status["skipped"],
        n_errors=status["error"],
    )


def _first(db: Bind, statement: Executable) -> Row | None:
    if isinstance(db, Engine):
        with db.connect() as conn:
            return conn.execute(statement).first()
    return db.execute(statement).first()


def _upsert_document(conn: Connection, key: str, processed: ProcessedDocument, version: str) -> tuple[int, bool]:
    """The document's id, and whether it was stored before (a new one has no extraction to replace)."""
    doc = processed.document
    values = {
        "size": doc.size,
        "mtime": doc.mtime,
        "sha256": doc.sha256,
        "encoding": doc.encoding,
        "extractor_version": version,
        "processed_at": utcnow(),
    }
    document_id = conn.execute(select(DOCUMENT.c.id).where(DOCUMENT.c.path == key)).scalar()
    if document_id is None:
        return conn.execute(insert(DOCUMENT).values(path=key, **values)).inserted_primary_key[0], False
    conn.execute(update(DOCUMENT).where(DOCUMENT.c.id == document_id).values(**values))
    return document_id, True


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _insert_article_rows(conn: Connection, table: Table, article_id: int, rows: list[dict[str, Any]]) -> list[int]:
    """Bulk insert the rows of a new article; their ids in the order of ``rows``.

    The ids are read back rather than RETURNed: SQLite can return them in parameter
    order only a row at a time (one statement per record). The article's rows are
    exactly those just inserted (the article is new in this transaction), and both
    SQLite and PostgreSQL give one transaction's inserts increasing ids.
    """
    if not rows:
        return []
    conn.execute(insert(table), rows)
    return list(conn.execute(select(table.c.id).where(table.c.article_id == article_id).order_by(table.c.id)).scalars())


def _link_columns(links: Links, i: int, kind: str, ids: dict[int, int]) -> dict[str, Any]:
    """The columns of record ``i`` that come from its links (its claim already has its row id)."""
    columns: dict[str, Any] = {"paragraph": links.paragraphs[i]}
    if kind in ("statistic", "example"):
        claim = links.claims[i]
        columns["claim_id"] = None if claim is None else ids[claim]
    if kind == "statistic":
        columns["measure_key"] = links.measure_keys[i]
    return columns


def _insert_records(conn: Connection, article_id: int, records: list[Record], links: Links) -> dict[int, int]:
    """Insert the records kind by kind, claims first; record index → row id."""
    ids: dict[int, int] = {}
    for kind in sorted(RECORD_TABLES, key=lambda k: k != "claim"):
        indices = [i for i, r in enumerate(records) if r.kind == kind]
        rows = [
            records[i].model_dump() | {"article_id": article_id} | _link_columns(links, i, kind, ids) for i in indices
        ]
        table = RECORD_TABLES[kind].__table__
        ids.update(zip(indices, _insert_article_rows(conn, table, article_id, rows), strict=True))  # type: ignore[arg-type]
    return ids


def _entity_ids(conn: Connection, links: Links) -> dict[str, int]:
    """Id of every entity the links name, inserting the new ones (``name`` is unique; a concurrent writer may win)."""
    entities = links.entities()
    conn.execute(_insert_new_entities(conn.dialect.name), [{"name": e.name, "entity_type": e.entity_type} for e in entities])
    names = [e.name for e in entities]
    return {name: id_ for name, id_ in conn.execute(select(ENTITY.c.name, ENTITY.c.id).where(ENTITY.c.name.in_(names)))}


@cache
def _insert_new_entities(dialect: str) -> Executable:
    """``INSERT … ON CONFLICT (name) DO NOTHING`` in the dialect's words (built once: building it is not cheap)."""
    return {"sqlite": sqlite, "postgresql": postgresql}[dialect].insert(ENTITY).on_conflict_do_nothing(
        index_elements=["name"]
    )


def _insert_mentions(conn: Connection, article_id: int, links: Links, ids: dict[int, int]) -> None:
    if not links.mentions:
        return
    entity_ids = _entity_ids(conn, links)
    record_columns = {role: f"{kind}_id" for kind, role in MENTION_ROLES.items()}
    rows = [
        dict.fromkeys(record_columns.values())
        | {
            record_columns[m.role]: ids[m.record],
            "entity_id": entity_ids[m.entity.name],
            "article_id": article_id,
            "role": m.role,
            "surface": m.entity.surface,
        }
        for m in links.mentions
    ]
    _insert_many(conn, MENTION, rows)


def _entities_named_by(conn: Connection, document_id: int) -> list[int]:
    """The entities the document's current records name (candidates for dropping once they are replaced)."""
    query = (
        select(MENTION.c.entity_id).distinct()
        .join(ARTICLE, ARTICLE.c.id == MENTION.c.article_id)
        .where(ARTICLE.c.document_id == document_id)
    )
    return list(conn.execute(query).scalars())


def _drop_unnamed_entities(conn: Connection, candidates: list[int]) -> None:
    if candidates:
        named = exists().where(MENTION.c.entity_id == ENTITY.c.id)
        conn.execute(delete(ENTITY).where(ENTITY.c.id.in_(candidates), ~named))


def _clear_errors(conn: Connection, key: str) -> None:
    conn.execute(delete(ERROR).where(ERROR.c.path == key))
