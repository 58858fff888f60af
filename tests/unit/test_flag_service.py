"""The flag service on a real record: settings stored in the record, evaluation, "discussed".

Days are logged the way the Today screen logs them (``record.daylog.save_day``), so these tests
cover the whole path from a saved day to the flag a person sees.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.flags import FlagRule, FlagSettings, is_ongoing
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.flags import SETTINGS_KEY, DiscussionInvalid, FlagSettingsInvalid
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.storage.orm import PreferenceRow

TODAY = dt.date(2025, 6, 20)


def day(offset: int) -> dt.date:
    """A day relative to TODAY (0 is today, -1 yesterday)."""
    return TODAY + dt.timedelta(days=offset)


def log(record: CareRecord, offset: int, **values: int | bool) -> None:
    severities = {key: value for key, value in values.items() if not isinstance(value, bool)}
    events = {key: value for key, value in values.items() if isinstance(value, bool)}
    record.daylog.save_day(
        DayLog(day=day(offset), severities=severities, events=events), today=TODAY
    )


def store_raw(record: CareRecord, text: str) -> None:
    with record.sessions.begin() as session:
        session.merge(PreferenceRow(key=SETTINGS_KEY, value=text))


def stored_raw(record: CareRecord) -> str | None:
    with record.sessions() as session:
        row = session.get(PreferenceRow, SETTINGS_KEY)
        return None if row is None else row.value


CHANGED = {
    "mention_from_severity": 3,
    "promptly_from_severity": 8,
    "worsening_points": 3,
    "baseline_days": 21,
    "baseline_min_days": 7,
    "weight_loss_percent": 4.5,
    "weight_loss_days": 60,
    "episode_gap_days": 0,
}


# -- settings ----------------------------------------------------------------------------------


def test_settings_are_the_app_defaults_when_none_are_stored(record: CareRecord) -> None:
    assert stored_raw(record) is None
    assert record.flags.settings() == FlagSettings.defaults(record.knowledge.flags)
    assert record.flags.settings() == record.flags.defaults()


def test_settings_round_trip(record: CareRecord) -> None:
    changed = dataclasses.replace(
        record.flags.defaults(),
        **CHANGED,  # type: ignore[arg-type]
        persistent_days={**record.flags.defaults().persistent_days, "headache": 5},
    )
    record.flags.save_settings(changed)
    assert record.flags.settings() == changed
    record.flags.save_settings(record.flags.defaults())  # saving again updates the one row
    assert record.flags.settings() == record.flags.defaults()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"mention_from_severity": 0}, "mention_from_severity"),
        ({"mention_from_severity": 8, "promptly_from_severity": 6}, "promptly_from_severity"),
        ({"weight_loss_days": 2}, "weight_loss_days"),
        ({"persistent_days": {"headache": 1}}, "persistent_days:headache"),
        ({"persistent_days": {"bone_pain": 3}}, "persistent_days:bone_pain"),  # no such rule
    ],
)
def test_invalid_settings_are_refused_and_nothing_is_stored(
    record: CareRecord, changes: dict[str, object], field: str
) -> None:
    before = dataclasses.replace(record.flags.defaults(), worsening_points=3)
    record.flags.save_settings(before)
    stored = stored_raw(record)
    with pytest.raises(FlagSettingsInvalid) as raised:
        record.flags.save_settings(
            dataclasses.replace(before, **changes)  # type: ignore[arg-type]
        )
    assert field in raised.value.problems
    assert stored_raw(record) == stored
    assert record.flags.settings() == before


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("not json at all", {}),
        ("[1, 2, 3]", {}),
        ('{"mention_from_severity": "three"}', {}),
        ('{"mention_from_severity": true}', {}),
        ('{"mention_from_severity": 0, "worsening_points": 3}', {"worsening_points": 3}),
        ('{"weight_loss_percent": 99, "weight_loss_days": 45}', {"weight_loss_days": 45}),
        ('{"weight_loss_percent": 4}', {"weight_loss_percent": 4.0}),
        ('{"unknown_field": 3, "episode_gap_days": 1}', {"episode_gap_days": 1}),
        ('{"mention_from_severity": Infinity, "worsening_points": NaN}', {}),
        ('{"weight_loss_percent": NaN}', {}),
        ('{"mention_from_severity": 5.7, "weight_loss_days": 45.0}', {"weight_loss_days": 45}),
        ('{"persistent_days": {"headache": 4, "cough": 1, "made_up": 3}}',
         {"persistent_days": {"headache": 4}}),
        ('{"persistent_days": "often"}', {}),
        # Values that only make sense together are kept together ...
        ('{"mention_from_severity": 8, "promptly_from_severity": 9}',
         {"mention_from_severity": 8, "promptly_from_severity": 9}),
        ('{"baseline_days": 30, "baseline_min_days": 20}',
         {"baseline_days": 30, "baseline_min_days": 20}),
        # ... and a value that does not fit with the rest falls back to its default.
        ('{"mention_from_severity": 8}', {}),
        ('{"mention_from_severity": 8, "promptly_from_severity": 5}',
         {"promptly_from_severity": 5}),
        ('{"baseline_days": 4}', {}),
    ],
)  # fmt: skip
def test_a_damaged_stored_value_falls_back_to_its_default_field_by_field(
    record: CareRecord, stored: str, expected: dict[str, object]
) -> None:
    defaults = record.flags.defaults()
    if "persistent_days" in expected:
        expected = {"persistent_days": {**defaults.persistent_days, **expected["persistent_days"]}}  # type: ignore[dict-item]
    store_raw(record, stored)
    settings = record.flags.settings()
    assert settings == dataclasses.replace(defaults, **expected)  # type: ignore[arg-type]
    assert settings.problems() == {}


def test_reset_settings_goes_back_to_every_default(record: CareRecord) -> None:
    record.flags.save_settings(dataclasses.replace(record.flags.defaults(), **CHANGED))  # type: ignore[arg-type]
    record.flags.reset_settings()
    assert stored_raw(record) is None
    assert record.flags.settings() == record.flags.defaults()
    record.flags.reset_settings()  # nothing stored: still fine


def test_settings_survive_closing_and_reopening(record: CareRecord, data_paths: DataPaths) -> None:
    changed = dataclasses.replace(record.flags.defaults(), **CHANGED)  # type: ignore[arg-type]
    record.flags.save_settings(changed)
    record.close()
    reopened = open_record(data_paths.default_record, data_paths)
    try:
        assert reopened.flags.settings() == changed
    finally:
        reopened.close()


def test_saved_settings_change_the_flags(record: CareRecord) -> None:
    log(record, -1, bone_pain=3)
    assert record.flags.evaluate() == []
    record.flags.save_settings(
        dataclasses.replace(record.flags.defaults(), mention_from_severity=3)
    )
    (flag,) = record.flags.evaluate()
    assert (flag.symptom_key, flag.rule, flag.level) == ("bone_pain", FlagRule.SEVERITY,
                                                         FlagLevel.NEXT_VISIT)  # fmt: skip


# -- evaluating --------------------------------------------------------------------------------


def test_a_logged_seizure_is_flagged(record: CareRecord) -> None:
    log(record, -2, seizure=True)
    log(record, -1, seizure=False)
    (flag,) = record.flags.evaluate()
    assert (flag.symptom_key, flag.rule, flag.level) == ("seizure", FlagRule.OCCURRENCE,
                                                         FlagLevel.PROMPTLY)  # fmt: skip
    assert flag.days == (day(-2),)
    assert flag.is_open
    assert record.flags.evaluate(since=day(-1)) == []


def test_an_edited_day_is_evaluated_as_last_saved(record: CareRecord) -> None:
    log(record, -1, fatigue=8)
    log(record, -1, fatigue=2)  # she corrected the day: the latest value counts
    assert record.flags.evaluate() == []


def test_flags_on_a_day(record: CareRecord) -> None:
    log(record, -5, seizure=True)
    log(record, -3, bone_pain=5)
    log(record, -2, bone_pain=1)
    log(record, -1, bone_pain=6)
    assert [flag.symptom_key for flag in record.flags.flags_on(day(-5))] == ["seizure"]
    (pain,) = record.flags.flags_on(day(-1))
    assert pain.days == (day(-3), day(-1))
    assert record.flags.flags_on(day(-2)) == []  # a calmer day inside the episode
    assert record.flags.flags_on(day(-4)) == []


# -- "discussed with my care team" -------------------------------------------------------------


def test_a_discussed_flag_stays_quiet_until_it_gets_worse(record: CareRecord) -> None:
    log(record, -4, bone_pain=5)
    (flag,) = record.flags.evaluate()
    mark = record.flags.mark_discussed(flag, day(-3), note="Dr Lee: try paracetamol", today=TODAY)
    assert mark.severity_at_discussion == 5
    assert mark.note == "Dr Lee: try paracetamol"
    (quiet,) = record.flags.evaluate()
    assert quiet.discussed == mark and not quiet.is_open
    assert record.flags.flags_on(day(-4)) == []

    log(record, -2, bone_pain=5)
    (same,) = record.flags.evaluate()
    assert not same.is_open

    log(record, -1, bone_pain=6)
    (worse,) = record.flags.evaluate()
    assert worse.worse_since_discussed and worse.is_open
    assert [flag.days for flag in record.flags.flags_on(day(-1))] == [(day(-4), day(-2), day(-1))]


def test_a_long_steady_episode_is_one_ongoing_item_that_stays_discussed(
    record: CareRecord,
) -> None:
    """Nausea at 3 most evenings for three months (a few evenings missed) and bone pain at 6 for
    the last 40: one item per symptom and rule, growing as it continues, its first day (what a
    "discussed" mark is kept against) never moving, quiet once discussed until it gets worse."""
    missed = {-80, -61, -60, -33, -12}
    for offset in range(-90, 0):
        if offset in missed:
            continue
        values = {"nausea": 3}
        if offset >= -40:
            values["bone_pain"] = 6
        log(record, offset, **values)
        if offset == -30:
            for flag in record.flags.evaluate():
                record.flags.mark_discussed(flag, day(offset), today=TODAY)
    flags = record.flags.evaluate()
    assert sorted((flag.symptom_key, flag.rule.value) for flag in flags) == [
        ("bone_pain", "severity"),
        ("nausea", "persistence"),
    ]
    latest = record.flags.latest_logged_day()
    assert latest == day(-1)
    for flag in flags:
        assert flag.last_day == day(-1) and is_ongoing(flag, latest)
        assert flag.discussed is not None and not flag.is_open
    pain = next(flag for flag in flags if flag.symptom_key == "bone_pain")
    assert (pain.first_day, len(pain.days)) == (day(-40), 38)  # two evenings missed

    log(record, 0, nausea=0, bone_pain=7)  # nausea gone, pain worse than when discussed
    flags = {flag.symptom_key: flag for flag in record.flags.evaluate()}
    latest = record.flags.latest_logged_day()
    assert not is_ongoing(flags["nausea"], latest) and not flags["nausea"].is_open
    assert flags["nausea"].first_day == day(-90)
    assert is_ongoing(flags["bone_pain"], latest) and flags["bone_pain"].first_day == day(-40)
    assert flags["bone_pain"].worse_since_discussed and flags["bone_pain"].is_open


def test_nothing_logged_has_no_latest_day(record: CareRecord) -> None:
    assert record.flags.latest_logged_day() is None


def test_the_stored_severity_is_the_highest_up_to_the_discussion(record: CareRecord) -> None:
    log(record, -5, bone_pain=6)
    log(record, -4, bone_pain=8)
    log(record, -3, bone_pain=5)
    (flag,) = record.flags.evaluate()
    mark = record.flags.mark_discussed(flag, day(-5), today=TODAY)
    assert mark.severity_at_discussion == 6  # the 8 came after the talk
    (reopened,) = record.flags.evaluate()
    assert reopened.is_open and reopened.worse_since_discussed


def test_an_event_or_weight_flag_stores_no_severity(record: CareRecord) -> None:
    log(record, -1, seizure=True)
    (flag,) = record.flags.evaluate()
    mark = record.flags.mark_discussed(flag, day(0), today=TODAY)
    assert mark.severity_at_discussion is None
    assert not record.flags.evaluate()[0].is_open


@pytest.mark.parametrize(
    ("discussed_on", "complaint"),
    [(day(1), "in the future"), (day(-3), "before the flag began")],
)
def test_an_impossible_discussion_date_is_refused(
    record: CareRecord, discussed_on: dt.date, complaint: str
) -> None:
    log(record, -2, seizure=True)
    (flag,) = record.flags.evaluate()
    with pytest.raises(DiscussionInvalid, match=complaint):
        record.flags.mark_discussed(flag, discussed_on, today=TODAY)
    assert record.flags.evaluate()[0].discussed is None


def test_marking_again_updates_the_one_mark(record: CareRecord) -> None:
    log(record, -3, bone_pain=5)
    (flag,) = record.flags.evaluate()
    first = record.flags.mark_discussed(flag, day(-3), today=TODAY)
    second = record.flags.mark_discussed(flag, day(-1), note="again", today=TODAY)
    assert second.id == first.id
    assert record.flags.inputs().acknowledgements == (second,)


def test_undo_discussed_reopens_the_flag(record: CareRecord) -> None:
    log(record, -2, seizure=True)
    (flag,) = record.flags.evaluate()
    record.flags.undo_discussed(flag)  # not discussed yet: nothing happens
    record.flags.mark_discussed(flag, day(-1), today=TODAY)
    (quiet,) = record.flags.evaluate()
    record.flags.undo_discussed(quiet)
    (again,) = record.flags.evaluate()
    assert again.discussed is None and again.is_open
    assert record.flags.inputs().acknowledgements == ()


def test_a_discussed_mark_survives_reopening_the_record(
    record: CareRecord, data_paths: DataPaths
) -> None:
    log(record, -2, seizure=True)
    (flag,) = record.flags.evaluate()
    record.flags.mark_discussed(flag, day(-1), today=TODAY)
    record.close()
    reopened = open_record(data_paths.default_record, data_paths)
    try:
        (flag,) = reopened.flags.evaluate()
        assert not flag.is_open
    finally:
        reopened.close()


def test_a_stored_settings_value_is_plain_json(record: CareRecord) -> None:
    record.flags.save_settings(record.flags.defaults())
    stored = json.loads(stored_raw(record) or "")
    assert stored["mention_from_severity"] == 4
    assert stored["persistent_days"]["headache"] == 3


def test_promptly_flags_lost_counts_the_prompt_flags_other_settings_would_not_raise(
    record: CareRecord,
) -> None:
    log(record, -30, bone_pain=8)  # promptly at 7, only "mention" from 9
    log(record, -20, bone_pain=9)  # promptly at 7 and at 9
    log(record, -10, seizure=True)  # an event the articles single out: no threshold
    log(record, -1, bone_pain=5)  # "mention" either way
    defaults = record.flags.defaults()
    assert record.flags.promptly_flags_lost(defaults) == (0, 3)
    raised = dataclasses.replace(defaults, promptly_from_severity=9)
    assert record.flags.promptly_flags_lost(raised) == (1, 3)
    assert record.flags.settings() == defaults  # asking changes nothing
    assert len([flag for flag in record.flags.evaluate() if flag.level is FlagLevel.PROMPTLY]) == 3


def test_promptly_flags_lost_is_nothing_of_nothing_on_an_empty_record(record: CareRecord) -> None:
    raised = dataclasses.replace(record.flags.defaults(), fever_from_celsius=39.5)
    assert record.flags.promptly_flags_lost(raised) == (0, 0)
