"""The one runner every change to the record goes through, and the broadcast of what changed.

A page that changes the record never calls another page, and never refreshes anything but
itself. It hands the service call to ``ChangeRunner.run`` with the ``RecordChanges`` it makes:

    outcome = runner_for(record).run(
        lambda: record.treatments.add(treatment, today),
        RecordChanges(treatments=True),
        expected=(RecordInvalid,),
    )
    if outcome.problem is not None:
        show_problems(outcome.problem)   # by the fields; nothing was saved

After a successful call the runner brings the record's derived results up to date (the flags
cache evaluates again only what the change can reach) and emits ``changed`` once; the main window
passes it on to every page it has built, and each page refreshes what it shows, now when it is
in front or when it is next shown. An expected error (the caller names its classes) comes back in
``Outcome.problem`` for the caller to show by its field; anything else goes to the app's error
reporter, which logs it and shows one calm "Nothing was saved" message. Modelled on Anki's
``CollectionOp`` and ``OpChanges`` (``qt/aqt/operations/__init__.py``).

There is one runner per open record (``runner_for``), so a page or dialog made anywhere finds
the same one and the main window hears every change.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from mbc_tracker.services.changes import RecordChanges

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

T = TypeVar("T")
MAX_CALLER_FRAMES = 6


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a change came to: its value, or the expected problem, or an unexpected failure."""

    value: T | None = None
    problem: Exception | None = None  # an expected error, for the caller to show by its field
    failed: bool = False  # an unexpected error, already reported; nothing was saved
    changes: RecordChanges = field(default_factory=RecordChanges)

    @property
    def ok(self) -> bool:
        return self.problem is None and not self.failed


class ChangeFailed(Exception):
    """An action failed unexpectedly; it was reported and nothing was saved."""


class ChangeRunner(QObject):
    """Runs the actions that change one record.

    Signals:
        changed(RecordChanges): an action succeeded and changed these parts of the record.
    """

    changed = Signal(object)

    def __init__(self, record: CareRecord | None) -> None:
        super().__init__()
        self._record = record  # None only for a page tried out without a record (tests)

    def run(
        self,
        action: Callable[[], T],
        changes: RecordChanges | Callable[[T], RecordChanges],
        expected: tuple[type[Exception], ...] = (),
    ) -> Outcome[T]:
        """Call ``action``; on success bring caches up to date and broadcast ``changes``.

        ``changes`` may be a function of the action's result (say, the day a saved entry is on).
        """
        try:
            value = action()
        except expected as problem:
            # Shown by a field, never logged: its traceback (which holds the form's frames, and
            # so the form) is not needed.
            return Outcome(problem=problem.with_traceback(None))
        except Exception as error:  # reported, never silently dropped
            self.report_unexpected(error)
            return Outcome(failed=True)
        made = changes(value) if callable(changes) else changes
        self.announce(made)
        return Outcome(value=value, changes=made)

    def call(
        self,
        action: Callable[[], T],
        changes: RecordChanges | Callable[[T], RecordChanges],
        expected: tuple[type[Exception], ...] = (),
    ) -> T:
        """``run`` for code that handles its expected errors with ``except``: returns the
        value, raises the expected problem again, and raises ``ChangeFailed`` (already
        reported) for anything else."""
        outcome = self.run(action, changes, expected)
        problem, failed, value = outcome.problem, outcome.failed, outcome.value
        del outcome  # the problem raised below must not hold this frame holding it
        if problem is not None:
            try:
                raise problem
            finally:
                del problem
        if failed:
            raise ChangeFailed
        return value  # type: ignore[return-value]  # set whenever the action returned

    def announce(self, changes: RecordChanges) -> None:
        """Tell caches and pages about ``changes`` (for a change made outside ``run``)."""
        if not changes:
            return
        # Every change, even one the flags do not depend on: the cache also notes that it has
        # seen this write, and would otherwise rebuild itself from the whole record when next read.
        if self._record is not None and not self._record.closed:
            try:
                self._record.flags.apply(changes)
            except Exception as error:  # the cache rebuilds itself when next read
                self.report_unexpected(error)
        self.changed.emit(changes)

    @staticmethod
    def report_unexpected(error: Exception) -> None:
        """Hand ``error`` to the app's error reporter (the calm dialog and the log).

        The traceback is extended with the frames that asked for the change (say
        ``TodayView.save``), so the log says which action failed, as it would have had the
        error gone straight up to Qt.
        """
        trace = error.__traceback__
        frame: FrameType | None = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__") == __name__:
            frame = frame.f_back
        callers: list[FrameType] = []
        while frame is not None and len(callers) < MAX_CALLER_FRAMES:
            callers.append(frame)
            frame = frame.f_back
        for caller in callers:
            trace = TracebackType(trace, caller, caller.f_lasti, caller.f_lineno)
        sys.excepthook(type(error), error.with_traceback(trace), trace)


RUNNER_ATTRIBUTE = "_change_runner"


def runner_for(record: CareRecord) -> ChangeRunner:
    """The one change runner of ``record``, made on first use and kept with the record (so it
    goes when the record does)."""
    runner = record.__dict__.get(RUNNER_ATTRIBUTE)
    if runner is None:
        runner = ChangeRunner(record)
        record.__dict__[RUNNER_ATTRIBUTE] = runner
    return runner
