"""The entries of one day, under Today's symptoms: each at its time, editable one by one.

A symptom may be logged more than once a day ("Pain 6 at 08:05, 3 at 22:10"). The scales of
Today's form hold each symptom's latest entry; this section lists every entry of the day with
its time, with Edit and Remove beside each, and "Log again at a time…" opens ``EntryDialog`` to
add one. A score changed on a scale keeps its entry's time (a correction of what was felt then);
a new entry gets the time it is given, now by default on today. Every change goes through the
record's runner; a removal can be undone. Today keeps what was typed in its form when an entry
changes here (``entries_changed`` tells it to read the day again without losing the typing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import time_of_day, weekday_day
from mbc_tracker.domain.daylog import DayEntry, DayLogInvalid, EntryGone
from mbc_tracker.domain.errors import RecordUnavailable
from mbc_tracker.domain.records import SymptomKind, TrackedSymptom
from mbc_tracker.gui import theme
from mbc_tracker.gui.runner import ChangeFailed, runner_for
from mbc_tracker.gui.severity_control import SeverityControl
from mbc_tracker.gui.widgets import ErrorLabel, scaled_font
from mbc_tracker.services.changes import RecordChanges

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

NOTE_SHOWN = 60  # characters of an entry's note shown in the list (the dialog shows it whole)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def entry_value_text(entry: DayEntry, label: str) -> str:
    """ "Pain 6", "Seizure", "Seizure: did not happen": an entry's words without its time."""
    if entry.severity is not None:
        return f"{label} {entry.severity}"
    if entry.present:
        return label
    return QCoreApplication.translate("DayEntries", "{label}: did not happen").format(label=label)


class EntryDialog(QDialog):
    """Add an entry of a symptom at a time of the day, or change one.

    Signals: none (after Save, ``saved`` holds the entry as stored).
    """

    def __init__(
        self,
        record: CareRecord,
        day: dt.date,
        symptoms: Sequence[TrackedSymptom],
        entry: DayEntry | None = None,
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] = _now,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._day = day
        self._entry = entry
        self._now = now
        self._symptoms = list(symptoms)
        self.saved: DayEntry | None = None
        self.setWindowTitle(
            self.tr("Change an entry") if entry is not None else self.tr("Log again at a time")
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        field_height = self.fontMetrics().height() + 14

        symptom_label = QLabel(self.tr("S&ymptom"), self)
        self.symptom_box = QComboBox(self)
        self.symptom_box.setAccessibleName(self.tr("Symptom"))
        self.symptom_box.setMinimumHeight(field_height)
        for symptom in self._symptoms:
            self.symptom_box.addItem(symptom.label, symptom.key)
        if entry is not None:
            # An entry keeps its symptom: changing it would be another entry.
            self.symptom_box.setCurrentIndex(self.symptom_box.findData(entry.symptom_key))
            self.symptom_box.setEnabled(False)
        symptom_label.setBuddy(self.symptom_box)
        self.symptom_error = ErrorLabel(self.symptom_box, self)

        heading = QLabel(weekday_day(day), self)
        heading.setFont(scaled_font(self.font(), 1.2))
        heading.setAccessibleName(self.tr("Day of the entry"))
        time_label = QLabel(self.tr("&Time"), self)
        # Now, on today; on a past day, midday, plainly a time to set rather than a guess.
        if entry is not None:
            start = entry.time
        elif day == now().date():
            start = now().time()
        else:
            start = dt.time(12, 0)
        self.time_edit = QTimeEdit(QTime(start.hour, start.minute), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setMinimumHeight(field_height)
        self.time_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 10)
        time_label.setBuddy(self.time_edit)
        self.time_error = ErrorLabel(self.time_edit, self)

        self.score_label = QLabel(self.tr("Sco&re"), self)
        self.scale = SeverityControl(self.tr("Score"), self)
        self.score_label.setBuddy(self.scale)
        self.score_error = ErrorLabel(self.scale, self)
        self.event_label = QLabel(self.tr("Did it happen?"), self)
        self.yes_button = QRadioButton(self.tr("&Yes, it happened"), self)
        self.no_button = QRadioButton(self.tr("&No"), self)
        self._answer = QButtonGroup(self)
        for button in (self.yes_button, self.no_button):
            button.setFont(scaled_font(self.font(), 1.0, bold=False))
            self._answer.addButton(button)
        self.yes_button.setChecked(True)
        answers = QHBoxLayout()
        answers.addWidget(self.yes_button)
        answers.addWidget(self.no_button)
        answers.addStretch(1)
        self.event_error = ErrorLabel(self.yes_button, self)

        note_label = QLabel(self.tr("N&ote (optional)"), self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setMinimumHeight(field_height)
        self.note_edit.setPlaceholderText(self.tr("for example, what you were doing"))
        note_label.setBuddy(self.note_edit)
        self.note_error = ErrorLabel(self.note_edit, self)
        self.general_error = ErrorLabel(self.note_edit, self)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        for dialog_button in self.buttons.buttons():
            dialog_button.setMinimumHeight(self.fontMetrics().height() * 2)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        fields: list[QWidget] = [
            heading,
            symptom_label,
            self.symptom_box,
            self.symptom_error,
            time_label,
            self.time_edit,
            self.time_error,
            self.score_label,
            self.scale,
            self.score_error,
            self.event_label,
        ]
        for widget in fields:
            layout.addWidget(widget)
        layout.addLayout(answers)
        for widget in (self.event_error, note_label, self.note_edit, self.note_error):
            layout.addWidget(widget)
        layout.addWidget(self.general_error)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

        self._errors = {
            "symptom": self.symptom_error,
            "day": self.time_error,
            "time": self.time_error,
            "severity": self.score_error,
            "present": self.event_error,
            "note": self.note_error,
        }
        self.symptom_box.currentIndexChanged.connect(self._show_kind)
        self.time_edit.timeChanged.connect(lambda _time: self.time_error.clear_problem())
        self.scale.value_changed.connect(lambda _value: self.score_error.clear_problem())
        if entry is not None:
            self.scale.set_value(entry.severity)
            self.no_button.setChecked(entry.present is False)
            self.note_edit.setText(entry.note)
        self._show_kind()

    def _symptom(self) -> TrackedSymptom | None:
        index = self.symptom_box.currentIndex()
        return self._symptoms[index] if 0 <= index < len(self._symptoms) else None

    @Slot()
    def _show_kind(self) -> None:
        """The score for a rated symptom, yes or no for an event."""
        symptom = self._symptom()
        rated = symptom is None or symptom.kind is SymptomKind.RATED
        score: list[QWidget] = [self.score_label, self.scale]
        answer: list[QWidget] = [self.event_label, self.yes_button, self.no_button]
        for widget in score:
            widget.setVisible(rated)
        for widget in answer:
            widget.setVisible(not rated)
        if symptom is not None:
            self.scale.setAccessibleName(
                self.tr("Score for {symptom}").format(symptom=symptom.label)
            )
        self.score_error.clear_problem()
        self.event_error.clear_problem()

    @Slot()
    def save(self) -> bool:
        """Store the entry; False (with the problems by their fields, nothing saved) if refused."""
        for error in self._errors.values():
            error.clear_problem()
        self.general_error.clear_problem()
        symptom = self._symptom()
        if symptom is None:
            self.symptom_error.show_problem(self.tr("Choose a symptom from the list."))
            return False
        chosen = self.time_edit.time()
        time = dt.time(chosen.hour(), chosen.minute())
        severity: int | None = None
        present: bool | None = None
        if symptom.kind is SymptomKind.RATED:
            severity = self.scale.value()
            if severity is None:
                self.score_error.show_problem(self.tr("Choose a score from 0 (none) to 10."))
                self.scale.setFocus()
                return False
        else:
            present = self.yes_button.isChecked()
        note = self.note_edit.text().strip()
        now = self._now()
        daylog = self._record.daylog
        entry = self._entry
        if entry is None:
            day = self._day
            action: Callable[[], DayEntry] = lambda: daylog.add_entry(  # noqa: E731
                symptom.key, day, time, severity, present, note, now=now
            )
        else:
            entry_id = entry.id
            action = lambda: daylog.change_entry(  # noqa: E731
                entry_id, time, severity, present, note, now=now
            )
        try:
            self.saved = runner_for(self._record).call(
                action,
                RecordChanges.of_days({self._day}, {symptom.key}),
                expected=(DayLogInvalid, EntryGone, RecordUnavailable),
            )
        except ChangeFailed:
            return False
        except DayLogInvalid as invalid:
            for problem in invalid.problems:
                self._errors.get(problem.field, self.general_error).show_problem(problem.message)
            return False
        except (EntryGone, RecordUnavailable) as refused:
            self.general_error.show_problem(refused.message)
            return False
        self.accept()
        return True


class DayEntriesSection(QWidget):
    """Every entry of the shown day with its time, Edit and Remove beside each, Undo after a
    removal, and "Log again at a time…".

    Signals: entries_changed(object)  # datetime.date: an entry of that day was added, changed,
                                      # removed or brought back here
    """

    entries_changed = Signal(object)

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] = _now,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._now = now
        self._day = now().date()
        self._on_today: list[TrackedSymptom] = []
        self._labels: dict[str, str] = {}
        self._entries: list[DayEntry] = []
        self._removed: DayEntry | None = None
        self.edit_buttons: list[QPushButton] = []
        self.remove_buttons: list[QPushButton] = []
        self.entry_labels: list[QLabel] = []
        # Every row made so far (its words, Edit, Remove); the first len(_entries) are shown.
        self._pool: list[tuple[QLabel, QPushButton, QPushButton]] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        self.heading = QLabel(self.tr("Entries of this day"), self)
        self.heading.setFont(scaled_font(self.font(), 1.1, bold=True))
        about = QLabel(
            self.tr(
                "The scales above show each symptom's latest entry of the day. To keep "
                "another score from a different time, log it again here."
            ),
            self,
        )
        about.setWordWrap(True)
        about.setStyleSheet(theme.muted_style(about))
        self.empty_label = QLabel(self.tr("No symptom entries saved for this day yet."), self)
        self.empty_label.setWordWrap(True)
        self._rows_box = QWidget(self)
        self._rows = QGridLayout(self._rows_box)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setHorizontalSpacing(8)
        self._rows.setVerticalSpacing(2)
        self._rows.setColumnStretch(0, 1)
        self.add_button = QPushButton(self.tr("&Log again at a time…"), self)
        self.add_button.setMinimumHeight(self.fontMetrics().height() * 2)
        self.add_button.setToolTip(
            self.tr("Add another entry of a symptom, at the time it happened.")
        )
        self.add_button.clicked.connect(self.add_entry)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Entries status"))
        self.undo_button = QPushButton(self.tr("&Undo remove"), self)
        self.undo_button.setMinimumHeight(self.fontMetrics().height() * 2)
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.status_label, 1)
        for widget in (self.heading, about, self.empty_label, self._rows_box):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    # -- showing -------------------------------------------------------------------------------

    def show_day(self, day: dt.date, on_today: Sequence[TrackedSymptom]) -> None:
        """Show ``day``'s entries; ``on_today`` are the symptoms "Log again" offers."""
        if day != self._day:
            self._removed = None
            self.undo_button.hide()
            self.status_label.clear()
        self._day = day
        self._on_today = list(on_today)
        self.refresh()

    def refresh(self) -> None:
        self._labels = {symptom.key: symptom.label for symptom in self._record.symptoms.all()}
        self._entries = self._record.daylog.entries_of_day(self._day)
        # The rows made for an earlier day are kept and their words changed in place; rows are
        # added only when this day has more entries than any shown before, and hidden when fewer.
        self.edit_buttons.clear()
        self.remove_buttons.clear()
        self.entry_labels.clear()
        self.empty_label.setVisible(not self._entries)
        self.add_button.setEnabled(bool(self._on_today))
        counts: dict[str, int] = {}
        for entry in self._entries:
            counts[entry.symptom_key] = counts.get(entry.symptom_key, 0) + 1
        seen: dict[str, int] = {}
        for row, entry in enumerate(self._entries):
            seen[entry.symptom_key] = seen.get(entry.symptom_key, 0) + 1
            text = self.describe(entry)
            if (
                counts[entry.symptom_key] > 1
                and seen[entry.symptom_key] == counts[entry.symptom_key]
            ):
                text += self.tr("  (latest: on the scale above)")
            if entry.note:
                note = (
                    entry.note if len(entry.note) <= NOTE_SHOWN else entry.note[:NOTE_SHOWN] + "…"
                )
                text += f" — {note}"
            label, edit, remove = self._row(row)
            label.setText(text)
            spoken = self.describe(entry)
            edit.setAccessibleName(self.tr("Edit {entry}").format(entry=spoken))
            remove.setAccessibleName(self.tr("Remove {entry}").format(entry=spoken))
            self.entry_labels.append(label)
            self.edit_buttons.append(edit)
            self.remove_buttons.append(remove)
        shown = len(self._entries)
        box = self._rows_box
        # New rows are shown with the box around them, in one go (each shown on its own into
        # the shown box costs a layout request and a repaint of its own); not while the focus
        # is in the box, which hiding it would move.
        focus = QApplication.focusWidget()
        whole = any(
            widget.isHidden() for widgets in self._pool[:shown] for widget in widgets
        ) and not (focus is not None and box.isAncestorOf(focus))
        if whole:
            box.hide()
        for index, widgets in enumerate(self._pool):
            for widget in widgets:
                if widget.isHidden() != (index >= shown):
                    widget.setVisible(index < shown)
        if whole:
            box.show()

    def _row(self, row: int) -> tuple[QLabel, QPushButton, QPushButton]:
        """The widgets of row ``row``, made the first time a day has that many entries."""
        if row < len(self._pool):
            return self._pool[row]
        label = QLabel(self._rows_box)
        label.setWordWrap(True)
        label.setFont(scaled_font(self.font(), 1.0, bold=False))
        edit = QPushButton(self.tr("Edit"), self._rows_box)
        remove = QPushButton(self.tr("Remove"), self._rows_box)
        height = self.fontMetrics().height() * 2
        for button in (edit, remove):
            button.setMinimumHeight(height)
        # A row shows whichever entry is at its place now.
        edit.clicked.connect(lambda _checked=False: self.edit_entry(self._entries[row]))
        remove.clicked.connect(lambda _checked=False: self.remove_entry(self._entries[row]))
        self._rows.addWidget(label, row, 0)
        self._rows.addWidget(edit, row, 1)
        self._rows.addWidget(remove, row, 2)
        for widget in (label, edit, remove):
            widget.hide()  # shown with its entry, at once (not on a later turn of the loop)
        self._pool.append((label, edit, remove))
        return label, edit, remove

    def describe(self, entry: DayEntry) -> str:
        """ "08:05  Pain 6": an entry's time and words, as listed."""
        label = self._labels.get(entry.symptom_key, entry.symptom_key)
        return f"{time_of_day(entry.time)}  {entry_value_text(entry, label)}"

    def focus_chain(self) -> list[QWidget]:
        """The section's controls in reading order, for Today's Tab order."""
        chain: list[QWidget] = []
        for edit, remove in zip(self.edit_buttons, self.remove_buttons, strict=True):
            chain += [edit, remove]
        return [*chain, self.add_button, self.undo_button]

    # -- changing ------------------------------------------------------------------------------

    def _symptoms_for(self, entry: DayEntry | None) -> list[TrackedSymptom]:
        if entry is None or any(s.key == entry.symptom_key for s in self._on_today):
            return self._on_today
        hidden = [s for s in self._record.symptoms.all() if s.key == entry.symptom_key]
        return [*self._on_today, *hidden]

    def make_dialog(self, entry: DayEntry | None = None) -> EntryDialog:
        """The dialog adding an entry (or changing ``entry``); tests drive it too."""
        return EntryDialog(
            self._record, self._day, self._symptoms_for(entry), entry, self, now=self._now
        )

    @Slot()
    def add_entry(self) -> None:
        self._open(self.make_dialog())

    def edit_entry(self, entry: DayEntry) -> None:
        self._open(self.make_dialog(entry))

    def _open(self, dialog: EntryDialog) -> None:
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
                self._changed(self.tr("Saved {entry}.").format(entry=self.describe(dialog.saved)))
        finally:
            dialog.deleteLater()

    def remove_entry(self, entry: DayEntry) -> None:
        """Remove ``entry`` at once; Undo brings it back."""
        description = self.describe(entry)
        outcome = runner_for(self._record).run(
            lambda: self._record.daylog.remove_entry(entry.id),
            RecordChanges.of_days({entry.day}, {entry.symptom_key}),
            expected=(EntryGone, RecordUnavailable),
        )
        if isinstance(outcome.problem, (EntryGone, RecordUnavailable)):
            self.status_label.setText(outcome.problem.message)
            self._changed(None)
            return
        if not outcome.ok or outcome.value is None:
            return
        self._removed = outcome.value
        self.undo_button.show()
        self._changed(
            self.tr("Removed {entry}. Press “Undo remove” to bring it back.").format(
                entry=description
            )
        )
        # The Remove button pressed is gone with its row: the keyboard goes on to Undo
        # remove, the one thing she may want next, not to whichever control Qt picks.
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def undo_remove(self) -> None:
        removed = self._removed
        if removed is None:
            return
        outcome = runner_for(self._record).run(
            lambda: self._record.daylog.restore_entry(removed),
            RecordChanges.of_days({removed.day}, {removed.symptom_key}),
            expected=(DayLogInvalid, RecordUnavailable),
        )
        if not outcome.ok:
            if isinstance(outcome.problem, RecordUnavailable):
                self.status_label.setText(outcome.problem.message)
            return
        self._removed = None
        had_focus = self.undo_button.hasFocus()
        self.undo_button.hide()
        self._changed(self.tr("Brought back {entry}.").format(entry=self.describe(removed)))
        back = outcome.value
        if had_focus and back is not None:
            # The keyboard lands on the entry brought back rather than jumping past the section.
            for entry, edit in zip(self._entries, self.edit_buttons, strict=True):
                if entry.id == back.id:
                    edit.show()  # a new row is shown only later by its layout; focus needs it now
                    edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, message: str | None) -> None:
        self.refresh()
        if message is not None:
            self.status_label.setText(message)
        self.entries_changed.emit(self._day)
