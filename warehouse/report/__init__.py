"""``lunju report DIR``: a static site to review the extraction — an index with charts and one page per article.

The index charts records per article by kind, statistics by year, the top actors
and the most cited entities (inline SVG, :mod:`warehouse.report.charts`) and
lists the figures that disagree between articles. Each article page shows the
raw text with every record highlighted by kind (:mod:`warehouse.report.highlight`),
its fields on click, and a side list of records that jumps to each highlight.
Nothing is fetched at view time: CSS and script are files of the site.

The raw text is read from the document's path and used only if its sha256 is the
stored one; otherwise the page says so and lists the records without highlights.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.ingest import IngestError, read_document
from warehouse.folders import write_folder
from warehouse.report.data import ArticleInfo, load, records_of
from warehouse.report.pages import Pages

MARKER = "_lunju_report"
BATCH = 200  # articles whose records are read (and held in memory) at once
ASSETS = Path(__file__).with_name("assets")


@dataclass(frozen=True, slots=True)
class Report:
    """What was written: the index, ``pages`` article pages, of which ``without_text`` lacked their source."""

    index: Path
    pages: int
    without_text: int


def source_text(article: ArticleInfo) -> tuple[str | None, str | None]:
    """The article's raw text if its file still holds what was processed; else None and why."""
    try:
        doc = read_document(Path(article.path))
    except IngestError as err:
        return None, f"The source file cannot be read ({err.message}); records are listed without highlights."
    if doc.sha256 != article.sha256:
        return None, "The source file changed since it was processed; run `lunju run` again to see highlights."
    return doc.text, None


def write_report(warehouse: Path, target: Path) -> Report:
    """Write the review site for the warehouse into ``target`` (replacing a previous report there)."""
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}; run `lunju run` first")
    pages = Pages()
    missing = 0
    with duckdb.connect(str(warehouse), read_only=True) as con:
        data = load(con)

        def fill(folder: Path) -> None:
            nonlocal missing
            shutil.copytree(ASSETS, folder / "assets")
            (folder / "index.html").write_text(pages.index(data), encoding="utf-8")
            (folder / "articles").mkdir()
            for i in range(0, len(data.articles), BATCH):
                batch = data.articles[i:i + BATCH]
                records = records_of(con, [a.article_id for a in batch])
                for article in batch:
                    raw, notice = source_text(article)
                    missing += raw is None
                    html = pages.article(article, records.get(article.article_id, []), raw, notice)
                    (folder / "articles" / f"{article.article_id}.html").write_text(html, encoding="utf-8")

        write_folder(target, MARKER, fill)
    return Report(target / "index.html", len(data.articles), missing)
