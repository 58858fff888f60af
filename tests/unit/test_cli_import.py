"""``mbc-tracker import`` run as a real process on hostile files: one short message and exit code 1.

What a person sees in the terminal is the promise: no traceback, nothing that a terminal would
act on (an escape sequence from the file could clear the screen or retitle the window), a
message that stays a few lines long however large the file, no hang on a named pipe, and no
record file left behind in the data folder the import was meant to fill.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from real_export import RealExport

from mbc_tracker.paths import DEFAULT_RECORD_NAME
from mbc_tracker.services.transfer import MAX_MESSAGE_LINE, MAX_PROBLEMS_SHOWN

ESC = "\x1b"


def deep_nesting(export: RealExport, file: Path) -> None:
    file.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")


def named_pipe(export: RealExport, file: Path) -> None:
    os.mkfifo(file)


def huge_integer(export: RealExport, file: Path) -> None:
    document = export.document()
    document["record"]["symptom_entries"][0]["severity"] = "HUGE"
    text = json.dumps(document).replace('"HUGE"', "7" * 50_000)
    file.write_text(text, encoding="utf-8")


def escape_sequences(export: RealExport, file: Path) -> None:
    document = export.document()
    for entry in document["record"]["symptom_entries"][:200]:
        entry["day"] = f"{ESC}]0;owned\a{ESC}[2J{ESC}[31m" + "A" * 100_000
    file.write_text(json.dumps(document), encoding="utf-8")


def broken_character(export: RealExport, file: Path) -> None:
    document = export.document()
    document["record"]["person"]["name"] = "Maria \ud800"
    file.write_text(json.dumps(document, ensure_ascii=True), encoding="ascii")


NASTY_FILES: dict[str, tuple[Callable[[RealExport, Path], None], str]] = {
    "deep nesting": (deep_nesting, "more than 32 levels deep"),
    "named pipe": (named_pipe, "is a named pipe, not an ordinary file"),
    "huge integer": (huge_integer, "symptom_entries[0].severity: the number 77777"),
    "escape sequences": (escape_sequences, "symptom_entries[0].day: “\\x1b]0;owned\\x07\\x1b[2J"),
    "broken character": (broken_character, "person.name: this text holds a broken character"),
}


@pytest.mark.parametrize("case", NASTY_FILES)
def test_a_nasty_file_gives_one_short_message_and_leaves_no_record(
    case: str, real_export: RealExport, tmp_path: Path
) -> None:
    make, expected = NASTY_FILES[case]
    if case == "named pipe" and not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are a POSIX feature")
    file = tmp_path / "nasty.json"
    make(real_export, file)
    folder = tmp_path / "new-record"
    environment = dict(os.environ, MBC_TRACKER_DATA_DIR=str(tmp_path / "env-default"))

    result = subprocess.run(
        [sys.executable, "-m", "mbc_tracker", "--data-dir", str(folder), "import", str(file)],
        capture_output=True,
        timeout=90,
        env=environment,
        check=False,
    )

    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1, stderr
    assert result.stdout == b""
    assert "Traceback" not in stderr
    assert ESC not in stderr
    lines = stderr.splitlines()
    assert lines[0] == f"Nothing was imported from {file}; the record is unchanged."
    assert expected in stderr
    assert 2 <= len(lines) <= 1 + MAX_PROBLEMS_SHOWN + 1
    assert all(len(line) <= MAX_MESSAGE_LINE for line in lines[1:])
    assert all(character.isprintable() for line in lines for character in line)
    assert not [path.name for path in folder.glob(f"{DEFAULT_RECORD_NAME}*")]
