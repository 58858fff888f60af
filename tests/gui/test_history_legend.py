"""The History chart's key as a widget: a row per entry with its mark and its words, marks drawn
once and kept, nothing rebuilt for the same key, hidden when there is nothing to name, and no
matplotlib until a mark is first drawn."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.history_legend import ICON_SIZE, HistoryLegend, legend_pixmap
from mbc_tracker.reports.history_chart import LegendEntry

BONE_PAIN = LegendEntry("Bone pain", "blue line with round markers", "#0072B2", "o")
SEIZURE = LegendEntry(
    "Seizure (fit)",
    "black downward triangles in a row above the 0–10 scale",
    "#000000",
    "v",
    linestyle="none",
    markersize=8,
)
RING = LegendEntry(
    "Flag: contact promptly",
    "vermillion hollow square around a point",
    "#D55E00",
    "s",
    linestyle="none",
    markersize=8.6,
    markerfacecolor="none",
    markeredgewidth=1.8,
)


def make_legend(qtbot: QtBot) -> HistoryLegend:
    legend = HistoryLegend()
    qtbot.addWidget(legend)
    legend.resize(legend.width(), 400)
    legend.show()
    return legend


def test_each_entry_is_its_mark_and_its_words(qtbot: QtBot) -> None:
    legend = make_legend(qtbot)
    legend.set_entries([BONE_PAIN, SEIZURE, RING])
    assert legend.isVisible()
    assert legend.labels() == ["Bone pain", "Seizure (fit)", "Flag: contact promptly"]
    marks = legend.findChildren(QLabel, "legendMark")
    assert [mark.accessibleName() for mark in marks] == [
        entry.description for entry in (BONE_PAIN, SEIZURE, RING)
    ]
    assert marks[2].toolTip() == "Vermillion hollow square around a point"
    for mark in marks:
        assert not mark.pixmap().isNull()
        assert mark.size() == ICON_SIZE
    labels = legend.findChildren(QLabel, "legendLabel")
    assert labels[0].accessibleDescription() == BONE_PAIN.description
    assert legend.accessibleName() == "Chart key"


def test_the_same_key_is_not_rebuilt_and_an_empty_one_is_hidden(qtbot: QtBot) -> None:
    legend = make_legend(qtbot)
    legend.set_entries([BONE_PAIN, SEIZURE])
    rows = legend.findChildren(QLabel, "legendLabel")
    legend.set_entries((BONE_PAIN, SEIZURE))
    assert legend.findChildren(QLabel, "legendLabel") == rows
    legend.set_entries([SEIZURE])
    assert legend.labels() == ["Seizure (fit)"]
    legend.set_entries([])
    assert legend.isHidden()
    assert legend.labels() == []


def test_a_mark_is_drawn_once_whatever_its_label(qtbot: QtBot) -> None:
    first = legend_pixmap(BONE_PAIN, 1.0)
    renamed = LegendEntry("Back pain", "blue line with round markers", "#0072B2", "o")
    assert legend_pixmap(renamed, 1.0) is first
    assert legend_pixmap(SEIZURE, 1.0) is not first
    sharp = legend_pixmap(BONE_PAIN, 2.0)
    assert sharp.devicePixelRatio() == 2.0
    assert sharp.width() == 2 * ICON_SIZE.width()


def test_importing_the_key_does_not_load_matplotlib() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, mbc_tracker.gui.history_legend\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))",
        ],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"


def test_on_a_dark_desktop_the_marks_sit_on_the_charts_white(qtbot: QtBot) -> None:
    """A black triangle on a dark window would not be seen; on the chart it is drawn on white."""
    legend = HistoryLegend()
    qtbot.addWidget(legend)
    palette = legend.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#2d2d30"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    legend.setPalette(palette)
    legend.set_entries([SEIZURE])
    mark = legend.findChild(QLabel, "legendMark")
    assert mark is not None
    assert "background: #ffffff" in mark.styleSheet()

    light = make_legend(qtbot)
    light.set_entries([SEIZURE])
    light_mark = light.findChild(QLabel, "legendMark")
    assert light_mark is not None and light_mark.styleSheet() == ""
