"""Words on Today's flag banner and the care-team line stay readable on light and dark desktops.

Contrast is the WCAG 2 ratio of relative luminances; 4.5:1 is the level for body text. The
palettes are a light and a dark Fusion palette, as desktops hand them to Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.gui import theme
from mbc_tracker.gui.care_team_notice import CareTeamNotice
from mbc_tracker.gui.care_team_page import ContactForm
from mbc_tracker.gui.flag_banner import FlagBanner
from mbc_tracker.gui.profile_view import ProfileView
from mbc_tracker.services.record import CareRecord

LIGHT = {"window": "#efefef", "text": "#000000", "base": "#ffffff"}
DARK = {"window": "#2d2d30", "text": "#e6e6e6", "base": "#1e1e1e"}


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(params=[LIGHT, DARK], ids=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    colours = request.param
    palette = QPalette(before)
    palette.setColor(QPalette.ColorRole.Window, QColor(colours["window"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colours["text"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(colours["text"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(colours["base"]))
    app.setPalette(palette)
    yield palette
    app.setPalette(before)


@pytest.mark.parametrize("level", list(FlagLevel))
def test_the_banner_words_stand_out_from_its_background(
    qtbot: QtBot, palette: QPalette, level: FlagLevel
) -> None:
    banner = FlagBanner()
    qtbot.addWidget(banner)
    banner._colour_for(level)
    text = palette.color(QPalette.ColorRole.WindowText)
    assert contrast(text, banner.background) >= 4.5
    assert contrast(banner.notice.colour, banner.background) >= 4.5


def test_the_care_team_line_stands_out_from_the_window(qtbot: QtBot, palette: QPalette) -> None:
    notice = CareTeamNotice()
    qtbot.addWidget(notice)
    assert contrast(notice.colour, palette.color(QPalette.ColorRole.Window)) >= 4.5


@pytest.mark.parametrize(
    "named", [theme.muted_text, theme.error_colour, theme.done_colour], ids=lambda f: f.__name__
)
def test_named_text_colours_stand_out_from_the_window(
    palette: QPalette, named: Callable[[QPalette], QColor]
) -> None:
    for ground in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(named(palette), palette.color(ground)) >= 4.5


def test_the_hints_under_form_fields_stand_out_from_the_window(
    qtbot: QtBot, palette: QPalette, record: CareRecord
) -> None:
    """Profile's and the forms' hints were the palette's "mid" grey: 1.7:1 on a light window."""
    form = ContactForm(record, None)
    profile = ProfileView(record)
    qtbot.addWidget(form)
    qtbot.addWidget(profile)
    hints = [*form.findChildren(QLabel, "hint"), *profile.findChildren(QLabel, "hint")]
    assert len(hints) >= 6
    window = palette.color(QPalette.ColorRole.Window)
    for hint in hints:
        colour = QColor(hint.styleSheet().removeprefix("color: ").removesuffix(";"))
        assert contrast(colour, window) >= 4.5, hint.text()
