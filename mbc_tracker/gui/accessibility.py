"""What assistive technology (a screen reader, a switch device) is told about the app's own
widgets, beyond the names and descriptions each widget sets itself.

Qt describes its standard widgets well; a few of ours need a role Qt cannot guess: the 0-10
scale is a slider with a value and a range (not a button row with a changing description), and
the History chart is a chart. One factory, installed once per process, answers for them. It is
installed before the first window, so this module imports nothing the first window does not need.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleValueInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from mbc_tracker.domain.severity import MAX_SEVERITY, MIN_SEVERITY

# Widgets of other libraries, by class name (importing them here would load them at start-up).
ROLES_BY_CLASS = {"FigureCanvasQTAgg": QAccessible.Role.Chart}


class ScaleAccessible(QAccessibleWidget, QAccessibleValueInterface):
    """A 0-10 scale as a slider: its value and range, its name the symptom's, its value read
    out in words ("7 out of 10, severe", "Not recorded")."""

    def __init__(self, scale: Any) -> None:
        QAccessibleWidget.__init__(self, scale, QAccessible.Role.Slider)
        QAccessibleValueInterface.__init__(self)
        self._scale = scale

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        if kind == QAccessible.InterfaceType.ValueInterface:
            return self
        return super().interface_cast(kind)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            from mbc_tracker.gui.labels import severity_text  # loaded with Today anyway

            return severity_text(self._scale.value())
        return super().text(kind)

    def currentValue(self) -> Any:
        return self._scale.value()

    def setCurrentValue(self, value: Any) -> None:
        if isinstance(value, int) and MIN_SEVERITY <= value <= MAX_SEVERITY:
            self._scale.set_value(value)

    def minimumValue(self) -> Any:
        return MIN_SEVERITY

    def maximumValue(self) -> Any:
        return MAX_SEVERITY

    def minimumStepSize(self) -> Any:
        return 1


def _accessible_for(class_name: str, target: QObject) -> QAccessibleInterface | None:
    from mbc_tracker.gui.severity_control import SeverityControl

    if isinstance(target, SeverityControl):
        return ScaleAccessible(target)
    role = ROLES_BY_CLASS.get(class_name)
    if role is not None and isinstance(target, QWidget):
        return QAccessibleWidget(target, role)
    return None


_installed: list[bool] = []


def install_accessibility() -> None:
    """Teach Qt's accessibility these widgets, once per process."""
    if not _installed:
        QAccessible.installFactory(_accessible_for)
        _installed.append(True)
