"""CSV for spreadsheets: quoted where needed, CRLF lines, and no cell run as a formula."""

from __future__ import annotations

import csv
import io

import pytest

from mbc_tracker.reports.csv_export import csv_text, spreadsheet_cell


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=1+2", "'=1+2"),
        ("+33 1 23 45", "'+33 1 23 45"),
        ("-see above", "'-see above"),
        ("@home", "'@home"),
        ("\tindented", "'\tindented"),
        ("slept badly", "slept badly"),
        ("7", "7"),
        ("", ""),
    ],
)
def test_a_cell_a_spreadsheet_would_run_is_kept_as_text(typed: str, written: str) -> None:
    assert spreadsheet_cell(typed) == written


def test_commas_quotes_and_line_breaks_survive_a_round_trip() -> None:
    rows = [["Date", "Note"], ["2026-11-30", 'Walked; said "fine", then\nslept']]
    text = csv_text(rows)
    assert text.endswith("\r\n")
    assert list(csv.reader(io.StringIO(text, newline=""))) == rows
