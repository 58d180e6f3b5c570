"""The benchmark at a tiny size: it runs end to end and reports every figure; speed itself is not judged here.

Timings are measured by ``make bench`` as ratios to jieba in the same run, never asserted in tests.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import bench
from benchmarks.corpus import TARGET_CHARS, write_corpus

FIGURES = {"posseg_chars_per_s", "extract_chars_per_s", "pipeline_chars_per_s", "parallel_speedup", "noop_ratio",
           "peak_rss_mb", "max_view_ms"}


@pytest.fixture(autouse=True)
def own_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The benchmark points lunju at folders of its own; the test's environment is restored afterwards."""
    monkeypatch.setenv("LUNJU_DATA", str(tmp_path / "unused"))


def test_a_small_run_reports_every_figure_and_appends_a_results_row(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    out = tmp_path / "figures.json"
    bench.main(["--articles", "6", "--workers", "2", "--posseg-chars", "20000", "--json", str(out),
                "--results", str(results), "--work-dir", str(tmp_path / "work")])

    figures = json.loads(out.read_text(encoding="utf-8"))
    assert FIGURES <= set(figures)
    assert all(figures[k] > 0 for k in FIGURES)
    assert figures["articles"] == 6 and figures["posseg_chars"] >= 20000
    assert set(figures["targets_met"]) == set(bench.TARGETS)
    assert any(name == "read statistic_conflicts" for name in figures["view_ms"])
    assert {"per file: extract", "per file: save", "step: warehouse"} <= set(figures["stage_seconds"])
    rows = [line for line in results.read_text(encoding="utf-8").splitlines() if line.startswith("| 20")]
    assert len(rows) == 1 and "| 6 |" in rows[0]


def test_the_generated_corpus_has_no_two_equal_articles_of_about_the_target_size(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 12)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len(set(texts)) == 12
    assert all(0.5 * TARGET_CHARS < len(t) < 2 * TARGET_CHARS for t in texts)

