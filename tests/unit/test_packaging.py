"""A non-editable install carries what a record needs: the Alembic scripts and the knowledge files.

The scripts live at the top of the repository, so a wheel that forgot them would still pass
every other test (they run from the checkout) and then fail on a person's machine the first
time a record is opened. This builds the real wheel, unpacks it away from the checkout and
opens a new record with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mbc_tracker.storage.migrate import head_revision

REPOSITORY = Path(__file__).resolve().parents[2]

OPEN_A_RECORD = """
import json, sys
from pathlib import Path
import mbc_tracker
from mbc_tracker.paths import DataPaths, resource_dir
from mbc_tracker.services.record import open_record
from mbc_tracker.storage.migrate import current_revision

def spanish_words():
    from PySide6.QtCore import QTranslator
    from mbc_tracker.services.language import activate
    from mbc_tracker.domain.dates import long_day
    import datetime

    folder = resource_dir("resources") / "translations"
    activate("es", folder)
    translator = QTranslator()
    return [translator.load("mbc_tracker_es", str(folder)), long_day(datetime.date(2026, 1, 5))]


paths = DataPaths(Path(sys.argv[1])).ensure()
record = open_record(paths.default_record, paths)
print(json.dumps({
    "package": mbc_tracker.__file__,
    "migrations": str(resource_dir("migrations")),
    "revision": current_revision(record.engine),
    "symptoms": len(record.knowledge.symptoms),
    "spanish": spanish_words(),
}))
record.close()
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out_dir = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out_dir), str(REPOSITORY)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    (built,) = out_dir.glob("mbc_tracker-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_contains_the_migrations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped_versions = {
        f"mbc_tracker/migrations/versions/{script.name}"
        for script in (REPOSITORY / "migrations" / "versions").glob("*.py")
    }

    assert shipped_versions  # at least the initial schema
    assert shipped_versions <= names
    assert {
        "mbc_tracker/migrations/env.py",
        "mbc_tracker/migrations/script.py.mako",
        "mbc_tracker/resources/symptoms.toml",
        "mbc_tracker/resources/sources.toml",
        # install-desktop copies these into the user's icon theme.
        "mbc_tracker/resources/icons/mbc-tracker.svg",
        "mbc_tracker/resources/icons/hicolor/48x48.png",
        "mbc_tracker/resources/icons/hicolor/256x256.png",
        # The Spanish words: the .ts source (read by the layers without Qt) and the .qm the
        # build compiled from it (hatch_build.py) for the window's QTranslator.
        "mbc_tracker/resources/translations/mbc_tracker_es.ts",
        "mbc_tracker/resources/translations/mbc_tracker_es.qm",
    } <= names
    # The start without a console window on Windows.
    (entry_points,) = [name for name in names if name.endswith(".dist-info/entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode("utf-8")
    assert "[gui_scripts]\nmbc-tracker-gui = mbc_tracker.app:main" in text


@pytest.mark.slow
def test_an_unpacked_wheel_creates_and_migrates_a_record(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    environment = {**os.environ, "PYTHONPATH": str(site)}

    # Run from outside the checkout, so nothing can be found beside the repository by accident.
    result = subprocess.run(
        [sys.executable, "-c", OPEN_A_RECORD, str(tmp_path / "data")],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    opened = json.loads(result.stdout)

    assert Path(opened["package"]).is_relative_to(site)
    assert Path(opened["migrations"]) == site / "mbc_tracker" / "migrations"
    assert opened["revision"] == head_revision()  # the newest script in the checkout
    assert opened["symptoms"] > 0
    assert opened["spanish"] == [True, "5 de enero de 2026"]
    assert (tmp_path / "data" / "record.mbcrecord").is_file()
