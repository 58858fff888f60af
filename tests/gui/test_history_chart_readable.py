"""The History chart is readable in a small window at the desktop's own text size (issue 13):
at 1024 x 700 and 100% text, every lane is tall enough to see a change and to hold its name
on two lines (the weight's and the temperature's tall enough that their numbers never touch),
no two of the chart's words overlap each other or run into the plot, a treatment's name sits
on a box of the page's colour (no hatching crosses it), and the chart's words are no smaller
than the app's small text. The chart grows taller than the window for this; the page scrolls.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.collections import PolyCollection
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.history_view import HistoryView
from mbc_tracker.gui.main_window import MainWindow


def drawn_history(qtbot: QtBot, window: MainWindow) -> HistoryView:
    window.show_page("history")
    page = window.current_page()
    assert isinstance(page, HistoryView)
    qtbot.waitUntil(lambda: page.chart() is not None and not page._chart_stale, timeout=10_000)
    qtbot.wait(300)  # a redraw for a new least height, if any, is on a short timer
    qtbot.waitUntil(lambda: not page._chart_stale, timeout=10_000)
    return page


def ratio_of(view: HistoryView) -> float:
    return float(getattr(view.canvas(), "device_pixel_ratio", 1) or 1)


def line_height(view: HistoryView) -> float:
    """The height of one line of the lane names as painted, in logical pixels."""
    chart = view.chart()
    assert chart is not None
    words = next(words for words in chart.margin_words if words.gid.startswith("lane:"))
    inch = chart.figure.dpi / ratio_of(view)
    return QFontMetricsF(view.lane_names._font(words, inch)).height()


def text_boxes(view: HistoryView) -> list[tuple[str, QRectF]]:
    """Every word of the chart as drawn, in the canvas's logical pixels: the names and numbers
    Qt paints beside the lanes (their inked width, not their whole box), and matplotlib's texts
    and date labels."""
    chart = view.chart()
    assert chart is not None and chart.lanes_axes is not None
    ratio = ratio_of(view)
    inch = chart.figure.dpi / ratio
    height = view.canvas().height()
    boxes = []
    for (box, shown, _muted), words in zip(
        view.lane_names.placed(), chart.margin_words, strict=True
    ):
        metrics = QFontMetricsF(view.lane_names._font(words, inch))
        lines = shown.splitlines()
        width = max(metrics.horizontalAdvance(line) for line in lines)
        inked = metrics.height() * len(lines)
        top = box.center().y() - inked / 2
        boxes.append((shown, QRectF(box.right() + 1 - width, top, width, inked)))
    renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    texts = [*chart.lanes_axes.texts, *chart.lanes_axes.get_xticklabels()]
    for text in texts:
        if not text.get_text() or not text.get_visible():
            continue
        extent = text.get_window_extent(renderer)
        boxes.append(
            (
                text.get_text(),
                QRectF(
                    extent.x0 / ratio,
                    height - extent.y1 / ratio,
                    extent.width / ratio,
                    extent.height / ratio,
                ),
            )
        )
    return boxes


def test_each_lane_holds_two_lines_of_its_words(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow]
) -> None:
    view = drawn_history(qtbot, open_demo_window((1024, 700), ("light", 100)))
    chart = view.chart()
    assert chart is not None and chart.lanes_axes is not None
    inch = chart.figure.dpi / ratio_of(view)
    line = line_height(view)
    logged = {series.key for series in chart.data.symptoms if series.points}
    short = []
    for lane in chart.lanes:
        if lane.kind in ("rated", "event") and lane.key not in logged:
            continue  # a thin lane that says "Not marked as happening in this period"
        lines = 3 if lane.kind in ("weight", "temperature") else 2
        pixels = (lane.bottom - lane.top) * inch
        if pixels < lines * line:
            short.append(f"{lane.label}: {pixels:.0f} px, less than {lines} lines of {line:.0f}")
    assert short == []


def test_no_two_words_of_the_chart_overlap_or_run_into_the_plot(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow]
) -> None:
    view = drawn_history(qtbot, open_demo_window((1024, 700), ("light", 100)))
    chart = view.chart()
    assert chart is not None and chart.lanes_axes is not None
    boxes = text_boxes(view)
    overlaps = [
        f"{first!r} / {second!r}"
        for index, (first, first_box) in enumerate(boxes)
        for second, second_box in boxes[index + 1 :]
        if first_box.adjusted(0, 0.5, 0, -0.5).intersects(second_box.adjusted(0, 0.5, 0, -0.5))
    ]
    assert overlaps == []
    plot_left = chart.lanes_axes.get_window_extent().x0 / ratio_of(view)
    painted = [(shown, box) for (box, shown, _muted) in view.lane_names.placed()]
    into_plot = [
        shown
        for shown, (_text, box) in zip(
            [shown for shown, _box in painted], boxes[: len(painted)], strict=True
        )
        if box.right() > plot_left - 3
    ]
    assert into_plot == []
    # None of the words is cut short, and none smaller than the app's small text.
    assert not any("…" in shown for shown, _box in painted)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # The app's small text: nine tenths of its own (the smallest it writes, such as a key's
    # note), compared by the fonts' pixel sizes.
    small = round(0.9 * QFontInfo(app.font()).pixelSize())
    chart_ = view.chart()
    assert chart_ is not None
    inch = chart_.figure.dpi / ratio_of(view)
    sizes = [view.lane_names._font(words, inch).pixelSize() for words in chart_.margin_words]
    assert min(sizes) >= small, (sizes, small)
    axes = chart_.lanes_axes
    assert axes is not None
    drawn = [*axes.texts, *axes.get_xticklabels()]
    assert min(text.get_fontsize() * inch / 72 for text in drawn) >= small - 0.5


def test_treatment_names_sit_on_an_opaque_box_above_the_hatching(
    qtbot: QtBot, open_demo_window: Callable[..., MainWindow]
) -> None:
    view = drawn_history(qtbot, open_demo_window((1024, 700), ("light", 100)))
    chart = view.chart()
    assert chart is not None and chart.lanes_axes is not None
    axes = chart.lanes_axes
    renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    backing = next(c for c in axes.collections if c.get_gid() == "treatment-name-backing")
    assert isinstance(backing, PolyCollection)
    assert all(colour[3] == 1.0 for colour in backing.get_facecolor())
    hatched = [c for c in axes.collections if (c.get_gid() or "").startswith("treatments:")]
    assert hatched and all(backing.get_zorder() > c.get_zorder() for c in hatched)
    boxes = [path.get_extents(axes.transData) for path in backing.get_paths()]
    names = [band.label for band in chart.data.treatments]
    labels = [
        text
        for text in axes.texts
        if any(name.startswith(text.get_text().rstrip("…")) for name in names)
    ]
    assert labels
    for text in labels:
        extent = text.get_window_extent(renderer)
        assert any(
            box.x0 <= extent.x0 + 0.5
            and extent.x1 <= box.x1 + 0.5
            and box.y0 <= extent.y0 + 0.5
            and extent.y1 <= box.y1 + 0.5
            for box in boxes
        ), f"{text.get_text()!r} is not wholly on its box"
