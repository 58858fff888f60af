"""Appointments and their questions: validation, upcoming and past, delete and restore, carry-over.

Every check that matters to a person is made across closing and reopening the record, because
that is what she relies on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mbc_tracker.domain.records import Appointment, AppointmentKind, AppointmentQuestion
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.appointments import NOT_YET, PASSED
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.record import CareRecord, open_record

NOW = dt.datetime(2025, 3, 10, 12, 0)


def visit(
    days: int, kind: AppointmentKind = AppointmentKind.ONCOLOGY_VISIT, **fields: object
) -> Appointment:
    starts_at = dt.datetime.combine(NOW.date() + dt.timedelta(days=days), dt.time(10, 30))
    return Appointment(starts_at=starts_at, kind=kind, **fields)  # type: ignore[arg-type]


def test_an_upcoming_visit_with_questions_survives_reopening(
    record: CareRecord, data_paths: DataPaths
) -> None:
    service = record.appointments
    saved = service.add(visit(4, clinician=" Dr Lee ", place="Riverside Clinic"), now=NOW)
    assert saved.id is not None and saved.clinician == "Dr Lee"
    first = service.add_question(saved.id, "Can I travel in May?")
    second = service.add_question(saved.id, "  Is the new pain from the bones?  ")
    assert second.id is not None
    service.set_answered(second.id, True, "Possibly; an X-ray is booked.")
    record.close()

    reopened = open_record(record.path, data_paths)
    try:
        (appointment,) = reopened.appointments.upcoming(NOW)
        assert appointment.clinician == "Dr Lee"
        assert [question.text for question in appointment.questions] == [
            "Can I travel in May?",
            "Is the new pain from the bones?",
        ]
        assert appointment.questions[0] == first
        assert appointment.questions[1].answered
        assert appointment.questions[1].answer == "Possibly; an X-ray is booked."
        assert reopened.appointments.past(NOW) == ()
    finally:
        reopened.close()


def test_upcoming_is_soonest_first_and_past_most_recent_first(record: CareRecord) -> None:
    service = record.appointments
    for days in (9, 2):
        service.add(visit(days), now=NOW)
    for days in (-30, -3):
        service.add(visit(days), now=NOW, upcoming=False)
    assert [item.starts_at.day for item in service.upcoming(NOW)] == [12, 19]
    assert [item.starts_at.day for item in service.past(NOW)] == [7, 8]  # 7 March, then 8 Feb
    assert [item.starts_at.month for item in service.past(NOW)] == [3, 2]


def test_a_time_that_has_passed_cannot_be_added_as_upcoming(record: CareRecord) -> None:
    service = record.appointments
    earlier_today = dt.datetime.combine(NOW.date(), dt.time(9, 0))
    with pytest.raises(RecordInvalid) as refused:
        service.add(Appointment(earlier_today, AppointmentKind.BLOOD_TEST), now=NOW)
    assert refused.value.problems == {"starts_at": PASSED}
    with pytest.raises(RecordInvalid) as refused:
        service.add(visit(3), now=NOW, upcoming=False)
    assert refused.value.problems == {"starts_at": NOT_YET}
    assert service.list() == ()
    # From the Past list it is fine.
    service.add(Appointment(earlier_today, AppointmentKind.BLOOD_TEST), now=NOW, upcoming=False)
    assert len(service.past(NOW)) == 1


def test_every_problem_is_named_and_nothing_is_saved(record: CareRecord) -> None:
    service = record.appointments
    bad = visit(3, clinician="Dr\x1b Lee", place="x" * 201, notes="Fine\nbut\x00 not this")
    with pytest.raises(RecordInvalid) as refused:
        service.add(bad, now=NOW)
    assert set(refused.value.problems) == {"clinician", "place", "notes"}
    assert "control character" in refused.value.problems["clinician"]
    with pytest.raises(RecordInvalid) as refused:
        service.add(visit(3, questions=(AppointmentQuestion("   "),)), now=NOW)
    assert set(refused.value.problems) == {"questions"}
    assert service.list() == ()


def test_notes_and_questions_may_hold_line_breaks(record: CareRecord) -> None:
    service = record.appointments
    saved = service.add(visit(3, notes="Bring:\n\tthe scan letter"), now=NOW)
    assert saved.id is not None
    question = service.add_question(saved.id, "First line\nsecond line")
    assert question.text == "First line\nsecond line"
    with pytest.raises(RecordInvalid) as refused:
        service.add_question(saved.id, "  ")
    assert refused.value.problems == {"question": "Please type the question."}


def test_update_keeps_questions_and_allows_notes_after_the_visit(record: CareRecord) -> None:
    service = record.appointments
    saved = service.add(visit(1), now=NOW)
    assert saved.id is not None
    service.add_question(saved.id, "When is the next scan?")
    after_the_visit = NOW + dt.timedelta(days=2)
    updated = service.update(
        dataclasses.replace(saved, notes="Scan in six weeks."), now=after_the_visit, upcoming=True
    )
    assert updated.notes == "Scan in six weeks."
    assert [question.text for question in updated.questions] == ["When is the next scan?"]
    # Moving it into the past from the Upcoming list is refused.
    with pytest.raises(RecordInvalid):
        service.update(
            dataclasses.replace(saved, starts_at=NOW - dt.timedelta(days=1)), now=NOW, upcoming=True
        )


def test_delete_and_restore_bring_back_the_questions_and_the_id(record: CareRecord) -> None:
    service = record.appointments
    saved = service.add(visit(5, place="Day Unit"), now=NOW)
    assert saved.id is not None
    service.add_question(saved.id, "Question one")
    answered = service.add_question(saved.id, "Question two")
    assert answered.id is not None
    service.set_answered(answered.id, True, "Yes")
    with_questions = service.get(saved.id)

    deleted = service.delete(with_questions)
    assert deleted == with_questions
    assert service.list() == ()
    with pytest.raises(RecordNotFound):
        service.add_question(saved.id, "Too late")

    restored = service.restore(deleted)
    assert restored == with_questions  # same ids, same order, same answers
    assert service.list() == (with_questions,)


def test_restore_takes_a_new_id_when_the_old_one_was_reused(record: CareRecord) -> None:
    service = record.appointments
    saved = service.add(visit(5, questions=(AppointmentQuestion("Keep me"),)), now=NOW)
    deleted = service.delete(saved)
    newcomer = service.add(visit(6, questions=(AppointmentQuestion("New one"),)), now=NOW)
    restored = service.restore(deleted)
    assert restored.id != newcomer.id
    assert [question.text for question in restored.questions] == ["Keep me"]
    assert len(service.list()) == 2


def test_unanswered_questions_are_carried_to_the_next_visit_once(record: CareRecord) -> None:
    service = record.appointments
    older = service.add(visit(-40), now=NOW, upcoming=False)
    recent = service.add(visit(-10), now=NOW, upcoming=False)
    blood_test = service.add(visit(1, AppointmentKind.BLOOD_TEST), now=NOW)
    next_visit = service.add(visit(2), now=NOW)
    assert older.id and recent.id and next_visit.id and blood_test.id
    service.add_question(older.id, "Can I travel?")
    service.add_question(recent.id, "can I   travel?")  # the same question asked again
    done = service.add_question(recent.id, "Is my blood count fine?")
    assert done.id is not None
    service.set_answered(done.id, True)
    service.add_question(recent.id, "What about the hip pain?")
    service.add_question(next_visit.id, "What about the HIP pain?")  # already on the next visit

    assert service.next_visit(NOW) == service.get(next_visit.id)  # not the blood test
    offered = service.unanswered_from_past(NOW)
    assert [question.text for question in offered] == ["can I   travel?"]

    copies = service.carry_over([question.id for question in offered if question.id], next_visit.id)
    assert [(copy.text, copy.answered) for copy in copies] == [("can I   travel?", False)]
    assert service.unanswered_from_past(NOW) == []
    # Doing it twice adds nothing more.
    assert (
        service.carry_over([question.id for question in offered if question.id], next_visit.id)
        == ()
    )
    texts = [question.text for question in service.get(next_visit.id).questions]
    assert texts == ["What about the HIP pain?", "can I   travel?"]
    # The originals stay with their own visit.
    assert len(service.get(recent.id).questions) == 3


def test_removing_and_unticking_questions(record: CareRecord) -> None:
    service = record.appointments
    saved = service.add(visit(3), now=NOW)
    assert saved.id is not None
    question = service.add_question(saved.id, "One")
    assert question.id is not None
    ticked = service.set_answered(question.id, True, "An answer")
    assert ticked.answered
    unticked = service.set_answered(question.id, False)
    assert not unticked.answered and unticked.answer == ""
    assert service.remove_question(question.id) == unticked
    assert service.get(saved.id).questions == ()
    with pytest.raises(RecordNotFound):
        service.remove_question(question.id)


def test_clinicians_and_places_are_offered_once_each(record: CareRecord) -> None:
    service = record.appointments
    service.add(visit(1, clinician="Dr Lee", place="Clinic"), now=NOW)
    service.add(visit(2, clinician="Dr Lee", place="Imaging"), now=NOW)
    service.add(visit(3, clinician="dr Rao"), now=NOW)
    assert service.clinicians_and_places() == (["Dr Lee", "dr Rao"], ["Clinic", "Imaging"])
