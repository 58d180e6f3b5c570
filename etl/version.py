"""The extractor version: changes whenever the text or extraction code changes.

Stored with every document so that an unchanged file is skipped only when the
code that would re-extract it is unchanged too.
"""
from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import version
from pathlib import Path

_CODE_DIRS = ("text", "extract", "link")  # link: entities and evidence links are saved with the records


@cache
def extractor_version() -> str:
    """``<package version>+<12 hex of the extraction code's sha256>``."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for sub in _CODE_DIRS:
        for path in sorted((root / sub).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".txt"}:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return f"{version('lunju')}+{digest.hexdigest()[:12]}"
