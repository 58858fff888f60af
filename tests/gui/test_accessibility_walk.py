"""Every control a person can reach on every page has a name and a role for a screen reader,
and the app's own kinds of control say what they are (the scale a slider, the chart a chart).

The walk opens each page of the window on a record with something on every page, and asks Qt's
accessibility layer (as an assistive technology would) about every widget that takes focus.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from page_keys import PAGES
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.main_window import MainWindow

NAMELESS_ROLES = {QAccessible.Role.NoRole}


@pytest.fixture
def window(open_demo_window: Callable[..., MainWindow]) -> MainWindow:
    return open_demo_window((1024, 700))


def reachable(page: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisibleTo(page)
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        # The text field inside a date or number field hands its focus to the field outside,
        # which is the one named.
        and widget.focusProxy() is None
    ]


@pytest.mark.parametrize("key", PAGES)
def test_every_reachable_control_has_a_name_and_a_role(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    window.show_page(key)
    qtbot.wait(20)
    page = window.current_page()
    assert page is not None
    controls = reachable(page)
    assert controls
    unnamed = []
    for widget in controls:
        accessible = QAccessible.queryAccessibleInterface(widget)
        name = accessible.text(QAccessible.Text.Name).strip() if accessible else ""
        role = accessible.role() if accessible else QAccessible.Role.NoRole
        if not name or role in NAMELESS_ROLES:
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r} role={role.name}")
    assert unnamed == []


def test_the_scales_are_sliders_and_the_chart_is_a_chart(qtbot: QtBot, window: MainWindow) -> None:
    today = window.today_view
    assert today is not None
    scale = next(iter(today._scales.values()))
    assert QAccessible.queryAccessibleInterface(scale).role() == QAccessible.Role.Slider
    window.show_page("history")
    qtbot.wait(20)
    history = window.current_page()
    canvas = history._canvas  # type: ignore[union-attr]
    assert canvas is not None
    chart = QAccessible.queryAccessibleInterface(canvas)
    assert chart.role() == QAccessible.Role.Chart
    assert chart.text(QAccessible.Text.Name)
