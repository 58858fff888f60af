"""The History chart's colours on screen, and the box of words over it, from the palette.

The chart (``reports.history_chart``) is drawn in ``reports.style.ChartColours``: on paper and in
saved pictures ``PRINT_COLOURS``, on white; on screen the colours made here from the palette the
History view is drawn with, so the chart follows a light, dark or high-contrast desktop. No fixed
colour here: every one comes from a palette role, a blend of two (``theme.blend``), or a hue whose
lightness follows the palette, as ``theme`` does for the widgets.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from mbc_tracker.gui.theme import blend
from mbc_tracker.reports.style import ChartColours

_Role = QPalette.ColorRole


def readout_style(palette: QPalette) -> str:
    """A style sheet for the small box of words over the History chart: the window's colours,
    set apart from the chart's ground (the palette's base), with an edge."""
    return (
        f"background: {palette.color(_Role.Window).name()}; "
        f"color: {palette.color(_Role.WindowText).name()}; "
        f"border: 1px solid {palette.color(_Role.Mid).name()}; border-radius: 4px; "
        "padding: 4px;"
    )


def chart_colours(palette: QPalette) -> ChartColours:
    """The History chart's colours on screen, from the palette: drawn on the palette's base (the
    ground of lists and fields), in its text colour, with the symptoms' blue and the flag rings'
    vermillion lighter on a dark ground. (The PDF and saved pictures use ``PRINT_COLOURS``.)"""
    text, base = palette.color(_Role.Text), palette.color(_Role.Base)
    dark = base.lightnessF() < text.lightnessF()

    def hsl(hue: float, saturation: float, light: float, dark_light: float) -> str:
        return QColor.fromHslF(hue / 360.0, saturation, dark_light if dark else light).name()

    def toward_text(share: float) -> str:
        return blend(text, base, share).name()

    return ChartColours(
        paper=base.name(),
        text=text.name(),
        muted=toward_text(0.68),
        grid=toward_text(0.22),
        line=hsl(202, 1.0, 0.35, 0.66),
        event=text.name(),
        weight=toward_text(0.8),
        temperature=hsl(164, 1.0, 0.31, 0.55),
        appointment=toward_text(0.6),
        promptly=hsl(24, 1.0, 0.42, 0.62),
        next_visit=toward_text(0.72),
        band_edge=toward_text(0.5),
        mark_edge=base.name() if dark else toward_text(0.85),
    )
