"""Opening, creating and closing a care record, and recovering from a damaged one.

``open_record`` is the one door into a record file: it checks the file without writing (is it
SQLite? does it pass ``PRAGMA quick_check``?), backs it up and migrates it when its schema is old,
makes sure the catalogue symptoms are tracked, and returns a ``CareRecord`` that bundles the
services for that file. A damaged file is never written to: ``RecordProblem`` says what is wrong
in words a person can act on and names the newest good backup, which ``restore_backup_copy``
copies beside the damaged file so that the original is kept for inspection.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from mbc_tracker.domain.knowledge import Knowledge, cached_knowledge
from mbc_tracker.paths import (
    RECORD_SUFFIX,
    DataPaths,
    make_private_file,
    resource_dir,
)
from mbc_tracker.services.daylog import DayLogService
from mbc_tracker.services.flags import FlagService
from mbc_tracker.services.person import PersonService
from mbc_tracker.services.symptoms import SymptomService
from mbc_tracker.storage.backup import BackupFailed, BackupInfo, backup_record, newest_good_backup
from mbc_tracker.storage.database import (
    FileState,
    check_record_file,
    create_record_engine,
    protect_files,
)
from mbc_tracker.storage.migrate import MigrationFailed, RecordTooNew, upgrade_record
from mbc_tracker.storage.orm import TrackedSymptomRow

if TYPE_CHECKING:
    # The records services are imported when first used (the Today screen does not need them).
    from mbc_tracker.services.appointments import AppointmentService
    from mbc_tracker.services.care_team import CareTeamService
    from mbc_tracker.services.history import HistoryService
    from mbc_tracker.services.receptors import ReceptorService
    from mbc_tracker.services.summary import SummaryService
    from mbc_tracker.services.treatments import TreatmentService


class ProblemKind(Enum):
    NOT_A_RECORD = "not_a_record"
    DAMAGED = "damaged"
    TOO_NEW = "too_new"
    UPGRADE_FAILED = "upgrade_failed"
    UNREADABLE = "unreadable"


class RecordProblem(Exception):
    """A record that cannot be opened safely. ``message`` is meant for the person."""

    def __init__(
        self, kind: ProblemKind, path: Path, message: str, backup: BackupInfo | None = None
    ):
        super().__init__(message)
        self.kind = kind
        self.path = path
        self.message = message
        self.backup = backup  # for DAMAGED: the newest backup that passed its check


def knowledge() -> Knowledge:
    return cached_knowledge(resource_dir("resources"))


@dataclass
class CareRecord:
    """An open record file and the services that work on it."""

    path: Path
    paths: DataPaths
    engine: Engine
    sessions: sessionmaker[Session]
    knowledge: Knowledge
    upgrade_backup: BackupInfo | None = None

    @cached_property
    def daylog(self) -> DayLogService:
        return DayLogService(self)

    @cached_property
    def symptoms(self) -> SymptomService:
        return SymptomService(self)

    @cached_property
    def person(self) -> PersonService:
        return PersonService(self)

    @cached_property
    def flags(self) -> FlagService:
        return FlagService(self)

    @cached_property
    def care_team(self) -> CareTeamService:
        from mbc_tracker.services.care_team import CareTeamService

        return CareTeamService(self)

    @cached_property
    def receptors(self) -> ReceptorService:
        from mbc_tracker.services.receptors import ReceptorService

        return ReceptorService(self)

    @cached_property
    def treatments(self) -> TreatmentService:
        from mbc_tracker.services.treatments import TreatmentService

        return TreatmentService(self)

    @cached_property
    def history(self) -> HistoryService:
        from mbc_tracker.services.history import HistoryService

        return HistoryService(self)

    @cached_property
    def appointments(self) -> AppointmentService:
        from mbc_tracker.services.appointments import AppointmentService

        return AppointmentService(self)

    @cached_property
    def summary(self) -> SummaryService:
        from mbc_tracker.services.summary import SummaryService

        return SummaryService(self)

    def backup_now(self, reason: str = "manual") -> BackupInfo:
        return backup_record(self.path, self.paths.backups_dir, reason)

    def close(self) -> None:
        self.engine.dispose()
        protect_files(self.path)


def open_record(path: Path, paths: DataPaths) -> CareRecord:
    """Open (or create) the record at ``path``; raise RecordProblem when it cannot be used."""
    path = path.expanduser().resolve()
    paths.ensure()
    state = check_record_file(path)
    if state is FileState.NOT_SQLITE:
        raise RecordProblem(
            ProblemKind.NOT_A_RECORD,
            path,
            f"“{path.name}” is not an MBC Care Tracker record. Nothing in it was changed. "
            "Please choose a record file (ending in .mbcrecord).",
        )
    if state is FileState.DAMAGED:
        backup = newest_good_backup(path, paths.backups_dir)
        advice = (
            f"A good backup from {backup.made_at:%d %B %Y at %H:%M} can be opened instead."
            if backup
            else "No good backup of it was found."
        )
        raise RecordProblem(
            ProblemKind.DAMAGED,
            path,
            f"The record “{path.name}” appears to be damaged, so the app will not change it. "
            + advice,
            backup=backup,
        )
    # A new folder for the record is made private; an existing one (say ~/Documents) is the
    # person's own and is left as it is. The record file itself is always made private.
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    engine = create_record_engine(path)
    try:
        backup = upgrade_record(engine, path, paths.backups_dir)
    except RecordTooNew as error:
        engine.dispose()
        raise RecordProblem(ProblemKind.TOO_NEW, path, str(error)) from error
    except (MigrationFailed, BackupFailed) as error:
        engine.dispose()
        raise RecordProblem(
            ProblemKind.UPGRADE_FAILED,
            path,
            f"The record could not be updated to this version of the app, so it was left as it "
            f"was. ({error})",
        ) from error
    protect_files(path)
    record = CareRecord(
        path=path,
        paths=paths,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        knowledge=knowledge(),
        upgrade_backup=backup,
    )
    sync_catalogue(record)
    return record


def sync_catalogue(record: CareRecord) -> None:
    """Track every catalogue symptom the record does not have yet (new ones start hidden)."""
    with record.sessions.begin() as session:
        existing = {row.key: row for row in session.scalars(select(TrackedSymptomRow))}
        is_new_record = not existing
        next_position = max((row.position for row in existing.values()), default=-1) + 1
        for symptom in record.knowledge.symptoms:
            if symptom.key in existing:
                continue
            session.add(
                TrackedSymptomRow(
                    key=symptom.key,
                    label="",
                    kind=symptom.kind.value,
                    own=False,
                    on_today=symptom.on_today if is_new_record else False,
                    position=next_position,
                )
            )
            next_position += 1


def restore_backup_copy(damaged: Path, backup: BackupInfo) -> Path:
    """Copy ``backup`` next to the damaged record under a new name and return that path.

    The damaged file is left untouched, so nothing is lost if it can still be rescued.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = damaged.with_name(f"{damaged.stem}-restored-{stamp}{RECORD_SUFFIX}")
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(backup.path, partial)
    make_private_file(partial)
    partial.replace(target)
    return target
