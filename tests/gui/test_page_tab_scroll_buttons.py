"""With large text in a small window the page tabs do not all fit and Qt shows two scroll
buttons beside them: they are large enough to find and press (Qt's own were 12 by 28 pixels),
in the palette's button colours, and they still scroll the tabs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.main_window import MainWindow


@pytest.mark.parametrize(
    ("size", "text_size"), [((1024, 700), 200), ((800, 600), 150)], ids=["200", "150"]
)
def test_the_tabs_scroll_buttons_are_large(
    qtbot: QtBot,
    open_demo_window: Callable[..., MainWindow],
    size: tuple[int, int],
    text_size: int,
) -> None:
    window = open_demo_window(size, ("light", text_size))
    assert window.pages is not None
    tab_bar = window.pages.tabBar()
    qtbot.waitUntil(lambda: tab_bar.width() > 0)
    buttons = [button for button in tab_bar.findChildren(QToolButton) if button.isVisible()]
    assert len(buttons) == 2, "the tabs should overflow 1024 pixels at this text size"
    for button in buttons:
        assert button.width() >= 32 and button.height() >= 32, button.size()
    # They are styled by palette role, not by a fixed colour, and their arrows' pictures exist.
    sheet = tab_bar.styleSheet()
    assert "palette(button)" in sheet
    arrows = re.findall(r"url\(([^)]*)\)", sheet)
    assert len(arrows) == 4 and all(Path(arrow).is_file() for arrow in arrows)
    # And they still do their work: the right one brings the last tab into view.
    right = max(buttons, key=lambda button: button.x())
    last = tab_bar.count() - 1
    for _ in range(tab_bar.count()):
        qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    assert tab_bar.tabRect(last).right() <= right.x()
