"""The care team service: contacts are added, changed, deleted and brought back whole, and a
missing name, an email or phone number that does not look like one is refused with a sentence
for its field and nothing saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from mbc_tracker.domain.records import CareTeamContact
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.record import CareRecord, open_record

NURSE = CareTeamContact(
    name="Sam Okafor",
    role="Breast care nurse",
    phone="+44 (0)1632 960-102",
    email="sam.okafor@example.org",
    notes="First person to call between visits.\nAsk for the breast care team.",
)
ONCOLOGIST = CareTeamContact(name="Dr Lena Hart", role="Medical oncologist", phone="01632 960101")


def test_added_contacts_are_listed_in_the_order_they_were_added(record: CareRecord) -> None:
    nurse = record.care_team.add(NURSE)
    oncologist = record.care_team.add(ONCOLOGIST)

    assert nurse.id is not None and oncologist.id is not None
    assert nurse == replace(NURSE, id=nurse.id)
    assert record.care_team.list() == (nurse, oncologist)


def test_spaces_around_the_fields_are_trimmed(record: CareRecord) -> None:
    saved = record.care_team.add(
        CareTeamContact(name="  Dr Lee ", role=" GP ", email=" lee@example.org ")
    )
    assert (saved.name, saved.role, saved.email) == ("Dr Lee", "GP", "lee@example.org")
    assert record.care_team.list() == (saved,)


def test_a_change_is_stored(record: CareRecord) -> None:
    nurse = record.care_team.add(NURSE)
    changed = record.care_team.update(replace(nurse, phone="01632 960999", notes=""))
    assert record.care_team.list() == (changed,)
    assert changed.phone == "01632 960999"
    assert changed.notes == ""


@pytest.mark.parametrize(
    ("contact", "field", "words"),
    [
        (CareTeamContact(name="   "), "name", "Please type a name"),
        (CareTeamContact(name="Dr\x00Lee"), "name", "control character"),
        (CareTeamContact(name="x" * 201), "name", "under 200 characters"),
        (CareTeamContact(name="Dr Lee", email="lee.example.org"), "email", "email address"),
        (CareTeamContact(name="Dr Lee", email="lee@example"), "email", "email address"),
        (CareTeamContact(name="Dr Lee", email="lee @example.org"), "email", "email address"),
        (CareTeamContact(name="Dr Lee", phone="call reception"), "phone", "only digits"),
        (CareTeamContact(name="Dr Lee", phone="(+) - ."), "phone", "no digits"),
        (CareTeamContact(name="Dr Lee", role="GP\x1b"), "role", "control character"),
    ],
)
def test_a_contact_that_cannot_be_saved_says_why_and_saves_nothing(
    record: CareRecord, contact: CareTeamContact, field: str, words: str
) -> None:
    with pytest.raises(RecordInvalid) as raised:
        record.care_team.add(contact)
    assert list(raised.value.problems) == [field]
    assert words in raised.value.problems[field]
    assert record.care_team.list() == ()


def test_every_problem_is_reported_at_once(record: CareRecord) -> None:
    with pytest.raises(RecordInvalid) as raised:
        record.care_team.add(CareTeamContact(name="", phone="abc", email="nope"))
    assert set(raised.value.problems) == {"name", "phone", "email"}


def test_a_refused_change_leaves_the_stored_contact_as_it_was(record: CareRecord) -> None:
    nurse = record.care_team.add(NURSE)
    with pytest.raises(RecordInvalid) as raised:
        record.care_team.update(replace(nurse, name="", email="sam at example"))
    assert set(raised.value.problems) == {"name", "email"}
    assert record.care_team.list() == (nurse,)


def test_delete_hands_back_the_contact_and_restore_puts_it_back_in_its_place(
    record: CareRecord,
) -> None:
    nurse = record.care_team.add(NURSE)
    oncologist = record.care_team.add(ONCOLOGIST)

    deleted = record.care_team.delete(nurse)
    assert deleted == nurse
    assert record.care_team.list() == (oncologist,)

    restored = record.care_team.restore(deleted)
    assert restored == nurse  # same id, same words, notes with their line break
    assert record.care_team.list() == (nurse, oncologist)


def test_restore_takes_a_new_id_when_the_old_one_was_reused(record: CareRecord) -> None:
    record.care_team.add(ONCOLOGIST)
    nurse = record.care_team.add(NURSE)
    deleted = record.care_team.delete(nurse)
    newcomer = record.care_team.add(CareTeamContact(name="Dr Tom Berg"))
    assert newcomer.id == nurse.id  # SQLite hands the freed id out again

    restored = record.care_team.restore(deleted)
    assert restored.id != newcomer.id
    assert restored == replace(NURSE, id=restored.id)
    assert [contact.name for contact in record.care_team.list()] == [
        "Dr Lena Hart",
        "Dr Tom Berg",
        "Sam Okafor",
    ]


def test_changing_or_deleting_a_contact_that_is_gone_says_so(record: CareRecord) -> None:
    nurse = record.care_team.add(NURSE)
    record.care_team.delete(nurse)
    with pytest.raises(RecordNotFound):
        record.care_team.update(replace(nurse, role="Nurse"))
    with pytest.raises(RecordNotFound):
        record.care_team.delete(nurse)
    assert record.care_team.list() == ()


def test_contacts_need_the_person_saved_first(data_paths: DataPaths) -> None:
    empty = open_record(data_paths.data_dir / "empty.mbcrecord", data_paths)
    try:
        with pytest.raises(RecordInvalid) as raised:
            empty.care_team.add(NURSE)
        assert list(raised.value.problems) == [""]
        assert empty.care_team.list() == ()
    finally:
        empty.close()


def test_contacts_survive_closing_and_reopening_the_record(
    record: CareRecord, data_paths: DataPaths
) -> None:
    nurse = record.care_team.add(NURSE)
    oncologist = record.care_team.add(ONCOLOGIST)
    path: Path = record.path
    record.close()

    reopened = open_record(path, data_paths)
    try:
        assert reopened.care_team.list() == (nurse, oncologist)
    finally:
        reopened.close()


def test_the_number_for_urgent_problems_is_kept_through_every_change(record: CareRecord) -> None:
    line = record.care_team.add(
        CareTeamContact(name="Treatment helpline", phone="01632 960199", urgent=True)
    )
    record.care_team.add(ONCOLOGIST)
    assert record.care_team.urgent() == (line,)

    record.care_team.update(replace(line, urgent=False))
    assert record.care_team.urgent() == ()
    record.care_team.update(line)
    deleted = record.care_team.delete(line)
    assert deleted.urgent and record.care_team.urgent() == ()
    assert record.care_team.restore(deleted).urgent


def test_a_number_for_urgent_problems_without_a_phone_is_refused(record: CareRecord) -> None:
    with pytest.raises(RecordInvalid) as refused:
        record.care_team.add(CareTeamContact(name="Treatment helpline", urgent=True))
    assert set(refused.value.problems) == {"phone"}
    assert record.care_team.list() == ()
