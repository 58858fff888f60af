"""The clinic visit summary service on a real record: period, options, paper and what it prints."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from mbc_tracker.domain.dates import short_day
from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    CareTeamContact,
    Her2Ihc,
    IshResult,
    PaperSize,
    Presentation,
    ReceptorTest,
    SampleKind,
    StopReason,
    TemperatureUnit,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.reports.summary_data import (
    ALL_SECTIONS,
    DEFAULT_PERIOD_DAYS,
    NOTE_MAX_CHARACTERS,
    NOTES_MAX_DAYS,
    ContactLine,
    Period,
    PreparedBy,
    Preparer,
    ProfileFacts,
    Section,
)
from mbc_tracker.services.editing import RecordInvalid
from mbc_tracker.services.record import CareRecord
from mbc_tracker.services.summary import (
    OPTIONS_KEY,
    SummaryOptions,
    SummaryService,
    paper_for_locale,
)
from mbc_tracker.storage.orm import PreferenceRow

TODAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 12, 0)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def days_ago(count: int) -> dt.date:
    return TODAY - dt.timedelta(days=count)


def appointment(
    record: CareRecord,
    when: dt.datetime,
    kind: AppointmentKind = AppointmentKind.ONCOLOGY_VISIT,
    questions: tuple[AppointmentQuestion, ...] = (),
) -> Appointment:
    return record.appointments.add(
        Appointment(when, kind, questions=questions), now=NOW, upcoming=None
    )


def log(record: CareRecord, day_log: DayLog) -> None:
    record.daylog.save_day(day_log, today=TODAY)


def test_the_summary_service_hangs_off_the_record(record: CareRecord) -> None:
    assert isinstance(record.summary, SummaryService)
    assert record.summary is record.summary


# -- the default period ----------------------------------------------------------------------------


def test_the_default_period_starts_at_the_last_oncology_visit(record: CareRecord) -> None:
    appointment(record, at(days_ago(60)))
    appointment(record, at(days_ago(18)))
    appointment(record, at(days_ago(5)), AppointmentKind.BLOOD_TEST)  # not a visit
    appointment(record, at(TODAY + dt.timedelta(days=11)))  # still to come
    assert record.summary.default_period(TODAY) == Period(days_ago(18), TODAY)
    assert record.summary.default_period_reason(TODAY) == (
        "Since your last oncology visit on 3 November 2026."
    )


def test_a_visit_later_today_or_this_morning_is_not_the_last_one(record: CareRecord) -> None:
    appointment(record, at(days_ago(30)))
    appointment(record, at(TODAY, hour=8))
    appointment(record, at(TODAY, hour=16))
    assert record.summary.default_period(TODAY).first == days_ago(30)


def test_without_an_oncology_visit_the_last_appointment_of_any_kind(record: CareRecord) -> None:
    appointment(record, at(days_ago(40)), AppointmentKind.CT_SCAN)
    appointment(record, at(days_ago(12)), AppointmentKind.BLOOD_TEST)
    assert record.summary.default_period(TODAY) == Period(days_ago(12), TODAY)
    reason = record.summary.default_period_reason(TODAY)
    assert reason == (
        "Since your last appointment on 9 November 2026 (blood test); "
        "no oncology visit is recorded."
    )
    appointment(record, at(days_ago(11)), AppointmentKind.MRI_SCAN)
    assert record.summary.default_period_reason(TODAY) == (
        "Since your last appointment on 10 November 2026 (MRI scan); no oncology visit is recorded."
    )


def test_without_any_past_appointment_the_last_thirty_days(record: CareRecord) -> None:
    appointment(record, at(TODAY + dt.timedelta(days=3)))
    period = record.summary.default_period(TODAY)
    assert period == Period(days_ago(DEFAULT_PERIOD_DAYS - 1), TODAY)
    assert period.days == DEFAULT_PERIOD_DAYS == 30
    assert record.summary.default_period_reason(TODAY) == (
        "The last 30 days (an app default: no earlier visit is recorded)."
    )


# -- checking a period -----------------------------------------------------------------------------


def test_a_period_that_can_be_used_is_returned(record: CareRecord) -> None:
    assert record.summary.check_period(days_ago(9), TODAY, TODAY) == Period(days_ago(9), TODAY)
    assert record.summary.check_period(TODAY, TODAY, TODAY).days == 1


@pytest.mark.parametrize(
    ("first", "last", "problems"),
    [
        (
            None,
            None,
            {
                "first": "Please choose the first day of the summary.",
                "last": "Please choose the last day of the summary.",
            },
        ),
        (
            dt.date(2026, 11, 10),
            dt.date(2026, 11, 3),
            {"last": "The end is before the start. Please choose 10 November 2026 or later."},
        ),
        (
            dt.date(2026, 11, 10),
            dt.date(2026, 11, 22),
            {"last": "This date is in the future. Please choose today or earlier."},
        ),
        (
            dt.date(2026, 11, 23),
            dt.date(2026, 11, 24),
            {
                "first": "This date is in the future. Please choose today or earlier.",
                "last": "This date is in the future. Please choose today or earlier.",
            },
        ),
    ],
)
def test_a_period_that_cannot_be_used_says_why_per_date(
    record: CareRecord, first: dt.date | None, last: dt.date | None, problems: dict[str, str]
) -> None:
    with pytest.raises(RecordInvalid) as raised:
        record.summary.check_period(first, last, TODAY)
    assert raised.value.problems == problems


# -- remembered options ----------------------------------------------------------------------------


def test_by_default_every_section_prepared_by_the_patient(record: CareRecord) -> None:
    assert record.summary.options() == SummaryOptions(
        ALL_SECTIONS, PreparedBy(Preparer.PATIENT, "Ann Example")
    )


def test_options_are_remembered_after_reopening(
    record: CareRecord, reopen: Callable[[], CareRecord]
) -> None:
    chosen = SummaryOptions(
        frozenset({Section.FLAGS, Section.NOTES}), PreparedBy(Preparer.CAREGIVER, " Tom Example ")
    )
    record.summary.save_options(chosen)
    again = reopen()
    assert again.summary.options() == SummaryOptions(
        frozenset({Section.FLAGS, Section.NOTES}), PreparedBy(Preparer.CAREGIVER, "Tom Example")
    )


def test_the_appendix_choice_is_remembered_and_off_by_default(
    record: CareRecord, reopen: Callable[[], CareRecord]
) -> None:
    assert record.summary.options().appendix is False
    period = Period(days_ago(9), TODAY)
    log(record, DayLog(days_ago(2), note="Hard night"))
    assert record.summary.data(period, today=TODAY, now=NOW).notes == ()
    chosen = SummaryOptions(ALL_SECTIONS, PreparedBy(Preparer.PATIENT, "Ann Example"), True)
    record.summary.save_options(chosen)
    again = reopen()
    assert again.summary.options().appendix is True
    data = again.summary.data(period, today=TODAY, now=NOW)
    assert data.appendix is True
    assert [line.text for line in data.notes] == ["Hard night"]


@pytest.mark.parametrize("stored", ['{"appendix": "yes"}', '{"appendix": 1}', "{}"])
def test_an_appendix_choice_that_is_not_true_or_false_means_no_appendix(
    record: CareRecord, stored: str
) -> None:
    with record.sessions.begin() as session:
        session.add(PreferenceRow(key=OPTIONS_KEY, value=stored))
    assert record.summary.options().appendix is False


def test_the_profile_and_the_care_team_reach_the_summary(record: CareRecord) -> None:
    person = record.person.get()
    assert person is not None
    record.person.save(
        dataclasses.replace(
            person,
            metastatic_diagnosis_date=dt.date(2024, 3, 3),
            presentation=Presentation.DE_NOVO,
            first_diagnosis_date=dt.date(2024, 3, 3),
            spread_bone=True,
            spread_brain=True,
            spread_other="Skin of the chest",
        ),
        today=TODAY,
    )
    record.care_team.add(CareTeamContact("Dr Lee", "Oncologist", "01632 960101", "lee@example.org"))
    data = record.summary.data(Period(days_ago(9), TODAY), today=TODAY, now=NOW)
    assert data.profile == ProfileFacts(
        metastatic_diagnosis=dt.date(2024, 3, 3),
        first_diagnosis=dt.date(2024, 3, 3),
        presentation="De novo (metastatic at the first diagnosis)",
        sites=("Bone", "Brain", "Skin of the chest"),
    )
    assert data.care_team == (
        ContactLine("Dr Lee", "Oncologist", "01632 960101", "lee@example.org"),
    )


def test_the_patient_is_named_as_in_her_profile_now(record: CareRecord) -> None:
    record.summary.save_options(
        SummaryOptions(ALL_SECTIONS, PreparedBy(Preparer.PATIENT, "Ann Example"))
    )
    person = record.person.get()
    assert person is not None
    record.person.save(dataclasses.replace(person, name="Ann Other"), today=TODAY)
    assert record.summary.options().prepared_by == PreparedBy(Preparer.PATIENT, "Ann Other")


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "Please write the caregiver's name."),
        ("   ", "Please write the caregiver's name."),
        ("Tom\x00", "The name contains an invisible control character. Please retype it."),
    ],
)
def test_a_caregiver_needs_a_usable_name_and_nothing_is_saved(
    record: CareRecord, name: str, problem: str
) -> None:
    kept = SummaryOptions(frozenset({Section.WEIGHT}), PreparedBy(Preparer.PATIENT, "Ann Example"))
    record.summary.save_options(kept)
    refused = SummaryOptions(ALL_SECTIONS, PreparedBy(Preparer.CAREGIVER, name))
    with pytest.raises(RecordInvalid) as raised:
        record.summary.save_options(refused)
    assert raised.value.problems == {"prepared_by_name": problem}
    assert record.summary.options() == kept


def test_at_least_one_section_is_needed(record: CareRecord) -> None:
    with pytest.raises(RecordInvalid) as raised:
        record.summary.save_options(
            SummaryOptions(frozenset(), PreparedBy(Preparer.PATIENT, "Ann Example"))
        )
    assert raised.value.problems == {"sections": "Please choose at least one part to include."}


@pytest.mark.parametrize(
    "stored",
    ["not json", "[1, 2]", '{"sections": ["flags", "x"], "prepared_by": {"role": "caregiver"}}'],
)
def test_stored_options_that_cannot_be_used_fall_back_to_defaults(
    record: CareRecord, stored: str
) -> None:
    with record.sessions.begin() as session:
        session.add(PreferenceRow(key=OPTIONS_KEY, value=stored))
    options = record.summary.options()
    assert options.prepared_by == PreparedBy(Preparer.PATIENT, "Ann Example")
    assert options.sections in (ALL_SECTIONS, frozenset({Section.FLAGS}))


# -- paper -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US.UTF-8", PaperSize.LETTER),
        ("es-MX", PaperSize.LETTER),
        ("fr_CA.utf8", PaperSize.LETTER),
        ("fil_PH", PaperSize.LETTER),
        ("es_CL.UTF-8", PaperSize.LETTER),
        ("English_United States", PaperSize.LETTER),
        ("en_GB.UTF-8", PaperSize.A4),
        ("de_DE@euro", PaperSize.A4),
        ("German_Germany", PaperSize.A4),
        ("C.UTF-8", PaperSize.A4),
        ("", PaperSize.A4),
        (None, PaperSize.A4),
    ],
)
def test_paper_for_a_locale(name: str | None, paper: PaperSize) -> None:
    assert paper_for_locale(name) is paper


def test_the_profiles_paper_else_the_computers_region(
    record: CareRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert record.summary.paper_size() is PaperSize.LETTER
    monkeypatch.setenv("LC_PAPER", "nl_NL.UTF-8")
    assert record.summary.paper_size() is PaperSize.A4
    person = record.person.get()
    assert person is not None
    record.person.save(dataclasses.replace(person, paper_size=PaperSize.LETTER), today=TODAY)
    assert record.summary.paper_size() is PaperSize.LETTER
    assert record.summary.data(Period(TODAY, TODAY), today=TODAY).paper_size is PaperSize.LETTER


# -- the data --------------------------------------------------------------------------------------


def test_the_header_comes_from_the_profile_and_the_remembered_options(
    record: CareRecord,
) -> None:
    person = record.person.get()
    assert person is not None
    record.person.save(dataclasses.replace(person, date_of_birth=dt.date(1965, 4, 2)), today=TODAY)
    caregiver = PreparedBy(Preparer.CAREGIVER, "Tom Example")
    record.summary.save_options(SummaryOptions(frozenset({Section.NOTES}), caregiver))
    period = Period(days_ago(9), TODAY)
    data = record.summary.data(period, today=TODAY, now=NOW)
    assert (data.person_name, data.date_of_birth) == ("Ann Example", dt.date(1965, 4, 2))
    assert (data.period, data.made_on, data.prepared_by) == (period, TODAY, caregiver)
    assert data.sections == frozenset({Section.NOTES})
    assert data.paper_size is record.summary.paper_size()
    patient = PreparedBy(Preparer.PATIENT, "Ann Example")
    chosen = record.summary.data(period, [Section.FLAGS], patient, today=TODAY, now=NOW)
    assert (chosen.sections, chosen.prepared_by) == (frozenset({Section.FLAGS}), patient)


def test_sections_switched_off_give_nothing(record: CareRecord) -> None:
    log(record, DayLog(days_ago(2), severities={"bone_pain": 9}, weight=70.0, note="Hard night"))
    record.treatments.add(
        Treatment(TreatmentCategory.CHEMOTHERAPY, "Capecitabine", days_ago(100)), today=TODAY
    )
    appointment(record, at(TODAY + dt.timedelta(days=5)), questions=(AppointmentQuestion("Scan?"),))
    period = Period(days_ago(9), TODAY)
    everything = record.summary.data(period, ALL_SECTIONS, today=TODAY, now=NOW, appendix=True)
    assert everything.flags and everything.symptoms and everything.weight and everything.notes
    assert everything.treatments and everything.appointments and everything.questions
    data = record.summary.data(period, {Section.RECEPTORS}, today=TODAY, now=NOW)
    assert (data.flags, data.flags_quiet, data.symptoms, data.history) == ((), 0, (), None)
    assert (data.weight, data.treatments, data.receptors) == (None, (), None)
    assert (data.appointments, data.questions, data.notes) == ((), (), ())


@pytest.mark.parametrize(
    ("readings", "unit", "highest", "measured", "flagged", "threshold"),
    [
        # (days ago, value, unit): the day's highest reading counts, in her unit.
        ([], TemperatureUnit.CELSIUS, None, 0, [], 38.0),
        ([(3, 36.8, "C")], TemperatureUnit.CELSIUS, (36.8, 3), 1, [], 38.0),
        ([(3, 36.8, "C"), (3, 38.4, "C"), (2, 37.0, "C")], TemperatureUnit.CELSIUS,
         (38.4, 3), 2, [3], 38.0),
        ([(4, 38.1, "C"), (3, 101.3, "F"), (1, 37.0, "C")], TemperatureUnit.CELSIUS,
         (38.5, 3), 3, [4, 3], 38.0),
        ([(4, 38.1, "C"), (3, 101.3, "F")], TemperatureUnit.FAHRENHEIT, (101.3, 3), 2, [4, 3],
         100.4),
        ([(30, 39.5, "C"), (2, 37.9, "C")], TemperatureUnit.CELSIUS, (37.9, 2), 1, [], 38.0),
    ],
)  # fmt: skip
def test_the_temperature_part_gives_the_highest_the_days_measured_and_the_fever_days(
    record: CareRecord,
    readings: list[tuple[int, float, str]],
    unit: TemperatureUnit,
    highest: tuple[float, int] | None,
    measured: int,
    flagged: list[int],
    threshold: float,
) -> None:
    person = record.person.get()
    assert person is not None
    record.person.save(dataclasses.replace(person, temperature_unit=unit), today=TODAY)
    for ago, value, reading_unit in readings:
        log(
            record,
            DayLog(
                days_ago(ago), temperature=value, temperature_unit=TemperatureUnit(reading_unit)
            ),
        )
    period = Period(days_ago(9), TODAY)
    data = record.summary.data(period, {Section.TEMPERATURE}, today=TODAY, now=NOW)
    assert data.flags == ()  # the flags part is off: its days are counted, not listed
    if highest is None:
        assert data.temperature is None
        return
    temperature = data.temperature
    assert temperature is not None
    assert (temperature.highest, temperature.highest_day) == (highest[0], days_ago(highest[1]))
    assert temperature.days_measured == measured
    assert temperature.flagged_days == tuple(days_ago(ago) for ago in flagged)
    assert (temperature.threshold, temperature.unit_label) == (threshold, f"°{unit.value}")


def test_a_fever_flag_is_listed_with_its_reading_in_the_flags_part(record: CareRecord) -> None:
    log(record, DayLog(days_ago(3), temperature=38.4))
    period = Period(days_ago(9), TODAY)
    data = record.summary.data(period, {Section.FLAGS}, today=TODAY, now=NOW)
    (line,) = data.flags
    assert (line.symptom, line.level_words) == ("Temperature", "Contact the care team promptly")
    assert line.what_happened == "At 38.4 °C on 18 November 2026"
    assert "weaker immune system" in line.reason
    assert data.temperature is None  # its own part is off


def test_the_temperature_part_follows_the_fever_setting(record: CareRecord) -> None:
    log(record, DayLog(days_ago(2), temperature=38.2))
    settings = dataclasses.replace(record.flags.settings(), fever_from_celsius=38.5)
    record.flags.save_settings(settings)
    period = Period(days_ago(9), TODAY)
    data = record.summary.data(period, {Section.TEMPERATURE}, today=TODAY, now=NOW)
    assert data.temperature is not None
    assert (data.temperature.flagged_days, data.temperature.threshold) == ((), 38.5)
    off = record.summary.data(period, {Section.WEIGHT}, today=TODAY, now=NOW)
    assert off.temperature is None


def test_flags_outside_the_period_are_absent_and_days_are_clipped(record: CareRecord) -> None:
    for offset in (40, 12, 11, 10, 9, 8):
        log(record, DayLog(days_ago(offset), severities={"bone_pain": 5}))
    log(record, DayLog(days_ago(40), events={"seizure": True}))
    period = Period(days_ago(10), TODAY)
    data = record.summary.data(period, today=TODAY, now=NOW)
    assert [line.symptom for line in data.flags] == ["Bone pain"]
    (line,) = data.flags
    assert line.days == "11 Nov to 13 Nov 2026 (3 days)"
    assert data.history is not None
    assert {flagged.day for flagged in data.history.flagged} == {days_ago(n) for n in (10, 9, 8)}


def test_discussed_flags_are_listed_last_and_counted_as_quiet(record: CareRecord) -> None:
    log(record, DayLog(days_ago(6), events={"seizure": True}))
    log(record, DayLog(days_ago(3), severities={"bone_pain": 5}))
    (seizure,) = [flag for flag in record.flags.evaluate() if flag.symptom_key == "seizure"]
    record.flags.mark_discussed(seizure, days_ago(5), today=TODAY)
    data = record.summary.data(Period(days_ago(9), TODAY), today=TODAY, now=NOW)
    assert [(line.symptom, line.discussed) for line in data.flags] == [
        ("Bone pain", ""),
        ("Seizure (fit)", "Discussed on 16 Nov 2026"),
    ]
    assert data.flags_quiet == 1


def test_symptom_figures_against_the_previous_period(record: CareRecord) -> None:
    for offset, severity in ((1, 6), (2, 4), (3, 2)):
        log(record, DayLog(days_ago(offset), severities={"fatigue": severity, "nausea": 1}))
    for offset in (12, 13):
        log(record, DayLog(days_ago(offset), severities={"fatigue": 2}))
    data = record.summary.data(Period(days_ago(9), TODAY), today=TODAY, now=NOW)
    by_key = {stats.key: stats for stats in data.symptoms}
    fatigue = by_key["fatigue"]
    assert (fatigue.days_present, fatigue.days_logged, fatigue.highest) == (3, 3, 6)
    assert fatigue.change == "Higher on average: 4.0 against 2.0"
    assert by_key["nausea"].change == "Not logged in the previous period"
    assert data.history is not None
    assert [series.key for series in data.symptoms] == [s.key for s in data.history.symptoms]


def test_weight_change_in_pounds_for_a_person_using_pounds(record: CareRecord) -> None:
    person = record.person.get()
    assert person is not None
    record.person.save(dataclasses.replace(person, weight_unit=WeightUnit.LB), today=TODAY)
    log(record, DayLog(days_ago(8), weight=70.0))  # kilograms, entered before the change
    log(record, DayLog(days_ago(1), weight=150.0, weight_unit=WeightUnit.LB))
    weight = record.summary.data(Period(days_ago(9), TODAY), today=TODAY, now=NOW).weight
    assert weight is not None
    assert (weight.unit_label, weight.first_value, weight.last_value) == ("lb", 154.3, 150.0)
    assert weight.change == "Down 4.3 lb (2.8%) from 13 Nov to 20 Nov 2026"


def test_current_recent_and_planned_treatments(record: CareRecord) -> None:
    def add(name: str, start: dt.date, end: dt.date | None = None, **more: object) -> None:
        treatment = Treatment(TreatmentCategory.HORMONE_THERAPY, name, start, end_date=end)
        record.treatments.add(dataclasses.replace(treatment, **more), today=TODAY)

    add("Letrozole", dt.date(2020, 1, 1), dt.date(2022, 1, 1))
    add("Fulvestrant", dt.date(2022, 1, 2), days_ago(5), reason_stopped=StopReason.PROGRESSION)
    add("Capecitabine", days_ago(4), category=TreatmentCategory.CHEMOTHERAPY)
    add("Radiotherapy", TODAY + dt.timedelta(days=14), category=TreatmentCategory.RADIOTHERAPY)
    lines = record.summary.data(Period(days_ago(30), TODAY), today=TODAY, now=NOW).treatments
    assert [(line.name, line.status, line.why_stopped) for line in lines] == [
        ("Capecitabine", "Taking now", ""),
        ("Fulvestrant", "Stopped in this period", "Progression"),
        ("Radiotherapy", "Planned", ""),
    ]
    assert lines[0].category == "Chemotherapy"


def test_the_latest_receptor_reading_and_subtype(record: CareRecord) -> None:
    record.receptors.add(
        ReceptorTest(dt.date(2019, 3, 1), SampleKind.PRIMARY, er_percent=90, pr_percent=50),
        today=TODAY,
    )
    latest = record.receptors.add(
        ReceptorTest(
            dt.date(2025, 6, 1),
            SampleKind.METASTATIC,
            "liver",
            er_percent=85,
            pr_percent=20,
            her2_ihc=Her2Ihc.TWO_PLUS,
            ish=IshResult.NOT_AMPLIFIED,
        ),
        today=TODAY,
    )
    receptors = record.summary.data(Period(days_ago(9), TODAY), today=TODAY, now=NOW).receptors
    assert receptors is not None
    assert (receptors.test_date, receptors.sample) == (dt.date(2025, 6, 1), "Metastasis: liver")
    results = {line.marker: line.result for line in receptors.lines}
    assert results["HER2"] == "HER2-low (IHC 2+, ISH not amplified)"
    assert results["ER"] == "Positive (85%)"
    reading = record.receptors.reading(latest)
    assert reading.subtype_info is not None
    assert receptors.subtype == reading.subtype_info.label() == "HR-positive, HER2-negative"
    assert receptors.subtype_meaning == reading.subtype_info.response()
    her2 = next(line for line in receptors.lines if line.marker == "HER2")
    assert her2.reading == record.knowledge.receptors.readings["her2_low"].text()
    assert receptors.differs_from_earlier == ()


def test_questions_from_upcoming_and_past_visits(record: CareRecord) -> None:
    appointment(
        record,
        at(days_ago(20)),
        questions=(
            AppointmentQuestion("Can I travel?"),
            AppointmentQuestion("Is this a side effect?", answered=True),
        ),
    )
    appointment(
        record,
        at(TODAY + dt.timedelta(days=7)),
        questions=(AppointmentQuestion("When is my next scan?"),),
    )
    appointment(record, at(TODAY + dt.timedelta(days=2), hour=8), AppointmentKind.BLOOD_TEST)
    data = record.summary.data(Period(days_ago(9), TODAY), today=TODAY, now=NOW)
    assert [(line.what, line.when) for line in data.appointments] == [
        ("Blood test", at(TODAY + dt.timedelta(days=2), hour=8)),
        ("Oncology visit", at(TODAY + dt.timedelta(days=7))),
    ]
    assert [(line.text, line.asked_for) for line in data.questions] == [
        ("When is my next scan?", "Oncology visit, 28 Nov 2026"),
        ("Can I travel?", "Left over from 1 Nov 2026"),
    ]
    left_over = [question.text for question in record.appointments.unanswered_from_past(NOW)]
    assert left_over == ["Can I travel?"]


def test_notes_are_shortened_and_capped(record: CareRecord) -> None:
    period = Period(days_ago(59), TODAY)
    for offset in range(45):
        log(record, DayLog(days_ago(offset), note=f"Day {offset}. " + "A long walk. " * 40))
    log(record, DayLog(days_ago(70), note="Before the period"))
    data = record.summary.data(period, today=TODAY, now=NOW, appendix=True)
    assert len(data.notes) == NOTES_MAX_DAYS
    assert data.notes_left_out == 45 - NOTES_MAX_DAYS
    assert [line.day for line in data.notes] == [days_ago(n) for n in range(NOTES_MAX_DAYS)]
    assert data.notes[0].text.startswith("Day 0. A long walk.")
    assert data.notes[0].text.endswith("…")
    assert len(data.notes[0].text) <= NOTE_MAX_CHARACTERS + 1


def test_an_open_contact_promptly_flag_from_before_the_period_reaches_page_one(
    record: CareRecord,
) -> None:
    """A summary of the last fortnight must not read as if nothing urgent were waiting: a
    seizure five weeks ago, never marked as discussed, is named; once discussed, it is not."""
    seizure_day = days_ago(35)
    for day in (days_ago(50), seizure_day):
        record.daylog.save_day(DayLog(day=day, events={"seizure": True}), today=TODAY)
    record.daylog.save_day(DayLog(day=days_ago(3), severities={"bone_pain": 1}), today=TODAY)
    period = Period(days_ago(13), TODAY)

    data = record.summary.data(period, today=TODAY, now=NOW)
    # One line per symptom: the newest time, and how many in all.
    assert data.earlier_promptly == (f"Seizure (fit) ({short_day(seizure_day)}; 2 times in all)",)

    for flag in [flag for flag in record.flags.evaluate() if flag.symptom_key == "seizure"]:
        record.flags.mark_discussed(flag, days_ago(30), "", today=TODAY)
    assert record.summary.data(period, today=TODAY, now=NOW).earlier_promptly == ()
