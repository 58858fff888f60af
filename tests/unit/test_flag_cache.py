"""The flags cache of an open record: built on first use, kept right by ``apply``, never stale.

Every test compares what the service answers with a full evaluation of the record as it is on
disk (``evaluate_flags`` over ``record.flags.inputs()``), after changes made the way the app
makes them (``record.daylog.save_day``, the treatment and profile services).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.flags import Flag, FlagRule, evaluate_flags
from mbc_tracker.domain.records import (
    Person,
    TemperatureUnit,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.record import Access, CareRecord, open_record

TODAY = dt.date(2025, 6, 20)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def log(record: CareRecord, offset: int, weight: float | None = None, **values: int) -> None:
    record.daylog.save_day(DayLog(day=day(offset), severities=values, weight=weight), today=TODAY)


def full(record: CareRecord) -> list[Flag]:
    return evaluate_flags(record.flags.inputs(), record.knowledge, record.flags.settings())


def open_on(record: CareRecord, when: dt.date) -> list[Flag]:
    return [flag for flag in full(record) if when in flag.days and flag.is_open]


def history(record: CareRecord) -> None:
    for offset in range(-40, 0):
        log(record, offset, bone_pain=5 if -20 <= offset <= -15 else 1, headache=offset % 3)
    for offset in (-40, -30, -20, -10):
        log(record, offset, weight=70.0 + offset / 10, bone_pain=1)


def test_applied_changes_keep_the_cache_equal_to_a_full_evaluation(record: CareRecord) -> None:
    history(record)
    record.flags.warm()
    assert record.flags.is_warm
    log(record, -12, bone_pain=5)  # three calm days after the episode of days -20 to -15
    record.flags.apply(RecordChanges.of_days({day(-12)}))
    assert record.flags.is_warm
    assert record.flags.evaluate() == full(record)
    log(record, -14, bone_pain=8)  # now one episode from -20 to -12, promptly
    record.flags.apply(RecordChanges.of_days({day(-14)}))
    assert record.flags.is_warm
    assert record.flags.evaluate() == full(record)
    assert record.flags.evaluate(since=day(-13)) == [
        flag for flag in full(record) if flag.last_day >= day(-13)
    ]
    assert record.flags.flags_on(day(-14)) == open_on(record, day(-14))


def test_context_changes_are_applied(record: CareRecord) -> None:
    history(record)
    record.flags.warm()
    record.treatments.add(
        Treatment(TreatmentCategory.CHEMOTHERAPY, "Paclitaxel", day(-30)), today=TODAY
    )
    record.flags.apply(RecordChanges(treatments=True))
    assert record.flags.is_warm
    assert record.flags.evaluate() == full(record)
    record.person.save(Person("Ann Example", weight_unit=WeightUnit.LB), today=TODAY)
    record.flags.apply(RecordChanges(person=True))
    assert record.flags.evaluate() == full(record)


def test_a_forgotten_apply_never_shows_stale_flags(record: CareRecord) -> None:
    history(record)
    before = record.flags.evaluate()
    log(record, -1, bone_pain=9)  # no apply
    assert not record.flags.is_warm
    after = record.flags.evaluate()
    assert after == full(record)
    assert after != before


def test_discussed_marks_and_settings_keep_the_cache_right_by_themselves(
    record: CareRecord,
) -> None:
    history(record)
    flag = next(flag for flag in record.flags.evaluate() if flag.rule is FlagRule.SEVERITY)
    record.flags.mark_discussed(flag, flag.last_day, today=TODAY)
    assert record.flags.is_warm  # applied by the service itself: no rebuild
    assert record.flags.evaluate() == full(record)
    discussed = next(f for f in record.flags.evaluate() if f.identity == flag.identity)
    record.flags.undo_discussed(discussed)
    assert record.flags.is_warm
    assert record.flags.evaluate() == full(record)
    settings = dataclasses.replace(record.flags.settings(), mention_from_severity=2)
    record.flags.save_settings(settings)
    assert record.flags.is_warm
    assert record.flags.evaluate() == full(record)
    record.flags.reset_settings()
    assert record.flags.evaluate() == full(record)


def test_flags_on_a_day_before_the_cache_is_built_come_from_a_window(record: CareRecord) -> None:
    history(record)
    for offset in range(-45, 2):
        assert record.flags.flags_on(day(offset)) == open_on(record, day(offset))
    assert not record.flags.is_warm  # answering a day does not read the whole record
    record.flags.warm()
    for offset in range(-45, 2):
        assert record.flags.flags_on(day(offset)) == open_on(record, day(offset))


def test_everything_changed_drops_the_cache(record: CareRecord) -> None:
    history(record)
    record.flags.warm()
    record.flags.apply(RecordChanges.everything_changed())
    assert not record.flags.is_warm
    assert record.flags.evaluate() == full(record)


def test_a_record_opened_to_read_sees_the_flags_another_window_saves(
    record: CareRecord, data_paths: DataPaths
) -> None:
    # The window that writes holds the record; a second one reads it (Access.READ). The
    # writer's saves are never announced to the reader: the file says that they happened.
    history(record)
    reader = open_record(record.path, data_paths, Access.READ)
    try:
        before = reader.flags.evaluate()
        assert reader.flags.is_warm
        log(record, -1, bone_pain=9)
        after = reader.flags.evaluate()
        assert after == full(record) and after != before
        assert reader.flags.evaluate() is not None and reader.flags.is_warm  # cached again
    finally:
        reader.close()


def fever_flags(flags: list[Flag]) -> list[tuple[dt.date, ...]]:
    return [flag.days for flag in flags if flag.rule is FlagRule.FEVER]


def test_a_temperature_saved_on_a_day_updates_the_cached_fever_flags(record: CareRecord) -> None:
    history(record)
    record.flags.warm()

    def save(offset: int, temperature: float | None, unit: TemperatureUnit) -> None:
        record.daylog.save_day(
            DayLog(day=day(offset), temperature=temperature, temperature_unit=unit),
            cleared={"temperature"} if temperature is None else (),
            today=TODAY,
        )
        record.flags.apply(RecordChanges.of_days({day(offset)}))
        assert record.flags.is_warm
        assert record.flags.evaluate() == full(record)

    save(-5, 38.5, TemperatureUnit.CELSIUS)
    assert fever_flags(record.flags.evaluate()) == [(day(-5),)]
    save(-4, 101.0, TemperatureUnit.FAHRENHEIT)  # 38.3 °C: one fever over two days
    assert fever_flags(record.flags.evaluate()) == [(day(-5), day(-4))]
    assert [flag.rule for flag in record.flags.flags_on(day(-4))] == [FlagRule.FEVER]
    save(-5, 37.0, TemperatureUnit.CELSIUS)
    assert fever_flags(record.flags.evaluate()) == [(day(-4),)]
    save(-4, None, TemperatureUnit.CELSIUS)
    assert fever_flags(record.flags.evaluate()) == []


def test_flags_on_a_day_before_the_cache_is_built_see_a_fever(record: CareRecord) -> None:
    record.daylog.save_day(DayLog(day=day(-1), temperature=38.9), today=TODAY)
    assert not record.flags.is_warm
    assert [flag.rule for flag in record.flags.flags_on(day(-1))] == [FlagRule.FEVER]
    assert record.flags.flags_on(day(-1)) == open_on(record, day(-1))
