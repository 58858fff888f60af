"""Edit > Preferences > Language: the choice is kept for this computer, shown again when the
dialog opens, and is the language the next start of the app and of a command uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Person
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.preferences_dialog import PreferencesDialog
from mbc_tracker.paths import DataPaths
from mbc_tracker.services import language
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import open_record

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def window(qtbot: QtBot, data_paths: DataPaths) -> Iterator[MainWindow]:
    record = open_record(data_paths.default_record, data_paths)
    try:
        record.person.save(Person(name="Ann Example"), today=TODAY)
    finally:
        record.close()
    made = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    made.open_first_record(data_paths.default_record)
    made.show()
    yield made
    made.confirm_leave = lambda: True  # type: ignore[method-assign]
    made.close()
    made.close_record()
    made.deleteLater()


def test_choosing_spanish_is_kept_and_used_from_the_next_start(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "en_GB")
    shown: list[PreferencesDialog] = []
    real_exec = PreferencesDialog.exec

    def choose_spanish(dialog: PreferencesDialog) -> int:
        shown.append(dialog)
        box = dialog.language_box
        assert box.currentText() == "Same as this computer (English)"
        assert [box.itemText(index) for index in range(box.count())][1:] == [
            "English",
            "Español",
        ]
        box.setCurrentIndex(box.findText("Español"))
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_spanish)
    window.preferences_action.trigger()
    assert shown
    assert AppSettings.load(data_paths.settings_file).language() == "es"
    # The window itself stays in English until the next start (every page is built in one).
    assert window.preferences_action.text() == "&Preferences…"
    assert language.start_in_language(str(data_paths.data_dir), None) == "es"

    # The dialog shows the choice when opened again, and "the computer's" can be chosen back.
    def choose_the_computers(dialog: PreferencesDialog) -> int:
        assert dialog.language_box.currentText() == "Español"
        dialog.language_box.setCurrentIndex(0)
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_the_computers)
    window.preferences_action.trigger()
    assert AppSettings.load(data_paths.settings_file).language() == "system"
    assert language.start_in_language(str(data_paths.data_dir), None) == "en"
    monkeypatch.setattr(PreferencesDialog, "exec", real_exec)


def test_no_two_controls_of_preferences_share_an_alt_letter(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alt and a letter reaches one control (it was W for Weight and week, C for Colours and
    check-in, S for Text size and Start at login)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters: dict[str, list[str]] = {}

    def look(dialog: PreferencesDialog) -> int:
        for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
            is_label = isinstance(widget, QLabel)
            if is_label and widget.buddy() is None:  # type: ignore[union-attr]
                continue
            marked = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if marked:
                letters.setdefault(marked[1].casefold(), []).append(widget.text())
        return PreferencesDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", look)
    window.preferences_action.trigger()
    assert letters
    assert {letter: texts for letter, texts in letters.items() if len(texts) > 1} == {}
