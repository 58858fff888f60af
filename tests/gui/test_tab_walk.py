"""Keyboard alone, on every page: the page shown has the focus in it at once (the first page
too, right after start), and Tab goes round the window through every control a person can reach
on the page, each once, never trapped (a table's cells used to keep Tab inside the table).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from page_keys import PAGES
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.main_window import MainWindow


@pytest.fixture
def window(open_demo_window: Callable[..., MainWindow]) -> MainWindow:
    return open_demo_window((1280, 860))


def chosen_by_arrows(widget: QWidget) -> bool:
    """An unchosen button of a one-of-several group: Tab goes to the chosen one, and the arrow
    keys move between them (as for radio buttons everywhere)."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable() or widget.isChecked():
        return False
    group = widget.group()
    return (group is not None and group.exclusive()) or widget.autoExclusive()


def reachable(page: QWidget) -> set[QWidget]:
    return {
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisibleTo(page)
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and not chosen_by_arrows(widget)
    }


@pytest.mark.parametrize("key", PAGES)
def test_tab_walks_through_every_control_of_the_page_once(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    qtbot.keyClick(
        window, Qt.Key(Qt.Key.Key_1 + PAGES.index(key)), Qt.KeyboardModifier.ControlModifier
    )
    page = window.current_page()
    assert page is not None
    first = QApplication.focusWidget()
    assert first is not None and page.isAncestorOf(first), "the page has the focus at once"
    expected = reachable(page)
    visited: list[QWidget] = [first]
    for _step in range(200):  # once round the whole window, back to where it started
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is first:
            break
        if page.isAncestorOf(focused):
            name = f"{type(focused).__name__} {focused.objectName()!r}"
            assert focused not in visited, f"Tab came back to {name} before going round"
            visited.append(focused)
    else:
        pytest.fail("Tab never came back to where it started: a trap")
    missed = [
        f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"
        for widget in expected - set(visited)
    ]
    assert missed == []
