"""The History chart: one lane per symptom on a shared time axis, with treatments, appointments
and flags across them.

``build_history_figure`` draws a ``HistoryData`` into a ``matplotlib.figure.Figure`` (never
pyplot), so the Qt view and the clinic PDF show the very same chart. It is small multiples: from
top to bottom, in one plot sharing one date axis,

- the treatments, as hatched bands stacked in rows so overlapping treatments stay readable, each
  with its name (cut to its first words and "…" on a band too short for it: pointing at the band
  shows it whole, with its dates); each band is shaded faintly down across every lane, and a
  line in its colour marks the day it began;
- the appointments, as diamonds in a row of their own and a dashed line down across the lanes;
- under the symptoms, for each medicine taken as needed with scores before and after its doses
  ("Relief after Paracetamol"), each dose as a short vertical line on its 0-10 scale from a ring
  at the score before to a triangle at the score after, pointing the way the score went;
- one lane per symptom, named on its left: a rated symptom as a line with a light fill, its lane
  running from 0 (its base line) to 10 (its dotted top line); an event as a mark on each day (or
  week, or month) it happened; the weight, in the person's unit, with its range written beside;
  the temperature (each day's highest, in the person's unit) likewise, its range always holding
  the fever flag's threshold, drawn as a faint dashed line across the lane and named in the key;
- a ring (by level: a triangle or a circle, the shapes of every page) only on the points whose
  own day raised a flag, or, in weekly and monthly views, on the week or month holding such a
  day: one meaning at every period.

The lanes share the height the figure gives them, so the chart fills the space it has, each
never under its least height (two lines of words; three for the weight and the temperature)
when the figure has room for that: ``HistoryChart.least_height_inches`` says how tall that is,
and the History view grows its chart to it, its page scrolling. A treatment's name sits on a
solid box of the paper's colour, so no hatching crosses it. The title
names the range and how points were grouped ("Weekly averages"); the key names the marks and the
vertical lines. Both are in the figure by default (the PDF, a saved picture); the History view
asks for neither (``legend=False, title=False``) and shows them as Qt widgets beside the canvas,
which screen readers can read and which cost the redraw nothing. ``HistoryChart.legend_entries``
describes each entry (label, the mark in words, its style) and ``legend_icon`` draws one entry's
mark as pixels, exactly as the in-figure legend would. ``colours`` (``style.ChartColours``) are
the chart on white unless the caller passes others: the view passes its theme's.

``HistoryChart`` also answers hover and keyboard focus: ``hit_test`` finds the point (or the
treatment band) under the mouse, in matplotlib display pixels, and ``hover_points`` lists them
all in date order. That index (every point's words, each flag's reason) is only made the first
time it is asked for: a redraw nobody points at does not pay for it.

Cheap to redraw: every lane is in one ``Axes`` (one date axis, worked out once per build), and
all the lanes' lines, fills, marks and guides are a handful of collections whatever the number of
symptoms, not an artist per symptom. The layout is computed from the figure's size in inches (no
tight or constrained layout, which would draw the figure twice). What a redraw still costs beyond
a plain plot is mostly text, which matplotlib lays out glyph by glyph on each draw.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
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
from matplotlib.ticker import FixedFormatter, FixedLocator
from matplotlib.typing import LineStyleType

from mbc_tracker.domain.dates import (
    day_and_time,
    decimal,
    long_day,
    long_day_span,
    month_year,
    short_month,
    time_of_day,
)
from mbc_tracker.domain.daylog import DayValue
from mbc_tracker.domain.flags import LEVEL_ORDER, TEMPERATURE_KEY, WEIGHT_KEY
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.domain.records import SymptomKind, TemperatureUnit
from mbc_tracker.reports import style
from mbc_tracker.reports.history_data import (
    Aggregation,
    FlaggedDay,
    HistoryData,
    Point,
    ReliefSeries,
    TreatmentBand,
    group_start,
    shown_temperature,
)
from mbc_tracker.reports.style import PRINT_COLOURS, ChartColours

# Legend labels longer than this wrap onto a second line.
LEGEND_WRAP_CHARACTERS = 34
# The smallest range the weight lane shows, in the person's unit: a display choice.
MIN_WEIGHT_SPAN = 3.0
# The smallest range the temperature lane shows, in the person's unit: a display choice, so a
# few tenths of a degree from one day to the next do not look like a swing.
MIN_TEMPERATURE_SPAN = {TemperatureUnit.CELSIUS: 2.0, TemperatureUnit.FAHRENHEIT: 4.0}
# The room kept between the fever threshold and the lane's base or top line (in °C; in °F nine
# fifths of it), so its dashed line never lies on a guide line.
_THRESHOLD_ROOM_C = 0.3
# A treatment's name longer than this, on a band too short to hold it, is cut to its first words.
SHORT_LABEL_CHARACTERS = 14
# A lane's name wraps at this many characters onto a second line where the lane is tall enough.
LANE_LABEL_CHARACTERS = 20

# The chart's words, marked here (made at import time) and translated where drawn with
# ``translate("history_chart", ...)``; the texts that change with the grouping are written out
# whole for each, so that a translation never has to fit a word into a sentence.
AGGREGATION_LABELS = {
    Aggregation.DAY: QT_TRANSLATE_NOOP("history_chart", "Daily values"),
    Aggregation.WEEK: QT_TRANSLATE_NOOP("history_chart", "Weekly averages"),
    Aggregation.MONTH: QT_TRANSLATE_NOOP("history_chart", "Monthly averages"),
}
RELIEF_KEY_LABEL = QT_TRANSLATE_NOOP("history_chart", "Score before → after a dose")
EMPTY_TEXT = QT_TRANSLATE_NOOP("history_chart", "Nothing logged in this period")
EMPTY_LANE_TEXT = {
    "rated": QT_TRANSLATE_NOOP("history_chart", "Nothing logged in this period"),
    "event": QT_TRANSLATE_NOOP("history_chart", "Not marked as happening in this period"),
}
DEFAULT_SIZE_INCHES = (10.0, 6.0)

_GROUP_DAYS = {Aggregation.DAY: 1, Aggregation.WEEK: 7, Aggregation.MONTH: 30}
_SYMPTOM_KEY = {
    Aggregation.DAY: QT_TRANSLATE_NOOP("history_chart", "Symptom, 0 to 10"),
    Aggregation.WEEK: QT_TRANSLATE_NOOP("history_chart", "Symptom (weekly average)"),
    Aggregation.MONTH: QT_TRANSLATE_NOOP("history_chart", "Symptom (monthly average)"),
}
_SYMPTOM_KEY_DESCRIPTION = {
    Aggregation.DAY: QT_TRANSLATE_NOOP(
        "history_chart", "a line in the symptom's lane: its base line is 0, its dotted top line 10"
    ),
    Aggregation.WEEK: QT_TRANSLATE_NOOP(
        "history_chart",
        "a line in the symptom's lane: its base line is 0, its dotted top line 10; each point "
        "is the average of a week",
    ),
    Aggregation.MONTH: QT_TRANSLATE_NOOP(
        "history_chart",
        "a line in the symptom's lane: its base line is 0, its dotted top line 10; each point "
        "is the average of a month",
    ),
}
_EVENT_KEY = {
    Aggregation.DAY: QT_TRANSLATE_NOOP("history_chart", "Event: a day it happened"),
    Aggregation.WEEK: QT_TRANSLATE_NOOP("history_chart", "Event: a week it happened"),
    Aggregation.MONTH: QT_TRANSLATE_NOOP("history_chart", "Event: a month it happened"),
}
_RING_NOTE = {
    Aggregation.DAY: QT_TRANSLATE_NOOP("history_chart", "A ring: that day itself raised a flag."),
    Aggregation.WEEK: QT_TRANSLATE_NOOP(
        "history_chart", "A ring: a day in that week itself raised a flag."
    ),
    Aggregation.MONTH: QT_TRANSLATE_NOOP(
        "history_chart", "A ring: a day in that month itself raised a flag."
    ),
}
_RING_WHOSE = {
    Aggregation.DAY: QT_TRANSLATE_NOOP("history_chart", "whose day raised the flag"),
    Aggregation.WEEK: QT_TRANSLATE_NOOP(
        "history_chart", "whose week holds a day that raised the flag"
    ),
    Aggregation.MONTH: QT_TRANSLATE_NOOP(
        "history_chart", "whose month holds a day that raised the flag"
    ),
}
# An event's grouped point: "on 3 days this week" (one day: a text of its own, as English
# takes its singular from the code).
_EVENT_ONE_DAY = {
    Aggregation.DAY: QT_TRANSLATE_NOOP("history_chart", "on 1 day this day"),
    Aggregation.WEEK: QT_TRANSLATE_NOOP("history_chart", "on 1 day this week"),
    Aggregation.MONTH: QT_TRANSLATE_NOOP("history_chart", "on 1 day this month"),
}
_EVENT_DAYS = {
    Aggregation.DAY: QT_TRANSLATE_NOOP("history_chart", "on %n days this day"),
    Aggregation.WEEK: QT_TRANSLATE_NOOP("history_chart", "on %n days this week"),
    Aggregation.MONTH: QT_TRANSLATE_NOOP("history_chart", "on %n days this month"),
}
_FLAGGED_DAYS = {
    Aggregation.DAY: QT_TRANSLATE_NOOP("history_chart", " (Flagged on %n days this day.)"),
    Aggregation.WEEK: QT_TRANSLATE_NOOP("history_chart", " (Flagged on %n days this week.)"),
    Aggregation.MONTH: QT_TRANSLATE_NOOP("history_chart", " (Flagged on %n days this month.)"),
}
# A line is broken where two points are further apart than this many days: weeks without
# entries should look like a gap, not like a steady value (weekly weighings stay joined).
_GAP_DAYS = {Aggregation.DAY: 14, Aggregation.WEEK: 35, Aggregation.MONTH: 100}
# More appointments than this and their dashed lines would cover the lanes: only the row of
# diamonds is drawn (each still shows on hover), and the key says so.
MAX_APPOINTMENT_LINES = 40
# Daily points get a dot each up to this many in a lane; beyond, dots would only smudge the line
# (a point standing alone, with no neighbour to join, always gets its dot).
_MAX_DOTS = 130

# Heights in inches. The lanes share what is left of the plot's height, in these proportions.
# A treatment's row holds a line of its name with room above and below: its band (and the
# box behind the name) is taller than the words, so no hatching crosses them.
_TREATMENT_ROW_INCHES = 0.23
_APPOINTMENT_ROW_INCHES = 0.18
_LANE_GAP_INCHES = 0.05
_RATED_SHARE, _EVENT_SHARE = 1.0, 0.55  # the weight's and the temperature's lanes: 1.0
_EMPTY_LANE_INCHES = 0.17
_TWO_LINE_LANE_INCHES = 0.28  # a lane this tall has its name on two lines (else one, cut)
_MAX_LANE_INCHES = 1.5  # one symptom alone does not become a wall
# A line of the chart's small words (its names, with their line spacing), in inches.
_TEXT_LINE_INCHES = style.SMALL_SIZE * 1.25 / 72
# The least height of a lane with marks, where the figure has room for it: two lines of words
# (a change from 0 to 10 then shows, and its name fits on two lines); the weight's and the
# temperature's three, so their range's numbers never touch the next lane's. (A figure too
# short for these, such as a small saved picture, shares its height out as before.)
_LEAST_LANE_INCHES = {
    "rated": 2.2 * _TEXT_LINE_INCHES,
    "event": 2.2 * _TEXT_LINE_INCHES,
    "relief": 2.2 * _TEXT_LINE_INCHES,
    "weight": 3.2 * _TEXT_LINE_INCHES,
    "temperature": 3.2 * _TEXT_LINE_INCHES,
}
_HEADROOM = 0.18  # the share of a lane left above its 10 line, for rings and the line's width
# Characters' widths in ems, to estimate label widths without asking the renderer (DejaVu Sans:
# lower case about 0.55, capitals and figures wider).
_CHAR_WIDTH = 0.55
_WIDE_CHAR_WIDTH = 0.7
_APPOINTMENT_DASHES: LineStyleType = (0, (4, 3))
_THRESHOLD_DASHES: LineStyleType = (0, (3, 3))
_TITLE_INCHES = 0.5  # room above the plot for the title
_DATES_INCHES = 0.42  # room under the plot for the date labels (two lines: the year)
_BARE_TOP_INCHES = 0.1
_LEAST_PLOT_INCHES = 1.0
_SCALE_INCHES = 0.3  # the column of numbers (0, 10, a measurement's range) left of the lanes
_LANE_TEXT_SIZE = style.SMALL_SIZE
_SCALE_TEXT_SIZE = style.SMALL_SIZE - 1

# The marks in words, for the key's description of each entry (read by screen readers, and a
# tooltip for anyone who cannot tell two colours apart).
_MARKER_WORDS = {
    "^": QT_TRANSLATE_NOOP("history_chart", "triangle"),
    "o": QT_TRANSLATE_NOOP("history_chart", "circle"),
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
    series: str  # "Back pain", "Weight", "Temperature", an appointment's label, a treatment's name
    kind: str  # "rated", "event", "weight", "temperature", "relief", "appointment" or
    # "treatment"
    value: float | None
    value_text: str  # "6 of 10", "average 4.3 of 10 (highest 7, 5 days)", "68.2 kg", "38.4 °C"
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
            lines.append(translate("history_chart", "Note: {note}").format(note=self.note))
        if self.reason:
            lines.append(self.reason)
        return "\n".join(lines)


@dataclass(frozen=True)
class LegendEntry:
    """One line of the chart's key: its words and the mark beside them.

    Frozen and hashable, so a view can keep each mark's picture and draw it only once.
    """

    label: str  # "Symptom, 0 to 10", "Appointment", "Flag: contact promptly"
    description: str  # the mark in words: "blue line with a light fill in each lane"
    colour: str
    marker: str = ""  # a matplotlib marker, "" for none
    linestyle: LineStyleType = "-"  # "none" for marks without a line
    linewidth: float = 1.6
    markersize: float = 5.5
    markerfacecolor: str = ""  # "" for the entry's colour, "none" for a hollow ring
    markeredgecolor: str = ""  # "" for the entry's colour
    markeredgewidth: float = 0.5


@dataclass(frozen=True)
class Lane:
    """One symptom's (or the weight's, or the temperature's) lane: where it is, and how its
    values map into it.

    ``top`` and ``bottom`` are y in the chart's axes, which count inches down from the top of the
    plot; a value of ``low`` sits on the lane's base line, ``high`` on its top line.
    """

    key: str  # the symptom's key, "weight" or "temperature"
    label: str
    kind: str  # "rated", "event", "relief", "weight" or "temperature"
    top: float
    bottom: float
    low: float = 0.0
    high: float = 10.0
    text: str = ""  # the name as written beside the lane (on two lines, or cut short)

    def y(self, values: Any) -> Any:
        """Where ``values`` (a number or an array) sit in the lane (events: on its middle)."""
        if self.kind == "event":
            return (np.asarray(values) * 0.0 + self.middle) if np.ndim(values) else self.middle
        span = (self.bottom - self.top) * (1 - _HEADROOM)
        return (
            self.bottom
            - (np.asarray(values, dtype=float) - self.low) / (self.high - self.low) * span
        )

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def top_line(self) -> float:
        """The y of the lane's top value (10, or a measurement range's top)."""
        return float(self.y(self.high)) if self.kind != "event" else self.top


@dataclass(frozen=True)
class MarginWords:
    """Words left of the plot: a lane's name, a number of a lane's scale, a row's name."""

    text: str  # one or two lines
    y: float  # the middle of the words, in the chart's axes (inches down from the plot's top)
    inset: float  # inches from the plot's left edge to the words' right end
    size: float  # points
    muted: bool  # a number of a scale (quieter), not a name
    gid: str = ""  # "lane:<key>", "treatments-label", "appointment-row-label", or "" for numbers


@dataclass
class HistoryChart:
    """A drawn History chart: the figure, its axes and lanes, its key and the hover index."""

    figure: Figure
    data: HistoryData
    lanes_axes: Axes | None  # None for an empty period
    aggregation_label: str
    title: str = ""  # the range and the grouping, in the figure unless built with title=False
    lanes: list[Lane] = field(default_factory=list)  # top to bottom
    flag_marks: list[Line2D] = field(default_factory=list)  # one ring line per level
    legend_entries: list[LegendEntry] = field(default_factory=list)
    legend_note: str = ""  # said under the key: what a ring means (when there are rings)
    margin_words: list[MarginWords] = field(default_factory=list)  # the words left of the plot
    colours: ChartColours = PRINT_COLOURS
    _plot_inches: float = 1.0  # the plot's width
    _draw_margin_words: bool = True
    _band_rows: list[int] = field(default_factory=list)  # each treatment band's row
    _treatment_top: float = 0.0  # y of the first treatment row
    _appointment_y: float = 0.0
    _frame_inches: float = 0.0  # the figure's height around the plot (title, dates, key)
    _points: list[HoverInfo] | None = None  # made on first use
    _coordinates: Any = None  # the points' (x, y), for ``hit_test``
    _hoverable: list[HoverInfo] = field(default_factory=list)
    _bands: list[tuple[float, float, float, float, HoverInfo]] = field(default_factory=list)

    @property
    def axes(self) -> list[Axes]:
        return [self.lanes_axes] if self.lanes_axes is not None else []

    def lane(self, key: str) -> Lane:
        """The lane of a symptom's key (or "weight", or "temperature")."""
        return next(lane for lane in self.lanes if lane.key == key)

    def least_height_inches(self) -> float:
        """The figure's least height at which every lane with marks has its least height
        (``_LEAST_LANE_INCHES``: its name on two lines, a change from 0 to 10 plain to see):
        the view grows the chart to it (its page scrolls) rather than squeeze the lanes into a
        small window. 0 for an empty period."""
        if self.lanes_axes is None or not self.lanes:
            return 0.0
        rows = max(self._band_rows, default=-1) + 1
        needed = rows * _TREATMENT_ROW_INCHES
        needed += _APPOINTMENT_ROW_INCHES if self.data.appointments else 0.0
        needed += _LANE_GAP_INCHES if needed else 0.0
        logged = {series.key for series in self.data.symptoms if series.points}
        for lane in self.lanes:
            if lane.kind in ("rated", "event") and lane.key not in logged:
                needed += _EMPTY_LANE_INCHES
            else:
                needed += _LEAST_LANE_INCHES[lane.kind] * 1.03  # (a little over, for rounding)
        needed += _LANE_GAP_INCHES * (len(self.lanes) - 1)
        return self._frame_inches + needed

    def hover_points(self) -> list[HoverInfo]:
        """Every point, appointment and treatment in date order, for keyboard navigation."""
        return list(self._index())

    def hit_test(self, x_pixel: float, y_pixel: float, tolerance: float = 8) -> HoverInfo | None:
        """The point nearest to a position in display pixels (origin bottom left, as in
        matplotlib's mouse events), if one lies within ``tolerance`` pixels; among the
        treatments, the band under the position (or that close to it)."""
        self._index()
        band = self._band_at(x_pixel, y_pixel, tolerance)
        if band is not None:
            return band
        if self.lanes_axes is None or not self._hoverable:
            return None
        pixels = self.lanes_axes.transData.transform(self._coordinates)
        distances = (pixels[:, 0] - x_pixel) ** 2 + (pixels[:, 1] - y_pixel) ** 2
        index = int(np.argmin(distances))
        if distances[index] <= float(tolerance) ** 2:
            return self._hoverable[index]
        return None

    def _band_at(self, x_pixel: float, y_pixel: float, tolerance: float) -> HoverInfo | None:
        """The treatment band drawn at (or within ``tolerance`` pixels across from) a pixel:
        a treatment of a few days is a sliver, which a pointer should not have to hit exactly."""
        axes = self.lanes_axes
        if axes is None or not self._bands:
            return None
        best: HoverInfo | None = None
        best_distance = float(tolerance)
        for start, end, top, bottom, info in self._bands:
            (left, y_top), (right, y_bottom) = axes.transData.transform(
                [(start, top), (end, bottom)]
            )
            low, high = sorted((y_top, y_bottom))
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
        self._hoverable = _hover_infos(self)
        self._bands = _band_infos(self)
        self._points = sorted(
            [*self._hoverable, *(info for *_, info in self._bands)],
            key=lambda info: (info.day, info.x),
        )
        self._coordinates = np.array(
            [(info.x, info.y) for info in self._hoverable], dtype=float
        ).reshape(-1, 2)
        return self._points


# -- text helpers ------------------------------------------------------------------------------


def _when_text(day: dt.date, aggregation: Aggregation) -> str:
    if aggregation is Aggregation.WEEK:
        return translate("history_chart", "Week from {day}").format(day=long_day(day))
    if aggregation is Aggregation.MONTH:
        return month_year(day)
    return long_day(day)


def _number(value: float) -> str:
    """ "4.3", "7" (no ".0"), with the language's decimal sign."""
    text = decimal(value, 1)
    return text.rstrip("0").rstrip(text[-2]) if text[-1] == "0" else text


def _tenths(value: float) -> str:
    return decimal(value, 1)


def _value_text(point: Point, kind: str, aggregation: Aggregation, unit: str = "") -> str:
    if kind == "event":
        if aggregation is Aggregation.DAY:
            return translate("history_chart", "happened")
        if point.count == 1:
            return translate("history_chart", _EVENT_ONE_DAY[aggregation])
        return translate("history_chart", _EVENT_DAYS[aggregation], "", point.count)
    # A temperature always with its tenth, as a thermometer shows it: "38.0 °C".
    number = _tenths if kind == "temperature" else _number

    def scaled(value: float) -> str:
        if kind in ("weight", "temperature"):
            return f"{number(value)} {unit}"
        return translate("history_chart", "{value} of 10").format(value=number(value))

    if aggregation is Aggregation.DAY:
        return scaled(point.value)
    # (lupdate reads a count only when it is a plain name.)
    count = point.count
    days = (
        translate("history_chart", "1 day")
        if count == 1
        else translate("history_chart", "%n days", "", count)
    )
    if point.highest is not None:
        words = translate("history_chart", "average {value} (highest {highest}, {days})")
    else:
        words = translate("history_chart", "average {value} ({days})")
    return words.format(value=scaled(point.value), highest=number(point.highest or 0), days=days)


@functools.lru_cache(maxsize=512)
def _text_inches(text: str, size: float) -> float:
    wide = sum(1 for character in text if character.isupper() or character.isdigit())
    ellipses = text.count("…")  # a whole em
    ems = (len(text) - wide - ellipses) * _CHAR_WIDTH + wide * _WIDE_CHAR_WIDTH + ellipses
    return ems * size / 72


def chart_title(data: HistoryData) -> str:
    """The chart's title: its range and how its points were grouped."""
    return translate("history_chart", "From {span} · {grouping}").format(
        span=long_day_span(data.first, data.last),
        grouping=translate("history_chart", AGGREGATION_LABELS[data.aggregation]),
    )


def _treatments_words() -> str:
    """The treatment strip's name in the margin (measured for the margin's width, then drawn)."""
    return translate("history_chart", "Treatments")


def _appointments_words() -> str:
    """The appointments row's name in the margin."""
    return translate("history_chart", "Appointments")


def _lane_label(label: str, lines: int) -> str:
    """A lane's name on one or two lines of about ``LANE_LABEL_CHARACTERS``; what does not fit
    ends in "…" (the whole name is in the hover words and the table)."""
    wrapped = textwrap.wrap(label, LANE_LABEL_CHARACTERS, break_long_words=False) or [label]
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    kept = wrapped[:lines]
    words = kept[-1].split()
    while len(words) > 1 and len(" ".join(words)) + 1 > LANE_LABEL_CHARACTERS:
        words.pop()  # cut at a word, with room for the "…"
    kept[-1] = " ".join(words)[: LANE_LABEL_CHARACTERS - 1].rstrip(" ,;:(–-") + "…"
    return "\n".join(kept)


# -- treatment rows ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _BandLabel:
    """Where a treatment's name is written (data x), and the x range it covers."""

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


def _band_rows(
    bands: Sequence[TreatmentBand],
    labels: Sequence[_BandLabel],
    x_min: float,
    x_max: float,
    days_per_inch: float,
) -> list[int]:
    """A row per band, greedily, so no two bands (with their names) overlap in one row."""
    row_ends: list[float] = []
    rows = []
    gap = 0.1 * days_per_inch
    for band, label in zip(bands, labels, strict=True):
        start = min(max(date_number(band.start), x_min), label.left)
        end = x_max if band.end is None else date_number(band.end) + 1
        # A treatment that follows another the next day shares its row, unless a name is in
        # the way.
        occupied = max(end, label.right + gap)
        for row, row_end in enumerate(row_ends):
            if row_end <= start:
                row_ends[row] = occupied
                rows.append(row)
                break
        else:
            row_ends.append(occupied)
            rows.append(len(row_ends) - 1)
    return rows


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


def _band_extent(band: TreatmentBand, x_max: float) -> tuple[float, float]:
    """A band's x extent: its first to its last day (ongoing: to the end of the range)."""
    start = date_number(band.start)
    end = x_max if band.end is None else date_number(band.end)
    return start, max(end, start + 1)  # a one-day treatment still shows


# -- layout ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    """Where everything goes, in inches (y counted down from the top of the plot)."""

    left: float  # the plot's left edge from the figure's left
    plot_width: float
    plot_height: float
    bottom: float  # the plot's bottom edge from the figure's bottom
    treatment_top: float
    appointment_y: float
    lanes_top: float
    lanes: tuple[Lane, ...]


def _lane_specs(data: HistoryData) -> list[tuple[str, str, str]]:
    """(key, label, kind) of each lane, top to bottom: rated symptoms, events, the relief after
    each medicine taken as needed, the weight, the temperature."""
    rated = [(s.key, s.label, "rated") for s in data.symptoms if s.kind is SymptomKind.RATED]
    events = [(s.key, s.label, "event") for s in data.symptoms if s.kind is SymptomKind.EVENT]
    relief = [(series.key, series.label, "relief") for series in data.relief if series.doses]
    weight_label = translate("history_chart", "Weight ({unit})").format(unit=data.weight_unit.value)
    temperature_label = translate("history_chart", "Temperature ({unit})").format(
        unit=degrees(data.temperature_unit)
    )
    weight = [(WEIGHT_KEY, weight_label, "weight")] if data.weight else []
    temperature = [(TEMPERATURE_KEY, temperature_label, "temperature")] if data.temperature else []
    return [*rated, *events, *relief, *weight, *temperature]


def degrees(unit: TemperatureUnit) -> str:
    """A temperature unit as written after a number: "°C", "°F"."""
    return f"°{unit.value}"


def fever_threshold(data: HistoryData) -> float | None:
    """The fever flag's threshold in the person's unit, to one decimal as the settings show it
    (38.0 °C, 100.4 °F); None when the data does not say it."""
    if data.fever_from_celsius is None:
        return None
    return round(shown_temperature(data.fever_from_celsius, data.temperature_unit), 1)


def threshold_label(data: HistoryData) -> str:
    """The key's words for the temperature lane's dashed line, kept short: the History view
    keeps room for the longest key (``fullest_key``), and at 150% text a longer label took a
    line of the key from the chart's height."""
    threshold = fever_threshold(data)
    return _threshold_words(decimal(threshold or 0.0, 1), degrees(data.temperature_unit))


def _threshold_words(value: str, unit: str) -> str:
    return translate("history_chart", "Flag from {value} {unit} (adjustable)").format(
        value=value, unit=unit
    )


def _weight_range(data: HistoryData) -> tuple[float, float]:
    """The weight lane's base and top values: whole numbers around the weights, never closer
    than ``MIN_WEIGHT_SPAN`` (a steady weight should look steady, not like a swing)."""
    values = [point.value for point in data.weight]
    low, high = min(values), max(values)
    if high - low < MIN_WEIGHT_SPAN:
        middle = (high + low) / 2
        low, high = middle - MIN_WEIGHT_SPAN / 2, middle + MIN_WEIGHT_SPAN / 2
    return float(np.floor(low)), float(np.ceil(high))


def _temperature_range(data: HistoryData) -> tuple[float, float]:
    """The temperature lane's base and top values: whole numbers around the temperatures and
    the fever threshold (always in the range, with a little room on either side, so its line
    can be drawn), never closer than ``MIN_TEMPERATURE_SPAN``."""
    values = [point.value for point in data.temperature]
    threshold = fever_threshold(data)
    room = 0.0
    if threshold is not None:
        room = _THRESHOLD_ROOM_C * (
            1.8 if data.temperature_unit is TemperatureUnit.FAHRENHEIT else 1
        )
        values += [threshold - room, threshold + room]
    low, high = min(values), max(values)
    span = MIN_TEMPERATURE_SPAN[data.temperature_unit]
    if high - low < span:
        middle = (high + low) / 2
        low, high = middle - span / 2, middle + span / 2
    return float(np.floor(low)), float(np.ceil(high))


def _layout(
    data: HistoryData,
    width: float,
    height: float,
    top_inches: float,
    bottom_inches: float,
    band_rows: int,
    specs: Sequence[tuple[str, str, str]],
    left_inches: float,
) -> _Layout:
    plot_width = max(width - left_inches - 0.25, _LEAST_PLOT_INCHES)
    plot_height = max(height - top_inches - bottom_inches, 0.5)
    y = 0.0
    treatment_top = y
    y += band_rows * _TREATMENT_ROW_INCHES
    appointment_y = y + _APPOINTMENT_ROW_INCHES / 2
    if data.appointments:
        y += _APPOINTMENT_ROW_INCHES
    if y:
        y += _LANE_GAP_INCHES
    lanes_top = y
    # A lane with nothing in the period is a thin one with a word, not a share of the height.
    empty = {series.key for series in data.symptoms if not series.points}
    shares = [
        0.0 if key in empty else {"rated": _RATED_SHARE, "event": _EVENT_SHARE}.get(kind, 1.0)
        for key, _label, kind in specs
    ]
    room = max(plot_height - lanes_top - _LANE_GAP_INCHES * max(len(specs) - 1, 0), 0.1)
    # An empty lane is as thin as an event's, and never more than a line of words.
    unit = room / max(sum(shares) + _EVENT_SHARE * len(empty), 1.0)
    empty_height = min(_EVENT_SHARE * unit, _EMPTY_LANE_INCHES)
    unit = min((room - empty_height * len(empty)) / max(sum(shares), 1.0), _MAX_LANE_INCHES)
    heights = _lane_heights(
        [kind for _key, _label, kind in specs], shares, room - empty_height * len(empty), unit
    )
    ranges = {
        "weight": _weight_range(data) if data.weight else (0.0, 10.0),
        "temperature": _temperature_range(data) if data.temperature else (0.0, 10.0),
    }
    lanes = []
    for (key, label, kind), share, height_wanted in zip(specs, shares, heights, strict=True):
        low, high = ranges.get(kind, (0.0, 10.0))
        lane_height = height_wanted if share else empty_height
        lanes.append(Lane(key, label, kind, y, y + lane_height, low, high))
        y += lane_height + _LANE_GAP_INCHES
    return _Layout(
        left=left_inches,
        plot_width=plot_width,
        plot_height=plot_height,
        bottom=bottom_inches,
        treatment_top=treatment_top,
        appointment_y=appointment_y,
        lanes_top=lanes_top,
        lanes=tuple(lanes),
    )


def _lane_heights(
    kinds: Sequence[str], shares: Sequence[float], room: float, unit: float
) -> list[float]:
    """Each lane's height (0 for an empty lane): its share of ``room`` (``unit`` a share), but
    never under its least height (``_LEAST_LANE_INCHES``) when ``room`` holds every lane's:
    the lanes under it take their least and the others share what is left. A figure too short
    for that keeps the plain shares."""
    least = [
        _LEAST_LANE_INCHES.get(kind, 0.0) if share else 0.0
        for kind, share in zip(kinds, shares, strict=True)
    ]
    plain = [unit * share for share in shares]
    if sum(least) > room or all(height >= low for height, low in zip(plain, least, strict=True)):
        return plain
    fixed = [False] * len(shares)
    while True:
        free_room = room - sum(low for low, held in zip(least, fixed, strict=True) if held)
        free_shares = sum(share for share, held in zip(shares, fixed, strict=True) if not held)
        share_unit = min(free_room / max(free_shares, 1e-9), _MAX_LANE_INCHES)
        newly = [
            index
            for index, share in enumerate(shares)
            if share and not fixed[index] and share_unit * share < least[index]
        ]
        if not newly:
            return [
                least[index] if fixed[index] else share_unit * share
                for index, share in enumerate(shares)
            ]
        for index in newly:
            fixed[index] = True


# -- drawing -----------------------------------------------------------------------------------


def build_history_figure(
    data: HistoryData,
    figure: Figure | None = None,
    *,
    legend: bool = True,
    title: bool = True,
    colours: ChartColours = PRINT_COLOURS,
    margin_words: bool = True,
) -> HistoryChart:
    """Draw ``data`` into ``figure`` (a new 10 x 6 inch figure when None), in ``colours``.

    With ``legend`` and ``title`` (the default: the PDF, a saved picture) the figure carries its
    key and its title; without them it is the plot alone, with the room they took given to the
    lanes, for a view that shows ``HistoryChart.legend_entries`` and ``HistoryChart.title``
    itself. Without ``margin_words`` the lanes' names and their scales' numbers are left out
    of the figure (their room is kept) for the view to paint from ``HistoryChart.margin_words``:
    text is what a redraw spends most of its time on.

    A figure this function drew before keeps its axes: only what is drawn on them is replaced,
    which makes a redraw (a new range, another symptom) much cheaper than building new axes.
    """
    if figure is None:
        figure = Figure(figsize=DEFAULT_SIZE_INCHES, dpi=100)
    _clear_drawing(figure)
    figure.set_facecolor(colours.paper)
    aggregation_label = translate("history_chart", AGGREGATION_LABELS[data.aggregation])
    title_text = chart_title(data)
    if title:
        figure.suptitle(
            title_text, fontsize=style.TITLE_SIZE, color=colours.text, x=0.02, ha="left"
        )
    if data.is_empty:
        _remove_axes(figure)
        figure.text(
            0.5,
            0.5,
            translate("history_chart", EMPTY_TEXT),
            ha="center",
            va="center",
            fontsize=style.TITLE_SIZE + 2,
            color=colours.muted,
            gid="empty",
        )
        return HistoryChart(figure, data, None, aggregation_label, title_text, colours=colours)
    return _draw_chart(
        data,
        figure,
        aggregation_label,
        title_text,
        legend=legend,
        title=title,
        colours=colours,
        margin_words=margin_words,
    )


# The axes this module made in each figure, and the colours its ticks were last given, so a
# redraw can reuse them.
_AXES: weakref.WeakKeyDictionary[Figure, tuple[Axes, list[ChartColours]]] = (
    weakref.WeakKeyDictionary()
)


def _clear_drawing(figure: Figure) -> None:
    """Take away what a previous drawing added; keep the axes this module made, if any."""
    ours = _AXES.get(figure)
    if ours is None or ours[0] not in figure.axes or len(figure.axes) != 1:
        figure.clear()
        _AXES.pop(figure, None)
        return
    for legend in list(figure.legends):
        legend.remove()
    for text in list(figure.texts):
        text.remove()
    axes = ours[0]
    for artist in [*axes.lines, *axes.collections, *axes.texts, *axes.patches]:
        artist.remove()


def _remove_axes(figure: Figure) -> None:
    ours = _AXES.pop(figure, None)
    if ours is not None:
        ours[0].remove()


def _axes_for(
    figure: Figure, place: tuple[float, float, float, float], colours: ChartColours
) -> Axes:
    """The chart's one axes at ``place``, reused where possible, its ticks in ``colours``."""
    ours = _AXES.get(figure)
    if ours is not None:
        axes, styled = ours
        axes.set_position(place)
    else:
        axes = figure.add_axes(place)
        axes.yaxis.set_visible(False)
        axes.patch.set_visible(False)  # the figure's paper shows through
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        styled = []
        _AXES[figure] = (axes, styled)
    if styled != [colours]:
        # Set once per colours: applying the style to every tick on each redraw cost more than
        # drawing some of the lines.
        axes.tick_params(labelsize=style.TICK_SIZE, colors=colours.text)
        axes.spines["bottom"].set_color(colours.muted)
        styled[:] = [colours]
    return axes


def _draw_chart(
    data: HistoryData,
    figure: Figure,
    aggregation_label: str,
    title_text: str,
    *,
    legend: bool,
    title: bool,
    colours: ChartColours,
    margin_words: bool,
) -> HistoryChart:
    width, height = (float(size) for size in figure.get_size_inches())
    aggregation = data.aggregation
    pad = _GROUP_DAYS[aggregation] / 2
    first_x = min(
        [date_number(data.first)]
        + [date_number(series.points[0].day) for series in data.symptoms if series.points]
        + ([date_number(data.weight[0].day)] if data.weight else [])
        + ([date_number(data.temperature[0].day)] if data.temperature else [])
    )
    x_min, x_max = first_x - pad, date_number(data.last) + pad

    specs = _lane_specs(data)
    ring_levels = _ring_levels(data.flagged, aggregation)
    appointment_lines = 0 < len(data.appointments) <= MAX_APPOINTMENT_LINES
    entries = _legend_entries(data, colours, set(ring_levels.values()), appointment_lines, x_min)
    top_inches = _TITLE_INCHES if title else _BARE_TOP_INCHES
    bottom_inches, columns = _DATES_INCHES, 1
    if legend and entries:
        columns, legend_inches = _legend_shape(entries, width - 0.3, bool(ring_levels))
        bottom_inches += legend_inches

    def laid_out(left_inches: float) -> tuple[_Layout, list[_BandLabel], list[int], float]:
        plot_width = max(width - left_inches - 0.25, _LEAST_PLOT_INCHES)
        days_per_inch = (x_max - x_min) / plot_width
        band_labels = _band_labels(data.treatments, x_min, x_max, days_per_inch)
        rows = _band_rows(data.treatments, band_labels, x_min, x_max, days_per_inch)
        layout = _layout(
            data,
            width,
            height,
            top_inches,
            bottom_inches,
            max(rows, default=-1) + 1,
            specs,
            left_inches,
        )
        return layout, band_labels, rows, days_per_inch

    # The lanes' heights decide whether a name takes one line or two, and the names the width
    # of the margin: laid out once with a guess, then for the names as they will be written.
    guess, *_ = laid_out(1.6)
    texts = {
        lane.key: _lane_label(
            lane.label, 2 if lane.bottom - lane.top >= _TWO_LINE_LANE_INCHES else 1
        )
        for lane in guess.lanes
    }
    side_texts = [*texts.values()]
    side_texts += [_treatments_words()] if data.treatments else []
    side_texts += [_appointments_words()] if data.appointments else []
    left_inches = (
        0.12
        + _SCALE_INCHES
        + max(
            _text_inches(line, _LANE_TEXT_SIZE) for text in side_texts for line in text.splitlines()
        )
    )
    # The plot keeps its least width (an inch) inside the figure: with large text in a narrow
    # window the names' margin took so much that the plot ran past the figure's right edge,
    # its latest days and the treatments' names out of sight. The names give way instead
    # (a view wraps them into the room; the hover words and the table say them whole).
    left_inches = min(left_inches, max(width - 0.25 - _LEAST_PLOT_INCHES, _SCALE_INCHES + 0.3))
    layout, band_labels, rows, days_per_inch = laid_out(left_inches)
    layout = dataclasses.replace(
        layout,
        lanes=tuple(
            dataclasses.replace(lane, text=texts.get(lane.key, lane.label)) for lane in layout.lanes
        ),
    )
    place = (
        layout.left / width,
        layout.bottom / height,
        layout.plot_width / width,
        layout.plot_height / height,
    )
    axes = _axes_for(figure, place, colours)
    axes.set_ylim(layout.plot_height, 0)
    _fix_date_ticks(axes, x_min, x_max, layout.plot_width)

    chart = HistoryChart(
        figure,
        data,
        axes,
        aggregation_label,
        title_text,
        lanes=list(layout.lanes),
        colours=colours,
        _plot_inches=layout.plot_width,
        _draw_margin_words=margin_words,
        _band_rows=rows,
        _treatment_top=layout.treatment_top,
        _appointment_y=layout.appointment_y,
        _frame_inches=height - layout.plot_height,
    )
    lanes_bottom = layout.lanes[-1].bottom if layout.lanes else layout.plot_height
    _draw_lanes(chart, axes, x_min, x_max, layout.plot_width)
    chart.flag_marks = _draw_rings(chart, axes, ring_levels)
    if data.treatments:
        _draw_treatments(chart, axes, band_labels, (x_min, x_max), (layout.lanes_top, lanes_bottom))
    if data.appointments:
        _draw_appointments(chart, axes, days_per_inch, lanes_bottom, appointment_lines)

    chart.legend_entries = entries
    chart.legend_note = key_note(data, bool(ring_levels))
    if legend and entries:
        figure.legend(
            handles=[_legend_handle(entry) for entry in entries],
            labels=[_wrap(entry.label) for entry in entries],
            loc="upper left",
            bbox_to_anchor=(0.02, (bottom_inches - _DATES_INCHES) / height),
            ncols=columns,
            fontsize=style.SMALL_SIZE,
            labelcolor=colours.text,
            title=chart.legend_note or None,
            title_fontsize=style.SMALL_SIZE,
            alignment="left",
            frameon=False,
            borderaxespad=0.0,
            handlelength=2.2,
            columnspacing=1.4,
        )
    return chart


def _fix_date_ticks(axes: Axes, x_min: float, x_max: float, plot_inches: float) -> None:
    """The date range and its ticks: a date label for every inch or so, so they never run into
    each other in a narrow plot, with the year under the first and wherever a year begins.

    Worked out once here and then fixed: left to themselves, the date locator and its formatter
    would work the same ticks out again on every draw.
    """
    room = int(plot_inches / 0.75)
    locator = AutoDateLocator(  # type: ignore[no-untyped-call]
        minticks=3, maxticks=max(3, min(12, room))
    )
    # Month names from the app's table (domain/dates.py), never strftime's (LC_TIME): the
    # formatter writes numbers behind markers, and _tick_words puts the words in.
    formatter = ConciseDateFormatter(  # type: ignore[no-untyped-call]
        locator,
        formats=["%Y", _MONTH, _DAY, "%H:%M", "%H:%M", "%S.%f"],
        zero_formats=["", "%Y", _MONTH, f"{_MONTH} {_DAY}", "%H:%M", "%H:%M"],
    )
    axes.set_xlim(x_min, x_max)
    axes.xaxis.set_major_locator(locator)
    # Only the ticks inside the range: the locator offers one beyond each end, and the year
    # belongs under the first date that is shown.
    ticks = [tick for tick in axes.xaxis.get_majorticklocs() if x_min <= tick <= x_max]
    if room < 3:
        ticks = _fewer_ticks(ticks, room + 1)
    labels = with_years(ticks, _tick_words(formatter.format_ticks(ticks)))  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(FixedLocator(ticks))
    # Without the formatter's corner note ("2026-Nov"): the title names the range.
    axes.xaxis.set_major_formatter(FixedFormatter(labels))


def _fewer_ticks(ticks: Sequence[float], allowed: int) -> list[float]:
    """At most ``allowed`` of ``ticks``, evenly spread, for a plot under 2.25 inches (the
    screen's chart with large text, drawn at more pixels to the inch, where the larger words
    ran into each other): the firsts of months (or years) when there are two or more, as they
    read alone ("Oct", "Nov"), else every so many."""
    from matplotlib.dates import num2date

    starts = [tick for tick in ticks if num2date(tick).day == 1]  # type: ignore[no-untyped-call]
    chosen = starts if len(starts) >= 2 else list(ticks)
    step = max(1, math.ceil(len(chosen) / max(allowed, 1)))
    return chosen[::step]


_MONTH, _DAY = "\x1fm%m", "\x1fd%d"  # a month's and a day's number, marked for _tick_words


def _tick_words(labels: Sequence[str]) -> list[str]:
    """The formatter's marked numbers as the app writes them: "Nov" and "3", not "11" and "03"."""
    words = []
    for label in labels:
        label = re.sub(r"\x1fm(\d\d)", lambda found: short_month(int(found[1])), label)
        words.append(re.sub(r"\x1fd(\d\d)", lambda found: str(int(found[1])), label))
    return words


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


def _margin_text(
    chart: HistoryChart,
    y: float,
    text: str,
    *,
    gid: str = "",
    inset: float = _SCALE_INCHES,
    muted: bool = False,
) -> None:
    """Words left of the plot, ending ``inset`` inches from it, centred on data ``y``: a lane's
    name, or a number of its scale. Kept in ``chart.margin_words``; drawn into the figure only
    when it was built with ``margin_words=True`` (a view may paint them itself)."""
    axes, colours = chart.lanes_axes, chart.colours
    assert axes is not None
    size = _SCALE_TEXT_SIZE if muted else _LANE_TEXT_SIZE
    chart.margin_words.append(MarginWords(text, y, inset, size, muted, gid))
    if not chart._draw_margin_words:
        return
    axes.text(
        -inset / max(chart._plot_inches, 0.1),
        y,
        text,
        transform=axes.get_yaxis_transform(),
        ha="right",
        va="center",
        fontsize=size,
        color=colours.muted if muted else colours.text,
        linespacing=1.0,
        clip_on=False,
        gid=gid or None,
    )


def _runs(x: Any, y: Any, gap_days: float) -> list[tuple[Any, Any]]:
    """Consecutive points as runs, broken where two points are more than ``gap_days`` apart:
    weeks without entries look like a gap, not like a steady value."""
    if len(x) == 0:
        return []
    breaks = np.nonzero(np.diff(x) > gap_days)[0] + 1
    return list(zip(np.split(x, breaks), np.split(y, breaks), strict=True))


def _draw_lanes(chart: HistoryChart, axes: Axes, x_min: float, x_max: float, inches: float) -> None:
    """Each lane's guides, name and marks: a few collections for all the lanes together."""
    data, colours = chart.data, chart.colours
    gap_days = _GAP_DAYS[data.aggregation]
    by_key = {series.key: series for series in data.symptoms}
    guides: list[Any] = []
    guide_styles: list[Any] = []
    lines: list[Any] = []
    fills: list[Any] = []
    dots_x: list[Any] = []
    dots_y: list[Any] = []
    events_x: list[Any] = []
    events_y: list[Any] = []
    relief_lanes: list[Lane] = []
    first_rated = True
    for lane in chart.lanes:
        _margin_text(
            chart,
            lane.middle,
            lane.text or lane.label,
            gid=f"lane:{lane.key}",
            # Every name ends where the scales' numbers begin, events' too: clear of the words
            # an empty lane writes at the plot's left edge, and in one column with the others.
            inset=_SCALE_INCHES,
        )
        guides.append([(x_min, lane.bottom), (x_max, lane.bottom)])
        guide_styles.append("solid")
        if lane.kind in ("rated", "event") and not by_key[lane.key].points:
            # A lane chosen with nothing in the period says so, rather than look like a gap.
            chart.lanes_axes.text(  # type: ignore[union-attr]
                x_min + 0.01 * (x_max - x_min),
                lane.middle,
                translate("history_chart", EMPTY_LANE_TEXT[lane.kind]),
                fontsize=_SCALE_TEXT_SIZE,
                color=colours.muted,
                va="center",
                gid="empty-lane",
            )
        if lane.kind == "event":
            series = by_key[lane.key]
            x = np.fromiter((date_number(p.day) for p in series.points), float, len(series.points))
            events_x.append(x)
            events_y.append(np.full(len(x), lane.middle))
            continue
        guides.append([(x_min, lane.top_line), (x_max, lane.top_line)])
        guide_styles.append((0, (1, 2)))
        if lane.kind == "weight":
            _draw_measurement(chart, axes, lane, gap_days, chart.data.weight, colours.weight)
            continue
        if lane.kind == "temperature":
            _draw_measurement(
                chart, axes, lane, gap_days, chart.data.temperature, colours.temperature
            )
            _draw_threshold(chart, axes, lane, x_min, x_max)
            continue
        if lane.kind == "relief":
            # A scale of its own (the scores before and after a dose), numbered like the first.
            for value in (0.0, 10.0):
                _margin_text(chart, float(lane.y(value)), f"{value:g}", inset=0.06, muted=True)
            relief_lanes.append(lane)
            continue
        if first_rated:
            # One scale for every rated lane, numbered on the first: 0 and 10.
            for value in (0.0, 10.0):
                _margin_text(chart, float(lane.y(value)), f"{value:g}", inset=0.06, muted=True)
            first_rated = False
        points = by_key[lane.key].points
        x = np.fromiter((date_number(p.day) for p in points), float, len(points))
        y = lane.y(np.fromiter((p.value for p in points), float, len(points)))
        many = data.aggregation is not Aggregation.DAY or len(points) > _MAX_DOTS
        for run_x, run_y in _runs(x, y, gap_days):
            if len(run_x) == 1 or not many:
                dots_x.append(run_x)
                dots_y.append(run_y)
            if len(run_x) > 1:
                lines.append(np.column_stack((run_x, run_y)))
                fills.append(
                    np.concatenate(
                        (
                            [(run_x[0], lane.bottom)],
                            np.column_stack((run_x, run_y)),
                            [(run_x[-1], lane.bottom)],
                        )
                    )
                )
    axes.add_collection(
        LineCollection(
            guides,
            colors=colours.grid,
            linewidths=0.8,
            linestyles=guide_styles,
            gid="lane-guides",
            zorder=1,
        ),
        autolim=False,
    )
    if fills:
        axes.add_collection(
            PolyCollection(
                fills,
                facecolors=[(*_rgb(colours.line), 0.16)],
                edgecolors="none",
                gid="symptom-fills",
                zorder=2,
            ),
            autolim=False,
        )
    if lines:
        axes.add_collection(
            LineCollection(
                lines, colors=colours.line, linewidths=1.5, gid="symptom-lines", zorder=3
            ),
            autolim=False,
        )
    if dots_x:
        axes.add_line(
            Line2D(
                np.concatenate(dots_x),
                np.concatenate(dots_y),
                linestyle="none",
                marker="o",
                markersize=3.6,
                color=colours.line,
                markeredgewidth=0.0,
                gid="symptom-dots",
                zorder=3,
            )
        )
    if events_x:
        axes.add_line(
            Line2D(
                np.concatenate(events_x),
                np.concatenate(events_y),
                linestyle="none",
                marker="v",
                markersize=7,
                color=colours.event,
                markeredgecolor=colours.mark_edge,
                markeredgewidth=0.5,
                gid="event-marks",
                zorder=3,
            )
        )
    if relief_lanes:
        _draw_relief(chart, axes, relief_lanes)


def _relief_marks(chart: HistoryChart, lanes: Sequence[Lane]) -> dict[str, list[Any]]:
    """Each dose's segment from its score before to its score after, and where its marks go:
    a ring at the score before, a triangle at the score after pointing the way it went (a dot
    when it stayed the same)."""
    by_key = {series.key: series for series in chart.data.relief}
    marks: dict[str, list[Any]] = {"segments": [], "before": [], "down": [], "up": [], "same": []}
    for lane in lanes:
        for dose in by_key[lane.key].doses:
            x = _datetime_number(dose.at)
            before, after = float(lane.y(dose.before)), float(lane.y(dose.after))
            marks["segments"].append([(x, before), (x, after)])
            marks["before"].append((x, before))
            way = (
                "down" if dose.after < dose.before else "up" if dose.after > dose.before else "same"
            )
            marks[way].append((x, after))
    return marks


def _draw_relief(chart: HistoryChart, axes: Axes, lanes: Sequence[Lane]) -> None:
    colours = chart.colours
    marks = _relief_marks(chart, lanes)
    axes.add_collection(
        LineCollection(
            marks["segments"], colors=colours.line, linewidths=1.6, gid="relief-lines", zorder=3
        ),
        autolim=False,
    )
    shapes = (("before", "o"), ("down", "v"), ("up", "^"), ("same", "o"))
    for name, marker in shapes:
        if not marks[name]:
            continue
        x, y = zip(*marks[name], strict=True)
        axes.add_line(
            Line2D(
                x,
                y,
                linestyle="none",
                marker=marker,
                markersize=4.2 if name == "before" else 5.5,
                color=colours.line,
                markerfacecolor=colours.paper if name == "before" else colours.line,
                markeredgecolor=colours.line,
                markeredgewidth=1.1 if name == "before" else 0.5,
                gid=f"relief-{name}",
                zorder=4,
            )
        )


def _draw_measurement(
    chart: HistoryChart,
    axes: Axes,
    lane: Lane,
    gap_days: float,
    points: Sequence[Point],
    colour: str,
) -> None:
    """The weight (or the temperature) as a line in its lane, its range's two numbers beside
    it. Daily points get a dot each up to ``_MAX_DOTS``; beyond, or grouped, only a point
    standing alone (nothing near enough to join it to) does, or it would not show at all: a
    temperature is often taken only now and then."""
    x = np.fromiter((date_number(p.day) for p in points), float, len(points))
    y = lane.y(np.fromiter((p.value for p in points), float, len(points)))
    joined_x: list[Any] = []
    joined_y: list[Any] = []
    alone: list[int] = []  # indexes, in the joined arrays, of points with no neighbour
    length = 0
    for run_x, run_y in _runs(x, y, gap_days):
        if joined_x:
            joined_x.append([np.nan])
            joined_y.append([np.nan])
            length += 1
        if len(run_x) == 1:
            alone.append(length)
        joined_x.append(run_x)
        joined_y.append(run_y)
        length += len(run_x)
    dots = chart.data.aggregation is Aggregation.DAY and len(points) <= _MAX_DOTS
    axes.add_line(
        Line2D(
            np.concatenate(joined_x),
            np.concatenate(joined_y),
            color=colour,
            linewidth=1.4,
            marker="o" if dots or alone else None,
            markevery=None if dots else alone,
            markersize=3,
            gid=lane.kind,
            zorder=3,
        )
    )
    # The top number hangs a line below the base number of the lane above (a weight's over a
    # temperature's), whose bottom half hangs under that lane: close to its top line, never
    # running into the number above.
    line = _SCALE_TEXT_SIZE * 1.3 / 72
    _margin_text(chart, lane.bottom, f"{lane.low:g}", inset=0.06, muted=True)
    _margin_text(
        chart,
        max(lane.top_line, lane.top - _LANE_GAP_INCHES + line),
        f"{lane.high:g}",
        inset=0.06,
        muted=True,
    )


def _draw_threshold(
    chart: HistoryChart, axes: Axes, lane: Lane, x_min: float, x_max: float
) -> None:
    """The fever flag's threshold as a faint dashed line across the temperature lane, in the
    colour of the ring a fever flag gets (the key names it)."""
    threshold = fever_threshold(chart.data)
    if threshold is None:
        return
    y = float(lane.y(threshold))
    axes.add_line(
        Line2D(
            [x_min, x_max],
            [y, y],
            color=chart.colours.promptly,
            linewidth=0.9,
            linestyle=_THRESHOLD_DASHES,
            alpha=0.6,
            gid="fever-threshold",
            zorder=1.5,
        )
    )


def _ring_levels(
    flagged: Sequence[FlaggedDay], aggregation: Aggregation
) -> dict[tuple[str, dt.date], FlagLevel]:
    """(symptom, point day) -> the level of the ring drawn there.

    ``flagged`` holds only the days that themselves met a flag's rule (``Flag.days``), so a day
    is ringed when it raised a flag; a week's or month's point when a day in it did. The ring
    takes the most urgent level among them. (Only the levels: the reasons wait for
    ``_flag_lookup``, on the first hover.) Ten years hold thousands of flagged days: each is
    grouped by plain numbers (its month, or its week's Monday as an ordinal), not by dates.
    """
    promptly = FlagLevel.PROMPTLY
    grouped: dict[tuple[str, Any], FlagLevel] = {}
    last_day: dt.date | None = None
    group: Any = None
    for flag in flagged:
        day = flag.day
        if day != last_day:  # flagged days come in date order, several symptoms a day
            last_day = day
            if aggregation is Aggregation.MONTH:
                group = (day.year, day.month)
            elif aggregation is Aggregation.WEEK:
                group = day.toordinal() - day.weekday()
            else:
                group = day
        key = (flag.symptom_key, group)
        if flag.level is promptly or key not in grouped:  # the more urgent of the two levels
            grouped[key] = flag.level
    if aggregation is Aggregation.MONTH:
        return {
            (key, dt.date(year, month, 1)): level for (key, (year, month)), level in grouped.items()
        }
    if aggregation is Aggregation.WEEK:
        return {
            (key, dt.date.fromordinal(monday)): level for (key, monday), level in grouped.items()
        }
    return grouped


def _draw_rings(
    chart: HistoryChart, axes: Axes, ring_levels: dict[tuple[str, dt.date], FlagLevel]
) -> list[Line2D]:
    """One hollow-marker line per flag level: a ring around each point whose day (or a day in
    whose week or month) raised a flag."""
    if not ring_levels:
        return []
    xs: dict[FlagLevel, list[Any]] = {level: [] for level in FlagLevel}
    ys: dict[FlagLevel, list[Any]] = {level: [] for level in FlagLevel}
    series_points = {series.key: series.points for series in chart.data.symptoms}
    series_points[WEIGHT_KEY] = chart.data.weight
    series_points[TEMPERATURE_KEY] = chart.data.temperature
    for lane in chart.lanes:
        by_level: dict[FlagLevel, list[Point]] = {}
        for point in series_points.get(lane.key, ()):
            level = ring_levels.get((lane.key, point.day))
            if level is not None:
                by_level.setdefault(level, []).append(point)
        for level, points in by_level.items():
            xs[level].append([date_number(point.day) for point in points])
            ys[level].append(lane.y(np.array([point.value for point in points], dtype=float)))
    marks = []
    for level in FlagLevel:
        if not xs[level]:
            continue
        look = style.FLAG_STYLES[level]
        line = Line2D(
            np.concatenate(xs[level]),
            np.concatenate(ys[level]),
            linestyle="none",
            marker=look.marker,
            markersize=look.size,
            markerfacecolor="none",
            markeredgecolor=chart.colours.level(level),
            markeredgewidth=look.edge_width,
            gid=f"flags:{level.value}",
            zorder=4,
        )
        axes.add_line(line)
        marks.append(line)
    return marks


def _draw_treatments(
    chart: HistoryChart,
    axes: Axes,
    labels: Sequence[_BandLabel],
    x_range: tuple[float, float],
    lanes_span: tuple[float, float],
) -> None:
    """Hatched bands in their rows, named; each shaded faintly down across the lanes, with a
    line where it began."""
    data, colours = chart.data, chart.colours
    x_min, x_max = x_range
    lanes_top, lanes_bottom = lanes_span
    pad = 0.03 * (x_max - x_min) / max(chart._plot_inches, 0.1)  # 0.03 inches, in days
    by_category: dict[Any, list[Any]] = {}
    shades: list[Any] = []
    shade_colours: list[Any] = []
    starts: list[Any] = []
    start_colours: list[str] = []
    backings: list[Any] = []
    for band, row, label in zip(data.treatments, chart._band_rows, labels, strict=True):
        start, end = _band_extent(band, x_max)
        top = chart._treatment_top + row * _TREATMENT_ROW_INCHES
        band_top, band_bottom = (
            top + 0.12 * _TREATMENT_ROW_INCHES,
            top + 0.88 * _TREATMENT_ROW_INCHES,
        )
        by_category.setdefault(band.category, []).append(
            [(start, band_top), (start, band_bottom), (end, band_bottom), (end, band_top)]
        )
        colour = style.CATEGORY_COLOURS[band.category]
        shades.append(
            [(start, lanes_top), (start, lanes_bottom), (end, lanes_bottom), (end, lanes_top)]
        )
        shade_colours.append((*_rgb(colour), 0.05))
        if start >= x_min:
            starts.append([(start, band_top), (start, lanes_bottom)])
            start_colours.append(colour)
        axes.text(
            label.x,
            (band_top + band_bottom) / 2,
            label.text,
            fontsize=style.SMALL_SIZE,
            color=colours.text,
            va="center",
            ha=label.align,
            clip_on=True,
            zorder=3,
        )
        # A solid box of the paper's colour behind the name, the band's full height and a
        # little wider than the words, so no hatching crosses them (a name on a see-through
        # box read as struck through). All of them are one collection, sized from the label's
        # known extent.
        left, right = label.left - pad, label.right + pad
        backings.append(
            [(left, band_top), (left, band_bottom), (right, band_bottom), (right, band_top)]
        )
    axes.add_collection(
        PolyCollection(
            shades, facecolors=shade_colours, edgecolors="none", gid="treatment-shading", zorder=0.5
        ),
        autolim=False,
    )
    axes.add_collection(
        PolyCollection(
            backings,
            facecolors=[(*_rgb(colours.paper), 1.0)],
            edgecolors="none",
            gid="treatment-name-backing",
            zorder=2.5,
        ),
        autolim=False,
    )
    for category, verts in by_category.items():
        colour = style.CATEGORY_COLOURS[category]
        axes.add_collection(
            PolyCollection(
                verts,
                facecolors=[(*_rgb(colour), 0.35)],
                edgecolors=[colours.band_edge],
                linewidths=0.8,
                hatch=style.CATEGORY_HATCHES[category] or None,
                gid=f"treatments:{category.value}",
                zorder=2,
            ),
            autolim=False,
        )
    if starts:
        axes.add_collection(
            LineCollection(
                starts,
                colors=start_colours,
                linewidths=1.2,
                alpha=0.8,
                gid="treatment-starts",
                zorder=1.5,
            ),
            autolim=False,
        )
    rows = max(chart._band_rows) + 1
    _margin_text(
        chart,
        chart._treatment_top + rows * _TREATMENT_ROW_INCHES / 2,
        _treatments_words(),
        gid="treatments-label",
    )


def _rgb(colour: str) -> tuple[float, float, float]:
    value = int(colour.lstrip("#")[:6], 16)
    return ((value >> 16 & 255) / 255, (value >> 8 & 255) / 255, (value & 255) / 255)


def _draw_appointments(
    chart: HistoryChart, axes: Axes, days_per_inch: float, lanes_bottom: float, lines: bool
) -> None:
    """A diamond for each in the appointments row, labelled where there is room, and (when
    there are not too many) a dashed line down across the lanes."""
    data, colours = chart.data, chart.colours
    row_y = chart._appointment_y
    xs = [_datetime_number(marker.when) for marker in data.appointments]
    if lines:
        axes.add_collection(
            LineCollection(
                [[(x, row_y), (x, lanes_bottom)] for x in xs],
                colors=colours.appointment,
                linewidths=0.8,
                linestyles=_APPOINTMENT_DASHES,
                alpha=0.7,
                gid="appointments",
                zorder=1,
            ),
            autolim=False,
        )
    axes.add_line(
        Line2D(
            xs,
            [row_y] * len(xs),
            linestyle="none",
            marker=style.APPOINTMENT_MARKER,
            markersize=6,
            color=colours.appointment,
            gid="appointment-marks",
            zorder=3,
        )
    )
    _margin_text(chart, row_y, _appointments_words(), gid="appointment-row-label")
    x_end = axes.get_xlim()[1]
    for index, (marker, x) in enumerate(zip(data.appointments, xs, strict=True)):
        short = marker.label.split(" – ")[0]
        following = xs[index + 1] if index + 1 < len(xs) else x_end
        room = (following - x) / days_per_inch
        if room > _text_inches(short, style.SMALL_SIZE - 1) + 0.15:
            axes.text(
                x + 0.06 * days_per_inch,
                row_y,
                short,
                fontsize=style.SMALL_SIZE - 1,
                color=colours.muted,
                va="center",
                ha="left",
                clip_on=True,
                gid="appointment-label",
            )


# -- the key -----------------------------------------------------------------------------------


def _wrap(label: str) -> str:
    """Long key labels on two lines, so the key does not take the plot's width."""
    return textwrap.fill(label, LEGEND_WRAP_CHARACTERS, break_long_words=False)


def _key_columns(values: Sequence[float], columns: int) -> list[Sequence[float]]:
    """``values`` in the key's columns as matplotlib fills them (``numpy.array_split``): the
    first ones one longer when they do not divide evenly (6 entries in 5 columns: 2, 1, 1, 1,
    1), not in columns of equal length, which once let a key run off the figure's edge."""
    size, longer = divmod(len(values), columns)
    found: list[Sequence[float]] = []
    start = 0
    for column in range(columns):
        end = start + size + (1 if column < longer else 0)
        if end > start:
            found.append(values[start:end])
        start = end
    return found


def _legend_shape(
    entries: Sequence[LegendEntry], room_inches: float, note: bool
) -> tuple[int, float]:
    """The in-figure key under the plot: its columns, and the height it takes in inches."""
    labels = [_wrap(entry.label) for entry in entries]
    widths = [
        max(_text_inches(line, style.SMALL_SIZE) for line in label.splitlines()) + 0.75
        for label in labels
    ]
    columns = 1
    for candidate in range(len(widths), 1, -1):
        needed = sum(max(column) for column in _key_columns(widths, candidate))
        if needed <= room_inches:
            columns = candidate
            break
    rows = -(-len(labels) // columns)
    line_columns = _key_columns([label.count("\n") + 1 for label in labels], columns)
    tallest_rows = sum(
        max(column[row] for column in line_columns if row < len(column)) for row in range(rows)
    )
    return columns, tallest_rows * 0.17 + rows * 0.06 + 0.12 + (0.22 if note else 0.0)


def fullest_key() -> tuple[tuple[str, ...], str]:
    """The longest key the chart can have (its labels and its note), for a view that keeps room
    for it, so that the chart keeps its height from one period to the next."""
    month = Aggregation.MONTH
    labels = (
        translate("history_chart", _SYMPTOM_KEY[month]),
        translate("history_chart", _EVENT_KEY[month]),
        translate("history_chart", RELIEF_KEY_LABEL),
        translate("history_chart", "Treatment began"),
        translate("history_chart", "Appointment"),
        _threshold_words(decimal(100.4, 1), "°F"),
        style.flag_label(FlagLevel.PROMPTLY),
        style.flag_label(FlagLevel.NEXT_VISIT),
    )
    return labels, f"{DayValue.AVERAGE.caption} {ring_note(month)}"


def key_note(data: HistoryData, rings: bool) -> str:
    """Said once under the key: which value stands for a day with several entries of a symptom
    (when a symptom is drawn), and what a ring means (when there are rings)."""
    notes = []
    if any(series.points and series.kind is SymptomKind.RATED for series in data.symptoms):
        notes.append(data.day_value.caption)
    if rings:
        notes.append(ring_note(data.aggregation))
    return " ".join(notes)


def ring_note(aggregation: Aggregation) -> str:
    """What a ring means, said once under the key: the same at every period, a day that itself
    raised the flag (in a weekly or monthly view, a day inside that week or month)."""
    return translate("history_chart", _RING_NOTE[aggregation])


def _legend_entries(
    data: HistoryData,
    colours: ChartColours,
    ring_levels: set[FlagLevel],
    appointment_lines: bool,
    x_min: float,
) -> list[LegendEntry]:
    """The key: how to read a lane, the marks and each kind of vertical line, the rings."""
    aggregation = data.aggregation
    entries = []
    kinds = {series.kind for series in data.symptoms if series.points}
    if SymptomKind.RATED in kinds:
        entries.append(
            LegendEntry(
                translate("history_chart", _SYMPTOM_KEY[aggregation]),
                translate("history_chart", _SYMPTOM_KEY_DESCRIPTION[aggregation]),
                colours.line,
                linewidth=1.5,
            )
        )
    if SymptomKind.EVENT in kinds:
        entries.append(
            LegendEntry(
                translate("history_chart", _EVENT_KEY[aggregation]),
                translate("history_chart", "a downward triangle in the event's lane"),
                colours.event,
                "v",
                linestyle="none",
                markersize=7,
                markeredgecolor=colours.mark_edge,
            )
        )
    if any(series.doses for series in data.relief):
        entries.append(
            LegendEntry(
                translate("history_chart", RELIEF_KEY_LABEL),
                translate(
                    "history_chart",
                    "in a medicine's relief lane, for each dose taken as needed: a ring at the "
                    "score before it, a line to a triangle at the score after (pointing down "
                    "when the score fell), on the 0 to 10 scale",
                ),
                colours.line,
                "v",
                linewidth=1.4,
                markersize=5.5,
            )
        )
    if any(date_number(band.start) >= x_min for band in data.treatments):
        entries.append(
            LegendEntry(
                translate("history_chart", "Treatment began"),
                translate(
                    "history_chart",
                    "a vertical line in the colour of the treatment's band, down across the "
                    "lanes; the lanes are shaded in that colour while it lasts",
                ),
                colours.band_edge,
                "|",
                linestyle="none",
                markersize=14,
                markeredgewidth=1.4,
            )
        )
    if data.appointments:
        if appointment_lines:
            entries.append(
                LegendEntry(
                    translate("history_chart", "Appointment"),
                    translate(
                        "history_chart",
                        "a diamond in the appointments row, and a dashed vertical line down "
                        "across the lanes",
                    ),
                    colours.appointment,
                    style.APPOINTMENT_MARKER,
                    linestyle=_APPOINTMENT_DASHES,
                    linewidth=0.8,
                    markersize=6,
                    markeredgewidth=1.0,
                )
            )
        else:
            entries.append(
                LegendEntry(
                    translate("history_chart", "Appointment"),
                    translate(
                        "history_chart",
                        "a diamond in the appointments row (too many in this period for lines "
                        "down the lanes)",
                    ),
                    colours.appointment,
                    style.APPOINTMENT_MARKER,
                    linestyle="none",
                    markersize=6,
                    markeredgewidth=1.0,
                )
            )
    if data.temperature and fever_threshold(data) is not None:
        entries.append(
            LegendEntry(
                threshold_label(data),
                translate(
                    "history_chart",
                    "a faint dashed line across the temperature lane, in the colour of a "
                    "'contact promptly' flag: a day's highest temperature at or above it raises "
                    "a fever flag (an adjustable app default, not a medical fact)",
                ),
                colours.promptly,
                linestyle=_THRESHOLD_DASHES,
                linewidth=0.9,
            )
        )
    for level in (FlagLevel.PROMPTLY, FlagLevel.NEXT_VISIT):
        if level in ring_levels:
            ring = style.FLAG_STYLES[level]
            entries.append(
                LegendEntry(
                    style.flag_label(level),
                    translate(
                        "history_chart", "{colour} hollow {shape} around a point {whose}"
                    ).format(
                        colour=translate("style", ring.colour_words),
                        shape=translate("history_chart", _MARKER_WORDS[ring.marker]),
                        whose=translate("history_chart", _RING_WHOSE[aggregation]),
                    ),
                    colours.level(level),
                    ring.marker,
                    linestyle="none",
                    markersize=ring.size,
                    markerfacecolor="none",
                    markeredgewidth=ring.edge_width + 0.2,
                )
            )
    return entries


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


# -- hover -------------------------------------------------------------------------------------


def _flag_lookup(
    flagged: Sequence[FlaggedDay], aggregation: Aggregation
) -> dict[tuple[str, dt.date], tuple[FlagLevel, str]]:
    """(symptom, point day) -> the most urgent level and its reason, for each ringed point."""
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
    lookup = {}
    for point, day in urgent.items():
        reason = day.reason
        if counts[point] > 1:
            reason += translate("history_chart", _FLAGGED_DAYS[aggregation], "", counts[point])
        lookup[point] = (day.level, reason)
    return lookup


def _hover_infos(chart: HistoryChart) -> list[HoverInfo]:
    """What pointing at each point shows: symptoms, then weights and temperatures, then
    appointments."""
    data, axes = chart.data, chart.lanes_axes
    if axes is None:
        return []
    aggregation = data.aggregation
    flagged = _flag_lookup(data.flagged, aggregation)
    by_key = {series.key: series for series in data.symptoms}
    infos: list[HoverInfo] = []
    relief = {series.key: series for series in data.relief}
    for lane in chart.lanes:
        unit = ""
        if lane.kind == "relief":
            infos.extend(_relief_infos(relief[lane.key], lane, axes))
            continue
        if lane.kind == "weight":
            points, label = data.weight, translate("history_chart", "Weight")
            unit = data.weight_unit.value
        elif lane.kind == "temperature":
            points, label = data.temperature, translate("history_chart", "Temperature")
            unit = degrees(data.temperature_unit)
        else:
            points, label = by_key[lane.key].points, by_key[lane.key].label
        for point in points:
            flag = flagged.get((lane.key, point.day))
            infos.append(
                HoverInfo(
                    day=point.day,
                    series=label,
                    kind=lane.kind,
                    value=point.value,
                    value_text=_value_text(point, lane.kind, aggregation, unit),
                    when_text=_when_text(point.day, aggregation),
                    note=point.note,
                    reason=flag[1] if flag else "",
                    level=flag[0] if flag else None,
                    x=date_number(point.day),
                    y=float(lane.y(point.value)),
                    axes=axes,
                )
            )
    for marker in data.appointments:
        infos.append(
            HoverInfo(
                day=marker.when.date(),
                series=marker.label,
                kind="appointment",
                value=None,
                value_text=translate("history_chart", "appointment at {time}").format(
                    time=time_of_day(marker.when)
                ),
                when_text=long_day(marker.when.date()),
                x=_datetime_number(marker.when),
                y=chart._appointment_y,
                axes=axes,
            )
        )
    return infos


def _relief_infos(series: ReliefSeries, lane: Lane, axes: Axes) -> list[HoverInfo]:
    """Pointing at a dose's score after it: when it was taken, and both scores."""
    infos = []
    for dose in series.doses:
        change = dose.relief
        if change > 0:
            words = translate("history_chart", "fell by {change}").format(change=change)
        elif change < 0:
            words = translate("history_chart", "rose by {change}").format(change=-change)
        else:
            words = translate("history_chart", "stayed the same")
        infos.append(
            HoverInfo(
                day=dose.at.date(),
                series=series.label,
                kind="relief",
                value=float(dose.after),
                value_text=translate(
                    "history_chart", "{before} before, {after} after ({change})"
                ).format(before=dose.before, after=dose.after, change=words),
                when_text=day_and_time(dose.at),
                x=_datetime_number(dose.at),
                y=float(lane.y(dose.after)),
                axes=axes,
            )
        )
    return infos


def _band_infos(chart: HistoryChart) -> list[tuple[float, float, float, float, HoverInfo]]:
    """Each treatment band's extent, row and words (its name may be cut short on the band)."""
    axes = chart.lanes_axes
    if axes is None or not chart.data.treatments:
        return []
    x_min, x_max = axes.get_xlim()
    bands = []
    for band, row in zip(chart.data.treatments, chart._band_rows, strict=True):
        start, end = _band_extent(band, x_max)
        top = chart._treatment_top + row * _TREATMENT_ROW_INCHES
        if band.end is None:
            value_text = translate("history_chart", "{kind}, ongoing").format(
                kind=band.category_label
            )
        elif band.end == band.start:
            value_text = band.category_label
        else:
            value_text = translate("history_chart", "{kind}, until {day}").format(
                kind=band.category_label, day=long_day(band.end)
            )
        info = HoverInfo(
            day=band.start,
            series=band.label,
            kind="treatment",
            value=None,
            value_text=value_text,
            when_text=(
                long_day(band.start)
                if band.end == band.start
                else translate("history_chart", "From {day}").format(day=long_day(band.start))
            ),
            x=min(max(start, x_min), x_max),
            y=top + _TREATMENT_ROW_INCHES / 2,
            axes=axes,
        )
        bands.append(
            (
                start,
                end,
                top + 0.12 * _TREATMENT_ROW_INCHES,
                top + 0.88 * _TREATMENT_ROW_INCHES,
                info,
            )
        )
    return bands
