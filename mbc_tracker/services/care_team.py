"""The person's care team: the people and services she contacts, with their phone and email.

Each action (add, change, delete, bring back) is one transaction. A contact needs a name; the
phone and email are optional but, when given, must look like a phone number and an email
address, so that a typing slip is caught while the person can still see it. A deleted contact is
handed back whole, and ``restore`` puts it back with the same id (so it returns to its place in
the list) unless that id has been taken in the meantime.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import CareTeamContact
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.person import has_control_characters
from mbc_tracker.storage import plain_sql, repositories
from mbc_tracker.storage.orm import CareTeamContactRow, PersonRow

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

# The column widths in the schema; SQLite does not enforce them, so the service does.
MAX_NAME_LENGTH = 200
MAX_ROLE_LENGTH = 200
MAX_PHONE_LENGTH = 100
MAX_EMAIL_LENGTH = 200

# Something, an @, something with a dot in it: enough to catch a slip, never a full RFC 5322 check.
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
PHONE_CHARACTERS = frozenset("0123456789 +()-.")


def cleaned(contact: CareTeamContact) -> CareTeamContact:
    """The contact with spaces trimmed from the ends of its one-line fields."""
    return replace(
        contact,
        name=contact.name.strip(),
        role=contact.role.strip(),
        phone=contact.phone.strip(),
        email=contact.email.strip(),
        notes=contact.notes.strip(),
    )


def validate_contact(contact: CareTeamContact) -> dict[str, str]:
    """Every problem with a (cleaned) contact, keyed by field name; empty when it can be saved."""
    problems: dict[str, str] = {}
    if not contact.name:
        problems["name"] = translate(
            "care_team", "Please type a name, for example “Dr Lee” or “Breast care nurse”."
        )
    elif has_control_characters(contact.name):
        problems["name"] = translate(
            "care_team", "The name contains an invisible control character. Please retype it."
        )
    elif len(contact.name) > MAX_NAME_LENGTH:
        problems["name"] = translate(
            "care_team", "Please keep the name under {count} characters."
        ).format(count=MAX_NAME_LENGTH)
    if has_control_characters(contact.role):
        problems["role"] = translate(
            "care_team", "The role contains an invisible control character. Please retype it."
        )
    elif len(contact.role) > MAX_ROLE_LENGTH:
        problems["role"] = translate(
            "care_team", "Please keep the role under {count} characters."
        ).format(count=MAX_ROLE_LENGTH)
    if contact.phone:
        if not set(contact.phone) <= PHONE_CHARACTERS:
            problems["phone"] = translate(
                "care_team",
                "A phone number can hold only digits, spaces and + ( ) - . Please check "
                "it, or leave it empty.",
            )
        elif not any(character.isdigit() for character in contact.phone):
            problems["phone"] = translate(
                "care_team", "This phone number has no digits. Please check it."
            )
        elif len(contact.phone) > MAX_PHONE_LENGTH:
            problems["phone"] = translate(
                "care_team", "Please keep the phone number under {count} characters."
            ).format(count=MAX_PHONE_LENGTH)
    elif contact.urgent:
        problems["phone"] = translate(
            "care_team",
            "The number for urgent problems needs a phone number to call. Please "
            "type it, or untick “for urgent problems”.",
        )
    if contact.email:
        if not EMAIL_PATTERN.fullmatch(contact.email):
            problems["email"] = translate(
                "care_team",
                "This does not look like an email address (such as name@example.org). "
                "Please check it, or leave it empty.",
            )
        elif len(contact.email) > MAX_EMAIL_LENGTH:
            problems["email"] = translate(
                "care_team", "Please keep the email address under {count} characters."
            ).format(count=MAX_EMAIL_LENGTH)
    return problems


class CareTeamService:
    def __init__(self, record: CareRecord) -> None:
        self._record = record

    def list(self) -> tuple[CareTeamContact, ...]:
        """Every contact, in the order they were added."""
        with self._record.reads() as session:
            return repositories.care_team(session)

    def urgent(self) -> tuple[CareTeamContact, ...]:
        """The contacts marked as the number to call with an urgent problem (read in plain SQL:
        Today's banner asks for them after a save)."""
        with self._record.plain_reads() as connection:
            return tuple(contact for contact in plain_sql.care_team(connection) if contact.urgent)

    def add(self, contact: CareTeamContact) -> CareTeamContact:
        """Store a new contact (its id is ignored) and return it with its new id."""
        contact = self._checked(contact)
        with self._record.sessions.begin() as session:
            self._require_person(session)
            row = repositories.care_team_row(contact)
            session.add(row)
            session.flush()
            return replace(contact, id=row.id)

    def update(self, contact: CareTeamContact) -> CareTeamContact:
        """Change a stored contact; RecordNotFound if it was deleted in the meantime."""
        contact = self._checked(contact)
        with self._record.sessions.begin() as session:
            row = session.get(CareTeamContactRow, contact.id) if contact.id is not None else None
            if row is None:
                raise RecordNotFound(
                    translate("care_team", "This contact is no longer in the record.")
                )
            row.name = contact.name
            row.role = contact.role
            row.phone = contact.phone
            row.email = contact.email
            row.notes = contact.notes
            row.urgent = contact.urgent
        return contact

    def delete(self, contact: CareTeamContact) -> CareTeamContact:
        """Remove a contact and return it as it was stored, for ``restore``."""
        with self._record.sessions.begin() as session:
            row = session.get(CareTeamContactRow, contact.id) if contact.id is not None else None
            if row is None:
                raise RecordNotFound(
                    translate("care_team", "This contact is no longer in the record.")
                )
            stored = CareTeamContact(
                name=row.name,
                role=row.role,
                phone=row.phone,
                email=row.email,
                notes=row.notes,
                urgent=row.urgent,
                id=row.id,
            )
            session.delete(row)
        return stored

    def restore(self, deleted: CareTeamContact) -> CareTeamContact:
        """Put a deleted contact back, with its old id when that is still free."""
        with self._record.sessions.begin() as session:
            self._require_person(session)
            row = repositories.care_team_row(deleted)
            if deleted.id is not None and session.get(CareTeamContactRow, deleted.id) is None:
                row.id = deleted.id
            session.add(row)
            session.flush()
            return replace(deleted, id=row.id)

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _checked(contact: CareTeamContact) -> CareTeamContact:
        contact = cleaned(contact)
        problems = validate_contact(contact)
        if problems:
            raise RecordInvalid(problems)
        return contact

    @staticmethod
    def _require_person(session: Session) -> None:
        if session.get(PersonRow, 1) is None:
            raise RecordInvalid(
                {
                    "": translate(
                        "care_team",
                        "Please save the profile (at least a name) before adding contacts.",
                    )
                }
            )
