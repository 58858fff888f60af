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
from mbc_tracker.domain.severity import (
    MAX_SEVERITY,
    MIN_SEVERITY,
    SeverityBand,
    band_word,
    severity_band,
)

# Every text below is a literal ``QCoreApplication.translate("labels", ...)`` call: lupdate reads
# only literal calls, so a helper taking the text as a variable would hide them all from it.


def band_label(band: SeverityBand) -> str:
    """The word printed under the scale for a band: none, mild, moderate or severe (the same
    words as the flags and the summary say, from ``domain.severity``)."""
    return band_word(band)


def band_range(band: SeverityBand) -> tuple[int, int]:
    """The first and last severity of a band (0-0, 1-3, 4-6, 7-10)."""
    scale = range(MIN_SEVERITY, MAX_SEVERITY + 1)
    values = [value for value in scale if severity_band(value) is band]
    return values[0], values[-1]


def severity_text(severity: int | None) -> str:
    """A severity as a person would say it: "7 out of 10, severe", or "Not recorded"."""
    if severity is None:
        return QCoreApplication.translate("labels", "Not recorded")
    return QCoreApplication.translate("labels", "{value} out of 10, {band}").format(
        value=severity, band=band_label(severity_band(severity))
    )


def weight_unit_label(unit: WeightUnit) -> str:
    return {
        WeightUnit.KG: QCoreApplication.translate("labels", "kg"),
        WeightUnit.LB: QCoreApplication.translate("labels", "lb"),
    }[unit]


def temperature_unit_label(unit: TemperatureUnit) -> str:
    return {
        TemperatureUnit.CELSIUS: QCoreApplication.translate("labels", "°C"),
        TemperatureUnit.FAHRENHEIT: QCoreApplication.translate("labels", "°F"),
    }[unit]


def symptom_kind_label(kind: SymptomKind) -> str:
    return {
        SymptomKind.RATED: QCoreApplication.translate("labels", "Rated from 0 (none) to 10"),
        SymptomKind.EVENT: QCoreApplication.translate(
            "labels", "Happened or not (for example a fall or a fit)"
        ),
    }[kind]


def flag_level_label(level: FlagLevel) -> str:
    """What a flag's level asks the person to do, in her words."""
    return {
        FlagLevel.PROMPTLY: QCoreApplication.translate("labels", "Contact your care team promptly"),
        FlagLevel.NEXT_VISIT: QCoreApplication.translate("labels", "Mention at your next visit"),
    }[level]


def flag_level_words(flag: Flag, today: dt.date) -> str:
    """What ``flag``'s level asks, as of ``today``: a "contact promptly" flag of some days ago
    says when it was raised rather than asking, weeks later, to call now."""
    if flag.level is FlagLevel.PROMPTLY and not is_current_prompt(flag, today):
        return QCoreApplication.translate(
            "labels", "Flagged {day}: contact your care team promptly"
        ).format(day=long_day(flag.last_day))
    return flag_level_label(flag.level)


def flag_level_mark(level: FlagLevel) -> str:
    """A shape beside the level's words, so colour is never the only cue."""
    # The same shapes on every page, in the chart and on paper: a filled triangle, a ring.
    return {FlagLevel.PROMPTLY: "▲", FlagLevel.NEXT_VISIT: "○"}[level]


def flag_rule_label(rule: FlagRule) -> str:
    """Which rule raised a flag, in a few plain words."""
    return {
        FlagRule.OCCURRENCE: QCoreApplication.translate("labels", "Flagged every time it happens"),
        FlagRule.SEVERITY: QCoreApplication.translate("labels", "Moderate or severe"),
        FlagRule.PERSISTENCE: QCoreApplication.translate("labels", "Several days in a row"),
        FlagRule.WORSENING: QCoreApplication.translate("labels", "Worse than your usual"),
        FlagRule.WEIGHT_LOSS: QCoreApplication.translate("labels", "Weight loss"),
        FlagRule.FEVER: QCoreApplication.translate("labels", "A raised temperature"),
    }[rule]


def presentation_label(presentation: Presentation | None) -> str:
    """How metastatic disease was first found, in plain words (with the doctors' term)."""
    return {
        Presentation.DE_NOVO: QCoreApplication.translate(
            "labels", "Metastatic at the first diagnosis (“de novo”)"
        ),
        Presentation.RECURRENCE: QCoreApplication.translate(
            "labels", "Came back after earlier treatment (a recurrence)"
        ),
        None: QCoreApplication.translate("labels", "Not given"),
    }[presentation]


def paper_size_label(paper_size: PaperSize | None) -> str:
    """A paper size for printed reports; ``None`` follows the computer's region."""
    return {
        PaperSize.A4: QCoreApplication.translate("labels", "A4"),
        PaperSize.LETTER: QCoreApplication.translate("labels", "Letter"),
        None: QCoreApplication.translate("labels", "As the computer’s region"),
    }[paper_size]


# Metastatic sites offered for a receptor test's sample. The English word is what is stored (the
# domain writes it into its texts); a person reads the translated word.
METASTATIC_SITES = ("bone", "lung", "liver", "brain", "lymph node", "skin")


def metastatic_site_label(site: str) -> str:
    """A stored metastatic site in the person's language; her own words are shown as typed."""
    words = {
        "bone": QCoreApplication.translate("labels", "bone"),
        "lung": QCoreApplication.translate("labels", "lung"),
        "liver": QCoreApplication.translate("labels", "liver"),
        "brain": QCoreApplication.translate("labels", "brain"),
        "lymph node": QCoreApplication.translate("labels", "lymph node"),
        "skin": QCoreApplication.translate("labels", "skin"),
    }
    return words.get(site.strip().casefold(), site.strip())


def sample_label(kind: SampleKind, site: str = "") -> str:
    """Where a receptor test's sample came from: "Primary tumour" or "Metastatic: liver"."""
    if kind is SampleKind.PRIMARY:
        return QCoreApplication.translate("labels", "Primary tumour")
    if not site.strip():
        return QCoreApplication.translate("labels", "Metastatic (site not given)")
    return QCoreApplication.translate("labels", "Metastatic: {site}").format(
        site=metastatic_site_label(site)
    )


def her2_ihc_label(ihc: Her2Ihc | None) -> str:
    """A HER2 IHC score as written on a report (0 to 3+), or "Not given"."""
    return QCoreApplication.translate("labels", "Not given") if ihc is None else ihc.value


def ish_label(ish: IshResult | None) -> str:
    return {
        IshResult.AMPLIFIED: QCoreApplication.translate("labels", "Amplified"),
        IshResult.NOT_AMPLIFIED: QCoreApplication.translate("labels", "Not amplified"),
        IshResult.NOT_DONE: QCoreApplication.translate("labels", "Not done"),
        None: QCoreApplication.translate("labels", "Not given"),
    }[ish]


def gene_result_label(result: GeneResult | None) -> str:
    """A BRCA1 or BRCA2 result."""
    return {
        GeneResult.MUTATION_FOUND: QCoreApplication.translate("labels", "Mutation found"),
        GeneResult.NO_MUTATION: QCoreApplication.translate("labels", "No mutation found"),
        GeneResult.NOT_TESTED: QCoreApplication.translate("labels", "Not tested"),
        None: QCoreApplication.translate("labels", "Not given"),
    }[result]


def marker_result_label(result: MarkerResult | None) -> str:
    """A PD-L1 or Trop-2 result."""
    return {
        MarkerResult.POSITIVE: QCoreApplication.translate("labels", "Positive"),
        MarkerResult.NEGATIVE: QCoreApplication.translate("labels", "Negative"),
        MarkerResult.NOT_TESTED: QCoreApplication.translate("labels", "Not tested"),
        None: QCoreApplication.translate("labels", "Not given"),
    }[result]


def route_label(route: Route | None) -> str:
    """How a treatment is given, as a list shows it: "By mouth", "Not given" ..."""
    return {
        Route.ORAL: QCoreApplication.translate("labels", "By mouth"),
        Route.IV: QCoreApplication.translate("labels", "By drip into a vein (IV)"),
        Route.INJECTION: QCoreApplication.translate("labels", "By injection"),
        Route.OTHER: QCoreApplication.translate("labels", "Another way"),
        None: QCoreApplication.translate("labels", "Not given"),
    }[route]


def stop_reason_label(reason: StopReason | None) -> str:
    """Why a treatment was stopped, in a few plain words ("" when no reason is given)."""
    return {
        StopReason.PROGRESSION: QCoreApplication.translate("labels", "Progression"),
        StopReason.SIDE_EFFECTS: QCoreApplication.translate("labels", "Side effects"),
        StopReason.COURSE_COMPLETED: QCoreApplication.translate("labels", "Course completed"),
        StopReason.OTHER: QCoreApplication.translate("labels", "Other reason"),
        None: "",
    }[reason]


def appointment_kind_label(kind: AppointmentKind) -> str:
    """The kind of an appointment as a person says it: "Oncology visit", "CT scan"."""
    return {
        AppointmentKind.ONCOLOGY_VISIT: QCoreApplication.translate("labels", "Oncology visit"),
        AppointmentKind.BONE_SCAN: QCoreApplication.translate("labels", "Bone scan"),
        AppointmentKind.CT_SCAN: QCoreApplication.translate("labels", "CT scan"),
        AppointmentKind.MRI_SCAN: QCoreApplication.translate("labels", "MRI scan"),
        AppointmentKind.PET_SCAN: QCoreApplication.translate("labels", "PET scan"),
        AppointmentKind.XRAY: QCoreApplication.translate("labels", "X-ray"),
        AppointmentKind.BLOOD_TEST: QCoreApplication.translate("labels", "Blood test"),
        AppointmentKind.INFUSION: QCoreApplication.translate("labels", "Infusion"),
        AppointmentKind.RADIOTHERAPY: QCoreApplication.translate("labels", "Radiotherapy"),
        AppointmentKind.OTHER: QCoreApplication.translate("labels", "Other appointment"),
    }[kind]


def nothing_saved(fields: int) -> str:
    """The status line after a save refused for problems by ``fields`` fields: it says how many,
    so that a person scrolling a long form knows when she has found them all."""
    if fields <= 1:
        return QCoreApplication.translate(
            "labels",
            "Nothing was saved yet: one field needs a look. Please read the note under it, "
            "then save again.",
        )
    return QCoreApplication.translate(
        "labels",
        "Nothing was saved yet: %n fields need a look. Please read the notes under them, "
        "then save again.",
        None,
        fields,
    )
