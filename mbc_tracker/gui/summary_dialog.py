"""The clinic visit summary dialog: choose the days, who prepared it and what it includes, then
preview it, print it or save it as a PDF.

Every way out goes through the same steps: the period is checked (``SummaryService.check_period``)
and the choices are remembered for this record (``save_options``); a problem appears under the
field it concerns and nothing is printed, saved or remembered until it is put right. Then the
summary's data is built once and handed to ``mbc_tracker.printing``: the preview and the printer
both call ``paint_summary`` and the PDF is written by ``write_summary_pdf``, which paints with
the same code, so what is previewed is what is printed. Outcomes are told in a calm line inside
the dialog rather than in message boxes. No button is the dialog's default, so pressing Enter in a
field never prints by accident; Escape closes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.language import os_reason
from mbc_tracker.gui import theme
from mbc_tracker.gui.export_warning import SUMMARY, confirm_unprotected_copy
from mbc_tracker.gui.labels import paper_size_label
from mbc_tracker.gui.runner import ChangeFailed, runner_for
from mbc_tracker.gui.widgets import (
    ErrorLabel,
    from_qdate,
    long_date_format,
    scaled_font,
    to_qdate,
    use_readable_calendar,
)
from mbc_tracker.paths import OutputRefused, ProtectedFiles
from mbc_tracker.reports.summary_data import (
    SECTION_TITLES,
    Period,
    PreparedBy,
    Preparer,
    Section,
    SummaryData,
)
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.editing import RecordInvalid
from mbc_tracker.services.summary import SummaryOptions, options_problems

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

# Characters Windows, macOS or Linux refuse (or treat specially) in a file name.
UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def safe_file_name(name: str) -> str:
    """``name`` with characters that file systems refuse replaced, and no dots or spaces at the
    ends (Windows drops them silently)."""
    cleaned = UNSAFE_IN_FILE_NAMES.sub("-", name)
    return " ".join(cleaned.split()).strip(". ")


def suggested_pdf_name(person_name: str, day: dt.date) -> str:
    """ "Clinic visit summary – Ann Example – 2026-12-05.pdf" (the name left out when empty)."""
    parts = [QCoreApplication.translate("SummaryDialog", "Clinic visit summary")]
    if person_name.strip():
        parts.append(person_name)
    parts.append(day.isoformat())
    return safe_file_name(" – ".join(parts)) + ".pdf"


class SummaryDialog(QDialog):
    """Prepare the clinic visit summary of the open record and preview, print or save it.

    Signals: none of its own (QDialog's). After an action, ``last_data`` holds the summary that
    was handed to the printer or written, and ``result_label`` says what happened.
    """

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._today = today
        self.last_data: SummaryData | None = None
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Clinic visit summary"))
        self._control_height = self.fontMetrics().height() + 16
        self._build()
        self._fill()
        self._fit_to_screen()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(18, 16, 18, 16)
        intro = QLabel(
            self.tr("A summary to print or bring to your appointment, from what you have logged."),
            self,
        )
        intro.setObjectName("summaryIntro")
        intro.setWordWrap(True)
        intro.setFont(scaled_font(self.font(), 1.1, bold=False))
        layout.addWidget(intro)
        layout.addWidget(self._build_period())
        layout.addWidget(self._build_prepared_by())
        layout.addWidget(self._build_sections())

        person = self._record.person.get()
        paper = self._record.summary.paper_size()
        if person is not None and person.paper_size is not None:
            paper_words = self.tr("Paper: {paper} — change it in Profile").format(
                paper=paper_size_label(paper)
            )
        else:
            paper_words = self.tr(
                "Paper: {paper} (as the computer’s region) — change it in Profile"
            ).format(paper=paper_size_label(paper))
        self.paper_label = QLabel(paper_words, self)
        self.paper_label.setObjectName("paperLabel")
        self.paper_label.setWordWrap(True)
        layout.addWidget(self.paper_label)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.result_label.hide()
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addLayout(self._build_buttons())

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        use_readable_calendar(edit)
        edit.setDisplayFormat(long_date_format())  # "16 de noviembre de 2026" in Spanish
        edit.setAccessibleName(accessible)
        edit.setMinimumHeight(self._control_height)
        edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("00 September 0000") + 60)
        return edit

    def _build_period(self) -> QGroupBox:
        group = QGroupBox(self.tr("Which days"), self)
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.from_edit = self._date_edit("summaryFrom", self.tr("From"))
        self.to_edit = self._date_edit("summaryTo", self.tr("To"))
        from_label = QLabel(self.tr("&From:"), group)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"), group)
        to_label.setBuddy(self.to_edit)
        self.from_error = ErrorLabel(self.from_edit, group)
        self.from_error.setObjectName("summaryFromError")
        self.to_error = ErrorLabel(self.to_edit, group)
        self.to_error.setObjectName("summaryToError")
        self.since_last_visit_button = QPushButton(self.tr("&Since last visit"), group)
        self.since_last_visit_button.setObjectName("sinceLastVisitButton")
        self.since_last_visit_button.setAutoDefault(False)
        self.since_last_visit_button.setMinimumHeight(self._control_height)
        self.since_last_visit_button.setToolTip(self.tr("Put back the suggested days"))
        self.period_reason = QLabel(group)
        self.period_reason.setObjectName("periodReason")
        self.period_reason.setWordWrap(True)
        self.period_reason.setStyleSheet(theme.muted_style(self))

        grid.addWidget(from_label, 0, 0)
        grid.addWidget(self.from_edit, 0, 1)
        grid.addWidget(self.from_error, 1, 1, 1, 3)
        grid.addWidget(to_label, 2, 0)
        grid.addWidget(self.to_edit, 2, 1)
        grid.addWidget(self.since_last_visit_button, 2, 2)
        grid.addWidget(self.to_error, 3, 1, 1, 3)
        grid.addWidget(self.period_reason, 4, 0, 1, 4)
        grid.setColumnStretch(3, 1)

        self.from_edit.dateChanged.connect(self._on_dates_changed)
        self.to_edit.dateChanged.connect(self._on_dates_changed)
        self.since_last_visit_button.clicked.connect(self.restore_default_period)
        return group

    def _build_prepared_by(self) -> QGroupBox:
        group = QGroupBox(self.tr("Prepared by"), self)
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.patient_radio = QRadioButton(self.tr("&Me (the patient)"), group)
        self.patient_radio.setObjectName("preparedByPatient")
        self.caregiver_radio = QRadioButton(self.tr("A &caregiver"), group)
        self.caregiver_radio.setObjectName("preparedByCaregiver")
        self.prepared_by_group = QButtonGroup(group)
        self.prepared_by_group.addButton(self.patient_radio)
        self.prepared_by_group.addButton(self.caregiver_radio)
        self.caregiver_name_edit = QLineEdit(group)
        self.caregiver_name_edit.setObjectName("caregiverName")
        self.caregiver_name_edit.setAccessibleName(self.tr("Caregiver’s name"))
        self.caregiver_name_edit.setPlaceholderText(self.tr("Caregiver’s name"))
        self.caregiver_name_edit.setMinimumHeight(self._control_height)
        self.caregiver_name_edit.setMaxLength(200)
        self.caregiver_name_error = ErrorLabel(self.caregiver_name_edit, group)
        self.caregiver_name_error.setObjectName("caregiverNameError")

        grid.addWidget(self.patient_radio, 0, 0)
        grid.addWidget(self.caregiver_radio, 1, 0)
        grid.addWidget(self.caregiver_name_edit, 1, 1)
        grid.addWidget(self.caregiver_name_error, 2, 1)
        grid.setColumnStretch(1, 1)

        self.caregiver_radio.toggled.connect(self._on_preparer_toggled)
        self.caregiver_name_edit.textEdited.connect(self._clear_name_problem)
        return group

    def _build_sections(self) -> QGroupBox:
        group = QGroupBox(self.tr("What to include"), self)
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self.section_boxes: dict[Section, QCheckBox] = {}
        sections = list(Section)
        # Two columns, read down the first then the second, in the order they are printed.
        rows = (len(sections) + 1) // 2
        for index, section in enumerate(sections):
            # The same words head the section on the page, so the same translation (marked in
            # reports.summary_data); the notes say where they print.
            title = QCoreApplication.translate("summary_data", SECTION_TITLES[section])
            if section is Section.NOTES:
                title = self.tr("{title} (in the appendix)").format(title=title)
            box = QCheckBox(title, group)
            box.setObjectName(f"section_{section.value}")
            box.toggled.connect(self._clear_sections_problem)
            grid.addWidget(box, index % rows, index // rows)
            self.section_boxes[section] = box
        self.sections_error = ErrorLabel(group, group)
        self.sections_error.setObjectName("sectionsError")
        grid.addWidget(self.sections_error, rows, 0, 1, 2)
        # The first page says the receptor subtype in one line; the appendix adds what each
        # result means, and the notes, which are printed only there (both when ticked above).
        self.appendix_box = QCheckBox(
            self.tr("Add an &appendix at the end: the receptor readings in full and the notes"),
            group,
        )
        self.appendix_box.setObjectName("appendixBox")
        self.appendix_box.setToolTip(
            self.tr("Receptor results and notes print here when they are ticked above.")
        )
        self.section_boxes[Section.NOTES].setToolTip(
            self.tr("The notes are printed in the appendix, when it is added below.")
        )
        grid.addWidget(self.appendix_box, rows + 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self._sections_group = group
        return group

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.preview_button = self._button(self.tr("Pre&view…"), "previewButton")
        self.preview_button.setToolTip(self.tr("See the pages on screen before printing"))
        self.print_button = self._button(self.tr("&Print…"), "printButton")
        self.save_pdf_button = self._button(self.tr("Save as P&DF…"), "savePdfButton")
        self.close_button = self._button(self.tr("Close"), "closeButton")
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_summary)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        for button in (self.preview_button, self.print_button, self.save_pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        # No default button: Qt would otherwise make the first one the default, and Enter typed
        # in a date field would print. A focused button is pressed with Space or Enter
        # (keyPressEvent).
        button.setAutoDefault(False)
        button.setMinimumHeight(self._control_height + 4)
        button.setMinimumWidth(self.fontMetrics().horizontalAdvance("Save as PDF…") + 36)
        return button

    def _fit_to_screen(self) -> None:
        width = self.fontMetrics().horizontalAdvance("0") * 78
        self.resize(width, self.sizeHint().height())
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            self.resize(
                min(self.width(), screen.width() - 40), min(self.height(), screen.height() - 40)
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter reaches the dialog when a button without auto-default ignored it: press the
        # focused button, as a keyboard user expects. Enter in a field does nothing here.
        focused = self.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(focused, QPushButton)
            and focused.isEnabled()
        ):
            focused.click()
            return
        super().keyPressEvent(event)

    # -- filling -------------------------------------------------------------------------------

    def _fill(self) -> None:
        self.restore_default_period()
        options = self._record.summary.options()
        for section, box in self.section_boxes.items():
            box.setChecked(section in options.sections)
        self.appendix_box.setChecked(options.appendix)
        caregiver = options.prepared_by.role is Preparer.CAREGIVER
        if caregiver:
            self.caregiver_name_edit.setText(options.prepared_by.name)
        (self.caregiver_radio if caregiver else self.patient_radio).setChecked(True)
        self.caregiver_name_edit.setEnabled(caregiver)
        self._clear_problems()

    @Slot()
    def restore_default_period(self) -> None:
        """Fill From and To with the suggested period (since the last visit, or the default)."""
        period = self._record.summary.default_period(self._today())
        self._default_period = period
        self._default_reason = self._record.summary.default_period_reason(self._today())
        self.from_edit.setDate(to_qdate(period.first))
        self.to_edit.setDate(to_qdate(period.last))
        self._on_dates_changed()

    @Slot()
    def _on_dates_changed(self) -> None:
        self.from_error.clear_problem()
        self.to_error.clear_problem()
        chosen = Period(from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date()))
        if chosen == self._default_period:
            self.period_reason.setText(self._default_reason)
        else:
            self.period_reason.setText(
                self.tr("You chose your own days. “Since last visit” puts back the suggested ones.")
            )

    @Slot(bool)
    def _on_preparer_toggled(self, caregiver: bool) -> None:
        self.caregiver_name_edit.setEnabled(caregiver)
        self.caregiver_name_error.clear_problem()
        if caregiver:
            self.caregiver_name_edit.setFocus()

    @Slot()
    def _clear_name_problem(self) -> None:
        self.caregiver_name_error.clear_problem()

    @Slot()
    def _clear_sections_problem(self) -> None:
        self.sections_error.clear_problem()

    # -- reading the choices -------------------------------------------------------------------

    def chosen_sections(self) -> frozenset[Section]:
        return frozenset(section for section, box in self.section_boxes.items() if box.isChecked())

    def chosen_prepared_by(self) -> PreparedBy:
        if self.caregiver_radio.isChecked():
            return PreparedBy(Preparer.CAREGIVER, self.caregiver_name_edit.text().strip())
        person = self._record.person.get()
        return PreparedBy(Preparer.PATIENT, person.name if person is not None else "")

    def _checked_data(self) -> SummaryData | None:
        """The summary the fields describe, after remembering the choices; None (with a sentence
        under each field concerned, nothing remembered) when something needs putting right."""
        self._clear_problems()
        self.result_label.hide()
        today = self._today()
        problems: dict[str, str] = {}
        period: Period | None = None
        try:
            period = self._record.summary.check_period(
                from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date()), today=today
            )
        except RecordInvalid as invalid:
            problems.update(invalid.problems)
        options = SummaryOptions(
            self.chosen_sections(), self.chosen_prepared_by(), self.appendix_box.isChecked()
        )
        problems.update(options_problems(options))
        if not problems:
            try:
                runner_for(self._record).call(
                    lambda: self._record.summary.save_options(options),
                    RecordChanges(summary_options=True),
                    expected=(RecordInvalid,),
                )
            except ChangeFailed:
                return None
            except RecordInvalid as invalid:
                problems.update(invalid.problems)
        if problems or period is None:
            self._show_problems(problems)
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self._record.summary.data(
                period,
                options.sections,
                options.prepared_by,
                today=today,
                appendix=options.appendix,
            )
        finally:
            QApplication.restoreOverrideCursor()
        self.last_data = data
        return data

    def _show_problems(self, problems: dict[str, str]) -> None:
        where = {
            "first": (self.from_error, self.from_edit),
            "last": (self.to_error, self.to_edit),
            "prepared_by_name": (self.caregiver_name_error, self.caregiver_name_edit),
            "sections": (self.sections_error, self.section_boxes[next(iter(Section))]),
        }
        first_field: QWidget | None = None
        for name, message in problems.items():
            error, field = where.get(name, (None, None))
            if error is None or field is None:
                self._tell(message, problem=True)
                continue
            error.show_problem(message)
            if first_field is None:
                first_field = field
        if first_field is not None:
            first_field.setFocus()

    def _clear_problems(self) -> None:
        for error in (self.from_error, self.to_error, self.caregiver_name_error):
            error.clear_problem()
        self.sections_error.clear_problem()

    def _tell(self, message: str, problem: bool = False) -> None:
        self.result_label.setStyleSheet(
            theme.error_style(self) if problem else theme.done_style(self)
        )
        self.result_label.setText(message)
        self.result_label.setAccessibleName(message)
        self.result_label.show()

    # -- the three ways out ----------------------------------------------------------------------

    @staticmethod
    def _printer_for(data: SummaryData) -> QPrinter:
        """A printer set to the summary's paper and margins; the print and preview dialogs start
        from it, and what the person changes there (another paper in the tray) is kept."""
        from mbc_tracker.printing import summary_page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(data.title)
        printer.setPageLayout(summary_page_layout(data.paper_size))
        return printer

    def _paint(self, data: SummaryData, printer: QPrinter) -> int:
        from mbc_tracker.printing import paint_summary

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return paint_summary(data, printer, set_page_layout=False)
        finally:
            QApplication.restoreOverrideCursor()

    @Slot()
    def preview(self) -> bool:
        """Show the pages on screen; the preview's own Print button prints the same pages."""
        data = self._checked_data()
        if data is None:
            return False
        printer = self._printer_for(data)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("summaryPreview")
        dialog.setWindowTitle(self.tr("Preview — {title}").format(title=data.title))
        # Painted again whenever the preview asks (a zoom keeps the pages; a new paper re-lays).
        dialog.paintRequested.connect(lambda device: self._paint(data, device))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            dialog.resize(min(900, screen.width() - 40), screen.height() - 60)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        return True

    @Slot()
    def print_summary(self) -> bool:
        """Ask which printer, then print; True when the pages were sent."""
        data = self._checked_data()
        if data is None:
            return False
        printer = self._printer_for(data)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("summaryPrintDialog")
        dialog.setWindowTitle(self.tr("Print the clinic visit summary"))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        try:
            self._paint(data, printer)
        except OSError:
            self._tell(
                self.tr(
                    "The summary could not be sent to the printer. Please check that it is "
                    "switched on and try again, or save the summary as a PDF instead."
                ),
                problem=True,
            )
            return False
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # "Print to file" in the print dialog: say where the file went.
            self._tell(self.tr("Saved to {path}.").format(path=printer.outputFileName()))
        else:
            self._tell(
                self.tr("The summary was sent to {printer}.").format(
                    printer=printer.printerName() or self.tr("the printer")
                )
            )
        return True

    def ask_pdf_path(self, suggested: Path) -> Path | None:
        """Where to save the PDF; None when the person cancelled."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the summary as a PDF"),
            str(suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @Slot()
    def save_pdf(self) -> bool:
        """Ask where, then write the PDF; True when it was written."""
        data = self._checked_data()
        if data is None:
            return False
        if not confirm_unprotected_copy(self, self._record.protected, SUMMARY):
            return False
        from mbc_tracker.printing import write_summary_pdf

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        # A Documents folder that does not exist (a fresh account) would leave the dialog lost.
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        path = self.ask_pdf_path(folder / suggested_pdf_name(data.person_name, data.made_on))
        if path is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_summary_pdf(data, path, ProtectedFiles(self._record.path, self._record.paths))
        except OutputRefused as refused:
            self._tell(refused.message, problem=True)
            return False
        except OSError as error:
            self._tell(
                self.tr(
                    "The summary could not be saved to {folder}: {reason}. Nothing was written. "
                    "Try another folder."
                ).format(folder=path.parent, reason=os_reason(error) or error),
                problem=True,
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._tell(self.tr("Saved to {path}.").format(path=path))
        return True
