"""The treatments service: what is current, what may be saved, and delete with restore."""

from __future__ import annotations

import datetime as dt

import pytest

from mbc_tracker.domain.records import Route, StopReason, Treatment, TreatmentCategory
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.record import CareRecord, open_record

TODAY = dt.date(2025, 6, 1)


def letrozole(**changes: object) -> Treatment:
    values: dict[str, object] = {
        "category": TreatmentCategory.HORMONE_THERAPY,
        "name": "letrozole",
        "start_date": dt.date(2025, 3, 3),
        "route": Route.ORAL,
    }
    values.update(changes)
    return Treatment(**values)  # type: ignore[arg-type]


def palbociclib(**changes: object) -> Treatment:
    values: dict[str, object] = {
        "category": TreatmentCategory.CDK46_INHIBITOR,
        "name": "palbociclib",
        "start_date": dt.date(2025, 3, 10),
        "route": Route.ORAL,
    }
    values.update(changes)
    return Treatment(**values)  # type: ignore[arg-type]


def test_overlapping_treatments_are_both_current(record: CareRecord) -> None:
    first = record.treatments.add(letrozole(), today=TODAY)
    second = record.treatments.add(palbociclib(), today=TODAY)
    assert first.id is not None and second.id is not None
    assert record.treatments.current(TODAY) == [first, second]
    assert record.treatments.list() == [first, second]


def test_a_treatment_is_current_from_its_start_day_to_its_end_day(record: CareRecord) -> None:
    ended = record.treatments.add(
        letrozole(end_date=TODAY, reason_stopped=StopReason.PROGRESSION), today=TODAY
    )
    assert record.treatments.current(TODAY) == [ended]
    assert record.treatments.current(TODAY + dt.timedelta(days=1)) == []
    assert record.treatments.current(dt.date(2025, 3, 2)) == []  # the day before it started


def test_ending_a_treatment_takes_it_out_of_current(record: CareRecord) -> None:
    first = record.treatments.add(letrozole(), today=TODAY)
    second = record.treatments.add(palbociclib(), today=TODAY)
    ended = record.treatments.update(
        palbociclib(
            id=second.id, end_date=dt.date(2025, 5, 20), reason_stopped=StopReason.PROGRESSION
        ),
        today=TODAY,
    )
    assert record.treatments.current(TODAY) == [first]
    assert ended in record.treatments.list()


def test_a_planned_treatment_is_allowed_and_not_current(record: CareRecord) -> None:
    planned = record.treatments.add(letrozole(start_date=dt.date(2025, 7, 1)), today=TODAY)
    assert record.treatments.current(TODAY) == []
    assert record.treatments.planned(TODAY) == [planned]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"name": "  "}, "name", "Please type the medicine"),
        ({"name": "letro\x00zole"}, "name", "invisible control character"),
        ({"name": "x" * 201}, "name", "under 200 characters"),
        ({"end_date": dt.date(2025, 3, 1)}, "end_date", "The end date is before the start date."),
        ({"reason_stopped": StopReason.SIDE_EFFECTS}, "reason_stopped", "needs an end date"),
        ({"start_date": dt.date(2205, 3, 3)}, "start_date", "Please check the year"),
    ],
)
def test_problems_are_named_per_field_and_nothing_is_saved(
    record: CareRecord, changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(RecordInvalid) as refused:
        record.treatments.add(letrozole(**changes), today=TODAY)
    assert words in refused.value.problems[field]
    assert record.treatments.list() == []


def test_an_edit_that_is_refused_leaves_the_stored_treatment_alone(record: CareRecord) -> None:
    stored = record.treatments.add(letrozole(), today=TODAY)
    with pytest.raises(RecordInvalid):
        record.treatments.update(letrozole(id=stored.id, end_date=dt.date(2025, 1, 1)), today=TODAY)
    assert record.treatments.list() == [stored]


def test_names_are_tidied_before_saving(record: CareRecord) -> None:
    stored = record.treatments.add(letrozole(name="  letrozole   2.5 mg ", notes=" ok \n"))
    assert stored.name == "letrozole 2.5 mg"
    assert stored.notes == "ok"


def test_delete_hands_back_what_restore_needs_with_the_same_id(record: CareRecord) -> None:
    kept = record.treatments.add(letrozole(), today=TODAY)
    gone = record.treatments.add(
        palbociclib(
            end_date=dt.date(2025, 5, 1),
            reason_stopped=StopReason.SIDE_EFFECTS,
            notes="Low blood counts; dose paused twice.",
        ),
        today=TODAY,
    )
    deleted = record.treatments.delete(gone)
    assert deleted.treatment == gone
    assert record.treatments.list() == [kept]
    assert record.treatments.restore(deleted) == gone
    assert record.treatments.list() == [kept, gone]


def test_a_treatment_deleted_meanwhile_cannot_be_changed(record: CareRecord) -> None:
    stored = record.treatments.add(letrozole(), today=TODAY)
    record.treatments.delete(stored)
    with pytest.raises(RecordNotFound):
        record.treatments.update(letrozole(id=stored.id, notes="x"), today=TODAY)
    with pytest.raises(RecordNotFound):
        record.treatments.delete(stored)


def test_suggestions_come_from_the_catalogue_with_brands(record: CareRecord) -> None:
    suggestions = record.treatments.suggestions()
    assert "trastuzumab deruxtecan (Enhertu)" in suggestions
    assert "cisplatin" in suggestions
    assert suggestions == sorted(suggestions, key=str.casefold)
    category = record.treatments.category_for("trastuzumab deruxtecan (Enhertu)")
    assert category is TreatmentCategory.ANTIBODY_DRUG_CONJUGATE
    assert record.treatments.category_for("ENHERTU") is TreatmentCategory.ANTIBODY_DRUG_CONJUGATE
    assert record.treatments.category_for("my trial medicine") is None


def test_treatments_survive_closing_and_reopening(
    record: CareRecord, data_paths: DataPaths
) -> None:
    saved = [
        record.treatments.add(letrozole(notes="With food."), today=TODAY),
        record.treatments.add(
            palbociclib(end_date=dt.date(2025, 5, 1), reason_stopped=StopReason.OTHER),
            today=TODAY,
        ),
    ]
    record.close()
    reopened = open_record(record.path, data_paths)
    try:
        assert reopened.treatments.list() == saved
    finally:
        reopened.close()
