"""The form for adding or editing one receptor test: date, sample, ER, PR, HER2 and more.

Percentages are typed as text so that "not tested" can simply be left empty; what cannot be read
as a number, a date in the future or a percentage outside 0-100 gets a sentence under its field,
and nothing is saved until every problem is gone. The service has the last word on what is
valid; this form only adds what it alone can see (an empty date, text that is not a number).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from mbc_tracker.domain.dates import decimal
from mbc_tracker.domain.records import (
    GeneResult,
    Her2Ihc,
    IshResult,
    MarkerResult,
    ReceptorTest,
    SampleKind,
)
from mbc_tracker.gui.labels import (
    METASTATIC_SITES,
    gene_result_label,
    her2_ihc_label,
    ish_label,
    marker_result_label,
    sample_label,
)
from mbc_tracker.gui.record_form import RecordForm
from mbc_tracker.gui.widgets import OptionalDateEdit
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.receptors import validate_receptor_test

if TYPE_CHECKING:
    from mbc_tracker.services.receptors import ReceptorService

OTHER_SITE = "__other__"  # the sample choice whose site the person types herself


def percent_text(value: float | None) -> str:
    """ "90", "1.5" ("1,5" in Spanish): as short as it reads, with the language's decimal mark."""
    if value is None:
        return ""
    text = f"{value:g}"
    tenths = text.partition(".")[2]
    return decimal(value, len(tenths)) if tenths and "e" not in text else text


class ChoiceCombo(QComboBox):
    """A drop-down over Python values (Qt would turn an enum into a plain string).

    Signals: inherited from QComboBox only.
    """

    def __init__(self, parent: QWidget, choices: Sequence[tuple[str, Hashable]] = ()) -> None:
        super().__init__(parent)
        self._values: list[Hashable] = []
        for text, value in choices:
            self.add_choice(text, value)

    def add_choice(self, text: str, value: Hashable) -> None:
        self._values.append(value)
        self.addItem(text)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def index_of(self, value: Hashable) -> int:
        return self._values.index(value) if value in self._values else -1

    def set_value(self, value: Hashable) -> None:
        self.setCurrentIndex(max(self.index_of(value), 0))


def enum_combo(
    parent: QWidget, values: Sequence[StrEnum | None], label: Callable[[Any], str]
) -> ChoiceCombo:
    return ChoiceCombo(parent, [(label(value), value) for value in values])


class ReceptorForm(RecordForm):
    """Add (``test=None``) or edit one receptor test; ``saved`` holds the stored test.

    Signals: inherited from QDialog only.
    """

    def __init__(
        self,
        service: ReceptorService,
        test: ReceptorTest | None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Add a receptor test") if test is None else self.tr("Edit receptor test"),
            parent,
        )
        self._service = service
        self._original = test
        self._today = today
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

        self.date_edit = OptionalDateEdit(self.tr("Choose the date"), self)
        # With no date yet, open the calendar on this month rather than on the "empty" date.
        self.date_edit.calendarWidget().installEventFilter(self)
        self.add_field(
            "test_date", self.tr("&Date of the test:"), self.date_edit,
            self.tr("The date on the report."),
        )  # fmt: skip

        self.sample_combo = ChoiceCombo(self)
        self.sample_combo.add_choice(sample_label(SampleKind.PRIMARY), (SampleKind.PRIMARY, ""))
        for site in METASTATIC_SITES:
            self.sample_combo.add_choice(
                sample_label(SampleKind.METASTATIC, site), (SampleKind.METASTATIC, site)
            )
        self.sample_combo.add_choice(
            self.tr("Metastatic: another place"),
            (SampleKind.METASTATIC, OTHER_SITE),
        )
        self.add_field(
            "sample_kind", self.tr("&Sample:"), self.sample_combo,
            self.tr("Where the tested tissue came from."),
        )  # fmt: skip
        # Long choices must not push the row onto two lines; the list opens wide enough anyway.
        self.sample_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sample_combo.setMinimumContentsLength(16)
        self.site_edit = QLineEdit(self)
        self.site_edit.setPlaceholderText(self.tr("For example: pleura, ovary"))
        self.add_field(
            "sample_site", self.tr("&Other place:"), self.site_edit,
            self.tr("For “Metastatic: another place”: where the sample was taken from."),
        )  # fmt: skip
        self.sample_combo.currentIndexChanged.connect(self._sample_changed)

        percent_hint = self.tr("A number from 0 to 100. Leave it empty if it was not tested.")
        self.er_edit = QLineEdit(self)
        self.er_edit.setAccessibleName(self.tr("ER percent"))
        self.add_field("er_percent", self.tr("&ER (%):"), self.er_edit, percent_hint)
        self.pr_edit = QLineEdit(self)
        self.pr_edit.setAccessibleName(self.tr("PR percent"))
        self.add_field("pr_percent", self.tr("&PR (%):"), self.pr_edit, percent_hint)

        self.ihc_combo = enum_combo(self, [None, *Her2Ihc], her2_ihc_label)
        self.ihc_combo.setAccessibleName(self.tr("HER2 IHC score"))
        self.add_field(
            "her2_ihc", self.tr("HER2 &IHC score:"), self.ihc_combo,
            self.tr("“Not given” if it was not tested or you do not know."),
        )  # fmt: skip
        self.ish_combo = enum_combo(self, [None, *IshResult], ish_label)
        self.ish_combo.setAccessibleName(self.tr("HER2 ISH (FISH) result"))
        self.add_field("ish", self.tr("HER2 IS&H (FISH):"), self.ish_combo)

        genes = [None, GeneResult.NOT_TESTED, GeneResult.MUTATION_FOUND, GeneResult.NO_MUTATION]
        markers = [None, MarkerResult.NOT_TESTED, MarkerResult.POSITIVE, MarkerResult.NEGATIVE]
        self.brca1_combo = enum_combo(self, genes, gene_result_label)
        self.add_field("brca1", self.tr("BRCA&1:"), self.brca1_combo)
        self.brca2_combo = enum_combo(self, genes, gene_result_label)
        self.add_field("brca2", self.tr("BRCA&2:"), self.brca2_combo)
        self.pdl1_combo = enum_combo(self, markers, marker_result_label)
        self.add_field("pdl1", self.tr("PD-&L1:"), self.pdl1_combo)
        self.trop2_combo = enum_combo(self, markers, marker_result_label)
        self.add_field("trop2", self.tr("&Trop-2:"), self.trop2_combo)

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("notes", self.tr("&Notes:"), self.notes_edit)

        if test is not None:
            self._fill(test)
        self._sample_changed()
        self.date_edit.setFocus()
        self._fit_to_screen()

    # -- reading and writing the fields --------------------------------------------------------

    def _fill(self, test: ReceptorTest) -> None:
        self.date_edit.set_date_value(test.test_date)
        if test.sample_kind is SampleKind.PRIMARY:
            self.sample_combo.setCurrentIndex(0)
        else:
            site = test.sample_site.strip()
            index = self.sample_combo.index_of((SampleKind.METASTATIC, site.casefold()))
            if index < 0:
                index = self.sample_combo.index_of((SampleKind.METASTATIC, OTHER_SITE))
                self.site_edit.setText(site)
            self.sample_combo.setCurrentIndex(index)
        self.er_edit.setText(percent_text(test.er_percent))
        self.pr_edit.setText(percent_text(test.pr_percent))
        self.ihc_combo.set_value(test.her2_ihc)
        self.ish_combo.set_value(test.ish)
        self.brca1_combo.set_value(test.brca1)
        self.brca2_combo.set_value(test.brca2)
        self.pdl1_combo.set_value(test.pdl1)
        self.trop2_combo.set_value(test.trop2)
        self.notes_edit.setPlainText(test.notes)

    def _percent(self, edit: QLineEdit, key: str, problems: dict[str, str]) -> float | None:
        text = edit.text().strip().removesuffix("%").strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            problems[key] = self.tr(
                "Please type a number from 0 to 100, such as 90, "
                "or leave it empty if it was not tested."
            )
            return None

    def _sample(self, problems: dict[str, str]) -> tuple[SampleKind, str]:
        kind, site = self.sample_combo.value()
        if site == OTHER_SITE:
            site = self.site_edit.text().strip()
            if not site:
                problems["sample_site"] = self.tr(
                    "Please type where the sample was taken from, or choose a place above."
                )
        return kind, site

    def save(self) -> ReceptorTest:
        problems: dict[str, str] = {}
        day = self.date_edit.date_value()
        if day is None:
            problems["test_date"] = self.tr("Please choose the date of the test, as on the report.")
        kind, site = self._sample(problems)
        test = ReceptorTest(
            test_date=day or self._today(),
            sample_kind=kind,
            sample_site=site,
            er_percent=self._percent(self.er_edit, "er_percent", problems),
            pr_percent=self._percent(self.pr_edit, "pr_percent", problems),
            her2_ihc=self.ihc_combo.value(),
            ish=self.ish_combo.value(),
            brca1=self.brca1_combo.value(),
            brca2=self.brca2_combo.value(),
            pdl1=self.pdl1_combo.value(),
            trop2=self.trop2_combo.value(),
            notes=self.notes_edit.toPlainText(),
            id=self._original.id if self._original is not None else None,
        )
        if problems:
            # Show every problem at once: the service's checks on what could be read, too.
            for key, message in validate_receptor_test(test, self._today()).items():
                problems.setdefault(key, message)
            raise RecordInvalid(problems)
        try:
            if self._original is None:
                return self._service.add(dataclasses.replace(test, id=None), today=self._today())
            return self._service.update(test, today=self._today())
        except RecordNotFound:
            raise RecordInvalid(
                {"": self.tr("This test is no longer in the record; it may have been deleted.")}
            ) from None

    # -- behaviour ------------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """Tall enough to show every field without scrolling, where the screen allows it."""
        margins = self.layout().contentsMargins()
        wanted = (
            self.form.sizeHint().height()
            + self.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + 3 * self.layout().spacing()
            + 4  # the scroll area's frame
        )
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().height() - 60)
        self.resize(self.sizeHint().width(), wanted)

    @Slot()
    def _sample_changed(self) -> None:
        _kind, site = self.sample_combo.value()
        self.site_edit.setEnabled(site == OTHER_SITE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.date_edit.calendarWidget()
            and event.type() == QEvent.Type.Show
            and self.date_edit.date_value() is None
        ):
            today = self._today()
            self.date_edit.calendarWidget().setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)
