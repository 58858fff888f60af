"""Today at 1024x700: five scales in view with a "contact promptly" banner up, nothing cut off
at the side, the band words once above the scales and each one over its own numbers.

People on treatment often use small laptop screens; before, Today showed about three scales, and
one and a half with the banner up, so logging a day meant scrolling past most of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import CareTeamContact, Person
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.severity_control import SeverityControl
from mbc_tracker.gui.today_view import TodayView
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import open_record

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def window(qtbot: QtBot, data_paths: DataPaths) -> Iterator[MainWindow]:
    record = open_record(data_paths.default_record, data_paths)
    record.person.save(Person(name="Ann Example"), today=TODAY)
    record.care_team.add(
        CareTeamContact("Treatment helpline", "24-hour advice line", "01632 960199", urgent=True)
    )
    record.close()
    shown = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    assert shown.open_first_record(data_paths.default_record)
    shown.resize(1024, 700)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    yield shown
    shown.confirm_leave = lambda: True
    shown.close()
    shown.close_record()
    shown.deleteLater()


def rect_in(view: TodayView, widget) -> QRect:
    viewport = view._scroll.viewport()
    return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())


def test_five_scales_are_in_view_with_a_promptly_banner_up(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = window.today_view
    assert today is not None
    qtbot.mouseClick(today._scales["bone_pain"].button(9), Qt.MouseButton.LeftButton)
    qtbot.keyClick(today.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert today.flag_banner.isVisible() and today.flag_banner.urgent_label.isVisible()
    qtbot.wait(50)

    viewport = today._scroll.viewport().rect()
    whole = [
        key for key, scale in today._scales.items() if viewport.contains(rect_in(today, scale))
    ]
    assert len(whole) >= 5, whole
    # Nothing runs off the side: the widest row fits the viewport.
    for scale in today._scales.values():
        assert rect_in(today, scale).right() <= viewport.right()
    assert today._scroll.horizontalScrollBar().maximum() == 0


def test_the_band_words_sit_over_their_own_numbers(window: MainWindow) -> None:
    today = window.today_view
    assert today is not None and today.severity_legend is not None
    scale: SeverityControl = today._scales["bone_pain"]
    for word, (first, last) in zip(
        today.severity_legend.words, [(0, 0), (1, 3), (4, 6), (7, 10)], strict=True
    ):
        centre = word.mapToGlobal(word.rect().center()).x()
        left = scale.button(first).mapToGlobal(QPoint(0, 0)).x()
        right = scale.button(last).mapToGlobal(QPoint(scale.button(last).width(), 0)).x()
        assert left <= centre <= right, word.text()


def test_not_recorded_stands_where_clear_is_until_there_is_something_to_clear(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = window.today_view
    assert today is not None
    scale = today._scales["bone_pain"]
    assert scale._value_label.isVisible() and not scale.clear_button.isVisible()
    qtbot.mouseClick(scale.button(3), Qt.MouseButton.LeftButton)
    assert scale.clear_button.isVisible() and not scale._value_label.isVisible()
    assert scale.clear_button.geometry().intersects(scale._value_label.geometry())
    qtbot.mouseClick(scale.clear_button, Qt.MouseButton.LeftButton)
    assert scale.value() is None and scale._value_label.isVisible()
