"""A record open in another window: waiting for it, and the line that says it is read-only here.

Only one window or command may change a record at a time (``storage.lock``). When the person
opens a record that is busy elsewhere, they may wait here until it is let go
(``WaitForRecordDialog`` tries again twice a second and opens it as soon as it can), or look at it
without changing it; then ``ReadOnlyBanner`` stays at the top of the window, says why nothing can
be saved, and offers to try again for changes. Colours come from the palette (the tool-tip roles),
so the line reads in light, dark and high-contrast themes alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.services.record import CareRecord, ProblemKind, RecordProblem

RETRY_INTERVAL_MS = 500


class WaitForRecordDialog(QDialog):
    """Tries to open a record until it is free, the person gives up, or opening fails otherwise.

    After it closes: ``record`` is the opened record (the dialog was accepted), or ``problem`` is
    why it could not be opened for another reason, or ``read_only_chosen`` says the person
    chose to look without changing; all None/False means Cancel.

    Signals: only QDialog's own.
    """

    def __init__(
        self, path: Path, try_open: Callable[[], CareRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("waitForRecordDialog")
        self.setWindowTitle(self.tr("Waiting for the record"))
        self.record: CareRecord | None = None
        self.problem: RecordProblem | None = None
        self.read_only_chosen = False
        self._try_open = try_open

        text = QLabel(
            self.tr(
                "“{name}” is open in another window or command. It will open here by itself as "
                "soon as it is closed there."
            ).format(name=path.name),
            self,
        )
        text.setWordWrap(True)
        busy = QProgressBar(self)
        busy.setRange(0, 0)  # moving, with no end: we do not know how long it will take
        busy.setTextVisible(False)
        busy.setAccessibleName(self.tr("Waiting"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.read_only_button = buttons.addButton(
            self.tr("Open for reading only"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.read_only_button.clicked.connect(self._choose_read_only)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(busy)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_INTERVAL_MS)
        self._timer.timeout.connect(self.try_again)
        self._timer.start()

    @Slot()
    def try_again(self) -> None:
        try:
            self.record = self._try_open()
        except RecordProblem as problem:
            if problem.kind is ProblemKind.LOCKED:
                return  # still open elsewhere: keep waiting
            self.problem = problem
        except Exception:
            self._timer.stop()  # never retry an unforeseen failure twice a second
            raise
        self._timer.stop()
        self.accept()

    @Slot()
    def _choose_read_only(self) -> None:
        self.read_only_chosen = True
        self._timer.stop()
        self.reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)


class ReadOnlyBanner(QFrame):
    """The line at the top of a window whose record is open for reading only.

    Signals:
        retry_requested(): the person asked to open the record for changes again.
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        self.setPalette(palette)
        self.label = QLabel(
            self.tr(
                "Open for reading only: this record is open in another window or command, so "
                "nothing can be saved here."
            ),
            self,
        )
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.retry_button = QPushButton(self.tr("Open for changes"), self)
        self.retry_button.setObjectName("openForChangesButton")
        self.retry_button.setToolTip(
            self.tr("Try again to open the record for changes, once the other window closed it")
        )
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
