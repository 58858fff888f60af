"""The History view's use cases: what was logged when, and the data a chart is drawn from.

Everything here reads only the period asked for, and symptom entries are grouped by SQLite, not
in Python: a ten-year record holds some 30,000 entries, and building an object for each of them
on every redraw made the History view's cost grow with the record. Per symptom, SQL takes each
day's highest severity (an event: whether it happened), then the week's or month's mean and
count; only the grouped rows (at most a few hundred) come back. Weights are read for the period
and converted to the person's unit here, since their means must be the very numbers the clinic
summary's Python grouping (``reports.history_data``) gives. Flag rings come from the flags the
caller passes (the view keeps them from ``record.flags.evaluate()``), never from a fresh
evaluation. No matplotlib here: the view draws the returned ``HistoryData`` with
``reports.history_chart``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import TextClause, bindparam, func, select, text
from sqlalchemy.orm import Session

from mbc_tracker.domain.flags import WEIGHT_KEY, Flag
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    MeasurementKind,
    SymptomKind,
    TrackedSymptom,
    Treatment,
    TreatmentCategory,
    WeightUnit,
    today_order,
)
from mbc_tracker.reports.history_data import (
    Aggregation,
    AppointmentMarker,
    HistoryData,
    Point,
    SymptomSeries,
    TreatmentBand,
    aggregation_for,
    appointment_markers,
    flagged_days,
    label_and_kind,
    point_note,
    points_from_daily,
    shown_weight,
    treatment_bands,
)
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage.orm import (
    AppointmentRow,
    DayNoteRow,
    MeasurementRow,
    PersonRow,
    SymptomEntryRow,
    TrackedSymptomRow,
    TreatmentRow,
)

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

# The day a grouped point is placed on, as SQLite date arithmetic over the stored ISO dates:
# a week's Monday (``%w`` counts from Sunday = 0), a month's first day.
_GROUP_START_SQL = {
    Aggregation.DAY: "day",
    Aggregation.WEEK: (
        "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')"
    ),
    Aggregation.MONTH: "strftime('%Y-%m-01', day)",
}

# An entry counts when it holds a value for its kind: a severity for a rated symptom, "it
# happened" for an event (an event's "did not happen" draws no point).
_COUNTS_SQL = (
    "((tracked_symptom_id IN :rated AND severity IS NOT NULL) "
    "OR (tracked_symptom_id IN :events AND present = 1))"
)

# Each symptom's value per day (the day's highest severity; 1 for an event), then, grouped, the
# mean, the number of days and the highest daily value per week or month.
_DAILY_SQL = f"""
    SELECT tracked_symptom_id AS symptom, day, MAX(COALESCE(severity, 1)) AS value
    FROM symptom_entry
    WHERE day BETWEEN :first AND :last AND {_COUNTS_SQL}
    GROUP BY tracked_symptom_id, day
"""
_GROUPED_SQL = """
    WITH daily AS ({daily})
    SELECT symptom, {start} AS start, AVG(value), COUNT(*), MAX(value)
    FROM daily
    GROUP BY symptom, start
    ORDER BY symptom, start
"""
# The notes of the entries that count, in the order they were recorded (daily points only).
_NOTES_SQL = f"""
    SELECT tracked_symptom_id, day, note
    FROM symptom_entry
    WHERE day BETWEEN :first AND :last AND note != '' AND {_COUNTS_SQL}
    ORDER BY tracked_symptom_id, day, recorded_at, id
"""


def _expanding(sql: str) -> TextClause:
    return text(sql).bindparams(
        bindparam("rated", expanding=True), bindparam("events", expanding=True)
    )


class HistoryService:
    """Reading a record's history for charts and tables; never writes."""

    def __init__(self, record: CareRecord) -> None:
        self._record = record

    # -- what there is ---------------------------------------------------------------------

    def tracked(self) -> list[TrackedSymptom]:
        """Every tracked symptom (label and kind per key) in Today's order, for the chooser."""
        with self._record.reads() as session:
            rows = session.scalars(select(TrackedSymptomRow)).all()
            return today_order([to_tracked(row, self._record) for row in rows])

    def logged_keys(
        self, first: dt.date, last: dt.date, tracked: Sequence[TrackedSymptom] | None = None
    ) -> list[str]:
        """The symptoms with at least one entry from ``first`` to ``last``, in Today's order
        (``tracked``: the list ``tracked()`` gave, so it is not read again)."""
        with self._record.reads() as session:
            # The (day, tracked_symptom_id) index answers this without reading the entries.
            logged = set(
                session.scalars(
                    select(TrackedSymptomRow.key).where(
                        TrackedSymptomRow.id.in_(
                            select(SymptomEntryRow.tracked_symptom_id)
                            .where(SymptomEntryRow.day >= first, SymptomEntryRow.day <= last)
                            .distinct()
                        )
                    )
                )
            )
        return [symptom.key for symptom in tracked or self.tracked() if symptom.key in logged]

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

    # -- the parts of a chart ----------------------------------------------------------------

    def symptom_series(
        self,
        first: dt.date,
        last: dt.date,
        keys: Sequence[str],
        aggregation: Aggregation | None = None,
        tracked: Sequence[TrackedSymptom] | None = None,
    ) -> tuple[SymptomSeries, ...]:
        """Each of ``keys`` (in that order) from ``first`` to ``last``: daily values, or the
        week's or month's mean of the daily highest (an event: the number of days)."""
        _check_range(first, last)
        aggregation = aggregation or aggregation_for(first, last)
        by_key = {symptom.key: symptom for symptom in tracked or self.tracked()}
        chosen = list(dict.fromkeys(key for key in keys if key != WEIGHT_KEY))
        with self._record.reads() as session:
            ids = {
                key: (symptom_id, SymptomKind(kind))
                for symptom_id, key, kind in session.execute(
                    select(TrackedSymptomRow.id, TrackedSymptomRow.key, TrackedSymptomRow.kind)
                )
            }
            wanted = [ids[key] for key in chosen if key in ids]
            parameters = {
                "first": first.isoformat(),
                "last": last.isoformat(),
                "rated": [i for i, kind in wanted if kind is SymptomKind.RATED] or [-1],
                "events": [i for i, kind in wanted if kind is SymptomKind.EVENT] or [-1],
            }
            points = _symptom_points(session, aggregation, parameters, wanted)
        series = []
        for key in chosen:
            label, kind = label_and_kind(key, by_key)
            symptom_id = ids[key][0] if key in ids else None
            series.append(
                SymptomSeries(key=key, label=label, kind=kind, points=points.get(symptom_id, ()))
            )
        return tuple(series)

    def weights(
        self, first: dt.date, last: dt.date, aggregation: Aggregation | None = None
    ) -> tuple[tuple[Point, ...], WeightUnit]:
        """Weights from ``first`` to ``last`` (each day's last) in the person's unit: daily,
        or the week's or month's mean; and that unit."""
        _check_range(first, last)
        aggregation = aggregation or aggregation_for(first, last)
        with self._record.reads() as session:
            stored_unit = session.scalar(select(PersonRow.weight_unit).where(PersonRow.id == 1))
            unit = WeightUnit(stored_unit) if stored_unit is not None else WeightUnit.KG
            daily: dict[dt.date, float] = {}
            for day, value, stored in session.execute(
                select(MeasurementRow.day, MeasurementRow.value, MeasurementRow.unit)
                .where(
                    MeasurementRow.kind == MeasurementKind.WEIGHT.value,
                    MeasurementRow.day >= first,
                    MeasurementRow.day <= last,
                )
                .order_by(MeasurementRow.day, MeasurementRow.recorded_at, MeasurementRow.id)
            ):
                daily[day] = shown_weight(value, WeightUnit(stored), unit)  # the day's last
            notes = _day_notes(session, first, last) if aggregation is Aggregation.DAY else {}
        return points_from_daily(daily, aggregation, notes), unit

    def treatments(self, first: dt.date, last: dt.date) -> tuple[TreatmentBand, ...]:
        """The treatments that overlap ``first`` to ``last``, by start and name."""
        knowledge = self._record.knowledge
        with self._record.reads() as session:
            rows = session.execute(
                select(
                    TreatmentRow.category,
                    TreatmentRow.name,
                    TreatmentRow.start_date,
                    TreatmentRow.end_date,
                )
                .where(
                    TreatmentRow.start_date <= last,
                    (TreatmentRow.end_date.is_(None)) | (TreatmentRow.end_date >= first),
                )
                .order_by(TreatmentRow.start_date, TreatmentRow.id)
            ).all()
        treatments = [
            Treatment(TreatmentCategory(category), name, start, end_date=end)
            for category, name, start, end in rows
        ]
        labels = {
            category: knowledge.treatments.category(category).label()
            for category in {treatment.category for treatment in treatments}
        }
        return treatment_bands(treatments, first, last, labels)

    def appointments(self, first: dt.date, last: dt.date) -> tuple[AppointmentMarker, ...]:
        """The appointments from ``first`` to ``last``, in time order."""
        with self._record.reads() as session:
            # When, what and with whom only: not the questions, which the chart never shows.
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
        return appointment_markers(appointments, first, last)

    # -- a whole chart -----------------------------------------------------------------------

    def data(
        self,
        first: dt.date,
        last: dt.date,
        keys: Sequence[str] | None = None,
        weight: bool = True,
        flags: Iterable[Flag] | None = None,
    ) -> HistoryData:
        """The chart data for ``keys`` (None: the symptoms logged in the range, in Today's
        order) from ``first`` to ``last``; ``weight=False`` leaves the weight panel out.

        ``flags`` are the record's flags (None: ``record.flags.evaluate()``); the days of those
        of the shown symptoms and weight that fall in the range are ringed."""
        _check_range(first, last)
        aggregation = aggregation_for(first, last)
        tracked = self.tracked()
        if keys is None:
            keys = self.logged_keys(first, last, tracked)
        series = self.symptom_series(first, last, keys, aggregation, tracked)
        weight_points, unit = self.weights(first, last, aggregation) if weight else ((), None)
        if unit is None:
            unit = self.weight_unit()
        return assemble(
            first=first,
            last=last,
            aggregation=aggregation,
            symptoms=series,
            weight=weight_points,
            weight_unit=unit,
            treatments=self.treatments(first, last),
            appointments=self.appointments(first, last),
            flags=self._record.flags.evaluate() if flags is None else flags,
        )

    def weight_unit(self) -> WeightUnit:
        """The unit the person reads weights in."""
        with self._record.reads() as session:
            stored = session.scalar(select(PersonRow.weight_unit).where(PersonRow.id == 1))
        return WeightUnit(stored) if stored is not None else WeightUnit.KG


def assemble(
    *,
    first: dt.date,
    last: dt.date,
    aggregation: Aggregation,
    symptoms: tuple[SymptomSeries, ...],
    weight: tuple[Point, ...],
    weight_unit: WeightUnit,
    treatments: tuple[TreatmentBand, ...],
    appointments: tuple[AppointmentMarker, ...],
    flags: Iterable[Flag],
) -> HistoryData:
    """A ``HistoryData`` from its parts, with the flagged days of the symptoms and weight shown."""
    shown = {series.key for series in symptoms} | ({WEIGHT_KEY} if weight else set())
    return HistoryData(
        first=first,
        last=last,
        aggregation=aggregation,
        symptoms=symptoms,
        weight=weight,
        weight_unit=weight_unit,
        treatments=treatments,
        appointments=appointments,
        flagged=flagged_days(flags, first, last, shown),
    )


def _check_range(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise ValueError(f"The range ends ({last}) before it begins ({first}).")


def _day_notes(session: Session, first: dt.date, last: dt.date) -> dict[dt.date, str]:
    return {
        day: note
        for day, note in session.execute(
            select(DayNoteRow.day, DayNoteRow.note).where(
                DayNoteRow.day >= first, DayNoteRow.day <= last
            )
        )
    }


def _symptom_points(
    session: Session,
    aggregation: Aggregation,
    parameters: Mapping[str, object],
    wanted: Sequence[tuple[int, SymptomKind]],
) -> dict[int | None, tuple[Point, ...]]:
    """The points of each wanted symptom (by its id), grouped by SQLite."""
    if not wanted:
        return {}
    kinds = dict(wanted)
    from_iso = dt.date.fromisoformat
    collected: dict[int | None, list[Point]] = {}
    if aggregation is Aggregation.DAY:
        entry_notes: dict[tuple[int, str], list[str]] = {}
        for symptom_id, day, note in session.execute(_expanding(_NOTES_SQL), parameters):
            if note.strip():
                entry_notes.setdefault((symptom_id, day), []).append(note.strip())
        first, last = from_iso(str(parameters["first"])), from_iso(str(parameters["last"]))
        day_notes = _day_notes(session, first, last)
        daily_sql = _DAILY_SQL + " ORDER BY symptom, day"
        for symptom_id, day, value in session.execute(_expanding(daily_sql), parameters):
            on = from_iso(day)
            note = point_note(entry_notes.get((symptom_id, day), ()), day_notes.get(on))
            collected.setdefault(symptom_id, []).append(Point(on, float(value), note))
    else:
        grouped_sql = _GROUPED_SQL.format(daily=_DAILY_SQL, start=_GROUP_START_SQL[aggregation])
        for symptom_id, start, mean, count, highest in session.execute(
            _expanding(grouped_sql), parameters
        ):
            summed = kinds[symptom_id] is SymptomKind.EVENT
            collected.setdefault(symptom_id, []).append(
                Point(
                    from_iso(start),
                    float(count) if summed else float(mean),
                    count=count,
                    highest=float(highest),
                )
            )
    return {symptom_id: tuple(points) for symptom_id, points in collected.items()}
