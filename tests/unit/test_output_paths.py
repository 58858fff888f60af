"""Where the app may write a file the person chose, and how every file is written.

``check_output_path`` is asked about each file the person names (an export, the summary, a
calendar file, a chart): the open record, the files that keep it safe and the data folder's own
files are never replaced, whatever name, link or hard link leads to them; a link, a folder, a
device, a pipe, a name too long or not valid UTF-8, and a folder that is missing or closed to the
person are refused too. Each refusal is one sentence, on one line, that says what to do next.
``replacing_atomically`` writes 0600 from the first byte, leaves no partial file behind, and tidies
up the partial files of a killed run without touching one another process is still writing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from mbc_tracker.paths import (
    PARTIAL_NAME,
    DataPaths,
    OutputRefused,
    ProtectedFiles,
    check_output_path,
    record_companions,
    replacing_atomically,
)
from mbc_tracker.services.record import CareRecord, open_record

WHAT = "the summary"


@pytest.fixture
def protecting(record: CareRecord) -> ProtectedFiles:
    return ProtectedFiles(record.path, record.paths)


def refusal(target: Path, protecting: ProtectedFiles) -> str:
    """The sentence ``target`` is refused with (the test fails when it is not refused)."""
    with pytest.raises(OutputRefused) as refused:
        check_output_path(target, protecting, WHAT)
    message = refused.value.message
    assert "\n" not in message and message.endswith(f"for {WHAT}.")
    assert message.count(";") == 1  # one sentence: what is wrong; what to do
    message.encode("utf-8")  # printable on any UTF-8 terminal, even for undecodable names
    return message


# -- the record and the data folder's own files ---------------------------------------------------


def test_the_record_itself_is_refused_in_plain_words(
    record: CareRecord, protecting: ProtectedFiles
) -> None:
    assert refusal(record.path, protecting) == (
        "“record.mbcrecord” is your record itself; please choose another name for the summary."
    )


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal", "-lock"])
def test_each_companion_of_the_record_is_refused(
    record: CareRecord, protecting: ProtectedFiles, suffix: str
) -> None:
    companion = record.path.with_name(f"record.mbcrecord{suffix}")
    assert companion in record_companions(record.path)

    assert refusal(companion, protecting) == (
        f"“record.mbcrecord{suffix}” is one of the files that keep your record safe; "
        "please choose another name for the summary."
    )


def test_a_record_outside_the_data_folder_is_protected_with_its_companions(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere" / "mum.mbcrecord"
    record = open_record(elsewhere, data_paths)
    try:
        protecting = ProtectedFiles(record.path, record.paths)
        assert "is your record itself" in refusal(elsewhere, protecting)
        assert "keep your record safe" in refusal(
            elsewhere.with_name("mum.mbcrecord-lock"), protecting
        )
        # The data folder's own record stays protected while another one is open.
        assert "is a record this app keeps" in refusal(data_paths.default_record, protecting)
        assert "keep a record safe" in refusal(
            data_paths.data_dir / "record.mbcrecord-wal", protecting
        )
    finally:
        record.close()


@pytest.mark.parametrize("name", ["record-set-aside-20261130-101010.mbcrecord", "copy.sqlite"])
def test_any_other_record_of_the_app_is_refused(
    record: CareRecord, protecting: ProtectedFiles, tmp_path: Path, name: str
) -> None:
    # Found by review: `report -o` replaced the record that `restore` had set aside (and
    # promised to keep) with a PDF. Another record is known by its name or its header.
    other = tmp_path / name
    record.backup_now("manual")
    shutil.copyfile(next(record.paths.backups_dir.glob("*.mbcrecord")), other)
    if name.endswith(".sqlite"):
        with closing(sqlite3.connect(other)) as connection:  # a record made by this version
            assert connection.execute("PRAGMA application_id").fetchone()[0] != 0

    assert "is a record of this app" in refusal(other, protecting)


def test_a_hard_link_to_the_record_is_the_record(
    record: CareRecord, protecting: ProtectedFiles, tmp_path: Path
) -> None:
    hard_link = tmp_path / "summary.pdf"
    os.link(record.path, hard_link)

    assert "is your record itself" in refusal(hard_link, protecting)


def test_a_link_to_the_record_is_the_record(
    record: CareRecord, protecting: ProtectedFiles, tmp_path: Path
) -> None:
    link = tmp_path / "summary.pdf"
    link.symlink_to(record.path)

    assert "is your record itself" in refusal(link, protecting)


def test_the_record_reached_through_a_linked_folder_is_the_record(
    record: CareRecord, protecting: ProtectedFiles, tmp_path: Path
) -> None:
    linked_folder = tmp_path / "shortcut"
    linked_folder.symlink_to(record.path.parent, target_is_directory=True)

    assert "is your record itself" in refusal(linked_folder / "record.mbcrecord", protecting)
    assert "is your record itself" in refusal(
        record.path.parent / "backups" / ".." / "record.mbcrecord", protecting
    )


@pytest.mark.parametrize("inside", ["backups/x.json", "backups/old/x.json", "logs/today.log"])
def test_nothing_goes_into_the_backups_or_the_log_folder(
    data_paths: DataPaths, protecting: ProtectedFiles, inside: str
) -> None:
    (data_paths.backups_dir / "old").mkdir()
    folder = "backups" if inside.startswith("backups") else "logs"

    message = refusal(data_paths.data_dir / inside, protecting)

    assert message.startswith(f"The folder {data_paths.data_dir.resolve() / folder} is where")
    assert message.endswith("please choose another folder for the summary.")
    assert data_paths.logs_dir == data_paths.data_dir / "logs"
    assert not data_paths.logs_dir.exists()  # only named, never made by ensure()


def test_a_hard_link_to_a_backup_is_refused(
    record: CareRecord, protecting: ProtectedFiles, tmp_path: Path
) -> None:
    backup = record.backup_now()
    hard_link = tmp_path / "summary.pdf"
    os.link(backup.path, hard_link)

    assert "where the app keeps backups" in refusal(hard_link, protecting)


def test_the_settings_file_is_refused(data_paths: DataPaths, protecting: ProtectedFiles) -> None:
    assert refusal(data_paths.settings_file, protecting) == (
        "“settings.json” holds this app's settings; please choose another name for the summary."
    )


# -- what is at the path --------------------------------------------------------------------------


def test_a_link_is_not_written_through(protecting: ProtectedFiles, tmp_path: Path) -> None:
    somebody_elses = tmp_path / "letter.txt"
    somebody_elses.write_text("dear ...", encoding="utf-8")
    link = tmp_path / "summary.pdf"
    link.symlink_to(somebody_elses)

    assert refusal(link, protecting) == (
        "“summary.pdf” is a link to another file, and the app does not write through links; "
        "please choose another name for the summary."
    )


def test_a_pipe_is_refused(protecting: ProtectedFiles, tmp_path: Path) -> None:
    pipe = tmp_path / "summary.pdf"
    os.mkfifo(pipe)

    assert refusal(pipe, protecting) == (
        "“summary.pdf” is a special system file, not an ordinary file; "
        "please choose another name for the summary."
    )


def test_a_device_is_refused(protecting: ProtectedFiles) -> None:
    assert "is a special system file" in refusal(Path("/dev/null"), protecting)


def test_a_folder_is_refused(protecting: ProtectedFiles, tmp_path: Path) -> None:
    (tmp_path / "Documents").mkdir()

    assert refusal(tmp_path / "Documents", protecting) == (
        "“Documents” is a folder; please choose a file name inside it for the summary."
    )


def test_a_name_too_long_for_the_disk_is_refused(
    protecting: ProtectedFiles, tmp_path: Path
) -> None:
    message = refusal(tmp_path / ("a" * 296 + ".pdf"), protecting)

    assert message.startswith("The name “aaaa")
    assert message.endswith(
        "is too long for this disk; please choose a shorter name for the summary."
    )


def test_a_long_name_the_disk_accepts_is_written(
    protecting: ProtectedFiles, tmp_path: Path
) -> None:
    # The temporary file beside it must not need a longer name than this one.
    target = tmp_path / ("a" * 246 + ".pdf")

    assert check_output_path(target, protecting, WHAT) == target
    with replacing_atomically(target, protecting, WHAT) as temporary:
        temporary.write_bytes(b"%PDF-1.4")

    assert target.read_bytes() == b"%PDF-1.4"
    assert [path.name for path in tmp_path.iterdir() if path.name != "data"] == [target.name]


def test_a_name_that_is_not_utf8_is_refused(protecting: ProtectedFiles, tmp_path: Path) -> None:
    # How Linux hands Python a Latin-1 "café.pdf": Qt's PDF writer cannot write such a name.
    target = tmp_path / os.fsdecode(b"caf\xe9.pdf")

    assert refusal(target, protecting) == (
        "The name “caf\ufffd.pdf” has characters that cannot be written; "
        "please choose another name for the summary."
    )


def test_a_missing_folder_is_refused(protecting: ProtectedFiles, tmp_path: Path) -> None:
    assert refusal(tmp_path / "no such folder" / "summary.pdf", protecting) == (
        f"The folder {tmp_path / 'no such folder'} does not exist; please create it first, "
        "or choose another folder for the summary."
    )


def test_a_folder_that_is_really_a_file_is_refused(
    protecting: ProtectedFiles, tmp_path: Path
) -> None:
    # Fails for every user, root included.
    (tmp_path / "notes.txt").write_text("a file", encoding="utf-8")

    message = refusal(tmp_path / "notes.txt" / "summary.pdf", protecting)

    assert message == "“notes.txt” is a file, not a folder; please choose a folder for the summary."


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write in any folder"
)
def test_a_folder_the_person_may_not_write_in_is_refused(
    protecting: ProtectedFiles, tmp_path: Path
) -> None:
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o500)
    try:
        assert refusal(closed / "summary.pdf", protecting) == (
            f"You may not save files in the folder {closed}; please choose another folder "
            "for the summary, such as your Documents folder."
        )
    finally:
        closed.chmod(0o700)


def test_an_ordinary_path_is_accepted_with_its_folder_resolved(
    protecting: ProtectedFiles, tmp_path: Path
) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "shortcut").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real" / "old-summary.pdf").write_bytes(b"older")

    assert check_output_path(tmp_path / "shortcut" / "new.pdf", protecting, WHAT) == (
        tmp_path.resolve() / "real" / "new.pdf"
    )
    assert check_output_path(tmp_path / "real" / "old-summary.pdf", protecting, WHAT) == (
        tmp_path.resolve() / "real" / "old-summary.pdf"
    )


# -- writing ----------------------------------------------------------------------------------


def test_a_refused_path_is_left_exactly_as_it_was(
    record: CareRecord, protecting: ProtectedFiles
) -> None:
    before = record.path.read_bytes()
    folder_before = sorted(record.path.parent.iterdir())

    with (
        pytest.raises(OutputRefused),
        replacing_atomically(record.path, protecting, WHAT) as temporary,
    ):
        temporary.write_bytes(b"%PDF-1.4 not a record")

    assert record.path.read_bytes() == before
    assert sorted(record.path.parent.iterdir()) == folder_before


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that lets every file be read by everyone, as on some shared machines."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def test_the_file_is_private_from_its_first_byte(open_umask: None, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    with replacing_atomically(target) as temporary:
        assert PARTIAL_NAME.fullmatch(temporary.name)
        assert stat.S_IMODE(temporary.stat().st_mode) == 0o600
        temporary.write_bytes(b"%PDF-1.4")
        assert stat.S_IMODE(temporary.stat().st_mode) == 0o600

    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_file_put_in_place_of_the_temporary_one_is_not_renamed(tmp_path: Path) -> None:
    # Whatever the block wrote must have gone into the private file the helper made.
    target = tmp_path / "summary.pdf"

    with pytest.raises(OSError), replacing_atomically(target) as temporary:
        temporary.unlink()
        temporary.write_bytes(b"a new file with the default mode")

    assert list(tmp_path.iterdir()) == []


HOLD_LOCK = textwrap.dedent(
    """
    import fcntl, sys
    with open(sys.argv[1], "r+b") as partial:
        fcntl.flock(partial, fcntl.LOCK_EX)
        print("locked", flush=True)
        sys.stdin.read()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="file locks are POSIX flock here")
def test_leftovers_of_a_killed_run_are_removed_but_not_a_file_still_being_written(
    tmp_path: Path,
) -> None:
    leftover = tmp_path / ".mbc-0123abcd.partial"
    leftover.write_bytes(b"%PDF-1.4 half a summary from a run that was killed")
    being_written = tmp_path / ".mbc-4567cdef.partial"
    being_written.write_bytes(b"another app window is writing this")
    not_ours = [
        tmp_path / "notes.partial",
        tmp_path / ".summary.pdf.k2j4h5.partial",
        tmp_path / ".mbc-0123abcd.partial.txt",
        tmp_path / ".mbc-NOTHEX00.partial",
    ]
    for path in not_ours:
        path.write_bytes(b"somebody else's")
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(being_written)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "locked"

        with replacing_atomically(tmp_path / "summary.pdf") as temporary:
            temporary.write_bytes(b"%PDF-1.4")

        assert not leftover.exists()
        assert being_written.read_bytes() == b"another app window is writing this"
        assert all(path.exists() for path in not_ours)
        assert (tmp_path / "summary.pdf").read_bytes() == b"%PDF-1.4"
    finally:
        writer.communicate("", timeout=30)
