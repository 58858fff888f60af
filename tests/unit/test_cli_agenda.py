"""``mbc-tracker agenda`` as a person and a program use it, run through ``mbc_tracker.app.main``.

The record holds a daily 08:00 medicine, one dose taken, a logged day and an oncology visit with
one question still open; the verb is asked for text, for JSON, with wrong options, and on a
protected record with the passphrase file. The days are in the past, so what each item's status
is does not depend on the day the test runs."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from mbc_tracker.app import main
from mbc_tracker.cli_agenda import agenda
from mbc_tracker.cli_protection import PASSPHRASE_FILE_ENV, PassphraseSource
from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    Person,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.domain.schedules import DoseRecord, DoseStatus, Schedule, ScheduleKind
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record

FIRST = dt.date(2025, 3, 10)
SECOND = FIRST + dt.timedelta(days=1)
EIGHT = dt.time(8, 0)
PASSPHRASE = "plum tree by the gate"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.delenv(PASSPHRASE_FILE_ENV, raising=False)


@pytest.fixture
def folder(data_paths: DataPaths) -> DataPaths:
    record = open_record(data_paths.default_record, data_paths)
    try:
        record.person.save(Person(name="Ann Example"))
        treatment = record.treatments.add(
            Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozole", dt.date(2025, 1, 6)),
            today=FIRST,
        )
        assert treatment.id is not None
        record.medicines.set_schedule(
            treatment.id,
            Schedule(
                ScheduleKind.DAILY, dt.date(2025, 1, 6), times=(EIGHT,), dose="2.5", unit="mg"
            ),
        )
        record.medicines.record_dose(
            treatment.id,
            DoseRecord(FIRST, EIGHT, DoseStatus.TAKEN, dt.datetime.combine(FIRST, EIGHT)),
        )
        record.daylog.save_day(DayLog(FIRST, note="Tired but fine."), today=FIRST)
        record.appointments.add(
            Appointment(
                starts_at=dt.datetime.combine(SECOND, dt.time(10, 30)),
                kind=AppointmentKind.ONCOLOGY_VISIT,
                clinician="Dr Rivera",
                questions=(
                    AppointmentQuestion("Can I travel in May?"),
                    AppointmentQuestion("Is the rash expected?", answered=True),
                ),
            ),
            upcoming=None,
        )
    finally:
        record.close()
    return data_paths


def test_the_json_lists_each_item_with_its_day_time_kind_title_and_status(
    capsys: pytest.CaptureFixture[str], folder: DataPaths
) -> None:
    code, out, err = run(
        capsys,
        "--data-dir",
        str(folder.data_dir),
        "agenda",
        "--from",
        "2025-03-10",
        "--days",
        "2",
        "--json",
    )
    assert (code, err) == (0, "")
    items = json.loads(out)
    assert [(i["day"], i["time"], i["kind"], i["status"]) for i in items] == [
        ("2025-03-10", "08:00", "dose", "taken"),
        ("2025-03-10", "20:00", "check_in", "logged"),
        ("2025-03-11", "08:00", "dose", "not_recorded"),
        ("2025-03-11", "10:30", "appointment", "passed"),
        ("2025-03-11", "20:00", "check_in", "not_logged"),
    ]
    assert items[0]["title"] == "Letrozole: 2.5 mg"
    assert items[3]["title"] == "Oncology visit with Dr Rivera"
    assert items[3]["questions"] == ["Can I travel in May?"]


def test_the_text_names_each_day_and_the_questions_to_ask(
    capsys: pytest.CaptureFixture[str], folder: DataPaths
) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(folder.data_dir), "agenda", "--from", "2025-03-11", "--days", "1"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Tuesday 11 March 2025"
    assert "10:30  Appointment  Oncology visit with Dr Rivera (passed)" in out
    assert "Questions to ask:" in out and "- Can I travel in May?" in out
    assert "08:00  Dose         Letrozole: 2.5 mg (not recorded)" in out
    assert "miss" not in out.casefold()


def test_the_check_in_time_comes_from_the_settings_and_upcoming_items_are_due(
    capsys: pytest.CaptureFixture[str], folder: DataPaths
) -> None:
    from mbc_tracker.domain.reminders import ReminderSettings
    from mbc_tracker.services.app_settings import AppSettings

    settings = AppSettings.load(folder.settings_file)
    settings.set_reminder_settings(ReminderSettings(check_in_time=dt.time(18, 30)))
    now = dt.datetime.combine(SECOND, dt.time(7, 0))  # a fake clock: the morning of the visit
    code = agenda(
        folder,
        from_text="2025-03-11",
        days_text="1",
        as_json=True,
        source=PassphraseSource.of(None),
        now=now,
    )
    items = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [(i["time"], i["status"]) for i in items] == [
        ("08:00", "due"),
        ("10:30", "upcoming"),
        ("18:30", "due"),
    ]


def test_how_is_it_now_after_an_as_needed_dose_is_a_dose_item_until_answered(
    capsys: pytest.CaptureFixture[str], folder: DataPaths
) -> None:
    record = open_record(folder.default_record, folder)
    try:
        treatment = record.treatments.add(
            Treatment(TreatmentCategory.OTHER, "Paracetamol", dt.date(2025, 1, 6)), today=FIRST
        )
        assert treatment.id is not None
        record.medicines.set_schedule(
            treatment.id,
            Schedule(ScheduleKind.AS_NEEDED, dt.date(2025, 1, 6), reason="pain"),
        )
        taken = DoseRecord(
            FIRST,
            dt.time(10, 30),
            DoseStatus.TAKEN,
            at=dt.datetime.combine(FIRST, dt.time(10, 30)),
            reason="pain",
            before=7,
            ask_after=dt.datetime.combine(FIRST, dt.time(12, 30)),
        )
        record.medicines.record_dose(treatment.id, taken)
    finally:
        record.close()

    def items_at(hour: int, minute: int) -> list[dict[str, object]]:
        code = agenda(
            folder,
            from_text="2025-03-10",
            days_text="1",
            as_json=True,
            source=PassphraseSource.of(None),
            now=dt.datetime.combine(FIRST, dt.time(hour, minute)),
        )
        assert code == 0
        found: list[dict[str, object]] = json.loads(capsys.readouterr().out)
        return [item for item in found if item["title"] != "Letrozole: 2.5 mg"]

    paracetamol, asked, _check_in = items_at(12, 30)
    assert (paracetamol["time"], paracetamol["status"]) == ("10:30", "taken")
    assert (asked["time"], asked["kind"], asked["status"], asked["title"]) == (
        "12:30",
        "dose",
        "after_score_due",
        "How is your pain now? (Paracetamol at 10:30)",
    )
    assert items_at(12, 0)[1]["status"] == "after_score_upcoming"
    assert (
        agenda(
            folder,
            from_text="2025-03-10",
            days_text="1",
            as_json=False,
            source=PassphraseSource.of(None),
            now=dt.datetime.combine(FIRST, dt.time(13, 0)),
        )
        == 0
    )
    out = capsys.readouterr().out
    assert (
        "12:30  Dose         How is your pain now? (Paracetamol at 10:30) "
        "(time to say how it is now)"
    ) in out

    record = open_record(folder.default_record, folder)
    try:
        record.medicines.record_dose(treatment.id, replace(taken, after=3))
    finally:
        record.close()
    # Answered: only the dose itself is left, taken.
    assert [(item["kind"], item["status"]) for item in items_at(13, 0)] == [
        ("dose", "taken"),
        ("check_in", "logged"),
    ]


@pytest.mark.parametrize(
    ("options", "sentence"),
    [
        (["--days", "0"], "--days: please give a number of days from 1 to 366.\n"),
        (["--days", "367"], "--days: please give a number of days from 1 to 366.\n"),
        (
            ["--days", "a week"],
            "--days: “a week” is not a number. Please give a number of days from 1 to 366.\n",
        ),
        (
            ["--from", "10/03/2025"],
            "--from: “10/03/2025” is not a date. Please write it as YYYY-MM-DD, e.g. 2025-03-01.\n",
        ),
    ],
)
def test_a_wrong_option_is_one_clear_sentence(
    capsys: pytest.CaptureFixture[str], folder: DataPaths, options: list[str], sentence: str
) -> None:
    code, out, err = run(capsys, "--data-dir", str(folder.data_dir), "agenda", *options)
    assert (code, out, err) == (2, "", sentence)


def test_a_folder_without_a_record_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "agenda")
    assert code == 1 and out == ""
    assert err.startswith(f"There is no record in {tmp_path} yet")


def test_the_agenda_of_a_protected_record_needs_its_passphrase_file(
    capsys: pytest.CaptureFixture[str], folder: DataPaths, tmp_path: Path
) -> None:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    common = ("--data-dir", str(folder.data_dir), "--passphrase-file", str(passphrase))
    assert run(capsys, *common, "protect")[0] == 0
    code, out, err = run(capsys, *common, "agenda", "--from", "2025-03-11", "--days", "1", "--json")
    assert (code, err) == (0, "")
    assert [item["kind"] for item in json.loads(out)] == ["dose", "appointment", "check_in"]
    code, out, err = run(capsys, "--data-dir", str(folder.data_dir), "agenda")
    assert code == 1 and out == ""
    assert "passphrase" in err


def test_the_json_fields_are_the_documented_ones(
    capsys: pytest.CaptureFixture[str], folder: DataPaths
) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "agenda.md"
    documented = {
        line.split("|")[1].strip().strip("`")
        for line in docs.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    }
    code, out, _ = run(capsys, "--data-dir", str(folder.data_dir), "agenda", "--json")
    assert code == 0
    assert all(set(item) == documented for item in json.loads(out))
    assert documented >= {"day", "time", "kind", "title", "status"}
