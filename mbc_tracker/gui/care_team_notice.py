"""The one-line notice shown wherever the app shows flags: it does not replace the care team.

The issue asks for this line on every screen that shows flags (the Flags view, and Today while
its flag banner is up), so it is one small widget with one wording, translated once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mbc_tracker.gui import theme


class CareTeamNotice(QLabel):
    """ "This app does not replace your care team ...", in a quiet, readable line.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careTeamNotice")
        text = self.tr(
            "This app does not replace your care team. If you feel very unwell, contact them "
            "or emergency services."
        )
        self.setText(text)
        self.setAccessibleName(text)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Quieter than the text around it, from the palette: readable on light and dark.
        self.colour = theme.muted_text(self.palette())
        self.setStyleSheet(f"#careTeamNotice {{ color: {self.colour.name()}; }}")
