"""The words a person reads for the app's enums and for the severity scale, in one place.

Enum values are stored in records and exports and never change; what a person reads comes from
here instead, through Qt's translation system (context ``labels``), so every screen names a band,
a unit or a kind of symptom the same way and a translation only has to be made once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mbc_tracker.domain.dates import long_day
from mbc_tracker.domain.flags import Flag, FlagRule, is_current_prompt
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import (
    AppointmentKind,
    GeneResult,
    Her2Ihc,
    IshResult,
    MarkerResult,
    PaperSize,
    Presentation,
    Route,
    SampleKind,
    StopReason,
    SymptomKind,
    TemperatureUnit,
    WeightUnit,
)
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


def flag_level_words(flag: Flag, today: dt.date) -> str:
    """What ``flag``'s level asks, as of ``today``: a "contact promptly" flag of some days ago
    says when it was raised rather than asking, weeks later, to call now."""
    if flag.level is FlagLevel.PROMPTLY and not is_current_prompt(flag, today):
        return _tr("Flagged {day}: contact your care team promptly").format(
            day=long_day(flag.last_day)
        )
    return flag_level_label(flag.level)


def flag_level_mark(level: FlagLevel) -> str:
    """A shape beside the level's words, so colour is never the only cue."""
    # The same shapes on every page, in the chart and on paper: a filled triangle, a ring.
    return {FlagLevel.PROMPTLY: "▲", FlagLevel.NEXT_VISIT: "○"}[level]


def flag_rule_label(rule: FlagRule) -> str:
    """Which rule raised a flag, in a few plain words."""
    return {
        FlagRule.OCCURRENCE: _tr("Flagged every time it happens"),
        FlagRule.SEVERITY: _tr("Moderate or severe"),
        FlagRule.PERSISTENCE: _tr("Several days in a row"),
        FlagRule.WORSENING: _tr("Worse than your usual"),
        FlagRule.WEIGHT_LOSS: _tr("Weight loss"),
        FlagRule.FEVER: _tr("A raised temperature"),
    }[rule]


def presentation_label(presentation: Presentation | None) -> str:
    """How metastatic disease was first found, in plain words (with the doctors' term)."""
    return {
        Presentation.DE_NOVO: _tr("Metastatic at the first diagnosis (“de novo”)"),
        Presentation.RECURRENCE: _tr("Came back after earlier treatment (a recurrence)"),
        None: _tr("Not given"),
    }[presentation]


def paper_size_label(paper_size: PaperSize | None) -> str:
    """A paper size for printed reports; ``None`` follows the computer's region."""
    return {
        PaperSize.A4: _tr("A4"),
        PaperSize.LETTER: _tr("Letter"),
        None: _tr("As the computer’s region"),
    }[paper_size]


# Metastatic sites offered for a receptor test's sample. The English word is what is stored (the
# domain writes it into its texts); a person reads the translated word.
METASTATIC_SITES = ("bone", "lung", "liver", "brain", "lymph node", "skin")


def metastatic_site_label(site: str) -> str:
    """A stored metastatic site in the person's language; her own words are shown as typed."""
    words = {
        "bone": _tr("bone"),
        "lung": _tr("lung"),
        "liver": _tr("liver"),
        "brain": _tr("brain"),
        "lymph node": _tr("lymph node"),
        "skin": _tr("skin"),
    }
    return words.get(site.strip().casefold(), site.strip())


def sample_label(kind: SampleKind, site: str = "") -> str:
    """Where a receptor test's sample came from: "Primary tumour" or "Metastatic: liver"."""
    if kind is SampleKind.PRIMARY:
        return _tr("Primary tumour")
    if not site.strip():
        return _tr("Metastatic (site not given)")
    return _tr("Metastatic: {site}").format(site=metastatic_site_label(site))


def her2_ihc_label(ihc: Her2Ihc | None) -> str:
    """A HER2 IHC score as written on a report (0 to 3+), or "Not given"."""
    return _tr("Not given") if ihc is None else ihc.value


def ish_label(ish: IshResult | None) -> str:
    return {
        IshResult.AMPLIFIED: _tr("Amplified"),
        IshResult.NOT_AMPLIFIED: _tr("Not amplified"),
        IshResult.NOT_DONE: _tr("Not done"),
        None: _tr("Not given"),
    }[ish]


def gene_result_label(result: GeneResult | None) -> str:
    """A BRCA1 or BRCA2 result."""
    return {
        GeneResult.MUTATION_FOUND: _tr("Mutation found"),
        GeneResult.NO_MUTATION: _tr("No mutation found"),
        GeneResult.NOT_TESTED: _tr("Not tested"),
        None: _tr("Not given"),
    }[result]


def marker_result_label(result: MarkerResult | None) -> str:
    """A PD-L1 or Trop-2 result."""
    return {
        MarkerResult.POSITIVE: _tr("Positive"),
        MarkerResult.NEGATIVE: _tr("Negative"),
        MarkerResult.NOT_TESTED: _tr("Not tested"),
        None: _tr("Not given"),
    }[result]


def route_label(route: Route | None) -> str:
    """How a treatment is given, as a list shows it: "By mouth", "Not given" ..."""
    return {
        Route.ORAL: _tr("By mouth"),
        Route.IV: _tr("By drip into a vein (IV)"),
        Route.INJECTION: _tr("By injection"),
        Route.OTHER: _tr("Another way"),
        None: _tr("Not given"),
    }[route]


def stop_reason_label(reason: StopReason | None) -> str:
    """Why a treatment was stopped, in a few plain words ("" when no reason is given)."""
    return {
        StopReason.PROGRESSION: _tr("Progression"),
        StopReason.SIDE_EFFECTS: _tr("Side effects"),
        StopReason.COURSE_COMPLETED: _tr("Course completed"),
        StopReason.OTHER: _tr("Other reason"),
        None: "",
    }[reason]


def appointment_kind_label(kind: AppointmentKind) -> str:
    """The kind of an appointment as a person says it: "Oncology visit", "CT scan"."""
    return {
        AppointmentKind.ONCOLOGY_VISIT: _tr("Oncology visit"),
        AppointmentKind.BONE_SCAN: _tr("Bone scan"),
        AppointmentKind.CT_SCAN: _tr("CT scan"),
        AppointmentKind.MRI_SCAN: _tr("MRI scan"),
        AppointmentKind.PET_SCAN: _tr("PET scan"),
        AppointmentKind.XRAY: _tr("X-ray"),
        AppointmentKind.BLOOD_TEST: _tr("Blood test"),
        AppointmentKind.INFUSION: _tr("Infusion"),
        AppointmentKind.RADIOTHERAPY: _tr("Radiotherapy"),
        AppointmentKind.OTHER: _tr("Other appointment"),
    }[kind]


def nothing_saved(fields: int) -> str:
    """The status line after a save refused for problems by ``fields`` fields: it says how many,
    so that a person scrolling a long form knows when she has found them all."""
    if fields <= 1:
        return _tr(
            "Nothing was saved yet: one field needs a look. Please read the note under it, "
            "then save again."
        )
    return QCoreApplication.translate(
        _CONTEXT,
        "Nothing was saved yet: %n fields need a look. Please read the notes under them, "
        "then save again.",
        None,
        fields,
    )
