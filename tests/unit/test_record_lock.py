"""One writer per record: a second writer is refused at once, and a crashed one blocks nobody.

Real processes hold the record here (a child Python that opens it and waits), because the lock
must work between programs: the window and ``mbc-tracker import``, two copies of the app, or a
caregiver's session on a shared folder. Reading beside a writer must work and must never make the
writer's save fail with "database is locked".
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.errors import RecordBusy
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import (
    Access,
    CareRecord,
    ProblemKind,
    RecordProblem,
    open_record,
)
from mbc_tracker.storage.lock import RecordLock, lock_file, read_holder

DAY = dt.date(2026, 3, 2)
HOLD_OPEN = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from mbc_tracker.paths import DataPaths
    from mbc_tracker.services.record import open_record
    paths = DataPaths(Path(sys.argv[1]))
    record = open_record(paths.default_record, paths, purpose=sys.argv[2])
    print("ready", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def holder_process(data_paths: DataPaths) -> Iterator[subprocess.Popen[str]]:
    """Another process with the record open for writing, as the window would have it."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(data_paths.data_dir), "app"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    yield process
    process.kill()
    process.wait(timeout=30)


def test_a_second_writer_in_another_process_is_refused_and_told_who(
    holder_process: subprocess.Popen[str], data_paths: DataPaths
) -> None:
    with pytest.raises(RecordProblem) as problem:
        open_record(data_paths.default_record, data_paths, purpose="import")

    assert problem.value.kind is ProblemKind.LOCKED
    assert "already open in an MBC Care Tracker window" in problem.value.message
    assert f"process {holder_process.pid}" in problem.value.message
    assert problem.value.holder is not None and problem.value.holder.pid == holder_process.pid


def test_a_writer_killed_with_sigkill_does_not_block_the_record(
    holder_process: subprocess.Popen[str], data_paths: DataPaths
) -> None:
    holder_process.send_signal(signal.SIGKILL)
    holder_process.wait(timeout=30)
    assert lock_file(data_paths.default_record).exists()  # left behind, but no longer held

    record = open_record(data_paths.default_record, data_paths)
    try:
        assert record.lock is not None and record.lock.held
        holder = read_holder(data_paths.default_record)
        assert holder is not None and holder.pid == os.getpid()
    finally:
        record.close()
    assert not lock_file(data_paths.default_record).exists()


def test_a_second_writer_in_the_same_process_is_refused(record: CareRecord) -> None:
    with pytest.raises(RecordProblem) as problem:
        open_record(record.path, record.paths)

    assert problem.value.kind is ProblemKind.LOCKED
    assert "in this same app" in problem.value.message


def test_closing_lets_the_next_writer_in(record: CareRecord) -> None:
    record.close()

    again = open_record(record.path, record.paths)
    again.close()


def test_readers_open_beside_a_writer_and_take_no_lock(
    holder_process: subprocess.Popen[str], data_paths: DataPaths
) -> None:
    reader = open_record(data_paths.default_record, data_paths, Access.READ)
    try:
        assert reader.read_only and reader.lock is None
        assert reader.person.get() is None
    finally:
        reader.close()
    assert holder_process.poll() is None


def test_a_long_read_never_makes_a_save_fail(record: CareRecord) -> None:
    # Every session used to BEGIN IMMEDIATE: an export holding a read open made the window's
    # save wait five seconds and fail with "database is locked".
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 2}), today=DAY)
    reader = open_record(record.path, record.paths, Access.READ)
    try:
        with reader.reads() as long_read:
            long_read.execute(text("SELECT count(*) FROM symptom_entry")).scalar_one()
            saved = record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 5}), today=DAY)
            assert saved.changed == 1
            # The reader keeps the picture it started with.
            assert long_read.execute(text("SELECT severity FROM symptom_entry")).scalar_one() == 2
    finally:
        reader.close()
    assert record.daylog.load_day(DAY).severities["fatigue"] == 5


def test_a_read_only_record_refuses_every_change_in_words(record: CareRecord) -> None:
    from mbc_tracker.domain.errors import RecordReadOnly

    reader = open_record(record.path, record.paths, Access.READ)
    try:
        with pytest.raises(RecordReadOnly) as refused:
            reader.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 2}), today=DAY)
    finally:
        reader.close()
    assert "nothing was saved" in refused.value.message
    assert record.daylog.load_day(DAY).severities == {}


def test_sqlite_staying_busy_becomes_one_sentence(record: CareRecord) -> None:
    import sqlite3

    from sqlalchemy import event

    def wait_briefly(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=50")  # the app waits 5 s; a test need not

    event.listen(record.engine, "connect", wait_briefly)
    # Another program (the sqlite3 shell, a sync tool) holds SQLite's write lock.
    other = sqlite3.connect(record.path, timeout=0)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(RecordBusy) as busy:
            record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 2}), today=DAY)
    finally:
        other.execute("ROLLBACK")
        other.close()
        event.remove(record.engine, "connect", wait_briefly)
    assert "Nothing was saved" in busy.value.message
    assert record.daylog.load_day(DAY).severities == {}


def test_the_lock_file_is_private_and_never_followed_through_a_link(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    lock_file(data_paths.default_record).symlink_to(target)

    with pytest.raises(RecordProblem) as problem:
        open_record(data_paths.default_record, data_paths)

    assert problem.value.kind is ProblemKind.UNWRITABLE
    assert target.read_text() == "keep me"
    assert not data_paths.default_record.exists()


def test_a_lock_file_is_created_private(data_paths: DataPaths) -> None:
    lock = RecordLock(data_paths.default_record)
    lock.acquire("app")
    try:
        assert lock.path.stat().st_mode & 0o777 == 0o600
    finally:
        lock.release()


CONTEND = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from mbc_tracker.files import LockUnavailable
    from mbc_tracker.storage.lock import RecordLock, RecordLocked
    lock = RecordLock(Path(sys.argv[1]))
    taken = refused = unavailable = 0
    deadline = time.monotonic() + float(sys.argv[2])
    while time.monotonic() < deadline:
        try:
            lock.acquire("app")
        except RecordLocked:
            refused += 1
            continue
        except LockUnavailable:
            unavailable += 1
            continue
        taken += 1
        lock.release()
    print(taken, refused, unavailable)
    """
)


def test_a_lock_handed_over_again_and_again_is_never_called_unavailable(
    data_paths: DataPaths,
) -> None:
    # Found by review: a contender that opened the lock file just as its holder removed it
    # (letting go) was told the record "cannot be changed where it is".
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CONTEND, str(data_paths.default_record), "3"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    counts = [tuple(int(n) for n in child.communicate(timeout=60)[0].split()) for child in children]

    assert sum(taken for taken, _refused, _unavailable in counts) > 30
    assert [unavailable for _taken, _refused, unavailable in counts] == [0, 0, 0]


def test_a_reading_open_never_writes_the_record_file(data_paths: DataPaths) -> None:
    # Found by review: a reading command opened the record read-write, and closing it folded the
    # -wal a crashed writer had left into the record file.
    crash = textwrap.dedent(
        """
        import datetime as dt, os, sqlite3, sys
        from pathlib import Path
        from mbc_tracker.domain.daylog import DayLog
        from mbc_tracker.paths import DataPaths
        from mbc_tracker.services.record import open_record
        paths = DataPaths(Path(sys.argv[1]))
        record = open_record(paths.default_record, paths)
        day = dt.date(2026, 3, 2)
        held = sqlite3.connect(paths.default_record)  # still open when the process dies
        held.execute("SELECT count(*) FROM person").fetchall()
        record.daylog.save_day(DayLog(day=day, severities={"fatigue": 4}), today=day)
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", crash, str(data_paths.data_dir)], check=True)
    wal = data_paths.default_record.with_name("record.mbcrecord-wal")
    assert wal.exists() and wal.stat().st_size > 0
    before = data_paths.default_record.read_bytes()

    reader = open_record(data_paths.default_record, data_paths, Access.READ)
    try:
        assert reader.daylog.load_day(DAY).severities == {"fatigue": 4}  # read through the -wal
    finally:
        reader.close()

    assert data_paths.default_record.read_bytes() == before
    assert wal.exists()
