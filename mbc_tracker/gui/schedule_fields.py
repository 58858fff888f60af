"""The "Schedule" group of the treatment form: when a medicine is taken, and how much.

None; every day at set times; on and off in cycles ("21 days on, 7 off"); every N days or
weeks (an infusion every 3 weeks); or as needed, for a reason, with a least gap. Only the rows
the chosen kind needs are shown. The dose is free text and the unit free text with suggestions
(common units and those already in the record): the app keeps what the care team prescribed
and never proposes an amount.

A changed schedule takes effect from a day the person chooses (today unless she says
otherwise); the schedule before stays for the days before it, so every dose already recorded
keeps its place (``MedicineService.set_schedule``). Problems come back by field, under each
field, from ``validate_schedule``; nothing is saved while there is one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mbc_tracker.domain.dates import long_day, time_of_day
from mbc_tracker.domain.schedules import (
    MAX_CYCLE_DAYS,
    MAX_GAP,
    MAX_INTERVAL_DAYS,
    Schedule,
    ScheduleKind,
    in_effect,
)
from mbc_tracker.gui import theme
from mbc_tracker.gui.schedule_words import WEEK, parse_times
from mbc_tracker.gui.widgets import OptionalDateEdit, scaled_font
from mbc_tracker.services.medicines import cleaned_schedule, validate_schedule

if TYPE_CHECKING:
    from mbc_tracker.gui.record_form import RecordForm
    from mbc_tracker.services.record import CareRecord

# Units people commonly write; suggestions only, any other word can be typed. The words are
# offered in the person's language (translated where the suggestions are made).
COMMON_UNITS = (
    QT_TRANSLATE_NOOP("ScheduleFields", "tablet"), QT_TRANSLATE_NOOP("ScheduleFields", "tablets"),
    QT_TRANSLATE_NOOP("ScheduleFields", "capsule"),
    QT_TRANSLATE_NOOP("ScheduleFields", "capsules"), "mg", "mcg", "g", "ml",
    QT_TRANSLATE_NOOP("ScheduleFields", "drops"), QT_TRANSLATE_NOOP("ScheduleFields", "puffs"),
    QT_TRANSLATE_NOOP("ScheduleFields", "sachet"), QT_TRANSLATE_NOOP("ScheduleFields", "patch"),
    QT_TRANSLATE_NOOP("ScheduleFields", "injection"),
    QT_TRANSLATE_NOOP("ScheduleFields", "infusion"), "mg/m²", "mg/kg",
    QT_TRANSLATE_NOOP("ScheduleFields", "units"),
)  # fmt: skip
FIELD_ORDER = (
    "kind", "times", "days_on", "days_off", "every_days", "reason", "minimum_gap",
    "dose", "unit", "starts_on", "ends_on",
)  # fmt: skip
ROWS_OF_KIND = {
    None: (),
    ScheduleKind.DAILY: ("times",),
    ScheduleKind.CYCLE: ("days_on", "days_off", "times"),
    ScheduleKind.INTERVAL: ("every_days", "times"),
    ScheduleKind.AS_NEEDED: ("reason", "minimum_gap"),
}
COMMON_ROWS = ("dose", "unit", "starts_on", "ends_on")


def same_plan(first: Schedule, second: Schedule) -> bool:
    """Whether two schedules ask for the same doses, whatever their first and last days."""
    return replace(first, starts_on=second.starts_on, ends_on=second.ends_on) == second


class ScheduleFields(QObject):
    """The schedule rows of a ``RecordForm`` (added to it in order), read and written together.

    Signals: none.
    """

    def __init__(
        self, form: RecordForm, record: CareRecord, today: dt.date, treatment_id: int | None
    ) -> None:
        super().__init__(form)
        self._form = form
        self._record = record
        self._today = today
        stored = record.medicines.schedules(treatment_id) if treatment_id is not None else []
        # The schedule the form changes: the one in effect today, else one planned ahead.
        self.existing = in_effect(stored, today) or next(
            (schedule for schedule in stored if schedule.starts_on > today), None
        )
        tall = form.fontMetrics().height() * 2
        self._columns: dict[str, QWidget] = {}

        heading = QLabel(self.tr("Schedule"), form)
        heading.setFont(scaled_font(form.font(), 1.1))
        form.form.addRow(heading)
        self.note_label = QLabel(
            self.tr("The app keeps what your care team prescribed; it never suggests doses."),
            form,
        )
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(theme.muted_style(self.note_label))
        form.form.addRow(self.note_label)

        self.kind_combo = QComboBox(form)
        for kind, words in (
            (None, self.tr("None")),
            (ScheduleKind.DAILY, self.tr("Every day at set times")),
            (ScheduleKind.CYCLE, self.tr("On and off in cycles")),
            (ScheduleKind.INTERVAL, self.tr("Every N days or weeks")),
            (ScheduleKind.AS_NEEDED, self.tr("As needed")),
        ):
            self.kind_combo.addItem(words, kind)
        # A schedule that has ended is not filled in below (a new one starts afresh), but
        # "None" alone would look as if it had been lost: say where it went.
        ended = [
            schedule
            for schedule in stored
            if schedule.ends_on is not None and schedule.ends_on < today
        ]
        kind_hint = ""
        if self.existing is None and ended:
            last = max(ended, key=lambda schedule: schedule.starts_on)
            assert last.ends_on is not None
            kind_hint = self.tr(
                "The schedule from {first} ended on {last}; the doses recorded are kept. "
                "Choose how it is taken only if it starts again."
            ).format(first=long_day(last.starts_on), last=long_day(last.ends_on))
        self._add("kind", self.tr("&When taken:"), self.kind_combo, hint=kind_hint)

        self.days_on_spin = self._spin(0, MAX_CYCLE_DAYS, self.tr(" days on"))
        self._add("days_on", self.tr("Da&ys on:"), self.days_on_spin)
        self.days_off_spin = self._spin(0, MAX_CYCLE_DAYS, self.tr(" days off"))
        self._add(
            "days_off",
            self.tr("Days o&ff:"),
            self.days_off_spin,
            hint=self.tr("Day 1 of cycle 1 is the day the schedule starts on."),
        )

        self.every_box = QWidget(form)
        self.every_spin = self._spin(0, MAX_INTERVAL_DAYS, "", parent=self.every_box)
        self.every_unit_combo = QComboBox(self.every_box)
        self.every_unit_combo.addItem(self.tr("weeks"), WEEK)
        self.every_unit_combo.addItem(self.tr("days"), 1)
        self.every_unit_combo.setAccessibleName(self.tr("Weeks or days"))
        self.every_unit_combo.setMinimumHeight(tall)
        every_row = QHBoxLayout(self.every_box)
        every_row.setContentsMargins(0, 0, 0, 0)
        every_row.addWidget(self.every_spin)
        every_row.addWidget(self.every_unit_combo)
        every_row.addStretch(1)
        self.every_spin.setAccessibleName(self.tr("Every how many"))
        self._add("every_days", self.tr("E&very:"), self.every_box)

        self.times_edit = QLineEdit(form)
        self.times_edit.setPlaceholderText(self.tr("for example 08:00, 20:00"))
        self._add(
            "times",
            self.tr("At t&imes:"),
            self.times_edit,
            hint=self.tr("The times of day, as your care team said; may be left empty."),
        )

        self.reason_edit = QLineEdit(form)
        self.reason_edit.setPlaceholderText(self.tr("for example pain, nausea"))
        self._add("reason", self.tr("&Taken for:"), self.reason_edit)
        self.gap_spin = self._spin(0, int(MAX_GAP.total_seconds() // 3600), self.tr(" hours"))
        self.gap_spin.setSpecialValueText(self.tr("No least gap"))
        self._add(
            "minimum_gap",
            self.tr("At least &apart:"),
            self.gap_spin,
            hint=self.tr("As your plan says; the app only reminds you of it, it never stops you."),
        )

        self.dose_edit = QLineEdit(form)
        self.dose_edit.setPlaceholderText(self.tr("as prescribed"))
        self._add("dose", self.tr("&Dose:"), self.dose_edit)
        self.unit_edit = QLineEdit(form)
        self.unit_edit.setPlaceholderText(self.tr("for example tablet, mg, ml"))
        common = {QCoreApplication.translate("ScheduleFields", str(unit)) for unit in COMMON_UNITS}
        units = sorted(common | set(record.medicines.units_in_use()), key=str.casefold)
        completer = QCompleter(units, self.unit_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.unit_edit.setCompleter(completer)
        self._add("unit", self.tr("&Unit:"), self.unit_edit)

        self.start_edit = OptionalDateEdit(self.tr("Not given"), form, today=today)
        if self.existing is None:
            start_label, start_hint = self.tr("Schedule be&gins on:"), ""
        else:
            start_label = self.tr("Changes take &effect from:")
            start_hint = self.tr(
                "The schedule since {day} stays for the days before, with every dose "
                "recorded. To correct it from its first day, choose {day}."
            ).format(day=long_day(self.existing.starts_on))
        self._add("starts_on", start_label, self.start_edit, hint=start_hint)
        self.end_edit = OptionalDateEdit(self.tr("No end date"), form, today=today)
        self._add("ends_on", self.tr("Schedule's &last day:"), self.end_edit)

        for widget in (
            self.kind_combo, self.days_on_spin, self.days_off_spin, self.times_edit,
            self.reason_edit, self.gap_spin, self.dose_edit, self.unit_edit, self.start_edit,
            self.end_edit,
        ):  # fmt: skip
            widget.setMinimumHeight(tall)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._start_touched = False
        self.start_edit.dateChanged.connect(self._start_changed)

    def _add(self, key: str, label: str, widget: QWidget, hint: str = "") -> None:
        error = self._form.add_field(key, label, widget, hint=hint)
        column = error.parentWidget()
        if column is not None:
            self._columns[key] = column

    def _spin(self, low: int, high: int, suffix: str, parent: QWidget | None = None) -> QSpinBox:
        spin = QSpinBox(parent or self._form)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        # Empty until she gives her plan's number: the app proposes none.
        spin.setSpecialValueText(self.tr("Not given"))
        spin.setMinimumHeight(self._form.fontMetrics().height() * 2)
        spin.setMinimumWidth(self._form.fontMetrics().horizontalAdvance("0") * 14)
        return spin

    def tab_chain(self) -> list[QWidget]:
        return [
            self.kind_combo, self.days_on_spin, self.days_off_spin, self.every_spin,
            self.every_unit_combo, self.times_edit, self.reason_edit, self.gap_spin,
            self.dose_edit, self.unit_edit, self.start_edit, self.end_edit,
        ]  # fmt: skip

    # -- filling -------------------------------------------------------------------------------

    def fill(self, default_start: dt.date) -> None:
        """Show the stored schedule (or none), with the day a change would take effect from."""
        schedule = self.existing
        if schedule is None:
            self.kind_combo.setCurrentIndex(0)
            self.start_edit.set_date_value(default_start)
            self._start_touched = False
        else:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(schedule.kind))
            self.times_edit.setText(", ".join(time_of_day(time) for time in schedule.times))
            if schedule.kind is ScheduleKind.CYCLE:
                self.days_on_spin.setValue(schedule.days_on)
                self.days_off_spin.setValue(schedule.days_off)
            if schedule.kind is ScheduleKind.INTERVAL:
                weeks = schedule.every_days % WEEK == 0
                self.every_spin.setValue(schedule.every_days // (WEEK if weeks else 1))
                self.every_unit_combo.setCurrentIndex(0 if weeks else 1)
            self.reason_edit.setText(schedule.reason)
            gap = schedule.minimum_gap
            self.gap_spin.setValue(int(gap.total_seconds() // 3600) if gap is not None else 0)
            self.dose_edit.setText(schedule.dose)
            self.unit_edit.setText(schedule.unit)
            self.start_edit.set_date_value(max(self._today, schedule.starts_on))
            self._start_touched = True
            self.end_edit.set_date_value(schedule.ends_on)
        self._kind_changed()

    def follow_treatment_start(self, start: dt.date | None) -> None:
        """A new schedule starts with the treatment, until the person sets its first day."""
        if self.existing is None and not self._start_touched and start is not None:
            self.start_edit.blockSignals(True)
            self.start_edit.set_date_value(start)
            self.start_edit.blockSignals(False)

    @Slot()
    def _start_changed(self) -> None:
        self._start_touched = True

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.kind()
        shown = set(ROWS_OF_KIND[kind]) | (set(COMMON_ROWS) if kind is not None else set())
        if kind is None and self.existing is not None:
            shown.add("starts_on")  # the day the schedule stops, the days before keeping it
        for key in FIELD_ORDER[1:]:
            column = self._columns.get(key)
            if column is not None:
                self._form.form.setRowVisible(column, key in shown)

    def kind(self) -> ScheduleKind | None:
        value = self.kind_combo.currentData()
        return None if value is None else ScheduleKind(value)

    # -- reading and writing ---------------------------------------------------------------------

    def read(self) -> tuple[Schedule | None, dict[str, str]]:
        """The schedule the rows describe (None: no schedule), and its problems by field."""
        kind = self.kind()
        if kind is None:
            return None, {}
        problems: dict[str, str] = {}
        times: tuple[dt.time, ...] = ()
        if kind is not ScheduleKind.AS_NEEDED:
            try:
                times = parse_times(self.times_edit.text())
            except ValueError as error:
                problems["times"] = str(error)
        start = self.start_edit.date_value()
        if start is None:
            problems["starts_on"] = self.tr("Please give the day the schedule starts on.")
        every = self.every_spin.value() * int(self.every_unit_combo.currentData())
        gap_hours = self.gap_spin.value()
        schedule = cleaned_schedule(
            Schedule(
                kind=kind,
                starts_on=start or self._today,
                ends_on=self.end_edit.date_value(),
                times=times,
                days_on=self.days_on_spin.value() if kind is ScheduleKind.CYCLE else 0,
                days_off=self.days_off_spin.value() if kind is ScheduleKind.CYCLE else 0,
                every_days=every if kind is ScheduleKind.INTERVAL else 0,
                reason=self.reason_edit.text() if kind is ScheduleKind.AS_NEEDED else "",
                minimum_gap=(
                    dt.timedelta(hours=gap_hours)
                    if kind is ScheduleKind.AS_NEEDED and gap_hours
                    else None
                ),
                dose=self.dose_edit.text(),
                unit=self.unit_edit.text(),
            )
        )
        for key, problem in validate_schedule(schedule).items():
            problems.setdefault(key, problem)
        existing = self.existing
        if (
            existing is not None
            and start is not None
            and start < existing.starts_on
            and not same_plan(schedule, existing)
        ):
            problems.setdefault(
                "starts_on",
                self.tr("A change can take effect from {day} at the earliest.").format(
                    day=long_day(existing.starts_on)
                ),
            )
        return schedule, problems

    def write(self, treatment_id: int, schedule: Schedule | None) -> None:
        """Store ``schedule`` (read and checked by ``read``) for the treatment, keeping the
        schedule before it for the days before it takes effect."""
        medicines = self._record.medicines
        existing = self.existing
        if existing is None:
            if schedule is not None:
                medicines.set_schedule(treatment_id, schedule)
            return
        if schedule is None:
            stop = self.start_edit.date_value() or self._today
            if stop <= existing.starts_on:
                medicines.remove_schedule(treatment_id, existing.starts_on)
            else:
                ended = stop - dt.timedelta(days=1)
                if existing.ends_on is None or existing.ends_on > ended:
                    medicines.set_schedule(treatment_id, replace(existing, ends_on=ended))
            return
        if same_plan(schedule, existing):
            if schedule.ends_on != existing.ends_on:
                medicines.set_schedule(treatment_id, replace(existing, ends_on=schedule.ends_on))
            return
        # From a later day the old schedule gives way to this one (``in_effect``) and keeps
        # the days before; from its own first day this one replaces it.
        medicines.set_schedule(treatment_id, schedule)
