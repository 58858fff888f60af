"""Protecting a record with a passphrase, changing the passphrase, and removing the protection.

Each works on a closed record, under its lock, and leaves the record either as it was or whole
in its new form. Protecting writes an encrypted copy beside the record (``storage.protection``:
SQLCipher's export, the header's schema number and mark carried over), checks it (integrity, and
every table's rows counted against the original), and only then lets it take the record's name
atomically (``paths.replacing_atomically``). Removing protection does the same the other way.
Changing the passphrase re-encrypts the file in place with ``PRAGMA rekey``.

Backups already made are never touched by these three: after protecting, the older plain backups
are still readable by anyone who can open the folder, and ``ProtectionChanged.other_backups``
names them so the person can be told and decide: ``protect_backups`` re-writes each protected
with the record's key (the same export, check and atomic swap), ``delete_backups`` removes them.
After a change of passphrase or removing protection, the older protected backups still open only
with the old passphrase.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mbc_tracker.domain.language import os_reason, translate
from mbc_tracker.domain.protection import RecordKey, derive_key, new_key
from mbc_tracker.paths import DataPaths, replacing_atomically
from mbc_tracker.services.record import (
    ProblemKind,
    RecordProblem,
    checked_stamp,
    key_for,
    refuse_unusable,
    take_lock,
)
from mbc_tracker.storage.backup import list_backups
from mbc_tracker.storage.database import (
    SQLITE_HEADER,
    FileState,
    check_record_file,
    companion_files,
    could_be_protected,
    protect_files,
)
from mbc_tracker.storage.protection import change_key, copy_matches, export_copy, settle


class ProtectionRefused(Exception):
    """The change cannot be made; the record was not changed. ``message`` is for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ProtectionChanged:
    """What a change of protection left behind: the record's key now (None when plain), and the
    backups made before, which keep their old protection (plain ones are readable by anyone)."""

    key: RecordKey | None
    other_backups: tuple[Path, ...]


MINIMUM_PASSPHRASE = 8  # an adjustable default of the app, not a rule from elsewhere


def passphrase_problem(passphrase: str) -> str | None:
    """A sentence when ``passphrase`` cannot be used, else None."""
    if len(passphrase) < MINIMUM_PASSPHRASE:
        return translate(
            "protection", "Please choose a passphrase of at least {count} characters."
        ).format(count=MINIMUM_PASSPHRASE)
    if passphrase != passphrase.strip():
        return translate(
            "protection", "Please choose a passphrase that does not begin or end with a space."
        )
    return None


def is_protected(path: Path) -> bool:
    """Whether the file at ``path`` is a protected (encrypted) record, by its bytes alone."""
    return path.is_file() and not _is_plain(path) and could_be_protected(path)


def key_opens(path: Path, paths: DataPaths, key: RecordKey) -> bool:
    """Whether ``key`` opens the protected file at ``path`` (read only: the file, and any side
    file, is left exactly as it was). A damaged file is not the key's fault: True."""
    # "still": without a -wal nobody is writing it, so it is read immutable, with no side file
    # made (with one, SQLite's own read locks are used, as for any reader).
    check = check_record_file(path, still=True, key=key, checked_stamp=checked_stamp(path, paths))
    return check.state is not FileState.WRONG_KEY


def _is_plain(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _backups_of(path: Path, paths: DataPaths, plain: bool) -> tuple[Path, ...]:
    return tuple(
        info.path
        for info in list_backups(path, paths.backups_for(path))
        if _is_plain(info.path) == plain
    )


def _checked(path: Path, paths: DataPaths, key: RecordKey | None) -> None:
    """Raise RecordProblem unless the record at ``path`` opens (with ``key``) and is sound."""
    check = check_record_file(path, still=True, key=key)
    if check.state is FileState.MISSING:
        raise RecordProblem(
            ProblemKind.MISSING,
            path,
            translate("protection", "There is no record at {path}; nothing was changed.").format(
                path=path
            ),
        )
    refuse_unusable(path, paths, check.state, key)


def _swap_in_copy(
    path: Path, key: RecordKey | None, new_key_: RecordKey | None, refused: str
) -> None:
    """Give the file at ``path`` (opened with ``key``) the place of a copy of itself made with
    ``new_key_`` (None: plain), once the copy passed its check; else raise ProtectionRefused
    with ``refused`` and leave it as it was."""
    settle(path, key)
    with replacing_atomically(path) as copy:
        export_copy(path, key, copy, new_key_)
        if not copy_matches(path, key, copy, new_key_):
            raise ProtectionRefused(refused)
    protect_files(path)


def _record_refused(protected: bool) -> str:
    if protected:
        return translate(
            "protection",
            "The protected copy of the record did not pass its check, so the record was left as "
            "it was.",
        )
    return translate(
        "protection",
        "The unprotected copy of the record did not pass its check, so the record was left as "
        "it was.",
    )


def protect_record(path: Path, paths: DataPaths, passphrase: str) -> ProtectionChanged:
    """Protect the plain record at ``path`` with ``passphrase``. Raises ProtectionRefused (an
    unusable passphrase, a record already protected) or RecordProblem (locked, damaged...)."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise ProtectionRefused(
            translate("protection", "{problem} The record was not changed.").format(problem=problem)
        )
    path = path.expanduser().resolve()
    lock = take_lock(path, "protection")
    try:
        if path.exists() and not _is_plain(path):
            raise ProtectionRefused(
                translate(
                    "protection",
                    "“{name}” is already protected with a passphrase; nothing was changed.",
                ).format(name=path.name)
            )
        _checked(path, paths, None)
        key = new_key(passphrase)
        _swap_in_copy(path, None, key, _record_refused(protected=True))
        return ProtectionChanged(key=key, other_backups=_backups_of(path, paths, plain=True))
    finally:
        lock.release()


def change_passphrase(
    path: Path, paths: DataPaths, passphrase: str, new_passphrase: str
) -> ProtectionChanged:
    """Give the protected record at ``path`` a new passphrase (older backups keep the old)."""
    problem = passphrase_problem(new_passphrase)
    if problem is not None:
        raise ProtectionRefused(
            translate("protection", "{problem} The passphrase was not changed.").format(
                problem=problem
            )
        )
    path = path.expanduser().resolve()
    lock = take_lock(path, "protection")
    try:
        key = _protected_key(path, paths, passphrase)
        new = derive_key(new_passphrase, key.salt)
        settle(path, key)
        change_key(path, key, new)
        protect_files(path)
        return ProtectionChanged(key=new, other_backups=_backups_of(path, paths, plain=False))
    finally:
        lock.release()


def unprotect_record(path: Path, paths: DataPaths, passphrase: str) -> ProtectionChanged:
    """Make the protected record at ``path`` a plain file again: readable by anyone who can open
    the file. Its protected backups stay protected."""
    path = path.expanduser().resolve()
    lock = take_lock(path, "protection")
    try:
        key = _protected_key(path, paths, passphrase)
        _swap_in_copy(path, key, None, _record_refused(protected=False))
        return ProtectionChanged(key=None, other_backups=_backups_of(path, paths, plain=False))
    finally:
        lock.release()


def _protected_key(path: Path, paths: DataPaths, passphrase: str) -> RecordKey:
    if path.exists() and _is_plain(path):
        raise ProtectionRefused(
            translate(
                "protection", "“{name}” is not protected with a passphrase; nothing was changed."
            ).format(name=path.name)
        )
    key = key_for(path, passphrase)
    _checked(path, paths, key)
    return key


def protect_backups(backups: Iterable[Path], key: RecordKey) -> tuple[Path, ...]:
    """Re-write each plain backup in ``backups`` protected with ``key`` (the record's key and
    salt, so the record's passphrase opens it), checked before it takes the backup's name.
    Returns the backups protected. Raises ProtectionRefused at the first that cannot be: that
    one is left as it was, those before it stay protected. The record's lock is held by the
    caller (the window that has it open), so nothing else writes to its backups meanwhile."""
    done: list[Path] = []
    for backup in backups:
        if not _is_plain(backup):
            continue
        try:
            _swap_in_copy(
                backup,
                None,
                key,
                translate(
                    "protection",
                    "The protected copy of the backup “{name}” did not pass its check, so "
                    "that backup was left as it was.",
                ).format(name=backup.name),
            )
        except OSError as error:
            raise ProtectionRefused(
                translate(
                    "protection",
                    "The backup “{name}” could not be protected ({reason}); it was left as it was.",
                ).format(name=backup.name, reason=os_reason(error))
            ) from None
        done.append(backup)
    return tuple(done)


def delete_backups(backups: Iterable[Path]) -> tuple[Path, ...]:
    """Delete the backups in ``backups`` (with any side file of SQLite's); returns those gone.
    Only after the person asked for it: a deleted backup cannot be brought back."""
    gone: list[Path] = []
    for backup in backups:
        for file in reversed(companion_files(backup)):
            with contextlib.suppress(FileNotFoundError):
                file.unlink()
        gone.append(backup)
    return tuple(gone)
