"""Flags for an open record: the settings they use, evaluating them, and "discussed" marks.

The rules themselves live in ``domain/flags.py``; the flags of the open record are kept in a
``FlagEngine`` (``domain/flag_engine.py``), built on first use from values SQL reduces to one
per symptom and day (``flag_reads.py``) and then updated by ``apply`` from each action's
``RecordChanges``, evaluating again only what the change can reach. Before the cache is built,
``flags_on`` answers from a window of days around the day asked for, so the first screen never
waits for the whole record. The adjustable defaults are stored in the record (so they travel
with it), as JSON under one preference key; values that are missing or no longer valid fall
back to the app default, one by one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mbc_tracker.domain.dates import long_day
from mbc_tracker.domain.flag_engine import FlagEngine, evaluate_day
from mbc_tracker.domain.flags import (
    Flag,
    FlagInputs,
    FlagRule,
    FlagSettings,
    SideEffectList,
)
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import (
    FlagAcknowledgement,
    Measurement,
    SymptomEntry,
    TreatmentCategory,
)
from mbc_tracker.domain.severity import MAX_SEVERITY
from mbc_tracker.services import flag_reads as fast_reads
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage import plain_sql
from mbc_tracker.storage.database import change_token

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
    """The flags of one open record, cached and kept up to date with ``apply``.

    The cache (a ``FlagEngine``) is built on first use from values reduced to one per symptom
    and day in SQL. The window calls ``apply`` with every action's ``RecordChanges``; should
    an action be committed without it, ``record.commits`` has moved and the next read builds
    the cache again from the record (slower, never stale).
    """

    def __init__(self, record: CareRecord) -> None:
        self._record = record
        self._engine: FlagEngine | None = None
        self._seen_commits: int | None = None
        self._seen_token: tuple[int, ...] = ()  # the file when read (records opened to read)

    # -- settings ------------------------------------------------------------------------------

    def defaults(self) -> FlagSettings:
        return FlagSettings.defaults(self._record.knowledge.flags)

    def settings(self) -> FlagSettings:
        with self._record.plain_reads() as connection:
            return self._settings_in(connection)

    def _settings_in(self, connection: sqlite3.Connection) -> FlagSettings:
        stored = plain_sql.preference(connection, SETTINGS_KEY)
        defaults = self.defaults()
        return defaults if stored is None else _settings_from_json(stored, defaults)

    def save_settings(self, settings: FlagSettings) -> None:
        """Store ``settings``; raise FlagSettingsInvalid (nothing stored) when one is unusable."""
        from mbc_tracker.storage.orm import PreferenceRow

        unknown = set(settings.persistent_days) - set(self.defaults().persistent_days)
        problems = settings.problems()
        for key in sorted(unknown):
            problems[f"persistent_days:{key}"] = translate(
                "flags", "This symptom has no 'days in a row' rule."
            )
        if problems:
            raise FlagSettingsInvalid(problems)
        with self._record.sessions.begin() as session:
            row = session.get(PreferenceRow, SETTINGS_KEY)
            if row is None:
                session.add(PreferenceRow(key=SETTINGS_KEY, value=_settings_to_json(settings)))
            else:
                row.value = _settings_to_json(settings)
        self.apply(RecordChanges(flag_settings=True))

    def reset_settings(self) -> None:
        """Go back to every app default."""
        from mbc_tracker.storage.orm import PreferenceRow

        with self._record.sessions.begin() as session:
            row = session.get(PreferenceRow, SETTINGS_KEY)
            if row is not None:
                session.delete(row)
        self.apply(RecordChanges(flag_settings=True))

    # -- evaluating ----------------------------------------------------------------------------

    def _side_effects(self) -> dict[TreatmentCategory, SideEffectList]:
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
        return side_effects

    def _context(self, connection: sqlite3.Connection) -> FlagInputs:
        """Everything the flags use but the entries and measurements (all small tables)."""
        return FlagInputs(
            entries=(),
            person=plain_sql.person(connection),
            receptor_tests=plain_sql.receptor_tests(connection),
            treatments=plain_sql.treatments(connection),
            acknowledgements=plain_sql.flag_acknowledgements(connection),
            labels=self._labels(connection),
            side_effects=self._side_effects(),
        )

    def _labels(self, connection: sqlite3.Connection) -> dict[str, str]:
        return {
            row.key: to_tracked(row, self._record).label
            for row in plain_sql.tracked_symptoms(connection)
        }

    def inputs(self) -> FlagInputs:
        """Everything the rules use, read in one transaction (for the summary and History)."""
        with self._record.plain_reads() as connection:
            context = self._context(connection)
            return dataclasses.replace(
                context,
                entries=plain_sql.symptom_entries(connection),
                measurements=plain_sql.measurements(connection),
            )

    def evaluate(self, since: dt.date | None = None) -> list[Flag]:
        """Every flag, newest first; with ``since``, only those that reach that day."""
        return self._engine_now().flags(since)

    def evaluate_afresh(self) -> list[Flag]:
        """Every flag, newest first, evaluated now rather than taken from the cache: its words
        are in the language in use at this moment (an export made under ``in_english()``),
        where the cache holds them in the language the window speaks."""
        return self._whole_record_engine().flags(None)

    def flags_on(self, day: dt.date) -> list[Flag]:
        """Open flags that the given day's entries raised or belong to.

        From the cache when it is there; otherwise from a window of days around ``day``, so
        that the first screen never waits for the whole record to be read."""
        engine = self._engine_if_current()
        if engine is not None:
            return engine.flags_on(day)
        with self._record.plain_reads() as connection:
            settings = self._settings_in(connection)
            context = self._context(connection)
            span = plain_sql.logged_span(connection)

            def logged_between(
                first: dt.date, last: dt.date
            ) -> tuple[Sequence[SymptomEntry], Sequence[Measurement]]:
                return (
                    plain_sql.symptom_entries(connection, since=first, until=last),
                    plain_sql.measurements(connection, None, first, last),
                )

            return evaluate_day(
                day, context, logged_between, span, self._record.knowledge, settings
            )

    def latest_logged_day(self) -> dt.date | None:
        """The last day anything was logged (a symptom, an event, a weight, a temperature):
        a flag that reaches it is ongoing (``domain.flags.is_ongoing``). None: nothing yet."""
        with self._record.plain_reads() as connection:
            span = plain_sql.logged_span(connection)
        return None if span is None else span[1]

    def promptly_flags_lost(self, settings: FlagSettings) -> tuple[int, int]:
        """How many of the record's "contact promptly" flags ``settings`` would no longer raise
        that way, and of how many: for the question before a prompt threshold is raised.

        A flag counts as kept while a "contact promptly" flag of the same symptom still covers
        one of its days. The record is evaluated once more with ``settings`` (on Save, only
        when a prompt threshold goes up), the same work as building the cache."""
        promptly_now = [flag for flag in self.evaluate() if flag.level is FlagLevel.PROMPTLY]
        if not promptly_now:
            return 0, 0
        candidate = self._whole_record_engine(settings)
        still_promptly = {
            (flag.symptom_key, day)
            for flag in candidate.flags()
            if flag.level is FlagLevel.PROMPTLY
            for day in flag.days
        }
        lost = sum(
            1
            for flag in promptly_now
            if not any((flag.symptom_key, day) in still_promptly for day in flag.days)
        )
        return lost, len(promptly_now)

    def warm(self) -> None:
        """Evaluate every flag now, so that later reads come from the cache (for idle time)."""
        self._engine_now()

    @property
    def is_warm(self) -> bool:
        """The flags are cached and nothing was committed since without ``apply``."""
        return self._engine_if_current() is not None

    def apply(self, changes: RecordChanges) -> None:
        """Bring the cached flags up to date with ``changes`` (what one action committed).

        Only what changed is read again: the changed days' entries and weights, or the small
        table that changed. Nothing cached: nothing to do (the next read builds it)."""
        engine = self._engine
        if engine is None or not changes.flags:
            if engine is not None:
                self._seen_commits = self._record.commits
            return
        if changes.everything:
            self._drop()
            return
        commits = self._record.commits
        with self._record.plain_reads() as connection:
            if changes.flag_settings:
                engine.set_settings(self._settings_in(connection))
            if changes.person:
                engine.set_person(plain_sql.person(connection))
            if changes.symptoms:
                engine.set_labels(self._labels(connection))
            if changes.treatments:
                engine.set_treatments(plain_sql.treatments(connection))
            if changes.receptor_tests:
                engine.set_receptor_tests(plain_sql.receptor_tests(connection))
            if changes.acknowledgements:
                engine.set_acknowledgements(plain_sql.flag_acknowledgements(connection))
            if changes.days:
                values = fast_reads.daily_values(connection, changes.days)
                for day in sorted(changes.days):
                    severities, events, weight, temperature = values.get(
                        day, ({}, set(), None, None)
                    )
                    engine.set_day_values(day, severities, events, weight, temperature)
        self._seen_commits = commits

    def _engine_if_current(self) -> FlagEngine | None:
        """The cached engine, unless the record changed since without ``apply`` (then the
        cache is dropped: a forgotten ``apply`` costs a rebuild, never stale flags)."""
        if self._engine is not None and self._record.commits != self._seen_commits:
            self._drop()
        if (
            self._engine is not None
            and self._record.read_only
            and change_token(self._record.path) != self._seen_token
        ):
            # Opened for reading while another window writes: its saves are not announced
            # here, so the file itself says when the flags must be read again.
            self._drop()
        return self._engine

    def _engine_now(self) -> FlagEngine:
        engine = self._engine_if_current()
        if engine is None:
            commits = self._record.commits  # before reading: a commit meanwhile rebuilds
            self._seen_token = change_token(self._record.path) if self._record.read_only else ()
            engine = self._whole_record_engine()
            self._engine, self._seen_commits = engine, commits
        return engine

    def _whole_record_engine(self, settings: FlagSettings | None = None) -> FlagEngine:
        """Every flag of the record evaluated, with ``settings`` (the record's own when None),
        read in one transaction."""
        with self._record.plain_reads() as connection:
            severities, events, weights, temperatures = fast_reads.all_daily_values(connection)
            return FlagEngine.from_daily(
                severities,
                events,
                weights,
                self._context(connection),
                self._record.knowledge,
                settings if settings is not None else self._settings_in(connection),
                temperatures,
            )

    def _drop(self) -> None:
        self._engine, self._seen_commits = None, None

    # -- "discussed with my care team" ---------------------------------------------------------

    def mark_discussed(
        self,
        flag: Flag,
        discussed_on: dt.date,
        note: str = "",
        today: dt.date | None = None,
    ) -> FlagAcknowledgement:
        """Record that ``flag`` was discussed; it then stays quiet unless the symptom worsens."""
        from sqlalchemy import select

        from mbc_tracker.storage.orm import FlagAcknowledgementRow

        today = today or dt.date.today()
        if discussed_on > today:
            raise DiscussionInvalid(
                translate("flags", "This date is in the future. Please choose today or earlier.")
            )
        if discussed_on < flag.first_day:
            raise DiscussionInvalid(
                translate(
                    "flags",
                    "This date is before the flag began. Please choose a date on or after {day}.",
                ).format(day=long_day(flag.first_day))
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
            mark = FlagAcknowledgement(
                symptom_key=row.symptom_key,
                rule=row.rule,
                first_day=row.first_day,
                discussed_on=row.discussed_on,
                severity_at_discussion=row.severity_at_discussion,
                note=row.note,
                id=row.id,
            )
        self.apply(RecordChanges(acknowledgements=True))
        return mark

    def undo_discussed(self, flag: Flag) -> None:
        """Take back a "discussed" mark (for example one set on the wrong flag)."""
        from mbc_tracker.storage.orm import FlagAcknowledgementRow

        if flag.discussed is None:
            return
        with self._record.sessions.begin() as session:
            row = session.get(FlagAcknowledgementRow, flag.discussed.id)
            if row is not None:
                session.delete(row)
        self.apply(RecordChanges(acknowledgements=True))

    def _severities(self, flag: Flag) -> list[tuple[int | None, dt.date]]:
        """The flag's daily severities, for rated symptoms (nothing for events and weight)."""
        if flag.rule not in RATED_RULES or flag.peak is None or flag.peak > MAX_SEVERITY:
            return []
        with self._record.plain_reads() as connection:
            entries = plain_sql.symptom_entries(connection, since=flag.first_day)
        days = set(flag.days)
        return [
            (entry.severity, entry.day)
            for entry in entries
            if entry.symptom_key == flag.symptom_key and entry.day in days
        ]
