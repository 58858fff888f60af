"""A believable demo record, for trying the app, for screenshots and for benchmarks.

"Maria Demo" has breast cancer that came back in her bones years after early treatment; it is
hormone-receptor positive and HER2-low (ER 90%, PR 40%, HER2 IHC 1+). She takes letrozole with the
CDK4/6 inhibitor palbociclib for most of the span, has radiotherapy to a painful hip, and when the
disease grows in her liver she changes treatment (to trastuzumab deruxtecan, which one of the
source articles names for HER2-low disease; longer records pass through fulvestrant and
capecitabine first). She logs Today's symptoms most evenings, with slow drift, a pain flare before
the radiotherapy and tiredness after each change of treatment, weighs herself weekly and sees her
care team every three to four weeks with questions written down beforehand. Her medicines have
schedules and recorded doses (``demo_medicines``): palbociclib 21 days on and 7 off, the infusion
every three weeks, the bone injection every four with calcium and vitamin D every morning, and
paracetamol as needed for pain.

Everything is generated from a seed and a "today", so the same call gives the same record, and it
is written through ``write_snapshot`` in one transaction with bulk inserts: ten years take a
second or two. Every name in it is invented, and the notes say it is demo data.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mbc_tracker.domain.language import translate
from mbc_tracker.domain.protection import RecordKey
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    CareTeamContact,
    GeneResult,
    Her2Ihc,
    IshResult,
    Measurement,
    MeasurementKind,
    Person,
    Presentation,
    ReceptorTest,
    RecordSnapshot,
    Route,
    SampleKind,
    StopReason,
    SymptomEntry,
    SymptomKind,
    TrackedSymptom,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.domain.severity import MAX_SEVERITY, MIN_SEVERITY
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.demo_medicines import (
    calcium_treatment,
    demo_medicines,
    pain_relief_treatment,
)
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.services.snapshot import record_holds_data, write_snapshot

DEMO_NAME = "Maria Demo"
MAX_YEARS = 30
DEMO_NOTE = "Demo data: an invented person, for trying the app."
ONCOLOGIST = "Dr Lena Hart (demo)"
RADIATION_ONCOLOGIST = "Dr Priya Rao (demo)"
CLINIC = "Riverside Hospital, Oncology Clinic (demo)"
HOT_FLUSHES_KEY = "own_hot_flushes"


class DemoRecordExists(RuntimeError):
    """The data folder already holds a record with data; the demo never writes over it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.message = translate(
            "demo",
            "There is already a record with data in {folder}, so no demo was written "
            "(a demo never replaces a record). Choose an empty folder with "
            "--data-dir.",
        ).format(folder=path.parent)
        super().__init__(self.message)


@dataclass(frozen=True)
class _Line:
    """One line of treatment: the drugs taken together, and the days they cover."""

    drugs: tuple[tuple[TreatmentCategory, str, Route], ...]
    start: dt.date
    end: dt.date | None  # None: ongoing on the demo's today
    notes: str


def write_demo_record(
    paths: DataPaths,
    years: int = 1,
    today: dt.date | None = None,
    seed: int = 7,
    key: RecordKey | None = None,
) -> CareRecord:
    """Write a demo record of ``years`` years into ``paths``' default record and return it open.

    The caller closes the returned record. Raises DemoRecordExists (and writes nothing) when the
    record already holds a person or any entries, and ValueError for a span outside 1-30 years.
    ``key`` opens a protected record, or makes the new one protected.
    """
    if not 1 <= years <= MAX_YEARS:
        raise ValueError(
            translate("demo", "Choose a number of years from 1 to {most}.").format(most=MAX_YEARS)
        )
    today = today or dt.date.today()
    written = False

    def fill(record: CareRecord) -> None:
        nonlocal written
        if record_holds_data(record):
            raise DemoRecordExists(record.path)
        catalogue = {symptom.key: symptom for symptom in record.knowledge.symptoms}
        today_keys = [symptom.key for symptom in record.knowledge.symptoms if symptom.on_today]
        kinds = {key: catalogue[key].kind for key in today_keys}
        write_snapshot(record, build_demo_snapshot(today, years, seed, kinds))
        written = True

    # A new record is written whole before it gets its name; an existing empty one in one
    # transaction. Either way the record's lock is held throughout.
    record = open_record(paths.default_record, paths, purpose="demo", fill_new=fill, key=key)
    try:
        if not written:
            fill(record)
    except BaseException:
        record.close()
        raise
    return record


def build_demo_snapshot(
    today: dt.date, years: int, seed: int, today_symptoms: dict[str, SymptomKind]
) -> RecordSnapshot:
    """The demo record as a snapshot; ``today_symptoms`` are the catalogue's Today symptoms."""
    rng = random.Random(seed)
    first_day = today - dt.timedelta(days=365 * years)
    metastatic_diagnosis = first_day - dt.timedelta(days=12)
    first_diagnosis = metastatic_diagnosis - dt.timedelta(days=2390)
    lines = _treatment_lines(first_day, today, years)
    radiotherapy_day = lines[0].start + dt.timedelta(
        days=int(((lines[0].end or today) - lines[0].start).days * 0.4)
    )
    tracked = [
        TrackedSymptom(key=key, label=key, kind=kind, on_today=True, position=position)
        for position, (key, kind) in enumerate(today_symptoms.items())
    ]
    tracked.append(
        TrackedSymptom(
            key=HOT_FLUSHES_KEY,
            label="Hot flushes",
            kind=SymptomKind.RATED,
            on_today=True,
            position=len(tracked),
            own=True,
        )
    )
    story = _Story(rng, today, first_day, lines, radiotherapy_day)
    entries, day_notes = story.daily_logs({symptom.key: symptom.kind for symptom in tracked})
    treatments = _treatments(lines, metastatic_diagnosis, radiotherapy_day, today)
    medicines = demo_medicines(treatments, entries, first_day, today, seed)
    return RecordSnapshot(
        person=Person(
            name=DEMO_NAME,
            date_of_birth=dt.date(today.year - 58, 3, 14),
            metastatic_diagnosis_date=metastatic_diagnosis,
            presentation=Presentation.RECURRENCE,
            first_diagnosis_date=first_diagnosis,
            spread_bone=True,
            spread_liver=True,
        ),
        care_team=_care_team(),
        receptor_tests=_receptor_tests(first_diagnosis, metastatic_diagnosis, lines),
        treatments=treatments,
        treatment_plans=medicines.plans,
        appointments=tuple(story.appointments()),
        tracked_symptoms=tuple(tracked),
        symptom_entries=tuple(medicines.entries),
        measurements=tuple(story.measurements()),
        day_notes=day_notes,
    )


def _treatment_lines(first_day: dt.date, today: dt.date, years: int) -> list[_Line]:
    """Letrozole with palbociclib first; on progression, the next line (the last is ongoing)."""
    first_line: tuple[tuple[TreatmentCategory, str, Route], ...] = (
        (TreatmentCategory.HORMONE_THERAPY, "Letrozole", Route.ORAL),
        (TreatmentCategory.CDK46_INHIBITOR, "Palbociclib", Route.ORAL),
    )
    Drugs = tuple[tuple[TreatmentCategory, str, Route], ...]
    later_lines: list[Drugs] = [
        ((TreatmentCategory.HORMONE_THERAPY, "Fulvestrant", Route.INJECTION),),
        ((TreatmentCategory.CHEMOTHERAPY, "Capecitabine", Route.ORAL),),
        ((TreatmentCategory.ANTIBODY_DRUG_CONJUGATE, "Trastuzumab deruxtecan", Route.IV),),
    ]
    plan: list[tuple[Drugs, float]]
    if years < 3:
        plan = [(first_line, 0.72), (later_lines[-1], 0.28)]
    else:
        plan = [(first_line, 0.45), (later_lines[0], 0.2), (later_lines[1], 0.15)]
        plan.append((later_lines[2], 0.2))
    span = (today - first_day).days
    lines: list[_Line] = []
    start = first_day
    for index, (drugs, share) in enumerate(plan):
        last = index == len(plan) - 1
        end = None if last else start + dt.timedelta(days=int(span * share))
        notes = "Started after scans showed the disease had grown." if index else DEMO_NOTE
        lines.append(_Line(drugs=drugs, start=start, end=end, notes=notes))
        if end is not None:
            start = end + dt.timedelta(days=1)
    return lines


def _care_team() -> tuple[CareTeamContact, ...]:
    # 01632 960xxx is a range set aside for drama and examples: no real person answers it.
    return (
        CareTeamContact(ONCOLOGIST, "Medical oncologist", "01632 960101", "", DEMO_NOTE),
        CareTeamContact(
            "Sam Okafor (demo)",
            "Breast care nurse",
            "01632 960102",
            "sam.okafor@example.org",
            "First person to call with a question between visits.",
        ),
        CareTeamContact(RADIATION_ONCOLOGIST, "Radiation oncologist", "01632 960103"),
        CareTeamContact(
            "Treatment helpline (demo)",
            "24-hour advice line",
            "01632 960199",
            "",
            "For a temperature or feeling unwell on treatment, day or night.",
            urgent=True,
        ),
        CareTeamContact("Dr Tom Berg (demo)", "Family doctor (GP)", "01632 960104"),
    )


def _receptor_tests(
    first_diagnosis: dt.date, metastatic_diagnosis: dt.date, lines: Sequence[_Line]
) -> tuple[ReceptorTest, ...]:
    liver_biopsy = lines[-1].start - dt.timedelta(days=10)
    return (
        ReceptorTest(
            test_date=first_diagnosis + dt.timedelta(days=8),
            sample_kind=SampleKind.PRIMARY,
            er_percent=90.0,
            pr_percent=40.0,
            her2_ihc=Her2Ihc.ONE_PLUS,
            ish=IshResult.NOT_DONE,
            notes="Early breast cancer, left side; surgery and hormone therapy then. " + DEMO_NOTE,
        ),
        ReceptorTest(
            test_date=metastatic_diagnosis - dt.timedelta(days=3),
            sample_kind=SampleKind.METASTATIC,
            sample_site="bone (right hip)",
            er_percent=85.0,
            pr_percent=30.0,
            her2_ihc=Her2Ihc.ONE_PLUS,
            ish=IshResult.NOT_DONE,
            brca1=GeneResult.NO_MUTATION,
            brca2=GeneResult.NO_MUTATION,
            notes="BRCA1 and BRCA2 from a blood test at the same time.",
        ),
        ReceptorTest(
            test_date=liver_biopsy,
            sample_kind=SampleKind.METASTATIC,
            sample_site="liver",
            er_percent=70.0,
            pr_percent=5.0,
            her2_ihc=Her2Ihc.TWO_PLUS,
            ish=IshResult.NOT_AMPLIFIED,
            notes="Liver biopsy when the scan showed new spots in the liver.",
        ),
    )


def _treatments(
    lines: Sequence[_Line], metastatic_diagnosis: dt.date, radiotherapy_day: dt.date, today: dt.date
) -> tuple[Treatment, ...]:
    treatments = [
        Treatment(
            category=category,
            name=name,
            start_date=line.start,
            route=route,
            end_date=line.end,
            reason_stopped=StopReason.PROGRESSION if line.end else None,
            notes=line.notes,
        )
        for line in lines
        for category, name, route in line.drugs
    ]
    treatments.append(
        Treatment(
            category=TreatmentCategory.OTHER,
            name="Denosumab (bone-strengthening injection)",
            start_date=metastatic_diagnosis + dt.timedelta(days=20),
            route=Route.INJECTION,
            notes="Every 4 weeks, with calcium and vitamin D tablets.",
        )
    )
    treatments.append(calcium_treatment(metastatic_diagnosis + dt.timedelta(days=20)))
    treatments.append(pain_relief_treatment(metastatic_diagnosis + dt.timedelta(days=5)))
    treatments.append(
        Treatment(
            category=TreatmentCategory.RADIOTHERAPY,
            name="Radiotherapy to the right hip, 5 sessions",
            start_date=radiotherapy_day,
            route=Route.OTHER,
            end_date=min(radiotherapy_day + dt.timedelta(days=6), today),
            reason_stopped=StopReason.COURSE_COMPLETED,
            notes="For pain in the hip.",
        )
    )
    return tuple(sorted(treatments, key=lambda treatment: treatment.start_date))


def _clip(value: float) -> int:
    return max(MIN_SEVERITY, min(MAX_SEVERITY, round(value)))


class _Story:
    """The day-by-day part of the demo: symptom levels, logs, weights and visits."""

    def __init__(
        self,
        rng: random.Random,
        today: dt.date,
        first_day: dt.date,
        lines: Sequence[_Line],
        radiotherapy_day: dt.date,
    ) -> None:
        self.rng = rng
        self.today = today
        self.first_day = first_day
        self.lines = lines
        self.radiotherapy_day = radiotherapy_day
        self.changes = [line.start for line in lines[1:]]
        span = (today - first_day).days
        # A few bad weeks that have no reason the record can name: it happens.
        self.bad_weeks = sorted(
            first_day + dt.timedelta(days=rng.randrange(span)) for _ in range(max(2, span // 150))
        )

    # -- what the day is like ------------------------------------------------------------------

    def line_on(self, day: dt.date) -> _Line:
        for line in self.lines:
            if line.end is None or day <= line.end:
                return line
        return self.lines[-1]

    def drugs_on(self, day: dt.date) -> set[str]:
        return {name for _, name, _ in self.line_on(day).drugs}

    def days_since_change(self, day: dt.date) -> int | None:
        past = [change for change in self.changes if change <= day]
        return (day - past[-1]).days if past else None

    def in_bad_week(self, day: dt.date) -> bool:
        return any(0 <= (day - start).days < 7 for start in self.bad_weeks)

    def pain_flare(self, day: dt.date) -> float:
        """Hip pain that builds for three weeks before the radiotherapy and eases after it."""
        offset = (day - self.radiotherapy_day).days
        if -21 <= offset <= 0:
            return 4.5 * (offset + 21) / 21
        if 0 < offset <= 28:
            return 4.5 * (1 - offset / 28)
        return 0.0

    def level(self, key: str, day: dt.date, drift: float) -> float:
        """The underlying severity of a rated symptom on ``day`` before the day's own noise."""
        drugs = self.drugs_on(day)
        since_change = self.days_since_change(day)
        settling = 3.0 * math.exp(-since_change / 28) if since_change is not None else 0.0
        bad = 1.5 if self.in_bad_week(day) else 0.0
        cycle_day = (day - self.line_on(day).start).days % 28
        if key == "bone_pain":
            after_radiotherapy = day > self.radiotherapy_day + dt.timedelta(days=28)
            return (1.2 if after_radiotherapy else 2.0) + self.pain_flare(day) + drift + bad / 2
        if key == "fatigue":
            base = 3.0 if "Palbociclib" in drugs else 3.5
            on_off = 0.8 if "Palbociclib" in drugs and 10 <= cycle_day < 21 else 0.0
            return base + on_off + settling + drift + bad
        if key == "nausea":
            base = 2.0 if "Trastuzumab deruxtecan" in drugs else 0.6
            infusion = 2.0 if "Trastuzumab deruxtecan" in drugs and cycle_day % 21 < 4 else 0.0
            return base + infusion + settling / 2 + drift
        if key == "breathlessness":
            years_in = (day - self.first_day).days / 365
            return 0.4 + 0.1 * years_in + drift / 2 + bad / 3
        if key == "headache":
            return 0.3 + drift / 2 + (3.0 if self.rng.random() < 0.03 else 0.0)
        if key == HOT_FLUSHES_KEY:
            if "Letrozole" in drugs:
                return 3.0 + drift
            return 2.2 + drift if "Fulvestrant" in drugs else 1.0 + drift / 2
        return 0.5 + drift / 2

    # -- the daily log -------------------------------------------------------------------------

    def missed(self) -> bool:
        """The odd evening without a log: tired, out, or simply forgot."""
        return self.rng.random() < 0.035

    def daily_logs(
        self, kinds: dict[str, SymptomKind]
    ) -> tuple[list[SymptomEntry], dict[dt.date, str]]:
        entries: list[SymptomEntry] = []
        notes: dict[dt.date, str] = {}
        phases = {key: self.rng.uniform(0, 2 * math.pi) for key in kinds}
        periods = {key: self.rng.uniform(120, 260) for key in kinds}
        noise = dict.fromkeys(kinds, 0.0)
        day = self.first_day
        while day < self.today:  # today is left for the person trying the demo to log
            # The last few days are always logged, so "Same as yesterday" has something to copy.
            if day < self.today - dt.timedelta(days=3) and self.missed():
                day += dt.timedelta(days=1)
                continue
            recorded_at = dt.datetime.combine(day, dt.time(20, 0)) + dt.timedelta(
                minutes=self.rng.randrange(150)
            )
            for key, kind in kinds.items():
                if kind is SymptomKind.EVENT:
                    entries.append(SymptomEntry(key, day, recorded_at, present=False))
                    continue
                t = (day - self.first_day).days
                drift = 0.7 * math.sin(2 * math.pi * t / periods[key] + phases[key])
                noise[key] = 0.7 * noise[key] + self.rng.gauss(0, 0.45)
                severity = _clip(self.level(key, day, drift) + noise[key])
                note = ""
                if key == "bone_pain" and severity >= 6 and self.rng.random() < 0.3:
                    note = "Worse at night; paracetamol helped a little."
                entries.append(SymptomEntry(key, day, recorded_at, severity=severity, note=note))
            note = self.day_note(day)
            if note:
                notes[day] = note
            day += dt.timedelta(days=1)
        return entries, notes

    def day_note(self, day: dt.date) -> str:
        offset = (day - self.radiotherapy_day).days
        if 0 <= offset < 5:
            return f"Radiotherapy session {offset + 1} of 5. Quick, and the staff were lovely."
        since_change = self.days_since_change(day)
        if since_change == 0:
            return "First day of the new treatment. A bit nervous, but we have a plan."
        if self.rng.random() > 0.07:
            return ""
        if self.in_bad_week(day):
            return self.rng.choice(
                [
                    "A heavy, tired day. Stayed in and rested.",
                    "Felt low today. Talked to Ana on the phone, which helped.",
                ]
            )
        return self.rng.choice(
            [
                "Walked by the river with Ana. 🌿",
                "Grandchildren visited 😊",
                "Slept badly, a bit achy in the morning.",
                "Good day: gardening for an hour.",
                "Book club this evening. Nice to think about something else.",
                "Rainy day, did a jigsaw.",
            ]
        )

    # -- measurements ----------------------------------------------------------------------------

    def measurements(self) -> list[Measurement]:
        weights: list[Measurement] = []
        weight = 68.5
        day = self.first_day + dt.timedelta(days=(6 - self.first_day.weekday()) % 7)  # Sundays
        while day < self.today:
            trend = -0.08 if "Trastuzumab deruxtecan" in self.drugs_on(day) else 0.01
            weight = min(max(weight + trend + self.rng.gauss(0, 0.25), 55.0), 80.0)
            weights.append(
                Measurement(
                    kind=MeasurementKind.WEIGHT,
                    day=day,
                    recorded_at=dt.datetime.combine(day, dt.time(8, 5)),
                    value=round(weight, 1),
                    unit="kg",
                )
            )
            day += dt.timedelta(days=7)
        temperatures: list[Measurement] = []
        day = self.first_day + dt.timedelta(days=self.rng.randrange(10, 40))
        fever_shown = False
        while day < self.today:
            value = round(self.rng.uniform(36.2, 37.3), 1)
            since_change = self.days_since_change(day)
            if not fever_shown and since_change is not None and since_change > 30:
                value, fever_shown = 38.1, True
            temperatures.append(
                Measurement(
                    kind=MeasurementKind.TEMPERATURE,
                    day=day,
                    recorded_at=dt.datetime.combine(day, dt.time(18, 30)),
                    value=value,
                    unit="C",
                )
            )
            day += dt.timedelta(days=self.rng.randrange(20, 50))
        return sorted(weights + temperatures, key=lambda measurement: measurement.recorded_at)

    # -- appointments --------------------------------------------------------------------------

    def appointments(self) -> list[Appointment]:
        appointments: list[Appointment] = []
        visit = self.first_day + dt.timedelta(days=14)
        horizon = self.today + dt.timedelta(days=35)
        upcoming_done = False
        scan_turn = 0
        visits = 0
        while visit <= horizon:
            upcoming = visit >= self.today
            if upcoming and upcoming_done:
                break
            starts_at = dt.datetime.combine(visit, dt.time(10, 30))
            appointments.append(
                Appointment(
                    starts_at=starts_at - dt.timedelta(days=1, hours=1, minutes=50),
                    kind=AppointmentKind.BLOOD_TEST,
                    place="Riverside Hospital, Blood Test Unit (demo)",
                    notes="Blood count and liver tests before the visit.",
                )
            )
            appointments.append(
                Appointment(
                    starts_at=starts_at,
                    kind=AppointmentKind.ONCOLOGY_VISIT,
                    clinician=ONCOLOGIST,
                    place=CLINIC,
                    notes="" if upcoming else "Went with my sister Ana.",
                    questions=self.questions_for(visit, answered=not upcoming),
                )
            )
            if (visit - self.first_day).days // 84 > scan_turn:
                scan_turn += 1
                scan_kind = AppointmentKind.CT_SCAN if scan_turn % 2 else AppointmentKind.BONE_SCAN
                appointments.append(
                    Appointment(
                        starts_at=starts_at - dt.timedelta(days=6, hours=1),
                        kind=scan_kind,
                        place="Riverside Hospital, Imaging (demo)",
                        notes="Chest, abdomen and pelvis."
                        if scan_kind is AppointmentKind.CT_SCAN
                        else "Whole-body bone scan.",
                    )
                )
            upcoming_done = upcoming
            visits += 1
            visit += dt.timedelta(days=21 if visits % 3 == 0 else 28)  # every three to four weeks
        appointments.extend(self.radiotherapy_appointments())
        appointments.extend(self.infusions())
        return sorted(appointments, key=lambda appointment: appointment.starts_at)

    def radiotherapy_appointments(self) -> list[Appointment]:
        planning = dt.datetime.combine(self.radiotherapy_day - dt.timedelta(days=7), dt.time(14))
        sessions = [
            Appointment(
                starts_at=planning,
                kind=AppointmentKind.RADIOTHERAPY,
                clinician=RADIATION_ONCOLOGIST,
                place="Riverside Hospital, Radiotherapy (demo)",
                notes="Planning scan and marks on the skin.",
                questions=(
                    AppointmentQuestion(
                        "Will the radiotherapy make me tired?",
                        answered=True,
                        answer="Possibly for a week or two; rest when you need to.",
                    ),
                ),
            )
        ]
        for session in range(5):
            day = self.radiotherapy_day + dt.timedelta(days=session)
            sessions.append(
                Appointment(
                    starts_at=dt.datetime.combine(day, dt.time(9, 15)),
                    kind=AppointmentKind.RADIOTHERAPY,
                    clinician=RADIATION_ONCOLOGIST,
                    place="Riverside Hospital, Radiotherapy (demo)",
                    notes=f"Session {session + 1} of 5.",
                )
            )
        return [
            appointment for appointment in sessions if appointment.starts_at.date() < self.today
        ]

    def infusions(self) -> list[Appointment]:
        line = self.lines[-1]
        if "Trastuzumab deruxtecan" not in self.drugs_on(line.start):
            return []
        infusions = []
        day = line.start
        while day < self.today + dt.timedelta(days=21):
            infusions.append(
                Appointment(
                    starts_at=dt.datetime.combine(day, dt.time(11)),
                    kind=AppointmentKind.INFUSION,
                    place="Riverside Hospital, Day Unit (demo)",
                    notes="Trastuzumab deruxtecan, every 3 weeks.",
                )
            )
            day += dt.timedelta(days=21)
        return infusions

    def questions_for(self, visit: dt.date, answered: bool) -> tuple[AppointmentQuestion, ...]:
        """What she wrote down for this visit; past visits have their answers noted."""
        pool: list[tuple[str, str]] = []
        until_radiotherapy = (self.radiotherapy_day - visit).days
        since_change = self.days_since_change(visit)
        next_change = [change for change in self.changes if 0 < (change - visit).days <= 28]
        if 0 < until_radiotherapy <= 28:
            pool.append(
                (
                    "My right hip hurts more, especially at night. What can be done?",
                    "Referred to Dr Rao for a short course of radiotherapy to the hip.",
                )
            )
        if since_change is not None and since_change <= 35:
            pool.append(
                (
                    "Which side effects of the new treatment should I call about?",
                    "A temperature of 38 °C or more, or feeling very unwell: ring the helpline.",
                )
            )
        if next_change:
            pool.append(
                (
                    "What do the scan results mean for my treatment?",
                    "The disease has grown in the liver; we talked through the next treatment.",
                )
            )
        pool.extend(
            self.rng.sample(
                [
                    (
                        "Is my tiredness something we can help with?",
                        "Gentle walks; blood count is fine.",
                    ),
                    (
                        "Can I travel to my niece's wedding next month?",
                        "Yes; take the helpline number.",
                    ),
                    (
                        "Should I keep taking the calcium tablets?",
                        "Yes, every day with the injection.",
                    ),
                    ("When is my next scan?", "In about six weeks; the letter will come by post."),
                    (
                        "Is it normal to feel low some days?",
                        "Yes; the nurse can refer you for support.",
                    ),
                ],
                k=1 if pool else 2,
            )
        )
        return tuple(
            AppointmentQuestion(text, answered=answered, answer=answer if answered else "")
            for text, answer in pool[:3]
        )
