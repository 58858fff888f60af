"""The 0-10 scale used by keyboard alone and by mouse: one Tab stop, arrows, Home/End, digits
(1 then 0 for 10), Delete to clear, and what a screen reader is told about it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mbc_tracker.gui import severity_control
from mbc_tracker.gui.severity_control import SeverityControl


class Form(QWidget):
    """A text field and then the scale, as on Today."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.before = QLineEdit(self)
        self.scale = SeverityControl("Bone pain", self)
        layout.addWidget(self.before)
        layout.addWidget(self.scale)


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[Form]:
    window = Form()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window


@pytest.fixture
def scale(form: Form) -> SeverityControl:
    return form.scale


def press(qtbot: QtBot, control: SeverityControl, key: Qt.Key) -> None:
    qtbot.keyClick(control, key)


def test_tab_reaches_the_scale_and_arrows_move_along_it(
    qtbot: QtBot, form: Form, scale: SeverityControl
) -> None:
    form.before.setFocus()
    qtbot.keyClick(form.before, Qt.Key.Key_Tab)
    assert scale.hasFocus()
    assert scale.value() is None

    press(qtbot, scale, Qt.Key.Key_Right)
    assert scale.value() == 0
    press(qtbot, scale, Qt.Key.Key_Right)
    press(qtbot, scale, Qt.Key.Key_Right)
    assert scale.value() == 2
    press(qtbot, scale, Qt.Key.Key_Left)
    assert scale.value() == 1
    press(qtbot, scale, Qt.Key.Key_End)
    assert scale.value() == 10
    press(qtbot, scale, Qt.Key.Key_Right)  # stays at the top of the scale
    assert scale.value() == 10
    press(qtbot, scale, Qt.Key.Key_Home)
    assert scale.value() == 0
    press(qtbot, scale, Qt.Key.Key_Left)
    assert scale.value() == 0
    assert scale.button(0).isChecked()


def test_digits_choose_and_one_zero_typed_quickly_is_ten(
    qtbot: QtBot, scale: SeverityControl
) -> None:
    scale.setFocus()
    qtbot.keyClicks(scale, "7")
    assert scale.value() == 7
    qtbot.keyClicks(scale, "10")
    assert scale.value() == 10
    assert scale.button(10).isChecked()
    qtbot.keyClicks(scale, "1")
    assert scale.value() == 1


def test_a_zero_typed_later_is_zero(
    qtbot: QtBot, scale: SeverityControl, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(severity_control, "TEN_TYPING_SECONDS", 0.05)
    scale.setFocus()
    qtbot.keyClicks(scale, "1")
    qtbot.wait(120)
    qtbot.keyClicks(scale, "0")
    assert scale.value() == 0


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_delete_or_backspace_clears(qtbot: QtBot, scale: SeverityControl, key: Qt.Key) -> None:
    scale.setFocus()
    qtbot.keyClicks(scale, "4")
    with qtbot.waitSignal(scale.value_changed) as changed:
        press(qtbot, scale, key)
    assert changed.args == [None]
    assert scale.value() is None
    assert not any(scale.button(value).isChecked() for value in range(11))


def test_screen_readers_hear_the_symptom_and_the_value(
    qtbot: QtBot, scale: SeverityControl
) -> None:
    assert scale.accessibleName() == "Bone pain"
    assert scale.accessibleDescription() == "Not recorded"
    scale.setFocus()
    qtbot.keyClicks(scale, "7")
    assert scale.accessibleDescription() == "7 out of 10, severe"
    qtbot.keyClicks(scale, "5")
    assert scale.accessibleDescription() == "5 out of 10, moderate"
    assert scale.button(2).accessibleName() == "2 out of 10, mild"


def test_band_words_are_shown_under_the_scale(scale: SeverityControl) -> None:
    shown = {label.text() for label in scale.findChildren(QLabel)}
    assert {"none", "mild", "moderate", "severe", "Not recorded"} <= shown


def test_mouse_choice_and_clear_button(qtbot: QtBot, scale: SeverityControl) -> None:
    assert not scale.clear_button.isEnabled()
    with qtbot.waitSignal(scale.value_changed) as changed:
        qtbot.mouseClick(scale.button(3), Qt.MouseButton.LeftButton)
    assert changed.args == [3]
    assert scale.hasFocus()  # the keyboard carries on from where the mouse chose
    qtbot.mouseClick(scale.button(8), Qt.MouseButton.LeftButton)
    assert scale.value() == 8
    assert not scale.button(3).isChecked()
    qtbot.mouseClick(scale.clear_button, Qt.MouseButton.LeftButton)
    assert scale.value() is None
    assert not scale.button(8).isChecked()


def test_not_recorded_is_said_only_while_nothing_is_chosen_and_the_scale_keeps_its_size(
    form: Form, qtbot: QtBot
) -> None:
    scale = form.scale
    said = [label for label in scale.findChildren(QLabel) if label.text() == "Not recorded"]
    assert len(said) == 1 and said[0].isVisible()
    size = scale.size()

    scale.set_value(4)
    qtbot.wait(50)  # any re-layout would have happened by now

    assert not said[0].isVisible()
    assert scale.size() == size  # filling a day does not move everything below
    scale.clear()
    assert said[0].isVisible()


def test_a_screen_reader_meets_a_slider_with_its_value_and_range(qtbot: QtBot, form: Form) -> None:
    from PySide6.QtGui import QAccessible

    scale = form.scale
    accessible = QAccessible.queryAccessibleInterface(scale)
    assert accessible is not None
    assert accessible.role() == QAccessible.Role.Slider
    assert accessible.text(QAccessible.Text.Name) == "Bone pain"
    value = accessible.valueInterface()
    assert value is not None
    assert (value.minimumValue(), value.maximumValue(), value.minimumStepSize()) == (0, 10, 1)
    assert value.currentValue() is None
    assert accessible.text(QAccessible.Text.Value) == "Not recorded"

    qtbot.mouseClick(scale.button(7), Qt.MouseButton.LeftButton)
    assert value.currentValue() == 7
    assert accessible.text(QAccessible.Text.Value) == "7 out of 10, severe"

    value.setCurrentValue(2)  # assistive technology may set it too
    assert scale.value() == 2
    value.setCurrentValue(11)  # never outside the scale
    assert scale.value() == 2


def test_a_scale_removed_while_a_screen_reader_knew_it_leaves_nothing_behind(qtbot: QtBot) -> None:
    import gc

    from PySide6.QtGui import QAccessible

    for _ in range(20):
        scale = SeverityControl("Nausea")
        assert QAccessible.queryAccessibleInterface(scale).role() == QAccessible.Role.Slider
        scale.deleteLater()
        qtbot.wait(1)
        del scale
        gc.collect()
    other = SeverityControl("Fatigue")
    qtbot.addWidget(other)
    assert QAccessible.queryAccessibleInterface(other).text(QAccessible.Text.Name) == "Fatigue"
