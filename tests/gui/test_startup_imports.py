"""What start-up loads, checked in fresh interpreters (not timed: these machines are noisy).

The first window appears before the record is opened, so the window module must not pull in
SQLAlchemy; and an up-to-date record must open without importing Alembic. Either regression
would show up in tests/benchmarks/bench_startup.py as a slower start; here it fails at once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record


def run_fresh(code: str) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_the_window_module_loads_without_the_database_layer() -> None:
    loaded = run_fresh(
        "import sys, mbc_tracker.gui.main_window, mbc_tracker.gui.application\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic',"
        " 'matplotlib', 'fhir', 'fhir_core', 'pydantic'}))"
    )
    assert loaded == "[]"


def test_an_up_to_date_record_opens_without_alembic(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    open_record(paths.default_record, paths).close()  # created and migrated here
    loaded = run_fresh(
        "import sys\n"
        "from pathlib import Path\n"
        "from mbc_tracker.paths import DataPaths\n"
        "from mbc_tracker.services.record import open_record\n"
        f"paths = DataPaths(Path({str(paths.data_dir)!r}))\n"
        "open_record(paths.default_record, paths).close()\n"
        "print('alembic' in sys.modules)"
    )
    assert loaded == "False"


def test_the_probe_reports_the_window_before_the_record(tmp_path: Path) -> None:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MBC_TRACKER_STARTUP_PROBE": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "mbc_tracker", "--data-dir", str(tmp_path), "--quit-after-startup"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    moments = [
        line.split(" ", 1)[1].split("=")[0]
        for line in result.stderr.splitlines()
        if line.startswith("mbc-tracker-startup ")
    ]
    assert moments == ["first_window_shown", "record_ready"]


def test_the_first_window_does_not_wait_for_qtnetwork(tmp_path: Path) -> None:
    # A second start is answered over a local socket (gui/single_instance.py), but importing
    # QtNetwork costs several milliseconds: the app listens only once its window is painted.
    loaded = run_fresh(
        "import sys\n"
        "import mbc_tracker.gui.application as application\n"
        "def probe(moment):\n"
        "    if moment == 'first_window_shown':\n"
        "        print('PySide6.QtNetwork' in sys.modules, flush=True)\n"
        "application.report_startup = probe\n"
        "from mbc_tracker.app import main\n"
        f"main(['--data-dir', {str(tmp_path / 'data')!r}, '--quit-after-startup'])"
    )
    assert loaded == "False"


def open_then_idle(tmp_path: Path, at_open: str, after_idle: str) -> list[str]:
    """In a fresh interpreter: the window on a record this app closed cleanly (as a person
    opens it every day); print ``at_open`` once Today is shown and ``after_idle`` once the app
    has been idle long enough for its warm-up (expressions, over ``sys`` and ``window``)."""
    paths = DataPaths(tmp_path / "data").ensure()
    record = open_record(paths.default_record, paths)
    record.person.save(Person(name="Ann Example"))
    record.close()
    seen = run_fresh(
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from mbc_tracker.gui.main_window import MainWindow, WARM_UP_AFTER_MS\n"
        "from mbc_tracker.paths import DataPaths\n"
        "from mbc_tracker.services.app_settings import AppSettings\n"
        "app = QApplication([])\n"
        f"paths = DataPaths(Path({str(paths.data_dir)!r}))\n"
        "window = MainWindow(paths, AppSettings.load(paths.settings_file))\n"
        "window.show()\n"
        "window.open_first_record(paths.default_record)\n"
        "app.processEvents()\n"
        f"print({at_open}, flush=True)\n"
        # The warm-up runs in idle moments: on a busy machine they come later, so the check
        # repeats (up to 30 s) rather than trusting one moment to be idle enough.
        "import time\n"
        "deadline = time.monotonic() + 30\n"
        "def after_idle():\n"
        f"    value = ({after_idle})\n"
        "    done = all(value) if isinstance(value, tuple) else bool(value)\n"
        "    if not done and time.monotonic() < deadline:\n"
        "        QTimer.singleShot(200, after_idle)\n"
        "        return\n"
        f"    print({after_idle}, flush=True)\n"
        "    app.quit()\n"
        "QTimer.singleShot(WARM_UP_AFTER_MS + 500, after_idle)\n"
        "app.exec()\n"
        "window.close_record()\n"
    )
    return seen.splitlines()


def test_the_chart_library_waits_until_the_record_is_shown_then_loads_when_idle(
    tmp_path: Path,
) -> None:
    # The first window and the record come first; once the app has been idle a moment the
    # chart library is loaded, so that a first visit to History does not pause for it.
    seen = open_then_idle(
        tmp_path,
        "'matplotlib' in sys.modules, window.built_page('history') is None",
        "'matplotlib.backends.backend_qtagg' in sys.modules",
    )
    assert seen == ["False True", "True"]


def test_today_is_shown_before_sqlalchemy_loads_and_it_loads_when_idle(tmp_path: Path) -> None:
    # Today is read in plain SQL (storage/plain_sql.py): importing SQLAlchemy, about half a
    # second on a slow computer, waits until the app has been idle a moment.
    seen = open_then_idle(
        tmp_path,
        "'sqlalchemy' in sys.modules, window.today_view.weight_label.text()",
        "'sqlalchemy.orm' in sys.modules, window.record.has_engine",
    )
    assert seen == ["False &Weight (kg)", "True True"]
