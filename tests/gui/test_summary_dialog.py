"""The clinic visit summary dialog as a person uses it: the suggested days and why, problems told
under the field with nothing printed or remembered, her choices remembered for the record, and
the three ways out (preview, print, PDF) painting the same pages; Ctrl+P opens it from the window.

Modal dialogs never run here: the file, print and preview dialogs are replaced with stand-ins that
answer as a person would (the printer set to write a PDF in the test's folder).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    PaperSize,
    Person,
    SymptomKind,
)
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.summary_dialog import SummaryDialog, suggested_pdf_name
from mbc_tracker.gui.today_view import CANCEL, DISCARD
from mbc_tracker.paths import DataPaths
from mbc_tracker.printing import write_summary_pdf
from mbc_tracker.reports.summary_data import ALL_SECTIONS, Preparer, Section
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 12, 5)
LAST_VISIT = dt.datetime(2026, 11, 3, 10, 30)
DAY, MONTH = QDateEdit.Section.DaySection, QDateEdit.Section.MonthSection


@pytest.fixture
def make_dialog(qtbot: QtBot) -> Callable[[CareRecord], SummaryDialog]:
    def make(record: CareRecord) -> SummaryDialog:
        dialog = SummaryDialog(record, today=lambda: TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


@pytest.fixture
def dialog(record: CareRecord, make_dialog: Callable[[CareRecord], SummaryDialog]) -> SummaryDialog:
    return make_dialog(record)


@pytest.fixture
def logged(record: CareRecord) -> CareRecord:
    """Ann's record with a past oncology visit and every day logged since (symptoms, weight,
    a note), enough for a summary of several pages."""
    record.appointments.add(
        Appointment(LAST_VISIT, AppointmentKind.ONCOLOGY_VISIT, clinician="Dr Example"),
        now=dt.datetime.combine(TODAY, dt.time(9)),
        upcoming=False,
    )
    rated = [
        symptom.key for symptom in record.symptoms.on_today() if symptom.kind is SymptomKind.RATED
    ]
    day = LAST_VISIT.date()
    while day <= TODAY:
        number = (day - LAST_VISIT.date()).days
        record.daylog.save_day(
            DayLog(
                day=day,
                severities={key: (number + position) % 4 for position, key in enumerate(rated)},
                weight=70.0 - number * 0.05,
                note=f"Day {number}: walked to the shop, slept after lunch, ate a little soup.",
            ),
            today=TODAY,
        )
        day += dt.timedelta(days=1)
    return record


class Refused:
    """Stands in for a dialog that must not open; remembers that it was asked for."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *_args: object, **_kwargs: object) -> object:
        self.calls += 1
        raise AssertionError("this dialog should not have opened")


@pytest.fixture
def no_file_dialog(monkeypatch: pytest.MonkeyPatch) -> Refused:
    refused = Refused()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", refused)
    return refused


def answer_save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Make the Save dialog answer ``path``; returns the suggested paths it was shown."""
    suggested: list[str] = []

    def fake(_parent: QWidget, _title: str, where: str, _filter: str) -> tuple[str, str]:
        suggested.append(where)
        return str(path), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return suggested


def click(qtbot: QtBot, button: QWidget) -> None:
    if isinstance(button, QCheckBox | QRadioButton):
        # On the box itself: a check box may be wider than its words.
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_date(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())


def step_date(qtbot: QtBot, edit: QDateEdit, steps: int, section: QDateEdit.Section = DAY) -> None:
    """Move a date field with the arrow keys on its day (or month) part, as a person would."""
    edit.setFocus()
    edit.setCurrentSection(section)  # where a click on that part puts the cursor
    key = Qt.Key.Key_Up if steps > 0 else Qt.Key.Key_Down
    for _ in range(abs(steps)):
        qtbot.keyClick(edit, key)


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


# -- the suggested period ------------------------------------------------------------------------


def test_the_period_starts_at_the_last_oncology_visit(
    logged: CareRecord, make_dialog: Callable[[CareRecord], SummaryDialog]
) -> None:
    dialog = make_dialog(logged)
    assert dialog.windowTitle() == "Clinic visit summary"
    assert shown_date(dialog.from_edit) == LAST_VISIT.date()
    assert shown_date(dialog.to_edit) == TODAY
    assert dialog.period_reason.text() == "Since your last oncology visit on 3 November 2026."
    assert dialog.period_reason.isVisible()


def test_without_appointments_the_last_30_days_are_suggested_as_an_app_default(
    dialog: SummaryDialog, qtbot: QtBot
) -> None:
    assert shown_date(dialog.from_edit) == dt.date(2026, 11, 6)
    assert shown_date(dialog.to_edit) == TODAY
    assert "30 days" in dialog.period_reason.text()
    assert "app default" in dialog.period_reason.text()

    step_date(qtbot, dialog.from_edit, -2)
    assert shown_date(dialog.from_edit) == dt.date(2026, 11, 4)
    assert "own days" in dialog.period_reason.text()
    click(qtbot, dialog.since_last_visit_button)
    assert shown_date(dialog.from_edit) == dt.date(2026, 11, 6)
    assert "app default" in dialog.period_reason.text()


def test_the_paper_size_is_named_with_where_to_change_it(
    record: CareRecord, make_dialog: Callable[[CareRecord], SummaryDialog]
) -> None:
    record.person.save(Person(name="Ann Example", paper_size=PaperSize.LETTER), today=TODAY)
    dialog = make_dialog(record)
    assert dialog.paper_label.text() == "Paper: Letter — change it in Profile"


def test_without_a_paper_size_in_the_profile_the_region_decides(dialog: SummaryDialog) -> None:
    assert dialog.paper_label.text().endswith("(as the computer’s region) — change it in Profile")


# -- problems under the fields --------------------------------------------------------------------


def test_a_future_end_is_explained_under_to_and_nothing_is_written(
    dialog: SummaryDialog, record: CareRecord, qtbot: QtBot, no_file_dialog: Refused
) -> None:
    click(qtbot, dialog.section_boxes[Section.NOTES])
    step_date(qtbot, dialog.to_edit, 1)
    assert shown_date(dialog.to_edit) == TODAY + dt.timedelta(days=1)

    click(qtbot, dialog.save_pdf_button)

    assert dialog.to_error.isVisible()
    assert "in the future" in dialog.to_error.text()
    assert not dialog.from_error.isVisible()
    assert no_file_dialog.calls == 0
    assert dialog.last_data is None
    assert record.summary.options().sections == ALL_SECTIONS  # not remembered either
    # Putting the date right takes the message away.
    step_date(qtbot, dialog.to_edit, -1)
    assert not dialog.to_error.isVisible()


def test_an_end_before_the_start_is_explained_under_to(
    dialog: SummaryDialog, qtbot: QtBot, no_file_dialog: Refused, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = Refused()
    monkeypatch.setattr(QPrintDialog, "exec", printed)
    step_date(qtbot, dialog.to_edit, -1, MONTH)  # 5 Nov, the day before the start
    assert shown_date(dialog.to_edit) == dt.date(2026, 11, 5)

    click(qtbot, dialog.print_button)

    assert dialog.to_error.text() == (
        "The end is before the start. Please choose 6 November 2026 or later."
    )
    assert printed.calls == 0


def test_a_caregiver_without_a_name_is_asked_for_it(
    dialog: SummaryDialog, record: CareRecord, qtbot: QtBot, no_file_dialog: Refused
) -> None:
    assert dialog.patient_radio.isChecked()
    assert not dialog.caregiver_name_edit.isEnabled()
    click(qtbot, dialog.caregiver_radio)
    assert dialog.caregiver_name_edit.isEnabled()

    click(qtbot, dialog.save_pdf_button)

    assert dialog.caregiver_name_error.isVisible()
    assert dialog.caregiver_name_error.text() == "Please write the caregiver's name."
    assert record.summary.options().prepared_by.role is Preparer.PATIENT
    qtbot.keyClicks(dialog.caregiver_name_edit, "Tom")
    assert not dialog.caregiver_name_error.isVisible()


def test_with_every_section_unticked_nothing_is_done(
    dialog: SummaryDialog, record: CareRecord, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    previewed = Refused()
    monkeypatch.setattr(QPrintPreviewDialog, "exec", previewed)
    for box in dialog.section_boxes.values():
        click(qtbot, box)
    assert not any(box.isChecked() for box in dialog.section_boxes.values())

    click(qtbot, dialog.preview_button)

    assert dialog.sections_error.isVisible()
    assert "at least one" in dialog.sections_error.text()
    assert previewed.calls == 0
    assert record.summary.options().sections == ALL_SECTIONS
    click(qtbot, dialog.section_boxes[Section.WEIGHT])
    assert not dialog.sections_error.isVisible()


def test_enter_only_presses_a_focused_button_and_escape_closes(
    dialog: SummaryDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    no_file_dialog = Refused()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", no_file_dialog)
    printed, previewed = Refused(), Refused()
    monkeypatch.setattr(QPrintDialog, "exec", printed)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", previewed)
    for field in (dialog.from_edit, dialog.to_edit):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
    click(qtbot, dialog.caregiver_radio)
    qtbot.keyClicks(dialog.caregiver_name_edit, "Tom Example")
    qtbot.keyClick(dialog.caregiver_name_edit, Qt.Key.Key_Return)
    assert (printed.calls, previewed.calls, no_file_dialog.calls) == (0, 0, 0)
    assert dialog.isVisible()

    # On a button reached with Tab, Enter presses it.
    answer_save_as(monkeypatch, tmp_path / "summary.pdf")
    dialog.save_pdf_button.setFocus()
    qtbot.keyClick(dialog.save_pdf_button, Qt.Key.Key_Return)
    assert (tmp_path / "summary.pdf").exists()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_control_is_reached_with_tab(dialog: SummaryDialog, qtbot: QtBot) -> None:
    click(qtbot, dialog.caregiver_radio)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.from_edit.setFocus()
    reached: list[str] = []
    for _ in range(60):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    expected = {
        "summaryFrom",
        "summaryTo",
        "sinceLastVisitButton",
        "preparedByCaregiver",
        "caregiverName",
        *(f"section_{section.value}" for section in Section),
        "appendixBox",
        "previewButton",
        "printButton",
        "savePdfButton",
        "closeButton",
    }
    assert expected <= set(reached)
    # In reading order: the days, who prepared it, the parts, then the buttons.
    firsts = [reached.index(name) for name in ("summaryTo", "caregiverName", "section_flags")]
    assert firsts == sorted(firsts) and firsts[-1] < reached.index("previewButton")


# -- choices remembered per record ----------------------------------------------------------------


def test_the_caregiver_and_the_sections_are_remembered_after_reopening(
    dialog: SummaryDialog,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reopen: Callable[[], CareRecord],
    make_dialog: Callable[[CareRecord], SummaryDialog],
) -> None:
    click(qtbot, dialog.caregiver_radio)
    qtbot.keyClicks(dialog.caregiver_name_edit, "Tom Example")
    click(qtbot, dialog.section_boxes[Section.NOTES])
    click(qtbot, dialog.section_boxes[Section.RECEPTORS])
    answer_save_as(monkeypatch, tmp_path / "summary.pdf")
    click(qtbot, dialog.save_pdf_button)
    assert (tmp_path / "summary.pdf").exists()
    dialog.close()

    again = make_dialog(reopen())

    assert again.caregiver_radio.isChecked()
    assert again.caregiver_name_edit.text() == "Tom Example"
    assert again.caregiver_name_edit.isEnabled()
    unticked = {section for section, box in again.section_boxes.items() if not box.isChecked()}
    assert unticked == {Section.NOTES, Section.RECEPTORS}


def test_the_appendix_is_off_at_first_then_remembered_and_printed(
    logged: CareRecord,
    make_dialog: Callable[[CareRecord], SummaryDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reopen: Callable[[], CareRecord],
) -> None:
    dialog = make_dialog(logged)
    assert not dialog.appendix_box.isChecked()
    assert dialog.section_boxes[Section.NOTES].text() == "Notes from this period (in the appendix)"
    answer_save_as(monkeypatch, tmp_path / "without.pdf")
    click(qtbot, dialog.save_pdf_button)
    assert "Appendix" not in pdf_text(tmp_path / "without.pdf")

    click(qtbot, dialog.appendix_box)
    answer_save_as(monkeypatch, tmp_path / "with.pdf")
    click(qtbot, dialog.save_pdf_button)
    dialog.close()

    text = pdf_text(tmp_path / "with.pdf")
    assert "Appendix" in text
    assert "Notes from this period" in text[text.index("Appendix") :]
    assert make_dialog(reopen()).appendix_box.isChecked()


# -- saving, printing, previewing -----------------------------------------------------------------


def test_save_as_pdf_writes_the_summary_and_says_where(
    logged: CareRecord,
    make_dialog: Callable[[CareRecord], SummaryDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(logged)
    target = tmp_path / "for Dr Example"  # no ".pdf": it is added
    suggested = answer_save_as(monkeypatch, target)

    click(qtbot, dialog.save_pdf_button)

    written = tmp_path / "for Dr Example.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert dialog.result_label.isVisible()
    assert dialog.result_label.text() == f"Saved to {written}."
    assert dialog.result_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert Path(suggested[0]).name == "Clinic visit summary – Ann Example – 2026-12-05.pdf"
    assert QApplication.overrideCursor() is None  # the wait cursor is gone again


def test_a_missing_folder_is_explained_and_nothing_is_written(
    dialog: SummaryDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "gone" / "summary.pdf"
    answer_save_as(monkeypatch, target)

    click(qtbot, dialog.save_pdf_button)

    assert dialog.result_label.text() == (
        f"The folder {target.parent} does not exist; please create it first, "
        "or choose another folder for the summary."
    )
    assert not target.parent.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert QApplication.overrideCursor() is None


def still_the_record(record: CareRecord) -> bool:
    person = record.person.get()
    return (
        record.path.read_bytes().startswith(b"SQLite format 3\x00")
        and person is not None
        and person.name == "Ann Example"
    )


def test_save_as_pdf_never_writes_over_the_record(
    dialog: SummaryDialog,
    record: CareRecord,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names_before = sorted(tmp_path.rglob("*"))
    monkeypatch.setattr(dialog, "ask_pdf_path", lambda _suggested: record.path)

    click(qtbot, dialog.save_pdf_button)

    assert dialog.result_label.isVisible()
    assert dialog.result_label.text() == (
        "“record.mbcrecord” is your record itself; please choose another name for the summary."
    )
    # Still the record (the dialog itself saved the chosen sections into it), not a PDF.
    assert still_the_record(record)
    assert sorted(tmp_path.rglob("*")) == names_before
    assert QApplication.overrideCursor() is None


def test_a_pdf_name_that_is_a_link_to_the_record_is_refused(
    dialog: SummaryDialog,
    record: CareRecord,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link = tmp_path / "summary.pdf"
    link.symlink_to(record.path)
    answer_save_as(monkeypatch, link)

    click(qtbot, dialog.save_pdf_button)

    assert "is your record itself" in dialog.result_label.text()
    assert still_the_record(record)
    assert link.is_symlink()


def test_unsafe_characters_are_left_out_of_the_suggested_name() -> None:
    name = suggested_pdf_name('Ann "Nan" O/Example?', dt.date(2026, 12, 5))
    assert name == "Clinic visit summary – Ann -Nan- O-Example- – 2026-12-05.pdf"
    assert suggested_pdf_name("", dt.date(2026, 12, 5)) == "Clinic visit summary – 2026-12-05.pdf"


def test_the_preview_paints_the_same_pages_as_the_pdf(
    logged: CareRecord,
    make_dialog: Callable[[CareRecord], SummaryDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    previewed = tmp_path / "previewed.pdf"

    def show_preview(preview: QPrintPreviewDialog) -> int:
        # As the preview does when shown: it asks for the pages to be painted on its printer
        # (here told to write a PDF, so the pages can be counted).
        printer = preview.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(previewed))
        preview.paintRequested.emit(printer)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show_preview)
    dialog = make_dialog(logged)

    click(qtbot, dialog.preview_button)

    assert dialog.last_data is not None
    written = tmp_path / "written.pdf"
    pages = write_summary_pdf(dialog.last_data, written)
    assert page_count(previewed) == page_count(written) == pages
    assert pages >= 2  # a record with a visit and weights fills more than the first page
    first_page = PdfReader(previewed).pages[0]
    assert round(float(first_page.mediabox.width)) == 595  # A4 (points), as the dialog says


def test_print_sends_the_pages_to_the_chosen_printer(
    logged: CareRecord,
    make_dialog: Callable[[CareRecord], SummaryDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "printed.pdf"

    def choose_printer(print_dialog: QPrintDialog) -> int:
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_printer)
    dialog = make_dialog(logged)

    click(qtbot, dialog.print_button)

    assert printed.read_bytes().startswith(b"%PDF")
    assert dialog.result_label.isVisible()
    assert dialog.last_data is not None
    assert page_count(printed) == write_summary_pdf(dialog.last_data, tmp_path / "same.pdf")


def test_a_cancelled_print_dialog_prints_nothing(
    dialog: SummaryDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Rejected.value)
    click(qtbot, dialog.print_button)
    assert not dialog.result_label.isVisible()


# -- from the main window -------------------------------------------------------------------------


@pytest.fixture
def window(open_main_window: Callable[[dt.date], MainWindow]) -> MainWindow:
    return open_main_window(TODAY)


def close_summary_when_shown(seen: list[QWidget]) -> None:
    """Close the summary dialog as soon as it is up (Escape, as a person would)."""

    def close() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, SummaryDialog):
            seen.append(shown)
            shown.reject()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)


def test_ctrl_p_opens_the_summary_of_the_open_record(window: MainWindow, qtbot: QtBot) -> None:
    assert window.summary_action.isEnabled()
    assert window.summary_action.text() == "Clinic &visit summary…"
    seen: list[QWidget] = []
    close_summary_when_shown(seen)

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert len(seen) == 1
    assert seen[0].windowTitle() == "Clinic visit summary"


def test_ctrl_p_asks_about_unsaved_changes_on_today_first(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.today_view is not None
    qtbot.keyClicks(window.today_view.note_edit, "slept badly")
    asked: list[str] = []

    def go_back() -> str:
        asked.append("unsaved")
        return CANCEL

    monkeypatch.setattr(window.today_view, "_ask_unsaved", go_back)
    opened = Refused()
    monkeypatch.setattr(window, "ask_summary", opened)

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert asked == ["unsaved"]
    assert opened.calls == 0
    assert window.today_view.has_unsaved_changes()


def test_dont_save_opens_the_summary_and_keeps_todays_typing_unsaved(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.today_view is not None
    qtbot.keyClicks(window.today_view.note_edit, "slept badly")
    monkeypatch.setattr(window.today_view, "_ask_unsaved", lambda: DISCARD)
    opened: list[object] = []
    monkeypatch.setattr(window, "ask_summary", opened.append)

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert len(opened) == 1
    assert window.today_view.has_unsaved_changes()  # nothing typed is lost
    assert window.today_view.note_edit.toPlainText() == "slept badly"


def test_the_summary_is_not_offered_before_a_record_is_open(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    window = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    qtbot.addWidget(window)
    assert not window.summary_action.isEnabled()
    assert not window.show_summary()
