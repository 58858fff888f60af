"""The reminders panel: what is due now, each with Snooze, Dismiss and Open.

The in-app list is the source of truth for reminders (a tray message may never appear). It is
a window of its own beside the main one, rebuilt whenever the controller reads the reminders
again (``ReminderController.due_changed``), so a dose taken on Today leaves it at once. Large
buttons, calm words: a dose is "due", never "missed"; an appointment lists the questions still
to ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import time_of_day
from mbc_tracker.domain.reminders import ItemKind, Reminder
from mbc_tracker.gui import theme
from mbc_tracker.gui.widgets import scaled_font

if TYPE_CHECKING:
    from mbc_tracker.gui.reminders import ReminderController


class ReminderCard(QFrame):
    """One reminder: its title, since when, its questions, and what can be done with it."""

    def __init__(self, reminder: Reminder, controller: ReminderController, parent: QWidget) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.setObjectName("reminderCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        palette = self.palette()
        self.setStyleSheet(
            f"QFrame#reminderCard {{ background: {theme.card_background(palette).name()};"
            f" border: 1px solid {theme.card_edge(palette).name()}; border-radius: 6px; }}"
        )
        column = QVBoxLayout(self)
        self.title = QLabel(reminder.title, self)
        self.title.setObjectName("reminderTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title.font(), 1.1))
        column.addWidget(self.title)
        since = QLabel(self.tr("Due since {time}").format(time=time_of_day(reminder.due_at)), self)
        since.setStyleSheet(theme.muted_style(since))
        column.addWidget(since)
        if reminder.detail:
            questions = QLabel(
                self.tr("Questions to ask:")
                + "".join(f"\n• {question}" for question in reminder.detail),
                self,
            )
            questions.setObjectName("reminderQuestions")
            questions.setWordWrap(True)
            column.addWidget(questions)
        row = QHBoxLayout()
        minutes = controller.snooze_minutes()
        self.snooze_button = QPushButton(
            self.tr("Snooze %n minutes", "", minutes) if minutes != 1 else self.tr("Snooze"), self
        )
        self.snooze_button.setToolTip(self.tr("Hide this reminder for a while; it comes back"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setToolTip(self.tr("Hide this reminder; it does not come back"))
        where = (
            self.tr("Open Appointments")
            if reminder.kind is ItemKind.APPOINTMENT
            else self.tr("Open Today")
        )
        self.open_button = QPushButton(where, self)
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            button.setMinimumHeight(36)
            button.setAccessibleDescription(reminder.title)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        read_only = controller.read_only
        self.snooze_button.setEnabled(not read_only)
        self.dismiss_button.setEnabled(not read_only)
        self.snooze_button.clicked.connect(lambda: controller.snooze(reminder))
        self.dismiss_button.clicked.connect(lambda: controller.dismiss(reminder))


class RemindersPanel(QDialog):
    """What is due now, kept up to date while it is open.

    Emits only QDialog's own signals.
    """

    def __init__(self, controller: ReminderController, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("remindersPanel")
        self.setWindowTitle(self.tr("Reminders"))
        self._controller = controller
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("What is due now"), self)
        heading.setFont(scaled_font(heading.font(), 1.3))
        layout.addWidget(heading)
        self.empty_label = QLabel(
            self.tr(
                "Nothing is due right now. Reminders of doses, appointments and the daily "
                "check-in appear here when their time comes."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self._list = QWidget(self)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self._list)
        layout.addWidget(self._scroll, 1)
        self.later_label = QLabel(self)
        self.later_label.setObjectName("laterToday")
        self.later_label.setWordWrap(True)
        layout.addWidget(self.later_label)
        # With nothing due the empty list is hidden and this takes the room instead, so
        # "Later today" sits right under the words above, not at the bottom of a blank gap.
        layout.addStretch(0)
        note = QLabel(
            self.tr(
                "Reminders are made on this computer from your record; nothing is ever sent "
                "anywhere. Choose which ones come, and when, in Edit > Preferences."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(theme.muted_style(note))
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.cards: list[ReminderCard] = []
        self.resize(560, 600)
        controller.due_changed.connect(self._rebuild)
        self._rebuild()

    @Slot()
    def _rebuild(self, _count: int = 0) -> None:
        for card in self.cards:
            self._list_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        stretch = self._list_layout.takeAt(self._list_layout.count() - 1)
        del stretch
        for reminder in self._controller.due:
            card = ReminderCard(reminder, self._controller, self._list)
            card.open_button.clicked.connect(lambda _=False, r=reminder: self._open(r))
            self._list_layout.addWidget(card)
            self.cards.append(card)
        self._list_layout.addStretch(1)
        self.empty_label.setVisible(not self.cards)
        self._scroll.setVisible(bool(self.cards))
        later = self._controller.later_today()
        lines = [f"{time_of_day(item.time)}  {item.title}" for item in later if item.time]
        self.later_label.setText(
            self.tr("Later today:") + "".join(f"\n{line}" for line in lines) if lines else ""
        )
        self.later_label.setVisible(bool(lines))

    def _open(self, reminder: Reminder) -> None:
        self.close()
        self._controller.open(reminder)

    def titles(self) -> list[str]:
        """The titles shown, in order (for tests and the accessibility walk)."""
        return [card.title.text() for card in self.cards]
