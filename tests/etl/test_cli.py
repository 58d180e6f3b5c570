"""The ``lunju`` command line through typer's CliRunner, against a real store and warehouse in tmp_path."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from etl.cli import app
from etl.extract.grounding import fold
from etl.ingest import read_document
from etl.process import process

SAMPLE = sorted((Path(__file__).parents[2] / "examples").glob("*.txt"))[0]

Lunju = Callable[..., Result]


def cli_in(folder: Path) -> Lunju:
    """``lunju(*args)``: the CLI with its data folder (store, warehouse, Dagster home) in ``folder``."""
    runner = CliRunner()
    data = folder / "data"
    env = {"LUNJU_DATA": str(data), "LUNJU_DATABASE_URL": f"sqlite:///{data / 'lunju.db'}"}
    return lambda *args: runner.invoke(app, list(args), env=env)


@pytest.fixture
def lunju(tmp_path: Path) -> Lunju:
    return cli_in(tmp_path)


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> tuple[Lunju, Result]:
    """The CLI after ``lunju run`` over one sample article and one empty file (shared: tests only read)."""
    folder = tmp_path_factory.mktemp("ran")
    corpus = folder / "corpus"
    corpus.mkdir()
    shutil.copy2(SAMPLE, corpus / SAMPLE.name)
    (corpus / "empty.txt").write_bytes(b"")
    lunju = cli_in(folder)
    result = lunju("run", "--review", str(corpus))
    assert result.exit_code == 0, result.output
    return lunju, result


def test_run_with_review_writes_the_parquet_export_and_the_review_site(ran: tuple[Lunju, Result]) -> None:
    _, result = ran
    data = Path(result.stdout.split("warehouse: ")[1].split()[0]).parent
    assert (data / "report" / "index.html").is_file() and (data / "report" / "articles" / "1.html").is_file()
    assert (data / "parquet" / "_lunju_export.json").is_file()
    assert (data / "report" / "index.html").as_uri() in result.stdout.replace("\n", "")


def test_extract_jsonl_prints_every_record_grounded(lunju: Lunju) -> None:
    result = lunju("extract", str(SAMPLE), "--format", "jsonl")

    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    doc = read_document(SAMPLE)
    assert lines == [r.as_json() for r in process(doc).records]
    for line in lines:
        assert fold(doc.text[line["start"]:line["end"]]) == line["text"]


def test_extract_table_shows_the_records(lunju: Lunju) -> None:
    result = lunju("extract", str(SAMPLE), "--format", "table")

    assert result.exit_code == 0
    kinds = {r.kind for r in process(read_document(SAMPLE)).records}
    assert "kind" in result.stdout and all(kind in result.stdout for kind in kinds)


def test_extract_refuses_an_unreadable_file_clearly(lunju: Lunju, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    result = lunju("extract", str(empty))

    assert result.exit_code == 1 and result.stdout == ""
    assert "empty" in result.stderr


def test_run_reports_counts_by_kind_and_errors(ran: tuple[Lunju, Result]) -> None:
    _, result = ran
    assert "2 files: 1 processed, 0 unchanged, 1 errors" in result.stdout
    assert "Records by kind" in result.stdout
    assert "empty.txt" in result.stdout and "check failed" not in result.stdout


def test_status_shows_the_store(ran: tuple[Lunju, Result]) -> None:
    lunju, _ = ran
    result = lunju("status")

    assert result.exit_code == 0
    assert "1 documents" in result.stdout and "last run 1" in result.stdout
    assert "empty.txt" in result.stdout


def test_query_formats_agree(ran: tuple[Lunju, Result]) -> None:
    lunju, _ = ran
    sql = "SELECT kind, count(*) AS n FROM records GROUP BY kind ORDER BY kind"

    as_json = json.loads(lunju("query", sql, "--format", "json").stdout)
    as_csv = list(csv.DictReader(io.StringIO(lunju("query", sql, "--format", "csv").stdout)))
    as_table = lunju("query", sql).stdout

    assert as_json and [{k: str(v) for k, v in row.items()} for row in as_json] == as_csv
    assert all(row["kind"] in as_table for row in as_json)


def test_query_runs_a_canned_query_by_name(ran: tuple[Lunju, Result]) -> None:
    lunju, _ = ran
    (row,) = json.loads(lunju("query", "records_by_article", "--format", "json").stdout)
    assert row["article_id"] == 1 and set(row) >= {"title", "statistics", "examples"}


@pytest.mark.parametrize("sql", ["DROP TABLE records", "DELETE FROM store.document", "ATTACH 'x.db'"])
def test_query_refuses_writes(ran: tuple[Lunju, Result], sql: str) -> None:
    lunju, _ = ran
    result = lunju("query", sql)

    assert result.exit_code == 2 and "refused" in result.stderr
    assert json.loads(lunju("query", "SELECT count(*) AS n FROM documents", "--format", "json").stdout) == [{"n": 1}]


def test_query_without_warehouse_says_to_run_first(lunju: Lunju) -> None:
    result = lunju("query", "SELECT 1")
    assert result.exit_code == 1 and "lunju run" in result.stderr


def test_export_parquet_writes_every_relation_and_refuses_a_foreign_folder(
    ran: tuple[Lunju, Result], tmp_path: Path
) -> None:
    lunju, _ = ran
    result = lunju("export", "parquet", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "_lunju_export.json").read_text(encoding="utf-8"))
    assert {"statistics", "statistic_conflicts", "fact_claim"} <= {r["name"] for r in manifest["relations"]}

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me", encoding="utf-8")
    refused = lunju("export", "parquet", str(mine))
    assert refused.exit_code == 1 and "not written by lunju" in refused.output
    assert (mine / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_report_writes_the_site_and_says_where(ran: tuple[Lunju, Result], tmp_path: Path) -> None:
    lunju, _ = ran
    result = lunju("report", str(tmp_path / "site"))
    assert result.exit_code == 0, result.output
    assert "1 article pages" in result.stdout and (tmp_path / "site" / "index.html").is_file()


def test_a_real_lunju_run_process_exits_cleanly(tmp_path: Path) -> None:
    """As a shell runs it: exit 0 and nothing on stderr but progress (no native objects left at shutdown)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy2(SAMPLE, corpus / SAMPLE.name)
    data = tmp_path / "data"
    env = {**os.environ, "LUNJU_DATA": str(data), "LUNJU_DATABASE_URL": f"sqlite:///{data / 'lunju.db'}"}
    done = subprocess.run([str(Path(sys.executable).with_name("lunju")), "run", str(corpus)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "leaked" not in done.stderr and "Traceback" not in done.stderr
