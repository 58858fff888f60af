"""The passphrase on the command line, and the verbs ``protect`` and ``unprotect``.

A passphrase is never an argument (it would show in the process list and the shell's history)
and is never printed. It is read from the file named by ``--passphrase-file`` (or
``$MBC_TRACKER_PASSPHRASE_FILE``): its first line, without the line ending. Without one, it is
asked for with ``getpass`` when standard input is a terminal; otherwise the command stops with
one sentence (exit 1) and changes nothing. The passphrase is asked for only when the record is
protected (or is being protected): plain records work exactly as before.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mbc_tracker.domain.protection import RecordKey
    from mbc_tracker.paths import DataPaths

PASSPHRASE_FILE_ENV = "MBC_TRACKER_PASSPHRASE_FILE"
# The first line is the passphrase; a file holding a whole key ring is not what is meant.
_MAX_PASSPHRASE_FILE = 4096
_FORGOTTEN = (
    "Keep the passphrase safe: a forgotten passphrase cannot be recovered, and only an "
    "exported copy kept somewhere safe could bring the record back."
)


class PassphraseUnavailable(Exception):
    """No passphrase could be had; nothing was changed. ``message`` is for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class PassphraseSource:
    """Where this command's passphrase comes from: a file, or a question at the terminal."""

    file: Path | None

    @classmethod
    def of(cls, option: str | None) -> PassphraseSource:
        given = option if option is not None else os.environ.get(PASSPHRASE_FILE_ENV) or None
        return cls(Path(given).expanduser() if given is not None else None)

    def read(self, record_name: str, *, new: bool = False) -> str:
        """The passphrase (for a new protection when ``new``: asked twice at a terminal)."""
        if self.file is not None:
            return self._from_file()
        if not sys.stdin.isatty():
            what = (
                f"To protect “{record_name}”, a passphrase is needed"
                if new
                else f"“{record_name}” is protected with a passphrase"
            )
            raise PassphraseUnavailable(
                f"{what}: give it in a file with --passphrase-file FILE (or "
                f"{PASSPHRASE_FILE_ENV}), or run the command in a terminal to be asked for it. "
                "Nothing was changed."
            )
        passphrase = getpass.getpass(f"Passphrase for “{record_name}”: ")
        if new and getpass.getpass("The same passphrase again: ") != passphrase:
            raise PassphraseUnavailable(
                "The two passphrases were not the same, so nothing was changed. Please try again."
            )
        return passphrase

    def _from_file(self) -> str:
        assert self.file is not None
        try:
            with self.file.open("rb") as handle:
                raw = handle.read(_MAX_PASSPHRASE_FILE)
        except OSError as error:
            raise PassphraseUnavailable(
                f"The passphrase file {self.file} could not be read ({error.strerror}); "
                "nothing was changed."
            ) from None
        try:
            lines = raw.decode("utf-8").splitlines()
        except UnicodeDecodeError:
            lines = []
        passphrase = lines[0] if lines else ""
        if not passphrase:
            raise PassphraseUnavailable(
                f"The passphrase file {self.file} holds no passphrase on its first line (as "
                "UTF-8 text); nothing was changed."
            )
        return passphrase


def record_key(path: Path, source: PassphraseSource) -> RecordKey | None:
    """The key of the record at ``path`` when it is protected (the passphrase read from
    ``source`` and the key derived once), else None without asking for anything."""
    from mbc_tracker.services.protection import is_protected
    from mbc_tracker.services.record import key_for

    if not is_protected(path):
        return None
    return key_for(path, source.read(path.name))


def key_for_making(path: Path, source: PassphraseSource) -> RecordKey | None:
    """For a verb that may make the record (``import``, ``demo``): the key of the record at
    ``path`` when it exists and is protected; for a record not made yet, a new key when a
    passphrase file was given (the new record is made protected from its first byte); else None.
    Raises PassphraseUnavailable for a passphrase that cannot be used."""
    from mbc_tracker.domain.protection import new_key
    from mbc_tracker.services.protection import passphrase_problem

    if path.exists():
        return record_key(path, source)
    if source.file is None:
        return None
    passphrase = source.read(path.name, new=True)
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise PassphraseUnavailable(f"{problem} Nothing was changed.")
    return new_key(passphrase)


def protect(paths: DataPaths, source: PassphraseSource) -> int:
    from mbc_tracker.services.protection import ProtectionRefused, is_protected, protect_record
    from mbc_tracker.services.record import RecordProblem

    path = paths.default_record
    if not path.exists():
        return _problem(f"There is no record in {paths.data_dir} yet, so nothing to protect.")
    if is_protected(path):
        return _problem(f"“{path.name}” is already protected with a passphrase; nothing changed.")
    try:
        outcome = protect_record(path, paths, source.read(path.name, new=True))
    except (ProtectionRefused, RecordProblem) as refused:
        return _problem(refused.message)
    print(
        f"Protected “{path.name}” with the passphrase: its contents are now unreadable without it."
    )
    print(_FORGOTTEN)
    if outcome.other_backups:
        count = len(outcome.other_backups)
        print(
            f"{count} backup{'s' if count != 1 else ''} made before in {paths.backups_dir} "
            f"{'are' if count != 1 else 'is'} not protected and can be read by anyone who can "
            "open that folder. New backups are protected."
        )
    return 0


def change_passphrase(
    paths: DataPaths, source: PassphraseSource, new_source: PassphraseSource
) -> int:
    """``change-passphrase``: the passphrase now from ``source``, the new one from
    ``new_source`` (``--new-passphrase-file``, else asked twice at a terminal)."""
    from mbc_tracker.services.protection import (
        ProtectionRefused,
        change_passphrase,
        is_protected,
    )
    from mbc_tracker.services.record import RecordProblem

    path = paths.default_record
    if not path.exists() or not is_protected(path):
        return _problem(f"“{path.name}” is not protected with a passphrase; nothing changed.")
    passphrase = source.read(path.name)
    if new_source.file is None and not sys.stdin.isatty():
        return _problem(
            "The new passphrase is needed: give it in a file with --new-passphrase-file FILE, "
            "or run the command in a terminal to be asked for it. Nothing was changed."
        )
    if new_source.file is None:
        print("Now the new passphrase.")
    new_passphrase = new_source.read(path.name, new=True)
    try:
        outcome = change_passphrase(path, paths, passphrase, new_passphrase)
    except (ProtectionRefused, RecordProblem) as refused:
        return _problem(refused.message)
    print(f"“{path.name}” now opens with the new passphrase, and no longer with the old one.")
    print(_FORGOTTEN)
    if outcome.other_backups:
        count = len(outcome.other_backups)
        print(
            f"{count} backup{'s' if count != 1 else ''} made before in {paths.backups_dir} "
            f"still open{'s' if count == 1 else ''} only with the old passphrase."
        )
    return 0


def unprotect(paths: DataPaths, source: PassphraseSource, *, confirmed: bool) -> int:
    from mbc_tracker.services.protection import ProtectionRefused, is_protected, unprotect_record
    from mbc_tracker.services.record import RecordProblem

    path = paths.default_record
    if not path.exists() or not is_protected(path):
        return _problem(f"“{path.name}” is not protected with a passphrase; nothing changed.")
    if not confirmed:
        question = (
            f"Without protection, anyone who can open “{path.name}” can read it. "
            "Remove the protection? [y/N] "
        )
        if not sys.stdin.isatty():
            return _problem(
                "Removing the protection needs a confirmation: add --yes, or run the command "
                "in a terminal. Nothing was changed."
            )
        if input(question).strip().lower() not in ("y", "yes"):
            print("The protection was kept; nothing was changed.")
            return 0
    try:
        outcome = unprotect_record(path, paths, source.read(path.name))
    except (ProtectionRefused, RecordProblem) as refused:
        return _problem(refused.message)
    print(f"Removed the protection: “{path.name}” is a plain file again, readable without it.")
    if outcome.other_backups:
        print(
            f"The backups made before in {paths.backups_dir} are still protected and open only "
            "with the passphrase."
        )
    return 0


def _problem(message: str) -> int:
    print(message, file=sys.stderr)
    return 1
