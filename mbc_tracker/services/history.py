"""The History view's use cases: what was logged when, and the data a chart is drawn from.

``HistoryService.data`` takes the flags service's inputs (entries, weights, the person's weight
unit, treatments), evaluates the flags on them, reads the appointments and day notes in one more
Session, and hands it all to ``reports.history_data.build_history_data``, which does the grouping.
No matplotlib here: the view draws the returned ``HistoryData`` with ``reports.history_chart``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from mbc_tracker.domain.flags import evaluate_flags
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    MeasurementKind,
    TrackedSymptom,
    TreatmentCategory,
    WeightUnit,
    today_order,
)
from mbc_tracker.reports.history_data import HistoryData, build_history_data
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import (
    AppointmentRow,
    MeasurementRow,
    SymptomEntryRow,
    TrackedSymptomRow,
)

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord


class HistoryService:
    """Reading a record's history for charts and tables; never writes."""

    def __init__(self, record: CareRecord) -> None:
        self._record = record

    def tracked(self) -> list[TrackedSymptom]:
        """Every tracked symptom (label and kind per key) in Today's order, for the chooser."""
        with self._record.reads() as session:
            rows = session.scalars(select(TrackedSymptomRow)).all()
            return today_order([to_tracked(row, self._record) for row in rows])

    def logged_keys(self, first: dt.date, last: dt.date) -> list[str]:
        """The symptoms with at least one entry from ``first`` to ``last``, in Today's order."""
        with self._record.reads() as session:
            logged = set(
                session.scalars(
                    select(TrackedSymptomRow.key)
                    .join(
                        SymptomEntryRow, SymptomEntryRow.tracked_symptom_id == TrackedSymptomRow.id
                    )
                    .where(SymptomEntryRow.day >= first, SymptomEntryRow.day <= last)
                    .distinct()
                )
            )
        return [symptom.key for symptom in self.tracked() if symptom.key in logged]

    def all_range(self, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
        """From the first logged day (a symptom or a weight) to today."""
        today = today or dt.date.today()
        with self._record.reads() as session:
            firsts = [
                session.scalar(select(func.min(SymptomEntryRow.day))),
                session.scalar(
                    select(func.min(MeasurementRow.day)).where(
                        MeasurementRow.kind == MeasurementKind.WEIGHT.value
                    )
                ),
            ]
        known = [day for day in firsts if day is not None]
        return (min(min(known, default=today), today), today)

    def data(
        self,
        first: dt.date,
        last: dt.date,
        keys: Sequence[str] | None = None,
        weight: bool = True,
    ) -> HistoryData:
        """The chart data for ``keys`` (None: the symptoms logged in the range, in Today's
        order) from ``first`` to ``last``; ``weight=False`` leaves the weight panel out."""
        if last < first:
            raise ValueError(f"The range ends ({last}) before it begins ({first}).")
        knowledge = self._record.knowledge
        # The flags read the whole record anyway (entries, weights, profile, treatments): their
        # inputs serve the chart too, so the ten-year entry table is read once, not twice.
        inputs = self._record.flags.inputs()
        flags = evaluate_flags(inputs, knowledge, self._record.flags.settings(), since=first)
        with self._record.reads() as session:
            rows = session.scalars(select(TrackedSymptomRow))
            tracked = today_order([to_tracked(row, self._record) for row in rows])
            # When, what and with whom only: ``repositories.appointments`` also loads every
            # appointment's questions, which the chart never shows.
            appointments = [
                Appointment(starts_at=starts_at, kind=AppointmentKind(kind), clinician=clinician)
                for starts_at, kind, clinician in session.execute(
                    select(AppointmentRow.starts_at, AppointmentRow.kind, AppointmentRow.clinician)
                    .where(
                        AppointmentRow.starts_at >= dt.datetime.combine(first, dt.time()),
                        AppointmentRow.starts_at
                        < dt.datetime.combine(last, dt.time()) + dt.timedelta(days=1),
                    )
                    .order_by(AppointmentRow.starts_at, AppointmentRow.id)
                )
            ]
            notes = repositories.day_notes(session)
        entries = inputs.entries
        if keys is None:
            logged = {entry.symptom_key for entry in entries if first <= entry.day <= last}
            keys = [symptom.key for symptom in tracked if symptom.key in logged]
        unit = inputs.person.weight_unit if inputs.person is not None else WeightUnit.KG
        return build_history_data(
            first=first,
            last=last,
            keys=keys,
            tracked=tracked,
            entries=entries,
            measurements=inputs.measurements if weight else (),
            weight_unit=unit,
            treatments=inputs.treatments,
            category_labels={
                category: knowledge.treatments.category(category).label()
                for category in TreatmentCategory
            },
            appointments=appointments,
            flags=flags,
            day_notes=notes,
        )
