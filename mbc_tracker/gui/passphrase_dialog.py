"""The two passphrase dialogs: asking for a protected record's passphrase, and choosing a new one.

``PassphraseDialog`` asks for the passphrase of one protected record (to open it, or to remove
its protection). The key is derived once per try (``key_for``, about a third of a second, under
a wait cursor) and checked without writing anything; a passphrase that does not open the record
keeps the dialog open with one calm sentence by the field, and says that a forgotten passphrase
cannot be recovered. There is no lock-out and no count of tries: it is the person's own file.

``NewPassphraseDialog`` asks for a new passphrase twice (and, to change one, the current one
first), shows each problem under its field, and says plainly, before anything is protected, that
a forgotten passphrase cannot be recovered and that an exported copy kept somewhere safe is the
only way back. For a new record it also offers to keep the record without a passphrase.

Neither dialog keeps a passphrase after it closes except in its own fields, which the caller
reads once; nothing here writes a file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.protection import RecordKey
from mbc_tracker.gui.widgets import ErrorLabel
from mbc_tracker.services.protection import passphrase_problem
from mbc_tracker.services.record import key_for

# Returned by ``NewPassphraseDialog.exec`` when the person chose to keep a new record plain.
KEEP_PLAIN = 2


@contextmanager
def waiting() -> Iterator[None]:
    """A wait cursor while the key is derived (the one slow step, about a third of a second)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def forgotten_sentence() -> str:
    return QCoreApplication.translate(
        "PassphraseDialog",
        "A forgotten passphrase cannot be recovered: nobody can open the record without it. "
        "Only an exported copy (File > Export…) kept somewhere safe could bring the record back.",
    )


class _PassphraseForm(QDialog):
    """What both dialogs share: large fields, a "Show the passphrase" tick box, sentences."""

    def _text_label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _field(self, accessible_name: str, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible_name)
        field.setMinimumHeight(self.fontMetrics().height() + 16)
        return field

    def _caption(self, text: str, field: QLineEdit) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(field)
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        return caption

    def _show_box(self, fields: list[QLineEdit]) -> QCheckBox:
        box = QCheckBox(QCoreApplication.translate("_PassphraseForm", "&Show the passphrase"), self)
        box.setObjectName("showPassphraseBox")
        box.setAccessibleName(QCoreApplication.translate("_PassphraseForm", "Show the passphrase"))

        def show(shown: bool) -> None:
            mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            for field in fields:
                field.setEchoMode(mode)

        box.toggled.connect(show)
        return box

    def _large(self, button: QPushButton) -> QPushButton:
        button.setMinimumHeight(self.fontMetrics().height() + 16)
        # Never narrower than its words (a minimum width would otherwise let the layout clip them).
        button.setMinimumWidth(
            max(button.sizeHint().width(), self.fontMetrics().averageCharWidth() * 12)
        )
        return button

    def _width(self) -> None:
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def fit(self) -> None:
        """Grow to show every wrapped sentence whole (a sentence shown after a try, large text):
        Qt sizes a dialog once, without asking wrapped labels how tall they are at its width."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        # The width asked for in _width overrides the layout's own least width: never narrower
        # than the buttons' words.
        width = max(self.width(), self.minimumWidth(), layout.minimumSize().width())
        self.setMinimumWidth(width)
        height = self.heightForWidth(width)
        if height > 0:
            self.setMinimumHeight(height)
        if self.width() < width or self.height() < height:
            self.resize(width, max(height, self.height()))

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            # Before the dialog places itself over the window, so it is centred at its size.
            self.ensurePolished()
            self.fit()
        super().setVisible(visible)


class PassphraseDialog(_PassphraseForm):
    """Asks for the passphrase of the protected record at ``path``.

    ``opens(key)`` says whether a key opens the record (without writing). After ``Accepted``,
    ``key`` is the key that does; after ``Rejected`` it is None. ``intro`` replaces the opening
    sentence and ``action`` the word on the button (for "Remove protection").

    Signals: only QDialog's own.
    """

    def __init__(
        self,
        path: Path,
        opens: Callable[[RecordKey], bool],
        parent: QWidget | None = None,
        *,
        intro: str | None = None,
        action: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Passphrase for “{name}”").format(name=path.name))
        self.key: RecordKey | None = None
        self._path = path
        self._opens = opens

        self.intro_label = self._text_label(
            intro
            or self.tr(
                "The record “{name}” is protected with a passphrase. Please type it to open the "
                "record."
            ).format(name=path.name),
            "passphraseIntro",
        )
        self.passphrase_edit = self._field(self.tr("Passphrase"), "passphraseEdit")
        caption = self._caption(self.tr("&Passphrase:"), self.passphrase_edit)
        self.problem_label = ErrorLabel(self.passphrase_edit, self)
        self.problem_label.setObjectName("passphraseProblem")
        self.forgotten_label = self._text_label(forgotten_sentence(), "forgottenNote")
        self.forgotten_label.hide()  # said after a passphrase did not open the record
        self.show_box = self._show_box([self.passphrase_edit])

        buttons = QDialogButtonBox(self)
        self.open_button = self._large(
            buttons.addButton(action or self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        )
        self.open_button.setObjectName("openButton")
        self.open_button.setDefault(True)
        self.cancel_button = self._large(
            buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        )
        self.cancel_button.setObjectName("cancelButton")
        self.open_button.clicked.connect(self.try_passphrase)
        buttons.rejected.connect(self.reject)
        self.passphrase_edit.textEdited.connect(self.problem_label.clear_problem)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro_label)
        layout.addWidget(caption)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.show_box)
        layout.addWidget(self.forgotten_label)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self._width()
        self.passphrase_edit.setFocus()

    @Slot()
    def try_passphrase(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.problem_label.show_problem(self.tr("Please type the passphrase."))
            self.fit()
            self.passphrase_edit.setFocus()
            return
        with waiting():
            key = key_for(self._path, passphrase)
            opens = self._opens(key)
        if not opens:
            self.problem_label.show_problem(
                self.tr(
                    "This passphrase does not open the record. Nothing in it was changed; "
                    "please try again."
                )
            )
            self.forgotten_label.show()
            self.fit()
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
            return
        self.key = key
        self.accept()

    def passphrase(self) -> str:
        """The passphrase typed (for a service that takes it, such as removing protection)."""
        return self.passphrase_edit.text()


class NewPassphraseDialog(_PassphraseForm):
    """Asks for a new passphrase for the record called ``name``, the same twice.

    With ``current`` (to change a passphrase) the current passphrase is asked first and must
    pass ``current(passphrase)``. With ``offer_plain`` (a new record) a "Keep it without a
    passphrase" button ends the dialog with ``KEEP_PLAIN``. After ``Accepted``,
    ``passphrase()`` is the new passphrase and ``current_passphrase()`` the current one.

    Signals: only QDialog's own.
    """

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        current: Callable[[str], bool] | None = None,
        offer_plain: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self._current = current
        if current is not None:
            self.setWindowTitle(self.tr("Change the passphrase of “{name}”").format(name=name))
            intro = self.tr(
                "Type the passphrase the record has now, then the new one twice. The backups "
                "made before keep the passphrase they were made with."
            )
        elif offer_plain:
            self.setWindowTitle(self.tr("Protect the new record?"))
            intro = self.tr(
                "The new record “{name}” can be protected with a passphrase from the start: then "
                "nobody can read it without the passphrase, even with the file in their hands. "
                "The passphrase is asked for each time the record is opened."
            ).format(name=name)
        else:
            self.setWindowTitle(self.tr("Protect “{name}” with a passphrase").format(name=name))
            intro = self.tr(
                "With a passphrase, nobody can read the record without it, even with the file "
                "in their hands. It is asked for each time the record is opened, and new "
                "backups are protected with it too."
            )
        self.intro_label = self._text_label(intro, "newPassphraseIntro")
        self.forgotten_label = self._text_label(forgotten_sentence(), "forgottenNote")
        font = self.forgotten_label.font()
        font.setBold(True)
        self.forgotten_label.setFont(font)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.intro_label)
        self.current_edit: QLineEdit | None = None
        self.current_problem: ErrorLabel | None = None
        fields: list[QLineEdit] = []
        if current is not None:
            self.current_edit = self._field(self.tr("Current passphrase"), "currentEdit")
            self.current_problem = ErrorLabel(self.current_edit, self)
            self.current_problem.setObjectName("currentProblem")
            layout.addWidget(self._caption(self.tr("&Current passphrase:"), self.current_edit))
            layout.addWidget(self.current_edit)
            layout.addWidget(self.current_problem)
            self.current_edit.textEdited.connect(self.current_problem.clear_problem)
            fields.append(self.current_edit)
        self.new_edit = self._field(self.tr("New passphrase"), "newEdit")
        self.new_problem = ErrorLabel(self.new_edit, self)
        self.new_problem.setObjectName("newProblem")
        self.again_edit = self._field(self.tr("The same passphrase again"), "againEdit")
        self.again_problem = ErrorLabel(self.again_edit, self)
        self.again_problem.setObjectName("againProblem")
        fields += [self.new_edit, self.again_edit]
        self.show_box = self._show_box(fields)
        self.new_edit.textEdited.connect(self.new_problem.clear_problem)
        self.again_edit.textEdited.connect(self.again_problem.clear_problem)
        layout.addWidget(self._caption(self.tr("&New passphrase:"), self.new_edit))
        layout.addWidget(self.new_edit)
        layout.addWidget(self.new_problem)
        layout.addWidget(self._caption(self.tr("The same passphrase &again:"), self.again_edit))
        layout.addWidget(self.again_edit)
        layout.addWidget(self.again_problem)
        layout.addWidget(self.show_box)
        layout.addWidget(self.forgotten_label)

        buttons = QDialogButtonBox(self)
        action = (
            self.tr("&Change passphrase")
            if current is not None
            else self.tr("&Protect with this passphrase")
        )
        self.protect_button = self._large(
            buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        )
        self.protect_button.setObjectName("protectButton")
        self.protect_button.setDefault(True)
        self.protect_button.clicked.connect(self.try_passphrase)
        self.plain_button: QPushButton | None = None
        if offer_plain:
            self.plain_button = self._large(
                buttons.addButton(
                    self.tr("&Keep it without a passphrase"), QDialogButtonBox.ButtonRole.ResetRole
                )
            )
            self.plain_button.setObjectName("plainButton")
            self.plain_button.clicked.connect(lambda: self.done(KEEP_PLAIN))
        self.cancel_button = self._large(
            buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        )
        self.cancel_button.setObjectName("cancelButton")
        buttons.rejected.connect(self.reject)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self._width()
        (self.current_edit or self.new_edit).setFocus()

    @Slot()
    def try_passphrase(self) -> None:
        """Check the fields; accept only when every one is right (problems under each)."""
        first_wrong: QLineEdit | None = None
        new, again = self.new_edit.text(), self.again_edit.text()
        problem = passphrase_problem(new)
        if problem is not None:
            self.new_problem.show_problem(problem)
            first_wrong = self.new_edit
        elif again != new:
            self.again_problem.show_problem(
                self.tr("The two passphrases are not the same. Please type the new one again.")
            )
            first_wrong = self.again_edit
        if self.current_edit is not None and self.current_problem is not None:
            current = self.current_edit.text()
            if not current:
                self.current_problem.show_problem(
                    self.tr("Please type the passphrase the record has now.")
                )
                first_wrong = self.current_edit
            elif first_wrong is None and self._current is not None:
                with waiting():
                    right = self._current(current)
                if not right:
                    self.current_problem.show_problem(
                        self.tr(
                            "This is not the record's passphrase now. Nothing was changed; "
                            "please try again."
                        )
                    )
                    first_wrong = self.current_edit
        if first_wrong is not None:
            self.fit()
            first_wrong.selectAll()
            first_wrong.setFocus()
            return
        self.accept()

    def passphrase(self) -> str:
        return self.new_edit.text()

    def current_passphrase(self) -> str:
        return self.current_edit.text() if self.current_edit is not None else ""
