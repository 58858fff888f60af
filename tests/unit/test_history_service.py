"""The History service on a real record: chosen symptoms, ranges, flags, weight and temperature
units, treatments."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import event

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    SymptomKind,
    TemperatureUnit,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.reports.history_data import Aggregation
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2025, 6, 30)
DAY = dt.date(2025, 6, 10)


def log(record: CareRecord, log_: DayLog) -> None:
    record.daylog.save_day(log_, today=TODAY)


def test_logged_keys_follow_todays_order(record: CareRecord) -> None:
    log(record, DayLog(DAY, severities={"fatigue": 3, "bone_pain": 2}, events={"seizure": True}))
    log(record, DayLog(DAY - dt.timedelta(days=40), severities={"nausea": 4}))
    order = [symptom.key for symptom in record.history.tracked()]
    keys = record.history.logged_keys(DAY - dt.timedelta(days=5), DAY)
    assert set(keys) == {"fatigue", "bone_pain", "seizure"}
    assert keys == sorted(keys, key=order.index)
    assert "nausea" in record.history.logged_keys(DAY - dt.timedelta(days=60), DAY)


def test_tracked_gives_labels_and_kinds(record: CareRecord) -> None:
    tracked = {symptom.key: symptom for symptom in record.history.tracked()}
    assert tracked["bone_pain"].kind is SymptomKind.RATED
    assert tracked["seizure"].kind is SymptomKind.EVENT
    assert tracked["bone_pain"].label


def test_all_range_runs_from_the_first_logged_day_to_today(record: CareRecord) -> None:
    assert record.history.all_range(today=TODAY) == (TODAY, TODAY)
    log(record, DayLog(DAY, weight=70.0))
    log(record, DayLog(DAY + dt.timedelta(days=3), severities={"fatigue": 3}))
    assert record.history.all_range(today=TODAY) == (DAY, TODAY)


def test_data_holds_the_logged_symptoms_weight_notes_and_flags(record: CareRecord) -> None:
    person = record.person.get()
    assert person is not None
    record.person.save(dataclasses.replace(person, weight_unit=WeightUnit.LB), today=TODAY)
    log(
        record,
        DayLog(
            DAY,
            severities={"bone_pain": 9},
            events={"seizure": True},
            weight=154.0,
            weight_unit=WeightUnit.LB,
            note="Hard night",
        ),
    )
    data = record.history.data(DAY - dt.timedelta(days=29), DAY)
    assert data.aggregation is Aggregation.DAY
    keys = [series.key for series in data.symptoms]
    assert set(keys) == {"bone_pain", "seizure"}
    pain = next(series for series in data.symptoms if series.key == "bone_pain")
    (point,) = pain.points
    assert (point.day, point.value, point.note) == (DAY, 9.0, "Hard night")
    assert data.weight_unit is WeightUnit.LB
    assert data.weight[0].value == pytest.approx(154.0)
    flagged = {(flag.symptom_key, flag.day): flag.level for flag in data.flagged}
    assert flagged[("bone_pain", DAY)] is FlagLevel.PROMPTLY
    assert flagged[("seizure", DAY)] is FlagLevel.PROMPTLY


def test_chosen_keys_and_no_weight(record: CareRecord) -> None:
    log(record, DayLog(DAY, severities={"bone_pain": 2, "fatigue": 5}, weight=70.0))
    data = record.history.data(DAY, DAY, keys=["fatigue", "nausea"], weight=False)
    assert [series.key for series in data.symptoms] == ["fatigue", "nausea"]
    assert data.symptoms[1].points == ()
    assert data.weight == ()


def test_treatments_and_appointments_come_with_it(record: CareRecord) -> None:
    record.treatments.add(
        Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozole", dt.date(2024, 1, 1)),
        today=TODAY,
    )
    record.appointments.add(
        Appointment(dt.datetime(2025, 6, 12, 10, 30), AppointmentKind.ONCOLOGY_VISIT, "Dr Lee"),
        upcoming=None,
    )
    data = record.history.data(DAY, DAY + dt.timedelta(days=10))
    (band,) = data.treatments
    assert (band.label, band.end) == ("Letrozole", None)
    assert band.category_label  # from the knowledge files
    (appointment,) = data.appointments
    assert appointment.label.startswith("Oncology visit")


def test_a_long_range_is_grouped_by_month(record: CareRecord) -> None:
    log(record, DayLog(dt.date(2022, 5, 3), severities={"fatigue": 2}))
    log(record, DayLog(dt.date(2022, 5, 20), severities={"fatigue": 4}))
    data = record.history.data(dt.date(2020, 1, 1), TODAY)
    assert data.aggregation is Aggregation.MONTH
    (point,) = data.symptoms[0].points
    assert (point.day, point.value, point.count) == (dt.date(2022, 5, 1), 3.0, 2)


def test_a_reversed_range_is_refused(record: CareRecord) -> None:
    with pytest.raises(ValueError):
        record.history.data(DAY, DAY - dt.timedelta(days=1))


def test_temperatures_are_each_days_highest_in_the_persons_unit_with_the_threshold(
    record: CareRecord,
) -> None:
    log(record, DayLog(DAY, temperature=37.1))
    # A later reading, in °F, higher: the day's point is the highest (38.6 °C), as the flag's.
    record.daylog.save_day(
        DayLog(
            DAY + dt.timedelta(days=1),
            temperature=101.5,
            temperature_unit=TemperatureUnit.FAHRENHEIT,
        ),
        today=TODAY,
    )
    data = record.history.data(DAY, DAY + dt.timedelta(days=6))
    assert [(point.day, point.value) for point in data.temperature] == [
        (DAY, 37.1),
        (DAY + dt.timedelta(days=1), pytest.approx(38.61, abs=0.01)),
    ]
    assert data.temperature_unit is TemperatureUnit.CELSIUS
    assert data.fever_from_celsius == record.flags.settings().fever_from_celsius == 38.0
    assert [(f.symptom_key, f.day) for f in data.flagged] == [
        ("temperature", DAY + dt.timedelta(days=1))
    ]
    person = record.person.get()
    assert person is not None
    record.person.save(
        dataclasses.replace(person, temperature_unit=TemperatureUnit.FAHRENHEIT), today=TODAY
    )
    in_f = record.history.data(DAY, DAY + dt.timedelta(days=6))
    assert in_f.temperature_unit is TemperatureUnit.FAHRENHEIT
    assert [point.value for point in in_f.temperature] == [
        pytest.approx(98.78),
        pytest.approx(101.5),
    ]
    assert record.history.data(DAY, DAY, temperature=False).temperature == ()


def test_the_fever_threshold_follows_the_flag_settings(record: CareRecord) -> None:
    log(record, DayLog(DAY, temperature=38.2))
    settings = dataclasses.replace(record.flags.settings(), fever_from_celsius=38.5)
    record.flags.save_settings(settings)
    data = record.history.data(DAY, DAY)
    assert data.fever_from_celsius == 38.5
    assert data.flagged == ()  # 38.2 is below the threshold now


def test_temperatures_are_read_for_the_range_only(record: CareRecord) -> None:
    for offset in range(0, 400, 7):
        log(record, DayLog(DAY - dt.timedelta(days=offset), temperature=36.5 + offset % 3 / 10))
    statements: list[tuple[str, object]] = []

    def seen(
        _conn: object, _cursor: object, statement: str, parameters: object, *_: object
    ) -> None:
        statements.append((statement, parameters))

    event.listen(record.engine, "before_cursor_execute", seen)
    try:
        points, unit = record.history.temperatures(DAY - dt.timedelta(days=20), DAY)
    finally:
        event.remove(record.engine, "before_cursor_execute", seen)
    assert unit is TemperatureUnit.CELSIUS
    assert [point.day for point in points] == [DAY - dt.timedelta(days=d) for d in (14, 7, 0)]
    (read,) = [(sql, args) for sql, args in statements if "FROM measurement" in sql]
    sql, args = read
    assert "measurement.day >=" in sql and "measurement.day <=" in sql
    assert str(DAY) in [str(arg) for arg in args]  # type: ignore[attr-defined]


def test_all_range_starts_at_the_first_temperature_too(record: CareRecord) -> None:
    log(record, DayLog(DAY - dt.timedelta(days=30), temperature=36.9))
    log(record, DayLog(DAY, severities={"fatigue": 3}))
    assert record.history.all_range(today=TODAY) == (DAY - dt.timedelta(days=30), TODAY)
