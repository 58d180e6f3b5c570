"""A small SQL store and the warehouse built from it (the text is written for these tests)."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from etl.ingest import IngestError, read_document
from etl.process import process
from etl.store import record_error, save, start_run
from warehouse.build import build

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
