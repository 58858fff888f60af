"""Colours by name, resolved from the palette a widget is drawn with (light, dark or high contrast).

Widgets ask for what a colour means ("promptly", "muted text", "card") rather than for a hex
value, so the same page reads well on a light and on a dark desktop. Most names are palette roles
or a blend of two; the two flag levels have no palette role, so they keep a hue of their own and
take their lightness from the palette (dark text on light windows, light text on dark ones).
Print and PDF stay on white and do not use this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.services import app_settings

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


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21; 4.5 is the level for body text)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_highlight(palette: QPalette) -> QColor:
    """The palette's highlight, darkened (or lightened) until the highlighted text on it reads
    at 4.5:1: what is chosen (a day, a scale's number, the calendar's month) must be legible."""
    text = palette.color(_Role.HighlightedText)
    colour = QColor(palette.color(_Role.Highlight))
    for _step in range(30):
        if contrast_ratio(colour, text) >= 4.5:
            break
        colour = colour.darker(108) if text.lightnessF() > 0.5 else colour.lighter(108)
    return colour


def level_colour(level: FlagLevel, palette: QPalette) -> QColor:
    """The colour of a flag level, readable as text on the palette's window and base."""
    hue, saturation = _LEVEL_HUES[level]
    lightness = 0.70 if is_dark(palette) else 0.38
    return QColor.fromHslF(hue / 360.0, saturation, lightness)


def muted_text(palette: QPalette) -> QColor:
    """Secondary words (a rule's name, the articles): the text colour, a little quieter."""
    return blend(palette.color(_Role.WindowText), palette.color(_Role.Window), 0.75)


def is_high_contrast(palette: QPalette) -> bool:
    """True for a black-and-white palette (the high contrast look, or a desktop's own)."""
    return contrast_ratio(palette.color(_Role.Window), palette.color(_Role.WindowText)) >= 20.0


def other_month_text(palette: QPalette) -> QColor:
    """The days of the months either side in a calendar: quieter than the month's own days but
    readable (4.5:1 on both the calendar's base and the window; in high contrast nearly the
    text colour). Qt draws them in the disabled text colour, which on Fusion's light palette
    reaches 1.8:1, and reads as faint grey on black in high contrast."""
    text, base = palette.color(_Role.Text), palette.color(_Role.Base)
    window = palette.color(_Role.Window)
    share = 0.8 if is_high_contrast(palette) else 0.6
    colour = blend(text, base, share)
    while share < 1.0 and min(contrast_ratio(colour, base), contrast_ratio(colour, window)) < 4.6:
        share = min(1.0, share + 0.05)
        colour = blend(text, base, share)
    return colour


def mark_line_width(palette: QPalette, cell_height: int) -> float:
    """The line of a mark drawn on a calendar day (a flagged day's ring): at least 2 pixels,
    growing with the text, and half as thick again in high contrast."""
    width = max(2.0, cell_height / 14)
    return width * 1.5 if is_high_contrast(palette) else width


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


def tab_bar_style(tab_bar: QWidget) -> str:
    """The page tabs' style sheet: large tabs, and large scroll buttons for when the tabs do
    not fit (with large text in a small window), in the palette's button colours.

    Qt's own scroll buttons were 12 by 28 pixels with arrows too small to find or press; these
    are each a line and a half of the tabs' text wide (never under 36 pixels), with a bold
    arrow half that size, black or white as reads best on the button, grey when there is no
    further tab that way. Colours are named by palette role (``palette(button)``), so they
    follow light, dark and high contrast.
    """
    from mbc_tracker.paths import resource_dir

    button = max(36, round(QFontMetrics(tab_bar.font()).height() * 1.5))
    arrow = button // 2
    face = tab_bar.palette().color(_Role.Button)
    white, black = QColor("#ffffff"), QColor("#000000")
    ink = "white" if contrast_ratio(white, face) >= contrast_ratio(black, face) else "black"
    icons = resource_dir("resources") / "icons"

    def image(side: str, colour: str) -> str:
        return (icons / f"arrow-{side}-{colour}.svg").as_posix()

    sheet = (
        "QTabBar::tab { padding: 8px 18px; }"
        # The scroller's width is the two buttons' together.
        f" QTabBar::scroller {{ width: {2 * button}px; }}"
        " QTabBar QToolButton { background: palette(button); color: palette(button-text);"
        " border: 1px solid palette(mid); border-radius: 3px; }"
        " QTabBar QToolButton:hover { border: 2px solid palette(highlight); }"
    )
    for side in ("left", "right"):
        sheet += (
            f" QTabBar QToolButton::{side}-arrow {{ image: url({image(side, ink)});"
            f" width: {arrow}px; height: {arrow}px; }}"
            f" QTabBar QToolButton::{side}-arrow:disabled {{ image: url({image(side, 'grey')}); }}"
        )
    return sheet


def muted_style(widget: QWidget) -> str:
    """A style sheet for secondary words on ``widget``."""
    return f"color: {muted_text(widget.palette()).name()};"


def error_style(widget: QWidget) -> str:
    """A style sheet for a problem's words on ``widget``."""
    return f"color: {error_colour(widget.palette()).name()};"


def done_style(widget: QWidget) -> str:
    return f"color: {done_colour(widget.palette()).name()};"


# -- the look a person chooses: colours and text size ---------------------------------------------


class Appearance(StrEnum):
    """The colours of the whole app (Edit > Preferences; an app setting of this computer)."""

    SYSTEM = "system"  # the desktop's own, light or dark, following it when it changes
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


TEXT_SIZES = app_settings.TEXT_SIZES  # per cent of the desktop's own text size


@dataclass(frozen=True)
class Look:
    appearance: Appearance = Appearance.SYSTEM
    text_size: int = 100


@dataclass(frozen=True)
class _Desktop:
    """What the app had from the desktop before any choice was applied, to go back to."""

    style: str
    font: QFont


_desktop: list[_Desktop] = []

_DARK = {
    _Role.Window: "#2d2d30",
    _Role.WindowText: "#e6e6e6",
    _Role.Base: "#1e1e1e",
    _Role.AlternateBase: "#2a2a2d",
    _Role.ToolTipBase: "#3a3a3d",
    _Role.ToolTipText: "#f0f0f0",
    _Role.Text: "#e6e6e6",
    _Role.Button: "#3a3a3d",
    _Role.ButtonText: "#e6e6e6",
    _Role.BrightText: "#ff6060",
    _Role.Highlight: "#3d7fd6",
    _Role.HighlightedText: "#ffffff",
    _Role.Light: "#505050",
    _Role.Midlight: "#444447",
    _Role.Mid: "#6a6a6e",
    _Role.Dark: "#1a1a1a",
    _Role.Shadow: "#000000",
    _Role.PlaceholderText: "#a8a8a8",
    _Role.Link: "#7fb2ff",
}
# Black and white with yellow for what is chosen: the usual high-contrast desktop scheme.
_HIGH_CONTRAST = {
    _Role.Window: "#000000",
    _Role.WindowText: "#ffffff",
    _Role.Base: "#000000",
    _Role.AlternateBase: "#1a1a1a",
    _Role.ToolTipBase: "#000000",
    _Role.ToolTipText: "#ffffff",
    _Role.Text: "#ffffff",
    _Role.Button: "#000000",
    _Role.ButtonText: "#ffffff",
    _Role.BrightText: "#ffff00",
    _Role.Highlight: "#ffff00",
    _Role.HighlightedText: "#000000",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#ffffff",
    _Role.Mid: "#ffffff",
    _Role.Dark: "#ffffff",
    _Role.Shadow: "#ffffff",
    _Role.PlaceholderText: "#d0d0d0",
    _Role.Link: "#00ffff",
}


def palette_for(appearance: Appearance) -> QPalette:
    """The palette of a chosen appearance; for SYSTEM an empty one, which lets the desktop's
    own palette through (and Qt follow it when the desktop changes)."""
    if appearance is Appearance.SYSTEM:
        return QPalette()
    fusion = QStyleFactory.create("Fusion")
    palette = QPalette(fusion.standardPalette())
    colours = {Appearance.DARK: _DARK, Appearance.HIGH_CONTRAST: _HIGH_CONTRAST}.get(appearance)
    for role, colour in (colours or {}).items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    if colours is not None:
        disabled = blend(QColor(colours[_Role.WindowText]), QColor(colours[_Role.Window]), 0.6)
        for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
        for role in (_Role.Window, _Role.Base, _Role.Button):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours[role]))
    return palette


def indicator_style(palette: QPalette, size: int) -> str:
    """Tick boxes (in forms and in lists) and round choices drawn plainly in the palette's own
    colours: a border in the text colour on the base, filled with the highlight (and a tick)
    when chosen. Qt's Fusion
    style draws their edge a little darker than the window, which vanishes on dark and
    high-contrast windows, and is faint on light ones (two of Today's most serious symptoms are
    tick boxes)."""
    from mbc_tracker.paths import resource_dir

    text = palette.color(_Role.Text).name()
    base = palette.color(_Role.Base).name()
    highlight = readable_highlight(palette)
    white, black = QColor("#ffffff"), QColor("#000000")
    tick = (
        "check-white.svg"
        if contrast_ratio(white, highlight) >= contrast_ratio(black, highlight)
        else "check-black.svg"
    )
    tick_path = (resource_dir("resources") / "icons" / tick).as_posix()
    quiet = muted_text(palette).name()
    return (
        f"QCheckBox::indicator, QRadioButton::indicator {{ width: {size}px; height: {size}px;"
        f" border: 2px solid {text}; background: {base}; }}"
        f" QCheckBox::indicator {{ border-radius: 3px; }}"
        f" QRadioButton::indicator {{ border-radius: {size // 2 + 2}px; }}"
        f" QCheckBox::indicator:checked {{ background: {highlight.name()};"
        f" image: url({tick_path}); }}"
        f" QRadioButton::indicator:checked {{ background: {highlight.name()}; }}"
        f" QCheckBox::indicator:disabled, QRadioButton::indicator:disabled"
        f" {{ border-color: {quiet}; }}"
        # The same for tick boxes inside lists (History's symptoms to show).
        f" QAbstractItemView::indicator {{ width: {size}px; height: {size}px;"
        f" border: 2px solid {text}; background: {base}; border-radius: 3px; }}"
        f" QAbstractItemView::indicator:checked {{ background: {highlight.name()};"
        f" image: url({tick_path}); }}"
        f" QAbstractItemView::indicator:disabled {{ border-color: {quiet}; }}"
        # A pressed-in choice (Open / Discussed / All, Chart / Table) in the highlight, and
        # text fields with an edge: Fusion shades both too faintly on dark windows.
        f" QPushButton:checked {{ background: {highlight.name()};"
        f" color: {palette.color(_Role.HighlightedText).name()};"
        f" border: 2px solid {text}; border-radius: 4px; padding: 4px 10px; }}"
        f" QLineEdit, QPlainTextEdit {{ border: 1px solid {quiet}; border-radius: 2px;"
        f" background: {base}; padding: 2px; }}"
        f" QLineEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {highlight.name()}; }}"
    )


def text_scale() -> float:
    """The text size chosen, as a share of the desktop's own (1.0 before any choice)."""
    if not _desktop:
        return 1.0
    base = _desktop[0].font
    font = QApplication.font()
    if base.pointSizeF() > 0 and font.pointSizeF() > 0:
        return font.pointSizeF() / base.pointSizeF()
    if base.pixelSize() > 0 and font.pixelSize() > 0:
        return font.pixelSize() / base.pixelSize()
    return 1.0


def apply_look(app: QApplication, look: Look) -> None:
    """Give the whole app the chosen colours and text size. Pages built before keep the old
    colours in their style sheets: the main window builds them again (``refresh_look``)."""
    if not _desktop:
        _desktop.append(_Desktop(app.style().name(), QFont(app.font())))
    desktop = _desktop[0]
    # Fusion honours a palette on every platform; a native style may draw its own colours.
    style = desktop.style if look.appearance is Appearance.SYSTEM else "fusion"
    if app.style().name().lower() != style.lower():
        app.setStyle(style)
    palette = palette_for(look.appearance)
    app.setPalette(palette)  # for SYSTEM: the desktop's own palette comes through
    highlight = readable_highlight(app.palette())
    if highlight != app.palette().color(_Role.Highlight):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, _Role.Highlight, highlight)
        app.setPalette(palette)
    # Tick boxes and round choices are drawn plainly so that their edges show (see
    # ``indicator_style``; Fusion's reach 1.7:1 even on its light palette): on the app's own
    # palettes, and on the desktop's when its style is Fusion anyway (Qt's own drawing, as on
    # most Linux desktops without a Qt theme). A native style (Windows, macOS, Breeze) keeps its
    # drawing.
    if look.appearance is not Appearance.SYSTEM or style.lower() == "fusion":
        size = max(14, round(QFontMetricsF(desktop.font).height() * look.text_size / 100 * 0.9))
        app.setStyleSheet(indicator_style(app.palette(), size))
    elif app.styleSheet():
        app.setStyleSheet("")
    font = QFont(desktop.font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(desktop.font.pointSizeF() * look.text_size / 100)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(desktop.font.pixelSize() * look.text_size / 100))
    if font != app.font():
        app.setFont(font)
