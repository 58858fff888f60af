"""Building a clinic visit summary from hand-made domain objects: what each part says, and what not.

Every case uses the real knowledge files and the app's flag defaults, so the words checked here
are the ones a clinician would read on the page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from mbc_tracker.domain.flags import FlagInputs, FlagSettings, evaluate_flags
from mbc_tracker.domain.knowledge import FlagLevel, load_knowledge
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    FlagAcknowledgement,
    Her2Ihc,
    IshResult,
    Measurement,
    MeasurementKind,
    PaperSize,
    Person,
    ReceptorTest,
    SampleKind,
    StopReason,
    SymptomEntry,
    SymptomKind,
    TemperatureUnit,
    TrackedSymptom,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.paths import resource_dir
from mbc_tracker.reports.summary_builder import build_summary_data
from mbc_tracker.reports.summary_data import (
    ALL_SECTIONS,
    ELLIPSIS,
    MAX_APPOINTMENTS,
    NOTE_MAX_CHARACTERS,
    NOTES_MAX_DAYS,
    Period,
    PreparedBy,
    Preparer,
    Section,
    SummaryData,
    shortened,
)

KNOWLEDGE = load_knowledge(resource_dir("resources"))
SETTINGS = FlagSettings.defaults(KNOWLEDGE.flags)
TODAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 12, 0)
PERIOD = Period(dt.date(2026, 11, 1), TODAY)  # 21 days; the previous one is 11-31 October
PERSON = Person(name="Ann Example", date_of_birth=dt.date(1965, 4, 2))
TRACKED = (
    TrackedSymptom("fatigue", "Tiredness (fatigue)", SymptomKind.RATED, position=0),
    TrackedSymptom("bone_pain", "Bone pain", SymptomKind.RATED, position=1),
    TrackedSymptom("seizure", "Seizure (fit)", SymptomKind.EVENT, position=2),
    TrackedSymptom("nausea", "Nausea (feeling sick)", SymptomKind.RATED, False, position=3),
)


def day(month: int, day_of_month: int) -> dt.date:
    return dt.date(2026, month, day_of_month)


def rated(key: str, on: dt.date, severity: int, note: str = "") -> SymptomEntry:
    at = dt.datetime.combine(on, dt.time(9))
    return SymptomEntry(key, on, at, severity=severity, note=note)


def happened(key: str, on: dt.date, present: bool = True) -> SymptomEntry:
    return SymptomEntry(key, on, dt.datetime.combine(on, dt.time(9)), present=present)


def weighed(on: dt.date, value: float, unit: str = "kg") -> Measurement:
    return Measurement(MeasurementKind.WEIGHT, on, dt.datetime.combine(on, dt.time(8)), value, unit)


def build(
    sections: Any = ALL_SECTIONS,
    period: Period = PERIOD,
    person: Person | None = PERSON,
    entries: Any = (),
    acknowledgements: Any = (),
    **parts: Any,
) -> SummaryData:
    """A summary with flags evaluated the way the service does, on everything given."""
    inputs = FlagInputs(
        entries=entries,
        measurements=parts.get("measurements", ()),
        person=person,
        acknowledgements=acknowledgements,
        labels={symptom.key: symptom.label for symptom in TRACKED},
    )
    flags = evaluate_flags(inputs, KNOWLEDGE, SETTINGS, since=period.first)
    return build_summary_data(
        person=person,
        period=period,
        today=TODAY,
        now=NOW,
        sections=sections,
        prepared_by=PreparedBy(Preparer.PATIENT, person.name if person else ""),
        paper_size=PaperSize.A4,
        knowledge=KNOWLEDGE,
        flags=flags,
        tracked=TRACKED,
        entries=entries,
        **parts,
    )


# -- the header ----------------------------------------------------------------------------------


def test_the_header_names_the_person_the_period_and_who_prepared_it() -> None:
    data = build()
    assert (data.person_name, data.date_of_birth) == ("Ann Example", dt.date(1965, 4, 2))
    assert (data.period, data.made_on, data.paper_size) == (PERIOD, TODAY, PaperSize.A4)
    assert data.title == "Clinic visit summary – Ann Example"
    assert data.prepared_by.describe() == "Prepared by Ann Example (the patient)"


@pytest.mark.parametrize(
    ("prepared_by", "words"),
    [
        (PreparedBy(Preparer.PATIENT, "Ann Example"), "Prepared by Ann Example (the patient)"),
        (PreparedBy(Preparer.PATIENT, ""), "Prepared by the patient"),
        (PreparedBy(Preparer.CAREGIVER, " Tom  Example "), "Prepared by Tom Example (caregiver)"),
        (PreparedBy(Preparer.CAREGIVER, ""), "Prepared by a caregiver"),
    ],
)
def test_prepared_by_says_who_in_words(prepared_by: PreparedBy, words: str) -> None:
    assert prepared_by.describe() == words


def test_a_record_without_a_person_still_makes_a_summary() -> None:
    data = build(person=None)
    assert (data.person_name, data.date_of_birth) == ("", None)


# -- sections switched off ------------------------------------------------------------------------


def everything() -> dict[str, Any]:
    """One of each thing a summary can print, all inside the period or upcoming."""
    return {
        "entries": [rated("bone_pain", day(11, 5), 8, note="Woke at night")],
        "measurements": [weighed(day(11, 3), 70.0), weighed(day(11, 20), 69.0)],
        "treatments": [Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozole", day(1, 5))],
        "receptor_tests": [ReceptorTest(day(2, 1), SampleKind.PRIMARY, er_percent=80)],
        "appointments": [
            Appointment(
                dt.datetime(2026, 12, 2, 10),
                AppointmentKind.ONCOLOGY_VISIT,
                questions=(AppointmentQuestion("When is my next scan?"),),
            ),
            Appointment(dt.datetime(2026, 11, 10, 9), AppointmentKind.BLOOD_TEST),
        ],
        "day_notes": {day(11, 5): "Hard night"},
    }


def test_every_section_on_prints_every_part() -> None:
    data = build(**everything(), appendix=True)
    assert data.sections == ALL_SECTIONS
    assert data.flags and data.symptoms and data.history is not None
    assert data.weight is not None and data.treatments and data.receptors is not None
    assert data.appointments and data.questions and data.notes
    history = data.history
    assert history.weight and history.treatments and history.appointments and history.flagged
    assert history.symptoms[0].points[0].note == "Woke at night — Hard night"


def test_sections_switched_off_leave_nothing_behind() -> None:
    data = build(sections={Section.TREATMENTS}, **everything())
    assert data.sections == frozenset({Section.TREATMENTS})
    assert data.treatments
    assert (data.flags, data.flags_quiet, data.symptoms, data.history) == ((), 0, (), None)
    assert (data.weight, data.receptors) == (None, None)
    assert (data.appointments, data.questions, data.notes, data.notes_left_out) == ((), (), (), 0)


def test_the_chart_leaves_out_the_layers_of_sections_switched_off() -> None:
    data = build(sections={Section.SYMPTOMS}, **everything())
    history = data.history
    assert history is not None and [series.key for series in history.symptoms] == ["bone_pain"]
    assert (history.weight, history.treatments, history.appointments, history.flagged) == (
        (),
        (),
        (),
        (),
    )
    assert history.symptoms[0].points[0].note == ""  # the notes are not part of this summary


# -- flags -----------------------------------------------------------------------------------------


def test_only_flags_with_a_day_in_the_period_appear_and_only_those_days_are_printed() -> None:
    entries = [
        rated("bone_pain", day(10, 20), 8),  # before the period, a flag of its own
        rated("fatigue", day(10, 30), 5),  # an episode that runs into the period
        rated("fatigue", day(10, 31), 5),
        rated("fatigue", day(11, 1), 5),
        rated("fatigue", day(11, 2), 6),
    ]
    data = build(entries=entries)
    assert [line.symptom for line in data.flags] == ["Tiredness (fatigue)"]
    (line,) = data.flags
    assert line.days == "1 Nov to 2 Nov 2026 (2 days)"
    assert "Oct" not in line.days
    assert line.level is FlagLevel.NEXT_VISIT
    assert line.level_words == "Mention at the next visit"
    assert line.what_happened == (
        "At or above the app's threshold on 2 days in a row in this period "
        "(the episode began before this period)"
    )
    assert "Oct" not in line.what_happened and "Tiredness" not in line.what_happened
    assert line.reason and line.discussed == ""
    assert line.sources and all(source.startswith("“") for source in line.sources)


def test_open_flags_come_first_promptly_before_next_visit_then_the_discussed_ones() -> None:
    entries = [
        rated("bone_pain", day(11, 3), 5),  # next visit, older
        rated("fatigue", day(11, 10), 5),  # next visit, newer
        rated("nausea", day(11, 4), 8),  # promptly
        happened("seizure", day(11, 6)),  # promptly (every time), then discussed
    ]
    seizure_mark = FlagAcknowledgement("seizure", "occurrence", day(11, 6), day(11, 7), id=1)
    data = build(entries=entries, acknowledgements=[seizure_mark])
    assert [(line.symptom, line.level_words) for line in data.flags] == [
        ("Nausea (feeling sick)", "Contact the care team promptly"),
        ("Tiredness (fatigue)", "Mention at the next visit"),
        ("Bone pain", "Mention at the next visit"),
        ("Seizure (fit)", "Contact the care team promptly"),
    ]
    assert data.flags[-1].discussed == "Discussed on 7 Nov 2026"
    assert data.flags_quiet == 1


def test_a_discussed_flag_that_got_worse_says_so_and_is_not_quiet() -> None:
    entries = [rated("bone_pain", day(11, 3), 5), rated("bone_pain", day(11, 4), 8)]
    mark = FlagAcknowledgement("bone_pain", "severity", day(11, 3), day(11, 3), 5, id=1)
    data = build(entries=entries, acknowledgements=[mark])
    (line,) = data.flags
    assert line.discussed == "Discussed on 3 Nov 2026; worse since"
    assert data.flags_quiet == 0


# -- symptoms --------------------------------------------------------------------------------------


def test_symptom_figures_and_the_change_against_the_previous_period() -> None:
    entries = [
        # Fatigue: 3 days now (2, 4, 6; highest 6, average 4.0); before: 2 and 2 (average 2.0).
        rated("fatigue", day(11, 2), 2),
        rated("fatigue", day(11, 3), 4),
        rated("fatigue", day(11, 4), 6),
        rated("fatigue", day(10, 12), 2),
        rated("fatigue", day(10, 13), 2),
        # Bone pain: logged twice, one day at 0; about the same as before.
        rated("bone_pain", day(11, 2), 0),
        rated("bone_pain", day(11, 5), 3),
        rated("bone_pain", day(10, 20), 2),
        rated("bone_pain", day(10, 21), 1),
        rated("bone_pain", day(10, 22), 1),
        # Seizures: fewer days than before.
        happened("seizure", day(11, 8)),
        happened("seizure", day(11, 9), present=False),
        happened("seizure", day(10, 14)),
        happened("seizure", day(10, 15)),
        # Nausea: only in this period.
        rated("nausea", day(11, 7), 1),
    ]
    by_key = {stats.key: stats for stats in build(entries=entries).symptoms}
    assert list(by_key) == ["fatigue", "bone_pain", "seizure", "nausea"]  # Today's order
    fatigue = by_key["fatigue"]
    assert (fatigue.days_present, fatigue.days_logged) == (3, 3)
    assert (fatigue.highest, fatigue.average) == (6, 4.0)
    assert (fatigue.previous_days_present, fatigue.previous_average) == (2, 2.0)
    assert fatigue.change == "Higher on average: 4.0 against 2.0"
    bone = by_key["bone_pain"]
    assert (bone.days_present, bone.days_logged, bone.average) == (1, 2, 1.5)
    assert bone.change == "About the same on average: 1.5 against 1.3"
    seizure = by_key["seizure"]
    assert (seizure.days_present, seizure.days_logged) == (1, 2)
    assert (seizure.highest, seizure.average, seizure.previous_average) == (None, None, None)
    assert seizure.change == "Fewer days: 1 against 2"
    nausea = by_key["nausea"]
    assert (nausea.previous_days_present, nausea.previous_average) == (None, None)
    assert nausea.change == "Not logged in the previous period"


def test_a_lower_average_and_several_entries_on_one_day() -> None:
    entries = [
        rated("fatigue", day(11, 2), 1),
        rated("fatigue", day(11, 2), 3),  # the day's highest counts, as on the chart
        rated("fatigue", day(10, 20), 7),
    ]
    (fatigue,) = build(entries=entries).symptoms
    assert (fatigue.days_logged, fatigue.highest, fatigue.average) == (1, 3, 3.0)
    assert fatigue.change == "Lower on average: 3.0 against 7.0"


def test_symptoms_logged_only_outside_the_period_are_not_listed() -> None:
    entries = [rated("fatigue", day(10, 20), 3), rated("bone_pain", day(11, 22), 3)]
    data = build(entries=entries)
    assert data.symptoms == ()
    assert data.history is not None and data.history.symptoms == ()


# -- weight ----------------------------------------------------------------------------------------


def test_weight_over_the_period_in_the_persons_unit() -> None:
    person = Person(name="Ann Example", weight_unit=WeightUnit.LB)
    measurements = [
        weighed(day(10, 30), 80.0),  # before the period
        weighed(day(11, 3), 70.0),  # kg, shown in lb
        weighed(day(11, 10), 150.0, "lb"),
        weighed(day(11, 12), 160.0, "lb"),
        weighed(day(11, 12), 152.0, "lb"),  # the day's last weighing counts
        weighed(day(11, 20), 149.6, "lb"),
    ]
    weight = build(person=person, measurements=measurements).weight
    assert weight is not None
    assert (weight.unit, weight.unit_label) == (WeightUnit.LB, "lb")
    assert (weight.first_day, weight.first_value) == (day(11, 3), 154.3)
    assert (weight.last_day, weight.last_value) == (day(11, 20), 149.6)
    assert (weight.lowest, weight.highest, weight.measurements) == (149.6, 154.3, 4)
    assert weight.change == "Down 4.7 lb (3.1%) from 3 Nov to 20 Nov 2026"


def test_one_weight_or_none_in_the_period() -> None:
    one = build(measurements=[weighed(day(11, 3), 70.0)]).weight
    assert one is not None and one.change == "Only one weight logged, on 3 Nov 2026"
    assert build(measurements=[weighed(day(10, 3), 70.0)]).weight is None


def test_weight_up_and_unchanged() -> None:
    up = build(measurements=[weighed(day(11, 3), 70.0), weighed(day(11, 9), 71.4)]).weight
    assert up is not None and up.change == "Up 1.4 kg (2.0%) from 3 Nov to 9 Nov 2026"
    same = build(measurements=[weighed(day(11, 3), 70.0), weighed(day(11, 9), 70.01)]).weight
    assert same is not None and same.change == "No change from 3 Nov to 9 Nov 2026"


# -- treatments ------------------------------------------------------------------------------------


def test_current_recent_and_planned_treatments_but_not_older_ones() -> None:
    def treatment(name: str, start: dt.date, end: dt.date | None = None, **more: Any) -> Treatment:
        return Treatment(TreatmentCategory.CHEMOTHERAPY, name, start, end_date=end, **more)

    treatments = [
        treatment("Long finished", dt.date(2024, 1, 1), day(10, 31)),
        treatment("Stopped in it", day(5, 1), day(11, 10), reason_stopped=StopReason.SIDE_EFFECTS),
        treatment("Ongoing", day(3, 1), notes="Every 3 weeks. " * 20),
        treatment("Started in it", day(11, 15)),
        treatment("With a planned end", day(6, 1), dt.date(2027, 6, 1)),
        treatment("Planned", day(12, 1)),
    ]
    lines = build(treatments=treatments).treatments
    assert [(line.name, line.status) for line in lines] == [
        ("Started in it", "Taking now"),
        ("With a planned end", "Taking now"),
        ("Ongoing", "Taking now"),
        ("Stopped in it", "Stopped in this period"),
        ("Planned", "Planned"),
    ]
    stopped = lines[3]
    assert (stopped.stopped, stopped.why_stopped) == (day(11, 10), "Side effects")
    assert lines[0].category == "Chemotherapy"
    assert lines[2].notes.endswith(ELLIPSIS) and len(lines[2].notes) <= 151


def test_a_past_period_leaves_out_what_started_after_it() -> None:
    treatments = [
        Treatment(TreatmentCategory.HORMONE_THERAPY, "Then", day(1, 1), end_date=day(9, 1)),
        Treatment(TreatmentCategory.HORMONE_THERAPY, "Later", day(10, 1)),
    ]
    lines = build(period=Period(day(6, 1), day(6, 30)), treatments=treatments).treatments
    assert [(line.name, line.status) for line in lines] == [("Then", "Stopped after this period")]


# -- receptors -------------------------------------------------------------------------------------

HER2_LOW_HR_POSITIVE = ReceptorTest(
    day(3, 2),
    SampleKind.METASTATIC,
    "liver",
    er_percent=85,
    pr_percent=0,
    her2_ihc=Her2Ihc.ONE_PLUS,
    ish=IshResult.NOT_DONE,
    id=2,
)


def test_the_latest_test_with_its_reading_and_subtype() -> None:
    earlier = ReceptorTest(
        dt.date(2020, 1, 5), SampleKind.PRIMARY, er_percent=90, pr_percent=40, id=1
    )
    receptors = build(receptor_tests=[earlier, HER2_LOW_HR_POSITIVE]).receptors
    assert receptors is not None
    assert (receptors.test_date, receptors.sample) == (day(3, 2), "Metastasis: liver")
    results = {line.marker: line.result for line in receptors.lines}
    assert results == {
        "ER": "Positive (85%)",
        "PR": "Negative (0%)",
        "Hormone receptor": "Positive",
        "HER2": "HER2-low (IHC 1+)",
    }
    readings = {line.marker: line.reading for line in receptors.lines}
    rules = KNOWLEDGE.receptors
    assert readings["ER"] == rules.readings["er_positive"].text()
    assert readings["HER2"] == rules.readings["her2_low"].text()
    info = rules.subtypes["hr_positive_her2_negative"]
    assert (receptors.subtype, receptors.subtype_meaning) == (info.label(), info.response())
    (difference,) = receptors.differs_from_earlier  # PR: positive, then negative
    assert "PR" in difference
    assert receptors.sources


def test_ihc_3_plus_beside_a_negative_ish_prints_her2_positive_and_the_question() -> None:
    test = ReceptorTest(
        day(3, 2),
        SampleKind.PRIMARY,
        er_percent=0,
        pr_percent=0,
        her2_ihc=Her2Ihc.THREE_PLUS,
        ish=IshResult.NOT_AMPLIFIED,
    )
    receptors = build(receptor_tests=[test]).receptors
    assert receptors is not None
    results = {line.marker: line.result for line in receptors.lines}
    assert results["HER2"] == "HER2-positive (IHC 3+, ISH not amplified)"
    her2 = next(line.reading for line in receptors.lines if line.marker == "HER2")
    assert KNOWLEDGE.receptors.readings["her2_ihc_positive_ish_negative"].text() in her2
    assert "ASCO/CAP guideline on HER2 testing" in her2
    assert receptors.subtype == KNOWLEDGE.receptors.subtypes["hr_negative_her2_positive"].label()


def test_a_test_after_the_period_is_not_the_latest_of_a_past_summary() -> None:
    earlier = ReceptorTest(dt.date(2020, 1, 5), SampleKind.PRIMARY, her2_ihc=Her2Ihc.THREE_PLUS)
    period = Period(dt.date(2021, 1, 1), dt.date(2021, 1, 31))
    receptors = build(period=period, receptor_tests=[earlier, HER2_LOW_HR_POSITIVE]).receptors
    assert receptors is not None and receptors.test_date == dt.date(2020, 1, 5)
    assert receptors.sample == "First tumour (primary)"
    assert (receptors.subtype, receptors.subtype_meaning) == ("Unknown", "")
    assert receptors.differs_from_earlier == ()
    assert build(period=period, receptor_tests=[HER2_LOW_HR_POSITIVE]).receptors is None


# -- appointments and questions -------------------------------------------------------------------


def test_upcoming_appointments_soonest_first_and_at_most_ten() -> None:
    appointments = [
        Appointment(NOW + dt.timedelta(days=count), AppointmentKind.INFUSION, place="Day unit")
        for count in range(12, 0, -1)
    ] + [Appointment(NOW - dt.timedelta(hours=1), AppointmentKind.BLOOD_TEST)]
    lines = build(appointments=appointments).appointments
    assert len(lines) == MAX_APPOINTMENTS
    assert [line.when for line in lines] == sorted(line.when for line in lines)
    assert lines[0].when == NOW + dt.timedelta(days=1)
    assert (lines[0].what, lines[0].place, lines[0].with_whom) == ("Infusion", "Day unit", "")


def test_open_questions_from_upcoming_and_past_appointments_once_each() -> None:
    appointments = [
        Appointment(
            dt.datetime(2026, 10, 1, 10),
            AppointmentKind.ONCOLOGY_VISIT,
            questions=(
                AppointmentQuestion("Can I travel in spring?"),
                AppointmentQuestion("When is my next scan?"),
            ),
        ),
        Appointment(
            dt.datetime(2026, 11, 3, 10),
            AppointmentKind.ONCOLOGY_VISIT,
            questions=(
                AppointmentQuestion("Is the numbness a side effect?"),
                AppointmentQuestion("Was the scan clear?", answered=True),
                AppointmentQuestion("can I  travel in spring?"),
            ),
        ),
        Appointment(
            dt.datetime(2026, 12, 2, 10),
            AppointmentKind.ONCOLOGY_VISIT,
            clinician="Dr Lee",
            questions=(AppointmentQuestion("When is my next scan?"),),
        ),
    ]
    data = build(appointments=appointments)
    assert [(line.text, line.asked_for) for line in data.questions] == [
        ("When is my next scan?", "Oncology visit, 2 Dec 2026"),
        ("Is the numbness a side effect?", "Left over from 3 Nov 2026"),
        ("can I travel in spring?", "Left over from 3 Nov 2026"),
    ]
    (visit,) = data.appointments
    assert (visit.what, visit.with_whom) == ("Oncology visit", "Dr Lee")


# -- notes -----------------------------------------------------------------------------------------


def test_the_notes_are_left_out_without_the_appendix() -> None:
    data = build(**everything())
    assert Section.NOTES in data.sections
    assert (data.notes, data.notes_left_out, data.appendix) == ((), 0, False)


def test_notes_combine_the_day_and_its_symptoms_newest_first() -> None:
    entries = [
        rated("bone_pain", day(11, 5), 3, note="Hip ached\nafter the walk"),
        rated("fatigue", day(11, 9), 2),
        rated("fatigue", day(10, 30), 2, note="Before the period"),
    ]
    notes = {day(11, 5): "Hard night", day(11, 9): "Better today", day(10, 29): "Not this one"}
    data = build(entries=entries, day_notes=notes, appendix=True)
    assert [(line.day, line.text) for line in data.notes] == [
        (day(11, 9), "Better today"),
        (day(11, 5), "Hard night — Bone pain: Hip ached after the walk"),
    ]
    assert data.notes_left_out == 0


def test_long_notes_are_shortened_and_only_the_newest_days_kept() -> None:
    period = Period(day(9, 1), TODAY)
    long_note = "word " * 200
    notes = {period.first + dt.timedelta(days=offset): long_note for offset in range(40)}
    data = build(period=period, day_notes=notes, appendix=True)
    assert len(data.notes) == NOTES_MAX_DAYS
    assert data.notes_left_out == 40 - NOTES_MAX_DAYS
    assert data.notes[0].day == period.first + dt.timedelta(days=39)
    assert all(line.text.endswith("word" + ELLIPSIS) for line in data.notes)
    assert all(len(line.text) <= NOTE_MAX_CHARACTERS + 1 for line in data.notes)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Short and sweet", 300, "Short and sweet"),
        ("  Spaces\nand\tlines  ", 300, "Spaces and lines"),
        ("Slept badly, then walked to the shop.", 20, "Slept badly, then" + ELLIPSIS),
        (
            "See https://example.org/a-very-long-address-indeed",
            30,
            "See https://example.org/a-very" + ELLIPSIS,
        ),
    ],
)
def test_shortening_cuts_at_a_word_boundary(text: str, limit: int, expected: str) -> None:
    assert shortened(text, limit) == expected


def test_a_flag_inside_the_period_says_what_happened_without_repeating_the_rule() -> None:
    entries = [rated("fatigue", day(11, 3 + offset), 5) for offset in range(3)]
    data = build(entries=entries)
    (line,) = data.flags
    assert line.what_happened.startswith(
        "At 4 or more on 3 days in a row (3 November to 5 November 2026"
    )
    assert "app default" not in line.what_happened and "This app" not in line.what_happened


def test_the_chart_has_the_temperature_lane_with_its_threshold_when_temperature_is_on() -> None:
    def took(on: dt.date, value: float, unit: str = "C", hour: int = 18) -> Measurement:
        at = dt.datetime.combine(on, dt.time(hour))
        return Measurement(MeasurementKind.TEMPERATURE, on, at, value, unit)

    measurements = [
        weighed(day(11, 3), 70.0),
        took(day(11, 4), 36.8),
        took(day(11, 9), 37.1, hour=8),
        took(day(11, 9), 101.1, unit="F"),  # 38.4 °C, the day's highest
        took(day(10, 20), 39.0),  # before the period
    ]
    entries = [rated("bone_pain", day(11, 5), 4)]
    fahrenheit = dataclasses.replace(PERSON, temperature_unit=TemperatureUnit.FAHRENHEIT)
    data = build(
        person=fahrenheit, entries=entries, measurements=measurements, fever_from_celsius=38.2
    )
    history = data.history
    assert history is not None
    assert [(point.day, point.value) for point in history.temperature] == [
        (day(11, 4), pytest.approx(98.24)),
        (day(11, 9), pytest.approx(101.1)),
    ]
    assert history.temperature_unit is TemperatureUnit.FAHRENHEIT
    assert history.fever_from_celsius == 38.2
    assert [(f.symptom_key, f.day) for f in history.flagged if f.symptom_key == "temperature"] == [
        ("temperature", day(11, 9))
    ]
    assert [point.value for point in history.weight] == [70.0]
    # Temperature switched off: its lane and its rings leave the chart; the weight stays.
    off = build(
        sections=ALL_SECTIONS - {Section.TEMPERATURE}, entries=entries, measurements=measurements
    )
    assert off.history is not None
    assert off.history.temperature == () and off.history.weight
    assert not any(f.symptom_key == "temperature" for f in off.history.flagged)
