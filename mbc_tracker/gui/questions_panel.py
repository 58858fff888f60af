"""The "Questions to ask" panel beside the appointments list.

For the selected appointment: its questions, each with a box to tick off once it has been asked
(Space on the list, or "Tick off" with the answer written beside it), a field to add one more
(Enter), and Remove. For the next visit, the questions left unanswered at earlier visits are
offered in one go ("3 questions from earlier visits were not answered yet — add them to this
visit?"); "Not now" hides the offer for that visit until the screen is opened again. The panel
only talks to ``record.appointments``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import short_day_and_time
from mbc_tracker.domain.records import Appointment, AppointmentQuestion
from mbc_tracker.gui.labels import appointment_kind_label
from mbc_tracker.gui.runner import ChangeFailed, runner_for
from mbc_tracker.gui.widgets import ErrorLabel, scaled_font
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound

T = TypeVar("T")

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole
MAX_OFFER_PREVIEW = 4  # questions named in the offer; the rest are counted


def when_text(moment: dt.datetime) -> str:
    """An appointment's date and time as a person reads it: "Fri 14 Mar 2025, 10:30"."""
    return short_day_and_time(moment, weekday=True)


class QuestionsPanel(QFrame):
    """Questions for one appointment; add, tick off (with an answer), remove, carry over.

    Signals:
        questions_changed(): a question was added, ticked off, answered, removed or carried over.
    """

    questions_changed = Signal()

    def __init__(
        self,
        record: CareRecord,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._now = now
        self._appointment: Appointment | None = None
        self._offered: list[AppointmentQuestion] = []
        self._not_now: set[int] = set()  # visits whose offer was put aside

        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Questions to ask"), self)
        heading.setFont(scaled_font(self.font(), 1.2))
        layout.addWidget(heading)
        self.context_label = QLabel(self)
        self.context_label.setWordWrap(True)
        self.context_label.setFont(scaled_font(self.font(), 1.0))  # which visit, unmistakably
        layout.addWidget(self.context_label)

        self.offer_box = QFrame(self)
        self.offer_box.setFrameShape(QFrame.Shape.Box)
        offer_layout = QVBoxLayout(self.offer_box)
        self.offer_label = QLabel(self.offer_box)
        self.offer_label.setWordWrap(True)
        self.offer_label.setTextFormat(Qt.TextFormat.PlainText)
        offer_layout.addWidget(self.offer_label)
        offer_buttons = QHBoxLayout()
        self.carry_button = self._button(self.tr("Add t&hem to this visit"), self.carry_over)
        self.not_now_button = self._button(self.tr("N&ot now"), self.put_offer_aside)
        offer_buttons.addWidget(self.carry_button)
        offer_buttons.addWidget(self.not_now_button)
        offer_buttons.addStretch(1)
        offer_layout.addLayout(offer_buttons)
        self.offer_box.hide()
        layout.addWidget(self.offer_box)

        self.question_list = QListWidget(self)
        self.question_list.setAccessibleName(self.tr("Questions to ask"))
        self.question_list.setAccessibleDescription(
            self.tr("Press Space to tick a question off once it has been asked.")
        )
        self.question_list.setWordWrap(True)
        self.question_list.setSpacing(3)
        self.question_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.question_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # As tall as its questions (the panel scrolls when they are many), so that with few
        # the fields below stay in view.
        self.question_list.setSizeAdjustPolicy(
            QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents
        )
        self.question_list.setMinimumHeight(self.fontMetrics().height() * 3)
        self.question_list.itemChanged.connect(self._on_item_changed)
        self.question_list.currentItemChanged.connect(self._on_current_question_changed)
        layout.addWidget(self.question_list, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        # Each label above its field, so that the field and its button share the panel's
        # whole width: with the label beside them too, the question field was about 135
        # pixels wide at 1024x700.
        question_label = QLabel(self.tr("&New question:"), self)
        self.new_question_edit = QLineEdit(self)
        self.new_question_edit.setPlaceholderText(self.tr("Type a question and press Enter"))
        self.new_question_edit.setAccessibleName(self.tr("New question"))
        question_label.setBuddy(self.new_question_edit)
        self.add_question_button = self._button(self.tr("Add &question"), self.add_question)
        self.question_error = ErrorLabel(self.new_question_edit, self)

        answer_label = QLabel(self.tr("Ans&wer:"), self)
        self.answer_edit = QLineEdit(self)
        self.answer_edit.setPlaceholderText(self.tr("What you were told (optional)"))
        self.answer_edit.setAccessibleName(self.tr("Answer to the selected question"))
        answer_label.setBuddy(self.answer_edit)
        self.tick_button = self._button(self.tr("Tic&k off"), self.tick_off)
        self.answer_error = ErrorLabel(self.answer_edit, self)

        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        for row, (label, edit, button, error) in enumerate(
            (
                (
                    question_label,
                    self.new_question_edit,
                    self.add_question_button,
                    self.question_error,
                ),
                (answer_label, self.answer_edit, self.tick_button, self.answer_error),
            )
        ):
            grid.addWidget(label, row * 3, 0, 1, 2)
            grid.addWidget(edit, row * 3 + 1, 0)
            grid.addWidget(button, row * 3 + 1, 1)
            grid.addWidget(error, row * 3 + 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)

        remove_row = QHBoxLayout()
        self.remove_button = self._button(self.tr("&Remove question"), self.remove_question)
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        layout.addLayout(remove_row)

        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notes_label)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Questions status"))
        layout.addWidget(self.status_label)

        self.new_question_edit.returnPressed.connect(self.add_question)
        self.answer_edit.returnPressed.connect(self.tick_off)
        self.set_appointment(None)

    # -- showing an appointment ----------------------------------------------------------------

    def appointment(self) -> Appointment | None:
        return self._appointment

    def set_appointment(self, appointment: Appointment | None) -> None:
        """Show ``appointment``'s questions (None: nothing selected)."""
        changed_appointment = (appointment.id if appointment else None) != (
            self._appointment.id if self._appointment else None
        )
        current_id = None if changed_appointment else self._current_question_id()
        self._appointment = appointment
        if changed_appointment:
            self.status_label.clear()
            self.question_error.clear_problem()
            self.answer_error.clear_problem()
            self.new_question_edit.clear()
        has_appointment = appointment is not None
        for widget in (
            self.question_list,
            self.new_question_edit,
            self.add_question_button,
        ):
            widget.setEnabled(has_appointment)
        if appointment is None:
            self.context_label.setText(
                self.tr("Choose an appointment in the list to see its questions.")
            )
        else:
            kind = appointment_kind_label(appointment.kind)
            when = when_text(appointment.starts_at)
            self.context_label.setText(self.tr("For: {kind}, {when}").format(kind=kind, when=when))
            # Said again in the field itself, so that nobody writes a question for one visit
            # into another that happened to be selected (after a restart, the first listed).
            self.new_question_edit.setPlaceholderText(
                self.tr("A question for: {kind}, {when}").format(kind=kind, when=when)
            )
            self.new_question_edit.setAccessibleName(
                self.tr("New question for: {kind}, {when}").format(kind=kind, when=when)
            )
        self._fill_list(appointment, current_id)
        self._show_notes(appointment)
        self._update_offer()
        self._update_answer_controls()

    def _fill_list(self, appointment: Appointment | None, current_id: int | None) -> None:
        blocker_was = self.question_list.blockSignals(True)
        try:
            self.question_list.clear()
            questions = appointment.questions if appointment else ()
            for question in questions:
                item = QListWidgetItem(self._question_text(question))
                item.setData(QUESTION_ID_ROLE, question.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    Qt.CheckState.Checked if question.answered else Qt.CheckState.Unchecked
                )
                self.question_list.addItem(item)
                if question.id == current_id:
                    self.question_list.setCurrentItem(item)
        finally:
            self.question_list.blockSignals(blocker_was)
        if appointment is None:
            self.empty_label.clear()
        elif not appointment.questions:
            self.empty_label.setText(
                self.tr("No questions yet. Write them down as they come to you.")
            )
        else:
            still_open = sum(1 for question in appointment.questions if not question.answered)
            self.empty_label.setText(
                self.tr("All questions ticked off.")
                if still_open == 0
                else self.tr("{open} of {total} still to ask.").format(
                    open=still_open, total=len(appointment.questions)
                )
            )

    def _question_text(self, question: AppointmentQuestion) -> str:
        text = question.text
        if question.answered:
            text = self.tr("✓ {question}").format(question=text)
        if question.answer:
            text += "\n" + self.tr("Answer: {answer}").format(answer=question.answer)
        return text

    def _show_notes(self, appointment: Appointment | None) -> None:
        if appointment is not None and appointment.notes:
            self.notes_label.setText(self.tr("Notes: {notes}").format(notes=appointment.notes))
            self.notes_label.show()
        else:
            self.notes_label.clear()
            self.notes_label.hide()

    # -- the offer of earlier questions ----------------------------------------------------------

    def _update_offer(self) -> None:
        self._offered = []
        appointment = self._appointment
        if appointment is not None and appointment.id not in self._not_now:
            now = self._now()
            if appointment.starts_at >= now:
                service = self._record.appointments
                next_visit = service.next_visit(now)
                if next_visit is not None and next_visit.id == appointment.id:
                    self._offered = service.unanswered_from_past(now)
        count = len(self._offered)
        if not count:
            self.offer_box.hide()
            return
        if count == 1:
            message = self.tr(
                "1 question from an earlier visit was not answered yet — add it to this visit?"
            )
        else:
            message = self.tr(
                "%n questions from earlier visits were not answered yet — add them to this visit?",
                "",
                count,
            )
        preview = [f"• {question.text}" for question in self._offered[:MAX_OFFER_PREVIEW]]
        if count > MAX_OFFER_PREVIEW:
            preview.append(self.tr("and {more} more").format(more=count - MAX_OFFER_PREVIEW))
        self.offer_label.setText("\n".join([message, *preview]))
        self.carry_button.setText(
            self.tr("Add &it to this visit") if count == 1 else self.tr("Add t&hem to this visit")
        )
        self.offer_box.show()

    @Slot()
    def carry_over(self) -> None:
        appointment = self._appointment
        if appointment is None or appointment.id is None or not self._offered:
            return
        ids = [question.id for question in self._offered if question.id is not None]
        try:
            added = self._change(lambda: self._record.appointments.carry_over(ids, appointment.id))
        except RecordNotFound:
            self._gone()
            return
        except ChangeFailed:
            return
        self._changed(
            self.tr("Added %n earlier questions to this visit.", "", len(added))
            if len(added) != 1
            else self.tr("Added 1 earlier question to this visit.")
        )

    @Slot()
    def put_offer_aside(self) -> None:
        if self._appointment is not None and self._appointment.id is not None:
            self._not_now.add(self._appointment.id)
        self.offer_box.hide()
        self.question_list.setFocus()

    # -- question actions ----------------------------------------------------------------------

    @Slot()
    def add_question(self) -> None:
        appointment = self._appointment
        if appointment is None or appointment.id is None:
            return
        try:
            text = self.new_question_edit.text()
            self._change(lambda: self._record.appointments.add_question(appointment.id, text))
        except ChangeFailed:
            return
        except RecordInvalid as invalid:
            self.question_error.show_problem(next(iter(invalid.problems.values())))
            self.new_question_edit.setFocus()
            return
        except RecordNotFound:
            self._gone()
            return
        self.question_error.clear_problem()
        self.new_question_edit.clear()
        self.new_question_edit.setFocus()
        self._changed(self.tr("Question added."))

    @Slot()
    def tick_off(self) -> None:
        question_id = self._current_question_id()
        if question_id is None:
            return
        self._set_answered(question_id, True, self.answer_edit.text())

    @Slot()
    def remove_question(self) -> None:
        question_id = self._current_question_id()
        if question_id is None:
            return
        row = self.question_list.currentRow()
        try:
            removed = self._change(lambda: self._record.appointments.remove_question(question_id))
        except RecordNotFound:
            self._gone()
            return
        except ChangeFailed:
            return
        self._changed(self.tr("Removed the question “{text}”.").format(text=removed.text))
        if self.question_list.count():
            self.question_list.setCurrentRow(min(row, self.question_list.count() - 1))
        self.question_list.setFocus()

    def _set_answered(self, question_id: int, answered: bool, answer: str) -> None:
        try:
            self._change(
                lambda: self._record.appointments.set_answered(question_id, answered, answer)
            )
        except ChangeFailed:
            self._fill_list(self._appointment, question_id)  # the box back as it was
            return
        except RecordInvalid as invalid:
            self.answer_error.show_problem(next(iter(invalid.problems.values())))
            self.answer_edit.setFocus()
            self._fill_list(self._appointment, question_id)  # the box back as it was
            return
        except RecordNotFound:
            self._gone()
            return
        self.answer_error.clear_problem()
        self._changed(self.tr("Ticked off.") if answered else self.tr("Marked as still to ask."))

    @Slot(QListWidgetItem)
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        question_id = item.data(QUESTION_ID_ROLE)
        if question_id is None or self._appointment is None:
            return
        question = next((q for q in self._appointment.questions if q.id == question_id), None)
        answered = item.checkState() == Qt.CheckState.Checked
        if question is None or question.answered == answered:
            return
        self.question_list.setCurrentItem(item)
        # Unticking keeps the answer; ticking keeps one already written down.
        self._set_answered(question_id, answered, question.answer)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_question_changed(
        self, _current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self.answer_error.clear_problem()
        self._update_answer_controls()

    # -- helpers -------------------------------------------------------------------------------

    def _change(self, action: Callable[[], T]) -> T:
        """Run a change to the questions through the record's change runner."""
        return runner_for(self._record).call(
            action, RecordChanges(appointments=True), expected=(RecordInvalid, RecordNotFound)
        )

    def _changed(self, message: str) -> None:
        """Reload the appointment, say what happened, and tell the screen."""
        appointment = self._appointment
        if appointment is not None and appointment.id is not None:
            try:
                fresh = self._record.appointments.get(appointment.id)
            except RecordNotFound:
                self._gone()
                return
            self.set_appointment(fresh)
        self.status_label.setText(message)
        self.questions_changed.emit()

    def _gone(self) -> None:
        self.set_appointment(None)
        self.status_label.setText(
            self.tr("This appointment is no longer in the record. Nothing was changed.")
        )
        self.questions_changed.emit()

    def _current_question_id(self) -> int | None:
        item = self.question_list.currentItem()
        if item is None:
            return None
        value = item.data(QUESTION_ID_ROLE)
        return int(value) if value is not None else None

    def _current_question(self) -> AppointmentQuestion | None:
        question_id = self._current_question_id()
        if self._appointment is None or question_id is None:
            return None
        return next((q for q in self._appointment.questions if q.id == question_id), None)

    def _update_answer_controls(self) -> None:
        question = self._current_question()
        self.answer_edit.setEnabled(question is not None)
        self.tick_button.setEnabled(question is not None)
        self.remove_button.setEnabled(question is not None)
        self.answer_edit.setText(question.answer if question else "")
        self.tick_button.setText(
            self.tr("Sa&ve answer") if question and question.answered else self.tr("Tic&k off")
        )

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(self.fontMetrics().height() * 2)
        button.clicked.connect(slot)
        return button
