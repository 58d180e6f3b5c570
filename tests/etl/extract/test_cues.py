"""Genre cues, on texts written for these tests."""
from __future__ import annotations

import pytest

from etl.extract.cues import reports_meeting


@pytest.mark.parametrize("title", ["——“数字就业”学术研讨会观点综述", "县域发展论坛会议纪要", "城市更新座谈会综述"])
def test_a_meeting_report_is_known_by_its_title(title: str) -> None:
    assert reports_meeting(f"{title}\n\n王某指出，就业是民生之本。\n")


def test_a_paper_that_mentions_a_meeting_late_is_no_meeting_report() -> None:
    body = "县域经济是国民经济的基本单元。" * 120
    assert not reports_meeting(f"县域经济的数字化转型\n\n{body}\n本文曾在研讨会上交流，会议综述另刊。\n")
