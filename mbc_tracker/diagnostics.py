"""The diagnostic log: what went wrong, for a support request, without a word of health content.

An unexpected error must never pass silently, but the record it happened to holds someone's
health, and error messages quote what they were given: SQLAlchemy and sqlite put the SQL
parameters (notes, names, values) in their messages, a ``ValueError`` quotes the value, an
``OSError`` names the file. So nothing here ever writes an exception's ``str()`` or ``args``.
What is written is the exception's class, its errno or sqlite error name where it has one, and
its traceback as code locations only (module, line, function; never local values or source
lines). Paths are shortened: the home folder becomes ``~`` and a record's file name, which can
be a person's name ("mum.mbcrecord"), becomes the neutral ``[record]``.

The log lives in ``<data folder>/logs/`` (0700): ``diagnostic.log`` rotating at 256 KiB over
three files, and ``faults.log`` where ``faulthandler`` writes the Python stack when the
process dies of a fatal signal. Every file is 0600 from its first byte, rotated ones included
(``os.open`` with the mode, not ``open`` and a later ``chmod``). The log file is opened on the
first line written, so a start-up without trouble pays for nothing but the folder.

This module imports no Qt and no layer of the app, so the command line uses it as the window
does; the Qt part (hooks, the dialog, Help > Copy diagnostic information) is
``gui/error_report.py``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import faulthandler
import logging
import os
import re
import sys
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from mbc_tracker import __version__
from mbc_tracker.paths import PRIVATE_FILE_MODE, RECORD_SUFFIX, make_private_dir

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_FOLDER_NAME = "logs"
LOG_FILE_NAME = "diagnostic.log"
FAULT_FILE_NAME = "faults.log"
MAX_LOG_BYTES = 256 * 1024
LOG_BACKUPS = 2  # diagnostic.log, .1 and .2: at most 768 KiB
MAX_FAULT_BYTES = 64 * 1024
DEBUG_ENV = "MBC_TRACKER_DEBUG"
RECORD_WORD = "[record]"

# A traceback longer than this keeps its innermost frames, where the error happened.
MAX_FRAMES = 40
# An exception's causes followed at most this deep (a cycle stops sooner).
MAX_CHAIN = 5
_SQLITE_ERROR_NAME = r"SQLITE_[A-Z_]+"
# A record's file name (with SQLite's companions and the app's own partial copies). In free
# text, after a slash the name may hold spaces ("/home/ann/Mum 2024.mbcrecord"); alone, it is the
# word before the suffix.
_SUFFIX = re.escape(RECORD_SUFFIX) + r"(?:-wal|-shm|-journal)?(?:\.partial)?"
_RECORD_NAME = r".+?(" + _SUFFIX + ")"
_RECORD_AFTER_SLASH = r"(?<=[/\\])[^/\\\n\r\t\"'“”‘’]+?(" + _SUFFIX + ")"
_RECORD_ALONE = r"[^\s/\\\"'“”‘’]+(" + _SUFFIX + ")"


def debug_enabled() -> bool:
    """True with ``MBC_TRACKER_DEBUG=1``: developers also see full tracebacks on stderr."""
    return os.environ.get(DEBUG_ENV, "").strip() not in ("", "0")


def log_folder(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER_NAME


# -- shortening paths --------------------------------------------------------------------------


def _home() -> str:
    home = os.path.expanduser("~")
    return home.rstrip("/\\") if home not in ("~", "/", "") else ""


def shorten_path(path: str | os.PathLike[str]) -> str:
    """``path`` with the home folder as ``~`` and a record file's name as ``[record]``."""
    text = os.fspath(path)
    home = _home()
    if home and (text == home or text.startswith(home + os.sep) or text.startswith(home + "/")):
        text = "~" + text[len(home) :]
    head, separator, name = text.rpartition("/" if "/" in text else os.sep)
    match = re.fullmatch(_RECORD_NAME, name, re.I)
    if match:
        name = RECORD_WORD + match.group(1)
    return head + separator + name


def shorten_paths_in(text: str) -> str:
    """Free text (a Qt message) with the home folder as ``~`` and record file names hidden.

    A best effort for text whose shape is unknown; the log's own lines never hold a path
    that did not go through ``shorten_path``.
    """
    home = _home()
    if home:
        text = text.replace(home, "~")
    text = re.sub(_RECORD_AFTER_SLASH, lambda match: RECORD_WORD + match.group(1), text, flags=re.I)
    return re.sub(
        _RECORD_ALONE,
        lambda match: (
            match.group(0)
            if match.group(0).startswith(RECORD_WORD)
            else RECORD_WORD + match.group(1)
        ),
        text,
    )


# -- describing an exception without its message -----------------------------------------------


def exception_kind(error: BaseException) -> str:
    """The class of ``error`` with its errno or sqlite error name, never its message.

    SQLAlchemy wraps the driver's error (``orig``); that one's class and name are added too.
    """
    words = [_class_name(error)]
    words.extend(_error_codes(error))
    original = _safe_attribute(error, "orig")
    if isinstance(original, BaseException) and original is not error:
        words.append("from " + " ".join([_class_name(original), *_error_codes(original)]))
    return " ".join(words)


def _class_name(error: BaseException) -> str:
    kind = type(error)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _safe_attribute(error: BaseException, name: str) -> object:
    try:
        return getattr(error, name, None)
    except Exception:  # an exception's own __getattr__ must not break the report
        return None


def _error_codes(error: BaseException) -> list[str]:
    codes: list[str] = []
    if isinstance(error, OSError) and isinstance(error.errno, int):
        codes.append(f"(errno {errno.errorcode.get(error.errno, str(error.errno))})")
    name = _safe_attribute(error, "sqlite_errorname")
    if isinstance(name, str) and re.fullmatch(_SQLITE_ERROR_NAME, name):
        codes.append(f"({name})")
    return codes


def code_locations(trace: TracebackType | None) -> list[str]:
    """``module:line in function`` for each frame of ``trace``, outermost first.

    Only the code's own names are read (the frame's module and function, the line number):
    never local values, and not the source line either.
    """
    frames = list(traceback.walk_tb(trace))[-MAX_FRAMES:]
    locations = []
    for frame, line in frames:
        module = frame.f_globals.get("__name__")
        if not isinstance(module, str) or module == "__main__":
            module = shorten_path(frame.f_code.co_filename)
        locations.append(f"{module}:{line} in {frame.f_code.co_qualname}")
    return locations


def describe_exception(error: BaseException) -> list[str]:
    """Safe lines about ``error`` and its causes: each one's kind, then its code locations."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    heading = ""
    while current is not None and id(current) not in seen and len(seen) < MAX_CHAIN:
        seen.add(id(current))
        lines.append(heading + exception_kind(current))
        lines.extend("  at " + location for location in code_locations(current.__traceback__))
        if current.__cause__ is not None:
            heading, current = "caused by ", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            heading, current = "while handling ", current.__context__
        else:
            current = None
    return lines


# -- the environment, for a support request ----------------------------------------------------


def environment_facts(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Versions and the system, never the user or computer name: what support needs to know."""
    import platform  # only when asked: not part of start-up
    import sqlite3

    facts = {
        "App": f"MBC Care Tracker {__version__}",
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "SQLite": sqlite3.sqlite_version,
    }
    facts.update(extra or {})
    facts["System"] = platform.platform()
    return facts


def support_text(
    facts: Mapping[str, str],
    problem: Sequence[str] = (),
    log_file: Path | None = None,
    log_tail: Sequence[str] = (),
) -> str:
    """The text "Copy details" and Help > Copy diagnostic information put on the clipboard."""
    lines = ["MBC Care Tracker: diagnostic information (it holds no health details)", ""]
    lines.extend(f"{name}: {value}" for name, value in facts.items())
    lines.append(
        "Diagnostic log: " + (shorten_path(log_file) if log_file else "not kept (no data folder)")
    )
    if problem:
        lines.extend(["", "What went wrong:", *problem])
    if log_tail:
        lines.extend(["", f"The last {len(log_tail)} lines of the diagnostic log:", *log_tail])
    return "\n".join(lines) + "\n"


# -- the log files -----------------------------------------------------------------------------


def _open_private(path: Path, flags: int) -> int:
    """A file descriptor on ``path``, the file 0600 from its first byte (and made so if older)."""
    descriptor = os.open(path, flags | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE_MODE)
    if hasattr(os, "fchmod"):  # a file made earlier, or under a strict umask, is made 0600 too
        try:
            os.fchmod(descriptor, PRIVATE_FILE_MODE)
        except OSError:
            os.close(descriptor)
            raise
    return descriptor


def _rotating_handler(path: Path) -> RotatingFileHandler:
    """A RotatingFileHandler whose every file, rotated ones included, is created 0600."""
    from logging.handlers import RotatingFileHandler  # on the first line written

    class PrivateRotatingFileHandler(RotatingFileHandler):
        def _open(self) -> IO[str]:  # type: ignore[override]
            descriptor = _open_private(Path(self.baseFilename), os.O_WRONLY | os.O_APPEND)
            return open(descriptor, "a", encoding=self.encoding, errors=self.errors)

        def handleError(self, record: logging.LogRecord) -> None:
            # The caller decides what a failed write means; logging must not print the line.
            raise

    return PrivateRotatingFileHandler(
        path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )


class DiagnosticLog:
    """The diagnostic log of one data folder; the folder and file are made on the first write.

    Every method is safe to call from any thread, and ``write`` never raises: a log that cannot
    be written must not turn one problem into two.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._handler: RotatingFileHandler | None = None

    @classmethod
    def in_data_folder(cls, data_dir: Path) -> DiagnosticLog:
        return cls(log_folder(data_dir))

    @property
    def path(self) -> Path:
        return self.folder / LOG_FILE_NAME

    def write(self, level: int, lines: Sequence[str]) -> bool:
        """Write ``lines`` (already free of health content) as one entry; False if it failed."""
        try:
            if self._handler is None:
                make_private_dir(self.folder)
                handler = _rotating_handler(self.path)
                handler.setFormatter(
                    logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%d %H:%M:%S")
                )
                self._handler = handler
            message = "\n    ".join(lines)
            record = logging.LogRecord("mbc_tracker", level, "", 0, message, None, None)
            self._handler.handle(record)
        except Exception:
            return False
        return True

    def exception(self, what: str, error: BaseException) -> list[str]:
        """Write ``what`` (a fixed phrase from the code) and ``error`` described safely."""
        lines = [what, *describe_exception(error)]
        self.write(logging.ERROR, lines)
        return lines

    def tail(self, count: int = 50) -> list[str]:
        """The last ``count`` lines written, from the rotated file too when needed."""
        lines: list[str] = []
        for path in (self.path.with_name(LOG_FILE_NAME + ".1"), self.path):
            with contextlib.suppress(OSError):
                lines.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
        return lines[-count:]

    def close(self) -> None:
        if self._handler is not None:
            self._handler.close()
            self._handler = None


def record_unexpected_error(data_dir: Path, what: str, error: BaseException) -> Path | None:
    """Log ``error`` in the diagnostic log of ``data_dir``; return the log file.

    None when there is no data folder (one is never made just to hold a log) or when the log
    could not be written.
    """
    if not data_dir.is_dir():
        return None
    log = DiagnosticLog.in_data_folder(data_dir)
    try:
        log.exception(what, error)
        written = log.path.is_file()
    finally:
        log.close()
    return log.path if written else None


# -- faulthandler ------------------------------------------------------------------------------


class FaultLog:
    """``faulthandler`` writing into ``logs/faults.log`` until ``close``."""

    def __init__(self, file: IO[str]) -> None:
        self._file = file

    def close(self) -> None:
        if not self._file.closed:
            faulthandler.disable()
            self._file.close()


def enable_fault_log(folder: Path) -> FaultLog | None:
    """Have a fatal signal (a crash in Qt, an abort) leave the Python stack in ``faults.log``.

    None, and nothing changed, when faulthandler is already on (``python -X faulthandler``,
    ``PYTHONFAULTHANDLER``, pytest): whoever turned it on chose where it writes. A file grown
    past 64 KiB is kept as ``faults.log.1`` and a new one started, so the last crash is kept.
    """
    if faulthandler.is_enabled():
        return None
    path = folder / FAULT_FILE_NAME
    try:
        make_private_dir(folder)
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_size > MAX_FAULT_BYTES:
                path.replace(path.with_name(FAULT_FILE_NAME + ".1"))
        file = open(  # noqa: SIM115 - faulthandler keeps it until close()
            _open_private(path, os.O_WRONLY | os.O_APPEND), "a", encoding="utf-8"
        )
        started = dt.datetime.now().isoformat(timespec="seconds")
        file.write(f"{started} MBC Care Tracker {__version__} started (process {os.getpid()})\n")
        file.flush()
        faulthandler.enable(file=file, all_threads=True)
    except OSError:
        return None
    return FaultLog(file)


def print_traceback(error: BaseException) -> None:
    """The full traceback on stderr, messages included: only with ``MBC_TRACKER_DEBUG=1``."""
    if debug_enabled():
        traceback.print_exception(error, file=sys.stderr)
