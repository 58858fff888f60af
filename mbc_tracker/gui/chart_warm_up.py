"""Getting the chart library ready while the app is idle, before History is first shown.

matplotlib takes a few hundred milliseconds to import and a first drawing loads its fonts; done
when History is first opened, that is a pause in front of the person. The main window calls
``warm_up_charts`` once the record is shown and the app has been idle a moment.
"""

from __future__ import annotations


def warm_up_charts() -> None:
    """Import the History page, matplotlib's Qt canvas and the chart code, and draw once
    off screen (fonts and text layout are loaded on the first drawing)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: F401
    from matplotlib.figure import Figure

    import mbc_tracker.gui.history_view  # the page itself
    import mbc_tracker.reports.history_chart  # noqa: F401

    figure = Figure(figsize=(2, 1), dpi=50)
    axes = figure.add_subplot()
    axes.plot([0, 1, 2], [0, 2, 1], marker="o")
    axes.set_title("warm-up")
    axes.set_xlabel("day")
    FigureCanvasAgg(figure).draw()
