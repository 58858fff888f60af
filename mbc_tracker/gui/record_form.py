"""The editing dialog every records screen uses: labelled fields, a message under each, Save.

``RecordForm`` lays fields out one under another with their labels, an optional hint, and an
``ErrorLabel`` beneath each. Save calls the subclass's ``save()``, which asks a service to store
the entry; a ``RecordInvalid`` from the service puts each sentence under its field (or at the
top for the form as a whole), moves the focus to the first one, and keeps the dialog open with
everything typed still there. Nothing is stored until every problem is gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.gui import theme
from mbc_tracker.gui.widgets import ErrorLabel
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.editing import RecordInvalid

if TYPE_CHECKING:
    from mbc_tracker.gui.runner import ChangeRunner


class RecordForm(QDialog):
    """A form dialog; subclasses add fields with ``add_field`` and implement ``save``.

    After a successful Save, ``saved`` holds what ``save`` returned and the dialog is accepted.

    Signals: inherited from QDialog only.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.saved: Any = None
        self._runner: ChangeRunner | None = None
        self._changes = RecordChanges()
        self._errors: dict[str, ErrorLabel] = {}
        outer = QVBoxLayout(self)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(theme.error_style(self))
        self.general_error.hide()
        outer.addWidget(self.general_error)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save_requested)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            self.setMaximumHeight(screen.height() - 40)

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> ErrorLabel:
        """A labelled row: the field, an optional hint under it, and its (hidden) message."""
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        if hint:
            hint_label = QLabel(hint, column)
            hint_label.setWordWrap(True)
            hint_label.setObjectName("hint")
            hint_label.setStyleSheet(theme.muted_style(hint_label))
            layout.addWidget(hint_label)
        error = ErrorLabel(widget, column)
        layout.addWidget(error)
        label_widget = QLabel(label, self)
        label_widget.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(label_widget, column)
        self._errors[key] = error
        return error

    def save(self) -> Any:
        """Store the entry through a service and return it; raise RecordInvalid if it cannot be.

        Subclasses must override this.
        """
        raise RecordInvalid(
            {"": QCoreApplication.translate("RecordForm", "This form cannot be saved.")}
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        self.clear_problems()
        first: QWidget | None = None
        general: list[str] = []
        for key, message in problems.items():
            error = self._errors.get(key)
            if error is None:
                general.append(message)
                continue
            error.show_problem(message)
            if first is None:
                first = error.field
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first is not None:
            first.setFocus()

    def clear_problems(self) -> None:
        for error in self._errors.values():
            error.clear_problem()
        self.general_error.clear()
        self.general_error.hide()

    def save_through(self, runner: ChangeRunner, changes: RecordChanges) -> None:
        """Send Save through the record's change runner, announcing ``changes`` when it works."""
        self._runner = runner
        self._changes = changes

    @Slot()
    def _save_requested(self) -> None:
        if self._runner is None:
            try:
                self.saved = self.save()
            except RecordInvalid as invalid:
                self.show_problems(invalid.problems)
                return
        else:
            outcome = self._runner.run(self.save, self._changes, expected=(RecordInvalid,))
            if isinstance(outcome.problem, RecordInvalid):
                self.show_problems(outcome.problem.problems)
                return
            if not outcome.ok:
                return  # reported by the runner; the form keeps what was typed
            self.saved = outcome.value
        self.clear_problems()
        self.accept()
