"""One day's log as the Today screen edits it, and the checks it must pass before it is saved.

A ``DayLog`` gathers what a person records for a date: a severity (0-10) for rated symptoms, yes or
no for events, weight and temperature in her chosen units, and a note. ``validate_day_log``
returns every problem at once, each tied to the field it concerns and worded so that a tired
person knows what to change. Nothing is saved while any problem remains.

A day may hold several entries of one symptom, each at its own time ("Pain 6 at 08:05, 3 at
22:10"): a ``DayEntry`` is one of them, and ``validate_entry`` checks one before it is saved.
Today's form shows and edits the latest entry of each symptom; the others are listed under it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from mbc_tracker.domain.dates import as_written
from mbc_tracker.domain.dates import count as count_words
from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import TemperatureUnit, WeightUnit
from mbc_tracker.domain.severity import MAX_SEVERITY, MIN_SEVERITY
from mbc_tracker.domain.units import temperature_range, weight_range

MAX_NOTE_LENGTH = 50_000


@dataclass(frozen=True)
class DayLog:
    day: dt.date
    severities: Mapping[str, int] = field(default_factory=dict)  # rated symptom key -> 0..10
    events: Mapping[str, bool] = field(default_factory=dict)  # event symptom key -> happened
    weight: float | None = None
    weight_unit: WeightUnit = WeightUnit.KG
    temperature: float | None = None
    temperature_unit: TemperatureUnit = TemperatureUnit.CELSIUS
    note: str = ""
    # What was saved for the day when it was read (see DayLogService.load_day); a save that
    # names it is refused if the day changed on disk meanwhile. Not part of the values.
    version: str | None = field(default=None, compare=False)

    @property
    def is_empty(self) -> bool:
        return not (
            self.severities
            or self.events
            or self.weight is not None
            or self.temperature is not None
            or self.note.strip()
        )


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one field: ``field`` names it (``day``, ``weight``, ``severity:<key>``...)."""

    field: str
    message: str


class DayLogInvalid(ValueError):
    """Raised when a day log with problems is offered for saving."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = problems


class DayChangedElsewhere(Exception):
    """The day changed on disk after it was shown (another window, an import): nothing was saved.

    ``message`` is meant for the person.
    """

    def __init__(self, day: dt.date) -> None:
        self.day = day
        self.message = translate(
            "daylog",
            "This day was changed somewhere else after it was opened here (in "
            "another window, or by an import), so nothing was saved, to avoid "
            "overwriting those entries.",
        )
        super().__init__(self.message)


def parse_number(text: str) -> float | None:
    """A decimal number typed by a person ("72.5" or "72,5"); None for an empty field.

    Raises ValueError with a message for anything else.
    """
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(
            translate("daylog", "“{text}” is not a number. Please type digits only.").format(
                text=text.strip()
            )
        ) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(
            translate("daylog", "“{text}” is not a number. Please type digits only.").format(
                text=text.strip()
            )
        )
    return value


def parse_severity(text: str) -> int:
    """A severity typed as text (used by import and the command line)."""
    cleaned = text.strip()
    # Plain ASCII digits only: str.isdigit() would accept "²" and int() would then fail.
    if not re.fullmatch(r"-?[0-9]+", cleaned):
        raise ValueError(
            translate(
                "daylog", "“{text}” is not a severity. Use a whole number from {low} to {high}."
            ).format(text=cleaned, low=MIN_SEVERITY, high=MAX_SEVERITY)
        )
    value = int(cleaned)
    if not MIN_SEVERITY <= value <= MAX_SEVERITY:
        raise ValueError(
            translate(
                "daylog", "{value} is outside the scale. Use a whole number from {low} to {high}."
            ).format(value=value, low=MIN_SEVERITY, high=MAX_SEVERITY)
        )
    return value


def validate_day_log(log: DayLog, today: dt.date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if log.day > today:
        problems.append(
            FieldProblem(
                "day",
                translate(
                    "daylog", "This date is in the future. You can log today or any past day."
                ),
            )
        )
    for key, severity in log.severities.items():
        if isinstance(severity, bool) or not isinstance(severity, int):
            problems.append(
                FieldProblem(
                    f"severity:{key}",
                    translate("daylog", "Choose a whole number from 0 (none) to 10."),
                )
            )
        elif not MIN_SEVERITY <= severity <= MAX_SEVERITY:
            problems.append(
                FieldProblem(
                    f"severity:{key}",
                    translate(
                        "daylog", "{value} is outside the scale; choose from 0 to 10."
                    ).format(value=severity),
                )
            )
    for key, present in log.events.items():
        if not isinstance(present, bool):
            problems.append(
                FieldProblem(
                    f"event:{key}",
                    translate("daylog", "Tick the box if this happened."),
                )
            )
    if log.weight is not None:
        low, high = weight_range(log.weight_unit)
        if not low <= log.weight <= high:
            problems.append(
                FieldProblem(
                    "weight",
                    translate(
                        "daylog",
                        "A weight of {value} {unit} looks like a typing mistake. Please enter a "
                        "value between {low} and {high}.",
                    ).format(
                        value=as_written(log.weight),
                        unit=log.weight_unit.value,
                        low=as_written(low),
                        high=as_written(high),
                    ),
                )
            )
    if log.temperature is not None:
        low, high = temperature_range(log.temperature_unit)
        if not low <= log.temperature <= high:
            problems.append(
                FieldProblem(
                    "temperature",
                    translate(
                        "daylog",
                        "A temperature of {value} °{unit} looks like a typing mistake. Please "
                        "enter a value between {low} and {high}.",
                    ).format(
                        value=as_written(log.temperature),
                        unit=log.temperature_unit.value,
                        low=as_written(low),
                        high=as_written(high),
                    ),
                )
            )
    if len(log.note) > MAX_NOTE_LENGTH:
        problems.append(
            FieldProblem(
                "note",
                translate(
                    "daylog",
                    "This note is {count} characters long; the most one day can hold is "
                    "{most}. Please shorten it.",
                ).format(count=count_words(len(log.note)), most=count_words(MAX_NOTE_LENGTH)),
            )
        )
    return problems


class DayValue(StrEnum):
    """Which one value stands for a day holding several entries of a symptom, in History and
    the clinic summary (a record preference; flags always read the day's highest)."""

    HIGHEST = "highest"
    AVERAGE = "average"

    def of(self, values: Sequence[float]) -> float:
        """The day's value from its entries' values (at least one)."""
        if self is DayValue.AVERAGE:
            return sum(values) / len(values)
        return max(values)

    @property
    def caption(self) -> str:
        """The sentence every chart and summary using it shows."""
        if self is DayValue.AVERAGE:
            return translate("daylog", "Each day shows the average of its entries.")
        return translate("daylog", "Each day shows its highest entry.")


MAX_ENTRY_NOTE_LENGTH = MAX_NOTE_LENGTH  # as a day's note, and as import allows
# A note may hold line breaks and tabs; any other control character (NUL, escape...) is never
# what a person meant to type, and NUL would cut the text short in SQLite.
_ALLOWED_CONTROLS = frozenset("\n\r\t")


@dataclass(frozen=True)
class DayEntry:
    """One entry of a symptom on a day, at a time of that day: a score or "it happened"."""

    id: int
    symptom_key: str
    day: dt.date
    time: dt.time
    severity: int | None = None  # rated symptoms, 0..10
    present: bool | None = None  # events
    note: str = ""


class EntryGone(Exception):
    """The entry was removed somewhere else (another window, an import) after it was shown.

    ``message`` is meant for the person.
    """

    def __init__(self, entry_id: int) -> None:
        self.entry_id = entry_id
        self.message = translate(
            "daylog",
            "This entry is no longer in the record (it was removed somewhere else), "
            "so nothing was changed.",
        )
        super().__init__(self.message)


def validate_entry(
    day: dt.date,
    time: dt.time,
    severity: int | None,
    present: bool | None,
    note: str,
    now: dt.datetime,
) -> list[FieldProblem]:
    """Every problem of one entry at once, by field: ``day``, ``time``, ``severity``,
    ``present``, ``note``. ``now`` is the moment the entry is offered (no entry after it)."""
    problems: list[FieldProblem] = []
    if day > now.date():
        problems.append(
            FieldProblem(
                "day",
                translate(
                    "daylog", "This date is in the future. You can log today or any past day."
                ),
            )
        )
    elif day == now.date() and time.replace(second=0, microsecond=0) > now.time():
        problems.append(
            FieldProblem(
                "time",
                translate(
                    "daylog", "This time is later than now. Choose the time it happened, up to now."
                ),
            )
        )
    if (severity is None) == (present is None):
        problems.append(
            FieldProblem("severity", translate("daylog", "Choose a score, or whether it happened."))
        )
    elif severity is not None and (
        isinstance(severity, bool)
        or not isinstance(severity, int)
        or not MIN_SEVERITY <= severity <= MAX_SEVERITY
    ):
        problems.append(
            FieldProblem(
                "severity", translate("daylog", "Choose a whole number from 0 (none) to 10.")
            )
        )
    elif present is not None and not isinstance(present, bool):
        problems.append(FieldProblem("present", translate("daylog", "Choose whether it happened.")))
    if any(
        unicodedata.category(character) == "Cc" and character not in _ALLOWED_CONTROLS
        for character in note
    ):
        problems.append(
            FieldProblem(
                "note",
                translate(
                    "daylog", "The note contains an invisible control character. Please retype it."
                ),
            )
        )
    elif len(note) > MAX_ENTRY_NOTE_LENGTH:
        problems.append(
            FieldProblem(
                "note",
                translate("daylog", "Please keep the note under {count} characters.").format(
                    count=count_words(MAX_ENTRY_NOTE_LENGTH)
                ),
            )
        )
    return problems
