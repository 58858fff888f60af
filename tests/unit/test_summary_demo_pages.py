"""The clinic summary of the one-year demo record, read back from the PDF as a clinician would.

The demo record is written once for a fixed day, on A4, and its summary made by the service as the
app and ``mbc-tracker report`` make it: the default period (since the last visit) fits on three
pages (two before the demo had medicines with doses to count) and a year on four; page 1 says what
an oncologist needs first (the diagnosis, the sites of spread, the receptor subtype, the treatments
and what changed, the flags one row each, the biggest changes, temperature, weight, the appointments
and the questions); no heading ends a page and no table's last row starts one alone; the STAR-trial
paragraph is printed once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication

from mbc_tracker.domain.dates import short_day
from mbc_tracker.domain.records import PaperSize, Person
from mbc_tracker.paths import DataPaths
from mbc_tracker.printing import summary_page_layout, write_summary_pdf
from mbc_tracker.printing.layout import _RowUnit, _TextUnit
from mbc_tracker.printing.pages import lay_out_summary
from mbc_tracker.printing.summary_document import HEADING, SUBHEADING
from mbc_tracker.reports.summary_data import Period, SummaryData
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 11, 30)
NOW = dt.datetime(2026, 11, 30, 9, 0)
YEAR = Period(TODAY - dt.timedelta(days=364), TODAY)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CareRecord]:
    from mbc_tracker.services.demo import write_demo_record

    folder = tmp_path_factory.mktemp("demo") / "data"
    record = write_demo_record(DataPaths(folder).ensure(), years=1, today=TODAY)
    person = record.person.get()
    assert person is not None
    record.person.save(dataclasses.replace(person, paper_size=PaperSize.A4), today=TODAY)
    yield record
    record.close()


def summary_of(record: CareRecord, period: Period | None = None) -> SummaryData:
    chosen = period or record.summary.default_period(TODAY)
    return record.summary.data(chosen, today=TODAY, now=NOW)


def pages_of(data: SummaryData, path: Path) -> list[str]:
    assert write_summary_pdf(data, path) == len(pypdf.PdfReader(path).pages)
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def test_the_default_summary_fits_on_three_pages(
    qapp: QApplication, demo: CareRecord, tmp_path: Path
) -> None:
    data = summary_of(demo)
    assert data.period.first < TODAY - dt.timedelta(days=7)  # since the last visit, not a day

    # The medicines (their own rows and "Medicines in this period") may take a third page.
    assert len(pages_of(data, tmp_path / "default.pdf")) <= 3


def test_a_year_long_summary_fits_on_four_pages_with_the_star_paragraph_once(
    qapp: QApplication, demo: CareRecord, tmp_path: Path
) -> None:
    pages = pages_of(summary_of(demo, YEAR), tmp_path / "year.pdf")

    assert len(pages) <= 4
    assert " ".join(pages).count("STAR trial") == 1


def test_page_one_says_what_the_oncologist_needs_first(
    qapp: QApplication, demo: CareRecord, tmp_path: Path
) -> None:
    person: Person | None = demo.person.get()
    assert person is not None and person.metastatic_diagnosis_date and person.first_diagnosis_date
    data = summary_of(demo, YEAR)

    first = pages_of(data, tmp_path / "year.pdf")[0]

    assert f"{person.name} · Born {short_day(person.date_of_birth)}" in first  # type: ignore[arg-type]
    assert (
        f"Diagnosis Metastatic since {short_day(person.metastatic_diagnosis_date)}; recurrence; "
        f"first diagnosed {short_day(person.first_diagnosis_date)}"
    ) in first
    assert "Sites of spread Bone, Liver" in first
    assert f"Receptor subtype {data.receptors.subtype}: ER" in first  # type: ignore[union-attr]
    ongoing = [treatment.name for treatment in demo.treatments.list() if treatment.ongoing]
    assert ongoing and all(f"{name} – " in first for name in ongoing)
    assert "Treatment changes Started" in first and "Stopped" in first
    assert "Temperature Highest" in first
    assert "Weight " in first and "days weighed" in first
    # The flags, one row per symptom and level, "promptly" first, then those to mention.
    promptly = first.index("Contact the care team promptly")
    mention = first.index("Symptoms to mention at this visit")
    assert promptly < mention < first.index("Biggest changes against the previous 365 days")
    for flag in data.flags:
        if not flag.discussed:
            assert flag.symptom in first
    assert "Upcoming appointments" in first
    for question in data.questions:
        assert question.text in first
    assert "Appendix" not in first


def test_no_heading_ends_a_page_and_no_last_row_starts_one_alone(
    qapp: QApplication, demo: CareRecord, tmp_path: Path
) -> None:
    for data in (summary_of(demo), summary_of(demo, YEAR)):
        writer = QPdfWriter(str(tmp_path / "measure.pdf"))
        writer.setResolution(1200)
        writer.setPageLayout(summary_page_layout(data.paper_size))
        pages = lay_out_summary(data, writer).pages
        for page in pages[:-1]:
            last = page[-1].unit
            assert not (isinstance(last, _TextUnit) and last.box.style in (HEADING, SUBHEADING))
        for page in pages[1:]:
            rows = [placement.unit for placement in page]
            if rows and isinstance(rows[0], _RowUnit) and rows[0].is_header:
                following = [unit for unit in rows[1:3]]
                alone = len(following) < 2 or not isinstance(following[1], _RowUnit)
                assert not alone, "a table's last row starts a page alone"
