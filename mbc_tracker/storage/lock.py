"""One writer per record: an operating-system lock held for as long as a record is open to change.

Two windows on one record used to overwrite each other's saves without a word; an import or a
demo record could be written into a record the app had open. Whoever opens a record to change it
(the window, ``import``, ``demo``, a restore) first takes an exclusive lock on a small file beside
it, ``<record>-lock``; a second writer is refused at once and told who holds it. Reading verbs
(``export``, ``flags``, ``report``) take no lock: SQLite's WAL lets them read beside a writer.

The lock is ``flock`` on POSIX and ``msvcrt.locking`` on Windows: the operating system lets go of
it when its process ends, however it ends, so a crashed app never blocks the record. The file
says who holds the lock (what, process, computer, since when) so the refusal can say so in words;
it is removed when the lock is released (a stale file left by a crash holds no lock and is reused).
``flock`` belongs to the open file, not to the process, so a second open of the same record
inside one process is refused too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

LOCK_SUFFIX = "-lock"  # one of paths.RECORD_COMPANION_SUFFIXES, which output checks refuse
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES}
_NOT_A_FILE_ERRNOS = {errno.ELOOP, errno.EISDIR}

# How each kind of writer is named in a refusal.
PURPOSES = {
    "app": "an MBC Care Tracker window",
    "import": "an import (mbc-tracker import)",
    "demo": "the demo record being written (mbc-tracker demo)",
    "restore": "a restore from a backup (mbc-tracker restore)",
    "upgrade": "a reading command updating the record's format",
}

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Lock one byte far beyond the holder's description, so others can still read it.
    _LOCK_OFFSET = 1 << 30

    def _try_lock(descriptor: int) -> bool:
        os.lseek(descriptor, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, _LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


def lock_file(record: Path) -> Path:
    """The lock file of ``record``: ``record.mbcrecord-lock`` beside it."""
    return record.with_name(record.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a record's lock, as written in its lock file."""

    purpose: str
    pid: int
    host: str
    since: dt.datetime

    def describe(self, now: dt.datetime | None = None) -> str:
        """The holder in words: "an MBC Care Tracker window (process 4242, since 09:14 today)"."""
        now = now or dt.datetime.now()
        what = PURPOSES.get(self.purpose, "another program")
        when = (
            f"since {self.since:%H:%M} today"
            if self.since.date() == now.date()
            else f"since {self.since:%d %B %Y, %H:%M}"
        )
        where = "" if self.host == socket.gethostname() else f" on the computer “{self.host}”"
        if self.pid == os.getpid() and not where:
            return f"{what} in this same app ({when})"
        return f"{what}{where} (process {self.pid}, {when})"


class RecordLocked(Exception):
    """Another writer holds the record's lock. ``message`` is meant for the person."""

    def __init__(self, record: Path, holder: LockHolder | None) -> None:
        self.record = record
        self.holder = holder
        who = holder.describe() if holder is not None else "another program"
        self.message = (
            f"The record “{record.name}” is already open in {who}. Only one window or "
            "command can change a record at a time."
        )
        super().__init__(self.message)


class LockUnavailable(OSError):
    """No lock file can be made beside the record (a read-only disk or folder)."""


def read_holder(record: Path) -> LockHolder | None:
    """Who holds the lock of ``record``, if the lock file says so (None when unknown)."""
    try:
        descriptor = os.open(lock_file(record), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        text = os.read(descriptor, 4096).decode("utf-8", "replace")
    finally:
        os.close(descriptor)
    try:
        data = json.loads(text)
        return LockHolder(
            purpose=str(data["purpose"]),
            pid=int(data["pid"]),
            host=str(data["host"]),
            since=dt.datetime.fromisoformat(str(data["since"])),
        )
    except (ValueError, KeyError, TypeError):
        return None


class RecordLock:
    """The exclusive lock of one record file; ``acquire`` it before changing the record."""

    def __init__(self, record: Path) -> None:
        self.record = record
        self.path = lock_file(record)
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def acquire(self, purpose: str) -> None:
        """Take the lock now or raise ``RecordLocked`` (never waits); ``LockUnavailable`` when
        no lock file can be made there."""
        if self._descriptor is not None:
            return
        # A holder that is letting go removes the file after we opened it: we would then hold a
        # lock on a file nobody else can find. Try again on the file that is there now.
        for _attempt in range(20):
            descriptor = self._open()
            try:
                if not _try_lock(descriptor):
                    raise RecordLocked(self.record, read_holder(self.record))
                if not self._still_in_place(descriptor):
                    os.close(descriptor)
                    continue
                self._describe_holder(descriptor, purpose)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(descriptor)
                raise
            self._descriptor = descriptor
            return
        raise RecordLocked(self.record, read_holder(self.record))

    def release(self) -> None:
        """Let go of the lock (safe to call when not held)."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        try:
            # Remove the file while still holding it, so nobody locks a file about to vanish.
            if self._still_in_place(descriptor):
                with contextlib.suppress(OSError):
                    self.path.unlink()
            _unlock(descriptor)
        finally:
            os.close(descriptor)

    def __enter__(self) -> RecordLock:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()

    def _open(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            descriptor = os.open(self.path, flags, 0o600)
        except FileNotFoundError as error:
            raise LockUnavailable(error.errno, error.strerror, str(self.path)) from None
        except OSError as error:
            if isinstance(error, PermissionError) or error.errno in _READ_ONLY_ERRNOS:
                raise LockUnavailable(error.errno, error.strerror, str(self.path)) from None
            if error.errno in _NOT_A_FILE_ERRNOS:
                raise LockUnavailable(
                    error.errno, "the lock file's place holds something else", str(self.path)
                ) from None
            raise
        info = os.fstat(descriptor)
        # Only ever write into a plain file of our own: never through a link to something else.
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            os.close(descriptor)
            raise LockUnavailable(0, "the lock file's place holds something else", str(self.path))
        return descriptor

    def _still_in_place(self, descriptor: int) -> bool:
        try:
            there = os.stat(self.path, follow_symlinks=False)
        except OSError:
            return False
        ours = os.fstat(descriptor)
        return (there.st_dev, there.st_ino) == (ours.st_dev, ours.st_ino)

    @staticmethod
    def _describe_holder(descriptor: int, purpose: str) -> None:
        text = json.dumps(
            {
                "purpose": purpose,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": dt.datetime.now().isoformat(timespec="seconds"),
            }
        )
        os.ftruncate(descriptor, 0)
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, text.encode("utf-8"))
