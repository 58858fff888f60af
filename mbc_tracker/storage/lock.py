"""One writer per record: an operating-system lock held for as long as a record is open to change.

Two windows on one record used to overwrite each other's saves without a word; an import or a
demo record could be written into a record the app had open. Whoever opens a record to change it
(the window, ``import``, ``demo``, a restore) first takes an exclusive lock on a small file beside
it, ``<record>-lock``; a second writer is refused at once and told who holds it. Reading verbs
(``export``, ``flags``, ``report``) take no lock: SQLite's WAL lets them read beside a writer.

The lock is ``files.ExclusiveFile`` (``flock`` on POSIX, ``msvcrt.locking`` on Windows): the
operating system lets go of it when its process ends, however it ends, so a crashed app never
blocks the record, and a second open of the same record inside one process is refused too. The
file says who holds the lock (what, process, computer, since when) so the refusal can say so in
words; it is removed when the lock is released.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from mbc_tracker.domain.dates import day_and_time, time_of_day
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.files import ExclusiveFile, LockUnavailable

__all__ = ["LockUnavailable", "RecordLock", "RecordLocked", "lock_file", "read_holder"]

LOCK_SUFFIX = "-lock"  # one of paths.RECORD_COMPANION_SUFFIXES, which output checks refuse

# How each kind of writer is named in a refusal (the keys are what lock files hold).
PURPOSES = {
    "app": QT_TRANSLATE_NOOP("lock", "an MBC Care Tracker window"),
    "import": QT_TRANSLATE_NOOP("lock", "an import (mbc-tracker import)"),
    "demo": QT_TRANSLATE_NOOP("lock", "the demo record being written (mbc-tracker demo)"),
    "restore": QT_TRANSLATE_NOOP("lock", "a restore from a backup (mbc-tracker restore)"),
    "upgrade": QT_TRANSLATE_NOOP("lock", "a reading command updating the record's format"),
    "protection": QT_TRANSLATE_NOOP(
        "lock", "a change of the record's passphrase protection (mbc-tracker protect)"
    ),
}


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
        what = translate("lock", PURPOSES.get(self.purpose, "another program"))
        when = (
            translate("lock", "since {time} today").format(time=time_of_day(self.since))
            if self.since.date() == now.date()
            else translate("lock", "since {moment}").format(moment=day_and_time(self.since))
        )
        if self.host != socket.gethostname():
            return translate(
                "lock", "{what} on the computer “{computer}” (process {process}, {when})"
            ).format(what=what, computer=self.host, process=self.pid, when=when)
        if self.pid == os.getpid():
            return translate("lock", "{what} in this same app ({when})").format(
                what=what, when=when
            )
        return translate("lock", "{what} (process {process}, {when})").format(
            what=what, process=self.pid, when=when
        )


class RecordLocked(Exception):
    """Another writer holds the record's lock. ``message`` is meant for the person."""

    def __init__(self, record: Path, holder: LockHolder | None) -> None:
        self.record = record
        self.holder = holder
        who = holder.describe() if holder is not None else translate("lock", "another program")
        self.message = translate(
            "lock",
            "The record “{name}” is already open in {who}. Only one window or command can "
            "change a record at a time.",
        ).format(name=record.name, who=who)
        super().__init__(self.message)


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
        self._file = ExclusiveFile(self.path)

    @property
    def held(self) -> bool:
        return self._file.held

    def acquire(self, purpose: str) -> None:
        """Take the lock now or raise ``RecordLocked`` (never waits); ``LockUnavailable`` when
        no lock file can be made there."""
        note = json.dumps(
            {
                "purpose": purpose,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": dt.datetime.now().isoformat(timespec="seconds"),
            }
        )
        if not self._file.take(note.encode("utf-8")):
            raise RecordLocked(self.record, read_holder(self.record))

    def release(self) -> None:
        """Let go of the lock (safe to call when not held)."""
        self._file.release()

    def __enter__(self) -> RecordLock:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()
