"""Which symptoms a record tracks, in what order Today shows them, and the person's own symptoms.

Catalogue symptoms are all tracked from the start (most hidden from Today); a person picks which
appear on Today and may add her own symptom names. A tracked symptom is never deleted while it
has history: it is hidden instead, so no logged day loses its meaning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import SymptomKind, TrackedSymptom
from mbc_tracker.services.person import has_control_characters
from mbc_tracker.storage import plain_sql

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord
    from mbc_tracker.storage.orm import TrackedSymptomRow

MAX_OWN_LABEL_LENGTH = 80


class SymptomNameInvalid(ValueError):
    """The name offered for an own symptom cannot be used; the message says why."""


def to_tracked(row: TrackedSymptomRow | plain_sql.TrackedRow, record: CareRecord) -> TrackedSymptom:
    if row.own:
        label = row.label
    else:
        catalogue = record.knowledge.symptom(row.key)
        label = catalogue.label() if catalogue else row.key.replace("_", " ").capitalize()
    return TrackedSymptom(
        key=row.key,
        label=label,
        kind=SymptomKind(row.kind),
        on_today=row.on_today,
        position=row.position,
        own=row.own,
    )


class SymptomService:
    def __init__(self, record: CareRecord) -> None:
        self._record = record

    def all(self) -> list[TrackedSymptom]:
        """Every tracked symptom, Today's order first, then the rest by position."""
        with self._record.plain_reads() as connection:
            rows = plain_sql.tracked_symptoms(connection)
        tracked = [to_tracked(row, self._record) for row in rows]
        return sorted(tracked, key=lambda symptom: (not symptom.on_today, symptom.position))

    def on_today(self) -> list[TrackedSymptom]:
        return [symptom for symptom in self.all() if symptom.on_today]

    def set_today(self, keys: Sequence[str]) -> None:
        """Show exactly ``keys`` on Today, in that order."""
        from sqlalchemy import select

        from mbc_tracker.storage.orm import TrackedSymptomRow

        with self._record.sessions.begin() as session:
            rows = {row.key: row for row in session.scalars(select(TrackedSymptomRow))}
            unknown = [key for key in keys if key not in rows]
            if unknown:
                raise KeyError(f"Unknown symptom(s): {', '.join(unknown)}")
            chosen = set(keys)
            for position, key in enumerate(keys):
                rows[key].on_today = True
                rows[key].position = position
            rest = sorted(
                (row for row in rows.values() if row.key not in chosen),
                key=lambda row: row.position,
            )
            for offset, row in enumerate(rest, start=len(keys)):
                row.on_today = False
                row.position = offset

    def add_own(self, label: str, kind: SymptomKind, on_today: bool = True) -> TrackedSymptom:
        """Add a symptom of the person's own naming; raise SymptomNameInvalid with a reason."""
        from sqlalchemy import func, select

        from mbc_tracker.storage.orm import TrackedSymptomRow

        cleaned = " ".join(label.split())
        if not cleaned:
            raise SymptomNameInvalid(translate("symptoms", "Please type a name for the symptom."))
        if has_control_characters(cleaned):
            raise SymptomNameInvalid(
                translate(
                    "symptoms",
                    "The name contains an invisible control character. Please retype it.",
                )
            )
        if len(cleaned) > MAX_OWN_LABEL_LENGTH:
            raise SymptomNameInvalid(
                translate("symptoms", "Please keep the name under {count} characters.").format(
                    count=MAX_OWN_LABEL_LENGTH
                )
            )
        existing = {symptom.label.casefold(): symptom for symptom in self.all()}
        if cleaned.casefold() in existing:
            raise SymptomNameInvalid(
                translate("symptoms", "“{name}” is already in your list.").format(name=cleaned)
            )
        slug = re.sub(r"[^a-z0-9]+", "_", cleaned.casefold()).strip("_")[:40] or "symptom"
        with self._record.sessions.begin() as session:
            taken = set(session.scalars(select(TrackedSymptomRow.key)))
            key = f"own_{slug}"
            suffix = 2
            while key in taken:
                key = f"own_{slug}_{suffix}"
                suffix += 1
            position = (session.scalar(select(func.max(TrackedSymptomRow.position))) or 0) + 1
            row = TrackedSymptomRow(
                key=key,
                label=cleaned,
                kind=kind.value,
                own=True,
                on_today=on_today,
                position=position,
            )
            session.add(row)
            session.flush()
            return to_tracked(row, self._record)
