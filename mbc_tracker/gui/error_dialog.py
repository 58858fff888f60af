"""The one calm dialog for an unexpected error: a sentence on top, "Copy details" and "Close".

``gui.error_report`` decides what the sentence can truthfully say (``Failure.record_unchanged``)
and what "Copy details" copies; this module only words it, kindly and without alarm, and keeps
counting further errors of the same burst in the one dialog instead of stacking new ones. The
words never name the error: the person is told what happened to the record and what to do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.gui.error_report import Failure


class ErrorDialog(QDialog):
    """One calm sentence about an unexpected error, with "Copy details" and "Close".

    Signals:
        details_copied(): the support text was put on the clipboard.
    """

    details_copied = Signal()

    def __init__(
        self,
        failure: Failure,
        details_text: Callable[[Failure, int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.failure = failure
        self.repeats = 0
        self._details_text = details_text
        self._unchanged: bool | None = failure.record_unchanged

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(self)
        self.headline.setObjectName("errorHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.body = QLabel(self)
        self.body.setObjectName("errorBody")
        self.body.setWordWrap(True)
        self.repeat_label = QLabel(self)
        self.repeat_label.setObjectName("errorRepeats")
        self.repeat_label.setWordWrap(True)
        self.repeat_label.hide()
        self.copied_label = QLabel(self)
        self.copied_label.setObjectName("errorCopied")
        self.copied_label.setWordWrap(True)
        self.copied_label.hide()

        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(
            self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(
            self.tr(
                "Copy a short technical note for a support request. It holds no health details."
            )
        )
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.setSpacing(10)
        for label in (self.headline, self.body, self.repeat_label, self.copied_label):
            text.addWidget(label)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        # A steady width, and a height that follows the wrapped words whenever they change
        # (a second error, "Copied"), so no sentence is ever cut off.
        text_width = self.fontMetrics().averageCharWidth() * 56
        for label in (self.headline, self.body, self.repeat_label, self.copied_label):
            label.setFixedWidth(text_width)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self._show_words()

    def _show_words(self) -> None:
        carry_on = self.tr(
            "The app met a problem it did not expect and stopped what it was doing. You can "
            "carry on using it. If this happens again, “Copy details” copies a short note you "
            "can send with a support request; it holds no health details."
        )
        if self._unchanged is True:
            self.headline.setText(self.tr("Nothing was saved; your record is unchanged."))
            self.body.setText(carry_on)
        elif self._unchanged is False:
            self.headline.setText(
                self.tr(
                    "What was saved before is kept, but the last thing you did may not have "
                    "finished."
                )
            )
            self.body.setText(
                self.tr("Please check that your last change is there, and make it again if not.")
                + " "
                + carry_on
            )
        else:
            self.headline.setText(self.tr("Something unexpected went wrong."))
            self.body.setText(carry_on)

    def add_repeat(self, failure: Failure) -> None:
        """Count another error of the same burst; the sentence stays true for all of them."""
        self.repeats += 1
        if self._unchanged is True and failure.record_unchanged is not True:
            self._unchanged = failure.record_unchanged
            self._show_words()
        if self.repeats == 1:
            self.repeat_label.setText(self.tr("It happened once more since."))
        else:
            self.repeat_label.setText(
                self.tr("It happened {count} more times since.").format(count=self.repeats)
            )
        self.repeat_label.show()

    def details_text(self) -> str:
        return self._details_text(self.failure, self.repeats)

    @Slot()
    def copy_details(self) -> None:
        try:
            QGuiApplication.clipboard().setText(self.details_text())
        except Exception:
            self.copied_label.setText(self.tr("The details could not be copied just now."))
        else:
            self.copied_label.setText(
                self.tr(
                    "Copied. You can paste it into an email or a message for a support request."
                )
            )
            self.details_copied.emit()
        self.copied_label.show()
