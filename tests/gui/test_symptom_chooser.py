"""Choosing the symptoms on Today: add one's own symptom and log it, hide one, reorder, and
see why a name cannot be used. The dialog is opened from Today's "Choose symptoms…" button.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QWidget
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.runner import runner_for
from mbc_tracker.gui.symptom_chooser import KEY_ROLE, SymptomChooser
from mbc_tracker.gui.today_view import TodayView
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def view(qtbot: QtBot, record: CareRecord) -> TodayView:
    today_view = TodayView(record, today=lambda: TODAY)
    runner_for(record).changed.connect(today_view.record_changed)  # as the main window does
    qtbot.addWidget(today_view)
    with qtbot.waitActive(today_view):
        today_view.show()
        today_view.activateWindow()
    return today_view


def open_chooser(qtbot: QtBot, view: TodayView) -> SymptomChooser:
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    chooser = view.findChild(SymptomChooser)
    assert chooser is not None and chooser.isVisible()
    return chooser


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_own_symptom_appears_on_today_and_can_be_logged(
    qtbot: QtBot, view: TodayView, record: CareRecord, reopen: Callable[[], CareRecord]
) -> None:
    chooser = open_chooser(qtbot, view)
    qtbot.keyClicks(chooser.name_edit, "Tingling fingers")
    click(qtbot, chooser.add_button)
    assert chooser.name_edit.text() == ""
    assert "own_tingling_fingers" in chooser.chosen_keys()
    with qtbot.waitSignal(chooser.symptoms_changed):
        click(qtbot, chooser.ok_button)

    scale = view._scales["own_tingling_fingers"]
    assert scale.accessibleName() == "Tingling fingers"
    scale.setFocus()
    qtbot.keyClicks(scale, "6")
    assert view.save()
    view.close()

    again = TodayView(reopen(), today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again._scales["own_tingling_fingers"].value() == 6


def test_own_event_symptom_gets_a_check_box(qtbot: QtBot, view: TodayView) -> None:
    chooser = open_chooser(qtbot, view)
    qtbot.keyClicks(chooser.name_edit, "Fall")
    click(qtbot, chooser.event_choice)
    qtbot.keyClick(chooser.name_edit, Qt.Key.Key_Return)  # Enter adds, it does not close
    assert chooser.isVisible()
    click(qtbot, chooser.ok_button)
    assert view._event_boxes["own_fall"].text() == "Fall — happened today"


@pytest.mark.parametrize(
    ("typed", "message"),
    [("   ", "Please type a name for the symptom."), ("bone PAIN", "already in your list")],
)
def test_a_name_that_cannot_be_used_is_explained_next_to_the_field(
    qtbot: QtBot, view: TodayView, record: CareRecord, typed: str, message: str
) -> None:
    before = len(record.symptoms.all())
    chooser = open_chooser(qtbot, view)
    qtbot.keyClicks(chooser.name_edit, typed)
    click(qtbot, chooser.add_button)
    assert chooser.name_error.isVisible()
    assert message in chooser.name_error.text()
    assert chooser.name_edit.accessibleDescription() == chooser.name_error.text()
    assert len(record.symptoms.all()) == before
    qtbot.keyClicks(chooser.name_edit, "x")
    assert not chooser.name_error.isVisible()


def test_untick_and_reorder_change_today(qtbot: QtBot, view: TodayView, record: CareRecord) -> None:
    chooser = open_chooser(qtbot, view)
    keys = chooser.keys_in_order()
    assert keys[:2] == ["bone_pain", "fatigue"]
    chooser.symptom_list.item(0).setCheckState(Qt.CheckState.Unchecked)  # untick bone pain
    chooser.symptom_list.setCurrentRow(2)  # breathlessness
    click(qtbot, chooser.move_up_button)
    assert chooser.keys_in_order()[:3] == ["bone_pain", "breathlessness", "fatigue"]
    click(qtbot, chooser.ok_button)

    assert "bone_pain" not in view._scales
    assert list(view._scales)[:2] == ["breathlessness", "fatigue"]
    assert [s.key for s in record.symptoms.on_today()][:2] == ["breathlessness", "fatigue"]


def test_cancel_leaves_today_as_it_was(qtbot: QtBot, view: TodayView, record: CareRecord) -> None:
    shown = list(view._scales)
    chooser = open_chooser(qtbot, view)
    chooser.symptom_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClicks(chooser.name_edit, "Dry mouth")
    click(qtbot, chooser.add_button)
    chooser.reject()
    assert list(view._scales) == shown
    assert "own_dry_mouth" not in {s.key for s in record.symptoms.on_today()}


def test_unsaved_values_survive_choosing_symptoms(qtbot: QtBot, view: TodayView) -> None:
    click(qtbot, view._scales["fatigue"].button(5))
    qtbot.keyClicks(view.weight_edit, "70")
    chooser = open_chooser(qtbot, view)
    item = chooser.symptom_list.item(0)
    assert item.data(KEY_ROLE) == "bone_pain"
    item.setCheckState(Qt.CheckState.Unchecked)
    click(qtbot, chooser.ok_button)
    assert view._scales["fatigue"].value() == 5
    assert view.weight_edit.text() == "70"
    assert view.has_unsaved_changes()


def test_the_dialog_is_big_enough_for_its_list_and_nothing_overlaps(
    qtbot: QtBot, view: TodayView
) -> None:
    chooser = open_chooser(qtbot, view)
    chooser.show()
    qtbot.waitExposed(chooser)
    own = chooser.findChild(QGroupBox)
    assert own is not None
    listed = chooser.symptom_list
    assert listed.geometry().bottom() < own.geometry().top()  # the box is under the list
    assert not listed.horizontalScrollBar().isVisible()  # the longest name fits
    assert chooser.height() >= chooser.minimumHeight() >= chooser.layout().minimumSize().height()
    chooser.reject()
