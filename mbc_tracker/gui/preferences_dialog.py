"""Preferences: the units weight and temperature are shown and typed in.

Units belong to the person (they are kept in the record, so a caregiver can keep one record in
kilograms and another in pounds). Values already saved are converted when shown, never rewritten.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from mbc_tracker.domain.records import Person, TemperatureUnit, WeightUnit
from mbc_tracker.gui.welcome import unit_boxes


class PreferencesDialog(QDialog):
    """Lets the person choose kg or lb and °C or °F.

    Emits only QDialog's own signals; read the answer with ``chosen_units()`` once accepted.
    """

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.weight_box, self.temperature_box = unit_boxes(
            person.weight_unit, person.temperature_unit, self
        )
        form = QFormLayout()
        form.addRow(self.tr("&Weight in:"), self.weight_box)
        form.addRow(self.tr("&Temperature in:"), self.temperature_box)
        note = QLabel(
            self.tr(
                "These units are kept with {name}’s record. Values already saved are shown in "
                "the new units; nothing saved is changed."
            ).format(name=person.name),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_units(self) -> tuple[WeightUnit, TemperatureUnit]:
        # Qt hands enum data back as plain text, so it is turned back into the enum here.
        return (
            WeightUnit(self.weight_box.currentData()),
            TemperatureUnit(self.temperature_box.currentData()),
        )
