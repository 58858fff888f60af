"""Rows that turn into columns when large text leaves them no room, and Today's month that
steps aside for the scales: what a person at 150% or 200% text sees instead of a page that
scrolls sideways or cuts off its right-hand end."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.month_overview import FLAG_MARKS_DELAY_MS
from mbc_tracker.gui.today_view import TodayView
from mbc_tracker.gui.widgets import ReflowBox


def reflow_in_window(qtbot: QtBot, width: int) -> tuple[QWidget, ReflowBox, QLabel, QLabel]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    box = ReflowBox(window)
    first = QLabel("Temperature " * 3)
    second = QLabel("▲ Contact your care team promptly")
    box.add_widget(first, 1)
    box.add_widget(second)
    layout.addWidget(box)
    window.resize(width, 200)
    window.show()
    qtbot.waitExposed(window)
    return window, box, first, second


def test_side_by_side_while_both_fit(qtbot: QtBot) -> None:
    _window, box, first, second = reflow_in_window(qtbot, 1000)
    assert box.is_row
    assert second.geometry().top() == first.geometry().top()
    assert second.geometry().left() >= first.geometry().right()


def test_one_under_the_other_when_they_do_not(qtbot: QtBot) -> None:
    window, box, first, second = reflow_in_window(qtbot, 1000)
    narrow = max(first.minimumSizeHint().width(), second.minimumSizeHint().width()) + 40
    window.resize(narrow, 200)
    qtbot.waitUntil(lambda: not box.is_row)
    assert second.geometry().top() >= first.geometry().bottom()
    assert box.geometry().right() <= window.width()  # nothing cut off at the right
    # ... and back to a row when the window is wide again.
    window.resize(1000, 200)
    qtbot.waitUntil(lambda: box.is_row)


def test_its_least_width_is_its_widest_item_not_the_row(qtbot: QtBot) -> None:
    _window, box, first, second = reflow_in_window(qtbot, 1000)
    widest = max(first.minimumSizeHint().width(), second.minimumSizeHint().width())
    assert box.minimumSizeHint().width() == widest
    assert box.row_width() > widest


def month_shown(window: MainWindow) -> bool:
    view = window.today_view
    assert isinstance(view, TodayView)
    return view.month_overview.isVisibleTo(window)


def test_today_keeps_the_month_beside_the_form_at_100_percent(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow]
) -> None:
    window = open_demo_window((1024, 700), ("system", 100))
    window.show_page("today")
    qtbot.wait(30)
    assert month_shown(window)


def test_today_leaves_the_month_to_pick_a_day_when_the_scales_need_the_width(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow]
) -> None:
    window = open_demo_window((1024, 700), ("system", 200))
    window.show_page("today")
    qtbot.wait(30)
    view = window.today_view
    assert isinstance(view, TodayView)
    assert not month_shown(window)
    form = view.findChild(QScrollArea)
    assert form is not None and form.accessibleName() == "The day's form"
    assert form.horizontalScrollBar().maximum() == 0  # every scale's 0 to 10 in view
    # Stepped aside, the month does not keep a timer going to mark its flags: the app goes
    # idle (the flags are marked when the month shows again).
    month = view.month_overview
    qtbot.waitUntil(lambda: not month._flag_marks_timer.isActive(), timeout=3000)
    qtbot.wait(FLAG_MARKS_DELAY_MS + 200)
    assert not month._flag_marks_timer.isActive()
    # The same month, with its marks, is under "Pick a day…"; wider, it comes back.
    window.resize(2400, 900)
    qtbot.waitUntil(lambda: month_shown(window))
    qtbot.waitUntil(lambda: bool(month.calendar.flagged_days()), timeout=5000)


def test_a_list_page_divider_gives_the_list_the_room_its_columns_need(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow]
) -> None:
    """On Appointments at 1024x700 the questions panel leaves the list too narrow for its
    last columns (they scroll sideways); dragging the divider to the right shows them."""
    window = open_demo_window((1024, 700), ("system", 100))
    window.show_page("appointments")
    qtbot.wait(30)
    page = window.current_page()
    splitter = page.body_splitter
    table = page.table
    before = table.width()
    handle = splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(handle, start + QPoint(step * 20, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))
    qtbot.waitUntil(lambda: table.width() > before + 100)
    assert page.detail_widget.width() >= page.detail_widget.minimumSizeHint().width()


@pytest.mark.parametrize("key", ["flags", "profile", "receptors", "treatments", "appointments"])
def test_a_narrow_window_at_large_text_still_holds_each_page_whole(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow], key: str
) -> None:
    """A window half a small screen wide at 150% (or a 1024-pixel one at 200% on a desktop
    with large fonts): rows of controls wrap, so no page asks for more width than there is
    (a page that did would make the whole window wider than the screen, on every page)."""
    window = open_demo_window((1024, 700), ("system", 150))
    window.show_page(key)
    qtbot.wait(30)
    window.resize(560, 700)
    qtbot.wait(30)
    page = window.current_page()
    assert page is not None
    assert page.minimumSizeHint().width() <= page.width()
    assert window.width() <= 600
