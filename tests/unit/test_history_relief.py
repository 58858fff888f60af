"""The relief after a medicine taken as needed, in History: a lane per medicine with a dose's
score before and after as a short vertical line, read for the range shown and no further."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event

from mbc_tracker.domain.records import Treatment, TreatmentCategory
from mbc_tracker.domain.schedules import DoseRecord, DoseStatus, Schedule, ScheduleKind
from mbc_tracker.reports.history_chart import RELIEF_KEY_LABEL, build_history_figure
from mbc_tracker.reports.history_data import ReliefDose
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 3, 10)
FIRST, LAST = dt.date(2026, 3, 1), dt.date(2026, 3, 9)


def as_needed(record: CareRecord, name: str) -> int:
    stored = record.treatments.add(
        Treatment(TreatmentCategory.OTHER, name, dt.date(2026, 1, 5)), today=TODAY
    )
    assert stored.id is not None
    record.medicines.set_schedule(
        stored.id,
        Schedule(
            ScheduleKind.AS_NEEDED,
            dt.date(2026, 1, 5),
            reason="pain",
            minimum_gap=dt.timedelta(hours=4),
        ),
    )
    return stored.id


def take(
    record: CareRecord, treatment: int, day: int, hour: int, before: int | None, after: int | None
) -> None:
    at = dt.datetime(2026, 3, day, hour, 0)
    record.medicines.record_dose(
        treatment,
        DoseRecord(
            at.date(), at.time(), DoseStatus.TAKEN, at=at, reason="pain", before=before, after=after
        ),
    )


@pytest.fixture
def paracetamol(record: CareRecord) -> int:
    treatment = as_needed(record, "Paracetamol")
    take(record, treatment, 2, 14, 6, 2)
    take(record, treatment, 2, 19, 4, 5)  # it rose
    take(record, treatment, 5, 9, 7, None)  # no score after: not charted
    take(record, treatment, 20, 9, 8, 1)  # after the range shown
    return treatment


def by_gid(chart: Any, gid: str) -> list[Any]:
    axes = chart.lanes_axes
    return [a for a in (*axes.lines, *axes.collections) if a.get_gid() == gid]


def test_each_dose_with_both_scores_in_the_range_is_read_in_one_statement(
    record: CareRecord, paracetamol: int
) -> None:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    engine = record.sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        parts = record.history.read(FIRST, LAST, tracked=[], relief=True)
    finally:
        event.remove(engine, "before_cursor_execute", count)

    assert parts.relief is not None
    (series,) = parts.relief
    assert (series.key, series.label) == (f"relief:{paracetamol}", "Relief after Paracetamol")
    assert series.doses == (
        ReliefDose(dt.datetime(2026, 3, 2, 14), 6, 2),
        ReliefDose(dt.datetime(2026, 3, 2, 19), 4, 5),
    )
    assert sum("FROM dose" in statement for statement in statements) == 1


def test_the_relief_lane_draws_each_dose_from_its_score_before_to_its_score_after(
    record: CareRecord, paracetamol: int
) -> None:
    data = record.history.data(FIRST, LAST)

    chart = build_history_figure(data)

    lane = chart.lane(f"relief:{paracetamol}")
    assert (lane.kind, lane.label) == ("relief", "Relief after Paracetamol")
    (lines,) = by_gid(chart, "relief-lines")
    heights = sorted(
        (round(float(a[1]), 6), round(float(b[1]), 6)) for a, b in lines.get_segments()
    )
    expected = sorted(
        (round(float(lane.y(before)), 6), round(float(lane.y(after)), 6))
        for before, after in ((6, 2), (4, 5))
    )
    assert heights == expected
    (fell,) = by_gid(chart, "relief-down")
    (rose,) = by_gid(chart, "relief-up")
    assert len(fell.get_xdata()) == 1 and len(rose.get_xdata()) == 1
    assert RELIEF_KEY_LABEL in [entry.label for entry in chart.legend_entries]
    words = [info.value_text for info in chart.hover_points() if info.kind == "relief"]
    assert words == ["6 before, 2 after (fell by 4)", "4 before, 5 after (rose by 1)"]


def test_no_relief_lane_without_doses_with_both_scores(record: CareRecord) -> None:
    treatment = as_needed(record, "Ibuprofen")
    take(record, treatment, 3, 10, 5, None)
    record.medicines.record_dose(
        treatment, DoseRecord(dt.date(2026, 3, 4), dt.time(10), DoseStatus.SKIPPED)
    )

    data = record.history.data(FIRST, LAST)
    chart = build_history_figure(data)

    assert data.relief == ()
    assert all(lane.kind != "relief" for lane in chart.lanes)
    assert RELIEF_KEY_LABEL not in [entry.label for entry in chart.legend_entries]
