"""The write side against real databases: save/replace, skipping, errors, runs, rollback."""
from __future__ import annotations

import dataclasses
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
import os
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from etl.extract.grounding import ground
from etl.ingest import IngestError, read_document
from etl.process import ProcessedDocument, process
from etl.store import (
    NO_RECORDS,
    FileOutcome,
    confirm_unchanged,
    finish_run,
    is_unchanged,
    read_if_changed,
    record_error,
    save,
    start_run,
    summarise,
)
from models.db import open_database
from models.records import Claim, Example, Recommendation, Record, Statistic
from models.tables import (
    ArticleRow,
    ClaimRow,
    DocumentRow,
    ExampleRow,
    ExtractionRunRow,
    IngestErrorRow,
    RecommendationRow,
    SectionRow,
    StatisticRow,
)

V1, V2 = "0.1.0+aaaaaaaaaaaa", "0.1.0+bbbbbbbbbbbb"

# Written for these tests (not from the shared corpus).
TEXT = (
    "关于推进统一大市场建设的若干思考\n\n"
    "一、总体要求\n\n"
    "各地区应当加快建设统一大市场，2023年社会物流总费用下降0.3个百分点。\n\n"
    "二、主要措施\n\n"
    "要健全产权保护制度，这是市场经济的基础。例如，浙江省义乌市推进了市场改革。\n"
)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request) -> Engine:
    """The same tests on a SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return request.getfixturevalue("engine")
    engine = open_database(request.getfixturevalue("postgres_url"))
    request.addfinalizer(engine.dispose)
    return engine


def write(path: Path, text: str = TEXT) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def hand_records(processed: ProcessedDocument) -> list[Record]:
    """One grounded record of each kind, built the way extractors build them."""
    article = processed.article
    first, second, third = [s for s in article.sentences if s.role == "body"][:3]
    return [
        Statistic(**ground(article, first), value=0.3, unit="%", raw="0.3个百分点", year=2023, is_change=True),
        Recommendation(**ground(article, first), actor="各地区", strength="should"),
        Claim(**ground(article, second), claim_type="evaluative"),
        Example(**ground(article, third), name="浙江省义乌市", entity_type="place", marker="例如"),
    ]


def processed_with(path: Path, records: list[Record] | None = None) -> ProcessedDocument:
    processed = process(read_document(path))
    return dataclasses.replace(processed, records=hand_records(processed) if records is None else records)


def load_file(engine: Engine, path: Path, version: str, run_id: int | None = None) -> FileOutcome:
    """One file through the store, as the pipeline does it: skip, or process and save, or record why not."""
    try:
        doc = read_if_changed(engine, path, version)
        if doc is None:
            return FileOutcome(path, "skipped")
        processed = process(doc)
    except IngestError as err:
        record_error(engine, run_id, err)
        return FileOutcome(path, "error", error=err)
    save(engine, processed, version)
    counts = Counter(r.kind for r in processed.records)
    return FileOutcome(path, "processed", dict(counts), processed.timings)


def count(engine: Engine, model: type[SQLModel]) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()[0]


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {t.name: sorted(map(tuple, conn.execute(select(t)))) for t in SQLModel.metadata.sorted_tables}


def test_save_writes_document_article_sections_and_records(store: Engine, tmp_path) -> None:
    path = write(tmp_path / "a.txt")
    processed = processed_with(path)
    document_id = save(store, processed, V1)
    with Session(store) as session:
        document = session.get(DocumentRow, document_id)
        assert (document.path, document.sha256, document.extractor_version) == (
            str(path.resolve()), processed.document.sha256, V1)
        article = session.exec(select(ArticleRow)).one()[0]
        assert article.document_id == document_id
        assert article.n_chars == len(TEXT) and article.note is None
        assert article.keywords == list(processed.article.keywords)
        sections = [row[0] for row in session.exec(select(SectionRow).order_by(SectionRow.ordinal))]
        assert [(s.heading, s.start, s.end) for s in sections] == [
            (s.heading, s.start, s.end) for s in processed.article.sections]
        for model, record in zip([StatisticRow, RecommendationRow, ClaimRow, ExampleRow], processed.records):
            row = session.exec(select(model)).one()[0]
            assert row.article_id == article.id
            assert row.as_json() == record.as_json()
            assert TEXT[row.start:row.end].replace("\n", "") == row.text


def test_saving_again_replaces_the_extraction_and_keeps_the_document(store: Engine, tmp_path) -> None:
    path = write(tmp_path / "a.txt")
    first = processed_with(path)
    document_id = save(store, first, V1)
    assert save(store, processed_with(path, first.records[2:3]), V2) == document_id
    assert [count(store, m) for m in (DocumentRow, ArticleRow, StatisticRow, RecommendationRow, ClaimRow, ExampleRow)] == [1, 1, 0, 0, 1, 0]
    assert count(store, SectionRow) == len(first.article.sections)
    save(store, processed_with(path, []), V2)
    with Session(store) as session:
        assert session.exec(select(ArticleRow.note)).one()[0] == NO_RECORDS
    assert count(store, ClaimRow) == 0


def test_thousands_of_records_go_in_one_save(store: Engine, tmp_path) -> None:
    processed = processed_with(write(tmp_path / "a.txt"))
    statistic = processed.records[0]
    many = [statistic.model_copy(update={"value": float(i)}) for i in range(3000)]
    save(store, dataclasses.replace(processed, records=many), V1)
    with Session(store) as session:
        values = session.exec(select(StatisticRow.value)).all()
    assert sorted(v[0] for v in values) == [float(i) for i in range(3000)]


def test_a_failed_save_leaves_the_previous_extraction_intact(store: Engine, tmp_path) -> None:
    path = write(tmp_path / "a.txt")
    save(store, processed_with(path), V1)
    before = snapshot(store)
    good = processed_with(path)
    broken = Statistic.model_construct(**{**good.records[0].model_dump(), "unit": None})  # NOT NULL
    with pytest.raises(IntegrityError):
        save(store, dataclasses.replace(good, records=[*good.records, broken]), V2)
    assert snapshot(store) == before


def test_is_unchanged_compares_stat_and_extractor_version(store: Engine, tmp_path) -> None:
    path = write(tmp_path / "a.txt")
    stat = path.stat()
    assert not is_unchanged(store, path, stat.st_size, stat.st_mtime, V1)
    save(store, processed_with(path), V1)
    assert is_unchanged(store, path, stat.st_size, stat.st_mtime, V1)
    assert not is_unchanged(store, path, stat.st_size, stat.st_mtime, V2)
    assert not is_unchanged(store, path, stat.st_size, stat.st_mtime + 1, V1)
    with Session(store) as session, store.connect() as conn:
        assert is_unchanged(session, path, stat.st_size, stat.st_mtime, V1)
        assert is_unchanged(conn, path, stat.st_size, stat.st_mtime, V1)


def test_a_touched_but_identical_file_is_confirmed_by_sha256(store: Engine, tmp_path) -> None:
    path = write(tmp_path / "a.txt")
    save(store, processed_with(path), V1)
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 60))
    stat = path.stat()
    assert not is_unchanged(store, path, stat.st_size, stat.st_mtime, V1)
    assert not confirm_unchanged(store, read_document(path), V2)
    assert confirm_unchanged(store, read_document(path), V1)
    assert is_unchanged(store, path, stat.st_size, stat.st_mtime, V1)  # new stat remembered
    write(path, TEXT + "三、结语\n")
    assert not confirm_unchanged(store, read_document(path), V1)


def test_unchanged_files_are_skipped_and_changed_ones_redone(store: Engine, tmp_path) -> None:
    path = write(tmp_path / "a.txt")

    def stored() -> tuple:
        with Session(store) as session:
            return tuple(session.exec(select(DocumentRow.sha256, DocumentRow.processed_at)).one())

    assert load_file(store, path, V1).status == "processed"
    first = stored()
    assert load_file(store, path, V1).status == "skipped"
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 60))
    assert load_file(store, path, V1).status == "skipped"
    assert stored() == first  # not re-extracted
    write(path, TEXT.replace("0.3个百分点", "0.5个百分点"))
    outcome = load_file(store, path, V1)
    assert outcome.status == "processed"
    assert stored()[0] == read_document(path).sha256 != first[0]
    assert load_file(store, path, V2).status == "processed"


def test_errors_are_recorded_and_cleared_by_a_later_success(store: Engine, tmp_path) -> None:
    run_id = start_run(store, V1)
    bad, other = write(tmp_path / "bad.txt", ""), write(tmp_path / "other.txt", "\n\n")
    outcome = load_file(store, bad, V1, run_id)
    assert outcome.status == "error" and outcome.error.error_type == "empty"
    load_file(store, other, V1, run_id)
    with Session(store) as session:
        rows = [r[0] for r in session.exec(select(IngestErrorRow).order_by(IngestErrorRow.path))]
    assert [(r.path, r.error_type, r.run_id) for r in rows] == [
        (str(bad.resolve()), "empty", run_id), (str(other.resolve()), "empty", run_id)]
    assert load_file(store, write(bad), V1, run_id).status == "processed"
    with Session(store) as session:
        assert [r[0] for r in session.exec(select(IngestErrorRow.path))] == [str(other.resolve())]
    with pytest.raises(ValueError):
        record_error(store, run_id, IngestError("binary", "contains NUL bytes"))


def test_deleting_a_document_cascades_to_everything_extracted_from_it(store: Engine, tmp_path) -> None:
    save(store, processed_with(write(tmp_path / "a.txt")), V1)
    with store.begin() as conn:
        conn.execute(delete(DocumentRow))
    assert [count(store, m) for m in (DocumentRow, ArticleRow, SectionRow, StatisticRow, RecommendationRow, ClaimRow, ExampleRow)] == [0] * 7


def test_a_run_records_its_totals(store: Engine, tmp_path) -> None:
    run_id = start_run(store, V1)
    paths = [write(tmp_path / "a.txt"), write(tmp_path / "b.md", TEXT + "三、结语\n"), write(tmp_path / "c.txt", "")]
    outcomes = [load_file(store, p, V1, run_id) for p in [*paths, paths[0]]]
    summary = summarise(outcomes)
    assert (summary["n_documents"], summary["n_processed"], summary["n_skipped"], summary["n_errors"]) == (4, 2, 1, 1)
    finish_run(store, run_id, **summary)
    with Session(store) as session:
        run = session.get(ExtractionRunRow, run_id)
        stored = {kind: count(store, model) for kind, model in
                  [("statistic", StatisticRow), ("recommendation", RecommendationRow), ("claim", ClaimRow), ("example", ExampleRow)]}
        assert run.finished_at is not None and run.extractor_version == V1
        assert (run.n_documents, run.n_processed, run.n_skipped, run.n_errors) == (4, 2, 1, 1)
        assert {k: v for k, v in stored.items() if v} == run.counts
        assert set(run.timings) == {"parse", "extract"}


def _load_in_process(url: str, path: str) -> str:
    engine = open_database(url)  # every process migrates the same fresh file: must not race
    try:
        return load_file(engine, Path(path), V1).status
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_parallel_processes_migrate_and_write_one_fresh_store(request, tmp_path, backend: str) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}" if backend == "sqlite" else request.getfixturevalue("postgres_url")
    paths = [str(write(tmp_path / f"{i}.txt", TEXT + f"附{i}\n")) for i in range(8)]
    with ProcessPoolExecutor(4, mp_context=get_context("fork")) as pool:
        statuses = list(pool.map(_load_in_process, [url] * len(paths), paths))
    assert statuses == ["processed"] * len(paths)
    engine = open_database(url)
    try:
        assert count(engine, DocumentRow) == count(engine, ArticleRow) == len(paths)
    finally:
        engine.dispose()
