"""Tables written as CSV for spreadsheets: RFC 4180 lines, and no cell a spreadsheet would run.

A note typed as "=1+2" or "-see above" would be taken by a spreadsheet as a formula, and a
formula in a file from elsewhere can do harm there: such cells get a leading apostrophe, which
spreadsheets show as text (the OWASP advice on CSV injection). The file is written as UTF-8 with
a byte-order mark, so that spreadsheets on every system read accented letters and symbols.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

CSV_ENCODING = "utf-8-sig"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(text: str) -> str:
    """``text`` as a cell no spreadsheet runs as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """The rows as CSV text (comma separated, quoted where needed, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([spreadsheet_cell(cell) for cell in row])
    return buffer.getvalue()
