"""What every records service shares: the error that says which fields are wrong, and why.

Adding or editing a care-team contact, a receptor test, a treatment or an appointment either
saves the whole thing in one transaction or raises ``RecordInvalid`` with one sentence per field
(keyed by the field's name, ``""`` for the form as a whole) and saves nothing. The GUI shows each
sentence under its field.
"""

from __future__ import annotations


class RecordInvalid(ValueError):
    """The entry cannot be saved; ``problems`` maps field names to sentences a person can act on."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems


class RecordNotFound(LookupError):
    """The entry was deleted in the meantime (for example in another window)."""
