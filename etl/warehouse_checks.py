"""Asset checks on the warehouse: what analysts and BI tools rely on when they open it.

Every view and table of the main schema must answer (a view over a renamed
column fails only when queried, not when the file is built), and a measure that
two articles report with different values must show up in ``statistic_conflicts``:
the disagreeing measures are counted from the copied store tables, apart from the
view's own joins.
"""
from __future__ import annotations

import dagster as dg
import duckdb

from etl.assets import warehouse
from etl.settings import warehouse_path
from warehouse.export import relations

DISAGREEING_MEASURES = """
SELECT count(*) FROM (
    SELECT measure_key FROM store.statistic WHERE measure_key IS NOT NULL
    GROUP BY measure_key, unit, year, is_change
    HAVING count(DISTINCT article_id) >= 2 AND count(DISTINCT value) >= 2
)"""


@dg.asset_check(asset=warehouse, description="Every view and table of the warehouse answers a query; row counts as "
                                             "metadata.")
def views_queryable() -> dg.AssetCheckResult:
    rows: dict[str, int] = {}
    broken: dict[str, str] = {}
    with duckdb.connect(str(warehouse_path()), read_only=True) as con:
        for name in (name for schema, name in relations(con) if schema == "main"):
            try:
                rows[name] = con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0]
            except duckdb.Error as err:
                broken[name] = str(err).splitlines()[0]
    return dg.AssetCheckResult(
        passed=bool(rows) and not broken,
        metadata={**{f"rows in {name}": n for name, n in rows.items()},
                  "broken": "\n".join(f"{name}: {why}" for name, why in broken.items())},
    )


@dg.asset_check(asset=warehouse, description="statistic_conflicts has a row for every measure two articles report "
                                             "with different values (same unit, year and kind of figure).")
def conflicts_surfaced() -> dg.AssetCheckResult:
    with duckdb.connect(str(warehouse_path()), read_only=True) as con:
        expected = con.execute(DISAGREEING_MEASURES).fetchall()[0][0]
        shown = con.execute("SELECT count(*) FROM statistic_conflicts").fetchall()[0][0]
    return dg.AssetCheckResult(passed=shown == expected,
                               metadata={"disagreeing_measures": expected, "conflict_rows": shown})
