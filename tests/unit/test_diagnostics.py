"""The diagnostic log: private files, and not one word of health content, whatever went wrong.

Real database errors are used where it matters: SQLite refusing a real save (its SQLAlchemy
message quotes the SQL parameters, the note and name included) and SQLAlchemy failing a
statement whose parameters hold a note. The log and the support text must name the error's
class, its sqlite error name and where in the code it happened, and nothing the person typed.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy
import sqlalchemy.exc
from database_refusal import refuse_new_rows

from mbc_tracker.diagnostics import (
    LOG_FILE_NAME,
    MAX_LOG_BYTES,
    DiagnosticLog,
    describe_exception,
    enable_fault_log,
    environment_facts,
    log_folder,
    record_unexpected_error,
    shorten_path,
    shorten_paths_in,
    support_text,
)
from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import Person
from mbc_tracker.services.record import CareRecord

NAME = "Ann Example"
NOTE = "Slept badly after the Taxol, Ann Example cried at night"
DAY = dt.date(2026, 3, 2)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A permissive umask, as on many desktops: privacy must not depend on the person's umask."""
    previous = os.umask(0o000)
    yield
    os.umask(previous)


@pytest.fixture
def refused_save(record: CareRecord) -> sqlalchemy.exc.IntegrityError:
    """The error SQLite gives when it refuses a real save of a day with a note."""
    record.person.save(Person(name=NAME))
    refuse_new_rows(record.path)
    with pytest.raises(sqlalchemy.exc.IntegrityError) as raised:
        record.daylog.save_day(
            DayLog(day=DAY, severities={"fatigue": 7}, weight=61.4, note=NOTE), today=DAY
        )
    # The premise: the error's own message carries the note and the name.
    assert NOTE in str(raised.value)
    return raised.value


@pytest.fixture
def failed_statement(tmp_path: Path) -> sqlalchemy.exc.OperationalError:
    """An OperationalError from SQLAlchemy whose message quotes a note in its parameters."""
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'scratch.db'}")
    try:
        with pytest.raises(sqlalchemy.exc.OperationalError) as raised, engine.begin() as db:
            db.execute(sqlalchemy.text("INSERT INTO missing (note) VALUES (:note)"), {"note": NOTE})
    finally:
        engine.dispose()
    assert NOTE in str(raised.value)
    return raised.value


# -- files only their owner can read -----------------------------------------------------------


def test_the_log_folder_is_0700_and_the_log_0600_even_under_an_open_umask(
    tmp_path: Path, open_umask: None
) -> None:
    log = DiagnosticLog.in_data_folder(tmp_path)
    try:
        assert log.write(logging.WARNING, ["Qt warning: something small"])
    finally:
        log.close()

    assert log.folder == tmp_path / "logs"
    assert mode(log.folder) == 0o700
    assert mode(log.path) == 0o600


def test_a_log_file_made_readable_by_others_is_made_private_again(tmp_path: Path) -> None:
    folder = log_folder(tmp_path)
    folder.mkdir(mode=0o700)
    (folder / LOG_FILE_NAME).write_text("older line\n")
    (folder / LOG_FILE_NAME).chmod(0o644)
    log = DiagnosticLog(folder)
    try:
        log.write(logging.ERROR, ["a new line"])
    finally:
        log.close()

    assert mode(folder / LOG_FILE_NAME) == 0o600


def test_rotated_logs_stay_private_and_at_most_three_files(
    tmp_path: Path, open_umask: None
) -> None:
    log = DiagnosticLog.in_data_folder(tmp_path)
    line = "x" * 1000
    try:
        for _ in range(4 * MAX_LOG_BYTES // 1000):
            log.write(logging.ERROR, [line])
    finally:
        log.close()

    files = sorted(path.name for path in log.folder.iterdir())
    assert files == [LOG_FILE_NAME, LOG_FILE_NAME + ".1", LOG_FILE_NAME + ".2"]
    for name in files:
        assert mode(log.folder / name) == 0o600, name
        assert (log.folder / name).stat().st_size <= MAX_LOG_BYTES + 2000


# -- no health content ---------------------------------------------------------------------------


def test_a_refused_save_is_logged_without_the_note_or_the_name(
    tmp_path: Path, refused_save: sqlalchemy.exc.IntegrityError
) -> None:
    log = DiagnosticLog.in_data_folder(tmp_path)
    try:
        log.exception("Unexpected error in the window", refused_save)
    finally:
        log.close()
    written = log.path.read_text(encoding="utf-8")

    for private in (NOTE, NAME, "Taxol", "61.4", "fatigue", "INSERT", "parameters"):
        assert private not in written
    assert "sqlalchemy.exc.IntegrityError" in written
    assert "from sqlite3.IntegrityError (SQLITE_CONSTRAINT_TRIGGER)" in written
    assert "mbc_tracker.services.daylog:" in written and " in DayLogService.save_day" in written


def test_copy_details_of_a_refused_save_hold_no_health_content(
    tmp_path: Path, refused_save: sqlalchemy.exc.IntegrityError
) -> None:
    text = support_text(
        environment_facts({"Qt": "6.x"}),
        describe_exception(refused_save),
        log_file=tmp_path / "logs" / LOG_FILE_NAME,
    )

    for private in (NOTE, NAME, "Taxol", "61.4"):
        assert private not in text
    assert "it holds no health details" in text
    assert "sqlalchemy.exc.IntegrityError" in text
    assert "SQLite: " in text and "Python: " in text and "Qt: 6.x" in text
    assert f"Diagnostic log: {tmp_path / 'logs' / LOG_FILE_NAME}" in text


def test_an_operational_error_is_logged_by_kind_and_place_only(
    tmp_path: Path, failed_statement: sqlalchemy.exc.OperationalError
) -> None:
    lines = describe_exception(failed_statement)
    text = "\n".join(lines)

    assert NOTE not in text and NAME not in text and "missing" not in text
    assert lines[0] == (
        "sqlalchemy.exc.OperationalError from sqlite3.OperationalError (SQLITE_ERROR)"
    )
    assert any(line.startswith("  at sqlalchemy.engine.") for line in lines)


def test_a_value_error_and_a_file_error_keep_their_values_and_names_to_themselves() -> None:
    def read_weight(text: str) -> float:
        secret_local = f"{NAME} weighs {text}"  # a local value: never in a report
        assert secret_local
        return float(text)

    try:
        try:
            read_weight("sixty-one, Ann Example")
        except ValueError as error:
            raise FileNotFoundError(
                errno.ENOENT, "No such file", "/home/ann/Ann Example.pdf"
            ) from error
    except FileNotFoundError as raised:
        lines = describe_exception(raised)
    text = "\n".join(lines)

    assert NAME not in text and "sixty-one" not in text and ".pdf" not in text
    assert lines[0] == "FileNotFoundError (errno ENOENT)"
    assert "caused by ValueError" in lines
    assert any(line.endswith(".<locals>.read_weight") for line in lines)


# -- shortened paths ---------------------------------------------------------------------------


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home" / "ann"
    folder.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    return folder


def test_the_home_folder_is_shown_as_a_tilde(home: Path) -> None:
    log_file = home / ".local/share/mbc-tracker/logs/diagnostic.log"

    assert shorten_path(log_file) == "~/.local/share/mbc-tracker/logs/diagnostic.log"
    assert shorten_path("/var/tmp/report.pdf") == "/var/tmp/report.pdf"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("mum.mbcrecord", "[record].mbcrecord"),
        ("Ann Example 2024.mbcrecord", "[record].mbcrecord"),
        ("mum.mbcrecord-wal", "[record].mbcrecord-wal"),
        ("mum-20260302-101500-manual.mbcrecord", "[record].mbcrecord"),
        ("settings.json", "settings.json"),
    ],
)
def test_record_file_names_are_replaced_by_a_neutral_word(
    home: Path, name: str, shown: str
) -> None:
    assert shorten_path(home / "Documents" / name) == f"~/Documents/{shown}"


def test_paths_inside_free_text_are_shortened_too(home: Path) -> None:
    message = f"QFile: cannot open {home}/Care/Ann Example.mbcrecord (and mum.mbcrecord-shm)"

    shortened = shorten_paths_in(message)

    assert shortened == "QFile: cannot open ~/Care/[record].mbcrecord (and [record].mbcrecord-shm)"


# -- the command line's door into the log ------------------------------------------------------


def test_no_data_folder_is_made_just_to_hold_a_log(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"

    assert record_unexpected_error(missing, "Unexpected error", RuntimeError("x")) is None
    assert not missing.exists()


def test_an_unexpected_error_goes_into_an_existing_data_folder(tmp_path: Path) -> None:
    logged = record_unexpected_error(tmp_path, "Unexpected error in “export”", KeyError(NAME))

    assert logged == tmp_path / "logs" / LOG_FILE_NAME
    written = logged.read_text(encoding="utf-8")
    assert "Unexpected error in “export”" in written and "KeyError" in written
    assert NAME not in written


def test_the_tail_is_the_last_lines_written(tmp_path: Path) -> None:
    log = DiagnosticLog.in_data_folder(tmp_path)
    try:
        for number in range(80):
            log.write(logging.WARNING, [f"line {number}"])
        tail = log.tail(50)
    finally:
        log.close()

    assert len(tail) == 50
    assert tail[-1].endswith("line 79") and tail[0].endswith("line 30")


def test_faulthandler_already_on_is_left_where_it_writes(tmp_path: Path) -> None:
    # pytest turns faulthandler on for the run; whoever did chose its file.
    import faulthandler

    assert faulthandler.is_enabled()

    assert enable_fault_log(tmp_path / "logs") is None
    assert faulthandler.is_enabled()
    assert not (tmp_path / "logs").exists()


def test_environment_facts_name_versions_not_people() -> None:
    facts = environment_facts()

    assert facts["App"].startswith("MBC Care Tracker ")
    assert set(facts) == {"App", "Python", "SQLite", "System"}
    assert os.uname().nodename not in "\n".join(facts.values())
