"""The command-line verbs: ``demo``, ``export``, ``import``, ``flags``, ``agenda`` (in
``cli_agenda``), ``report``, ``backup``, ``restore``, ``protect`` and ``unprotect``, no window.

``app.py`` parses the command line and hands the verb here. Each verb prints its result (a plain
confirmation, or the flags) on stdout and returns 0; a problem the person can fix (a record that
already holds data or is missing, a file that cannot be imported, a folder that does not exist,
an output file that is the record's own or cannot be written: ``paths.check_output_path``) is
one clear message on stderr and exit code 1, never a traceback, and nothing is written; a wrong
use of the command itself (a value an option cannot take) is exit code 2. An unexpected error is
one sentence too, exit code 1, with its details in the data folder's diagnostic log
(``run_command``). No Qt is imported here: ``report`` paints its PDF through
``mbc_tracker.printing``, imported only when it runs, which needs no display. A protected record
is opened with the passphrase from ``--passphrase-file`` or the terminal (``cli_protection``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shlex
import shutil
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mbc_tracker.cli_protection import (
    PassphraseSource,
    PassphraseUnavailable,
    change_passphrase,
    key_for_making,
    protect,
    record_key,
    unprotect,
)
from mbc_tracker.domain.dates import decimal, long_day, long_day_span, short_day_and_time
from mbc_tracker.domain.errors import RecordUnavailable
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, in_english, os_reason, translate
from mbc_tracker.paths import (
    DataPaths,
    OutputRefused,
    ProtectedFiles,
    check_output_path,
    data_paths,
)
from mbc_tracker.services.record import (
    Access,
    RecordProblem,
    open_record,
    writes_in_this_process,
)

if TYPE_CHECKING:
    from mbc_tracker.domain.flags import Flag
    from mbc_tracker.domain.knowledge import Knowledge
    from mbc_tracker.domain.protection import RecordKey
    from mbc_tracker.reports.summary_data import Period, Section
    from mbc_tracker.services.backups import BackupContents
    from mbc_tracker.services.csv_record import CsvExportSummary
    from mbc_tracker.services.fhir_record import FhirExportSummary
    from mbc_tracker.services.record import CareRecord
    from mbc_tracker.services.transfer import ExportSummary

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_READER_GONE = 141  # what a shell reports for a command whose reader closed (128 + SIGPIPE)


# Said after writing a file from a protected record: the passphrase does not travel with it.
UNPROTECTED_COPY = QT_TRANSLATE_NOOP(
    "cli", "The record's passphrase does not protect this file: anyone who can open it can read it."
)


def _say(message: str) -> None:
    print(message)


def _problem(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_PROBLEM


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run_command(args: argparse.Namespace) -> int:
    """Run the verb in ``args.command`` and return the process exit code.

    An error nobody foresaw is never a traceback: it goes to the diagnostic log (class and code
    locations only, see ``mbc_tracker.diagnostics``) and the person reads one sentence, which
    says "nothing was changed" only when no transaction that changed a record was committed.
    """
    writes_before = writes_in_this_process()
    try:
        return _run_verb(args)
    except RecordUnavailable as unavailable:
        # The record was busy or could not be written: expected, and already one sentence.
        return _problem(unavailable.message)
    except PassphraseUnavailable as unavailable:
        return _problem(unavailable.message)
    except BrokenPipeError:
        # The output was piped into a reader that stopped early (``agenda | head -3``): an
        # ordinary end, not a failure to log. Further writes (Python's own flush at exit
        # included) go nowhere instead of raising again.
        _quiet_stdout()
        return EXIT_READER_GONE
    except Exception as error:
        return _unexpected(args, error, changed=writes_in_this_process() != writes_before)


def _unexpected(args: argparse.Namespace, error: Exception, *, changed: bool) -> int:
    from mbc_tracker.diagnostics import print_traceback, record_unexpected_error, shorten_path

    try:
        data_dir = data_paths(args.data_dir).data_dir
        # The log is read by whoever helps: it stays in English.
        log_file = record_unexpected_error(data_dir, f"Unexpected error in “{args.command}”", error)
    except Exception:
        log_file = None
    if log_file is not None:
        sentence = (
            translate(
                "cli",
                "Something unexpected went wrong before the command finished; part of its work "
                "may already have been saved. Details for a support request are in {file}.",
            )
            if changed
            else translate(
                "cli",
                "Something unexpected went wrong, so nothing was changed. Details for a support "
                "request are in {file}.",
            )
        ).format(file=shorten_path(log_file))
    elif changed:
        sentence = translate(
            "cli",
            "Something unexpected went wrong before the command finished; part of its work may "
            "already have been saved. To see the details, run the command again with "
            "MBC_TRACKER_DEBUG=1.",
        )
    else:
        sentence = translate(
            "cli",
            "Something unexpected went wrong, so nothing was changed. To see the details, run "
            "the command again with MBC_TRACKER_DEBUG=1.",
        )
    print(sentence, file=sys.stderr)
    print_traceback(error)
    return EXIT_PROBLEM


def _run_verb(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    source = PassphraseSource.of(getattr(args, "passphrase_file", None))
    if args.command == "protect":
        return protect(paths, source)
    if args.command == "unprotect":
        return unprotect(paths, source, confirmed=args.yes)
    if args.command == "change-passphrase":
        return change_passphrase(paths, source, PassphraseSource.of(args.new_passphrase_file))
    if args.command == "install-desktop":
        return _install_desktop(paths)
    if args.command == "uninstall-desktop":
        return _uninstall_desktop()
    if args.command == "demo":
        return _demo(paths, args.years, source)
    if args.command == "export":
        return _export(paths, Path(args.file), source, args.format)
    if args.command == "import":
        return _import(paths, Path(args.file), source)
    if args.command == "backup":
        return _backup(paths, source)
    if args.command == "restore":
        return _restore(paths, args.file, source)
    if args.command == "report":
        return _report(
            paths,
            first_text=args.first,
            last_text=args.last,
            sections_text=args.sections,
            output=Path(args.output),
            appendix=args.appendix,
            source=source,
        )
    if args.command == "agenda":
        from mbc_tracker.cli_agenda import agenda

        return agenda(
            paths, from_text=args.from_day, days_text=args.days, as_json=args.json, source=source
        )
    if args.command == "flags":
        try:
            return _flags(
                paths,
                as_json=args.json,
                since_text=args.since,
                include_discussed=args.all,
                source=source,
            )
        except BrokenPipeError:
            # The reader stopped early (``flags | head``): not worth a traceback. Point stdout
            # at devnull so that Python's own flush at exit does not fail again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_PROBLEM
    print(
        translate("cli", "Unknown command “{command}”. Try: mbc-tracker --help").format(
            command=args.command
        ),
        file=sys.stderr,
    )
    return EXIT_USAGE


def _install_desktop(paths: DataPaths) -> int:
    from mbc_tracker.services import desktop_install
    from mbc_tracker.services.autostart import launch_command

    files = desktop_install.desktop_files()
    try:
        written = desktop_install.install(files, launch_command(paths.data_dir))
    except OSError as error:
        return _problem(
            translate(
                "cli",
                "The applications menu entry could not be written in {folder} ({reason}); "
                "“mbc-tracker uninstall-desktop” removes any part already written.",
            ).format(folder=files.base, reason=os_reason(error) or type(error).__name__)
        )
    for file in written:
        _say(translate("cli", "Wrote {file}").format(file=file))
    _say(
        translate(
            "cli",
            "MBC Care Tracker is now in your applications menu (it may take a moment to appear).",
        )
    )
    return 0


def _uninstall_desktop() -> int:
    from mbc_tracker.services import desktop_install

    files = desktop_install.desktop_files()
    try:
        removed = desktop_install.uninstall(files)
    except OSError as error:
        return _problem(
            translate(
                "cli", "The applications menu entry could not be removed from {folder} ({reason})."
            ).format(folder=files.base, reason=os_reason(error) or type(error).__name__)
        )
    for file in removed:
        _say(translate("cli", "Removed {file}").format(file=file))
    if not removed:
        _say(
            translate(
                "cli", "MBC Care Tracker was not in your applications menu; nothing to remove."
            )
        )
    return 0


def _open_it(paths: DataPaths) -> str:
    command = f"mbc-tracker --data-dir {shlex.quote(str(paths.data_dir))}"
    return translate("cli", "Open it with: {command}").format(command=command)


def _demo(paths: DataPaths, years: int, source: PassphraseSource) -> int:
    from mbc_tracker.services.demo import MAX_YEARS, DemoRecordExists, write_demo_record

    if not 1 <= years <= MAX_YEARS:
        print(
            translate("cli", "--years: choose a whole number from 1 to {most}.").format(
                most=MAX_YEARS
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        record = write_demo_record(
            paths, years=years, key=key_for_making(paths.default_record, source)
        )
    except RecordProblem as problem:
        return _problem(problem.message)
    except DemoRecordExists as exists:
        return _problem(exists.message)
    except OSError as error:
        return _problem(
            translate("cli", "The demo record could not be written in {folder}: {reason}.").format(
                folder=paths.data_dir, reason=os_reason(error)
            )
        )
    try:
        person = record.person.get()
        name = person.name if person else translate("cli", "the demo person")
    finally:
        record.close()
    wrote = (
        translate("cli", "Wrote a demo record for {name} (1 year of history) to {file}.")
        if years == 1
        else translate(
            "cli", "Wrote a demo record for {name} (%n years of history) to {file}.", "", years
        )
    )
    _say(wrote.format(name=name, file=record.path))
    _say(_open_it(paths))
    return EXIT_OK


def _export(paths: DataPaths, target: Path, source: PassphraseSource, kind: str = "json") -> int:
    """The whole record as one JSON file, as spreadsheet files in a folder or zip (``csv``), or
    as a FHIR document (``fhir``)."""
    from mbc_tracker.services.csv_record import check_csv_target, export_csv
    from mbc_tracker.services.transfer import export_record

    csv = kind == "csv"
    fhir = kind == "fhir"

    if not paths.default_record.exists():
        return _problem(
            translate(
                "cli",
                "There is no record in {folder} yet, so there is nothing to export. "
                "Check the folder given with --data-dir.",
            ).format(folder=paths.data_dir)
        )
    target = target.expanduser()
    protected_files = ProtectedFiles(paths.default_record, paths)
    try:
        # Before the record is opened: a refused place leaves everything exactly as it was.
        if csv:
            check_csv_target(target, protected_files)
        elif fhir:
            from mbc_tracker.services.fhir_record import check_fhir_target

            check_fhir_target(target, protected_files)
        else:
            check_output_path(target, protected_files, "the export")
    except OutputRefused as refused:
        return _problem(refused.message)
    try:
        record = open_record(
            paths.default_record, paths, Access.READ, key=record_key(paths.default_record, source)
        )
    except RecordProblem as problem:
        return _problem(problem.message)
    protected = record.protected
    summary: CsvExportSummary | ExportSummary | FhirExportSummary
    try:
        if csv:
            written = export_csv(record, target)
            said = translate("cli", "Exported CSV files for a spreadsheet to {target}.").format(
                target=written.target
            )
            summary = written
        elif fhir:
            from mbc_tracker.services.fhir_record import export_fhir

            summary = export_fhir(record, target)
            said = translate(
                "cli",
                "Exported a FHIR document (a patient summary for a clinic's system) to {target}.",
            ).format(target=target)
        else:
            said = translate("cli", "Exported to {target}.").format(target=target)
            summary = export_record(record, target)
    except OutputRefused as refused:
        return _problem(refused.message)
    except OSError as error:
        return _problem(
            translate("cli", "The export could not be written to {target}: {reason}.").format(
                target=target, reason=os_reason(error)
            )
        )
    finally:
        record.close()
    _say(said)
    _say(summary.describe())
    _say(
        translate("cli", "The files hold private health details: keep them somewhere safe.")
        if csv
        else translate("cli", "The file holds private health details: keep it somewhere safe.")
    )
    if protected:
        _say(translate("cli", UNPROTECTED_COPY))
    return EXIT_OK


def _import(paths: DataPaths, file: Path, source: PassphraseSource) -> int:
    from mbc_tracker.services.transfer import ImportInvalid, import_into_folder

    file = file.expanduser()
    try:
        summary = import_into_folder(paths, file, key=key_for_making(paths.default_record, source))
    except RecordProblem as problem:
        return _problem(problem.message)
    except ImportInvalid as invalid:
        return _problem(
            translate("cli", "Nothing was imported from {file}; the record is unchanged.").format(
                file=file
            )
            + "\n"
            + invalid.message
        )
    _say(
        translate("cli", "Imported {file} into {record}.").format(
            file=file, record=paths.default_record
        )
    )
    _say(summary.describe())
    _say(_open_it(paths))
    return EXIT_OK


# -- backups -----------------------------------------------------------------------------------


def _holds(contents: BackupContents | None) -> str:
    if contents is None:
        return translate("cli", "could not be read")
    if contents.last_day_logged is None:
        return translate("cli", "no days logged")
    days = contents.days_logged
    held = (
        translate("cli", "1 day logged, the last on {day}")
        if days == 1
        else translate("cli", "%n days logged, the last on {day}", "", days)
    )
    return held.format(day=long_day(contents.last_day_logged))


def _backup(paths: DataPaths, source: PassphraseSource) -> int:
    from mbc_tracker.services.backups import BackupEntry, BackupFailed

    if not paths.default_record.exists():
        return _problem(
            translate(
                "cli",
                "There is no record in {folder} yet, so there is nothing to back up. "
                "Check the folder given with --data-dir.",
            ).format(folder=paths.data_dir)
        )
    try:
        # Reading is enough: SQLite's backup API copies a consistent picture beside a writer.
        record = open_record(
            paths.default_record, paths, Access.READ, key=record_key(paths.default_record, source)
        )
    except RecordProblem as problem:
        return _problem(problem.message)
    try:
        backup = record.backups.back_up()
    except BackupFailed:
        return _problem(
            translate(
                "cli",
                "The backup could not be made; the record itself was not changed. Please check "
                "that the disk holding {folder} has free space, then try again.",
            ).format(folder=paths.backups_dir)
        )
    finally:
        record.close()
    _say(translate("cli", "Made a checked backup: {file}").format(file=backup.path))
    _say(
        translate("cli", "It holds {contents}.").format(
            contents=_holds(BackupEntry.of(backup, record.key).contents)
        )
    )
    return EXIT_OK


def _restore(paths: DataPaths, file_text: str | None, source: PassphraseSource) -> int:
    from mbc_tracker.services.backups import (
        BackupFailed,
        RestoreRefused,
        find_backup,
        restore_in_folder,
    )

    key = record_key(paths.default_record, source)
    if file_text is None:
        return _list_backups(paths, key)
    backup = find_backup(paths, file_text)
    try:
        outcome = restore_in_folder(paths, backup, key)
    except RestoreRefused as refused:
        return _problem(refused.message)
    except RecordProblem as problem:
        advice = (
            " " + translate("cli", "Close it there first, then restore; nothing was changed.")
            if problem.holder
            else ""
        )
        return _problem(problem.message + advice)
    except BackupFailed:
        return _problem(
            translate(
                "cli",
                "The backup could not be restored, so the record was left as it was. Please "
                "check that the disk has free space, then try again.",
            )
        )
    _say(
        translate("cli", "Restored {backup} as the record in {folder}.").format(
            backup=backup.name, folder=paths.data_dir
        )
    )
    if outcome.before is not None:
        _say(
            translate(
                "cli",
                "The record as it was just before is kept as {name} in {folder}: restore that "
                "to undo this.",
            ).format(name=outcome.before.path.name, folder=outcome.before.path.parent)
        )
    if outcome.set_aside is not None:
        _say(
            translate(
                "cli",
                "The file that was there (damaged, or not a record) was not deleted: it is kept "
                "as {name} in {folder}.",
            ).format(name=outcome.set_aside.name, folder=outcome.set_aside.parent)
        )
    return EXIT_OK


def _list_backups(paths: DataPaths, key: RecordKey | None) -> int:
    from mbc_tracker.services.backups import BackupKind, backup_entries

    entries = backup_entries(paths.default_record, paths, key)
    if not entries:
        _say(
            translate(
                "cli", "There are no backups in {folder} yet. Make one with: mbc-tracker backup"
            ).format(folder=paths.backups_dir)
        )
        return EXIT_OK
    kinds = {
        BackupKind.AUTOMATIC: translate("cli", "automatic"),
        BackupKind.MANUAL: translate("cli", "made by you"),
        BackupKind.BEFORE_UPGRADE: translate("cli", "before an update"),
        BackupKind.BEFORE_RESTORE: translate("cli", "before a restore"),
        BackupKind.OTHER: translate("cli", "other"),
    }
    _say(translate("cli", "Backups in {folder}, newest first:").format(folder=paths.backups_dir))
    kind_width = max(len(word) for word in kinds.values())  # 16 in English
    for entry in entries:
        size = (
            f"{decimal(entry.size / 1_048_576, 1)} MB"
            if entry.size >= 104_858
            else f"{entry.size // 1024} KB"
        )
        _say(
            f"  {short_day_and_time(entry.made_at):<18}  {kinds[entry.kind]:<{kind_width}} "
            f"{size:>8}  {_holds(entry.contents)}"
        )
        _say(f"      {entry.path.name}")
    _say(
        translate(
            "cli",
            "Restore one with: mbc-tracker restore NAME (the record as it is now is backed up "
            "first).",
        )
    )
    return EXIT_OK


# -- flags -------------------------------------------------------------------------------------

NOT_A_REPLACEMENT = QT_TRANSLATE_NOOP(
    "cli",
    "This app does not replace your care team. "
    "If you feel very unwell, contact them or emergency services.",
)
LEVEL_WORDS = {
    "promptly": QT_TRANSLATE_NOOP("cli", "Contact your care team promptly"),
    "next_visit": QT_TRANSLATE_NOOP("cli", "Mention at your next visit"),
}


def _parse_since(text: str, today: dt.date) -> dt.date | str:
    """The ``--since`` day, or a sentence saying why it cannot be used."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        return _not_a_date("--since", text)
    if day > today:
        return translate(
            "cli", "--since: this date is in the future. Please choose today or earlier."
        )
    return day


def _flags(
    paths: DataPaths,
    *,
    as_json: bool,
    since_text: str | None,
    include_discussed: bool,
    source: PassphraseSource,
) -> int:
    since = None
    if since_text is not None:
        parsed = _parse_since(since_text, dt.date.today())
        if isinstance(parsed, str):
            print(parsed, file=sys.stderr)
            return EXIT_USAGE
        since = parsed
    if not paths.default_record.exists():
        return _problem(
            translate(
                "cli",
                "There is no record in {folder} yet, so there are no flags to show. "
                "Check the folder given with --data-dir.",
            ).format(folder=paths.data_dir)
        )
    try:
        record = open_record(
            paths.default_record, paths, Access.READ, key=record_key(paths.default_record, source)
        )
    except RecordProblem as problem:
        return _problem(problem.message)
    # --json is for programs: its words are English in every language (docs/flags.md).
    with in_english() if as_json else contextlib.nullcontext():
        try:
            every_flag = record.flags.evaluate(since=since)
            knowledge = record.knowledge
            latest_logged = record.flags.latest_logged_day()
        finally:
            record.close()
        shown = [flag for flag in every_flag if include_discussed or flag.is_open]
        if as_json:
            document = [_flag_json(flag, knowledge, latest_logged) for flag in shown]
            write_utf8(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
            return EXIT_OK
    _say(translate("cli", NOT_A_REPLACEMENT))
    _say("")
    if not shown:
        _say(_nothing_flagged(since, quiet=len(every_flag)))
        return EXIT_OK
    count = len(shown)  # a name, not a call: lupdate's reader skips a call with one inside
    _say(
        translate("cli", "1 flag, newest first:")
        if count == 1
        else translate("cli", "%n flags, newest first:", "", count)
    )
    for flag in shown:
        _say("")
        _say(_flag_text(flag, knowledge))
    hidden = len(every_flag) - len(shown)
    if hidden:
        _say("")
        _say(_wrapped(_quiet_note(hidden), "", ""))
    return EXIT_OK


def _quiet_note(quiet: int) -> str:
    if quiet == 1:
        return translate(
            "cli",
            "One flag you have already discussed with your care team stays quiet unless the "
            "symptom gets worse; add --all to list it.",
        )
    return translate(
        "cli",
        "%n flags you have already discussed with your care team stay quiet unless the "
        "symptom gets worse; add --all to list them.",
        "",
        quiet,
    )


def _nothing_flagged(since: dt.date | None, quiet: int) -> str:
    text = (
        translate(
            "cli",
            "Nothing you logged since {day} is flagged by the rules this app uses. If something "
            "worries you or feels different, you can always mention it to your care team.",
        ).format(day=long_day(since))
        if since
        else translate(
            "cli",
            "Nothing you logged is flagged by the rules this app uses. If something worries "
            "you or feels different, you can always mention it to your care team.",
        )
    )
    paragraphs = [text, _quiet_note(quiet)] if quiet else [text]
    return "\n".join(_wrapped(paragraph, "", "") for paragraph in paragraphs)


def _wrapped(text: str, first: str = "  ", later: str = "    ") -> str:
    width = max(60, min(100, shutil.get_terminal_size((88, 24)).columns))
    return textwrap.fill(
        text,
        width=width,
        initial_indent=first,
        subsequent_indent=later,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _flag_text(flag: Flag, knowledge: Knowledge) -> str:
    """One flag as a person reads it: level, symptom, days, why, context and sources."""
    level = translate("cli", LEVEL_WORDS[flag.level.value])
    lines = [translate("cli", "{level}: {symptom}").format(level=level, symptom=flag.symptom_label)]
    if flag.discussed is not None:
        on = long_day(flag.discussed.discussed_on)
        discussed = (
            translate("cli", "Discussed on {day} with your care team; it has got worse since then.")
            if flag.worse_since_discussed
            else translate("cli", "Discussed on {day} with your care team.")
        )
        lines.append(_wrapped(discussed.format(day=on)))
    days = len(flag.days)
    span = long_day_span(flag.first_day, flag.last_day)
    if days > 1:
        span = translate("cli", "{span} (%n days)", "", days).format(span=span)
    lines.append(_wrapped(translate("cli", "Days: {span}").format(span=span)))
    lines.append(_wrapped(flag.message))
    lines.append(_wrapped(translate("cli", "Why: {reason}").format(reason=flag.reason.text())))
    lines.extend(
        _wrapped(translate("cli", "Also: {explanation}").format(explanation=explanation.text()))
        for explanation in flag.context
    )
    lines.extend(
        _wrapped(
            translate("cli", "Source: {citation}").format(
                citation=knowledge.sources[source_id].citation()
            )
        )
        for source_id in flag.source_ids
    )
    return "\n".join(lines)


def _flag_json(flag: Flag, knowledge: Knowledge, latest_logged: dt.date | None) -> dict[str, Any]:
    """One flag as documented in docs/flags.md."""
    from mbc_tracker.domain.flags import is_ongoing

    peak: float | int | None = flag.peak
    if peak is not None and float(peak).is_integer():
        peak = int(peak)
    sources = [knowledge.sources[source_id] for source_id in flag.source_ids]
    return {
        "symptom_key": flag.symptom_key,
        "symptom": flag.symptom_label,
        "level": flag.level.value,
        "rule": flag.rule.value,
        "first_day": flag.first_day.isoformat(),
        "last_day": flag.last_day.isoformat(),
        "days": [day.isoformat() for day in flag.days],
        "peak": peak,
        "message": flag.message,
        "reason": flag.reason.text(),
        "context": [explanation.text() for explanation in flag.context],
        "sources": [
            {
                "id": source.id,
                "title": source.title,
                "publisher": source.publisher,
                "citation": source.citation(),
            }
            for source in sources
        ],
        "discussed_on": flag.discussed.discussed_on.isoformat() if flag.discussed else None,
        "worse_since_discussed": flag.worse_since_discussed,
        "open": flag.is_open,
        "ongoing": is_ongoing(flag, latest_logged),
    }


def write_utf8(text: str) -> None:
    """Write ``text`` to stdout as UTF-8 whatever the console's encoding (JSON is UTF-8)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


# -- report ------------------------------------------------------------------------------------


def parse_day(option: str, text: str | None) -> dt.date | str | None:
    """The day given with ``option``, None when not given, or a sentence saying what is wrong."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return _not_a_date(option, text)


def _not_a_date(option: str, text: str) -> str:
    return translate(
        "cli", "{option}: “{text}” is not a date. Please write it as YYYY-MM-DD, e.g. 2025-03-01."
    ).format(option=option, text=text)


def _parse_sections(text: str | None) -> frozenset[Section] | str | None:
    """The sections named in ``--sections``, None when not given, or a sentence saying why not."""
    from mbc_tracker.reports.summary_data import Section

    if text is None:
        return None
    valid = ", ".join(section.value for section in Section)
    names = [name.strip().casefold() for name in text.split(",") if name.strip()]
    if not names:
        return translate(
            "cli", "--sections: please name at least one part of the summary: {parts}."
        ).format(parts=valid)
    for name in names:
        if name not in {section.value for section in Section}:
            return translate(
                "cli", "--sections: “{name}” is not a part of the summary. Choose from: {parts}."
            ).format(name=name, parts=valid)
    return frozenset(Section(name) for name in names)


def _report_period(
    record: CareRecord, first: dt.date | None, last: dt.date | None, today: dt.date
) -> Period:
    """The period asked for; either end alone falls back on the defaults the dialog proposes.

    Raises ``RecordInvalid`` (from ``check_period``) for a future day or an end before the start.
    """
    from mbc_tracker.reports.summary_data import DEFAULT_PERIOD_DAYS

    summary = record.summary
    if first is None:
        default = summary.default_period(today)
        if last is None:
            return default
        first = default.first
        if first > last:  # the default would start after the chosen end
            first = last - dt.timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    return summary.check_period(first, today if last is None else last, today)


def _report(
    paths: DataPaths,
    *,
    first_text: str | None,
    last_text: str | None,
    sections_text: str | None,
    output: Path,
    appendix: bool | None = None,
    source: PassphraseSource,
) -> int:
    from mbc_tracker.services.editing import RecordInvalid

    first, last = parse_day("--from", first_text), parse_day("--to", last_text)
    sections = _parse_sections(sections_text)
    for parsed in (first, last, sections):
        if isinstance(parsed, str):
            print(parsed, file=sys.stderr)
            return EXIT_USAGE
    assert not isinstance(first, str) and not isinstance(last, str)
    assert not isinstance(sections, str)
    if not paths.default_record.exists():
        return _problem(
            translate(
                "cli",
                "There is no record in {folder} yet, so there is nothing to summarise. "
                "Check the folder given with --data-dir.",
            ).format(folder=paths.data_dir)
        )
    output = output.expanduser()
    protecting = ProtectedFiles(paths.default_record, paths)
    try:
        # Before the record is opened: a refused file leaves everything exactly as it was.
        check_output_path(output, protecting, "the summary")
    except OutputRefused as refused:
        return _problem(refused.message)
    today = dt.date.today()
    try:
        record = open_record(
            paths.default_record, paths, Access.READ, key=record_key(paths.default_record, source)
        )
    except RecordProblem as problem:
        return _problem(problem.message)
    protected = record.protected
    try:
        try:
            period = _report_period(record, first, last, today)
        except RecordInvalid as invalid:
            field = "first" if "first" in invalid.problems else "last"
            option = "--from" if field == "first" else "--to"
            print(f"{option}: {invalid.problems[field]}", file=sys.stderr)
            return EXIT_USAGE
        options = record.summary.options()
        data = record.summary.data(
            period,
            options.sections if sections is None else sections,
            options.prepared_by,
            today,
            appendix=options.appendix if appendix is None else appendix,
        )
    finally:
        record.close()
    try:
        from mbc_tracker.printing import write_summary_pdf
    except ImportError as error:
        return _problem(
            translate(
                "cli",
                "The PDF could not be made because Qt could not be loaded ({error}); see "
                "“Linux system libraries” in the README.",
            ).format(error=error)
        )
    try:
        pages = write_summary_pdf(data, output, protecting)
    except OutputRefused as refused:  # something changed there since the first look
        return _problem(refused.message)
    except OSError as error:
        return _problem(
            translate(
                "cli",
                "The summary could not be written to {file} ({reason}); nothing was changed there.",
            ).format(file=output, reason=os_reason(error) or error)
        )
    except RuntimeError as error:
        return _problem(
            translate(
                "cli", "The summary could not be made ({error}); nothing was written."
            ).format(error=error)
        )
    span = long_day_span(period.first, period.last)
    _say(
        translate(
            "cli", "Wrote a %n-page clinic visit summary for {span} to {file}.", "", pages
        ).format(span=span, file=output)
    )
    _say(translate("cli", "The file holds private health details: keep it somewhere safe."))
    if protected:
        _say(translate("cli", UNPROTECTED_COPY))
    return EXIT_OK
