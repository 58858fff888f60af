"""App-level settings that belong to this computer, not to any one record: recent records, the
record opened last, where the window was, how many automatic backups to keep, and after how long
without use the window of a protected record locks.

Records inside the data folder are remembered by their place *in* it ("record.mbcrecord"), so a
copied or moved data folder opens its own record, never the one it was copied from (format 1
stored absolute paths, and ``cp -a A B`` made B open and write A's record while its backups went
to B). A record elsewhere is remembered by its absolute path; one that is another data folder's
own record (it has that folder's settings beside it) is never opened at start-up.

Every setting is declared once in ``SETTINGS`` with its default and a check of its shape
(Picard's habit), so a reader finds them all in one place and a bad value in the file falls back
to the default instead of crashing the app. The file is JSON in ``paths.settings_file``, written
to a temporary name and then renamed (a power cut never leaves half a file) and readable by its
owner only: file names of records can say whose health they are about.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mbc_tracker.domain.language import LANGUAGES
from mbc_tracker.domain.reminders import (
    DEFAULT_CHECK_IN,
    DEFAULT_SNOOZE_MINUTES,
    DEFAULT_WEEKLY_DAY,
    SNOOZE_MINUTES,
    ReminderSettings,
)
from mbc_tracker.paths import (
    DEFAULT_RECORD_NAME,
    SETTINGS_FILE_NAME,
    make_private_dir,
    replacing_atomically,
)

MAX_RECENT_RECORDS = 8
# The look (Edit > Preferences), kept as plain values here; gui.theme gives them meaning.
APPEARANCES = ("system", "light", "dark", "high_contrast")
TEXT_SIZES = (100, 125, 150, 200)
# Lock the window of a protected record after this many minutes without use (Edit >
# Preferences); LOCK_OFF never locks it. 10 minutes is the app's own adjustable default.
LOCK_MINUTES = (1, 5, 10, 15, 30, 60)
LOCK_OFF = 0
DEFAULT_LOCK_MINUTES = 10
FORMAT_VERSION = 2  # 2: records inside the data folder are stored relative to it


@dataclass(frozen=True)
class Setting:
    """One app setting: its key in the file, its default, and a test that a stored value fits."""

    name: str
    default: Any
    valid: Callable[[Any], bool]
    description: str


def _is_list_of_text(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item for item in value)


def _is_text_or_none(value: Any) -> bool:
    return value is None or (isinstance(value, str) and bool(value))


def _is_time_text(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 5:
        return False
    try:
        dt.time.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_flag(value: Any) -> bool:
    return isinstance(value, bool)


def _is_count(low: int, high: int) -> Callable[[Any], bool]:
    def valid(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high

    return valid


SETTINGS: dict[str, Setting] = {
    setting.name: setting
    for setting in (
        Setting(
            "recent_records",
            [],
            _is_list_of_text,
            "Record files opened lately, most recent first (File > Open recent).",
        ),
        Setting(
            "last_record",
            None,
            _is_text_or_none,
            "The record to open at start-up, if it still exists.",
        ),
        Setting(
            "window_geometry",
            None,
            _is_text_or_none,
            "The main window's size and place, as Qt's saveGeometry() in base64.",
        ),
        Setting(
            "appearance",
            "system",
            lambda value: value in APPEARANCES,
            "The app's colours: follow the system, light, dark or high contrast.",
        ),
        Setting(
            "language",
            "system",
            # isinstance first: a hand-edited list or object is not hashable, and must not stop
            # the app before its first word.
            lambda value: isinstance(value, str) and (value == "system" or value in LANGUAGES),
            "The language of the window, the summary and the command line: the computer's own "
            "(when the app has it, else English), or one chosen in Edit > Preferences.",
        ),
        Setting(
            "text_size",
            100,
            lambda value: value in TEXT_SIZES and not isinstance(value, bool),
            "The size of all text, in per cent of the desktop's own.",
        ),
        Setting(
            "backups_keep_daily",
            7,
            _is_count(1, 60),
            "Automatic backups kept: the newest of each of the last N days (an app default).",
        ),
        Setting(
            "backups_keep_weekly",
            4,
            _is_count(0, 52),
            "Automatic backups kept: the newest of each of the last N weeks (an app default).",
        ),
        Setting(
            "backups_keep_monthly",
            12,
            _is_count(0, 120),
            "Automatic backups kept: the newest of each of the last N months (an app default).",
        ),
        Setting(
            "lock_after_minutes",
            DEFAULT_LOCK_MINUTES,
            lambda value: value in (*LOCK_MINUTES, LOCK_OFF) and not isinstance(value, bool),
            "Lock the window of a record protected with a passphrase after this many minutes "
            "without use; 0 never (an app default).",
        ),
        Setting(
            "reminder_check_in_time",
            DEFAULT_CHECK_IN.strftime("%H:%M"),
            _is_time_text,
            "When the daily check-in reminder comes, as HH:MM (an app default: 20:00); doses at "
            "no set time and the day-before appointment reminder come then too.",
        ),
        Setting("reminders_check_in", True, _is_flag, "Remind me of the daily check-in."),
        Setting("reminders_doses", True, _is_flag, "Remind me of doses due."),
        Setting(
            "reminders_appointments",
            True,
            _is_flag,
            "Remind me of appointments the day before and an hour before.",
        ),
        Setting("reminders_weekly", False, _is_flag, "Ask once a week: how was this week?"),
        Setting(
            "reminder_weekly_day",
            DEFAULT_WEEKLY_DAY,
            _is_count(0, 6),
            "The weekday of the weekly prompt, Monday 0 to Sunday 6 (an app default: Sunday).",
        ),
        Setting(
            "reminder_snooze_minutes",
            DEFAULT_SNOOZE_MINUTES,
            lambda value: value in SNOOZE_MINUTES and not isinstance(value, bool),
            "How long Snooze hides a reminder, and how often one not answered comes back "
            "(an app default: 15 minutes).",
        ),
        Setting(
            "start_at_login",
            False,
            _is_flag,
            "Start the app at login, minimised to the tray (the autostart file is written and "
            "removed with this setting).",
        ),
        Setting(
            "keep_in_tray",
            None,
            lambda value: value is None or isinstance(value, bool),
            "Closing the window keeps the app in the tray for its reminders (None: not asked yet).",
        ),
    )
}


class AppSettings:
    """The settings of one data folder, read once and saved after every change."""

    def __init__(self, path: Path, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        for name, setting in SETTINGS.items():
            value = (values or {}).get(name, setting.default)
            self._values[name] = value if setting.valid(value) else _copy(setting.default)

    @classmethod
    def load(cls, path: Path) -> AppSettings:
        """Read ``path``; a missing, unreadable or malformed file gives the defaults."""
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            stored = {}
        if not isinstance(stored, dict):
            stored = {}
        return cls(path, stored)

    def get(self, name: str) -> Any:
        return _copy(self._values[name])

    def set(self, name: str, value: Any) -> None:
        """Change one setting and save; a value of the wrong shape is a programming error."""
        setting = SETTINGS[name]
        if not setting.valid(value):
            raise ValueError(f"{value!r} does not fit the setting {name!r}")
        self._values[name] = _copy(value)
        self.save()

    def save(self) -> None:
        """Write the settings atomically, private to the user."""
        make_private_dir(self.path.parent)
        content = json.dumps({"format": FORMAT_VERSION, **self._values}, indent=2)
        with replacing_atomically(self.path) as temporary:
            temporary.write_text(content, encoding="utf-8")

    # -- records -------------------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    def _to_path(self, text: str) -> Path:
        stored = Path(text)
        return stored if stored.is_absolute() else self.data_dir / stored

    def _to_text(self, record: Path) -> str:
        """A record as stored: relative to the data folder when it is inside it."""
        try:
            return record.relative_to(self.data_dir).as_posix()
        except ValueError:
            return str(record)

    def recent_records(self) -> list[Path]:
        return [self._to_path(text) for text in self._values["recent_records"]]

    def last_record(self) -> Path | None:
        """The record to open at start-up: never another data folder's own record."""
        text = self._values["last_record"]
        if not text:
            return None
        record = self._to_path(text)
        if record.parent != self.data_dir and is_a_data_folders_record(record):
            return None
        return record

    def remember_opened(self, record: Path) -> None:
        """Put ``record`` first in the recent list and open it next time."""
        text = self._to_text(record)
        recent = [
            text,
            *(item for item in self._values["recent_records"] if self._to_path(item) != record),
        ]
        self._values["recent_records"] = recent[:MAX_RECENT_RECORDS]
        self._values["last_record"] = text
        self.save()

    def forget_recent(self, record: Path) -> None:
        """Take ``record`` off the recent list (it was moved or deleted)."""
        self._values["recent_records"] = [
            item for item in self._values["recent_records"] if self._to_path(item) != record
        ]
        last = self._values["last_record"]
        if last and self._to_path(last) == record:
            self._values["last_record"] = None
        self.save()

    # -- backups -------------------------------------------------------------------------------

    def backup_retention(self) -> tuple[int, int, int]:
        """How many automatic backups to keep: (daily, weekly, monthly)."""
        return (
            int(self._values["backups_keep_daily"]),
            int(self._values["backups_keep_weekly"]),
            int(self._values["backups_keep_monthly"]),
        )

    def set_backup_retention(self, daily: int, weekly: int, monthly: int) -> None:
        for name, value in (
            ("backups_keep_daily", daily),
            ("backups_keep_weekly", weekly),
            ("backups_keep_monthly", monthly),
        ):
            if not SETTINGS[name].valid(value):
                raise ValueError(f"{value!r} does not fit the setting {name!r}")
            self._values[name] = value
        self.save()

    # -- the lock ------------------------------------------------------------------------------

    def lock_after_minutes(self) -> int:
        """Minutes without use before a protected record's window locks; ``LOCK_OFF`` never."""
        return int(self._values["lock_after_minutes"])

    def set_lock_after_minutes(self, minutes: int) -> None:
        self.set("lock_after_minutes", minutes)

    # -- reminders ------------------------------------------------------------------------------

    def reminder_settings(self) -> ReminderSettings:
        return ReminderSettings(
            check_in_time=dt.time.fromisoformat(self._values["reminder_check_in_time"]),
            check_in=bool(self._values["reminders_check_in"]),
            doses=bool(self._values["reminders_doses"]),
            appointments=bool(self._values["reminders_appointments"]),
            weekly=bool(self._values["reminders_weekly"]),
            weekly_day=int(self._values["reminder_weekly_day"]),
            snooze_minutes=int(self._values["reminder_snooze_minutes"]),
        )

    def set_reminder_settings(self, settings: ReminderSettings) -> None:
        values = {
            "reminder_check_in_time": settings.check_in_time.strftime("%H:%M"),
            "reminders_check_in": settings.check_in,
            "reminders_doses": settings.doses,
            "reminders_appointments": settings.appointments,
            "reminders_weekly": settings.weekly,
            "reminder_weekly_day": settings.weekly_day,
            "reminder_snooze_minutes": settings.snooze_minutes,
        }
        for name, value in values.items():
            if not SETTINGS[name].valid(value):
                raise ValueError(f"{value!r} does not fit the setting {name!r}")
        self._values.update(values)
        self.save()

    # -- window --------------------------------------------------------------------------------

    def look(self) -> tuple[str, int]:
        """The chosen appearance and text size."""
        return self._values["appearance"], self._values["text_size"]

    def set_look(self, appearance: str, text_size: int) -> None:
        for name, value in (("appearance", appearance), ("text_size", text_size)):
            if not SETTINGS[name].valid(value):
                raise ValueError(f"{value!r} does not fit the setting {name!r}")
        self._values["appearance"], self._values["text_size"] = appearance, text_size
        self.save()

    def language(self) -> str:
        """ "system", or the code of the language chosen in Preferences ("en", "es")."""
        return str(self.get("language"))

    def set_language(self, language: str) -> None:
        self.set("language", language)

    def window_geometry(self) -> str | None:
        value = self._values["window_geometry"]
        return value if isinstance(value, str) else None

    def set_window_geometry(self, geometry: str) -> None:
        self.set("window_geometry", geometry)


def is_a_data_folders_record(record: Path) -> bool:
    """Whether ``record`` is the default record of some data folder (settings.json beside it)."""
    return record.name == DEFAULT_RECORD_NAME and (record.parent / SETTINGS_FILE_NAME).is_file()


def _copy(value: Any) -> Any:
    # Lists are the only mutable values; copying keeps callers from changing the stored ones.
    return list(value) if isinstance(value, list) else value
