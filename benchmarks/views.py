"""The latency of the warehouse as an analyst meets it: each canned query, and each view and table read whole.

    uv run python -m benchmarks.views data/warehouse.duckdb   # {"query top_actors": 31.0, …} in ms

Every read opens the warehouse read-only, as ``lunju query`` and BI tools do, and pulls
the whole result into Arrow; each figure is the median of three.
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from warehouse.export import relations
from warehouse.query import canned_queries, run_query

REPEATS = 3  # timings of a view or query: the median of this many


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure_views(warehouse: Path) -> dict[str, float]:
    """Milliseconds of each canned query and of reading each view and table of the main schema whole
    (``SELECT *`` into Arrow, as a BI tool pulling a dataset does)."""

    def view_reader(name: str) -> Callable[[], object]:
        def read() -> None:
            with duckdb.connect(str(warehouse), read_only=True) as con:
                con.sql(f'SELECT * FROM "{name}"').to_arrow_table()

        return read

    jobs: dict[str, Callable[[], object]] = {
        f"query {name}": (lambda name=name: run_query(warehouse, name)) for name in canned_queries()
    }
    with duckdb.connect(str(warehouse), read_only=True) as con:
        names = [name for schema, name in relations(con) if schema == "main"]
    jobs |= {f"read {name}": view_reader(name) for name in names}
    return {name: 1000 * statistics.median(timed(job) for _ in range(REPEATS)) for name, job in jobs.items()}


if __name__ == "__main__":
    print(json.dumps(measure_views(Path(sys.argv[1]))))
