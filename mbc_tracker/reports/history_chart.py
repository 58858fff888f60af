"""The History chart: symptoms over time with treatments, appointments and flags alongside.

``build_history_figure`` draws a ``HistoryData`` into a ``matplotlib.figure.Figure`` (never
pyplot), so the Qt view and the clinic PDF show the very same chart. From top to bottom:

- a strip of treatment bands, hatched by category and stacked in lanes so overlapping
  treatments stay readable, each labelled with its name;
- the symptoms panel, 0-10: rated symptoms as lines with markers (an Okabe-Ito colour and a
  shape of its own each), events as rows of triangles above the 0-10 scale, labelled on the
  left, flagged points ringed (a circle or a square, by level), treatments shaded faintly behind,
  appointments as dashed lines with a small diamond along the bottom;
- the weight panel, in the person's unit, only when there are weights.

The title names the range and how points were grouped ("Weekly averages"). ``HistoryChart``
keeps an index of every point for hover and keyboard focus: ``hit_test`` finds the point under
the mouse (matplotlib display pixels) and ``hover_points`` lists them all in date order.

The layout is computed from the figure's size in inches (no tight or constrained layout, which
would draw the figure twice), so a redraw costs little more than a plain plot of the same lines.
"""

from __future__ import annotations

import datetime as dt
import textwrap
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from mbc_tracker.domain.flags import LEVEL_ORDER, WEIGHT_KEY, format_day
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import SymptomKind, TreatmentCategory
from mbc_tracker.reports import style
from mbc_tracker.reports.history_data import (
    Aggregation,
    FlaggedDay,
    HistoryData,
    Point,
    SymptomSeries,
    TreatmentBand,
    group_start,
)

# Legend labels longer than this wrap onto a second line.
LEGEND_WRAP_CHARACTERS = 22
# Under this many inches of height for the plots, the legend stays beside them.
MIN_PLOT_HEIGHT_INCHES = 2.2
# The smallest range the weight axis shows, in the person's unit: a display choice.
MIN_WEIGHT_SPAN = 3.0

AGGREGATION_LABELS = {
    Aggregation.DAY: "Daily values",
    Aggregation.WEEK: "Weekly averages",
    Aggregation.MONTH: "Monthly averages",
}
EMPTY_TEXT = "Nothing logged in this period"
DEFAULT_SIZE_INCHES = (10.0, 6.0)

_GROUP_DAYS = {Aggregation.DAY: 1, Aggregation.WEEK: 7, Aggregation.MONTH: 30}
# A line is broken where two points are further apart than this many days: weeks without
# entries should look like a gap, not like a steady value (weekly weighings stay joined).
_GAP_DAYS = {Aggregation.DAY: 14, Aggregation.WEEK: 35, Aggregation.MONTH: 100}
# More appointments than this and their dashed lines would cover the plot: only the row of
# diamonds along the bottom is drawn (each still shows on hover).
_MAX_APPOINTMENT_LINES = 40
_EVENT_ROW_START = 11.0  # the first event row sits above the 0-10 scale
_EVENT_ROW_STEP = 0.8
_APPOINTMENT_ROW = -0.9  # the appointment diamonds sit below 0
_LANE_HEIGHT_INCHES = 0.26
_CHAR_WIDTH = 0.55  # an average character's width, in ems, to estimate label widths

# matplotlib date numbers are days since its epoch (1970-01-01 unless changed): a date's number
# is its ordinal plus this offset, far cheaper than ``date2num`` on every point.
# (matplotlib.dates has no type hints for these functions yet.)
_EPOCH_2000 = float(date2num(dt.datetime(2000, 1, 1)))  # type: ignore[no-untyped-call]
_ORDINAL_OFFSET = _EPOCH_2000 - dt.date(2000, 1, 1).toordinal()


def date_number(day: dt.date) -> float:
    """A date as matplotlib's date number (midnight at the start of the day)."""
    return day.toordinal() + _ORDINAL_OFFSET


def _datetime_number(when: dt.datetime) -> float:
    seconds = when.hour * 3600 + when.minute * 60 + when.second
    return date_number(when.date()) + seconds / 86400


@dataclass(frozen=True)
class HoverInfo:
    """What hovering over (or focusing) one point shows."""

    day: dt.date  # the day, or the first day of the week or month
    series: str  # "Back pain", "Weight", or the appointment's label
    kind: str  # "rated", "event", "weight" or "appointment"
    value: float | None
    value_text: str  # "6 of 10", "average 4.3 of 10 (highest 7, 5 days)", "68.2 kg" ...
    when_text: str  # "3 March 2025", "Week from 3 March 2025", "March 2025"
    note: str = ""
    reason: str = ""  # for a flagged point: the flag's message
    level: FlagLevel | None = None
    x: float = 0.0  # data coordinates on ``axes``
    y: float = 0.0
    axes: Axes | None = field(default=None, compare=False, repr=False)

    def describe(self) -> str:
        """The whole tooltip as plain lines of text."""
        lines = [self.when_text, f"{self.series}: {self.value_text}"]
        if self.note:
            lines.append(f"Note: {self.note}")
        if self.reason:
            lines.append(self.reason)
        return "\n".join(lines)


@dataclass
class HistoryChart:
    """A drawn History chart: the figure, its axes and the hover index."""

    figure: Figure
    data: HistoryData
    symptom_axes: Axes | None  # None for an empty period
    weight_axes: Axes | None
    treatment_axes: Axes | None
    aggregation_label: str
    symptom_lines: dict[str, Line2D] = field(default_factory=dict)  # rated symptoms, by key
    event_marks: dict[str, Line2D] = field(default_factory=dict)  # events, by key
    weight_line: Line2D | None = None
    flag_marks: list[Line2D] = field(default_factory=list)
    _points: list[HoverInfo] = field(default_factory=list)
    _by_axes: dict[int, tuple[Axes, Any, list[HoverInfo]]] = field(default_factory=dict)

    @property
    def axes(self) -> list[Axes]:
        return [
            axes
            for axes in (self.treatment_axes, self.symptom_axes, self.weight_axes)
            if axes is not None
        ]

    def hover_points(self) -> list[HoverInfo]:
        """Every point (and appointment) in date order, for keyboard navigation."""
        return list(self._points)

    def hit_test(self, x_pixel: float, y_pixel: float, tolerance: float = 8) -> HoverInfo | None:
        """The point nearest to a position in display pixels (origin bottom left, as in
        matplotlib's mouse events), if one lies within ``tolerance`` pixels."""
        best: HoverInfo | None = None
        best_distance = float(tolerance) ** 2
        for axes, coordinates, infos in self._by_axes.values():
            pixels = axes.transData.transform(coordinates)
            distances = (pixels[:, 0] - x_pixel) ** 2 + (pixels[:, 1] - y_pixel) ** 2
            index = int(np.argmin(distances))
            if distances[index] <= best_distance:
                best, best_distance = infos[index], float(distances[index])
        return best

    def _index(self, infos: list[HoverInfo]) -> None:
        self._points = sorted(infos, key=lambda info: (info.day, info.x))
        grouped: dict[int, list[HoverInfo]] = {}
        for info in infos:
            grouped.setdefault(id(info.axes), []).append(info)
        for group in grouped.values():
            axes = group[0].axes
            assert axes is not None
            coordinates = np.array([(info.x, info.y) for info in group], dtype=float)
            self._by_axes[id(axes)] = (axes, coordinates, group)


# -- text helpers ------------------------------------------------------------------------------


def _when_text(day: dt.date, aggregation: Aggregation) -> str:
    if aggregation is Aggregation.WEEK:
        return f"Week from {format_day(day)}"
    if aggregation is Aggregation.MONTH:
        return f"{day:%B %Y}"
    return format_day(day)


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _value_text(point: Point, kind: str, aggregation: Aggregation, unit: str = "") -> str:
    period = "week" if aggregation is Aggregation.WEEK else "month"
    if kind == "event":
        if aggregation is Aggregation.DAY:
            return "happened"
        days = "day" if point.count == 1 else "days"
        return f"on {point.count} {days} this {period}"
    scale = f" {unit}" if kind == "weight" else " of 10"
    if aggregation is Aggregation.DAY:
        return f"{_number(point.value)}{scale}"
    days = "1 day" if point.count == 1 else f"{point.count} days"
    highest = f"highest {_number(point.highest)}, " if point.highest is not None else ""
    return f"average {_number(point.value)}{scale} ({highest}{days})"


def _text_inches(text: str, size: float) -> float:
    return len(text) * size * _CHAR_WIDTH / 72


# -- layout ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    left: float  # figure fractions
    right: float
    treatment: tuple[float, float, float, float] | None  # [left, bottom, width, height]
    symptoms: tuple[float, float, float, float]
    weight: tuple[float, float, float, float] | None
    legend_x: float
    top: float


def _lanes(
    bands: Sequence[TreatmentBand], x_min: float, x_max: float, days_per_inch: float
) -> list[int]:
    """A lane per band, greedily, so no two bands (with their labels) overlap in one lane."""
    lane_ends: list[float] = []
    lanes = []
    for band in bands:
        start = max(date_number(band.start), x_min)
        end = x_max if band.end is None else date_number(band.end) + 1
        label_end = start + (_text_inches(band.label, style.SMALL_SIZE) + 0.1) * days_per_inch
        occupied = max(end, label_end)
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = occupied
                lanes.append(lane)
                break
        else:
            lane_ends.append(occupied)
            lanes.append(len(lane_ends) - 1)
    return lanes


def _layout(
    width: float,
    height: float,
    left_inches: float,
    legend_inches: float,
    lanes: int,
    weight: bool,
    bottom_inches: float = 0.55,
) -> _Layout:
    left = left_inches / width
    legend_x = 1 - legend_inches / width
    right = legend_x - 0.15 / width
    top = 1 - 0.5 / height
    bottom = bottom_inches / height
    gap = 0.12 / height
    strip = lanes * _LANE_HEIGHT_INCHES / height if lanes else 0.0
    rest = top - bottom - (strip + gap if lanes else 0.0)
    weight_height = (rest - gap) * 0.3 if weight else 0.0
    symptoms_height = rest - (weight_height + gap if weight else 0.0)
    plot_width = right - left
    symptoms_bottom = bottom + (weight_height + gap if weight else 0.0)
    return _Layout(
        left=left,
        right=right,
        treatment=(left, top - strip, plot_width, strip) if lanes else None,
        symptoms=(left, symptoms_bottom, plot_width, symptoms_height),
        weight=(left, bottom, plot_width, weight_height) if weight else None,
        legend_x=legend_x,
        top=top,
    )


# -- drawing -----------------------------------------------------------------------------------


def build_history_figure(data: HistoryData, figure: Figure | None = None) -> HistoryChart:
    """Draw ``data`` into ``figure`` (a new 10 x 6 inch figure when None).

    A figure this function drew before keeps its axes: only what is drawn on them is replaced,
    which makes a redraw (a new range, another symptom) much cheaper than building new axes.
    """
    if figure is None:
        figure = Figure(figsize=DEFAULT_SIZE_INCHES, dpi=100)
    _clear_drawing(figure)
    figure.set_facecolor("white")
    aggregation_label = AGGREGATION_LABELS[data.aggregation]
    figure.suptitle(
        f"From {format_day(data.first)} to {format_day(data.last)} · {aggregation_label}",
        fontsize=style.TITLE_SIZE,
        color=style.TEXT_COLOUR,
        x=0.02,
        ha="left",
    )
    if data.is_empty:
        _remove_axes(figure)
        return _draw_empty(data, figure, aggregation_label)
    return _draw_chart(data, figure, aggregation_label)


# The axes this module made in each figure, by role, so a redraw can reuse them.
_AXES: weakref.WeakKeyDictionary[Figure, dict[str, Axes]] = weakref.WeakKeyDictionary()


def _clear_drawing(figure: Figure) -> None:
    """Take away what a previous drawing added; keep the axes this module made, if any."""
    ours = _AXES.get(figure)
    if ours is None or any(axes not in figure.axes for axes in ours.values()):
        figure.clear()
        _AXES.pop(figure, None)
        return
    for legend in list(figure.legends):
        legend.remove()
    for text in list(figure.texts):
        text.remove()
    for axes in ours.values():
        for artist in [*axes.lines, *axes.collections, *axes.texts, *axes.patches]:
            artist.remove()
        axes.relim()


def _remove_axes(figure: Figure) -> None:
    for axes in _AXES.pop(figure, {}).values():
        axes.remove()


def _axes_for(figure: Figure, layout: _Layout) -> tuple[Axes, Axes | None, Axes | None]:
    """The symptoms, treatments and weight axes at the layout's places, reused where possible."""
    ours = _AXES.setdefault(figure, {})
    if "symptoms" in ours:
        symptom_axes = ours["symptoms"]
        symptom_axes.set_position(layout.symptoms)
    else:
        symptom_axes = ours["symptoms"] = figure.add_axes(layout.symptoms)
    found: list[Axes | None] = []
    for role, place in (("treatments", layout.treatment), ("weight", layout.weight)):
        axes = ours.get(role)
        if place is None:
            if axes is not None:
                axes.remove()
                del ours[role]
            found.append(None)
        elif axes is not None:
            axes.set_position(place)
            found.append(axes)
        else:
            axes = ours[role] = figure.add_axes(place, sharex=symptom_axes)
            found.append(axes)
    return symptom_axes, found[0], found[1]


def _draw_empty(data: HistoryData, figure: Figure, aggregation_label: str) -> HistoryChart:
    figure.text(
        0.5,
        0.5,
        EMPTY_TEXT,
        ha="center",
        va="center",
        fontsize=style.TITLE_SIZE + 2,
        color=style.CALM_TEXT_COLOUR,
        gid="empty",
    )
    return HistoryChart(figure, data, None, None, None, aggregation_label)


def _draw_chart(data: HistoryData, figure: Figure, aggregation_label: str) -> HistoryChart:
    width, height = (float(size) for size in figure.get_size_inches())
    rated = [series for series in data.symptoms if series.kind is SymptomKind.RATED]
    events = [series for series in data.symptoms if series.kind is SymptomKind.EVENT]
    aggregation = data.aggregation
    pad = _GROUP_DAYS[aggregation] / 2
    first_x = min(
        [date_number(data.first)]
        + [date_number(series.points[0].day) for series in data.symptoms if series.points]
        + ([date_number(data.weight[0].day)] if data.weight else [])
    )
    x_min, x_max = first_x - pad, date_number(data.last) + pad

    # Margins from the labels they must hold: the axis label on the left (events are named by
    # their marks in the legend, not on the axis), the legend on the right, or under the plots
    # when beside them it would leave the plot narrow (a window of ordinary size).
    left_inches = 0.55 + max(
        _text_inches("10", style.TICK_SIZE), _text_inches("Treatments", style.SMALL_SIZE) - 0.3
    )
    legend_labels = [_wrap(label) for label in _legend_labels(data, rated, events)]
    column_inches = (
        max(
            _text_inches(line, style.SMALL_SIZE)
            for label in legend_labels
            for line in label.splitlines()
        )
        + 0.75
    )
    legend_columns, bottom_inches, legend_inches = 1, 0.55, column_inches
    if width - left_inches - column_inches - 0.15 < 0.62 * (width - left_inches):
        # Beside the plots the legend would leave them narrow: put it under them, if they
        # keep enough height there.
        columns = _legend_columns(legend_labels, width - left_inches - 0.2)
        rows = -(-len(legend_labels) // columns)
        below = 0.55 + rows * 0.23 + 0.1
        lanes_estimate = len(data.treatments) * _LANE_HEIGHT_INCHES
        if height - 0.5 - below - lanes_estimate >= MIN_PLOT_HEIGHT_INCHES:
            legend_columns, bottom_inches, legend_inches = columns, below, 0.25
    legend_below = legend_columns > 1 or legend_inches < column_inches
    plot_inches = max(width - left_inches - legend_inches - 0.15, 1.0)
    days_per_inch = (x_max - x_min) / plot_inches
    lanes = _lanes(data.treatments, x_min, x_max, days_per_inch)
    layout = _layout(
        width,
        height,
        left_inches,
        legend_inches,
        max(lanes, default=-1) + 1,
        bool(data.weight),
        bottom_inches,
    )

    symptom_axes, treatment_axes, weight_axes = _axes_for(figure, layout)
    chart = HistoryChart(figure, data, symptom_axes, weight_axes, treatment_axes, aggregation_label)
    bottom_axes = weight_axes or symptom_axes
    for axes in chart.axes:
        axes.tick_params(labelsize=style.TICK_SIZE, colors=style.TEXT_COLOUR)
        axes.tick_params(axis="x", which="both", labelbottom=axes is bottom_axes)
    # About one date label per inch, so they never run into each other in a narrow plot.
    locator = AutoDateLocator(  # type: ignore[no-untyped-call]
        minticks=3, maxticks=max(3, min(10, int(plot_inches / 0.9)))
    )
    bottom_axes.xaxis.set_major_locator(locator)
    formatter = ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    bottom_axes.xaxis.set_major_formatter(formatter)
    symptom_axes.set_xlim(x_min, x_max)

    hover: list[HoverInfo] = []
    flagged = _flag_lookup(data.flagged, aggregation)
    handles: list[Any] = []
    levels_shown: set[FlagLevel] = set()

    # Rated symptoms and events.
    rings: dict[FlagLevel, list[tuple[float, float]]] = {level: [] for level in FlagLevel}
    for index, series in enumerate([*rated, *events]):
        look = style.series_style(index, series.kind is SymptomKind.EVENT)
        row_y: float | None = None
        if series.kind is SymptomKind.RATED:
            line = _draw_rated(series, symptom_axes, look, aggregation)
            chart.symptom_lines[series.key] = line
        else:
            row_y = _EVENT_ROW_START + _EVENT_ROW_STEP * events.index(series)
            line = _draw_event(series, symptom_axes, look, row_y)
            chart.event_marks[series.key] = line
        handles.append(line)
        hover.extend(_series_hover(series, row_y, aggregation, flagged, rings, symptom_axes))
    chart.flag_marks.extend(_draw_rings(symptom_axes, rings, levels_shown))

    symptom_top = _EVENT_ROW_START + _EVENT_ROW_STEP * (len(events) - 1) + 0.6 if events else 10.6
    symptom_axes.set_ylim(_APPOINTMENT_ROW - 0.6, symptom_top)
    symptom_axes.set_yticks([0.0, 2.0, 4.0, 6.0, 8.0, 10.0], ["0", "2", "4", "6", "8", "10"])
    # A panel too short for the words gets the scale alone (the legend names the symptoms).
    panel_inches = layout.symptoms[3] * height
    symptom_axes.set_ylabel(
        "Severity (0–10)" if panel_inches >= 1.6 else "0–10", fontsize=style.LABEL_SIZE
    )
    symptom_axes.grid(axis="y", color=style.GRID_COLOUR, linewidth=0.8)
    symptom_axes.set_axisbelow(True)

    if weight_axes is not None:
        # Its own axis label names it: no legend entry (every entry costs a few ms per draw).
        hover.extend(_draw_weight(data, weight_axes, flagged, chart, levels_shown))

    if treatment_axes is not None:
        # The bands carry the drugs' names and a hatch per kind of treatment; the kinds are not
        # repeated in the legend, which would grow by one line per kind.
        _draw_treatments(data, treatment_axes, symptom_axes, lanes, x_min, x_max, days_per_inch)

    if data.appointments:
        handles.append(_draw_appointments(data, chart, hover, days_per_inch))

    for level in (FlagLevel.PROMPTLY, FlagLevel.NEXT_VISIT):
        if level in levels_shown:
            ring = style.FLAG_STYLES[level]
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker=ring.marker,
                    markersize=ring.size * 0.75,
                    markerfacecolor="none",
                    markeredgecolor=ring.colour,
                    markeredgewidth=1.8,
                    label=ring.label
                    + ("" if aggregation is Aggregation.DAY else " (only these are ringed here)"),
                )
            )
    if legend_below:
        anchor, columns = (layout.left, (bottom_inches - 0.5) / height), legend_columns
    else:
        anchor, columns = (layout.legend_x, layout.top), 1
    figure.legend(
        handles=handles,
        labels=[_wrap(handle.get_label()) for handle in handles],
        loc="upper left",
        bbox_to_anchor=anchor,
        ncols=columns,
        fontsize=style.SMALL_SIZE,
        frameon=False,
        borderaxespad=0.0,
        handlelength=2.2,
        columnspacing=1.2,
    )
    chart._index(hover)
    return chart


def _wrap(label: str) -> str:
    """Long legend labels on two lines, so the legend does not take the plot's width."""
    return textwrap.fill(label, LEGEND_WRAP_CHARACTERS, break_long_words=False)


def _legend_columns(labels: Sequence[str], room_inches: float) -> int:
    """The most legend columns that fit in ``room_inches`` (matplotlib fills columns top-down)."""
    widths = [_text_inches(label, style.SMALL_SIZE) + 0.75 for label in labels]
    for columns in range(len(widths), 1, -1):
        rows = -(-len(widths) // columns)
        needed = sum(max(widths[start : start + rows]) for start in range(0, len(widths), rows))
        if needed <= room_inches:
            return columns
    return 1


def _legend_labels(
    data: HistoryData, rated: Sequence[SymptomSeries], events: Sequence[SymptomSeries]
) -> list[str]:
    labels = [series.label for series in (*rated, *events)]
    # One entry per flag level present (not one per flagged day: there can be thousands).
    levels = {flag.level for flag in data.flagged}
    labels.extend(
        style.FLAG_STYLES[level].label
        + ("" if data.aggregation is Aggregation.DAY else " (only these are ringed here)")
        for level in sorted(levels, key=lambda level: LEVEL_ORDER[level])
    )
    if data.appointments:
        labels.append("Appointment")
    return labels


def _flag_lookup(
    flagged: Sequence[FlaggedDay], aggregation: Aggregation
) -> dict[tuple[str, dt.date], tuple[FlagLevel, str]]:
    """(symptom, point day) -> the most urgent level and its reason, for each flagged point."""
    by_point: dict[tuple[str, dt.date], list[FlaggedDay]] = {}
    for day in flagged:
        by_point.setdefault((day.symptom_key, group_start(day.day, aggregation)), []).append(day)
    lookup = {}
    period = "week" if aggregation is Aggregation.WEEK else "month"
    for point, days in by_point.items():
        urgent = min(days, key=lambda day: (LEVEL_ORDER[day.level], day.day))
        reason = urgent.reason
        if len(days) > 1:
            reason += f" (Flagged on {len(days)} days this {period}.)"
        lookup[point] = (urgent.level, reason)
    return lookup


def _xy(points: Sequence[Point], aggregation: Aggregation) -> tuple[Any, Any]:
    """Points as x and y arrays, with a gap (NaN) where the line should break."""
    x = np.fromiter((date_number(point.day) for point in points), float, len(points))
    y = np.fromiter((point.value for point in points), float, len(points))
    if len(points) > 1:
        breaks = np.nonzero(np.diff(x) > _GAP_DAYS[aggregation])[0] + 1
        if len(breaks):
            x = np.insert(x, breaks, (x[breaks - 1] + x[breaks]) / 2)
            y = np.insert(y, breaks, np.nan)
    return x, y


def _draw_rated(
    series: SymptomSeries, axes: Axes, look: style.SeriesStyle, aggregation: Aggregation
) -> Line2D:
    x, y = _xy(series.points, aggregation)
    markers = len(series.points) <= 400  # beyond that, markers would only smudge the line
    (line,) = axes.plot(
        x,
        y,
        color=look.colour,
        marker=look.marker if markers else None,
        markersize=5.5,
        markeredgecolor="#333333",
        markeredgewidth=0.5,
        linewidth=1.6,
        label=series.label,
        gid=f"symptom:{series.key}",
        zorder=3,
    )
    return line


def _draw_event(series: SymptomSeries, axes: Axes, look: style.SeriesStyle, row_y: float) -> Line2D:
    x = np.fromiter((date_number(point.day) for point in series.points), float)
    (line,) = axes.plot(
        x,
        np.full(len(x), row_y),
        linestyle="none",
        color=look.colour,
        marker=look.marker,
        markersize=8,
        markeredgecolor="#333333",
        markeredgewidth=0.5,
        label=series.label,
        gid=f"event:{series.key}",
        zorder=3,
    )
    return line


def _series_hover(
    series: SymptomSeries,
    row_y: float | None,
    aggregation: Aggregation,
    flagged: dict[tuple[str, dt.date], tuple[FlagLevel, str]],
    rings: dict[FlagLevel, list[tuple[float, float]]],
    axes: Axes,
) -> list[HoverInfo]:
    kind = series.kind.value
    infos = []
    for point in series.points:
        x = date_number(point.day)
        y = point.value if row_y is None else row_y
        flag = flagged.get((series.key, point.day))
        if flag is not None and _ringed(flag[0], aggregation):
            rings[flag[0]].append((x, y))
        infos.append(
            HoverInfo(
                day=point.day,
                series=series.label,
                kind=kind,
                value=point.value,
                value_text=_value_text(point, kind, aggregation),
                when_text=_when_text(point.day, aggregation),
                note=point.note,
                reason=flag[1] if flag else "",
                level=flag[0] if flag else None,
                x=x,
                y=y,
                axes=axes,
            )
        )
    return infos


def _ringed(level: FlagLevel, aggregation: Aggregation) -> bool:
    """Which flagged points get a ring: every one day by day; in weekly or monthly views only
    "contact promptly" ones, because a ring on most averages says nothing. Every point still
    carries its flags' reasons on hover, and the Flags page lists them all."""
    return aggregation is Aggregation.DAY or level is FlagLevel.PROMPTLY


def _draw_rings(
    axes: Axes, rings: dict[FlagLevel, list[tuple[float, float]]], levels_shown: set[FlagLevel]
) -> list[Line2D]:
    """One hollow-marker line per flag level: a ring around each flagged point."""
    lines = []
    for level, points in rings.items():
        if not points:
            continue
        look = style.FLAG_STYLES[level]
        (line,) = axes.plot(
            [x for x, _ in points],
            [y for _, y in points],
            linestyle="none",
            marker=look.marker,
            markersize=look.size,
            markerfacecolor="none",
            markeredgecolor=look.colour,
            markeredgewidth=1.3,
            gid=f"flags:{level.value}",
            zorder=4,
        )
        lines.append(line)
        levels_shown.add(level)
    return lines


def _draw_weight(
    data: HistoryData,
    axes: Axes,
    flagged: dict[tuple[str, dt.date], tuple[FlagLevel, str]],
    chart: HistoryChart,
    levels_shown: set[FlagLevel],
) -> list[HoverInfo]:
    unit = data.weight_unit.value
    x, y = _xy(data.weight, data.aggregation)
    (line,) = axes.plot(
        x,
        y,
        color=style.WEIGHT_COLOUR,
        marker=style.WEIGHT_MARKER if len(data.weight) <= 400 else None,
        markersize=4,
        linewidth=1.4,
        label=f"Weight ({unit})",
        gid="weight",
        zorder=3,
    )
    chart.weight_line = line
    panel_inches = axes.get_position().height * float(chart.figure.get_size_inches()[1])
    axes.set_ylabel(f"Weight ({unit})" if panel_inches >= 1.0 else unit, fontsize=style.LABEL_SIZE)
    axes.grid(axis="y", color=style.GRID_COLOUR, linewidth=0.8)
    axes.set_axisbelow(True)
    axes.margins(y=0.2)
    values = [point.value for point in data.weight]
    if max(values) - min(values) < MIN_WEIGHT_SPAN:
        # A steady weight should look steady, not like a swing across 68.50-68.95.
        middle, half = (max(values) + min(values)) / 2, MIN_WEIGHT_SPAN / 2 * 1.2
        axes.set_ylim(middle - half, middle + half)
    axes.yaxis.set_major_locator(_few_ticks())
    rings: dict[FlagLevel, list[tuple[float, float]]] = {level: [] for level in FlagLevel}
    infos = []
    for point in data.weight:
        x_point = date_number(point.day)
        flag = flagged.get((WEIGHT_KEY, point.day))
        if flag is not None and _ringed(flag[0], data.aggregation):
            rings[flag[0]].append((x_point, point.value))
        infos.append(
            HoverInfo(
                day=point.day,
                series="Weight",
                kind="weight",
                value=point.value,
                value_text=_value_text(point, "weight", data.aggregation, unit),
                when_text=_when_text(point.day, data.aggregation),
                note=point.note,
                reason=flag[1] if flag else "",
                level=flag[0] if flag else None,
                x=x_point,
                y=point.value,
                axes=axes,
            )
        )
    chart.flag_marks.extend(_draw_rings(axes, rings, levels_shown))
    return infos


def _few_ticks() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=4, steps=[1, 2, 2.5, 5, 10])


def _band_extent(band: TreatmentBand, x_max: float) -> tuple[float, float]:
    """A band's x extent: its first to its last day (ongoing: to the end of the range)."""
    start = date_number(band.start)
    end = x_max if band.end is None else date_number(band.end)
    return start, max(end, start + 1)  # a one-day treatment still shows


def _draw_treatments(
    data: HistoryData,
    strip: Axes,
    symptom_axes: Axes,
    lanes: list[int],
    x_min: float,
    x_max: float,
    days_per_inch: float,
) -> None:
    """Hatched bands in lanes in the strip, a line where each began across the symptoms panel."""
    lane_count = max(lanes) + 1
    by_category: dict[TreatmentCategory, list[Any]] = {}
    starts: dict[TreatmentCategory, list[Any]] = {}  # a thin line where each one began
    for band, lane in zip(data.treatments, lanes, strict=True):
        start, end = _band_extent(band, x_max)
        top, bottom = lane + 0.12, lane + 0.88
        by_category.setdefault(band.category, []).append(
            [(start, top), (start, bottom), (end, bottom), (end, top)]
        )
        if start >= x_min:
            starts.setdefault(band.category, []).append([(start, 0.0), (start, 1.0)])
        label_x, align = max(start, x_min) + 0.004 * (x_max - x_min), "left"
        text_days = _text_inches(band.label, style.SMALL_SIZE) * days_per_inch
        right_x = min(end, x_max) - 0.004 * (x_max - x_min)
        # Right-aligned only where the whole name then fits; otherwise its end is cut, never
        # its beginning.
        if label_x + text_days > x_max and right_x - text_days >= x_min:
            label_x, align = right_x, "right"
        strip.text(
            label_x,
            lane + 0.5,
            band.label,
            fontsize=style.SMALL_SIZE,
            color=style.TEXT_COLOUR,
            va="center",
            ha=align,
            clip_on=True,
            bbox={
                "boxstyle": "round,pad=0.15",
                "facecolor": "white",
                "edgecolor": "none",
                "alpha": 0.85,
            },
            zorder=3,
        )
    for category, verts in by_category.items():
        colour = style.CATEGORY_COLOURS[category]
        hatch = style.CATEGORY_HATCHES[category] or None
        strip.add_collection(
            PolyCollection(
                verts,
                facecolors=[(*_rgb(colour), 0.35)],
                edgecolors=[style.BAND_EDGE_COLOUR],
                linewidths=0.8,
                hatch=hatch,
                gid=f"treatments:{category.value}",
                zorder=2,
            )
        )
        if category in starts:
            symptom_axes.add_collection(
                LineCollection(
                    starts[category],
                    colors=[colour],
                    linewidths=1.2,
                    alpha=0.7,
                    transform=symptom_axes.get_xaxis_transform(),
                    gid=f"treatment-start:{category.value}",
                    zorder=1,
                ),
                autolim=False,
            )
    strip.set_ylim(lane_count, 0)
    strip.set_yticks([])
    strip.set_ylabel("Treatments", rotation=0, ha="right", va="center", fontsize=style.SMALL_SIZE)
    strip.tick_params(axis="x", which="both", bottom=False)
    for side in ("top", "right", "left"):
        strip.spines[side].set_visible(False)


def _rgb(colour: str) -> tuple[float, float, float]:
    value = int(colour.lstrip("#"), 16)
    return ((value >> 16 & 255) / 255, (value >> 8 & 255) / 255, (value & 255) / 255)


def _draw_appointments(
    data: HistoryData, chart: HistoryChart, hover: list[HoverInfo], days_per_inch: float
) -> Line2D:
    """Dashed lines across the panels and a row of diamonds along the bottom, labelled where
    there is room."""
    symptom_axes = chart.symptom_axes
    assert symptom_axes is not None
    xs = [_datetime_number(marker.when) for marker in data.appointments]
    for axes in (symptom_axes, chart.weight_axes):
        if axes is None or len(xs) > _MAX_APPOINTMENT_LINES:
            continue
        lines = LineCollection(
            [[(x, 0.0), (x, 1.0)] for x in xs],
            colors=style.APPOINTMENT_COLOUR,
            linewidths=0.8,
            linestyles=(0, (4, 3)),
            alpha=0.6,
            transform=axes.get_xaxis_transform(),
            gid="appointments",
            zorder=1,
        )
        axes.add_collection(lines, autolim=False)
    symptom_axes.plot(
        xs,
        [_APPOINTMENT_ROW] * len(xs),
        linestyle="none",
        marker=style.APPOINTMENT_MARKER,
        markersize=6,
        color=style.APPOINTMENT_COLOUR,
        gid="appointment-marks",
        zorder=3,
    )
    for index, (marker, x) in enumerate(zip(data.appointments, xs, strict=True)):
        short = marker.label.split(" – ")[0]
        following = xs[index + 1] if index + 1 < len(xs) else symptom_axes.get_xlim()[1]
        room = (following - x) / days_per_inch
        if room > _text_inches(short, style.SMALL_SIZE - 1) + 0.15:
            symptom_axes.text(
                x + 0.06 * days_per_inch,
                _APPOINTMENT_ROW,
                short,
                fontsize=style.SMALL_SIZE - 1,
                color=style.APPOINTMENT_COLOUR,
                va="center",
                ha="left",
                clip_on=True,
                gid="appointment-label",
            )
        hover.append(
            HoverInfo(
                day=marker.when.date(),
                series=marker.label,
                kind="appointment",
                value=None,
                value_text=f"appointment at {marker.when:%H:%M}",
                when_text=format_day(marker.when.date()),
                x=x,
                y=_APPOINTMENT_ROW,
                axes=symptom_axes,
            )
        )
    return Line2D(
        [],
        [],
        color=style.APPOINTMENT_COLOUR,
        linestyle=(0, (4, 3)),
        linewidth=0.8,
        marker=style.APPOINTMENT_MARKER,
        markersize=6,
        label="Appointment",
    )
