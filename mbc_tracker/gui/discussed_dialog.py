"""The small dialog that records "discussed with my care team" for one flag: the date and a note.

The date starts at today. A date in the future, or before the flag began, is refused by the
flag service; its sentence is shown under the date and nothing is saved until it is fixed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.flags import Flag
from mbc_tracker.domain.records import FlagAcknowledgement
from mbc_tracker.gui.runner import ChangeFailed, runner_for
from mbc_tracker.gui.widgets import (
    ErrorLabel,
    from_qdate,
    long_date_format,
    scaled_font,
    to_qdate,
    use_readable_calendar,
)
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.flags import DiscussionInvalid

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord


class DiscussedDialog(QDialog):
    """Ask when a flag was discussed; Save stores the mark (or shows why it cannot).

    Signals: none (after Save, ``saved`` holds the stored mark).
    """

    def __init__(
        self,
        record: CareRecord,
        flag: Flag,
        today: dt.date,
        days_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._flag = flag
        self._today = today
        self.saved: FlagAcknowledgement | None = None
        self.setWindowTitle(self.tr("Discussed with my care team"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        heading = QLabel(
            self.tr("{symptom}, {days}").format(symptom=flag.symptom_label, days=days_text), self
        )
        heading.setFont(scaled_font(self.font(), 1.2))
        heading.setWordWrap(True)
        about = QLabel(
            self.tr(
                "Once it is marked as discussed, this flag stays quiet unless {symptom} gets "
                "worse than when you talked about it. You can undo the mark later."
            ).format(symptom=flag.symptom_label.lower()),
            self,
        )
        about.setWordWrap(True)
        date_label = QLabel(self.tr("&Date you discussed it"), self)
        self.date_edit = QDateEdit(to_qdate(today), self)
        use_readable_calendar(self.date_edit)
        self.date_edit.setDisplayFormat(long_date_format())
        self.date_edit.setAccessibleName(self.tr("Date you discussed it"))
        self.date_edit.setMinimumHeight(self.fontMetrics().height() + 14)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        date_label.setBuddy(self.date_edit)
        self.date_error = ErrorLabel(self.date_edit, self)
        note_label = QLabel(self.tr("&Note (optional)"), self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("for example, what your care team advised"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setMaxLength(2000)
        note_label.setBuddy(self.note_edit)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for widget in (heading, about, date_label, self.date_edit, self.date_error):
            layout.addWidget(widget)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 50)

    @Slot()
    def _on_date_changed(self) -> None:
        self.date_error.clear_problem()

    @Slot()
    def save(self) -> bool:
        """Store the mark; False (with the reason under the date, nothing saved) if refused."""
        flag, day = self._flag, from_qdate(self.date_edit.date())
        note = self.note_edit.text().strip()
        try:
            self.saved = runner_for(self._record).call(
                lambda: self._record.flags.mark_discussed(flag, day, note, today=self._today),
                RecordChanges(acknowledgements=True),
                expected=(DiscussionInvalid,),
            )
        except ChangeFailed:
            return False
        except DiscussionInvalid as invalid:
            self.date_error.show_problem(str(invalid))
            self.date_edit.setFocus()
            return False
        self.accept()
        return True
