"""Colours, marker shapes and hatch patterns for the charts, chosen so colour is never the only cue.

The palette is Okabe and Ito's set of eight colours that stay distinct for the common kinds of
colour blindness (Okabe & Ito, "Color Universal Design", 2008); every series also gets its own
marker shape, every treatment category its own hatch pattern, and every flag level its own ring
shape. No matplotlib here: plain strings and numbers the chart module hands to matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass

from mbc_tracker.domain.knowledge import FlagLevel
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
# Filled shapes for rated symptoms; nine of them, so with eight colours the (colour, marker)
# pairs only repeat after 72 series. Triangles are kept for events.
RATED_MARKERS = ("o", "s", "D", "P", "X", "h", "p", "d", "8")
EVENT_MARKERS = ("v", "^", "<", ">")

WEIGHT_COLOUR = "#333333"
WEIGHT_MARKER = "o"
APPOINTMENT_COLOUR = "#555555"
APPOINTMENT_MARKER = "d"
TEXT_COLOUR = "#222222"
CALM_TEXT_COLOUR = "#555555"
GRID_COLOUR = "#DDDDDD"
BAND_ALPHA = 0.18  # treatment shading behind the lines: light enough to read every point through
BAND_EDGE_COLOUR = "#666666"

# Text sizes in points: readable at the default window (about 10 x 6 inches at 100 dpi).
TITLE_SIZE = 12.0
LABEL_SIZE = 10.0
TICK_SIZE = 9.5
SMALL_SIZE = 9.0


@dataclass(frozen=True)
class SeriesStyle:
    colour: str
    marker: str


@dataclass(frozen=True)
class FlagStyle:
    """A hollow ring drawn around a flagged point: a different shape for each level."""

    marker: str
    size: float
    colour: str
    label: str


FLAG_STYLES = {
    FlagLevel.PROMPTLY: FlagStyle("s", 11.5, "#D55E00", "Flag: contact promptly"),
    FlagLevel.NEXT_VISIT: FlagStyle("o", 10.5, "#444444", "Flag: mention next visit"),
}

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


def series_style(index: int, is_event: bool) -> SeriesStyle:
    """The style of the ``index``-th series shown (rated and events counted together)."""
    markers = EVENT_MARKERS if is_event else RATED_MARKERS
    return SeriesStyle(OKABE_ITO[index % len(OKABE_ITO)], markers[index % len(markers)])
