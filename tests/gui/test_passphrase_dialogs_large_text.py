"""The passphrase dialogs at 150% text in a 1024x700 window: every sentence shown whole (also the
ones shown after a try), no button's words clipped, and the dialog still fits on the screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog


def cut_off(dialog: QWidget) -> list[str]:
    found = []
    for label in dialog.findChildren(QLabel):
        shown_whole = label.height() >= label.heightForWidth(label.width()) - 2
        if label.isVisible() and label.wordWrap() and not shown_whole:
            found.append(f"label {label.text()[:30]!r}")
    for button in dialog.findChildren(QPushButton):
        if button.isVisible() and button.width() < button.sizeHint().width() - 2:
            found.append(f"button {button.text()!r}")
    return found


def test_the_new_passphrase_dialog_shows_everything_at_large_text(
    open_demo_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = open_demo_window((1024, 700), ("system", 150))
    dialog = NewPassphraseDialog("record.mbcrecord", window, offer_plain=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new_edit, "plum tree by the gate")
    qtbot.keyClicks(dialog.again_edit, "plum tree by the")
    dialog.protect_button.click()
    qtbot.wait(10)

    assert dialog.again_problem.isVisible()
    assert cut_off(dialog) == []
    assert dialog.height() <= 700 - 40  # room for a title bar


def test_the_passphrase_dialog_shows_everything_after_a_wrong_try(
    open_demo_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = open_demo_window((1024, 700), ("system", 150))
    dialog = PassphraseDialog(Path("record.mbcrecord"), lambda _key: False, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase_edit, "not the passphrase")
    dialog.open_button.click()
    qtbot.wait(10)

    assert dialog.problem_label.isVisible() and dialog.forgotten_label.isVisible()
    assert cut_off(dialog) == []
    assert dialog.height() <= 700 - 40
