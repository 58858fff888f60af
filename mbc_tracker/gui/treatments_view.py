"""The Treatments screen: what the person takes now, every treatment so far, and a timeline.

At the top, always in view, the treatments current today in plain sentences ("Now taking: …")
and any planned ones; below, the history as a sortable list (planned treatments say so) and a
timeline with one bar per treatment. Adding, changing, deleting and undoing come from
``RecordListPage``; the form is ``TreatmentForm``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import long_day, short_day
from mbc_tracker.domain.records import Treatment, TreatmentCategory
from mbc_tracker.domain.schedules import (
    ScheduleKind,
    cycle_position,
    in_effect,
    next_dose_after,
    within_treatment,
)
from mbc_tracker.gui import theme
from mbc_tracker.gui.labels import route_label, stop_reason_label
from mbc_tracker.gui.record_list import Column, RecordListPage
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.gui.schedule_words import (
    dose_text,
    next_dose_text,
    pattern_text,
    position_text,
)
from mbc_tracker.gui.treatment_form import TreatmentForm
from mbc_tracker.gui.treatment_timeline import TreatmentTimeline
from mbc_tracker.gui.widgets import scaled_font
from mbc_tracker.services.changes import RecordChanges

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

START_COLUMN = 3
ONGOING_SORT = 10**7  # after every real date's ordinal, so "ongoing" sorts last


def in_sentence(label: str) -> str:
    """A label as it reads inside brackets in a sentence: "hormone therapy", "CDK4/6 inhibitor".

    Its own bracketed words ("Hormone (endocrine) therapy") are left out, so brackets never nest.
    """
    label = " ".join(re.sub(r"\([^)]*\)", "", label).split())
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


class TreatmentsView(RecordListPage):
    """The Treatments screen.

    Signals:
        items_changed(): (from RecordListPage) a treatment was added, changed, deleted or restored.
    """

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._record = record
        self._today = today
        self._category_labels = {
            category: info.label()
            for category, info in record.knowledge.treatments.categories.items()
        }
        columns = [
            Column(self.tr("Treatment"), lambda t: t.name, tooltip=self._name_tooltip),
            Column(self.tr("Kind"), lambda t: self.category_label(t.category)),
            Column(self.tr("How given"), lambda t: route_label(t.route)),
            Column(self.tr("Started"), self._start_text, lambda t: t.start_date.toordinal()),
            Column(
                self.tr("Ended"),
                self._end_text,
                lambda t: t.end_date.toordinal() if t.end_date else ONGOING_SORT,
            ),
            Column(self.tr("Reason stopped"), lambda t: stop_reason_label(t.reason_stopped)),
        ]
        super().__init__(
            self.tr("Treatments"),
            self.tr(
                "The treatments you are having and have had. Treatments often overlap; "
                "that is normal. Planned treatments can be added with a start date ahead."
            ),
            columns,
            self.tr("treatment"),
            self,
            runner_for(self._record),
            parent,
        )
        self._build_summary()
        self.timeline = TreatmentTimeline(self._category_labels, self)
        self.timeline.setToolTip(self.tr("Hover over a bar to see its dates."))
        timeline_heading = QLabel(self.tr("Timeline"), self)
        timeline_heading.setFont(scaled_font(self.font(), 1.1))
        outer = self.content_layout
        # Below the list, above the status line, at its full height: the whole page scrolls
        # when the summary, the list and the timeline need more height than the window has
        # (large text on a 700-pixel screen), so nothing on it is squeezed or cut.
        self.timeline.setAccessibleName(self.tr("Treatment timeline"))
        # The list keeps room for about five treatments at the desktop's text size, three with
        # larger text (it scrolls inside itself beyond that).
        rows = 5 if theme.text_scale() < 1.2 else 3
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().defaultSectionSize() * rows
        )
        outer.insertWidget(outer.count() - 1, timeline_heading)
        outer.insertWidget(outer.count() - 1, self.timeline)
        self.table.sortByColumn(START_COLUMN, Qt.SortOrder.DescendingOrder)  # newest first
        self.refresh()

    # -- the summary at the top ----------------------------------------------------------------

    def _build_summary(self) -> None:
        self.summary_frame = QFrame(self)
        self.summary_frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self.summary_frame)
        self.now_heading = QLabel(self.tr("Now taking"), self.summary_frame)
        self.now_heading.setFont(scaled_font(self.font(), 1.1))
        self.now_label = QLabel(self.summary_frame)
        self.now_label.setWordWrap(True)
        self.now_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.now_label.setAccessibleName(self.tr("Current treatments"))
        self.planned_label = QLabel(self.summary_frame)
        self.planned_label.setWordWrap(True)
        self.planned_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.planned_label.setAccessibleName(self.tr("Planned treatments"))
        for widget in (self.now_heading, self.now_label, self.planned_label):
            layout.addWidget(widget)
        self.top_area.addWidget(self.summary_frame)

    def sentence(self, treatment: Treatment) -> str:
        """ "letrozole (hormone therapy, by mouth) since 3 March 2025" and the like."""
        details = [in_sentence(self.category_label(treatment.category))]
        if treatment.route is not None:
            details.append(in_sentence(route_label(treatment.route)))
        # No brackets inside brackets: "antibody-drug conjugate (ADC)" reads "…, ADC" here.
        inside = ", ".join(details).replace(" (", ", ").replace(")", "")
        if treatment.name.rstrip().endswith(")"):
            # "Denosumab (bone-strengthening injection)": a second bracket would follow the first.
            what = self.tr("{name}, {details},").format(name=treatment.name, details=inside)
        else:
            what = self.tr("{name} ({details})").format(name=treatment.name, details=inside)
        if treatment.start_date > self._today():
            return self.tr("{what} from {start}").format(
                what=what, start=long_day(treatment.start_date)
            )
        return self.tr("{what} since {start}").format(
            what=what, start=long_day(treatment.start_date)
        )

    def _update_summary(self) -> None:
        today = self._today()
        current = self._record.treatments.current(today)
        planned = self._record.treatments.planned(today)
        if current:
            self.now_heading.setText(self.tr("Now taking:"))
            self.now_label.setText("\n".join(self._current_lines(t, today) for t in current))
        else:
            self.now_heading.setText(self.tr("Now taking"))
            self.now_label.setText(self.tr("No current treatments recorded."))
        if planned:
            self.planned_label.setText(
                self.tr("Planned: {treatments}").format(
                    treatments="; ".join(self.sentence(t) for t in planned)
                )
            )
        self.planned_label.setVisible(bool(planned))

    def _current_lines(self, treatment: Treatment, today: dt.date) -> str:
        """The treatment's sentence and, under it, its schedule as it stands today: "125 mg,
        21 days on, 7 days off", "Cycle 3, day 8 (days on)", "Next infusion: …"."""
        line = f"• {self.sentence(treatment)}"
        assert treatment.id is not None
        # No "Next infusion" after the day the treatment is set to end.
        schedules = within_treatment(
            self._record.medicines.schedules(treatment.id), treatment.end_date
        )
        schedule = in_effect(schedules, today)
        if schedule is None:
            return line
        pattern = pattern_text(schedule)
        amount = dose_text(schedule)
        parts = [
            self.tr("{dose}, {pattern}").format(
                dose=amount, pattern=pattern[0].lower() + pattern[1:]
            )
            if amount
            else pattern
        ]
        position = cycle_position(schedule, today)
        if position is not None:
            parts.append(position_text(position))
        wants_next = schedule.kind is ScheduleKind.INTERVAL or (
            position is not None and not position.on
        )
        following = next_dose_after(schedules, today - dt.timedelta(days=1)) if wants_next else None
        if following is not None:
            parts.append(next_dose_text(treatment, following, today))
        return "\n".join([line, *(f"     {part[0].upper()}{part[1:]}" for part in parts)])

    # -- RecordListPage ------------------------------------------------------------------------

    def refresh(self, select: Any | None = None) -> None:
        super().refresh(select)
        self._update_summary()
        self.timeline.set_treatments(self.model.items(), self._today())

    def load_items(self) -> list[Any]:
        return list(self._record.treatments.list())

    def describe(self, item: Any) -> str:
        return self.tr("the treatment “{name}” started {start}").format(
            name=item.name, start=long_day(item.start_date)
        )

    def edit_item(self, item: Any | None) -> Any | None:
        return self.open_form(TreatmentForm(self._record, item, self._today(), self))

    def delete_item(self, item: Any) -> Any:
        return self._record.treatments.delete(item)

    def restore_item(self, deleted: Any) -> Any:
        return self._record.treatments.restore(deleted)

    @property
    def record_changes(self) -> RecordChanges:
        return RecordChanges(treatments=True)

    # -- words ---------------------------------------------------------------------------------

    def category_label(self, category: TreatmentCategory) -> str:
        return self._category_labels[category]

    def _name_tooltip(self, treatment: Treatment) -> str:
        if not treatment.notes:
            return treatment.name
        return self.tr("{name}\nNotes: {notes}").format(name=treatment.name, notes=treatment.notes)

    def _start_text(self, treatment: Treatment) -> str:
        start = short_day(treatment.start_date)
        if treatment.start_date > self._today():
            return self.tr("{start} (planned)").format(start=start)
        return start

    def _end_text(self, treatment: Treatment) -> str:
        if treatment.end_date is not None:
            return short_day(treatment.end_date)
        if treatment.start_date > self._today():
            return self.tr("planned")
        return self.tr("ongoing")
