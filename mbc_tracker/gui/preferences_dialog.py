"""Preferences: the units weight and temperature are shown and typed in, the app's look, and
the reminders (a section of its own, ``gui.reminder_preferences``).

Units belong to the person (they are kept in the record, so a caregiver can keep one record in
kilograms and another in pounds). Values already saved are converted when shown, never rewritten.
The look (colours and text size) belongs to this computer: it is kept in the app's settings and
applies to every record opened here, as does the time without use after which the window of a
record protected with a passphrase locks (``gui.lock``). Which value stands for a day holding
several entries of a symptom in History and the clinic summary (its highest, or their average)
belongs to the record too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.daylog import DayValue
from mbc_tracker.domain.language import LANGUAGES
from mbc_tracker.domain.records import Person, TemperatureUnit, WeightUnit
from mbc_tracker.gui.theme import TEXT_SIZES, Appearance, Look
from mbc_tracker.gui.welcome import unit_boxes
from mbc_tracker.services.app_settings import DEFAULT_LOCK_MINUTES, LOCK_MINUTES, LOCK_OFF
from mbc_tracker.services.language import SYSTEM, choose_language, system_languages


@dataclass(frozen=True)
class Preferences:
    weight_unit: WeightUnit
    temperature_unit: TemperatureUnit
    look: Look
    lock_minutes: int = DEFAULT_LOCK_MINUTES  # LOCK_OFF: never
    day_value: DayValue = DayValue.HIGHEST
    language: str = "system"  # or a code of domain.language.LANGUAGES


class PreferencesDialog(QDialog):
    """Lets the person choose kg or lb, °C or °F, the colours, the text size and the lock.

    Emits only QDialog's own signals; read the answer with ``chosen()`` once accepted.
    """

    def __init__(
        self,
        person: Person,
        look: Look,
        parent: QWidget | None = None,
        lock_minutes: int = DEFAULT_LOCK_MINUTES,
        reminders: QWidget | None = None,
        day_value: DayValue = DayValue.HIGHEST,
        language: str = "system",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.weight_box, self.temperature_box = unit_boxes(
            person.weight_unit, person.temperature_unit, self
        )
        units = QGroupBox(self.tr("Units for {name}").format(name=person.name), self)
        # The notes sit under each form, not in it: a form's spanning row is given the height
        # of one line and its wrapped words were cut.
        units_column = QVBoxLayout(units)
        form = QFormLayout()
        units_column.addLayout(form)
        form.addRow(self.tr("&Weight in:"), self.weight_box)
        form.addRow(self.tr("&Temperature in:"), self.temperature_box)
        note = QLabel(
            self.tr(
                "These units are kept with {name}’s record. Values already saved are shown in "
                "the new units; nothing saved is changed."
            ).format(name=person.name),
            units,
        )
        note.setWordWrap(True)
        units_column.addWidget(note)

        days = QGroupBox(self.tr("A day with several entries of a symptom"), self)
        days_column = QVBoxLayout(days)
        days_form = QFormLayout()
        days_column.addLayout(days_form)
        self.day_value_box = QComboBox(days)
        self.day_value_box.addItem(self.tr("Its highest entry"), DayValue.HIGHEST.value)
        self.day_value_box.addItem(self.tr("The average of its entries"), DayValue.AVERAGE.value)
        self.day_value_box.setCurrentIndex(self.day_value_box.findData(DayValue(day_value).value))
        self.day_value_box.setAccessibleName(self.tr("History and the summary show for a day"))
        days_form.addRow(self.tr("History and the summary s&how:"), self.day_value_box)
        days_note = QLabel(
            self.tr(
                "For a symptom logged more than once on a day. Flags always use the day’s highest."
            ),
            days,
        )
        days_note.setWordWrap(True)
        days_column.addWidget(days_note)

        # The language belongs to this computer too, so it shares the look's group: a group of
        # its own made the dialog taller than a 700-pixel screen.
        looks = QGroupBox(self.tr("Look and language on this computer"), self)
        looks_column = QVBoxLayout(looks)
        look_form = QFormLayout()
        looks_column.addLayout(look_form)
        self.appearance_box = QComboBox(looks)
        for appearance, words in (
            (Appearance.SYSTEM, self.tr("Follow the system")),
            (Appearance.LIGHT, self.tr("Light")),
            (Appearance.DARK, self.tr("Dark")),
            (Appearance.HIGH_CONTRAST, self.tr("High contrast")),
        ):
            self.appearance_box.addItem(words, appearance.value)
        self.appearance_box.setCurrentIndex(self.appearance_box.findData(look.appearance.value))
        self.text_size_box = QComboBox(looks)
        for size in TEXT_SIZES:
            self.text_size_box.addItem(self.tr("{size}%").format(size=size), size)
        self.text_size_box.setCurrentIndex(self.text_size_box.findData(look.text_size))
        look_form.addRow(self.tr("&Colours:"), self.appearance_box)
        look_form.addRow(self.tr("Text &size:"), self.text_size_box)

        self.language_box = QComboBox(looks)
        computers = LANGUAGES[choose_language(SYSTEM, system_languages())]
        self.language_box.addItem(
            self.tr("Same as this computer ({language})").format(language=computers), SYSTEM
        )
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)  # each language named in its own words
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        look_form.addRow(self.tr("Lan&guage:"), self.language_box)
        language_note = QLabel(
            self.tr(
                "For the window, the clinic summary and the command line. A new choice is used "
                "from the next time the app starts."
            ),
            looks,
        )
        language_note.setWordWrap(True)
        looks_column.addWidget(language_note)

        privacy = QGroupBox(self.tr("Privacy on this computer"), self)
        privacy_column = QVBoxLayout(privacy)
        privacy_form = QFormLayout()
        privacy_column.addLayout(privacy_form)
        self.lock_box = QComboBox(privacy)
        for minutes in LOCK_MINUTES:
            words = (
                self.tr("1 minute")
                if minutes == 1
                else self.tr("{minutes} minutes").format(minutes=minutes)
            )
            self.lock_box.addItem(words, minutes)
        self.lock_box.addItem(self.tr("Off (never lock by itself)"), LOCK_OFF)
        self.lock_box.setCurrentIndex(max(0, self.lock_box.findData(lock_minutes)))
        self.lock_box.setAccessibleName(self.tr("Lock the window after this time without use"))
        privacy_form.addRow(self.tr("&Lock the window after:"), self.lock_box)
        lock_note = QLabel(
            self.tr(
                "Only for records protected with a passphrase: after this long without use, "
                "the window hides everything until the passphrase is typed. What is not saved "
                "yet is kept. 10 minutes is the app’s own default; choose what suits you."
            ),
            privacy,
        )
        lock_note.setWordWrap(True)
        privacy_column.addWidget(lock_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The reminders (gui.reminder_preferences) in a column of their own, so the dialog
        # stays short enough for a small screen.
        columns = QHBoxLayout()
        layout.addLayout(columns)
        first = QVBoxLayout()
        columns.addLayout(first, 1)
        first.addWidget(units)
        # The day's value is the record's choice, as the units are: under them, or, beside
        # the reminders' column, under the reminders, where the two columns even out.
        if reminders is None:
            first.addWidget(days)
        first.addWidget(looks)
        first.addWidget(privacy)
        first.addStretch(1)
        self.reminders = reminders
        if reminders is not None:
            reminders.setParent(self)
            second = QVBoxLayout()
            columns.addLayout(second, 1)
            second.addWidget(reminders)
            second.addWidget(days)
            second.addStretch(1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        # A dialog is first sized from its one-line size hints; the wrapped notes need the
        # height their lines take at the width the dialog has.
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            self.setMinimumHeight(needed)
            if needed > self.height():
                self.resize(self.width(), needed)

    def chosen_units(self) -> tuple[WeightUnit, TemperatureUnit]:
        # Qt hands enum data back as plain text, so it is turned back into the enum here.
        return (
            WeightUnit(self.weight_box.currentData()),
            TemperatureUnit(self.temperature_box.currentData()),
        )

    def chosen_look(self) -> Look:
        return Look(
            Appearance(self.appearance_box.currentData()), int(self.text_size_box.currentData())
        )

    def chosen(self) -> Preferences:
        weight_unit, temperature_unit = self.chosen_units()
        return Preferences(
            weight_unit,
            temperature_unit,
            self.chosen_look(),
            int(self.lock_box.currentData()),
            DayValue(self.day_value_box.currentData()),
            str(self.language_box.currentData()),
        )
