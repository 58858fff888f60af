"""The History view's "Table": the numbers behind the chart, one row per day (or week, or month).

For screen readers and for people who prefer numbers. It reads the very ``HistoryData`` the
chart is drawn from, so the two never disagree: one row per plotted date, then one column per
chosen symptom, weight and temperature (the day's highest) in the person's units, which flags
fall on that row (a shape and the symptom, the reasons on hover) and the day's note. Every
column sorts by its value, not by its text. When the chart groups points by week or month, a
sentence above the table says so, and the rows do too.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import (
    decimal,
    long_day,
    long_day_span,
    short_month_year,
    short_weekday_day,
)
from mbc_tracker.domain.daylog import DayValue
from mbc_tracker.domain.records import SymptomKind
from mbc_tracker.gui.labels import (
    flag_level_label,
    flag_level_mark,
    temperature_unit_label,
    weight_unit_label,
)
from mbc_tracker.gui.record_list import Column, RecordFilterProxy, RecordTableModel
from mbc_tracker.reports.history_data import (
    Aggregation,
    FlaggedDay,
    HistoryData,
    Point,
    SymptomSeries,
)

MISSING = -1.0  # the sort key of an empty cell: below every real value


@dataclass(frozen=True)
class HistoryRow:
    """One row: a plotted date, the values on it, and the flags that fall in its period."""

    day: dt.date
    values: dict[str, Point]  # symptom key -> its point on this row
    weight: Point | None
    temperature: Point | None
    flags: tuple[FlaggedDay, ...]
    note: str


def period_end(day: dt.date, aggregation: Aggregation) -> dt.date:
    """The last day a row stands for: the day itself, the Sunday of its week, or month's end."""
    if aggregation is Aggregation.WEEK:
        return day + dt.timedelta(days=6)
    if aggregation is Aggregation.MONTH:
        next_month = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return next_month - dt.timedelta(days=1)
    return day


def history_rows(data: HistoryData) -> list[HistoryRow]:
    """The table's rows, oldest first: every date with a symptom point, a weight or a
    temperature."""
    by_day: dict[dt.date, dict[str, Point]] = {}
    for series in data.symptoms:
        for point in series.points:
            by_day.setdefault(point.day, {})[series.key] = point
    weights = {point.day: point for point in data.weight}
    temperatures = {point.day: point for point in data.temperature}
    # The flagged days are in date order: each row's are found by bisection, not by a pass over
    # all of them (ten years hold thousands of flagged days and a hundred monthly rows).
    flagged = sorted(data.flagged, key=lambda flag: flag.day)  # already so: a quick pass
    flagged_on = [flag.day for flag in flagged]
    rows = []
    for day in sorted(set(by_day) | set(weights) | set(temperatures)):
        values = by_day.get(day, {})
        weight, temperature = weights.get(day), temperatures.get(day)
        last = period_end(day, data.aggregation)
        flags = tuple(flagged[bisect_left(flagged_on, day) : bisect_right(flagged_on, last)])
        notes = [point.note for point in values.values() if point.note]
        notes += [point.note for point in (weight, temperature) if point is not None and point.note]
        rows.append(HistoryRow(day, values, weight, temperature, flags, notes[0] if notes else ""))
    return rows


def number_text(value: float) -> str:
    """A value as short as it reads well: "7", "4.3"."""
    return decimal(value, 0) if float(value).is_integer() else decimal(value, 1)


class HistoryTable(QWidget):
    """The same numbers as the chart, as a sortable table, with a sentence above it.

    Signals: none of its own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("About the table"))
        layout.addWidget(self.summary_label)
        self.model = RecordTableModel((), self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName("historyTable")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("History as a table"))
        self.view.setSortingEnabled(True)
        # Newest first, until she sorts by another heading (kept across periods and changes).
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self._data: HistoryData | None = None
        self._built = True  # the model shows ``_data``

    # -- public interface ----------------------------------------------------------------------

    def set_data(self, data: HistoryData) -> None:
        """Show ``data``: one row per plotted date, newest first (until a heading is clicked).

        Built when the table is next shown (or read), not while the chart is shown instead: a
        model whose columns changed (a temperature lane in one period and not in the next)
        made Qt measure every cell of the hidden table, a third of a period change's time."""
        self._data = data
        self._built = False
        if self.isVisible():
            self._build()

    def showEvent(self, event: QShowEvent) -> None:
        self._build()
        super().showEvent(event)

    def _build(self) -> None:
        """Make the model of ``_data`` if it is not made yet."""
        if self._built or self._data is None:
            return
        self._built = True
        data = self._data
        rows = history_rows(data)
        # The columns depend on the chosen symptoms, so a new model replaces the old one.
        model = RecordTableModel(self._columns(data), self)
        model.set_items(rows)
        old, self.model = self.model, model
        self.proxy.setSourceModel(model)
        old.deleteLater()
        header = self.view.horizontalHeader()
        section = header.sortIndicatorSection()
        if not 0 <= section < model.columnCount():
            section = 0  # the column she sorted by is gone (a symptom no longer chosen)
        self.view.sortByColumn(section, header.sortIndicatorOrder())
        self.summary_label.setText(self._summary(data, len(rows)))

    def csv_rows(self) -> list[list[str]]:
        """The table as shown (its columns, its rows in their order), for a CSV file: the first
        column as ISO dates (2026-11-30), which every spreadsheet sorts and reads as dates."""
        self._build()
        rows = [self.column_titles()]
        for row in range(self.proxy.rowCount()):
            item = self.model.item(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            cells = [self.cell_text(row, column) for column in range(self.proxy.columnCount())]
            cells[0] = item.day.isoformat()
            rows.append(cells)
        return rows

    def row_count(self) -> int:
        self._build()
        return self.proxy.rowCount()

    def column_titles(self) -> list[str]:
        self._build()
        return [
            str(self.model.headerData(column, Qt.Orientation.Horizontal))
            for column in range(self.model.columnCount())
        ]

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in the (sorted) table at ``row``, ``column``."""
        self._build()
        return str(self.proxy.index(row, column).data() or "")

    # -- building ------------------------------------------------------------------------------

    def _summary(self, data: HistoryData, row_count: int) -> str:
        period = long_day_span(data.first, data.last)
        if row_count == 0:
            return self.tr(
                "Nothing was logged from {period} for the symptoms chosen. Choose a longer "
                "period or more symptoms, or log a day on Today."
            ).format(period=period)
        if data.aggregation is Aggregation.WEEK:
            rows = self.tr(
                "{period}. Each row is one week (Monday to Sunday): the average of the days "
                "logged, with the highest day in brackets."
            ).format(period=period)
        elif data.aggregation is Aggregation.MONTH:
            rows = self.tr(
                "{period}. Each row is one month: the average of the days logged, with the "
                "highest day in brackets."
            ).format(period=period)
        else:
            rows = self.tr("{period}. Each row is one day you logged.").format(period=period)
        if not any(series.kind is SymptomKind.RATED and series.points for series in data.symptoms):
            return rows
        # Which value stands for a day logged more than once (the record's preference).
        if data.day_value is DayValue.AVERAGE:
            return rows + " " + self.tr("Each day shows the average of its entries.")
        return rows + " " + self.tr("Each day shows its highest entry.")

    def _columns(self, data: HistoryData) -> list[Column]:
        aggregation = data.aggregation
        date_title = {
            Aggregation.DAY: self.tr("Date"),
            Aggregation.WEEK: self.tr("Week of"),
            Aggregation.MONTH: self.tr("Month"),
        }[aggregation]
        by_month = aggregation is Aggregation.MONTH
        columns = [
            Column(
                date_title,
                lambda row: short_month_year(row.day) if by_month else short_weekday_day(row.day),
                sort_key=lambda row: row.day.toordinal(),
            )
        ]
        columns.extend(self._symptom_column(series, aggregation) for series in data.symptoms)
        if data.weight:
            unit = weight_unit_label(data.weight_unit)
            columns.append(
                Column(
                    self.tr("Weight ({unit})").format(unit=unit),
                    lambda row: number_text(row.weight.value) if row.weight else "",
                    sort_key=lambda row: row.weight.value if row.weight else MISSING,
                )
            )
        if data.temperature:
            columns.append(self._temperature_column(data))
        labels = {series.key: series.label for series in data.symptoms}
        labels.setdefault("weight", self.tr("Weight"))
        labels.setdefault("temperature", self.tr("Temperature"))
        columns.append(
            Column(
                self.tr("Flagged"),
                lambda row: self._flags_text(row.flags, labels),
                sort_key=lambda row: len(row.flags),
                tooltip=lambda row: self._flags_tooltip(row.flags, labels),
            )
        )
        columns.append(
            Column(
                self.tr("Note"),
                lambda row: " ".join(row.note.split()),
                tooltip=lambda row: row.note,
            )
        )
        return columns

    def _temperature_column(self, data: HistoryData) -> Column:
        """Each day's highest temperature, with its tenth (a fever is about the highest
        reading); grouped: the average of those, and the highest in brackets."""
        grouped = data.aggregation is not Aggregation.DAY

        def text(row: HistoryRow) -> str:
            point = row.temperature
            if point is None:
                return ""
            if grouped and point.highest is not None:
                return self.tr("{mean} (highest {highest})").format(
                    mean=decimal(point.value, 1), highest=decimal(point.highest, 1)
                )
            return decimal(point.value, 1)

        unit = temperature_unit_label(data.temperature_unit)
        return Column(
            self.tr("Temperature ({unit})").format(unit=unit),
            text,
            sort_key=lambda row: row.temperature.value if row.temperature else MISSING,
        )

    def _symptom_column(self, series: SymptomSeries, aggregation: Aggregation) -> Column:
        key, grouped = series.key, aggregation is not Aggregation.DAY

        def text(row: HistoryRow) -> str:
            point = row.values.get(key)
            if point is None:
                return ""
            if series.kind is SymptomKind.EVENT:
                if not grouped:
                    return self.tr("Yes")
                return self.tr("%n day(s)", "", point.count)
            if grouped and point.highest is not None:
                return self.tr("{mean} (highest {highest})").format(
                    mean=number_text(point.value), highest=number_text(point.highest)
                )
            return number_text(point.value)

        def sort_key(row: HistoryRow) -> float:
            point = row.values.get(key)
            if point is None:
                return MISSING
            return float(point.count) if series.kind is SymptomKind.EVENT else point.value

        def tooltip(row: HistoryRow) -> str:
            point = row.values.get(key)
            if point is None:
                return self.tr("Not logged")
            if grouped:
                return self.tr("{label}: %n day(s) logged in this period", "", point.count).format(
                    label=series.label
                )
            return f"{series.label}: {text(row)}"

        return Column(series.label, text, sort_key=sort_key, tooltip=tooltip)

    def _flags_text(self, flags: Sequence[FlaggedDay], labels: dict[str, str]) -> str:
        seen: list[str] = []
        for flag in flags:
            label = labels.get(flag.symptom_key, flag.symptom_key)
            words = f"{flag_level_mark(flag.level)} {label}"
            if words not in seen:
                seen.append(words)
        return ", ".join(seen)

    def _flags_tooltip(self, flags: Sequence[FlaggedDay], labels: dict[str, str]) -> str:
        if not flags:
            return self.tr("Nothing flagged")
        return "\n".join(
            self.tr("{symptom} ({day}): {reason} {level}.").format(
                symptom=labels.get(flag.symptom_key, flag.symptom_key),
                day=long_day(flag.day),
                reason=flag.reason,
                level=flag_level_label(flag.level),
            )
            for flag in flags
        )
