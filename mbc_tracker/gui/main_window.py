"""The main window: one open record, its pages (Today, Flags) and the File, Edit, Go, Help menus.

The window owns the open ``CareRecord``. Switching to another record (new, opened, recent) first
asks Today whether unsaved changes may be left, then opens the new file, and only once that has
worked closes the old one, so a cancelled or refused switch leaves everything as it was. Every
question the window asks through a modal dialog lives in a small ``ask_...`` or ``tell`` method,
which tests replace.

The pages sit in large tabs, reached with Ctrl+1, Ctrl+2 ... (the Go menu names them). Moving
between tabs keeps Today's unsaved changes where they are, so only leaving the record asks about
them. Pages are listed once in ``_build_pages``, so more can be added in one place.

File > Clinic visit summary… (Ctrl+P) opens the summary dialog, which prints what is saved, so
unsaved changes are dealt with first by the same question as leaving the record.

The window can be shown before any record is open (start-up shows it first, then opens the
record on the next turn of the event loop), so the pages and the record services, which pull in
SQLAlchemy, are imported where they are first needed rather than at the top of this module.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker import __version__
from mbc_tracker.domain.dates import day_and_time, time_of_day
from mbc_tracker.domain.language import os_reason
from mbc_tracker.gui import theme
from mbc_tracker.gui.protection_actions import ProtectionActions
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.gui.theme import Appearance, Look
from mbc_tracker.gui.widgets import lay_out_hidden, lay_out_now
from mbc_tracker.paths import RECORD_SUFFIX, DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.changes import RecordChanges

if TYPE_CHECKING:
    from mbc_tracker.domain.flags import Flag
    from mbc_tracker.domain.protection import RecordKey
    from mbc_tracker.domain.records import Person
    from mbc_tracker.gui.appointments_view import AppointmentsView
    from mbc_tracker.gui.flag_settings_dialog import FlagSettingsDialog
    from mbc_tracker.gui.flags_view import FlagsView
    from mbc_tracker.gui.history_view import HistoryView
    from mbc_tracker.gui.preferences_dialog import Preferences
    from mbc_tracker.gui.profile_view import ProfileView
    from mbc_tracker.gui.receptors_view import ReceptorsView
    from mbc_tracker.gui.record_access import ReadOnlyBanner
    from mbc_tracker.gui.record_problem_dialog import ProblemChoice
    from mbc_tracker.gui.restore_dialog import RestoreDialog
    from mbc_tracker.gui.summary_dialog import SummaryDialog
    from mbc_tracker.gui.today_view import TodayView
    from mbc_tracker.gui.treatments_view import TreatmentsView
    from mbc_tracker.gui.welcome import WelcomePage
    from mbc_tracker.services.record import CareRecord, RecordProblem

DEFAULT_SIZE = (1040, 780)
# How often the window asks whether an automatic backup is due (at most one a day is made).
BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000
# After the record is shown and the app has been idle this long, what the other pages need is
# made ready (the flags of the whole record, the chart library), one step per turn of the event
# loop, so that a first visit to Flags or History is quick without slowing the start.
WARM_UP_AFTER_MS = 700
MAX_FOLDER_CHARS = 40


def display_folder(folder: Path) -> str:
    """``folder`` as a person reads it in a title: the home folder as ~, the middle elided."""
    text = str(folder)
    home = str(Path.home())
    if text == home or text.startswith(home + os.sep):
        text = "~" + text[len(home) :]
    if len(text) > MAX_FOLDER_CHARS:
        keep = MAX_FOLDER_CHARS // 2 - 1
        text = text[:keep] + "…" + text[-keep:]
    return text


class MainWindow(QMainWindow):
    """The app's window around one open record.

    Signals:
        record_switched(object): the ``Path`` of the record that is now open.
        record_changed(RecordChanges): an action changed the open record (from its change
            runner); every page built so far hears it through its ``record_changed`` slot.
    """

    record_switched = Signal(object)
    record_changed = Signal(object)

    def __init__(
        self,
        paths: DataPaths,
        settings: AppSettings,
        demo: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.paths = paths
        self.settings = settings
        self.demo = demo
        self._today = today
        # The look chosen on this computer, before anything is built in it; and, while it
        # follows the desktop, the pages are built again when the desktop changes colours.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_look(app, self.look())
            app.styleHints().colorSchemeChanged.connect(self._desktop_colours_changed)
        self.record: CareRecord | None = None
        self.pages: QTabWidget | None = None
        self._views: dict[str, QWidget] = {}  # the pages built so far, by key
        self._holders: dict[str, QWidget] = {}  # each tab's place, where its page is built
        self.welcome_page: WelcomePage | None = None
        self.read_only_banner: ReadOnlyBanner | None = None

        self.stack = QStackedWidget(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self._central_layout = layout
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demo_banner: QLabel | None = None
        if demo:
            self.demo_banner = QLabel(self.tr("Demo record — changes are not kept"), central)
            self.demo_banner.setObjectName("demoBanner")
            self.demo_banner.setMargin(8)
            self._style_demo_banner()
            layout.addWidget(self.demo_banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # Shown for the moment between the window appearing and the record being open.
        self.opening_label = QLabel(self.tr("Opening the record…"), self.stack)
        self.opening_label.setObjectName("openingLabel")
        self.opening_label.setMargin(24)
        self.stack.addWidget(self.opening_label)

        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_INTERVAL_MS)
        self._backup_timer.timeout.connect(self._backup_if_due)
        self._backup_timer.start()
        self._warm_up_timer = QTimer(self)
        self._warm_up_timer.setSingleShot(True)
        self._warm_up_timer.setInterval(WARM_UP_AFTER_MS)
        self._warm_up_timer.timeout.connect(self._warm_up)
        self._warm_up_steps: list[Callable[[], None]] = []

        from mbc_tracker.gui.lock import WindowLock

        self.window_lock = WindowLock(self, settings)  # a protected record's lock (Ctrl+L)
        from mbc_tracker.gui.reminders import ReminderController

        self.reminders = ReminderController(self, settings)  # the tray and the due list
        self._build_menus()
        self._restore_geometry()
        self._update_title()
        self._update_actions()

    # -- menus ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_record_action = self._action(
            # Ctrl+N adds an entry on the records pages (the standard shortcut), so a
            # whole new record file takes Ctrl+Shift+N.
            self.tr("&New record…"),
            self.new_record,
            QKeySequence("Ctrl+Shift+N"),
        )
        self.open_record_action = self._action(
            self.tr("&Open record…"), self.open_record_from_file, QKeySequence.StandardKey.Open
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.rebuild_recent_menu)
        self.summary_action = self._action(
            self.tr("Clinic &visit summary…"), self.show_summary, QKeySequence.StandardKey.Print
        )
        self.summary_action.setToolTip(
            self.tr("Preview, print or save as PDF a summary to bring to your appointment")
        )
        self.export_action = self._action(self.tr("&Export…"), self.export_record)
        self.export_action.setToolTip(
            self.tr(
                "Save the whole record as a file (JSON) to keep or move to another computer, "
                "as spreadsheet files (CSV in a zip), or as a FHIR document for a clinic's system"
            )
        )
        self.import_action = self._action(
            self.tr("&Import into a new record…"), self.import_into_new_record
        )
        self.backup_action = self._action(self.tr("&Back up now"), self.back_up_now)
        self.restore_action = self._action(
            self.tr("Res&tore from a backup…"), self.restore_from_backup
        )
        # Quit always quits, even where closing the window keeps the app in the tray.
        self.quit_action = self._action(
            self.tr("&Quit"), self.reminders.quit, QKeySequence.StandardKey.Quit
        )
        file_menu.addAction(self.new_record_action)
        file_menu.addAction(self.open_record_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.summary_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.protection_actions = ProtectionActions(self, file_menu)
        file_menu.addAction(self.window_lock.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.edit_preferences, QKeySequence.StandardKey.Preferences
        )
        self.flag_settings_action = self._action(
            self.tr("&Flag settings…"), self.edit_flag_settings
        )
        edit_menu.addAction(self.preferences_action)
        edit_menu.addAction(self.flag_settings_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.page_actions: dict[str, QAction] = {}
        for number, (key, name) in enumerate(self._page_names(), start=1):
            action = self._action(name, self._page_opener(key))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go_menu.addAction(action)
            self.page_actions[key] = action
        self.today_page_action = self.page_actions["today"]
        self.flags_page_action = self.page_actions["flags"]

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About MBC Care Tracker"), self.show_about)
        self.copy_diagnostics_action = self._action(
            self.tr("&Copy diagnostic information"), self.copy_diagnostic_information
        )
        self.copy_diagnostics_action.setToolTip(
            self.tr("Copy technical details for a support request (no health details)")
        )
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.copy_diagnostics_action)

    def _page_opener(self, key: str) -> Callable[[], None]:
        def open_page(_checked: bool = False) -> None:
            self.show_page(key)

        return open_page

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    @Slot()
    def rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_records()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent records yet"))
            empty.setEnabled(False)
            return
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(
                self.tr("&{number}  {name}  ({folder})").format(
                    number=number, name=path.name, folder=path.parent
                )
            )
            action.setData(str(path))
            action.setCheckable(True)
            action.setChecked(self.record is not None and path == self.record.path)
            action.triggered.connect(lambda _checked=False, path=path: self.open_recent(path))

    def _update_actions(self) -> None:
        has_record = self.record is not None
        writable = has_record and not self.record_is_read_only()
        self.backup_action.setEnabled(has_record and not self.demo)
        self.restore_action.setEnabled(writable and not self.demo)
        self.export_action.setEnabled(has_record)
        self.summary_action.setEnabled(self.pages is not None)
        self.preferences_action.setEnabled(self.pages is not None and writable)
        self.flag_settings_action.setEnabled(self.pages is not None and writable)
        for action in self.page_actions.values():
            action.setEnabled(self.pages is not None)
        self.protection_actions.update()

    # -- questions (small on purpose: tests replace them) ---------------------------------------

    def ask_record_problem(self, problem: RecordProblem, at_startup: bool) -> ProblemChoice:
        from mbc_tracker.gui.record_problem_dialog import ask_about_record_problem

        return ask_about_record_problem(problem, at_startup, self)

    def ask_record_to_open(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a record"),
            str(self._dialog_folder()),
            self.tr("MBC Care Tracker records (*{suffix});;All files (*)").format(
                suffix=RECORD_SUFFIX
            ),
        )
        return Path(chosen) if chosen else None

    def ask_new_record_path(self) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Where should the new record be kept?"),
            str(self._unused_record_name()),
            self.tr("MBC Care Tracker records (*{suffix})").format(suffix=RECORD_SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(chosen) if chosen else None

    def ask_preferences(self, person: Person) -> Preferences | None:
        from mbc_tracker.domain.daylog import DayValue
        from mbc_tracker.gui.preferences_dialog import PreferencesDialog

        reminders = self.reminders.preferences_section()
        day_value = self.record.daylog.day_value() if self.record is not None else DayValue.HIGHEST
        dialog = PreferencesDialog(
            person,
            self.look(),
            self,
            self.settings.lock_after_minutes(),
            reminders,
            day_value=day_value,
            language=self.settings.language(),
        )
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return None
        self.reminders.save_preferences(reminders)
        return dialog.chosen()

    def ask_flag_settings(self, dialog: FlagSettingsDialog) -> bool:
        """Run the flag settings dialog; True when new settings were saved."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_summary(self, dialog: SummaryDialog) -> None:
        """Run the clinic visit summary dialog (it prints and saves by itself)."""
        dialog.exec()

    def tell(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # -- opening and switching records ---------------------------------------------------------

    def open_first_record(self, path: Path) -> bool:
        """Open the record at start-up; False when the person chose to quit instead."""
        return self.switch_to(path, at_startup=True)

    def switch_to(self, path: Path, at_startup: bool = False, key: RecordKey | None = None) -> bool:
        """Make ``path`` the open record (a new one protected with ``key``, if given). False
        (and nothing changed) when it did not happen."""
        if self.record is not None and path.resolve() == self.record.path:
            return True
        if not self.confirm_leave():
            return False
        record = self._open_with_help(path, at_startup, key)
        if record is None:
            return False
        return self._install_safely(record)

    def _install_safely(self, record: CareRecord) -> bool:
        """``_install``; when the record cannot be shown (something in it nobody foresaw), say
        so, close it untouched with its lock let go, and never stay on "Opening the record…"."""
        try:
            self._install(record)
        except Exception as error:
            from mbc_tracker.diagnostics import record_unexpected_error

            record_unexpected_error(self.paths.data_dir, "Showing a record failed", error)
            self.record = None
            record.close()
            self._show_no_record()
            self.tell(
                self.tr("This record was not opened"),
                self.tr(
                    "“{name}” could not be shown, so the app has not changed it. You can open "
                    "one of its backups with File > Open record… from the backups folder, or "
                    "choose another record."
                ).format(name=record.path.name),
            )
            return False
        return True

    def confirm_leave(self, keep_unsaved: bool = False) -> bool:
        """True when nothing unsaved would be lost (Today and Profile ask if something would).

        With ``keep_unsaved`` (the record stays open, as for the clinic summary) "Don't save"
        leaves the changes in their forms, still unsaved, instead of dropping them.
        """
        if self.today_view is not None and not self.today_view.confirm_leave(keep_unsaved):
            return False
        profile_view = self.built_page(self.PROFILE)
        if profile_view is None or not profile_view.has_unsaved_changes():  # type: ignore[attr-defined]
            return True
        answer = self.ask_unsaved_profile()
        if answer == QMessageBox.StandardButton.Save:
            return bool(profile_view.save())  # type: ignore[attr-defined]
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved_profile(self) -> QMessageBox.StandardButton:
        self.show_page("profile")
        return QMessageBox.question(
            self,
            self.tr("Save the profile?"),
            self.tr("The profile has changes that are not saved yet. Save them now?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def ask_passphrase(self, path: Path, at_startup: bool = False) -> RecordKey | None:
        """The key of the protected record at ``path``, asked for; None when cancelled (which
        quits at start-up, as for any record that is not opened)."""
        from mbc_tracker.gui.passphrase_dialog import PassphraseDialog
        from mbc_tracker.services.protection import key_opens

        dialog = PassphraseDialog(path, lambda key: key_opens(path, self.paths, key), self)
        if at_startup:
            dialog.cancel_button.setText(self.tr("Quit"))
        try:
            dialog.exec()
            return dialog.key
        finally:
            dialog.deleteLater()

    def _open_with_help(
        self, path: Path, at_startup: bool, key: RecordKey | None = None
    ) -> CareRecord | None:
        """Open ``path``; when it cannot be opened, let the person choose what to do next (a
        protected record asks for its passphrase, unless ``key`` opens it)."""
        from mbc_tracker.gui.record_problem_dialog import ProblemChoice
        from mbc_tracker.services.backups import BackupFailed
        from mbc_tracker.services.record import (
            Access,
            ProblemKind,
            RecordProblem,
            open_record,
            restore_backup_copy,
            unexpected_problem,
        )

        read_only = False
        while True:
            try:
                access = Access.READ if read_only else Access.WRITE
                return open_record(path, self.paths, access, key=key)
            except RecordProblem as raised:
                problem = raised
            except OSError as error:
                # A folder that cannot be written to, a file without permission: no record
                # was touched, and the person can choose another.
                problem = RecordProblem(
                    ProblemKind.UNREADABLE,
                    path,
                    self.tr(
                        "“{name}” could not be opened ({reason}). Nothing in it was changed."
                    ).format(name=path.name, reason=os_reason(error) or error),
                )
            except Exception as error:
                # Never leave the window on "Opening the record…": anything unforeseen is
                # treated as damage (the file is not written to) and logged without content.
                from mbc_tracker.diagnostics import record_unexpected_error

                record_unexpected_error(self.paths.data_dir, "Opening a record failed", error)
                problem = unexpected_problem(path, self.paths)
            if problem.kind in (ProblemKind.PASSPHRASE_NEEDED, ProblemKind.WRONG_PASSPHRASE):
                key = self.ask_passphrase(path, at_startup)
                if key is None:
                    return None
                continue
            choice = self.ask_record_problem(problem, at_startup)
            if choice is ProblemChoice.OPEN_BACKUP and problem.backup is not None:
                try:
                    path = restore_backup_copy(problem.path, problem.backup, key)
                except BackupFailed:
                    self.tell(
                        self.tr("The backup was not opened"),
                        self.tr(
                            "A copy of the backup could not be made beside the record (is the "
                            "disk full?). Nothing was changed."
                        ),
                    )
            elif choice is ProblemChoice.WAIT:
                waited = self.ask_wait_for_record(path, key)
                if isinstance(waited, RecordProblem):
                    continue  # free now, and protected: asked for its passphrase next
                if isinstance(waited, ProblemChoice):
                    if waited is not ProblemChoice.READ_ONLY:
                        return None
                    read_only = True
                else:
                    return waited  # the record, or None when the person stopped waiting
            elif choice is ProblemChoice.READ_ONLY:
                read_only = True
            elif choice is ProblemChoice.CHOOSE_ANOTHER:
                chosen = self.ask_record_to_open()
                if chosen is None:
                    return None
                path, key = chosen, None
            else:
                return None

    def ask_wait_for_record(
        self, path: Path, key: RecordKey | None = None
    ) -> CareRecord | ProblemChoice | RecordProblem | None:
        """Wait until ``path`` can be opened for changes: the record, ``READ_ONLY`` when the
        person chose to look without changing, the problem when it needs a passphrase,
        ``GIVE_UP`` after another problem was shown, or None when they stopped waiting."""
        from mbc_tracker.gui.record_access import WaitForRecordDialog
        from mbc_tracker.gui.record_problem_dialog import ProblemChoice
        from mbc_tracker.services.record import ProblemKind, open_record

        dialog = WaitForRecordDialog(path, lambda: open_record(path, self.paths, key=key), self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if dialog.record is not None:
            return dialog.record
        if dialog.read_only_chosen:
            return ProblemChoice.READ_ONLY
        if dialog.problem is not None:
            if dialog.problem.kind in (ProblemKind.PASSPHRASE_NEEDED, ProblemKind.WRONG_PASSPHRASE):
                return dialog.problem
            self.tell(self.tr("This record was not opened"), dialog.problem.message)
            return ProblemChoice.GIVE_UP
        return None

    def record_is_read_only(self) -> bool:
        return self.record is not None and self.record.read_only

    @Slot()
    def open_for_changes(self) -> bool:
        """Open the read-only record again for changes, if the other window has let go of it.

        What was typed on Today meanwhile is carried over, still unsaved, so it can be saved now.
        """
        if self.record is None or not self.record.read_only:
            return False
        from mbc_tracker.services.record import RecordProblem, open_record

        profile_view = self.built_page(self.PROFILE)
        profile_unsaved = profile_view is not None and profile_view.has_unsaved_changes()  # type: ignore[attr-defined]
        # Saving the profile cannot work yet (the record is read-only here): let go, or stay.
        if profile_unsaved and self.ask_unsaved_profile() != QMessageBox.StandardButton.Discard:
            return False
        carried = self.today_view.unsaved() if self.today_view is not None else None
        try:
            record = open_record(self.record.path, self.paths, key=self.record.key)
        except RecordProblem as problem:
            self.tell(self.tr("Still open elsewhere"), problem.message)
            return False
        if not self._install_safely(record):
            return False
        if carried is not None and self.today_view is not None:
            self.today_view.take_unsaved(carried)
            self.show_page("today")
        return True

    def _install(self, record: CareRecord) -> None:
        """Show ``record`` in the window and close the one shown before."""
        from mbc_tracker.gui.welcome import WelcomePage

        old_record = self.record
        if old_record is not None:
            runner_for(old_record).changed.disconnect(self._changed_in_record)
        self._drop_pages()
        if old_record is not None and old_record is not record:
            self._close_with_backup(old_record)
        self.record = record
        runner_for(record).changed.connect(self._changed_in_record)
        if record.person.get() is None:
            self.welcome_page = WelcomePage(record, self, today=self._today)
            self.welcome_page.person_saved.connect(self._person_started)
            self.stack.addWidget(self.welcome_page)
            self.stack.setCurrentWidget(self.welcome_page)
            self.welcome_page.name_edit.setFocus()
        else:
            self._build_pages()
        self._show_read_only_banner(record.read_only)
        if not self.demo:
            self.settings.remember_opened(record.path)
        self.setWindowModified(False)
        self._update_title()
        self._update_actions()
        self.record_switched.emit(record.path)

    def _show_read_only_banner(self, read_only: bool) -> None:
        if read_only and self.read_only_banner is None:
            from mbc_tracker.gui.record_access import ReadOnlyBanner

            self.read_only_banner = ReadOnlyBanner(self.centralWidget())
            self.read_only_banner.retry_requested.connect(self.open_for_changes)
            self._central_layout.insertWidget(
                self._central_layout.indexOf(self.stack), self.read_only_banner
            )
            self.read_only_banner.show()
        elif not read_only and self.read_only_banner is not None:
            self._central_layout.removeWidget(self.read_only_banner)
            self.read_only_banner.deleteLater()
            self.read_only_banner = None

    def _page_names(self) -> tuple[tuple[str, str], ...]:
        """The pages in their tab order, with the words shown on each tab."""
        return (
            ("today", self.tr("Today")),
            ("flags", self.tr("Flags")),
            ("history", self.tr("History")),
            ("profile", self.tr("Profile")),
            ("receptors", self.tr("Receptor results")),
            ("treatments", self.tr("Treatments")),
            ("appointments", self.tr("Appointments")),
        )

    def _start_warm_up(self) -> None:
        """Once idle, get the database layer, the whole record's flags, the chart library and
        the History page ready (see ``WARM_UP_AFTER_MS``)."""
        record = self.record
        if record is None:
            return

        def database() -> None:
            # Today was read without SQLAlchemy (``plain_sql``); load it now, with the ORM and
            # the record's engine, so that the first save does not wait for them.
            if self.record is record and not record.closed:
                record.prepare_database()

        def flags() -> None:
            if self.record is record and not record.closed:
                record.flags.warm()

        def charts() -> None:
            from mbc_tracker.gui.chart_warm_up import warm_up_charts

            warm_up_charts()

        def history() -> None:
            if self.record is record and not record.closed:
                view = self._page(self.HISTORY)
                if view is not None and not view.isVisible():
                    sized = self._size_as_shown(self.HISTORY)
                    view.prepare(sized)  # type: ignore[attr-defined]

        def window_handle() -> None:
            # The chart's canvas asks for its window's QWindow when first shown; making that
            # wrapper costs tens of milliseconds the first time.
            self.windowHandle()

        self._warm_up_steps = [database, flags, charts, window_handle, history]
        self._warm_up_timer.start()

    def _size_as_shown(self, key: str) -> bool:
        """Give the hidden page ``key`` the size it will have when shown, the page in front's;
        False when there is none. (Qt sizes only the page in front; a page drawn ahead of time
        needs its size now.)"""
        if self.pages is None:
            return False
        holder, shown = self._holders[key], self.pages.currentWidget()
        if shown is None or shown is holder:
            return False
        holder.setGeometry(shown.geometry())
        lay_out_hidden(holder)
        return True

    @Slot()
    def _warm_up(self) -> None:
        if not self._warm_up_steps:
            return
        if QApplication.activeModalWidget() is not None or QApplication.mouseButtons():
            self._warm_up_timer.start()  # the person is busy: later
            return
        step = self._warm_up_steps.pop(0)
        step()
        if self._warm_up_steps:
            QTimer.singleShot(0, self, self._warm_up)

    def _build_pages(self) -> None:
        """The record's pages in large tabs: Today first, then Flags and the records screens.

        Only Today is built now; every other page is built the first time it is shown, so the
        window is ready as soon as the day is, however long the record.
        """
        assert self.record is not None
        pages = QTabWidget(self.stack)
        pages.setObjectName("pages")
        pages.setAccessibleName(self.tr("Pages"))
        pages.setDocumentMode(True)
        pages.setUsesScrollButtons(True)
        tab_bar = pages.tabBar()
        font = tab_bar.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        tab_bar.setFont(font)
        tab_bar.setStyleSheet(theme.tab_bar_style(tab_bar))
        self.pages = pages
        self._views = {}
        self._holders = {}
        for number, (key, name) in enumerate(self._page_names(), start=1):
            holder = QWidget(pages)
            holder.setObjectName(f"{key}Tab")
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            index = pages.addTab(holder, name)
            pages.setTabToolTip(
                index, self.tr("{page} (Ctrl+{number})").format(page=name, number=number)
            )
            holder.setAccessibleName(name)
            self._holders[key] = holder
        today_view = self._page(self.TODAY)
        pages.currentChanged.connect(self._tab_shown)
        self.stack.addWidget(pages)
        self.stack.setCurrentWidget(pages)
        if today_view is not None:
            self._focus_into(today_view)  # the first page starts with the focus in it too
        self._start_warm_up()

    TODAY, FLAGS, HISTORY, PROFILE = "today", "flags", "history", "profile"
    RECEPTORS, TREATMENTS, APPOINTMENTS = "receptors", "treatments", "appointments"

    def _page(self, key: str) -> QWidget | None:
        """The page ``key``, built now if it was not yet (None when no record is shown)."""
        view = self._views.get(key)
        if view is not None or self.pages is None or self.record is None:
            return view
        holder = self._holders[key]
        view = self._make_page(key, holder)
        view.setAccessibleName(holder.accessibleName())
        self._views[key] = view
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(view)
        self.record_changed.connect(view.record_changed)  # type: ignore[attr-defined]
        return view

    def _make_page(self, key: str, holder: QWidget) -> QWidget:
        assert self.record is not None
        record, today = self.record, self._today
        if key == self.TODAY:
            from mbc_tracker.gui.today_view import TodayView

            today_view = TodayView(record, holder, today=today)
            today_view.unsaved_changed.connect(self._update_modified)
            today_view.unsaved_changed.connect(self._today_unsaved_changed)
            today_view.flag_chosen.connect(self.show_flag)
            return today_view
        if key == self.FLAGS:
            from mbc_tracker.gui.flags_view import FlagsView

            flags_view = FlagsView(record, holder, today=today)
            flags_view.settings_requested.connect(self.edit_flag_settings)
            shown_day = self._views.get(self.TODAY)
            if shown_day is not None:
                flags_view.set_today_unsaved(shown_day.has_unsaved_changes())  # type: ignore[attr-defined]
            return flags_view
        if key == self.HISTORY:
            from mbc_tracker.gui.history_view import HistoryView

            return HistoryView(record, holder, today=today)
        if key == self.PROFILE:
            from mbc_tracker.gui.profile_view import ProfileView

            profile_view = ProfileView(record, holder, today=today)
            profile_view.unsaved_changed.connect(self._update_modified)
            return profile_view
        if key == self.RECEPTORS:
            from mbc_tracker.gui.receptors_view import ReceptorsView

            return ReceptorsView(record, holder, today=today)
        if key == self.TREATMENTS:
            from mbc_tracker.gui.treatments_view import TreatmentsView

            return TreatmentsView(record, holder, today=today)
        if key == self.APPOINTMENTS:
            from mbc_tracker.gui.appointments_view import AppointmentsView

            return AppointmentsView(
                record, holder, now=lambda: dt.datetime.combine(today(), dt.datetime.now().time())
            )
        raise KeyError(key)

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        if self.pages is None or index < 0:
            return
        holder = self.pages.widget(index)
        for key, candidate in self._holders.items():
            if candidate is holder:
                view = self._page(key)
                if view is not None:
                    self._focus_into(view)
                return

    @staticmethod
    def _focus_into(view: QWidget) -> None:
        """Put the keyboard focus on the first control of the page just shown, unless it is in
        the page already: the page's own shortcuts (Ctrl+N on the records pages) work only with
        the focus inside it, and after Ctrl+6 it would otherwise stay behind on a hidden page."""
        focused = QApplication.focusWidget()
        if focused is not None and view.isAncestorOf(focused):
            return
        candidate = view.nextInFocusChain()
        while candidate is not None and candidate is not view:
            if (
                view.isAncestorOf(candidate)
                and candidate.isVisible()
                and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                candidate.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            candidate = candidate.nextInFocusChain()

    @Slot(bool)
    def _today_unsaved_changed(self, unsaved: bool) -> None:
        flags_view = self._views.get(self.FLAGS)
        if flags_view is not None:
            flags_view.set_today_unsaved(unsaved)  # type: ignore[attr-defined]

    @Slot(object)
    def _changed_in_record(self, changes: RecordChanges) -> None:
        """Pass what an action changed on to every page built so far (``record_changed``)."""
        if changes.touches("person"):
            self._update_title()
        self.record_changed.emit(changes)

    # The pages, built on first use.

    @property
    def today_view(self) -> TodayView | None:
        return self._page(self.TODAY)  # type: ignore[return-value]

    @property
    def flags_view(self) -> FlagsView | None:
        return self._page(self.FLAGS)  # type: ignore[return-value]

    @property
    def history_view(self) -> HistoryView | None:
        return self._page(self.HISTORY)  # type: ignore[return-value]

    @property
    def profile_view(self) -> ProfileView | None:
        return self._page(self.PROFILE)  # type: ignore[return-value]

    @property
    def receptors_view(self) -> ReceptorsView | None:
        return self._page(self.RECEPTORS)  # type: ignore[return-value]

    @property
    def treatments_view(self) -> TreatmentsView | None:
        return self._page(self.TREATMENTS)  # type: ignore[return-value]

    @property
    def appointments_view(self) -> AppointmentsView | None:
        return self._page(self.APPOINTMENTS)  # type: ignore[return-value]

    def built_page(self, key: str) -> QWidget | None:
        """The page ``key`` if it has been built, without building it."""
        return self._views.get(key)

    def show_page(self, key: str) -> None:
        if self.pages is not None and key in self._holders:
            view = self._page(key)
            self.pages.setCurrentWidget(self._holders[key])
            if view is not None:
                self._focus_into(view)  # already in front (Ctrl+1 at start): into it all the same

    @Slot()
    def _update_modified(self) -> None:
        unsaved = any(
            view is not None and view.has_unsaved_changes()  # type: ignore[attr-defined]
            for view in (self.built_page(self.TODAY), self.built_page(self.PROFILE))
        )
        self.setWindowModified(unsaved)

    def current_page(self) -> QWidget | None:
        """The page in front: a tab's page, the welcome page, or the "opening" line."""
        shown = self.stack.currentWidget()
        if shown is not None and shown is self.pages:
            holder = self.pages.currentWidget()
            for key, candidate in self._holders.items():
                if candidate is holder:
                    return self._page(key)
            return holder
        return shown

    @Slot()
    def show_today_page(self) -> None:
        self.show_page("today")

    @Slot()
    def show_flags_page(self) -> None:
        self.show_page("flags")

    @Slot(object)
    def show_flag(self, flag: Flag) -> None:
        """Open the Flags page at ``flag`` (from Today's "See why")."""
        if self.flags_view is None:
            return
        self.show_flags_page()
        self.flags_view.show_flag(flag)

    @Slot(object)
    def _person_started(self, _person: Person) -> None:
        if self.welcome_page is not None:
            self.stack.removeWidget(self.welcome_page)
            self.welcome_page.deleteLater()
            self.welcome_page = None
        self._build_pages()
        self._update_title()
        self._update_actions()

    # -- menu actions --------------------------------------------------------------------------

    @Slot()
    def new_record(self) -> bool:
        path = self._ask_new_record_file()
        if path is None:
            return False
        chosen, key = self.protection_actions.key_for_new_record(path)
        return chosen and self.switch_to(path, key=key)

    def _ask_new_record_file(self) -> Path | None:
        """Where a new record should go: a name that holds nothing yet (asked again until so)."""
        while True:
            path = self.ask_new_record_path()
            if path is None:
                return None
            if path.suffix != RECORD_SUFFIX:
                path = path.with_name(path.name + RECORD_SUFFIX)
            if not path.exists():
                return path
            self.tell(
                self.tr("Please choose another name"),
                self.tr(
                    "There is already a file called “{name}” in that folder, so a new record "
                    "cannot be made there. Nothing was changed. Please choose another name."
                ).format(name=path.name),
            )

    @Slot()
    def open_record_from_file(self) -> bool:
        path = self.ask_record_to_open()
        if path is None:
            return False
        return self.switch_to(path)

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            self.settings.forget_recent(path)
            self.tell(
                self.tr("Record not found"),
                self.tr(
                    "“{name}” is no longer in {folder}. It may have been moved, renamed or "
                    "deleted, so it has been taken off the recent list. If it was moved, you can "
                    "open it from its new place with File > Open record…"
                ).format(name=path.name, folder=path.parent),
            )
            return False
        return self.switch_to(path)

    @Slot()
    def back_up_now(self) -> bool:
        if self.record is None:
            return False
        from mbc_tracker.services.backups import BackupFailed

        try:
            backup = self.record.backups.back_up()
        except (BackupFailed, OSError):
            self.tell(
                self.tr("The backup was not made"),
                self.tr(
                    "A backup could not be made just now; the record itself was not changed. "
                    "Please check that the disk has free space, then try File > Back up now "
                    "again."
                ),
            )
            return False
        text = self.tr(
            "A copy of the record was made and checked. It is kept as “{name}” in the folder "
            "{folder}"
        ).format(name=backup.path.name, folder=backup.path.parent)
        if self.today_view is not None and self.today_view.has_unsaved_changes():
            text += "\n\n" + self.tr(
                "Changes on Today that are not saved yet are not in this copy."
            )
        self.tell(self.tr("Backup made"), text)
        return True

    # -- restoring, exporting, importing -------------------------------------------------------

    def ask_restore(self, dialog: RestoreDialog) -> bool:
        """Run the restore dialog; True when a backup was chosen."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_confirm(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(confirm)
        box.exec()
        return box.clickedButton() is confirm

    @Slot()
    def restore_from_backup(self) -> bool:
        """File > Restore from a backup…: choose, confirm, keep the record as it is, restore."""
        if self.record is None or self.record.read_only or self.demo:
            return False
        if not self.confirm_leave():
            return False
        from mbc_tracker.gui.restore_dialog import RestoreDialog
        from mbc_tracker.services.backups import BackupFailed, RestoreRefused, restore_record
        from mbc_tracker.services.record import RecordProblem, unexpected_problem

        dialog = RestoreDialog(
            self.record.backups.entries(), self.settings.backup_retention(), self
        )
        try:
            chosen = dialog.chosen if self.ask_restore(dialog) else None
            if dialog.retention() != self.settings.backup_retention():
                self.settings.set_backup_retention(*dialog.retention())
        finally:
            dialog.deleteLater()
        if chosen is None:
            return False
        made = next((entry.made_at for entry in dialog.entries if entry.path == chosen), None)
        when = day_and_time(made) if made is not None else chosen.name
        if not self.ask_confirm(
            self.tr("Restore this backup?"),
            self.tr(
                "The record will hold what the backup from {when} holds. A copy of the record "
                "as it is now is kept first, so you can go back to it the same way."
            ).format(when=when),
            self.tr("Restore"),
        ):
            return False
        old = self.record
        try:
            restored, before = restore_record(old, chosen)
        except RestoreRefused as refused:
            self.tell(self.tr("Nothing was restored"), refused.message)
            return False
        except BackupFailed:
            self.tell(
                self.tr("Nothing was restored"),
                self.tr(
                    "The backup could not be restored, so the record was left as it was. "
                    "Please check that the disk has free space, then try again."
                ),
            )
            return False
        except RecordProblem as problem:
            # The restored copy could not be opened (it was checked, so this is rare): the
            # record before the restore is kept as a backup; let the person choose what next.
            self.record = None
            self._install_or_ask(problem, old.key)
            return False
        except Exception as error:
            from mbc_tracker.diagnostics import record_unexpected_error

            record_unexpected_error(self.paths.data_dir, "Restoring a backup failed", error)
            if old.closed:  # it was let go half-way: never keep using it without its lock
                self.record = None
                self._install_or_ask(unexpected_problem(old.path, self.paths), old.key)
            self.tell(
                self.tr("Nothing was restored"),
                self.tr(
                    "Something unexpected stopped the restore. The record as it was just before "
                    "is kept as a backup (“before a restore” in File > Restore from a backup…)."
                ),
            )
            return False
        if not self._install_safely(restored):
            return False
        self.tell(
            self.tr("Backup restored"),
            self.tr(
                "The record now holds the backup from {when}. The record as it was just before "
                "is kept as a backup made {now} (“before a restore” in File > Restore from a "
                "backup…)."
            ).format(when=when, now=time_of_day(before.made_at)),
        )
        return True

    def _install_or_ask(self, problem: RecordProblem, key: RecordKey | None = None) -> None:
        record = self._open_with_help(problem.path, at_startup=False, key=key)
        if record is None or not self._install_safely(record):
            self._show_no_record()

    def _drop_pages(self) -> None:
        """Take the shown record's pages (or the welcome page) out of the window.

        Each page stops hearing ``record_changed`` now, not when Qt gets round to deleting it:
        a deletion waits for the event loop, and a page of the record just closed must never
        read the record that replaced it (or the closed one) meanwhile.
        """
        for view in self._views.values():
            self.record_changed.disconnect(view.record_changed)  # type: ignore[attr-defined]
        for page in (self.pages, self.welcome_page):
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self.pages = self.welcome_page = None
        self._views = {}
        self._holders = {}

    def _show_no_record(self) -> None:
        self._drop_pages()
        self.opening_label.setText(
            self.tr("No record is open. Use File > Open record… to choose one.")
        )
        self.stack.setCurrentWidget(self.opening_label)
        self._update_title()
        self._update_actions()

    def ask_export_path(self) -> Path | None:
        """Where to export: a ``.json`` file (the whole record, importable again), a ``.zip``
        of CSV files for a spreadsheet, or a ``.fhir.json`` FHIR document for a clinic's
        system, as the chosen file type or the name says."""
        from mbc_tracker.services.fhir_record import FHIR_SUFFIX

        json_filter = self.tr("Record exports (*.json)")
        csv_filter = self.tr("Spreadsheet files, CSV in a zip (*.zip)")
        fhir_filter = self.tr("Clinic systems, FHIR document (JSON) (*.fhir.json)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the whole record"),
            str(Path.home() / f"{self.record.path.stem if self.record else 'record'}.json"),
            f"{json_filter};;{csv_filter};;{fhir_filter}",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if chosen_filter == fhir_filter:
            # The name says which kind of file it is, so "summary.json" becomes
            # "summary.fhir.json": never mistaken for a record export that can be imported.
            if path.name.lower().endswith(FHIR_SUFFIX):
                return path
            stem = path.name[:-5] if path.suffix.lower() == ".json" else path.name
            return path.with_name(stem + FHIR_SUFFIX)
        if path.suffix.lower() in (".json", ".zip"):
            return path
        suffix = ".zip" if chosen_filter == csv_filter else ".json"
        return path.with_name(path.name + suffix)

    @Slot()
    def export_record(self) -> bool:
        """File > Export…: the whole record as the versioned JSON file (what is saved), as CSV
        files for a spreadsheet in one zip when the chosen name ends in ``.zip``, or as a FHIR
        document for a clinic's system when it ends in ``.fhir.json``."""
        if self.record is None:
            return False
        from mbc_tracker.gui.export_warning import EXPORT, confirm_unprotected_copy

        if not confirm_unprotected_copy(self, self.record.protected, EXPORT):
            return False
        path = self.ask_export_path()
        if path is None:
            return False
        from mbc_tracker.paths import OutputRefused
        from mbc_tracker.services.csv_record import CsvExportSummary, export_csv, is_zip_target
        from mbc_tracker.services.fhir_record import FhirExportSummary, is_fhir_target
        from mbc_tracker.services.transfer import ExportSummary, export_record

        as_csv = is_zip_target(path)
        as_fhir = is_fhir_target(path)
        summary: CsvExportSummary | FhirExportSummary | ExportSummary
        try:
            if as_csv:
                summary = export_csv(self.record, path)
            elif as_fhir:
                from mbc_tracker.gui.passphrase_dialog import waiting
                from mbc_tracker.services.fhir_record import export_fhir

                with waiting():  # a year of entries takes a few seconds to build and check
                    summary = export_fhir(self.record, path)
            else:
                summary = export_record(self.record, path)
        except OutputRefused as refused:
            self.tell(self.tr("Nothing was exported"), refused.message)
            return False
        except OSError as error:
            self.tell(
                self.tr("Nothing was exported"),
                self.tr("The export could not be written to {file} ({reason}).").format(
                    file=path, reason=os_reason(error) or error
                ),
            )
            return False
        if as_csv:
            text = self.tr(
                "The record was exported for a spreadsheet to {file}: one CSV file per kind of "
                "data. They hold private health details: keep them somewhere safe."
            ).format(file=path)
        elif as_fhir:
            text = self.tr(
                "A summary of the record for a clinic's computer system was saved to {file} "
                "(a FHIR document). It holds private health details: share it only with your "
                "care team, and keep it somewhere safe."
            ).format(file=path)
        else:
            text = self.tr(
                "The whole record was exported to {file}. It holds private health details: "
                "keep it somewhere safe."
            ).format(file=path)
        if self.today_view is not None and self.today_view.has_unsaved_changes():
            text += "\n\n" + self.tr("Changes on Today that are not saved yet are not in it.")
        self.tell(self.tr("Exported"), text + "\n\n" + summary.describe())
        return True

    def ask_import_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an exported record to import"),
            str(Path.home()),
            self.tr("Record exports (*.json);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    @Slot()
    def import_into_new_record(self) -> bool:
        """File > Import into a new record…: an export becomes a record of its own (never mixed
        into an existing one), made whole or not at all, then offered to open."""
        source = self.ask_import_file()
        if source is None:
            return False
        target = self._ask_new_record_file()
        if target is None:
            return False
        from mbc_tracker.services.record import RecordProblem
        from mbc_tracker.services.transfer import ImportInvalid, import_into_record_file

        try:
            summary = import_into_record_file(target, self.paths, source)
        except ImportInvalid as invalid:
            self.tell(
                self.tr("Nothing was imported"),
                self.tr("Nothing was imported from {file}, and no record was made.").format(
                    file=source.name
                )
                + "\n\n"
                + invalid.message,
            )
            return False
        except RecordProblem as problem:
            self.tell(self.tr("Nothing was imported"), problem.message)
            return False
        if self.ask_confirm(
            self.tr("Imported"),
            self.tr("{summary}\n\nThe new record is {file}. Open it now?").format(
                summary=summary.describe(), file=target
            ),
            self.tr("Open it"),
        ):
            self.switch_to(target)
        return True

    @Slot()
    def edit_preferences(self) -> bool:
        if self.record is None or self.today_view is None:
            return False
        person = self.record.person.get()
        if person is None:
            return False
        chosen = self.ask_preferences(person)
        if chosen is None:
            return False
        self.window_lock.set_minutes(chosen.lock_minutes)
        if chosen.language != self.settings.language():
            # Kept for the next start: every page, menu and message is built in one language.
            self.settings.set_language(chosen.language)
        look_changed = self.change_look(chosen.look)
        record = self.record
        if chosen.day_value != record.daylog.day_value():
            day_value = chosen.day_value
            runner_for(record).run(
                lambda: record.daylog.set_day_value(day_value), RecordChanges(day_value=True)
            )
        weight_unit, temperature_unit = chosen.weight_unit, chosen.temperature_unit
        if (weight_unit, temperature_unit) == (person.weight_unit, person.temperature_unit):
            return look_changed
        # Today shows values in the units; unsaved values typed in the old units must be saved
        # or let go before the page is shown again in the new ones.
        if self.today_view is None or not self.today_view.confirm_leave():
            return look_changed
        from mbc_tracker.services.person import PersonInvalid

        record = self.record
        changed = replace(person, weight_unit=weight_unit, temperature_unit=temperature_unit)
        outcome = runner_for(record).run(
            lambda: record.person.save(changed, today=self._today()),
            RecordChanges(person=True),
            expected=(PersonInvalid,),
        )
        if outcome.problem is not None:
            self.tell(self.tr("The units were not changed"), str(outcome.problem))
        return outcome.ok

    # -- the look: colours and text size --------------------------------------------------------

    def look(self) -> Look:
        appearance, text_size = self.settings.look()
        return Look(Appearance(appearance), text_size)

    def change_look(self, look: Look) -> bool:
        """Apply and keep a new look; the pages are built again in it, keeping what was typed
        on Today (the profile's unsaved changes are saved or let go first, as it asks)."""
        if look == self.look():
            return False
        profile_view = self.built_page(self.PROFILE)
        if profile_view is not None and profile_view.has_unsaved_changes():  # type: ignore[attr-defined]
            answer = self.ask_unsaved_profile()
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not profile_view.save():  # type: ignore[attr-defined]
                return False
        self.settings.set_look(look.appearance.value, look.text_size)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply_look(app, look)
        self.refresh_look()
        return True

    def refresh_look(self) -> None:
        """Build the pages again in the app's current colours and text size (their colours are
        resolved when they are built), keeping Today's unsaved day and the page in front."""
        self._style_demo_banner()
        if self.read_only_banner is not None and self.record is not None:
            self._show_read_only_banner(False)
            self._show_read_only_banner(True)
        if self.pages is None or self.record is None:
            return
        shown = self.current_page()
        in_front = next((key for key, view in self._views.items() if view is shown), self.TODAY)
        carried = self.today_view.unsaved() if self.today_view is not None else None
        self._drop_pages()
        self._build_pages()
        if carried is not None and self.today_view is not None:
            self.today_view.take_unsaved(carried)
        self.show_page(in_front)

    @Slot()
    def _desktop_colours_changed(self) -> None:
        if self.look().appearance is Appearance.SYSTEM:
            self.refresh_look()

    def _style_demo_banner(self) -> None:
        banner = self.demo_banner
        if banner is None:
            return
        palette = QApplication.palette()
        teal = theme.done_colour(palette)
        window = palette.color(palette.ColorRole.Window)
        banner.setStyleSheet(
            f"#demoBanner {{ background: {theme.blend(teal, window, 0.12).name()};"
            f" color: {teal.name()}; font-weight: bold;"
            f" border-bottom: 1px solid {theme.blend(teal, window, 0.4).name()}; }}"
        )

    @Slot()
    def edit_flag_settings(self) -> bool:
        """Open Flag settings; after a save, the Flags page and Today's banner are refreshed."""
        if self.record is None or self.pages is None:
            return False
        from mbc_tracker.gui.flag_settings_dialog import FlagSettingsDialog

        dialog = FlagSettingsDialog(self.record, self)
        try:
            saved = self.ask_flag_settings(dialog)
        finally:
            dialog.deleteLater()
        return saved

    @Slot()
    def show_summary(self) -> bool:
        """Open the clinic visit summary; unsaved changes (Today, Profile) are asked about first,
        since the summary is made from what is saved ("Don't save" keeps them in their forms)."""
        if self.record is None or self.pages is None:
            return False
        if not self.confirm_leave(keep_unsaved=True):
            return False
        from mbc_tracker.gui.summary_dialog import SummaryDialog

        dialog = SummaryDialog(self.record, self, today=self._today)
        try:
            self.ask_summary(dialog)
        finally:
            dialog.deleteLater()
        return True

    @Slot()
    def show_about(self) -> None:
        where = self.record.path if self.record is not None else self.paths.default_record
        self.tell(
            self.tr("About MBC Care Tracker"),
            self.tr(
                "MBC Care Tracker {version}\n\n"
                "A private diary of symptoms, treatments and appointments for people living "
                "with metastatic breast cancer and those who care for them.\n\n"
                "Privacy: nothing you type leaves this computer. The app does not use the "
                "internet.\n\n"
                "This record is kept in:\n{record}\n\n"
                "Backups are kept in:\n{backups}"
            ).format(version=__version__, record=where, backups=self.paths.backups_dir),
        )

    @Slot()
    def copy_diagnostic_information(self) -> None:
        from mbc_tracker.gui.error_report import copy_diagnostic_information

        folder = copy_diagnostic_information(self.paths.data_dir)
        self.tell(
            self.tr("Diagnostic information copied"),
            self.tr(
                "Technical details for a support request are now copied: you can paste them "
                "into an email or a message. They hold no health details (no names, notes, "
                "symptoms or values), only the versions of the app and its parts and the "
                "problems it met.\n\nThe diagnostic log is kept in:\n{folder}"
            ).format(folder=folder),
        )

    # -- window --------------------------------------------------------------------------------

    def _update_title(self) -> None:
        """Whose record, which file (two records can share a name), and read-only or demo."""
        person = self.record.person.get() if self.record is not None else None
        if person is not None:
            who = person.name
        elif self.record is not None:
            who = self.tr("New record")
        else:
            who = ""
        if self.record is not None and not self.demo:
            who = self.tr("{who} ({file} in {folder})").format(
                who=who, file=self.record.path.name, folder=display_folder(self.record.path.parent)
            )
        title = (
            self.tr("{who}[*] — MBC Care Tracker").format(who=who) if who else "MBC Care Tracker[*]"
        )
        if self.record_is_read_only():
            title += self.tr(" (reading only)")
        if self.demo:
            title += self.tr(" (demo record — changes are not kept)")
        self.setWindowTitle(title)

    def _dialog_folder(self) -> Path:
        if self.record is not None:
            return self.record.path.parent
        return self.paths.data_dir

    def _unused_record_name(self) -> Path:
        folder = self.paths.data_dir
        candidate = folder / f"new-record{RECORD_SUFFIX}"
        number = 2
        while candidate.exists():
            candidate = folder / f"new-record-{number}{RECORD_SUFFIX}"
            number += 1
        return candidate

    def _restore_geometry(self) -> None:
        stored = self.settings.window_geometry()
        restored = False
        if stored:
            restored = self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii")))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if not restored:
            width, height = DEFAULT_SIZE
            if screen is not None:
                # Fit small screens (a 1024x700 laptop) instead of hiding Save below the edge.
                width = min(width, screen.width() - 40)
                height = min(height, screen.height() - 40)
            self.resize(width, height)
            if screen is not None:
                self.move(screen.center() - QPoint(width // 2, height // 2))
            else:
                self.move(QPoint(80, 60))
        elif screen is not None and not screen.intersects(self.frameGeometry()):
            # Saved on a screen that is gone: bring the window back where it can be seen.
            self.move(screen.topLeft() + QPoint(20, 20))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            # About to paint: finish the layout the last changes asked for first. Qt would climb
            # it one level per turn of the event loop and paint the window after every turn (a
            # day shown on Today: five paints of the whole window where one does).
            lay_out_now()
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminders.keeps_running_in_tray():  # hidden to the tray, asked once
            event.ignore()
            return
        lock = self.window_lock
        if not (lock.confirm_quit() if lock.is_locked else self.confirm_leave()):
            event.ignore()
            return
        if not self.demo:
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            self.settings.set_window_geometry(geometry)
        self.close_record()
        event.accept()

    def close_record(self) -> None:
        """Close the open record (safe to call twice), with an automatic backup if it changed."""
        if self.record is not None:
            record, self.record = self.record, None
            self._close_with_backup(record)
        self._update_actions()

    def _close_with_backup(self, record: CareRecord) -> None:
        self._automatic_backup(record, closing=True)
        record.close()

    @Slot()
    def _backup_if_due(self) -> None:
        # Not while a dialog is open (the restore list could lose the backup it shows).
        if self.record is not None and QApplication.activeModalWidget() is None:
            self._automatic_backup(self.record, closing=False)

    def _automatic_backup(self, record: CareRecord, closing: bool) -> None:
        """When a changed record is closed, and at most once a day while it stays open (the
        timer asks every hour). A failure is logged, never shown: the record itself is safe,
        and File > Back up now says why if the person asks for one."""
        if self.demo or record.read_only or record.closed:
            return
        from mbc_tracker.services.backups import Retention

        try:
            record.backups.automatic(Retention(*self.settings.backup_retention()), closing=closing)
        except Exception as error:
            from mbc_tracker.diagnostics import record_unexpected_error

            record_unexpected_error(self.paths.data_dir, "Automatic backup failed", error)
