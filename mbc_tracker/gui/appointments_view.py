"""The Appointments screen: upcoming and past appointments, questions to ask, calendar export.

One list with a switch between Upcoming (soonest first) and Past (most recent first), so the
shared shortcuts of ``RecordListPage`` (Ctrl+N, Delete, Ctrl+F, Ctrl+Z) always act on the list
in view. An appointment added under Upcoming must still be to come, one added under Past must
have happened. Beside the list, the "Questions to ask" panel for the selected appointment.
"Export to calendar (.ics)…" writes the selected upcoming appointment, or all of them, to a file
that calendar apps import. ``now`` is a callable so tests can fix the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QWidget,
)

from mbc_tracker.domain.language import os_reason
from mbc_tracker.domain.records import Appointment
from mbc_tracker.gui.appointment_form import AppointmentForm
from mbc_tracker.gui.export_warning import CALENDAR, confirm_unprotected_copy
from mbc_tracker.gui.labels import appointment_kind_label
from mbc_tracker.gui.questions_panel import QuestionsPanel, when_text
from mbc_tracker.gui.record_list import Column, RecordListPage
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.paths import OutputRefused, ProtectedFiles
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.editing import RecordNotFound

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord


def questions_text(appointment: Appointment) -> str:
    """The Questions column: how many are still to ask, or that all were ticked off."""
    total = len(appointment.questions)
    still_open = sum(1 for question in appointment.questions if not question.answered)
    if total == 0:
        return ""
    if still_open == 0:
        return QCoreApplication.translate("AppointmentsView", "All ticked off")
    return QCoreApplication.translate("AppointmentsView", "%n to ask", "", still_open)


def appointment_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("AppointmentsView", "When"),
            lambda item: when_text(item.starts_at),
            sort_key=lambda item: item.starts_at.isoformat(),
        ),
        Column(
            QCoreApplication.translate("AppointmentsView", "Kind"),
            lambda item: appointment_kind_label(item.kind),
        ),
        Column(
            QCoreApplication.translate("AppointmentsView", "Clinician"), lambda item: item.clinician
        ),
        Column(
            QCoreApplication.translate("AppointmentsView", "Questions"),
            questions_text,
            sort_key=lambda item: sum(1 for q in item.questions if not q.answered),
        ),
        Column(QCoreApplication.translate("AppointmentsView", "Place"), lambda item: item.place),
    ]


class AppointmentsView(RecordListPage):
    """Upcoming and past appointments with their questions to ask.

    Signals:
        items_changed(): an appointment or one of its questions was added, changed, deleted or
            brought back (inherited from RecordListPage).
    """

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._record = record
        self._now = now
        self._showing_upcoming = True
        self._counts = (0, 0)  # upcoming, past
        super().__init__(
            QCoreApplication.translate("AppointmentsView", "Appointments"),
            QCoreApplication.translate(
                "AppointmentsView",
                "Your appointments, and the questions you want to ask at each. Write questions "
                "down as they come to you, and tick them off during the visit.",
            ),
            appointment_columns(),
            QCoreApplication.translate("AppointmentsView", "appointment"),
            self,
            runner_for(self._record),
            parent,
        )
        # One line per appointment: a long place or name is shortened with "…" (the tooltip
        # and the questions panel show it whole) instead of making every row several lines tall.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        switch = QHBoxLayout()
        self.upcoming_button = self._switch_button(self.tr("Up&coming"))
        self.past_button = self._switch_button(self.tr("&Past"))
        self.upcoming_button.setChecked(True)
        self.switch_group = QButtonGroup(self)
        self.switch_group.setExclusive(True)
        self.switch_group.addButton(self.upcoming_button)
        self.switch_group.addButton(self.past_button)
        self.upcoming_button.clicked.connect(lambda: self.show_upcoming(True))
        self.past_button.clicked.connect(lambda: self.show_upcoming(False))
        switch.addWidget(self.upcoming_button)
        switch.addWidget(self.past_button)
        switch.addStretch(1)

        self.export_button = QPushButton(self.tr("E&xport to calendar (.ics)…"), self)
        self.export_button.setMinimumHeight(self.fontMetrics().height() * 2)
        self.export_button.setToolTip(
            self.tr("Save upcoming appointments to a file your calendar app can import")
        )
        export_menu = QMenu(self.export_button)
        self.export_selected_action = QAction(self.tr("The &selected appointment…"), self)
        self.export_all_action = QAction(self.tr("&All upcoming appointments…"), self)
        self.export_selected_action.triggered.connect(self.export_selected)
        self.export_all_action.triggered.connect(self.export_all_upcoming)
        export_menu.addAction(self.export_selected_action)
        export_menu.addAction(self.export_all_action)
        self.export_button.setMenu(export_menu)
        switch.addWidget(self.export_button)
        self.top_area.addLayout(switch)

        self.questions_panel = QuestionsPanel(record, now, self)
        self.questions_panel.questions_changed.connect(self._on_questions_changed)
        # In a scroll area: in a small window the panel scrolls rather than squeezing its
        # fields below a readable height.
        panel_scroll = QScrollArea(self)
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        panel_scroll.setAccessibleName(self.tr("Questions for the chosen visit"))
        panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_scroll.setWidget(self.questions_panel)
        self.add_detail(panel_scroll)

        self.setTabOrder(self.upcoming_button, self.past_button)
        self.setTabOrder(self.past_button, self.export_button)
        self.setTabOrder(self.export_button, self.add_button)
        self.refresh()
        self._sort_for_mode()
        self.table.setFocus()  # the list first: arrows move, Enter edits, Delete deletes

    # -- the Upcoming / Past switch ------------------------------------------------------------

    def showing_upcoming(self) -> bool:
        return self._showing_upcoming

    @Slot(bool)
    def show_upcoming(self, upcoming: bool) -> None:
        """Switch between the upcoming and the past appointments."""
        if upcoming == self._showing_upcoming:
            return
        self._set_mode(upcoming)
        self.table.setCurrentIndex(QModelIndex())
        self.refresh()
        self._sort_for_mode()

    def _set_mode(self, upcoming: bool) -> None:
        self._showing_upcoming = upcoming
        (self.upcoming_button if upcoming else self.past_button).setChecked(True)

    def _sort_for_mode(self) -> None:
        order = (
            Qt.SortOrder.AscendingOrder if self._showing_upcoming else Qt.SortOrder.DescendingOrder
        )
        self.table.sortByColumn(0, order)
        if self.proxy.rowCount() and self.selected_item() is None:
            self.table.selectRow(0)

    def _switch_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setMinimumHeight(self.fontMetrics().height() * 2)
        return button

    def _update_switch(self) -> None:
        upcoming, past = self._counts
        self.upcoming_button.setText(self.tr("Up&coming ({count})").format(count=upcoming))
        self.past_button.setText(self.tr("&Past ({count})").format(count=past))
        self.upcoming_button.setAccessibleName(
            self.tr("Show upcoming appointments ({count})").format(count=upcoming)
        )
        self.past_button.setAccessibleName(
            self.tr("Show past appointments ({count})").format(count=past)
        )
        selected = self.selected_item()
        self.export_button.setEnabled(self._showing_upcoming and upcoming > 0)
        self.export_selected_action.setEnabled(self._showing_upcoming and selected is not None)
        self.export_all_action.setEnabled(upcoming > 0)

    # -- RecordListPage hooks ------------------------------------------------------------------

    def refresh(self, select: Any | None = None) -> None:
        """Reload; an entry to select that belongs in the other list switches to that list."""
        if isinstance(select, Appointment):
            upcoming = select.starts_at >= self._now()
            if upcoming != self._showing_upcoming:
                self._set_mode(upcoming)
                super().refresh(select)
                self._sort_for_mode()
                return
        super().refresh(select)

    def item_selected(self, item: Any | None) -> None:
        if hasattr(self, "questions_panel"):
            self.questions_panel.set_appointment(item)
            self._update_switch()

    def load_items(self) -> list[Any]:
        now = self._now()
        everything = self._record.appointments.list()
        upcoming = [item for item in everything if item.starts_at >= now]
        past = [item for item in everything if item.starts_at < now]
        self._counts = (len(upcoming), len(past))
        return list(upcoming if self._showing_upcoming else past)

    def describe(self, item: Any) -> str:
        return self.tr("the appointment of {when} ({kind})").format(
            when=when_text(item.starts_at), kind=appointment_kind_label(item.kind)
        )

    def edit_item(self, item: Any | None) -> Any | None:
        return self.open_form(
            AppointmentForm(
                self._record.appointments, item, self._showing_upcoming, self._now, self
            )
        )

    def delete_item(self, item: Any) -> Any:
        return self._record.appointments.delete(item)

    def restore_item(self, deleted: Any) -> Any:
        return self._record.appointments.restore(deleted)

    @property
    def record_changes(self) -> RecordChanges:
        return RecordChanges(appointments=True)

    # -- questions -----------------------------------------------------------------------------

    @Slot()
    def _on_questions_changed(self) -> None:
        self.refresh()
        self.items_changed.emit()

    # -- calendar export -----------------------------------------------------------------------

    def ask_ics_file(self, suggested_name: str) -> Path | None:
        """Where to save the calendar file; None if the person cancelled."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to calendar"),
            str(Path(folder) / suggested_name),
            self.tr("Calendar files (*.ics)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")

    @Slot()
    def export_selected(self) -> None:
        item = self.selected_item()
        if item is None or not self._showing_upcoming:
            self.status_label.setText(self.tr("Choose an upcoming appointment in the list first."))
            return
        name = f"appointment-{item.starts_at:%Y-%m-%d}.ics"
        self._export([item], name)

    @Slot()
    def export_all_upcoming(self) -> None:
        upcoming = list(self._record.appointments.upcoming(self._now()))
        if not upcoming:
            self.status_label.setText(self.tr("There are no upcoming appointments to export."))
            return
        self._export(upcoming, "appointments.ics")

    def _export(self, appointments: list[Appointment], suggested_name: str) -> None:
        from mbc_tracker.services.calendar_export import export_ics

        if not confirm_unprotected_copy(self, self._record.protected, CALENDAR):
            return
        file = self.ask_ics_file(suggested_name)
        if file is None:
            return
        # Read again: the questions may have changed since the list was loaded.
        fresh: list[Appointment] = []
        for appointment in appointments:
            if appointment.id is None:
                continue
            try:
                fresh.append(self._record.appointments.get(appointment.id))
            except RecordNotFound:
                continue
        person = self._record.person.get()
        try:
            count = export_ics(
                fresh,
                file,
                person.name if person else "",
                self._now(),
                appointment_kind_label,
                ProtectedFiles(self._record.path, self._record.paths),
            )
        except OutputRefused as refused:
            self.status_label.setText(refused.message)
            return
        except OSError as error:
            self.status_label.setText(
                self.tr(
                    "The calendar file could not be saved ({error}). Nothing was written; "
                    "please choose another folder."
                ).format(error=os_reason(error) or error)
            )
            return
        if count == 1:
            message = self.tr(
                "Saved 1 appointment to {file}. Open this file with your calendar app to add it "
                "to your calendar."
            )
        else:
            message = self.tr(
                "Saved %n appointments to {file}. Open this file with your calendar app to "
                "add them to your calendar.",
                "",
                count,
            )
        self.status_label.setText(message.format(file=file.name))
