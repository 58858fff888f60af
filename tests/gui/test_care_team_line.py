"""Every page that shows flags, or marks flagged days, carries the one short line: this app does
not replace the care team; if you feel very unwell, contact them or emergency services."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.care_team_notice import CareTeamNotice
from mbc_tracker.gui.main_window import MainWindow


@pytest.mark.parametrize(
    "key",
    [
        "today",  # the month marks days with an open flag
        "flags",
        "history",  # the chart rings the days that raised a flag
    ],
)
def test_pages_with_flags_carry_the_care_team_line(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow], key: str
) -> None:
    window = open_demo_window((1024, 700), ("system", 100))
    window.show_page(key)
    qtbot.wait(30)
    page = window.current_page()
    assert page is not None
    shown = [notice for notice in page.findChildren(CareTeamNotice) if notice.isVisibleTo(page)]
    assert shown, f"no care-team line on {key}"
    assert "does not replace your care team" in shown[0].text()
    assert "emergency services" in shown[0].text()
