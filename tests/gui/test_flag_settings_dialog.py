"""Flag settings as a person changes them: every default labelled as an adjustable app default
with its value beside it, a changed threshold changing the flags, a wrong value explained next to
its field with nothing saved, and "Restore app defaults".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.gui.flag_settings_dialog import FlagSettingsDialog
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def dialog(qtbot: QtBot, record: CareRecord) -> FlagSettingsDialog:
    shown = FlagSettingsDialog(record)
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def changed_dialog(qtbot: QtBot, record: CareRecord) -> tuple[FlagSettingsDialog, CareRecord]:
    """A dialog opened on a record whose settings were changed before."""
    defaults = record.flags.defaults()
    record.flags.save_settings(
        replace(
            defaults,
            mention_from_severity=5,
            persistent_days={**defaults.persistent_days, "headache": 6},
        )
    )
    shown = FlagSettingsDialog(record)
    qtbot.addWidget(shown)
    shown.show()
    return shown, record


def type_into(qtbot: QtBot, dialog: FlagSettingsDialog, name: str, text: str) -> None:
    spin = dialog.spins[name]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def press(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_default_is_labelled_as_an_adjustable_app_default(
    dialog: FlagSettingsDialog, record: CareRecord
) -> None:
    defaults = record.flags.defaults()
    expected = {
        "mention_from_severity",
        "promptly_from_severity",
        "worsening_points",
        "baseline_days",
        "baseline_min_days",
        "weight_loss_percent",
        "weight_loss_days",
        "episode_gap_days",
        "fever_from_celsius",
    } | {f"persistent_days:{key}" for key in defaults.persistent_days}
    assert set(dialog.spins) == expected
    assert "headache" in defaults.persistent_days
    for label in dialog.default_labels.values():
        assert "App default:" in label.text()
        assert "adjustable, not a medical rule" in label.text()
    assert dialog.default_labels["mention_from_severity"].text().startswith("App default: 4 ")
    assert dialog.spins["mention_from_severity"].value() == 4
    assert dialog.default_labels["fever_from_celsius"].text().startswith("App default: 38.0 ")
    assert dialog.spins["fever_from_celsius"].value() == 38.0
    headache = dialog.spins["persistent_days:headache"]
    assert "Headache" in headache.accessibleName()


def test_mention_from_5_means_a_severity_4_day_is_no_longer_flagged(
    qtbot: QtBot, dialog: FlagSettingsDialog, record: CareRecord
) -> None:
    record.daylog.save_day(DayLog(day=TODAY, severities={"bone_pain": 4}), today=TODAY)
    assert [flag.symptom_key for flag in record.flags.evaluate()] == ["bone_pain"]
    saved: list[bool] = []
    dialog.settings_saved.connect(lambda: saved.append(True))
    type_into(qtbot, dialog, "mention_from_severity", "5")
    press(qtbot, dialog.save_button)
    assert saved == [True]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert record.flags.settings().mention_from_severity == 5
    assert record.flags.evaluate() == []


def test_a_fever_threshold_of_38_5_means_38_2_is_no_longer_flagged(
    qtbot: QtBot, dialog: FlagSettingsDialog, record: CareRecord
) -> None:
    record.daylog.save_day(DayLog(day=TODAY, temperature=38.2), today=TODAY)
    assert [flag.symptom_key for flag in record.flags.evaluate()] == ["temperature"]
    dialog.spins["fever_from_celsius"].setValue(38.5)
    press(qtbot, dialog.save_button)
    assert record.flags.settings().fever_from_celsius == 38.5
    assert record.flags.evaluate() == []


def test_a_wrong_value_is_explained_next_to_it_and_nothing_is_saved(
    qtbot: QtBot, dialog: FlagSettingsDialog, record: CareRecord
) -> None:
    type_into(qtbot, dialog, "mention_from_severity", "0")
    type_into(qtbot, dialog, "weight_loss_days", "45")  # fine on its own
    press(qtbot, dialog.save_button)
    error = dialog.errors["mention_from_severity"]
    assert error.isVisible()
    assert error.text() == "Please choose a value from 1 to 10."
    assert not dialog.errors["weight_loss_days"].isVisible()
    assert dialog.summary_label.isVisible()
    assert dialog.isVisible()
    assert record.flags.settings() == record.flags.defaults()

    # Typing a new value clears the sentence; the two thresholds are checked together too.
    type_into(qtbot, dialog, "mention_from_severity", "8")
    assert not error.isVisible()
    press(qtbot, dialog.save_button)
    assert "must not be below" in dialog.errors["promptly_from_severity"].text()
    assert record.flags.settings() == record.flags.defaults()


def test_restore_app_defaults_fills_every_field_and_saving_forgets_the_changes(
    qtbot: QtBot, changed_dialog: tuple[FlagSettingsDialog, CareRecord]
) -> None:
    dialog, record = changed_dialog
    assert dialog.spins["mention_from_severity"].value() == 5
    assert dialog.spins["persistent_days:headache"].value() == 6
    press(qtbot, dialog.restore_button)
    defaults = record.flags.defaults()
    assert dialog.spins["mention_from_severity"].value() == defaults.mention_from_severity
    assert dialog.spins["persistent_days:headache"].value() == defaults.persistent_days["headache"]
    assert record.flags.settings().mention_from_severity == 5  # not saved until Save
    press(qtbot, dialog.save_button)
    assert record.flags.settings() == defaults
