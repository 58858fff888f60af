"""Today's flag banner and the way to the Flags page: a seizure logged and saved raises a calm
banner with the notice line, "See why" opens Flags at that flag, Ctrl+1/Ctrl+2 move between the
pages without asking about unsaved changes, and Flag settings refresh both pages.

Modal questions go through small methods (``ask_flag_settings``, ``FlagsView.ask_discussed``,
``TodayView._ask_unsaved``) that the tests replace with answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from page_changes import follow_changes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import CareTeamContact, Person
from mbc_tracker.gui.flag_settings_dialog import FlagSettingsDialog
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.today_view import TodayView
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import CareRecord, open_record

TODAY = dt.date(2026, 11, 21)
YESTERDAY = TODAY - dt.timedelta(days=1)


def click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def log_seizure_with_ctrl_s(qtbot: QtBot, view: TodayView) -> None:
    click(qtbot, view._event_boxes["seizure"])
    qtbot.keyClick(view.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def assert_promptly_banner(view: TodayView, symptom: str) -> None:
    """The banner asks to contact the care team promptly about ``symptom``, with the notice."""
    banner = view.flag_banner
    assert banner.isVisible()
    text = banner.message_label.text()
    assert text == f"For this day: contact your care team promptly about {symptom}."
    assert banner.mark_label.text() == "▲"
    assert banner.notice.isVisible()
    assert "does not replace your care team" in banner.notice.text()


@pytest.fixture
def today_view(qtbot: QtBot, record: CareRecord) -> TodayView:
    view = TodayView(record, today=lambda: TODAY)
    follow_changes(view, record)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


@pytest.fixture
def window(qtbot: QtBot, data_paths: DataPaths) -> Iterator[MainWindow]:
    record = open_record(data_paths.default_record, data_paths)
    record.person.save(Person(name="Ann Example"), today=TODAY)
    record.close()
    shown = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    assert shown.open_first_record(data_paths.default_record)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    yield shown
    shown.confirm_leave = lambda: True
    shown.close()
    shown.close_record()
    shown.deleteLater()


def test_a_saved_seizure_raises_the_promptly_banner_with_the_notice(
    qtbot: QtBot, today_view: TodayView
) -> None:
    banner = today_view.flag_banner
    assert not banner.isVisible()
    click(qtbot, today_view._event_boxes["seizure"])
    assert not banner.isVisible()  # nothing is evaluated before saving
    with qtbot.waitSignal(today_view.day_saved, timeout=1000):
        qtbot.keyClick(today_view.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert_promptly_banner(today_view, "Seizure (fit)")


def test_a_moderate_day_is_worth_mentioning_and_a_calm_day_shows_no_banner(
    qtbot: QtBot, today_view: TodayView
) -> None:
    click(qtbot, today_view._scales["bone_pain"].button(2))
    click(qtbot, today_view.save_button)
    assert not today_view.flag_banner.isVisible()
    click(qtbot, today_view._scales["bone_pain"].button(5))
    click(qtbot, today_view.save_button)
    assert today_view.flag_banner.isVisible()
    assert today_view.flag_banner.message_label.text() == (
        "For this day: mention Bone pain to your care team at your next visit."
    )
    assert today_view.flag_banner.mark_label.text() == "○"


def test_the_banner_follows_the_day_shown(
    qtbot: QtBot, record: CareRecord, today_view: TodayView
) -> None:
    record.daylog.save_day(DayLog(day=YESTERDAY, events={"seizure": True}), today=TODAY)
    today_view.reload()
    assert not today_view.flag_banner.isVisible()
    click(qtbot, today_view.previous_button)
    assert today_view.flag_banner.isVisible()
    click(qtbot, today_view.next_button)
    assert not today_view.flag_banner.isVisible()


def test_see_why_opens_flags_at_that_flag(qtbot: QtBot, window: MainWindow) -> None:
    today = window.today_view
    assert today is not None and window.flags_view is not None
    log_seizure_with_ctrl_s(qtbot, today)
    assert today.flag_banner.isVisible()
    click(qtbot, today.flag_banner.see_why_button)
    assert window.current_page() is window.flags_view
    highlighted = [card for card in window.flags_view.cards() if card.is_highlighted()]
    assert len(highlighted) == 1
    card = highlighted[0]
    assert card.flag.symptom_key == "seizure"
    assert card.flag.first_day == TODAY
    assert card.isVisible()
    assert card.why_panel.isVisible()
    assert "Contact your care team promptly" in card.level_label.text()
    assert window.flags_view.notice.isVisible()


def test_ctrl_2_and_ctrl_1_switch_pages_keeping_unsaved_changes_without_asking(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = window.today_view
    assert today is not None and window.flags_view is not None

    def must_not_ask() -> str:
        raise AssertionError("switching pages must not ask about unsaved changes")

    monkeypatch.setattr(today, "_ask_unsaved", must_not_ask)
    qtbot.keyClicks(today.note_edit, "slept badly")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.flags_view
    assert window.flags_view.unsaved_label.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is today
    assert today.note_edit.toPlainText() == "slept badly"
    assert today.has_unsaved_changes()
    assert window.pages is not None
    assert [window.pages.tabText(i) for i in range(window.pages.count())] == [
        "Today",
        "Flags",
        "History",
        "Profile",
        "Receptor results",
        "Treatments",
        "Appointments",
    ]
    assert window.pages.tabToolTip(1) == "Flags (Ctrl+2)"


def test_marking_discussed_on_flags_clears_the_today_banner(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    today, flags = window.today_view, window.flags_view
    assert today is not None and flags is not None
    log_seizure_with_ctrl_s(qtbot, today)
    click(qtbot, today.flag_banner.see_why_button)

    def discussed_today(dialog) -> bool:
        dialog.show()
        click(qtbot, dialog.save_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(flags, "ask_discussed", discussed_today)
    click(qtbot, flags.cards()[0].discussed_button)
    assert flags.headings() == ["Discussed with your care team: 1 symptom"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not today.flag_banner.isVisible()


def test_flag_settings_from_the_edit_menu_refresh_flags_and_the_banner(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    today, flags = window.today_view, window.flags_view
    assert today is not None and flags is not None
    click(qtbot, today._scales["bone_pain"].button(4))
    click(qtbot, today.save_button)
    assert today.flag_banner.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert [card.flag.symptom_key for card in flags.cards()] == ["bone_pain"]

    def mention_from_5(dialog: FlagSettingsDialog) -> bool:
        dialog.show()
        spin = dialog.spins["mention_from_severity"]
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "5")
        click(qtbot, dialog.save_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "ask_flag_settings", mention_from_5)
    assert window.flag_settings_action.isEnabled()
    window.flag_settings_action.trigger()
    assert flags.cards() == []
    assert flags.empty_text().startswith("Nothing in your log is flagged")
    assert not today.flag_banner.isVisible()


def test_the_flags_page_asks_the_window_for_settings(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[FlagSettingsDialog] = []

    def cancel(dialog: FlagSettingsDialog) -> bool:
        asked.append(dialog)
        return False

    monkeypatch.setattr(window, "ask_flag_settings", cancel)
    window.show_flags_page()
    assert window.flags_view is not None
    click(qtbot, window.flags_view.settings_button)
    assert len(asked) == 1


def test_a_fever_saved_on_today_raises_the_promptly_banner(
    qtbot: QtBot, record: CareRecord, today_view: TodayView
) -> None:
    qtbot.keyClicks(today_view.temperature_edit, "38.5")
    with qtbot.waitSignal(today_view.day_saved, timeout=1000):
        click(qtbot, today_view.save_button)
    assert_promptly_banner(today_view, "Temperature")
    assert record.daylog.load_day(TODAY).temperature == 38.5


def test_a_temperature_of_45_5_is_refused_by_its_field_as_a_typing_mistake(
    qtbot: QtBot, record: CareRecord, today_view: TodayView
) -> None:
    qtbot.keyClicks(today_view.temperature_edit, "45.5")
    click(qtbot, today_view.save_button)
    error = today_view._errors["temperature"]
    assert error.isVisible()
    assert error.text() == (
        "A temperature of 45.5 °C looks like a typing mistake. "
        "Please enter a value between 30 and 45."
    )
    assert not today_view.flag_banner.isVisible()
    assert record.daylog.load_day(TODAY).temperature is None  # nothing was saved
    assert record.flags.evaluate() == []


def test_a_promptly_banner_says_where_to_add_the_urgent_number_when_none_is_marked(
    qtbot: QtBot, today_view: TodayView
) -> None:
    log_seizure_with_ctrl_s(qtbot, today_view)

    urgent = today_view.flag_banner.urgent_label
    assert urgent.isVisible()
    assert urgent.text() == (
        "Tick your care team's number for urgent problems in Profile, Care team, to have it here."
    )


def test_a_promptly_banner_shows_the_care_teams_number_for_urgent_problems(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.record is not None
    window.record.care_team.add(CareTeamContact("Dr Lena Hart", "Oncologist", "01632 960101"))
    today = window.today_view
    assert today is not None
    log_seizure_with_ctrl_s(qtbot, today)
    urgent = today.flag_banner.urgent_label
    assert "Profile, Care team" in urgent.text()  # the oncologist is not marked for urgent calls

    # Marked in Profile (through the one runner), the number appears on Today's banner at once.
    window.show_page("profile")
    profile = window.profile_view
    assert profile is not None
    page = profile.care_team_page

    def tick_urgent(form) -> bool:
        form.show()
        retype_line = form.name_edit
        retype_line.selectAll()
        qtbot.keyClicks(retype_line, "Treatment helpline")
        qtbot.keyClicks(form.role_edit, "24-hour advice line")
        qtbot.keyClicks(form.phone_edit, "01632 960199")
        click(qtbot, form.urgent_box)
        click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
        return bool(form.result())

    page.run_form = tick_urgent
    click(qtbot, page.add_button)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)

    assert urgent.isVisible()
    assert urgent.text() == "Call Treatment helpline, 24-hour advice line: 01632 960199"


def test_a_day_with_both_levels_names_each_symptom_under_its_own_level(
    qtbot: QtBot, today_view: TodayView
) -> None:
    click(qtbot, today_view._scales["bone_pain"].button(5))
    log_seizure_with_ctrl_s(qtbot, today_view)

    assert today_view.flag_banner.message_label.text() == (
        "For this day: contact your care team promptly about Seizure (fit). "
        "Also to mention at your next visit: Bone pain."
    )


def test_a_next_visit_banner_shows_no_urgent_number(
    qtbot: QtBot, record: CareRecord, today_view: TodayView
) -> None:
    record.care_team.add(CareTeamContact("Helpline", phone="01632 960199", urgent=True))
    click(qtbot, today_view._scales["bone_pain"].button(5))
    click(qtbot, today_view.save_button)
    assert today_view.flag_banner.isVisible()
    assert not today_view.flag_banner.urgent_label.isVisible()
