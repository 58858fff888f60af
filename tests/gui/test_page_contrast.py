"""Every word on every page is readable in every look: the page is rendered as a person sees it
(light, dark and high contrast), and each visible label's text is measured against the
background actually behind it. WCAG 2 AA: 4.5:1, or 3:1 for large text (18 pt, or 14 pt bold).

The text colour is the pixel of the label that stands out most from its background (the inside
of a letter): anti-aliasing only ever lowers the contrast of the edges.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from page_keys import PAGES
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_theme_contrast import contrast

from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.theme import Appearance


@pytest.fixture(params=[Appearance.LIGHT, Appearance.DARK, Appearance.HIGH_CONTRAST])
def window(
    request: pytest.FixtureRequest, open_demo_window: Callable[..., MainWindow]
) -> MainWindow:
    return open_demo_window((1280, 860), (request.param.value, 100))


def text_widgets(page: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue  # inactive controls are exempt (WCAG 1.4.3)
        if (isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull()) or (
            isinstance(widget, QAbstractButton) and widget.text().strip()
        ):
            found.append(widget)
    return found


def measured(image: QImage, area: QRect) -> float:
    """The contrast of the most distinct pixel in ``area`` against its commonest colour."""
    colours: Counter[int] = Counter()
    for y in range(area.top(), area.bottom() + 1, 1):
        for x in range(area.left(), area.right() + 1, 1):
            colours[image.pixel(x, y)] += 1
    background = QColor.fromRgb(colours.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(pixel), background) for pixel in colours)


def large(widget: QWidget) -> bool:
    font = widget.font()
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return points >= 18 or (points >= 14 and font.bold())


@pytest.mark.parametrize("key", PAGES)
def test_every_visible_word_on_the_page_is_readable(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    window.show_page(key)
    qtbot.wait(30)
    page = window.current_page()
    assert page is not None
    image = window.grab().toImage()
    bounds = QRect(QPoint(0, 0), window.size())
    weak = []
    for widget in text_widgets(page):
        visible = widget.visibleRegion().boundingRect()
        if visible.width() < 4 or visible.height() < 4:
            continue
        area = QRect(widget.mapTo(window, visible.topLeft()), visible.size()).intersected(bounds)
        ratio = measured(image, area)
        needed = 3.0 if large(widget) else 4.5
        if ratio < needed:
            text = widget.text().replace("\n", " ")[:40]  # type: ignore[attr-defined]
            weak.append(f"{type(widget).__name__} {text!r}: {ratio:.2f}")
    assert weak == []
