"""The first page of a new record: whose record it is, and which units they use.

A record holds one person. This page asks only what the app needs to start (a name; a date of
birth and units if the person wishes) and gently tells caregivers that each person they look
after gets a record of their own. Problems are shown next to the field they concern, and nothing
is saved until everything is fine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.records import Person, TemperatureUnit, WeightUnit
from mbc_tracker.gui import theme
from mbc_tracker.gui.labels import temperature_unit_label, weight_unit_label
from mbc_tracker.gui.runner import ChangeFailed, runner_for
from mbc_tracker.gui.widgets import use_readable_calendar
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.person import PersonInvalid
from mbc_tracker.services.record import CareRecord

# The date edit shows "Not given" at its minimum, Qt's way of letting a date stay empty.
NO_DATE = QDate(1900, 1, 1)


def default_units() -> tuple[WeightUnit, TemperatureUnit]:
    """Pounds and Fahrenheit where the computer's locale uses US measures, else kg and °C."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return WeightUnit.LB, TemperatureUnit.FAHRENHEIT
    return WeightUnit.KG, TemperatureUnit.CELSIUS


def unit_boxes(
    weight: WeightUnit, temperature: TemperatureUnit, parent: QWidget
) -> tuple[QComboBox, QComboBox]:
    """The two unit pickers, shared with the Preferences dialog."""
    weight_box = QComboBox(parent)
    weight_box.setObjectName("weightUnit")
    for unit in WeightUnit:
        weight_box.addItem(weight_unit_label(unit), unit)
    weight_box.setCurrentIndex(weight_box.findData(weight))
    temperature_box = QComboBox(parent)
    temperature_box.setObjectName("temperatureUnit")
    for unit in TemperatureUnit:
        temperature_box.addItem(temperature_unit_label(unit), unit)
    temperature_box.setCurrentIndex(temperature_box.findData(temperature))
    return weight_box, temperature_box


class WelcomePage(QWidget):
    """Asks whose record this is and saves the person.

    Signals:
        person_saved(object): the saved ``Person``, after "Start my record" succeeded.
    """

    person_saved = Signal(object)

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._record = record
        self._today = today

        title = QLabel(self.tr("Welcome to MBC Care Tracker"), self)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        # Wrapped, not cut, where the words are longer than the column (Spanish, large text).
        title.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "This record keeps a private diary of symptoms, treatments and appointments. "
                "Everything stays on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)

        question = QLabel(self.tr("Whose record is this?"), self)
        question_font = question.font()
        question_font.setBold(True)
        question.setFont(question_font)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("First name, or full name"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_problem = QLabel(self)
        self.name_problem.setObjectName("nameProblem")
        self.name_problem.setWordWrap(True)
        self.name_problem.setStyleSheet(theme.error_style(self))
        self.name_problem.hide()

        self.birth_edit = QDateEdit(self)
        self.birth_edit.setObjectName("birthEdit")
        use_readable_calendar(self.birth_edit)
        self.birth_edit.setDisplayFormat("d MMMM yyyy")
        self.birth_edit.setMinimumDate(NO_DATE)
        self.birth_edit.setSpecialValueText(self.tr("Not given"))
        self.birth_edit.setMaximumDate(QDate(today()))
        self.birth_edit.setDate(NO_DATE)
        self.birth_edit.setAccessibleName(self.tr("Date of birth (optional)"))
        self.birth_problem = QLabel(self)
        self.birth_problem.setObjectName("birthProblem")
        self.birth_problem.setWordWrap(True)
        self.birth_problem.setStyleSheet(theme.error_style(self))
        self.birth_problem.hide()

        weight, temperature = default_units()
        self.weight_box, self.temperature_box = unit_boxes(weight, temperature, self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name:"), self._with_problem(self.name_edit, self.name_problem))
        form.addRow(
            self.tr("Date of &birth (optional):"),
            self._with_problem(self.birth_edit, self.birth_problem),
        )
        form.addRow(self.tr("&Weight in:"), self.weight_box)
        form.addRow(self.tr("&Temperature in:"), self.temperature_box)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())

        caregivers = QLabel(
            self.tr(
                "Looking after more than one person? Each person gets a record of their own: "
                "you can make another one at any time with File > New record."
            ),
            self,
        )
        caregivers.setObjectName("caregiverNote")
        caregivers.setWordWrap(True)

        self.start_button = QPushButton(self.tr("Start my record"), self)
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.name_edit.returnPressed.connect(self.start)
        self.name_edit.textEdited.connect(self._clear_name_problem)

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addWidget(question)
        column.addLayout(form)
        column.addWidget(caregivers)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        column.addLayout(buttons)

        # A narrow, centred column reads more easily than a form stretched across a wide window.
        # (Stretches, not an alignment flag: an aligned widget is given its size hint, which is
        # too short for word-wrapped labels and squashes the fields.)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _with_problem(self, field: QWidget, problem: QLabel) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(problem)
        return box

    def person(self) -> Person:
        """The person as currently typed (not yet checked)."""
        birth = self.birth_edit.date()
        return Person(
            name=self.name_edit.text(),
            date_of_birth=None if birth == NO_DATE else birth.toPython(),
            weight_unit=WeightUnit(self.weight_box.currentData()),
            temperature_unit=TemperatureUnit(self.temperature_box.currentData()),
        )

    @Slot()
    def start(self) -> bool:
        """Save the person; show each problem next to its field instead. True when saved."""
        self._show_problems({})
        try:
            person, today = self.person(), self._today()
            saved = runner_for(self._record).call(
                lambda: self._record.person.save(person, today=today),
                RecordChanges(person=True),
                expected=(PersonInvalid,),
            )
        except ChangeFailed:
            return False
        except PersonInvalid as invalid:
            self._show_problems(invalid.problems)
            return False
        self.person_saved.emit(saved)
        return True

    def _show_problems(self, problems: dict[str, str]) -> None:
        # The page's own wording where it has one (so it can be translated); the service's
        # sentence otherwise, for example for a very long name.
        own_wording = {
            "date_of_birth": self.tr(
                "This date is in the future. Please choose the date of birth, or leave it "
                "as “Not given”."
            ),
        }
        if not self.name_edit.text().strip():
            own_wording["name"] = self.tr("Please type the name of the person this record is for.")
        first_field: QWidget | None = None
        for key, label, field in (
            ("name", self.name_problem, self.name_edit),
            ("date_of_birth", self.birth_problem, self.birth_edit),
        ):
            if key in problems:
                label.setText(own_wording.get(key, problems[key]))
                label.show()
                first_field = first_field or field
            else:
                label.clear()
                label.hide()
        if first_field is not None:
            first_field.setFocus()

    @Slot()
    def _clear_name_problem(self) -> None:
        self.name_problem.hide()
