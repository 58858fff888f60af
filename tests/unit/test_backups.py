"""Backups a person can use: automatic ones when the record changed, thinned by days, weeks and
months; each listed with what it holds; and a restore that first keeps the record as it is, so
nothing is ever lost by restoring.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from record_damage import damage_middle_pages

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.backups import (
    BackupKind,
    RestoreRefused,
    restore_record,
)
from mbc_tracker.services.record import Access, CareRecord, open_record
from mbc_tracker.storage.backup import (
    AUTOMATIC,
    BackupInfo,
    Retention,
    backups_to_keep,
    list_backups,
    thin_automatic_backups,
)

DAY = dt.date(2026, 3, 2)
RETENTION = Retention(daily=7, weekly=4, monthly=12)


def automatic_at(moment: dt.datetime) -> BackupInfo:
    return BackupInfo(Path(f"/b/{moment:%Y%m%d-%H%M%S}"), moment, AUTOMATIC)


def test_thinning_keeps_the_newest_of_each_recent_day_week_and_month() -> None:
    now = dt.datetime(2026, 11, 30, 20, 0)
    # Two automatic backups a day (closing the app twice) for 400 days.
    backups = [
        automatic_at(now - dt.timedelta(days=days, hours=hours))
        for days in range(400)
        for hours in (0, 9)
    ]

    kept = sorted(
        (info.made_at for info in backups if info.path in backups_to_keep(backups, RETENTION)),
        reverse=True,
    )

    # The newest of each of the last 7 days ...
    assert kept[:7] == [now - dt.timedelta(days=days) for days in range(7)]
    # ... of each of the last 4 ISO weeks and 12 months (some coincide with days): never more.
    assert len({moment.isocalendar()[:2] for moment in kept}) >= 4
    assert len({(moment.year, moment.month) for moment in kept}) == 12
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) > now - dt.timedelta(days=366)
    assert all(moment.hour == 20 for moment in kept)  # the newest of its day, never the older


def test_a_single_automatic_backup_is_always_kept() -> None:
    only = automatic_at(dt.datetime(2020, 1, 1))

    assert backups_to_keep([only], Retention(daily=1, weekly=0, monthly=0)) == {only.path}


def test_thinning_never_removes_backups_made_by_hand_or_before_an_upgrade(
    record: CareRecord,
) -> None:
    manual = record.backup_now("manual")
    upgrade = record.backup_now("before-upgrade-0001")
    automatic = [record.backup_now(AUTOMATIC) for _ in range(3)]  # all today

    removed = thin_automatic_backups(record.path, record.paths.backups_dir, RETENTION)

    assert sorted(removed) == sorted(info.path for info in automatic[:2])
    assert manual.path.exists() and upgrade.path.exists() and automatic[2].path.exists()


def test_an_unchanged_record_gets_no_automatic_backup(record: CareRecord) -> None:
    baseline = record.commits
    record.backups._commits_backed_up = baseline  # the person saved nothing since opening

    assert record.backups.automatic(RETENTION, closing=True) is None
    assert list_backups(record.path, record.paths.backups_dir) == []


def test_a_changed_record_is_backed_up_when_closed_and_once_a_day_while_open(
    record: CareRecord,
) -> None:
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 3}), today=DAY)
    now = dt.datetime.now()

    first = record.backups.automatic(RETENTION, now=now)
    assert first is not None and first.reason == AUTOMATIC
    assert record.backups.automatic(RETENTION, now=now) is None  # nothing changed since

    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 4}), today=DAY)
    assert record.backups.automatic(RETENTION, now=now + dt.timedelta(hours=3)) is None  # < a day
    assert record.backups.automatic(RETENTION, now=now + dt.timedelta(hours=25)) is not None

    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 5}), today=DAY)
    closing_backup = record.backups.automatic(RETENTION, now=now, closing=True)
    assert closing_backup is not None
    assert stat.S_IMODE(closing_backup.path.stat().st_mode) == 0o600


def test_backups_are_listed_with_what_they_hold(record: CareRecord) -> None:
    record.backup_now("manual")
    for offset in range(3):
        day = DAY + dt.timedelta(days=offset)
        record.daylog.save_day(
            DayLog(day=day, severities={"fatigue": 2}), today=DAY + dt.timedelta(days=5)
        )
    record.daylog.save_day(DayLog(day=DAY, weight=61.0), today=DAY)
    record.backups.back_up(AUTOMATIC)

    newest, oldest = record.backups.entries()

    assert newest.kind is BackupKind.AUTOMATIC
    assert newest.contents is not None
    assert newest.contents.days_logged == 3
    assert newest.contents.last_day_logged == DAY + dt.timedelta(days=2)
    assert newest.size > 0
    assert oldest.kind is BackupKind.MANUAL
    assert oldest.contents is not None and oldest.contents.days_logged == 0


def test_a_restore_first_keeps_the_record_as_it_is_and_deletes_nothing(
    record: CareRecord,
) -> None:
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 3}), today=DAY)
    chosen = record.backup_now("manual")
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 9}, note="a bad day"), today=DAY)

    restored, before = restore_record(record, chosen.path)
    try:
        assert restored.daylog.load_day(DAY).severities == {"fatigue": 3}
        assert restored.daylog.load_day(DAY).note == ""
        assert restored.lock is not None and restored.lock.held  # never let go in between
        assert chosen.path.exists()
        assert before.reason == "before-restore"
        kept = open_record(before.path, record.paths, Access.READ)
        try:
            assert kept.daylog.load_day(DAY).severities == {"fatigue": 9}
        finally:
            kept.close()
        # The restore itself can be undone the same way.
        again, _ = restore_record(restored, before.path)
        assert again.daylog.load_day(DAY).note == "a bad day"
        again.close()
    finally:
        restored.close()


def test_a_reader_beside_the_restore_sees_the_restored_record_next_time(
    record: CareRecord,
) -> None:
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 3}), today=DAY)
    chosen = record.backup_now("manual")
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 9}), today=DAY)
    reader = open_record(record.path, record.paths, Access.READ)
    try:
        restored, _ = restore_record(record, chosen.path)
        restored.close()
        assert reader.daylog.load_day(DAY).severities == {"fatigue": 3}
    finally:
        reader.close()


@pytest.mark.parametrize("which", ["the record itself", "damaged", "foreign", "newer", "missing"])
def test_what_cannot_be_restored_is_refused_and_nothing_changes(
    record: CareRecord, which: str, tmp_path: Path
) -> None:
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 3}), today=DAY)
    source = tmp_path / "chosen.mbcrecord"
    if which == "the record itself":
        source = record.path
    elif which == "damaged":
        source = record.backup_now("manual").path
        damage_middle_pages(source)
    elif which == "foreign":
        with closing(sqlite3.connect(source)) as other:
            other.execute("CREATE TABLE bookmark (url TEXT)")
            other.commit()
    elif which == "newer":
        source = record.backup_now("manual").path
        with closing(sqlite3.connect(source)) as newer:
            newer.execute("UPDATE alembic_version SET version_num = '9999'")
            newer.commit()
    backups_before = list_backups(record.path, record.paths.backups_dir)

    with pytest.raises(RestoreRefused) as refused:
        restore_record(record, source)

    assert "not changed" in refused.value.message or "record itself" in refused.value.message
    assert record.daylog.load_day(DAY).severities == {"fatigue": 3}
    assert list_backups(record.path, record.paths.backups_dir) == backups_before


def test_a_read_only_record_cannot_be_restored(record: CareRecord) -> None:
    chosen = record.backup_now("manual")
    reader = open_record(record.path, record.paths, Access.READ)
    try:
        with pytest.raises(RestoreRefused) as refused:
            restore_record(reader, chosen.path)
    finally:
        reader.close()
    assert "reading only" in refused.value.message


def test_a_copy_left_half_made_by_a_killed_backup_is_removed_by_the_next_one(
    record: CareRecord,
) -> None:
    import os
    import time

    backups_dir = record.paths.backups_dir
    backups_dir.mkdir(exist_ok=True)
    abandoned = backups_dir / ".record-20260101-000000-000000-manual.mbcrecord.partial"
    abandoned.write_bytes(b"SQLite format 3\x00 half")
    an_hour_ago = time.time() - 3600
    os.utime(abandoned, (an_hour_ago, an_hour_ago))
    in_progress = backups_dir / ".record-20260101-000001-000000-manual.mbcrecord.partial"
    in_progress.write_bytes(b"being written by another process right now")

    record.backup_now("manual")

    assert not abandoned.exists()
    assert in_progress.exists()


def test_two_records_with_the_same_name_never_share_or_thin_each_others_backups(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    # Found by review: backups were matched by file name only, so thinning Ann's automatic
    # backups deleted Mum's, and Mum's could be offered as Ann's.
    ann = open_record(data_paths.default_record, data_paths)
    mums_folder = tmp_path / "Mum"
    mum = open_record(mums_folder / "record.mbcrecord", data_paths)
    try:
        mum.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 8}), today=DAY)
        mum.backups.automatic(RETENTION, closing=True)
        ann.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 2}), today=DAY)
        ann.backups.automatic(RETENTION, closing=True)

        (annes,) = ann.backups.entries()
        (mums,) = mum.backups.entries()
        assert annes.path != mums.path
        assert mums.path.parent != data_paths.backups_dir
        assert mums.path.parent.parent == data_paths.backups_dir
        assert mums.path.exists() and annes.path.exists()
    finally:
        ann.close()
        mum.close()


def test_a_lost_record_goes_back_in_place_when_the_backup_cannot_be_copied(
    record: CareRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mbc_tracker.services.backups as backups_module
    from mbc_tracker.services.backups import BackupFailed, restore_in_folder

    chosen = record.backup_now("manual")
    record.close()
    record.path.write_bytes(b"%PDF-1.4 overwritten")

    def disk_full(_source: Path, _target: Path, _key: object = None) -> None:
        raise BackupFailed("No space left on device")

    monkeypatch.setattr(backups_module, "copy_record", disk_full)

    with pytest.raises(BackupFailed):
        restore_in_folder(record.paths, chosen.path)

    assert record.path.read_bytes() == b"%PDF-1.4 overwritten"  # back where it was
    assert list(record.path.parent.glob("*set-aside*")) == []
    assert not record.path.with_name("record.mbcrecord-lock").exists()  # the lock let go
