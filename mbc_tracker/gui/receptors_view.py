"""The Receptor results screen: every test in a list, and beside it what the selected one means.

The list shows each test's date, sample, ER, PR, HER2 and subtype, and marks the tests whose
results read differently from the test before or after them. The pane beside it shows the
selected test's reading as the domain gives it (``domain/receptors.py`` with the texts of
``resources/receptors.toml``): status badges in words, the subtype with its likely treatment
response, each explanation with the articles it rests on (and the guideline it names, where it
names one), and, when tests disagree, a note saying so as something to ask the care team about.
Nothing medical is worded here; this module only arranges the knowledge file's texts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import long_day, short_day
from mbc_tracker.domain.knowledge import Explanation, FlagLevel, Knowledge
from mbc_tracker.domain.receptors import (
    Disagreement,
    Her2Status,
    ReceptorReading,
    ReceptorStatus,
)
from mbc_tracker.domain.records import ReceptorTest
from mbc_tracker.gui import theme
from mbc_tracker.gui.labels import (
    gene_result_label,
    her2_ihc_label,
    ish_label,
    marker_result_label,
    sample_label,
)
from mbc_tracker.gui.receptor_form import ReceptorForm, percent_text
from mbc_tracker.gui.record_list import Column, RecordListPage
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.gui.widgets import scaled_font
from mbc_tracker.services.changes import RecordChanges

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

BADGE_STYLE = (
    "border: 1px {line} {edge}; border-radius: 6px; padding: 4px 10px; background: {back};"
)
NOTE_STYLE = (
    "#disagreementNote {{ border: 2px solid {edge}; border-radius: 6px; background: {back}; }}"
)
SAMPLE_COLUMN, HER2_COLUMN, SUBTYPE_COLUMN, DIFFERS_COLUMN = 1, 4, 5, 6
DIFFERS_MARK = "◆"  # a shape beside the words, so colour is never the only cue


def wrapped_label(text: str, parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


class ReadingPane(QScrollArea):
    """The reading of one test, rebuilt whenever the selection changes.

    Signals: inherited from QScrollArea only.
    """

    def __init__(self, knowledge: Knowledge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("What the selected test means"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 38)
        self.badge_labels: list[QLabel] = []
        self.disagreement_labels: list[QLabel] = []
        self.subtype_label: QLabel | None = None
        self.response_label: QLabel | None = None
        self.explanation_labels: list[QLabel] = []
        self.show_nothing(self.tr("Select a test in the list to see what its results mean."))

    # -- what it shows ------------------------------------------------------------------------

    def show_nothing(self, message: str) -> None:
        body, layout = self._new_body()
        layout.addWidget(wrapped_label(message, body, theme.muted_style(body)))
        layout.addStretch(1)
        self._finish(body)

    def show_reading(
        self,
        test: ReceptorTest,
        reading: ReceptorReading,
        disagreements: Sequence[Disagreement],
    ) -> None:
        body, layout = self._new_body()
        heading = wrapped_label(
            self.tr("{sample}, {day}").format(
                sample=sample_label(test.sample_kind, test.sample_site),
                day=long_day(test.test_date),
            ),
            body,
        )
        heading.setFont(scaled_font(self.font(), 1.25))
        layout.addWidget(heading)
        if disagreements:
            layout.addWidget(self._disagreement_note(disagreements, body))
        layout.addLayout(self._badges(test, reading, body))
        self._subtype(reading, body, layout)
        self._explanations(reading.explanations, body, layout)
        self._other_results(test, body, layout)
        layout.addStretch(1)
        self._finish(body)

    def text(self) -> str:
        """Everything the pane says, in reading order (for screen readers' users and tests)."""
        body = self.widget()
        labels = body.findChildren(QLabel) if body is not None else []
        return "\n".join(label.text() for label in labels if label.text())

    # -- parts ---------------------------------------------------------------------------------

    def _new_body(self) -> tuple[QWidget, QVBoxLayout]:
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.badge_labels = []
        self.disagreement_labels = []
        self.subtype_label = None
        self.response_label = None
        self.explanation_labels = []
        # Built without a parent and handed over complete in ``_finish``: widgets added to an
        # already visible parent would only appear after a round of the event loop.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        return body, layout

    def _finish(self, body: QWidget) -> None:
        self.setWidget(body)
        body.show()

    def _section(self, title: str, parent: QWidget, layout: QVBoxLayout) -> None:
        heading = QLabel(title, parent)
        heading.setFont(scaled_font(self.font(), 1.1))
        layout.addSpacing(4)
        layout.addWidget(heading)

    def _sources(self, source_ids: Sequence[str], parent: QWidget) -> QLabel:
        citations = [
            self._knowledge.sources[source_id].citation()
            for source_id in source_ids
            if source_id in self._knowledge.sources
        ]
        return wrapped_label(
            self.tr("Source: {articles}").format(articles="; ".join(citations)),
            parent,
            theme.muted_style(parent),
        )

    def _disagreement_note(self, disagreements: Sequence[Disagreement], parent: QWidget) -> QFrame:
        note = QFrame(parent)
        note.setObjectName("disagreementNote")
        note.setStyleSheet(
            NOTE_STYLE.format(
                edge=theme.notice_edge(FlagLevel.PROMPTLY, note.palette()).name(),
                back=theme.notice_background(FlagLevel.PROMPTLY, note.palette()).name(),
            )
        )
        note.setAccessibleName(self.tr("Results that read differently"))
        layout = QVBoxLayout(note)
        layout.setContentsMargins(12, 10, 12, 10)
        title = wrapped_label(
            self.tr("{mark} This test reads differently from another one").format(
                mark=DIFFERS_MARK
            ),
            note,
        )
        title.setFont(scaled_font(self.font(), 1.05))
        layout.addWidget(title)
        layout.addWidget(
            wrapped_label(self.tr("Something you may want to ask your care team about."), note)
        )
        for disagreement in disagreements:
            label = wrapped_label(disagreement.text(), note)
            self.disagreement_labels.append(label)
            layout.addWidget(label)
        layout.addWidget(self._sources(self._knowledge.receptors.disagreement.source_ids, note))
        return note

    def _badges(self, test: ReceptorTest, reading: ReceptorReading, parent: QWidget) -> QGridLayout:
        words = [
            self._hormone_words(self.tr("ER"), reading.er, test.er_percent),
            self._hormone_words(self.tr("PR"), reading.pr, test.pr_percent),
            self._hr_words(reading.hormone_receptor),
            self._her2_words(reading.her2),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        unknown = {ReceptorStatus.UNKNOWN}
        states = [reading.er, reading.pr, reading.hormone_receptor, reading.her2.broad]
        for position, (text, status) in enumerate(zip(words, states, strict=True)):
            badge = QLabel(text, parent)
            badge.setWordWrap(True)
            badge.setAccessibleName(text)
            line = "dashed" if status in unknown else "solid"
            badge.setStyleSheet(
                BADGE_STYLE.format(
                    line=line,
                    edge=theme.card_edge(badge.palette()).name(),
                    back=theme.quiet_background(badge.palette()).name(),
                )
            )
            badge.setFont(scaled_font(self.font(), 1.0))
            self.badge_labels.append(badge)
            grid.addWidget(badge, position // 2, position % 2)
        return grid

    def _hormone_words(self, marker: str, status: ReceptorStatus, percent: float | None) -> str:
        if status is ReceptorStatus.UNKNOWN:
            return self.tr("{marker} unknown (not given)").format(marker=marker)
        # "70%" in English, "70 %" in Spanish, as the summary and the readings write it.
        amount = self.tr("{percent}%").format(percent=percent_text(percent))
        if status is ReceptorStatus.POSITIVE:
            return self.tr("{marker} positive ({percent})").format(marker=marker, percent=amount)
        return self.tr("{marker} negative ({percent})").format(marker=marker, percent=amount)

    def _hr_words(self, status: ReceptorStatus) -> str:
        return {
            ReceptorStatus.POSITIVE: self.tr("Hormone receptor positive"),
            ReceptorStatus.NEGATIVE: self.tr("Hormone receptor negative"),
            ReceptorStatus.UNKNOWN: self.tr("Hormone receptor unknown"),
        }[status]

    def _her2_words(self, status: Her2Status) -> str:
        return {
            Her2Status.POSITIVE: self.tr("HER2-positive"),
            Her2Status.LOW: self.tr("HER2-low"),
            Her2Status.ZERO: self.tr("HER2-zero"),
            Her2Status.NEGATIVE: self.tr("HER2-negative"),
            Her2Status.EQUIVOCAL: self.tr("HER2 equivocal (not yet clear)"),
            Her2Status.CONFLICTING: self.tr("HER2 unknown (IHC and ISH disagree)"),
            Her2Status.UNKNOWN: self.tr("HER2 unknown (not given)"),
        }[status]

    def _subtype(self, reading: ReceptorReading, parent: QWidget, layout: QVBoxLayout) -> None:
        self._section(self.tr("Subtype"), parent, layout)
        info = reading.subtype_info
        if info is None:
            self.subtype_label = wrapped_label(self.tr("Unknown"), parent)
            self.subtype_label.setFont(scaled_font(self.font(), 1.0))
            layout.addWidget(self.subtype_label)
            layout.addWidget(
                wrapped_label(
                    self.tr(
                        "The results given for this test are not enough for the app to name "
                        "a subtype."
                    ),
                    parent,
                    theme.muted_style(parent),
                )
            )
            return
        self.subtype_label = wrapped_label(info.label(), parent)
        self.subtype_label.setFont(scaled_font(self.font(), 1.0))
        self.response_label = wrapped_label(
            self.tr("In general, the articles say: {response}").format(response=info.response()),
            parent,
        )
        layout.addWidget(self.subtype_label)
        layout.addWidget(self.response_label)
        layout.addWidget(self._sources(info.source_ids, parent))

    def _explanations(
        self, explanations: Sequence[Explanation], parent: QWidget, layout: QVBoxLayout
    ) -> None:
        self._section(self.tr("What the results mean"), parent, layout)
        if not explanations:
            layout.addWidget(
                wrapped_label(
                    self.tr("No ER, PR or HER2 result is given for this test yet."),
                    parent,
                    theme.muted_style(parent),
                )
            )
            return
        for explanation in explanations:
            label = wrapped_label(explanation.text(), parent)
            self.explanation_labels.append(label)
            layout.addWidget(label)
            layout.addWidget(self._sources(explanation.source_ids, parent))
            if explanation.guideline is not None:
                layout.addWidget(
                    wrapped_label(
                        self.tr("Guideline: {name}").format(name=explanation.guideline.name),
                        parent,
                        theme.muted_style(parent),
                    )
                )

    def _other_results(self, test: ReceptorTest, parent: QWidget, layout: QVBoxLayout) -> None:
        self._section(self.tr("Results as entered"), parent, layout)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        rows = [
            (self.tr("HER2 IHC score:"), her2_ihc_label(test.her2_ihc)),
            (self.tr("HER2 ISH (FISH):"), ish_label(test.ish)),
            (self.tr("BRCA1:"), gene_result_label(test.brca1)),
            (self.tr("BRCA2:"), gene_result_label(test.brca2)),
            (self.tr("PD-L1:"), marker_result_label(test.pdl1)),
            (self.tr("Trop-2:"), marker_result_label(test.trop2)),
        ]
        for row, (name, value) in enumerate(rows):
            grid.addWidget(QLabel(name, parent), row, 0)
            grid.addWidget(wrapped_label(value, parent), row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        if test.notes:
            self._section(self.tr("Your notes"), parent, layout)
            layout.addWidget(wrapped_label(test.notes, parent))


class ReceptorsView(RecordListPage):
    """The Receptor results screen.

    Signals:
        items_changed(): a test was added, edited, deleted or brought back.
    """

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._record = record
        self._service = record.receptors
        self._today = today
        self._disagreements: list[Disagreement] = []
        # The page's words are needed before QWidget.__init__ runs, when self.tr cannot be used.
        super().__init__(
            QCoreApplication.translate("ReceptorsView", "Receptor results"),
            QCoreApplication.translate(
                "ReceptorsView",
                "Your receptor test results. Select a test to see what it means, explained "
                "from the articles the app is based on.",
            ),
            [
                Column(
                    QCoreApplication.translate("ReceptorsView", "Date"),
                    lambda test: short_day(test.test_date),
                    sort_key=lambda test: test.test_date.toordinal(),
                ),
                Column(
                    QCoreApplication.translate("ReceptorsView", "Sample"),
                    lambda test: sample_label(test.sample_kind, test.sample_site),
                ),
                Column(
                    QCoreApplication.translate("ReceptorsView", "ER"),
                    lambda test: self._percent(test.er_percent),
                    sort_key=lambda test: -1 if test.er_percent is None else test.er_percent,
                ),
                Column(
                    QCoreApplication.translate("ReceptorsView", "PR"),
                    lambda test: self._percent(test.pr_percent),
                    sort_key=lambda test: -1 if test.pr_percent is None else test.pr_percent,
                ),
                Column(QCoreApplication.translate("ReceptorsView", "HER2"), self._her2_text),
                Column(QCoreApplication.translate("ReceptorsView", "Subtype"), self._subtype_text),
                Column(
                    QCoreApplication.translate("ReceptorsView", "Reads differently"),
                    self._compared_text,
                    tooltip=self._compared_tooltip,
                ),
            ],
            QCoreApplication.translate("ReceptorsView", "test"),
            self,
            runner_for(self._record),
            parent,
        )
        # Short columns fit their contents; the sample, HER2 and subtype wrap in what is left, so
        # the whole list fits beside the reading without scrolling sideways. The least width is
        # kept small so that the wrapping columns keep room for one long word each (Spanish
        # "Metastásica:" was cut with "…" at 1024 pixels when ER and PR kept nine characters).
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 7)
        for column in (SAMPLE_COLUMN, HER2_COLUMN, SUBTYPE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.detail = ReadingPane(record.knowledge, self)
        self.add_detail(self.detail)
        # Newest first: the latest test, shown selected, is the one that usually matters now.
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.refresh()

    # -- RecordEditor ------------------------------------------------------------------------

    def load_items(self) -> list[Any]:
        self._disagreements = self._service.disagreements()
        # The "Reads differently" column only takes room when there is something to mark.
        self.table.setColumnHidden(DIFFERS_COLUMN, not self._disagreements)
        return list(self._service.list())

    def describe(self, item: Any) -> str:
        return self.tr("the test of {day} ({sample})").format(
            day=long_day(item.test_date), sample=sample_label(item.sample_kind, item.sample_site)
        )

    def edit_item(self, item: Any | None) -> Any | None:
        return self.open_form(ReceptorForm(self._service, item, today=self._today, parent=self))

    def delete_item(self, item: Any) -> Any:
        return self._service.delete(item)

    def restore_item(self, deleted: Any) -> Any:
        return self._service.restore(deleted)

    @property
    def record_changes(self) -> RecordChanges:
        return RecordChanges(receptor_tests=True)

    # -- the detail pane ---------------------------------------------------------------------

    def item_selected(self, item: Any | None) -> None:
        if not hasattr(self, "detail"):
            return  # the page is still being built
        if item is None:
            if self.model.rowCount() == 0:
                self.detail.show_nothing(
                    self.tr(
                        "No receptor results yet. Add a test with “Add test…” (Ctrl+N), "
                        "using the figures on the pathology report."
                    )
                )
            else:
                self.detail.show_nothing(
                    self.tr("Select a test in the list to see what its results mean.")
                )
            return
        self.detail.show_reading(item, self._service.reading(item), self.disagreements_of(item))

    def disagreements_of(self, test: ReceptorTest) -> list[Disagreement]:
        return [
            disagreement
            for disagreement in self._disagreements
            if test.id in (disagreement.earlier.id, disagreement.later.id)
        ]

    # -- column texts ------------------------------------------------------------------------

    def _percent(self, value: float | None) -> str:
        if value is None:
            return self.tr("Not given")
        return self.tr("{percent}%").format(percent=percent_text(value))

    def _her2_text(self, test: ReceptorTest) -> str:
        if test.her2_ihc is None and test.ish is None:
            return self.tr("Not given")
        return self.tr("IHC {ihc}, ISH: {ish}").format(
            ihc=her2_ihc_label(test.her2_ihc), ish=ish_label(test.ish)
        )

    def _subtype_text(self, test: ReceptorTest) -> str:
        info = self._service.reading(test).subtype_info
        return info.label() if info is not None else self.tr("Unknown")

    def _compared_text(self, test: ReceptorTest) -> str:
        markers = list(dict.fromkeys(d.marker for d in self.disagreements_of(test)))
        if not markers:
            return ""
        return f"{DIFFERS_MARK} {', '.join(self._marker_words(marker) for marker in markers)}"

    def _marker_words(self, marker: str) -> str:
        """A marker's name as the domain gives it ("ER", "hormone receptor"), in words."""
        words = {
            "ER": self.tr("ER"),
            "PR": self.tr("PR"),
            "HER2": self.tr("HER2"),
            "hormone receptor": self.tr("hormone receptor"),
        }
        return words.get(marker, marker)

    def _compared_tooltip(self, test: ReceptorTest) -> str:
        return "\n\n".join(d.text() for d in self.disagreements_of(test))
