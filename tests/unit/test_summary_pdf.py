"""The clinic visit summary's PDF, read back with pypdf as a clinician's PDF viewer would.

The summaries are made from hand-built ``SummaryData`` (the layout never reads a record), then
written with ``write_summary_pdf`` and checked for what a reader notices: the period, flags,
treatments and questions are there and a switched-off section is not; every page has the
header and "Page x of y"; a year-long summary runs over many pages without cutting a table row,
with the table's header on each page it continues on; the title is in the metadata; the chart is
sharp enough for print; and a failure while painting leaves no file, nor a changed older one.
Qt runs offscreen through pytest-qt's ``qapp``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication

from mbc_tracker import __version__
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import (
    PaperSize,
    SymptomKind,
    TemperatureUnit,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.paths import DataPaths, OutputRefused, ProtectedFiles
from mbc_tracker.printing import (
    ensure_gui_application,
    paint_summary,
    summary_page_layout,
    write_summary_pdf,
)
from mbc_tracker.printing.pages import lay_out_summary
from mbc_tracker.printing.summary_document import NO_FLAGS
from mbc_tracker.reports.history_data import (
    Aggregation,
    HistoryData,
    Point,
    SymptomSeries,
    TreatmentBand,
)
from mbc_tracker.reports.summary_data import (
    ALL_SECTIONS,
    NOT_A_REPLACEMENT_LINE,
    SELF_REPORTED_LINE,
    AppointmentLine,
    ContactLine,
    FlagLine,
    NoteLine,
    Period,
    PreparedBy,
    Preparer,
    ProfileFacts,
    QuestionLine,
    ReceptorLine,
    ReceptorSummary,
    Section,
    SummaryData,
    SymptomStats,
    TemperatureSummary,
    TreatmentLine,
    WeightSummary,
)

PERIOD = Period(dt.date(2026, 8, 24), dt.date(2026, 11, 21))
YEAR = Period(dt.date(2025, 11, 22), dt.date(2026, 11, 21))
SOURCE = "“What Is Metastatic Breast Cancer?”, Example Library"
# Words to lengthen a flag's text so that its row wraps onto several lines.
FILLER = ("the", "rule", "that", "fired", "with", "its", "numbers", "and", "the", "days", "it")


def flag(number: int, words: int = 12, level: FlagLevel = FlagLevel.NEXT_VISIT) -> FlagLine:
    """A flag whose every part carries its number, to find on which page each part landed."""
    filler = " ".join(FILLER[index % len(FILLER)] for index in range(words))
    return FlagLine(
        level=level,
        level_words="Contact the care team promptly"
        if level is FlagLevel.PROMPTLY
        else "Mention at the next visit",
        symptom=f"Symptom{number:03d}",
        days=f"Days{number:03d} (2 days)",
        what_happened=f"Happened{number:03d} {filler} End{number:03d}",
        reason=f"Reason{number:03d} {filler} Why{number:03d}",
        sources=(SOURCE,),
        discussed="Discussed on 5 Nov 2026" if number % 7 == 0 else "",
    )


def history(period: Period, aggregation: Aggregation = Aggregation.DAY) -> HistoryData:
    days = [period.first + dt.timedelta(days=offset) for offset in range(0, period.days, 3)]
    return HistoryData(
        first=period.first,
        last=period.last,
        aggregation=aggregation,
        symptoms=(
            SymptomSeries(
                "fatigue",
                "Tiredness (fatigue)",
                SymptomKind.RATED,
                tuple(Point(day, float(index % 8)) for index, day in enumerate(days)),
            ),
        ),
        weight=tuple(Point(day, 61.0 + (index % 5) / 10) for index, day in enumerate(days[::7])),
        weight_unit=WeightUnit.KG,
        treatments=(
            TreatmentBand(
                "Letrozole",
                TreatmentCategory.HORMONE_THERAPY,
                "Hormone therapy",
                period.first - dt.timedelta(days=40),
                None,
            ),
        ),
        appointments=(),
        flagged=(),
    )


def summary(
    *,
    period: Period = PERIOD,
    sections: Iterable[Section] = ALL_SECTIONS,
    flags: tuple[FlagLine, ...] = (flag(1, level=FlagLevel.PROMPTLY), flag(2)),
    notes: tuple[NoteLine, ...] = (NoteLine(dt.date(2026, 11, 8), "Book club this evening."),),
    paper: PaperSize = PaperSize.A4,
    aggregation: Aggregation = Aggregation.DAY,
    symptoms: int = 2,
    appendix: bool = False,
) -> SummaryData:
    return SummaryData(
        person_name="Ann Example",
        date_of_birth=dt.date(1968, 3, 14),
        period=period,
        made_on=dt.date(2026, 11, 21),
        prepared_by=PreparedBy(Preparer.CAREGIVER, "Tom Example"),
        paper_size=paper,
        sections=frozenset(sections),
        flags=flags,
        flags_quiet=1,
        history=history(period, aggregation),
        symptoms=tuple(
            SymptomStats(
                key=f"symptom_{index}",
                label=f"Tracked symptom {index}",
                kind=SymptomKind.RATED,
                days_present=40,
                days_logged=86,
                highest=5,
                average=2.7,
                previous_days_present=30,
                previous_average=2.0,
                change="Higher on average: 2.7 against 2.0",
            )
            for index in range(symptoms)
        ),
        weight=WeightSummary(
            unit=WeightUnit.KG,
            unit_label="kg",
            first_day=dt.date(2026, 8, 30),
            first_value=61.1,
            last_day=dt.date(2026, 11, 15),
            last_value=61.5,
            lowest=61.1,
            highest=62.4,
            measurements=12,
            change="Up 0.4 kg (0.7%) from 30 Aug to 15 Nov 2026",
        ),
        treatments=(
            TreatmentLine(
                "Letrozole",
                "Hormone therapy",
                dt.date(2026, 7, 15),
                None,
                "Taking now",
                "",
                "",
            ),
            TreatmentLine(
                "Capecitabine",
                "Chemotherapy",
                dt.date(2026, 1, 10),
                dt.date(2026, 9, 1),
                "Stopped in this period",
                "Side effects",
                "Hand-foot syndrome https://example.org/" + "x" * 120,
            ),
        ),
        receptors=ReceptorSummary(
            test_date=dt.date(2024, 11, 13),
            sample="Metastasis: liver",
            lines=(ReceptorLine("ER", "Positive (70%)", "ER-positive: reading text."),),
            subtype="HR-positive, HER2-negative",
            subtype_meaning="Meaning of the subtype.",
            differs_from_earlier=("The HER2 result differs from the test of 2 May 2019.",),
            sources=(SOURCE,),
        ),
        appointments=(
            AppointmentLine(
                dt.datetime(2026, 12, 2, 10, 30), "Oncology visit", "Dr Lena Hart", "Clinic"
            ),
        ),
        questions=(
            QuestionLine("When is my next scan?", "Oncology visit, 2 Dec 2026"),
            QuestionLine("Can we help the tiredness?", "Left over from 3 Nov 2026"),
        ),
        notes=notes,
        notes_left_out=0,
        temperature=TemperatureSummary(
            unit=TemperatureUnit.CELSIUS,
            unit_label="°C",
            highest=38.6,
            highest_day=dt.date(2026, 10, 2),
            days_measured=14,
            flagged_days=(dt.date(2026, 10, 1), dt.date(2026, 10, 2)),
            threshold=38.0,
        ),
        profile=ProfileFacts(
            metastatic_diagnosis=dt.date(2024, 3, 3),
            first_diagnosis=dt.date(2019, 5, 4),
            presentation="Recurrence (came back after earlier treatment)",
            sites=("Bone", "Liver", "Left adrenal gland"),
        ),
        care_team=(
            ContactLine("Dr Lena Hart", "Medical oncologist", "01632 960101", ""),
            ContactLine("Sam Okafor", "Breast care nurse", "", "sam@example.org"),
        ),
        appendix=appendix,
    )


def page_texts(path: Path) -> list[str]:
    """Each page's text with the PDF's spacing undone (one space between words)."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


@pytest.fixture
def pdf_path(qapp: QApplication, tmp_path: Path) -> Path:
    return tmp_path / "summary.pdf"


# -- what is on the pages ---------------------------------------------------------------------


def test_the_summary_shows_the_period_flags_treatments_and_questions(pdf_path: Path) -> None:
    pages = write_summary_pdf(summary(appendix=True), pdf_path)

    texts = page_texts(pdf_path)
    assert len(texts) == pages
    text = " ".join(texts)
    assert "24 Aug to 21 Nov 2026 (90 days)" in text
    for expected in (
        "Flagged in this period",
        NOT_A_REPLACEMENT_LINE,
        "Contact the care team promptly",
        "Symptom001",
        "Happened001",
        "Reason001",
        "Letrozole",
        "Capecitabine",
        "Side effects",
        "Stopped in this period",
        "When is my next scan?",
        "Can we help the tiredness?",
        "Oncology visit, 2 Dec 2026",
        "2 Dec 2026, 10:30",
        "Dr Lena Hart",
        "HR-positive, HER2-negative",
        "61.1 to 61.5 kg (up 0.4 kg, 0.7%), 30 Aug to 15 Nov 2026",
        "Tracked symptom 1",
        "Higher on average: 2.7 against 2.0",
        "Book club this evening.",
        "ER-positive: reading text.",
        SOURCE,
        "Dr Lena Hart Medical oncologist 01632 960101",
        "Sam Okafor Breast care nurse — sam@example.org",
    ):
        assert expected in text, expected


def test_the_summary_shows_the_highest_temperature_the_days_measured_and_the_fever_days(
    pdf_path: Path,
) -> None:
    write_summary_pdf(summary(), pdf_path)

    first_page = page_texts(pdf_path)[0]
    assert (
        "Temperature Highest 38.6 °C on 2 Oct 2026; 14 days measured; fever flag on 1 Oct 2026, "
        "2 Oct 2026 (from 38.0 °C, an adjustable app default)"
    ) in first_page


def test_no_temperature_is_said_calmly(pdf_path: Path) -> None:
    data = dataclasses.replace(summary(), temperature=None)
    write_summary_pdf(data, pdf_path)
    assert "Temperature No temperature logged in this period" in page_texts(pdf_path)[0]


def test_every_page_has_the_header_and_page_x_of_y(pdf_path: Path) -> None:
    data = summary(flags=tuple(flag(number) for number in range(30)))

    pages = write_summary_pdf(data, pdf_path)

    assert pages >= 3
    for number, text in enumerate(page_texts(pdf_path), 1):
        assert "Ann Example" in text
        assert "Born 14 Mar 1968" in text
        assert "Period: 24 Aug to 21 Nov 2026 (90 days)" in text
        assert "Made on 21 Nov 2026" in text
        assert "Prepared by Tom Example (caregiver)" in text
        assert SELF_REPORTED_LINE in text
        assert f"Page {number} of {pages}" in text


def test_a_switched_off_section_is_absent(pdf_path: Path) -> None:
    # The notes are in the data, but their section is off: nothing of them may reach the page.
    sections = ALL_SECTIONS - {Section.NOTES, Section.TREATMENTS}

    write_summary_pdf(summary(sections=sections), pdf_path)

    text = " ".join(page_texts(pdf_path))
    assert "Notes from this period" not in text
    assert "Book club" not in text
    assert "Treatments" not in text
    assert "Capecitabine" not in text
    assert "Flagged in this period" in text


def test_only_the_chosen_sections_are_printed_in_their_order(pdf_path: Path) -> None:
    write_summary_pdf(summary(sections={Section.NOTES, Section.FLAGS}, appendix=True), pdf_path)

    text = " ".join(page_texts(pdf_path))
    assert (
        text.index("At a glance")
        < text.index("Flagged in this period")
        < text.index("Care team")
        < text.index("Appendix")
        < text.index("Notes from this period")
    )
    for title in (
        "Biggest changes",
        "Weight",
        "Temperature",
        "Receptor",
        "Treatments",
        "Upcoming appointments",
        "Questions to ask",
    ):
        assert title not in text


def test_no_flags_is_said_calmly_with_the_care_team_line(pdf_path: Path) -> None:
    write_summary_pdf(summary(flags=()), pdf_path)

    text = " ".join(page_texts(pdf_path))
    assert NO_FLAGS in text
    assert NOT_A_REPLACEMENT_LINE in text


def test_the_pdf_has_the_title_and_creator_in_its_metadata(pdf_path: Path) -> None:
    write_summary_pdf(summary(), pdf_path)

    metadata = pypdf.PdfReader(pdf_path).metadata
    assert metadata is not None
    assert metadata.title == "Clinic visit summary – Ann Example"
    assert metadata["/Creator"] == f"MBC Care Tracker {__version__}"


@pytest.mark.parametrize(
    ("paper", "size_points"), [(PaperSize.A4, (595, 842)), (PaperSize.LETTER, (612, 792))]
)
def test_the_paper_size_is_the_one_asked_for(
    pdf_path: Path, paper: PaperSize, size_points: tuple[int, int]
) -> None:
    write_summary_pdf(summary(paper=paper), pdf_path)

    for page in pypdf.PdfReader(pdf_path).pages:
        assert (round(page.mediabox.width), round(page.mediabox.height)) == size_points


def test_the_chart_is_sharp_enough_for_print(pdf_path: Path) -> None:
    write_summary_pdf(summary(), pdf_path)

    images = [image for page in pypdf.PdfReader(pdf_path).pages for image in page.images]
    assert len(images) == 1
    width_inches = (210 - 2 * 15) / 25.4  # the chart spans the A4 text column
    assert images[0].image.width / width_inches >= 250


# -- a long summary ---------------------------------------------------------------------------


def test_a_year_long_summary_never_cuts_a_table_row(pdf_path: Path) -> None:
    flags = tuple(flag(number, words=8 + (number * 7) % 50) for number in range(120))
    notes = tuple(
        NoteLine(YEAR.last - dt.timedelta(days=index * 9), f"Note{index:03d} " + "word " * index)
        for index in range(30)
    )
    data = summary(
        period=YEAR,
        flags=flags,
        notes=notes,
        aggregation=Aggregation.WEEK,
        symptoms=14,
        appendix=True,
    )

    pages = write_summary_pdf(data, pdf_path)

    texts = page_texts(pdf_path)
    assert pages == len(texts) >= 8
    # The first page names the first eight open ones (one in seven was discussed); the details
    # say each flag once.
    assert "And 94 more symptoms: all are in “Flagged in this period”." in texts[0]
    for number in range(120):
        parts = [
            f"Symptom{number:03d}",
            f"Days{number:03d}",
            f"Happened{number:03d}",
            f"End{number:03d}",
            f"Reason{number:03d}",
            f"Why{number:03d}",
        ]
        holding = {page for page, text in enumerate(texts[1:]) for part in parts if part in text}
        assert len(holding) == 1, f"flag {number} is on pages {sorted(holding)}"
    for index in range(30):
        assert sum(f"Note{index:03d}" in text for text in texts) == 1
    # The flags' table header heads every page its rows are on.
    for text in texts[1:]:
        if re.search(r"Symptom\d{3}", text):
            assert "Symptom What the app found Discussed" in text
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {pages}" in text


def test_no_piece_of_a_year_long_summary_is_sliced(qapp: QApplication, tmp_path: Path) -> None:
    flags = tuple(flag(number, words=60) for number in range(80))
    data = summary(period=YEAR, flags=flags, aggregation=Aggregation.WEEK, symptoms=20)
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(1200)
    writer.setPageLayout(summary_page_layout(data.paper_size))

    laid_out = lay_out_summary(data, writer)

    assert len(laid_out.pages) >= 6
    for page in laid_out.pages:
        for placement in page:
            assert placement.visible is None
            assert placement.bottom <= laid_out.body_height + 1e-6


def test_the_printer_gets_the_same_pages_as_the_pdf(pdf_path: Path, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    data = summary(flags=tuple(flag(number) for number in range(25)))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    printed = paint_summary(data, printer)
    written = write_summary_pdf(data, pdf_path)

    assert printed == written
    assert page_texts(tmp_path / "printed.pdf") == page_texts(pdf_path)


# -- writing safely ---------------------------------------------------------------------------


def fail_on_second_page(monkeypatch: pytest.MonkeyPatch) -> None:
    import mbc_tracker.printing.pages as pages

    painted: list[Any] = []
    real = pages.paint_page

    def paint_then_fail(*args: Any) -> None:
        painted.append(args)
        if len(painted) == 2:
            raise RuntimeError("painting failed")
        real(*args)

    monkeypatch.setattr(pages, "paint_page", paint_then_fail)


def test_a_failure_while_painting_leaves_no_file(
    pdf_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_on_second_page(monkeypatch)

    with pytest.raises(RuntimeError, match="painting failed"):
        write_summary_pdf(summary(flags=tuple(flag(number) for number in range(30))), pdf_path)

    assert list(pdf_path.parent.iterdir()) == []


def test_a_failure_leaves_an_older_file_untouched(
    pdf_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_summary_pdf(summary(), pdf_path)
    before = pdf_path.read_bytes()
    fail_on_second_page(monkeypatch)

    with pytest.raises(RuntimeError):
        write_summary_pdf(summary(flags=tuple(flag(number) for number in range(30))), pdf_path)

    assert pdf_path.read_bytes() == before
    assert [path.name for path in pdf_path.parent.iterdir()] == ["summary.pdf"]


def test_a_missing_folder_is_an_os_error_and_writes_nothing(qapp: QApplication, tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        write_summary_pdf(summary(), tmp_path / "missing" / "summary.pdf")

    assert list(tmp_path.iterdir()) == []


def test_the_written_file_is_private_to_its_owner(pdf_path: Path) -> None:
    write_summary_pdf(summary(), pdf_path)

    if os.name == "posix":
        assert pdf_path.stat().st_mode & 0o077 == 0


@pytest.mark.skipif(sys.platform != "linux", reason="Linux hands such names over as they are")
def test_a_name_that_is_not_utf8_leaves_no_stray_readable_file(
    qapp: QApplication, tmp_path: Path
) -> None:
    # "café.pdf" typed on a Latin-1 system. Qt cannot open such a name; given it, it wrote the
    # pages into a file of its own, readable by everyone, and left it behind.
    target = tmp_path / os.fsdecode(b"caf\xe9.pdf")

    with contextlib.suppress(OSError):
        write_summary_pdf(summary(), target)

    for path in tmp_path.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path
        assert path == target
        assert path.read_bytes().startswith(b"%PDF")


def test_given_the_records_files_a_name_that_is_not_utf8_is_refused(
    qapp: QApplication, tmp_path: Path
) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    protecting = ProtectedFiles(paths.default_record, paths)

    with pytest.raises(OutputRefused, match="has characters that cannot be written"):
        write_summary_pdf(summary(), tmp_path / os.fsdecode(b"caf\xe9.pdf"), protecting)
    with pytest.raises(OutputRefused, match="is your record itself"):
        write_summary_pdf(summary(), paths.default_record, protecting)

    assert [path.name for path in tmp_path.iterdir()] == ["data"]
    assert not paths.default_record.exists()


# -- the application ------------------------------------------------------------------------------


def test_the_running_application_is_reused(qapp: QApplication) -> None:
    assert ensure_gui_application() is qapp


def test_a_bare_core_application_is_refused() -> None:
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from mbc_tracker.printing import ensure_gui_application\n"
        "app = QCoreApplication([])\n"
        "try:\n"
        "    ensure_gui_application()\n"
        "except RuntimeError as error:\n"
        "    print('refused:', error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refused: ")


def test_one_symptoms_flags_share_a_row_with_the_newest_listed_and_the_reason_said_once(
    pdf_path: Path,
) -> None:
    from dataclasses import replace

    nausea = tuple(
        replace(
            flag(number),
            symptom="Wobbly knees",
            reason="Feeling sick is worth telling the care team about. Reason shared.",
            discussed="",
        )
        for number in range(8)
    )
    write_summary_pdf(summary(flags=nausea), pdf_path)

    text = " ".join(page_texts(pdf_path))
    # One row on the first page, at a glance, and one in the details.
    assert "Wobbly knees 8 flags; not yet discussed Happened000" in text
    assert text.count("Wobbly knees") == 2
    assert "Wobbly knees Mention at the next visit 8 flags" in text
    assert all(f"Happened{number:03d}" in text for number in range(5))
    assert not any(f"Happened{number:03d}" in text for number in range(5, 8))
    assert "and 3 earlier flags in this period (all are listed in the app)" in text
    assert text.count("Reason shared.") == 1
    assert "app defaults, not medical rules" in text


def test_a_reason_shared_by_several_symptoms_is_printed_once(pdf_path: Path) -> None:
    from dataclasses import replace

    star = "In the STAR trial, nurses were alerted when symptoms worsened. Shared part."
    flags = tuple(
        replace(
            flag(number),
            reason=f"Own reason {number}. {star}",
            reason_parts=(f"Own reason {number}.", star),
        )
        for number in range(3)
    )

    write_summary_pdf(summary(flags=flags), pdf_path)

    text = " ".join(page_texts(pdf_path))
    assert text.count("In the STAR trial") == 1
    assert all(f"Own reason {number}." in text for number in range(3))
    assert text.count("Also given above for Symptom000.") == 2


def test_the_profile_facts_and_the_care_team_reach_the_pdf(pdf_path: Path) -> None:
    write_summary_pdf(summary(), pdf_path)

    first_page, *rest = page_texts(pdf_path)
    assert (
        "Diagnosis Metastatic since 3 Mar 2024; recurrence; first diagnosed 4 May 2019"
        in first_page
    )
    assert "Sites of spread Bone, Liver, Left adrenal gland" in first_page
    text = " ".join(rest) if rest else first_page
    assert "Care team Dr Lena Hart Medical oncologist 01632 960101 —" in text


def test_the_appendix_holds_the_receptor_readings_and_the_notes_only_when_asked(
    pdf_path: Path, tmp_path: Path
) -> None:
    write_summary_pdf(summary(), pdf_path)
    with_appendix = tmp_path / "appendix.pdf"
    write_summary_pdf(summary(appendix=True), with_appendix)

    without = " ".join(page_texts(pdf_path))
    assert "Appendix" not in without
    assert "ER-positive: reading text." not in without
    assert "Book club" not in without
    text = " ".join(page_texts(with_appendix))
    appendix = text[text.index("Appendix") :]
    assert "Receptor results in full" in appendix
    assert "ER-positive: reading text." in appendix
    assert "Notes from this period" in appendix
    assert "Book club this evening." in appendix


def test_no_change_worth_listing_is_said_with_the_apps_own_threshold(pdf_path: Path) -> None:
    data = summary()
    calm = tuple(
        dataclasses.replace(stats, average=2.0, previous_average=1.8) for stats in data.symptoms
    )
    write_summary_pdf(dataclasses.replace(data, symptoms=calm), pdf_path)

    first_page = page_texts(pdf_path)[0]
    assert "Biggest changes against the previous 90 days (26 May to 23 Aug 2026)" in first_page
    assert (
        "No symptom changed by half a point or more on average, nor by a day of an event "
        "(half a point is the app's own choice, not a medical rule)."
    ) in first_page


def test_open_contact_promptly_flags_from_before_the_period_are_named_on_page_one(
    pdf_path: Path,
) -> None:
    """A summary of a short period never reads as if nothing urgent were waiting."""
    data = dataclasses.replace(
        summary(flags=(flag(2),)), earlier_promptly=("Temperature (8 Oct 2026)",)
    )
    write_summary_pdf(data, pdf_path)
    first_page = page_texts(pdf_path)[0]
    assert "Nothing in this period was flagged to contact the care team promptly" in first_page
    assert (
        "Still open from before this period, not marked as discussed: Temperature (8 Oct 2026)."
        in first_page
    )
