"""For GUI tests that build a page on its own: hear the record's changes as in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mbc_tracker.gui.runner import runner_for
from mbc_tracker.services.record import CareRecord


def follow_changes(view: QWidget, record: CareRecord) -> QWidget:
    """Connect a page made on its own to its record's change runner, as the main window does
    for every page it builds (``MainWindow.record_changed``)."""
    runner_for(record).changed.connect(view.record_changed)  # type: ignore[attr-defined]
    return view
