"""The Flags view: what in the log is worth telling the care team about, and why.

One card per symptom, so a tired person reads "bone pain, headache, nausea" rather than the same
symptom in ten cards. The cards that ask to contact the care team promptly come first and are
unmistakable (their words, a triangle and a heavier edge, never colour alone); then the others,
the symptom flagged most recently first; then, under their own heading, the symptoms whose every
flag was marked "discussed with my care team". Inside a card, each time the symptom was flagged
(an episode: one ``Flag``) is a row, newest first, with the rule that fired, any context, "Why?"
(the paraphrased passage and its articles) and "Discussed with my care team…". The newest time
is shown in full, earlier ones as a line each (days and rule) that "Why?" opens; the newest few
are shown (and the time that gives the card its level, if older) and the rest wait behind a
button. An episode that reaches the latest day anything was logged reads "ongoing since <its
first day>": it is one item that grows as it continues, never raised again for lasting longer.
The heading counts symptoms, not episodes. A filter
(open / discussed / all) and a period (30 days to all) keep a long history readable.

The flags come from the record's flag cache; after a change the cards whose flags did not change
are kept (and inside a changed card, its unchanged rows), so a save on Today does not rebuild
the page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
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

from mbc_tracker.domain.dates import long_day, long_day_span
from mbc_tracker.domain.flags import LEVEL_ORDER, Flag, FlagRule, is_current_prompt, is_ongoing
from mbc_tracker.domain.knowledge import FlagLevel, Knowledge
from mbc_tracker.gui import theme
from mbc_tracker.gui.care_team_notice import CareTeamNotice
from mbc_tracker.gui.discussed_dialog import DiscussedDialog
from mbc_tracker.gui.labels import (
    flag_level_label,
    flag_level_mark,
    flag_level_words,
    flag_rule_label,
)
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.gui.widgets import ReflowBox, scaled_font
from mbc_tracker.services.changes import RecordChanges

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

OPEN, DISCUSSED, ALL = "open", "discussed", "all"
ALL_DAYS = 0  # the period "All": the whole record
PERIOD_DAYS = (30, 90, 365, ALL_DAYS)
DEFAULT_PERIOD_DAYS = 90
EPISODES_SHOWN = 3  # rows a symptom card shows before "Show … more times"
HEADER_SCROLLS_FROM = (
    1.75  # text scale (200%) from which the title and controls scroll with the cards
)


def wrapped_label(text: str, parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def newest_first(flag: Flag) -> tuple[int, int]:
    return (-flag.last_day.toordinal(), -flag.first_day.toordinal())


def highest_level(flags: Sequence[Flag]) -> FlagLevel:
    return min((flag.level for flag in flags), key=LEVEL_ORDER.__getitem__)


class FlagCard(QFrame):
    """One time a symptom was flagged (one ``Flag``), a row inside its symptom's card.

    Signals: discussed_requested(object)  # the Flag to mark as discussed
             undo_requested(object)  # the Flag whose "discussed" mark to take back
    """

    discussed_requested = Signal(object)
    undo_requested = Signal(object)

    def __init__(
        self,
        flag: Flag,
        knowledge: Knowledge,
        parent: QWidget | None = None,
        ongoing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.flag = flag
        self.ongoing = ongoing
        self.setObjectName("flagEpisode")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        when = self.days_words()
        self.setAccessibleName(
            self.tr("{symptom}, {days}").format(symptom=flag.symptom_label, days=when)
        )
        self._highlighted = False
        self._brief = False
        muted = theme.muted_style(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)

        # Days, rule and level in a row, one under the other when large text leaves no room.
        top = ReflowBox(self, spacing=8)
        self._top_row = top.box_layout
        self.days_label = QLabel(when, self)
        self.days_label.setFont(scaled_font(self.font(), 1.0))
        self.rule_label = QLabel(flag_rule_label(flag.rule), self)
        self.rule_label.setStyleSheet(muted)
        self.level_label = QLabel(
            f"{flag_level_mark(flag.level)}  {flag_level_label(flag.level)}", self
        )
        # Any of the three may wrap: a page never needs more than the window's width.
        for label in (self.days_label, self.rule_label, self.level_label):
            label.setWordWrap(True)
        self.level_label.setStyleSheet(
            f"color: {theme.level_colour(flag.level, self.palette()).name()};"
        )
        if flag.level is FlagLevel.PROMPTLY:
            self.level_label.setFont(scaled_font(self.font(), 1.0))
        top.add_widget(self.days_label)
        top.add_widget(self.rule_label, 1)
        top.add_widget(self.level_label)
        layout.addWidget(top)

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
            if flag.worse_since_discussed and flag.rule is FlagRule.OCCURRENCE:
                words += " " + self.tr(
                    "It has happened again since, so it is worth mentioning again."
                )
            elif flag.worse_since_discussed:
                words += " " + self.tr("It has been worse since, so it is worth mentioning again.")
            self.discussed_label = wrapped_label(words, self)
            self.discussed_label.setStyleSheet("font-weight: bold;")
            layout.addWidget(self.discussed_label)

        buttons = self._buttons_row = QHBoxLayout()
        height = self.fontMetrics().height() + 12
        self.why_button = QPushButton(self.tr("Why?"), self)
        self.why_button.setCheckable(True)
        self.why_button.setAccessibleName(
            self.tr("Why {symptom} is flagged").format(symptom=flag.symptom_label)
        )
        self.why_button.toggled.connect(self.show_why)
        self.discussed_button = QPushButton(self.tr("Discussed with my care team…"), self)
        self.discussed_button.setAccessibleName(
            self.tr("Mark {symptom}, {days}, as discussed with my care team").format(
                symptom=flag.symptom_label, days=when
            )
        )
        self.discussed_button.clicked.connect(lambda: self.discussed_requested.emit(self.flag))
        self.undo_button: QPushButton | None = None
        self._buttons_on_top = False
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
        self.why_panel.setStyleSheet(
            f"#whyPanel {{ background: {theme.quiet_background(self.palette()).name()};"
            " border-radius: 4px; }"
        )
        why_layout = QVBoxLayout(self.why_panel)
        why_layout.setContentsMargins(10, 8, 10, 8)
        heading = QLabel(self.tr("Why this is worth telling your care team"), self.why_panel)
        heading.setWordWrap(True)
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
            muted,
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
                muted,
            )
            why_layout.addWidget(self.evidence_label)
        self.why_panel.hide()
        layout.addWidget(self.why_panel)
        self._apply_style()

    def days_words(self) -> str:
        """The days the row covers: "Ongoing since 16 August 2026" while the episode reaches
        the latest logged day, else its first and last day ("15 November to 20 November 2026")."""
        if self.ongoing:
            return self.tr("Ongoing since {day}").format(day=long_day(self.flag.first_day))
        return long_day_span(self.flag.first_day, self.flag.last_day)

    def set_brief(self, brief: bool, level_told_above: bool) -> None:
        """An earlier time reads as one line (its days and rule) until "Why?" opens it; the
        level is left to the card's top when it says the same."""
        self._brief = brief
        self.level_label.setVisible(not level_told_above)
        self._show_details(not brief or self.why_panel.isVisible())
        # A brief row's buttons sit on its one line, where there is room for them (without the
        # level's words); a full row keeps them under what it says.
        self._place_buttons(on_top=brief and level_told_above)

    def _place_buttons(self, on_top: bool) -> None:
        if on_top == self._buttons_on_top:
            return
        self._buttons_on_top = on_top
        buttons = [self.why_button, self.discussed_button]
        if self.undo_button is not None:
            buttons.append(self.undo_button)
        source, target = (
            (self._buttons_row, self._top_row) if on_top else (self._top_row, self._buttons_row)
        )
        for button in buttons:
            source.removeWidget(button)
        for index, button in enumerate(buttons):
            if on_top:
                target.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                target.insertWidget(index, button)

    def _show_details(self, shown: bool) -> None:
        self.message_label.setVisible(shown)
        for label in self.context_labels:
            label.setVisible(shown)

    @Slot(bool)
    def show_why(self, shown: bool) -> None:
        if self._brief:
            self._show_details(shown)
        self.why_panel.setVisible(shown)
        self.why_button.setText(self.tr("Hide why") if shown else self.tr("Why?"))
        if self.why_button.isChecked() != shown:
            self.why_button.setChecked(shown)

    def set_highlighted(self, highlighted: bool) -> None:
        if highlighted == self._highlighted:
            return  # a style sheet set again costs a re-polish of the whole row
        self._highlighted = highlighted
        self._apply_style()

    def is_highlighted(self) -> bool:
        return self._highlighted

    def _apply_style(self) -> None:
        palette = self.palette()
        edge = theme.focus_edge(palette) if self._highlighted else theme.card_edge(palette)
        width = 3 if self._highlighted else 1
        # Rows are set apart by a line above; the highlighted one ("See why") by a frame.
        sides = "border" if self._highlighted else "border: none; border-top"
        self.setStyleSheet(f"#flagEpisode {{ {sides}: {width}px solid {edge.name()}; }}")


class SymptomCard(QFrame):
    """Every time one symptom was flagged in the period shown, under what its most urgent asks.

    Signals: discussed_requested(object)  # a row's Flag to mark as discussed
             undo_requested(object)  # a row's Flag whose "discussed" mark to take back
    """

    discussed_requested = Signal(object)
    undo_requested = Signal(object)

    def __init__(self, knowledge: Knowledge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("symptomCard")
        self._knowledge = knowledge
        self.flags: tuple[Flag, ...] = ()
        self.ongoing: frozenset[tuple[str, str, dt.date]] = frozenset()  # identities
        self.level = FlagLevel.NEXT_VISIT
        self._rows: list[FlagCard] = []
        self._showing_all = False
        self._level_from_open = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        self.level_label = QLabel(self)
        self.level_label.setFont(scaled_font(self.font(), 1.1))
        self.level_label.setWordWrap(True)  # "Flagged 8 October 2026: contact …" at 200%
        self.symptom_label = QLabel(self)
        self.symptom_label.setWordWrap(True)
        self.symptom_label.setFont(scaled_font(self.font(), 1.3))
        # The level under the symptom's name when large text leaves no room beside it.
        title = ReflowBox(self)
        title.add_widget(self.symptom_label, 1)
        title.add_widget(self.level_label)
        layout.addWidget(title)
        self.summary_label = wrapped_label("", self, theme.muted_style(self))
        layout.addWidget(self.summary_label)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        layout.addLayout(self.rows_layout)
        self.earlier_button = QPushButton(self)
        self.earlier_button.setMinimumHeight(self.fontMetrics().height() + 12)
        self.earlier_button.clicked.connect(self.show_all_rows)
        layout.addWidget(self.earlier_button, 0, Qt.AlignmentFlag.AlignLeft)

    # -- what it shows -------------------------------------------------------------------------

    def rows(self) -> list[FlagCard]:
        """The rows built and shown, newest first."""
        return list(self._rows)

    def set_flags(
        self,
        flags: Sequence[Flag],
        open_only_level: bool,
        latest_logged: dt.date | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Show ``flags`` (one symptom's, newest first), keeping the rows that did not change.

        The level on top is the most urgent of the open flags (what to do now), or of all of them
        when every one was discussed (``open_only_level`` False). A flag reaching
        ``latest_logged`` (the last day anything was logged) reads as ongoing. A "contact
        promptly" card whose newest such flag is some days older than ``today`` says when it
        was raised, and asks to tell the care team if that was not done."""
        flags = tuple(flags)
        ongoing = frozenset(flag.identity for flag in flags if is_ongoing(flag, latest_logged))
        if flags == self.flags and ongoing == self.ongoing:
            self._collapse()
            return
        self.flags, self.ongoing = flags, ongoing
        first = flags[0]
        counted = [flag for flag in flags if flag.is_open] if open_only_level else []
        self._level_from_open = bool(counted)
        self.level = highest_level(counted or flags)
        self.symptom_label.setText(first.symptom_label)
        newest = next(flag for flag in (counted or flags) if flag.level is self.level)
        told_late = today is not None and not is_current_prompt(newest, today)
        words = (
            flag_level_words(newest, today) if today is not None else flag_level_label(self.level)
        )
        self.level_label.setText(f"{flag_level_mark(self.level)}  {words}")
        self.setAccessibleName(f"{first.symptom_label}: {words}")
        colour = theme.level_colour(self.level, self.palette()).name()
        promptly = self.level is FlagLevel.PROMPTLY
        self.level_label.setStyleSheet(
            f"color: {colour};" + (" font-weight: bold;" if promptly else "")
        )
        if len(flags) == 1:
            summary = self.tr("Flagged once in this period.")
        elif first.identity in ongoing:
            summary = self.tr(
                "Flagged %n times in this period, the latest ongoing since {day}.", "", len(flags)
            ).format(day=long_day(first.first_day))
        else:
            summary = self.tr(
                "Flagged %n times in this period, most recently {days}.", "", len(flags)
            ).format(days=long_day_span(first.first_day, first.last_day))
        if self.level is FlagLevel.PROMPTLY and told_late and self._level_from_open:
            summary += " " + self.tr(
                "If you have not told your care team about it yet, tell them now."
            )
        self.summary_label.setText(summary)
        edge = theme.card_edge(self.palette()).name()
        background = theme.card_background(self.palette()).name()
        # "Contact promptly" is told by its words and triangle; the heavier edge is a third cue.
        border = f"3px solid {colour}" if promptly else f"1px solid {edge}"
        self.setStyleSheet(
            f"#symptomCard {{ background: {background}; border: {border};"
            f" border-left: 8px solid {colour}; border-radius: 4px; }}"
        )
        self._collapse(rebuild=True)

    def _collapse(self, rebuild: bool = False) -> None:
        """Show the newest rows only, each with "Why?" closed and not highlighted."""
        if rebuild or self._showing_all:
            self._show_rows(everything=False)
        for row in self._rows:
            row.show_why(False)
            row.set_highlighted(False)

    @Slot()
    def show_all_rows(self) -> None:
        """Build and show every time the symptom was flagged ("Show … more times")."""
        self._show_rows(everything=True)

    def show_rows_through(self, flag: Flag) -> FlagCard | None:
        """Show ``flag``'s row (every row, if it was among the earlier ones) and return it."""
        if not any(shown.identity == flag.identity for shown in self.flags):
            return None
        for row in self._rows:
            if row.flag.identity == flag.identity:
                return row
        self._show_rows(everything=True)
        return next(row for row in self._rows if row.flag.identity == flag.identity)

    def _brief_selection(self) -> list[Flag]:
        """The newest few times, and the newest time that gives the card its level if it is
        older (so a "contact promptly" card always shows which time asked for it)."""
        chosen = list(self.flags[:EPISODES_SHOWN])
        if all(flag.level is not self.level for flag in chosen):
            setting_level = [
                flag
                for flag in self.flags
                if flag.level is self.level and (flag.is_open or not self._level_from_open)
            ]
            if setting_level:
                chosen.append(setting_level[0])
        return chosen

    def _show_rows(self, everything: bool) -> None:
        wanted = list(self.flags) if everything else self._brief_selection()
        self._showing_all = len(wanted) == len(self.flags)
        level_told_above = all(flag.level is self.level for flag in wanted)
        old = {row.flag.identity: row for row in self._rows}
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        self._rows = []
        for index, flag in enumerate(wanted):
            row = old.pop(flag.identity, None)
            ongoing = flag.identity in self.ongoing
            if row is None or row.flag != flag or row.ongoing != ongoing:
                if row is not None:
                    row.hide()
                    row.deleteLater()
                row = FlagCard(flag, self._knowledge, self, ongoing=ongoing)
                row.discussed_requested.connect(self.discussed_requested)
                row.undo_requested.connect(self.undo_requested)
            row.set_brief(index > 0, level_told_above=level_told_above)
            self.rows_layout.addWidget(row)
            row.show()
            self._rows.append(row)
        for unused in old.values():
            unused.hide()
            unused.deleteLater()
        left = len(self.flags) - len(self._rows)
        if left == 1:
            self.earlier_button.setText(self.tr("Show 1 more time"))
        else:
            self.earlier_button.setText(self.tr("Show %n more times", "", left))
        self.earlier_button.setVisible(left > 0)


class FlagsView(QWidget):
    """Every flag in the open record, one card per symptom, filtered by state and period.

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
        self._latest_logged: dt.date | None = None  # a flag reaching it is ongoing
        self._stale = True
        # Kept across refreshes, by section and symptom, so an unchanged card is not built again.
        self._symptom_cards: dict[tuple[str, str], SymptomCard] = {}
        self._shown: list[SymptomCard] = []
        self._build()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 0)
        outer.setSpacing(8)
        # The title, the words under it and the controls: fixed above the cards, or at 200%
        # scrolling with them (there they filled a 700-pixel window and left the cards a
        # strip a line high).
        header_box = QWidget(self)
        header = QVBoxLayout(header_box)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(8)
        title = QLabel(self.tr("Flags"), self)
        title.setFont(scaled_font(self.font(), 1.6))
        intro = wrapped_label(
            self.tr(
                "What you logged that the articles say is worth telling your care team about: "
                "one card per symptom, the most urgent first. Press “Why?” to read where this "
                "comes from."
            ),
            self,
        )
        self.notice = CareTeamNotice(self)
        header.addWidget(title)
        header.addWidget(intro)
        header.addWidget(self.notice)

        # Show, Period and Flag settings in a row; one under the other when large text leaves
        # no room (at 200% the row is wider than a 1024-pixel window).
        controls_row = ReflowBox(self, spacing=16)
        show_box, period_box, settings_box = (QWidget(controls_row) for _ in range(3))
        controls = QHBoxLayout(show_box)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(6)
        show_label = QLabel(self.tr("Show:"), self)
        controls.addWidget(show_label)
        self.state_group = QButtonGroup(self)
        self.state_group.setExclusive(True)
        self.state_buttons: dict[str, QPushButton] = {}
        height = self.fontMetrics().height() + 14
        for state, text, accessible in (
            (OPEN, self.tr("Open"), self.tr("Show open flags")),
            (DISCUSSED, self.tr("Discussed"), self.tr("Show discussed flags")),
            (ALL, self.tr("All"), self.tr("Show all flags")),
        ):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setMinimumHeight(height)
            # Wide enough for its words once pressed in, when the theme's checked style adds a
            # 2-pixel edge and 10 pixels either side ("Comentados" was cut at Fusion's size).
            button.setMinimumWidth(
                max(button.sizeHint().width(), button.fontMetrics().horizontalAdvance(text) + 28)
            )
            button.setAccessibleName(accessible)
            self.state_group.addButton(button)
            self.state_buttons[state] = button
            controls.addWidget(button)
        self.state_buttons[ALL].setChecked(True)
        self.state_group.buttonToggled.connect(self._on_filter_changed)
        controls = QHBoxLayout(period_box)
        controls.setContentsMargins(0, 0, 0, 0)
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
        controls = QHBoxLayout(settings_box)
        controls.setContentsMargins(0, 0, 0, 0)
        self.settings_button = QPushButton(self.tr("Flag settings…"), self)
        self.settings_button.setMinimumHeight(height)
        self.settings_button.clicked.connect(self.settings_requested)
        controls.addWidget(self.settings_button)
        controls.addStretch(1)
        controls_row.add_widget(show_box)
        controls_row.add_widget(period_box, 1)
        controls_row.add_widget(settings_box)
        header.addWidget(controls_row)

        self.unsaved_label = wrapped_label(
            self.tr(
                "Today has changes that are not saved yet. Flags show what is saved; save the "
                "day on Today to include them."
            ),
            self,
            "font-weight: bold;",
        )
        self.unsaved_label.hide()
        header.addWidget(self.unsaved_label)
        self.status_label = wrapped_label("", self)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.hide()
        header.addWidget(self.status_label)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Flagged symptoms"))
        scroll_content = QWidget(self.scroll_area)
        column = QVBoxLayout(scroll_content)
        column.setContentsMargins(0, 0, 8, 12)
        column.setSpacing(10)
        if theme.text_scale() >= HEADER_SCROLLS_FROM:
            column.addWidget(header_box)
        else:
            outer.addWidget(header_box)
        self.list_widget = QWidget(scroll_content)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(10)
        column.addWidget(self.list_widget, 1)
        self.scroll_area.setWidget(scroll_content)
        outer.addWidget(self.scroll_area, 1)

    # -- public interface ----------------------------------------------------------------------

    def symptom_cards(self) -> list[SymptomCard]:
        """The symptom cards shown now, in order (the most urgent first)."""
        return list(self._shown)

    def cards(self) -> list[FlagCard]:
        """The rows shown now (one per time a symptom was flagged), card by card."""
        return [row for card in self._shown for row in card.rows()]

    def headings(self) -> list[str]:
        """The section headings shown now ("To tell your care team: 2 symptoms", ...)."""
        return [
            label.text()
            for label in self.list_widget.findChildren(QLabel, "sectionHeading")
            if not label.isHidden()
        ]

    def empty_text(self) -> str:
        label = self.list_widget.findChild(QLabel, "emptyText")
        return label.text() if label is not None and not label.isHidden() else ""

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
        """Read the flags again (from the record's flag cache) and show them."""
        self._flags = self._record.flags.evaluate()
        self._latest_logged = self._record.flags.latest_logged_day()
        self._stale = False
        self._rebuild()

    @Slot(bool)
    def set_today_unsaved(self, unsaved: bool) -> None:
        self.unsaved_label.setVisible(unsaved)

    def show_flag(self, flag: Flag) -> FlagCard | None:
        """Show ``flag`` (widening the filter if needed), open its "Why?" and scroll to it."""
        if self._stale:
            self.refresh()
        row = self._row_for(flag)
        if row is None:
            # Outside the filter or the period: widen both rather than hide it.
            self.state_group.blockSignals(True)
            self.period_combo.blockSignals(True)
            self.set_state_filter(ALL)
            self.set_period_days(self._narrowest_period_with(flag))
            self.state_group.blockSignals(False)
            self.period_combo.blockSignals(False)
            self._rebuild()
            row = self._row_for(flag)
        if row is None:
            return None
        for other in self.cards():
            other.set_highlighted(other is row)
        row.show_why(True)
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        # Scroll once the layout has placed the row (it may have just been built).
        QTimer.singleShot(0, self, lambda: self._scroll_to(row))
        self._scroll_to(row)
        return row

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

    def _grouped(self) -> tuple[list[list[Flag]], list[list[Flag]]]:
        """The symptoms to tell the care team about and the discussed ones, each a list of
        that symptom's flags (newest first) in the order its section shows them."""
        days = self.period_combo.currentData()
        since = self._today() - dt.timedelta(days=days) if days else None
        state = self._state()
        by_symptom: dict[str, list[Flag]] = {}
        for flag in self._flags:
            if since is not None and flag.last_day < since:
                continue
            if (state == OPEN and not flag.is_open) or (state == DISCUSSED and flag.is_open):
                continue
            by_symptom.setdefault(flag.symptom_key, []).append(flag)
        to_tell: list[list[Flag]] = []
        discussed: list[list[Flag]] = []
        for flags in by_symptom.values():
            flags.sort(key=newest_first)
            (to_tell if any(flag.is_open for flag in flags) else discussed).append(flags)

        def urgency(flags: list[Flag]) -> tuple[int, int, int]:
            level = highest_level([flag for flag in flags if flag.is_open] or flags)
            return (LEVEL_ORDER[level], *newest_first(flags[0]))

        to_tell.sort(key=urgency)
        discussed.sort(key=lambda flags: newest_first(flags[0]))
        return to_tell, discussed

    def _rebuild(self) -> None:
        """Show one card per symptom the filter and period allow.

        A card whose flags are exactly as before is kept rather than built again (after a save,
        most of them), and a changed card keeps its unchanged rows."""
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and not isinstance(widget, SymptomCard):
                widget.hide()
                widget.deleteLater()
        to_tell, discussed = self._grouped()
        sections: list[tuple[str, str, list[list[Flag]]]] = []
        if to_tell:
            sections.append((OPEN, self._to_tell_heading(to_tell), to_tell))
        if discussed:
            sections.append((DISCUSSED, self._discussed_heading(discussed), discussed))
        kept: dict[tuple[str, str], SymptomCard] = {}
        self._shown = []
        for section, heading_text, groups in sections:
            heading = QLabel(heading_text, self.list_widget)
            heading.setObjectName("sectionHeading")
            heading.setWordWrap(True)  # at 200% text it is wider than a 1024-pixel window
            heading.setFont(scaled_font(self.font(), 1.2))
            self.list_layout.addWidget(heading)
            heading.show()
            for flags in groups:
                key = (section, flags[0].symptom_key)
                card = self._symptom_cards.pop(key, None)
                if card is None:
                    card = SymptomCard(self._record.knowledge, self.list_widget)
                    card.discussed_requested.connect(self._mark_discussed)
                    card.undo_requested.connect(self._undo_discussed)
                card.set_flags(flags, section == OPEN, self._latest_logged, self._today())
                self.list_layout.addWidget(card)
                card.show()  # now rather than on the layout's next turn, so "See why" can scroll
                kept[key] = card
                self._shown.append(card)
        for unused in self._symptom_cards.values():
            unused.hide()
            unused.deleteLater()
        self._symptom_cards = kept
        if not sections:
            empty = wrapped_label(self._empty_words(self._state()), self.list_widget)
            empty.setObjectName("emptyText")
            empty.setFont(scaled_font(self.font(), 1.05, bold=False))
            self.list_layout.addWidget(empty)
            empty.show()
        self.list_layout.addStretch(1)

    def _to_tell_heading(self, groups: list[list[Flag]]) -> str:
        promptly = sum(
            1
            for flags in groups
            if highest_level([flag for flag in flags if flag.is_open]) is FlagLevel.PROMPTLY
        )
        if len(groups) == 1:
            text = self.tr("To tell your care team: 1 symptom")
        else:
            text = self.tr("To tell your care team: %n symptoms", "", len(groups))
        if promptly:
            text += " " + self.tr("(%n promptly)", "", promptly)
        return text

    def _discussed_heading(self, groups: list[list[Flag]]) -> str:
        if len(groups) == 1:
            return self.tr("Discussed with your care team: 1 symptom")
        return self.tr("Discussed with your care team: %n symptoms", "", len(groups))

    def _empty_words(self, state: str) -> str:
        if state == DISCUSSED:
            return self.tr(
                "No flag in this period is marked as discussed with your care team. When "
                "you have talked about a flag, press “Discussed with my care team…” on it."
            )
        return self.tr(
            "Nothing in your log is flagged for this period. Keep logging how you feel; "
            "if anything worries you, you can always contact your care team."
        )

    def _narrowest_period_with(self, flag: Flag) -> int:
        for days in PERIOD_DAYS:
            if not days or flag.last_day >= self._today() - dt.timedelta(days=days):
                return days
        return ALL_DAYS

    def _row_for(self, flag: Flag) -> FlagCard | None:
        for card in self._shown:
            row = card.show_rows_through(flag)
            if row is not None:
                return row
        return None

    def _scroll_to(self, row: FlagCard) -> None:
        if any(row in card.rows() for card in self._shown):
            self.scroll_area.ensureWidgetVisible(row, 0, 0)

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
            long_day_span(flag.first_day, flag.last_day),
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
                "{symptom} on {days} is marked as discussed. It comes back if it gets worse."
            ).format(symptom=flag.symptom_label, days=long_day_span(flag.first_day, flag.last_day))
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
