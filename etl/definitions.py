"""Everything Dagster loads: ``dagster dev -m etl.definitions``.

One job, ``lunju_job``, materialises the whole chain (documents → articles →
sql_store → warehouse) and runs the store's checks; ``lunju run`` executes the
same job in-process.
"""
from __future__ import annotations

import dagster as dg

from etl.assets import articles, documents, sql_store, warehouse
from etl.checks import empty_articles_explained, records_grounded
from etl.sensors import inbox_sensor

lunju_job = dg.define_asset_job(
    "lunju_job",
    selection=dg.AssetSelection.all(),
    description="Read a folder of articles, extract grounded records, store them and rebuild the warehouse.",
)

defs = dg.Definitions(
    assets=[documents, articles, sql_store, warehouse],
    asset_checks=[records_grounded, empty_articles_explained],
    jobs=[lunju_job],
    sensors=[inbox_sensor],
)
