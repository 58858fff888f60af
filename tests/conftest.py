"""Shared fixtures: every test gets a throw-away data folder and runtime folder; Qt runs offscreen.

The offscreen platform is set with ``setdefault`` (Picard's habit) so a developer can still
watch a GUI test on a real screen with ``QT_QPA_PLATFORM=xcb``.
"""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite reads English texts: a developer whose computer speaks Spanish still runs it in
# English (tests of other languages ask for theirs explicitly). Subprocesses inherit this.
os.environ["LANGUAGE"] = "en"

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DATA_DIR_ENV, DataPaths
from mbc_tracker.services.record import CareRecord, open_record


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """A test that switched the process to another language hands it back in English."""
    yield
    from mbc_tracker.domain import dates
    from mbc_tracker.domain.language import ENGLISH, current_language, use_language

    if current_language() != ENGLISH:
        use_language(ENGLISH)
    dates.use_wording(dates.ENGLISH_WORDING)


@pytest.fixture(autouse=True)
def _no_real_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the default data folder at a temporary one, so no test touches a real home."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("default-data")))


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private ``$XDG_RUNTIME_DIR`` for each test, where a running app keeps its claim and its
    socket (gui/single_instance.py): no test meets the developer's own open app, and an app a
    test kills leaves nothing behind. Short, since socket paths are limited to about 100 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="mbc-rt-"))
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def record(data_paths: DataPaths) -> Iterator[CareRecord]:
    """A fresh record for a person called Ann Example."""
    care_record = open_record(data_paths.default_record, data_paths)
    care_record.person.save(Person(name="Ann Example"))
    yield care_record
    care_record.close()


@pytest.fixture
def reopen(record: CareRecord) -> Iterator[Callable[[], CareRecord]]:
    """Close the record and open the same file again, as after quitting and restarting."""
    opened: list[CareRecord] = []

    def again() -> CareRecord:
        (opened[-1] if opened else record).close()
        fresh = open_record(record.path, record.paths)
        opened.append(fresh)
        return fresh

    yield again
    for fresh in opened:
        fresh.close()
