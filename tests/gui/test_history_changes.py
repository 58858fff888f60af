"""The History view told what changed (``record_changed``): it shows the change, reads again only
what the change touched, and waits until it is shown when it is hidden.

Changes are made through the real services on a year of the demo record, then the view is told
with the ``RecordChanges`` value the window's runner sends; the chart is the real figure, drawn
offscreen, and read through the ``HistoryChart`` object it returns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import (
    SymptomKind,
    TemperatureUnit,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.domain.schedules import DoseRecord, DoseStatus
from mbc_tracker.gui.history_view import ALL_TIME, HistoryView
from mbc_tracker.paths import DataPaths
from mbc_tracker.reports.history_chart import HistoryChart
from mbc_tracker.reports.history_data import ReliefDose, flagged_days
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.history import HistoryService
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[CareRecord]:
    """A year of the demo record: eight symptoms, weights, treatments, appointments and flags."""
    record = write_demo_record(DataPaths(tmp_path / "demo").ensure(), years=1, today=TODAY)
    yield record
    record.close()


@pytest.fixture
def shown_view(qtbot: QtBot, demo: CareRecord) -> HistoryView:
    view = HistoryView(demo, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    with qtbot.wait_signal(view.chart_drawn, timeout=10_000):
        view.show()
    return view


def tell(qtbot: QtBot, view: HistoryView, changes: RecordChanges) -> None:
    """Tell the shown view about a change and wait for its redraw."""
    with qtbot.wait_signal(view.chart_drawn, timeout=10_000):
        view.record_changed(changes)


def lane_names(chart: HistoryChart) -> list[str]:
    """The lanes' names as written beside them."""
    return [words.text for words in chart.margin_words if words.gid.startswith("lane:")]


def ring_count(view: HistoryView) -> int:
    chart = view.chart()
    assert chart is not None
    return sum(len(line.get_xdata()) for line in chart.flag_marks)


class Reads:
    """Which parts of the chart a change led the view to read again."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        self.series_read: list[list[str]] = []  # the symptoms whose series were read, per read
        tracked, read = HistoryService.tracked, HistoryService.read

        def spy_tracked(service: HistoryService) -> object:
            self.calls.append("tracked")
            return tracked(service)

        def spy_read(service: HistoryService, *args: Any, **parts: Any) -> object:
            names = (
                "logged",
                "keys",
                "weight",
                "temperature",
                "treatments",
                "appointments",
                "relief",
            )
            renamed = {"keys": "symptom_series", "weight": "weights", "temperature": "temperatures"}
            self.calls.extend(renamed.get(name, name) for name in names if parts.get(name))
            keys = parts.get("keys")
            if keys is not None:

                def recorded(logged: list[str]) -> object:
                    chosen = keys(logged)
                    if chosen:
                        self.series_read.append(list(chosen))
                    return chosen

                parts["keys"] = recorded
            return read(service, *args, **parts)

        series = HistoryService.symptom_series

        def spy_series(service: HistoryService, *args: Any, **kwargs: Any) -> object:
            self.calls.append("symptom_series")
            self.series_read.append(list(args[2]))  # first, last, keys ...
            return series(service, *args, **kwargs)

        monkeypatch.setattr(HistoryService, "tracked", spy_tracked)
        monkeypatch.setattr(HistoryService, "symptom_series", spy_series)
        monkeypatch.setattr(HistoryService, "read", spy_read)


# -- the two stale screens -----------------------------------------------------------------------


def test_a_new_weight_unit_shows_the_weight_panel_in_it(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot
) -> None:
    view = shown_view
    chart = view.chart()
    assert chart is not None
    assert chart.lane("weight").label == "Weight (kg)"
    kilograms = [point.value for point in chart.data.weight]

    person = demo.person.get()
    assert person is not None
    demo.person.save(dataclasses.replace(person, weight_unit=WeightUnit.LB), today=TODAY)
    tell(qtbot, view, RecordChanges(person=True))

    chart = view.chart()
    assert chart is not None
    assert chart.lane("weight").label == "Weight (lb)"
    assert "Weight (lb)" in lane_names(chart)
    assert chart.data.weight_unit is WeightUnit.LB
    pounds = [point.value for point in chart.data.weight]
    assert pounds == pytest.approx([kg / 0.45359237 for kg in kilograms], abs=0.01)
    weight_points = [info for info in chart.hover_points() if info.kind == "weight"]
    assert weight_points and all("lb" in info.value_text for info in weight_points)


def test_a_new_temperature_unit_shows_the_temperature_lane_in_it(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot
) -> None:
    view = shown_view
    with qtbot.wait_signal(view.chart_drawn, timeout=10_000):
        view.set_period_days(365)  # the demo takes a temperature every few weeks
    chart = view.chart()
    assert chart is not None
    assert chart.lane("temperature").label == "Temperature (°C)"
    celsius = [point.value for point in chart.data.temperature]

    person = demo.person.get()
    assert person is not None
    demo.person.save(
        dataclasses.replace(person, temperature_unit=TemperatureUnit.FAHRENHEIT), today=TODAY
    )
    tell(qtbot, view, RecordChanges(person=True))

    chart = view.chart()
    assert chart is not None
    assert "Temperature (°F)" in lane_names(chart)
    fahrenheit = [point.value for point in chart.data.temperature]
    assert fahrenheit == pytest.approx([c * 9 / 5 + 32 for c in celsius], abs=0.01)
    readings = [info for info in chart.hover_points() if info.kind == "temperature"]
    assert readings and all("°F" in info.value_text for info in readings)
    assert "Flag from 100.4 °F (adjustable)" in [e.label for e in chart.legend_entries]


def test_a_new_fever_threshold_moves_the_line(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot
) -> None:
    view = shown_view
    demo.flags.save_settings(dataclasses.replace(demo.flags.settings(), fever_from_celsius=38.5))
    tell(qtbot, view, RecordChanges(flag_settings=True))
    chart = view.chart()
    assert chart is not None and chart.data.fever_from_celsius == 38.5
    assert "Flag from 38.5 °C (adjustable)" in view.legend.labels()


def test_raised_flag_thresholds_take_away_the_rings_of_flags_that_no_longer_exist(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot
) -> None:
    view = shown_view
    redraw = qtbot.wait_signal(view.chart_drawn, timeout=10_000)
    with redraw:
        view.set_period_days(ALL_TIME)
    data = view.data()
    assert data is not None
    flagged_before, rings_before = len(data.flagged), ring_count(view)
    assert flagged_before and rings_before

    settings = demo.flags.settings()
    demo.flags.save_settings(
        dataclasses.replace(settings, mention_from_severity=10, promptly_from_severity=10)
    )
    tell(qtbot, view, RecordChanges(flag_settings=True))

    data = view.data()
    assert data is not None
    shown = {series.key for series in data.symptoms} | ({"weight"} if data.weight else set())
    shown |= {"temperature"} if data.temperature else set()
    assert data.flagged == flagged_days(demo.flags.evaluate(), data.first, data.last, shown)
    assert len(data.flagged) < flagged_before
    assert ring_count(view) < rings_before


# -- reading only what changed -------------------------------------------------------------------


def test_a_day_saved_outside_the_period_reads_no_entries(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = shown_view
    reads = Reads(monkeypatch)
    long_ago = TODAY - dt.timedelta(days=200)  # outside the 90 days shown
    demo.daylog.save_day(DayLog(day=long_ago, severities={"fatigue": 1}), today=TODAY)
    view.record_changed(RecordChanges.of_days({long_ago}, {"fatigue"}))
    qtbot.wait(50)
    assert "symptom_series" not in reads.calls and "weights" not in reads.calls
    assert "temperatures" not in reads.calls
    assert "treatments" not in reads.calls and "appointments" not in reads.calls


def test_a_day_saved_in_the_period_shows_its_value_and_reads_nothing_else(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = shown_view
    reads = Reads(monkeypatch)
    day = TODAY - dt.timedelta(days=3)
    demo.daylog.save_day(DayLog(day=day, severities={"fatigue": 10}), today=TODAY)
    tell(qtbot, view, RecordChanges.of_days({day}, {"fatigue"}))
    data = view.data()
    assert data is not None
    fatigue = next(series for series in data.symptoms if series.key == "fatigue")
    assert any(point.day == day and point.value == 10 for point in fatigue.points)
    assert reads.series_read == [["fatigue"]]  # the other symptoms' series are kept
    assert "treatments" not in reads.calls and "appointments" not in reads.calls
    assert "tracked" not in reads.calls


def test_a_new_treatment_shows_as_a_band(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = shown_view
    reads = Reads(monkeypatch)
    demo.treatments.add(
        Treatment(TreatmentCategory.RADIOTHERAPY, "Radiotherapy to the hip", TODAY),
        today=TODAY,
    )
    tell(qtbot, view, RecordChanges(treatments=True))
    data = view.data()
    assert data is not None
    assert any(band.label == "Radiotherapy to the hip" for band in data.treatments)
    assert "treatments" in reads.calls
    assert "symptom_series" not in reads.calls and "weights" not in reads.calls
    assert "temperatures" not in reads.calls


def test_a_dose_taken_with_scores_shows_in_the_relief_lane_and_reads_only_that(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = shown_view
    reads = Reads(monkeypatch)
    paracetamol = next(t for t in demo.treatments.list() if t.name == "Paracetamol")
    assert paracetamol.id is not None
    taken_at = dt.datetime.combine(TODAY, dt.time(10, 0))
    demo.medicines.record_dose(
        paracetamol.id,
        DoseRecord(
            TODAY, dt.time(10, 0), DoseStatus.TAKEN, at=taken_at, reason="pain", before=8, after=3
        ),
    )

    tell(qtbot, view, RecordChanges(doses=True))

    data = view.data()
    assert data is not None
    (series,) = data.relief
    assert series.label == "Relief after Paracetamol"
    assert series.doses[-1] == ReliefDose(taken_at, 8, 3)
    chart = view.chart()
    assert chart is not None
    assert "Relief after Paracetamol" in " ".join(lane_names(chart)).replace("\n", " ")
    assert reads.calls == ["relief"]


def test_a_new_symptom_appears_in_the_chooser(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot
) -> None:
    view = shown_view
    before = {view.symptom_list.item(row).text() for row in range(view.symptom_list.count())}
    added = demo.symptoms.add_own("Tingling toes", SymptomKind.RATED)
    view.record_changed(RecordChanges(symptoms=True))
    qtbot.wait_until(
        lambda: (
            "Tingling toes"
            in {view.symptom_list.item(row).text() for row in range(view.symptom_list.count())}
        ),
        timeout=5_000,
    )
    assert "Tingling toes" not in before and added


def test_a_hidden_view_reads_nothing_until_it_is_shown(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = shown_view
    data = view.data()
    view.hide()
    reads = Reads(monkeypatch)
    day = TODAY - dt.timedelta(days=1)
    demo.daylog.save_day(DayLog(day=day, severities={"nausea": 9}), today=TODAY)
    view.record_changed(RecordChanges.of_days({day}, {"nausea"}))
    view.record_changed(RecordChanges(appointments=True))
    qtbot.wait(50)
    assert reads.calls == [] and view.data() is data
    with qtbot.wait_signal(view.chart_drawn, timeout=10_000):
        view.show()
    assert view.data() is not data
    nausea = next(series for series in view.data().symptoms if series.key == "nausea")  # type: ignore[union-attr]
    assert any(point.day == day and point.value == 9 for point in nausea.points)


def test_everything_changed_reads_it_all_again(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = shown_view
    reads = Reads(monkeypatch)
    data = view.data()
    view.record_changed(RecordChanges.everything_changed())
    every_part = {
        "tracked",
        "symptom_series",
        "weights",
        "temperatures",
        "treatments",
        "appointments",
    }
    qtbot.wait_until(lambda: every_part <= set(reads.calls), timeout=5_000)
    # Read again, but found the same: nothing new to show or draw.
    assert view.data() is data


def test_a_period_shown_again_shows_what_changed_meanwhile(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = shown_view  # the last 90 days
    with qtbot.wait_signal(view.chart_drawn, timeout=10_000):
        view.set_period_days(30)
    day = TODAY - dt.timedelta(days=60)  # in the 90 days, not in the 30 shown
    demo.daylog.save_day(DayLog(day=day, severities={"nausea": 10}), today=TODAY)
    view.record_changed(RecordChanges.of_days({day}, {"nausea"}))
    reads = Reads(monkeypatch)
    with qtbot.wait_signal(view.chart_drawn, timeout=10_000):
        view.set_period_days(90)
    data = view.data()
    assert data is not None
    nausea = next(series for series in data.symptoms if series.key == "nausea")
    assert any(point.day == day and point.value == 10 for point in nausea.points)
    assert reads.series_read == [["nausea"]]  # the 90 days' other parts were kept
    assert "treatments" not in reads.calls and "appointments" not in reads.calls


@pytest.mark.parametrize("days", [90, 365, ALL_TIME], ids=["daily", "weekly", "all"])
def test_points_read_again_for_the_changed_days_are_those_a_full_read_gives(
    demo: CareRecord, shown_view: HistoryView, qtbot: QtBot, days: int
) -> None:
    view = shown_view
    if days != 90:
        with qtbot.wait_signal(view.chart_drawn, timeout=10_000):
            view.set_period_days(days)
    first, last = view.period()
    changed = {first, first + dt.timedelta(days=1), last - dt.timedelta(days=9), last}
    for index, day in enumerate(sorted(changed)):
        demo.daylog.save_day(
            DayLog(day=day, severities={"fatigue": index, "nausea": 10 - index}, weight=61.5),
            today=TODAY,
        )
    tell(qtbot, view, RecordChanges.of_days(changed, measurements=True))
    data = view.data()
    assert data is not None
    keys = [series.key for series in data.symptoms]
    assert data == demo.history.data(first, last, keys=keys, flags=demo.flags.evaluate())
