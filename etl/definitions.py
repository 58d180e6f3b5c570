"""Everything Dagster loads: ``dagster dev -m etl.definitions``.

One job, ``lunju_job``, materialises the whole chain (documents → articles →
sql_store → warehouse → parquet_export, review_report) and runs the checks of the
store and the warehouse; ``lunju run`` executes the same job in-process.
"""
from __future__ import annotations

import dagster as dg

from etl.assets import articles, documents, parquet_export, review_report, sql_store, warehouse
from etl.checks import empty_articles_explained, links_within_articles, records_grounded
from etl.warehouse_checks import conflicts_surfaced, views_queryable
from etl.sensors import inbox_sensor

lunju_job = dg.define_asset_job(
    "lunju_job",
    selection=dg.AssetSelection.all(),
    description="Read a folder of articles, extract grounded records, store them and rebuild the warehouse.",
)

defs = dg.Definitions(
    assets=[documents, articles, sql_store, warehouse, parquet_export, review_report],
    asset_checks=[records_grounded, empty_articles_explained, links_within_articles, views_queryable,
                  conflicts_surfaced],
    jobs=[lunju_job],
    sensors=[inbox_sensor],
)
