"""The History view's use cases: what was logged when, and the data a chart is drawn from.

Everything here reads only the period asked for, and symptom entries are grouped by SQLite, not
in Python: a ten-year record holds some 30,000 entries, and building an object for each of them
on every redraw made the History view's cost grow with the record. Per symptom, SQL takes each
day's highest severity, or the average of the day's entries when the record's preference
(``record.daylog.day_value()``) says so (an event: whether it happened), then the week's or
month's mean and count; only the grouped rows (at most a few hundred) come back. Weights and
temperatures are read for the period and converted to the person's units here (a temperature:
each day's highest, as the fever flag reads it), since their means must be the very numbers
the clinic summary's Python grouping (``reports.history_data``) gives. Flag rings come from the
flags the caller passes (the view keeps them from ``record.flags.evaluate()``), never from a fresh
evaluation. No matplotlib here: the view draws the returned ``HistoryData`` with
``reports.history_chart``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import TextClause, bindparam, func, select, text
from sqlalchemy.orm import Session

from mbc_tracker.domain.daylog import DayValue
from mbc_tracker.domain.flags import TEMPERATURE_KEY, WEIGHT_KEY, Flag
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    MeasurementKind,
    SymptomKind,
    TemperatureUnit,
    TrackedSymptom,
    Treatment,
    TreatmentCategory,
    WeightUnit,
    today_order,
)
from mbc_tracker.domain.schedules import DoseStatus
from mbc_tracker.domain.units import celsius_from
from mbc_tracker.reports.history_data import (
    Aggregation,
    AppointmentMarker,
    FlaggedDay,
    HistoryData,
    Point,
    ReliefDose,
    ReliefSeries,
    SymptomSeries,
    TreatmentBand,
    aggregation_for,
    appointment_markers,
    flagged_days,
    label_and_kind,
    point_note,
    points_from_daily,
    shown_temperature,
    shown_weight,
    treatment_bands,
)
from mbc_tracker.services.daylog import DAY_VALUE_KEY, day_value_from
from mbc_tracker.services.dose_day import parse_time
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage.orm import (
    AppointmentRow,
    DayNoteRow,
    DoseRow,
    MeasurementRow,
    PersonRow,
    PreferenceRow,
    SymptomEntryRow,
    TrackedSymptomRow,
    TreatmentRow,
)

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

# Which group a day falls in, over the stored ISO dates, as cheaply as SQLite can say it (its
# date functions cost more than the rest of the query): a month as "YYYY-MM", a week as the
# number of weeks since Monday 1 January of the year 1 (Julian day 1721425.5), which
# ``_group_start`` turns into the day the point is placed on.
_GROUP_SQL = {
    Aggregation.WEEK: "CAST(julianday(day) - 1721425.5 AS INTEGER) / 7",
    Aggregation.MONTH: "substr(day, 1, 7)",
}
_FIRST_MONDAY = dt.date(1, 1, 1)  # a Monday


def _group_start(group: int | str, aggregation: Aggregation) -> dt.date:
    if aggregation is Aggregation.WEEK:
        return _FIRST_MONDAY + dt.timedelta(weeks=int(group))
    return dt.date.fromisoformat(f"{group}-01")


# An entry counts when it holds a value for its kind: a severity for a rated symptom, "it
# happened" for an event (an event's "did not happen" draws no point). The symptoms are picked
# with a CASE and a unary ``+``, which no index can serve: SQLite then reads the period through
# the (day, symptom) index. Given the choice, it read every entry of each chosen symptom since
# the record began through the symptom index (37-72 ms for 30 days of a ten-year record).
_COUNTS_SQL = (
    "day BETWEEN :first AND :last AND +tracked_symptom_id IN :wanted "
    "AND CASE WHEN tracked_symptom_id IN :rated THEN severity IS NOT NULL ELSE present = 1 END"
)

# Each symptom's value per day (the day's highest severity, or the average of its entries, as the
# record's preference says; 1 for an event), then, grouped, the
# mean, the number of days and the highest daily value per week or month. Grouped by day first,
# in the index's order, so that SQLite needs no sort for it.
_DAILY_SQL = f"""
    SELECT tracked_symptom_id AS symptom, day, {{day_value}}(COALESCE(severity, 1)) AS value
    FROM symptom_entry
    WHERE {_COUNTS_SQL}
    GROUP BY day, tracked_symptom_id
"""
# The day's value when it holds several entries of a symptom (an event's is 1 either way).
_DAY_VALUE_SQL = {DayValue.HIGHEST: "MAX", DayValue.AVERAGE: "AVG"}
_GROUPED_SQL = """
    WITH daily AS ({daily})
    SELECT symptom, {group} AS grouped, AVG(value), COUNT(*), MAX(value)
    FROM daily
    GROUP BY symptom, grouped
    ORDER BY symptom, grouped
"""
# The notes of the entries that count, in the order they were recorded (daily points only).
_NOTES_SQL = f"""
    SELECT tracked_symptom_id, day, note
    FROM symptom_entry
    WHERE note != '' AND {_COUNTS_SQL}
    ORDER BY tracked_symptom_id, day, recorded_at, id
"""


def _expanding(sql: str) -> TextClause:
    return text(sql).bindparams(
        bindparam("wanted", expanding=True), bindparam("rated", expanding=True)
    )


@dataclass(frozen=True)
class HistoryParts:
    """What one ``HistoryService.read`` read for ``first`` to ``last``; None: not asked for."""

    first: dt.date
    last: dt.date
    aggregation: Aggregation
    logged_keys: list[str] | None = None
    symptoms: tuple[SymptomSeries, ...] | None = None
    weight: tuple[tuple[Point, ...], WeightUnit] | None = None
    treatments: tuple[TreatmentBand, ...] | None = None
    appointments: tuple[AppointmentMarker, ...] | None = None
    temperature: tuple[tuple[Point, ...], TemperatureUnit] | None = None
    relief: tuple[ReliefSeries, ...] | None = None


class HistoryService:
    """Reading a record's history for charts and tables; never writes.

    Each method reads in one Session; ``read`` reads any set of a chart's parts in one, which is
    what the History view uses (a Session opens a new SQLite connection, a millisecond or two).
    """

    def __init__(self, record: CareRecord) -> None:
        self._record = record

    # -- what there is ---------------------------------------------------------------------

    def tracked(self) -> list[TrackedSymptom]:
        """Every tracked symptom (label and kind per key) in Today's order, for the chooser."""
        with self._record.reads() as session:
            return _tracked(session, self._record)

    def logged_keys(
        self, first: dt.date, last: dt.date, tracked: Sequence[TrackedSymptom] | None = None
    ) -> list[str]:
        """The symptoms with at least one entry from ``first`` to ``last``, in Today's order
        (``tracked``: the list ``tracked()`` gave, so it is not read again)."""
        with self._record.reads() as session:
            return _logged_keys(session, first, last, tracked or _tracked(session, self._record))

    def all_range(self, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
        """From the first logged day (a symptom, a weight or a temperature) to today."""
        with self._record.reads() as session:
            return _all_range(session, today or dt.date.today())

    def weight_unit(self) -> WeightUnit:
        """The unit the person reads weights in."""
        with self._record.reads() as session:
            return _weight_unit(session)

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
        week's or month's mean of the daily values (an event: the number of days)."""
        _check_range(first, last)
        with self._record.reads() as session:
            return _symptom_series(
                session,
                first,
                last,
                keys,
                aggregation or aggregation_for(first, last),
                tracked or _tracked(session, self._record),
            )

    def weights(
        self, first: dt.date, last: dt.date, aggregation: Aggregation | None = None
    ) -> tuple[tuple[Point, ...], WeightUnit]:
        """Weights from ``first`` to ``last`` (each day's last) in the person's unit: daily,
        or the week's or month's mean; and that unit."""
        _check_range(first, last)
        with self._record.reads() as session:
            return _weights(session, first, last, aggregation or aggregation_for(first, last))

    def temperatures(
        self, first: dt.date, last: dt.date, aggregation: Aggregation | None = None
    ) -> tuple[tuple[Point, ...], TemperatureUnit]:
        """Each day's highest temperature from ``first`` to ``last`` in the person's unit:
        daily, or the week's or month's mean (with the highest); and that unit."""
        _check_range(first, last)
        with self._record.reads() as session:
            return _temperatures(session, first, last, aggregation or aggregation_for(first, last))

    def treatments(self, first: dt.date, last: dt.date) -> tuple[TreatmentBand, ...]:
        """The treatments that overlap ``first`` to ``last``, by start and name."""
        with self._record.reads() as session:
            return _treatments(session, self._record, first, last)

    def appointments(self, first: dt.date, last: dt.date) -> tuple[AppointmentMarker, ...]:
        """The appointments from ``first`` to ``last``, in time order."""
        with self._record.reads() as session:
            return _appointments(session, first, last)

    def read(
        self,
        first: dt.date,
        last: dt.date,
        *,
        tracked: Sequence[TrackedSymptom],
        keys: Callable[[list[str]], Sequence[str]] | None = None,
        logged: bool = False,
        weight: bool = False,
        temperature: bool = False,
        treatments: bool = False,
        appointments: bool = False,
        relief: bool = False,
    ) -> HistoryParts:
        """The parts asked for, in one Session: ``logged``: the logged keys; ``keys``: the
        series of the keys it gives for the logged keys (which are then read too); ``weight``,
        ``temperature``, ``treatments``, ``appointments``, ``relief``: those parts."""
        _check_range(first, last)
        aggregation = aggregation_for(first, last)
        with self._record.reads() as session:
            logged_keys = _logged_keys(session, first, last, tracked) if logged or keys else None
            symptoms = None
            if keys is not None:
                chosen = keys(logged_keys or [])
                symptoms = _symptom_series(session, first, last, chosen, aggregation, tracked)
            return HistoryParts(
                first=first,
                last=last,
                aggregation=aggregation,
                logged_keys=logged_keys,
                symptoms=symptoms,
                weight=_weights(session, first, last, aggregation) if weight else None,
                temperature=(
                    _temperatures(session, first, last, aggregation) if temperature else None
                ),
                treatments=(
                    _treatments(session, self._record, first, last) if treatments else None
                ),
                appointments=_appointments(session, first, last) if appointments else None,
                relief=_relief(session, first, last) if relief else None,
            )

    # -- a whole chart -----------------------------------------------------------------------

    def data(
        self,
        first: dt.date,
        last: dt.date,
        keys: Sequence[str] | None = None,
        weight: bool = True,
        flags: Iterable[Flag] | None = None,
        temperature: bool = True,
    ) -> HistoryData:
        """The chart data for ``keys`` (None: the symptoms logged in the range, in Today's
        order) from ``first`` to ``last``; ``weight=False`` leaves the weight panel out,
        ``temperature=False`` the temperature's.

        ``flags`` are the record's flags (None: ``record.flags.evaluate()``); the days of those
        of the shown symptoms, weight and temperature that fall in the range are ringed. The
        fever threshold drawn on the temperature lane is the flag settings'."""
        _check_range(first, last)
        chosen = keys
        with self._record.reads() as session:
            tracked = _tracked(session, self._record)
            unit = _weight_unit(session)
            degrees = _temperature_unit(session)
        parts = self.read(
            first,
            last,
            tracked=tracked,
            keys=lambda logged: logged if chosen is None else chosen,
            weight=weight,
            temperature=temperature,
            treatments=True,
            appointments=True,
            relief=True,
        )
        assert parts.symptoms is not None
        assert parts.treatments is not None and parts.appointments is not None
        return assemble(
            first=first,
            last=last,
            aggregation=parts.aggregation,
            symptoms=parts.symptoms,
            weight=parts.weight[0] if parts.weight else (),
            weight_unit=parts.weight[1] if parts.weight else unit,
            temperature=parts.temperature[0] if parts.temperature else (),
            temperature_unit=parts.temperature[1] if parts.temperature else degrees,
            fever_from_celsius=self._record.flags.settings().fever_from_celsius,
            treatments=parts.treatments,
            appointments=parts.appointments,
            flagged=every_flagged_day(self._record.flags.evaluate() if flags is None else flags),
            relief=parts.relief or (),
            day_value=self._record.daylog.day_value(),
        )


def every_flagged_day(flags: Iterable[Flag]) -> tuple[FlaggedDay, ...]:
    """Every day any of ``flags`` holds, the most urgent flag per symptom and day, by day: the
    view works this out once per evaluation, and picks a period's rings from it by bisection."""
    listed = list(flags)
    return flagged_days(listed, dt.date.min, dt.date.max, {flag.symptom_key for flag in listed})


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
    flagged: Sequence[FlaggedDay],
    temperature: tuple[Point, ...] = (),
    temperature_unit: TemperatureUnit = TemperatureUnit.CELSIUS,
    fever_from_celsius: float | None = None,
    relief: tuple[ReliefSeries, ...] = (),
    day_value: DayValue = DayValue.HIGHEST,
) -> HistoryData:
    """A ``HistoryData`` from its parts; of ``flagged`` (``every_flagged_day``, in date order)
    the days from ``first`` to ``last`` of the symptoms, weight and temperature shown."""
    shown = (
        {series.key for series in symptoms}
        | ({WEIGHT_KEY} if weight else set())
        | ({TEMPERATURE_KEY} if temperature else set())
    )
    days = [flagged_day.day for flagged_day in flagged]
    in_range = flagged[bisect_left(days, first) : bisect_right(days, last)]
    return HistoryData(
        first=first,
        last=last,
        aggregation=aggregation,
        symptoms=symptoms,
        weight=weight,
        weight_unit=weight_unit,
        treatments=treatments,
        appointments=appointments,
        flagged=tuple(day for day in in_range if day.symptom_key in shown),
        temperature=temperature,
        temperature_unit=temperature_unit,
        fever_from_celsius=fever_from_celsius,
        relief=relief,
        day_value=day_value,
    )


# -- reading, in the caller's Session ------------------------------------------------------------


def _tracked(session: Session, record: CareRecord) -> list[TrackedSymptom]:
    rows = session.scalars(select(TrackedSymptomRow)).all()
    return today_order([to_tracked(row, record) for row in rows])


def _logged_keys(
    session: Session, first: dt.date, last: dt.date, tracked: Sequence[TrackedSymptom]
) -> list[str]:
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
    return [symptom.key for symptom in tracked if symptom.key in logged]


def _all_range(session: Session, today: dt.date) -> tuple[dt.date, dt.date]:
    # Each through an index: (day, tracked_symptom_id) and (kind, day).
    firsts = [
        session.scalar(select(func.min(SymptomEntryRow.day))),
        *(
            session.scalar(select(func.min(MeasurementRow.day)).where(MeasurementRow.kind == kind))
            for kind in (MeasurementKind.WEIGHT.value, MeasurementKind.TEMPERATURE.value)
        ),
    ]
    known = [day for day in firsts if day is not None]
    return (min(min(known, default=today), today), today)


def _weight_unit(session: Session) -> WeightUnit:
    stored = session.scalar(select(PersonRow.weight_unit).where(PersonRow.id == 1))
    return WeightUnit(stored) if stored is not None else WeightUnit.KG


def _temperature_unit(session: Session) -> TemperatureUnit:
    stored = session.scalar(select(PersonRow.temperature_unit).where(PersonRow.id == 1))
    return TemperatureUnit(stored) if stored is not None else TemperatureUnit.CELSIUS


def _symptom_series(
    session: Session,
    first: dt.date,
    last: dt.date,
    keys: Sequence[str],
    aggregation: Aggregation,
    tracked: Sequence[TrackedSymptom],
) -> tuple[SymptomSeries, ...]:
    by_key = {symptom.key: symptom for symptom in tracked}
    chosen = list(dict.fromkeys(key for key in keys if key != WEIGHT_KEY))
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
        "wanted": [symptom_id for symptom_id, _ in wanted] or [-1],
        "rated": [i for i, kind in wanted if kind is SymptomKind.RATED] or [-1],
    }
    day_value = _day_value(session)
    points = _symptom_points(session, aggregation, parameters, wanted, day_value)
    series = []
    for key in chosen:
        label, kind = label_and_kind(key, by_key)
        symptom_id = ids[key][0] if key in ids else None
        series.append(
            SymptomSeries(key=key, label=label, kind=kind, points=points.get(symptom_id, ()))
        )
    return tuple(series)


def _weights(
    session: Session, first: dt.date, last: dt.date, aggregation: Aggregation
) -> tuple[tuple[Point, ...], WeightUnit]:
    unit = _weight_unit(session)
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


def _temperatures(
    session: Session, first: dt.date, last: dt.date, aggregation: Aggregation
) -> tuple[tuple[Point, ...], TemperatureUnit]:
    unit = _temperature_unit(session)
    # Each day's highest in °C, as ``flags.daily_temperatures`` (and so the fever flag) reads
    # them: one day's readings may mix °C and °F.
    highest: dict[dt.date, float] = {}
    for day, value, stored in session.execute(
        select(MeasurementRow.day, MeasurementRow.value, MeasurementRow.unit).where(
            MeasurementRow.kind == MeasurementKind.TEMPERATURE.value,
            MeasurementRow.day >= first,
            MeasurementRow.day <= last,
        )
    ):
        celsius = celsius_from(value, TemperatureUnit(stored))
        highest[day] = max(celsius, highest.get(day, celsius))
    daily = {day: shown_temperature(celsius, unit) for day, celsius in highest.items()}
    notes = _day_notes(session, first, last) if aggregation is Aggregation.DAY else {}
    return points_from_daily(daily, aggregation, notes), unit


def _treatments(
    session: Session, record: CareRecord, first: dt.date, last: dt.date
) -> tuple[TreatmentBand, ...]:
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
        category: record.knowledge.treatments.category(category).label()
        for category in {treatment.category for treatment in treatments}
    }
    return treatment_bands(treatments, first, last, labels)


def _appointments(session: Session, first: dt.date, last: dt.date) -> tuple[AppointmentMarker, ...]:
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


def _relief(session: Session, first: dt.date, last: dt.date) -> tuple[ReliefSeries, ...]:
    """Each medicine's doses from ``first`` to ``last`` taken with a score before and after
    (only as-needed doses carry scores): one read of the period's doses, by the day's index."""
    rows = session.execute(
        select(
            DoseRow.treatment_id,
            TreatmentRow.name,
            DoseRow.day,
            DoseRow.time,
            DoseRow.at,
            DoseRow.score_before,
            DoseRow.score_after,
        )
        .join(TreatmentRow, TreatmentRow.id == DoseRow.treatment_id)
        .where(
            DoseRow.day.between(first, last),
            DoseRow.status == DoseStatus.TAKEN.value,
            DoseRow.score_before.is_not(None),
            DoseRow.score_after.is_not(None),
        )
        .order_by(TreatmentRow.start_date, TreatmentRow.id, DoseRow.day, DoseRow.time)
    )
    by_treatment: dict[int, tuple[str, list[ReliefDose]]] = {}
    for treatment_id, name, day, time, at, before, after in rows:
        if before is None or after is None:  # (the query leaves them out)
            continue
        # When it was taken; a dose at no set time is placed at noon of its day.
        when = at or dt.datetime.combine(day, parse_time(time) or dt.time(12, 0))
        by_treatment.setdefault(treatment_id, (name, []))[1].append(
            ReliefDose(at=when, before=before, after=after)
        )
    return tuple(
        ReliefSeries(key=f"relief:{treatment_id}", medicine=name, doses=tuple(doses))
        for treatment_id, (name, doses) in by_treatment.items()
    )


def _check_range(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise ValueError(f"The range ends ({last}) before it begins ({first}).")


def _day_value(session: Session) -> DayValue:
    row = session.get(PreferenceRow, DAY_VALUE_KEY)
    return day_value_from(row.value if row is not None else None)


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
    day_value: DayValue = DayValue.HIGHEST,
) -> dict[int | None, tuple[Point, ...]]:
    """The points of each wanted symptom (by its id), grouped by SQLite."""
    if not wanted:
        return {}
    daily = _DAILY_SQL.format(day_value=_DAY_VALUE_SQL[day_value])
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
        daily_sql = daily + " ORDER BY symptom, day"
        for symptom_id, day, value in session.execute(_expanding(daily_sql), parameters):
            on = from_iso(day)
            note = point_note(entry_notes.get((symptom_id, day), ()), day_notes.get(on))
            collected.setdefault(symptom_id, []).append(Point(on, float(value), note))
    else:
        grouped_sql = _GROUPED_SQL.format(daily=daily, group=_GROUP_SQL[aggregation])
        for symptom_id, group, mean, count, highest in session.execute(
            _expanding(grouped_sql), parameters
        ):
            summed = kinds[symptom_id] is SymptomKind.EVENT
            collected.setdefault(symptom_id, []).append(
                Point(
                    _group_start(group, aggregation),
                    float(count) if summed else float(mean),
                    count=count,
                    highest=float(highest),
                )
            )
    return {symptom_id: tuple(points) for symptom_id, points in collected.items()}
