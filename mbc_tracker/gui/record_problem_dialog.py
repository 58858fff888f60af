"""The dialog shown when a record cannot be opened safely, and what the person chose to do.

The app never writes into a file that is not a record or that failed its check. This dialog says
so in plain words and offers the ways on: open a copy of the newest good backup (for a damaged,
emptied or replaced record that has one), wait for or look without changing a record that is
open in another window, choose another record, or stop (quit at start-up, keep the current record
otherwise). It reassures rather than diagnoses: the file was left exactly as it was.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from mbc_tracker.domain.dates import day_and_time
from mbc_tracker.services.record import ProblemKind, RecordProblem


class ProblemChoice(Enum):
    OPEN_BACKUP = "open_backup"
    WAIT = "wait"  # until the other window or command lets go of the record
    READ_ONLY = "read_only"
    CHOOSE_ANOTHER = "choose_another"
    GIVE_UP = "give_up"  # quit at start-up; keep the record already open otherwise


class RecordProblemDialog(QMessageBox):
    """Explains why a record was not opened and offers what to do next.

    Emits only QMessageBox's own signals; read the answer with ``choice()`` after it closes.
    """

    def __init__(
        self, problem: RecordProblem, at_startup: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordProblemDialog")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("This record was not opened"))
        self.setText(self._headline(problem))
        self.setInformativeText(self._next_steps(problem))
        self._buttons: dict[ProblemChoice, QAbstractButton] = {}
        if problem.backup is not None:
            self._buttons[ProblemChoice.OPEN_BACKUP] = self.addButton(
                self.tr("Open the newest good backup"), QMessageBox.ButtonRole.AcceptRole
            )
        if problem.kind is ProblemKind.LOCKED:
            self._buttons[ProblemChoice.WAIT] = self.addButton(
                self.tr("Wait until it is closed"), QMessageBox.ButtonRole.AcceptRole
            )
        if problem.kind in (ProblemKind.LOCKED, ProblemKind.UNWRITABLE):
            self._buttons[ProblemChoice.READ_ONLY] = self.addButton(
                self.tr("Open for reading only"), QMessageBox.ButtonRole.ActionRole
            )
        self._buttons[ProblemChoice.CHOOSE_ANOTHER] = self.addButton(
            self.tr("Choose another record…"), QMessageBox.ButtonRole.ActionRole
        )
        self._buttons[ProblemChoice.GIVE_UP] = self.addButton(
            self.tr("Quit") if at_startup else self.tr("Cancel"),
            QMessageBox.ButtonRole.RejectRole,
        )
        first = next(iter(self._buttons.values()))
        self.setDefaultButton(first)
        self.setEscapeButton(self._buttons[ProblemChoice.GIVE_UP])

    def choice_button(self, choice: ProblemChoice) -> QAbstractButton | None:
        return self._buttons.get(choice)

    def choice(self) -> ProblemChoice:
        clicked = self.clickedButton()
        for choice, button in self._buttons.items():
            if button is clicked:
                return choice
        return ProblemChoice.GIVE_UP

    def _headline(self, problem: RecordProblem) -> str:
        name = problem.path.name
        if problem.kind is ProblemKind.NOT_A_RECORD:
            return self.tr(
                "“{name}” is not an MBC Care Tracker record. Nothing in it was changed."
            ).format(name=name)
        if problem.kind is ProblemKind.DAMAGED:
            return self.tr(
                "The record “{name}” could not be read safely, so the app has not changed it."
            ).format(name=name)
        if problem.kind is ProblemKind.EMPTY:
            return self.tr(
                "The file “{name}” holds no record (it is empty), so the app has not used it. "
                "Nothing in it was changed."
            ).format(name=name)
        # Too new, locked, an update that did not work: the service's sentence already says
        # what happened and that the file was left as it was.
        return problem.message

    def _next_steps(self, problem: RecordProblem) -> str:
        if problem.kind is ProblemKind.LOCKED:
            return self.tr(
                "Two windows changing one record would overwrite each other's entries. You can "
                "wait here until the other one closes it, or look at the record without "
                "changing it."
            )
        if problem.kind is ProblemKind.UNWRITABLE:
            return self.tr("You can look at the record without changing it, or choose another.")
        if problem.backup is not None:
            return self.tr(
                "A good backup from {when} can be opened instead. It opens as a copy beside "
                "the original, and the original file is kept as it is."
            ).format(when=day_and_time(problem.backup.made_at))
        if problem.kind is ProblemKind.NOT_A_RECORD:
            return self.tr(
                "You can choose another record. Records made by this app have names ending in "
                ".mbcrecord."
            )
        if problem.kind in (ProblemKind.DAMAGED, ProblemKind.EMPTY):
            return self.tr(
                "No good backup of it was found. The file is kept as it is; you can choose "
                "another record, or keep this file for someone who can help look at it."
            )
        return self.tr("You can choose another record.")


def ask_about_record_problem(
    problem: RecordProblem, at_startup: bool, parent: QWidget | None = None
) -> ProblemChoice:
    """Show the dialog modally and return what the person chose."""
    dialog = RecordProblemDialog(problem, at_startup, parent)
    dialog.exec()
    return dialog.choice()
