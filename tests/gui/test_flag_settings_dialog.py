"""Flag settings as a person changes them: every default labelled as an adjustable app default
with its value beside it, a changed threshold changing the flags, a wrong value explained next to
its field with nothing saved, "Restore app defaults", and a question before a "contact promptly"
threshold goes above its app default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
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


def answer(dialog: FlagSettingsDialog, change_anyway: bool) -> list[str]:
    """Answer the "keep the app's default?" question; the words asked are collected."""
    asked: list[str] = []

    def ask(explanation: str, how_many: int) -> bool:
        asked.append(explanation)
        return change_anyway

    dialog.ask_change_prompt_threshold = ask  # type: ignore[method-assign]
    return asked


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
    answer(dialog, change_anyway=True)
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


# -- raising a "contact promptly" threshold asks first ------------------------------------------


def test_raising_the_fever_threshold_to_39_asks_and_keep_leaves_the_settings_unchanged(
    qtbot: QtBot, dialog: FlagSettingsDialog, record: CareRecord
) -> None:
    record.daylog.save_day(DayLog(day=TODAY, temperature=38.4), today=TODAY)
    asked = answer(dialog, change_anyway=False)
    saved: list[bool] = []
    dialog.settings_saved.connect(lambda: saved.append(True))
    dialog.spins["fever_from_celsius"].setValue(39.0)
    press(qtbot, dialog.save_button)

    assert len(asked) == 1
    assert asked[0].startswith(
        "A temperature of 38.0 to 38.9 °C will no longer be flagged as a reason to contact "
        "your care team promptly. The app's default of 38.0 °C is adjustable, not a medical rule."
    )
    assert "ASCO/IDSA guideline" in asked[0]  # the knowledge file's words, naming its source
    assert asked[0].endswith(
        "\n\nThe one “contact promptly” flag in this record so far would no longer be raised "
        "that way."
    )
    assert saved == [] and dialog.isVisible()
    assert record.flags.settings() == record.flags.defaults()
    assert dialog.spins["fever_from_celsius"].value() == 38.0  # the default shown again
    assert [flag.symptom_key for flag in record.flags.evaluate()] == ["temperature"]


def test_raising_the_fever_threshold_and_changing_it_anyway_saves(
    qtbot: QtBot, dialog: FlagSettingsDialog, record: CareRecord
) -> None:
    asked = answer(dialog, change_anyway=True)
    dialog.spins["fever_from_celsius"].setValue(39.0)
    press(qtbot, dialog.save_button)
    assert len(asked) == 1
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert record.flags.settings().fever_from_celsius == 39.0


def test_a_raise_already_saved_is_not_asked_again_but_a_further_raise_is(
    qtbot: QtBot, record: CareRecord
) -> None:
    record.flags.save_settings(replace(record.flags.defaults(), fever_from_celsius=38.5))
    dialog = FlagSettingsDialog(record)
    qtbot.addWidget(dialog)
    asked = answer(dialog, change_anyway=True)
    dialog.spins["weight_loss_days"].setValue(45)
    press(qtbot, dialog.save_button)
    assert asked == []
    assert record.flags.settings().weight_loss_days == 45

    dialog = FlagSettingsDialog(record)
    qtbot.addWidget(dialog)
    asked = answer(dialog, change_anyway=True)
    dialog.spins["fever_from_celsius"].setValue(38.6)
    press(qtbot, dialog.save_button)
    # Measured from the app default, not from the value saved before.
    assert asked[0].startswith("A temperature of 38.0 to 38.5 °C will no longer")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("fever_from_celsius", 37.8),  # lower: more flags
        ("promptly_from_severity", 6),  # lower: more flags
        ("mention_from_severity", 6),  # a "mention at your next visit" threshold
        ("worsening_points", 4),
        ("weight_loss_percent", 10.0),
        ("persistent_days:headache", 7),
    ],
)
def test_lowering_a_prompt_threshold_or_changing_a_mention_one_asks_nothing(
    qtbot: QtBot, dialog: FlagSettingsDialog, record: CareRecord, name: str, value: float
) -> None:
    asked = answer(dialog, change_anyway=False)
    dialog.spins[name].setValue(value)
    press(qtbot, dialog.save_button)
    assert asked == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert record.flags.settings() != record.flags.defaults()


def test_raising_the_severity_level_names_the_levels_that_become_mention_ones(
    qtbot: QtBot, dialog: FlagSettingsDialog, record: CareRecord
) -> None:
    record.daylog.save_day(DayLog(day=TODAY, severities={"bone_pain": 8}), today=TODAY)
    asked = answer(dialog, change_anyway=True)
    dialog.spins["promptly_from_severity"].setValue(9)
    press(qtbot, dialog.save_button)
    assert asked == [
        "A symptom you rate 7 to 8 (out of 10) will no longer be flagged as a reason to contact "
        "your care team promptly. It will still be flagged to mention at your next visit. "
        "The app's default of 7 is where its scale calls a symptom severe; it is adjustable, "
        "not a medical rule.\n\n"
        "The one “contact promptly” flag in this record so far would no longer be raised that way."
    ]
    assert [flag.level.value for flag in record.flags.evaluate()] == ["next_visit"]


def test_both_raised_are_asked_about_in_one_question(
    qtbot: QtBot, dialog: FlagSettingsDialog, record: CareRecord
) -> None:
    asked = answer(dialog, change_anyway=False)
    dialog.spins["promptly_from_severity"].setValue(8)
    dialog.spins["mention_from_severity"].setValue(8)
    dialog.spins["fever_from_celsius"].setValue(38.1)
    press(qtbot, dialog.save_button)
    assert len(asked) == 1
    severity, fever = asked[0].split("\n\n")
    assert severity.startswith("A symptom you rate 7 (out of 10) will no longer be flagged")
    assert "still be flagged to mention" not in severity  # 7 is below the "mention" level 8
    assert fever.startswith("A temperature of 38.0 °C will no longer be flagged")
    assert dialog.spins["promptly_from_severity"].value() == 7
    assert dialog.spins["mention_from_severity"].value() == 8  # only raised prompt ones go back
    assert record.flags.settings() == record.flags.defaults()


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_the_real_question_keeps_the_default_on_escape_and_enter(
    qtbot: QtBot, dialog: FlagSettingsDialog, record: CareRecord, key: Qt.Key
) -> None:
    seen: list[tuple[str, set[str], str]] = []

    def press_key() -> None:
        box = dialog.question_box
        assert box is not None and box.isVisible()
        assert "38.0 to 38.9 °C" in box.informativeText()
        assert "ask your care team" in box.informativeText()
        buttons = {button.text() for button in box.buttons()}
        seen.append((box.text(), buttons, box.defaultButton().text()))
        qtbot.keyClick(box, key)

    QTimer.singleShot(100, press_key)
    dialog.spins["fever_from_celsius"].setValue(39.0)
    assert not dialog.save()
    assert seen == [
        (
            "Keep the app's default?",
            {"Keep the app's default", "Change it anyway"},
            "Keep the app's default",
        )
    ]
    assert record.flags.settings() == record.flags.defaults()


def test_the_question_counts_the_prompt_flags_this_record_would_lose(
    qtbot: QtBot, dialog: FlagSettingsDialog, record: CareRecord
) -> None:
    for day, celsius in [(TODAY, 38.2), (TODAY - dt.timedelta(days=10), 38.4)]:
        record.daylog.save_day(DayLog(day=day, temperature=celsius), today=TODAY)
    record.daylog.save_day(DayLog(day=TODAY - dt.timedelta(days=20), temperature=39.1), today=TODAY)
    asked = answer(dialog, change_anyway=False)
    dialog.spins["fever_from_celsius"].setValue(38.5)
    press(qtbot, dialog.save_button)
    assert asked[0].endswith(
        "\n\n2 of the 3 “contact promptly” flags in this record so far would no longer be "
        "raised that way."
    )

    asked.clear()
    dialog.spins["fever_from_celsius"].setValue(38.1)
    press(qtbot, dialog.save_button)
    assert asked[0].endswith(
        "\n\nNone of the “contact promptly” flags in this record so far would change."
    )
