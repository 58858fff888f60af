"""The window's pages together: Ctrl+1 ... Ctrl+7, the profile feeding the title and Today, and
unsaved profile changes asked about before the record is left."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record

TODAY = dt.date(2024, 5, 14)


@pytest.fixture
def window(open_main_window: Callable[[dt.date], MainWindow]) -> MainWindow:
    return open_main_window(TODAY)


@pytest.mark.parametrize(
    ("number", "view_name"),
    [
        (1, "today_view"),
        (2, "flags_view"),
        (3, "history_view"),
        (4, "profile_view"),
        (5, "receptors_view"),
        (6, "treatments_view"),
        (7, "appointments_view"),
    ],
)
def test_ctrl_number_opens_each_page(
    window: MainWindow, qtbot: QtBot, number: int, view_name: str
) -> None:
    key = getattr(Qt.Key, f"Key_{number}")
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is getattr(window, view_name)


def test_a_renamed_person_shows_in_the_title(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("profile")
    profile = window.profile_view
    assert profile is not None
    profile.name_edit.clear()
    qtbot.keyClicks(profile.name_edit, "Ann Caregiver-Example")
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    assert window.windowTitle().startswith("Ann Caregiver-Example")


def test_leaving_with_unsaved_profile_changes_asks(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_paths: DataPaths
) -> None:
    window.show_page("profile")
    profile = window.profile_view
    assert profile is not None
    qtbot.keyClicks(profile.name_edit, " Smith")
    assert window.isWindowModified()

    monkeypatch.setattr(window, "ask_unsaved_profile", lambda: QMessageBox.StandardButton.Cancel)
    assert not window.confirm_leave()  # Cancel: stay, nothing lost
    assert profile.has_unsaved_changes()

    monkeypatch.setattr(window, "ask_unsaved_profile", lambda: QMessageBox.StandardButton.Save)
    assert window.confirm_leave()
    window.close_record()
    record = open_record(data_paths.default_record, data_paths)
    try:
        person = record.person.get()
        assert person is not None and person.name == "Ann Example Smith"
    finally:
        record.close()


def test_a_new_record_is_ctrl_shift_n_so_ctrl_n_can_add_on_the_records_pages(
    window: MainWindow,
) -> None:
    assert window.new_record_action.shortcut().toString() == "Ctrl+Shift+N"


def test_history_drawn_while_the_app_was_idle_is_shown_without_drawing_it_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The chart is drawn ahead, at the size the page will have, so a first visit only shows
    it; a drawing on the visit would keep the person waiting for a few hundred milliseconds."""
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.built_page(window.HISTORY) is not None, timeout=10_000)
    history = window.built_page(window.HISTORY)
    qtbot.waitUntil(lambda: history.chart() is not None, timeout=10_000)
    canvas = history._canvas
    drawings: list[object] = []
    canvas.mpl_connect("draw_event", drawings.append)

    window.show_page(window.HISTORY)
    qtbot.wait(300)

    assert drawings == []
    figure_size = tuple(round(side) for side in canvas.figure.bbox.size)
    assert figure_size == (canvas.width(), canvas.height())  # drawn at the size it is shown


def test_history_is_drawn_again_when_the_window_changed_size_after_the_early_drawing(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.built_page(window.HISTORY) is not None, timeout=10_000)
    history = window.built_page(window.HISTORY)
    qtbot.waitUntil(lambda: history.chart() is not None, timeout=10_000)
    canvas = history._canvas
    window.resize(1200, 820)

    window.show_page(window.HISTORY)
    qtbot.waitUntil(
        lambda: (
            tuple(round(side) for side in canvas.figure.bbox.size)
            == (canvas.width(), canvas.height())
        ),
        timeout=5_000,
    )
    qtbot.wait(300)
    assert tuple(round(side) for side in canvas.figure.bbox.size) == (
        canvas.width(),
        canvas.height(),
    )


def test_right_after_start_ctrl_6_then_ctrl_n_opens_a_new_treatment(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keyboard only: the page shown by Ctrl+6 takes the focus, so its Ctrl+N works at once."""
    forms: list[object] = []
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    treatments = window.treatments_view
    assert window.current_page() is treatments
    monkeypatch.setattr(treatments, "run_form", lambda form: forms.append(form) or False)

    focused = QApplication.focusWidget()
    assert focused is not None and treatments.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert len(forms) == 1  # the new-treatment form was opened (and cancelled here)


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize(
    "key", ["today", "flags", "history", "profile", "receptors", "treatments", "appointments"]
)
def test_every_underlined_letter_on_a_page_is_its_own(window: MainWindow, key: str) -> None:
    """Alt+letter must reach the control that shows the letter, not a menu (Alt+E, Alt+F) or
    another control of the same page."""
    menus = {_mnemonic(action.text()) for action in window.menuBar().actions()} - {None}
    window.show_page(key)
    page = window.current_page()
    assert page is not None
    owners: dict[str, list[str]] = {}
    for widget in [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]:
        if widget.isVisibleTo(page) and (letter := _mnemonic(widget.text())):
            owners.setdefault(letter, []).append(widget.text())
    clashes = {
        letter: texts for letter, texts in owners.items() if len(texts) > 1 or letter in menus
    }
    assert clashes == {}


def test_at_1024x700_the_question_fields_are_wide_enough_to_read(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1024, 700)
    window.show_page(window.APPOINTMENTS)
    panel = window.appointments_view.questions_panel
    qtbot.waitUntil(lambda: panel.new_question_edit.width() > 0)
    for field in (panel.new_question_edit, panel.answer_edit):
        assert field.width() >= 200  # was about 135 pixels with the label beside it
        assert field.height() >= field.minimumSizeHint().height()  # never squeezed
