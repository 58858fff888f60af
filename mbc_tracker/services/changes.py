"""What one action changed in a record: the small value every change is described by.

Every action that writes to the record goes through the window's one runner (``gui/runner.py``),
which returns a ``RecordChanges`` naming what the action touched: the days whose entries or
measurements changed (and which symptoms, when known), and which other parts of the record. The
main window broadcasts it; each page decides whether it cares, and refreshes now or when next
shown. The flags cache (``FlagService.apply``) uses the same value to evaluate again only what
the change can affect. Modelled on Anki's ``OpChanges`` (``proto/anki/collection.proto``).

``RecordChanges.everything()`` is for a record replaced as a whole (a restore, a new record):
every page and cache starts again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class RecordChanges:
    """What one action changed; combine two with ``|``."""

    # Days whose symptom entries, weights, temperatures or day notes changed.
    days: frozenset[dt.date] = field(default_factory=frozenset)
    # The symptoms whose entries changed on those days; empty means "any of them".
    symptom_keys: frozenset[str] = field(default_factory=frozenset)
    # Weights or temperatures changed on ``days``.
    measurements: bool = False
    # The tracked symptoms themselves: one added, renamed, or the list Today shows.
    symptoms: bool = False
    treatments: bool = False  # treatments and their schedules
    doses: bool = False  # a dose's answer (taken, skipped, later) or its removal
    reminders: bool = False  # a reminder snoozed or dismissed, or the reminder settings
    appointments: bool = False  # appointments and their questions
    receptor_tests: bool = False
    person: bool = False  # the profile, including the units weights and temperatures show in
    care_team: bool = False
    flag_settings: bool = False
    acknowledgements: bool = False  # "discussed with my care team" marks
    summary_options: bool = False
    day_value: bool = False  # which value stands for a day with several entries (highest, average)
    everything: bool = False

    @classmethod
    def everything_changed(cls) -> RecordChanges:
        return cls(everything=True)

    @classmethod
    def of_days(
        cls,
        days: frozenset[dt.date] | set[dt.date] | tuple[dt.date, ...],
        symptom_keys: frozenset[str] | set[str] = frozenset(),
        measurements: bool = False,
    ) -> RecordChanges:
        return cls(
            days=frozenset(days), symptom_keys=frozenset(symptom_keys), measurements=measurements
        )

    def __or__(self, other: RecordChanges) -> RecordChanges:
        values: dict[str, object] = {}
        for item in fields(self):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            values[item.name] = mine | theirs
        # "Any symptom" on either side stays "any symptom" for the days together.
        if (self.days and not self.symptom_keys) or (other.days and not other.symptom_keys):
            values["symptom_keys"] = frozenset()
        return RecordChanges(**values)  # type: ignore[arg-type]

    def __bool__(self) -> bool:
        return any(getattr(self, item.name) for item in fields(self))

    @property
    def entries(self) -> bool:
        """Logged values changed (symptom entries, measurements or notes on some days)."""
        return self.everything or bool(self.days)

    @property
    def flags(self) -> bool:
        """The change can alter which flags exist or what they say."""
        return self.everything or bool(
            self.days
            or self.symptoms
            or self.treatments
            or self.receptor_tests
            or self.person
            or self.flag_settings
            or self.acknowledgements
        )

    def overlaps(self, other: RecordChanges) -> bool:
        """True when both name a common part (any day counts for ``days``), or either is
        ``everything``."""
        if self.everything or other.everything:
            return True
        return any(
            bool(getattr(self, item.name)) and bool(getattr(other, item.name))
            for item in fields(self)
            if item.name != "symptom_keys"
        )

    def touches(self, *names: str) -> bool:
        """True when ``everything`` changed or any of the named parts did (``"days"`` too)."""
        return self.everything or any(bool(getattr(self, name)) for name in names)
