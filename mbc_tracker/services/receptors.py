"""Receptor test results: adding, editing, deleting and bringing back a test, and reading them.

Each action is one transaction that saves the whole test or, when something is wrong (a date in
the future, a percentage outside 0-100), raises ``RecordInvalid`` with a sentence per field and
saves nothing. ``reading`` and ``disagreements`` hand the GUI what the domain makes of the
results (``domain/receptors.py``), with the knowledge file's words and sources, unchanged.
"""

from __future__ import annotations

import builtins
import datetime as dt
import math
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from mbc_tracker.domain.language import translate
from mbc_tracker.domain.receptors import (
    Disagreement,
    ReceptorReading,
    compare_tests,
    read_receptors,
)
from mbc_tracker.domain.records import ReceptorTest, SampleKind
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.person import has_control_characters
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import ReceptorTestRow

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

MAX_SITE_LENGTH = 200  # the width of the sample_site column


def validate_receptor_test(test: ReceptorTest, today: dt.date) -> dict[str, str]:
    """Every problem with ``test``, keyed by field name; empty when it can be saved."""
    problems: dict[str, str] = {}
    if test.test_date > today:
        problems["test_date"] = translate(
            "receptors", "This date is in the future. Please use the date on the test report."
        )
    for field_name in ("er_percent", "pr_percent"):
        value = getattr(test, field_name)
        if value is not None and not (math.isfinite(value) and 0 <= value <= 100):
            problems[field_name] = translate(
                "receptors",
                "Please type a percentage from 0 to 100, as on the report (or leave it "
                "empty if it was not tested).",
            )
    site = test.sample_site.strip()
    if test.sample_kind is SampleKind.METASTATIC:
        if has_control_characters(site):
            problems["sample_site"] = translate(
                "receptors", "The place contains an invisible control character. Please retype it."
            )
        elif len(site) > MAX_SITE_LENGTH:
            problems["sample_site"] = translate(
                "receptors", "Please keep this under {count} characters."
            ).format(count=MAX_SITE_LENGTH)
    return problems


def _row_values(test: ReceptorTest) -> dict[str, object]:
    def value(item: StrEnum | None) -> str | None:
        return item.value if item is not None else None

    return {
        "test_date": test.test_date,
        "sample_kind": test.sample_kind.value,
        # A primary tumour sample has no metastatic site.
        "sample_site": (
            test.sample_site.strip() if test.sample_kind is SampleKind.METASTATIC else ""
        ),
        "er_percent": test.er_percent,
        "pr_percent": test.pr_percent,
        "her2_ihc": value(test.her2_ihc),
        "ish": value(test.ish),
        "brca1": value(test.brca1),
        "brca2": value(test.brca2),
        "pdl1": value(test.pdl1),
        "trop2": value(test.trop2),
        "notes": test.notes.strip(),
    }


class ReceptorService:
    """The receptor tests of one record, oldest first."""

    def __init__(self, record: CareRecord) -> None:
        self._record = record

    def list(self) -> builtins.list[ReceptorTest]:
        with self._record.reads() as session:
            return builtins.list(repositories.receptor_tests(session))

    def add(self, test: ReceptorTest, today: dt.date | None = None) -> ReceptorTest:
        """Store a new test; raise RecordInvalid with every problem found, saving nothing."""
        self._check(test, today)
        with self._record.sessions.begin() as session:
            row = ReceptorTestRow(**_row_values(test))
            session.add(row)
            session.flush()
            new_id = row.id
        return self._get(new_id)

    def update(self, test: ReceptorTest, today: dt.date | None = None) -> ReceptorTest:
        """Save changes to a stored test (``test.id``); RecordNotFound if it was deleted."""
        self._check(test, today)
        with self._record.sessions.begin() as session:
            row = self._row(session, test.id)
            for key, value in _row_values(test).items():
                setattr(row, key, value)
        return self._get(row.id)

    def delete(self, test: ReceptorTest) -> ReceptorTest:
        """Delete a stored test and return it as it was, for ``restore``."""
        with self._record.sessions.begin() as session:
            row = self._row(session, test.id)
            stored = self._from_row(session, row.id)
            session.delete(row)
        return stored

    def restore(self, deleted: ReceptorTest) -> ReceptorTest:
        """Bring back a deleted test exactly, under its old id when that is still free."""
        with self._record.sessions.begin() as session:
            values = _row_values(deleted)
            if deleted.id is not None and session.get(ReceptorTestRow, deleted.id) is None:
                values["id"] = deleted.id
            row = ReceptorTestRow(**values)
            session.add(row)
            session.flush()
            new_id = row.id
        return self._get(new_id)

    def reading(self, test: ReceptorTest) -> ReceptorReading:
        """What the results of one test mean, as the knowledge file explains them."""
        return read_receptors(test, self._record.knowledge.receptors)

    def disagreements(self) -> builtins.list[Disagreement]:
        """Each marker that reads differently from one test to the next, oldest first."""
        return compare_tests(self.list(), self._record.knowledge.receptors)

    # -- helpers ----------------------------------------------------------------------------

    def _check(self, test: ReceptorTest, today: dt.date | None) -> None:
        problems = validate_receptor_test(test, today or dt.date.today())
        if problems:
            raise RecordInvalid(problems)

    @staticmethod
    def _row(session: Session, test_id: int | None) -> ReceptorTestRow:
        row = session.get(ReceptorTestRow, test_id) if test_id is not None else None
        if row is None:
            raise RecordNotFound(translate("receptors", "This test is no longer in the record."))
        return row

    @staticmethod
    def _from_row(session: Session, test_id: int) -> ReceptorTest:
        for test in repositories.receptor_tests(session):
            if test.id == test_id:
                return test
        raise RecordNotFound(translate("receptors", "This test is no longer in the record."))

    def _get(self, test_id: int) -> ReceptorTest:
        with self._record.reads() as session:
            return self._from_row(session, test_id)
