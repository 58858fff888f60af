"""Composition root: read the command line, find the data folder, and start the window or a verb.

Kept light on purpose: only the standard library and ``paths`` are imported before we know
whether a window is wanted, so that the first window appears quickly (Qt, SQLAlchemy and the GUI
load on demand, matplotlib only when a chart is first drawn).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

from mbc_tracker import __version__
from mbc_tracker.domain.language import LANGUAGES, translate

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


# What --language takes: every language the app has (domain.language, imported anyway for
# translate), or the computer's own.
LANGUAGE_CHOICES = ("system", *LANGUAGES)


def _language_code(typed: str) -> str:
    """ "ES" as "es": a person types the code as they see it written; anything else is left as
    typed, for argparse to refuse in the person's own spelling."""
    return typed.lower() if typed.lower() in LANGUAGE_CHOICES else typed


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with its own word "usage:" in the run's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("app", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose own words (headings, ``--help``, "error:") are in the run's
    language, like the help texts of the options: the language is chosen before the parser is
    built (``_choose_language``). The verbs' parsers are made of this class too. What argparse
    says about a wrong option stays in Python's words (English)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        # argparse's own -h would say "show this help message and exit" in English: ours instead.
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("app", "positional arguments")
        self._optionals.title = translate("app", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate("app", "show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            2,
            translate("app", "{program}: error: {message}").format(
                program=self.prog, message=_argparse_message(message)
            )
            + "\n",
        )


def _argparse_message(message: str) -> str:
    """What argparse says about a wrong command line, in the run's language where it is one of
    the usual sentences (argparse makes them with gettext, which this app does not use; the
    sources here are argparse's own English, so English is unchanged). Any other sentence, or
    one a later Python words differently, is left as argparse wrote it."""
    found = re.fullmatch(r"argument (\S+): (.*)", message, re.DOTALL)
    if found:
        problem = _argparse_problem(found[2])
        if problem is None:
            return message
        return translate("app", "argument {option}: {problem}").format(
            option=found[1], problem=problem
        )
    return _argparse_problem(message) or message


def _argparse_problem(message: str) -> str | None:
    if found := re.fullmatch(r"the following arguments are required: (.*)", message):
        return translate("app", "the following arguments are required: {options}").format(
            options=found[1]
        )
    if found := re.fullmatch(r"unrecognized arguments: (.*)", message):
        return translate("app", "unrecognized arguments: {words}").format(words=found[1])
    if found := re.fullmatch(r"invalid choice: (.*) \(choose from (.*)\)", message):
        return translate("app", "invalid choice: {value} (choose from {choices})").format(
            value=found[1], choices=found[2]
        )
    if message == "expected one argument":
        return translate("app", "expected one argument")
    if found := re.fullmatch(r"invalid int value: (.*)", message):
        return translate("app", "invalid int value: {value}").format(value=found[1])
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mbc-tracker",
        description=translate(
            "app",
            "MBC Care Tracker: a private record of symptoms, treatments and appointments for "
            "people living with metastatic breast cancer. Everything stays on this computer.",
        ),
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGE_CHOICES,
        type=_language_code,
        help=translate(
            "app",
            "the language of the window, the summary and the messages for this run "
            "(default: the one chosen in Edit > Preferences, else the computer's, else English)",
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "app",
            "keep the record, its backups and the settings in DIR "
            "(default: $MBC_TRACKER_DATA_DIR, else your user data folder)",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "app",
            "start on a fresh demo record in a temporary folder (your own record is not touched)",
        ),
    )
    parser.add_argument(
        "--minimised",
        action="store_true",
        help=translate(
            "app",
            "start in the system tray, for reminders, when the desktop has one (else as usual); "
            "used by Start at login",
        ),
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help=translate("app", "show the window, then quit (for smoke tests and benchmarks)"),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=translate(
            "app",
            "for a record protected with a passphrase: read the passphrase from the first line "
            "of FILE (default: $MBC_TRACKER_PASSPHRASE_FILE, else asked for at the terminal); "
            "never give a passphrase itself on the command line",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("app", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo",
        help=translate(
            "app", "write a realistic demo record into the data folder (never overwrites one)"
        ),
    )
    demo.add_argument(
        "--years", type=int, default=1, metavar="N", help=translate("app", "years of history (1)")
    )
    export = commands.add_parser(
        "export",
        help=translate(
            "app",
            "write the whole record as JSON (default), as CSV files for a spreadsheet, or as a "
            "FHIR document for a clinic's system",
        ),
    )
    export.add_argument(
        "--format",
        choices=("json", "csv", "fhir"),
        default="json",
        help=translate(
            "app",
            "json: one file that can be imported again (default); csv: one spreadsheet file "
            "per kind of data, into the folder OUT or the zip OUT (see docs/csv-format.md); fhir: "
            "a FHIR R4 patient summary document, FILE.json (see docs/fhir.md)",
        ),
    )
    export.add_argument(
        "file", metavar="OUT", help=translate("app", "FILE.json, or for csv a folder or FILE.zip")
    )
    import_ = commands.add_parser(
        "import", help=translate("app", "read a JSON export into an empty record (all or nothing)")
    )
    import_.add_argument("file", metavar="FILE.json")
    flags = commands.add_parser(
        "flags",
        help=translate(
            "app",
            "list the symptoms worth telling your care team about, and why (see docs/flags.md)",
        ),
    )
    flags.add_argument(
        "--json",
        action="store_true",
        help=translate("app", "print a JSON array for other programs instead"),
    )
    flags.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help=translate("app", "only flags that reach this day or later (not in the future)"),
    )
    flags.add_argument(
        "--all",
        action="store_true",
        help=translate("app", "also list flags already discussed with your care team"),
    )
    agenda = commands.add_parser(
        "agenda",
        help=translate(
            "app", "what is due day by day: doses, appointments with their questions, check-ins"
        ),
    )
    agenda.add_argument(
        "--from",
        dest="from_day",
        metavar="YYYY-MM-DD",
        help=translate("app", "first day (default: today)"),
    )
    agenda.add_argument(
        "--days", metavar="N", help=translate("app", "how many days, from 1 to 366 (default: 7)")
    )
    agenda.add_argument(
        "--json",
        action="store_true",
        help=translate("app", "print a JSON array for other programs instead"),
    )
    commands.add_parser(
        "backup",
        help=translate(
            "app", "make a checked backup of the record now (works while the app is open)"
        ),
    )
    restore = commands.add_parser(
        "restore",
        help=translate(
            "app", "list the backups, or restore one (the record as it is now is backed up first)"
        ),
    )
    restore.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help=translate(
            "app", "the backup to restore: a file, or a name from the list (without FILE: the list)"
        ),
    )
    commands.add_parser(
        "protect",
        help=translate(
            "app",
            "protect the record with a passphrase (its contents become unreadable without it; "
            "a forgotten passphrase cannot be recovered)",
        ),
    )
    change = commands.add_parser(
        "change-passphrase",
        help=translate(
            "app", "give a protected record a new passphrase (backups made before keep the old one)"
        ),
    )
    change.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=translate(
            "app",
            "read the new passphrase from the first line of FILE (default: asked for twice at "
            "the terminal)",
        ),
    )
    unprotect = commands.add_parser(
        "unprotect",
        help=translate("app", "remove the passphrase protection (the record becomes a plain file)"),
    )
    unprotect.add_argument(
        "--yes", action="store_true", help=translate("app", "do not ask for confirmation first")
    )
    commands.add_parser(
        "install-desktop",
        help=translate(
            "app",
            "add the app to your applications menu, with its icon (Linux and other free "
            "desktops; for you only)",
        ),
    )
    commands.add_parser(
        "uninstall-desktop",
        help=translate("app", "take the app out of your applications menu again"),
    )
    report = commands.add_parser(
        "report",
        help=translate(
            "app", "write the clinic visit summary for your oncologist as a PDF (no window needed)"
        ),
    )
    report.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM-DD",
        help=translate(
            "app",
            "first day (default: the day of your last oncology visit, else of your last "
            "appointment, else 30 days back)",
        ),
    )
    report.add_argument(
        "--to",
        dest="last",
        metavar="YYYY-MM-DD",
        help=translate("app", "last day (default: today)"),
    )
    report.add_argument(
        "--sections",
        metavar="a,b,...",
        help=translate(
            "app",
            "the parts to print, from: {sections} (default: the ones chosen last time, else all)",
        ).format(sections=", ".join(REPORT_SECTIONS)),
    )
    report.add_argument(
        "--appendix",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate(
            "app",
            "end with the appendix: the receptor readings in full and your notes (default: "
            "as chosen last time, else without)",
        ),
    )
    report.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.pdf",
        help=translate("app", "the PDF file to write"),
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
    early.add_argument("--language", type=_language_code)
    known, _ = early.parse_known_args(argv)
    from mbc_tracker.services.language import start_in_language

    # A misspelt --language is refused by the full parser just after, in the chosen language.
    start_in_language(
        known.data_dir, known.language if known.language in LANGUAGE_CHOICES else None
    )


if __name__ == "__main__":
    sys.exit(main())
