"""Export and import of a whole record as JSON: the round trip, and every kind of bad file.

A bad file must be refused with a sentence that names where the problem is, and the record must
hold exactly what it held before (checked by exporting it again, or by finding it still empty).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
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
from mbc_tracker.domain.schedules import DoseRecord, DoseStatus, Schedule, ScheduleKind
from mbc_tracker.paths import DataPaths, OutputRefused
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.services.snapshot import read_snapshot, record_holds_data, write_snapshot
from mbc_tracker.services.transfer import (
    FORMAT_VERSION,
    ImportInvalid,
    export_record,
    import_record,
)

TODAY = dt.date(2025, 6, 30)
LONG_NOTE = ("Slept badly; the hip ached 🦴 and I felt sick 🤢 after lunch. " * 200)[:10_000]


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A one-year demo record's export, made once for the whole module."""
    folder = tmp_path_factory.mktemp("demo-source")
    record = write_demo_record(DataPaths(folder / "data"), years=1, today=TODAY)
    file = folder / "export.json"
    export_record(record, file)
    record.close()
    document: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
    return document


@pytest.fixture
def empty_record(tmp_path: Path) -> Iterator[CareRecord]:
    paths = DataPaths(tmp_path / "fresh").ensure()
    record = open_record(paths.default_record, paths)
    yield record
    record.close()


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def export_record_content(record: CareRecord, file: Path) -> dict[str, Any]:
    export_record(record, file)
    content: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))["record"]
    return content


def test_export_import_export_gives_the_same_record(
    demo_export: dict[str, Any], empty_record: CareRecord, tmp_path: Path
) -> None:
    source = write_json(tmp_path / "first.json", demo_export)

    summary = import_record(empty_record, source, today=TODAY)

    assert summary.person_name == "Maria Demo"
    assert summary.symptom_entries == len(demo_export["record"]["symptom_entries"])
    assert export_record_content(empty_record, tmp_path / "second.json") == demo_export["record"]


def test_the_export_file_is_versioned_and_private(record: CareRecord, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    file = folder / "out.json"

    export_record(record, file)

    document = json.loads(file.read_text(encoding="utf-8"))
    assert document["format"] == "mbc-tracker-record"
    assert document["format_version"] == FORMAT_VERSION
    assert document["record"]["person"]["name"] == "Ann Example"
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert [path.name for path in folder.iterdir()] == ["out.json"]  # no temporary left over


def test_export_never_replaces_the_record_or_a_backup(record: CareRecord) -> None:
    backup = record.backup_now()
    before = backup.path.read_bytes()

    with pytest.raises(OutputRefused, match="is your record itself"):
        export_record(record, record.path)
    with pytest.raises(OutputRefused, match="where the app keeps backups"):
        export_record(record, backup.path)

    assert record.path.read_bytes().startswith(b"SQLite format 3\x00")
    assert backup.path.read_bytes() == before


def test_export_replaces_an_older_export_in_one_step(record: CareRecord, tmp_path: Path) -> None:
    file = tmp_path / "out.json"
    file.write_text("an older export", encoding="utf-8")

    export_record(record, file)

    assert json.loads(file.read_text(encoding="utf-8"))["format"] == "mbc-tracker-record"


def test_emoji_and_ten_thousand_character_notes_are_kept_intact(tmp_path: Path) -> None:
    first = DataPaths(tmp_path / "first").ensure()
    source = open_record(first.default_record, first)
    day = TODAY - dt.timedelta(days=3)
    at = dt.datetime.combine(day, dt.time(21, 15))
    write_snapshot(
        source,
        RecordSnapshot(
            person=Person(name="Zoë 🌷 Ñúñez"),
            tracked_symptoms=(
                TrackedSymptom("own_tingling", "Tingling fingers 🖐️", SymptomKind.RATED, own=True),
            ),
            symptom_entries=(
                SymptomEntry("own_tingling", day, at, severity=4, note=LONG_NOTE),
                SymptomEntry("seizure", day, at, present=False, note="none 🙏"),
            ),
            day_notes={day: LONG_NOTE},
            appointments=(
                Appointment(
                    at + dt.timedelta(days=10),
                    AppointmentKind.ONCOLOGY_VISIT,
                    questions=(AppointmentQuestion("Why the tingling? 🤔"),),
                ),
            ),
        ),
    )
    file = tmp_path / "emoji.json"
    export_record(source, file)
    source.close()
    second = DataPaths(tmp_path / "second").ensure()
    target = open_record(second.default_record, second)

    import_record(target, file, today=TODAY)

    snapshot = read_snapshot(target)
    target.close()
    assert snapshot.person is not None and snapshot.person.name == "Zoë 🌷 Ñúñez"
    assert snapshot.day_notes == {day: LONG_NOTE}
    assert len(LONG_NOTE) == 10_000
    notes = {entry.symptom_key: entry.note for entry in snapshot.symptom_entries}
    assert notes == {"own_tingling": LONG_NOTE, "seizure": "none 🙏"}
    own = [symptom for symptom in snapshot.tracked_symptoms if symptom.own]
    assert [(symptom.key, symptom.label) for symptom in own] == [
        ("own_tingling", "Tingling fingers 🖐️")
    ]
    assert snapshot.appointments[0].questions[0].text == "Why the tingling? 🤔"


def test_importing_into_a_record_that_holds_data_is_refused(
    demo_export: dict[str, Any], record: CareRecord, tmp_path: Path
) -> None:
    before = export_record_content(record, tmp_path / "before.json")

    with pytest.raises(ImportInvalid) as refused:
        import_record(record, write_json(tmp_path / "in.json", demo_export), today=TODAY)

    assert "already holds data" in refused.value.message
    assert "--data-dir" in refused.value.message
    assert export_record_content(record, tmp_path / "after.json") == before


# -- bad files -----------------------------------------------------------------------------------

Change = Callable[[dict[str, Any]], None]


def set_in(section: str, index: int, field: str, value: Any) -> Change:
    def change(document: dict[str, Any]) -> None:
        document["record"][section][index][field] = value

    return change


def delete_in(section: str, index: int, field: str) -> Change:
    def change(document: dict[str, Any]) -> None:
        del document["record"][section][index][field]

    return change


def first_rated(document: dict[str, Any]) -> int:
    entries = document["record"]["symptom_entries"]
    return next(index for index, entry in enumerate(entries) if entry["severity"] is not None)


def set_rated(field: str, value: Any) -> Change:
    def change(document: dict[str, Any]) -> None:
        document["record"]["symptom_entries"][first_rated(document)][field] = value

    return change


def first_measurement(document: dict[str, Any], kind: str) -> int:
    measurements = document["record"]["measurements"]
    return next(index for index, item in enumerate(measurements) if item["kind"] == kind)


def set_measurement(kind: str, value: Any, unit: str) -> Change:
    def change(document: dict[str, Any]) -> None:
        measurement = document["record"]["measurements"][first_measurement(document, kind)]
        measurement["value"], measurement["unit"] = value, unit

    return change


def set_weight(value: Any, unit: str = "kg") -> Change:
    return set_measurement("weight", value, unit)


def set_top(field: str, value: Any) -> Change:
    def change(document: dict[str, Any]) -> None:
        document[field] = value

    return change


BAD_DOCUMENTS: dict[str, tuple[Change, str]] = {
    "severity above the scale": (set_rated("severity", 11), ".severity: 11 is outside the scale"),
    "severity below the scale": (set_rated("severity", -1), ".severity: -1 is outside the scale"),
    "severity as text": (set_rated("severity", "seven"), ".severity: Choose a whole number"),
    "severity as a fraction": (set_rated("severity", 4.5), ".severity: Choose a whole number"),
    "a day in the future": (set_rated("day", "2031-01-01"), ".day: This date is in the future"),
    "a day that is not a date": (
        set_rated("day", "31/12/2024"),
        "is not a date; write it as YYYY-MM-DD",
    ),
    "weight of 0 kg": (set_weight(0), ".value: A weight of 0 kg looks like a typing mistake"),
    "weight of 900 kg": (set_weight(900), ".value: A weight of 900 kg looks like a typing mistake"),
    "weight in stones": (set_weight(11, "st"), "“st” is not a weight unit"),
    # The same range as Today: only typing mistakes, 30-45 °C or 86-113 °F.
    "temperature of 45.5 °C": (
        set_measurement("temperature", 45.5, "C"),
        ".value: A temperature of 45.5 °C looks like a typing mistake. Please enter a value "
        "between 30 and 45.",
    ),
    "temperature of 29.9 °C": (
        set_measurement("temperature", 29.9, "C"),
        ".value: A temperature of 29.9 °C looks like a typing mistake",
    ),
    "temperature of 113.5 °F": (
        set_measurement("temperature", 113.5, "F"),
        ".value: A temperature of 113.5 °F looks like a typing mistake. Please enter a value "
        "between 86 and 113.",
    ),
    "temperature of 370 (no decimal point)": (
        set_measurement("temperature", 370, "C"),
        "A temperature of 370 °C looks like a typing mistake",
    ),
    "temperature in kelvin": (
        set_measurement("temperature", 310, "K"),
        "“K” is not a temperature unit",
    ),
    "unknown treatment category": (
        set_in("treatments", 0, "category", "miracle_cure"),
        "treatments[0].category: “miracle_cure” is not one of the allowed values",
    ),
    "unknown appointment kind": (
        set_in("appointments", 0, "kind", "party"),
        "appointments[0].kind: “party” is not one of the allowed values",
    ),
    "unknown HER2 score": (
        set_in("receptor_tests", 0, "her2_ihc", "4+"),
        "receptor_tests[0].her2_ihc: “4+” is not one of the allowed values",
    ),
    "unknown symptom key": (
        set_rated("symptom_key", "dragon_scales"),
        ".symptom_key: “dragon_scales” is not a symptom this app knows",
    ),
    "missing required field": (
        delete_in("treatments", 0, "start_date"),
        "treatments[0].start_date: this field is required but missing.",
    ),
    "text where a number belongs": (
        set_in("receptor_tests", 0, "er_percent", "ninety"),
        "receptor_tests[0].er_percent: expected a number, found the text “ninety”.",
    ),
    "percentage above 100": (
        set_in("receptor_tests", 0, "er_percent", 190),
        "receptor_tests[0].er_percent: 190 is not a percentage",
    ),
    "true or false as text": (
        set_in("appointments", 0, "questions", [{"text": "Why?", "answered": "yes"}]),
        "appointments[0].questions[0].answered: expected true or false",
    ),
    "misspelt field": (
        set_rated("severty", 3),
        "“severty” is not a field of this format",
    ),
    "treatment ending before it starts": (
        set_in("treatments", 0, "end_date", "2000-01-01"),
        "treatments[0].end_date: the treatment ends before it starts",
    ),
    "wrong format name": (
        set_top("format", "some-other-app"),
        "This is not an MBC Care Tracker export",
    ),
    "newer format version": (
        set_top("format_version", FORMAT_VERSION + 1),
        "made by a newer version of MBC Care Tracker",
    ),
    "record is not an object": (set_top("record", []), "record: expected an object"),
}


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_a_bad_file_is_refused_with_a_message_and_nothing_is_saved(
    case: str, demo_export: dict[str, Any], empty_record: CareRecord, tmp_path: Path
) -> None:
    change, expected = BAD_DOCUMENTS[case]
    document = copy.deepcopy(demo_export)
    change(document)

    with pytest.raises(ImportInvalid) as refused:
        import_record(empty_record, write_json(tmp_path / "bad.json", document), today=TODAY)

    assert expected in refused.value.message
    assert not record_holds_data(empty_record)


def test_the_message_names_the_entry_by_its_place_in_the_file(
    demo_export: dict[str, Any], empty_record: CareRecord, tmp_path: Path
) -> None:
    document = copy.deepcopy(demo_export)
    document["record"]["symptom_entries"][12]["severity"] = 11

    with pytest.raises(ImportInvalid) as refused:
        import_record(empty_record, write_json(tmp_path / "bad.json", document), today=TODAY)

    assert refused.value.message == (
        "symptom_entries[12].severity: 11 is outside the scale; choose from 0 to 10."
    )


def test_many_problems_are_listed_briefly(
    demo_export: dict[str, Any], empty_record: CareRecord, tmp_path: Path
) -> None:
    document = copy.deepcopy(demo_export)
    for entry in document["record"]["symptom_entries"][:30]:
        entry["day"] = "2099-01-01"

    with pytest.raises(ImportInvalid) as refused:
        import_record(empty_record, write_json(tmp_path / "bad.json", document), today=TODAY)

    assert len(refused.value.problems) == 30
    assert refused.value.message.count("\n") == 10  # ten shown, then one line for the rest
    assert refused.value.message.endswith("... and 20 more like these.")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '{"format": "mbc-tracker-record", "format_version": 1, "record": {"person": nu',
            "ends too early",
        ),
        ("{'format': 'mbc-tracker-record'}", "is not valid JSON (line 1, column 2"),
        (
            '{"format": "mbc-tracker-record", "format_version": 1, '
            '"record": {"measurements": [{"value": NaN}]}}',
            "NaN is not a number JSON allows",
        ),
        ("", "The file is empty"),
        ("[1, 2, 3]", "This is not an MBC Care Tracker export"),
    ],
    ids=["truncated", "not json", "not a number", "empty", "a list"],
)
def test_a_malformed_file_is_refused(
    content: str, expected: str, empty_record: CareRecord, tmp_path: Path
) -> None:
    file = tmp_path / "bad.json"
    file.write_text(content, encoding="utf-8")

    with pytest.raises(ImportInvalid) as refused:
        import_record(empty_record, file, today=TODAY)

    assert expected in refused.value.message
    assert not record_holds_data(empty_record)


def test_a_demo_export_cut_in_half_is_refused(
    demo_export: dict[str, Any], empty_record: CareRecord, tmp_path: Path
) -> None:
    text = json.dumps(demo_export, indent=2)
    file = tmp_path / "half.json"
    file.write_text(text[: len(text) // 2], encoding="utf-8")

    with pytest.raises(ImportInvalid, match="ends too early"):
        import_record(empty_record, file, today=TODAY)

    assert not record_holds_data(empty_record)


def test_a_missing_file_is_named(empty_record: CareRecord, tmp_path: Path) -> None:
    with pytest.raises(ImportInvalid, match="There is no file at"):
        import_record(empty_record, tmp_path / "nowhere.json", today=TODAY)


def test_an_own_symptom_is_accepted_but_a_made_up_catalogue_key_is_not(
    empty_record: CareRecord, tmp_path: Path
) -> None:
    day = (TODAY - dt.timedelta(days=1)).isoformat()
    document = {
        "format": "mbc-tracker-record",
        "format_version": 1,
        "record": {
            "person": {"name": "Ann"},
            "tracked_symptoms": [
                {"key": "own_cramp", "label": "Leg cramp", "kind": "rated", "own": True},
                {"key": "hiccups", "label": "Hiccups", "kind": "event"},
            ],
            "symptom_entries": [
                {
                    "symptom_key": "own_cramp",
                    "day": day,
                    "recorded_at": day + "T20:00:00",
                    "severity": 3,
                },
            ],
        },
    }

    with pytest.raises(ImportInvalid) as refused:
        import_record(empty_record, write_json(tmp_path / "own.json", document), today=TODAY)

    assert refused.value.problems == [
        "tracked_symptoms[1].key: “hiccups” is not a symptom this app knows. If it is one of "
        "your own, set “own” to true and give it a label."
    ]
    document["record"]["tracked_symptoms"][1]["own"] = True  # type: ignore[index]
    import_record(empty_record, write_json(tmp_path / "own.json", document), today=TODAY)
    labels = {symptom.key: symptom.label for symptom in empty_record.symptoms.all()}
    assert labels["own_cramp"] == "Leg cramp"
    assert labels["hiccups"] == "Hiccups"


def test_a_measurement_in_pounds_and_fahrenheit_is_kept_in_its_unit(
    empty_record: CareRecord, tmp_path: Path
) -> None:
    day = TODAY - dt.timedelta(days=2)
    at = dt.datetime.combine(day, dt.time(8))
    source_paths = DataPaths(tmp_path / "source").ensure()
    source = open_record(source_paths.default_record, source_paths)
    write_snapshot(
        source,
        RecordSnapshot(
            person=Person(name="Ann"),
            measurements=(
                Measurement(MeasurementKind.WEIGHT, day, at, 150.5, "lb"),
                Measurement(MeasurementKind.TEMPERATURE, day, at, 99.1, "F"),
            ),
        ),
    )
    file = tmp_path / "units.json"
    export_record(source, file)
    source.close()

    import_record(empty_record, file, today=TODAY)

    measurements = read_snapshot(empty_record).measurements
    assert [(item.value, item.unit) for item in measurements] == [(150.5, "lb"), (99.1, "F")]


def test_the_example_in_the_format_documentation_imports(
    empty_record: CareRecord, tmp_path: Path
) -> None:
    documentation = Path(__file__).resolve().parents[2] / "docs" / "json-format.md"
    example = documentation.read_text(encoding="utf-8").split("```json\n")[1].split("```")[0]
    file = tmp_path / "example.json"
    file.write_text(example, encoding="utf-8")

    summary = import_record(empty_record, file, today=TODAY)

    assert summary.describe() == (
        "Maria Demo's record: 2 symptom entries, 1 measurement, 0 day notes, 1 treatment and "
        "0 appointments, on 29 June 2025."
    )


@pytest.mark.parametrize(
    "bad_part",
    [
        # Refused by the service: no such symptom.
        SymptomEntry("dragon_scales", TODAY, dt.datetime.combine(TODAY, dt.time(20)), severity=2),
        # Refused by the database's own range check, after everything else was added.
        Measurement(
            MeasurementKind.WEIGHT, TODAY, dt.datetime.combine(TODAY, dt.time(8)), 900, "kg"
        ),
    ],
    ids=["unknown symptom", "weight the database refuses"],
)
def test_a_snapshot_that_fails_half_way_leaves_nothing(
    bad_part: SymptomEntry | Measurement, empty_record: CareRecord
) -> None:
    at = dt.datetime.combine(TODAY, dt.time(20))
    snapshot = RecordSnapshot(
        person=Person(name="Ann"),
        symptom_entries=(SymptomEntry("fatigue", TODAY, at, severity=3),)
        + ((bad_part,) if isinstance(bad_part, SymptomEntry) else ()),
        measurements=(bad_part,) if isinstance(bad_part, Measurement) else (),
        day_notes={TODAY: "a note"},
    )

    with pytest.raises((KeyError, IntegrityError)):
        write_snapshot(empty_record, snapshot)

    assert not record_holds_data(empty_record)
    assert empty_record.person.get() is None


@pytest.mark.parametrize(
    ("symptom_key", "rule"),
    [("temperature", "fever"), ("weight", "weight_loss"), ("seizure", "occurrence")],
)
def test_a_discussed_fever_or_weight_loss_survives_export_and_import(
    symptom_key: str, rule: str, demo_export: dict[str, Any], empty_record: CareRecord,
    tmp_path: Path,
) -> None:  # fmt: skip
    document = copy.deepcopy(demo_export)
    mark = {
        "symptom_key": symptom_key,
        "rule": rule,
        "first_day": "2025-05-08",
        "discussed_on": "2025-05-12",
        "severity_at_discussion": None,
        "note": "",
    }
    document["record"]["flag_acknowledgements"] = [mark]

    import_record(empty_record, write_json(tmp_path / "marks.json", document), today=TODAY)

    again = export_record_content(empty_record, tmp_path / "again.json")
    assert again["flag_acknowledgements"] == [mark]


def test_a_discussed_flag_of_an_unknown_symptom_is_still_refused(
    demo_export: dict[str, Any], empty_record: CareRecord, tmp_path: Path
) -> None:
    document = copy.deepcopy(demo_export)
    document["record"]["flag_acknowledgements"] = [
        {"symptom_key": "dragon_scales", "rule": "occurrence", "first_day": "2025-05-08",
         "discussed_on": "2025-05-12", "severity_at_discussion": None, "note": ""},
    ]  # fmt: skip
    with pytest.raises(ImportInvalid) as refused:
        import_record(empty_record, write_json(tmp_path / "bad.json", document), today=TODAY)
    assert "“dragon_scales” is not a symptom this app knows" in refused.value.message


def test_the_number_for_urgent_problems_is_exported_and_read_back(
    demo_export: dict[str, Any], empty_record: CareRecord, tmp_path: Path
) -> None:
    contacts = demo_export["record"]["care_team"]
    assert [contact["name"] for contact in contacts if contact["urgent"]] == [
        "Treatment helpline (demo)"
    ]

    import_record(empty_record, write_json(tmp_path / "demo.json", demo_export), today=TODAY)

    assert [contact.name for contact in empty_record.care_team.urgent()] == [
        "Treatment helpline (demo)"
    ]


def test_a_version_1_file_imports_with_no_contact_marked_for_urgent_problems(
    empty_record: CareRecord, tmp_path: Path
) -> None:
    document = {
        "format": "mbc-tracker-record",
        "format_version": 1,
        "record": {
            "person": {"name": "Ann"},
            "care_team": [{"name": "Helpline", "role": "24-hour line", "phone": "01632 960199"}],
        },
    }

    import_record(empty_record, write_json(tmp_path / "v1.json", document), today=TODAY)

    (contact,) = empty_record.care_team.list()
    assert (contact.name, contact.phone, contact.urgent) == ("Helpline", "01632 960199", False)


def test_urgent_must_be_true_or_false(empty_record: CareRecord, tmp_path: Path) -> None:
    document = {
        "format": "mbc-tracker-record",
        "format_version": FORMAT_VERSION,
        "record": {
            "person": {"name": "Ann"},
            "care_team": [{"name": "Helpline", "phone": "01632 960199", "urgent": "yes"}],
        },
    }

    with pytest.raises(ImportInvalid) as refused:
        import_record(empty_record, write_json(tmp_path / "bad.json", document), today=TODAY)

    assert refused.value.problems[0].startswith("care_team[0].urgent:")
    assert empty_record.care_team.list() == ()


# -- format version 3: a treatment's schedules and recorded doses --------------------------------


def treatment_with(**plan: Any) -> dict[str, Any]:
    return {
        "category": "cdk46_inhibitor",
        "name": "palbociclib",
        "start_date": "2025-01-06",
        **plan,
    }


def test_schedules_and_doses_travel_with_their_treatment(
    record: CareRecord, empty_record: CareRecord, tmp_path: Path
) -> None:
    stored = record.treatments.add(
        Treatment(TreatmentCategory.CDK46_INHIBITOR, "palbociclib", dt.date(2025, 1, 6)),
        today=TODAY,
    )
    assert stored.id is not None
    cycle = Schedule(
        ScheduleKind.CYCLE,
        dt.date(2025, 1, 6),
        times=(dt.time(8, 0),),
        days_on=21,
        days_off=7,
        dose="125",
        unit="mg",
    )
    record.medicines.set_schedule(stored.id, cycle)
    skipped = DoseRecord(dt.date(2025, 6, 2), dt.time(8, 0), DoseStatus.SKIPPED, reason="nausea")
    record.medicines.record_dose(stored.id, skipped)
    file = tmp_path / "out.json"
    export_record(record, file)
    document = json.loads(file.read_text(encoding="utf-8"))
    (treatment,) = document["record"]["treatments"]
    assert treatment["schedules"][0]["times"] == ["08:00"]
    assert treatment["doses"][0] == {
        "day": "2025-06-02",
        "time": "08:00",
        "status": "skipped",
        "at": None,
        "reason": "nausea",
        "score_before": None,
        "score_after": None,
        "ask_after": None,
    }

    import_record(empty_record, file, today=TODAY)
    (imported,) = empty_record.treatments.list()
    assert imported.id is not None
    assert empty_record.medicines.schedules(imported.id) == [cycle]
    assert empty_record.medicines.doses(imported.id, dt.date(2025, 1, 1), TODAY) == [skipped]


def test_when_to_ask_after_an_as_needed_dose_travels_with_it(
    record: CareRecord, empty_record: CareRecord, tmp_path: Path
) -> None:
    stored = record.treatments.add(
        Treatment(TreatmentCategory.OTHER, "paracetamol", dt.date(2025, 1, 6)), today=TODAY
    )
    assert stored.id is not None
    record.medicines.set_schedule(
        stored.id, Schedule(ScheduleKind.AS_NEEDED, dt.date(2025, 1, 6), reason="pain")
    )
    taken = DoseRecord(
        dt.date(2025, 6, 2),
        dt.time(10, 30),
        DoseStatus.TAKEN,
        at=dt.datetime(2025, 6, 2, 10, 30),
        reason="pain",
        before=7,
        ask_after=dt.datetime(2025, 6, 2, 12, 30),
    )
    record.medicines.record_dose(stored.id, taken)
    file = tmp_path / "out.json"
    export_record(record, file)
    document = json.loads(file.read_text(encoding="utf-8"))
    assert document["record"]["treatments"][0]["doses"][0]["ask_after"] == "2025-06-02T12:30:00"

    import_record(empty_record, file, today=TODAY)
    (imported,) = empty_record.treatments.list()
    assert imported.id is not None
    assert empty_record.medicines.doses(imported.id, dt.date(2025, 1, 1), TODAY) == [taken]


def test_a_version_3_dose_without_ask_after_imports_with_nothing_asked_after(
    empty_record: CareRecord, tmp_path: Path
) -> None:
    dose = {
        "day": "2025-06-02",
        "time": "10:30",
        "status": "taken",
        "at": "2025-06-02T10:30:00",
        "reason": "pain",
        "score_before": 7,
        "score_after": None,
    }
    document = {
        "format": "mbc-tracker-record",
        "format_version": 3,
        "record": {"person": {"name": "Ann"}, "treatments": [treatment_with(doses=[dose])]},
    }
    import_record(empty_record, write_json(tmp_path / "v3.json", document), today=TODAY)
    (treatment,) = empty_record.treatments.list()
    assert treatment.id is not None
    (imported,) = empty_record.medicines.doses(treatment.id, dt.date(2025, 1, 1), TODAY)
    assert (imported.before, imported.ask_after) == (7, None)


def test_a_version_2_file_imports_its_treatments_without_schedules(
    empty_record: CareRecord, tmp_path: Path
) -> None:
    document = {
        "format": "mbc-tracker-record",
        "format_version": 2,
        "record": {"person": {"name": "Ann"}, "treatments": [treatment_with()]},
    }
    import_record(empty_record, write_json(tmp_path / "v2.json", document), today=TODAY)
    (treatment,) = empty_record.treatments.list()
    assert treatment.id is not None
    assert empty_record.medicines.schedules(treatment.id) == []


@pytest.mark.parametrize(
    ("plan", "problem"),
    [
        (
            {"schedules": [{"kind": "cycle", "starts_on": "2025-01-06", "days_on": 21}]},
            "treatments[0].schedules[0].days_off: Please give the days off",
        ),
        (
            {"schedules": [{"kind": "daily", "starts_on": "2025-01-06", "times": ["25:00"]}]},
            "treatments[0].schedules[0].times[0]: “25:00” is not a time of day",
        ),
        (
            {
                "schedules": [
                    {"kind": "as_needed", "starts_on": "2025-01-06", "minimum_gap_minutes": 10**30}
                ]
            },
            "treatments[0].schedules[0].minimum_gap_minutes: ",
        ),
        (
            {
                "schedules": [
                    {"kind": "daily", "starts_on": "2025-01-06"},
                    {"kind": "daily", "starts_on": "2025-01-06", "times": ["09:00"]},
                ]
            },
            "treatments[0].schedules[1].starts_on: another schedule",
        ),
        (
            {"doses": [{"day": "2025-07-01", "status": "taken"}]},
            "treatments[0].doses[0].day: 2025-07-01 is in the future",
        ),
        (
            {
                "doses": [
                    {"day": "2025-06-01", "time": "08:00", "status": "taken"},
                    {"day": "2025-06-01", "time": "08:00", "status": "skipped"},
                ]
            },
            "treatments[0].doses[1]: this dose (the same day and time) is recorded twice",
        ),
        (
            {"doses": [{"day": "2025-06-01", "status": "taken", "score_after": 11}]},
            "treatments[0].doses[0].score_after: Please give a score from 0 to 10.",
        ),
        (
            {"doses": [{"day": "2025-06-01", "status": "later"}]},
            "treatments[0].doses[0].at: Please choose when to be asked again.",
        ),
        (
            {
                "doses": [
                    {
                        "day": "2025-06-01",
                        "status": "taken",
                        "at": "2025-06-01T10:00:00",
                        "ask_after": "2025-06-01T09:00:00",
                    }
                ]
            },
            "treatments[0].doses[0].ask_after: Please choose a time after the dose was taken.",
        ),
        (
            {"doses": [{"day": "2025-06-01", "status": "taken", "ask_after": "soon"}]},
            "treatments[0].doses[0].ask_after: “soon” is not a date and time",
        ),
        ({"doses": {"day": "2025-06-01"}}, "treatments[0].doses: expected a list"),
        (
            {"doses": [{"day": "2025-06-01", "status": "taken", "dose": "125"}]},
            "treatments[0].doses[0]: “dose” is not a field of this format",
        ),
    ],
)
def test_a_wrong_schedule_or_dose_is_named_by_its_place_and_nothing_is_saved(
    empty_record: CareRecord, tmp_path: Path, plan: dict[str, Any], problem: str
) -> None:
    document = {
        "format": "mbc-tracker-record",
        "format_version": FORMAT_VERSION,
        "record": {"person": {"name": "Ann"}, "treatments": [treatment_with(**plan)]},
    }
    with pytest.raises(ImportInvalid) as refused:
        import_record(empty_record, write_json(tmp_path / "bad.json", document), today=TODAY)
    assert refused.value.problems[0].startswith(problem), refused.value.problems
    assert not record_holds_data(empty_record)
