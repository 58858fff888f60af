"""The form for one treatment: its kind, the medicine or regimen, how it is given, and its dates.

The kinds come from the knowledge catalogue, each with a line of what the source articles say
about it. The medicine's name offers the medicines the articles name (typing filters them), and
any other name can be typed; choosing a known medicine proposes its kind when none is chosen
yet. An end date may be left as "Ongoing"; the reason for stopping applies only once there is an
end date. Below, the treatment's schedule and dose (``ScheduleFields``). Problems appear under
their fields and nothing is saved until they are gone, in the treatment or its schedule.
"""

from __future__ import annotations

import datetime as dt
import itertools
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QPlainTextEdit, QWidget

from mbc_tracker.domain.knowledge import TreatmentCategoryInfo
from mbc_tracker.domain.records import Route, StopReason, Treatment, TreatmentCategory
from mbc_tracker.gui import theme
from mbc_tracker.gui.labels import route_label, stop_reason_label
from mbc_tracker.gui.record_form import RecordForm
from mbc_tracker.gui.schedule_fields import ScheduleFields
from mbc_tracker.gui.widgets import OptionalDateEdit
from mbc_tracker.services.editing import RecordInvalid

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

FIELD_ORDER = (
    "category", "name", "route", "start_date", "end_date", "reason_stopped", "notes",
    "kind", "times", "days_on", "days_off", "every_days", "reason", "minimum_gap", "dose",
    "unit", "starts_on", "ends_on",
)  # fmt: skip


EnumT = TypeVar("EnumT", bound=StrEnum)


def chosen(combo: QComboBox, enum: type[EnumT]) -> EnumT | None:
    """The enum value behind a combo box's current item (Qt hands it back as a plain str)."""
    value = combo.currentData()
    return None if value is None else enum(value)


def first_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


class TreatmentForm(RecordForm):
    """Add or change one treatment; ``saved`` holds the stored Treatment after Save.

    Signals: inherited from QDialog only.
    """

    def __init__(
        self,
        record: CareRecord,
        treatment: Treatment | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a treatment") if treatment is None else self.tr("Change a treatment")
        super().__init__(title, parent)
        self._record = record
        self._treatment = treatment
        self._today = today
        self._infos = record.knowledge.treatments.categories

        self.category_combo = QComboBox(self)
        self.category_combo.addItem(self.tr("Choose the kind of treatment…"), None)
        for category, info in self._infos.items():
            self.category_combo.addItem(info.label(), category)
        category_error = self.add_field(
            "category", self.tr("&Kind of treatment:"), self.category_combo
        )
        self.about_label = QLabel(self)
        self.about_label.setWordWrap(True)
        self.about_label.setStyleSheet(theme.muted_style(self.about_label))
        self.about_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = category_error.parentWidget()
        column_layout = column.layout() if column is not None else None
        if column_layout is not None:
            column_layout.addWidget(self.about_label)  # under the field, after its message
        self.about_label.hide()

        self.name_combo = QComboBox(self)
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.addItems(record.treatments.suggestions())
        self.name_combo.setCurrentIndex(-1)
        self.name_combo.lineEdit().setPlaceholderText(self.tr("Type or choose a medicine"))
        completer = QCompleter(record.treatments.suggestions(), self.name_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_combo.setCompleter(completer)
        self.add_field(
            "name",
            self.tr("&Medicine or regimen:"),
            self.name_combo,
            hint=self.tr(
                "The list holds the medicines the source articles name; any name can be typed."
            ),
        )

        self.route_combo = QComboBox(self)
        for route in (None, *Route):
            self.route_combo.addItem(route_label(route), route)
        self.add_field("route", self.tr("&How it is given:"), self.route_combo)

        self.start_edit = OptionalDateEdit(self.tr("Not given"), self, today=today)
        self.add_field(
            "start_date",
            self.tr("&Started:"),
            self.start_edit,
            hint=self.tr("A date after today is fine: the treatment is then shown as planned."),
        )
        self.end_edit = OptionalDateEdit(self.tr("Ongoing"), self, today=today)
        self.add_field(
            "end_date",
            self.tr("E&nded:"),
            self.end_edit,
            hint=self.tr("Leave as “Ongoing” while the treatment goes on (Delete empties it)."),
        )
        self.reason_combo = QComboBox(self)
        self.reason_combo.addItem(self.tr("Not given"), None)
        for reason in StopReason:
            self.reason_combo.addItem(stop_reason_label(reason), reason)
        self.add_field("reason_stopped", self.tr("&Reason stopped:"), self.reason_combo)

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("How it went, what to remember…"))
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 5)
        self.add_field("notes", self.tr("N&otes:"), self.notes_edit)
        self.schedule = ScheduleFields(
            self, record, today, treatment.id if treatment is not None else None
        )

        for widget in (self.category_combo, self.name_combo, self.route_combo, self.reason_combo):
            widget.setMinimumHeight(self.fontMetrics().height() * 2)
        for widget in (self.start_edit, self.end_edit):
            widget.setMinimumHeight(self.fontMetrics().height() * 2)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)

        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.name_combo.currentTextChanged.connect(self._name_changed)
        self.end_edit.dateChanged.connect(self._end_changed)
        self.start_edit.dateChanged.connect(
            lambda: self.schedule.follow_treatment_start(self.start_edit.date_value())
        )
        self._fill(treatment)
        self._fit_height()
        save = self.buttons.button(self.buttons.StandardButton.Save)
        cancel = self.buttons.button(self.buttons.StandardButton.Cancel)
        chain: list[QWidget] = [
            self.category_combo, self.name_combo, self.route_combo, self.start_edit,
            self.end_edit, self.reason_combo, self.notes_edit, *self.schedule.tab_chain(), save,
            cancel,
        ]  # fmt: skip
        for before, after in itertools.pairwise(chain):
            self.setTabOrder(before, after)
        self.category_combo.setFocus()

    def _fit_height(self) -> None:
        """Open tall enough to show every field without scrolling, where the screen allows."""
        wanted = (
            self.form.sizeHint().height()
            + self.buttons.sizeHint().height()
            + self.fontMetrics().height() * 3  # margins and spacing
        )
        self.resize(self.minimumWidth(), min(wanted, self.maximumHeight()))

    # -- filling and reading -------------------------------------------------------------------

    def _fill(self, treatment: Treatment | None) -> None:
        if treatment is None:
            self.start_edit.set_date_value(self._today)
            self.end_edit.set_date_value(None)
        else:
            self.category_combo.setCurrentIndex(self.category_combo.findData(treatment.category))
            self.name_combo.setEditText(treatment.name)
            self.route_combo.setCurrentIndex(self.route_combo.findData(treatment.route))
            self.start_edit.set_date_value(treatment.start_date)
            self.end_edit.set_date_value(treatment.end_date)
            self.reason_combo.setCurrentIndex(self.reason_combo.findData(treatment.reason_stopped))
            self.notes_edit.setPlainText(treatment.notes)
        self.schedule.fill(treatment.start_date if treatment is not None else self._today)
        self._category_changed()
        self._end_changed()

    def save(self) -> Treatment:
        category = chosen(self.category_combo, TreatmentCategory)
        start = self.start_edit.date_value()
        end = self.end_edit.date_value()
        treatment = Treatment(
            category=category or TreatmentCategory.OTHER,
            name=self.name_combo.currentText(),
            # A stand-in that no end date can be before, so only the start is reported missing.
            start_date=start or dt.date.min,
            route=chosen(self.route_combo, Route),
            end_date=end,
            reason_stopped=chosen(self.reason_combo, StopReason) if end is not None else None,
            notes=self.notes_edit.toPlainText(),
            id=self._treatment.id if self._treatment else None,
        )
        problems = self._record.treatments.problems(treatment, self._today)
        if category is None:
            problems["category"] = self.tr(
                "Please choose the kind of treatment (or “Other treatment or care”)."
            )
        if start is None:
            problems["start_date"] = self.tr(
                "Please give the date the treatment started, or will start."
            )
        schedule, schedule_problems = self.schedule.read()
        problems.update(schedule_problems)
        if problems:
            raise RecordInvalid({key: problems[key] for key in FIELD_ORDER if key in problems})
        # Both checked above, so the schedule's write after the treatment's cannot be refused.
        if self._treatment is None:
            stored = self._record.treatments.add(treatment, self._today)
        else:
            stored = self._record.treatments.update(treatment, self._today)
        assert stored.id is not None
        self.schedule.write(stored.id, schedule)
        return stored

    # -- reacting to the person ----------------------------------------------------------------

    @Slot()
    def _category_changed(self) -> None:
        category = chosen(self.category_combo, TreatmentCategory)
        info: TreatmentCategoryInfo | None = self._infos.get(category) if category else None
        about = info.about() if info else None
        if info is None or not about:
            self.about_label.hide()
            self.about_label.clear()
            return
        sources = [self._record.knowledge.sources[source_id] for source_id in info.source_ids]
        self.about_label.setText(
            self.tr("{about}\nFrom: {sources}").format(
                about=first_sentence(about),
                sources="; ".join(source.citation() for source in sources),
            )
        )
        self.about_label.setToolTip(about)
        self.about_label.show()

    @Slot(str)
    def _name_changed(self, text: str) -> None:
        """Choosing a medicine the articles name proposes its kind (and route) when still unset."""
        drug = self._record.knowledge.treatments.find_drug(text)
        if drug is None:
            return
        if self.category_combo.currentData() is None:
            self.category_combo.setCurrentIndex(self.category_combo.findData(drug.category))
        if drug.route is not None and self.route_combo.currentData() is None:
            self.route_combo.setCurrentIndex(self.route_combo.findData(drug.route))

    @Slot(QDate)
    def _end_changed(self, _date: QDate | None = None) -> None:
        has_end = self.end_edit.date_value() is not None
        self.reason_combo.setEnabled(has_end)
        self.reason_combo.setToolTip(
            "" if has_end else self.tr("Give an end date first; the reason goes with it.")
        )
