"""The History chart on screen follows the app's text size (Preferences): at 150% and 200% its
words are larger than at 100%, every lane's name is written whole inside the chart, and the
dates under it do not run into each other. (The PDF's chart is drawn at 100% whatever the
screen's text size: ``tests/unit/test_history_chart.py``.)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.history_view import HistoryView
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.theme import Appearance, Look


def history_in(qtbot: QtBot, window: MainWindow, text_size: int) -> HistoryView:
    """The History page of ``window`` once its chart is drawn, in ``text_size`` per cent text
    (chosen as in Preferences: the pages are built again)."""
    window.change_look(Look(Appearance.LIGHT, text_size))
    window.show_page("history")
    page = window.current_page()
    assert isinstance(page, HistoryView)
    qtbot.waitUntil(lambda: page.chart() is not None and not page._chart_stale, timeout=10_000)
    return page


def tick_heights(view: HistoryView) -> list[float]:
    chart = view.chart()
    assert chart is not None and chart.lanes_axes is not None
    renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    return [
        label.get_window_extent(renderer).height
        for label in chart.lanes_axes.get_xticklabels()
        if label.get_text()
    ]


def cut_names(view: HistoryView) -> list[str]:
    """Lane names painted cut short ("…") or outside the chart's canvas."""
    chart = view.chart()
    assert chart is not None
    canvas = view.canvas()
    found = []
    for (box, shown, _muted), words in zip(
        view.lane_names.placed(), chart.margin_words, strict=True
    ):
        if not words.gid.startswith("lane:"):
            continue
        inside = box.left() >= 0 and box.top() >= 0 and box.bottom() <= canvas.height()
        if "…" in shown or not inside:
            found.append(f"{shown!r} in {box}")
    return found


def lane_name_pixels(view: HistoryView) -> int:
    chart = view.chart()
    assert chart is not None
    placed = [
        box.height() // max(len(shown.splitlines()), 1)
        for (box, shown, _muted), words in zip(
            view.lane_names.placed(), chart.margin_words, strict=True
        )
        if words.gid.startswith("lane:")
    ]
    return max(placed)


def overlapping_dates(view: HistoryView) -> list[str]:
    chart = view.chart()
    assert chart is not None and chart.lanes_axes is not None
    renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    labels = [label for label in chart.lanes_axes.get_xticklabels() if label.get_text()]
    extents = [label.get_window_extent(renderer) for label in labels]
    return [
        f"{labels[index].get_text()!r} / {labels[index + 1].get_text()!r}"
        for index in range(len(extents) - 1)
        if extents[index].x1 + 4 > extents[index + 1].x0
    ]


@pytest.mark.parametrize("text_size", [150, 200])
def test_the_charts_words_grow_with_the_text_and_the_names_stay_whole(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow], text_size: int
) -> None:
    window = open_demo_window((1024, 700), ("light", 100))
    at_100 = history_in(qtbot, window, 100)
    ticks_100, names_100 = max(tick_heights(at_100)), lane_name_pixels(at_100)
    larger = history_in(qtbot, window, text_size)
    assert max(tick_heights(larger)) > ticks_100 * 1.3
    assert lane_name_pixels(larger) > names_100 * 1.3
    # Each name whole: the chart grows taller for two lines a lane (the page scrolls).
    qtbot.waitUntil(lambda: cut_names(larger) == [], timeout=10_000)
    assert overlapping_dates(larger) == []
    chart = larger.chart()
    assert chart is not None and chart.lanes_axes is not None
    dates = [label.get_text() for label in chart.lanes_axes.get_xticklabels() if label.get_text()]
    assert len(dates) >= 2
    assert not any(":" in date for date in dates)  # days and months, never a time of day
