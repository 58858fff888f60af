"""What can stop a change from reaching the record, in words every layer can catch.

The storage layer raises these when SQLite says the record is busy or cannot be written; the
services let them through; the window and the command line turn them into one sentence. They
live in ``domain`` (pure Python) so that the GUI, which never imports storage, can name them.
Each carries the sentence meant for the person in ``message``, and always means that nothing of
the interrupted change was written.
"""

from __future__ import annotations

from mbc_tracker.domain.language import translate


class RecordUnavailable(Exception):
    """The record could not take this change just now; nothing of it was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RecordBusy(RecordUnavailable):
    """Another program held SQLite's lock on the record for longer than the app waits."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate(
                "errors",
                "The record is busy: another program is using it just now. Nothing was "
                "saved; please try again in a moment.",
            )
        )


class RecordReadOnly(RecordUnavailable):
    """The record is open for reading only (open elsewhere, or on a disk that cannot be
    written), or the system refused to write to it."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate(
                "errors",
                "This record is open for reading only, so nothing was saved. Close the "
                "other window that has it open, then open it again here to make changes.",
            )
        )


class PassphraseProblem(Exception):
    """A protected record could not be opened with what was given; the file was not touched."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PassphraseNeeded(PassphraseProblem):
    """The record is protected and no passphrase was given."""

    def __init__(self, name: str) -> None:
        super().__init__(
            translate(
                "errors",
                "“{name}” is protected with a passphrase. Please give the passphrase to "
                "open it; nothing in it was changed.",
            ).format(name=name)
        )


class WrongPassphrase(PassphraseProblem):
    """The passphrase given does not open the record (or its first page cannot be read)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            translate(
                "errors",
                "The passphrase does not open “{name}”; nothing in it was changed. "
                "Please try again. A forgotten passphrase cannot be recovered: only an "
                "exported copy kept somewhere safe can bring the record back.",
            ).format(name=name)
        )
