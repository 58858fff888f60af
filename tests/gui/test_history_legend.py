"""The History chart's key as a widget: each entry its mark and its words, flowing along as many
lines as the width needs, a note after them, marks drawn once and kept, nothing rebuilt for the
same key, hidden when there is nothing to name, marks in the chart's (theme's) colours, and no
matplotlib until a mark is first drawn."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mbc_tracker.gui import chart_theme
from mbc_tracker.gui.history_legend import ICON_SIZE, HistoryLegend, legend_pixmap
from mbc_tracker.reports.history_chart import LegendEntry
from mbc_tracker.reports.style import PRINT_COLOURS

LINE = LegendEntry(
    "Symptom, 0 to 10", "a line in the symptom's lane", PRINT_COLOURS.line, linewidth=1.5
)
SEIZURE = LegendEntry(
    "Event: a day it happened",
    "a downward triangle in the event's lane",
    PRINT_COLOURS.event,
    "v",
    linestyle="none",
    markersize=7,
)
RING = LegendEntry(
    "Flag: contact promptly",
    "vermillion hollow triangle around a point whose day raised the flag",
    PRINT_COLOURS.promptly,
    "s",
    linestyle="none",
    markersize=8.5,
    markerfacecolor="none",
    markeredgewidth=1.8,
)
BONE_PAIN = LINE


def make_legend(qtbot: QtBot) -> HistoryLegend:
    legend = HistoryLegend()
    qtbot.addWidget(legend)
    legend.resize(legend.width(), 400)
    legend.show()
    return legend


def test_each_entry_is_its_mark_and_its_words(qtbot: QtBot) -> None:
    legend = make_legend(qtbot)
    legend.set_entries([BONE_PAIN, SEIZURE, RING], "A ring: that day itself raised a flag.")
    assert legend.isVisible()
    assert legend.labels() == [
        "Symptom, 0 to 10",
        "Event: a day it happened",
        "Flag: contact promptly",
    ]
    assert legend.note.text() == "A ring: that day itself raised a flag."
    assert legend.note.isVisible()
    marks = legend.findChildren(QLabel, "legendMark")
    assert [mark.accessibleName() for mark in marks] == [
        entry.description for entry in (BONE_PAIN, SEIZURE, RING)
    ]
    assert marks[2].toolTip() == (
        "Vermillion hollow triangle around a point whose day raised the flag"
    )
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
    assert legend.labels() == ["Event: a day it happened"]
    legend.set_entries([])
    assert legend.isHidden()
    assert legend.labels() == []


def test_a_mark_is_drawn_once_whatever_its_label(qtbot: QtBot) -> None:
    first = legend_pixmap(BONE_PAIN, 1.0)
    renamed = dataclasses.replace(BONE_PAIN, label="Symptom (weekly average)")
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


def test_the_entries_flow_along_lines_as_the_width_allows(qtbot: QtBot) -> None:
    legend = make_legend(qtbot)
    legend.set_entries([BONE_PAIN, SEIZURE, RING], "A ring: that day itself raised a flag.")
    legend.resize(1600, 200)
    qtbot.wait(10)
    assert legend.line_count() == 1  # all on one line, the note too
    legend.resize(330, 200)
    qtbot.wait(10)
    assert legend.line_count() == 4  # one each
    for label in legend.findChildren(QLabel, "legendLabel"):
        assert label.isVisible()
        right = label.mapTo(legend, label.rect().topRight()).x()
        assert right <= legend.width()


def test_on_a_dark_desktop_the_marks_are_drawn_in_the_charts_dark_colours(
    qtbot: QtBot,
) -> None:
    """The chart follows the theme, so do the key's marks: a light mark on the dark window."""
    legend = HistoryLegend()
    qtbot.addWidget(legend)
    palette = legend.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2d2d30"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    legend.setPalette(palette)
    colours = chart_theme.chart_colours(palette)
    event = dataclasses.replace(SEIZURE, colour=colours.event, markeredgecolor=colours.mark_edge)
    legend.set_entries([event])
    mark = legend.findChild(QLabel, "legendMark")
    assert mark is not None and mark.styleSheet() == ""  # no white patch behind it any more
    image = mark.pixmap().toImage()
    lightest = max(
        QColor(image.pixel(x, y)).lightnessF()
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
    )
    assert lightest > 0.8  # drawn light, to be seen on the dark window
