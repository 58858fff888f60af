"""The date fields of the forms (``OptionalDateEdit``), used by keyboard alone.

Tab leaves the field in one press, F4 or Alt+Down opens the calendar on this month, a day can
be typed into an empty field, and Delete empties it again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.widgets import OptionalDateEdit

TODAY = dt.date(2026, 11, 30)


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.date = OptionalDateEdit("Choose a date", self, today=TODAY)
        self.after = QLineEdit(self)
        layout.addWidget(self.date)
        layout.addWidget(self.after)


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[Form]:
    window = Form()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.date.setFocus()
    yield window
    window.date.calendarWidget().window().hide()


def test_a_day_typed_into_an_empty_field_is_that_day_of_this_month(
    form: Form, qtbot: QtBot
) -> None:
    qtbot.keyClicks(form.date, "15")
    assert form.date.text() == "15"  # not "Choose a date15"
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.date_value() == dt.date(2026, 11, 15)
    assert form.date.text() == "15 November 2026"


@pytest.mark.parametrize("filled", [False, True])
def test_tab_leaves_the_field_in_one_press(form: Form, qtbot: QtBot, filled: bool) -> None:
    if filled:
        form.date.set_date_value(dt.date(1962, 3, 15))
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after
    qtbot.keyClicks(form.after, "12")
    assert form.date.date_value() == (dt.date(1962, 3, 15) if filled else None)
    qtbot.keyClick(form.after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is form.date


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_the_calendar_opens_from_the_keyboard_on_this_month(
    form: Form, qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    calendar = form.date.calendarWidget()
    qtbot.keyClick(form.date, key, modifier)
    qtbot.waitUntil(calendar.isVisible, timeout=2_000)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)  # not January 1900
    assert form.date.date_value() is None  # opening it chose nothing


def test_delete_with_the_whole_date_selected_empties_the_field(form: Form, qtbot: QtBot) -> None:
    form.date.set_date_value(dt.date(1962, 3, 15))
    form.date.lineEdit().selectAll()
    qtbot.keyClick(form.date, Qt.Key.Key_Delete)
    assert form.date.date_value() is None
    assert form.date.text() == "Choose a date"


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
def test_an_iso_date_typed_whole_is_read_when_the_field_is_left(
    form: Form, qtbot: QtBot, filled: bool
) -> None:
    if filled:
        form.date.set_date_value(dt.date(1962, 3, 15))
        form.date.lineEdit().selectAll()
    qtbot.keyClicks(form.date, "2024-05-14")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after
    assert form.date.date_value() == dt.date(2024, 5, 14)
    assert form.date.text() == "14 May 2024"


@pytest.mark.parametrize("locale_name", ["en_US", "en_GB", "de_DE", "C"])
def test_the_locales_short_form_is_read_with_two_digit_years_in_the_right_century(
    form: Form, qtbot: QtBot, locale_name: str
) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(locale_name))  # 6/3/23 in the US, 03/06/2023 in Britain ...
    try:
        read_short_forms(form, qtbot)
    finally:
        QLocale.setDefault(before)


def read_short_forms(form: Form, qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate, QLocale

    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    typed = QLocale().toString(QDate(2023, 6, 3), short.replace("yyyy", "yy"))
    qtbot.keyClicks(form.date, typed)
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    assert form.date.date_value() == dt.date(2023, 6, 3)  # not 1923

    form.date.lineEdit().selectAll()
    qtbot.keyClicks(form.date, QLocale().toString(QDate(1968, 5, 14), short.replace("yyyy", "yy")))
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.date_value() == dt.date(1968, 5, 14)  # a birth year stays in the past


def test_a_date_that_cannot_be_read_leaves_the_field_as_it_was(form: Form, qtbot: QtBot) -> None:
    form.date.set_date_value(dt.date(1962, 3, 15))
    form.date.lineEdit().selectAll()
    qtbot.keyClicks(form.date, "2024-13-45")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.date_value() == dt.date(1962, 3, 15)
    assert form.date.text() == "15 March 1962"
