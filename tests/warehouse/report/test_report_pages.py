"""lunju report: an index with charts and the conflicts, one page per article with every record highlighted."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import duckdb
import pytest

from etl.ingest import read_document
from etl.process import process
from etl.store import save
from models.db import open_database
from warehouse.build import build
from warehouse.folders import NotOurFolder
from warehouse.report import MARKER, write_report


class Page(HTMLParser):
    """Tag counts by (tag, class word), element ids, and all text."""

    def __init__(self) -> None:
        super().__init__()
        self.classes: dict[str, int] = {}
        self.ids: set[str] = set()
        self.tags: dict[str, int] = {}
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for word in (a.get("class") or "").split():
            self.classes[f"{tag}.{word}"] = self.classes.get(f"{tag}.{word}", 0) + 1
        if a.get("id"):
            self.ids.add(a["id"] or "")

    def handle_data(self, data: str) -> None:
        self.text += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_index_has_the_four_charts_the_conflicts_and_every_article(sample: Any, site: Path) -> None:
    page = parse(site / "index.html")
    assert page.tags["svg"] == 4
    assert {"chart-per-article", "chart-by-year", "chart-actors", "chart-entities", "conflicts"} <= page.ids
    with duckdb.connect(str(sample.warehouse), read_only=True) as con:
        n_articles = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    assert len(list((site / "articles").glob("*.html"))) == n_articles
    assert (site / MARKER).exists() and (site / "assets" / "review.js").is_file()


def test_each_article_page_anchors_and_highlights_every_record(sample: Any, site: Path) -> None:
    with duckdb.connect(str(sample.warehouse), read_only=True) as con:
        records = con.execute("SELECT article_id, kind, id FROM records").fetchall()
    for article_id in {a for a, _, _ in records}:
        page = parse(site / "articles" / f"{article_id}.html")
        keys = {f"r-{kind[0]}{i}" for a, kind, i in records if a == article_id}
        assert keys <= page.ids
        for kind in {kind for a, kind, _ in records if a == article_id}:
            assert page.classes.get(f"mark.k-{kind}", 0) > 0


def test_text_from_the_article_is_escaped(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'store.db'}")
    path = tmp_path / "x.txt"
    path.write_text("<b>开放</b>的城市\n\n　　开放提升了城市的竞争力<script>alert(1)</script>。2022年出口增长8%。\n",
                    encoding="utf-8")
    save(engine, process(read_document(path)), "test")
    build(engine, tmp_path / "wh.duckdb")
    engine.dispose()
    write_report(tmp_path / "wh.duckdb", tmp_path / "site")
    html = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.html"))
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>开放" not in html


def test_a_changed_source_is_reported_not_highlighted(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'store.db'}")
    path = tmp_path / "y.txt"
    path.write_text("开放的城市\n\n　　2022年全市出口增长8%。\n", encoding="utf-8")
    save(engine, process(read_document(path)), "test")
    build(engine, tmp_path / "wh.duckdb")
    engine.dispose()
    path.write_text("开放的城市\n\n　　改写了。\n", encoding="utf-8")

    written = write_report(tmp_path / "wh.duckdb", tmp_path / "site")

    assert written.without_text == 1
    html = (tmp_path / "site" / "articles" / "1.html").read_text(encoding="utf-8")
    assert "changed since it was processed" in html and 'class="text"' not in html
    assert re.search(r'href="#r-s\d+"', html)  # the records are still listed


def test_a_foreign_folder_is_never_replaced(sample: Any, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(NotOurFolder):
        write_report(sample.warehouse, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
