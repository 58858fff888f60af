"""Where the record, its backups and the app settings live, and the one way files are written.

Every path the app touches comes from here, so that ``--data-dir`` or ``MBC_TRACKER_DATA_DIR``
moves everything at once and tests never write into a real home folder. The data folder is made
private to its owner (0700): it holds health data.

Paths are dangerous: a person who types the record's own name into "Save as" must not lose years
of entries to a PDF. So every file the app writes goes through ``replacing_atomically``, and a
file the person chose (an export, a summary, a calendar file, a chart) is first checked by
``check_output_path``: never the open record, its companions or the data folder's own files,
never through a link or into a device, and never a name the system or Qt cannot write. A refusal
is one sentence the person can act on (``OutputRefused.message``), not a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import stat
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.files import sync_folder, try_lock

APP_NAME = "MBC Care Tracker"
APP_SLUG = "mbc-tracker"
DATA_DIR_ENV = "MBC_TRACKER_DATA_DIR"
RECORD_SUFFIX = ".mbcrecord"
DEFAULT_RECORD_NAME = "record" + RECORD_SUFFIX
SETTINGS_FILE_NAME = "settings.json"

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

# Files SQLite (and the app's lock) keep beside a record; replacing any of them damages it.
RECORD_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", "-lock")


def record_companions(record: Path) -> tuple[Path, ...]:
    """The files kept beside ``record`` (``record.mbcrecord-wal`` ...), existing or not."""
    return tuple(record.with_name(record.name + suffix) for suffix in RECORD_COMPANION_SUFFIXES)


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

    def backups_for(self, record: Path) -> Path:
        """Where the backups of ``record`` are kept: the backups folder itself for a record in
        the data folder; a folder of its own for one elsewhere, named by its place, so that two
        records with the same name in different folders never share (or thin) backups."""
        if record.parent == self.data_dir:
            return self.backups_dir
        digest = hashlib.sha256(os.fsencode(record)).hexdigest()[:12]
        return self.backups_dir / f"{record.stem}-{digest}"

    @property
    def checked_dir(self) -> Path:
        """Where the app notes, per record, the file it last closed as sound (made on use)."""
        return self.data_dir / "checked"

    def checked_note_for(self, record: Path) -> Path:
        """The note of ``record``'s last sound closing (see ``services.record.remember_checked``),
        named by the record's place like a folder of backups."""
        digest = hashlib.sha256(os.fsencode(record)).hexdigest()[:12]
        return self.checked_dir / f"{record.stem}-{digest}"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / SETTINGS_FILE_NAME

    @property
    def logs_dir(self) -> Path:
        """The diagnostic log folder (made by the logging code when it first writes)."""
        return self.data_dir / "logs"

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
    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False)).resolve()


def data_paths(cli_value: str | os.PathLike[str] | None = None) -> DataPaths:
    return DataPaths(resolve_data_dir(cli_value))


def data_dir_problem(cli_value: str | None) -> str | None:
    """Why the data folder cannot be used, as one sentence; None when it can (or can be made).

    Checked before anything is opened, so ``--data-dir ""``, a file, a folder of another user
    account or a place where no folder can be made is one sentence, never a traceback.
    """
    if cli_value is not None and not cli_value.strip():
        return translate(
            "paths", "--data-dir: please give the name of a folder; an empty name was given."
        )
    try:
        folder = resolve_data_dir(cli_value)
    except (OSError, RuntimeError, ValueError) as error:
        return translate("paths", "The data folder {folder} cannot be used ({error}).").format(
            folder=cli_value, error=error
        )
    existing = folder
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        if existing == folder:
            return translate(
                "paths",
                "{folder} is a file, not a folder. Please give a folder for the record, "
                "for example a new folder name.",
            ).format(folder=folder)
        return translate(
            "paths", "The data folder {folder} cannot be made: {file} is a file, not a folder."
        ).format(folder=folder, file=existing)
    if folder.is_dir():
        owner = getattr(os, "getuid", None)
        if owner is not None and folder.stat().st_uid != owner():
            return translate(
                "paths",
                "The folder {folder} belongs to another user account. The app keeps a record "
                "only in a folder of your own; please choose another.",
            ).format(folder=folder)
        if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
            return translate(
                "paths", "You may not read and write in the folder {folder}; please choose another."
            ).format(folder=folder)
    elif not os.access(existing, os.W_OK | os.X_OK):
        return translate(
            "paths",
            "The data folder {folder} cannot be made: you may not create folders in {parent}.",
        ).format(folder=folder, parent=existing)
    return None


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and make sure only its owner can enter it."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if stat.S_IMODE(path.stat().st_mode) != PRIVATE_DIR_MODE:
        path.chmod(PRIVATE_DIR_MODE)


def make_private_file(path: Path) -> None:
    """Restrict an existing file to its owner (read and write only); a file that vanished
    meanwhile (a reader's -wal removed as it closed) needs nothing."""
    with contextlib.suppress(FileNotFoundError):
        if stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE_MODE:
            path.chmod(PRIVATE_FILE_MODE)


# -- checking a path the person chose -------------------------------------------------------------


@dataclass(frozen=True)
class ProtectedFiles:
    """What a file the person chose must never replace: the open record (which File > New record
    may have put anywhere) with its companions, and the data folder's own files."""

    record: Path
    paths: DataPaths


# What callers name the file in ``OutputRefused``'s sentences (``what``), marked here so that each
# sentence says it in the run's language; a name not in this list is used as it is given.
OUTPUT_NAMES = (
    QT_TRANSLATE_NOOP("paths", "the export"),
    QT_TRANSLATE_NOOP("paths", "the summary"),
    QT_TRANSLATE_NOOP("paths", "the calendar file"),
    QT_TRANSLATE_NOOP("paths", "the chart"),
    QT_TRANSLATE_NOOP("paths", "the table"),
    QT_TRANSLATE_NOOP("paths", "this file"),
    QT_TRANSLATE_NOOP("paths", "the FHIR document"),
)


class OutputRefused(Exception):
    """The app will not write to ``path``; ``message`` is one sentence the person can act on."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _shown(text: str) -> str:
    """``text`` as it can be printed on one line: undecodable bytes and control characters
    (a name may hold a newline) become U+FFFD."""
    readable = os.fsencode(text).decode("utf-8", "replace")
    return "".join("\ufffd" if not character.isprintable() else character for character in readable)


def _writable_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\0" not in text


def _same_name(first: Path, second: Path) -> bool:
    """Whether two absolute paths name the same entry, as a case-insensitive disk would see it
    (macOS and Windows usually ignore case)."""
    if sys.platform in ("darwin", "win32"):
        return os.path.normcase(first).casefold() == os.path.normcase(second).casefold()
    return first == second


def _inside(path: Path, folder: Path) -> bool:
    return _same_name(path, folder) or any(_same_name(parent, folder) for parent in path.parents)


def _identity(path: Path) -> tuple[int, int] | None:
    """The file's device and inode (following links), or None when there is no such file."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino)


def _name_max(folder: Path) -> int:
    if hasattr(os, "pathconf"):
        with contextlib.suppress(OSError, ValueError):
            limit = os.pathconf(folder, "PC_NAME_MAX")
            if limit > 0:
                return limit
    return 255


def _protected_reasons(protecting: ProtectedFiles, what: str) -> list[tuple[Path, str]]:
    """Each file an output must not be, with the sentence that says so."""
    record = protecting.record.expanduser().resolve()
    paths = protecting.paths
    data_dir = paths.data_dir.expanduser().resolve()
    default_record = data_dir / paths.default_record.name
    reasons = [
        (
            record,
            translate(
                "paths", "“{name}” is your record itself; please choose another name for {what}."
            ),
        )
    ]
    reasons.extend(
        (
            companion,
            translate(
                "paths",
                "“{name}” is one of the files that keep your record safe; please choose another "
                "name for {what}.",
            ),
        )
        for companion in record_companions(record)
    )
    if not _same_name(default_record, record):
        reasons.append(
            (
                default_record,
                translate(
                    "paths",
                    "“{name}” is a record this app keeps; please choose another name for {what}.",
                ),
            )
        )
        reasons.extend(
            (
                companion,
                translate(
                    "paths",
                    "“{name}” is one of the files that keep a record safe; please choose another "
                    "name for {what}.",
                ),
            )
            for companion in record_companions(default_record)
        )
    settings = data_dir / paths.settings_file.name
    reasons.append(
        (
            settings,
            translate(
                "paths",
                "“{name}” holds this app's settings; please choose another name for {what}.",
            ),
        )
    )
    return [(path, reason.format(name=path.name, what=what)) for path, reason in reasons]


def _managed_folders(protecting: ProtectedFiles, what: str) -> list[tuple[Path, str, str]]:
    """The data folder's own folders, each with the sentence for a file inside it and the one
    for a file taking its name."""
    data_dir = protecting.paths.data_dir.expanduser().resolve()
    backups = (data_dir / protecting.paths.backups_dir.name).resolve()
    logs = (data_dir / protecting.paths.logs_dir.name).resolve()
    checked = (data_dir / protecting.paths.checked_dir.name).resolve()
    folders = [
        (
            backups,
            translate(
                "paths",
                "The folder {folder} is where the app keeps backups of your record; please "
                "choose another folder for {what}.",
            ),
            translate(
                "paths",
                "The folder {folder} is where the app keeps backups of your record; please "
                "choose another name for {what}.",
            ),
        ),
        (
            logs,
            translate(
                "paths",
                "The folder {folder} is where the app keeps its diagnostic log; please choose "
                "another folder for {what}.",
            ),
            translate(
                "paths",
                "The folder {folder} is where the app keeps its diagnostic log; please choose "
                "another name for {what}.",
            ),
        ),
        (
            checked,
            translate(
                "paths",
                "The folder {folder} is where the app notes which records it has checked; please "
                "choose another folder for {what}.",
            ),
            translate(
                "paths",
                "The folder {folder} is where the app notes which records it has checked; please "
                "choose another name for {what}.",
            ),
        ),
    ]
    return [
        (folder, inside.format(folder=folder, what=what), named.format(folder=folder, what=what))
        for folder, inside, named in folders
    ]


def _refuse_protected(target: Path, protecting: ProtectedFiles, what: str) -> None:
    """Refuse the record, its companions and the data folder's own files, by name and, for a
    file that exists, by identity: a hard link or a link to the record is the record."""
    reasons = _protected_reasons(protecting, what)
    for protected, sentence in reasons:
        if _same_name(target, protected):
            raise OutputRefused(target, sentence)
    folders = _managed_folders(protecting, what)
    for folder, inside, named in folders:
        if _inside(target.parent, folder):
            raise OutputRefused(target, inside)
        if _same_name(target, folder):
            raise OutputRefused(target, named)
    existing = _identity(target)
    if existing is None:
        return
    for protected, sentence in reasons:
        if _identity(protected) == existing:
            raise OutputRefused(target, sentence)
    for folder, _inside_it, named in folders:
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                if _identity(Path(entry.path)) == existing:
                    raise OutputRefused(target, named)


# The app's mark in a record's SQLite header (``storage.database.APPLICATION_ID``, "MBCT"), at
# byte 68; repeated here because paths imports nothing of the app's layers.
_RECORD_MARK = b"MBCT"


def _is_a_record(path: Path) -> bool:
    """Whether the existing file at ``path`` is one of the app's records (any of them: a copy set
    aside by ``restore``, a restored copy, another person's), by its name or its header."""
    if path.name.endswith(RECORD_SUFFIX):
        return True
    try:
        with path.open("rb") as handle:
            header = handle.read(72)
    except OSError:
        return False
    return header.startswith(b"SQLite format 3\x00") and header[68:72] == _RECORD_MARK


def check_output_path(target: Path, protecting: ProtectedFiles, what: str) -> Path:
    """The absolute path to write for a file the person chose, its folder's links resolved;
    raise ``OutputRefused`` when writing there could hurt the record or cannot work.

    ``what`` names the file in the sentence ("the summary"). Refused: the open record, its
    companions (``-wal``, ``-shm``, ``-journal``, ``-lock``), the data folder's record, settings,
    ``backups/`` and ``logs/``, whether named directly, through a link or as a hard link; any
    other record of the app (by its name or its header: a copy set aside, a restored copy); a
    link, a folder, a device, pipe or socket; a name that is too long or not valid UTF-8 (Qt
    cannot write it); a folder that does not exist, is not a folder, or where the person may not
    write.
    """
    raw = Path(os.path.expanduser(os.fspath(target))).absolute()
    name = raw.name
    what = translate("paths", what)  # one of OUTPUT_NAMES, in the run's language
    # Names that are not UTF-8 arrive as str with lone surrogates (surrogateescape): Python can
    # write them, but Qt's PDF writer cannot, and no program shows them as typed.
    if not _writable_text(name):
        raise OutputRefused(
            raw,
            translate(
                "paths",
                "The name “{name}” has characters that cannot be written; please choose another "
                "name for {what}.",
            ).format(name=_shown(name), what=what),
        )
    if not _writable_text(os.fspath(raw.parent)):
        raise OutputRefused(
            raw,
            translate(
                "paths",
                "The folder {folder} has characters in its name that cannot be written; please "
                "choose another folder for {what}.",
            ).format(folder=_shown(os.fspath(raw.parent)), what=what),
        )
    if name in ("", ".", ".."):
        raise OutputRefused(
            raw,
            translate(
                "paths", "{folder} is a folder; please choose a file name inside it for {what}."
            ).format(folder=raw, what=what),
        )
    try:
        folder = raw.parent.resolve()
    except (OSError, RuntimeError) as error:  # a loop of links, say
        raise _folder_problem(raw, error, what) from None
    resolved = folder / name
    # The record's own files first: "this is your record" says more than "this is a link".
    _refuse_protected(resolved, protecting, what)
    try:
        folder_mode = os.stat(folder).st_mode
    except OSError as error:
        raise _folder_problem(raw, error, what) from None
    if not stat.S_ISDIR(folder_mode):
        raise OutputRefused(
            raw,
            translate(
                "paths", "“{name}” is a file, not a folder; please choose a folder for {what}."
            ).format(name=_shown(folder.name), what=what),
        )
    if len(os.fsencode(name)) > _name_max(folder):
        raise _too_long(raw, what)
    try:
        kind: int | None = os.lstat(resolved).st_mode
    except FileNotFoundError:
        kind = None
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise _too_long(raw, what) from None
        raise OutputRefused(
            raw,
            translate(
                "paths",
                "“{name}” cannot be read or replaced; please choose another name for {what}.",
            ).format(name=_shown(name), what=what),
        ) from None
    if kind is not None:
        _refuse_kind(raw, kind, what)
        if _is_a_record(resolved):
            raise OutputRefused(
                raw,
                translate(
                    "paths",
                    "“{name}” is a record of this app (perhaps a copy kept aside, or someone "
                    "else's record); please choose another name for {what}.",
                ).format(name=_shown(name), what=what),
            )
    access = os.W_OK | os.X_OK
    writable = (
        os.access(folder, access, effective_ids=True)
        if os.access in os.supports_effective_ids
        else os.access(folder, access)
    )
    if not writable:
        raise _not_allowed(raw, folder, what)
    return resolved


def _too_long(raw: Path, what: str) -> OutputRefused:
    return OutputRefused(
        raw,
        translate(
            "paths",
            "The name “{name}…” is too long for this disk; please choose a shorter name for "
            "{what}.",
        ).format(name=_shown(raw.name[:40]), what=what),
    )


def _not_allowed(raw: Path, folder: Path, what: str) -> OutputRefused:
    return OutputRefused(
        raw,
        translate(
            "paths",
            "You may not save files in the folder {folder}; please choose another folder for "
            "{what}, such as your Documents folder.",
        ).format(folder=_shown(os.fspath(folder)), what=what),
    )


def _folder_problem(raw: Path, error: BaseException, what: str) -> OutputRefused:
    """The sentence for a folder that cannot be used, from the error met looking at it."""
    folder = _shown(os.fspath(raw.parent))
    code = error.errno if isinstance(error, OSError) else None
    if code in (errno.ENOENT, errno.ENOTDIR):
        return OutputRefused(
            raw,
            translate(
                "paths",
                "The folder {folder} does not exist; please create it first, or choose another "
                "folder for {what}.",
            ).format(folder=folder, what=what),
        )
    if code in (errno.EACCES, errno.EPERM):
        return _not_allowed(raw, raw.parent, what)
    if code == errno.ENAMETOOLONG:
        return _too_long(raw, what)
    return OutputRefused(
        raw,
        translate(
            "paths",
            "The folder {folder} cannot be opened; please choose another folder for {what}.",
        ).format(folder=folder, what=what),
    )


def _refuse_kind(raw: Path, mode: int, what: str) -> None:
    """Refuse anything at the path but an ordinary file: a link (whose target is somebody
    else's file), a folder, a device, pipe or socket (``/dev/null`` would swallow the file)."""
    name = _shown(raw.name)
    if stat.S_ISLNK(mode):
        raise OutputRefused(
            raw,
            translate(
                "paths",
                "“{name}” is a link to another file, and the app does not write through links; "
                "please choose another name for {what}.",
            ).format(name=name, what=what),
        )
    if stat.S_ISDIR(mode):
        raise OutputRefused(
            raw,
            translate(
                "paths", "“{name}” is a folder; please choose a file name inside it for {what}."
            ).format(name=name, what=what),
        )
    if not stat.S_ISREG(mode):
        raise OutputRefused(
            raw,
            translate(
                "paths",
                "“{name}” is a special system file, not an ordinary file; please choose another "
                "name for {what}.",
            ).format(name=name, what=what),
        )


# -- writing atomically ---------------------------------------------------------------------------

# The temporary file's name is short and fixed in form: never longer than a name the system
# accepts (a valid 250-character target must not fail on its temporary file), plain ASCII (Qt
# and every file system can write it), and recognisable, so that one left by a killed run can be
# removed later without touching anybody else's files.
PARTIAL_PREFIX = ".mbc-"
PARTIAL_SUFFIX = ".partial"
PARTIAL_NAME = re.compile(r"\.mbc-[0-9a-f]{8}\.partial")
# Without file locks (Windows), a leftover is only removed once nobody can still be writing it.
STALE_PARTIAL_AGE_SECONDS = 3600

_OPEN_FLAGS = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_CAN_LOCK = sys.platform != "win32"


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the temporary files a killed run left in ``folder``; return those removed.

    Only names of the helper's own form (``.mbc-1a2b3c4d.partial``) are considered, and only a
    file nobody is writing: a writer holds a lock on its temporary file until it is renamed, so a
    file that can be locked without waiting is a leftover. Without locks, only one older than an
    hour is removed. Problems are ignored: tidying up must never stop a save.
    """
    removed: list[Path] = []
    try:
        with os.scandir(folder) as listing:
            entries = [
                entry
                for entry in listing
                if PARTIAL_NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
            ]
    except OSError:
        return removed
    for entry in entries:
        path = Path(entry.path)
        try:
            descriptor = os.open(path, _OPEN_FLAGS | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            info = os.fstat(descriptor)
            if not stat.S_ISREG(info.st_mode):
                continue
            if _CAN_LOCK:
                if not try_lock(descriptor):
                    continue  # another process is writing it
            elif time.time() - info.st_mtime < STALE_PARTIAL_AGE_SECONDS:
                continue
            current = os.lstat(path)
            if (current.st_dev, current.st_ino) != (info.st_dev, info.st_ino):
                continue  # replaced since it was opened: not the file that was checked
            path.unlink()
            removed.append(path)
        except OSError:
            continue
        finally:
            os.close(descriptor)
    return removed


def _create_partial(folder: Path) -> tuple[Path, int]:
    """A new temporary file in ``folder``, 0600 from its first byte and locked by us."""
    for _attempt in range(100):
        path = folder / f"{PARTIAL_PREFIX}{secrets.token_hex(4)}{PARTIAL_SUFFIX}"
        try:
            descriptor = os.open(path, _OPEN_FLAGS | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        except FileExistsError:
            continue
        try:
            # The mode asked for can only lose bits to the umask; make it exactly 0600.
            if hasattr(os, "fchmod"):
                os.fchmod(descriptor, PRIVATE_FILE_MODE)
            # Between creating and locking, a tidy-up in another process may have locked and
            # removed the new file as a leftover: then it is unlinked or locked, and we start over.
            if (not _CAN_LOCK or try_lock(descriptor)) and os.fstat(descriptor).st_nlink > 0:
                return path, descriptor
        except BaseException:
            os.close(descriptor)
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        os.close(descriptor)
    raise FileExistsError(errno.EEXIST, "No temporary file name was free", os.fspath(folder))


def _check_written(temporary: Path, descriptor: int) -> None:
    """The temporary path still names our private, ordinary file (what was written went into it,
    not into a file someone put in its place)."""
    ours, named = os.fstat(descriptor), os.lstat(temporary)
    if (named.st_dev, named.st_ino) != (ours.st_dev, ours.st_ino) or not stat.S_ISREG(ours.st_mode):
        raise OSError(errno.EEXIST, "The temporary file was replaced while it was written")
    if os.name == "posix" and stat.S_IMODE(ours.st_mode) != PRIVATE_FILE_MODE:
        raise OSError(errno.EPERM, "The temporary file is not private", os.fspath(temporary))


@contextlib.contextmanager
def replacing_atomically(
    target: Path, protecting: ProtectedFiles | None = None, what: str = "this file"
) -> Iterator[Path]:
    """A temporary file beside ``target`` to write; it replaces ``target`` only when the block
    ends without an error, so ``target`` is always either its old self or complete.

    With ``protecting`` (every file the person chose), ``target`` is first checked by
    ``check_output_path`` and ``OutputRefused`` raised before anything is written; ``what`` names
    the file in its sentence. The app's own files (the settings) are written without it.

    Leftovers of a killed run in the folder are removed first (``remove_stale_partials``). The
    temporary file (``.mbc-XXXXXXXX.partial``) is created 0600 and locked for as long as it is
    written; write into it by its path (it must stay the same file). At the end it is synced,
    checked to be still ours and private, renamed over ``target``, and the folder synced (where
    the system allows it). On any error it is removed and the error raised again, and an existing
    ``target`` is left untouched.
    """
    target = Path(target)
    if protecting is not None:
        target = check_output_path(target, protecting, what)
    remove_stale_partials(target.parent)
    temporary, descriptor = _create_partial(target.parent)
    try:
        try:
            yield temporary
            os.fsync(descriptor)
            _check_written(temporary, descriptor)
            if not _CAN_LOCK:  # Windows cannot rename a file that is still open
                os.close(descriptor)
                descriptor = -1
            os.replace(temporary, target)
        except BaseException:
            # The original error is the one worth reporting, not a failure to tidy up after it.
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            raise
    finally:
        if descriptor >= 0:
            os.close(descriptor)  # lets go of the lock, after the rename
    sync_folder(target.parent)


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


def translations_dir() -> Path:
    """The shipped translations (``.ts`` sources and their compiled ``.qm``): one place, so the
    window's ``QTranslator`` and ``services.language`` read the same folder."""
    return resource_dir("resources") / "translations"
