"""Composition root: read the command line, find the data folder, and start the window or a verb.

Kept light on purpose: only the standard library and ``paths`` are imported before we know
whether a window is wanted, so that the first window appears quickly (Qt, SQLAlchemy and the GUI
load on demand, matplotlib only when a chart is first drawn).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from mbc_tracker import __version__

DESCRIPTION = (
    "MBC Care Tracker: a private record of symptoms, treatments and appointments for people "
    "living with metastatic breast cancer. Everything stays on this computer."
)


# The summary's parts by the names ``--sections`` takes: ``reports.summary_data.Section``'s values
# (repeated here so that parsing the command line imports nothing; a test keeps them equal).
REPORT_SECTIONS = (
    "flags",
    "symptoms",
    "weight",
    "temperature",
    "treatments",
    "receptors",
    "appointments",
    "notes",
)


LANGUAGE_CHOICES = ("system", "en", "es")  # domain.language.LANGUAGES; a test keeps them equal


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mbc-tracker", description=DESCRIPTION)
    parser.add_argument(
        "--language",
        choices=LANGUAGE_CHOICES,
        help="the language of the window, the summary and the messages for this run "
        "(default: the one chosen in Edit > Preferences, else the computer's, else English)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the record, its backups and the settings in DIR "
        "(default: $MBC_TRACKER_DATA_DIR, else your user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on a fresh demo record in a temporary folder (your own record is not touched)",
    )
    parser.add_argument(
        "--minimised",
        action="store_true",
        help="start in the system tray, for reminders, when the desktop has one (else as usual); "
        "used by Start at login",
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="show the window, then quit (for smoke tests and benchmarks)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="for a record protected with a passphrase: read the passphrase from the first line "
        "of FILE (default: $MBC_TRACKER_PASSPHRASE_FILE, else asked for at the terminal); "
        "never give a passphrase itself on the command line",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", help="write a realistic demo record into the data folder (never overwrites one)"
    )
    demo.add_argument("--years", type=int, default=1, metavar="N", help="years of history (1)")
    export = commands.add_parser(
        "export",
        help="write the whole record as JSON (default), or as CSV files for a spreadsheet",
    )
    export.add_argument(
        "--format",
        choices=("json", "csv"),
        default="json",
        help="json: one file that can be imported again (default); csv: one spreadsheet file "
        "per kind of data, into the folder OUT or the zip OUT (see docs/csv-format.md)",
    )
    export.add_argument("file", metavar="OUT", help="FILE.json, or for csv a folder or FILE.zip")
    import_ = commands.add_parser(
        "import", help="read a JSON export into an empty record (all or nothing)"
    )
    import_.add_argument("file", metavar="FILE.json")
    flags = commands.add_parser(
        "flags",
        help="list the symptoms worth telling your care team about, and why (see docs/flags.md)",
    )
    flags.add_argument(
        "--json", action="store_true", help="print a JSON array for other programs instead"
    )
    flags.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help="only flags that reach this day or later (not in the future)",
    )
    flags.add_argument(
        "--all",
        action="store_true",
        help="also list flags already discussed with your care team",
    )
    agenda = commands.add_parser(
        "agenda",
        help="what is due day by day: doses, appointments with their questions, check-ins",
    )
    agenda.add_argument(
        "--from", dest="from_day", metavar="YYYY-MM-DD", help="first day (default: today)"
    )
    agenda.add_argument("--days", metavar="N", help="how many days, from 1 to 366 (default: 7)")
    agenda.add_argument(
        "--json", action="store_true", help="print a JSON array for other programs instead"
    )
    commands.add_parser(
        "backup",
        help="make a checked backup of the record now (works while the app is open)",
    )
    restore = commands.add_parser(
        "restore",
        help="list the backups, or restore one (the record as it is now is backed up first)",
    )
    restore.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="the backup to restore: a file, or a name from the list (without FILE: the list)",
    )
    commands.add_parser(
        "protect",
        help="protect the record with a passphrase (its contents become unreadable without it; "
        "a forgotten passphrase cannot be recovered)",
    )
    change = commands.add_parser(
        "change-passphrase",
        help="give a protected record a new passphrase (backups made before keep the old one)",
    )
    change.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from the first line of FILE (default: asked for twice at "
        "the terminal)",
    )
    unprotect = commands.add_parser(
        "unprotect", help="remove the passphrase protection (the record becomes a plain file)"
    )
    unprotect.add_argument("--yes", action="store_true", help="do not ask for confirmation first")
    commands.add_parser(
        "install-desktop",
        help="add the app to your applications menu, with its icon (Linux and other free "
        "desktops; for you only)",
    )
    commands.add_parser(
        "uninstall-desktop", help="take the app out of your applications menu again"
    )
    report = commands.add_parser(
        "report",
        help="write the clinic visit summary for your oncologist as a PDF (no window needed)",
    )
    report.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM-DD",
        help="first day (default: the day of your last oncology visit, else of your last "
        "appointment, else 30 days back)",
    )
    report.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day (default: today)")
    report.add_argument(
        "--sections",
        metavar="a,b,...",
        help="the parts to print, from: " + ", ".join(REPORT_SECTIONS) + " (default: the "
        "ones chosen last time, else all)",
    )
    report.add_argument(
        "--appendix",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="end with the appendix: the receptor readings in full and your notes (default: "
        "as chosen last time, else without)",
    )
    report.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Every file and folder this process makes is private from its first byte, whoever makes it
    # (SQLite, Qt, a library): the app's own writers already ask for 0600/0700; this covers the
    # rest.
    os.umask(0o077)
    _choose_language(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if not args.demo or args.command:
        from mbc_tracker.paths import data_dir_problem

        problem = data_dir_problem(args.data_dir)
        if problem is not None:
            print(problem, file=sys.stderr)
            if not args.command and not args.quit_after_startup:
                # Started from a desktop icon, nobody reads standard error: say it in a window.
                from mbc_tracker.gui.application import tell_before_start

                tell_before_start(problem)
            return 2 if args.data_dir is not None and not args.data_dir.strip() else 1
    if args.command:
        from mbc_tracker.cli import run_command

        return run_command(args)
    from mbc_tracker.gui.application import run_app

    return run_app(args)


def _choose_language(argv: Sequence[str]) -> None:
    """Activate the run's language before the first word is written (``--help`` included)."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    early.add_argument("--language")
    known, _ = early.parse_known_args(argv)
    from mbc_tracker.services.language import start_in_language

    # A misspelt --language is refused by the full parser just after, in the chosen language.
    start_in_language(
        known.data_dir, known.language if known.language in LANGUAGE_CHOICES else None
    )


if __name__ == "__main__":
    sys.exit(main())
