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

from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, os_reason, translate

if TYPE_CHECKING:
    from mbc_tracker.domain.protection import RecordKey
    from mbc_tracker.paths import DataPaths

PASSPHRASE_FILE_ENV = "MBC_TRACKER_PASSPHRASE_FILE"
# The first line is the passphrase; a file holding a whole key ring is not what is meant.
_MAX_PASSPHRASE_FILE = 4096
_FORGOTTEN = QT_TRANSLATE_NOOP(
    "cli_protection",
    "Keep the passphrase safe: a forgotten passphrase cannot be recovered, and only an "
    "exported copy kept somewhere safe could bring the record back.",
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
            needed = (
                translate(
                    "cli_protection",
                    "To protect “{name}”, a passphrase is needed: give it in a file with "
                    "--passphrase-file FILE (or {variable}), or run the command in a terminal to "
                    "be asked for it. Nothing was changed.",
                )
                if new
                else translate(
                    "cli_protection",
                    "“{name}” is protected with a passphrase: give it in a file with "
                    "--passphrase-file FILE (or {variable}), or run the command in a terminal to "
                    "be asked for it. Nothing was changed.",
                )
            )
            raise PassphraseUnavailable(
                needed.format(name=record_name, variable=PASSPHRASE_FILE_ENV)
            )
        passphrase = getpass.getpass(
            translate("cli_protection", "Passphrase for “{name}”: ").format(name=record_name)
        )
        if new and getpass.getpass(translate("cli_protection", "The same passphrase again: ")) != (
            passphrase
        ):
            raise PassphraseUnavailable(
                translate(
                    "cli_protection",
                    "The two passphrases were not the same, so nothing was changed. Please try "
                    "again.",
                )
            )
        return passphrase

    def _from_file(self) -> str:
        assert self.file is not None
        try:
            with self.file.open("rb") as handle:
                raw = handle.read(_MAX_PASSPHRASE_FILE)
        except OSError as error:
            raise PassphraseUnavailable(
                translate(
                    "cli_protection",
                    "The passphrase file {file} could not be read ({reason}); nothing was changed.",
                ).format(file=self.file, reason=os_reason(error))
            ) from None
        try:
            lines = raw.decode("utf-8").splitlines()
        except UnicodeDecodeError:
            lines = []
        passphrase = lines[0] if lines else ""
        if not passphrase:
            raise PassphraseUnavailable(
                translate(
                    "cli_protection",
                    "The passphrase file {file} holds no passphrase on its first line (as "
                    "UTF-8 text); nothing was changed.",
                ).format(file=self.file)
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
        raise PassphraseUnavailable(
            translate("cli_protection", "{problem} Nothing was changed.").format(problem=problem)
        )
    return new_key(passphrase)


def protect(paths: DataPaths, source: PassphraseSource) -> int:
    from mbc_tracker.services.protection import ProtectionRefused, is_protected, protect_record
    from mbc_tracker.services.record import RecordProblem

    path = paths.default_record
    if not path.exists():
        return _problem(
            translate(
                "cli_protection", "There is no record in {folder} yet, so nothing to protect."
            ).format(folder=paths.data_dir)
        )
    if is_protected(path):
        return _problem(
            translate(
                "cli_protection",
                "“{name}” is already protected with a passphrase; nothing changed.",
            ).format(name=path.name)
        )
    try:
        outcome = protect_record(path, paths, source.read(path.name, new=True))
    except (ProtectionRefused, RecordProblem) as refused:
        return _problem(refused.message)
    print(
        translate(
            "cli_protection",
            "Protected “{name}” with the passphrase: its contents are now unreadable without it.",
        ).format(name=path.name)
    )
    print(translate("cli_protection", _FORGOTTEN))
    if outcome.other_backups:
        count = len(outcome.other_backups)
        unprotected = (
            translate(
                "cli_protection",
                "1 backup made before in {folder} is not protected and can be read by anyone "
                "who can open that folder. New backups are protected.",
            )
            if count == 1
            else translate(
                "cli_protection",
                "%n backups made before in {folder} are not protected and can be read by anyone "
                "who can open that folder. New backups are protected.",
                "",
                count,
            )
        )
        print(unprotected.format(folder=paths.backups_dir))
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
        return _not_protected(path)
    passphrase = source.read(path.name)
    if new_source.file is None and not sys.stdin.isatty():
        return _problem(
            translate(
                "cli_protection",
                "The new passphrase is needed: give it in a file with --new-passphrase-file "
                "FILE, or run the command in a terminal to be asked for it. Nothing was changed.",
            )
        )
    if new_source.file is None:
        print(translate("cli_protection", "Now the new passphrase."))
    new_passphrase = new_source.read(path.name, new=True)
    try:
        outcome = change_passphrase(path, paths, passphrase, new_passphrase)
    except (ProtectionRefused, RecordProblem) as refused:
        return _problem(refused.message)
    print(
        translate(
            "cli_protection",
            "“{name}” now opens with the new passphrase, and no longer with the old one.",
        ).format(name=path.name)
    )
    print(translate("cli_protection", _FORGOTTEN))
    if outcome.other_backups:
        count = len(outcome.other_backups)
        old_ones = (
            translate(
                "cli_protection",
                "1 backup made before in {folder} still opens only with the old passphrase.",
            )
            if count == 1
            else translate(
                "cli_protection",
                "%n backups made before in {folder} still open only with the old passphrase.",
                "",
                count,
            )
        )
        print(old_ones.format(folder=paths.backups_dir))
    return 0


def unprotect(paths: DataPaths, source: PassphraseSource, *, confirmed: bool) -> int:
    from mbc_tracker.services.protection import ProtectionRefused, is_protected, unprotect_record
    from mbc_tracker.services.record import RecordProblem

    path = paths.default_record
    if not path.exists() or not is_protected(path):
        return _not_protected(path)
    if not confirmed:
        question = translate(
            "cli_protection",
            "Without protection, anyone who can open “{name}” can read it. "
            "Remove the protection? [y/N] ",
        ).format(name=path.name)
        if not sys.stdin.isatty():
            return _problem(
                translate(
                    "cli_protection",
                    "Removing the protection needs a confirmation: add --yes, or run the command "
                    "in a terminal. Nothing was changed.",
                )
            )
        if input(question).strip().lower() not in _yes_answers():
            print(translate("cli_protection", "The protection was kept; nothing was changed."))
            return 0
    try:
        outcome = unprotect_record(path, paths, source.read(path.name))
    except (ProtectionRefused, RecordProblem) as refused:
        return _problem(refused.message)
    print(
        translate(
            "cli_protection",
            "Removed the protection: “{name}” is a plain file again, readable without it.",
        ).format(name=path.name)
    )
    if outcome.other_backups:
        print(
            translate(
                "cli_protection",
                "The backups made before in {folder} are still protected and open only with the "
                "passphrase.",
            ).format(folder=paths.backups_dir)
        )
    return 0


def _yes_answers() -> set[str]:
    """What counts as "yes" to a [y/N] question: English's answers always (a person used to
    them, or following English instructions), and the run's language's own."""
    answers = {"y", "yes"}
    for answer in (
        translate("cli_protection", "y", "the short answer yes to a [y/N] question"),
        translate(
            "cli_protection",
            "yes",
            "the answer yes to a [y/N] question (more spellings: separate them with commas)",
        ),
    ):
        answers.update(word.strip().lower() for word in answer.split(",") if word.strip())
    return answers


def _not_protected(path: Path) -> int:
    return _problem(
        translate(
            "cli_protection", "“{name}” is not protected with a passphrase; nothing changed."
        ).format(name=path.name)
    )


def _problem(message: str) -> int:
    print(message, file=sys.stderr)
    return 1
