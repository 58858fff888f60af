"""A day saved in plain SQL (``storage.day_writes``) is stored exactly as the ORM stores it.

Today's save writes fixed SQL text instead of ORM objects (it is the write people make most, and
compiling the ORM's statements was most of its cost). Everything else reads those rows through
the ORM, so the stored text must be the ORM's own, and the save must keep its promises: one
transaction, the row of a changed value changed in place, nothing written when nothing changed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from mbc_tracker.domain.daylog import DayChangedElsewhere, DayLog
from mbc_tracker.services.record import CareRecord
from mbc_tracker.storage import day_writes
from mbc_tracker.storage.orm import DayNoteRow, MeasurementRow, SymptomEntryRow, TrackedSymptomRow

DAY = dt.date(2024, 5, 14)


def stored(record: CareRecord, sql: str) -> list[tuple[object, ...]]:
    with record.reads() as session:
        return [tuple(row) for row in session.execute(text(sql))]


def test_rows_saved_in_plain_sql_are_stored_as_the_orm_stores_its_own(
    record: CareRecord,
) -> None:
    record.daylog.save_day(
        DayLog(
            day=DAY,
            severities={"fatigue": 3},
            events={"seizure": False},
            weight=61.5,
            temperature=37.2,
            note="a walk 🌿",
        ),
        today=DAY,
    )
    moment = dt.datetime(2024, 5, 14, 9, 30)
    with record.sessions.begin() as session:  # the same kinds of row, written by the ORM
        vomiting = session.scalars(
            select(TrackedSymptomRow).where(TrackedSymptomRow.key == "vomiting")
        ).one()
        session.add(
            SymptomEntryRow(
                tracked_symptom_id=vomiting.id,
                day=DAY,
                recorded_at=moment,
                severity=None,
                present=True,
                note="",
            )
        )
        session.add(
            MeasurementRow(kind="weight", day=DAY, recorded_at=moment, value=61.4, unit="kg")
        )
        session.add(DayNoteRow(day=DAY + dt.timedelta(days=1), note="x", updated_at=moment))

    # Same SQLite types and the same text shapes, row for row.
    entries = stored(
        record,
        "SELECT typeof(day), day, typeof(recorded_at), length(recorded_at), typeof(present), "
        "typeof(severity), note FROM symptom_entry ORDER BY id",
    )
    plain_rated, plain_event, orm_event = entries
    assert plain_rated[:4] == plain_event[:4] == orm_event[:4]  # dates and date-times alike
    assert plain_event[4] == orm_event[4] == "integer"  # a yes/no stored as 0/1
    assert plain_rated[5] == "integer" and plain_rated[6] == orm_event[6] == ""
    measurements = stored(
        record,
        "SELECT typeof(day), day, typeof(recorded_at), length(recorded_at), typeof(value), unit "
        "FROM measurement WHERE kind = 'weight' ORDER BY id",
    )
    assert measurements[0] == measurements[1]
    notes = stored(record, "SELECT typeof(updated_at), length(updated_at) FROM day_note")
    assert notes[0] == notes[1]

    # And the ORM reads them back as the values they are.
    with record.reads() as session:
        rows = session.scalars(select(SymptomEntryRow).order_by(SymptomEntryRow.id)).all()
        note = session.get(DayNoteRow, DAY)
        temperature = session.scalars(
            select(MeasurementRow).where(MeasurementRow.kind == "temperature")
        ).one()
        assert [(row.day, row.severity, row.present) for row in rows] == [
            (DAY, 3, None),
            (DAY, None, False),
            (DAY, None, True),
        ]
        assert isinstance(rows[0].recorded_at, dt.datetime)
        assert note is not None and note.note == "a walk 🌿"
        assert temperature.value == pytest.approx(37.2) and temperature.unit == "C"


def test_a_changed_value_changes_its_row_and_an_unchanged_day_writes_nothing(
    record: CareRecord,
) -> None:
    first = DayLog(day=DAY, severities={"fatigue": 3}, weight=61.5, note="a walk")
    record.daylog.save_day(first, today=DAY)
    ids = stored(record, "SELECT id FROM symptom_entry UNION ALL SELECT id FROM measurement")

    assert record.daylog.save_day(first, today=DAY).changed == 0
    changed = record.daylog.save_day(
        DayLog(day=DAY, severities={"fatigue": 5}, weight=62.0, note="a longer walk"), today=DAY
    )

    assert changed.changed == 3
    assert (
        stored(record, "SELECT id FROM symptom_entry UNION ALL SELECT id FROM measurement") == ids
    )
    shown = record.daylog.load_day(DAY)
    assert (shown.severities, shown.weight, shown.note) == ({"fatigue": 5}, 62.0, "a longer walk")


def test_values_cleared_on_purpose_are_removed_and_others_are_kept(record: CareRecord) -> None:
    record.daylog.save_day(
        DayLog(day=DAY, severities={"fatigue": 3, "bone_pain": 4}, weight=61.5, note="n"), today=DAY
    )

    record.daylog.save_day(
        DayLog(day=DAY, severities={"bone_pain": 4}), cleared={"fatigue", "weight"}, today=DAY
    )

    shown = record.daylog.load_day(DAY)
    assert (shown.severities, shown.weight, shown.note) == ({"bone_pain": 4}, None, "")


def test_a_save_that_fails_half_way_leaves_the_day_as_it_was(
    record: CareRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 3}), today=DAY)

    def fail(*_args: object) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(day_writes, "put_note", fail)
    with pytest.raises(OSError):
        record.daylog.save_day(
            DayLog(day=DAY, severities={"fatigue": 7}, weight=60.0, note="lost"), today=DAY
        )

    shown = record.daylog.load_day(DAY)
    assert (shown.severities, shown.weight, shown.note) == ({"fatigue": 3}, None, "")


def test_a_save_over_a_day_changed_elsewhere_is_refused_whole(record: CareRecord) -> None:
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 3}), today=DAY)
    shown = record.daylog.load_day(DAY)
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 4}), today=DAY)  # elsewhere

    with pytest.raises(DayChangedElsewhere):
        record.daylog.save_day(
            DayLog(day=DAY, severities={"fatigue": 9}, note="mine"),
            today=DAY,
            expected_version=shown.version,
        )

    again = record.daylog.load_day(DAY)
    assert (again.severities, again.note) == ({"fatigue": 4}, "")
