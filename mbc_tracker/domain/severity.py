"""Severity bands for the 0-10 scale that every rated symptom uses.

The bands (none 0, mild 1-3, moderate 4-6, severe 7-10) are the words shown beside the scale on
Today and in reports, so a person never has to guess what a number means.
"""

from __future__ import annotations

from enum import StrEnum

from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate

MIN_SEVERITY = 0
MAX_SEVERITY = 10


class SeverityBand(StrEnum):
    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


# The band's word for a person (the enum values are keys: they stay English everywhere).
BAND_WORDS = {
    SeverityBand.NONE: QT_TRANSLATE_NOOP("severity", "none"),
    SeverityBand.MILD: QT_TRANSLATE_NOOP("severity", "mild"),
    SeverityBand.MODERATE: QT_TRANSLATE_NOOP("severity", "moderate"),
    SeverityBand.SEVERE: QT_TRANSLATE_NOOP("severity", "severe"),
}


def band_word(band: SeverityBand) -> str:
    """ "moderate" in the language in use."""
    return translate("severity", BAND_WORDS[band])


def severity_band(severity: int) -> SeverityBand:
    if not MIN_SEVERITY <= severity <= MAX_SEVERITY:
        raise ValueError(f"severity {severity} is outside {MIN_SEVERITY}-{MAX_SEVERITY}")
    if severity == 0:
        return SeverityBand.NONE
    if severity <= 3:
        return SeverityBand.MILD
    if severity <= 6:
        return SeverityBand.MODERATE
    return SeverityBand.SEVERE
