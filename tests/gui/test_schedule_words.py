"""How a schedule reads and how typed times are understood, the same on every screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from mbc_tracker.domain.records import Route, Treatment, TreatmentCategory
from mbc_tracker.domain.schedules import Schedule, ScheduleKind
from mbc_tracker.gui.schedule_words import next_dose_text, parse_times, pattern_text

START = dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    ("typed", "times"),
    [
        ("08:00, 20:00", (dt.time(8), dt.time(20))),
        ("8 20", (dt.time(8), dt.time(20))),
        ("8.30 and 20:15", (dt.time(8, 30), dt.time(20, 15))),
        ("", ()),
    ],
)
def test_times_are_read_as_people_type_them(
    qapp: QApplication, typed: str, times: tuple[dt.time, ...]
) -> None:
    assert parse_times(typed) == times


@pytest.mark.parametrize("typed", ["25:00", "8:75", "noon", "8am"])
def test_what_is_not_a_time_is_refused_with_a_sentence(qapp: QApplication, typed: str) -> None:
    with pytest.raises(ValueError, match="08:00, 20:00"):
        parse_times(typed)


def test_each_kind_of_schedule_reads_in_plain_words(qapp: QApplication) -> None:
    morning_evening = (dt.time(20), dt.time(8))
    assert pattern_text(Schedule(ScheduleKind.DAILY, START, times=morning_evening)) == (
        "Every day at 08:00 and 20:00"
    )
    assert pattern_text(Schedule(ScheduleKind.CYCLE, START, days_on=21, days_off=7)) == (
        "21 days on, 7 days off"
    )
    assert pattern_text(Schedule(ScheduleKind.INTERVAL, START, every_days=21)) == "Every 3 weeks"
    assert pattern_text(Schedule(ScheduleKind.INTERVAL, START, every_days=10)) == "Every 10 days"
    as_needed = Schedule(
        ScheduleKind.AS_NEEDED, START, reason="nausea", minimum_gap=dt.timedelta(hours=1)
    )
    assert pattern_text(as_needed) == "As needed for nausea, at least 1 hour apart"


def test_the_next_dose_is_named_by_how_it_is_given(qapp: QApplication) -> None:
    day = dt.date(2026, 12, 8)
    injection = Treatment(TreatmentCategory.OTHER, "denosumab", START, route=Route.INJECTION)
    tablet = Treatment(TreatmentCategory.OTHER, "letrozole", START, route=Route.ORAL)
    assert next_dose_text(injection, day, dt.date(2026, 12, 1)) == (
        "Next injection: Tuesday 8 December 2026"
    )
    assert next_dose_text(tablet, day, dt.date(2026, 12, 7)) == (
        "Next dose: tomorrow, Tuesday 8 December 2026"
    )
