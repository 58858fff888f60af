"""Colours by name, resolved from the palette a widget is drawn with (light, dark or high contrast).

Widgets ask for what a colour means ("promptly", "muted text", "card") rather than for a hex
value, so the same page reads well on a light and on a dark desktop. Most names are palette roles
or a blend of two; the two flag levels have no palette role, so they keep a hue of their own and
take their lightness from the palette (dark text on light windows, light text on dark ones).
Print and PDF stay on white and do not use this module.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from mbc_tracker.domain.knowledge import FlagLevel

_Role = QPalette.ColorRole

# Hue and saturation of each flag level; the lightness follows the palette (see level_colour).
_LEVEL_HUES = {FlagLevel.PROMPTLY: (22, 0.72), FlagLevel.NEXT_VISIT: (210, 0.45)}


def is_dark(palette: QPalette) -> bool:
    """True when the window is darker than its text (a dark theme)."""
    return palette.color(_Role.Window).lightnessF() < palette.color(_Role.WindowText).lightnessF()


def blend(first: QColor, second: QColor, share_of_first: float) -> QColor:
    """``first`` mixed with ``second``: 1.0 is all ``first``."""
    rest = 1.0 - share_of_first
    return QColor.fromRgbF(
        first.redF() * share_of_first + second.redF() * rest,
        first.greenF() * share_of_first + second.greenF() * rest,
        first.blueF() * share_of_first + second.blueF() * rest,
    )


def level_colour(level: FlagLevel, palette: QPalette) -> QColor:
    """The colour of a flag level, readable as text on the palette's window and base."""
    hue, saturation = _LEVEL_HUES[level]
    lightness = 0.70 if is_dark(palette) else 0.38
    return QColor.fromHslF(hue / 360.0, saturation, lightness)


def muted_text(palette: QPalette) -> QColor:
    """Secondary words (a rule's name, the articles): the text colour, a little quieter."""
    return blend(palette.color(_Role.WindowText), palette.color(_Role.Window), 0.75)


def card_background(palette: QPalette) -> QColor:
    return palette.color(_Role.Base)


def card_edge(palette: QPalette) -> QColor:
    return palette.color(_Role.Mid)


def focus_edge(palette: QPalette) -> QColor:
    return palette.color(_Role.Highlight)


def quiet_background(palette: QPalette) -> QColor:
    """A panel set a little apart from the card it sits in (the "Why?" passage)."""
    return palette.color(_Role.AlternateBase)


def error_colour(palette: QPalette) -> QColor:
    """A problem's words under a field: a red that reads as text on the palette's window."""
    return QColor.fromHslF(357 / 360.0, 0.62, 0.72 if is_dark(palette) else 0.40)


def done_colour(palette: QPalette) -> QColor:
    """A calm teal for "saved" and for the demo line, readable on the palette's window."""
    return QColor.fromHslF(176 / 360.0, 0.45, 0.70 if is_dark(palette) else 0.28)


def notice_background(level: FlagLevel, palette: QPalette) -> QColor:
    """A panel that asks to be read (a flag banner, a disagreement): a tint of the level's
    colour on the window's own."""
    return blend(level_colour(level, palette), palette.color(_Role.Window), 0.14)


def notice_edge(level: FlagLevel, palette: QPalette) -> QColor:
    return blend(level_colour(level, palette), palette.color(_Role.Window), 0.7)


def muted_style(widget: QWidget) -> str:
    """A style sheet for secondary words on ``widget``."""
    return f"color: {muted_text(widget.palette()).name()};"


def error_style(widget: QWidget) -> str:
    """A style sheet for a problem's words on ``widget``."""
    return f"color: {error_colour(widget.palette()).name()};"


def done_style(widget: QWidget) -> str:
    return f"color: {done_colour(widget.palette()).name()};"


# The History chart is drawn on white, on screen as on paper, until the chart itself follows
# the theme: the marks of its key sit on the same white, so that they read as they do on it.
CHART_PAPER = QColor(255, 255, 255)


def chart_mark_style() -> str:
    return f"background: {CHART_PAPER.name()}; border-radius: 3px;"
