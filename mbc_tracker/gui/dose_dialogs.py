"""The small questions Today asks about one dose: when it was taken, why it was skipped, when to
ask again, and for a medicine taken as needed the symptom score before and after.

Each is a short dialog with large controls and plain words; the panel reads what was chosen
after it is accepted and stores it through the change runner. Nothing here judges a dose: the
least gap of an as-needed medicine is shown as a calm reminder of her plan, never a refusal,
and the time after which the app asks "How is it now?" is labelled as an adjustable default.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.gui import theme
from mbc_tracker.gui.severity_control import SeverityControl
from mbc_tracker.gui.widgets import ErrorLabel

# An app default, not a medical one: when to ask how an as-needed dose worked.
CHECK_AFTER_MINUTES = 60
MAX_CHECK_AFTER_MINUTES = 12 * 60


def time_edit(parent: QWidget, time: dt.time) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(time.hour, time.minute))
    edit.setMinimumHeight(parent.fontMetrics().height() * 2)
    edit.setMinimumWidth(parent.fontMetrics().horizontalAdvance("0") * 10)
    return edit


def read_time(edit: QTimeEdit) -> dt.time:
    shown = edit.time()
    return dt.time(shown.hour(), shown.minute())


class DoseDialog(QDialog):
    """A question with words at the top, fields in a form, and OK / Cancel.

    Signals: inherited from QDialog only.
    """

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        outer.addWidget(self.text_label)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setMinimumHeight(self.fontMetrics().height() * 2)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 55)

    def add_time_row(self, label: str, time: dt.time, latest: dt.time | None) -> QTimeEdit:
        """The "Taken at" row, refusing a time after ``latest`` (now, on the day that is
        today; None on a past day) by the field: a slip of the finger must not record a dose
        as taken hours from now."""
        edit = time_edit(self, time)
        self.form.addRow(label, edit)
        self._latest = latest
        self.time_error = ErrorLabel(edit, self)
        self.form.addRow(self.time_error)
        return edit

    def accept(self) -> None:
        latest = getattr(self, "_latest", None)
        edit = getattr(self, "time_edit", None)
        if latest is not None and edit is not None and read_time(edit) > latest:
            self.time_error.show_problem(
                # A literal context: self.tr() here would take each subclass's name instead.
                QCoreApplication.translate(
                    "DoseDialog",
                    "That time has not come yet today; please give the time it was taken.",
                )
            )
            edit.setFocus()
            self.adjustSize()  # room for the message, which the dialog did not have when shown
            return
        if latest is not None:
            self.time_error.clear_problem()
        super().accept()

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text, self)
        note.setWordWrap(True)
        note.setStyleSheet(theme.muted_style(note))
        self.form.addRow(note)
        return note


class TakenDialog(DoseDialog):
    """When a scheduled dose was taken (now, or the time she gives)."""

    def __init__(
        self,
        what: str,
        time: dt.time,
        parent: QWidget | None = None,
        latest: dt.time | None = None,
    ) -> None:
        super().__init__(
            self.tr("Dose taken"),
            self.tr("{what}: when did you take it?").format(what=what),
            parent,
        )
        self.time_edit = self.add_time_row(self.tr("&Taken at:"), time, latest)
        self.time_edit.setFocus()

    def taken_at(self) -> dt.time:
        return read_time(self.time_edit)


class RemoveDoseDialog(DoseDialog):
    """Whether to take back an as-needed dose that holds her scores (they go with it)."""

    def __init__(self, what: str, scores: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Take back this dose?"),
            self.tr(
                "{what}: take back this dose? Its record goes, with the scores {scores}; "
                "this cannot be undone."
            ).format(what=what, scores=scores),
            parent,
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Take it back"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Keep it"))
        cancel.setDefault(True)
        cancel.setFocus()


class SkippedDialog(DoseDialog):
    """Why a dose was skipped, if she wants to say."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Dose skipped"),
            self.tr("{what}: skipped. You can say why, if you like.").format(what=what),
            parent,
        )
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("for example felt sick, told to pause"))
        self.reason_edit.setMinimumHeight(self.fontMetrics().height() * 2)
        self.form.addRow(self.tr("&Reason (optional):"), self.reason_edit)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.text()


class LaterDialog(DoseDialog):
    """When to ask again about a dose put off: in 1 hour, in 2 hours, or at a time."""

    def __init__(self, what: str, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Later"),
            self.tr("{what}: when should Today ask again?").format(what=what),
            parent,
        )
        self._now = now
        self.one_hour = QRadioButton(self.tr("In &1 hour"), self)
        self.two_hours = QRadioButton(self.tr("In &2 hours"), self)
        self.at_time = QRadioButton(self.tr("&At:"), self)
        self.group = QButtonGroup(self)
        for button in (self.one_hour, self.two_hours, self.at_time):
            self.group.addButton(button)
            button.setMinimumHeight(self.fontMetrics().height() * 2)
        self.one_hour.setChecked(True)
        later = (now + dt.timedelta(hours=3)).time()
        self.time_edit = time_edit(self, later)
        self.time_edit.setAccessibleName(self.tr("Ask again at"))
        self.time_edit.timeChanged.connect(lambda: self.at_time.setChecked(True))
        self.form.addRow(self.one_hour)
        self.form.addRow(self.two_hours)
        self.form.addRow(self.at_time, self.time_edit)
        self.one_hour.setFocus()

    def ask_at(self) -> dt.datetime:
        if self.one_hour.isChecked():
            return self._now + dt.timedelta(hours=1)
        if self.two_hours.isChecked():
            return self._now + dt.timedelta(hours=2)
        return dt.datetime.combine(self._now.date(), read_time(self.time_edit))


class AsNeededDialog(DoseDialog):
    """An as-needed dose taken: when, for what, the score before, and when to ask after."""

    def __init__(
        self,
        what: str,
        reason: str,
        time: dt.time,
        gap_note: str,
        parent: QWidget | None = None,
        latest: dt.time | None = None,
    ) -> None:
        super().__init__(
            self.tr("I took a dose"), self.tr("{what}, as needed.").format(what=what), parent
        )
        if gap_note:
            self.gap_label: QLabel | None = self.add_note(gap_note)
        else:
            self.gap_label = None
        self.time_edit = self.add_time_row(self.tr("&Taken at:"), time, latest)
        self.reason_edit = QLineEdit(reason, self)
        self.reason_edit.setPlaceholderText(self.tr("for example pain, nausea"))
        self.reason_edit.setMinimumHeight(self.fontMetrics().height() * 2)
        self.form.addRow(self.tr("Taken &for:"), self.reason_edit)
        about = reason or self.tr("the symptom")
        before_label = QLabel(
            self.tr("How strong is {about} now, before the dose (0 none, 10 worst)?").format(
                about=about
            ),
            self,
        )
        before_label.setWordWrap(True)
        self.before_scale = SeverityControl(self.tr("Score before the dose"), self, compact=True)
        before_label.setBuddy(self.before_scale)
        self.form.addRow(before_label)
        self.form.addRow(self.before_scale)
        self.check_spin = QSpinBox(self)
        self.check_spin.setRange(0, MAX_CHECK_AFTER_MINUTES)
        self.check_spin.setSingleStep(15)
        self.check_spin.setValue(CHECK_AFTER_MINUTES)
        self.check_spin.setSuffix(self.tr(" minutes"))
        self.check_spin.setSpecialValueText(self.tr("Do not ask"))
        self.check_spin.setMinimumHeight(self.fontMetrics().height() * 2)
        self.form.addRow(self.tr("Ask how it is &after:"), self.check_spin)
        self.default_note = self.add_note(
            self.tr(
                "{minutes} minutes is an adjustable default of the app, not a medical rule."
            ).format(minutes=CHECK_AFTER_MINUTES)
        )
        self.time_edit.setFocus()

    def taken_at(self) -> dt.time:
        return read_time(self.time_edit)

    def reason(self) -> str:
        return self.reason_edit.text()

    def before(self) -> int | None:
        return self.before_scale.value()

    def check_after(self) -> dt.timedelta | None:
        minutes = self.check_spin.value()
        return dt.timedelta(minutes=minutes) if minutes else None


class AfterDialog(DoseDialog):
    """ "How is it now?": the score after an as-needed dose."""

    def __init__(self, what: str, about: str, before: int | None, parent: QWidget | None = None):
        text = self.tr("{what}: how is {about} now (0 none, 10 worst)?").format(
            what=what, about=about
        )
        if before is not None:
            text += " " + self.tr("Before the dose it was {before}.").format(before=before)
        super().__init__(self.tr("How is it now?"), text, parent)
        self.after_scale = SeverityControl(self.tr("Score after the dose"), self, compact=True)
        self.form.addRow(self.after_scale)
        self.error = ErrorLabel(self.after_scale, self)
        self.form.addRow(self.error)
        self.after_scale.setFocus()

    def accept(self) -> None:
        if self.after_scale.value() is None:
            self.error.show_problem(self.tr("Please choose a number from 0 to 10, or Cancel."))
            return
        super().accept()

    def after(self) -> int | None:
        return self.after_scale.value()
