"""The app's look, chosen in Preferences: colours (follow the system, light, dark, high
contrast) and text size (100% to 200%), applied at once to every page, kept for this computer,
and never costing what was typed on Today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Person
from mbc_tracker.gui import theme
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.preferences_dialog import PreferencesDialog
from mbc_tracker.gui.theme import Appearance, Look
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import APPEARANCES, AppSettings
from mbc_tracker.services.record import open_record

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def window(qtbot: QtBot, data_paths: DataPaths) -> Iterator[MainWindow]:
    record = open_record(data_paths.default_record, data_paths)
    record.person.save(Person(name="Ann Example"), today=TODAY)
    record.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font_before = app.font()
    shown = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    assert shown.open_first_record(data_paths.default_record)
    shown.resize(1024, 700)
    with qtbot.waitActive(shown):
        shown.show()
    yield shown
    theme.apply_look(app, Look())  # the next test starts from the desktop's own look
    assert app.font() == font_before
    shown.confirm_leave = lambda: True
    shown.close()
    shown.close_record()
    shown.deleteLater()


def choose(window: MainWindow, qtbot: QtBot, monkeypatch, appearance: str, size: str) -> None:
    """Preferences as a person uses it: pick the colours and the size, press OK."""

    def answer(person: Person) -> object:
        dialog = PreferencesDialog(person, window.look(), window)
        qtbot.addWidget(dialog)
        dialog.appearance_box.setCurrentIndex(dialog.appearance_box.findText(appearance))
        dialog.text_size_box.setCurrentIndex(dialog.text_size_box.findText(size))
        return dialog.chosen()

    monkeypatch.setattr(window, "ask_preferences", answer)
    window.preferences_action.trigger()


def test_the_choices_match_the_settings_they_are_kept_in() -> None:
    assert [appearance.value for appearance in Appearance] == list(APPEARANCES)


def test_dark_colours_apply_at_once_and_keep_what_was_typed_on_today(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, data_paths: DataPaths
) -> None:
    today = window.today_view
    assert today is not None
    qtbot.keyClicks(today.note_edit, "slept badly")
    window.show_page("history")

    choose(window, qtbot, monkeypatch, "Dark", "100%")

    assert theme.is_dark(QApplication.palette())
    rebuilt = window.today_view
    assert rebuilt is not None and rebuilt is not today  # built again in the new colours
    assert window.current_page() is window.built_page("history")  # the page in front stays
    assert rebuilt.note_edit.toPlainText() == "slept badly"
    assert rebuilt.has_unsaved_changes()
    # Words on the rebuilt pages take the dark colours: the banner's quiet line, the hints.
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert theme.muted_text(rebuilt.palette()).lightness() > window_colour.lightness()
    # Kept for this computer, and back to the desktop's own with "Follow the system".
    assert AppSettings.load(data_paths.settings_file).look() == ("dark", 100)
    choose(window, qtbot, monkeypatch, "Follow the system", "100%")
    assert AppSettings.load(data_paths.settings_file).look() == ("system", 100)
    assert not theme.is_dark(QApplication.palette())  # this desktop (offscreen) is light


def test_high_contrast_keeps_every_named_colour_readable(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(window, qtbot, monkeypatch, "High contrast", "100%")
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    from test_theme_contrast import contrast  # the WCAG ratio, measured the same way

    for named in (theme.muted_text, theme.error_colour, theme.done_colour):
        assert contrast(named(palette), palette.color(QPalette.ColorRole.Window)) >= 4.5


def test_text_at_150_percent_is_bigger_and_today_still_fits_together(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = QApplication.font().pointSizeF()
    choose(window, qtbot, monkeypatch, "Follow the system", "150%")
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.5)
    today = window.today_view
    assert today is not None
    qtbot.wait(20)
    # Nothing overlaps: each scale's row sits below the one before, its buttons inside it.
    rows = [
        QRect(scale.mapTo(today, QPoint(0, 0)), scale.size()) for scale in today._scales.values()
    ]
    for upper, lower in pairwise(rows):
        assert upper.bottom() < lower.top()
    scale = next(iter(today._scales.values()))
    for value in (0, 10):
        button = scale.button(value)
        assert scale.rect().contains(QRect(button.mapTo(scale, QPoint(0, 0)), button.size()))
    assert today.note_edit.font().pointSizeF() == pytest.approx(before * 1.5)
    # Wider than the window, the form scrolls sideways rather than cutting anything off: the
    # last button of a scale can be scrolled into view.
    last = scale.button(10)
    today._scroll.ensureWidgetVisible(last)
    viewport = today._scroll.viewport()
    assert viewport.rect().contains(QRect(last.mapTo(viewport, QPoint(0, 0)), last.size()))
    assert window.look() == Look(Appearance.SYSTEM, 150)


def test_a_profile_with_unsaved_changes_is_asked_about_before_the_pages_are_built_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, data_paths: DataPaths
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.show_page("profile")
    profile = window.profile_view
    assert profile is not None
    profile.name_edit.setText("Ann E.")
    assert profile.has_unsaved_changes()
    asked: list[bool] = []

    def cancel() -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(window, "ask_unsaved_profile", cancel)
    choose(window, qtbot, monkeypatch, "Dark", "100%")

    assert asked == [True]
    assert window.profile_view is profile  # nothing rebuilt, the typing kept
    assert profile.name_edit.text() == "Ann E."
    assert AppSettings.load(data_paths.settings_file).look() == ("system", 100)
    assert not theme.is_dark(QApplication.palette())

    monkeypatch.setattr(window, "ask_unsaved_profile", lambda: QMessageBox.StandardButton.Save)
    choose(window, qtbot, monkeypatch, "Dark", "100%")
    assert theme.is_dark(QApplication.palette())
    assert window.record is not None and window.record.person.get().name == "Ann E."  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "appearance",
    # SYSTEM: the desktop's own palette, drawn by Fusion here as on most Linux desktops.
    [Appearance.SYSTEM, Appearance.LIGHT, Appearance.DARK, Appearance.HIGH_CONTRAST],
)
def test_tick_boxes_and_round_choices_show_their_edge_in_every_look(
    qtbot: QtBot, appearance: Appearance
) -> None:
    """WCAG 1.4.11: a control's edge stands out 3:1 from what is around it (on the dark and
    high-contrast windows Fusion drew the boxes of Seizure and Yellow skin all but unseen)."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton, QWidget
    from test_theme_contrast import contrast

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_look(app, Look(appearance, 100))
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        boxes = [QCheckBox("Seizure (fit)", holder), QRadioButton("Not given", holder)]
        boxes[1].move(0, 40)
        holder.resize(300, 80)
        holder.show()
        qtbot.waitExposed(holder)
        image = holder.grab().toImage()
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        for box in boxes:
            option = QStyleOptionButton()
            option.initFrom(box)
            element = (
                QStyle.SubElement.SE_CheckBoxIndicator
                if isinstance(box, QCheckBox)
                else QStyle.SubElement.SE_RadioButtonIndicator
            )
            area = box.style().subElementRect(element, option, box).translated(box.pos())
            strongest = max(
                contrast(image.pixelColor(x, y), window)
                for x in range(area.left(), area.right() + 1)
                for y in range(area.top(), area.bottom() + 1)
            )
            assert strongest >= 3.0, type(box).__name__
    finally:
        theme.apply_look(app, Look())


@pytest.mark.parametrize(
    "appearance",
    [Appearance.SYSTEM, Appearance.LIGHT, Appearance.DARK, Appearance.HIGH_CONTRAST],
)
def test_tick_boxes_in_lists_show_their_edge_in_every_look(
    qtbot: QtBot, appearance: Appearance
) -> None:
    """History's "Symptoms to show" is a list of tick boxes: on dark and high-contrast windows
    an unticked one was invisible, so a person could not tell it was there to tick."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget, QListWidgetItem
    from test_theme_contrast import contrast

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_look(app, Look(appearance, 100))
    try:
        listing = QListWidget()
        qtbot.addWidget(listing)
        for words, state in (
            ("Chest pain", Qt.CheckState.Unchecked),
            ("Bone pain", Qt.CheckState.Checked),
        ):
            item = QListWidgetItem(words, listing)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(state)
        listing.resize(300, 120)
        listing.show()
        qtbot.waitExposed(listing)
        image = listing.viewport().grab().toImage()
        base = listing.palette().color(QPalette.ColorRole.Base)
        for row in range(listing.count()):
            area = listing.visualItemRect(listing.item(row))
            # The tick box is at the start of the row, before the words.
            left = area.left() + listing.fontMetrics().height() + 6
            strongest = max(
                contrast(image.pixelColor(x, y), base)
                for x in range(area.left(), left)
                for y in range(area.top(), area.bottom() + 1)
            )
            assert strongest >= 3.0, listing.item(row).text()
    finally:
        theme.apply_look(app, Look())
