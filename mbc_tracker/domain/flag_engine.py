"""The flags of one open record, kept evaluated and updated from what changed.

``evaluate_flags`` (``domain/flags.py``) is the reference: it reads everything and runs every
rule. ``FlagEngine`` holds the same result together with what it was made from (per symptom the
highest severity of each day and the days an event happened, the weight of each day, the highest
temperature of each day, the rules' findings) and, when one day changes, runs the rules again
only over the part of the record that day can reach, so the cost of a change does not grow with
the length of the record.

Which part a changed day can reach follows from the rules (``_Reach``): a day's own status (is it
at or above the threshold, worse than the usual, a weight loss) depends on the days up to
``lookback`` before it (``baseline_days`` for worsening, ``weight_loss_days`` for weight loss,
none for the rest), and two such days belong to one finding when at most ``join`` days apart
(``episode_gap_days + 1`` for severity and worsening, 1 for days in a row, events and fever,
``weight_loss_days`` for weight episodes). The region evaluated again starts as the days whose
status can have changed and grows over every finding within ``join`` of its edges until nothing
can cross them; the findings inside are dropped and the rules run on that slice only (with the
``lookback`` days before it as their usual). Changes to the context (treatments, receptor tests,
"discussed" marks, labels, the units) only finish the cached findings again.

``evaluate_day`` answers "which open flags include this day?" from a window of days around it,
widened until every finding touching the day lies far enough inside the window to be exact: for
start-up, before the whole record has been read.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from mbc_tracker.domain.flags import (
    TEMPERATURE_KEY,
    WEIGHT_KEY,
    Flag,
    FlagInputs,
    FlagRule,
    FlagSettings,
    SideEffectList,
    _daily_values,
    _fever_daily,
    _Finding,
    _Finisher,
    _occurrences,
    _persistence,
    _severity,
    _weight_loss_daily,
    _worsening,
    daily_temperatures,
    daily_weights,
    flag_sort_key,
)
from mbc_tracker.domain.knowledge import Knowledge
from mbc_tracker.domain.records import (
    FlagAcknowledgement,
    Measurement,
    Person,
    ReceptorTest,
    SymptomEntry,
    TemperatureUnit,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)

V = TypeVar("V")
Group = tuple[str, FlagRule]  # the findings of one rule for one symptom
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class _Reach:
    """How far one rule looks: see the module docstring."""

    lookback: int  # days before a day that its status depends on
    join: int  # two status days at most this far apart belong to one finding
    every_status_day_in_a_finding: bool  # false for "days in a row" (short runs are no finding)

    @property
    def before(self) -> int:
        """Days before a finding's first day that must be known for it to be exact."""
        return self.join + self.lookback

    @property
    def after(self) -> int:
        """Days after a finding's last day that must be known for it to be exact."""
        return self.join


def rule_reach(rule: FlagRule, settings: FlagSettings) -> _Reach:
    episodes = settings.episode_gap_days + 1
    if rule in (FlagRule.OCCURRENCE, FlagRule.FEVER):
        return _Reach(0, 1, True)
    if rule is FlagRule.SEVERITY:
        return _Reach(0, episodes, True)
    if rule is FlagRule.PERSISTENCE:
        return _Reach(0, episodes, False)  # up to episode_gap_days unlogged days inside a run
    if rule is FlagRule.WORSENING:
        return _Reach(settings.baseline_days, episodes, True)
    return _Reach(settings.weight_loss_days, settings.weight_loss_days, True)


def _first_day(finding: _Finding) -> dt.date:
    return finding.days[0]


def _last_day(finding: _Finding) -> dt.date:
    return finding.days[-1]


def _between(values: Mapping[dt.date, V], first: dt.date, last: dt.date) -> dict[dt.date, V]:
    """The values from ``first`` to ``last``, looked up day by day when that is fewer steps."""
    if (last - first).days + 1 > len(values):
        return {day: value for day, value in values.items() if first <= day <= last}
    found: dict[dt.date, V] = {}
    day = first
    while day <= last:
        if day in values:
            found[day] = values[day]
        day += ONE_DAY
    return found


def _finding_on(findings: Sequence[_Finding], day: dt.date) -> _Finding | None:
    """The finding whose days include ``day`` (findings of one group are disjoint and sorted)."""
    index = bisect_right(findings, day, key=_first_day) - 1
    if index < 0:
        return None
    finding = findings[index]
    if finding.days[-1] < day:
        return None
    position = bisect_left(finding.days, day)
    return finding if position < len(finding.days) and finding.days[position] == day else None


class FlagEngine:
    """Every flag of one record, kept up to date one change at a time.

    After any sequence of ``set_*`` calls, ``flags()`` equals ``evaluate_flags`` over the inputs
    those calls describe (same flags, same order).
    """

    def __init__(self, inputs: FlagInputs, knowledge: Knowledge, settings: FlagSettings) -> None:
        severities, events = _daily_values(inputs.entries)
        self._setup(
            severities,
            events,
            daily_weights(inputs.measurements),
            daily_temperatures(inputs.measurements),
            inputs,
            knowledge,
            settings,
        )

    @classmethod
    def from_daily(
        cls,
        severities: Mapping[str, Mapping[dt.date, int]],
        events: Mapping[str, Iterable[dt.date]],
        weights_kg: Mapping[dt.date, float],
        context: FlagInputs,
        knowledge: Knowledge,
        settings: FlagSettings,
        temperatures_c: Mapping[dt.date, float] | None = None,
    ) -> FlagEngine:
        """An engine from values already reduced to one per day (the highest severity of each
        symptom, the days each event happened, the last weight in kg, the highest temperature in
        °C): what a database can hand over without building an object per entry. ``context``
        gives everything but entries and measurements, which it ignores."""
        engine = cls.__new__(cls)
        engine._setup(
            {key: dict(by_day) for key, by_day in severities.items() if by_day},
            {key: set(days) for key, days in events.items() if days},
            dict(weights_kg),
            dict(temperatures_c or {}),
            context,
            knowledge,
            settings,
        )
        return engine

    def _setup(
        self,
        severities: dict[str, dict[dt.date, int]],
        events: dict[str, set[dt.date]],
        weights_kg: dict[dt.date, float],
        temperatures_c: dict[dt.date, float],
        context: FlagInputs,
        knowledge: Knowledge,
        settings: FlagSettings,
    ) -> None:
        self._knowledge = knowledge
        self._settings = settings
        self._severities = severities
        self._events = events
        self._weights = weights_kg
        self._temperatures = temperatures_c
        self._context = replace(context, entries=(), measurements=())
        self._finisher = _Finisher(self._context, knowledge)
        self._findings: dict[Group, list[_Finding]] = {}
        self._flags: dict[tuple[Group, dt.date], Flag] = {}  # by group and first day
        self._sorted: list[Flag] = []
        self._evaluate_everything()

    # -- reading -------------------------------------------------------------------------------

    @property
    def settings(self) -> FlagSettings:
        return self._settings

    @property
    def context(self) -> FlagInputs:
        """Everything but the entries and measurements, as last set."""
        return self._context

    def flags(self, since: dt.date | None = None) -> list[Flag]:
        """Every flag, newest first; with ``since``, only those that reach that day."""
        if since is None:
            return list(self._sorted)
        end = bisect_right(
            self._sorted, -since.toordinal(), key=lambda flag: -flag.last_day.toordinal()
        )
        return self._sorted[:end]

    def flags_on(self, day: dt.date) -> list[Flag]:
        """Open flags whose days include ``day``, in the order of ``flags()``."""
        found = []
        for group, findings in self._findings.items():
            finding = _finding_on(findings, day)
            if finding is not None:
                flag = self._flags[(group, finding.days[0])]
                if flag.is_open:
                    found.append(flag)
        found.sort(key=flag_sort_key)
        return found

    def status_run(self, group: Group, day: dt.date) -> tuple[dt.date, dt.date] | None:
        """The first and last day of the run of status days through ``day`` for ``group``
        (a finding, or for "days in a row" the days present in a row, flagged or not)."""
        key, rule = group
        if rule is FlagRule.PERSISTENCE:
            by_day = self._severities.get(key, {})
            if by_day.get(day, 0) < 1:
                return None
            return _present_run(by_day, day, self._settings.episode_gap_days)
        finding = _finding_on(self._findings.get(group, ()), day)
        return None if finding is None else (finding.days[0], finding.days[-1])

    # -- changes to what was logged ------------------------------------------------------------

    def set_day(
        self, day: dt.date, entries: Sequence[SymptomEntry], weights: Sequence[Measurement]
    ) -> None:
        """Replace everything logged on ``day`` with ``entries`` and ``weights`` (all on it;
        ``weights`` holds every measurement of the day, temperatures too)."""
        severities, events = _daily_values(entry for entry in entries if entry.day == day)
        on_day = [measurement for measurement in weights if measurement.day == day]
        self.set_day_values(
            day,
            {key: by_day[day] for key, by_day in severities.items()},
            {key for key, days in events.items() if day in days},
            daily_weights(on_day).get(day),
            daily_temperatures(on_day).get(day),
        )

    def set_day_values(
        self,
        day: dt.date,
        severities: Mapping[str, int],
        events: Iterable[str],
        weight_kg: float | None,
        temperature_c: float | None = None,
    ) -> None:
        """Replace the values of ``day``: each symptom's highest severity, the events that
        happened, the day's weight in kg (None: not weighed), its highest temperature in °C
        (None: not measured)."""
        event_keys = set(events)
        rules = self._knowledge.flags.rules
        keys = set(severities) | event_keys
        keys |= {key for key, by_day in self._severities.items() if day in by_day}
        keys |= {key for key, days in self._events.items() if day in days}
        for key in sorted(keys):
            old_severity = self._severities.get(key, {}).get(day)
            new_severity = severities.get(key)
            if old_severity != new_severity:
                _put(self._severities, key, day, new_severity)
                rule = rules.get(key)
                if rule is not None and not rule.any_occurrence:
                    for rated in (FlagRule.SEVERITY, FlagRule.PERSISTENCE, FlagRule.WORSENING):
                        self._update(key, rated, day)
            was_event = day in self._events.get(key, ())
            if was_event != (key in event_keys):
                days = self._events.setdefault(key, set())
                if key in event_keys:
                    days.add(day)
                else:
                    days.discard(day)
                    if not days:
                        del self._events[key]
                rule = rules.get(key)
                if rule is not None and rule.any_occurrence:
                    self._update(key, FlagRule.OCCURRENCE, day)
        measures = (
            (self._weights, weight_kg, (WEIGHT_KEY, FlagRule.WEIGHT_LOSS)),
            (self._temperatures, temperature_c, (TEMPERATURE_KEY, FlagRule.FEVER)),
        )
        for by_day, value, group in measures:
            if by_day.get(day) != value:
                if value is None:
                    del by_day[day]
                else:
                    by_day[day] = value
                self._update(*group, day)

    # -- changes to the context ----------------------------------------------------------------

    def set_treatments(self, treatments: Sequence[Treatment]) -> None:
        self._set_context(replace(self._context, treatments=tuple(treatments)))

    def set_side_effects(self, side_effects: Mapping[TreatmentCategory, SideEffectList]) -> None:
        self._set_context(replace(self._context, side_effects=dict(side_effects)))

    def set_receptor_tests(self, receptor_tests: Sequence[ReceptorTest]) -> None:
        self._set_context(replace(self._context, receptor_tests=tuple(receptor_tests)))

    def set_acknowledgements(self, acknowledgements: Sequence[FlagAcknowledgement]) -> None:
        before = self._finisher.marks
        self._context = replace(self._context, acknowledgements=tuple(acknowledgements))
        self._finisher = _Finisher(self._context, self._knowledge)
        after = self._finisher.marks
        rules = {rule.value for rule in FlagRule}
        changed = {
            (key, FlagRule(rule))
            for (key, rule) in set(before) | set(after)
            if rule in rules and before.get((key, rule)) != after.get((key, rule))
        }
        for group in changed:
            self._finish_again(group)

    def set_labels(self, labels: Mapping[str, str]) -> None:
        """The names the person gave symptoms: they are in the findings' messages, so the rules
        run again for the symptoms whose name changed (and only for them)."""
        old = self._finisher
        self._context = replace(self._context, labels=dict(labels))
        self._finisher = _Finisher(self._context, self._knowledge)
        keys = set(old.labels) | set(labels)
        for key in sorted(keys):
            if old.label_of(key) != self._finisher.label_of(key):
                for group in self._groups_of(key):
                    self._evaluate_group(group)

    def set_person(self, person: Person | None) -> None:
        """The profile: its units are in the weight-loss and fever messages."""
        old_unit, old_temperature_unit = self._unit, self._temperature_unit
        self._context = replace(self._context, person=person)
        self._finisher = _Finisher(self._context, self._knowledge)
        if self._unit is not old_unit:
            self._evaluate_group((WEIGHT_KEY, FlagRule.WEIGHT_LOSS))
        if self._temperature_unit is not old_temperature_unit:
            self._evaluate_group((TEMPERATURE_KEY, FlagRule.FEVER))

    def set_settings(self, settings: FlagSettings) -> None:
        if settings != self._settings:
            self._settings = settings
            self._evaluate_everything()

    # -- inside --------------------------------------------------------------------------------

    @property
    def _unit(self) -> WeightUnit:
        person = self._context.person
        return person.weight_unit if person else WeightUnit.KG

    @property
    def _temperature_unit(self) -> TemperatureUnit:
        person = self._context.person
        return person.temperature_unit if person else TemperatureUnit.CELSIUS

    def _groups(self) -> list[Group]:
        groups: list[Group] = []
        for key, rule in self._knowledge.flags.rules.items():
            if rule.any_occurrence:
                groups.append((key, FlagRule.OCCURRENCE))
            else:
                groups.extend(
                    (key, rated)
                    for rated in (FlagRule.SEVERITY, FlagRule.PERSISTENCE, FlagRule.WORSENING)
                )
        groups.append((WEIGHT_KEY, FlagRule.WEIGHT_LOSS))
        groups.append((TEMPERATURE_KEY, FlagRule.FEVER))
        return groups

    def _groups_of(self, key: str) -> list[Group]:
        return [group for group in self._groups() if group[0] == key]

    def _set_context(self, context: FlagInputs) -> None:
        self._context = context
        self._finisher = _Finisher(context, self._knowledge)
        for group in list(self._findings):
            self._finish_again(group)

    def _evaluate_everything(self) -> None:
        self._findings = {}
        self._flags = {}
        self._sorted = []
        flags = []
        for group in self._groups():
            findings = self._run(group, None, None)
            if findings:
                self._findings[group] = findings
                for finding in findings:
                    flag = self._finisher.flag(finding)
                    self._flags[(group, finding.days[0])] = flag
                    flags.append(flag)
        flags.sort(key=flag_sort_key)
        self._sorted = flags

    def _evaluate_group(self, group: Group) -> None:
        """Run one group's rule over the whole record again (a renamed symptom, a new unit)."""
        for finding in self._findings.pop(group, []):
            self._remove_flag(group, finding)
        findings = self._run(group, None, None)
        if findings:
            self._findings[group] = findings
        for finding in findings:
            self._add_flag(group, finding)

    def _finish_again(self, group: Group) -> None:
        """Finish a group's findings again (same days, so each flag keeps its place)."""
        for finding in self._findings.get(group, ()):
            flag = self._finisher.flag(finding)
            self._flags[(group, finding.days[0])] = flag
            self._sorted[self._position(flag)] = flag

    def _position(self, flag: Flag) -> int:
        index = bisect_left(self._sorted, flag_sort_key(flag), key=flag_sort_key)
        assert self._sorted[index].identity == flag.identity
        return index

    def _remove_flag(self, group: Group, finding: _Finding) -> None:
        flag = self._flags.pop((group, finding.days[0]))
        del self._sorted[self._position(flag)]

    def _add_flag(self, group: Group, finding: _Finding) -> None:
        flag = self._finisher.flag(finding)
        self._flags[(group, finding.days[0])] = flag
        key = flag_sort_key(flag)
        self._sorted.insert(bisect_left(self._sorted, key, key=flag_sort_key), flag)

    def _update(self, key: str, rule: FlagRule, day: dt.date) -> None:
        """Evaluate ``rule`` for ``key`` again after ``day`` changed, only where it can reach."""
        group = (key, rule)
        if rule is FlagRule.PERSISTENCE and key not in self._settings.persistent_days:
            return
        reach = rule_reach(rule, self._settings)
        findings = self._findings.get(group, [])
        # Days whose status can have changed: the day itself and those that look back at it.
        first, last = day, day + dt.timedelta(days=reach.lookback)
        if not reach.every_status_day_in_a_finding:
            # "Days in a row": the region is the run of present days through the day, the day
            # taken as present (the links between other days are the same before and after the
            # change, so the runs before and after it both lie inside).
            first, last = _present_run(
                self._severities.get(key, {}), day, self._settings.episode_gap_days
            )
            start = bisect_left(findings, first, key=_last_day)
            end = bisect_right(findings, last, key=_first_day)
        else:
            join = dt.timedelta(days=reach.join)
            while True:
                # Findings within ``join`` of the region could join a status day inside it.
                start = bisect_left(findings, first - join, key=_last_day)
                end = bisect_right(findings, last + join, key=_first_day)
                if start >= end:
                    break
                wider = min(first, findings[start].days[0]), max(last, findings[end - 1].days[-1])
                if wider == (first, last):
                    break
                first, last = wider
        for finding in findings[start:end]:
            self._remove_flag(group, finding)
        fresh = self._run(group, first, last)
        findings[start:end] = fresh
        for finding in fresh:
            self._add_flag(group, finding)
        if findings:
            self._findings[group] = findings
        else:
            self._findings.pop(group, None)

    def _run(self, group: Group, first: dt.date | None, last: dt.date | None) -> list[_Finding]:
        """The group's findings inside ``first``..``last`` (None: the whole record)."""
        key, rule = group
        settings, flag_knowledge = self._settings, self._knowledge.flags
        if rule is FlagRule.WEIGHT_LOSS:
            weights = self._weights
            if first is not None and last is not None:
                since = first - dt.timedelta(days=settings.weight_loss_days)
                weights = _between(weights, since, last)
            return _weight_loss_daily(weights, self._unit, settings, flag_knowledge, first)
        if rule is FlagRule.FEVER:
            temperatures = self._temperatures
            if first is not None and last is not None:
                temperatures = _between(temperatures, first, last)
            return _fever_daily(temperatures, self._temperature_unit, settings, flag_knowledge)
        report_rule = flag_knowledge.rules[key]
        label = self._finisher.label_of(key)
        if rule is FlagRule.OCCURRENCE:
            days = self._events.get(key, set())
            if first is not None and last is not None:
                days = set(_between(dict.fromkeys(days, True), first, last))
            return _occurrences(key, label, days, report_rule)
        by_day = self._severities.get(key, {})
        if not by_day:
            return []
        if first is not None and last is not None:
            since = first
            if rule is FlagRule.WORSENING:
                since -= dt.timedelta(days=settings.baseline_days)
            by_day = _between(by_day, since, last)
        if rule is FlagRule.SEVERITY:
            return _severity(key, label, by_day, report_rule, settings)
        if rule is FlagRule.PERSISTENCE:
            return _persistence(key, label, by_day, report_rule, settings)
        return _worsening(key, label, by_day, report_rule, settings, flag_knowledge, first)


def _present_run(
    by_day: Mapping[dt.date, int], day: dt.date, unlogged_days: int
) -> tuple[dt.date, dt.date]:
    """The first and last day of the run of present days (``present_runs``) through ``day``,
    ``day`` itself taken as present whatever it holds."""

    def linked(present: dt.date, step: dt.timedelta) -> dt.date | None:
        """The next present day in the same run, looking one way from ``present``."""
        later = present
        for _ in range(unlogged_days + 1):
            later += step
            value = by_day.get(later)
            if value is not None:
                return later if value >= 1 else None  # a day logged without it ends the run
        return None  # too many days in a row without a log

    def end(step: dt.timedelta) -> dt.date:
        reached = day
        while (following := linked(reached, step)) is not None:
            reached = following
        return reached

    return end(-ONE_DAY), end(ONE_DAY)


def _put(values: dict[str, dict[dt.date, int]], key: str, day: dt.date, value: int | None) -> None:
    by_day = values.setdefault(key, {})
    if value is None:
        by_day.pop(day, None)
        if not by_day:
            del values[key]
    else:
        by_day[day] = value


# -- one day, from a window of days around it --------------------------------------------------


def day_margins(settings: FlagSettings) -> tuple[int, int]:
    """The most days any rule needs known before and after a finding for it to be exact."""
    reaches = [rule_reach(rule, settings) for rule in FlagRule]
    return max(reach.before for reach in reaches), max(reach.after for reach in reaches)


def evaluate_day(
    day: dt.date,
    context: FlagInputs,
    logged_between: Callable[
        [dt.date, dt.date], tuple[Sequence[SymptomEntry], Sequence[Measurement]]
    ],
    logged_span: tuple[dt.date, dt.date] | None,
    knowledge: Knowledge,
    settings: FlagSettings,
    first_window: tuple[int, int] | None = None,
) -> list[Flag]:
    """The open flags whose days include ``day``, read from a window of days around it.

    ``logged_between(first, last)`` returns the entries and measurements of those days (in the
    order the whole record would list them); ``logged_span`` is the first and last day anything
    was logged (None: nothing). Equal to the flags of ``evaluate_flags`` over the whole record
    that include ``day`` and are open. The window starts at twice the rules' reach on each side
    and doubles on a side while a finding through ``day`` comes closer to that edge than its
    rule's reach (an edge beyond the first or last logged day hides nothing). ``first_window``
    overrides the days before and after ``day`` to start from (tests start small to widen often).
    """
    if logged_span is None:
        return []
    first_logged, last_logged = logged_span
    before, after = day_margins(settings)
    reach_before, reach_after = first_window or (2 * before, 2 * after)
    while True:
        first = day - dt.timedelta(days=reach_before)
        last = day + dt.timedelta(days=reach_after)
        entries, measurements = logged_between(first, last)
        engine = FlagEngine(
            replace(context, entries=entries, measurements=measurements), knowledge, settings
        )
        start_known, end_known = first <= first_logged, last >= last_logged
        widen_before = widen_after = False
        for group in engine._groups():
            if group[1] is FlagRule.PERSISTENCE and group[0] not in settings.persistent_days:
                continue
            reach = rule_reach(group[1], settings)
            if not start_known and (day - first).days < reach.lookback:
                widen_before = True  # whether the day itself met the rule is not known yet
                continue
            run = engine.status_run(group, day)
            if run is None:
                continue
            if not start_known and (run[0] - first).days < reach.before:
                widen_before = True
            if not end_known and (last - run[1]).days < reach.after:
                widen_after = True
        if not (widen_before or widen_after):
            return engine.flags_on(day)
        if widen_before:
            reach_before = max(2 * reach_before, 1)
        if widen_after:
            reach_after = max(2 * reach_after, 1)
