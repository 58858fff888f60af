"""Reminders in the window and the system tray: what is due, checked once a minute.

``ReminderController`` belongs to the main window. A ``QTimer`` asks the record once a minute
(``services.reminders``: a handful of small reads; nothing per keypress) which reminders are due
at the controller's ``clock`` (tests give a fake one and call ``check_now``), and again whenever
an action changed doses, days, appointments or reminders. The "Reminders" button in the menu
bar's corner is always visible and shows how many are due; it opens the panel
(``gui.reminders_panel``), which is the source of truth: Qt says tray messages may not appear.

Where the desktop has a system tray, an icon there has a menu (Open, What is due, Quit) and a
new reminder shows a tray message; one left alone is shown again after the snooze length. For a
record protected with a passphrase the message holds no health detail, only "2 reminders".
Closing the window can keep the app in the tray, asked once and remembered; Quit always quits,
and a protected record's window is locked when it goes to the tray. Nothing is ever sent
anywhere: the reminders are made on this computer, from the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton, QSystemTrayIcon

from mbc_tracker.domain.reminders import (
    AfterScoreStatus,
    AgendaItem,
    ItemKind,
    Reminder,
    to_announce,
)
from mbc_tracker.paths import APP_NAME
from mbc_tracker.services.changes import RecordChanges

if TYPE_CHECKING:
    from mbc_tracker.gui.main_window import MainWindow
    from mbc_tracker.gui.reminder_preferences import ReminderPreferences
    from mbc_tracker.gui.reminders_panel import RemindersPanel
    from mbc_tracker.services.app_settings import AppSettings
    from mbc_tracker.services.autostart import Autostart

CHECK_EVERY_MS = 60_000
# After a record opens: the first look waits for the first screen to be drawn and the database
# layer to be loaded by the warm-up, so that reminders never slow the start.
FIRST_CHECK_AFTER_MS = 4_000
MESSAGE_SHOWN_MS = 15_000
WATCHED = ("doses", "days", "appointments", "reminders", "treatments")


def now_to_the_minute() -> dt.datetime:
    return dt.datetime.now().replace(second=0, microsecond=0)


class RemindersButton(QPushButton):
    """ "Reminders" with the number due, always in view in the menu bar's corner."""

    def __init__(self, parent: MainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("remindersButton")
        # As wide as its longest words from the start: the menu bar places its corner widget
        # by the size hint it had then, and a wider text later would be cut.
        self.setText(self.tr("Reminders: %n due", "", 88))
        self._widest = super().sizeHint().width()
        self.show_count(0)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._widest), hint.height())

    def show_count(self, count: int) -> None:
        if count:
            self.setText(self.tr("Reminders: %n due", "", count))
        else:
            self.setText(self.tr("Reminders"))
        self.setAccessibleName(self.text())
        self.setToolTip(self.tr("What is due: doses, appointments, the daily check-in"))


class ReminderController(QObject):
    """The window's reminders: what is due now, the tray icon and its messages, closing to the
    tray.

    Signals:
        due_changed(int): the reminders due were read again; how many there are now.
    """

    due_changed = Signal(int)

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.clock: Callable[[], dt.datetime] = now_to_the_minute
        self._autostart: Autostart | None = None
        self.due: list[Reminder] = []
        self._announced: dict[str, dt.datetime] = {}
        self.quitting = False
        self.panel: RemindersPanel | None = None
        self.button = RemindersButton(window)
        self.button.clicked.connect(self.show_panel)
        window.menuBar().setCornerWidget(self.button, Qt.Corner.TopRightCorner)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.setInterval(FIRST_CHECK_AFTER_MS)
        self.first_check.timeout.connect(self.check_now)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._make_tray()
        window.record_switched.connect(self._record_switched)
        window.record_changed.connect(self._record_changed)

    # -- the tray --------------------------------------------------------------------------------

    def _make_tray(self) -> None:
        app = QApplication.instance()
        icon = app.windowIcon() if isinstance(app, QApplication) else None
        if icon is None or icon.isNull():
            from mbc_tracker.gui.application import app_icon

            icon = app_icon()
        tray = QSystemTrayIcon(icon, self)
        tray.setToolTip(APP_NAME)
        menu = QMenu(self._window)
        menu.addAction(self.tr("Open MBC Care Tracker"), self.bring_window_forward)
        menu.addAction(self.tr("What is due…"), self.show_panel)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.quit)
        tray.setContextMenu(menu)
        tray.activated.connect(self._tray_activated)
        tray.messageClicked.connect(self.show_panel)
        tray.show()
        self.tray = tray

    @property
    def tray_available(self) -> bool:
        return self.tray is not None

    @Slot(QSystemTrayIcon.ActivationReason)
    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.bring_window_forward()

    @Slot()
    def bring_window_forward(self) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    # -- what is due -----------------------------------------------------------------------------

    @Slot(object)
    def _record_switched(self, _path: object) -> None:
        self._announced.clear()
        self.due = []
        self._show_due()
        self.timer.start()
        self.first_check.start()

    @Slot(object)
    def _record_changed(self, changes: RecordChanges) -> None:
        if changes.touches(*WATCHED):
            self.check_now()

    @Slot()
    def check_now(self) -> None:
        """Read the reminders due now; announce the new ones (and those left alone a snooze
        length) in the tray."""
        self.first_check.stop()
        record = self._window.record
        if record is None or record.closed:
            self.due = []
            self._show_due()
            return
        settings = self._settings.reminder_settings()
        now = self.clock()
        try:
            due = record.reminders.due(settings, now)
        except Exception as error:  # a failed look is logged and tried again next minute
            from mbc_tracker.diagnostics import record_unexpected_error

            record_unexpected_error(self._window.paths.data_dir, "Reading reminders failed", error)
            return
        self.due = due
        keys = {reminder.key for reminder in due}
        self._announced = {key: at for key, at in self._announced.items() if key in keys}
        fresh = to_announce(due, self._announced, settings, now)
        for reminder in fresh:
            self._announced[reminder.key] = now
        if fresh and self.tray is not None:
            title, message = tray_message(fresh, len(due), protected=record.protected)
            self.tray.showMessage(
                title, message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_SHOWN_MS
            )
        # Locked (a protected record, perhaps closed to the tray): the reminders keep coming,
        # counted only; the list is brought up to date once the passphrase is typed.
        self._show_due(list_too=not self._window.window_lock.is_locked)

    def _show_due(self, list_too: bool = True) -> None:
        self.button.show_count(len(self.due))
        if self.tray is not None:
            count = len(self.due)
            self.tray.setToolTip(_count(count) if count else APP_NAME)
        if list_too:
            self.due_changed.emit(len(self.due))

    # -- the panel and its actions ---------------------------------------------------------------

    @Slot()
    def show_panel(self) -> None:
        """Bring the window forward and show what is due (behind the lock, nothing)."""
        self.bring_window_forward()
        if self._window.window_lock.is_locked or self._window.record is None:
            return
        if self.panel is None:
            from mbc_tracker.gui.reminders_panel import RemindersPanel

            self.panel = RemindersPanel(self, self._window)
        self.check_now()
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()

    def later_today(self) -> list[AgendaItem]:
        """What is still to come today (not due yet), for the panel; empty when it cannot be
        read."""
        record = self._window.record
        if record is None or record.closed:
            return []
        now = self.clock()
        try:
            (today,) = record.reminders.agenda(
                now.date(), 1, self._settings.reminder_settings(), now
            )
        except Exception as error:
            from mbc_tracker.diagnostics import record_unexpected_error

            record_unexpected_error(self._window.paths.data_dir, "Reading the agenda failed", error)
            return []
        due = {reminder.key for reminder in self.due}
        return [
            item
            for item in today.items
            if item.key not in due
            and item.status in ("due", "later", "upcoming", AfterScoreStatus.UPCOMING.value)
            and item.time is not None
            and item.time > now.time()
        ]

    @property
    def read_only(self) -> bool:
        record = self._window.record
        return record is None or record.read_only

    def snooze_minutes(self) -> int:
        return self._settings.reminder_settings().snooze_minutes

    def snooze(self, reminder: Reminder) -> bool:
        minutes, now = self.snooze_minutes(), self.clock()
        return self._mark(lambda record: record.reminders.snooze(reminder.key, minutes, now))

    def dismiss(self, reminder: Reminder) -> bool:
        now = self.clock()
        return self._mark(lambda record: record.reminders.dismiss(reminder.key, now))

    def _mark(self, action: Callable[..., None]) -> bool:
        from mbc_tracker.gui.runner import runner_for

        record = self._window.record
        if record is None or record.read_only:
            return False
        outcome = runner_for(record).run(lambda: action(record), RecordChanges(reminders=True))
        return outcome.ok

    def open(self, reminder: Reminder) -> None:
        """Go where the reminder is answered: Today for a dose or a check-in (on the dose's own
        day for "How is it now?"), Appointments for an appointment. The weekly prompt is
        answered by going there."""
        if reminder.key.startswith("weekly:"):
            self.dismiss(reminder)
        page = "appointments" if reminder.kind is ItemKind.APPOINTMENT else "today"
        self.bring_window_forward()
        self._window.show_page(page)
        today_view = self._window.today_view
        if reminder.day is not None and today_view is not None:
            today_view.show_day(reminder.day)  # asks first if the day shown has unsaved words

    # -- preferences -----------------------------------------------------------------------------

    @property
    def autostart(self) -> Autostart:
        if self._autostart is None:
            from mbc_tracker.services.autostart import autostart_for

            self._autostart = autostart_for()
        return self._autostart

    @autostart.setter
    def autostart(self, autostart: Autostart) -> None:
        self._autostart = autostart

    def preferences_section(self) -> ReminderPreferences:
        from mbc_tracker.gui.reminder_preferences import ReminderPreferences

        return ReminderPreferences(
            self._settings, self.autostart, self._window.paths.data_dir, self.tray_available
        )

    def save_preferences(self, section: ReminderPreferences) -> None:
        self._settings.set_reminder_settings(section.chosen())
        keep = section.chosen_keep_in_tray()
        if keep is not None:
            self._settings.set("keep_in_tray", keep)
        self.check_now()

    # -- closing and quitting --------------------------------------------------------------------

    def keeps_running_in_tray(self) -> bool:
        """On closing the window: True when it was hidden to the tray instead (asked once)."""
        if self.quitting or self.tray is None or not self._settings.reminder_settings().any_on:
            return False
        keep = self._settings.get("keep_in_tray")
        if keep is None:
            keep = self.ask_keep_in_tray()
            self._settings.set("keep_in_tray", keep)
        if not keep:
            return False
        self._window.window_lock.lock_now()  # a protected record: the lock still applies
        self._window.hide()
        return True

    def ask_keep_in_tray(self) -> bool:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep the reminders coming?"))
        box.setText(
            self.tr(
                "When the window is closed, MBC Care Tracker can stay in the system tray so "
                "that its reminders keep coming. Quit from the tray icon’s menu, or File > "
                "Quit, whenever you like. You can change this in Edit > Preferences."
            )
        )
        keep = box.addButton(self.tr("Keep in the tray"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quit when closed"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is keep

    @Slot()
    def quit(self) -> None:
        """Quit for good (File > Quit, the tray's Quit): never just to the tray."""
        self.quitting = True
        hidden = not self._window.isVisible()
        if not self._window.close():
            self.quitting = False
            return
        if self.tray is not None:
            self.tray.hide()
            if hidden:  # no window was open to close, so Qt would not end the app by itself
                QApplication.quit()


def _count(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("ReminderController", "MBC Care Tracker: 1 reminder")
    return QCoreApplication.translate(
        "ReminderController", "MBC Care Tracker: %n reminders", "", count
    )


def tray_message(fresh: list[Reminder], due_count: int, *, protected: bool) -> tuple[str, str]:
    """The title and text of a tray message: no health detail for a protected record.

    (The reminders' own titles are made in ``domain.reminders``, in the language in use.)"""
    if protected:
        return APP_NAME, _count(due_count)
    if len(fresh) == 1:
        (reminder,) = fresh
        text = QCoreApplication.translate(
            "ReminderController", "Open the reminders to answer, snooze or dismiss it."
        )
        if reminder.detail:
            text = QCoreApplication.translate(
                "ReminderController", "Questions to ask: {questions}"
            ).format(questions="; ".join(reminder.detail))
        return reminder.title, text
    return _count(len(fresh)), "\n".join(reminder.title for reminder in fresh)
