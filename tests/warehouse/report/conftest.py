"""The review site written once from the sample corpus's warehouse, for the page and browser tests."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from warehouse.report import write_report


@pytest.fixture(scope="session")
def site(sample: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report") / "site"
    write_report(sample.warehouse, folder)
    return folder
