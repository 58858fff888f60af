"""Ways to damage a record file on purpose, as a failing disk might, for the refusal tests.

Importable from any test as ``record_damage`` (pytest puts ``tests/`` on the path for its
conftest).
"""

from __future__ import annotations

import random
from pathlib import Path

from mbc_tracker.storage.database import quick_check


def damage_middle_pages(path: Path, seed: int = 7) -> None:
    """Overwrite the middle third of the file's pages with garbage; quick_check then fails."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    garbage = random.Random(seed)
    for number in range(pages // 3, 2 * pages // 3):
        data[number * page_size : (number + 1) * page_size] = garbage.randbytes(page_size)
    path.write_bytes(bytes(data))
    assert not quick_check(path)
