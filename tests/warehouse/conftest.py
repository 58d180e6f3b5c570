"""Stores and the warehouses built from them: a small one (text written for these tests), the sample
corpus and the shared corpus (both built once per session)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from etl.ingest import IngestError, read_document
from etl.process import process
from etl.store import record_error, save, start_run
from models.db import open_database
from warehouse.build import build

ROOT = Path(__file__).parents[2]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared" / "corpus"

ARTICLE = """数字经济赋能县域发展的路径研究

一、发展现状
2022年，全县数字经济规模达到85.6亿元，同比增长12.3%。

二、对策建议
各级政府应当加大对中小企业数字化转型的支持力度。
"""


@pytest.fixture
def filled(engine: Engine, tmp_path: Path) -> Engine:
    """The store after one article was saved and one file was refused, as a run would."""
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    save(engine, process(read_document(path)), "test")
    record_error(engine, start_run(engine, "test"), IngestError("empty", "file is empty (0 bytes)", tmp_path / "e.txt"))
    return engine


@pytest.fixture
def warehouse(filled: Engine, tmp_path: Path) -> Path:
    target = tmp_path / "wh.duckdb"
    build(filled, target)
    return target


@dataclass(frozen=True)
class Built:
    """A real SQLite store filled from a folder of articles, and the warehouse built from it."""

    engine: Engine
    warehouse: Path


def build_corpus(folder: Path, files: list[Path]) -> Built:
    """Process and save every file (as a run would, links included), then build the warehouse."""
    engine = open_database(f"sqlite:///{folder / 'store.db'}")
    for path in files:
        save(engine, process(read_document(path)), "test")
    build(engine, folder / "wh.duckdb")
    return Built(engine, folder / "wh.duckdb")


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """The sample corpus of the repository (examples/)."""
    built = build_corpus(tmp_path_factory.mktemp("sample"), sorted(EXAMPLES.glob("*.txt")))
    yield built
    built.engine.dispose()


@pytest.fixture(scope="session")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """The shared corpus beside the checkout (../shared/corpus, as CI lays it)."""
    assert SHARED.is_dir(), f"no shared corpus at {SHARED}: the tests read it beside the checkout"
    built = build_corpus(tmp_path_factory.mktemp("shared"), sorted(SHARED.glob("*.txt")))
    yield built
    built.engine.dispose()
