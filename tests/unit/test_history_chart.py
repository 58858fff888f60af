"""The History figure itself, without a GUI: one lane per symptom on a shared date axis, marks,
bands, vertical lines, rings only where a day raised a flag, labels, hover, export, colours, and
the figure the History view draws (without its title and key, which it shows in Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure

from mbc_tracker.domain.dates import long_day_span
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import (
    SymptomKind,
    TemperatureUnit,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.reports import history_chart
from mbc_tracker.reports.history_chart import (
    EMPTY_TEXT,
    MAX_APPOINTMENT_LINES,
    HistoryChart,
    build_history_figure,
    date_number,
    legend_icon,
    with_years,
)
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
)
from mbc_tracker.reports.style import PRINT_COLOURS, ChartColours

FIRST = dt.date(2025, 3, 1)
LAST = dt.date(2025, 3, 30)
RATED_KEYS = ("bone_pain", "fatigue", "nausea", "headache", "breathlessness", "hot_flushes")


def rated_series(key: str, offset: int) -> SymptomSeries:
    points = tuple(
        Point(FIRST + dt.timedelta(days=day), float((day + offset) % 11), note=f"note {day}")
        for day in range(0, 30, 2)
    )
    return SymptomSeries(key, key.replace("_", " ").capitalize(), SymptomKind.RATED, points)


def make_data(
    first: dt.date = FIRST,
    last: dt.date = LAST,
    rated: tuple[str, ...] = RATED_KEYS,
    weight: bool = True,
    temperature: bool = False,
    degrees: TemperatureUnit = TemperatureUnit.CELSIUS,
) -> HistoryData:
    seizure = SymptomSeries(
        "seizure",
        "Seizure (fit)",
        SymptomKind.EVENT,
        (Point(dt.date(2025, 3, 5), 1.0), Point(dt.date(2025, 3, 20), 1.0)),
    )
    weights = tuple(
        Point(FIRST + dt.timedelta(days=day), 70.0 - day / 10) for day in range(0, 30, 7)
    )
    return HistoryData(
        first=first,
        last=last,
        aggregation=aggregation_for(first, last),
        temperature=temperatures(degrees) if temperature else (),
        temperature_unit=degrees,
        fever_from_celsius=38.0,
        symptoms=(*(rated_series(key, index) for index, key in enumerate(rated)), seizure),
        weight=weights if weight else (),
        weight_unit=WeightUnit.LB,
        treatments=(
            TreatmentBand(
                "Letrozole",
                TreatmentCategory.HORMONE_THERAPY,
                "Hormone therapy",
                dt.date(2025, 3, 4),
                dt.date(2025, 3, 18),
            ),
            TreatmentBand(
                "Palbociclib",
                TreatmentCategory.CDK46_INHIBITOR,
                "CDK4/6 inhibitor",
                dt.date(2025, 3, 10),
                None,
            ),
        ),
        appointments=(
            AppointmentMarker(dt.datetime(2025, 3, 12, 12, 0), "Oncology visit – Dr Lee"),
            AppointmentMarker(dt.datetime(2025, 3, 26, 9, 0), "CT scan"),
        ),
        flagged=(
            FlaggedDay("bone_pain", dt.date(2025, 3, 7), FlagLevel.NEXT_VISIT, "Moderate pain"),
            FlaggedDay("fatigue", dt.date(2025, 3, 9), FlagLevel.PROMPTLY, "Severe tiredness"),
            FlaggedDay("seizure", dt.date(2025, 3, 20), FlagLevel.PROMPTLY, "A seizure"),
        ),
    )


# Each day's highest temperature, in °C: one fever day (the 14th).
TEMPERATURES_C = {2: 36.8, 6: 37.0, 9: 36.6, 13: 38.4, 14: 37.4, 20: 36.9}
FEVER_DAY = FIRST + dt.timedelta(days=13)


def temperatures(degrees: TemperatureUnit = TemperatureUnit.CELSIUS) -> tuple[Point, ...]:
    def shown(celsius: float) -> float:
        return celsius if degrees is TemperatureUnit.CELSIUS else round(celsius * 9 / 5 + 32, 2)

    return tuple(
        Point(FIRST + dt.timedelta(days=day), shown(celsius))
        for day, celsius in TEMPERATURES_C.items()
    )


@pytest.fixture
def chart() -> HistoryChart:
    drawn = build_history_figure(make_data())
    FigureCanvasAgg(drawn.figure).draw()
    return drawn


def by_gid(chart: HistoryChart, prefix: str) -> list[Any]:
    return [
        artist
        for axes in chart.axes
        for artist in (*axes.lines, *axes.collections, *axes.texts)
        if (artist.get_gid() or "").startswith(prefix)
    ]


def line_points(chart: HistoryChart) -> set[tuple[float, float]]:
    """Every (x, y) the rated symptoms' lines and dots pass through."""
    points: set[tuple[float, float]] = set()
    for collection in by_gid(chart, "symptom-lines"):
        for segment in collection.get_segments():
            points |= {(round(x, 6), round(y, 6)) for x, y in segment}
    for dots in by_gid(chart, "symptom-dots"):
        points |= {
            (round(x, 6), round(y, 6))
            for x, y in zip(dots.get_xdata(), dots.get_ydata(), strict=True)
        }
    return points


def ring_points(chart: HistoryChart, level: FlagLevel) -> list[tuple[float, float]]:
    rings = [line for line in chart.flag_marks if line.get_gid() == f"flags:{level.value}"]
    return [
        (float(x), float(y))
        for ring in rings
        for x, y in zip(ring.get_xdata(), ring.get_ydata(), strict=True)
    ]


# -- the lanes ------------------------------------------------------------------------------------


def test_one_lane_per_symptom_top_to_bottom_in_one_plot_with_one_date_axis(
    chart: HistoryChart,
) -> None:
    assert [lane.key for lane in chart.lanes] == [*RATED_KEYS, "seizure", "weight"]
    assert [lane.kind for lane in chart.lanes] == ["rated"] * 6 + ["event", "weight"]
    # One axes: every lane shares its dates.
    assert chart.figure.axes == chart.axes == [chart.lanes_axes]
    for upper, lower in zip(chart.lanes, chart.lanes[1:], strict=False):
        assert upper.top < upper.bottom <= lower.top  # in order, never overlapping
    # Each is named beside it.
    names = {text.get_gid(): text.get_text() for text in by_gid(chart, "lane:")}
    assert names["lane:bone_pain"] == "Bone pain"
    assert names["lane:weight"] == "Weight (lb)"
    assert names["lane:seizure"] == "Seizure (fit)"


def test_the_lanes_fill_the_height_the_figure_gives_them() -> None:
    short = build_history_figure(make_data(), Figure(figsize=(8, 4), dpi=100), legend=False)
    tall = build_history_figure(make_data(), Figure(figsize=(8, 8), dpi=100), legend=False)
    for drawn in (short, tall):
        assert drawn.lanes_axes is not None
        plot_height = drawn.lanes_axes.get_ylim()[0]  # the axes count inches, top down
        assert drawn.lanes[-1].bottom == pytest.approx(plot_height, abs=0.01)
    short_lane, tall_lane = short.lane("fatigue"), tall.lane("fatigue")
    assert tall_lane.bottom - tall_lane.top > 2 * (short_lane.bottom - short_lane.top)


def test_a_rated_value_sits_at_its_height_in_its_lane(chart: HistoryChart) -> None:
    lane = chart.lane("fatigue")
    assert lane.y(0) == pytest.approx(lane.bottom)
    assert lane.y(10) == pytest.approx(lane.top_line)
    assert lane.top < lane.top_line < lane.bottom  # room above 10 for a ring
    fatigue = make_data().symptoms[1]
    drawn = line_points(chart)
    for point in fatigue.points:
        x, y = round(date_number(point.day), 6), float(lane.y(point.value))
        # (Within a millionth: rounding both to 6 places can fall either side of a half.)
        assert any(x == drawn_x and abs(y - drawn_y) <= 2e-6 for drawn_x, drawn_y in drawn)
    # Its base line (0) and its dotted top line (10) are drawn across the plot.
    (guides,) = by_gid(chart, "lane-guides")
    heights = {round(segment[0][1], 6) for segment in guides.get_segments()}
    assert {round(lane.bottom, 6), round(lane.top_line, 6)} <= heights


def test_events_are_marks_in_their_own_lane(chart: HistoryChart) -> None:
    (marks,) = by_gid(chart, "event-marks")
    lane = chart.lane("seizure")
    assert marks.get_linestyle() == "None"
    assert list(marks.get_xdata()) == [
        date_number(dt.date(2025, 3, 5)),
        date_number(dt.date(2025, 3, 20)),
    ]
    assert set(marks.get_ydata()) == {lane.middle}


def test_the_same_few_artists_draw_two_symptoms_or_six() -> None:
    """Lanes are collections, not an artist per symptom: a redraw costs about the same."""

    def artists(drawn: HistoryChart) -> int:
        assert drawn.lanes_axes is not None
        return len(drawn.lanes_axes.lines) + len(drawn.lanes_axes.collections)

    two = build_history_figure(make_data(rated=RATED_KEYS[:2]), legend=False, title=False)
    six = build_history_figure(make_data(), legend=False, title=False)
    assert artists(two) == artists(six)


def test_a_gap_of_weeks_breaks_the_line() -> None:
    points = (
        Point(FIRST, 3.0),
        Point(FIRST + dt.timedelta(days=1), 4.0),
        Point(FIRST + dt.timedelta(days=25), 5.0),
        Point(FIRST + dt.timedelta(days=26), 6.0),
    )
    data = dataclasses.replace(
        make_data(weight=False),
        symptoms=(SymptomSeries("bone_pain", "Bone pain", SymptomKind.RATED, points),),
        flagged=(),
    )
    drawn = build_history_figure(data)
    (lines,) = by_gid(drawn, "symptom-lines")
    assert [len(segment) for segment in lines.get_segments()] == [2, 2]


def test_a_lane_with_nothing_in_the_period_says_so_and_stays_thin() -> None:
    data = make_data()
    empty = SymptomSeries("jaundice", "Yellow skin (jaundice)", SymptomKind.EVENT, ())
    drawn = build_history_figure(dataclasses.replace(data, symptoms=(*data.symptoms, empty)))
    lane = drawn.lane("jaundice")
    assert lane.bottom - lane.top < drawn.lane("seizure").bottom - drawn.lane("seizure").top
    (note,) = by_gid(drawn, "empty-lane")
    assert note.get_text() == "Not marked as happening in this period"


def test_a_long_symptom_name_wraps_or_is_cut_beside_its_lane() -> None:
    data = make_data()
    long_name = dataclasses.replace(data.symptoms[0], label="Headache or pressure in the head")
    alone = dataclasses.replace(data, symptoms=(long_name, data.symptoms[-1]))
    roomy = build_history_figure(alone, Figure(figsize=(10, 6), dpi=100))
    (name,) = by_gid(roomy, "lane:bone_pain")
    assert name.get_text() == "Headache or pressure\nin the head"
    crowded = dataclasses.replace(data, symptoms=(long_name, *data.symptoms[1:]))
    small = build_history_figure(crowded, Figure(figsize=(6, 3), dpi=100), legend=False)
    (name,) = by_gid(small, "lane:bone_pain")
    assert name.get_text() == "Headache or…"


# -- treatments and appointments across the lanes -------------------------------------------------


def test_treatment_bands_span_their_dates_and_are_shaded_across_the_lanes(
    chart: HistoryChart,
) -> None:
    (letrozole,) = by_gid(chart, "treatments:hormone_therapy")
    assert isinstance(letrozole, PolyCollection)
    vertices = letrozole.get_paths()[0].vertices
    assert vertices[:, 0].min() == pytest.approx(date_number(dt.date(2025, 3, 4)))
    assert vertices[:, 0].max() == pytest.approx(date_number(dt.date(2025, 3, 18)))
    (ongoing,) = by_gid(chart, "treatments:cdk46_inhibitor")
    assert ongoing.get_paths()[0].vertices[:, 0].max() >= date_number(LAST)
    assert letrozole.get_hatch() != ongoing.get_hatch()
    # The two overlap, so they sit in two rows above the lanes, each named.
    assert chart._band_rows == [0, 1]
    texts = {text.get_text() for text in chart.lanes_axes.texts}  # type: ignore[union-attr]
    assert {"Letrozole", "Palbociclib", "Treatments"} <= texts
    # Shaded down across every lane while they last, and a line where each began.
    (shading,) = by_gid(chart, "treatment-shading")
    first_lane, last_lane = chart.lanes[0], chart.lanes[-1]
    for path in shading.get_paths():
        ys = path.vertices[:, 1]
        assert ys.min() <= first_lane.top and ys.max() >= last_lane.bottom
    (starts,) = by_gid(chart, "treatment-starts")
    assert sorted(segment[0][0] for segment in starts.get_segments()) == [
        date_number(dt.date(2025, 3, 4)),
        date_number(dt.date(2025, 3, 10)),
    ]
    assert all(segment[1][1] >= last_lane.bottom for segment in starts.get_segments())


def test_appointments_are_diamonds_in_their_row_and_dashed_lines_across_the_lanes(
    chart: HistoryChart,
) -> None:
    (lines,) = by_gid(chart, "appointments")
    assert isinstance(lines, LineCollection)
    xs = sorted(segment[0][0] for segment in lines.get_segments())
    assert xs == pytest.approx(
        [date_number(dt.date(2025, 3, 12)) + 0.5, date_number(dt.date(2025, 3, 26)) + 9 / 24]
    )
    for segment in lines.get_segments():
        assert segment[0][1] < chart.lanes[0].top and segment[1][1] >= chart.lanes[-1].bottom
    (diamonds,) = by_gid(chart, "appointment-marks")
    assert len(diamonds.get_xdata()) == 2


def test_too_many_appointments_for_lines_keep_their_diamonds_and_the_key_says_so() -> None:
    first = dt.date(2020, 1, 1)
    data = dataclasses.replace(
        make_data(first=first, last=dt.date(2024, 12, 31)),
        appointments=tuple(
            AppointmentMarker(dt.datetime(2020, 1, 6, 9) + dt.timedelta(weeks=week), "Infusion")
            for week in range(MAX_APPOINTMENT_LINES + 1)
        ),
    )
    drawn = build_history_figure(data)
    assert by_gid(drawn, "appointments") == []
    (diamonds,) = by_gid(drawn, "appointment-marks")
    assert len(diamonds.get_xdata()) == MAX_APPOINTMENT_LINES + 1
    entry = next(entry for entry in drawn.legend_entries if entry.label == "Appointment")
    assert "too many" in entry.description and "dashed" not in entry.description


# -- rings only where a day raised a flag ---------------------------------------------------------


def test_a_ring_only_on_the_days_that_raised_a_flag(chart: HistoryChart) -> None:
    bone_pain, fatigue = chart.lane("bone_pain"), chart.lane("fatigue")
    values = {s.key: {p.day: p.value for p in s.points} for s in make_data().symptoms}
    next_visit = dt.date(2025, 3, 7)
    assert ring_points(chart, FlagLevel.NEXT_VISIT) == [
        (
            date_number(next_visit),
            pytest.approx(float(bone_pain.y(values["bone_pain"][next_visit]))),
        )
    ]
    promptly = ring_points(chart, FlagLevel.PROMPTLY)
    day = dt.date(2025, 3, 9)
    assert (date_number(day), pytest.approx(float(fatigue.y(values["fatigue"][day])))) in promptly
    assert (date_number(dt.date(2025, 3, 20)), chart.lane("seizure").middle) in promptly
    assert len(promptly) == 2  # nothing else: not the other days of the same symptoms
    shapes = {line.get_gid(): line.get_marker() for line in chart.flag_marks}
    assert shapes["flags:promptly"] != shapes["flags:next_visit"]
    assert chart.legend_note == (
        "Each day shows its highest entry. A ring: that day itself raised a flag."
    )


def test_in_weekly_points_a_ring_means_a_day_in_that_week_raised_a_flag() -> None:
    """One meaning at every period: both levels ring, on the week holding the flagged day."""
    first = dt.date(2025, 1, 6)  # a Monday
    weeks = tuple(
        Point(first + dt.timedelta(weeks=week), 2.0 + week % 3, count=7, highest=6.0)
        for week in range(20)
    )
    flagged_monday = first + dt.timedelta(weeks=3)
    data = HistoryData(
        first,
        first + dt.timedelta(days=300),
        Aggregation.WEEK,
        (SymptomSeries("bone_pain", "Bone pain", SymptomKind.RATED, weeks),),
        (),
        WeightUnit.KG,
        (),
        (),
        (
            FlaggedDay(
                "bone_pain", flagged_monday + dt.timedelta(days=3), FlagLevel.NEXT_VISIT, "x"
            ),
            FlaggedDay(
                "bone_pain",
                first + dt.timedelta(weeks=9, days=6),
                FlagLevel.PROMPTLY,
                "y",
            ),
        ),
    )
    drawn = build_history_figure(data)
    lane = drawn.lane("bone_pain")
    assert [x for x, _ in ring_points(drawn, FlagLevel.NEXT_VISIT)] == [date_number(flagged_monday)]
    assert [x for x, _ in ring_points(drawn, FlagLevel.PROMPTLY)] == [
        date_number(first + dt.timedelta(weeks=9))
    ]
    assert ring_points(drawn, FlagLevel.NEXT_VISIT)[0][1] == pytest.approx(
        float(lane.y(weeks[3].value))
    )
    assert drawn.legend_note == (
        "Each day shows its highest entry. A ring: a day in that week itself raised a flag."
    )
    labels = [entry.label for entry in drawn.legend_entries]
    assert "Flag: contact promptly" in labels and "Flag: mention next visit" in labels


# -- title, weight, empty ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "label"),
    [(30, "Daily values"), (365, "Weekly averages"), (3653, "Monthly averages")],
)
def test_the_grouping_is_named_on_the_chart(days: int, label: str) -> None:
    first = dt.date(2015, 1, 1)
    data = make_data(first=first, last=first + dt.timedelta(days=days - 1))
    drawn = build_history_figure(data)
    assert drawn.aggregation_label == label
    title = drawn.figure.get_suptitle()
    assert title == f"From {long_day_span(data.first, data.last)} · {label}"


def test_the_weight_lane_has_its_unit_and_its_range_and_only_appears_with_weights() -> None:
    drawn = build_history_figure(make_data())
    lane = drawn.lane("weight")
    assert lane.label == "Weight (lb)"
    values = [point.value for point in make_data().weight]
    assert lane.low <= min(values) and max(values) <= lane.high
    assert lane.high - lane.low >= history_chart.MIN_WEIGHT_SPAN
    (line,) = by_gid(drawn, "weight")
    assert list(line.get_ydata()) == pytest.approx([float(lane.y(value)) for value in values])
    texts = {text.get_text() for text in drawn.lanes_axes.texts}  # type: ignore[union-attr]
    assert {f"{lane.low:g}", f"{lane.high:g}"} <= texts
    without = build_history_figure(make_data(weight=False))
    assert "weight" not in [lane.key for lane in without.lanes]


def test_an_empty_period_says_so_calmly() -> None:
    data = HistoryData(FIRST, LAST, Aggregation.DAY, (), (), WeightUnit.KG, (), (), ())
    drawn = build_history_figure(data)
    assert EMPTY_TEXT in [text.get_text() for text in drawn.figure.texts]
    assert drawn.figure.axes == []
    assert drawn.hover_points() == []
    assert drawn.hit_test(10, 10) is None


# -- hover ----------------------------------------------------------------------------------------


def test_hit_test_finds_a_point_near_its_pixel_with_its_note(chart: HistoryChart) -> None:
    lane = chart.lane("fatigue")
    axes = chart.lanes_axes
    assert axes is not None
    day = FIRST + dt.timedelta(days=4)
    value = next(p.value for p in make_data().symptoms[1].points if p.day == day)
    pixel_x, pixel_y = axes.transData.transform((date_number(day), float(lane.y(value))))
    info = chart.hit_test(pixel_x + 3, pixel_y - 3)
    assert info is not None
    assert (info.day, info.series, info.note) == (day, "Fatigue", "note 4")
    assert info.value_text == f"{value:g} of 10"
    assert chart.hit_test(pixel_x + 300, pixel_y + 300, tolerance=2) is None


def test_hit_test_gives_a_flagged_points_reason(chart: HistoryChart) -> None:
    axes = chart.lanes_axes
    assert axes is not None
    x, y = ring_points(chart, FlagLevel.PROMPTLY)[0]
    info = chart.hit_test(*axes.transData.transform((x, y)))
    assert info is not None
    assert info.reason == "Severe tiredness"
    assert info.level is FlagLevel.PROMPTLY
    assert "Severe tiredness" in info.describe()


def test_hover_points_are_in_date_order_and_include_weights_and_appointments(
    chart: HistoryChart,
) -> None:
    points = chart.hover_points()
    assert [point.day for point in points] == sorted(point.day for point in points)
    kinds = {point.kind for point in points}
    assert kinds == {"rated", "event", "weight", "appointment", "treatment"}
    weights = [point for point in points if point.kind == "weight"]
    assert weights[0].value_text == "70 lb"


def test_weekly_points_describe_their_average() -> None:
    points = (Point(dt.date(2025, 3, 3), 4.5, count=4, highest=7.0),)
    data = HistoryData(
        dt.date(2024, 6, 1),
        dt.date(2025, 5, 31),
        Aggregation.WEEK,
        (SymptomSeries("bone_pain", "Bone pain", SymptomKind.RATED, points),),
        (),
        WeightUnit.KG,
        (),
        (),
        (),
    )
    (info,) = build_history_figure(data).hover_points()
    assert info.value_text == "average 4.5 of 10 (highest 7, 4 days)"
    assert info.when_text == "Week from 3 March 2025"


def test_the_hover_words_are_only_worked_out_when_first_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def not_now(*_args: object) -> None:
        raise AssertionError("the flags' reasons were worked out while drawing")

    monkeypatch.setattr(history_chart, "_flag_lookup", not_now)
    drawn = build_history_figure(make_data(), legend=False, title=False)
    FigureCanvasAgg(drawn.figure).draw()
    assert len(drawn.flag_marks) == 2  # the rings need only the levels
    monkeypatch.undo()
    reasons = {point.reason for point in drawn.hover_points()}
    assert {"Moderate pain", "Severe tiredness", "A seizure"} <= reasons


# -- a reused figure, export --------------------------------------------------------------------


def test_a_figure_is_reused_and_saved_as_png_and_svg() -> None:
    figure = Figure(figsize=(10, 6), dpi=100)
    first = build_history_figure(make_data(), figure)
    second = build_history_figure(make_data(rated=RATED_KEYS[:2]), figure)
    assert second.figure is first.figure is figure
    assert second.lanes_axes is first.lanes_axes
    assert [lane.key for lane in second.lanes] == [*RATED_KEYS[:2], "seizure", "weight"]
    for kind, magic in (("png", b"\x89PNG"), ("svg", b"<?xml")):
        buffer = io.BytesIO()
        figure.savefig(buffer, format=kind)
        assert buffer.getvalue().startswith(magic)


def test_a_reused_figure_follows_each_new_layout() -> None:
    figure = Figure(figsize=(10, 6), dpi=100)
    canvas = FigureCanvasAgg(figure)
    full = build_history_figure(make_data(), figure)
    canvas.draw()
    assert len(figure.axes) == 1 and len(figure.legends) == 1
    no_weight = build_history_figure(make_data(weight=False), figure)
    canvas.draw()
    assert no_weight.lanes_axes is full.lanes_axes  # reused, not rebuilt
    assert "weight" not in [lane.key for lane in no_weight.lanes]
    assert by_gid(no_weight, "weight") == []
    empty = HistoryData(FIRST, LAST, Aggregation.DAY, (), (), WeightUnit.KG, (), (), ())
    build_history_figure(empty, figure)
    assert figure.axes == [] and figure.legends == []
    again = build_history_figure(make_data(), figure)
    canvas.draw()
    assert len(figure.axes) == 1 and len(figure.legends) == 1
    assert len(again.lanes) == len(RATED_KEYS) + 2


def test_a_reused_figure_scales_weight_to_the_new_data() -> None:
    figure = Figure(figsize=(10, 6), dpi=100)
    steady = make_data()
    build_history_figure(steady, figure, legend=False, title=False)
    heavier = dataclasses.replace(
        steady,
        weight=tuple(
            Point(point.day, point.value + 30 + index * 2)
            for index, point in enumerate(steady.weight)
        ),
    )
    drawn = build_history_figure(heavier, figure, legend=False, title=False)
    lane = drawn.lane("weight")
    values = [point.value for point in heavier.weight]
    assert lane.low <= min(values) and max(values) <= lane.high


# -- the figure the History view draws: no title, no key -------------------------------------------


def legend_labels(figure: Figure) -> list[str]:
    (legend,) = figure.legends
    return [text.get_text().replace("\n", " ") for text in legend.get_texts()]


def test_the_view_gets_the_plot_alone_and_the_words_for_its_own_title_and_key() -> None:
    figure = Figure(figsize=(10, 6), dpi=100)
    full = build_history_figure(make_data(), figure)
    FigureCanvasAgg(figure).draw()
    in_figure = legend_labels(figure)
    (legend,) = figure.legends
    assert legend.get_title().get_text() == full.legend_note  # what a ring means
    full_height = full.lanes[-1].bottom - full.lanes[0].top

    bare = build_history_figure(make_data(), figure, legend=False, title=False)
    FigureCanvasAgg(figure).draw()
    assert figure.legends == [] and figure.texts == []
    assert figure.get_suptitle() == ""
    assert bare.title == full.title == figure_title_of(make_data())
    # The same entries, in the same order, as the key in the figure had.
    assert [entry.label for entry in bare.legend_entries] == in_figure
    # The room the key and the title took goes to the lanes.
    assert bare.lanes[-1].bottom - bare.lanes[0].top > full_height + 0.5

    # And back: a saved picture has both again.
    build_history_figure(make_data(), figure)
    assert len(figure.legends) == 1 and full.title in figure.get_suptitle()


def figure_title_of(data: HistoryData) -> str:
    return f"From 1 March to 30 March 2025 · {history_chart.AGGREGATION_LABELS[data.aggregation]}"


def test_the_key_explains_the_lanes_the_marks_and_every_kind_of_vertical_line(
    chart: HistoryChart,
) -> None:
    entries = {entry.label: entry for entry in chart.legend_entries}
    assert list(entries) == [
        "Symptom, 0 to 10",
        "Event: a day it happened",
        "Treatment began",
        "Appointment",
        "Flag: contact promptly",
        "Flag: mention next visit",
    ]
    assert "base line is 0" in entries["Symptom, 0 to 10"].description
    assert entries["Event: a day it happened"].marker == "v"
    # The two kinds of vertical line, each said in words.
    assert "vertical line" in entries["Treatment began"].description
    assert "dashed vertical line" in entries["Appointment"].description
    # The rings: a shape each, in words too.
    assert entries["Flag: contact promptly"].description.startswith("vermillion hollow triangle")
    assert entries["Flag: mention next visit"].description.startswith("grey hollow circle")
    monthly = build_history_figure(make_data(first=dt.date(2015, 1, 1), last=LAST))
    assert monthly.legend_entries[0].label == "Symptom (monthly average)"


def test_a_legend_icon_is_the_mark_as_the_chart_draws_it(chart: HistoryChart) -> None:
    entries = {entry.label: entry for entry in chart.legend_entries}
    pixels = legend_icon(entries["Symptom, 0 to 10"], 34, 18, scale=2.0)
    assert pixels.shape == (36, 68, 4)
    assert pixels[..., 3].max() == 255  # something opaque is drawn
    assert pixels[0, 0, 3] == 0  # on a transparent ground
    opaque = pixels[pixels[..., 3] == 255][:, :3]
    assert any(tuple(colour) == (0x00, 0x72, 0xB2) for colour in opaque)  # the lanes' blue
    ring = legend_icon(entries["Flag: contact promptly"], 34, 18)
    assert ring.shape == (18, 34, 4)
    assert ring[9, 0, 3] == 0  # no line through a ring's entry, only the ring
    assert not (ring == legend_icon(entries["Flag: mention next visit"], 34, 18)).all()


# -- colours ------------------------------------------------------------------------------------

DARK = ChartColours(
    paper="#1e1e1e",
    text="#e6e6e6",
    muted="#a0a0a0",
    grid="#4a4a4a",
    line="#56b4e9",
    event="#e6e6e6",
    weight="#cccccc",
    temperature="#1fd1a0",
    appointment="#9a9a9a",
    promptly="#ff8a3d",
    next_visit="#b0b0b0",
    band_edge="#888888",
    mark_edge="#1e1e1e",
)


def hex_of(colour: Any) -> str:
    from matplotlib.colors import to_hex

    return str(to_hex(colour))


def test_the_chart_is_drawn_in_the_colours_it_is_given() -> None:
    drawn = build_history_figure(make_data(), legend=False, title=False, colours=DARK)
    FigureCanvasAgg(drawn.figure).draw()
    assert hex_of(drawn.figure.get_facecolor()) == DARK.paper
    (lines,) = by_gid(drawn, "symptom-lines")
    assert hex_of(lines.get_colors()[0]) == DARK.line
    names = by_gid(drawn, "lane:")
    assert {hex_of(name.get_color()) for name in names} == {DARK.text}
    assert drawn.lanes_axes is not None
    tick_colours = {hex_of(label.get_color()) for label in drawn.lanes_axes.get_xticklabels()}
    assert tick_colours == {DARK.text}
    promptly = next(line for line in drawn.flag_marks if line.get_gid() == "flags:promptly")
    assert hex_of(promptly.get_markeredgecolor()) == DARK.promptly
    assert {entry.colour for entry in drawn.legend_entries} <= {
        DARK.line,
        DARK.event,
        DARK.band_edge,
        DARK.appointment,
        DARK.promptly,
        DARK.next_visit,
    }
    # Drawn again on the same figure for print: white, with the print colours.
    again = build_history_figure(make_data(), drawn.figure)
    FigureCanvasAgg(again.figure).draw()
    assert hex_of(again.figure.get_facecolor()) == PRINT_COLOURS.paper.lower()
    assert again.lanes_axes is not None
    assert {hex_of(label.get_color()) for label in again.lanes_axes.get_xticklabels()} == {
        PRINT_COLOURS.text.lower()
    }


def test_the_dark_chart_draws_light_marks_on_a_dark_ground() -> None:
    drawn = build_history_figure(make_data(), legend=False, title=False, colours=DARK)
    canvas = FigureCanvasAgg(drawn.figure)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())[..., :3].astype(int)
    brightness = pixels.sum(axis=2) / 3
    assert np.median(brightness) < 60  # mostly the dark paper
    assert brightness.max() > 180  # light lines and words on it


# -- dates ----------------------------------------------------------------------------------------


def test_the_year_is_under_the_first_date_and_where_a_new_year_begins() -> None:
    ticks = [date_number(day) for day in (dt.date(2025, 11, 1), dt.date(2025, 12, 1))]
    ticks += [date_number(dt.date(2026, 1, 1)), date_number(dt.date(2026, 2, 1))]
    assert with_years(ticks, ["Nov", "Dec", "2026", "Feb"]) == ["Nov\n2025", "Dec", "2026", "Feb"]
    days = [date_number(day) for day in (dt.date(2026, 12, 15), dt.date(2027, 1, 15))]
    assert with_years(days, ["15", "15"]) == ["15\n2026", "15\n2027"]


@pytest.mark.parametrize("days", [30, 90, 365, 3653])
def test_the_chart_names_the_year_under_its_dates_at_every_period(days: int) -> None:
    first = LAST - dt.timedelta(days=days - 1)
    drawn = build_history_figure(make_data(first=first), legend=False, title=False)
    FigureCanvasAgg(drawn.figure).draw()
    assert drawn.lanes_axes is not None
    labels = [label.get_text() for label in drawn.lanes_axes.get_xticklabels()]
    assert str(first.year) in labels[0] or str(first.year + 1) in labels[0]
    assert drawn.lanes_axes.xaxis.get_offset_text().get_text() == ""


# -- treatments on hover --------------------------------------------------------------------------


def band_pixel(chart: HistoryChart, day: dt.date, row: int) -> tuple[float, float]:
    assert chart.lanes_axes is not None
    row_height = history_chart._TREATMENT_ROW_INCHES
    y = chart._treatment_top + (row + 0.5) * row_height
    x, y = chart.lanes_axes.transData.transform((date_number(day), y))
    return float(x), float(y)


def test_pointing_at_a_treatment_band_names_it_with_its_dates(chart: HistoryChart) -> None:
    letrozole = chart.hit_test(*band_pixel(chart, dt.date(2025, 3, 15), 0))
    assert letrozole is not None
    assert (letrozole.series, letrozole.kind) == ("Letrozole", "treatment")
    assert letrozole.when_text == "From 4 March 2025"
    assert letrozole.value_text == "Hormone therapy, until 18 March 2025"
    ongoing = chart.hit_test(*band_pixel(chart, dt.date(2025, 3, 25), 1))
    assert ongoing is not None and ongoing.series == "Palbociclib"
    assert ongoing.value_text == "CDK4/6 inhibitor, ongoing"
    # Stepping with the arrow keys reaches them too, on the day each began.
    steps = [point.series for point in chart.hover_points() if point.kind == "treatment"]
    assert steps == ["Letrozole", "Palbociclib"]


def long_treatment_data(days: int) -> HistoryData:
    """Ten years, with a radiotherapy of ``days`` days named at length."""
    first = dt.date(2015, 1, 1)
    data = make_data(first=first, last=dt.date(2024, 12, 31))
    radiotherapy = TreatmentBand(
        "Radiotherapy to the right hip, 5 sessions",
        TreatmentCategory.RADIOTHERAPY,
        "Radiotherapy",
        dt.date(2018, 9, 10),
        dt.date(2018, 9, 10) + dt.timedelta(days=days - 1),
    )
    return dataclasses.replace(data, treatments=(*data.treatments, radiotherapy))


def test_a_long_name_on_a_short_band_is_cut_to_its_first_words() -> None:
    short = build_history_figure(long_treatment_data(5))
    assert short.lanes_axes is not None
    names = {text.get_text() for text in short.lanes_axes.texts}
    assert "Radiotherapy…" in names
    # The whole name is a pointer away: a five-day band is a sliver, found within a few pixels.
    x, y = band_pixel(short, dt.date(2018, 9, 12), short._band_rows[-1])
    info = short.hit_test(x + 5, y)
    assert info is not None and info.series == "Radiotherapy to the right hip, 5 sessions"

    long = build_history_figure(long_treatment_data(6 * 365))
    assert long.lanes_axes is not None
    names = {text.get_text() for text in long.lanes_axes.texts}
    assert "Radiotherapy to the right hip, 5 sessions" in names


def test_band_names_stay_inside_the_plot_and_apart(chart: HistoryChart) -> None:
    axes = chart.lanes_axes
    assert axes is not None
    renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    plot = axes.get_window_extent(renderer)
    names = [
        text
        for text in axes.texts
        if text.get_text() in {band.label for band in chart.data.treatments}
    ]
    assert len(names) == 2
    boxes = [text.get_window_extent(renderer) for text in names]
    for box in boxes:
        assert plot.x0 - 1 <= box.x0 and box.x1 <= plot.x1 + 1
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            assert not box.overlaps(other)


def test_the_names_beside_the_lanes_stay_inside_the_figure(chart: HistoryChart) -> None:
    renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    for name in [*by_gid(chart, "lane:"), *by_gid(chart, "treatments-label")]:
        box = name.get_window_extent(renderer)
        assert box.x0 >= 0, name.get_text()


@pytest.mark.parametrize("aggregation", list(Aggregation))
def test_the_rings_grouping_by_numbers_agrees_with_the_calendar(aggregation: Aggregation) -> None:
    """Rings are grouped by month numbers and week ordinals for speed: the same groups, and the
    same most urgent level, as the calendar's weeks and months give."""
    import random

    from mbc_tracker.reports.history_data import group_start

    chance = random.Random(12)
    days = sorted(
        dt.date(2016, 1, 1) + dt.timedelta(days=chance.randrange(3650)) for _ in range(600)
    )
    flagged = tuple(
        FlaggedDay(
            chance.choice(("bone_pain", "fatigue", "weight")),
            day,
            chance.choice((FlagLevel.PROMPTLY, FlagLevel.NEXT_VISIT)),
            "",
        )
        for day in days
    )
    expected: dict[tuple[str, dt.date], FlagLevel] = {}
    for flag in flagged:
        key = (flag.symptom_key, group_start(flag.day, aggregation))
        if expected.get(key) is not FlagLevel.PROMPTLY:
            expected[key] = flag.level
    assert history_chart._ring_levels(flagged, aggregation) == expected


@pytest.mark.parametrize("days", [30, 365, 3653])
def test_no_key_is_longer_than_the_fullest_key_the_view_keeps_room_for(days: int) -> None:
    """The view keeps the key's height for ``fullest_key``: every key the chart makes must fit
    in it, entry by entry and note, or the chart would be laid out twice on a period change."""
    first = LAST - dt.timedelta(days=days - 1)
    data = dataclasses.replace(
        make_data(first=first, temperature=True, degrees=TemperatureUnit.FAHRENHEIT),
        flagged=(
            FlaggedDay("bone_pain", dt.date(2025, 3, 7), FlagLevel.NEXT_VISIT, ""),
            FlaggedDay("fatigue", dt.date(2025, 3, 9), FlagLevel.PROMPTLY, ""),
        ),
        relief=(
            ReliefSeries(
                "relief:1",
                "Paracetamol",
                (ReliefDose(dt.datetime.combine(LAST, dt.time(14)), 6, 2),),
            ),
        ),
    )
    drawn = build_history_figure(data, legend=False, title=False)
    labels, note = history_chart.fullest_key()
    assert len(drawn.legend_entries) == len(labels)
    for entry, reserved in zip(drawn.legend_entries, labels, strict=True):
        assert len(entry.label) <= len(reserved), entry.label
    assert len(drawn.legend_note) <= len(note)
    if days > 731:
        assert [entry.label for entry in drawn.legend_entries] == list(labels)


# -- temperature --------------------------------------------------------------------------------


def test_the_temperature_lane_comes_after_the_weight_with_its_unit_and_range() -> None:
    data = make_data(temperature=True)
    drawn = build_history_figure(data)
    assert [lane.key for lane in drawn.lanes][-2:] == ["weight", "temperature"]
    lane = drawn.lane("temperature")
    assert (lane.label, lane.kind) == ("Temperature (°C)", "temperature")
    values = [point.value for point in data.temperature]
    # Whole numbers around the values and the threshold, with room above the threshold.
    assert (lane.low, lane.high) == (36.0, 39.0)
    assert lane.high - lane.low >= history_chart.MIN_TEMPERATURE_SPAN[TemperatureUnit.CELSIUS]
    (line,) = by_gid(drawn, "temperature")
    assert list(line.get_ydata()) == pytest.approx([float(lane.y(value)) for value in values])
    assert hex_of(line.get_color()) == PRINT_COLOURS.temperature.lower()
    texts = {text.get_text() for text in drawn.lanes_axes.texts}  # type: ignore[union-attr]
    assert {"36", "39", "Temperature (°C)"} <= texts


def test_the_fever_threshold_is_a_dashed_line_across_the_lane_named_in_the_key() -> None:
    drawn = build_history_figure(make_data(temperature=True))
    lane = drawn.lane("temperature")
    (threshold,) = by_gid(drawn, "fever-threshold")
    assert list(threshold.get_ydata()) == pytest.approx([float(lane.y(38.0))] * 2)
    assert lane.top_line < float(lane.y(38.0)) < lane.bottom  # inside, not on a guide line
    assert threshold.get_linestyle() == "--"
    assert tuple(threshold.get_xdata()) == drawn.lanes_axes.get_xlim()  # type: ignore[union-attr]
    labels = [entry.label for entry in drawn.legend_entries]
    assert "Flag from 38.0 °C (adjustable)" in labels
    legend = drawn.figure.legends[0]
    assert any("Flag from 38.0" in text.get_text() for text in legend.get_texts())


def test_the_threshold_is_always_in_the_range_even_when_every_day_was_normal() -> None:
    normal = tuple(
        Point(FIRST + dt.timedelta(days=day), 36.5 + day / 100) for day in range(0, 30, 3)
    )
    data = dataclasses.replace(make_data(temperature=True), temperature=normal)
    lane = build_history_figure(data).lane("temperature")
    assert lane.low <= 36.5 and lane.high > 38.0
    cold = dataclasses.replace(data, fever_from_celsius=39.5)
    assert build_history_figure(cold).lane("temperature").high >= 40


def test_the_temperature_lane_in_fahrenheit() -> None:
    data = make_data(temperature=True, degrees=TemperatureUnit.FAHRENHEIT)
    drawn = build_history_figure(data)
    lane = drawn.lane("temperature")
    assert lane.label == "Temperature (°F)"
    assert lane.low <= min(point.value for point in data.temperature)
    assert lane.high > 100.4 and lane.high - lane.low >= 4
    (threshold,) = by_gid(drawn, "fever-threshold")
    assert threshold.get_ydata()[0] == pytest.approx(float(lane.y(100.4)))
    assert "Flag from 100.4 °F (adjustable)" in [e.label for e in drawn.legend_entries]
    fever = next(p for p in drawn.hover_points() if p.kind == "temperature" and p.day == FEVER_DAY)
    assert fever.value_text == "101.1 °F"


def test_a_fever_day_is_ringed_on_the_temperature_lane() -> None:
    data = dataclasses.replace(
        make_data(temperature=True),
        flagged=(FlaggedDay("temperature", FEVER_DAY, FlagLevel.PROMPTLY, "Temperature at 38.4"),),
    )
    drawn = build_history_figure(data)
    lane = drawn.lane("temperature")
    assert ring_points(drawn, FlagLevel.PROMPTLY) == [
        (date_number(FEVER_DAY), pytest.approx(float(lane.y(38.4))))
    ]
    assert "Flag: contact promptly" in [entry.label for entry in drawn.legend_entries]
    info = next(p for p in drawn.hover_points() if p.kind == "temperature" and p.day == FEVER_DAY)
    assert info.reason == "Temperature at 38.4" and info.level is FlagLevel.PROMPTLY


def test_a_fever_week_is_ringed_and_its_highest_day_is_said_on_hover() -> None:
    first = dt.date(2024, 6, 3)  # a Monday; a year: weekly points
    monday = dt.date(2025, 3, 10)
    week = Point(monday, 37.2, count=3, highest=38.6)
    data = HistoryData(
        first,
        first + dt.timedelta(days=364),
        Aggregation.WEEK,
        (),
        (),
        WeightUnit.KG,
        (),
        (),
        (FlaggedDay("temperature", monday + dt.timedelta(days=2), FlagLevel.PROMPTLY, "Fever"),),
        temperature=(Point(dt.date(2025, 1, 6), 36.8, count=2, highest=37.0), week),
        fever_from_celsius=38.0,
    )
    drawn = build_history_figure(data)
    lane = drawn.lane("temperature")
    assert ring_points(drawn, FlagLevel.PROMPTLY) == [
        (date_number(monday), pytest.approx(float(lane.y(37.2))))
    ]
    info = next(p for p in drawn.hover_points() if p.day == monday)
    assert (info.series, info.value_text) == (
        "Temperature",
        "average 37.2 °C (highest 38.6, 3 days)",
    )
    # Points far apart (no neighbour to join) still show, each as a dot.
    (line,) = by_gid(drawn, "temperature")
    assert line.get_marker() == "o" and list(line.get_markevery()) == [0, 2]


def test_hovering_a_temperature_says_it_with_its_tenth(chart: HistoryChart) -> None:
    drawn = build_history_figure(make_data(temperature=True))
    readings = [point for point in drawn.hover_points() if point.kind == "temperature"]
    assert [point.day for point in readings] == [point.day for point in temperatures()]
    first, fever = readings[0], next(p for p in readings if p.day == FEVER_DAY)
    assert (first.series, first.value_text) == ("Temperature", "36.8 °C")
    assert fever.describe().splitlines()[1] == "Temperature: 38.4 °C"
    assert drawn.lanes_axes is not None
    pixel = drawn.lanes_axes.transData.transform((fever.x, fever.y))
    assert drawn.hit_test(*pixel) == fever


def test_without_temperatures_there_is_no_temperature_lane_line_or_key_entry() -> None:
    drawn = build_history_figure(make_data())
    assert "temperature" not in [lane.key for lane in drawn.lanes]
    assert by_gid(drawn, "temperature") == [] and by_gid(drawn, "fever-threshold") == []
    assert not any("adjustable" in entry.label for entry in drawn.legend_entries)
    # Temperatures alone are something to show.
    only = dataclasses.replace(make_data(rated=(), temperature=True), symptoms=(), weight=())
    assert not only.is_empty
    assert [lane.key for lane in build_history_figure(only).lanes] == ["temperature"]


def test_the_temperature_lane_is_drawn_in_the_colours_it_is_given() -> None:
    drawn = build_history_figure(
        make_data(temperature=True), legend=False, title=False, colours=DARK
    )
    (line,) = by_gid(drawn, "temperature")
    assert hex_of(line.get_color()) == DARK.temperature
    (threshold,) = by_gid(drawn, "fever-threshold")
    assert hex_of(threshold.get_color()) == DARK.promptly


def test_a_narrow_chart_keeps_its_plot_inside_the_figure() -> None:
    # The screen's chart with 200% text in a 1024-pixel window: about 2.5 inches at 200 dpi.
    # The names' margin gives way; the plot (its latest days, the treatments' names) stays whole.
    narrow = build_history_figure(make_data(), Figure(figsize=(2.2, 6), dpi=200), legend=False)
    assert narrow.lanes_axes is not None
    left, _bottom, width, _height = narrow.lanes_axes.get_position().bounds
    assert left + width <= 1.0
    assert width * 2.2 >= 1.0 - 1e-6
