"""At 150% text (Preferences), every page at 1024x700 still lays out: no two visible controls
on a page overlap and none is squeezed below the room it needs (scroll bars appear instead), so
nothing is drawn over anything else or cut off.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from page_keys import DEMO_TODAY, PAGES
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QScrollArea, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.main_window import MainWindow


@pytest.fixture
def window(open_demo_window: Callable[..., MainWindow]) -> MainWindow:
    return open_demo_window((1024, 700), ("system", 150))


def described(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"


def overlaps(page: QWidget) -> list[str]:
    found = []
    for parent in [page, *page.findChildren(QWidget)]:
        children = [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child.isVisible() and not child.isWindow() and not isinstance(child, QScrollBar)
        ]
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 2 and shared.height() > 2:
                    found.append(f"{described(first)} / {described(second)}")
    return found


def squeezed(page: QWidget) -> list[str]:
    """Visible controls given less room than they need to draw themselves whole."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, (QScrollBar, QAbstractScrollArea)):
            continue
        if widget.parentWidget() is not None and isinstance(
            widget.parentWidget().parentWidget(), QAbstractScrollArea
        ):
            continue  # a scroll area's contents: they scroll
        needed = widget.minimumSizeHint()
        # A few pixels short is not seen (the chart's frame gives up some of its margin); a
        # tenth or more is a control cut off.
        if needed.isValid() and widget.height() < needed.height() * 0.9:
            found.append(
                f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}:"
                f" {widget.height()} < {needed.height()}"
            )
    return found


@pytest.mark.parametrize("key", PAGES)
def test_nothing_overlaps_or_is_squeezed_at_150_percent(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    window.show_page(key)
    qtbot.wait(30)
    page = window.current_page()
    assert page is not None
    # The chart is drawn a moment after the page shows, and its page then takes a turn of
    # the event loop to lay out again: what counts is where it settles.
    qtbot.waitUntil(lambda: squeezed(page) == [], timeout=3000)
    assert overlaps(page) == []
    # Nothing runs off the window's right edge: the page fits in 1024 pixels, or scrolls
    # inside itself (a page that needs more makes the whole window wider than the screen).
    assert window.minimumSizeHint().width() <= 1024
    assert page.minimumSizeHint().width() <= page.width()


@pytest.mark.parametrize("key", PAGES)
def test_no_page_scrolls_sideways_at_150_percent(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    """Rows that no longer fit turn into columns (a flag's level under its symptom, Profile's
    two columns one above the other) and Today leaves its month to "Pick a day…": reading a
    page never needs a sideways scroll, which people miss (tables may still scroll)."""
    window.show_page(key)
    qtbot.wait(30)
    page = window.current_page()
    assert page is not None
    sideways = [
        described(area)
        for area in page.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0
    ]
    assert sideways == []


def cut_short(page: QWidget) -> list[str]:
    """Visible word-wrapped texts given less height than their lines need at their width."""
    found = []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.wordWrap() or not label.text():
            continue
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 2:
            found.append(f"{described(label)}: {label.height()} < {needed}")
    return found


@pytest.mark.parametrize("key", ["receptors", "treatments", "appointments"])
def test_a_list_page_taller_than_the_window_scrolls_down_rather_than_cutting_text(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    """Treatments' "Now taking" once lost the start date of its second treatment under the
    list at 150% in a 700-pixel window (the desktop's fonts are taller than the test's, so a
    shorter window stands in for it here): the page scrolls down instead, never sideways."""
    window.show_page(key)
    window.resize(1024, 450)
    qtbot.wait(30)
    page = window.current_page()
    assert page is not None
    assert window.height() <= 460  # the page does not hold the window taller than asked
    qtbot.waitUntil(lambda: cut_short(page) == [] and squeezed(page) == [], timeout=3000)
    assert overlaps(page) == []
    assert page.page_scroll.horizontalScrollBar().maximum() == 0
    assert page.minimumSizeHint().width() <= page.width()


def test_today_at_200_percent_does_not_scroll_sideways(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow]
) -> None:
    """At 200% each symptom's name goes above its scale and "Choose symptoms…" under the
    quick starts: the day's form fits a 1024-pixel window with no sideways scroll. (The
    desktop's fonts are wider than the test's, so a 900-pixel window stands in for it.)"""
    window = open_demo_window((1024, 700), ("system", 200))
    window.show_page("today")
    window.resize(900, 700)
    qtbot.wait(30)
    page = window.current_page()
    assert page is not None
    sideways = [
        described(area)
        for area in page.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0
    ]
    assert sideways == []
    assert window.width() <= 900
    assert overlaps(page) == []


def test_flags_at_200_percent_leave_the_cards_most_of_the_window(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow]
) -> None:
    """At 200% the title, the words and the controls filled a 700-pixel window and left the
    cards a strip a line high; there they scroll with the cards instead."""
    window = open_demo_window((1024, 700), ("system", 200))
    window.show_page("flags")
    qtbot.wait(30)
    page = window.current_page()
    assert page is not None
    qtbot.waitUntil(lambda: bool(page.symptom_cards()), timeout=5000)
    assert page.scroll_area.height() >= page.height() * 0.8
    assert page.scroll_area.horizontalScrollBar().maximum() == 0


def test_pick_a_day_at_150_percent_fits_a_700_pixel_screen_without_overlap(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The month and its legend one above the other were taller than the screen; the dialog,
    held to the screen, drew the legend over the month. The legend now stands beside it."""
    from mbc_tracker.gui.month_overview import PickDayDialog

    window.show_page("today")
    page = window.current_page()
    dialog = PickDayDialog(page._record, DEMO_TODAY, window, today=lambda: DEMO_TODAY)  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    calendar, legend = dialog.overview.calendar, dialog.overview.legend
    assert dialog.minimumSizeHint().height() <= 640  # a 700-pixel screen, less a title bar
    assert not calendar.geometry().intersects(legend.geometry())
    assert calendar.height() >= calendar.minimumSizeHint().height()
    assert legend.height() >= legend.heightForWidth(legend.width())
