"""The Profile screen: the person's details, where the disease has spread, units, and care team.

The details are edited in place and stored with Save (or Ctrl+S while the profile has focus)
through ``record.person``; a problem the service finds is shown under its field and nothing is
saved until it is fixed. Changes not saved yet stay in the fields while the person looks at
another page, and the line beside Save says so. The first diagnosis date only matters when the
disease came back after earlier treatment, so it is enabled (and saved) only then. The care team
list below is a ``CareTeamPage`` and saves each contact on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import time_of_day
from mbc_tracker.domain.records import (
    PaperSize,
    Person,
    Presentation,
    TemperatureUnit,
    WeightUnit,
)
from mbc_tracker.gui import theme
from mbc_tracker.gui.care_team_page import CareTeamPage
from mbc_tracker.gui.labels import nothing_saved, paper_size_label, presentation_label
from mbc_tracker.gui.runner import ChangeFailed, runner_for
from mbc_tracker.gui.welcome import unit_boxes
from mbc_tracker.gui.widgets import ErrorLabel, OptionalDateEdit, ReflowBox, scaled_font
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.person import PersonInvalid
from mbc_tracker.services.record import CareRecord

# The paper box keeps "follow the computer's region" as an empty string (Qt data cannot be None).
REGION_PAPER = ""


BIRTH_CALENDAR_YEARS_BACK = 60  # where an empty date of birth's calendar opens


class ProfileView(QWidget):
    """Edits the person's details and shows her care team.

    Signals:
        person_saved(object): the saved ``Person``, after Save succeeded.
        items_changed(): a care-team contact was added, changed, deleted or brought back.
        unsaved_changed(bool): the details now differ (True) or no longer differ from the saved.
    """

    person_saved = Signal(object)
    items_changed = Signal()
    unsaved_changed = Signal(bool)

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileView")
        self._record = record
        self._today = today
        self._errors: dict[str, ErrorLabel] = {}
        self._baseline: Person | None = None  # the details as last loaded or saved
        self._unsaved = False
        self._loading = False

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Profile"))
        content = QWidget(scroll)
        column = QVBoxLayout(content)
        heading = QLabel(self.tr("Profile"), content)
        heading.setFont(scaled_font(self.font(), 1.5))
        column.addWidget(heading)
        intro = QLabel(
            self.tr(
                "The facts of the illness that this record and its reports use. Only the name "
                "is needed; leave anything you do not know as “Not given”."
            ),
            content,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)

        # The details: a box of their own, so Ctrl+S saves them only while one of them has focus.
        self.profile_box = QWidget(content)
        self.profile_box.setObjectName("profileDetails")
        details = QVBoxLayout(self.profile_box)
        details.setContentsMargins(0, 0, 0, 0)
        # Details beside spread and units; one above the other when large text leaves no room.
        groups = ReflowBox(self.profile_box)
        groups.add_widget(self._build_details_group(), 3)
        side_box = QWidget(groups)
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self._build_spread_group())
        side.addWidget(self._build_preferences_group())
        side.addStretch(1)
        groups.add_widget(side_box, 2)
        details.addWidget(groups)
        details.addWidget(self._build_save_row())
        column.addWidget(self.profile_box)

        self.care_team_page = CareTeamPage(record, content)
        self.care_team_page.layout().setContentsMargins(0, 12, 0, 0)
        self.care_team_page.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.care_team_page.items_changed.connect(self.items_changed)
        column.addWidget(self.care_team_page, 1)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self.profile_box)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        # The care team's Ctrl+N and Ctrl+F work from the details too (Ctrl+Z stays the fields'
        # own undo there).
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.care_team_page.add),
            (QKeySequence.StandardKey.Find, self._focus_care_team_filter),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.profile_box)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._set_tab_order()
        self._connect_changes()
        self.load()

    # -- building ------------------------------------------------------------------------------

    def _build_details_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Details"), self.profile_box)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.name_edit = QLineEdit(group)
        self.name_edit.setObjectName("profileName")
        self.name_edit.setPlaceholderText(self.tr("First name, or full name"))
        self.name_edit.returnPressed.connect(self.save)
        self._add_row(form, "name", self.tr("&Name:"), self.name_edit, self.tr("Name"))

        # An empty date of birth opens its calendar about 60 years back, not on this month.
        self.birth_edit = OptionalDateEdit(
            self.tr("Not given"), group, today=self._today(), years_back=BIRTH_CALENDAR_YEARS_BACK
        )
        self.birth_edit.setObjectName("profileBirth")
        self._add_row(
            form,
            "date_of_birth",
            self.tr("Date of &birth:"),
            self.birth_edit,
            self.tr("Date of birth (optional)"),
        )

        self.metastatic_edit = OptionalDateEdit(self.tr("Not given"), group)
        self.metastatic_edit.setObjectName("profileMetastatic")
        self._add_row(
            form,
            "metastatic_diagnosis_date",
            self.tr("&Metastatic diagnosis:"),
            self.metastatic_edit,
            self.tr("When metastatic disease was diagnosed (optional)"),
            hint=self.tr("When the doctors found that the cancer had spread."),
        )

        presentation_box = QWidget(group)
        presentation_layout = QVBoxLayout(presentation_box)
        presentation_layout.setContentsMargins(0, 0, 0, 0)
        presentation_layout.setSpacing(4)
        self.presentation_group = QButtonGroup(self)
        self.presentation_buttons: dict[Presentation | None, QRadioButton] = {}
        for presentation in (Presentation.DE_NOVO, Presentation.RECURRENCE, None):
            button = QRadioButton(presentation_label(presentation), presentation_box)
            button.setAccessibleName(
                self.tr("How it was found: {choice}").format(
                    choice=presentation_label(presentation)
                )
            )
            self.presentation_group.addButton(button)
            self.presentation_buttons[presentation] = button
            button.installEventFilter(self)
            presentation_layout.addWidget(button)
        self.presentation_buttons[None].setChecked(True)
        presentation_label_widget = QLabel(self.tr("How it was found:"), group)
        presentation_label_widget.setBuddy(self.presentation_buttons[Presentation.DE_NOVO])
        form.addRow(presentation_label_widget, presentation_box)

        self.first_edit = OptionalDateEdit(self.tr("Not given"), group)
        self.first_edit.setObjectName("profileFirstDiagnosis")
        self._add_row(
            form,
            "first_diagnosis_date",
            self.tr("F&irst diagnosis:"),
            self.first_edit,
            self.tr("First diagnosis, before it came back (optional)"),
            hint=self.tr("For a recurrence: when breast cancer was first found."),
        )
        return group

    def _build_spread_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Where it has spread"), self.profile_box)
        grid = QGridLayout(group)
        self.bone_check = QCheckBox(self.tr("B&one"), group)
        self.lung_check = QCheckBox(self.tr("Lung"), group)
        self.liver_check = QCheckBox(self.tr("Li&ver"), group)
        self.brain_check = QCheckBox(self.tr("B&rain"), group)
        for position, check in enumerate(
            (self.bone_check, self.lung_check, self.liver_check, self.brain_check)
        ):
            check.setAccessibleName(
                self.tr("Spread to: {site}").format(site=check.text().replace("&", ""))
            )
            grid.addWidget(check, position // 2, position % 2)
        other_label = QLabel(self.tr("Other pla&ces:"), group)
        self.other_edit = QLineEdit(group)
        self.other_edit.setPlaceholderText(self.tr("For example: lymph nodes, skin"))
        self.other_edit.setAccessibleName(self.tr("Other places it has spread to"))
        other_label.setBuddy(self.other_edit)
        grid.addWidget(other_label, 2, 0, 1, 2)
        grid.addWidget(self.other_edit, 3, 0, 1, 2)
        return group

    def _build_preferences_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Units and paper"), self.profile_box)
        form = QFormLayout(group)
        self.weight_box, self.temperature_box = unit_boxes(
            WeightUnit.KG, TemperatureUnit.CELSIUS, group
        )
        self.weight_box.setAccessibleName(self.tr("Weight in"))
        self.temperature_box.setAccessibleName(self.tr("Temperature in"))
        self.paper_box = QComboBox(group)
        self.paper_box.setObjectName("paperSize")
        self.paper_box.setAccessibleName(self.tr("Paper size for printed reports"))
        for paper in (PaperSize.A4, PaperSize.LETTER, None):
            self.paper_box.addItem(
                paper_size_label(paper), paper.value if paper is not None else REGION_PAPER
            )
        for text, widget in (
            (self.tr("&Weight in:"), self.weight_box),
            (self.tr("Temperature in:"), self.temperature_box),
            (self.tr("&Paper size:"), self.paper_box),
        ):
            label = QLabel(text, group)
            label.setBuddy(widget)
            form.addRow(label, widget)
        return group

    def _build_save_row(self) -> QWidget:
        row = QFrame(self.profile_box)
        row.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(9, 6, 9, 6)
        self.save_button = QPushButton(self.tr("&Save profile"), row)
        self.save_button.setObjectName("profileSave")
        self.save_button.setToolTip(self.tr("Save the details above (Ctrl+S)"))
        self.save_button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.save_button.clicked.connect(self.save)
        self.general_error = ErrorLabel(self.save_button, row)
        self.status_label = QLabel(row)
        self.status_label.setObjectName("profileStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.save_button)
        layout.addWidget(self.status_label, 1)
        layout.addWidget(self.general_error, 1)
        return row

    def _add_row(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        field: QWidget,
        accessible_name: str,
        hint: str = "",
    ) -> None:
        holder = QWidget(field.parentWidget())
        # The holder takes the row's whole width, so a hint under a narrow date field wraps at
        # the row's width rather than the field's (where it would be cut off).
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(field, QLineEdit):
            layout.addWidget(field)
        else:
            layout.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        if hint:
            hint_label = QLabel(hint, holder)
            hint_label.setWordWrap(True)
            hint_label.setObjectName("hint")
            hint_label.setStyleSheet(theme.muted_style(hint_label))
            layout.addWidget(hint_label)
        error = ErrorLabel(field, holder)
        layout.addWidget(error)
        field.setAccessibleName(accessible_name)
        label_widget = QLabel(label, holder.parentWidget())
        label_widget.setBuddy(field)
        form.addRow(label_widget, holder)
        self._errors[key] = error

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab into "How it was found" lands on the answer given, as in any list of choices
        (Qt lands on the first button, and an arrow key there would change the answer)."""
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
            and watched in self.presentation_buttons.values()
        ):
            checked = self.presentation_group.checkedButton()
            if checked is not None and checked is not watched:
                checked.setFocus(event.reason())
                return True
        return super().eventFilter(watched, event)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.name_edit,
            self.birth_edit,
            self.metastatic_edit,
            *self.presentation_buttons.values(),
            self.first_edit,
            self.bone_check,
            self.lung_check,
            self.liver_check,
            self.brain_check,
            self.other_edit,
            self.weight_box,
            self.temperature_box,
            self.paper_box,
            self.save_button,
            self.care_team_page.add_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_changes(self) -> None:
        self.name_edit.textChanged.connect(self._on_edited)
        self.other_edit.textChanged.connect(self._on_edited)
        for date_edit in (self.birth_edit, self.metastatic_edit, self.first_edit):
            date_edit.dateChanged.connect(self._on_edited)
        for check in (self.bone_check, self.lung_check, self.liver_check, self.brain_check):
            check.toggled.connect(self._on_edited)
        for box in (self.weight_box, self.temperature_box, self.paper_box):
            box.currentIndexChanged.connect(self._on_edited)
        self.presentation_group.buttonToggled.connect(self._on_presentation_toggled)

    # -- reading and saving ----------------------------------------------------------------------

    def person(self) -> Person:
        """The details as shown now (not yet checked or saved)."""
        presentation = self.presentation()
        paper = self.paper_box.currentData()
        return Person(
            name=self.name_edit.text(),
            date_of_birth=self.birth_edit.date_value(),
            metastatic_diagnosis_date=self.metastatic_edit.date_value(),
            presentation=presentation,
            first_diagnosis_date=(
                self.first_edit.date_value() if presentation is Presentation.RECURRENCE else None
            ),
            spread_bone=self.bone_check.isChecked(),
            spread_lung=self.lung_check.isChecked(),
            spread_liver=self.liver_check.isChecked(),
            spread_brain=self.brain_check.isChecked(),
            spread_other=self.other_edit.text().strip(),
            weight_unit=WeightUnit(self.weight_box.currentData()),
            temperature_unit=TemperatureUnit(self.temperature_box.currentData()),
            paper_size=PaperSize(paper) if paper else None,
        )

    def presentation(self) -> Presentation | None:
        for presentation, button in self.presentation_buttons.items():
            if button.isChecked():
                return presentation
        return None

    def has_unsaved_changes(self) -> bool:
        return self._unsaved

    def load(self) -> None:
        """Show the saved details (dropping any not saved) and re-read the care team."""
        person = self._record.person.get()
        self._loading = True
        try:
            self._show_person(person if person is not None else Person(name=""))
        finally:
            self._loading = False
        self._baseline = self.person()
        self._clear_problems()
        self._set_unsaved(False)
        self.care_team_page.refresh()

    @Slot(object)
    def record_changed(self, changes: RecordChanges) -> None:
        """Show the details again after a change elsewhere (the units from Preferences)."""
        if changes.touches("person"):
            self.reload()
        self.care_team_page.record_changed(changes)

    @Slot()
    def reload(self) -> None:
        """Re-read what other screens may have changed, keeping details not saved yet."""
        if not self._unsaved:
            self.load()
        else:
            self.care_team_page.refresh()

    @Slot()
    def save(self) -> bool:
        """Save the details; show each problem under its field instead. True when saved."""
        self._clear_problems()
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
            self.status_label.setText(nothing_saved(len(invalid.problems)))
            return False
        self.load()
        self.status_label.setText(
            self.tr("✓ Profile saved at {time}.").format(time=time_of_day(dt.datetime.now()))
        )
        self.person_saved.emit(saved)
        return True

    def _show_person(self, person: Person) -> None:
        self.name_edit.setText(person.name)
        self.birth_edit.set_date_value(person.date_of_birth)
        self.metastatic_edit.set_date_value(person.metastatic_diagnosis_date)
        self.presentation_buttons[person.presentation].setChecked(True)
        self.first_edit.set_date_value(person.first_diagnosis_date)
        self.bone_check.setChecked(person.spread_bone)
        self.lung_check.setChecked(person.spread_lung)
        self.liver_check.setChecked(person.spread_liver)
        self.brain_check.setChecked(person.spread_brain)
        self.other_edit.setText(person.spread_other)
        self.weight_box.setCurrentIndex(self.weight_box.findData(person.weight_unit))
        self.temperature_box.setCurrentIndex(self.temperature_box.findData(person.temperature_unit))
        paper = person.paper_size.value if person.paper_size is not None else REGION_PAPER
        self.paper_box.setCurrentIndex(self.paper_box.findData(paper))
        self._update_first_diagnosis()

    def _show_problems(self, problems: dict[str, str]) -> None:
        first: QWidget | None = None
        general: list[str] = []
        for key, message in problems.items():
            error = self._errors.get(key)
            if error is None:
                general.append(message)
                continue
            error.show_problem(message)
            first = first or error.field
        if general:
            self.general_error.show_problem(" ".join(general))
        if first is not None:
            first.setFocus()

    def _clear_problems(self) -> None:
        for error in self._errors.values():
            error.clear_problem()
        self.general_error.clear_problem()

    # -- reacting to edits -----------------------------------------------------------------------

    @Slot()
    def _on_edited(self) -> None:
        if self._loading:
            return
        unsaved = self.person() != self._baseline
        if unsaved:
            self.status_label.setText(self.tr("You have changes that are not saved yet."))
        elif self._unsaved:
            self.status_label.clear()
        self._set_unsaved(unsaved)

    @Slot(QAbstractButton, bool)
    def _on_presentation_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._update_first_diagnosis()
            self._on_edited()

    @Slot()
    def _focus_care_team_filter(self) -> None:
        self.care_team_page.filter_edit.setFocus()
        self.care_team_page.filter_edit.selectAll()

    def _update_first_diagnosis(self) -> None:
        recurrence = self.presentation() is Presentation.RECURRENCE
        self.first_edit.setEnabled(recurrence)
        if not recurrence:
            self._errors["first_diagnosis_date"].clear_problem()

    def _set_unsaved(self, unsaved: bool) -> None:
        if unsaved != self._unsaved:
            self._unsaved = unsaved
            self.unsaved_changed.emit(unsaved)
