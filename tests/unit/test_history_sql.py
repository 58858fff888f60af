"""History grouped by SQLite gives the very numbers the Python grouping gave.

The oracle is the History service as it was before the grouping moved into SQL: every entry and
weight and temperature of the record read as domain objects, the flags evaluated on them, and
``build_history_data`` grouping it all in Python (the clinic summary still does). Both are run on
demo records of one and ten years, for every period the view offers and for ranges that start
and end mid-week and mid-month, daily, weekly and monthly, with weights stored in kg and shown in
kg or lb, and with hand-made entries that the demo never writes (several a day, notes, an event
that did not happen, several temperatures a day in both units).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import select

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.flags import evaluate_flags
from mbc_tracker.domain.records import (
    Appointment,
    MeasurementKind,
    TemperatureUnit,
    Treatment,
    TreatmentCategory,
    WeightUnit,
    today_order,
)
from mbc_tracker.domain.schedules import DoseStatus
from mbc_tracker.paths import DataPaths
from mbc_tracker.reports.history_data import (
    Aggregation,
    HistoryData,
    ReliefDose,
    ReliefSeries,
    build_history_data,
)
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.record import CareRecord
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import MeasurementRow, SymptomEntryRow, TrackedSymptomRow

TODAY = dt.date(2026, 11, 18)  # a Wednesday


def oracle(
    record: CareRecord,
    first: dt.date,
    last: dt.date,
    keys: Sequence[str] | None = None,
    weight: bool = True,
    temperature: bool = True,
) -> HistoryData:
    """``HistoryService.data`` as it was: the whole record read, grouped in Python."""
    knowledge = record.knowledge
    inputs = record.flags.inputs()
    flags = evaluate_flags(inputs, knowledge, record.flags.settings(), since=first)
    with record.reads() as session:
        rows = session.scalars(select(TrackedSymptomRow))
        tracked = today_order([to_tracked(row, record) for row in rows])
        appointments = [
            Appointment(starts_at=a.starts_at, kind=a.kind, clinician=a.clinician)
            for a in repositories.appointments(session)
        ]
        notes = repositories.day_notes(session)
    entries = inputs.entries
    if keys is None:
        logged = {entry.symptom_key for entry in entries if first <= entry.day <= last}
        keys = [symptom.key for symptom in tracked if symptom.key in logged]
    unit = inputs.person.weight_unit if inputs.person is not None else WeightUnit.KG
    degrees = (
        inputs.person.temperature_unit if inputs.person is not None else TemperatureUnit.CELSIUS
    )
    kinds = {MeasurementKind.WEIGHT} if weight else set()
    kinds |= {MeasurementKind.TEMPERATURE} if temperature else set()
    data = build_history_data(
        first=first,
        last=last,
        keys=keys,
        tracked=tracked,
        entries=entries,
        measurements=[m for m in inputs.measurements if m.kind in kinds],
        weight_unit=unit,
        temperature_unit=degrees,
        fever_from_celsius=record.flags.settings().fever_from_celsius,
        treatments=inputs.treatments,
        category_labels={
            category: knowledge.treatments.category(category).label()
            for category in TreatmentCategory
        },
        appointments=appointments,
        flags=flags,
        day_notes=notes,
    )
    return dataclasses.replace(data, relief=relief_oracle(record, inputs.treatments, first, last))


def relief_oracle(
    record: CareRecord, treatments: Sequence[Treatment], first: dt.date, last: dt.date
) -> tuple[ReliefSeries, ...]:
    """Each medicine's doses with both scores, read treatment by treatment."""
    relief = []
    for treatment in sorted(treatments, key=lambda t: (t.start_date, t.id or 0)):
        assert treatment.id is not None
        doses = tuple(
            ReliefDose(
                dose.at or dt.datetime.combine(dose.day, dose.time or dt.time(12)),
                dose.before,
                dose.after,
            )
            for dose in record.medicines.doses(treatment.id, first, last)
            if dose.status is DoseStatus.TAKEN
            and dose.before is not None
            and dose.after is not None
        )
        if doses:
            relief.append(ReliefSeries(f"relief:{treatment.id}", treatment.name, doses))
    return tuple(relief)


def ranges(record: CareRecord) -> list[tuple[dt.date, dt.date]]:
    """The view's periods (30 and 90 days, a year, all) and custom ones cut mid-week and
    mid-month, short and long."""
    days = dt.timedelta(days=1)
    first_logged, _ = record.history.all_range(today=TODAY)
    return [
        (TODAY - 29 * days, TODAY),
        (TODAY - 89 * days, TODAY),
        (TODAY - 364 * days, TODAY),
        (first_logged, TODAY),
        (TODAY, TODAY),
        (TODAY - 200 * days, TODAY - 17 * days),  # weekly, from a Friday to a Saturday
        (TODAY - 1000 * days, TODAY - 45 * days),  # monthly, mid-month to mid-month
        (first_logged + 3 * days, first_logged + 130 * days),
    ]


@pytest.fixture(scope="module", params=[1, 10], ids=["1 year", "10 years"])
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CareRecord]:
    folder: Path = tmp_path_factory.mktemp(f"demo{request.param}")
    record = write_demo_record(DataPaths(folder).ensure(), years=request.param, today=TODAY)
    yield record
    record.close()


def test_every_period_and_grouping_matches_the_python_grouping(demo: CareRecord) -> None:
    seen = set()
    flags = demo.flags.evaluate()
    for first, last in ranges(demo):
        new = demo.history.data(first, last, flags=flags)
        assert new == oracle(demo, first, last), (first, last)
        seen.add(new.aggregation)
    assert seen == set(Aggregation)


def test_chosen_keys_unknown_keys_and_no_weight_match(demo: CareRecord) -> None:
    tracked = [symptom.key for symptom in demo.history.tracked()]
    keys = ["weight", tracked[-1], "not_tracked_at_all", tracked[0], tracked[-1]]
    for first, last in ranges(demo)[:4]:
        for weight, temperature in ((True, True), (False, True), (True, False)):
            new = demo.history.data(first, last, keys=keys, weight=weight, temperature=temperature)
            expected = oracle(demo, first, last, keys=keys, weight=weight, temperature=temperature)
            assert new == expected, (first, last)


def test_weights_shown_in_pounds_match(demo: CareRecord) -> None:
    person = demo.person.get()
    assert person is not None
    demo.person.save(dataclasses.replace(person, weight_unit=WeightUnit.LB), today=TODAY)
    try:
        for first, last in ranges(demo):
            new = demo.history.data(first, last)
            assert new.weight_unit is WeightUnit.LB
            assert new == oracle(demo, first, last), (first, last)
    finally:
        demo.person.save(person, today=TODAY)


def test_several_entries_a_day_notes_and_events_that_did_not_happen_match(
    record: CareRecord,
) -> None:
    monday = dt.date(2026, 11, 2)
    for offset in range(0, 60, 3):
        day = monday - dt.timedelta(days=offset)
        record.daylog.save_day(
            DayLog(
                day=day,
                severities={"fatigue": offset % 11, "nausea": (offset * 7) % 11},
                events={"seizure": offset % 2 == 0},
                note="A long day." if offset % 9 == 0 else "",
                weight=60 + offset / 7,
                weight_unit=WeightUnit.LB if offset % 4 else WeightUnit.KG,
                temperature=36.4 + offset % 5 / 10 if offset % 2 else 97.7 + offset % 4 / 10,
                temperature_unit=(
                    TemperatureUnit.CELSIUS if offset % 2 else TemperatureUnit.FAHRENHEIT
                ),
            ),
            today=TODAY,
        )
    # Several entries of one symptom on one day, with notes, as an import may write them; an
    # event that did not happen, with a note (it draws no point, so its note shows nowhere).
    with record.sessions.begin() as session:
        symptom_ids = {
            key: symptom_id
            for key, symptom_id in session.execute(
                select(TrackedSymptomRow.key, TrackedSymptomRow.id)
            )
        }
        # Several temperatures on one day, in both units: the day's point is the highest.
        for hour, value, unit in ((6, 37.0, "C"), (14, 101.2, "F"), (23, 37.9, "C")):
            session.add(
                MeasurementRow(
                    kind="temperature",
                    day=monday,
                    recorded_at=dt.datetime.combine(monday, dt.time(hour)),
                    value=value,
                    unit=unit,
                )
            )
        for day, hour, key, severity, present, note in (
            (monday, 7, "fatigue", 9, None, "woke early"),
            (monday, 21, "fatigue", 2, None, ""),
            (monday, 22, "fatigue", 4, None, " late "),
            (monday, 23, "nausea", 1, None, "\tafter dinner\n"),
            (monday - dt.timedelta(days=1), 8, "seizure", None, False, "none today"),
            (monday - dt.timedelta(days=1), 9, "seizure", None, True, "a short one"),
            (monday - dt.timedelta(days=8), 9, "seizure", None, True, ""),
        ):
            session.add(
                SymptomEntryRow(
                    tracked_symptom_id=symptom_ids[key],
                    day=day,
                    recorded_at=dt.datetime.combine(day, dt.time(hour)),
                    severity=severity,
                    present=present,
                    note=note,
                )
            )
    for first, last in (
        (monday - dt.timedelta(days=20), monday + dt.timedelta(days=1)),
        (monday - dt.timedelta(days=200), monday),
        (monday - dt.timedelta(days=1000), TODAY),
    ):
        new = record.history.data(first, last)
        assert new == oracle(record, first, last), (first, last)
        assert any(series.points for series in new.symptoms)
        assert new.temperature
