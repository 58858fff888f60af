"""The History figure itself, without a GUI: series, marks, bands, lines, labels, hover, export,
and the figure the History view draws (without its title and legend, which it shows in Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure

from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import SymptomKind, TreatmentCategory, WeightUnit
from mbc_tracker.reports import history_chart
from mbc_tracker.reports.history_chart import (
    EMPTY_TEXT,
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
    SymptomSeries,
    TreatmentBand,
    aggregation_for,
)

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


@pytest.fixture
def chart() -> HistoryChart:
    drawn = build_history_figure(make_data())
    FigureCanvasAgg(drawn.figure).draw()
    return drawn


def by_gid(chart: HistoryChart, prefix: str) -> list[Any]:
    return [
        artist
        for axes in chart.axes
        for artist in (*axes.lines, *axes.collections)
        if (artist.get_gid() or "").startswith(prefix)
    ]


def test_one_line_per_rated_symptom(chart: HistoryChart) -> None:
    assert chart.symptom_axes is not None
    lines = by_gid(chart, "symptom:")
    assert len(lines) == len(RATED_KEYS) == len(chart.symptom_lines)
    assert all(line.get_marker() not in (None, "None", "") for line in chart.symptom_lines.values())


def test_events_are_marks_in_their_own_row(chart: HistoryChart) -> None:
    mark = chart.event_marks["seizure"]
    assert mark.get_linestyle() == "None"
    assert list(mark.get_xdata()) == [
        date_number(dt.date(2025, 3, 5)),
        date_number(dt.date(2025, 3, 20)),
    ]
    assert min(mark.get_ydata()) > 10  # above the 0-10 scale
    # Named in the legend with the same mark (not on the axis, where long names took half the
    # width of a chart in an ordinary window).
    (legend,) = chart.figure.legends
    entries = dict(
        zip([text.get_text() for text in legend.get_texts()], legend.legend_handles, strict=True)
    )
    assert entries["Seizure (fit)"].get_marker() == mark.get_marker()


def test_every_series_has_its_own_colour_and_marker_pair(chart: HistoryChart) -> None:
    lines = [*chart.symptom_lines.values(), *chart.event_marks.values()]
    pairs = {(line.get_color(), line.get_marker()) for line in lines}
    assert len(pairs) == len(lines)
    assert len({line.get_marker() for line in chart.symptom_lines.values()}) == len(RATED_KEYS)


def test_treatment_bands_span_their_dates(chart: HistoryChart) -> None:
    (letrozole,) = by_gid(chart, "treatments:hormone_therapy")
    assert isinstance(letrozole, PolyCollection)
    vertices = letrozole.get_paths()[0].vertices
    assert vertices[:, 0].min() == pytest.approx(date_number(dt.date(2025, 3, 4)))
    assert vertices[:, 0].max() == pytest.approx(date_number(dt.date(2025, 3, 18)))
    (ongoing,) = by_gid(chart, "treatments:cdk46_inhibitor")
    ongoing_x = ongoing.get_paths()[0].vertices[:, 0]
    assert ongoing_x.max() >= date_number(LAST)  # drawn to the end of the range
    # the two overlap, so they sit in two lanes with their names on them
    assert chart.treatment_axes is not None
    assert chart.treatment_axes.get_ylim()[0] == 2
    texts = {text.get_text() for text in chart.treatment_axes.texts}
    assert {"Letrozole", "Palbociclib"} <= texts
    assert letrozole.get_hatch() != ongoing.get_hatch()


def test_appointments_are_dashed_lines_at_their_times(chart: HistoryChart) -> None:
    lines = by_gid(chart, "appointments")
    assert len(lines) == 2  # across the symptoms and the weight panel
    assert isinstance(lines[0], LineCollection)
    xs = sorted(segment[0][0] for segment in lines[0].get_segments())
    assert xs == pytest.approx(
        [date_number(dt.date(2025, 3, 12)) + 0.5, date_number(dt.date(2025, 3, 26)) + 9 / 24]
    )


def test_flagged_days_are_ringed_by_level(chart: HistoryChart) -> None:
    rings = {line.get_gid(): line for line in chart.flag_marks}
    next_visit = rings["flags:next_visit"]
    promptly = rings["flags:promptly"]
    assert list(next_visit.get_xdata()) == [date_number(dt.date(2025, 3, 7))]
    assert date_number(dt.date(2025, 3, 9)) in list(promptly.get_xdata())
    assert date_number(dt.date(2025, 3, 20)) in list(promptly.get_xdata())  # the seizure
    assert next_visit.get_marker() != promptly.get_marker()


def test_a_flag_on_a_logged_day_is_ringed_at_its_point() -> None:
    data = make_data()
    day = dt.date(2025, 3, 7)
    flagged = (FlaggedDay("fatigue", day, FlagLevel.NEXT_VISIT, "Moderate tiredness"),)
    drawn = build_history_figure(dataclasses.replace(data, flagged=flagged))
    (ring,) = drawn.flag_marks
    fatigue = data.symptoms[1]
    value = next(point.value for point in fatigue.points if point.day == day)
    assert list(ring.get_xdata()) == [date_number(day)]
    assert list(ring.get_ydata()) == [value]


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
    assert label in title and "1 January 2015" in title


def test_the_weight_panel_has_its_unit_and_only_appears_with_weights() -> None:
    drawn = build_history_figure(make_data())
    assert drawn.weight_axes is not None
    assert drawn.weight_axes.get_ylabel() == "Weight (lb)"
    without = build_history_figure(make_data(weight=False))
    assert without.weight_axes is None
    assert len(without.figure.axes) == 2  # treatments strip and symptoms


def test_an_empty_period_says_so_calmly() -> None:
    data = HistoryData(FIRST, LAST, Aggregation.DAY, (), (), WeightUnit.KG, (), (), ())
    drawn = build_history_figure(data)
    assert EMPTY_TEXT in [text.get_text() for text in drawn.figure.texts]
    assert drawn.figure.axes == []
    assert drawn.hover_points() == []
    assert drawn.hit_test(10, 10) is None


def test_hit_test_finds_a_point_near_its_pixel_with_its_note(chart: HistoryChart) -> None:
    line = chart.symptom_lines["fatigue"]
    axes = line.axes
    assert axes is not None
    day = FIRST + dt.timedelta(days=4)
    x, y = date_number(day), float(line.get_ydata()[2])
    pixel_x, pixel_y = axes.transData.transform((x, y))
    info = chart.hit_test(pixel_x + 3, pixel_y - 3)
    assert info is not None
    assert (info.day, info.series, info.note) == (day, "Fatigue", "note 4")
    assert info.value_text == f"{y:g} of 10"
    assert chart.hit_test(pixel_x + 300, pixel_y + 300, tolerance=2) is None


def test_hit_test_gives_a_flagged_points_reason(chart: HistoryChart) -> None:
    (promptly,) = [line for line in chart.flag_marks if line.get_gid() == "flags:promptly"]
    axes = promptly.axes
    assert axes is not None
    x, y = promptly.get_xdata()[0], promptly.get_ydata()[0]
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


def test_a_figure_is_reused_and_saved_as_png_and_svg() -> None:
    figure = Figure(figsize=(10, 6), dpi=100)
    first = build_history_figure(make_data(), figure)
    second = build_history_figure(make_data(rated=RATED_KEYS[:2]), figure)
    assert second.figure is first.figure is figure
    assert len(second.symptom_lines) == 2
    for kind, magic in (("png", b"\x89PNG"), ("svg", b"<?xml")):
        buffer = io.BytesIO()
        figure.savefig(buffer, format=kind)
        assert buffer.getvalue().startswith(magic)


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


def test_a_reused_figure_follows_each_new_layout() -> None:
    figure = Figure(figsize=(10, 6), dpi=100)
    canvas = FigureCanvasAgg(figure)
    full = build_history_figure(make_data(), figure)
    canvas.draw()
    assert len(figure.axes) == 3 and len(figure.legends) == 1
    no_weight = build_history_figure(make_data(weight=False), figure)
    canvas.draw()
    assert no_weight.weight_axes is None and len(figure.axes) == 2
    assert no_weight.symptom_axes is full.symptom_axes  # reused, not rebuilt
    empty = HistoryData(FIRST, LAST, Aggregation.DAY, (), (), WeightUnit.KG, (), (), ())
    build_history_figure(empty, figure)
    assert figure.axes == [] and figure.legends == []
    again = build_history_figure(make_data(), figure)
    canvas.draw()
    assert len(figure.axes) == 3 and len(figure.legends) == 1
    assert len(again.symptom_lines) == len(RATED_KEYS)
    assert again.weight_axes is not None and again.weight_axes.get_ylim()[0] < 70 - 2.9


# -- the figure the History view draws: no title, no legend ----------------------------------------


def legend_labels(figure: Figure) -> list[str]:
    (legend,) = figure.legends
    return [text.get_text().replace("\n", " ") for text in legend.get_texts()]


def test_the_view_gets_the_plots_alone_and_the_words_for_its_own_title_and_key() -> None:
    figure = Figure(figsize=(10, 6), dpi=100)
    full = build_history_figure(make_data(), figure)
    FigureCanvasAgg(figure).draw()
    in_figure = legend_labels(figure)
    full_width = full.symptom_axes.get_position().width  # type: ignore[union-attr]

    bare = build_history_figure(make_data(), figure, legend=False, title=False)
    FigureCanvasAgg(figure).draw()
    assert figure.legends == [] and figure.texts == []
    assert figure.get_suptitle() == ""
    assert bare.title == full.title == figure_title_of(make_data())
    # The same entries, in the same order, as the legend in the figure had.
    assert [entry.label for entry in bare.legend_entries] == in_figure
    # The room the legend took goes to the plots.
    assert bare.symptom_axes.get_position().width > full_width + 0.15  # type: ignore[union-attr]

    # And back: a saved picture has both again.
    build_history_figure(make_data(), figure)
    assert len(figure.legends) == 1 and full.title in figure.get_suptitle()


def figure_title_of(data: HistoryData) -> str:
    return (
        f"From 1 March 2025 to 30 March 2025 · {history_chart.AGGREGATION_LABELS[data.aggregation]}"
    )


def test_legend_entries_describe_each_mark_in_words(chart: HistoryChart) -> None:
    entries = {entry.label: entry for entry in chart.legend_entries}
    fatigue = entries["Fatigue"]
    line = chart.symptom_lines["fatigue"]
    assert (fatigue.colour, fatigue.marker) == (line.get_color(), line.get_marker())
    assert fatigue.description == "vermillion line with square markers"
    seizure = entries["Seizure (fit)"]
    assert seizure.linestyle == "none"
    assert "triangles in a row above the 0–10 scale" in seizure.description
    assert "dashed" in entries["Appointment"].description
    # Only the flag levels that have a ring on the chart, each with its shape in words.
    flags = [entry for entry in chart.legend_entries if entry.label.startswith("Flag")]
    assert [entry.description for entry in flags] == [
        "vermillion hollow square around a point",
        "dark grey hollow circle around a point",
    ]


def test_a_legend_icon_is_the_mark_as_the_chart_draws_it(chart: HistoryChart) -> None:
    entries = {entry.label: entry for entry in chart.legend_entries}
    pixels = legend_icon(entries["Bone pain"], 34, 18, scale=2.0)
    assert pixels.shape == (36, 68, 4)
    assert pixels[..., 3].max() == 255  # something opaque is drawn
    assert pixels[0, 0, 3] == 0  # on a transparent ground
    # Blue, as the line is (the mark's edge is dark grey; the line itself is pure colour).
    opaque = pixels[pixels[..., 3] == 255][:, :3]
    assert any(tuple(colour) == (0x00, 0x72, 0xB2) for colour in opaque)
    ring = legend_icon(entries["Flag: contact promptly"], 34, 18)
    assert ring.shape == (18, 34, 4)
    assert ring[9, 0, 3] == 0  # no line through a ring's entry, only the ring
    assert not (ring == legend_icon(entries["Flag: mention next visit"], 34, 18)).all()


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


def test_dates_are_labelled_once_under_the_bottom_panel(chart: HistoryChart) -> None:
    assert chart.weight_axes is not None and chart.symptom_axes is not None
    canvas = chart.figure.canvas
    canvas.draw()
    bottom = [label.get_text() for label in chart.weight_axes.get_xticklabels()]
    assert any(bottom)
    assert not any(label.get_text() for label in chart.symptom_axes.get_xticklabels())
    # The same ticks on every panel, and the range in the title, not in a corner note.
    assert list(chart.symptom_axes.get_xticks()) == list(chart.weight_axes.get_xticks())
    assert chart.weight_axes.xaxis.get_offset_text().get_text() == ""
    assert chart.symptom_axes.get_xlim() == chart.weight_axes.get_xlim()


# -- treatments on hover --------------------------------------------------------------------------


def band_pixel(chart: HistoryChart, day: dt.date, lane: int) -> tuple[float, float]:
    assert chart.treatment_axes is not None
    x, y = chart.treatment_axes.transData.transform((date_number(day), lane + 0.5))
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
    assert short.treatment_axes is not None
    names = {text.get_text() for text in short.treatment_axes.texts}
    assert "Radiotherapy…" in names
    # The whole name is a pointer away: a five-day band is a sliver, found within a few pixels.
    x, y = band_pixel(short, dt.date(2018, 9, 12), short._lanes[-1])
    info = short.hit_test(x + 5, y)
    assert info is not None and info.series == "Radiotherapy to the right hip, 5 sessions"

    long = build_history_figure(long_treatment_data(6 * 365))
    assert long.treatment_axes is not None
    names = {text.get_text() for text in long.treatment_axes.texts}
    assert "Radiotherapy to the right hip, 5 sessions" in names


def test_band_names_stay_inside_the_plot_and_apart(chart: HistoryChart) -> None:
    strip = chart.treatment_axes
    assert strip is not None
    canvas = chart.figure.canvas
    renderer = canvas.get_renderer()  # type: ignore[attr-defined]
    plot = strip.get_window_extent(renderer)
    names = [text for text in strip.texts if text.get_gid() != "treatments-label"]
    assert [text.get_text() for text in strip.texts if text not in names] == ["Treatments"]
    boxes = [text.get_window_extent(renderer) for text in names]
    for box in boxes:
        assert plot.x0 - 1 <= box.x0 and box.x1 <= plot.x1 + 1
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            assert not box.overlaps(other)


# -- a reused figure ------------------------------------------------------------------------------


def test_a_reused_figure_scales_weight_to_the_new_data() -> None:
    figure = Figure(figsize=(10, 6), dpi=100)
    steady = make_data()  # 70.0 down to 67.2 lb: less than the smallest span, so centred
    build_history_figure(steady, figure, legend=False, title=False)
    heavier = dataclasses.replace(
        steady,
        weight=tuple(
            Point(point.day, point.value + 30 + index * 2)
            for index, point in enumerate(steady.weight)
        ),
    )
    drawn = build_history_figure(heavier, figure, legend=False, title=False)
    assert drawn.weight_axes is not None
    low, high = drawn.weight_axes.get_ylim()
    values = [point.value for point in heavier.weight]
    assert low < min(values) and max(values) < high


def test_weight_alone_is_drawn_without_a_legend() -> None:
    data = dataclasses.replace(make_data(), symptoms=(), flagged=(), appointments=())
    for legend in (True, False):
        drawn = build_history_figure(data, legend=legend)
        FigureCanvasAgg(drawn.figure).draw()
        assert drawn.weight_line is not None
        assert drawn.legend_entries == [] and drawn.figure.legends == []


def test_the_year_is_under_the_first_date_and_where_a_new_year_begins() -> None:
    ticks = [date_number(day) for day in (dt.date(2025, 11, 1), dt.date(2025, 12, 1))]
    ticks += [date_number(dt.date(2026, 1, 1)), date_number(dt.date(2026, 2, 1))]
    assert with_years(ticks, ["Nov", "Dec", "2026", "Feb"]) == ["Nov\n2025", "Dec", "2026", "Feb"]
    days = [date_number(day) for day in (dt.date(2026, 12, 15), dt.date(2027, 1, 15))]
    assert with_years(days, ["15", "15"]) == ["15\n2026", "15\n2027"]


def test_the_chart_names_the_year_under_its_dates(chart: HistoryChart) -> None:
    assert chart.weight_axes is not None
    labels = [label.get_text() for label in chart.weight_axes.get_xticklabels()]
    assert str(make_data().first.year) in labels[0]
