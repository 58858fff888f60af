"""Import of damaged or hostile files: one clear, short sentence with the place, and nothing saved.

A file for import may be a cut-off copy, something else entirely, or made on purpose to upset the
app: lists nested a hundred thousand deep, numbers of thousands of digits, broken characters,
terminal escape sequences, a named pipe that never ends. Each must be refused with a message
that names where the problem is, quotes at most a short, escaped piece of the file, and leaves
the record as it was; never a traceback, a hang or a half-written record.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import tempfile
import threading
from pathlib import Path

import pytest
from real_export import DEMO_TODAY, RealExport

from mbc_tracker.services import transfer
from mbc_tracker.services.transfer import (
    MAX_IMPORT_BYTES,
    ImportInvalid,
    read_export_file,
)

DOCUMENTATION = Path(__file__).resolve().parents[2] / "docs" / "json-format.md"


# -- what the file is ----------------------------------------------------------------------------


def unblock_a_waiting_reader(fifo: Path) -> threading.Timer:
    """After a while, open the pipe's other end once, so that code stuck reading it returns
    (it then reads an empty file) and the test fails instead of hanging."""

    def open_and_close() -> None:
        with contextlib.suppress(OSError):  # nobody is reading: nothing to unblock
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    timer = threading.Timer(5, open_and_close)
    timer.daemon = True
    timer.start()
    return timer


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_refused_at_once_without_waiting_for_a_writer(
    real_export: RealExport, tmp_path: Path
) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    timer = unblock_a_waiting_reader(fifo)

    with pytest.raises(ImportInvalid) as refused:
        read_export_file(fifo, real_export.catalogue, DEMO_TODAY)

    timer.cancel()
    assert refused.value.problems == [
        f"{fifo} is a named pipe, not an ordinary file, so it is not an export from this app; "
        "choose the .json file that “mbc-tracker export” wrote."
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it(real_export: RealExport) -> None:
    with pytest.raises(ImportInvalid) as refused:
        read_export_file(Path("/dev/zero"), real_export.catalogue, DEMO_TODAY)

    assert refused.value.message.startswith("/dev/zero is a device, not an ordinary file")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_a_socket_is_refused(real_export: RealExport) -> None:
    folder = Path(tempfile.mkdtemp())  # short: a socket's path has a small length limit
    path = folder / "s.json"
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(path))
        with pytest.raises(ImportInvalid) as refused:
            read_export_file(path, real_export.catalogue, DEMO_TODAY)
    finally:
        listener.close()
        shutil.rmtree(folder)

    assert refused.value.message.startswith(f"{path} is a socket, not an ordinary file")


def test_a_folder_is_refused(real_export: RealExport, tmp_path: Path) -> None:
    with pytest.raises(ImportInvalid) as refused:
        read_export_file(tmp_path, real_export.catalogue, DEMO_TODAY)

    assert refused.value.problems == [
        f"{tmp_path} is a folder; choose the exported .json file in it."
    ]


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(
    real_export: RealExport, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 1)  # sparse: takes no room on the disk

    with pytest.raises(ImportInvalid) as refused:
        read_export_file(huge, real_export.catalogue, DEMO_TODAY)

    assert refused.value.message.startswith(
        f"{huge} is larger than 512 MiB, the most an import reads;"
    )


def test_a_file_at_the_limit_is_read(
    real_export: RealExport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "export.json"
    file.write_text(real_export.text, encoding="utf-8")
    monkeypatch.setattr(transfer, "MAX_IMPORT_BYTES", file.stat().st_size)

    read_export_file(file, real_export.catalogue, DEMO_TODAY)

    monkeypatch.setattr(transfer, "MAX_IMPORT_BYTES", file.stat().st_size - 1)
    with pytest.raises(ImportInvalid, match="is larger than"):
        read_export_file(file, real_export.catalogue, DEMO_TODAY)


def test_the_size_limit_is_documented() -> None:
    assert MAX_IMPORT_BYTES == 512 * 1024 * 1024
    assert "at most **512 MiB**" in DOCUMENTATION.read_text(encoding="utf-8")
