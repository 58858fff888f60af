"""Where the record, its backups and the app settings live.

Every path the app touches comes from here, so that ``--data-dir`` or ``MBC_TRACKER_DATA_DIR``
moves everything at once and tests never write into a real home folder. The data folder is made
private to its owner (0700): it holds health data.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "MBC Care Tracker"
APP_SLUG = "mbc-tracker"
DATA_DIR_ENV = "MBC_TRACKER_DATA_DIR"
RECORD_SUFFIX = ".mbcrecord"
DEFAULT_RECORD_NAME = "record" + RECORD_SUFFIX

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True)
class DataPaths:
    """The folder layout below one data folder."""

    data_dir: Path

    @property
    def default_record(self) -> Path:
        return self.data_dir / DEFAULT_RECORD_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> DataPaths:
        """Create the data and backup folders, private to the user, and return self."""
        make_private_dir(self.data_dir)
        make_private_dir(self.backups_dir)
        return self


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: command line, else the environment variable, else the platform default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(DATA_DIR_ENV)
    if env_value:
        return Path(env_value).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


def data_paths(cli_value: str | os.PathLike[str] | None = None) -> DataPaths:
    return DataPaths(resolve_data_dir(cli_value))


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and make sure only its owner can enter it."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if stat.S_IMODE(path.stat().st_mode) != PRIVATE_DIR_MODE:
        path.chmod(PRIVATE_DIR_MODE)


def make_private_file(path: Path) -> None:
    """Restrict an existing file to its owner (read and write only)."""
    if path.exists() and stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE_MODE:
        path.chmod(PRIVATE_FILE_MODE)


@contextlib.contextmanager
def replacing_atomically(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target`` to write; it replaces ``target`` only when the block
    ends without an error, so ``target`` is always either its old self or complete.

    The temporary file is created readable by its owner only; at the end it is synced, renamed
    over ``target`` and the rename synced too (where the system allows it). On any error it is
    removed and the error raised again, and an existing ``target`` is left untouched.
    """
    import tempfile  # only when something is written: not part of start-up

    descriptor, name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".partial"
    )
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        # The original error is the one worth reporting, not a failure to tidy up after it.
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    make_private_file(target)
    with contextlib.suppress(OSError):  # not every platform lets a folder be opened
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def resource_dir(name: str) -> Path:
    """A folder shipped with the app: ``resources`` or ``migrations``.

    In a wheel they are copied into the package; in a source checkout (editable install, tests)
    they sit at the top of the repository, beside the package.
    """
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / name
    if installed.is_dir():
        return installed
    checkout = package_dir.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"The app's {name!r} folder is missing; reinstall MBC Care Tracker.")
