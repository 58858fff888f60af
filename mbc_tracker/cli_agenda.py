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

import contextlib
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any

from mbc_tracker.cli import parse_day, write_utf8
from mbc_tracker.cli_protection import PassphraseSource, record_key
from mbc_tracker.domain.dates import time_of_day, weekday_day
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, in_english, translate
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import Access, RecordProblem, open_record

if TYPE_CHECKING:
    from mbc_tracker.services.reminders import AgendaDay

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
DEFAULT_DAYS = 7
MAX_DAYS = 366

# The words a person reads, by the ids the JSON gives (which stay as they are: docs/agenda.md).
KIND_WORDS = {
    "dose": QT_TRANSLATE_NOOP("cli_agenda", "Dose"),
    "appointment": QT_TRANSLATE_NOOP("cli_agenda", "Appointment"),
    "check_in": QT_TRANSLATE_NOOP("cli_agenda", "Check-in"),
}
STATUS_WORDS = {
    "due": QT_TRANSLATE_NOOP("cli_agenda", "due"),
    "later": QT_TRANSLATE_NOOP("cli_agenda", "put off until later"),
    "taken": QT_TRANSLATE_NOOP("cli_agenda", "taken"),
    "skipped": QT_TRANSLATE_NOOP("cli_agenda", "skipped"),
    "not_recorded": QT_TRANSLATE_NOOP("cli_agenda", "not recorded"),
    "after_score_upcoming": QT_TRANSLATE_NOOP("cli_agenda", "will ask how it is then"),
    "after_score_due": QT_TRANSLATE_NOOP("cli_agenda", "time to say how it is now"),
    "after_score_not_recorded": QT_TRANSLATE_NOOP("cli_agenda", "score after not recorded"),
    "upcoming": QT_TRANSLATE_NOOP("cli_agenda", "upcoming"),
    "passed": QT_TRANSLATE_NOOP("cli_agenda", "passed"),
    "logged": QT_TRANSLATE_NOOP("cli_agenda", "logged"),
    "not_logged": QT_TRANSLATE_NOOP("cli_agenda", "not logged"),
}


def parse_days(text: str | None) -> int | str:
    """The ``--days`` number, or a sentence saying why it cannot be used."""
    if text is None:
        return DEFAULT_DAYS
    try:
        days = int(text.strip())
    except ValueError:
        return translate(
            "cli_agenda",
            "--days: “{text}” is not a number. Please give a number of days from 1 to {most}.",
        ).format(text=text, most=MAX_DAYS)
    if not 1 <= days <= MAX_DAYS:
        return translate(
            "cli_agenda", "--days: please give a number of days from 1 to {most}."
        ).format(most=MAX_DAYS)
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
            translate(
                "cli_agenda",
                "There is no record in {folder} yet, so there is no agenda to show. "
                "Check the folder given with --data-dir.",
            ).format(folder=paths.data_dir),
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
        # --json is for programs: its titles are English in every language (docs/agenda.md).
        with in_english() if as_json else contextlib.nullcontext():
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
    any_time = translate("cli_agenda", "any time")
    kinds = {kind: translate("cli_agenda", word) for kind, word in KIND_WORDS.items()}
    # Columns as wide as their longest word in this language ("any time", "Appointment" in
    # English: 8 and 11), so the titles line up whatever the words.
    when_width = max(len(any_time), len(time_of_day(dt.time(23, 59))))
    kind_width = max(len(word) for word in kinds.values())
    questions_at = 2 + when_width + 2 + kind_width + 1
    lines: list[str] = []
    for day in found:
        if lines:
            lines.append("")
        lines.append(weekday_day(day.day))
        if not day.items:
            lines.append("  " + translate("cli_agenda", "Nothing planned."))
        for item in day.items:
            when = any_time if item.time is None else time_of_day(item.time)
            kind = kinds[item.kind.value]
            word = STATUS_WORDS.get(item.status)
            status = item.status if word is None else translate("cli_agenda", word)
            lines.append(
                f"  {when:>{when_width}}  {kind:<{kind_width}}  "
                + translate("cli_agenda", "{title} ({status})").format(
                    title=item.title, status=status
                )
            )
            if item.detail:
                lines.append(" " * questions_at + translate("cli_agenda", "Questions to ask:"))
                lines.extend(" " * (questions_at + 2) + f"- {question}" for question in item.detail)
    return "\n".join(lines) + "\n"
