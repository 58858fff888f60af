"""The form for adding or changing an appointment: when, what kind, with whom, where, notes.

Opened from the Upcoming or the Past list, it knows which one: an appointment added under
Upcoming must still be to come, one added under Past must have happened (the service checks, and
the sentence appears under the date). The date starts empty rather than on a made-up day, so an
appointment is never saved on a date nobody chose. Questions are not part of this form; they are
added beside the list, in the "Questions to ask" panel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from mbc_tracker.domain.records import Appointment, AppointmentKind
from mbc_tracker.gui.labels import appointment_kind_label
from mbc_tracker.gui.record_form import RecordForm
from mbc_tracker.gui.widgets import OptionalDateEdit
from mbc_tracker.services.appointments import appointment_problems
from mbc_tracker.services.editing import RecordInvalid

if TYPE_CHECKING:
    from mbc_tracker.services.appointments import AppointmentService

DEFAULT_TIME = QTime(9, 0)  # a starting point for the time field; the date is what must be chosen


class AppointmentForm(RecordForm):
    """Add (``appointment`` None) or edit an appointment; ``upcoming`` says from which list.

    Signals: inherited from QDialog only.
    """

    def __init__(
        self,
        service: AppointmentService,
        appointment: Appointment | None,
        upcoming: bool,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        if appointment is not None:
            title = QCoreApplication.translate("AppointmentForm", "Change the appointment")
        elif upcoming:
            title = QCoreApplication.translate("AppointmentForm", "Add an upcoming appointment")
        else:
            title = QCoreApplication.translate("AppointmentForm", "Add a past appointment")
        super().__init__(title, parent)
        self._service = service
        self._original = appointment
        self._upcoming = upcoming
        self._now = now

        when = QWidget(self)
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        # Empty until chosen (never a made-up day); its calendar opens on this month.
        self.date_edit = OptionalDateEdit(self.tr("Choose a date"), when, today=now().date())
        # Qt's letters for the date, translatable: Spanish writes "mié 16 de diciembre de 2026".
        self.date_edit.setDisplayFormat(
            self.tr("ddd d MMMM yyyy", "Qt date format: ddd weekday, d day, MMMM month, yyyy year")
        )
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("Wednesday 30 September 2099 ") + 40
        )
        at_label = QLabel(self.tr("at"), when)
        self.time_edit = QTimeEdit(when)
        self.time_edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setTime(DEFAULT_TIME)
        at_label.setBuddy(self.time_edit)
        when_layout.addWidget(self.date_edit)
        when_layout.addWidget(at_label)
        when_layout.addWidget(self.time_edit)
        when_layout.addStretch(1)
        when.setFocusProxy(self.date_edit)
        when.setAccessibleName(self.tr("Date and time"))
        self.add_field("starts_at", self.tr("&Date and time:"), when)

        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Choose the kind…"), "")
        for kind in AppointmentKind:
            self.kind_combo.addItem(appointment_kind_label(kind), kind.value)
        self.add_field("kind", self.tr("&Kind:"), self.kind_combo)

        clinicians, places = service.clinicians_and_places()
        self.clinician_edit = QLineEdit(self)
        self.clinician_edit.setCompleter(self._completer(clinicians))
        self.add_field(
            "clinician",
            self.tr("C&linician:"),
            self.clinician_edit,
            self.tr("Who you will see, if you know (for example Dr Lee)."),
        )
        self.place_edit = QLineEdit(self)
        self.place_edit.setCompleter(self._completer(places))
        self.add_field("place", self.tr("&Place:"), self.place_edit)

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.add_field(
            "notes",
            self.tr("&Notes:"),
            self.notes_edit,
            self.tr("What to bring beforehand, or what was said and decided after the visit."),
        )
        # Room for a message under every field without scrolling, on a 700-pixel-high screen too.
        self.resize(max(self.sizeHint().width(), 600), max(self.sizeHint().height(), 560))

        if appointment is not None:
            self.date_edit.set_date_value(appointment.starts_at.date())
            moment = appointment.starts_at.time()
            self.time_edit.setTime(QTime(moment.hour, moment.minute))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(appointment.kind.value))
            self.clinician_edit.setText(appointment.clinician)
            self.place_edit.setText(appointment.place)
            self.notes_edit.setPlainText(appointment.notes)
        self.date_edit.setFocus()

    def _completer(self, words: list[str]) -> QCompleter:
        completer = QCompleter(words, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

    def starts_at(self) -> dt.datetime | None:
        day = self.date_edit.date_value()
        if day is None:
            return None
        moment = self.time_edit.time()
        return dt.datetime.combine(day, dt.time(moment.hour(), moment.minute()))

    def kind(self) -> AppointmentKind | None:
        value = self.kind_combo.currentData()
        return AppointmentKind(value) if value else None

    def save(self) -> Appointment:
        starts_at, kind = self.starts_at(), self.kind()
        clinician = self.clinician_edit.text()
        place = self.place_edit.text()
        notes = self.notes_edit.toPlainText()
        now = self._now()
        if starts_at is None or kind is None:
            # Show every problem at once, not only the missing date or kind.
            raise RecordInvalid(appointment_problems(starts_at, kind, clinician, place, notes))
        if self._original is None:
            appointment = Appointment(starts_at, kind, clinician, place, notes)
            return self._service.add(appointment, now=now, upcoming=self._upcoming)
        changed = replace(
            self._original,
            starts_at=starts_at,
            kind=kind,
            clinician=clinician,
            place=place,
            notes=notes,
        )
        return self._service.update(changed, now=now, upcoming=self._upcoming)
