"""The words a person reads for the app's enums and for the severity scale, in one place.

Enum values are stored in records and exports and never change; what a person reads comes from
here instead, through Qt's translation system (context ``labels``), so every screen names a band,
a unit or a kind of symptom the same way and a translation only has to be made once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mbc_tracker.domain.flags import FlagRule
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import SymptomKind, TemperatureUnit, WeightUnit
from mbc_tracker.domain.severity import MAX_SEVERITY, MIN_SEVERITY, SeverityBand, severity_band

_CONTEXT = "labels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def band_label(band: SeverityBand) -> str:
    """The word printed under the scale for a band: none, mild, moderate or severe."""
    words = {
        SeverityBand.NONE: _tr("none"),
        SeverityBand.MILD: _tr("mild"),
        SeverityBand.MODERATE: _tr("moderate"),
        SeverityBand.SEVERE: _tr("severe"),
    }
    return words[band]


def band_range(band: SeverityBand) -> tuple[int, int]:
    """The first and last severity of a band (0-0, 1-3, 4-6, 7-10)."""
    scale = range(MIN_SEVERITY, MAX_SEVERITY + 1)
    values = [value for value in scale if severity_band(value) is band]
    return values[0], values[-1]


def severity_text(severity: int | None) -> str:
    """A severity as a person would say it: "7 out of 10, severe", or "Not recorded"."""
    if severity is None:
        return _tr("Not recorded")
    return _tr("{value} out of 10, {band}").format(
        value=severity, band=band_label(severity_band(severity))
    )


def weight_unit_label(unit: WeightUnit) -> str:
    return {WeightUnit.KG: _tr("kg"), WeightUnit.LB: _tr("lb")}[unit]


def temperature_unit_label(unit: TemperatureUnit) -> str:
    return {TemperatureUnit.CELSIUS: _tr("°C"), TemperatureUnit.FAHRENHEIT: _tr("°F")}[unit]


def symptom_kind_label(kind: SymptomKind) -> str:
    return {
        SymptomKind.RATED: _tr("Rated from 0 (none) to 10"),
        SymptomKind.EVENT: _tr("Happened or not (for example a fall or a fit)"),
    }[kind]


def flag_level_label(level: FlagLevel) -> str:
    """What a flag's level asks the person to do, in her words."""
    return {
        FlagLevel.PROMPTLY: _tr("Contact your care team promptly"),
        FlagLevel.NEXT_VISIT: _tr("Mention at your next visit"),
    }[level]


def flag_level_mark(level: FlagLevel) -> str:
    """A shape beside the level's words, so colour is never the only cue."""
    return {FlagLevel.PROMPTLY: "▲", FlagLevel.NEXT_VISIT: "●"}[level]


def flag_rule_label(rule: FlagRule) -> str:
    """Which rule raised a flag, in a few plain words."""
    return {
        FlagRule.OCCURRENCE: _tr("Flagged every time it happens"),
        FlagRule.SEVERITY: _tr("Moderate or severe"),
        FlagRule.PERSISTENCE: _tr("Several days in a row"),
        FlagRule.WORSENING: _tr("Worse than your usual"),
        FlagRule.WEIGHT_LOSS: _tr("Weight loss"),
    }[rule]
