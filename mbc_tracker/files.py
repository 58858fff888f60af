"""Files the app relies on: made durable, put in place without replacing another, and locked.

A new record, a backup and a restored copy are each built under a temporary name and only then
given their real one. For that to survive a power cut, the file's bytes must reach the disk
before the rename, and the folder's entry after it (POSIX: fsync the folder too). A name that
appeared meanwhile is never replaced: placing uses a hard link, which fails when the name exists,
and falls back to a checked rename on file systems without hard links.

``ExclusiveFile`` is the one operating-system lock the app takes, on a small file of its own:
the record's lock (``storage/lock.py``: one writer per record) and the app's claim on its data
folder (``gui/single_instance.py``: the app runs once) are both made of it, and ``paths`` uses
``try_lock`` to tell a temporary file still being written from one a killed run left. It is
``flock`` on POSIX and ``msvcrt.locking`` on Windows: the system lets go of it when the process
ends, however it ends, so a crash never blocks anybody. ``flock`` belongs to the open file, not
the process, so a second lock inside one process is refused too. Standard library only (and
``domain.language``, itself standard library only, for the one phrase a person may read): every
layer may use this module.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from pathlib import Path

from mbc_tracker.domain.language import translate

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # One byte far beyond anything written into the file, so others can still read it.
    _LOCK_OFFSET = 1 << 30

    def try_lock(descriptor: int) -> bool:
        """Take this open file's exclusive lock without waiting; False when another holds it."""
        os.lseek(descriptor, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(descriptor: int) -> None:
        os.lseek(descriptor, _LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(descriptor: int) -> bool:
        """Take this open file's exclusive lock without waiting; False when another holds it."""
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


def sync_file(path: Path) -> None:
    """Flush ``path``'s bytes to the disk."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries (a rename or a new name) to the disk, where the system allows."""
    with contextlib.suppress(OSError):  # Windows cannot open a folder; its renames are durable
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def place_without_replacing(temporary: Path, target: Path) -> None:
    """Give ``temporary`` the name ``target``, durably; FileExistsError if ``target`` exists.

    ``temporary`` must be in ``target``'s folder. On success it no longer exists.
    """
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # No hard links here (FAT, some network shares): the caller holds the record's lock,
        # so checking first and renaming is safe enough among the app's own writers.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        os.replace(temporary, target)
    else:
        temporary.unlink()
    sync_folder(target.parent)


class LockUnavailable(OSError):
    """No lock file can be made or used there (a read-only disk or folder, something else in its
    place, another user's file where only our own will do)."""


_UNAVAILABLE_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT, errno.ENOTDIR}
_NOT_A_FILE_ERRNOS = {errno.ELOOP, errno.EISDIR}


class ExclusiveFile:
    """An exclusive lock on the small file at ``path``, which exists while the lock is held.

    ``own_only`` refuses a file another user account owns (a name in a shared folder such as
    /tmp). The file is removed when the lock is released; a stale one left by a crash holds no
    lock and is simply reused.
    """

    def __init__(self, path: Path, own_only: bool = False) -> None:
        self.path = path
        self.own_only = own_only
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def take(self, note: bytes = b"") -> bool:
        """Take the lock now: True once held, False while another holds it (never waits).

        ``note`` is written into the file for others to read (who holds it). Raises
        ``LockUnavailable`` when no lock can be taken there at all.
        """
        if self._descriptor is not None:
            return True
        # A holder letting go removes the file, perhaps after we opened it: we would then hold
        # a lock on a file nobody else can find. Try again on the file that is there now.
        for _attempt in range(20):
            descriptor = self._open()
            if descriptor is None:
                continue  # the holder removed the file as we opened it: open the new one
            try:
                if not try_lock(descriptor):
                    os.close(descriptor)
                    return False
                if not self._still_in_place(descriptor):
                    os.close(descriptor)
                    continue
                if note:
                    os.ftruncate(descriptor, 0)
                    os.lseek(descriptor, 0, os.SEEK_SET)
                    os.write(descriptor, note)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(descriptor)
                raise
            self._descriptor = descriptor
            return True
        return False

    def release(self) -> None:
        """Let go of the lock (safe to call when not held). The file goes while still locked, so
        nobody locks a file that is about to vanish."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        try:
            if sys.platform != "win32" and self._still_in_place(descriptor):
                with contextlib.suppress(OSError):
                    self.path.unlink()
            unlock(descriptor)
        finally:
            os.close(descriptor)
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
            with contextlib.suppress(OSError):
                self.path.unlink()

    def _open(self) -> int | None:
        """The lock file, opened; None when it vanished as it was opened (a holder letting
        go removes it), so the caller tries again."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            descriptor = os.open(self.path, flags, 0o600)
        except OSError as error:
            if error.errno in _NOT_A_FILE_ERRNOS:
                raise LockUnavailable(error.errno, _something_else(), str(self.path)) from None
            if error.errno in _UNAVAILABLE_ERRNOS:
                raise LockUnavailable(error.errno, error.strerror, str(self.path)) from None
            raise
        info = os.fstat(descriptor)
        if info.st_nlink == 0:
            os.close(descriptor)
            return None
        # Only ever a plain file (of our own, if asked): never through a link to something else.
        ours = not self.own_only or sys.platform == "win32" or info.st_uid == os.getuid()
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1 or not ours:
            os.close(descriptor)
            raise LockUnavailable(0, _something_else(), str(self.path))
        return descriptor

    def _still_in_place(self, descriptor: int) -> bool:
        try:
            there = os.stat(self.path, follow_symlinks=False)
        except OSError:
            return False
        ours = os.fstat(descriptor)
        return (there.st_dev, there.st_ino) == (ours.st_dev, ours.st_ino)


def _something_else() -> str:
    """Why no lock file can be used there, as the system's reasons are given: a person reads it
    in brackets after "cannot be changed where it is"."""
    return translate("files", "the lock file's place holds something else")
