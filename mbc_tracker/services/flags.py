"""Flags for an open record: the settings they use, evaluating them, and "discussed" marks.

The rules themselves live in ``domain/flags.py``; this service gathers what they need from the
record in one Session (entries, weights, profile, receptor tests, treatments, earlier "discussed"
marks), hands it to ``evaluate_flags`` and returns plain ``Flag`` objects. The adjustable
defaults are stored in the record (so they travel with it), as JSON under one preference key;
values that are missing or no longer valid fall back to the app default, one by one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from mbc_tracker.domain.flags import (
    Flag,
    FlagInputs,
    FlagRule,
    FlagSettings,
    SideEffectList,
    evaluate_flags,
)
from mbc_tracker.domain.records import FlagAcknowledgement, TreatmentCategory
from mbc_tracker.domain.severity import MAX_SEVERITY
from mbc_tracker.services.person import person_from_row
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import (
    FlagAcknowledgementRow,
    PersonRow,
    PreferenceRow,
    TrackedSymptomRow,
)

if TYPE_CHECKING:
    from mbc_tracker.services.changes import RecordChanges
    from mbc_tracker.services.record import CareRecord

SETTINGS_KEY = "flag_settings"
RATED_RULES = frozenset({FlagRule.SEVERITY, FlagRule.PERSISTENCE, FlagRule.WORSENING})


class FlagSettingsInvalid(ValueError):
    """Settings that cannot be used; ``problems`` maps each field to a sentence."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems


class DiscussionInvalid(ValueError):
    """A "discussed on" date that cannot be right; the message says why."""


def _settings_to_json(settings: FlagSettings) -> str:
    values = dataclasses.asdict(settings)
    values["persistent_days"] = dict(settings.persistent_days)
    return json.dumps(values, sort_keys=True)


def _settings_from_json(text: str, defaults: FlagSettings) -> FlagSettings:
    """Stored values over the defaults; anything unusable keeps its default."""
    try:
        stored = json.loads(text)
    except json.JSONDecodeError:
        return defaults
    if not isinstance(stored, dict):
        return defaults
    settings = defaults
    # A value is taken only when the settings stay usable as a whole (some fields are checked
    # against each other: mention <= promptly, baseline_min_days <= baseline_days). A second
    # pass keeps pairs that fit only together, such as mention 8 with promptly 9.
    for _ in range(2):
        for field in dataclasses.fields(FlagSettings):
            if field.name == "persistent_days" or field.name not in stored:
                continue
            default = getattr(defaults, field.name)
            value: Any = stored[field.name]
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            if not math.isfinite(value) or (isinstance(default, int) and value != int(value)):
                continue  # JSON allows Infinity and NaN; 4.5 days is no whole number
            candidate = dataclasses.replace(settings, **{field.name: type(default)(value)})
            if not candidate.problems():
                settings = candidate
    days = stored.get("persistent_days")
    if isinstance(days, dict):
        for key, value in days.items():
            if (
                key in settings.persistent_days
                and isinstance(value, int)
                and not isinstance(value, bool)
            ):
                candidate = dataclasses.replace(
                    settings, persistent_days={**settings.persistent_days, key: value}
                )
                if not candidate.problems():
                    settings = candidate
    return settings


class FlagService:
    def __init__(self, record: CareRecord) -> None:
        self._record = record

    # -- settings ------------------------------------------------------------------------------

    def defaults(self) -> FlagSettings:
        return FlagSettings.defaults(self._record.knowledge.flags)

    def settings(self) -> FlagSettings:
        with self._record.reads() as session:
            row = session.get(PreferenceRow, SETTINGS_KEY)
            stored = row.value if row is not None else None
        defaults = self.defaults()
        return defaults if stored is None else _settings_from_json(stored, defaults)

    def save_settings(self, settings: FlagSettings) -> None:
        """Store ``settings``; raise FlagSettingsInvalid (nothing stored) when one is unusable."""
        unknown = set(settings.persistent_days) - set(self.defaults().persistent_days)
        problems = settings.problems()
        for key in sorted(unknown):
            problems[f"persistent_days:{key}"] = "This symptom has no 'days in a row' rule."
        if problems:
            raise FlagSettingsInvalid(problems)
        with self._record.sessions.begin() as session:
            row = session.get(PreferenceRow, SETTINGS_KEY)
            if row is None:
                session.add(PreferenceRow(key=SETTINGS_KEY, value=_settings_to_json(settings)))
            else:
                row.value = _settings_to_json(settings)

    def reset_settings(self) -> None:
        """Go back to every app default."""
        with self._record.sessions.begin() as session:
            row = session.get(PreferenceRow, SETTINGS_KEY)
            if row is not None:
                session.delete(row)

    # -- evaluating ----------------------------------------------------------------------------

    def inputs(self) -> FlagInputs:
        knowledge = self._record.knowledge
        side_effects: dict[TreatmentCategory, SideEffectList] = {}
        for category in TreatmentCategory:
            info = knowledge.treatments.category(category)
            if info.side_effects:
                side_effects[category] = SideEffectList(
                    category_label=info.label(),
                    symptom_keys=frozenset(info.side_effects),
                    source_ids=info.side_effect_source_ids,
                )
        with self._record.reads() as session:
            person_row = session.get(PersonRow, 1)
            tracked = [
                to_tracked(row, self._record) for row in session.scalars(select(TrackedSymptomRow))
            ]
            return FlagInputs(
                entries=repositories.symptom_entries(session),
                measurements=repositories.measurements(session),
                person=person_from_row(person_row) if person_row else None,
                receptor_tests=repositories.receptor_tests(session),
                treatments=repositories.treatments(session),
                acknowledgements=repositories.flag_acknowledgements(session),
                labels={symptom.key: symptom.label for symptom in tracked},
                side_effects=side_effects,
            )

    def apply(self, changes: RecordChanges) -> None:
        """Told what an action changed. Nothing is kept between evaluations yet, so there is
        nothing to bring up to date: every evaluation reads the record afresh."""

    def warm(self) -> None:
        """Get ready for a first look at the flags (nothing is kept yet)."""

    def evaluate(self, since: dt.date | None = None) -> list[Flag]:
        """Every flag, newest first; with ``since``, only those that reach that day."""
        return evaluate_flags(self.inputs(), self._record.knowledge, self.settings(), since)

    def flags_on(self, day: dt.date) -> list[Flag]:
        """Open flags that the given day's entries raised or belong to."""
        return [flag for flag in self.evaluate(since=day) if day in flag.days and flag.is_open]

    # -- "discussed with my care team" ---------------------------------------------------------

    def mark_discussed(
        self,
        flag: Flag,
        discussed_on: dt.date,
        note: str = "",
        today: dt.date | None = None,
    ) -> FlagAcknowledgement:
        """Record that ``flag`` was discussed; it then stays quiet unless the symptom worsens."""
        today = today or dt.date.today()
        if discussed_on > today:
            raise DiscussionInvalid("This date is in the future. Please choose today or earlier.")
        if discussed_on < flag.first_day:
            raise DiscussionInvalid(
                "This date is before the flag began. Please choose a date on or after "
                f"{flag.first_day:%d %B %Y}."
            )
        at_discussion = [
            severity
            for severity, day in self._severities(flag)
            if day <= discussed_on and severity is not None
        ]
        severity = max(at_discussion, default=None)
        with self._record.sessions.begin() as session:
            row = session.scalar(
                select(FlagAcknowledgementRow).where(
                    FlagAcknowledgementRow.symptom_key == flag.symptom_key,
                    FlagAcknowledgementRow.rule == flag.rule.value,
                    FlagAcknowledgementRow.first_day == flag.first_day,
                )
            )
            if row is None:
                row = FlagAcknowledgementRow(
                    symptom_key=flag.symptom_key,
                    rule=flag.rule.value,
                    first_day=flag.first_day,
                    discussed_on=discussed_on,
                    severity_at_discussion=severity,
                    note=note,
                )
                session.add(row)
            else:
                row.discussed_on = discussed_on
                row.severity_at_discussion = severity
                row.note = note
            session.flush()
            return FlagAcknowledgement(
                symptom_key=row.symptom_key,
                rule=row.rule,
                first_day=row.first_day,
                discussed_on=row.discussed_on,
                severity_at_discussion=row.severity_at_discussion,
                note=row.note,
                id=row.id,
            )

    def undo_discussed(self, flag: Flag) -> None:
        """Take back a "discussed" mark (for example one set on the wrong flag)."""
        if flag.discussed is None:
            return
        with self._record.sessions.begin() as session:
            row = session.get(FlagAcknowledgementRow, flag.discussed.id)
            if row is not None:
                session.delete(row)

    def _severities(self, flag: Flag) -> list[tuple[int | None, dt.date]]:
        """The flag's daily severities, for rated symptoms (nothing for events and weight)."""
        if flag.rule not in RATED_RULES or flag.peak is None or flag.peak > MAX_SEVERITY:
            return []
        with self._record.reads() as session:
            entries = repositories.symptom_entries(session, since=flag.first_day)
        days = set(flag.days)
        return [
            (entry.severity, entry.day)
            for entry in entries
            if entry.symptom_key == flag.symptom_key and entry.day in days
        ]
