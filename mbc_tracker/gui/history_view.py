"""The History view: symptoms over time, with treatments, appointments and flags alongside.

A person chooses a period (30 days to all, or her own dates) and the symptoms to show (at first,
those she logged in that period), and reads the chart or, with the "Table" toggle, the same
numbers as a table. The chart is one lane per symptom (``reports.history_chart``), drawn in the
desktop theme's colours (``chart_theme.chart_colours``: light or dark; saved, it is on white).
Pointing at a point or a treatment, or clicking the chart and stepping with the arrow keys, shows
its date, value, the day's note and any flag's reason in a small box beside the point, kept
wholly inside the chart (``PointReadout``), and in a line under the chart, which screen readers
read. The chart's key is a Qt widget under the canvas (``history_legend``), not part of the
figure: it costs a redraw nothing and screen readers read it (the title, the range and grouping,
is the canvas's accessible name; the period line above shows the range). "Save chart…" writes
the chart on white with its title and key inside the picture, as PNG or SVG,
through ``paths.replacing_atomically`` like every file the app writes: whole or not at all, 0600,
and never over the record's own files (the refusal is said in the status line).

matplotlib is slow to import, so nothing here imports it at module level: the figure, its canvas
and the chart code are loaded the first time a chart is drawn. Reading and drawing happen only
while the page is shown. A change made elsewhere arrives as a ``RecordChanges`` value
(``record_changed``) and marks stale only the parts of the chart it touched (the series of the
symptoms changed on days in a period, the weights and temperatures, treatments, appointments,
the flag rings and the fever threshold, the chooser's list); they are read again, in one
Session, when the page is next shown. The parts of the last few periods shown are kept, so going
back to a period reads only what changed since, and a read that finds what is already shown
neither rebuilds the table nor redraws. The rings come from ``record.flags.evaluate()``, worked
out once per evaluation for every day. The one ``Figure`` is reused for every redraw (its axes
too) and cleared when the view goes away; the words shown on hover are only worked out when a
point is first pointed at or stepped to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import long_day, long_day_span, time_of_day
from mbc_tracker.domain.daylog import DayValue
from mbc_tracker.domain.language import os_reason
from mbc_tracker.gui import chart_theme, export_warning, theme
from mbc_tracker.gui.care_team_notice import CareTeamNotice
from mbc_tracker.gui.history_legend import HistoryLegend
from mbc_tracker.gui.history_table import HistoryTable
from mbc_tracker.gui.widgets import (
    ErrorLabel,
    ReflowBox,
    from_qdate,
    lay_out_hidden,
    scaled_font,
    to_qdate,
    use_readable_calendar,
)
from mbc_tracker.paths import OutputRefused, ProtectedFiles, replacing_atomically
from mbc_tracker.reports.csv_export import CSV_ENCODING, csv_text
from mbc_tracker.reports.history_data import (
    Aggregation,
    ReliefSeries,
    aggregation_for,
    group_span,
)
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.history import HistoryParts, assemble, every_flagged_day

if TYPE_CHECKING:
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.figure import Figure

    from mbc_tracker.domain.records import TemperatureUnit, TrackedSymptom, WeightUnit
    from mbc_tracker.reports.history_chart import HistoryChart, HoverInfo
    from mbc_tracker.reports.history_chart import MarginWords as ChartMarginWords
    from mbc_tracker.reports.history_data import (
        AppointmentMarker,
        FlaggedDay,
        HistoryData,
        Point,
        SymptomSeries,
        TreatmentBand,
    )
    from mbc_tracker.services.record import CareRecord

ALL_TIME = 0  # the period "All": the whole record
SCREEN_DPI = 100  # the chart's logical pixels to the inch at 100% text
CUSTOM = -1  # the period "Custom…": two date fields
PERIOD_DAYS = (30, 90, 365, ALL_TIME, CUSTOM)
DEFAULT_PERIOD_DAYS = 90
CHART, TABLE = "chart", "table"
KEY_KEY = Qt.ItemDataRole.UserRole  # a symptom item's catalogue key
ITEM_PADDING = 3  # above and below a symptom's name in the list


def release_figure(figure: Figure) -> None:
    """Let go of everything the figure holds (its axes, lines and cached renderer)."""
    figure.clear()


KEPT_PERIODS = 6  # periods whose parts are kept: the four choices and two custom ranges
# Beyond this many changed days in a period, its symptoms are read again as a whole rather than
# group by group (one read each).
MAX_PATCHED_DAYS = 8


@dataclass
class PeriodParts:
    """The parts of the chart read for one period; None (or ``logged_stale``): read again.

    Entries changed on some days make stale only the points of the groups (days, weeks or
    months) holding those days, for the symptoms changed (``stale_day_keys``; None: any): they
    are read again and put in place of the old ones, so a save costs the same however long the
    period and the record are.
    """

    logged_keys: list[str] = field(default_factory=list)
    logged_stale: bool = True
    series: tuple[SymptomSeries, ...] | None = None
    stale_days: set[dt.date] = field(default_factory=set)
    stale_day_keys: set[str] | None = field(default_factory=set)
    weight: tuple[tuple[Point, ...], WeightUnit] | None = None
    temperature: tuple[tuple[Point, ...], TemperatureUnit] | None = None
    treatments: tuple[TreatmentBand, ...] | None = None
    appointments: tuple[AppointmentMarker, ...] | None = None
    relief: tuple[ReliefSeries, ...] | None = None

    def forget(self, changes: RecordChanges, first: dt.date, last: dt.date) -> None:
        """Mark stale what ``changes`` touched of the period from ``first`` to ``last``."""
        if changes.symptoms:
            self.series = None  # a renamed symptom's label
            self.logged_stale = True
        days = {day for day in changes.days if first <= day <= last}
        if days:
            self.logged_stale = True
            self.stale_days |= days
            if not changes.symptom_keys:
                self.stale_day_keys = None
            elif self.stale_day_keys is not None:
                self.stale_day_keys |= changes.symptom_keys
            # A day note shows on the weight's and temperature's daily points too.
            if changes.measurements or aggregation_for(first, last) is Aggregation.DAY:
                self.weight = None
                self.temperature = None
        if changes.person:
            self.weight = None  # the units weights and temperatures are shown in
            self.temperature = None
        if changes.treatments:
            self.treatments = None
        if changes.appointments:
            self.appointments = None
        if changes.doses or changes.treatments:
            self.relief = None  # a dose's scores, or a medicine's name

    def shows(self, wanted: list[str]) -> bool:
        """The series held are those of ``wanted``."""
        return self.series is not None and [series.key for series in self.series] == wanted

    def take(self, read: HistoryParts, wanted: list[str]) -> None:
        """Keep what was read again (``wanted``: the symptoms to show; when they are those
        held, their series were not read again)."""
        if read.logged_keys is not None:
            self.logged_keys = read.logged_keys
            self.logged_stale = False
        if read.symptoms is not None and not self.shows(wanted):
            self.series = read.symptoms
            self.stale_days.clear()
            self.stale_day_keys = set()
        if read.weight is not None:
            self.weight = read.weight
        if read.temperature is not None:
            self.temperature = read.temperature
        if read.treatments is not None:
            self.treatments = read.treatments
        if read.appointments is not None:
            self.appointments = read.appointments
        if read.relief is not None:
            self.relief = read.relief

    def stale_groups(
        self, first: dt.date, last: dt.date, aggregation: Aggregation
    ) -> list[tuple[dt.date, dt.date, dt.date]]:
        """The groups to read again: the day each is placed on, and its first and last day in
        the period (a week or month at either end may be cut)."""
        groups = set()
        for day in self.stale_days:
            start, end = group_span(day, aggregation)
            groups.add((start, max(start, first), min(end, last)))
        return sorted(groups)

    def patch(self, fresh: Sequence[SymptomSeries], group: dt.date) -> None:
        """Put the points of ``fresh`` (read for one group, placed on ``group``) in place of
        the old ones of that group."""
        assert self.series is not None
        by_key = {series.key: series for series in fresh}
        patched = []
        for series in self.series:
            new = by_key.get(series.key)
            if new is not None:
                kept = [point for point in series.points if point.day != group]
                points = tuple(sorted((*kept, *new.points), key=lambda point: point.day))
                series = dataclasses.replace(series, points=points)
            patched.append(series)
        self.series = tuple(patched)


class PointCursor(QWidget):
    """A ring drawn over the canvas around the point the keyboard (or mouse) has chosen.

    Drawn by Qt on top of the chart rather than into the figure, so moving it costs no redraw
    and a saved chart never carries it. A dark ring with a white halo reads on any colour.
    """

    RADIUS = 11

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        size = 2 * self.RADIUS + 6
        self.resize(size, size)
        self.hide()

    def show_at(self, centre: QPoint) -> None:
        self.move(centre - QPoint(self.width() // 2, self.height() // 2))
        self.show()
        self.raise_()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        centre = self.rect().center()
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 5))
        painter.drawEllipse(centre, self.RADIUS, self.RADIUS)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2.5))
        painter.drawEllipse(centre, self.RADIUS, self.RADIUS)
        painter.end()


class LaneNames(QWidget):
    """The lanes' names and their scales' numbers, painted by Qt over the canvas's left margin.

    The figure leaves their room empty (``build_history_figure(..., margin_words=False)``):
    matplotlib lays text out glyph by glyph on every redraw, and these are a third of the
    chart's words. Each is placed where the figure would have drawn it, right-aligned against
    the plot, in the chart's colours, and cut with "…" rather than run off the canvas.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("laneNames")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._chart: HistoryChart | None = None

    def show_words(self, chart: HistoryChart | None) -> None:
        self._chart = chart
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.update()

    def placed(self) -> list[tuple[QRect, str, bool]]:
        """Each of the chart's margin words: where it is painted, its text as painted (cut if
        need be), and whether it is a quiet number."""
        chart = self._chart
        canvas = self.parentWidget()
        if chart is None or chart.lanes_axes is None or canvas is None:
            return []
        figure = chart.figure
        ratio = getattr(canvas, "device_pixel_ratio", 1) or 1  # device pixels to logical ones
        inch = figure.dpi / ratio  # logical pixels to the inch (more with larger text)
        axes = chart.lanes_axes
        height = canvas.height()
        left = axes.get_window_extent().x0 / ratio
        placed = []
        for words in chart.margin_words:
            font = self._font(words, inch)
            metrics = QFontMetrics(font)
            right = round(left - words.inset * inch)
            lines = words.text.splitlines()
            _x, y_pixels = axes.transData.transform((0.0, words.y))
            middle = round(height - y_pixels / ratio)
            width = max(right - 2, 1)
            if words.gid.startswith("lane:") and (
                lines[-1].endswith("…")
                or any(metrics.horizontalAdvance(line) > width for line in lines)
            ):
                # Cut by the chart, or wider than the margin (a narrow chart with large text
                # keeps its plot's width and narrows the margin): wrapped again into as many
                # lines as the lane holds.
                lane = chart.lane(words.gid.removeprefix("lane:"))
                room = int((lane.bottom - lane.top) * inch // max(metrics.height(), 1))
                lines = self._whole_name(chart, words, metrics, width, max(len(lines), room))
            box_height = metrics.height() * len(lines)
            box = QRect(2, middle - box_height // 2, width, box_height)
            shown = "\n".join(
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, box.width()) for line in lines
            )
            placed.append((box, shown, words.muted))
        return placed

    @staticmethod
    def _whole_name(
        chart: HistoryChart, words: ChartMarginWords, metrics: QFontMetrics, width: int, lines: int
    ) -> list[str]:
        """A lane's name the chart cut at its estimate of the margin, as much of it as the
        painted font fits in ``lines`` lines of ``width`` (often the whole name)."""
        name = chart.lane(words.gid.removeprefix("lane:")).label
        result: list[str] = []
        for word in name.split():
            if result and metrics.horizontalAdvance(f"{result[-1]} {word}") <= width:
                result[-1] = f"{result[-1]} {word}"
            else:
                result.append(word)
        if len(result) > lines:  # the last line takes the rest, cut with "…" as it is painted
            result = [*result[: lines - 1], " ".join(result[lines - 1 :])]
        return result

    def _font(self, words: ChartMarginWords, inch: float = 100.0) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(round(words.size * inch / 72), 6))  # as the figure's points
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        chart = self._chart
        if chart is None:
            return
        painter = QPainter(self)
        canvas = self.parentWidget()
        ratio = (getattr(canvas, "device_pixel_ratio", 1) or 1) if canvas is not None else 1
        inch = chart.figure.dpi / ratio
        for (box, text, muted), words in zip(self.placed(), chart.margin_words, strict=True):
            painter.setFont(self._font(words, inch))
            painter.setPen(QColor(chart.colours.muted if muted else chart.colours.text))
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
            )
        painter.end()


class PointReadout(QLabel):
    """The chosen point's words in a small box over the chart, beside the point.

    Drawn by Qt over the canvas (no redraw, never in a saved chart), in the window's colours
    (``chart_theme.readout_style``), and always wholly inside the canvas: near the right or
    bottom edge it goes to the other side of the point, and it is never wider than the canvas.
    """

    MARGIN = 4  # from the canvas's edges
    PADDING = 4  # inside the box, as chart_theme.readout_style sets it
    OFFSET = 14  # from the point: clear of the cursor's ring
    MAX_WIDTH = 340

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pointReadout")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.hide()

    def show_near(self, centre: QPoint, text: str) -> None:
        canvas = self.parentWidget()
        assert canvas is not None
        self.setStyleSheet(chart_theme.readout_style(canvas.palette()))
        self.setText(text)
        room_width = max(canvas.width() - 2 * self.MARGIN, 1)
        metrics = self.fontMetrics()
        padding = self.PADDING + 2  # the style sheet's padding, and its border
        longest = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
        width = min(longest + 2 * padding + 2, self.MAX_WIDTH, room_width)
        text_height = metrics.boundingRect(
            QRect(0, 0, width - 2 * padding, 10_000), int(Qt.TextFlag.TextWordWrap), text
        ).height()
        height = min(text_height + 2 * padding, canvas.height() - 2 * self.MARGIN)
        self.setFixedSize(width, max(height, 1))
        x, y = centre.x() + self.OFFSET, centre.y() + self.OFFSET
        if x + width > canvas.width() - self.MARGIN:
            x = centre.x() - self.OFFSET - width
        if y + height > canvas.height() - self.MARGIN:
            y = centre.y() - self.OFFSET - height
        x = max(self.MARGIN, min(x, canvas.width() - self.MARGIN - width))
        y = max(self.MARGIN, min(y, canvas.height() - self.MARGIN - height))
        self.move(max(x, 0), max(y, 0))
        self.show()
        self.raise_()


class WrappedCheckDelegate(QStyledItemDelegate):
    """Ticked items whose long names wrap onto as many lines as they need.

    Qt measures a wrapped item as if its text had the whole row, but draws it beside the tick
    box: the last line was cut to "…" ("Convulsión …"). The measure here leaves the box's room.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        widget = option.widget
        if widget is None or not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return hint
        style = widget.style()
        drawn = QStyleOptionViewItem(option)
        self.initStyleOption(drawn, index)
        drawn.rect = QRect(0, 0, option.rect.width(), hint.height())
        # Where the style draws the text (the row less the box and the padding), less the
        # margins Qt keeps inside it.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, drawn, widget) + 1
        width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, drawn, widget).width()
        bounds = QRect(0, 0, max(width - 2 * margin, 1), 1 << 20)
        needed = drawn.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, drawn.text)
        return QSize(hint.width(), max(hint.height(), needed.height() + 2 * ITEM_PADDING + 2))


def chart_minimum_height() -> int:
    """The chart's least height in pixels: taller with larger text, as the page around it
    grows with the text (and scrolls), so the chart is never left a strip between a large key
    and large controls."""
    return round(240 * max(1.0, theme.text_scale()))


class HistoryView(QWidget):
    """Symptoms over a chosen period as a chart or a table, with hover and keyboard details.

    Signals:
        chart_drawn(): the chart was (re)drawn on the screen with the current choices.
    """

    chart_drawn = Signal()

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._today = today
        self._data: HistoryData | None = None
        self._data_stale = True
        self._chart_stale = True
        self._chosen_keys: list[str] | None = None  # None: follow "logged in the period"
        self._logged_keys: list[str] = []
        # What the chart is made of, part by part, so that a change reads again only the parts
        # it touched: the tracked symptoms and the flagged days for the whole record (None:
        # read again), the rest per period, for the last few periods shown, so that going back
        # to one reads only what changed meanwhile.
        self._periods: dict[tuple[dt.date, dt.date], PeriodParts] = {}
        self._tracked: list[TrackedSymptom] | None = None
        self._tracked_read = 0  # how often the tracked symptoms were read
        self._listed: tuple[object, ...] | None = None  # what the symptom list was filled from
        # Every day a flag of the record holds (from ``record.flags.evaluate()``), for the rings.
        self._flagged: tuple[FlaggedDay, ...] | None = None
        self._fever_from_celsius: float | None = None  # the flag settings', read with the flags
        self._day_value: DayValue | None = None  # the record's preference; None: read it again
        # The last point's list of entries (its day and lane, and the words), so the words
        # under the chart and those beside the point read the day once.
        self._entries_said: tuple[dt.date, str, str] | None = None
        self._figure: Figure | None = None
        self._canvas: Any = None  # a FigureCanvasQTAgg once the first chart is drawn
        self._chart: HistoryChart | None = None
        self._points: list[HoverInfo] | None = None  # the chart's, asked for when first needed
        self._point_index: int | None = None
        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(0)
        self._update_timer.timeout.connect(self._update_now)
        # The chart's margins are worked out in inches for the size it is drawn at, so a resized
        # chart is built again once the resizing stops.
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self._update_now)
        self._drawn_size: tuple[int, int] | None = None
        self._drawn_pixels: tuple[float, float] | None = None
        self._build()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        # The page scrolls down when large text leaves the chart less than its least height (at
        # 150% in a 700-pixel window), rather than squeezing the chart's lanes together; with
        # room enough it fills the window as before.
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take focus
        self._content = QWidget(scroll)
        scroll.setWidget(self._content)
        page_layout.addWidget(scroll)
        self._scroll = scroll
        outer = QVBoxLayout(self._content)
        outer.setContentsMargins(12, 12, 12, 8)
        outer.setSpacing(8)
        title = QLabel(self.tr("History"), self)
        title.setFont(scaled_font(self.font(), 1.6))
        # How to read a point is said under the chart, where the details appear: one line here
        # leaves the chart more height in a small window.
        intro = QLabel(
            self.tr(
                "How your symptoms have changed over time, with treatments and appointments "
                "alongside."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(title)
        outer.addWidget(intro)
        # The chart marks flagged days, so the page carries the line every screen with flags
        # does, under the intro as on the Flags page.
        self.care_team_notice = CareTeamNotice(self)
        outer.addWidget(self.care_team_notice)
        outer.addWidget(self._build_controls())
        self.range_error = ErrorLabel(self.to_edit, self)
        outer.addWidget(self.range_error)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(self._build_symptom_list())
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_chart_page())
        self.table = HistoryTable(self.pages)
        self.pages.addWidget(self.table)
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        outer.addWidget(self.status_label)

    def _control_height(self) -> int:
        return self.fontMetrics().height() + 14

    def _build_controls(self) -> ReflowBox:
        height = self._control_height()
        # The period on the left, Chart / Table / Save on the right; the buttons go under the
        # period when large text leaves no room beside it.
        row = ReflowBox(self)
        period_box, buttons_box = QWidget(row), QWidget(row)
        controls = QHBoxLayout(period_box)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(6)
        period_label = QLabel(self.tr("&Period:"), self)
        self.period_combo = QComboBox(self)
        for text, days in zip(
            (
                self.tr("Last 30 days"),
                self.tr("Last 90 days"),
                self.tr("Last year"),
                self.tr("All"),
                self.tr("Custom…"),
            ),
            PERIOD_DAYS,
            strict=True,
        ):
            self.period_combo.addItem(text, days)
        self.period_combo.setCurrentIndex(self.period_combo.findData(DEFAULT_PERIOD_DAYS))
        self.period_combo.setMinimumHeight(height)
        self.period_combo.setAccessibleName(self.tr("Period"))
        period_label.setBuddy(self.period_combo)
        controls.addWidget(period_label)
        controls.addWidget(self.period_combo)

        today = self._today()
        self.from_label = QLabel(self.tr("&From:"), self)
        self.from_edit = self._date_edit(today - dt.timedelta(days=29), self.tr("First day"))
        self.to_label = QLabel(self.tr("T&o:"), self)
        self.to_edit = self._date_edit(today, self.tr("Last day"))
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            controls.addWidget(widget)
            widget.hide()
        self.period_text = QLabel(self)
        self.period_text.setStyleSheet(theme.muted_style(self))
        self.period_text.setAccessibleName(self.tr("Period shown"))
        # It wraps rather than widen the page past the window with large text.
        self.period_text.setWordWrap(True)
        self.period_text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        controls.addSpacing(8)
        controls.addWidget(self.period_text, 1)

        controls = QHBoxLayout(buttons_box)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(6)
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_buttons: dict[str, QPushButton] = {}
        for mode, text, name in (
            (CHART, self.tr("&Chart"), self.tr("Show as a chart")),
            (TABLE, self.tr("&Table"), self.tr("Show as a table")),
        ):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setMinimumHeight(height)
            button.setAccessibleName(name)
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            controls.addWidget(button)
        self.mode_buttons[CHART].setChecked(True)
        controls.addSpacing(8)
        # Saves what is shown: the chart as a picture, or the table as a CSV file.
        self.save_button = QPushButton(self)
        self.save_button.setMinimumHeight(height)
        self._name_save_button()
        controls.addWidget(self.save_button)

        self.period_combo.currentIndexChanged.connect(self._on_period_chosen)
        self.from_edit.dateChanged.connect(self._on_custom_dates_changed)
        self.to_edit.dateChanged.connect(self._on_custom_dates_changed)
        self.mode_group.buttonToggled.connect(self._on_mode_toggled)
        self.save_button.clicked.connect(self.save_shown)
        row.add_widget(period_box, 1)
        row.add_widget(buttons_box)
        return row

    def _name_save_button(self) -> None:
        if self.mode_buttons[TABLE].isChecked():
            self.save_button.setText(self.tr("&Save table (CSV)…"))
            self.save_button.setToolTip(
                self.tr("Save the table as a CSV file, for a spreadsheet or your care team")
            )
        else:
            self.save_button.setText(self.tr("&Save chart…"))
            self.save_button.setToolTip(
                self.tr("Save the chart as a PNG picture or an SVG drawing")
            )

    def _date_edit(self, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(to_qdate(day), self)
        use_readable_calendar(edit)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMinimumHeight(self._control_height())
        edit.setAccessibleName(name)
        return edit

    def _build_symptom_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        heading = QLabel(self.tr("S&ymptoms to show"), self)
        heading.setFont(scaled_font(self.font(), 1.0))
        self.symptom_list = QListWidget(self)
        self.symptom_list.setAccessibleName(self.tr("Symptoms to show"))
        self.symptom_list.setAccessibleDescription(
            self.tr("Press Space to show or hide a symptom on the chart")
        )
        # Narrow, with long names wrapped rather than cut, so the chart keeps the width.
        self.symptom_list.setFixedWidth(max(190, self.fontMetrics().averageCharWidth() * 26))
        self.symptom_list.setWordWrap(True)
        self.symptom_list.setItemDelegate(WrappedCheckDelegate(self.symptom_list))
        self.symptom_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.symptom_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.symptom_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.symptom_list.setStyleSheet(f"QListWidget::item {{ padding: {ITEM_PADDING}px 2px; }}")
        heading.setBuddy(self.symptom_list)
        buttons = QHBoxLayout()
        self.show_logged_button = QPushButton(self.tr("Show all &logged"), self)
        self.show_logged_button.setToolTip(
            self.tr("Tick every symptom logged in the period, and nothing else")
        )
        self.clear_button = QPushButton(self.tr("Clea&r"), self)
        self.clear_button.setToolTip(self.tr("Untick every symptom"))
        for button in (self.show_logged_button, self.clear_button):
            button.setMinimumHeight(self._control_height())
            buttons.addWidget(button)
        column.addWidget(heading)
        column.addWidget(self.symptom_list, 1)
        column.addLayout(buttons)
        self.symptom_list.itemChanged.connect(self._on_symptom_ticked)
        self.show_logged_button.clicked.connect(self.show_all_logged)
        self.clear_button.clicked.connect(self.clear_symptoms)
        return column

    def _build_chart_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # The frame shows a clear edge while the chart has keyboard focus.
        self.chart_frame = QFrame(page)
        self.chart_frame.setObjectName("chartFrame")
        self.chart_layout = QVBoxLayout(self.chart_frame)
        self.chart_layout.setContentsMargins(3, 3, 3, 3)
        self.chart_placeholder = QLabel(self.tr("The chart is being drawn…"), self.chart_frame)
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.chart_placeholder)
        # Room for the chart from the start (it is drawn a moment after the page shows), so the
        # page's least height already holds it and the canvas is never cut off at the bottom.
        self.chart_placeholder.setMinimumHeight(chart_minimum_height())
        self._set_frame_focused(False)
        self.info_label = QLabel(page)
        self.info_label.setObjectName("pointInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label.setAccessibleName(self.tr("Details of the chosen point"))
        self.info_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        bigger = QFont(self.font())
        if bigger.pointSizeF() > 0:
            bigger.setPointSizeF(bigger.pointSizeF() * 1.1)
        self.info_label.setFont(bigger)
        # Room for three lines whatever the point says (a flag's reason included), so the
        # chart never jumps as it changes; the box beside the point shows the same words.
        self.info_label.setFixedHeight(QFontMetrics(bigger).lineSpacing() * 3 + 8)
        self._show_hint()
        # The chart's key: Qt text, so screen readers read it and the redraw is lighter; a saved
        # chart has it inside the picture instead, with its title. Under the chart, not beside
        # it, where it took the width the lanes need. On screen the period line above says the
        # range and the key's first entry how points were grouped: a title row would take the
        # height the lanes need.
        self.legend = HistoryLegend(page)
        layout.addWidget(self.chart_frame, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.info_label)
        return page

    def _set_frame_focused(self, focused: bool) -> None:
        colour = theme.focus_edge(self.palette()).name()
        edge = f"3px solid {colour}" if focused else "3px solid transparent"
        self.chart_frame.setStyleSheet(f"#chartFrame {{ border: {edge}; border-radius: 3px; }}")

    # -- public interface ----------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """The record changed elsewhere: read it again now if shown, else when next shown."""
        self.record_changed(RecordChanges.everything_changed())

    @Slot(object)  # a RecordChanges, as the main window's ``record_changed`` signal sends it
    def record_changed(self, changes: RecordChanges) -> None:
        """Something changed elsewhere: mark what it touched stale, and show it again now if
        the view is shown, else when it is next shown.

        Entries on days in the period shown make its symptoms (and, for measurements or daily
        points with their day notes, the weight and temperature lanes) stale; days outside it
        only the flags. The tracked symptoms make the chooser stale, the person the units,
        treatments and appointments their bands and marks, and anything the flags read
        (settings, "discussed" marks, days ...) the rings and the fever threshold."""
        if not changes:
            return
        self._entries_said = None
        if changes.everything:
            self._tracked = None
            self._flagged = None
            self._day_value = None
            self._periods.clear()
        elif changes.day_value:
            self._day_value = None
            self._periods.clear()  # every symptom's points change (each day's value)
        else:
            if changes.symptoms:
                self._tracked = None
            if changes.flags:
                self._flagged = None
            for (first, last), parts in self._periods.items():
                parts.forget(changes, first, last)
        self._data_stale = True
        self._schedule_update()

    def data(self) -> HistoryData | None:
        """What the chart and the table show now (None before the page was first shown)."""
        return self._data

    def chart(self) -> HistoryChart | None:
        """The chart drawn last (None until a chart has been drawn)."""
        return self._chart

    def figure(self) -> Figure | None:
        return self._figure

    def canvas(self) -> Any:
        """The matplotlib canvas widget (None until a chart has been drawn)."""
        return self._canvas

    def mode(self) -> str:
        return TABLE if self.pages.currentWidget() is self.table else CHART

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def set_period_days(self, days: int) -> None:
        """Choose 30, 90 or 365 days, ``ALL_TIME`` or ``CUSTOM``."""
        self.period_combo.setCurrentIndex(self.period_combo.findData(days))

    def set_custom_range(self, first: dt.date, last: dt.date) -> bool:
        """Choose "Custom…" with these days; False (and a message) when they cannot be used."""
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        if self.period_combo.currentData() != CUSTOM:
            self.set_period_days(CUSTOM)
        else:
            self._on_custom_dates_changed()
        return not self.range_error.isVisible()

    def period(self) -> tuple[dt.date, dt.date]:
        """The first and last day the choices ask for now."""
        today = self._today()
        days = self.period_combo.currentData()
        if days == CUSTOM:
            return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        if days == ALL_TIME:
            return self._record.history.all_range(today=today)
        return today - dt.timedelta(days=days - 1), today

    def symptom_keys(self) -> list[str]:
        """The keys of the ticked symptoms, in the list's order."""
        return [
            item.data(KEY_KEY)
            for item in self._symptom_items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_symptom_shown(self, key: str, shown: bool) -> None:
        for item in self._symptom_items():
            if item.data(KEY_KEY) == key:
                item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def info_text(self) -> str:
        return self.info_label.text()

    def ask_save_path(self) -> Path | None:
        """Where to save the chart (tests replace this)."""
        start = Path.home() / self.tr("symptom-history.png")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart"),
            str(start),
            self.tr("PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + (".svg" if "svg" in chosen_filter else ".png"))
        return path

    @Slot()
    def save_shown(self) -> Path | None:
        """Save what is shown: the table as CSV in table mode, else the chart."""
        return self.save_table() if self.mode() == TABLE else self.save_chart()

    @Slot()
    def save_chart(self) -> Path | None:
        """Ask where, then write the chart as PNG or SVG; the path written, or None."""
        if not export_warning.confirm_unprotected_copy(
            self, self._record.protected, export_warning.CHART
        ):
            return None
        path = self.ask_save_path()
        if path is None:
            return None
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        data = self._current_data()

        def write(temporary: Path) -> None:
            figure = self._export_figure(data)
            try:
                figure.savefig(
                    temporary, format=path.suffix.lower().lstrip("."), dpi=150, facecolor="white"
                )
            finally:
                release_figure(figure)

        return self._write_file(path, write, chart=True)

    def ask_csv_path(self) -> Path | None:
        """Where to save the table (tests replace this)."""
        start = Path.home() / self.tr("symptom-history.csv")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the table"), str(start), self.tr("CSV file (*.csv)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")

    @Slot()
    def save_table(self) -> Path | None:
        """Ask where, then write the table as shown (its columns, rows and order) as CSV."""
        if not export_warning.confirm_unprotected_copy(
            self, self._record.protected, export_warning.TABLE
        ):
            return None
        path = self.ask_csv_path()
        if path is None:
            return None
        self._current_data()
        text = csv_text(self.table.csv_rows())

        def write(temporary: Path) -> None:
            temporary.write_text(text, encoding=CSV_ENCODING, newline="")

        return self._write_file(path, write, chart=False)

    def _current_data(self) -> HistoryData:
        self._update_now()
        if self._data is None or self._data_stale:
            self._load()
        assert self._data is not None
        return self._data

    def _write_file(self, path: Path, write: Callable[[Path], None], chart: bool) -> Path | None:
        """Write ``path`` whole or not at all through ``write``, never over the record or its
        backups; say how it went under the controls. The path written, or None."""
        protecting = ProtectedFiles(self._record.path, self._record.paths)
        try:
            # Named in a refusal's sentence, translated there (paths.OUTPUT_NAMES).
            with replacing_atomically(
                path, protecting, "the chart" if chart else "the table"
            ) as temporary:
                write(temporary)
        except OutputRefused as refused:
            self._show_status(refused.message)
            return None
        except OSError as error:
            failed = (
                self.tr(
                    "The chart could not be saved as “{name}” in {folder} ({reason}). "
                    "Nothing was changed. Please choose another folder, for example your "
                    "Documents folder, and try again."
                )
                if chart
                else self.tr(
                    "The table could not be saved as “{name}” in {folder} ({reason}). "
                    "Nothing was changed. Please choose another folder, for example your "
                    "Documents folder, and try again."
                )
            )
            self._show_status(
                failed.format(name=path.name, folder=path.parent, reason=os_reason(error) or error)
            )
            return None
        saved = (
            self.tr("Saved the chart as “{name}” in {folder}.")
            if chart
            else self.tr("Saved the table as “{name}” in {folder}.")
        )
        self._show_status(saved.format(name=path.name, folder=path.parent))
        return path

    def _export_figure(self, data: HistoryData) -> Figure:
        """The chart as a picture of its own, on white: with its title and key inside (the
        screen shows them around it), as large as the chart and its key on screen, and never
        smaller than the chart's default size, so a small window still saves a readable
        picture."""
        from matplotlib.figure import Figure

        from mbc_tracker.reports.history_chart import DEFAULT_SIZE_INCHES, build_history_figure

        # matplotlib's Qt canvas counts a hundred logical pixels to the inch.
        width = self.chart_frame.width() / 100
        height = (self.chart_frame.height() + self.legend.height()) / 100
        figure = Figure(
            figsize=(max(width, DEFAULT_SIZE_INCHES[0]), max(height, DEFAULT_SIZE_INCHES[1])),
            dpi=100,
        )
        build_history_figure(data, figure)
        return figure

    @Slot()
    def show_all_logged(self) -> None:
        """Tick exactly the symptoms logged in the period, and follow the period from now on."""
        self._chosen_keys = None
        self._fill_symptom_list()
        self._changed()

    @Slot()
    def clear_symptoms(self) -> None:
        self._chosen_keys = []
        self._fill_symptom_list()
        self._changed()

    def close_chart(self) -> None:
        """Let go of the figure's contents (the view or its record is closing)."""
        self._chart = None
        self._points = None
        self._point_index = None
        if self._figure is not None:
            release_figure(self._figure)
        self._chart_stale = True

    # -- keeping up to date --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._chart is not None:
            # The desktop turned light or dark: the chart is drawn again in its new colours.
            self._set_frame_focused(self._canvas is not None and self._canvas.hasFocus())
            self._chart_stale = True
            self._schedule_update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._data_stale or self._chart_stale:
            # After the layout has placed the page, so the first draw has its final size.
            self._schedule_update()
        elif self._canvas is not None and self._drawn_pixels == self._figure_pixels():
            # Drawn while hidden (``prepare``) at exactly this size: the drawing matplotlib's
            # canvas asked for as it was shown (its first resize) would only repeat it.
            self._canvas._draw_pending = False

    def prepare(self, sized: bool = False) -> None:
        """Get ready to be shown, while hidden and the app is idle: read the period shown, fill
        the table, make the chart's canvas and, when ``sized`` (the window gave the page the
        size it will be shown at), draw the chart at that size. The first visit then only shows
        it; at any other size it is drawn again, as after any resize."""
        if self._data is None or self._data_stale:
            self._load()
        if self.mode() != CHART:
            return
        self._ensure_canvas()
        if not sized or self.isVisible() or not self._chart_stale:
            return
        width, height = self._canvas_size()
        minimum = self._canvas.minimumSize()
        if width < minimum.width() or height < minimum.height():
            return  # not given a size yet: drawn when first shown
        self._draw_chart()

    def _fit_figure_to_canvas(self) -> None:
        """Size the figure as its canvas. Shown, the canvas does so itself whenever it is
        resized; hidden (drawn ahead by ``prepare``), it is not told its size until shown."""
        if self.isVisible() or self._canvas is None or self._figure is None:
            return
        lay_out_hidden(self)
        self._size_content_as_shown()
        lay_out_hidden(self._content)
        ratio = self._canvas.devicePixelRatioF()
        width, height = self._canvas_size()
        dpi = self._figure.dpi
        self._figure.set_size_inches(width * ratio / dpi, height * ratio / dpi, forward=False)

    def _size_content_as_shown(self) -> None:
        """Give the page's contents, while hidden, the size its scroll area will give them when
        shown (a hidden scroll area is not told its size, so it does not pass it on): the
        chart drawn ahead is then drawn at the size it is shown at."""
        scroll, content = self._scroll, self._content
        room = scroll.maximumViewportSize()
        least = content.minimumSizeHint()
        width = max(room.width(), least.width())
        layout = content.layout()
        height = (
            layout.heightForWidth(width)
            if layout is not None and layout.hasHeightForWidth()
            else -1
        )
        height = max(height, least.height())
        if height > room.height():  # a scroll bar takes its width from the contents
            width = max(room.width() - scroll.verticalScrollBar().sizeHint().width(), least.width())
            if layout is not None and layout.hasHeightForWidth():
                height = max(layout.heightForWidth(width), least.height())
        content.resize(width, max(height, room.height()))

    def _figure_pixels(self) -> tuple[float, float] | None:
        return tuple(self._figure.bbox.size) if self._figure is not None else None  # type: ignore[return-value]

    def _schedule_update(self) -> None:
        if self.isVisible():
            self._update_timer.start()

    def _changed(self) -> None:
        self._data_stale = True
        self._schedule_update()

    @Slot()
    def _update_now(self) -> None:
        """Read the record if something changed, then draw the chart if it is in view."""
        self._update_timer.stop()
        self._resize_timer.stop()
        if not self.isVisible():
            return  # hidden since the update was asked for: it happens when next shown
        if self._data_stale:
            self._load()
        if self.mode() == CHART and self._chart_stale and self.isVisible():
            self._draw_chart()

    def _load(self) -> None:
        """Read the parts that are stale (for a new period: all but the tracked symptoms and
        the flags) in one go, and put the chart's data together from them."""
        first, last = self.period()
        parts = self._periods.pop((first, last), None) or PeriodParts()
        self._periods[(first, last)] = parts  # the newest last
        while len(self._periods) > KEPT_PERIODS:
            del self._periods[next(iter(self._periods))]
        tracked = self._tracked_symptoms()
        if len(parts.stale_days) > MAX_PATCHED_DAYS:
            parts.series = None  # many days changed (an import): read the period again
        series_stale = (
            parts.series is None
            or parts.logged_stale
            or not parts.shows(self._keys_for(parts.logged_keys))
        )
        wanted: list[str] = []

        def keys_to_read(logged: list[str]) -> list[str]:
            """All the symptoms to show, unless the same ones are shown already."""
            wanted.extend(self._keys_for(logged))
            return [] if parts.shows(wanted) else wanted

        read = self._record.history.read(
            first,
            last,
            tracked=tracked,
            logged=parts.logged_stale,
            keys=keys_to_read if series_stale else None,
            weight=parts.weight is None,
            temperature=parts.temperature is None,
            treatments=parts.treatments is None,
            appointments=parts.appointments is None,
            relief=parts.relief is None,
        )
        parts.take(read, wanted)
        self._logged_keys = parts.logged_keys
        if parts.stale_days:
            # The same symptoms shown: read again only the groups holding the changed days.
            keys = [
                key
                for key in (wanted or self._keys_for(parts.logged_keys))
                if parts.stale_day_keys is None or key in parts.stale_day_keys
            ]
            for group, span_first, span_last in parts.stale_groups(first, last, read.aggregation):
                if keys:
                    fresh = self._record.history.symptom_series(
                        span_first, span_last, keys, read.aggregation, tracked
                    )
                    parts.patch(fresh, group)
            parts.stale_days.clear()
            parts.stale_day_keys = set()
        self._fill_symptom_list()
        if self._flagged is None:
            self._flagged = every_flagged_day(self._record.flags.evaluate())
            # Read with the flags, and made stale with them (a change to the flag settings).
            self._fever_from_celsius = self._record.flags.settings().fever_from_celsius
        assert parts.series is not None and parts.weight is not None
        assert parts.temperature is not None
        assert parts.treatments is not None and parts.appointments is not None
        data = assemble(
            first=first,
            last=last,
            aggregation=read.aggregation,
            symptoms=parts.series,
            weight=parts.weight[0],
            weight_unit=parts.weight[1],
            temperature=parts.temperature[0],
            temperature_unit=parts.temperature[1],
            fever_from_celsius=self._fever_from_celsius,
            treatments=parts.treatments,
            appointments=parts.appointments,
            flagged=self._flagged,
            relief=parts.relief or (),
            day_value=self._day_value_now(),
        )
        self._data_stale = False
        if data == self._data:
            return  # nothing shown changed: no new table, no redraw
        self._data = data
        self._chart_stale = True
        self.table.set_data(data)
        self.period_text.setText(long_day_span(first, last, keep_days_whole=True))
        self.save_button.setEnabled(not data.is_empty)

    def _keys_for(self, logged: list[str]) -> list[str]:
        """The symptoms to show, in the chooser's order, when ``logged`` are the logged ones:
        those, or the ones chosen (the logged first)."""
        if self._chosen_keys is None:
            return list(logged)
        chosen, logged_set = set(self._chosen_keys), set(logged)
        ordered = [s.key for s in self._tracked_symptoms() if s.key in logged_set] + [
            s.key for s in self._tracked_symptoms() if s.key not in logged_set
        ]
        return [key for key in ordered if key in chosen]

    def _tracked_symptoms(self) -> list[TrackedSymptom]:
        if self._tracked is None:
            self._tracked = self._record.history.tracked()
            self._tracked_read += 1
        return self._tracked

    def _fill_symptom_list(self) -> None:
        """List every tracked symptom, the ones logged in the period first, ticks as chosen."""
        tracked = self._tracked_symptoms()
        listed = (self._tracked_read, tuple(self._logged_keys), self._chosen_keys)
        if listed == self._listed:
            return  # already listed so
        self._listed = listed
        logged = set(self._logged_keys)
        chosen = set(self._logged_keys if self._chosen_keys is None else self._chosen_keys)
        ordered = [s for s in tracked if s.key in logged] + [
            s for s in tracked if s.key not in logged
        ]
        self.symptom_list.blockSignals(True)
        current = self.symptom_list.currentRow()
        self.symptom_list.clear()
        for symptom in ordered:
            if symptom.key not in logged and not any(
                item.data(KEY_KEY) is None for item in self._all_items()
            ):
                # A heading, not colour alone, says which symptoms have nothing in the period.
                heading = QListWidgetItem(self.tr("Nothing logged in this period:"))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setFont(scaled_font(self.symptom_list.font(), 1.0))
                heading.setForeground(self.symptom_list.palette().color(QPalette.ColorRole.Text))
                self.symptom_list.addItem(heading)
            item = QListWidgetItem(symptom.label, self.symptom_list)
            item.setData(KEY_KEY, symptom.key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if symptom.key in chosen else Qt.CheckState.Unchecked
            )
            if symptom.key in logged:
                item.setToolTip(self.tr("Logged in the period shown"))
            else:
                item.setForeground(theme.muted_text(self.symptom_list.palette()))
                item.setToolTip(self.tr("Nothing logged for this in the period shown"))
        if 0 <= current < self.symptom_list.count():
            self.symptom_list.setCurrentRow(current)
        self.symptom_list.blockSignals(False)

    def _all_items(self) -> list[QListWidgetItem]:
        return [self.symptom_list.item(row) for row in range(self.symptom_list.count())]

    def _symptom_items(self) -> list[QListWidgetItem]:
        """The symptoms' items (not the heading between the logged and the others)."""
        return [item for item in self._all_items() if item.data(KEY_KEY) is not None]

    # -- reacting to the controls --------------------------------------------------------------

    @Slot(int)
    def _on_period_chosen(self, _index: int) -> None:
        custom = self.period_combo.currentData() == CUSTOM
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(custom)
        # The date fields say the period themselves; without the line repeating it, the row
        # fits a 1024-pixel window.
        self.period_text.setVisible(not custom)
        if custom:
            self._on_custom_dates_changed()
            return
        self.range_error.clear_problem()
        self._changed()

    @Slot()
    def _on_custom_dates_changed(self) -> None:
        first, last = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        today = self._today()
        if first > today or last > today:
            self.range_error.show_problem(
                self.tr(
                    "This date is in the future. Choose today or an earlier day; the chart "
                    "still shows the last period chosen."
                )
            )
            return
        if first > last:
            self.range_error.show_problem(
                self.tr(
                    "The first day is after the last day. Choose a first day on or before "
                    "{last}; the chart still shows the last period chosen."
                ).format(last=long_day(last))
            )
            return
        self.range_error.clear_problem()
        self._changed()

    @Slot(QListWidgetItem)
    def _on_symptom_ticked(self, _item: QListWidgetItem) -> None:
        self._chosen_keys = self.symptom_keys()
        self._changed()

    @Slot(object, bool)
    def _on_mode_toggled(self, button: object, checked: bool) -> None:
        if not checked:
            return
        # The group unchecks the other button only after this, so ask which one was checked.
        self.pages.setCurrentIndex(1 if button is self.mode_buttons[TABLE] else 0)
        self._name_save_button()
        self._schedule_update()

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    # -- the chart -----------------------------------------------------------------------------

    def _ensure_canvas(self) -> None:
        """Create the figure and its canvas the first time (this is where matplotlib loads)."""
        if self._canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        # The chart's text follows the app's text size: drawn at more pixels to the inch, its
        # words and the room the layout keeps for them (in inches) grow together, and the
        # dates, spaced by the inch, come fewer. (Saved pictures and the PDF are at 100%.)
        figure = Figure(dpi=SCREEN_DPI * max(1.0, theme.text_scale()))
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        canvas.setParent(self.chart_frame)
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        canvas.setAccessibleName(self.tr("Symptom chart"))
        canvas.setAccessibleDescription(
            self.tr(
                "Use the Left and Right arrow keys to move from point to point; Home and End "
                "go to the first and last. The details are read out below the chart."
            )
        )
        canvas.setMinimumSize(320, chart_minimum_height())
        # Its wish to be as large as its figure does not count: it takes the room the page
        # gives it (its stretch), and the page scrolls only for what its least sizes need.
        canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        canvas.installEventFilter(self)
        canvas.mpl_connect("motion_notify_event", self._on_mouse_moved)
        canvas.mpl_connect("figure_leave_event", self._on_mouse_left)
        canvas.mpl_connect("draw_event", self._on_figure_drawn)
        self.chart_layout.removeWidget(self.chart_placeholder)
        self.chart_placeholder.hide()
        self.chart_layout.addWidget(canvas, 1)
        canvas.show()  # a child added to a shown widget stays hidden until told
        self.lane_names = LaneNames(canvas)
        self._point_cursor = PointCursor(canvas)
        self.readout = PointReadout(canvas)
        self._figure = figure
        self._canvas = canvas
        # Clear the figure when the view goes away; bound to the figure, not to this widget,
        # which no longer exists by then.
        self.destroyed.connect(lambda _obj=None, figure=figure: release_figure(figure))

    def _draw_chart(self) -> None:
        if self._data is None or self._data_stale:
            self._load()
        assert self._data is not None
        self._ensure_canvas()
        from mbc_tracker.reports.history_chart import build_history_figure, fullest_key

        self.legend.reserve_room_for(*fullest_key())

        assert self._figure is not None
        previous = (
            self._hover_points()[self._point_index] if self._point_index is not None else None
        )
        # Into the same figure and axes, in the theme's colours; without the title and the
        # legend, which are Qt widgets here. The figure's margins are worked out in inches for
        # its size when built.
        self._fit_figure_to_canvas()
        built_at = self._figure_pixels()
        colours = chart_theme.chart_colours(self.palette())
        self._chart = build_history_figure(
            self._data,
            self._figure,
            legend=False,
            title=False,
            colours=colours,
            margin_words=False,
        )
        # The key under the chart first, and the layout settled, so that the canvas has its
        # final size when drawn: a resize afterwards would mean drawing it again.
        self.legend.set_entries(self._chart.legend_entries, self._chart.legend_note)
        self._canvas.setAccessibleName(
            self.tr("Symptom chart: {title}").format(title=self._chart.title)
        )
        self._canvas.setAccessibleDescription(
            self.tr(
                "A lane for each symptom, top to bottom: {lanes}. Use the Left and Right arrow "
                "keys to move from point to point; Home and End go to the first and last. The "
                "details are read out below the chart."
            ).format(lanes=", ".join(lane.label for lane in self._chart.lanes))
        )
        # The chart's least height for these lanes, set before the layout settles: set after
        # drawing, a period with more lanes (90 days to a year) meant drawing it twice.
        least = self._least_canvas_height()
        if least is not None and least != self._canvas.minimumHeight():
            self._canvas.setMinimumHeight(least)
        for layout in (self.layout(), self._content.layout()):
            if layout is not None:
                layout.activate()
        self._fit_figure_to_canvas()
        if self._figure_pixels() != built_at:
            # The key under the chart took or gave back room (so the first time): lay the figure
            # out again for the size it is drawn at, or its lanes run under the dates.
            self._chart = build_history_figure(
                self._data,
                self._figure,
                legend=False,
                title=False,
                colours=colours,
                margin_words=False,
            )
        self._canvas.draw()
        # matplotlib's canvas asks for a drawing of its own on every resize (and the first
        # show is one); the figure was just drawn at this very size, so that one would only
        # repeat it. (``_draw_pending`` is how FigureCanvasQT marks such a request.)
        if getattr(self._canvas, "_draw_pending", None) is not None:
            self._canvas._draw_pending = False
        self.lane_names.show_words(self._chart)
        self._drawn_size = self._canvas_size()
        self._drawn_pixels = self._figure_pixels()
        self._chart_stale = False
        self._make_room_for_lane_names()
        self._points = None
        self._point_index = self._same_point(previous)
        if self._point_index is None:
            self._point_cursor.hide()
            self.readout.hide()
            self._show_hint()
        else:
            self._show_point(self._point_index)
        self.chart_drawn.emit()

    def _same_point(self, previous: HoverInfo | None) -> int | None:
        if previous is None:
            return None
        for index, info in enumerate(self._hover_points()):
            if info.day == previous.day and info.series == previous.series:
                return index
        return None

    def _hover_points(self) -> list[HoverInfo]:
        """The chart's points in date order, worked out the first time they are needed."""
        if self._points is None:
            self._points = self._chart.hover_points() if self._chart is not None else []
        return self._points

    def _show_hint(self) -> None:
        if self._data is not None and self._data.is_empty:
            self.info_label.setText(
                self.tr(
                    "Nothing was logged in this period for the symptoms chosen. Choose a longer "
                    "period or more symptoms, or log a day on Today."
                )
            )
        else:
            self.info_label.setText(
                self.tr(
                    "Point at a day on the chart, or click the chart and press the arrow keys, "
                    "to read its value and note here."
                )
            )
        self.info_label.setStyleSheet(theme.muted_style(self))

    def describe(self, info: HoverInfo) -> str:
        """A point in words: its date, what and how much, the day's note, a flag's reason."""
        text = self.tr("{when} — {series}: {value}.").format(
            when=info.when_text, series=info.series, value=info.value_text
        )
        if info.note:
            text += " " + self.tr("Note: “{note}”").format(note=" ".join(info.note.split()))
        if info.reason:
            text += "\n" + self.tr("Flagged: {reason}").format(reason=info.reason)
        return text

    def _show_info(self, info: HoverInfo) -> None:
        self.info_label.setStyleSheet("")
        text = self.describe(info)
        entries = self._entries_words(info)
        if entries:
            first, _, rest = text.partition("\n")
            text = f"{first} {entries}" + (f"\n{rest}" if rest else "")
        self.info_label.setText(text)

    def _day_value_now(self) -> DayValue:
        if self._day_value is None:
            self._day_value = self._record.daylog.day_value()
        return self._day_value

    def _entries_words(self, info: HoverInfo) -> str:
        """ "Entries: 08:05 6, 22:10 3." for a daily point of a symptom logged more than once
        that day (read for that one day only when the point is chosen); else nothing."""
        data = self._data
        if data is None or data.aggregation is not Aggregation.DAY:
            return ""
        if info.kind not in ("rated", "event"):
            return ""
        keys = [series.key for series in data.symptoms if series.label == info.series]
        if not keys:
            return ""
        said = self._entries_said
        if said is not None and said[:2] == (info.day, keys[0]):
            return said[2]
        entries = [
            entry
            for entry in self._record.daylog.entries_of_day(info.day)
            if entry.symptom_key == keys[0] and (entry.severity is not None or entry.present)
        ]
        words = ""
        if len(entries) > 1:
            listed = [
                time_of_day(entry.time)
                + (f" {entry.severity}" if entry.severity is not None else "")
                for entry in entries
            ]
            words = self.tr("Entries: {entries}.").format(entries=", ".join(listed))
        self._entries_said = (info.day, keys[0], words)
        return words

    def _show_point(self, index: int) -> None:
        """Choose the ``index``-th point: cursor ring on it, details under the chart."""
        self._point_index = index
        info = self._hover_points()[index]
        self._show_info(info)
        self._place_cursor(info)

    def _place_cursor(self, info: HoverInfo) -> None:
        """The ring on the point, and its words in the box beside it."""
        if info.axes is None:
            self._point_cursor.hide()
            self.readout.hide()
            return
        x, y = info.axes.transData.transform((info.x, info.y))
        ratio = self._canvas.device_pixel_ratio or 1
        # matplotlib counts pixels up from the bottom, Qt down from the top.
        centre = QPoint(round(x / ratio), round(self._canvas.height() - y / ratio))
        self._point_cursor.show_at(centre)
        words = info.describe()
        entries = self._entries_words(info)
        if entries:
            words += "\n" + entries
        self.readout.show_near(centre, words)

    def step(self, key: Qt.Key) -> bool:
        """Move the chosen point with Left, Right, Home or End; True when the key was used."""
        points = self._hover_points()
        if not points:
            return False
        last = len(points) - 1
        index = self._point_index
        if key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = last
        elif key == Qt.Key.Key_Right:
            target = 0 if index is None else min(index + 1, last)
        elif key == Qt.Key.Key_Left:
            target = last if index is None else max(index - 1, 0)
        else:
            return False
        self._show_point(target)
        return True

    def _make_room_for_lane_names(self) -> None:
        """The chart is made tall enough for each lane's least height (two lines of its words,
        three for the weight and the temperature), at every text size: in a 700-pixel window
        the lanes were a line high at 150%, and at 100% about 15 pixels, too thin to see a
        change from 0 to 10, their names running into each other. The page scrolls for it;
        the chart is drawn again at its new height."""
        least = self._least_canvas_height()
        if least is None or self._canvas is None:
            return
        if least != self._canvas.minimumHeight():
            self._canvas.setMinimumHeight(least)
            for layout in (self.layout(), self._content.layout()):
                if layout is not None:
                    layout.activate()
            if self._canvas_size() != self._drawn_size:
                self._chart_stale = True
                self._resize_timer.start()  # drawn again at its new height

    def _least_canvas_height(self) -> int | None:
        """The canvas height the chart's lanes need (see ``_make_room_for_lane_names``)."""
        if self._chart is None or self._canvas is None or self._figure is None:
            return None
        ratio = getattr(self._canvas, "device_pixel_ratio", 1) or 1
        needed = round(self._chart.least_height_inches() * self._figure.dpi / ratio)
        return max(chart_minimum_height(), needed)

    def _canvas_size(self) -> tuple[int, int]:
        return (self._canvas.width(), self._canvas.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._canvas and self._canvas is not None:
            kind = event.type()
            if kind == QEvent.Type.KeyPress:
                key = event.key()  # type: ignore[attr-defined]  # a QKeyEvent here
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
                    self.step(Qt.Key(key))
                    return True
            elif kind == QEvent.Type.Resize:
                size = self._canvas_size()
                if self._chart is not None and size != self._drawn_size:
                    self._chart_stale = True
                    self._resize_timer.start()
            elif kind == QEvent.Type.FocusIn:
                self._set_frame_focused(True)
                if self._point_index is None and self._hover_points():
                    self._show_point(0)
            elif kind == QEvent.Type.FocusOut:
                self._set_frame_focused(False)
                self.readout.hide()
        return super().eventFilter(watched, event)

    def _on_mouse_moved(self, event: MouseEvent) -> None:
        if self._chart is None or event.x is None or event.y is None:
            return
        info = self._chart.hit_test(event.x, event.y)
        if info is None:
            return
        self._show_info(info)
        self._place_cursor(info)
        for index, candidate in enumerate(self._hover_points()):
            if candidate is info:
                self._point_index = index
                break

    def _on_mouse_left(self, _event: object) -> None:
        self.readout.hide()

    def _on_figure_drawn(self, _event: object) -> None:
        # A resize redraws the figure and moves every point: keep the names beside their lanes,
        # and the ring on its point (and its words beside it, if they were shown).
        self.lane_names.show_words(self._chart)
        points, index = self._points, self._point_index
        if index is not None and points is not None and index < len(points):
            words_shown = self.readout.isVisible()
            self._place_cursor(points[index])
            self.readout.setVisible(words_shown)
