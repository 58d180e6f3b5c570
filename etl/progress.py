"""Progress of the pipeline's per-document loops, as plain log records.

Assets wrap their long loops in :func:`tracked`; ``lunju run`` attaches a handler
to :data:`LOGGER` and draws a progress bar from the records' ``stage``/``done``/
``total`` attributes. The logger sits outside Dagster's own logger on purpose:
one tick per document would otherwise flood the run's event log.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import TypeVar

LOGGER = logging.getLogger("lunju.progress")

T = TypeVar("T")


def tracked(stage: str, items: Sequence[T]) -> Iterator[T]:
    """Yield ``items``, logging a tick at the start and after each one is handled."""
    total = len(items)
    _tick(stage, 0, total)
    for done, item in enumerate(items, 1):
        yield item
        _tick(stage, done, total)


def _tick(stage: str, done: int, total: int) -> None:
    LOGGER.debug("%s %d/%d", stage, done, total, extra={"stage": stage, "done": done, "total": total})
