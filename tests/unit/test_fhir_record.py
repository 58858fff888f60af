"""``export --format fhir``: the record as a FHIR patient summary a clinic's system can read.

Every document written here is read back with the R4B ``Bundle`` model, which validates every
resource in it; the numbers are then compared with what the record holds.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from fhir.resources.R4B.bundle import Bundle

from mbc_tracker.app import main
from mbc_tracker.cli_protection import PASSPHRASE_FILE_ENV
from mbc_tracker.domain.receptors import ReceptorStatus, read_receptors
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    Her2Ihc,
    IshResult,
    MeasurementKind,
    Person,
    ReceptorTest,
    SampleKind,
    SymptomKind,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.domain.schedules import Schedule, ScheduleKind
from mbc_tracker.paths import DataPaths, OutputRefused, resource_dir
from mbc_tracker.reports.fhir_resources import (
    ER_CODE,
    HER2_IHC_CODE,
    HER2_ISH_CODE,
    PR_CODE,
    PROCEDURE_CATEGORIES,
    SYMPTOM_SYSTEM,
    Names,
    narrative,
    schedule_words,
    treatment_resource,
)
from mbc_tracker.services import language
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.fhir_record import export_fhir
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import MeasurementRow

DEMO_TODAY = dt.date(2025, 6, 30)
EXPORTED_AT = dt.datetime(2025, 6, 30, 18, 0)
DAY = dt.date(2025, 3, 4)
NOW = dt.datetime(2025, 3, 5, 12, 0)


def resources(document: Bundle, kind: str) -> list[Any]:
    return [
        entry.resource for entry in document.entry if entry.resource.get_resource_type() == kind
    ]


def categories(observation: Any) -> set[str]:
    return {coding.code for category in observation.category for coding in category.coding}


def loinc(resource: Any) -> str:
    codes = [coding.code for coding in resource.code.coding if coding.system == "http://loinc.org"]
    return codes[0] if codes else ""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DataPaths]:
    """A one-year demo record and its FHIR document (made once: the export takes seconds)."""
    folder = tmp_path_factory.mktemp("demo")
    paths = DataPaths(folder / "data")
    record = write_demo_record(paths, years=1, today=DEMO_TODAY)
    try:
        target = folder / "summary.json"
        export_fhir(record, target, exported_at=EXPORTED_AT)
    finally:
        record.close()
    return target, paths


@pytest.fixture(scope="module")
def demo_document(demo: tuple[Path, DataPaths]) -> Bundle:
    return Bundle.model_validate_json(demo[0].read_text(encoding="utf-8"))


def read_demo(paths: DataPaths) -> CareRecord:
    return open_record(paths.default_record, paths)


def test_the_composition_comes_first_and_every_section_entry_is_in_the_bundle(
    demo: tuple[Path, DataPaths], demo_document: Bundle
) -> None:
    assert demo_document.type == "document"
    assert demo_document.identifier.value.startswith("urn:uuid:")
    composition = demo_document.entry[0].resource
    assert composition.get_resource_type() == "Composition"
    assert composition.type.coding[0].code == "60591-5"
    assert composition.status == "final"
    patient_url = composition.subject.reference
    assert [author.reference for author in composition.author] == [patient_url]
    urls = {entry.fullUrl for entry in demo_document.entry}
    assert len(urls) == len(demo_document.entry)  # no two resources share a name
    codes = [section.code.coding[0].code for section in composition.section]
    assert codes == [
        "11450-4",
        "48765-2",
        "10160-0",
        "47519-4",
        "30954-2",
        "8716-3",
        "47420-5",
        "18776-5",
    ]
    listed = [
        reference.reference for section in composition.section for reference in section.entry or []
    ]
    assert set(listed) <= urls
    # Everything but the Composition and the Patient is listed by exactly one section.
    assert len(listed) == len(set(listed)) == len(demo_document.entry) - 2
    for section in composition.section:
        assert section.text.div.startswith('<div xmlns="http://www.w3.org/1999/xhtml">')
    patient = resources(demo_document, "Patient")[0]
    record = read_demo(demo[1])
    try:
        person = record.person.get()
    finally:
        record.close()
    assert person is not None and person.date_of_birth is not None
    assert patient.name[0].text == person.name == "Maria Demo"
    assert patient.birthDate == person.date_of_birth


def test_every_resource_is_tagged_patient_reported(demo_document: Bundle) -> None:
    for entry in demo_document.entry:
        tags = [(tag.system, tag.code) for tag in entry.resource.meta.tag]
        assert tags == [("https://mbccaretracker.org/fhir/source", "patient-reported")]
    patient_url = demo_document.entry[0].resource.subject.reference
    for observation in resources(demo_document, "Observation"):
        assert [performer.reference for performer in observation.performer] == [patient_url]
        assert observation.subject.reference == patient_url


def test_one_survey_observation_per_symptom_entry_with_its_score(
    demo: tuple[Path, DataPaths], demo_document: Bundle
) -> None:
    record = read_demo(demo[1])
    try:
        with record.reads() as session:
            entries = list(repositories.stream_symptom_entries(session))
        kinds = {symptom.key: symptom.kind for symptom in record.symptoms.all()}
    finally:
        record.close()
    survey = [
        observation
        for observation in resources(demo_document, "Observation")
        if categories(observation) == {"survey"}
    ]
    assert len(survey) == len(entries) > 1000
    for observation, entry in zip(survey, entries, strict=True):
        coding = observation.code.coding[0]
        assert (coding.system, coding.code) == (SYMPTOM_SYSTEM, entry.symptom_key)
        assert observation.effectiveDateTime.replace(tzinfo=None) == entry.recorded_at
        if kinds[entry.symptom_key] is SymptomKind.EVENT:
            assert observation.valueBoolean is entry.present
        else:
            assert observation.valueInteger == entry.severity
            assert 0 <= observation.valueInteger <= 10


def test_weights_and_temperatures_are_vital_signs_with_the_records_values(
    demo: tuple[Path, DataPaths], demo_document: Bundle
) -> None:
    record = read_demo(demo[1])
    try:
        with record.reads() as session:
            measurements = list(repositories.stream_measurements(session))
    finally:
        record.close()
    vitals = [
        observation
        for observation in resources(demo_document, "Observation")
        if categories(observation) == {"vital-signs"}
    ]
    assert len(vitals) == len(measurements) > 10
    for observation, measurement in zip(vitals, measurements, strict=True):
        assert measurement.unit in ("kg", "C")  # the demo keeps kg and °C
        if measurement.kind is MeasurementKind.WEIGHT:
            assert loinc(observation) == "29463-7"
            assert observation.valueQuantity.code == "kg"
        else:
            assert loinc(observation) == "8310-5"
            assert observation.valueQuantity.code == "Cel"
        assert observation.valueQuantity.system == "http://unitsofmeasure.org"
        assert float(observation.valueQuantity.value) == measurement.value


def test_receptor_results_carry_the_loinc_codes_and_the_receptors_pages_reading(
    demo: tuple[Path, DataPaths], demo_document: Bundle
) -> None:
    record = read_demo(demo[1])
    try:
        with record.reads() as session:
            tests = repositories.receptor_tests(session)
        rules = record.knowledge.receptors
    finally:
        record.close()
    laboratory = [
        observation
        for observation in resources(demo_document, "Observation")
        if categories(observation) == {"laboratory"}
    ]
    expected: list[tuple[str, str, dt.date, float | None]] = []
    for test in tests:
        reading = read_receptors(test, rules)
        for code, percent, status in (
            (ER_CODE[0], test.er_percent, reading.er),
            (PR_CODE[0], test.pr_percent, reading.pr),
        ):
            if percent is not None:
                answer = "Positive" if status is ReceptorStatus.POSITIVE else "Negative"
                expected.append((code, answer, test.test_date, percent))
        if test.her2_ihc is not None:
            expected.append((HER2_IHC_CODE[0], test.her2_ihc.value, test.test_date, None))
        if test.ish in (IshResult.AMPLIFIED, IshResult.NOT_AMPLIFIED):
            words = "Amplified" if test.ish is IshResult.AMPLIFIED else "Not amplified"
            expected.append((HER2_ISH_CODE[0], words, test.test_date, None))
    found = [
        (
            loinc(observation),
            observation.valueCodeableConcept.text,
            observation.effectiveDateTime,
            float(observation.component[0].valueQuantity.value) if observation.component else None,
        )
        for observation in laboratory
    ]
    assert found == expected and len(found) >= 6


def test_two_exports_of_one_record_differ_only_in_their_time(
    demo: tuple[Path, DataPaths], tmp_path: Path
) -> None:
    record = read_demo(demo[1])
    try:
        again = tmp_path / "again.json"
        export_fhir(record, again, exported_at=EXPORTED_AT)
        later = tmp_path / "later.json"
        export_fhir(record, later, exported_at=EXPORTED_AT + dt.timedelta(minutes=5))
    finally:
        record.close()
    assert again.read_bytes() == demo[0].read_bytes()
    first, second = (json.loads(file.read_text(encoding="utf-8")) for file in (again, later))
    assert first["timestamp"] != second["timestamp"]
    for document in (first, second):
        del document["timestamp"], document["identifier"]
        del document["entry"][0]["resource"]["date"]
    assert first == second


def test_the_document_is_the_same_bytes_when_the_app_speaks_spanish(
    demo: tuple[Path, DataPaths], tmp_path: Path
) -> None:
    """A clinic's system reads it: the symptoms' names stay the knowledge files' English, as the
    sections' texts do (they were once the names in the language in use)."""
    record = read_demo(demo[1])
    translations = resource_dir("resources") / "translations"
    language.activate("es", translations)
    try:
        in_spanish = tmp_path / "es.json"
        export_fhir(record, in_spanish, exported_at=EXPORTED_AT)
    finally:
        language.activate("en", translations)
        record.close()
    assert in_spanish.read_bytes() == demo[0].read_bytes()


@pytest.fixture
def ann(data_paths: DataPaths) -> DataPaths:
    """Ann's record, kept in lb and °F, with one of each kind of thing."""
    record = open_record(data_paths.default_record, data_paths)
    try:
        record.person.save(
            Person(
                name="Ann Example",
                spread_bone=True,
                spread_other="Skin of the chest wall",
                metastatic_diagnosis_date=dt.date(2024, 1, 10),
            ),
            today=DAY,
        )
        rated = next(s for s in record.symptoms.all() if s.kind is SymptomKind.RATED)
        event = next(s for s in record.symptoms.all() if s.kind is SymptomKind.EVENT)
        record.daylog.add_entry(
            rated.key, DAY, dt.time(8, 0), severity=7, note="<b>bad</b>", now=NOW
        )
        record.daylog.add_entry(event.key, DAY, dt.time(9, 0), present=True, now=NOW)
        ended = record.treatments.add(
            Treatment(
                TreatmentCategory.HORMONE_THERAPY,
                "Letrozole",
                dt.date(2024, 2, 1),
                end_date=dt.date(2025, 1, 31),
            ),
            today=DAY,
        )
        ongoing = record.treatments.add(
            Treatment(TreatmentCategory.CDK46_INHIBITOR, "Palbociclib", dt.date(2025, 2, 1)),
            today=DAY,
        )
        record.treatments.add(
            Treatment(
                TreatmentCategory.RADIOTHERAPY,
                "Radiotherapy to the hip",
                dt.date(2024, 3, 1),
                end_date=dt.date(2024, 3, 5),
            ),
            today=DAY,
        )
        assert ended.id is not None and ongoing.id is not None
        record.medicines.set_schedule(
            ongoing.id,
            Schedule(
                ScheduleKind.CYCLE,
                dt.date(2025, 2, 1),
                times=(dt.time(9, 0),),
                days_on=21,
                days_off=7,
                dose="125",
                unit="mg",
            ),
        )
        record.receptors.add(
            ReceptorTest(
                dt.date(2024, 1, 5),
                SampleKind.METASTATIC,
                sample_site="bone",
                er_percent=0.5,
                pr_percent=None,
                her2_ihc=Her2Ihc.TWO_PLUS,
                ish=IshResult.NOT_DONE,
            ),
            today=DAY,
        )
        record.appointments.add(
            Appointment(
                dt.datetime(2025, 3, 10, 9, 30),
                AppointmentKind.ONCOLOGY_VISIT,
                clinician="Dr Hart",
                questions=(AppointmentQuestion("Is the rash from the tablets?"),),
            ),
            now=NOW,
        )
        record.appointments.add(
            Appointment(dt.datetime(2025, 3, 1, 8, 0), AppointmentKind.BLOOD_TEST),
            now=NOW,
            upcoming=False,
        )
        with record.sessions.begin() as session:
            session.add_all(
                [
                    MeasurementRow(
                        kind=MeasurementKind.WEIGHT.value,
                        day=DAY,
                        recorded_at=dt.datetime.combine(DAY, dt.time(7, 0)),
                        value=150.0,
                        unit="lb",
                    ),
                    MeasurementRow(
                        kind=MeasurementKind.TEMPERATURE.value,
                        day=DAY,
                        recorded_at=dt.datetime.combine(DAY, dt.time(7, 5)),
                        value=100.4,
                        unit="F",
                    ),
                ]
            )
    finally:
        record.close()
    return data_paths


def export_ann(paths: DataPaths, target: Path) -> Bundle:
    record = open_record(paths.default_record, paths)
    try:
        export_fhir(record, target, exported_at=NOW)
    finally:
        record.close()
    return Bundle.model_validate_json(target.read_text(encoding="utf-8"))


def test_a_small_record_maps_each_thing_as_the_docs_say(ann: DataPaths, tmp_path: Path) -> None:
    document = export_ann(ann, tmp_path / "ann.json")
    patient = resources(document, "Patient")[0]
    assert patient.name[0].text == "Ann Example" and patient.birthDate is None

    weight, temperature = (
        o for o in resources(document, "Observation") if categories(o) == {"vital-signs"}
    )
    assert float(weight.valueQuantity.value) == 68.04  # 150 lb
    assert float(temperature.valueQuantity.value) == 38.0  # 100.4 °F
    assert weight.note[0].text == "Recorded as 150 lb."

    rated, event = (o for o in resources(document, "Observation") if categories(o) == {"survey"})
    assert rated.valueInteger == 7 and rated.valueBoolean is None
    assert rated.note[0].text == "<b>bad</b>"
    assert event.valueBoolean is True and event.valueInteger is None

    statements = {
        s.medicationCodeableConcept.text: s for s in resources(document, "MedicationStatement")
    }
    assert statements["Letrozole"].status == "completed"
    assert statements["Palbociclib"].status == "active"
    assert statements["Palbociclib"].dosage[0].text == (
        "21 days on, 7 days off, at 09:00; 125 mg (From 2025-02-01)."
    )
    (procedure,) = resources(document, "Procedure")
    assert procedure.code.text == "Radiotherapy to the hip" and procedure.status == "completed"

    (er, her2) = (o for o in resources(document, "Observation") if categories(o) == {"laboratory"})
    assert loinc(er) == ER_CODE[0] and er.valueCodeableConcept.coding[0].code == "LA6577-6"
    assert loinc(her2) == HER2_IHC_CODE[0] and her2.valueCodeableConcept.text == "2+"
    assert her2.bodySite.text == "bone"

    conditions = resources(document, "Condition")
    assert [c.bodySite[0].text for c in conditions] == ["Bone structure", "Skin of the chest wall"]
    assert conditions[0].bodySite[0].coding[0].code == "272673000"

    visit, blood = sorted(resources(document, "Appointment"), key=lambda a: a.description)[::-1]
    assert visit.status == "booked" and "Is the rash from the tablets?" in visit.comment
    assert visit.description == "Oncology visit with Dr Hart"
    assert blood.status == "fulfilled"


def test_section_texts_are_well_formed_xhtml_with_every_word_escaped(
    demo_document: Bundle,
) -> None:
    for section in demo_document.entry[0].resource.section:
        element = ElementTree.fromstring(section.text.div)
        assert element.tag == "{http://www.w3.org/1999/xhtml}div"
    text = narrative(["Pain <b>7</b> & worse"], ["Dr <Hart>"])
    assert text.div == (
        '<div xmlns="http://www.w3.org/1999/xhtml"><p>Pain &lt;b&gt;7&lt;/b&gt; &amp; worse</p>'
        "<ul><li>Dr &lt;Hart&gt;</li></ul></div>"
    )
    # A control character (which XML cannot hold) never breaks the text.
    bell = narrative(["Letrozole\x07 2.5 mg"])
    assert ElementTree.fromstring(bell.div).findtext("{http://www.w3.org/1999/xhtml}p") == (
        "Letrozole 2.5 mg"
    )


def test_a_record_with_nothing_in_it_is_still_a_valid_document(
    record: CareRecord, tmp_path: Path
) -> None:
    target = tmp_path / "empty.json"
    summary = export_fhir(record, target, exported_at=NOW)
    document = Bundle.model_validate_json(target.read_text(encoding="utf-8"))
    assert [entry.resource.get_resource_type() for entry in document.entry] == [
        "Composition",
        "Patient",
    ]
    assert set(summary.counts.values()) == {0}
    assert summary.describe() == "It holds only the person's details; nothing else is recorded yet."
    sections = document.entry[0].resource.section
    assert all(section.text is not None for section in sections)


def test_refused_places_write_nothing(ann: DataPaths, tmp_path: Path) -> None:
    record = open_record(ann.default_record, ann)
    try:
        for place in (
            ann.default_record,
            ann.data_dir / "summary.json",
            ann.backups_dir / "s.json",
        ):
            with pytest.raises(OutputRefused) as refused:
                export_fhir(record, place, exported_at=NOW)
            assert refused.value.message.count(".") >= 1 and "\n" not in refused.value.message
        assert not (ann.data_dir / "summary.json").exists()
    finally:
        record.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_writes_a_private_document_and_says_what_it_holds(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, tmp_path: Path
) -> None:
    target = tmp_path / "ann.json"
    code, out, err = run(
        capsys, "--data-dir", str(ann.data_dir), "export", "--format", "fhir", str(target)
    )
    assert (code, err) == (0, "")
    assert "FHIR document" in out and "It holds 2 symptom scores, 2 weights and temperatures" in out
    assert target.stat().st_mode & 0o777 == 0o600
    Bundle.model_validate_json(target.read_text(encoding="utf-8"))


def test_a_refused_place_is_one_sentence_on_the_command_line(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, tmp_path: Path
) -> None:
    common = ("--data-dir", str(ann.data_dir), "export", "--format", "fhir")
    before = ann.default_record.read_bytes()
    code, out, err = run(capsys, *common, str(ann.default_record))
    assert (code, out) == (1, "") and "is your record itself" in err and err.count("\n") == 1
    code, out, err = run(capsys, *common, str(ann.data_dir / "summary.json"))
    assert code == 1 and "is where the app keeps your record" in err and err.count("\n") == 1
    code, out, err = run(capsys, *common, str(tmp_path / "missing" / "summary.json"))
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert ann.default_record.read_bytes() == before
    assert not (ann.data_dir / "summary.json").exists()


def test_a_protected_record_needs_its_passphrase_file_as_for_csv(
    capsys: pytest.CaptureFixture[str],
    ann: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask at
    monkeypatch.delenv(PASSPHRASE_FILE_ENV, raising=False)
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("plum tree by the gate\n", encoding="utf-8")
    data = ("--data-dir", str(ann.data_dir))
    code, _, err = run(capsys, *data, "--passphrase-file", str(passphrase), "protect")
    assert (code, err) == (0, "")
    target = tmp_path / "ann.json"
    code, out, err = run(capsys, *data, "export", "--format", "fhir", str(target))
    assert (code, out) == (1, "")
    assert "--passphrase-file" in err and len(err.strip().splitlines()) == 1
    assert not target.exists()
    code, out, err = run(
        capsys,
        *data,
        "--passphrase-file",
        str(passphrase),
        "export",
        "--format",
        "fhir",
        str(target),
    )
    assert (code, err) == (0, "")
    assert "passphrase does not protect this file" in out
    Bundle.model_validate_json(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("schedule", "said"),
    [
        (
            Schedule(ScheduleKind.DAILY, DAY, times=(dt.time(20, 0), dt.time(8, 0))),
            "Every day at 08:00 and 20:00",
        ),
        (Schedule(ScheduleKind.DAILY, DAY, dose="1", unit="tablet"), "Every day; 1 tablet"),
        (Schedule(ScheduleKind.INTERVAL, DAY, every_days=21), "Every 3 weeks"),
        (Schedule(ScheduleKind.INTERVAL, DAY, every_days=7), "Every week"),
        (
            Schedule(ScheduleKind.INTERVAL, DAY, every_days=10, times=(dt.time(9, 30),)),
            "Every 10 days, at 09:30",
        ),
        (
            Schedule(
                ScheduleKind.AS_NEEDED,
                DAY,
                reason="pain",
                minimum_gap=dt.timedelta(hours=1),
                dose="500",
                unit="mg",
            ),
            "As needed for pain, at least 1 hour apart; 500 mg",
        ),
        (
            Schedule(ScheduleKind.AS_NEEDED, DAY, minimum_gap=dt.timedelta(minutes=90)),
            "As needed, at least 90 minutes apart",
        ),
    ],
)
def test_a_schedule_reads_as_the_treatments_page_says_it(schedule: Schedule, said: str) -> None:
    assert schedule_words(schedule) == said


@pytest.mark.parametrize(
    ("category", "end", "start", "status"),
    [
        (TreatmentCategory.CHEMOTHERAPY, None, dt.date(2025, 1, 1), "active"),
        (TreatmentCategory.CHEMOTHERAPY, dt.date(2025, 3, 5), dt.date(2025, 1, 1), "active"),
        (TreatmentCategory.CHEMOTHERAPY, dt.date(2025, 3, 4), dt.date(2025, 1, 1), "completed"),
        (TreatmentCategory.CHEMOTHERAPY, None, dt.date(2025, 3, 6), "intended"),
        (TreatmentCategory.SURGERY, dt.date(2025, 3, 4), dt.date(2025, 3, 4), "completed"),
        (TreatmentCategory.RADIOTHERAPY, None, dt.date(2025, 3, 1), "in-progress"),
        (TreatmentCategory.RADIOTHERAPY, None, dt.date(2025, 4, 1), "preparation"),
    ],
)
def test_a_treatments_status_follows_its_dates_on_the_export_day(
    category: TreatmentCategory, end: dt.date | None, start: dt.date, status: str
) -> None:
    """The export day is 5 March 2025: a treatment ending that day still goes on."""
    treatment = Treatment(category, "Treatment", start, end_date=end, id=3)
    entry = treatment_resource(treatment, (), NOW, Names.of(Person(name="Ann Example")))
    kind = "Procedure" if category in PROCEDURE_CATEGORIES else "MedicationStatement"
    assert entry.resource.get_resource_type() == kind
    assert entry.resource.status == status
