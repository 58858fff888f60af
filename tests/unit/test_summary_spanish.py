"""The clinic summary with Spanish chosen: its sentences, numbers, month names and printed pages.

A person who chose Spanish must not find an English sentence made by the summary's own modules
(the builder, the first page, the medicines, the chart's words, the page layout): each case
builds a real summary from hand-made domain objects with Spanish active, as ``mbc-tracker
report`` does with ``--language es``, and reads what a clinician would read. Symptom names,
flag reasons and receptor readings come from the knowledge files and are checked elsewhere.
The suite runs in English, so each case puts English back afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QApplication

from mbc_tracker.domain.flags import FlagInputs, FlagSettings, evaluate_flags
from mbc_tracker.domain.knowledge import load_knowledge
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    Her2Ihc,
    Measurement,
    MeasurementKind,
    PaperSize,
    Person,
    Presentation,
    ReceptorTest,
    SampleKind,
    StopReason,
    SymptomEntry,
    SymptomKind,
    TrackedSymptom,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.domain.schedules import DoseCounts
from mbc_tracker.paths import resource_dir
from mbc_tracker.printing import write_summary_pdf
from mbc_tracker.reports.history_chart import build_history_figure, chart_title
from mbc_tracker.reports.summary_builder import build_summary_data
from mbc_tracker.reports.summary_data import (
    ALL_SECTIONS,
    Period,
    PreparedBy,
    Preparer,
    SummaryData,
    status_words,
)
from mbc_tracker.reports.summary_glance import at_a_glance, previous_period_words
from mbc_tracker.reports.summary_medicines import medicine_words
from mbc_tracker.services import language

TRANSLATIONS = resource_dir("resources") / "translations"
KNOWLEDGE = load_knowledge(resource_dir("resources"))
TODAY = dt.date(2026, 11, 21)
PERIOD = Period(dt.date(2026, 11, 1), TODAY)
PERSON = Person(
    name="Ana Ejemplo",
    date_of_birth=dt.date(1965, 4, 2),
    metastatic_diagnosis_date=dt.date(2025, 3, 4),
    presentation=Presentation.DE_NOVO,
    spread_bone=True,
)
TRACKED = (TrackedSymptom("fatigue", "Tiredness (fatigue)", SymptomKind.RATED, position=0),)

# English sentences (and pieces of them) the summary's own modules write; none may be left.
ENGLISH = (
    "Prepared by",
    "on average",
    "against",
    "Taking now",
    "Metastatic since",
    "since ",
    "Started ",
    "Stopped ",
    "days weighed",
    "measured",
    "Positive",
    "First tumour",
    "Left over",
    "Scheduled doses",
    "taken",
    "Taken as needed",
    "the previous",
    "Discussed",
    "Side effects",
)


@pytest.fixture
def spanish() -> Iterator[None]:
    language.activate("es", TRANSLATIONS)
    try:
        yield
    finally:
        language.activate("en", TRANSLATIONS)


def _rated(on: dt.date, severity: int) -> SymptomEntry:
    return SymptomEntry("fatigue", on, dt.datetime.combine(on, dt.time(9)), severity=severity)


def _weighed(on: dt.date, kg: float) -> Measurement:
    at = dt.datetime.combine(on, dt.time(8))
    return Measurement(MeasurementKind.WEIGHT, on, at, kg, "kg")


def _summary() -> SummaryData:
    entries = [_rated(dt.date(2026, 10, day), 2) for day in (20, 21)] + [
        _rated(dt.date(2026, 11, day), 5) for day in (3, 4)
    ]
    measurements = [_weighed(dt.date(2026, 11, 2), 68.4), _weighed(dt.date(2026, 11, 20), 66.9)]
    flags = evaluate_flags(
        FlagInputs(entries=entries, measurements=measurements, person=PERSON, labels={}),
        KNOWLEDGE,
        FlagSettings.defaults(KNOWLEDGE.flags),
        since=PERIOD.first,
    )
    return build_summary_data(
        person=PERSON,
        period=PERIOD,
        today=TODAY,
        now=dt.datetime(2026, 11, 21, 12, 0),
        sections=ALL_SECTIONS,
        prepared_by=PreparedBy(Preparer.PATIENT, PERSON.name),
        paper_size=PaperSize.A4,
        knowledge=KNOWLEDGE,
        flags=flags,
        tracked=TRACKED,
        entries=entries,
        measurements=measurements,
        treatments=[
            Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozol", dt.date(2026, 1, 5)),
            Treatment(
                TreatmentCategory.CHEMOTHERAPY,
                "Capecitabina",
                dt.date(2026, 6, 1),
                end_date=dt.date(2026, 11, 10),
                reason_stopped=StopReason.SIDE_EFFECTS,
            ),
        ],
        receptor_tests=[
            ReceptorTest(
                test_date=dt.date(2026, 2, 3),
                sample_kind=SampleKind.PRIMARY,
                er_percent=80.0,
                pr_percent=0.0,
            )
        ],
        appointments=[
            Appointment(
                kind=AppointmentKind.ONCOLOGY_VISIT,
                starts_at=dt.datetime(2026, 10, 28, 10, 0),
                questions=(AppointmentQuestion("¿Cuándo es el próximo escáner?"),),
            )
        ],
    )


def _words(data: SummaryData) -> list[str]:
    """Every sentence the summary's own modules made (not the knowledge files' words)."""
    glance = at_a_glance(data)
    assert data.weight is not None and data.receptors is not None
    return [
        data.title,
        data.prepared_by.describe(),
        data.weight.change,
        data.receptors.sample,
        previous_period_words(data),
        glance.diagnosis,
        glance.weight,
        *(stats.change for stats in data.symptoms),
        *(line.result for line in data.receptors.lines),
        *(status_words(line.status) for line in data.treatments),
        *(line.why_stopped for line in data.treatments),
        *glance.treatments_now,
        *glance.treatment_changes,
        *(question.asked_for for question in data.questions),
    ]


def test_the_summary_built_in_spanish_keeps_no_english_sentence(spanish: None) -> None:
    data = _summary()
    words = _words(data)

    assert data.title == "Resumen para la consulta – Ana Ejemplo"
    assert data.prepared_by.describe() == "Preparado por Ana Ejemplo (la paciente)"
    # Decimals with the Spanish comma, in the sentences that compare them.
    assert data.symptoms[0].change == "Más alto de media: 5,0 frente a 2,0"
    assert data.weight is not None and data.weight.change.startswith("Baja 1,5 kg (2,2 %)")
    assert data.receptors is not None
    assert [line.marker for line in data.receptors.lines][:2] == ["RE", "RP"]
    assert data.receptors.lines[0].result == "Positivo (80 %)"
    assert sorted(status_words(line.status) for line in data.treatments) == [
        "En curso",
        "Suspendido en este periodo",
    ]
    assert data.profile is not None and data.profile.sites == ("Hueso",)
    for text in words:
        for english in ENGLISH:
            assert english not in text, f"{english!r} left in {text!r}"


def test_a_metastasis_sample_and_its_her2_score_read_in_spanish(spanish: None) -> None:
    """The place chosen on the receptor form ("liver") and the IHC score are written as the
    Spanish receptor page writes them, in the receptor lines and on the first page."""
    data = build_summary_data(
        person=PERSON,
        period=PERIOD,
        today=TODAY,
        now=dt.datetime(2026, 11, 21, 12, 0),
        sections=ALL_SECTIONS,
        prepared_by=PreparedBy(Preparer.PATIENT, PERSON.name),
        paper_size=PaperSize.A4,
        knowledge=KNOWLEDGE,
        receptor_tests=[
            ReceptorTest(
                test_date=dt.date(2026, 8, 11),
                sample_kind=SampleKind.METASTATIC,
                sample_site="liver",
                er_percent=70.0,
                pr_percent=5.0,
                her2_ihc=Her2Ihc.TWO_PLUS,
            )
        ],
    )

    assert data.receptors is not None
    assert data.receptors.sample == "Metástasis: hígado"
    her2 = [line.result for line in data.receptors.lines if line.marker == "HER2"]
    assert len(her2) == 1 and her2[0].endswith("(IHQ 2+)")
    assert at_a_glance(data).subtype.endswith("metástasis: hígado")


def test_the_first_page_and_the_chart_name_spanish_months(spanish: None) -> None:
    data = _summary()
    glance = at_a_glance(data)

    assert glance.diagnosis.startswith("Metastásico desde el 4 mar 2025; de novo")
    assert previous_period_words(data) == "los 21 días anteriores (11–31 oct 2026)"
    assert glance.weight == "68,4 a 66,9 kg (baja 1,5 kg, 2,2 %), 2–20 nov 2026, 2 días con peso"
    assert data.history is not None
    assert chart_title(data.history).startswith("1–21 de noviembre de 2026")
    chart = build_history_figure(data.history)
    assert "Síntoma, de 0 a 10" in [entry.label for entry in chart.legend_entries]


def test_the_medicines_are_counted_in_spanish(spanish: None) -> None:
    counts = DoseCounts(
        taken=20,
        skipped=1,
        not_recorded=2,
        skip_reasons=(("náuseas", 1),),
        as_needed_taken=3,
        average_relief=1.4,
        relief_counted=3,
        reasons_taken=(("dolor", 3),),
    )

    assert medicine_words(counts) == (
        "Dosis programadas: tomadas 20, omitidas 1, sin anotar 2.",
        "Motivos para omitirla: náuseas (1).",
        "Tomado cuando lo necesitó: 3 veces; motivos: dolor (3).",
        "Dolor: bajó 1,4 puntos de media (0–10), en 3 dosis con ambas puntuaciones.",
    )


def test_the_printed_pages_are_in_spanish(
    spanish: None, qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "resumen.pdf"
    pages = write_summary_pdf(_summary(), path)

    # (pypdf separates the words of a line with tabs.)
    texts = [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]
    assert len(texts) == pages
    whole = "\n".join(texts)
    assert "De un vistazo" in whole
    assert f"Página 1 de {pages}" in texts[0]
    assert "Nacimiento: 2 abr 1965" in texts[0]
    for english in ("At a glance", "Page 1 of", "Born ", "Questions to ask", "Why it matters"):
        assert english not in whole
