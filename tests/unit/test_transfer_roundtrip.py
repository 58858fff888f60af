"""Property test: any small record survives export, import into a new folder, and export again.

Hypothesis builds records with odd text (emoji, accents, control characters), edge-of-range
values and both kinds of symptom; the second export must equal the first, and the imported
record must hold the same entries as the one that was written.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mbc_tracker.domain.records import (
    Measurement,
    MeasurementKind,
    Person,
    RecordSnapshot,
    SymptomEntry,
    SymptomKind,
    TrackedSymptom,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.domain.schedules import (
    DoseRecord,
    DoseStatus,
    Schedule,
    ScheduleKind,
    TreatmentPlan,
)
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record
from mbc_tracker.services.snapshot import read_snapshot, write_snapshot
from mbc_tracker.services.transfer import export_record, import_record

TODAY = dt.date(2025, 6, 30)
OWN_KEYS = ("own_cramp", "own_ringing_ears")

texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
# Names never hold control characters (the services refuse them); notes may hold anything.
names = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=40).filter(
    lambda text: text.strip() != ""
)
notes = texts.filter(lambda text: text.strip() != "")
days = st.dates(min_value=TODAY - dt.timedelta(days=400), max_value=TODAY)
moments = st.datetimes(
    min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime.combine(TODAY, dt.time(23, 59))
)
rated_entries = st.builds(
    SymptomEntry,
    symptom_key=st.sampled_from(("bone_pain", "fatigue", *OWN_KEYS)),
    day=days,
    recorded_at=moments,
    severity=st.integers(0, 10),
    note=texts,
)
event_entries = st.builds(
    SymptomEntry,
    symptom_key=st.just("seizure"),
    day=days,
    recorded_at=moments,
    present=st.booleans(),
    note=texts,
)
weights = st.builds(
    Measurement,
    kind=st.just(MeasurementKind.WEIGHT),
    day=days,
    recorded_at=moments,
    value=st.floats(20, 350),
    unit=st.just("kg"),
)
treatments = st.builds(
    Treatment,
    category=st.sampled_from(TreatmentCategory),
    name=names,
    start_date=days,
    notes=texts,
)

minutes = st.times().map(lambda time: time.replace(second=0, microsecond=0, fold=0))
schedules = st.one_of(
    st.builds(
        Schedule,
        kind=st.just(ScheduleKind.DAILY),
        starts_on=days,
        times=st.lists(minutes, max_size=3, unique=True).map(lambda times: tuple(sorted(times))),
        dose=names.map(lambda text: " ".join(text.split())),
    ),
    st.builds(
        Schedule,
        kind=st.just(ScheduleKind.CYCLE),
        starts_on=days,
        days_on=st.integers(1, 365),
        days_off=st.integers(1, 365),
        unit=st.sampled_from(("mg", "", "tablets")),
    ),
    st.builds(
        Schedule,
        kind=st.just(ScheduleKind.AS_NEEDED),
        starts_on=days,
        reason=st.sampled_from(("pain", "nausea", "")),
        minimum_gap=st.integers(1, 4320).map(lambda gap: dt.timedelta(minutes=gap)),
    ),
)


def asked_after(dose: DoseRecord, minutes: int) -> DoseRecord:
    """A taken dose may ask its score after, a while after it was taken (never before), to the
    minute as it is stored."""
    if dose.status is DoseStatus.TAKEN and dose.at is not None and minutes:
        ask_after = dose.at.replace(second=0) + dt.timedelta(minutes=minutes)
        return replace(dose, ask_after=ask_after)
    return dose


answered_doses = st.builds(
    DoseRecord,
    day=days,
    time=st.one_of(st.none(), minutes),
    status=st.sampled_from((DoseStatus.TAKEN, DoseStatus.SKIPPED)),
    # fold only tells a repeated hour apart; it is not stored, and equal times compare equal.
    at=st.one_of(st.none(), moments.map(lambda moment: moment.replace(microsecond=0, fold=0))),
    reason=st.sampled_from(("", "felt sick", "forgot 🌷")),
    before=st.one_of(st.none(), st.integers(0, 10)),
    after=st.one_of(st.none(), st.integers(0, 10)),
)
doses = st.builds(asked_after, answered_doses, st.integers(0, 720))
plans = st.builds(
    TreatmentPlan,
    schedules=st.lists(schedules, max_size=2, unique_by=lambda schedule: schedule.starts_on).map(
        lambda items: tuple(sorted(items, key=lambda schedule: schedule.starts_on))
    ),
    doses=st.lists(doses, max_size=4, unique_by=lambda dose: (dose.day, dose.time)).map(
        lambda items: tuple(
            sorted(
                items, key=lambda dose: (dose.day, dose.time is not None, dose.time or dt.time())
            )
        )
    ),
)


@st.composite
def snapshots(draw: st.DrawFn) -> RecordSnapshot:
    own = tuple(
        TrackedSymptom(
            key, draw(names.map(str.strip)), SymptomKind.RATED, own=True, position=20 + i
        )
        for i, key in enumerate(OWN_KEYS)
    )
    drawn_treatments = tuple(draw(st.lists(treatments, max_size=3)))
    return RecordSnapshot(
        person=Person(name=draw(names).strip(), spread_bone=draw(st.booleans())),
        treatments=drawn_treatments,
        treatment_plans={
            position: plan for position in range(len(drawn_treatments)) if (plan := draw(plans))
        },
        tracked_symptoms=own,
        symptom_entries=tuple(draw(st.lists(st.one_of(rated_entries, event_entries), max_size=12))),
        measurements=tuple(draw(st.lists(weights, max_size=4))),
        day_notes=draw(st.dictionaries(days, notes, max_size=4)),
    )


def plans_by_treatment(snapshot: RecordSnapshot) -> list[str]:
    """Each treatment with its plan, whatever order the record lists treatments in."""
    return sorted(
        repr((replace(treatment, id=None), snapshot.treatment_plans.get(position)))
        for position, treatment in enumerate(snapshot.treatments)
    )


def without_ids(entries: tuple[SymptomEntry, ...]) -> list[tuple[Any, ...]]:
    return sorted(
        (entry.symptom_key, entry.day, entry.recorded_at, entry.severity, entry.present, entry.note)
        for entry in entries
    )


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snapshot=snapshots())
def test_export_import_export_keeps_every_value(snapshot: RecordSnapshot) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        first_paths = DataPaths(root / "first").ensure()
        first = open_record(first_paths.default_record, first_paths)
        write_snapshot(first, snapshot)
        export_record(first, root / "first.json")
        first.close()
        second_paths = DataPaths(root / "second").ensure()
        second = open_record(second_paths.default_record, second_paths)

        import_record(second, root / "first.json", today=TODAY)
        export_record(second, root / "second.json")
        imported = read_snapshot(second)
        second.close()

        first_export = json.loads((root / "first.json").read_text(encoding="utf-8"))
        second_export = json.loads((root / "second.json").read_text(encoding="utf-8"))
        assert second_export["record"] == first_export["record"]
        assert without_ids(imported.symptom_entries) == without_ids(snapshot.symptom_entries)
        assert imported.day_notes == snapshot.day_notes
        assert plans_by_treatment(imported) == plans_by_treatment(snapshot)
        assert sorted(item.value for item in imported.measurements) == sorted(
            item.value for item in snapshot.measurements
        )
