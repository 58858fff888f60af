"""Colours, marker shapes and hatch patterns for the charts, chosen so colour is never the only cue.

The palette is Okabe and Ito's set of eight colours that stay distinct for the common kinds of
colour blindness (Okabe & Ito, "Color Universal Design", 2008); every treatment category has its
own hatch pattern, every flag level its own ring shape, and on the History chart each symptom
its own lane, named beside it. No matplotlib here: plain strings and numbers the chart module
hands to matplotlib.

``ChartColours`` names every colour the History chart is drawn in. ``PRINT_COLOURS`` is the
chart on white (the clinic summary, a saved picture); the History view passes colours worked out
from the desktop's palette (``gui.chart_theme.chart_colours``), so on screen the chart follows a
light or dark theme.
"""

from __future__ import annotations

from dataclasses import dataclass

from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.domain.records import TreatmentCategory

# Okabe-Ito, ordered so the first series get the strongest contrast on white; the yellow (hard
# to see on white) comes last.
OKABE_ITO = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#F0E442",  # yellow
)
WEIGHT_COLOUR = "#333333"
TEMPERATURE_COLOUR = "#009E73"  # Okabe-Ito's bluish green: not the flags' vermillion
APPOINTMENT_COLOUR = "#555555"
APPOINTMENT_MARKER = "d"
TEXT_COLOUR = "#222222"
CALM_TEXT_COLOUR = "#555555"
GRID_COLOUR = "#DDDDDD"
BAND_EDGE_COLOUR = "#666666"

# Text sizes in points: readable at the default window (about 10 x 6 inches at 100 dpi).
TITLE_SIZE = 12.0
TICK_SIZE = 9.5
SMALL_SIZE = 9.0


@dataclass(frozen=True)
class ChartColours:
    """The History chart's colours by what they mean (hex strings, as matplotlib takes them)."""

    paper: str = "#FFFFFF"  # the figure's background
    text: str = TEXT_COLOUR  # lane names, dates, treatment names
    muted: str = CALM_TEXT_COLOUR  # the scale's numbers, "Nothing logged"
    grid: str = GRID_COLOUR  # each lane's 0 line and its 10 line
    line: str = "#0072B2"  # a rated symptom's line (its lane names it: one colour for all)
    event: str = "#222222"  # an event's mark
    weight: str = WEIGHT_COLOUR
    temperature: str = TEMPERATURE_COLOUR
    appointment: str = APPOINTMENT_COLOUR
    promptly: str = "#D55E00"  # the "contact promptly" ring
    next_visit: str = "#444444"  # the "mention next visit" ring
    band_edge: str = BAND_EDGE_COLOUR
    mark_edge: str = "#333333"  # a thin edge, so pale marks still show on the paper

    def level(self, level: FlagLevel) -> str:
        return self.promptly if level is FlagLevel.PROMPTLY else self.next_visit


PRINT_COLOURS = ChartColours()


@dataclass(frozen=True)
class FlagStyle:
    """A hollow ring drawn around a flagged point: a different shape for each level (its colour
    is in ``ChartColours``, which follows the screen's theme)."""

    marker: str
    size: float
    edge_width: float  # the more urgent ring is drawn heavier
    colour_words: str  # the colour in words, for the key's description
    label: str


# The words are marked here and translated where shown (``flag_label``, and
# ``translate("style", colour_words)``).
FLAG_STYLES = {
    FlagLevel.PROMPTLY: FlagStyle(
        "^",
        10.0,
        1.6,
        QT_TRANSLATE_NOOP("style", "vermillion"),
        QT_TRANSLATE_NOOP("style", "Flag: contact promptly"),
    ),
    FlagLevel.NEXT_VISIT: FlagStyle(
        "o",
        7.0,
        0.9,
        QT_TRANSLATE_NOOP("style", "grey"),
        QT_TRANSLATE_NOOP("style", "Flag: mention next visit"),
    ),
}


def flag_label(level: FlagLevel) -> str:
    """The key's name for a flag's ring, in the language in use."""
    return translate("style", FLAG_STYLES[level].label)


# A hatch per treatment category, so two kinds of treatment differ without colour. The colours
# are pale Okabe-Ito tints behind the hatching.
CATEGORY_HATCHES: dict[TreatmentCategory, str] = {
    TreatmentCategory.CHEMOTHERAPY: "xx",
    TreatmentCategory.HORMONE_THERAPY: "//",
    TreatmentCategory.TARGETED_THERAPY: "\\\\",
    TreatmentCategory.ANTI_HER2: "++",
    TreatmentCategory.ANTIBODY_DRUG_CONJUGATE: "oo",
    TreatmentCategory.CDK46_INHIBITOR: "..",
    TreatmentCategory.PARP_INHIBITOR: "--",
    TreatmentCategory.IMMUNOTHERAPY: "||",
    TreatmentCategory.RADIOTHERAPY: "**",
    TreatmentCategory.SURGERY: "OO",
    TreatmentCategory.OTHER: "",
}
CATEGORY_COLOURS: dict[TreatmentCategory, str] = {
    category: OKABE_ITO[index % (len(OKABE_ITO) - 1)]  # never black: text sits on the band
    for index, category in enumerate(TreatmentCategory)
}
