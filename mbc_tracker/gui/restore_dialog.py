"""File > Restore from a backup…: the record's backups, what each holds, and which to restore.

A person reaching for a backup is usually worried: something went missing or wrong. So the list
says plainly when each copy was made and why (automatically, by you, before an update, before a
restore), how many days it holds entries for and the last of them, and the dialog says up front
that restoring first keeps the record as it is now, so nothing is lost. A backup kept elsewhere
(a USB stick) can be chosen too. How many automatic backups are kept is set here as well; the
numbers are the app's adjustable defaults.

The dialog only chooses; the main window asks for confirmation and restores.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import short_day, short_day_and_time
from mbc_tracker.paths import RECORD_SUFFIX
from mbc_tracker.services.backups import BackupEntry, BackupKind


class RestoreDialog(QDialog):
    """Lists the backups and returns the chosen one in ``chosen`` (a path) when accepted.

    Signals: only QDialog's own.
    """

    COLUMNS = 5

    def __init__(
        self,
        entries: list[BackupEntry],
        retention: tuple[int, int, int],
        parent: QWidget | None = None,
        ask_file: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.entries = entries
        self.chosen: Path | None = None
        self._ask_file = ask_file or self._ask_backup_file

        intro = QLabel(
            self.tr(
                "Each backup is a whole copy of the record, checked when it was made. Restoring "
                "one first keeps a copy of the record as it is now, so nothing is lost: you can "
                "always go back."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(entries), self.COLUMNS, self)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made on"),
                self.tr("Why"),
                self.tr("Days logged"),
                self.tr("Last day logged"),
                self.tr("Size"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, entry in enumerate(entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                if column in (2, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore_selected())

        self.empty_label = QLabel(
            self.tr(
                "There are no backups of this record yet. The app makes one automatically when "
                "you close it after a change; File > Back up now makes one at any time."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not entries)
        self.table.setVisible(bool(entries))

        daily, weekly, monthly = retention
        self.daily_box = self._count_box(daily, 1, 60, self.tr("Days"))
        self.weekly_box = self._count_box(weekly, 0, 52, self.tr("Weeks"))
        self.monthly_box = self._count_box(monthly, 0, 120, self.tr("Months"))
        keep = QHBoxLayout()
        keep_label = QLabel(self.tr("Automatic backups kept, the newest of each of the last:"))
        keep_label.setWordWrap(True)
        keep.addWidget(keep_label, 1)
        for box, word in (
            (self.daily_box, self.tr("days")),
            (self.weekly_box, self.tr("weeks")),
            (self.monthly_box, self.tr("months")),
        ):
            keep.addWidget(box)
            keep.addWidget(QLabel(word, self))
        keep_note = QLabel(
            self.tr(
                "These numbers are the app's defaults, which you can change. Backups you make "
                "yourself, and those made before an update or a restore, are always kept."
            ),
            self,
        )
        keep_note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(
            self.tr("Restore this backup…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.file_button = buttons.addButton(
            self.tr("Choose a backup file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.file_button.setToolTip(
            self.tr("A backup kept somewhere else, for example on a USB stick")
        )
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._restore_file)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(keep)
        layout.addWidget(keep_note)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.sizeHint().height() + 120)
        if entries:
            self.table.selectRow(0)
            self.table.setFocus()
        self._update_buttons()

    def retention(self) -> tuple[int, int, int]:
        """The numbers of automatic backups to keep, as set in the dialog."""
        return self.daily_box.value(), self.weekly_box.value(), self.monthly_box.value()

    def _count_box(self, value: int, low: int, high: int, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setValue(value)
        box.setAccessibleName(self.tr("Automatic backups kept: {unit}").format(unit=name))
        return box

    def _cells(self, entry: BackupEntry) -> list[str]:
        locale = QLocale()
        when = short_day_and_time(entry.made_at)
        why = {
            BackupKind.AUTOMATIC: self.tr("Automatic"),
            BackupKind.MANUAL: self.tr("Made by you"),
            BackupKind.BEFORE_UPGRADE: self.tr("Before an update of the app"),
            BackupKind.BEFORE_RESTORE: self.tr("Before a restore"),
            BackupKind.OTHER: self.tr("Other"),
        }[entry.kind]
        if entry.contents is None:
            days, last = self.tr("cannot be read"), ""
        else:
            days = locale.toString(entry.contents.days_logged)
            last = (
                short_day(entry.contents.last_day_logged)
                if entry.contents.last_day_logged is not None
                else self.tr("none")
            )
        size = locale.formattedDataSize(entry.size, 1)
        return [when, why, days, last, size]

    @Slot()
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    @Slot()
    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.entries[rows[0].row()].path
        self.accept()

    @Slot()
    def _restore_file(self) -> None:
        chosen = self._ask_file()
        if chosen is not None:
            self.chosen = chosen
            self.accept()

    def _ask_backup_file(self) -> Path | None:
        folder = self.entries[0].path.parent if self.entries else Path.home()
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(folder),
            self.tr("MBC Care Tracker records (*{suffix});;All files (*)").format(
                suffix=RECORD_SUFFIX
            ),
        )
        return Path(chosen) if chosen else None
