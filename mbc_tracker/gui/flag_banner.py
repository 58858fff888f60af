"""The calm banner on Today (under the form, above Save) when the shown day raised a flag.

It says, in one sentence, what the flag asks (mention it at the next visit, or contact the care
team promptly), names the symptoms, offers "See why" (which opens the Flags view at that flag),
and carries the care-team notice. For a "contact promptly" flag it also says what to do: call
the number the Profile's care team marks for urgent problems (a 24-hour line), shown here so
that nobody has to look for it; with none marked, where to add one. It is hidden while nothing
is flagged. Today decides when to ask for the flags (on showing a day and after a save, never on
a keystroke).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mbc_tracker.domain.flags import LEVEL_ORDER, Flag
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import CareTeamContact
from mbc_tracker.gui import theme
from mbc_tracker.gui.care_team_notice import CareTeamNotice
from mbc_tracker.gui.labels import flag_level_mark


class FlagBanner(QFrame):
    """The banner; empty and hidden until ``set_flags`` gets open flags.

    Signals: flag_chosen(object)  # the Flag "See why" is about (the most urgent one shown)
    """

    flag_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flagBanner")
        self._flags: list[Flag] = []
        self._colour_for(FlagLevel.NEXT_VISIT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(3)
        row = QHBoxLayout()
        self.mark_label = QLabel(self)
        self.mark_label.setAccessibleName(self.tr("Flag"))
        font = self.mark_label.font()
        font.setPointSizeF(max(font.pointSizeF(), 1.0) * 1.4)
        self.mark_label.setFont(font)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        bold = self.message_label.font()
        bold.setBold(True)
        self.message_label.setFont(bold)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.see_why_button = QPushButton(self.tr("See why"), self)
        self.see_why_button.setAccessibleName(self.tr("See why this day is flagged"))
        self.see_why_button.setMinimumHeight(self.fontMetrics().height() + 14)
        self.see_why_button.clicked.connect(self._see_why)
        row.addWidget(self.mark_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.message_label, 1)
        row.addWidget(self.see_why_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)
        # What to do for a "contact promptly" flag: the urgent number, selectable to copy.
        self.urgent_label = QLabel(self)
        self.urgent_label.setObjectName("urgentContact")
        self.urgent_label.setWordWrap(True)
        self.urgent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.urgent_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.urgent_label.hide()
        layout.addWidget(self.urgent_label)
        self.notice = CareTeamNotice(self)
        layout.addWidget(self.notice)
        self.hide()

    def flags(self) -> list[Flag]:
        return list(self._flags)

    def set_flags(self, flags: list[Flag], urgent_contacts: Sequence[CareTeamContact] = ()) -> None:
        """Show the banner for these open flags of the shown day, or hide it when there are none.

        ``urgent_contacts`` (the care team's numbers for urgent problems) are shown when one of
        the flags asks to contact the care team promptly."""
        self._flags = sorted(flags, key=lambda flag: LEVEL_ORDER[flag.level])
        if not self._flags:
            self.hide()
            return
        most_urgent = self._flags[0].level
        self._colour_for(most_urgent)
        # Short sentences: at 1024x700 every line of the banner is a line less of the form.
        prompt = self._names(FlagLevel.PROMPTLY)
        later = [name for name in self._names(FlagLevel.NEXT_VISIT) if name not in prompt]
        if prompt:
            sentence = self.tr("For this day: contact your care team promptly about {symptoms}.")
            sentence = sentence.format(symptoms=", ".join(prompt))
            if later:
                sentence += " " + self.tr("Also to mention at your next visit: {symptoms}.").format(
                    symptoms=", ".join(later)
                )
        else:
            sentence = self.tr(
                "For this day: mention {symptoms} to your care team at your next visit."
            ).format(symptoms=", ".join(later))
        self.mark_label.setText(flag_level_mark(most_urgent))
        self.message_label.setText(sentence)
        if most_urgent is FlagLevel.PROMPTLY:
            self.urgent_label.setText(self._what_to_do(urgent_contacts))
            self.urgent_label.setAccessibleName(self.urgent_label.text())
        self.urgent_label.setVisible(most_urgent is FlagLevel.PROMPTLY)
        self.setAccessibleName(sentence)
        self.show()

    def _names(self, level: FlagLevel) -> list[str]:
        """The symptoms flagged at ``level``, each once, in the order of the flags."""
        names = dict.fromkeys(flag.symptom_label for flag in self._flags if flag.level is level)
        return list(names)

    def _what_to_do(self, contacts: Sequence[CareTeamContact]) -> str:
        if not contacts:
            return self.tr(
                "Tick your care team's number for urgent problems in Profile, Care team, to "
                "have it here."
            )
        lines = []
        for number, contact in enumerate(contacts):
            who = f"{contact.name}, {contact.role}" if contact.role else contact.name
            line = self.tr("Call {who}: {phone}") if number == 0 else self.tr("or {who}: {phone}")
            lines.append(line.format(who=who, phone=contact.phone))
        return "\n".join(lines)

    def _colour_for(self, level: FlagLevel) -> None:
        """A light tint of the level's colour on the window's own (a dark one on a dark
        desktop), edged in the level's colour: the words keep the palette's text colour."""
        palette = self.palette()
        self.background = theme.notice_background(level, palette)
        edge = theme.notice_edge(level, palette).name()
        self.setStyleSheet(
            f"#flagBanner {{ background: {self.background.name()}; border: 1px solid {edge};"
            " border-radius: 6px; }"
        )

    @Slot()
    def _see_why(self) -> None:
        if self._flags:
            self.flag_chosen.emit(self._flags[0])
