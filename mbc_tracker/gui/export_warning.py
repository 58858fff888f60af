"""Before a file leaves a protected record: saying that the passphrase does not go with it.

A record protected with a passphrase is encrypted on disk, but what the person saves from it (the
JSON export, the History chart or table, the clinic summary PDF, a calendar file) is an ordinary
file that anyone who can open it can read. Each of those actions asks ``confirm_unprotected_copy``
first, before the file dialog, so the person knows before choosing where the file goes. For a
plain record it asks nothing. Printing on paper is not asked about.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# What is about to be written, for the question's sentence (each translated where it is used).
EXPORT = "export"
CHART = "chart"
TABLE = "table"
SUMMARY = "summary"
CALENDAR = "calendar"


def _what(kind: str) -> str:
    if kind == EXPORT:
        return QCoreApplication.translate("ExportWarning", "The export")
    if kind == CHART:
        return QCoreApplication.translate("ExportWarning", "The saved chart")
    if kind == TABLE:
        return QCoreApplication.translate("ExportWarning", "The saved table")
    if kind == SUMMARY:
        return QCoreApplication.translate("ExportWarning", "The summary PDF")
    if kind == CALENDAR:
        return QCoreApplication.translate("ExportWarning", "The calendar file")
    raise KeyError(kind)


def unprotected_copy_text(kind: str) -> str:
    """The sentence the question shows for ``kind`` (one of the names above)."""
    return QCoreApplication.translate(
        "ExportWarning",
        "Your record is protected with a passphrase, but the passphrase does not go with this "
        "file. {what} will be an ordinary file that anyone who can open it can read. Keep it "
        "somewhere safe, and delete it when you no longer need it.",
    ).format(what=_what(kind))


def confirm_unprotected_copy(parent: QWidget, protected: bool, kind: str) -> bool:
    """True when the file may be written: the record is plain, or the person chose to go on."""
    if not protected:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ExportWarning", "This file will not be protected"),
        unprotected_copy_text(kind),
        parent=parent,
    )
    box.setObjectName("unprotectedCopyQuestion")
    go_on = box.addButton(
        QCoreApplication.translate("ExportWarning", "Go on"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("ExportWarning", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(go_on)
    box.setEscapeButton(cancel)
    try:
        box.exec()
        return box.clickedButton() is go_on
    finally:
        box.deleteLater()
