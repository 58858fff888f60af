"""The ``agenda`` verb: what is due day by day, as text for a person or JSON for a program.

``mbc-tracker [--data-dir DIR] agenda [--from YYYY-MM-DD] [--days N] [--json]`` lists, for each
day from ``--from`` (default today) for ``--days`` days (default 7, from 1 to 366), each dose
with its state (and for an as-needed dose, "How is it now?" at the time chosen to ask), each
appointment with the questions still to ask, and the daily check-in, the way
the app's reminders panel sees them (``services.reminders``). It only reads, so it works while
the app has the record open, and on a protected record with ``--passphrase-file`` like the other
reading verbs. The JSON fields are documented in docs/agenda.md.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any

from mbc_tracker.cli import parse_day, write_utf8
from mbc_tracker.cli_protection import PassphraseSource, record_key
from mbc_tracker.domain.dates import time_of_day, weekday_day
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import Access, RecordProblem, open_record

if TYPE_CHECKING:
    from mbc_tracker.services.reminders import AgendaDay

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
DEFAULT_DAYS = 7
MAX_DAYS = 366

KIND_WORDS = {"dose": "Dose", "appointment": "Appointment", "check_in": "Check-in"}
STATUS_WORDS = {
    "due": "due",
    "later": "put off until later",
    "taken": "taken",
    "skipped": "skipped",
    "not_recorded": "not recorded",
    "after_score_upcoming": "will ask how it is then",
    "after_score_due": "time to say how it is now",
    "after_score_not_recorded": "score after not recorded",
    "upcoming": "upcoming",
    "passed": "passed",
    "logged": "logged",
    "not_logged": "not logged",
}


def parse_days(text: str | None) -> int | str:
    """The ``--days`` number, or a sentence saying why it cannot be used."""
    if text is None:
        return DEFAULT_DAYS
    try:
        days = int(text.strip())
    except ValueError:
        return (
            f"--days: “{text}” is not a number. Please give a number of days from 1 to {MAX_DAYS}."
        )
    if not 1 <= days <= MAX_DAYS:
        return f"--days: please give a number of days from 1 to {MAX_DAYS}."
    return days


def agenda(
    paths: DataPaths,
    *,
    from_text: str | None,
    days_text: str | None,
    as_json: bool,
    source: PassphraseSource,
    now: dt.datetime | None = None,
) -> int:
    from mbc_tracker.services.app_settings import AppSettings

    now = now or dt.datetime.now().replace(second=0, microsecond=0)
    first, days = parse_day("--from", from_text) or now.date(), parse_days(days_text)
    for parsed in (first, days):
        if isinstance(parsed, str):
            print(parsed, file=sys.stderr)
            return EXIT_USAGE
    assert isinstance(first, dt.date) and isinstance(days, int)
    if not paths.default_record.exists():
        print(
            f"There is no record in {paths.data_dir} yet, so there is no agenda to show. "
            "Check the folder given with --data-dir.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    settings = AppSettings.load(paths.settings_file).reminder_settings()
    try:
        record = open_record(
            paths.default_record, paths, Access.READ, key=record_key(paths.default_record, source)
        )
    except RecordProblem as problem:
        print(problem.message, file=sys.stderr)
        return EXIT_PROBLEM
    try:
        found = record.reminders.agenda(first, days, settings, now)
    finally:
        record.close()
    if as_json:
        document = [_item_json(day) for day in found]
        text = json.dumps([item for items in document for item in items], ensure_ascii=False)
        write_utf8(text + "\n")
    else:
        write_utf8(_as_text(found))
    return EXIT_OK


def _item_json(day: AgendaDay) -> list[dict[str, Any]]:
    return [
        {
            "day": item.day.isoformat(),
            "time": None if item.time is None else time_of_day(item.time),
            "kind": item.kind.value,
            "title": item.title,
            "status": item.status,
            "questions": list(item.detail),
        }
        for item in day.items
    ]


def _as_text(found: list[AgendaDay]) -> str:
    lines: list[str] = []
    for day in found:
        if lines:
            lines.append("")
        lines.append(weekday_day(day.day))
        if not day.items:
            lines.append("  Nothing planned.")
        for item in day.items:
            when = "any time" if item.time is None else time_of_day(item.time)
            kind = KIND_WORDS[item.kind.value]
            status = STATUS_WORDS.get(item.status, item.status)
            lines.append(f"  {when:>8}  {kind:<11}  {item.title} ({status})")
            if item.detail:
                lines.append(" " * 24 + "Questions to ask:")
                lines.extend(" " * 26 + f"- {question}" for question in item.detail)
    return "\n".join(lines) + "\n"
