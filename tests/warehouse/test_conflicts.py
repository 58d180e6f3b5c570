"""statistic_conflicts on articles written for this test: one measure, worded differently, with different values."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from etl.ingest import read_document
from etl.process import process
from etl.store import save
from models.db import open_database
from warehouse.build import build

ARTICLES = {
    "a.txt": "海丝走廊的港口合作\n\n　　“海丝走廊”沿线约40个国家和地区的港口需求正在上升。\n",
    "b.txt": "走廊建设的新阶段\n\n　　目前“海丝走廊”沿线共有38个国家，港口合作前景广阔。\n",
    "c.txt": "港口城市的机遇\n\n　　“海丝走廊”倡议提出以来，合作已覆盖40个国家。\n",
    "d.txt": "内陆城市的开放\n\n　　全市新增外贸企业120家。\n",
    "e.txt": "另一座城市的开放\n\n　　全市新增外贸企业95家。\n",
}


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    engine = open_database(f"sqlite:///{tmp_path / 'store.db'}")
    for name, text in ARTICLES.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        save(engine, process(read_document(path)), "test")
    build(engine, tmp_path / "wh.duckdb")
    engine.dispose()
    return tmp_path / "wh.duckdb"


def test_one_measure_reported_differently_is_one_conflict(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("SELECT measure, unit, n_articles, min_value, max_value, reported_values, titles "
                           "FROM statistic_conflicts").fetchall()
    assert rows == [("海丝走廊·国家", "个", 3, 38.0, 40.0, [38.0, 40.0],
                     ["海丝走廊的港口合作", "港口城市的机遇", "走廊建设的新阶段"])]


def test_figures_of_each_article_s_own_city_are_not_compared(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        keys = con.execute("SELECT measure_key FROM statistics WHERE unit = '家'").fetchall()
    assert keys == [(None,), (None,)]
