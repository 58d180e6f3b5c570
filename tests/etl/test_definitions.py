"""The Dagster job, run for real in-process over a copy of the sample corpus, into a tmp SQLite store."""
from __future__ import annotations

import dataclasses
import doctest
import logging
import os
import shutil
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
import pytest
from sqlalchemy import func, select, update

import etl.batch
import etl.checks
from etl.assets import StoredRun, run_config
from etl.definitions import defs
from etl.ingest import DocumentFile
from etl.process import ProcessedDocument, process
from etl.progress import LOGGER as PROGRESS
from etl.sensors import inbox_sensor
from etl.settings import parquet_dir, report_dir, warehouse_path
from models.db import open_database
from models.tables import RECORD_TABLES, ArticleRow, DocumentRow, ExtractionRunRow, IngestErrorRow
from warehouse import build as build_module

EXAMPLES = Path(__file__).parents[2] / "examples"
ALL_CHECKS = {"records_grounded": True, "empty_articles_explained": True, "links_within_articles": True,
              "views_queryable": True, "conflicts_surfaced": True}
MB = 2**20


@pytest.fixture(autouse=True)
def lunju_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and SQLite store."""
    data = tmp_path / "data"
    monkeypatch.setenv("LUNJU_DATA", str(data))
    monkeypatch.setenv("LUNJU_DATABASE_URL", f"sqlite:///{data / 'lunju.db'}")
    monkeypatch.setenv("LUNJU_INBOX", str(tmp_path / "inbox"))
    return data


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The sample articles, copied so that tests may touch and edit them."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy2(path, folder / path.name)
    return folder


def run_job(folder: Path) -> dg.ExecuteInProcessResult:
    result = defs.resolve_job_def("lunju_job").execute_in_process(
        run_config=run_config(folder), instance=dg.DagsterInstance.ephemeral()
    )
    assert result.success
    return result


def run_review() -> dg.ExecuteInProcessResult:
    result = defs.resolve_job_def("review_job").execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert result.success
    return result


def stored(result: dg.ExecuteInProcessResult) -> StoredRun:
    return result.output_for_node("sql_store")


def checks(result: dg.ExecuteInProcessResult) -> dict[str, bool]:
    return {c.check_name: c.passed for c in result.get_asset_check_evaluations()}


def store_counts() -> dict[str, int]:
    engine = open_database()
    tables = {"document": DocumentRow, "article": ArticleRow, "ingest_error": IngestErrorRow, **RECORD_TABLES}
    with engine.connect() as conn:
        counts = {name: conn.execute(select(func.count()).select_from(m.__table__)).scalar_one() for name, m in tables.items()}
    engine.dispose()
    return counts


def test_definitions_load_one_job_with_assets_checks_and_sensor() -> None:
    job = defs.resolve_job_def("lunju_job")
    assert {n.name for n in job.nodes} >= {"documents", "articles", "sql_store", "warehouse"}
    assert {n.name for n in defs.resolve_job_def("review_job").nodes} == {"parquet_export", "review_report"}
    graph = defs.resolve_asset_graph()
    assert {c.name for c in graph.asset_check_keys} == set(ALL_CHECKS)
    assert defs.resolve_sensor_def("inbox_sensor").job_name == "lunju_job"


def test_run_fills_store_and_warehouse_consistently(corpus: Path) -> None:
    n_files = len(list(corpus.glob("*.txt")))
    result = run_job(corpus)

    summary = stored(result).summary
    assert (summary["n_documents"], summary["n_processed"], summary["n_errors"]) == (n_files, n_files, 0)
    assert checks(result) == ALL_CHECKS

    counts = store_counts()
    assert counts["document"] == counts["article"] == n_files
    assert sum(counts[kind] for kind in RECORD_TABLES) > 0
    assert {k: v for k, v in summary["counts"].items()} == {k: counts[k] for k in RECORD_TABLES if counts[k]}

    with duckdb.connect(str(warehouse_path()), read_only=True) as con:
        views = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
        assert views >= {"documents", "articles", "sections", "statistics", "recommendations", "claims",
                         "examples", "records", "runs", "errors"}
        for kind in RECORD_TABLES:
            assert con.execute(f"SELECT count(*) FROM {kind}s").fetchall()[0][0] == counts[kind]
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == n_files
        assert con.execute("SELECT count(*) FROM records").fetchall()[0][0] == sum(counts[k] for k in RECORD_TABLES)
        mismatched = con.execute(
            "SELECT count(*) FROM records r JOIN articles a ON a.id = r.article_id "
            "WHERE r.title IS DISTINCT FROM a.title OR r.path <> a.path"
        ).fetchall()[0][0]
        assert mismatched == 0
        columns = {row[0] for row in con.execute("DESCRIBE statistics").fetchall()}
        assert {"title", "section", "text", "start", "end", "value", "unit", "path"} <= columns


def test_second_run_skips_unchanged_files_touched_or_not(corpus: Path) -> None:
    run_job(corpus)
    before = store_counts()
    touched = sorted(corpus.glob("*.txt"))[0]
    os.utime(touched, (touched.stat().st_atime, touched.stat().st_mtime + 60))

    again = stored(run_job(corpus)).summary

    assert again["n_processed"] == 0 and again["n_skipped"] == again["n_documents"] == before["document"]
    assert again["counts"] == {}
    assert store_counts() == before


def test_an_edited_file_is_processed_again_alone(corpus: Path) -> None:
    run_job(corpus)
    edited = sorted(corpus.glob("*.txt"))[-1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n附记：2023年该项目新增投资3.5亿元。\n", encoding="utf-8")

    summary = stored(run_job(corpus)).summary

    assert (summary["n_processed"], summary["n_skipped"]) == (1, summary["n_documents"] - 1)
    assert store_counts()["document"] == summary["n_documents"]


def test_unreadable_files_become_ingest_errors_and_good_files_are_stored(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy2(sorted(EXAMPLES.glob("*.txt"))[0], folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "mojibake.txt").write_bytes("政府工作报告".encode("utf-8")[:-1] + b"\xff\xfe\xff")
    with open(folder / "huge.txt", "wb") as sparse:
        sparse.truncate(21 * MB)

    result = run_job(folder)

    summary = stored(result).summary
    assert (summary["n_documents"], summary["n_processed"], summary["n_errors"]) == (5, 1, 4)
    engine = open_database()
    with engine.connect() as conn:
        errors = {Path(r.path).name: (r.error_type, r.message) for r in conn.execute(select(IngestErrorRow.__table__))}
        documents = [Path(p).name for p in conn.execute(select(DocumentRow.path)).scalars()]
    engine.dispose()
    assert documents == ["good.txt"]
    assert {name: kind for name, (kind, _) in errors.items()} == {
        "empty.txt": "empty",
        "image.txt": "binary",
        "mojibake.txt": "encoding",
        "huge.txt": "too_large",
    }
    assert "20 MB" in errors["huge.txt"][1] and "empty" in errors["empty.txt"][1]
    with duckdb.connect(str(warehouse_path()), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM errors").fetchall()[0][0] == 4


def test_extraction_run_row_has_counts_and_timings(corpus: Path) -> None:
    run_id = stored(run_job(corpus)).run_id
    engine = open_database()
    with engine.connect() as conn:
        run = conn.execute(select(ExtractionRunRow.__table__).where(ExtractionRunRow.id == run_id)).one()
    engine.dispose()
    assert run.finished_at is not None and run.n_processed == run.n_documents > 0
    assert sum(run.counts.values()) == sum(store_counts()[k] for k in RECORD_TABLES)
    assert {"ingest", "parse", "extract", "save"} <= set(run.timings)


def test_grounding_check_fails_on_a_record_whose_span_moved(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    moved = sorted(corpus.glob("*.txt"))[0]

    def process_moving_one_span(doc: DocumentFile) -> ProcessedDocument:
        processed = process(doc)
        if doc.path.name != moved.name:
            return processed
        first, *rest = processed.records
        return dataclasses.replace(processed, records=[first.model_copy(update={"start": first.start + 1}), *rest])

    monkeypatch.setattr(etl.batch, "process", process_moving_one_span)  # forked workers inherit it
    result = run_job(corpus)

    evaluation = next(c for c in result.get_asset_check_evaluations() if c.check_name == "records_grounded")
    assert not evaluation.passed
    assert evaluation.metadata["ungrounded"].value == 1


def test_grounding_check_reads_only_what_the_run_stored(corpus: Path) -> None:
    def records_checked(result: dg.ExecuteInProcessResult) -> int:
        evaluation = next(c for c in result.get_asset_check_evaluations() if c.check_name == "records_grounded")
        assert evaluation.passed
        return evaluation.metadata["records_checked"].value

    assert records_checked(run_job(corpus)) == sum(store_counts()[kind] for kind in RECORD_TABLES)
    assert records_checked(run_job(corpus)) == 0
    edited = sorted(corpus.glob("*.txt"))[-1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n附记：2023年该项目新增投资3.5亿元。\n", encoding="utf-8")
    again = run_job(corpus)
    assert 0 < records_checked(again) == sum(stored(again).summary["counts"].values())


def test_empty_article_without_note_fails_its_check(corpus: Path) -> None:
    run_job(corpus)
    engine = open_database()
    with engine.begin() as conn:
        for model in RECORD_TABLES.values():
            conn.execute(model.__table__.delete().where(model.__table__.c.article_id == 1))
        conn.execute(update(ArticleRow.__table__).where(ArticleRow.__table__.c.id == 1).values(note=None))
    engine.dispose()

    result = run_job(corpus)

    assert checks(result)["records_grounded"] and not checks(result)["empty_articles_explained"]


def materialized(result: dg.ExecuteInProcessResult, asset: str) -> dict[str, Any]:
    """The metadata values of ``asset``'s materialisation in ``result``."""
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key.path == [asset]]
    return {k: v.value for k, v in event.materialization.metadata.items()}


def test_the_review_job_exports_parquet_and_writes_the_review_site_from_the_warehouse(corpus: Path) -> None:
    run_job(corpus)
    assert not parquet_dir().exists() and not report_dir().exists()  # the corpus run leaves them to review_job
    result = run_review()
    n_files = len(list(corpus.glob("*.txt")))
    assert materialized(result, "review_report")["article_pages"] == n_files
    assert len(list((report_dir() / "articles").glob("*.html"))) == n_files
    exported = materialized(result, "parquet_export")
    with duckdb.connect(str(warehouse_path()), read_only=True) as con:
        claims = con.execute("SELECT count(*) FROM claims").fetchall()[0][0]
        n_relations = con.execute("SELECT count(*) FROM information_schema.tables "
                                  "WHERE table_schema IN ('main', 'store')").fetchall()[0][0]
        from_parquet = con.execute(
            f"SELECT count(*) FROM read_parquet('{parquet_dir()}/claims/**/*.parquet', hive_partitioning = true)"
        ).fetchall()[0][0]
    assert exported["relations"] == n_relations and from_parquet == claims > 0

    run_job(corpus)
    again = run_review()  # nothing changed: neither is rewritten
    assert materialized(again, "parquet_export")["rewritten"] is False
    assert materialized(again, "review_report")["rewritten"] is False
    edited = sorted(corpus.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n附记：该市应加快建设物流园区。\n", encoding="utf-8")
    run_job(corpus)
    assert materialized(run_review(), "review_report")["rewritten"] is True


def test_conflicts_check_fails_when_the_view_misses_a_disagreement(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    for name, n in (("a.txt", 40), ("b.txt", 38)):
        (folder / name).write_text(f"走廊合作\n\n　　目前“海丝走廊”沿线共有{n}个国家参与港口合作。\n", encoding="utf-8")
    result = run_job(folder)
    assert checks(result)["conflicts_surfaced"]
    evaluation = next(c for c in result.get_asset_check_evaluations() if c.check_name == "conflicts_surfaced")
    assert evaluation.metadata["conflict_rows"].value == 1

    analysis = tmp_path / "analysis.sql"  # the view's HAVING loses its second article
    analysis.write_text(build_module.ANALYSIS_SQL.read_text(encoding="utf-8").replace(
        "HAVING count(DISTINCT f.article_id) >= 2", "HAVING count(DISTINCT f.article_id) >= 3"), encoding="utf-8")
    monkeypatch.setattr(build_module, "ANALYSIS_SQL", analysis)
    (folder / "c.txt").write_text("另一篇\n\n　　全市新增企业12家。\n", encoding="utf-8")  # the store changes: rebuilt
    assert checks(run_job(folder))["conflicts_surfaced"] is False


def test_links_check_fails_on_a_figure_linked_to_another_article_s_claim(corpus: Path) -> None:
    run_job(corpus)
    engine = open_database()
    statistic, claim = RECORD_TABLES["statistic"].__table__, RECORD_TABLES["claim"].__table__
    with engine.begin() as conn:
        figure_id, article_id = conn.execute(select(statistic.c.id, statistic.c.article_id).limit(1)).one()
        foreign = conn.execute(select(claim.c.id).where(claim.c.article_id != article_id).limit(1)).scalar_one()
        conn.execute(update(statistic).where(statistic.c.id == figure_id).values(claim_id=foreign))
    engine.dispose()
    assert checks(run_job(corpus)) == ALL_CHECKS | {"links_within_articles": False}


def test_inbox_sensor_requests_a_run_when_the_listing_changes(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"

    def tick(cursor: str | None) -> dg.SensorExecutionData:
        return inbox_sensor.evaluate_tick(dg.build_sensor_context(cursor=cursor))

    assert tick(None).run_requests == [] and "no inbox" in tick(None).skip_message
    inbox.mkdir()
    assert tick(None).run_requests == []

    article = inbox / "a.txt"
    article.write_text("二、主要做法\n2022年全市新增就业岗位1.2万个。\n", encoding="utf-8")
    first = tick(None)
    (request,) = first.run_requests
    assert request.run_config["ops"]["documents"]["config"]["folder"] == str(inbox.resolve())

    assert tick(first.cursor).run_requests == []
    os.utime(article, (article.stat().st_atime, article.stat().st_mtime + 5))
    changed = tick(first.cursor)
    assert len(changed.run_requests) == 1 and changed.cursor != first.cursor


def test_run_reports_progress_per_stage(corpus: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=PROGRESS.name)
    n_files = len(list(corpus.glob("*.txt")))

    run_job(corpus)

    ticks = [(r.stage, r.done, r.total) for r in caplog.records if r.name == PROGRESS.name]
    for stage in ("read", "extract"):  # files are saved by the workers that extract them
        assert [done for s, done, total in ticks if s == stage and total == n_files] == list(range(n_files + 1))


def test_grounding_examples() -> None:
    assert doctest.testmod(etl.checks).failed == 0
