"""The clinic visit summary's chart: the History view's figure, sized for a printed page.

The summary prints the very chart the History view shows (``history_chart.build_history_figure``
on the same ``HistoryData``), drawn into a ``matplotlib.figure.Figure`` (never pyplot) of the
page's text width, and returned as PNG bytes at ``PNG_DPI`` dots per inch: crisp on paper.

Why a picture and not SVG: Qt's SVG renderer (the page layout may use only QtGui and QtSvg)
draws matplotlib's SVG wrongly. It ignores the clipping of the treatment strip, so bands run out
of the chart; it drops the glyphs matplotlib shares between texts (spaces) with a warning for
each; and it takes longer to draw a 90-day chart than making the whole rest of the PDF.
matplotlib's own Agg renderer draws the hatching, markers, clipping and text exactly as the
History view does. matplotlib is imported on the first call, not when this module is imported.
"""

from __future__ import annotations

import io

from mbc_tracker.reports.history_data import HistoryData

MM_PER_INCH = 25.4
# The chart's height on paper: tall enough for eight symptoms, a treatment strip and the weight
# and temperature lanes to be read, short enough for the symptom table to start on the same page.
CHART_HEIGHT_MM = 100.0
# The figure is laid out as if this much larger and then printed smaller, so that its texts
# (sized in points for the screen) come out at about 7 pt on paper: still easy to read, and the
# plot keeps most of the width instead of giving a third of it to the legend.
TEXT_SCALE = 0.75
# Sharp in print (a printer's 300 dpi), and small enough to draw in about a quarter of a second.
PNG_DPI = 300


def chart_png(
    history: HistoryData, width_mm: float, height_mm: float = CHART_HEIGHT_MM, dpi: int = PNG_DPI
) -> bytes:
    """The period's chart as a PNG ``width_mm`` x ``height_mm`` on paper at ``dpi``."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from mbc_tracker.reports.history_chart import build_history_figure

    figure = Figure(
        figsize=(width_mm / MM_PER_INCH / TEXT_SCALE, height_mm / MM_PER_INCH / TEXT_SCALE),
        dpi=dpi * TEXT_SCALE,  # the same pixels as width_mm x height_mm at dpi
    )
    build_history_figure(history, figure)
    canvas = FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    # Light compression: the PDF compresses the picture again, and level 1 is several times
    # faster than the default for a file only a little larger.
    canvas.print_png(buffer, pil_kwargs={"compress_level": 1})  # type: ignore[no-untyped-call]
    return buffer.getvalue()
