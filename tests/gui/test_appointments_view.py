"""The Appointments screen used as a person would: add a visit, write and tick off questions,
carry unanswered ones over, delete and undo, export to a calendar file, and reopen the record.

The clock is fixed (``NOW``). Only the small ``run_form`` and ``ask_...`` methods are replaced:
the form itself is real, filled in through its widgets and saved with its Save button.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Appointment, AppointmentKind
from mbc_tracker.gui.appointment_form import AppointmentForm
from mbc_tracker.gui.appointments_view import AppointmentsView
from mbc_tracker.gui.questions_panel import when_text
from mbc_tracker.gui.widgets import OptionalDateEdit
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.appointments import PASSED
from mbc_tracker.services.record import CareRecord, open_record

NOW = dt.datetime(2025, 3, 10, 12, 0)
QUESTION = "Scans, bloods; then what?\nAnd the trial 🎗️"

FormFiller = Callable[[AppointmentForm], None]


def clock() -> dt.datetime:
    return NOW


def make_view(qtbot: QtBot, record: CareRecord) -> AppointmentsView:
    view = AppointmentsView(record, now=clock)
    qtbot.addWidget(view)
    view.resize(1040, 780)
    with qtbot.waitActive(view):  # shortcuts only reach an active window
        view.show()
    return view


@pytest.fixture
def view(qtbot: QtBot, record: CareRecord) -> Iterator[AppointmentsView]:
    yield make_view(qtbot, record)


def fill(
    day: dt.date | None,
    time: tuple[int, int] = (10, 30),
    kind: AppointmentKind | None = AppointmentKind.ONCOLOGY_VISIT,
    clinician: str = "",
    place: str = "",
) -> FormFiller:
    def filler(form: AppointmentForm) -> None:
        form.date_edit.set_date_value(day)
        form.time_edit.setTime(QTime(*time))
        form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind.value if kind else ""))
        form.clinician_edit.clear()
        form.clinician_edit.insert(clinician)
        form.place_edit.clear()
        form.place_edit.insert(place)

    return filler


@dataclass
class FormOutcome:
    """What a person saw after pressing Save: accepted, or messages under fields."""

    accepted: bool
    problems: dict[str, str]
    focused: QWidget | None


def answer_forms_with(
    monkeypatch: pytest.MonkeyPatch, view: AppointmentsView, qtbot: QtBot, filler: FormFiller
) -> list[FormOutcome]:
    """Fill each form the view opens and press Save, as ``exec()`` would let a person do."""
    outcomes: list[FormOutcome] = []

    def run_form(form: AppointmentForm) -> bool:
        form.show()
        qtbot.waitExposed(form)
        filler(form)
        qtbot.mouseClick(
            form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        accepted = form.result() == form.DialogCode.Accepted
        problems = {
            key: label.text() for key, label in form._errors.items() if not label.isHidden()
        }
        outcomes.append(FormOutcome(accepted, problems, form.focusWidget()))
        form.close()
        return accepted

    monkeypatch.setattr(view, "run_form", run_form)
    return outcomes


def shown(view: AppointmentsView, column: int = 0) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def add_question(qtbot: QtBot, view: AppointmentsView, text: str) -> None:
    panel = view.questions_panel
    panel.new_question_edit.setFocus()
    panel.new_question_edit.insert(text)
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(panel.new_question_edit, Qt.Key.Key_Return)


def test_a_visit_with_questions_ticked_off_survives_reopening(
    qtbot: QtBot,
    view: AppointmentsView,
    record: CareRecord,
    data_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_forms_with(
        monkeypatch,
        view,
        qtbot,
        fill(dt.date(2025, 3, 14), clinician="Dr Lee", place="Riverside Clinic"),
    )
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_item().clinician == "Dr Lee"
    assert "Saved" in view.status_label.text()

    add_question(qtbot, view, "Can I travel in May?")
    add_question(qtbot, view, "Is the new pain from the bones?")
    panel = view.questions_panel
    assert panel.question_list.count() == 2
    assert panel.new_question_edit.text() == ""

    panel.question_list.setCurrentRow(1)
    panel.answer_edit.insert("Possibly; an X-ray is booked.")
    with qtbot.waitSignal(view.items_changed):
        qtbot.mouseClick(panel.tick_button, Qt.MouseButton.LeftButton)
    assert panel.question_list.item(1).checkState() == Qt.CheckState.Checked
    assert "X-ray is booked" in panel.question_list.item(1).text()
    assert panel.question_list.item(0).checkState() == Qt.CheckState.Unchecked
    assert shown(view, 3) == ["1 to ask"]
    record.close()

    reopened = open_record(record.path, data_paths)
    try:
        again = make_view(qtbot, reopened)
        assert shown(again, 1) == ["Oncology visit"]
        again.table.selectRow(0)
        questions = again.questions_panel.question_list
        assert [questions.item(row).checkState() for row in range(2)] == [
            Qt.CheckState.Unchecked,
            Qt.CheckState.Checked,
        ]
        assert questions.item(0).text() == "Can I travel in May?"
        assert "Possibly; an X-ray is booked." in questions.item(1).text()
    finally:
        reopened.close()


def test_a_time_that_has_passed_is_refused_under_upcoming(
    qtbot: QtBot, view: AppointmentsView, record: CareRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcomes = answer_forms_with(monkeypatch, view, qtbot, fill(dt.date(2025, 3, 10), (9, 0)))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    (outcome,) = outcomes
    assert not outcome.accepted  # the dialog stays open with the message under the date
    assert outcome.problems == {"starts_at": PASSED}
    assert record.appointments.list() == ()

    # The same appointment is welcome under Past.
    qtbot.mouseClick(view.past_button, Qt.MouseButton.LeftButton)
    assert not view.showing_upcoming()
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert len(record.appointments.past(NOW)) == 1
    assert shown(view, 1) == ["Oncology visit"]


def test_date_and_kind_are_required_and_every_problem_is_shown(
    qtbot: QtBot, view: AppointmentsView, record: CareRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcomes = answer_forms_with(
        monkeypatch, view, qtbot, fill(None, kind=None, clinician="Dr\x07 Lee")
    )
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    (outcome,) = outcomes
    assert not outcome.accepted
    assert set(outcome.problems) == {"starts_at", "kind", "clinician"}
    assert "control character" in outcome.problems["clinician"]
    assert isinstance(outcome.focused, OptionalDateEdit)  # the first problem gets the focus
    assert record.appointments.list() == ()


def test_unanswered_questions_are_offered_for_the_next_visit(
    qtbot: QtBot, record: CareRecord
) -> None:
    service = record.appointments
    earlier = service.add(
        Appointment(dt.datetime(2025, 2, 10, 10, 0), AppointmentKind.ONCOLOGY_VISIT),
        now=NOW,
        upcoming=False,
    )
    assert earlier.id is not None
    for text in ("Can I travel?", "What about the hip pain?", "Is the rash normal?"):
        service.add_question(earlier.id, text)
    asked = service.add_question(earlier.id, "Already answered")
    assert asked.id is not None
    service.set_answered(asked.id, True, "Yes")
    service.add(Appointment(dt.datetime(2025, 3, 13, 8, 0), AppointmentKind.BLOOD_TEST), now=NOW)
    next_visit = service.add(
        Appointment(dt.datetime(2025, 3, 14, 10, 0), AppointmentKind.ONCOLOGY_VISIT), now=NOW
    )

    view = make_view(qtbot, record)
    panel = view.questions_panel
    view.table.selectRow(0)  # the blood test: no offer there
    assert panel.offer_box.isHidden()
    view.select(next_visit)
    assert panel.offer_box.isVisible()
    assert panel.offer_label.text().startswith(
        "3 questions from earlier visits were not answered yet — add them to this visit?"
    )
    with qtbot.waitSignal(view.items_changed):
        qtbot.mouseClick(panel.carry_button, Qt.MouseButton.LeftButton)
    assert [panel.question_list.item(row).text() for row in range(3)] == [
        "Can I travel?",
        "What about the hip pain?",
        "Is the rash normal?",
    ]
    assert panel.offer_box.isHidden()
    assert shown(view, 3) == ["", "3 to ask"]


def test_not_now_puts_the_offer_aside(qtbot: QtBot, record: CareRecord) -> None:
    service = record.appointments
    earlier = service.add(
        Appointment(dt.datetime(2025, 2, 10, 10, 0), AppointmentKind.ONCOLOGY_VISIT),
        now=NOW,
        upcoming=False,
    )
    assert earlier.id is not None
    service.add_question(earlier.id, "Can I travel?")
    service.add(Appointment(dt.datetime(2025, 3, 14), AppointmentKind.ONCOLOGY_VISIT), now=NOW)
    view = make_view(qtbot, record)
    panel = view.questions_panel
    assert panel.offer_label.text().startswith("1 question from an earlier visit")
    qtbot.mouseClick(panel.not_now_button, Qt.MouseButton.LeftButton)
    assert panel.offer_box.isHidden()
    view.refresh()
    assert panel.offer_box.isHidden()
    assert panel.question_list.count() == 0


def test_delete_then_ctrl_z_brings_the_visit_back_with_its_questions(
    qtbot: QtBot, view: AppointmentsView, record: CareRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = record.appointments.add(
        Appointment(dt.datetime(2025, 3, 14, 10, 30), AppointmentKind.CT_SCAN, place="Imaging"),
        now=NOW,
    )
    view.refresh(select=saved)
    add_question(qtbot, view, "Do I need to fast?")
    add_question(qtbot, view, "How long does it take?")
    before = record.appointments.list()

    monkeypatch.setattr(view, "ask_confirm_delete", lambda _what: True)
    view.table.setFocus()
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert record.appointments.list() == ()
    assert view.proxy.rowCount() == 0
    assert view.questions_panel.question_list.count() == 0

    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert record.appointments.list() == before
    assert view.selected_item() == before[0]
    questions = view.questions_panel.question_list
    assert [questions.item(row).text() for row in range(questions.count())] == [
        "Do I need to fast?",
        "How long does it take?",
    ]


def test_removing_and_unticking_a_question(
    qtbot: QtBot, view: AppointmentsView, record: CareRecord
) -> None:
    saved = record.appointments.add(
        Appointment(dt.datetime(2025, 3, 14, 10, 30), AppointmentKind.ONCOLOGY_VISIT), now=NOW
    )
    view.refresh(select=saved)
    add_question(qtbot, view, "First")
    add_question(qtbot, view, "Second")
    panel = view.questions_panel
    panel.question_list.setFocus()
    panel.question_list.setCurrentRow(0)
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(panel.question_list, Qt.Key.Key_Space)
    assert record.appointments.list()[0].questions[0].answered
    with qtbot.waitSignal(view.items_changed):
        panel.question_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not record.appointments.list()[0].questions[0].answered

    panel.question_list.setCurrentRow(0)
    with qtbot.waitSignal(view.items_changed):
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [q.text for q in record.appointments.list()[0].questions] == ["Second"]
    assert panel.question_list.currentItem().text() == "Second"

    panel.new_question_edit.insert("   ")
    qtbot.keyClick(panel.new_question_edit, Qt.Key.Key_Return)
    assert panel.question_error.isVisible()
    assert panel.question_error.text() == "Please type the question."


def test_export_writes_a_calendar_file_that_reads_back(
    qtbot: QtBot,
    view: AppointmentsView,
    record: CareRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = record.appointments
    visit = service.add(
        Appointment(
            dt.datetime(2025, 3, 14, 10, 30),
            AppointmentKind.ONCOLOGY_VISIT,
            clinician="Dr Lee",
            place="Riverside Clinic, room 4; 2nd floor",
        ),
        now=NOW,
    )
    service.add(Appointment(dt.datetime(2025, 3, 20, 9, 0), AppointmentKind.MRI_SCAN), now=NOW)
    view.refresh(select=visit)
    add_question(qtbot, view, "Can I travel?")  # typed in the panel
    assert visit.id is not None
    service.add_question(visit.id, QUESTION)  # a line break cannot be typed in the field

    asked: list[str] = []
    target = tmp_path / "visit.ics"

    def ask_ics_file(suggested: str) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(view, "ask_ics_file", ask_ics_file)
    view.export_selected_action.trigger()
    assert asked == ["appointment-2025-03-14.ics"]
    assert "Saved 1 appointment to visit.ics" in view.status_label.text()
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == dt.datetime(2025, 3, 14, 10, 30)
    assert str(event["SUMMARY"]) == "Oncology visit – Dr Lee"
    assert str(event["LOCATION"]) == "Riverside Clinic, room 4; 2nd floor"
    assert "- Can I travel?" in str(event["DESCRIPTION"])
    assert f"- {QUESTION}" in str(event["DESCRIPTION"])
    assert "Ann Example" in str(event["DESCRIPTION"])
    assert all(len(line) <= 75 for line in target.read_bytes().split(b"\r\n"))

    target = tmp_path / "all.ics"
    view.export_all_action.trigger()
    starts = [
        event.decoded("DTSTART")
        for event in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    ]
    assert starts == [dt.datetime(2025, 3, 14, 10, 30), dt.datetime(2025, 3, 20, 9, 0)]

    # Cancelling the file dialog writes nothing; Past appointments are not exported.
    monkeypatch.setattr(view, "ask_ics_file", lambda _suggested: None)
    view.export_all_action.trigger()
    view.show_upcoming(False)
    assert not view.export_button.isEnabled()


def test_an_export_that_cannot_be_written_says_so(
    qtbot: QtBot,
    view: AppointmentsView,
    record: CareRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record.appointments.add(
        Appointment(dt.datetime(2025, 3, 14, 10, 30), AppointmentKind.INFUSION), now=NOW
    )
    view.refresh()
    monkeypatch.setattr(view, "ask_ics_file", lambda _s: tmp_path / "missing" / "a.ics")
    view.export_all_upcoming()
    assert view.status_label.text() == (
        f"The folder {tmp_path / 'missing'} does not exist; please create it first, "
        "or choose another folder for the calendar file."
    )
    assert not (tmp_path / "missing").exists()


def test_a_calendar_file_is_never_written_over_the_record(
    qtbot: QtBot,
    view: AppointmentsView,
    record: CareRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record.appointments.add(
        Appointment(dt.datetime(2025, 3, 14, 10, 30), AppointmentKind.INFUSION), now=NOW
    )
    view.refresh()
    before = record.path.read_bytes()
    names_before = sorted(tmp_path.rglob("*"))
    monkeypatch.setattr(view, "ask_ics_file", lambda _s: record.path)

    view.export_all_upcoming()

    assert view.status_label.text() == (
        "“record.mbcrecord” is your record itself; "
        "please choose another name for the calendar file."
    )
    assert record.path.read_bytes() == before
    assert sorted(tmp_path.rglob("*")) == names_before


def test_upcoming_soonest_first_past_most_recent_first_and_the_filter(
    qtbot: QtBot, record: CareRecord
) -> None:
    service = record.appointments
    for day, kind in ((20, AppointmentKind.PET_SCAN), (12, AppointmentKind.XRAY)):
        service.add(Appointment(dt.datetime(2025, 3, day, 9, 0), kind), now=NOW)
    for day, kind in ((1, AppointmentKind.BLOOD_TEST), (8, AppointmentKind.INFUSION)):
        service.add(Appointment(dt.datetime(2025, 3, day, 9, 0), kind), now=NOW, upcoming=False)
    view = make_view(qtbot, record)
    assert shown(view, 1) == ["X-ray", "PET scan"]
    assert view.upcoming_button.text() == "Up&coming (2)"
    assert view.past_button.text() == "&Past (2)"
    qtbot.mouseClick(view.past_button, Qt.MouseButton.LeftButton)
    assert shown(view, 1) == ["Infusion", "Blood test"]
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_edit.hasFocus()
    qtbot.keyClicks(view.filter_edit, "blood")
    assert shown(view, 1) == ["Blood test"]


def test_editing_keeps_the_questions_and_adds_notes_after_the_visit(
    qtbot: QtBot, record: CareRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = record.appointments
    past = service.add(
        Appointment(dt.datetime(2025, 3, 3, 10, 0), AppointmentKind.ONCOLOGY_VISIT),
        now=NOW,
        upcoming=False,
    )
    assert past.id is not None
    service.add_question(past.id, "What did the scan show?")
    view = make_view(qtbot, record)
    view.show_upcoming(False)
    view.select(past)

    def add_notes(form: AppointmentForm) -> None:
        assert form.date_edit.date_value() == dt.date(2025, 3, 3)
        assert form.kind() is AppointmentKind.ONCOLOGY_VISIT
        form.notes_edit.setPlainText("Stable. Next scan in 3 months.")

    answer_forms_with(monkeypatch, view, qtbot, add_notes)
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    (saved,) = service.past(NOW)
    assert saved.notes == "Stable. Next scan in 3 months."
    assert [q.text for q in saved.questions] == ["What did the scan show?"]
    assert "Stable." in view.questions_panel.notes_label.text()


def ours(child: QWidget, top: QWidget) -> bool:
    """False for the parts Qt builds inside a standard control (a calendar's arrows ...)."""
    if child.objectName().startswith("qt_"):
        return False
    parent = child.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(
            parent, (QLineEdit, QAbstractSpinBox, QComboBox, QTableView, QCalendarWidget)
        ):
            return False
        parent = parent.parentWidget()
    return True


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, view: AppointmentsView, record: CareRecord
) -> None:
    form = AppointmentForm(record.appointments, None, True, clock, view)
    qtbot.addWidget(form)
    inputs = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QListWidget, QTableView)
    checked = 0
    for top in (view, form):
        for child in top.findChildren(QWidget):
            if not ours(child, top):
                continue
            if isinstance(child, QAbstractButton):
                assert child.text() or child.accessibleName(), child
                checked += 1
            elif isinstance(child, inputs):
                assert child.accessibleName(), child
                checked += 1
    assert checked > 20


def test_the_new_question_field_names_the_visit_it_is_for(qtbot: QtBot, record: CareRecord) -> None:
    """After a restart the first visit listed is selected: the field itself says which one, so
    a question meant for the oncologist is not written into the infusion by mistake."""
    record.appointments.add(
        Appointment(NOW + dt.timedelta(days=3), AppointmentKind.ONCOLOGY_VISIT), now=NOW
    )
    view = make_view(qtbot, record)
    panel = view.questions_panel
    appointment = panel.appointment()
    assert appointment is not None
    placeholder = panel.new_question_edit.placeholderText()
    assert placeholder.startswith("A question for: ")
    assert when_text(appointment.starts_at) in placeholder
    assert placeholder.removeprefix("A question for: ") in panel.context_label.text()
