"""Helpers shared by the benchmark scripts: the app's command, a demo record, medians, disks.

Each benchmark builds its own demo record in a temporary folder through the ``demo`` verb, the
same way a person would, so the figures describe the installed app and not a test fixture.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def app_command() -> list[str]:
    """How to start the app with the interpreter running this script."""
    script = Path(sys.executable).with_name("mbc-tracker")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "mbc_tracker"]


def compile_app_bytecode() -> str:
    """Compile the app's modules to bytecode, as installing its wheel does (pip compiles every
    module at install time); say what was done. From a source checkout with
    PYTHONDONTWRITEBYTECODE set, every start would otherwise compile the whole app again, a
    cost no installed copy has."""
    import compileall

    import mbc_tracker

    package = Path(mbc_tracker.__file__).resolve().parent
    compileall.compile_dir(str(package), quiet=1)
    return f"App bytecode compiled in {package} (as an installed wheel has it)."


def offscreen_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("MBC_TRACKER_DATA_DIR", None)
    return env


def build_demo_record(data_dir: Path, years: int) -> float:
    """Write a demo record of ``years`` years into ``data_dir``; return the seconds it took."""
    if data_dir.exists():
        shutil.rmtree(data_dir)
    started = time.perf_counter()
    subprocess.run(
        [*app_command(), "--data-dir", str(data_dir), "demo", "--years", str(years)],
        check=True,
        env=offscreen_environment(),
    )
    return time.perf_counter() - started


def filesystem_of(path: Path) -> str:
    """The file system type holding ``path`` (fsync on tmpfs costs nothing, so say so)."""
    path = path.resolve()
    best, best_type = "", "unknown"
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                fields = line.split()
                mount_point, fs_type = fields[1], fields[2]
                if (str(path) + "/").startswith(mount_point.rstrip("/") + "/") and len(
                    mount_point
                ) > len(best):
                    best, best_type = mount_point, fs_type
    except OSError:
        pass
    return best_type


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def describe(seconds: list[float]) -> str:
    values = sorted(seconds)
    return (
        f"median {median_ms(values):7.1f} ms   min {values[0] * 1000:7.1f} ms   "
        f"max {values[-1] * 1000:7.1f} ms   (n={len(values)})"
    )
