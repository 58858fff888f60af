"""File > Protect with a passphrase…, Change passphrase…, Remove protection…: the window's side.

Each action asks first (a new passphrase twice; the current one to change or remove it), then
lets go of the open record, because the service (``services.protection``) works on a closed
record under its lock, and opens it again with its new key on the same page. What was typed on
Today and not saved yet is carried over, still unsaved, as when a read-only record is opened for
changes; unsaved profile changes are saved or dropped first, as the person chooses. A refusal is
one calm sentence, and the record is then opened again as it was: the services leave it either
as it was or whole in its new form.

After protecting, the backups made before are still plain: the person is told how many, that
anyone who can open the folder can read them, and chooses to protect them (each re-written with
the record's key), delete them (after a second, plain confirmation) or keep them as they are.

Only the actions that apply are enabled: none on a record open for reading only, or the demo.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from mbc_tracker.domain.language import os_reason

if TYPE_CHECKING:
    from pathlib import Path

    from mbc_tracker.domain.protection import RecordKey
    from mbc_tracker.gui.main_window import MainWindow
    from mbc_tracker.gui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
    from mbc_tracker.services.protection import ProtectionChanged
    from mbc_tracker.services.record import CareRecord


class BackupChoice(Enum):
    PROTECT = "protect"
    DELETE = "delete"
    KEEP = "keep"


class ProtectionActions(QObject):
    """The three File menu actions about a passphrase, for the record open in ``window``.

    Every question is asked through a small ``ask_...`` method, which tests replace or drive.

    Signals: none (a change shows as the record being opened again in the window).
    """

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.protect_action = self._action(self.tr("&Protect with a passphrase…"), self.protect)
        self.protect_action.setToolTip(
            self.tr("Make the record unreadable without a passphrase you choose")
        )
        self.change_action = self._action(self.tr("C&hange passphrase…"), self.change)
        self.remove_action = self._action(self.tr("Re&move protection…"), self.remove)
        for action in (self.protect_action, self.change_action, self.remove_action):
            menu.addAction(action)
        self.update()

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        return action

    def update(self) -> None:
        """Enable only what applies to the record open now."""
        record = self._usable_record()
        protected = record is not None and record.key is not None
        self.protect_action.setEnabled(record is not None and not protected)
        self.change_action.setEnabled(protected)
        self.remove_action.setEnabled(protected)

    def _usable_record(self) -> CareRecord | None:
        record = self._window.record
        if record is None or record.read_only or record.closed or self._window.demo:
            return None
        return record

    # -- questions (small on purpose: tests replace them) ---------------------------------------

    def ask_new_passphrase(self, dialog: NewPassphraseDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_new_record_protection(self, dialog: NewPassphraseDialog) -> int:
        """Run the dialog offered at File > New record…; Accepted, ``KEEP_PLAIN`` or Rejected."""
        return dialog.exec()

    def ask_passphrase(self, dialog: PassphraseDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_about_old_backups(self, count: int, folder: Path) -> BackupChoice:
        """Protect, delete or keep the ``count`` plain backups made before (``BackupChoice``)."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Backups made before are not protected"))
        box.setText(
            (
                self.tr(
                    "One backup made before the record was protected is not protected: anyone "
                    "who can open the folder {folder} can read it."
                )
                if count == 1
                else self.tr(
                    "{count} backups made before the record was protected are not protected: "
                    "anyone who can open the folder {folder} can read them."
                )
            ).format(count=count, folder=folder)
        )
        box.setInformativeText(
            self.tr(
                "They can be protected with the same passphrase now, or deleted. Backups made "
                "from now on are protected."
            )
        )
        protect = box.addButton(self.tr("Protect them"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(self.tr("Delete them…"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep them as they are"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(protect)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is protect:
            return BackupChoice.PROTECT
        if clicked is delete:
            return BackupChoice.DELETE
        return BackupChoice.KEEP

    # -- the actions -----------------------------------------------------------------------------

    def key_for_new_record(self, path: Path) -> tuple[bool, RecordKey | None]:
        """At File > New record…: protect the new record at ``path`` from the start? (True, its
        key) to protect it, (True, None) to keep it plain, (False, None) when cancelled."""
        from mbc_tracker.gui.passphrase_dialog import KEEP_PLAIN, NewPassphraseDialog, waiting
        from mbc_tracker.services.record import key_for

        dialog = NewPassphraseDialog(path.name, self._window, offer_plain=True)
        try:
            answer = self.ask_new_record_protection(dialog)
            if answer == KEEP_PLAIN:
                return True, None
            if answer != QDialog.DialogCode.Accepted:
                return False, None
            with waiting():
                # No file there yet: a new salt, which the new record will carry.
                return True, key_for(path, dialog.passphrase())
        finally:
            dialog.deleteLater()

    @Slot()
    def protect(self) -> bool:
        from mbc_tracker.gui.passphrase_dialog import NewPassphraseDialog
        from mbc_tracker.services.protection import protect_record

        record = self._usable_record()
        if record is None or record.key is not None or not self._profile_settled():
            return False
        dialog = NewPassphraseDialog(record.path.name, self._window)
        try:
            if not self.ask_new_passphrase(dialog):
                return False
            passphrase = dialog.passphrase()
        finally:
            dialog.deleteLater()
        path, paths = record.path, record.paths
        outcome = self._while_closed(
            record,
            lambda: protect_record(path, paths, passphrase),
            self.tr("The record was not protected"),
        )
        if outcome is None:
            return False
        self._window.tell(
            self.tr("The record is protected"),
            self.tr(
                "“{name}” is now protected with the passphrase: nobody can read it without it. "
                "It is asked for each time the record is opened."
            ).format(name=path.name)
            + "\n\n"
            + self.tr(
                "A forgotten passphrase cannot be recovered. Only an exported copy (File > "
                "Export…) kept somewhere safe could bring the record back."
            ),
        )
        if outcome.other_backups and outcome.key is not None:
            self._old_backups(outcome.other_backups, outcome.key)
        return True

    @Slot()
    def change(self) -> bool:
        from mbc_tracker.gui.passphrase_dialog import NewPassphraseDialog
        from mbc_tracker.services.protection import change_passphrase
        from mbc_tracker.services.record import key_for

        record = self._usable_record()
        if record is None or record.key is None or not self._profile_settled():
            return False
        path, paths, key = record.path, record.paths, record.key
        dialog = NewPassphraseDialog(
            path.name,
            self._window,
            current=lambda typed: same_key(key_for(path, typed), key),
        )
        try:
            if not self.ask_new_passphrase(dialog):
                return False
            current, new = dialog.current_passphrase(), dialog.passphrase()
        finally:
            dialog.deleteLater()
        outcome = self._while_closed(
            record,
            lambda: change_passphrase(path, paths, current, new),
            self.tr("The passphrase was not changed"),
        )
        if outcome is None:
            return False
        text = self.tr("The passphrase of “{name}” was changed.").format(name=path.name)
        if outcome.other_backups:
            text += " " + self.tr(
                "The backups made before still open only with the old passphrase."
            )
        self._window.tell(self.tr("Passphrase changed"), text)
        return True

    @Slot()
    def remove(self) -> bool:
        from mbc_tracker.gui.passphrase_dialog import PassphraseDialog
        from mbc_tracker.services.protection import unprotect_record

        record = self._usable_record()
        if record is None or record.key is None or not self._profile_settled():
            return False
        path, paths, key = record.path, record.paths, record.key
        dialog = PassphraseDialog(
            path,
            lambda typed_key: same_key(typed_key, key),
            self._window,
            intro=self.tr(
                "Without protection, anyone who can open the file “{name}” can read everything "
                "in it. To remove the protection, please type the passphrase."
            ).format(name=path.name),
            action=self.tr("&Remove protection"),
        )
        dialog.setWindowTitle(self.tr("Remove the protection of “{name}”?").format(name=path.name))
        try:
            if not self.ask_passphrase(dialog):
                return False
            passphrase = dialog.passphrase()
        finally:
            dialog.deleteLater()
        outcome = self._while_closed(
            record,
            lambda: unprotect_record(path, paths, passphrase),
            self.tr("The protection was not removed"),
        )
        if outcome is None:
            return False
        text = self.tr(
            "“{name}” is a plain file again: anyone who can open it can read it."
        ).format(name=path.name)
        if outcome.other_backups:
            text += " " + self.tr(
                "The backups made before are still protected and open only with the passphrase."
            )
        self._window.tell(self.tr("Protection removed"), text)
        return True

    # -- the record let go while the service works ---------------------------------------------

    def _profile_settled(self) -> bool:
        """Unsaved profile changes saved or dropped, as the person chooses; False to stop."""
        window = self._window
        profile = window.built_page(window.PROFILE)
        if profile is None or not profile.has_unsaved_changes():  # type: ignore[attr-defined]
            return True
        answer = window.ask_unsaved_profile()
        if answer == QMessageBox.StandardButton.Save:
            return bool(profile.save())  # type: ignore[attr-defined]
        return answer == QMessageBox.StandardButton.Discard

    def _while_closed(
        self, record: CareRecord, change: Callable[[], ProtectionChanged], refused_title: str
    ) -> ProtectionChanged | None:
        """Close ``record``, make ``change``, and open the record again (with its new key when
        the change was made) on the same page, Today's unsaved typing carried over. None, after
        one calm sentence, when the change was refused."""
        from mbc_tracker.gui.passphrase_dialog import waiting
        from mbc_tracker.services.protection import ProtectionRefused
        from mbc_tracker.services.record import RecordProblem

        window = self._window
        carried = window.today_view.unsaved() if window.today_view is not None else None
        page = self._current_page()
        path, key = record.path, record.key
        window.close_record()
        outcome: ProtectionChanged | None = None
        refusal: str | None = None
        try:
            with waiting():
                outcome = change()
        except (ProtectionRefused, RecordProblem) as refused:
            refusal = refused.message
        except Exception as error:
            from mbc_tracker.diagnostics import record_unexpected_error

            record_unexpected_error(window.paths.data_dir, "Changing the protection failed", error)
            refusal = self.tr(
                "Something unexpected stopped the change, so the record was left as it was."
            )
        self._reopen(path, outcome.key if outcome is not None else key, carried, page)
        if refusal is not None:
            window.tell(refused_title, refusal)
        return outcome

    def _current_page(self) -> str | None:
        window = self._window
        if window.pages is None:
            return None
        names = window._page_names()
        index = window.pages.currentIndex()
        return names[index][0] if 0 <= index < len(names) else None

    def _reopen(self, path: Path, key: RecordKey | None, carried: object, page: str | None) -> None:
        from mbc_tracker.services.record import RecordProblem, open_record

        window = self._window
        try:
            reopened = open_record(path, window.paths, key=key)
        except RecordProblem as problem:
            window._install_or_ask(problem, key)
        else:
            if not window._install_safely(reopened):
                return
        if carried is not None and window.today_view is not None:
            window.today_view.take_unsaved(carried)  # type: ignore[arg-type]
        if page is not None and window.pages is not None:
            window.show_page(page)

    # -- the plain backups made before protecting ------------------------------------------------

    def _old_backups(self, backups: tuple[Path, ...], key: RecordKey) -> None:
        from mbc_tracker.gui.passphrase_dialog import waiting
        from mbc_tracker.services.protection import (
            ProtectionRefused,
            delete_backups,
            protect_backups,
        )

        window = self._window
        folder = backups[0].parent
        choice = self.ask_about_old_backups(len(backups), folder)
        if choice == BackupChoice.PROTECT:
            try:
                with waiting():
                    done = protect_backups(backups, key)
            except ProtectionRefused as refused:
                window.tell(self.tr("Not every backup was protected"), refused.message)
                return
            window.tell(
                self.tr("Backups protected"),
                self.tr(
                    "The backups made before are now protected with the same passphrase "
                    "({count} in all)."
                ).format(count=len(done)),
            )
        elif choice == BackupChoice.DELETE:
            if not window.ask_confirm(
                self.tr("Delete the unprotected backups?"),
                self.tr(
                    "The unprotected backups made before ({count} in all) will be deleted. A "
                    "deleted backup cannot be brought back; the record itself and the protected "
                    "backups are kept."
                ).format(count=len(backups)),
                self.tr("Delete them"),
            ):
                return
            try:
                delete_backups(backups)
            except OSError as error:
                window.tell(
                    self.tr("Not every backup was deleted"),
                    self.tr(
                        "A backup in {folder} could not be deleted ({reason}). The others were."
                    ).format(folder=folder, reason=os_reason(error) or error),
                )
                return
            window.tell(
                self.tr("Backups deleted"),
                self.tr("The unprotected backups made before were deleted."),
            )


def same_key(typed: RecordKey, key: RecordKey) -> bool:
    """Whether the key of the passphrase typed is the record's (compared in constant time)."""
    return hmac.compare_digest(typed.raw, key.raw) and typed.salt == key.salt
