"""A real export to spoil: what ``export`` writes for a one-year demo record.

The hostile-file tests, the fuzz test and the command-line import tests all start from it (through
the session fixture ``real_export`` in ``tests/unit/conftest.py``). Two flags are marked as
discussed first, so that every section of the format holds something.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from mbc_tracker.domain.records import SymptomKind
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.transfer import export_record

DEMO_TODAY = dt.date(2025, 6, 30)


class RealExport:
    """An export file's text, and the symptom catalogue of the app that wrote it."""

    def __init__(self, text: str, catalogue: dict[str, SymptomKind]) -> None:
        self.text = text
        self.catalogue = catalogue

    def __repr__(self) -> str:
        # Short, so that a failing Hypothesis example does not print the whole file.
        return f"RealExport(<an export of {len(self.text):,} characters>)"

    def document(self) -> dict[str, Any]:
        """A fresh copy of the parsed file, free to change."""
        document: dict[str, Any] = json.loads(self.text)
        return document


def make_real_export(folder: Path) -> RealExport:
    record = write_demo_record(DataPaths(folder / "data"), years=1, today=DEMO_TODAY)
    try:
        for flag in record.flags.evaluate()[:2]:
            record.flags.mark_discussed(
                flag, discussed_on=flag.first_day, note="Asked at the visit", today=DEMO_TODAY
            )
        file = folder / "export.json"
        export_record(record, file)
        catalogue = {symptom.key: symptom.kind for symptom in record.knowledge.symptoms}
    finally:
        record.close()
    return RealExport(file.read_text(encoding="utf-8"), catalogue)
