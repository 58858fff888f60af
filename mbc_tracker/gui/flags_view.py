"""The Flags view: what in the log is worth telling the care team about, and why.

Open flags come first, then the ones marked "discussed with my care team", each newest first.
Every flag is a card a tired person can read at a glance: what to do (in words and with a shape,
never by colour alone), the symptom, the days, the rule that fired with its numbers, any context,
and whether it was discussed. "Why?" opens the paraphrased passage and the articles it comes
from. A filter (open / discussed / all) and a period (30 days to all) keep a long history
readable. Evaluating reads the whole record, so it runs when the view is shown after a change,
not on every click of the filter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.flags import Flag
from mbc_tracker.domain.knowledge import FlagLevel, Knowledge
from mbc_tracker.gui.care_team_notice import CareTeamNotice
from mbc_tracker.gui.discussed_dialog import DiscussedDialog
from mbc_tracker.gui.labels import flag_level_label, flag_level_mark, flag_rule_label
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.gui.widgets import scaled_font, to_qdate
from mbc_tracker.services.changes import RecordChanges

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

OPEN, DISCUSSED, ALL = "open", "discussed", "all"
ALL_DAYS = 0  # the period "All": the whole record
PERIOD_DAYS = (30, 90, 365, ALL_DAYS)
DEFAULT_PERIOD_DAYS = 90
PAGE_SIZE = 40  # cards built at a time
LEVEL_COLOURS = {FlagLevel.PROMPTLY: "#b5541c", FlagLevel.NEXT_VISIT: "#3f6f9f"}
MUTED_STYLE = "color: #4a4a4a;"


def long_day(day: dt.date) -> str:
    return QLocale().toString(to_qdate(day), "d MMMM yyyy")


def days_text(first: dt.date, last: dt.date) -> str:
    """The days a flag covers, as short as reads well: "15–20 November 2026"."""
    if first == last:
        return long_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{long_day(last)}"
    if first.year == last.year:
        start = QLocale().toString(to_qdate(first), "d MMMM")
        return f"{start} – {long_day(last)}"
    return f"{long_day(first)} – {long_day(last)}"


def wrapped_label(text: str, parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class FlagCard(QFrame):
    """One flag, readable on its own, with "Why?", "Discussed…" and "Undo".

    Signals: discussed_requested(object)  # the Flag to mark as discussed
             undo_requested(object)  # the Flag whose "discussed" mark to take back
    """

    discussed_requested = Signal(object)
    undo_requested = Signal(object)

    def __init__(self, flag: Flag, knowledge: Knowledge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        self.setObjectName("flagCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._highlighted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)

        top = QHBoxLayout()
        self.level_label = QLabel(
            f"{flag_level_mark(flag.level)}  {flag_level_label(flag.level)}", self
        )
        self.level_label.setFont(scaled_font(self.font(), 1.0))
        self.level_label.setStyleSheet(f"color: {LEVEL_COLOURS[flag.level]};")
        self.days_label = QLabel(days_text(flag.first_day, flag.last_day), self)
        self.days_label.setFont(scaled_font(self.font(), 1.0))
        top.addWidget(self.level_label)
        top.addStretch(1)
        top.addWidget(self.days_label)
        layout.addLayout(top)

        self.symptom_label = QLabel(flag.symptom_label, self)
        self.symptom_label.setFont(scaled_font(self.font(), 1.25))
        self.rule_label = QLabel(flag_rule_label(flag.rule), self)
        self.rule_label.setStyleSheet(MUTED_STYLE)
        title = QHBoxLayout()
        title.addWidget(self.symptom_label)
        title.addWidget(self.rule_label, 0, Qt.AlignmentFlag.AlignBottom)
        title.addStretch(1)
        layout.addLayout(title)

        self.message_label = wrapped_label(flag.message, self)
        layout.addWidget(self.message_label)
        self.context_labels = [
            wrapped_label(explanation.text(), self) for explanation in flag.context
        ]
        for label in self.context_labels:
            layout.addWidget(label)

        self.discussed_label: QLabel | None = None
        if flag.discussed is not None:
            words = self.tr("✓ Discussed with your care team on {day}.").format(
                day=long_day(flag.discussed.discussed_on)
            )
            if flag.discussed.note:
                words += " " + self.tr("Your note: “{note}”").format(note=flag.discussed.note)
            if flag.worse_since_discussed:
                words += " " + self.tr("It has been worse since, so it is worth mentioning again.")
            self.discussed_label = wrapped_label(words, self)
            self.discussed_label.setStyleSheet("font-weight: bold;")
            layout.addWidget(self.discussed_label)

        buttons = QHBoxLayout()
        height = self.fontMetrics().height() + 14
        self.why_button = QPushButton(self.tr("Why?"), self)
        self.why_button.setCheckable(True)
        self.why_button.setAccessibleName(
            self.tr("Why {symptom} is flagged").format(symptom=flag.symptom_label)
        )
        self.why_button.toggled.connect(self.show_why)
        self.discussed_button = QPushButton(self.tr("Discussed with my care team…"), self)
        self.discussed_button.clicked.connect(lambda: self.discussed_requested.emit(self.flag))
        self.undo_button: QPushButton | None = None
        for button in (self.why_button, self.discussed_button):
            button.setMinimumHeight(height)
            buttons.addWidget(button)
        if flag.discussed is not None:
            self.undo_button = QPushButton(self.tr("Undo “discussed”"), self)
            self.undo_button.setMinimumHeight(height)
            self.undo_button.clicked.connect(lambda: self.undo_requested.emit(self.flag))
            buttons.addWidget(self.undo_button)
            # A quiet flag needs no new mark; a worse one may be discussed again.
            self.discussed_button.setVisible(flag.worse_since_discussed)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.why_panel = QFrame(self)
        self.why_panel.setObjectName("whyPanel")
        self.why_panel.setStyleSheet("#whyPanel { background: #f4f4f0; border-radius: 4px; }")
        why_layout = QVBoxLayout(self.why_panel)
        why_layout.setContentsMargins(10, 8, 10, 8)
        heading = QLabel(self.tr("Why this is worth telling your care team"), self.why_panel)
        heading.setFont(scaled_font(self.font(), 1.0))
        self.passage_label = wrapped_label(flag.reason.text(), self.why_panel)
        why_layout.addWidget(heading)
        why_layout.addWidget(self.passage_label)
        citations = [
            knowledge.sources[source_id].citation()
            for source_id in flag.source_ids
            if source_id in knowledge.sources
        ]
        self.sources_label = wrapped_label(
            self.tr("From the article(s):") + "\n" + "\n".join(f"• {c}" for c in citations)
            if citations
            else "",
            self.why_panel,
            MUTED_STYLE,
        )
        self.sources_label.setVisible(bool(citations))
        why_layout.addWidget(self.sources_label)
        self.evidence_label: QLabel | None = None
        if any(explanation.id == "worsening" for explanation in flag.context):
            self.evidence_label = wrapped_label(
                self.tr("Evidence for the “worse than your usual” rule: {evidence}").format(
                    evidence=knowledge.flags.worsening_evidence
                ),
                self.why_panel,
                MUTED_STYLE,
            )
            why_layout.addWidget(self.evidence_label)
        self.why_panel.hide()
        layout.addWidget(self.why_panel)
        self._apply_style()

    @Slot(bool)
    def show_why(self, shown: bool) -> None:
        self.why_panel.setVisible(shown)
        self.why_button.setText(self.tr("Hide why") if shown else self.tr("Why?"))
        if self.why_button.isChecked() != shown:
            self.why_button.setChecked(shown)

    def set_highlighted(self, highlighted: bool) -> None:
        if highlighted == self._highlighted:
            return  # a style sheet set again costs a re-polish of the whole card
        self._highlighted = highlighted
        self._apply_style()

    def is_highlighted(self) -> bool:
        return self._highlighted

    def _apply_style(self) -> None:
        colour = LEVEL_COLOURS[self.flag.level]
        width = 3 if self._highlighted else 1
        edge = "#1a5fb4" if self._highlighted else "#c8c8c8"
        self.setStyleSheet(
            f"#flagCard {{ background: white; border: {width}px solid {edge};"
            f" border-left: 6px solid {colour}; border-radius: 3px; }}"
        )


class FlagsView(QWidget):
    """Every flag in the open record, filtered by state and period, newest first.

    Signals: flags_changed()  # a flag was marked as discussed or the mark was taken back
             settings_requested()  # "Flag settings…" was pressed
    """

    flags_changed = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._today = today
        self._flags: list[Flag] = []
        self._stale = True
        self._cards: list[FlagCard] = []
        self._reusable: dict[tuple[str, str, dt.date], FlagCard] = {}
        self._entries: list[tuple[str, Flag]] = []  # (section heading, flag) in showing order
        self._shown_section = ""
        self._build()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 0)
        outer.setSpacing(8)
        title = QLabel(self.tr("Flags"), self)
        title.setFont(scaled_font(self.font(), 1.6))
        intro = wrapped_label(
            self.tr(
                "What you logged that the articles say is worth telling your care team about, "
                "newest first. Press “Why?” on a flag to read where this comes from."
            ),
            self,
        )
        self.notice = CareTeamNotice(self)
        outer.addWidget(title)
        outer.addWidget(intro)
        outer.addWidget(self.notice)

        controls = QHBoxLayout()
        controls.setSpacing(6)
        show_label = QLabel(self.tr("Show:"), self)
        controls.addWidget(show_label)
        self.state_group = QButtonGroup(self)
        self.state_group.setExclusive(True)
        self.state_buttons: dict[str, QPushButton] = {}
        height = self.fontMetrics().height() + 14
        for state, text in (
            (OPEN, self.tr("Open")),
            (DISCUSSED, self.tr("Discussed")),
            (ALL, self.tr("All")),
        ):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setMinimumHeight(height)
            button.setAccessibleName(self.tr("Show {which} flags").format(which=text.lower()))
            self.state_group.addButton(button)
            self.state_buttons[state] = button
            controls.addWidget(button)
        self.state_buttons[ALL].setChecked(True)
        self.state_group.buttonToggled.connect(self._on_filter_changed)
        controls.addSpacing(16)
        period_label = QLabel(self.tr("&Period:"), self)
        self.period_combo = QComboBox(self)
        period_words = (
            self.tr("Last 30 days"),
            self.tr("Last 90 days"),
            self.tr("Last year"),
            self.tr("All"),
        )
        for text, days in zip(period_words, PERIOD_DAYS, strict=True):
            self.period_combo.addItem(text, days)
        self.period_combo.setCurrentIndex(self.period_combo.findData(DEFAULT_PERIOD_DAYS))
        self.period_combo.setMinimumHeight(height)
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.currentIndexChanged.connect(self._on_filter_changed)
        period_label.setBuddy(self.period_combo)
        controls.addWidget(period_label)
        controls.addWidget(self.period_combo)
        controls.addStretch(1)
        self.settings_button = QPushButton(self.tr("Flag settings…"), self)
        self.settings_button.setMinimumHeight(height)
        self.settings_button.clicked.connect(self.settings_requested)
        controls.addWidget(self.settings_button)
        outer.addLayout(controls)

        self.unsaved_label = wrapped_label(
            self.tr(
                "Today has changes that are not saved yet. Flags show what is saved; save the "
                "day on Today to include them."
            ),
            self,
            "font-weight: bold;",
        )
        self.unsaved_label.hide()
        outer.addWidget(self.unsaved_label)
        self.status_label = wrapped_label("", self)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.hide()
        outer.addWidget(self.status_label)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.list_widget = QWidget(self.scroll)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 8, 12)
        self.list_layout.setSpacing(10)
        self.scroll.setWidget(self.list_widget)
        outer.addWidget(self.scroll, 1)

    # -- public interface ----------------------------------------------------------------------

    def cards(self) -> list[FlagCard]:
        """The cards shown now, in order (open ones first)."""
        return list(self._cards)

    def headings(self) -> list[str]:
        """The section headings shown now ("Open (2)", "Discussed with your care team (1)")."""
        return [
            label.text()
            for label in self.list_widget.findChildren(QLabel, "sectionHeading")
            if not label.isHidden()
        ]

    def empty_text(self) -> str:
        label = self.list_widget.findChild(QLabel, "emptyText")
        return label.text() if label is not None else ""

    def set_state_filter(self, state: str) -> None:
        self.state_buttons[state].setChecked(True)

    def set_period_days(self, days: int | None) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(days or ALL_DAYS))

    @Slot(object)
    def record_changed(self, changes: RecordChanges) -> None:
        """Evaluate again (when next shown) after a change that can alter the flags."""
        if changes.flags:
            self.mark_stale()

    @Slot()
    def mark_stale(self) -> None:
        """The record changed: evaluate again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Evaluate the flags again and show them."""
        self._flags = self._record.flags.evaluate()
        self._stale = False
        self._rebuild()

    @Slot(bool)
    def set_today_unsaved(self, unsaved: bool) -> None:
        self.unsaved_label.setVisible(unsaved)

    def show_flag(self, flag: Flag) -> FlagCard | None:
        """Show ``flag`` (widening the filter if needed), open its "Why?" and scroll to it."""
        if self._stale:
            self.refresh()
        index = self._entry_index(flag)
        if index is None:
            # Outside the filter or the period: widen both rather than hide it.
            self.state_group.blockSignals(True)
            self.period_combo.blockSignals(True)
            self.set_state_filter(ALL)
            self.set_period_days(self._narrowest_period_with(flag))
            self.state_group.blockSignals(False)
            self.period_combo.blockSignals(False)
            self._rebuild()
            index = self._entry_index(flag)
        if index is None:
            return None
        if index >= len(self._cards):
            self._append(index + 1 - len(self._cards))
        card = self._cards[index]
        for other in self._cards:
            other.set_highlighted(other is card)
        card.show_why(True)
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        # Scroll once the layout has placed the card (it may have just been built).
        QTimer.singleShot(0, self, lambda: self._scroll_to(card))
        self._scroll_to(card)
        return card

    # -- showing -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _state(self) -> str:
        for state, button in self.state_buttons.items():
            if button.isChecked():
                return state
        return ALL

    def _visible_flags(self) -> tuple[list[Flag], list[Flag]]:
        days = self.period_combo.currentData()
        since = self._today() - dt.timedelta(days=days) if days else None
        in_period = [flag for flag in self._flags if since is None or flag.last_day >= since]
        state = self._state()
        open_flags = [flag for flag in in_period if flag.is_open] if state != DISCUSSED else []
        discussed = [flag for flag in in_period if not flag.is_open] if state != OPEN else []
        return open_flags, discussed

    def _rebuild(self, at_least: int = 0) -> None:
        """Show the flags the filter and period allow, the first ``PAGE_SIZE`` (or more) of them.

        Cards are built a page at a time: ten years can hold hundreds of flags, and building
        them all at once would keep a person waiting for seconds. A card whose flag is exactly
        as before is kept rather than built again (after a save, most of them).
        """
        self._reusable: dict[tuple[str, str, dt.date], FlagCard] = {}
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget()
            if isinstance(widget, FlagCard) and widget.flag.identity not in self._reusable:
                self._reusable[widget.flag.identity] = widget
            elif widget is not None:
                widget.hide()
                widget.deleteLater()
        self._cards = []
        self._shown_section = ""
        open_flags, discussed = self._visible_flags()
        open_heading = self.tr("Open ({count})").format(count=len(open_flags))
        discussed_heading = self.tr("Discussed with your care team ({count})").format(
            count=len(discussed)
        )
        self._entries = [(open_heading, flag) for flag in open_flags] + [
            (discussed_heading, flag) for flag in discussed
        ]
        if not self._entries:
            if self._state() == DISCUSSED:
                text = self.tr(
                    "No flag in this period is marked as discussed with your care team. When "
                    "you have talked about a flag, press “Discussed with my care team…” on it."
                )
            else:
                text = self.tr(
                    "Nothing in your log is flagged for this period. Keep logging how you feel; "
                    "if anything worries you, you can always contact your care team."
                )
            empty = wrapped_label(text, self.list_widget)
            empty.setObjectName("emptyText")
            empty.setFont(scaled_font(self.font(), 1.05, bold=False))
            self.list_layout.addWidget(empty)
        self.more_button = QPushButton(self.list_widget)
        self.more_button.setMinimumHeight(self.fontMetrics().height() + 14)
        self.more_button.clicked.connect(self.show_more)
        self.list_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list_layout.addStretch(1)
        self._append(max(PAGE_SIZE, at_least))
        for unused in self._reusable.values():
            unused.hide()
            unused.deleteLater()
        self._reusable = {}

    @Slot()
    def show_more(self) -> None:
        """Build the next page of cards below the ones shown."""
        self._append(PAGE_SIZE)

    def _append(self, count: int) -> None:
        start = len(self._cards)
        end = min(len(self._entries), start + count)
        position = self.list_layout.indexOf(self.more_button)
        for heading_text, flag in self._entries[start:end]:
            if heading_text != self._shown_section:
                heading = QLabel(heading_text, self.list_widget)
                heading.setObjectName("sectionHeading")
                heading.setFont(scaled_font(self.font(), 1.2))
                self.list_layout.insertWidget(position, heading)
                heading.show()
                position += 1
                self._shown_section = heading_text
            card = self._reusable.pop(flag.identity, None)
            if card is not None and card.flag == flag:
                card.show_why(False)
                card.set_highlighted(False)
            else:
                if card is not None:
                    card.hide()
                    card.deleteLater()
                card = FlagCard(flag, self._record.knowledge, self.list_widget)
                card.discussed_requested.connect(self._mark_discussed)
                card.undo_requested.connect(self._undo_discussed)
            self._cards.append(card)
            self.list_layout.insertWidget(position, card)
            # Shown now rather than on the layout's next turn, so "See why" can scroll to it.
            card.show()
            position += 1
        left = len(self._entries) - end
        self.more_button.setText(
            self.tr("Show {count} more (of {left} not shown yet)").format(
                count=min(PAGE_SIZE, left), left=left
            )
        )
        self.more_button.setVisible(left > 0)

    def _narrowest_period_with(self, flag: Flag) -> int:
        for days in PERIOD_DAYS:
            if not days or flag.last_day >= self._today() - dt.timedelta(days=days):
                return days
        return ALL_DAYS

    def _entry_index(self, flag: Flag) -> int | None:
        for index, (_heading, shown) in enumerate(self._entries):
            if shown.identity == flag.identity:
                return index
        return None

    def _scroll_to(self, card: FlagCard) -> None:
        if card in self._cards:
            self.scroll.ensureWidgetVisible(card, 0, 0)

    def _tell(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    @Slot()
    def _on_filter_changed(self) -> None:
        self._tell("")
        self._rebuild()

    # -- discussed -----------------------------------------------------------------------------

    def ask_discussed(self, dialog: DiscussedDialog) -> bool:
        """Run the "discussed" dialog; True when a mark was saved (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @Slot(object)
    def _mark_discussed(self, flag: Flag) -> None:
        dialog = DiscussedDialog(
            self._record,
            flag,
            self._today(),
            days_text(flag.first_day, flag.last_day),
            self,
        )
        try:
            saved = self.ask_discussed(dialog) and dialog.saved is not None
        finally:
            dialog.deleteLater()
        if not saved:
            return
        self.refresh()
        self._tell(
            self.tr(
                "{symptom} is marked as discussed. It now shows under “Discussed”, and comes back "
                "if it gets worse."
            ).format(symptom=flag.symptom_label)
        )
        self.flags_changed.emit()

    @Slot(object)
    def _undo_discussed(self, flag: Flag) -> None:
        outcome = runner_for(self._record).run(
            lambda: self._record.flags.undo_discussed(flag), RecordChanges(acknowledgements=True)
        )
        if not outcome.ok:
            return
        self.refresh()
        self._tell(
            self.tr(
                "The “discussed” mark on {symptom} was taken back; the flag is open again."
            ).format(symptom=flag.symptom_label)
        )
        self.flags_changed.emit()
