"""The changed files of a run → read, parsed, extracted and saved, over worker processes.

Extraction is pure Python, held by the GIL to one core per process, so a run
spreads its files over processes (``LUNJU_WORKERS``, default one per core). Each
worker reads its files itself, extracts, and saves each one in its own transaction
through its own connection; it sends back only a :class:`~etl.store.FileOutcome`
(status, counts, timings). No text, sentence or record crosses a process boundary
or waits in memory for a later step, so a run's memory does not grow with the
number of files. SQLite serialises the workers' short write transactions (they
take the write lock at BEGIN and wait for each other); PostgreSQL runs them side by side.
"""
from __future__ import annotations

import multiprocessing
import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from pathlib import Path
from time import perf_counter

from sqlalchemy import Engine

from etl.ingest import IngestError
from etl.process import process
from etl.progress import tracked
from etl.store import FileOutcome, read_if_changed, save
from etl.text.pos import known
from models.db import make_engine

CHUNK = 4  # files handed to a worker at a time: few round trips, even shares
_engine: Engine | None = None  # a worker process's own connection pool


def kind_counts(records: Sequence) -> dict[str, int]:
    """Records per kind, as stored in ``extraction_run.counts``."""
    return dict(Counter(r.kind for r in records))


def handle(engine: Engine, path: Path, version: str) -> FileOutcome:
    """Read ``path`` unless the store holds it unchanged, then parse, extract and save it.

    An unreadable file or a parser failure is an ``error`` outcome; any other
    exception stops the run, as a bug should.
    """
    t0 = perf_counter()
    try:
        doc = read_if_changed(engine, path, version)
        if doc is None:
            return FileOutcome(path, "skipped")  # touched, same bytes
        t1 = perf_counter()
        processed = process(doc)
    except IngestError as err:
        return FileOutcome(path, "error", error=err)
    t2 = perf_counter()
    save(engine, processed, version)
    timings = {"ingest": t1 - t0, **processed.timings, "save": perf_counter() - t2}
    return FileOutcome(path, "processed", kind_counts(processed.records), timings)


def handle_all(paths: Sequence[Path], version: str, url: str, workers: int) -> list[FileOutcome]:
    """The outcome of every path, in order, with progress ticks (stage ``extract``).

    With one worker (or a single file) everything runs in this process.
    """
    if workers <= 1 or len(paths) <= 1:
        engine = make_engine(url)
        try:
            return [handle(engine, path, version) for path in tracked("extract", paths)]
        finally:
            engine.dispose()
    with ProcessPoolExecutor(
        min(workers, len(paths)), mp_context=_context(), initializer=_start_worker, initargs=(url,)
    ) as pool:
        outcomes = pool.map(_handle_in_worker, paths, repeat(version), chunksize=CHUNK)
        return [next(outcomes) for _ in tracked("extract", paths)]


def _context() -> multiprocessing.context.BaseContext:
    """Forked workers start at once and share the parent's loaded dictionaries (copy on
    write); where forking is unsafe or missing (macOS, Windows) they are spawned."""
    if sys.platform != "linux":
        return multiprocessing.get_context("spawn")
    known("预热")  # load the POS dictionary here, once, for every worker
    return multiprocessing.get_context("fork")


def _start_worker(url: str) -> None:
    global _engine
    _engine = make_engine(url)


def _handle_in_worker(path: Path, version: str) -> FileOutcome:
    assert _engine is not None, "worker not started"
    return handle(_engine, path, version)
