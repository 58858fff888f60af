"""A treatment's schedule through the treatment form and on the Treatments page: typed and saved,
read back after reopening the record; problems shown under their fields with nothing saved; a
change that takes effect from a chosen day keeps the doses already recorded; the page says the
cycle and day and the next infusion for a fixed "today"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Route, Treatment, TreatmentCategory
from mbc_tracker.domain.schedules import (
    DoseRecord,
    DoseState,
    DoseStatus,
    Schedule,
    ScheduleKind,
)
from mbc_tracker.gui.treatment_form import TreatmentForm
from mbc_tracker.gui.treatments_view import TreatmentsView
from mbc_tracker.gui.widgets import ErrorLabel
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 11, 30)  # a Monday
# Typing into the medicine's or unit's field opens the suggestions pop-up, which the offscreen
# platform cannot raise or give the keyboard to; that says nothing about this form.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def choose(combo: object, value: object) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def open_form(record: CareRecord, qtbot: QtBot, treatment: Treatment | None) -> TreatmentForm:
    form = TreatmentForm(record, treatment, TODAY)
    qtbot.addWidget(form)
    form.show()
    return form


def press_save(form: TreatmentForm, qtbot: QtBot) -> None:
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def message_under(form: TreatmentForm, field: object) -> str:
    labels = [label for label in form.findChildren(ErrorLabel) if label.field is field]
    assert len(labels) == 1
    return "" if labels[0].isHidden() else labels[0].text()


def fill_palbociclib(form: TreatmentForm, qtbot: QtBot) -> None:
    choose(form.category_combo, TreatmentCategory.CDK46_INHIBITOR)
    qtbot.keyClicks(form.name_combo.lineEdit(), "palbociclib")
    choose(form.route_combo, Route.ORAL)
    form.start_edit.set_date_value(dt.date(2026, 9, 28))


def test_a_cycle_schedule_is_saved_and_shown_again_after_reopening(
    record: CareRecord, reopen: Callable[[], CareRecord], qtbot: QtBot
) -> None:
    form = open_form(record, qtbot, None)
    fields = form.schedule
    assert not form.form.isRowVisible(fields.days_on_spin.parentWidget())
    assert "never suggests doses" in fields.note_label.text()
    fill_palbociclib(form, qtbot)
    choose(fields.kind_combo, ScheduleKind.CYCLE)
    assert form.form.isRowVisible(fields.days_on_spin.parentWidget())
    assert not form.form.isRowVisible(fields.reason_edit.parentWidget())
    assert fields.days_on_spin.text() == "Not given"  # the app proposes no number
    assert fields.start_edit.date_value() == dt.date(2026, 9, 28)  # follows the treatment's start
    fields.days_on_spin.setValue(21)
    fields.days_off_spin.setValue(7)
    qtbot.keyClicks(fields.times_edit, "8")
    qtbot.keyClicks(fields.dose_edit, "125")
    qtbot.keyClicks(fields.unit_edit, "mg")
    assert "mg" in fields.unit_edit.completer().model().stringList()  # type: ignore[attr-defined]
    press_save(form, qtbot)
    assert form.result() == TreatmentForm.DialogCode.Accepted

    again = reopen()
    (treatment,) = again.treatments.list()
    assert treatment.id is not None
    assert again.medicines.schedules(treatment.id) == [
        Schedule(
            ScheduleKind.CYCLE,
            dt.date(2026, 9, 28),
            times=(dt.time(8),),
            days_on=21,
            days_off=7,
            dose="125",
            unit="mg",
        )
    ]
    shown = open_form(again, qtbot, treatment).schedule
    assert shown.kind() is ScheduleKind.CYCLE
    assert (shown.days_on_spin.value(), shown.days_off_spin.value()) == (21, 7)
    assert shown.times_edit.text() == "08:00"
    assert (shown.dose_edit.text(), shown.unit_edit.text()) == ("125", "mg")
    assert shown.start_edit.date_value() == TODAY  # a change would take effect from today


def test_schedule_problems_are_shown_under_their_fields_and_nothing_is_saved(
    record: CareRecord, qtbot: QtBot
) -> None:
    form = open_form(record, qtbot, None)
    fields = form.schedule
    fill_palbociclib(form, qtbot)
    choose(fields.kind_combo, ScheduleKind.CYCLE)
    qtbot.keyClicks(fields.times_edit, "8, 25:00")
    press_save(form, qtbot)
    assert form.result() != TreatmentForm.DialogCode.Accepted
    assert message_under(form, fields.days_on_spin).startswith("Please give the days on")
    assert message_under(form, fields.days_off_spin).startswith("Please give the days off")
    assert "is not a time of day" in message_under(form, fields.times_edit)
    assert record.treatments.list() == []  # the treatment is not saved without its schedule

    choose(fields.kind_combo, ScheduleKind.INTERVAL)
    press_save(form, qtbot)
    assert message_under(form, fields.every_box).startswith("Please give a number of days")
    assert record.treatments.list() == []


def test_a_changed_schedule_takes_effect_from_the_chosen_day_and_keeps_past_doses(
    record: CareRecord, reopen: Callable[[], CareRecord], qtbot: QtBot
) -> None:
    treatment = record.treatments.add(
        Treatment(TreatmentCategory.HORMONE_THERAPY, "letrozole", dt.date(2026, 11, 1)), TODAY
    )
    assert treatment.id is not None
    record.medicines.set_schedule(
        treatment.id,
        Schedule(ScheduleKind.DAILY, dt.date(2026, 11, 1), times=(dt.time(9),), unit="tablet"),
    )
    before = TODAY - dt.timedelta(days=2)
    record.medicines.record_dose(
        treatment.id,
        DoseRecord(
            before, dt.time(9), DoseStatus.TAKEN, at=dt.datetime.combine(before, dt.time(9))
        ),
    )
    form = open_form(record, qtbot, treatment)
    fields = form.schedule
    assert fields.start_edit.date_value() == TODAY
    fields.times_edit.clear()
    qtbot.keyClicks(fields.times_edit, "8 20")
    fields.start_edit.set_date_value(TODAY - dt.timedelta(days=1))
    press_save(form, qtbot)
    assert form.result() == TreatmentForm.DialogCode.Accepted

    again = reopen()
    (old_day,) = again.medicines.day(before, dt.datetime.combine(TODAY, dt.time(12)))
    assert [(dose.slot.time, dose.state) for dose in old_day.doses] == [
        (dt.time(9), DoseState.TAKEN)
    ]
    (new_day,) = again.medicines.day(TODAY, dt.datetime.combine(TODAY, dt.time(12)))
    assert [dose.slot.time for dose in new_day.doses] == [dt.time(8), dt.time(20)]
    assert [s.starts_on for s in again.medicines.schedules(treatment.id)] == [
        dt.date(2026, 11, 1),
        TODAY - dt.timedelta(days=1),
    ]

    # A change cannot reach back before the schedule it changes began.
    form = open_form(again, qtbot, again.treatments.list()[0])
    form.schedule.times_edit.clear()
    qtbot.keyClicks(form.schedule.times_edit, "10")
    form.schedule.start_edit.set_date_value(dt.date(2026, 11, 2))
    press_save(form, qtbot)
    assert form.result() != TreatmentForm.DialogCode.Accepted
    assert message_under(form, form.schedule.start_edit) == (
        "A change can take effect from 29 November 2026 at the earliest."
    )


def test_treatments_page_says_the_cycle_day_and_the_next_infusion(
    record: CareRecord, qtbot: QtBot
) -> None:
    palbociclib = record.treatments.add(
        Treatment(
            TreatmentCategory.CDK46_INHIBITOR, "palbociclib", dt.date(2026, 9, 28), Route.ORAL
        ),
        TODAY,
    )
    trastuzumab = record.treatments.add(
        Treatment(TreatmentCategory.ANTI_HER2, "trastuzumab", dt.date(2026, 10, 19), Route.IV),
        TODAY,
    )
    paracetamol = record.treatments.add(
        Treatment(TreatmentCategory.OTHER, "paracetamol", dt.date(2026, 10, 1), Route.ORAL), TODAY
    )
    assert palbociclib.id and trastuzumab.id and paracetamol.id
    medicines = record.medicines
    # Day 1 of cycle 1 on 28 September: 30 November is day 8 of cycle 3, in the days on.
    medicines.set_schedule(
        palbociclib.id,
        Schedule(ScheduleKind.CYCLE, dt.date(2026, 9, 28), days_on=21, days_off=7, unit="mg",
                 dose="125"),
    )  # fmt: skip
    # Every 3 weeks from 19 October: 9 and 30 November, then 21 December.
    medicines.set_schedule(
        trastuzumab.id, Schedule(ScheduleKind.INTERVAL, dt.date(2026, 10, 19), every_days=21)
    )
    medicines.set_schedule(
        paracetamol.id,
        Schedule(
            ScheduleKind.AS_NEEDED,
            dt.date(2026, 10, 1),
            reason="pain",
            minimum_gap=dt.timedelta(hours=4),
        ),
    )
    view = TreatmentsView(record, today=lambda: TODAY)
    qtbot.addWidget(view)
    lines = [line.strip() for line in view.now_label.text().splitlines()]
    assert lines[lines.index("125 mg, 21 days on, 7 days off") + 1] == "Cycle 3, day 8 (days on)"
    assert "Every 3 weeks" in lines
    assert "Next infusion: today, Monday 30 November 2026" in lines
    assert "As needed for pain, at least 4 hours apart" in lines

    view_later = TreatmentsView(record, today=lambda: dt.date(2026, 12, 1))
    qtbot.addWidget(view_later)
    assert "Next infusion: Monday 21 December 2026" in view_later.now_label.text()
    view_off = TreatmentsView(record, today=lambda: dt.date(2026, 12, 17))
    qtbot.addWidget(view_off)
    text = view_off.now_label.text()
    assert "Cycle 3, day 25 (days off)" in text
    assert "Next dose: Monday 21 December 2026" in text  # palbociclib's cycle 4 begins


def test_no_next_infusion_is_promised_after_the_day_the_treatment_ends(
    record: CareRecord, qtbot: QtBot
) -> None:
    # Every 3 weeks from 19 October (9 and 30 November, 21 December), but her team set the
    # treatment to end on 10 December; the schedule itself was left without an end.
    trastuzumab = record.treatments.add(
        Treatment(
            TreatmentCategory.ANTI_HER2,
            "trastuzumab",
            dt.date(2026, 10, 19),
            Route.IV,
            end_date=dt.date(2026, 12, 10),
        ),
        TODAY,
    )
    assert trastuzumab.id
    record.medicines.set_schedule(
        trastuzumab.id, Schedule(ScheduleKind.INTERVAL, dt.date(2026, 10, 19), every_days=21)
    )
    view = TreatmentsView(record, today=lambda: dt.date(2026, 12, 1))
    qtbot.addWidget(view)
    text = view.now_label.text()
    assert "trastuzumab" in text and "Every 3 weeks" in text
    assert "Next infusion" not in text


def test_choosing_no_schedule_stops_it_from_the_chosen_day_and_keeps_the_days_before(
    record: CareRecord, reopen: Callable[[], CareRecord], qtbot: QtBot
) -> None:
    treatment = record.treatments.add(
        Treatment(TreatmentCategory.HORMONE_THERAPY, "letrozole", dt.date(2026, 11, 1)), TODAY
    )
    assert treatment.id is not None
    record.medicines.set_schedule(
        treatment.id, Schedule(ScheduleKind.DAILY, dt.date(2026, 11, 1), times=(dt.time(9),))
    )
    form = open_form(record, qtbot, treatment)
    choose(form.schedule.kind_combo, None)
    assert form.form.isRowVisible(form.schedule.start_edit.parentWidget())
    assert not form.form.isRowVisible(form.schedule.dose_edit.parentWidget())
    form.schedule.start_edit.set_date_value(dt.date(2026, 11, 20))
    press_save(form, qtbot)
    assert form.result() == TreatmentForm.DialogCode.Accepted

    again = reopen()
    noon = dt.datetime.combine(TODAY, dt.time(12))
    (kept,) = again.medicines.day(dt.date(2026, 11, 19), noon)
    assert [dose.state for dose in kept.doses] == [DoseState.NOT_RECORDED]
    assert again.medicines.day(dt.date(2026, 11, 20), noon) == []
    assert again.medicines.day(TODAY, noon) == []


def test_a_schedule_that_ended_is_named_in_the_form_not_silently_shown_as_none(
    record: CareRecord, qtbot: QtBot
) -> None:
    treatment = record.treatments.add(
        Treatment(TreatmentCategory.HORMONE_THERAPY, "letrozole", dt.date(2026, 9, 1)), TODAY
    )
    assert treatment.id is not None
    record.medicines.set_schedule(
        treatment.id,
        Schedule(
            ScheduleKind.DAILY,
            dt.date(2026, 9, 1),
            ends_on=dt.date(2026, 11, 20),
            times=(dt.time(9),),
        ),
    )
    form = open_form(record, qtbot, treatment)
    assert form.schedule.kind_combo.currentData() is None
    hints = [
        label.text()
        for label in form.schedule.kind_combo.parentWidget().findChildren(QLabel, "hint")
        if label.isVisibleTo(form)
    ]
    assert hints == [
        "The schedule from 1 September 2026 ended on 20 November 2026; the doses recorded are "
        "kept. Choose how it is taken only if it starts again."
    ]
    # Saving the form as it stands changes nothing of that schedule.
    press_save(form, qtbot)
    assert form.result() == TreatmentForm.DialogCode.Accepted
    (kept,) = record.medicines.schedules(treatment.id)
    assert kept.ends_on == dt.date(2026, 11, 20)
