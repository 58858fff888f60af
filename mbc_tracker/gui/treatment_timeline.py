"""A simple timeline of treatments: one bar per treatment across the months, drawn with QPainter.

Treatments that overlap in time go on separate rows, so every bar stays visible. Each bar has its
name and kind written above it, and its kind is also shown by a fill pattern (colour is only an
extra cue). A treatment still going on runs to today and ends in an arrow with the word
"ongoing"; a planned one has a dashed outline and says "planned". Hovering a bar shows its name
and dates. The geometry is computed in ``bars()`` (tests check that, not pixels).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mbc_tracker.domain.dates import long_day, long_day_span, short_month_year
from mbc_tracker.domain.records import Treatment, TreatmentCategory

# A pattern per kind of treatment, so that the kind never rests on colour alone.
PATTERNS = {
    TreatmentCategory.CHEMOTHERAPY: Qt.BrushStyle.DiagCrossPattern,
    TreatmentCategory.HORMONE_THERAPY: Qt.BrushStyle.VerPattern,
    TreatmentCategory.TARGETED_THERAPY: Qt.BrushStyle.HorPattern,
    TreatmentCategory.ANTI_HER2: Qt.BrushStyle.CrossPattern,
    TreatmentCategory.ANTIBODY_DRUG_CONJUGATE: Qt.BrushStyle.BDiagPattern,
    TreatmentCategory.CDK46_INHIBITOR: Qt.BrushStyle.FDiagPattern,
    TreatmentCategory.PARP_INHIBITOR: Qt.BrushStyle.Dense5Pattern,
    TreatmentCategory.IMMUNOTHERAPY: Qt.BrushStyle.Dense3Pattern,
    TreatmentCategory.RADIOTHERAPY: Qt.BrushStyle.Dense6Pattern,
    TreatmentCategory.SURGERY: Qt.BrushStyle.Dense1Pattern,
    TreatmentCategory.OTHER: Qt.BrushStyle.NoBrush,
}
# Soft tints under the patterns: an extra cue, light enough for dark text on top.
TINTS = {
    TreatmentCategory.CHEMOTHERAPY: "#f3d9c8",
    TreatmentCategory.HORMONE_THERAPY: "#d5e6f5",
    TreatmentCategory.TARGETED_THERAPY: "#dcefd9",
    TreatmentCategory.ANTI_HER2: "#e9def3",
    TreatmentCategory.ANTIBODY_DRUG_CONJUGATE: "#f5e6bd",
    TreatmentCategory.CDK46_INHIBITOR: "#d3eeea",
    TreatmentCategory.PARP_INHIBITOR: "#f2d7e4",
    TreatmentCategory.IMMUNOTHERAPY: "#e3e8c9",
    TreatmentCategory.RADIOTHERAPY: "#e6e0d6",
    TreatmentCategory.SURGERY: "#dde1e6",
    TreatmentCategory.OTHER: "#eeeeee",
}
TICK_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)  # months between labelled ticks
MARGIN = 10
ARROW = 12  # room on the right for the arrow of an ongoing treatment
PLANNED_DAYS = 30  # how long a planned treatment without an end date is drawn


@dataclass(frozen=True)
class TimelineBar:
    """Where one treatment is drawn, and how."""

    treatment: Treatment
    row: int
    rect: QRectF
    label_rect: QRectF
    ongoing: bool  # started and not ended: runs to today, with an arrow
    planned: bool  # starts after today: dashed outline


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _months_between(first: dt.date, last: dt.date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


def assign_rows(spans: Sequence[tuple[dt.date, dt.date]]) -> list[int]:
    """A row for each (start, end) span so that spans sharing a row never overlap in time."""
    row_ends: list[dt.date] = []
    rows = [0] * len(spans)
    for index in sorted(range(len(spans)), key=lambda i: spans[i]):
        start, end = spans[index]
        for row, row_end in enumerate(row_ends):
            if row_end < start:
                row_ends[row] = end
                rows[index] = row
                break
        else:
            rows[index] = len(row_ends)
            row_ends.append(end)
    return rows


class TreatmentTimeline(QWidget):
    """The treatments as bars across the months.

    Signals: none of its own.
    """

    def __init__(
        self, category_labels: Mapping[TreatmentCategory, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._category_labels = dict(category_labels)
        self._treatments: list[Treatment] = []
        self._today = dt.date.today()
        self.setAccessibleName(self.tr("Treatment timeline"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    # -- data ----------------------------------------------------------------------------------

    def set_treatments(self, treatments: Sequence[Treatment], today: dt.date) -> None:
        self._treatments = list(treatments)
        self._today = today
        self.setAccessibleDescription(
            "\n".join(self.describe(treatment) for treatment in self._treatments)
            or self.tr("No treatments recorded yet.")
        )
        self.updateGeometry()
        self.update()

    def describe(self, treatment: Treatment) -> str:
        """The bar's tooltip: the name, its kind and its dates."""
        start = long_day(treatment.start_date)
        if treatment.start_date > self._today:
            days = (
                start
                if treatment.end_date is None
                else long_day_span(treatment.start_date, treatment.end_date)
            )
            dates = self.tr("planned from {days}").format(days=days)
        elif treatment.end_date is None:
            dates = self.tr("{start} – ongoing").format(start=start)
        else:
            dates = long_day_span(treatment.start_date, treatment.end_date)
        return f"{treatment.name} ({self._category_labels[treatment.category]})\n{dates}"

    def label_text(self, treatment: Treatment) -> str:
        """The words above a bar: name, kind, and "ongoing" or "planned" where it applies."""
        parts = [treatment.name, self._category_labels[treatment.category]]
        if treatment.start_date > self._today:
            parts.append(self.tr("planned"))
        elif treatment.end_date is None:
            parts.append(self.tr("ongoing"))
        return " · ".join(parts)

    # -- geometry ------------------------------------------------------------------------------

    def _row_height(self) -> float:
        return self.fontMetrics().height() * 2.6

    def _span(self, treatment: Treatment) -> tuple[dt.date, dt.date]:
        """The days a bar covers: an ongoing one runs to today, a planned one a short while."""
        if treatment.end_date is not None:
            return treatment.start_date, treatment.end_date
        if treatment.start_date > self._today:
            return treatment.start_date, treatment.start_date + dt.timedelta(days=PLANNED_DAYS)
        return treatment.start_date, self._today

    def date_range(self) -> tuple[dt.date, dt.date]:
        """The first day of the first month shown, and the first day after the last month."""
        if not self._treatments:
            return _month_start(self._today), _add_months(self._today, 1)
        spans = [self._span(treatment) for treatment in self._treatments]
        first = min(start for start, _end in spans)
        last = max([self._today, *(end for _start, end in spans)])
        return _month_start(first), _add_months(last, 1)

    def _plot(self) -> QRectF:
        """Where the rows go: below the "Today" label, above the month labels."""
        top = self.fontMetrics().height() * 1.4
        width = max(1.0, self.width() - 2 * MARGIN - ARROW)
        return QRectF(MARGIN, top, width, self._rows() * self._row_height())

    def _x(self, day: dt.date, plot: QRectF) -> float:
        first, after_last = self.date_range()
        total = max(1, (after_last - first).days)
        return plot.left() + (day - first).days / total * plot.width()

    def _rows(self) -> int:
        spans = [self._span(treatment) for treatment in self._treatments]
        return max(assign_rows(spans), default=-1) + 1

    def bars(self) -> list[TimelineBar]:
        """One bar per treatment, in the order the treatments were given, with its geometry."""
        plot = self._plot()
        metrics = self.fontMetrics()
        row_height = self._row_height()
        spans = [self._span(treatment) for treatment in self._treatments]
        rows = assign_rows(spans)
        placed: list[tuple[Treatment, int, QRectF, QRectF]] = []
        for treatment, (start, end), row in zip(self._treatments, spans, rows, strict=True):
            left = self._x(start, plot)
            right = max(left + 4, self._x(end + dt.timedelta(days=1), plot))
            top = plot.top() + row * row_height
            label_height = metrics.height() * 1.1
            bar = QRectF(left, top + label_height, right - left, metrics.height() * 1.2)
            label_width = min(
                metrics.horizontalAdvance(self.label_text(treatment)) + 4.0, float(self.width())
            )
            # Words start at the bar, unless that would run off the right edge.
            label_left = max(0.0, min(left, self.width() - MARGIN - label_width))
            placed.append((treatment, row, bar, QRectF(label_left, top, label_width, label_height)))
        # Words on one row stop short of the next bar's words (they are elided when drawn).
        label_lefts = sorted((row, label.left()) for _t, row, _b, label in placed)
        bars: list[TimelineBar] = []
        for treatment, row, bar, label in placed:
            following = [x for r, x in label_lefts if r == row and x > label.left()]
            if following and label.right() > following[0] - metrics.height():
                label.setRight(max(label.left() + 1, following[0] - metrics.height()))
            bars.append(
                TimelineBar(
                    treatment=treatment,
                    row=row,
                    rect=bar,
                    label_rect=label,
                    ongoing=treatment.end_date is None and treatment.start_date <= self._today,
                    planned=treatment.start_date > self._today,
                )
            )
        return bars

    def ticks(self) -> list[tuple[float, str]]:
        """The labelled month ticks: (x, text), spaced so the labels never run into each other."""
        plot = self._plot()
        first, after_last = self.date_range()
        months = max(1, _months_between(first, after_last))
        metrics = self.fontMetrics()
        widest = metrics.horizontalAdvance(short_month_year(dt.date(2000, 9, 1)))
        per_month = plot.width() / months
        step = next((s for s in TICK_STEPS if s * per_month >= widest * 1.5), TICK_STEPS[-1])
        ticks: list[tuple[float, str]] = []
        for offset in range(months + 1):
            month = _add_months(first, offset)
            index = month.year * 12 + month.month - 1
            if index % step:
                continue
            text = str(month.year) if step >= 12 else short_month_year(month)
            ticks.append((self._x(month, plot), text))
        return ticks

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        rows = max(1, self._rows())
        height = metrics.height() * 1.4 + rows * self._row_height() + metrics.height() * 1.8
        return QSize(600, int(height) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    # -- drawing -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.WindowText)
        muted = QColor(text_colour)
        muted.setAlpha(110)
        metrics = QFontMetrics(self.font())
        plot = self._plot()
        if not self._treatments:
            painter.setPen(text_colour)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No treatments recorded yet.")
            )
            painter.end()
            return
        axis_y = plot.bottom() + 2
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(plot.left(), axis_y), QPointF(plot.right() + ARROW, axis_y))
        for x, text in self.ticks():
            painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, axis_y + 4))
            painter.setPen(text_colour)
            width = metrics.horizontalAdvance(text)
            left = min(max(0.0, x - width / 2), self.width() - width - 2.0)
            painter.drawText(QPointF(left, axis_y + 4 + metrics.ascent()), text)
        for bar in self.bars():
            self._draw_bar(painter, bar, text_colour, metrics)
        today_x = self._x(self._today + dt.timedelta(days=1), plot)
        painter.setPen(QPen(text_colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(today_x, plot.top() - 2), QPointF(today_x, axis_y))
        today_text = self.tr("Today")
        width = metrics.horizontalAdvance(today_text)
        painter.setPen(text_colour)
        left = min(max(0.0, today_x - width / 2), self.width() - width - 2.0)
        painter.drawText(QPointF(left, metrics.ascent()), today_text)
        painter.end()

    def _draw_bar(
        self, painter: QPainter, bar: TimelineBar, text_colour: QColor, metrics: QFontMetrics
    ) -> None:
        category = bar.treatment.category
        rect = bar.rect
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TINTS[category]))
        painter.drawRect(rect)
        pattern_colour = QColor("#303030")
        painter.setBrush(QBrush(pattern_colour, PATTERNS[category]))
        painter.drawRect(rect)
        outline = QPen(pattern_colour, 1.5)
        if bar.planned:
            outline.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        if bar.ongoing:
            middle = rect.center().y()
            painter.setBrush(pattern_colour)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(rect.right(), rect.top() - 3),
                        QPointF(rect.right() + ARROW, middle),
                        QPointF(rect.right(), rect.bottom() + 3),
                    ]
                )
            )
        painter.setPen(text_colour)
        label = bar.label_rect
        text = metrics.elidedText(
            self.label_text(bar.treatment), Qt.TextElideMode.ElideRight, int(label.width())
        )
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            for bar in self.bars():
                if bar.rect.adjusted(0, 0, ARROW, 0).contains(point) or bar.label_rect.contains(
                    point
                ):
                    QToolTip.showText(event.globalPos(), self.describe(bar.treatment), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
