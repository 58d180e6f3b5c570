"""The inbox sensor: drop articles into a folder and ``dagster dev`` processes them.

The cursor is a hash of the inbox listing (path, mtime, size of every file), so a
run is requested whenever the listing differs from the last one seen; the run
itself then skips whatever the store already holds unchanged.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import dagster as dg

from etl.assets import run_config
from etl.ingest import discover
from etl.settings import data_dir


def inbox_folder() -> Path:
    """``$LUNJU_INBOX`` or ``<data dir>/inbox``."""
    return Path(os.environ.get("LUNJU_INBOX") or data_dir() / "inbox").resolve()


def listing_fingerprint(paths: list[Path]) -> str:
    """sha256 of the files' paths, mtimes and sizes: changes when any file does."""
    digest = hashlib.sha256()
    for path in paths:
        stat = path.stat()
        digest.update(f"{path}\t{stat.st_mtime_ns}\t{stat.st_size}\n".encode())
    return digest.hexdigest()


@dg.sensor(
    job_name="lunju_job",
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Requests a lunju_job run over the inbox folder when its files are new or changed.",
)
def inbox_sensor(context: dg.SensorEvaluationContext) -> dg.RunRequest | dg.SkipReason:
    folder = inbox_folder()
    if not folder.is_dir():
        return dg.SkipReason(f"no inbox folder at {folder} (set LUNJU_INBOX or create it)")
    paths = discover(folder)
    if not paths:
        return dg.SkipReason(f"inbox {folder} holds no .txt or .md files")
    fingerprint = listing_fingerprint(paths)
    if fingerprint == context.cursor:
        return dg.SkipReason("no new or changed files in the inbox")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint, run_config=run_config(folder))
