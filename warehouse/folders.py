"""Writing a whole output folder (Parquet export, HTML report) so that readers never see half of one.

The folder is built beside the target and renamed over it. An existing target is
replaced only when it carries the marker file a previous build left, so pointing
``lunju export``/``lunju report`` at a folder of one's own never deletes it.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> write_folder(root / "out", "_made_by_test", lambda tmp: (tmp / "a.txt").write_text("1"))
    >>> sorted(p.name for p in (root / "out").iterdir())
    ['_made_by_test', 'a.txt']
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path


class NotOurFolder(ValueError):
    """The target exists, is not empty and was not made by lunju: it is not ours to replace."""


def write_folder(target: Path, marker: str, fill: Callable[[Path], object]) -> None:
    """Build ``target`` by ``fill(tmp)`` in a sibling folder, mark it with ``marker`` and swap it in."""
    if target.exists() and any(target.iterdir()) and not (target / marker).is_file():
        raise NotOurFolder(f"{target} is not empty and was not written by lunju (no {marker}); choose another folder")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    old = target.with_name(f".{target.name}.{os.getpid()}.old")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        fill(tmp)
        (tmp / marker).touch()
        if target.exists():
            target.rename(old)
        tmp.rename(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)


def sql_string(path: Path | str) -> str:
    """``path`` as a SQL string literal (quotes doubled).

    >>> sql_string("/tmp/it's")
    "'/tmp/it''s'"
    """
    return "'" + str(path).replace("'", "''") + "'"
