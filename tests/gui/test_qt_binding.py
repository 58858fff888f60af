"""Guards against a Qt binding that corrupts Python's own objects.

PySide6 6.12.0 dropped a reference to True/False/None on every signal emission from Python, so a
long session (or a long test run) ended in an interpreter abort. pyproject.toml excludes it; this
test fails on any binding that brings the fault back, instead of a crash an hour into a session.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()
    fired_with = Signal(object)


def test_emitting_signals_keeps_the_reference_counts_of_singletons(qtbot: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired_with.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(300):
        emitter.fired.emit()
        emitter.fired_with.emit(True)
    del received[:]
    after = (sys.getrefcount(True), sys.getrefcount(False))
    # A sound binding leaves them where they were (allow a little noise from the interpreter).
    assert after[0] >= before[0] - 5
    assert after[1] >= before[1] - 5
