"""Preferences: the units weight and temperature are shown and typed in, and the app's look.

Units belong to the person (they are kept in the record, so a caregiver can keep one record in
kilograms and another in pounds). Values already saved are converted when shown, never rewritten.
The look (colours and text size) belongs to this computer: it is kept in the app's settings and
applies to every record opened here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.records import Person, TemperatureUnit, WeightUnit
from mbc_tracker.gui.theme import TEXT_SIZES, Appearance, Look
from mbc_tracker.gui.welcome import unit_boxes


@dataclass(frozen=True)
class Preferences:
    weight_unit: WeightUnit
    temperature_unit: TemperatureUnit
    look: Look


class PreferencesDialog(QDialog):
    """Lets the person choose kg or lb, °C or °F, the colours and the text size.

    Emits only QDialog's own signals; read the answer with ``chosen()`` once accepted.
    """

    def __init__(self, person: Person, look: Look, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.weight_box, self.temperature_box = unit_boxes(
            person.weight_unit, person.temperature_unit, self
        )
        units = QGroupBox(self.tr("Units for {name}").format(name=person.name), self)
        form = QFormLayout(units)
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
        form.addRow(note)

        looks = QGroupBox(self.tr("How the app looks on this computer"), self)
        look_form = QFormLayout(looks)
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

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(units)
        layout.addWidget(looks)
        layout.addWidget(buttons)

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
        return Preferences(weight_unit, temperature_unit, self.chosen_look())
