"""The History chart: symptoms over time with treatments, appointments and flags alongside.

``build_history_figure`` draws a ``HistoryData`` into a ``matplotlib.figure.Figure`` (never
pyplot), so the Qt view and the clinic PDF show the very same chart. From top to bottom:

- a strip of treatment bands, hatched by category and stacked in lanes so overlapping
  treatments stay readable, each labelled with its name (on a band too short to hold a long
  name, its first words and "…": pointing at the band shows it whole, with its dates);
- the symptoms panel, 0-10: rated symptoms as lines with markers (an Okabe-Ito colour and a
  shape of its own each), events as rows of triangles above the 0-10 scale, labelled on the
  left, flagged points ringed (a circle or a square, by level), treatments shaded faintly behind,
  appointments as dashed lines with a small diamond along the bottom;
- the weight panel, in the person's unit, only when there are weights.

The title names the range and how points were grouped ("Weekly averages"); the legend names
every series, appointments and the flag rings. Both are in the figure by default (the PDF, a
saved picture); the History view asks for neither (``legend=False, title=False``) and shows them
as Qt widgets beside the canvas, which screen readers can read and which cost the redraw nothing.
``HistoryChart.legend_entries`` describes each entry (label, the mark in words, its style) and
``legend_icon`` draws one entry's mark as pixels, exactly as the in-figure legend would.

``HistoryChart`` also answers hover and keyboard focus: ``hit_test`` finds the point (or the
treatment band) under the mouse, in matplotlib display pixels, and ``hover_points`` lists them
all in date order. That index (every point's words, each flag's reason) is only made the first
time it is asked for: a redraw nobody points at does not pay for it.

The layout is computed from the figure's size in inches (no tight or constrained layout, which
would draw the figure twice), and the date ticks are worked out once per build rather than on
every draw. What a redraw still costs beyond a plain plot of the same lines is mostly text:
matplotlib lays out and rasterises every label glyph by glyph on each draw.
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
from matplotlib.ticker import FixedFormatter, FixedLocator, MaxNLocator, NullFormatter
from matplotlib.typing import LineStyleType

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
# A treatment's name longer than this, on a band too short to hold it, is cut to its first words.
SHORT_LABEL_CHARACTERS = 14
# A symptoms panel shorter than this (in inches) labels its scale 0, 5 and 10 only: six labels
# would run into each other there.
SHORT_PANEL_INCHES = 1.6

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
# Characters' widths in ems, to estimate label widths without asking the renderer (DejaVu Sans:
# lower case about 0.55, capitals and figures wider).
_CHAR_WIDTH = 0.55
_WIDE_CHAR_WIDTH = 0.7
_MARK_EDGE_COLOUR = "#333333"  # a thin dark edge, so pale marks still show on white
_APPOINTMENT_DASHES: LineStyleType = (0, (4, 3))
_TITLE_INCHES = 0.5  # room above the plots for the title
_DATES_INCHES = 0.52  # room under the plots for the date labels (two lines: the year)
_BARE_TOP_INCHES = 0.15  # without a title: room for the top tick label's upper half

# The marks in words, for the legend's description of each entry (read by screen readers, and
# a tooltip for anyone who cannot tell two colours apart).
_COLOUR_WORDS = {
    "#0072B2": "blue",
    "#D55E00": "vermillion",
    "#009E73": "bluish green",
    "#CC79A7": "reddish purple",
    "#E69F00": "orange",
    "#56B4E9": "sky blue",
    "#000000": "black",
    "#F0E442": "yellow",
    "#444444": "dark grey",
    "#555555": "grey",
}
_MARKER_WORDS = {
    "o": "round",
    "s": "square",
    "D": "diamond",
    "P": "plus-shaped",
    "X": "cross-shaped",
    "h": "hexagonal",
    "p": "pentagonal",
    "d": "narrow diamond",
    "8": "octagonal",
    "v": "downward triangle",
    "^": "upward triangle",
    "<": "left-pointing triangle",
    ">": "right-pointing triangle",
}

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

    day: dt.date  # the day, or the first day of the week or month (a treatment: its first)
    series: str  # "Back pain", "Weight", the appointment's label, the treatment's name
    kind: str  # "rated", "event", "weight", "appointment" or "treatment"
    value: float | None
    value_text: str  # "6 of 10", "average 4.3 of 10 (highest 7, 5 days)", "68.2 kg" ...
    when_text: str  # "3 March 2025", "Week from 3 March 2025", "March 2025", "From 3 March 2025"
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


@dataclass(frozen=True)
class LegendEntry:
    """One line of the chart's legend: its words and the mark beside them.

    Frozen and hashable, so a view can keep each mark's picture and draw it only once.
    """

    label: str  # "Bone pain", "Appointment", "Flag: contact promptly"
    description: str  # the mark in words: "blue line with round markers"
    colour: str
    marker: str = ""  # a matplotlib marker, "" for none
    linestyle: LineStyleType = "-"  # "none" for marks without a line
    linewidth: float = 1.6
    markersize: float = 5.5
    markerfacecolor: str = ""  # "" for the entry's colour, "none" for a hollow ring
    markeredgecolor: str = ""  # "" for the entry's colour
    markeredgewidth: float = 0.5


@dataclass
class HistoryChart:
    """A drawn History chart: the figure, its axes, its legend entries and the hover index."""

    figure: Figure
    data: HistoryData
    symptom_axes: Axes | None  # None for an empty period
    weight_axes: Axes | None
    treatment_axes: Axes | None
    aggregation_label: str
    title: str = ""  # the range and the grouping, in the figure unless built with title=False
    symptom_lines: dict[str, Line2D] = field(default_factory=dict)  # rated symptoms, by key
    event_marks: dict[str, Line2D] = field(default_factory=dict)  # events, by key
    weight_line: Line2D | None = None
    flag_marks: list[Line2D] = field(default_factory=list)
    legend_entries: list[LegendEntry] = field(default_factory=list)
    _event_rows: dict[str, float] = field(default_factory=dict)  # an event's key: its row's y
    _lanes: list[int] = field(default_factory=list)  # each treatment band's lane in the strip
    _points: list[HoverInfo] | None = None  # made on first use
    _by_axes: dict[int, tuple[Axes, Any, list[HoverInfo]]] = field(default_factory=dict)
    _bands: list[tuple[float, float, int, HoverInfo]] = field(default_factory=list)

    @property
    def axes(self) -> list[Axes]:
        return [
            axes
            for axes in (self.treatment_axes, self.symptom_axes, self.weight_axes)
            if axes is not None
        ]

    def hover_points(self) -> list[HoverInfo]:
        """Every point, appointment and treatment in date order, for keyboard navigation."""
        return list(self._index())

    def hit_test(self, x_pixel: float, y_pixel: float, tolerance: float = 8) -> HoverInfo | None:
        """The point nearest to a position in display pixels (origin bottom left, as in
        matplotlib's mouse events), if one lies within ``tolerance`` pixels; in the treatment
        strip, the band under the position (or that close to it)."""
        self._index()
        band = self._band_at(x_pixel, y_pixel, tolerance)
        if band is not None:
            return band
        best: HoverInfo | None = None
        best_distance = float(tolerance) ** 2
        for axes, coordinates, infos in self._by_axes.values():
            pixels = axes.transData.transform(coordinates)
            distances = (pixels[:, 0] - x_pixel) ** 2 + (pixels[:, 1] - y_pixel) ** 2
            index = int(np.argmin(distances))
            if distances[index] <= best_distance:
                best, best_distance = infos[index], float(distances[index])
        return best

    def _band_at(self, x_pixel: float, y_pixel: float, tolerance: float) -> HoverInfo | None:
        """The treatment band drawn at (or within ``tolerance`` pixels across from) a pixel:
        a treatment of a few days is a sliver, which a pointer should not have to hit exactly."""
        strip = self.treatment_axes
        if strip is None or not self._bands:
            return None
        best: HoverInfo | None = None
        best_distance = float(tolerance)
        for start, end, lane, info in self._bands:
            (left, top), (right, bottom) = strip.transData.transform(
                [(start, lane + 0.12), (end, lane + 0.88)]
            )
            low, high = sorted((top, bottom))
            if not low <= y_pixel <= high:
                continue
            distance = max(left - x_pixel, x_pixel - right, 0.0)
            if distance <= best_distance:
                best, best_distance = info, distance
        return best

    def _index(self) -> list[HoverInfo]:
        """Every point's hover words, made the first time they are needed."""
        if self._points is not None:
            return self._points
        infos = _hover_infos(self)
        self._bands = _band_infos(self)
        self._points = sorted(
            [*infos, *(info for *_, info in self._bands)], key=lambda info: (info.day, info.x)
        )
        grouped: dict[int, list[HoverInfo]] = {}
        for info in infos:
            grouped.setdefault(id(info.axes), []).append(info)
        for group in grouped.values():
            axes = group[0].axes
            assert axes is not None
            coordinates = np.array([(info.x, info.y) for info in group], dtype=float)
            self._by_axes[id(axes)] = (axes, coordinates, group)
        return self._points


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
    wide = sum(1 for character in text if character.isupper() or character.isdigit())
    ellipses = text.count("…")  # a whole em
    ems = (len(text) - wide - ellipses) * _CHAR_WIDTH + wide * _WIDE_CHAR_WIDTH + ellipses
    return ems * size / 72


def _place_y_label(axes: Any, tick_labels: Sequence[str]) -> None:
    """Put the y label just left of the widest tick label, in a fixed place.

    matplotlib otherwise measures every tick label on every draw to find that place; the
    labels here are known (short numbers), so their width is estimated once instead.
    """
    widest = max((_text_inches(text, style.TICK_SIZE) for text in tick_labels), default=0.0)
    width_inches = axes.get_position().width * float(axes.figure.get_size_inches()[0])
    axes.yaxis.set_label_coords(-(widest + 0.16) / max(width_inches, 0.1), 0.5)


def chart_title(data: HistoryData) -> str:
    """The chart's title: its range and how its points were grouped."""
    return (
        f"From {format_day(data.first)} to {format_day(data.last)} · "
        f"{AGGREGATION_LABELS[data.aggregation]}"
    )


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


@dataclass(frozen=True)
class _BandLabel:
    """Where a treatment's name is written on the strip (data x), and the x range it covers."""

    text: str
    x: float
    align: str  # "left" or "right"
    left: float
    right: float


def _band_labels(
    bands: Sequence[TreatmentBand], x_min: float, x_max: float, days_per_inch: float
) -> list[_BandLabel]:
    """Each band's name from its start; right-aligned at the end of the plot where it would
    otherwise run past it, so that a name is never cut."""
    pad = 0.004 * (x_max - x_min)
    labels = []
    for band in bands:
        text = _band_label(band, x_min, x_max, days_per_inch)
        start, _end = _band_extent(band, x_max)
        width = (_text_inches(text, style.SMALL_SIZE) + 0.05) * days_per_inch
        x = max(start, x_min) + pad
        if x + width > x_max - pad:
            labels.append(_BandLabel(text, x_max - pad, "right", x_max - pad - width, x_max))
        else:
            labels.append(_BandLabel(text, x, "left", x, x + width))
    return labels


def _lanes(
    bands: Sequence[TreatmentBand],
    labels: Sequence[_BandLabel],
    x_min: float,
    x_max: float,
    days_per_inch: float,
) -> list[int]:
    """A lane per band, greedily, so no two bands (with their names) overlap in one lane."""
    lane_ends: list[float] = []
    lanes = []
    gap = 0.1 * days_per_inch
    for band, label in zip(bands, labels, strict=True):
        start = min(max(date_number(band.start), x_min), label.left)
        end = x_max if band.end is None else date_number(band.end) + 1
        # A treatment that follows another the next day shares its lane, unless a name is in
        # the way.
        occupied = max(end, label.right + gap)
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = occupied
                lanes.append(lane)
                break
        else:
            lane_ends.append(occupied)
            lanes.append(len(lane_ends) - 1)
    return lanes


def _band_label(band: TreatmentBand, x_min: float, x_max: float, days_per_inch: float) -> str:
    """The name written on a band: whole where the band is long enough to hold it; otherwise
    its first words, up to ``SHORT_LABEL_CHARACTERS``, and "…" (pointing at the band, or
    stepping to it with the arrow keys, shows the whole name, its kind and its dates)."""
    start, end = _band_extent(band, x_max)
    band_inches = (min(end, x_max) - max(start, x_min)) / days_per_inch
    name = band.label
    if len(name) <= SHORT_LABEL_CHARACTERS or _text_inches(name, style.SMALL_SIZE) <= band_inches:
        return name
    words = name.split()
    short = words[0][: SHORT_LABEL_CHARACTERS - 1]
    for word in words[1:]:
        if len(short) + 1 + len(word) > SHORT_LABEL_CHARACTERS - 1:
            break
        short += " " + word
    return short.rstrip(",;:(–-") + "…"


def _layout(
    width: float,
    height: float,
    left_inches: float,
    legend_inches: float,
    lanes: int,
    weight: bool,
    bottom_inches: float = _DATES_INCHES,
    top_inches: float = _TITLE_INCHES,
) -> _Layout:
    left = left_inches / width
    legend_x = 1 - legend_inches / width
    right = legend_x - 0.15 / width
    top = 1 - top_inches / height
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


def build_history_figure(
    data: HistoryData, figure: Figure | None = None, *, legend: bool = True, title: bool = True
) -> HistoryChart:
    """Draw ``data`` into ``figure`` (a new 10 x 6 inch figure when None).

    With ``legend`` and ``title`` (the default: the PDF, a saved picture) the figure carries its
    legend and its title; without them it is the plots alone, with the room they took given to
    the plots, for a view that shows ``HistoryChart.legend_entries`` and ``HistoryChart.title``
    itself.

    A figure this function drew before keeps its axes: only what is drawn on them is replaced,
    which makes a redraw (a new range, another symptom) much cheaper than building new axes.
    """
    if figure is None:
        figure = Figure(figsize=DEFAULT_SIZE_INCHES, dpi=100)
    _clear_drawing(figure)
    figure.set_facecolor("white")
    aggregation_label = AGGREGATION_LABELS[data.aggregation]
    title_text = chart_title(data)
    if title:
        figure.suptitle(
            title_text, fontsize=style.TITLE_SIZE, color=style.TEXT_COLOUR, x=0.02, ha="left"
        )
    if data.is_empty:
        _remove_axes(figure)
        return _draw_empty(data, figure, aggregation_label, title_text)
    return _draw_chart(data, figure, aggregation_label, title_text, legend=legend, title=title)


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
        symptom_axes = ours["symptoms"] = _new_axes(figure, layout.symptoms)
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
            # Not sharing x with the symptoms: shared axes measure each other's tick labels
            # on every draw. Each gets the same range and ticks instead.
            axes = ours[role] = _new_axes(figure, place, ticks_below=role != "treatments")
            found.append(axes)
    return symptom_axes, found[0], found[1]


def _new_axes(
    figure: Figure, place: tuple[float, float, float, float], ticks_below: bool = True
) -> Axes:
    """New axes with the chart's tick style (set once: applying it to every tick again on each
    redraw cost more than drawing some of the lines)."""
    axes = figure.add_axes(place)
    axes.tick_params(labelsize=style.TICK_SIZE, colors=style.TEXT_COLOUR)
    if not ticks_below:
        # No dates and no vertical grid here: the panel below carries them. An axis with
        # nothing to show still measured its ticks on every draw.
        axes.tick_params(axis="x", which="both", bottom=False, labelbottom=False)
        axes.xaxis.set_visible(False)
    return axes


def _draw_empty(
    data: HistoryData, figure: Figure, aggregation_label: str, title: str
) -> HistoryChart:
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
    return HistoryChart(figure, data, None, None, None, aggregation_label, title)


def _draw_chart(
    data: HistoryData,
    figure: Figure,
    aggregation_label: str,
    title_text: str,
    *,
    legend: bool,
    title: bool,
) -> HistoryChart:
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
    # Without a legend, the right margin only holds the end of the last date label.
    legend_columns, bottom_inches, legend_inches, legend_below = 1, _DATES_INCHES, 0.1, False
    if legend:
        legend_columns, bottom_inches, legend_inches = _legend_room(
            data, rated, events, width, height, left_inches
        )
        legend_below = legend_columns > 1 or legend_inches < 0.5
    plot_inches = max(width - left_inches - legend_inches - 0.15, 1.0)
    days_per_inch = (x_max - x_min) / plot_inches
    band_labels = _band_labels(data.treatments, x_min, x_max, days_per_inch)
    lanes = _lanes(data.treatments, band_labels, x_min, x_max, days_per_inch)
    layout = _layout(
        width,
        height,
        left_inches,
        legend_inches,
        max(lanes, default=-1) + 1,
        bool(data.weight),
        bottom_inches,
        _TITLE_INCHES if title else _BARE_TOP_INCHES,
    )

    symptom_axes, treatment_axes, weight_axes = _axes_for(figure, layout)
    chart = HistoryChart(
        figure, data, symptom_axes, weight_axes, treatment_axes, aggregation_label, title_text
    )
    bottom_axes = weight_axes or symptom_axes
    _fix_date_ticks(chart.axes, bottom_axes, x_min, x_max, plot_inches)

    ring_levels = _ring_levels(data.flagged, aggregation)
    levels_shown: set[FlagLevel] = set()

    # Rated symptoms and events.
    rings: dict[FlagLevel, list[tuple[float, float]]] = {level: [] for level in FlagLevel}
    for index, series in enumerate([*rated, *events]):
        look = style.series_style(index, series.kind is SymptomKind.EVENT)
        if series.kind is SymptomKind.RATED:
            chart.symptom_lines[series.key] = _draw_rated(series, symptom_axes, look, aggregation)
            _add_rings(rings, series.key, series.points, None, ring_levels)
        else:
            row_y = _EVENT_ROW_START + _EVENT_ROW_STEP * len(chart.event_marks)
            chart.event_marks[series.key] = _draw_event(series, symptom_axes, look, row_y)
            chart._event_rows[series.key] = row_y
            _add_rings(rings, series.key, series.points, row_y, ring_levels)
    chart.flag_marks.extend(_draw_rings(symptom_axes, rings, levels_shown))

    symptom_top = _EVENT_ROW_START + _EVENT_ROW_STEP * (len(events) - 1) + 0.6 if events else 10.6
    symptom_axes.set_ylim(_APPOINTMENT_ROW - 0.6, symptom_top)
    # A panel too short for the words gets the scale alone (the legend names the symptoms), and
    # fewer numbers on it, which would otherwise touch.
    panel_inches = layout.symptoms[3] * height
    if panel_inches >= SHORT_PANEL_INCHES:
        symptom_axes.set_yticks([0.0, 2.0, 4.0, 6.0, 8.0, 10.0], ["0", "2", "4", "6", "8", "10"])
    else:
        symptom_axes.set_yticks([0.0, 5.0, 10.0], ["0", "5", "10"])
    symptom_axes.set_ylabel(
        "Severity (0–10)" if panel_inches >= SHORT_PANEL_INCHES else "0–10",
        fontsize=style.LABEL_SIZE,
    )
    _place_y_label(symptom_axes, ["10"])
    symptom_axes.grid(axis="y", color=style.GRID_COLOUR, linewidth=0.8)
    symptom_axes.set_axisbelow(True)

    if weight_axes is not None:
        # Its own axis label names it: no legend entry (every entry costs a few ms per draw).
        _draw_weight(data, weight_axes, ring_levels, chart, levels_shown)

    if treatment_axes is not None:
        # The bands carry the drugs' names and a hatch per kind of treatment; the kinds are not
        # repeated in the legend, which would grow by one line per kind.
        chart._lanes = lanes
        _draw_treatments(data, treatment_axes, symptom_axes, lanes, band_labels, (x_min, x_max))

    if data.appointments:
        _draw_appointments(data, chart, days_per_inch)

    chart.legend_entries = _legend_entries(chart, rated, events, levels_shown)
    if legend and chart.legend_entries:
        if legend_below:
            anchor = (layout.left, (bottom_inches - _DATES_INCHES + 0.05) / height)
            columns = legend_columns
        else:
            anchor, columns = (layout.legend_x, layout.top), 1
        figure.legend(
            handles=[_legend_handle(entry) for entry in chart.legend_entries],
            labels=[_wrap(entry.label) for entry in chart.legend_entries],
            loc="upper left",
            bbox_to_anchor=anchor,
            ncols=columns,
            fontsize=style.SMALL_SIZE,
            frameon=False,
            borderaxespad=0.0,
            handlelength=2.2,
            columnspacing=1.2,
        )
    return chart


def _legend_room(
    data: HistoryData,
    rated: Sequence[SymptomSeries],
    events: Sequence[SymptomSeries],
    width: float,
    height: float,
    left_inches: float,
) -> tuple[int, float, float]:
    """Where the in-figure legend goes: (columns, bottom margin, right margin) in inches.

    Beside the plots in one column, or under them in as many columns as fit when beside them
    it would leave the plots narrow (and they keep enough height).
    """
    legend_labels = [_wrap(label) for label in _legend_labels(data, rated, events)]
    if not legend_labels:  # weight alone: its axis names it
        return 1, _DATES_INCHES, 0.1
    column_inches = (
        max(
            _text_inches(line, style.SMALL_SIZE)
            for label in legend_labels
            for line in label.splitlines()
        )
        + 0.75
    )
    if width - left_inches - column_inches - 0.15 < 0.62 * (width - left_inches):
        columns = _legend_columns(legend_labels, width - left_inches - 0.2)
        rows = -(-len(legend_labels) // columns)
        below = _DATES_INCHES + rows * 0.23 + 0.1
        lanes_estimate = len(data.treatments) * _LANE_HEIGHT_INCHES
        if height - 0.5 - below - lanes_estimate >= MIN_PLOT_HEIGHT_INCHES:
            return columns, below, 0.25
    return 1, _DATES_INCHES, column_inches


def _fix_date_ticks(
    every: Sequence[Axes], bottom: Axes, x_min: float, x_max: float, plot_inches: float
) -> None:
    """The same date range and ticks on every panel, labelled on the ``bottom`` one only:
    about one date label per inch, so they never run into each other in a narrow plot.

    Worked out once here and then fixed: left to themselves, the date locator and its formatter
    would work the same ticks out again on every draw, for each panel.
    """
    locator = AutoDateLocator(  # type: ignore[no-untyped-call]
        minticks=3, maxticks=max(3, min(10, int(plot_inches / 0.9)))
    )
    formatter = ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    bottom.set_xlim(x_min, x_max)
    bottom.xaxis.set_major_locator(locator)
    ticks = list(bottom.xaxis.get_majorticklocs())
    labels = with_years(ticks, formatter.format_ticks(ticks))  # type: ignore[no-untyped-call]
    for axes in every:
        axes.set_xlim(x_min, x_max)
        axes.xaxis.set_major_locator(FixedLocator(ticks))
        if axes is bottom:
            # Without the formatter's corner note ("2026-Nov"): the title names the range.
            axes.xaxis.set_major_formatter(FixedFormatter(labels))
        else:
            axes.xaxis.set_major_formatter(NullFormatter())


def with_years(ticks: Sequence[float], labels: Sequence[str]) -> list[str]:
    """The date labels with the year under the first one and under each one where a new year
    begins, unless the label is that year already: a chart read on its own (printed, saved,
    shown to a clinician) never leaves the year to be guessed."""
    from matplotlib.dates import num2date

    result, previous = [], None
    for tick, label in zip(ticks, labels, strict=True):
        year = num2date(tick).year  # type: ignore[no-untyped-call]
        if year != previous and label != str(year):
            label = f"{label}\n{year}"
        result.append(label)
        previous = year
    return result


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
    """The legend's labels as far as they are known before drawing (to make room for them)."""
    labels = [series.label for series in (*rated, *events)]
    # One entry per flag level present (not one per flagged day: there can be thousands).
    levels = {flag.level for flag in data.flagged}
    labels.extend(
        _flag_label(level, data.aggregation)
        for level in sorted(levels, key=lambda level: LEVEL_ORDER[level])
    )
    if data.appointments:
        labels.append("Appointment")
    return labels


def _flag_label(level: FlagLevel, aggregation: Aggregation) -> str:
    return style.FLAG_STYLES[level].label + (
        "" if aggregation is Aggregation.DAY else " (only these are ringed here)"
    )


def _legend_entries(
    chart: HistoryChart,
    rated: Sequence[SymptomSeries],
    events: Sequence[SymptomSeries],
    levels_shown: set[FlagLevel],
) -> list[LegendEntry]:
    """The series, appointments and flag rings as drawn, in the legend's order."""
    entries = []
    for series in rated:
        line = chart.symptom_lines[series.key]
        colour, marker = str(line.get_color()), _marker_of(line)
        words = _COLOUR_WORDS.get(colour, "coloured")
        description = f"{words} line" + (
            f" with {_MARKER_WORDS.get(marker, 'shaped')} markers" if marker else ""
        )
        entries.append(
            LegendEntry(
                series.label,
                description,
                colour,
                marker,
                markeredgecolor=_MARK_EDGE_COLOUR,
            )
        )
    for series in events:
        mark = chart.event_marks[series.key]
        colour, marker = str(mark.get_color()), _marker_of(mark)
        shape = _MARKER_WORDS.get(marker, "mark")
        entries.append(
            LegendEntry(
                series.label,
                f"{_COLOUR_WORDS.get(colour, 'coloured')} {shape}s in a row above the 0–10 scale",
                colour,
                marker,
                linestyle="none",
                markersize=8,
                markeredgecolor=_MARK_EDGE_COLOUR,
            )
        )
    if chart.data.appointments:
        entries.append(
            LegendEntry(
                "Appointment",
                "grey dashed line, with a diamond along the bottom",
                style.APPOINTMENT_COLOUR,
                style.APPOINTMENT_MARKER,
                linestyle=_APPOINTMENT_DASHES,
                linewidth=0.8,
                markersize=6,
                markeredgewidth=1.0,
            )
        )
    for level in (FlagLevel.PROMPTLY, FlagLevel.NEXT_VISIT):
        if level in levels_shown:
            ring = style.FLAG_STYLES[level]
            shape = "square" if ring.marker == "s" else "circle"
            entries.append(
                LegendEntry(
                    _flag_label(level, chart.data.aggregation),
                    f"{_COLOUR_WORDS.get(ring.colour, 'coloured')} hollow {shape} around a point",
                    ring.colour,
                    ring.marker,
                    linestyle="none",
                    markersize=ring.size * 0.75,
                    markerfacecolor="none",
                    markeredgewidth=1.8,
                )
            )
    return entries


def _marker_of(line: Line2D) -> str:
    marker = line.get_marker()
    return marker if isinstance(marker, str) and marker not in ("None", "none", "") else ""


def _legend_handle(entry: LegendEntry) -> Line2D:
    """A legend handle drawn like ``entry`` (no data: the legend only borrows its style)."""
    return Line2D(
        [],
        [],
        color=entry.colour,
        linestyle=entry.linestyle,
        linewidth=entry.linewidth,
        marker=entry.marker or None,
        markersize=entry.markersize,
        markerfacecolor=entry.markerfacecolor or entry.colour,
        markeredgecolor=entry.markeredgecolor or entry.colour,
        markeredgewidth=entry.markeredgewidth,
        label=entry.label,
    )


def legend_icon(entry: LegendEntry, width: int, height: int, scale: float = 1.0) -> Any:
    """``entry``'s mark as the in-figure legend draws it, as RGBA pixels (a numpy array of
    ``round(height * scale)`` rows of ``round(width * scale)`` pixels, transparent around it).

    ``width`` and ``height`` are in the chart canvas's logical pixels (a hundredth of an inch,
    as matplotlib's Qt canvas counts them), ``scale`` the screen's device pixel ratio. A short
    line across the middle (for entries drawn as lines) with one mark at its centre.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(width / 100, height / 100), dpi=100 * scale)
    figure.patch.set_alpha(0.0)
    margin = 0.08
    if entry.linestyle not in ("none", "None", ""):
        figure.add_artist(
            Line2D(
                [margin, 1 - margin],
                [0.5, 0.5],
                transform=figure.transFigure,
                color=entry.colour,
                linestyle=entry.linestyle,
                linewidth=entry.linewidth,
            )
        )
    if entry.marker:
        handle = _legend_handle(entry)
        handle.set_data([0.5], [0.5])
        handle.set_linestyle("none")
        handle.set_transform(figure.transFigure)
        figure.add_artist(handle)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    pixels = np.asarray(canvas.buffer_rgba()).copy()  # type: ignore[no-untyped-call]
    figure.clear()
    return pixels


def _ring_levels(
    flagged: Sequence[FlaggedDay], aggregation: Aggregation
) -> dict[tuple[str, dt.date], FlagLevel]:
    """(symptom, point day) -> the level of the ring drawn there, for each ringed point.

    Day by day every flagged point gets a ring of its most urgent level; in weekly or monthly
    views only "contact promptly" ones do, because a ring on most averages says nothing. Every
    point still carries its flags' reasons on hover, and the Flags page lists them all. (Only
    the levels: the reasons wait for ``_flag_lookup``, on the first hover.)
    """
    levels: dict[tuple[str, dt.date], FlagLevel] = {}
    if aggregation is not Aggregation.DAY:
        promptly = FlagLevel.PROMPTLY
        for flag in flagged:
            if flag.level is promptly:
                levels[flag.symptom_key, group_start(flag.day, aggregation)] = promptly
        return levels
    for flag in flagged:
        key = (flag.symptom_key, flag.day)
        known = levels.get(key)
        if known is None or LEVEL_ORDER[flag.level] < LEVEL_ORDER[known]:
            levels[key] = flag.level
    return levels


def _add_rings(
    rings: dict[FlagLevel, list[tuple[float, float]]],
    key: str,
    points: Sequence[Point],
    row_y: float | None,
    ring_levels: dict[tuple[str, dt.date], FlagLevel],
) -> None:
    """Add a ring for each of ``points`` that has one, at the point (an event: on its row)."""
    if not ring_levels:
        return
    for point in points:
        level = ring_levels.get((key, point.day))
        if level is not None:
            y = point.value if row_y is None else row_y
            rings[level].append((date_number(point.day), y))


def _flag_lookup(
    flagged: Sequence[FlaggedDay], aggregation: Aggregation
) -> dict[tuple[str, dt.date], tuple[FlagLevel, str]]:
    """(symptom, point day) -> the most urgent level and its reason, for each flagged point."""
    urgent: dict[tuple[str, dt.date], FlaggedDay] = {}
    counts: dict[tuple[str, dt.date], int] = {}
    for day in flagged:
        point = (day.symptom_key, group_start(day.day, aggregation))
        counts[point] = counts.get(point, 0) + 1
        known = urgent.get(point)
        if known is None or (LEVEL_ORDER[day.level], day.day) < (
            LEVEL_ORDER[known.level],
            known.day,
        ):
            urgent[point] = day
    period = "week" if aggregation is Aggregation.WEEK else "month"
    lookup = {}
    for point, day in urgent.items():
        reason = day.reason
        if counts[point] > 1:
            reason += f" (Flagged on {counts[point]} days this {period}.)"
        lookup[point] = (day.level, reason)
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


def _add_line(axes: Axes, x: Any, y: Any, **style_: Any) -> Line2D:
    """A line on ``axes``: what ``axes.plot`` does for these already-styled lines, at a third of
    its cost (no format strings, colour cycle or unit lookups)."""
    line = Line2D(x, y, **style_)
    axes.add_line(line)
    return line


def _draw_rated(
    series: SymptomSeries, axes: Axes, look: style.SeriesStyle, aggregation: Aggregation
) -> Line2D:
    x, y = _xy(series.points, aggregation)
    markers = len(series.points) <= 400  # beyond that, markers would only smudge the line
    line = _add_line(
        axes,
        x,
        y,
        color=look.colour,
        marker=look.marker if markers else None,
        markersize=5.5,
        markeredgecolor=_MARK_EDGE_COLOUR,
        markeredgewidth=0.5,
        linewidth=1.6,
        label=series.label,
        gid=f"symptom:{series.key}",
        zorder=3,
    )
    return line


def _draw_event(series: SymptomSeries, axes: Axes, look: style.SeriesStyle, row_y: float) -> Line2D:
    x = np.fromiter((date_number(point.day) for point in series.points), float)
    line = _add_line(
        axes,
        x,
        np.full(len(x), row_y),
        linestyle="none",
        color=look.colour,
        marker=look.marker,
        markersize=8,
        markeredgecolor=_MARK_EDGE_COLOUR,
        markeredgewidth=0.5,
        label=series.label,
        gid=f"event:{series.key}",
        zorder=3,
    )
    return line


def _draw_rings(
    axes: Axes, rings: dict[FlagLevel, list[tuple[float, float]]], levels_shown: set[FlagLevel]
) -> list[Line2D]:
    """One hollow-marker line per flag level: a ring around each flagged point."""
    lines = []
    for level, points in rings.items():
        if not points:
            continue
        look = style.FLAG_STYLES[level]
        line = _add_line(
            axes,
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
    ring_levels: dict[tuple[str, dt.date], FlagLevel],
    chart: HistoryChart,
    levels_shown: set[FlagLevel],
) -> None:
    unit = data.weight_unit.value
    x, y = _xy(data.weight, data.aggregation)
    line = _add_line(
        axes,
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
    # The range set here every time (a reused axes keeps the last one it was given), and its
    # ticks worked out once, as for the dates.
    low, high = min(point.value for point in data.weight), max(p.value for p in data.weight)
    if high - low < MIN_WEIGHT_SPAN:
        # A steady weight should look steady, not like a swing across 68.50-68.95.
        middle, half = (high + low) / 2, MIN_WEIGHT_SPAN / 2 * 1.2
        low, high = middle - half, middle + half
    else:
        low, high = low - 0.2 * (high - low), high + 0.2 * (high - low)
    axes.set_ylim(low, high)
    # Two numbers on a panel too short for more to stand apart.
    bins = 4 if panel_inches >= 0.8 else 2
    ticks = MaxNLocator(nbins=bins, steps=[1, 2, 2.5, 5, 10]).tick_values(low, high)
    shown_ticks = [tick for tick in ticks if low <= tick <= high]
    axes.set_yticks(shown_ticks)
    _place_y_label(axes, [f"{tick:g}" for tick in shown_ticks])
    rings: dict[FlagLevel, list[tuple[float, float]]] = {level: [] for level in FlagLevel}
    _add_rings(rings, WEIGHT_KEY, data.weight, None, ring_levels)
    chart.flag_marks.extend(_draw_rings(axes, rings, levels_shown))


def _band_extent(band: TreatmentBand, x_max: float) -> tuple[float, float]:
    """A band's x extent: its first to its last day (ongoing: to the end of the range)."""
    start = date_number(band.start)
    end = x_max if band.end is None else date_number(band.end)
    return start, max(end, start + 1)  # a one-day treatment still shows


def _draw_treatments(
    data: HistoryData,
    strip: Axes,
    symptom_axes: Axes,
    lanes: Sequence[int],
    labels: Sequence[_BandLabel],
    x_range: tuple[float, float],
) -> None:
    """Hatched bands in lanes in the strip, a line where each began across the symptoms panel."""
    x_min, x_max = x_range
    lane_count = max(lanes) + 1
    by_category: dict[TreatmentCategory, list[Any]] = {}
    starts: list[Any] = []  # a thin line where each one began, in its kind's colour
    backings: list[Any] = []  # a light box behind each name
    start_colours: list[str] = []
    for band, lane, label in zip(data.treatments, lanes, labels, strict=True):
        start, end = _band_extent(band, x_max)
        top, bottom = lane + 0.12, lane + 0.88
        by_category.setdefault(band.category, []).append(
            [(start, top), (start, bottom), (end, bottom), (end, top)]
        )
        if start >= x_min:
            starts.append([(start, 0.0), (start, 1.0)])
            start_colours.append(style.CATEGORY_COLOURS[band.category])
        strip.text(
            label.x,
            lane + 0.5,
            label.text,
            fontsize=style.SMALL_SIZE,
            color=style.TEXT_COLOUR,
            va="center",
            ha=label.align,
            clip_on=True,
            zorder=3,
        )
        # A light box behind the name keeps it readable on the hatching. All of them are one
        # collection, sized from the label's known extent: a ``bbox`` per text measured and
        # drew a patch for each name on every redraw.
        backings.append(
            [
                (label.left, lane + 0.22),
                (label.left, lane + 0.78),
                (label.right, lane + 0.78),
                (label.right, lane + 0.22),
            ]
        )
    if backings:
        strip.add_collection(
            PolyCollection(
                backings,
                facecolors=[(1.0, 1.0, 1.0, 0.85)],
                edgecolors="none",
                gid="treatment-name-backing",
                zorder=2.5,
            ),
            autolim=False,
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
            ),
            autolim=False,  # the strip's limits are set below
        )
    if starts:
        # One collection for all of them: each collection drawn costs more than its lines.
        symptom_axes.add_collection(
            LineCollection(
                starts,
                colors=start_colours,
                linewidths=1.2,
                alpha=0.7,
                transform=symptom_axes.get_xaxis_transform(),
                gid="treatment-starts",
                zorder=1,
            ),
            autolim=False,
        )
    strip.set_ylim(lane_count, 0)
    # The strip's name as a plain text: its y axis has no scale to show, and drawing an axis
    # only for its label cost more than the label.
    strip.yaxis.set_visible(False)
    width_inches = strip.bbox.width / strip.figure.dpi
    strip.text(
        -0.08 / max(width_inches, 0.1),
        0.5,
        "Treatments",
        transform=strip.transAxes,
        ha="right",
        va="center",
        fontsize=style.SMALL_SIZE,
        color=style.TEXT_COLOUR,
        gid="treatments-label",
    )
    for side in ("top", "right", "left"):
        strip.spines[side].set_visible(False)


def _rgb(colour: str) -> tuple[float, float, float]:
    value = int(colour.lstrip("#"), 16)
    return ((value >> 16 & 255) / 255, (value >> 8 & 255) / 255, (value & 255) / 255)


def _draw_appointments(data: HistoryData, chart: HistoryChart, days_per_inch: float) -> None:
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
            linestyles=_APPOINTMENT_DASHES,
            alpha=0.6,
            transform=axes.get_xaxis_transform(),
            gid="appointments",
            zorder=1,
        )
        axes.add_collection(lines, autolim=False)
    _add_line(
        symptom_axes,
        xs,
        [_APPOINTMENT_ROW] * len(xs),
        linestyle="none",
        marker=style.APPOINTMENT_MARKER,
        markersize=6,
        color=style.APPOINTMENT_COLOUR,
        gid="appointment-marks",
        zorder=3,
    )
    x_end = symptom_axes.get_xlim()[1]
    for index, (marker, x) in enumerate(zip(data.appointments, xs, strict=True)):
        short = marker.label.split(" – ")[0]
        following = xs[index + 1] if index + 1 < len(xs) else x_end
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


# -- hover -------------------------------------------------------------------------------------


def _hover_infos(chart: HistoryChart) -> list[HoverInfo]:
    """What pointing at each point shows: symptoms, then weights, then appointments."""
    data, symptom_axes = chart.data, chart.symptom_axes
    if symptom_axes is None:
        return []
    aggregation = data.aggregation
    flagged = _flag_lookup(data.flagged, aggregation)
    infos: list[HoverInfo] = []
    rated = [s for s in data.symptoms if s.key in chart.symptom_lines]
    events = [s for s in data.symptoms if s.key in chart.event_marks]
    for series in (*rated, *events):
        row_y = chart._event_rows.get(series.key)
        kind = series.kind.value
        for point in series.points:
            infos.append(
                _point_info(
                    point,
                    series.label,
                    kind,
                    aggregation,
                    flagged.get((series.key, point.day)),
                    point.value if row_y is None else row_y,
                    symptom_axes,
                )
            )
    if chart.weight_axes is not None:
        unit = data.weight_unit.value
        for point in data.weight:
            infos.append(
                _point_info(
                    point,
                    "Weight",
                    "weight",
                    aggregation,
                    flagged.get((WEIGHT_KEY, point.day)),
                    point.value,
                    chart.weight_axes,
                    unit,
                )
            )
    for marker in data.appointments:
        infos.append(
            HoverInfo(
                day=marker.when.date(),
                series=marker.label,
                kind="appointment",
                value=None,
                value_text=f"appointment at {marker.when:%H:%M}",
                when_text=format_day(marker.when.date()),
                x=_datetime_number(marker.when),
                y=_APPOINTMENT_ROW,
                axes=symptom_axes,
            )
        )
    return infos


def _band_infos(chart: HistoryChart) -> list[tuple[float, float, int, HoverInfo]]:
    """Each treatment band's extent, lane and words (its name may be cut short on the band)."""
    strip = chart.treatment_axes
    if strip is None:
        return []
    x_min, x_max = strip.get_xlim()
    bands = []
    for band, lane in zip(chart.data.treatments, chart._lanes, strict=True):
        start, end = _band_extent(band, x_max)
        if band.end is None:
            value_text = f"{band.category_label}, ongoing"
        elif band.end == band.start:
            value_text = band.category_label
        else:
            value_text = f"{band.category_label}, until {format_day(band.end)}"
        info = HoverInfo(
            day=band.start,
            series=band.label,
            kind="treatment",
            value=None,
            value_text=value_text,
            when_text=(
                format_day(band.start)
                if band.end == band.start
                else f"From {format_day(band.start)}"
            ),
            x=min(max(start, x_min), x_max),
            y=lane + 0.5,
            axes=strip,
        )
        bands.append((start, end, lane, info))
    return bands


def _point_info(
    point: Point,
    series: str,
    kind: str,
    aggregation: Aggregation,
    flag: tuple[FlagLevel, str] | None,
    y: float,
    axes: Axes,
    unit: str = "",
) -> HoverInfo:
    return HoverInfo(
        day=point.day,
        series=series,
        kind=kind,
        value=point.value,
        value_text=_value_text(point, kind, aggregation, unit),
        when_text=_when_text(point.day, aggregation),
        note=point.note,
        reason=flag[1] if flag else "",
        level=flag[0] if flag else None,
        x=date_number(point.day),
        y=y,
        axes=axes,
    )
