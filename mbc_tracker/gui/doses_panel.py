"""Today's medicines: the doses due on the day shown, answered with Taken, Skipped or Later.

One row per dose: its time, the medicine and the dose in her own words, how it stands, and the
buttons that answer it. Taken asks the time (now, or changed); Skipped asks an optional reason;
Later asks when to ask again. An answered dose says so and can be undone. A dose of a day that
has ended with no answer reads "Not recorded", never taken, and can still be answered. A
medicine taken as needed has "I took a dose…", which asks the score before and when to ask how
it is after (kept with the dose, so it holds after the app is reopened); once that time has come
its row asks "How is it now?", and shows the relief (the score before less the score after). Her
plan's least gap is a calm reminder, never a refusal; it counts a dose of the evening before.

The panel reads the day once (``services.dose_day.read_day``, in plain SQL, so Today is shown
before SQLAlchemy is loaded) when the day is shown or a dose or a treatment changed, and
writes every answer through the record's change runner with ``RecordChanges(doses=True)``;
Today hears that and asks the panel to read the day again.
A timer only redraws what was read, when a "How is it now?" falls due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import short_day, time_of_day
from mbc_tracker.domain.errors import RecordUnavailable
from mbc_tracker.domain.schedules import (
    DayDose,
    DoseRecord,
    DoseState,
    DoseStatus,
    ScheduleKind,
    earliest_next,
)
from mbc_tracker.gui import theme
from mbc_tracker.gui.dose_dialogs import (
    AfterDialog,
    AsNeededDialog,
    LaterDialog,
    RemoveDoseDialog,
    SkippedDialog,
    TakenDialog,
)
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.gui.schedule_words import dose_text, hours_text, pattern_text
from mbc_tracker.gui.widgets import ReflowBox, scaled_font
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.dose_day import TreatmentDay, read_day
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

DoseKey = tuple[int, dt.date, dt.time | None]
NOON = dt.time(12, 0)


def is_as_needed(treatment_day: TreatmentDay) -> bool:
    schedule = treatment_day.schedule
    return schedule is not None and schedule.kind is ScheduleKind.AS_NEEDED


@dataclass
class DoseLine:
    """One row of the panel, for the keyboard order and for tests to find and press."""

    treatment_id: int
    name: str
    dose: DayDose | None  # None for an as-needed medicine's own line ("I took a dose…")
    title: QLabel
    state: QLabel
    buttons: dict[str, QPushButton] = field(default_factory=dict)


@dataclass
class DoseRow:
    """The widgets of one row, kept from day to day and given to whichever line comes there."""

    box: ReflowBox
    title: QLabel
    state: QLabel
    actions: QHBoxLayout
    buttons: list[QPushButton] = field(default_factory=list)  # the first ``used`` are shown
    slots: list[Callable[[], None]] = field(default_factory=list)  # what each button does now
    used: int = 0
    style: str = ""  # the state label's style sheet for the line shown


class DosesPanel(QFrame):
    """The doses of the day shown on Today.

    Signals: rows_rebuilt()  # the rows (and so, maybe, the keyboard order) were shown again
    """

    rows_rebuilt = Signal()

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._runner = runner_for(record)
        self._now = now
        self._day = now().date()
        self._days: list[TreatmentDay] = []
        self.lines: list[DoseLine] = []
        self._pool: list[DoseRow] = []  # every row made so far; the first len(lines) are shown
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Medicines for this day"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(9, 6, 9, 6)
        outer.setSpacing(4)
        self.heading = QLabel(self.tr("Medicines"), self)
        self.heading.setFont(scaled_font(self.font(), 1.1))
        outer.addWidget(self.heading)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        outer.addLayout(self._rows)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(theme.error_style(self.message_label))
        self.message_label.hide()
        outer.addWidget(self.message_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._render)
        self.hide()  # until a medicine has something on the day shown

    # -- reading -------------------------------------------------------------------------------

    def day(self) -> dt.date:
        return self._day

    @Slot(object)
    def show_day(self, day: dt.date) -> None:
        self._day = day
        self.refresh()

    def refresh(self) -> None:
        """Read the day's doses again (one read) and show them."""
        # dose_day reads in plain SQL: Today is shown before SQLAlchemy is loaded.
        self._days = read_day(self._record, self._day, self._now())
        self.message_label.hide()
        self._render()

    def ask(self, dialog: QDialog) -> bool:
        """Show a question and wait for it (tests answer it in place of the person)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def tab_stops(self) -> list[QWidget]:
        return [button for line in self.lines for button in line.buttons.values()]

    # -- drawing -------------------------------------------------------------------------------

    @staticmethod
    def _line_key(line: DoseLine) -> tuple[int, dt.date | None, dt.time | None]:
        slot = line.dose.slot if line.dose is not None else None
        return line.treatment_id, slot.day if slot else None, slot.time if slot else None

    @Slot()
    def _render(self) -> None:
        # A day shown after another mostly has the same doses: the rows made before are kept and
        # their words and buttons changed in place (making them anew was most of a day change).
        # A keyboard user who answered a dose stays on its row.
        focused = next(
            (
                self._line_key(line)
                for line in self.lines
                if any(button.hasFocus() for button in line.buttons.values())
            ),
            None,
        )
        self.lines = []
        kept = len(self._pool)
        now = self._now()
        next_check: dt.datetime | None = None
        # The scheduled doses of every medicine in the order of the day; then each medicine
        # taken as needed, with the doses taken of it.
        scheduled = [
            (treatment_day, dose)
            for treatment_day in self._days
            if not is_as_needed(treatment_day)
            for dose in treatment_day.doses
        ]
        scheduled.sort(key=lambda pair: (pair[1].slot.time is not None, pair[1].slot.time or NOON))
        for treatment_day, dose in scheduled:
            self._dose_line(treatment_day, dose, now)
        for treatment_day in self._days:
            if not is_as_needed(treatment_day):
                continue
            self._as_needed_line(treatment_day, now)
            for dose in treatment_day.doses:
                check = self._dose_line(treatment_day, dose, now)
                if check is not None and check > now:
                    next_check = check if next_check is None else min(next_check, check)
        used = len(self.lines)
        if focused is not None and all(self._line_key(line) != focused for line in self.lines):
            # The answered row is gone (an as-needed dose undone): focus moves on past the
            # rows, as Qt moves it when the focused row is hidden, not onto another dose.
            for row in self._pool[:used]:
                row.box.hide()
        for row in self._pool[used:]:
            row.box.hide()
        # Shown now, not when Qt gets round to it, so Tab and screen readers find them at once.
        for row in self._pool[:used]:
            for button in row.buttons[row.used :]:
                button.hide()
            for button in row.buttons[: row.used]:
                if button.isHidden():
                    button.show()
            if row.state.styleSheet() != row.style:
                row.state.setStyleSheet(row.style)
        # A kept row is not resized when its words and buttons change: it decides again here
        # whether they still fit side by side (a new row decides when it is first laid out).
        for row in self._pool[: min(used, kept)]:
            row.box.reflow(row.box.width())
        for row in self._pool[:used]:
            if row.box.isHidden():
                row.box.show()
        self.setVisible(bool(self.lines))
        for line in self.lines:
            if focused is not None and self._line_key(line) == focused and line.buttons:
                next(iter(line.buttons.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        self._timer.stop()
        if next_check is not None:
            wait = (next_check - now).total_seconds() * 1000
            self._timer.start(int(min(max(wait, 0), 24 * 3600 * 1000)) + 1000)
        self.rows_rebuilt.emit()

    def _line_widgets(
        self, treatment_id: int, name: str, dose: DayDose | None, title_text: str
    ) -> tuple[DoseLine, DoseRow]:
        """The next row, kept from an earlier day when there is one, with its words set."""
        index = len(self.lines)
        if index < len(self._pool):
            row = self._pool[index]
            row.title.setText(title_text)
        else:
            box = ReflowBox(self, spacing=8)
            texts = QWidget(box)
            text_layout = QVBoxLayout(texts)
            text_layout.setContentsMargins(0, 0, 0, 0)
            text_layout.setSpacing(0)
            title = QLabel(title_text, texts)
            title.setWordWrap(True)
            title.setFont(scaled_font(self.font(), 1.0, bold=True))
            state = QLabel(texts)
            state.setWordWrap(True)
            text_layout.addWidget(title)
            text_layout.addWidget(state)
            actions = QWidget(box)
            action_layout = QHBoxLayout(actions)
            action_layout.setContentsMargins(0, 0, 0, 0)
            box.add_widget(texts, 1)
            box.add_widget(actions)
            self._rows.addWidget(box)
            row = DoseRow(box, title, state, action_layout)
            self._pool.append(row)
        row.used = 0
        row.style = ""
        line = DoseLine(treatment_id, name, dose, row.title, row.state)
        self.lines.append(line)
        return line, row

    def _button(
        self, line: DoseLine, row: DoseRow, key: str, words: str, slot: Callable[[], None]
    ) -> None:
        index = row.used
        if index < len(row.buttons):
            button = row.buttons[index]
            button.setText(words)
            row.slots[index] = slot
        else:
            button = QPushButton(words, row.actions.parentWidget())
            button.setMinimumHeight(self.fontMetrics().height() * 2)
            button.clicked.connect(partial(self._pressed, row, index))
            row.actions.addWidget(button)
            row.buttons.append(button)
            row.slots.append(slot)
        button.setAccessibleName(f"{words.replace('&', '')}: {line.title.text()}")
        row.used += 1
        line.buttons[key] = button

    @staticmethod
    def _pressed(row: DoseRow, index: int) -> None:
        row.slots[index]()

    def _state_style(self, row: DoseRow, style: Callable[[QWidget], str]) -> None:
        # From a label without a style sheet of its own, as a new row's state label was: a
        # kept one may still carry an earlier day's colour in its palette.
        row.style = style(self.heading)

    def _dose_line(
        self, treatment_day: TreatmentDay, dose: DayDose, now: dt.datetime
    ) -> dt.datetime | None:
        """A row for one dose; returns when it will ask "How is it now?", if it will."""
        treatment = treatment_day.treatment
        assert treatment.id is not None
        schedule = treatment_day.schedule
        as_needed = schedule is not None and schedule.kind is ScheduleKind.AS_NEEDED
        amount = dose_text(schedule) if schedule is not None else ""
        what = f"{treatment.name}, {amount}" if amount else treatment.name
        when = time_of_day(dose.slot.time) if dose.slot.time is not None else self.tr("Any time")
        title = f"{when}  {what}"
        if as_needed:
            title = f"    {title}"
        line, row = self._line_widgets(treatment.id, treatment.name, dose, title)
        record = dose.record
        state = dose.state
        if as_needed and record is not None and record.status is DoseStatus.TAKEN:
            return self._as_needed_dose(line, row, record, now)
        if state is DoseState.TAKEN and record is not None:
            at = record.at or (
                dt.datetime.combine(record.day, record.time) if record.time else None
            )
            line.state.setText(
                self.tr("Taken at {time}").format(time=time_of_day(at)) if at else self.tr("Taken")
            )
            self._state_style(row, theme.done_style)
        elif state is DoseState.SKIPPED and record is not None:
            line.state.setText(
                self.tr("Skipped: {reason}").format(reason=record.reason)
                if record.reason
                else self.tr("Skipped")
            )
        elif state is DoseState.LATER and record is not None and record.at is not None:
            line.state.setText(self.tr("Put off until {time}").format(time=time_of_day(record.at)))
        elif state is DoseState.NOT_RECORDED:
            line.state.setText(self.tr("Not recorded"))
            self._state_style(row, theme.muted_style)
        elif dose.slot.day == now.date() and dose.slot.time and dose.slot.time > now.time():
            # At 01:00, "Due" beside an 08:00 dose would read as late; say when it comes.
            line.state.setText(self.tr("Due at {time}").format(time=time_of_day(dose.slot.time)))
        else:
            line.state.setText(self.tr("Due"))
        key = (treatment.id, dose.slot.day, dose.slot.time)
        if state in (DoseState.TAKEN, DoseState.SKIPPED):
            self._button(line, row, "undo", self.tr("Undo"), partial(self._undo, key))
            return None
        self._button(line, row, "taken", self.tr("Taken"), partial(self._taken, line, key))
        self._button(line, row, "skipped", self.tr("Skipped"), partial(self._skipped, line, key))
        if self._day == now.date():
            self._button(line, row, "later", self.tr("Later"), partial(self._later, line, key))
        return None

    def _as_needed_line(self, treatment_day: TreatmentDay, now: dt.datetime) -> None:
        treatment = treatment_day.treatment
        schedule = treatment_day.schedule
        assert treatment.id is not None and schedule is not None
        amount = dose_text(schedule)
        what = f"{treatment.name}, {amount}" if amount else treatment.name
        line, row = self._line_widgets(treatment.id, treatment.name, None, what)
        words = [pattern_text(schedule)]
        gap = self._gap_note(treatment_day, now)
        if gap:
            words.append(gap)
        line.state.setText("\n".join(words))
        self._button(
            line, row, "took", self.tr("I took a dose…"), partial(self._took, treatment_day)
        )

    def _gap_note(self, treatment_day: TreatmentDay, now: dt.datetime) -> str:
        """ "Your plan says at least 4 hours between doses; the last was at 10:15." while the
        least gap since the last dose (of the day shown, or one before it) has not passed;
        else ""."""
        schedule = treatment_day.schedule
        taken = [
            dose.record.at
            for dose in treatment_day.doses
            if dose.record is not None
            and dose.record.status is DoseStatus.TAKEN
            and dose.record.at is not None
        ]
        if treatment_day.taken_before is not None:
            taken.append(treatment_day.taken_before)
        if schedule is None or schedule.minimum_gap is None or not taken:
            return ""
        last = max(taken)
        allowed = earliest_next(schedule, last)
        if allowed is None or now >= allowed:
            return ""
        gap = hours_text(schedule.minimum_gap)
        if last.date() == self._day:
            return self.tr(
                "Your plan says at least {gap} between doses; the last was at {time}."
            ).format(gap=gap, time=time_of_day(last))
        if last.date() == self._day - dt.timedelta(days=1):
            return self.tr(
                "Your plan says at least {gap} between doses; the last was yesterday at {time}."
            ).format(gap=gap, time=time_of_day(last))
        return self.tr(
            "Your plan says at least {gap} between doses; the last was on {day} at {time}."
        ).format(gap=gap, day=short_day(last.date()), time=time_of_day(last))

    def _as_needed_dose(
        self, line: DoseLine, row: DoseRow, record: DoseRecord, now: dt.datetime
    ) -> dt.datetime | None:
        words = [
            self.tr("Taken for {reason}").format(reason=record.reason)
            if record.reason
            else self.tr("Taken")
        ]
        if record.before is not None:
            words.append(self.tr("before: {score}").format(score=record.before))
        check_at: dt.datetime | None = None
        if record.after is not None:
            words.append(self.tr("after: {score}").format(score=record.after))
            relief = record.relief
            if relief is not None:
                words.append(self.relief_text(relief))
            text = " · ".join(words)
        else:
            text = " · ".join(words)
            check_at = record.ask_after
            due = record.after_score_due(now)
            if due:
                text += "\n" + self.tr("It is time to say how it is now.")
            elif check_at is not None and check_at.date() == record.day:
                text += "\n" + self.tr("Today asks how it is at {time}.").format(
                    time=time_of_day(check_at)
                )
            elif check_at is not None:
                text += "\n" + self.tr("Today asks how it is on {day} at {time}.").format(
                    day=short_day(check_at.date()), time=time_of_day(check_at)
                )
            # The score after can be given early; the row asks for it once the time has come.
            self._button(
                line,
                row,
                "after",
                self.tr("How is it now?") if due else self.tr("Score after…"),
                partial(self._after, line, record),
            )
        line.state.setText(text)
        self._button(line, row, "undo", self.tr("Undo"), partial(self._take_back, line, record))
        return check_at

    def relief_text(self, relief: int) -> str:
        """The relief (before less after) in words: "4 points lower", "1 point higher", "no
        change"."""
        if relief == 1:
            return self.tr("1 point lower")
        if relief == -1:
            return self.tr("1 point higher")
        # Above one through %n, so a language with more plural forms than English picks its own.
        if relief > 0:
            return self.tr("%n points lower", "", relief)
        if relief < 0:
            return self.tr("%n points higher", "", -relief)
        return self.tr("no change")

    # -- answering -----------------------------------------------------------------------------

    def _default_time(self, slot_time: dt.time | None) -> dt.time:
        """Now on the day that is today; on a past day the dose's own time (or noon)."""
        now = self._now()
        if self._day == now.date():
            return now.time().replace(second=0, microsecond=0)
        return slot_time or dt.time(12, 0)

    def _latest_time(self) -> dt.time | None:
        """The latest "Taken at" time that has come: now on today, none on a past day."""
        now = self._now()
        return now.time().replace(second=0, microsecond=0) if self._day == now.date() else None

    def _taken(self, line: DoseLine, key: DoseKey) -> None:
        dialog = TakenDialog(
            line.title.text().strip(),
            self._default_time(key[2]),
            self,
            latest=self._latest_time(),
        )
        if not self.ask(dialog):
            return
        at = dt.datetime.combine(key[1], dialog.taken_at())
        self._store(key[0], DoseRecord(key[1], key[2], DoseStatus.TAKEN, at=at))

    def _skipped(self, line: DoseLine, key: DoseKey) -> None:
        dialog = SkippedDialog(line.title.text().strip(), self)
        if not self.ask(dialog):
            return
        self._store(key[0], DoseRecord(key[1], key[2], DoseStatus.SKIPPED, reason=dialog.reason()))

    def _later(self, line: DoseLine, key: DoseKey) -> None:
        dialog = LaterDialog(line.title.text().strip(), self._now(), self)
        if not self.ask(dialog):
            return
        self._store(key[0], DoseRecord(key[1], key[2], DoseStatus.LATER, at=dialog.ask_at()))

    def _took(self, treatment_day: TreatmentDay) -> None:
        treatment, schedule = treatment_day.treatment, treatment_day.schedule
        assert treatment.id is not None and schedule is not None
        dialog = AsNeededDialog(
            treatment.name,
            schedule.reason,
            self._default_time(None),
            self._gap_note(treatment_day, self._now()),
            self,
            latest=self._latest_time(),
        )
        if not self.ask(dialog):
            return
        taken = dialog.taken_at()
        at = dt.datetime.combine(self._day, taken)
        after = dialog.check_after()
        dose = DoseRecord(
            self._day,
            taken,
            DoseStatus.TAKEN,
            at=at,
            reason=dialog.reason(),
            before=dialog.before(),
            ask_after=at + after if after is not None else None,
        )
        self._store(treatment.id, dose)

    def _after(self, line: DoseLine, record: DoseRecord) -> None:
        about = record.reason or self.tr("it")
        dialog = AfterDialog(line.name, about, record.before, self)
        if not self.ask(dialog):
            return
        self._store(line.treatment_id, replace(record, after=dialog.after()))

    def _take_back(self, line: DoseLine, record: DoseRecord) -> None:
        """Undo an as-needed dose; when it holds scores (maybe from days ago) ask first, as
        they would be gone for good."""
        scores = [
            words.format(score=score)
            for words, score in (
                (self.tr("before: {score}"), record.before),
                (self.tr("after: {score}"), record.after),
            )
            if score is not None
        ]
        if scores:
            dialog = RemoveDoseDialog(
                f"{time_of_day(record.time) if record.time else ''}  {line.name}".strip(),
                self.tr(" and ").join(scores),
                self,
            )
            if not self.ask(dialog):
                return
        self._undo((line.treatment_id, record.day, record.time))

    def _undo(self, key: DoseKey) -> None:
        self._run(partial(self._record.medicines.remove_dose, *key))

    def _store(self, treatment_id: int, dose: DoseRecord) -> None:
        self._run(partial(self._record.medicines.record_dose, treatment_id, dose))

    def _run(self, action: Callable[[], object]) -> None:
        outcome = self._runner.run(
            action,
            RecordChanges(doses=True),
            expected=(RecordInvalid, RecordNotFound, RecordUnavailable),
        )
        problem = outcome.problem
        if isinstance(problem, RecordInvalid):
            message = " ".join(problem.problems.values())
        elif problem is not None:
            message = str(getattr(problem, "message", "") or problem)
        else:
            return
        self.message_label.setText(self.tr("Nothing was saved: {message}").format(message=message))
        self.message_label.show()
        self.message_label.setFocus(Qt.FocusReason.OtherFocusReason)
