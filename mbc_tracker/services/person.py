"""The person the record is about: name, dates, sites of spread and unit preferences.

A record file holds exactly one person (row id 1). The window title, reports and the welcome
screen read her from here; the Profile screen edits her.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import asdict
from typing import TYPE_CHECKING

from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import PaperSize, Person, Presentation, TemperatureUnit, WeightUnit
from mbc_tracker.storage import plain_sql

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord
    from mbc_tracker.storage.orm import PersonRow

MAX_NAME_LENGTH = 200


class PersonInvalid(ValueError):
    """Problems with a person's details, keyed by field name."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems


def person_from_row(row: PersonRow) -> Person:
    return Person(
        name=row.name,
        date_of_birth=row.date_of_birth,
        metastatic_diagnosis_date=row.metastatic_diagnosis_date,
        presentation=Presentation(row.presentation) if row.presentation else None,
        first_diagnosis_date=row.first_diagnosis_date,
        spread_bone=row.spread_bone,
        spread_lung=row.spread_lung,
        spread_liver=row.spread_liver,
        spread_brain=row.spread_brain,
        spread_other=row.spread_other,
        weight_unit=WeightUnit(row.weight_unit),
        temperature_unit=TemperatureUnit(row.temperature_unit),
        paper_size=PaperSize(row.paper_size) if row.paper_size else None,
    )


def has_control_characters(text: str) -> bool:
    """Invisible control characters (NUL, escape ...) that a name should never contain.

    SQLite's text functions stop at a NUL, so such a name could pass a check here and fail the
    database's; it is also never what a person meant to type.
    """
    return any(unicodedata.category(character) == "Cc" for character in text)


def validate_person(person: Person, today: dt.date) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = person.name.strip()
    if not name:
        problems["name"] = translate(
            "person", "Please type the name of the person this record is for."
        )
    elif has_control_characters(name):
        problems["name"] = translate(
            "person", "The name contains an invisible control character. Please retype it."
        )
    elif len(name) > MAX_NAME_LENGTH:
        problems["name"] = translate(
            "person", "Please keep the name under {count} characters."
        ).format(count=MAX_NAME_LENGTH)
    for field_name in ("date_of_birth", "metastatic_diagnosis_date", "first_diagnosis_date"):
        value = getattr(person, field_name)
        if value is not None and value > today:
            problems[field_name] = translate("person", "This date is in the future.")
    birth = person.date_of_birth
    for field_name in ("metastatic_diagnosis_date", "first_diagnosis_date"):
        value = getattr(person, field_name)
        if birth and value and value < birth and field_name not in problems:
            problems[field_name] = translate("person", "This date is before the date of birth.")
    first = person.first_diagnosis_date
    metastatic = person.metastatic_diagnosis_date
    if first and metastatic and first > metastatic and "first_diagnosis_date" not in problems:
        problems["first_diagnosis_date"] = translate(
            "person",
            "The first diagnosis is after the metastatic diagnosis; please check both dates.",
        )
    return problems


class PersonService:
    def __init__(self, record: CareRecord) -> None:
        self._record = record

    def get(self) -> Person | None:
        with self._record.plain_reads() as connection:
            return plain_sql.person(connection)

    def save(self, person: Person, today: dt.date | None = None) -> Person:
        """Create or update the person; raise PersonInvalid with every problem found."""
        from mbc_tracker.storage.orm import PersonRow

        problems = validate_person(person, today or dt.date.today())
        if problems:
            raise PersonInvalid(problems)
        values = asdict(person)
        values["name"] = person.name.strip()
        for key in ("presentation", "weight_unit", "temperature_unit", "paper_size"):
            values[key] = values[key].value if values[key] is not None else None
        with self._record.sessions.begin() as session:
            row = session.get(PersonRow, 1)
            if row is None:
                session.add(PersonRow(id=1, **values))
            else:
                for key, value in values.items():
                    setattr(row, key, value)
        return self.get() or person
