"""Preferences > Reminders: which reminders come and when, and start at login.

These belong to this computer (``services.app_settings``): the check-in time (20:00 is the app's
adjustable default), which reminders are on, the weekly prompt's day, the snooze length (15
minutes by default). They are saved with the dialog's OK. "Start at login (minimised to the
tray)" is different: ticking it writes the autostart file (``services.autostart``) at once and
unticking removes it, so what the box shows is always what is on disk.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain import dates
from mbc_tracker.domain.language import os_reason
from mbc_tracker.domain.reminders import SNOOZE_MINUTES, ReminderSettings
from mbc_tracker.gui import theme
from mbc_tracker.gui.widgets import ErrorLabel
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.autostart import Autostart, start_command


class ReminderPreferences(QGroupBox):
    """The Reminders part of Edit > Preferences.

    Emits no signals of its own; read the choice with ``chosen()``.
    """

    def __init__(
        self,
        settings: AppSettings,
        autostart: Autostart,
        data_dir: Path,
        tray_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Reminders on this computer"), parent)
        self.setObjectName("reminderPreferences")
        self._settings = settings
        self._autostart = autostart
        self._data_dir = data_dir
        current = settings.reminder_settings()
        column = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        column.addLayout(form)

        self.check_in_box = QCheckBox(self.tr("Daily check-&in at"), self)
        self.check_in_box.setChecked(current.check_in)
        self.check_in_time = QTimeEdit(self)
        self.check_in_time.setDisplayFormat("HH:mm")
        self.check_in_time.setTime(QTime(current.check_in_time.hour, current.check_in_time.minute))
        self.check_in_time.setAccessibleName(self.tr("Time of the daily check-in"))
        form.addRow(self.check_in_box, self.check_in_time)

        self.doses_box = QCheckBox(self.tr("&Doses when they are due"), self)
        self.doses_box.setChecked(current.doses)
        form.addRow(self.doses_box)
        self.appointments_box = QCheckBox(
            self.tr("&Appointments, the day before and an hour before"),
            self,
        )
        self.appointments_box.setChecked(current.appointments)
        form.addRow(self.appointments_box)

        self.weekly_box = QCheckBox(self.tr("Ask “How was this week?” &on"), self)
        self.weekly_box.setChecked(current.weekly)
        self.weekly_day = QComboBox(self)
        for number in range(7):
            self.weekly_day.addItem(dates.weekday(number), number)
        self.weekly_day.setCurrentIndex(current.weekly_day)
        self.weekly_day.setAccessibleName(self.tr("Day of the weekly question"))
        form.addRow(self.weekly_box, self.weekly_day)

        self.snooze_box = QComboBox(self)
        for minutes in SNOOZE_MINUTES:
            self.snooze_box.addItem(self.tr("%n minutes", "", minutes), minutes)
        self.snooze_box.setCurrentIndex(max(0, self.snooze_box.findData(current.snooze_minutes)))
        self.snooze_box.setAccessibleName(self.tr("Snooze for"))
        form.addRow(self.tr("S&nooze for:"), self.snooze_box)

        self._keep_in_tray = settings.get("keep_in_tray")
        self.keep_in_tray_box = QCheckBox(
            self.tr("&Keep running in the tray when the window is closed"), self
        )
        self.keep_in_tray_box.setChecked(self._keep_in_tray is True)
        self.keep_in_tray_box.setEnabled(tray_available)
        column.addWidget(self.keep_in_tray_box)
        login_row = QHBoxLayout()
        self.start_at_login_box = QCheckBox(
            self.tr("Sta&rt at login (minimised to the tray)"), self
        )
        self.start_at_login_box.setChecked(self._installed())
        login_row.addWidget(self.start_at_login_box)
        login_row.addStretch(1)
        column.addLayout(login_row)
        self.login_error = ErrorLabel(self.start_at_login_box, self)
        column.addWidget(self.login_error)
        self.start_at_login_box.toggled.connect(self._start_at_login_toggled)

        words = self.tr(
            "An appointment’s reminders list the questions still to ask. Nothing is ever sent "
            "anywhere: reminders are made on this computer. 20:00 and 15 minutes are the app’s "
            "own defaults; choose what suits you."
        )
        if not tray_available:
            words += " " + self.tr(
                "This desktop has no system tray, so reminders show only in the app’s "
                "Reminders list while it is open."
            )
        note = QLabel(words, self)
        note.setWordWrap(True)
        note.setStyleSheet(theme.muted_style(note))
        column.addWidget(note)

    def _installed(self) -> bool:
        try:
            return self._autostart.installed()
        except OSError:
            return False

    @Slot(bool)
    def _start_at_login_toggled(self, wanted: bool) -> None:
        try:
            if wanted:
                self._autostart.install(start_command(self._data_dir))
            else:
                self._autostart.remove()
        except OSError as error:
            self.login_error.show_problem(
                self.tr("This could not be changed ({problem}); nothing else was.").format(
                    problem=os_reason(error) or error
                )
            )
            self.start_at_login_box.blockSignals(True)
            self.start_at_login_box.setChecked(self._installed())
            self.start_at_login_box.blockSignals(False)
            return
        self.login_error.clear_problem()
        self._settings.set("start_at_login", wanted)

    def chosen_keep_in_tray(self) -> bool | None:
        """Whether closing keeps the app in the tray; None when left as it was (and so, if it
        was never asked, still to be asked on the first close)."""
        wanted = self.keep_in_tray_box.isChecked()
        return None if wanted == (self._keep_in_tray is True) else wanted

    def chosen(self) -> ReminderSettings:
        time = self.check_in_time.time()
        return ReminderSettings(
            check_in_time=dt.time(time.hour(), time.minute()),
            check_in=self.check_in_box.isChecked(),
            doses=self.doses_box.isChecked(),
            appointments=self.appointments_box.isChecked(),
            weekly=self.weekly_box.isChecked(),
            weekly_day=int(self.weekly_day.currentData()),
            snooze_minutes=int(self.snooze_box.currentData()),
        )
