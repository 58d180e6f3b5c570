"""Everything Dagster loads: ``dagster dev -m etl.definitions``.

``lunju_job`` materialises the chain (documents → articles → sql_store → warehouse)
and runs the checks of the store and the warehouse; ``lunju run`` executes the same
job in-process. ``review_job`` materialises what is made from the warehouse for
people and BI tools (parquet_export, review_report): writing a page per article
costs more than extracting it, so a run of the corpus does not pay for it, and
``lunju run --review`` (or the UI) asks for it.
"""
from __future__ import annotations

import dagster as dg

from etl.assets import articles, documents, parquet_export, review_report, sql_store, warehouse
from etl.checks import empty_articles_explained, links_within_articles, records_grounded
from etl.sensors import inbox_sensor
from etl.warehouse_checks import conflicts_surfaced, views_queryable

REVIEW = dg.AssetSelection.assets(parquet_export, review_report)

lunju_job = dg.define_asset_job(
    "lunju_job",
    selection=dg.AssetSelection.all() - REVIEW,
    description="Read a folder of articles, extract grounded records, store them and rebuild the warehouse.",
)

review_job = dg.define_asset_job(
    "review_job",
    selection=REVIEW,
    description="Export the warehouse as Parquet and write the review site (both skipped when the warehouse "
    "has not changed since they were written).",
)

defs = dg.Definitions(
    assets=[documents, articles, sql_store, warehouse, parquet_export, review_report],
    asset_checks=[records_grounded, empty_articles_explained, links_within_articles, views_queryable,
                  conflicts_surfaced],
    jobs=[lunju_job, review_job],
    sensors=[inbox_sensor],
)
