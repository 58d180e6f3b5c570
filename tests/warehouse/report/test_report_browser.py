"""The review site in a real headless Chromium: scripts run, charts and highlights of all four kinds render.

Chromium (Debian's ``chromium``) is installed by ``make test``; the screenshots are kept
under ``test-artifacts/`` for a person to look at.
"""
from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import duckdb
import pytest


CHROMIUM = shutil.which("chromium") or "chromium"  # missing: the tests fail (run `make test`, which installs it)
ARTIFACTS = Path(__file__).parents[3] / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(page: Path, profile: Path, *args: str) -> str:
    """Run headless Chromium on a local page; its stdout."""
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


class Dom(HTMLParser):
    """Classes of marks, counts of svg and chart rects, attributes of <html>, text of the legend."""

    def __init__(self) -> None:
        super().__init__()
        self.mark_kinds: set[str] = set()
        self.svgs = 0
        self.rects = 0
        self.html_attrs: dict[str, str | None] = {}
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.html_attrs = a
        if tag == "mark":
            self.mark_kinds |= {c[2:] for c in (a.get("class") or "").split() if c.startswith("k-")}
        self.svgs += tag == "svg"
        self.rects += tag == "rect"

    def handle_data(self, data: str) -> None:
        self.text += data


def dom(html: str) -> Dom:
    parsed = Dom()
    parsed.feed(html)
    return parsed


def richest_article(warehouse: Path) -> int:
    """The article with the most records among those holding all four kinds."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("SELECT article_id FROM records GROUP BY article_id "
                           "HAVING count(DISTINCT kind) = 4 ORDER BY count(*) DESC LIMIT 1").fetchall()[0][0]


def test_the_index_renders_its_charts(site: Path, tmp_path: Path) -> None:
    page = dom(chromium(site / "index.html", tmp_path / "profile", "--dump-dom"))
    assert page.html_attrs.get("data-ready") == "1"  # set by review.js: the script ran
    assert page.svgs == 4 and page.rects > 8

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report-index.png"
    shot.unlink(missing_ok=True)
    chromium(site / "index.html", tmp_path / "profile", "--window-size=1400,1600", f"--screenshot={shot}")
    assert shot.stat().st_size > 10_000


def test_an_article_page_highlights_all_four_kinds(sample: Any, site: Path, tmp_path: Path) -> None:
    page_file = site / "articles" / f"{richest_article(sample.warehouse)}.html"
    page = dom(chromium(page_file, tmp_path / "profile", "--dump-dom"))
    assert page.html_attrs.get("data-ready") == "1"
    assert page.mark_kinds >= {"statistic", "recommendation", "claim", "example"}
    assert page.text.count("highlighted") == 4  # the legend counts, written by the script

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report-article.png"
    shot.unlink(missing_ok=True)
    chromium(page_file, tmp_path / "profile", "--window-size=1400,2400", f"--screenshot={shot}")
    assert shot.stat().st_size > 10_000
