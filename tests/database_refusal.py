"""Make SQLite itself refuse a save: a real database error, raised where a real one would be.

A trigger that aborts every insert into one table fails the save's transaction at commit, as a
full disk or a broken file would, and SQLAlchemy's error quotes the SQL parameters (the note,
the values) in its message, as it does for any real failure.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def refuse_new_rows(record_file: Path, table: str = "day_note") -> None:
    connection = sqlite3.connect(record_file)
    try:
        connection.execute(
            f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
        )
        connection.commit()
    finally:
        connection.close()
