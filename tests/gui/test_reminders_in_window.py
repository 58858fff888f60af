"""Reminders in the window, with a fake clock (no real waiting): the Reminders list shows a dose
at its time, Snooze hides it for the snooze length, taking the dose takes it away; an
appointment's day-before reminder lists its open questions and opens Appointments; Preferences
turns start at login on and off in a temporary home; closing can keep the app in the tray."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    Person,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.domain.reminders import ItemKind, Reminder, ReminderSettings
from mbc_tracker.domain.schedules import DoseRecord, DoseStatus, Schedule, ScheduleKind
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.reminders import tray_message
from mbc_tracker.gui.reminders_panel import RemindersPanel
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.autostart import autostart_for
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.protection import protect_record
from mbc_tracker.services.record import open_record

TODAY = dt.date(2026, 3, 10)
EIGHT = dt.time(8, 0)


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime.combine(TODAY, dt.time(7, 0))

    def set(self, hour: int, minute: int = 0, day: dt.date = TODAY) -> None:
        self.now = dt.datetime.combine(day, dt.time(hour, minute))

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def window(open_main_window: Callable[[dt.date], MainWindow]) -> MainWindow:
    return open_main_window(TODAY)


@pytest.fixture
def clock(window: MainWindow) -> FakeClock:
    fake = FakeClock()
    window.reminders.clock = fake
    return fake


def letrozole_at_eight(window: MainWindow) -> int:
    record = window.record
    assert record is not None
    treatment = record.treatments.add(
        Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozole", dt.date(2026, 1, 5)), today=TODAY
    )
    assert treatment.id is not None
    record.medicines.set_schedule(
        treatment.id,
        Schedule(ScheduleKind.DAILY, dt.date(2026, 1, 5), times=(EIGHT,), dose="2.5", unit="mg"),
    )
    return treatment.id


def panel_of(window: MainWindow) -> RemindersPanel:
    window.reminders.show_panel()
    panel = window.reminders.panel
    assert panel is not None and panel.isVisible()
    return panel


def test_a_dose_appears_at_its_time_snooze_hides_it_and_taking_it_takes_it_away(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    treatment = letrozole_at_eight(window)
    clock.set(7, 59)
    panel = panel_of(window)
    assert panel.titles() == [] and panel.empty_label.isVisible()
    assert window.reminders.button.text() == "Reminders"
    assert panel.later_label.text() == (
        "Later today:\n08:00  Letrozole: 2.5 mg\n20:00  Daily check-in: how was today?"
    )
    clock.set(8, 0)
    window.reminders.timer.timeout.emit()  # the minute's tick
    assert panel.titles() == ["Dose due (08:00): Letrozole: 2.5 mg"]
    assert panel.later_label.text() == "Later today:\n20:00  Daily check-in: how was today?"
    assert window.reminders.button.text() == "Reminders: 1 due"
    (card,) = panel.cards
    assert card.snooze_button.text() == "Snooze 15 minutes"
    qtbot.mouseClick(card.snooze_button, Qt.MouseButton.LeftButton)
    assert panel.titles() == []
    clock.set(8, 14)
    window.reminders.timer.timeout.emit()
    assert panel.titles() == []
    clock.set(8, 15)
    window.reminders.timer.timeout.emit()
    assert panel.titles() == ["Dose due (08:00): Letrozole: 2.5 mg"]
    # Taken, through the medicines service and the window's one runner, as Today does it.
    record = window.record
    assert record is not None
    runner_for(record).run(
        lambda: record.medicines.record_dose(
            treatment, DoseRecord(TODAY, EIGHT, DoseStatus.TAKEN, clock.now)
        ),
        RecordChanges(doses=True),
    )
    assert panel.titles() == [] and panel.empty_label.isVisible()
    assert window.reminders.button.text() == "Reminders"


def test_dismiss_hides_a_reminder_for_good(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    letrozole_at_eight(window)
    clock.set(9, 0)
    panel = panel_of(window)
    qtbot.mouseClick(panel.cards[0].dismiss_button, Qt.MouseButton.LeftButton)
    clock.set(19, 0)
    window.reminders.check_now()
    assert panel.titles() == []


def test_how_is_your_pain_now_comes_at_the_time_chosen_and_goes_once_answered(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    record = window.record
    assert record is not None
    treatment = record.treatments.add(
        Treatment(TreatmentCategory.OTHER, "Paracetamol", dt.date(2026, 1, 5)), today=TODAY
    )
    treatment_id = treatment.id
    assert treatment_id is not None
    record.medicines.set_schedule(
        treatment_id, Schedule(ScheduleKind.AS_NEEDED, dt.date(2026, 1, 5), reason="pain")
    )
    # Taken late the evening before, to be asked just after midnight.
    yesterday = TODAY - dt.timedelta(days=1)
    taken = DoseRecord(
        yesterday,
        dt.time(23, 30),
        DoseStatus.TAKEN,
        at=dt.datetime.combine(yesterday, dt.time(23, 30)),
        reason="pain",
        before=7,
        ask_after=dt.datetime.combine(TODAY, dt.time(0, 30)),
    )
    record.medicines.record_dose(treatment_id, taken)
    title = "How is your pain now? (Paracetamol at 23:30)"
    clock.set(0, 0)
    panel = panel_of(window)
    assert panel.titles() == []
    assert f"00:30  {title}" in panel.later_label.text()
    clock.set(0, 30)
    window.reminders.check_now()
    assert panel.titles() == [title]
    (card,) = panel.cards
    qtbot.mouseClick(card.snooze_button, Qt.MouseButton.LeftButton)
    assert panel.titles() == []
    clock.set(0, 45)
    window.reminders.check_now()
    assert panel.titles() == [title]
    # Open goes to Today on the dose's own day, where its row asks.
    qtbot.mouseClick(panel.cards[0].open_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.today_view
    assert window.today_view is not None
    assert window.today_view.doses_panel.day() == yesterday
    # The score after, given as Today gives it: the reminder goes.
    runner_for(record).run(
        lambda: record.medicines.record_dose(treatment_id, replace(taken, after=3)),
        RecordChanges(doses=True),
    )
    assert panel_of(window).titles() == []


def test_the_day_before_an_appointment_its_open_questions_are_listed_and_open_goes_there(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    record = window.record
    assert record is not None
    record.appointments.add(
        Appointment(
            starts_at=dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(10, 30)),
            kind=AppointmentKind.ONCOLOGY_VISIT,
            clinician="Dr Rivera",
            questions=(
                AppointmentQuestion("Can I travel in May?"),
                AppointmentQuestion("Is the rash expected?", answered=True),
            ),
        ),
        upcoming=None,
    )
    window.settings.set_reminder_settings(ReminderSettings(check_in=False))
    clock.set(20, 0)
    panel = panel_of(window)
    assert panel.titles() == ["At 10:30 tomorrow: Oncology visit with Dr Rivera"]
    questions = panel.cards[0].findChild(type(panel.empty_label), "reminderQuestions")
    assert questions is not None
    assert questions.text() == "Questions to ask:\n• Can I travel in May?"
    assert "rash" not in questions.text()
    qtbot.mouseClick(panel.cards[0].open_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert window.current_page() is window.appointments_view


def test_start_at_login_is_written_and_removed_at_once_in_a_temporary_home(
    window: MainWindow, tmp_path: Path
) -> None:
    autostart = autostart_for("linux", home=tmp_path, environment={})
    window.reminders.autostart = autostart
    section = window.reminders.preferences_section()
    assert not section.start_at_login_box.isChecked()
    section.start_at_login_box.click()
    desktop = tmp_path / ".config" / "autostart" / "mbc-tracker.desktop"
    assert desktop.is_file() and "--minimised" in desktop.read_text(encoding="utf-8")
    assert window.settings.get("start_at_login") is True
    # Seen as on when Preferences opens again.
    assert window.reminders.preferences_section().start_at_login_box.isChecked()
    section.start_at_login_box.click()
    assert not desktop.exists()
    section.weekly_box.setChecked(True)
    section.snooze_box.setCurrentIndex(section.snooze_box.findData(30))
    window.reminders.save_preferences(section)
    assert window.settings.reminder_settings().weekly is True
    assert window.settings.reminder_settings().snooze_minutes == 30
    # Left alone, "keep in the tray" stays unanswered (asked on the first close).
    assert window.settings.get("keep_in_tray") is None


def test_a_protected_record_s_tray_message_holds_no_health_detail() -> None:
    reminder = Reminder(
        key="dose:1:2026-03-10:08:00",
        kind=ItemKind.DOSE,
        due_at=dt.datetime.combine(TODAY, EIGHT),
        title="Dose due (08:00): Letrozole: 2.5 mg",
    )
    assert tray_message([reminder, reminder], 2, protected=True) == (
        "MBC Care Tracker",
        "MBC Care Tracker: 2 reminders",
    )
    assert tray_message([reminder], 1, protected=False)[0] == reminder.title


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, message: str, *_args: Any) -> None:
        self.messages.append((title, message))

    def setToolTip(self, _text: str) -> None:
        pass

    def hide(self) -> None:
        pass


def test_closing_keeps_the_app_in_the_tray_when_chosen_and_quit_always_quits(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = FakeTray()
    window.reminders.tray = tray  # type: ignore[assignment]
    asked: list[bool] = []
    monkeypatch.setattr(window.reminders, "ask_keep_in_tray", lambda: asked.append(True) or True)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    assert not window.close()
    assert not window.isVisible() and window.record is not None and not window.record.closed
    assert window.settings.get("keep_in_tray") is True
    window.show()
    assert not window.close()  # asked once only
    assert asked == [True]
    # Reminders keep coming while the window is hidden.
    letrozole_at_eight(window)
    clock.set(8, 0)
    window.reminders.check_now()
    assert tray.messages == [
        (
            "Dose due (08:00): Letrozole: 2.5 mg",
            "Open the reminders to answer, snooze or dismiss it.",
        )
    ]
    clock.set(8, 5)
    window.reminders.check_now()
    assert len(tray.messages) == 1  # again only after the snooze length
    clock.set(8, 15)
    window.reminders.check_now()
    assert len(tray.messages) == 2
    window.quit_action.trigger()
    assert window.record is None and quits == [True]


def test_a_protected_record_closed_to_the_tray_is_locked_and_its_reminders_say_only_how_many(
    qtbot: QtBot, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = open_record(data_paths.default_record, data_paths)
    record.person.save(Person(name="Ann Example"), today=TODAY)
    record.close()
    key = protect_record(data_paths.default_record, data_paths, "blue kettle morning").key
    window = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    assert window._install_safely(open_record(data_paths.default_record, data_paths, key=key))
    window.show()
    qtbot.waitExposed(window)
    letrozole_at_eight(window)
    clock = FakeClock()
    window.reminders.clock = clock
    tray = FakeTray()
    window.reminders.tray = tray  # type: ignore[assignment]
    monkeypatch.setattr(window.reminders, "ask_keep_in_tray", lambda: True)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    try:
        assert not window.close()
        assert window.window_lock.is_locked and not window.isVisible()
        clock.set(8, 0)
        window.reminders.check_now()
        assert tray.messages == [("MBC Care Tracker", "MBC Care Tracker: 1 reminder")]
        assert window.reminders.button.text() == "Reminders: 1 due"
        window.reminders.show_panel()  # from the tray: the window comes forward, locked
        assert window.reminders.panel is None and window.window_lock.is_locked
    finally:
        window.window_lock.confirm_quit = lambda: True  # type: ignore[method-assign]
        window.reminders.quit()
        window.close_record()
        window.deleteLater()


def test_with_nothing_due_later_today_sits_just_under_the_words_not_after_a_blank_gap(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    letrozole_at_eight(window)
    clock.set(7, 0)
    panel = panel_of(window)
    panel.resize(560, 600)
    qtbot.waitUntil(lambda: panel.later_label.isVisible())
    QApplication.processEvents()
    empty_bottom = panel.empty_label.geometry().bottom()
    gap = panel.later_label.geometry().top() - empty_bottom
    assert gap < 40, f"{gap} px of blank space between the two lines"
    # Once something is due the list takes the room again.
    clock.set(8, 0)
    window.reminders.timer.timeout.emit()
    QApplication.processEvents()
    assert panel.cards[0].isVisible()
