"""The .ics export, read back with the ``icalendar`` library as a calendar app would read it."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mbc_tracker.domain.records import Appointment, AppointmentKind, AppointmentQuestion
from mbc_tracker.services.calendar_export import (
    appointments_to_ics,
    escape_text,
    export_ics,
    fold_line,
)
from mbc_tracker.services.record import CareRecord

NOW = dt.datetime(2025, 3, 10, 12, 0)
TRICKY_QUESTION = "Scan, bloods; then what?\nAsk about the trial 🎗️ \\ and Dr Lee's advice"


def events(text: str) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return list(calendar.walk("VEVENT"))


def test_the_file_reads_back_with_the_right_times_and_words(
    record: CareRecord, tmp_path: Path
) -> None:
    service = record.appointments
    visit = service.add(
        Appointment(
            starts_at=dt.datetime(2025, 3, 14, 10, 30),
            kind=AppointmentKind.ONCOLOGY_VISIT,
            clinician="Dr Lee",
            place="Riverside Clinic, 2nd floor; room 4",
            notes="Bring the scan letter.",
        ),
        now=NOW,
    )
    scan = service.add(
        Appointment(starts_at=dt.datetime(2025, 3, 12, 8, 5), kind=AppointmentKind.PET_SCAN),
        now=NOW,
    )
    assert visit.id is not None and scan.id is not None
    service.add_question(visit.id, TRICKY_QUESTION)
    asked = service.add_question(visit.id, "Already asked")
    assert asked.id is not None
    service.set_answered(asked.id, True)

    file = tmp_path / "appointments.ics"
    assert export_ics(service.upcoming(NOW), file, "Ann Example", NOW) == 2
    raw = file.read_bytes()
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    lines = raw.split(b"\r\n")
    assert lines[-1] == b""  # every line, the last one too, ends in CRLF
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the long description was folded

    calendar = icalendar.Calendar.from_ical(raw)
    assert str(calendar["VERSION"]) == "2.0"
    assert "MBC Care Tracker" in str(calendar["PRODID"])
    first, second = calendar.walk("VEVENT")
    assert first.decoded("DTSTART") == dt.datetime(2025, 3, 12, 8, 5)  # floating: no tzinfo
    assert first.decoded("DTEND") == dt.datetime(2025, 3, 12, 9, 5)
    assert str(first["SUMMARY"]) == "PET scan"
    assert "LOCATION" not in first
    assert str(first["UID"]) == f"appointment-{scan.id}@mbc-tracker.local"

    assert second.decoded("DTSTART") == dt.datetime(2025, 3, 14, 10, 30)
    assert second.decoded("DTSTART").tzinfo is None
    assert second.decoded("DTEND") == dt.datetime(2025, 3, 14, 11, 30)
    assert str(second["SUMMARY"]) == "Oncology visit – Dr Lee"
    assert str(second["LOCATION"]) == "Riverside Clinic, 2nd floor; room 4"
    described = str(second["DESCRIPTION"])
    assert f"- {TRICKY_QUESTION}" in described
    assert "Already asked" not in described  # only the questions still to ask
    assert "Ann Example" in described
    assert "Bring the scan letter." in described
    stamp = second.decoded("DTSTAMP")
    assert stamp == NOW.astimezone(dt.UTC)
    assert b"DTSTAMP:" in raw and raw.split(b"DTSTAMP:")[1][15:16] == b"Z"


def test_the_uid_stays_the_same_between_exports(record: CareRecord) -> None:
    visit = record.appointments.add(
        Appointment(dt.datetime(2025, 4, 1, 9, 0), AppointmentKind.INFUSION), now=NOW
    )
    first = events(appointments_to_ics([visit], "Ann", NOW))
    later = events(appointments_to_ics([visit], "Ann", NOW + dt.timedelta(days=3)))
    assert first[0]["UID"] == later[0]["UID"]


def test_escaping_follows_the_text_rules() -> None:
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


def test_folding_never_splits_a_character() -> None:
    line = "DESCRIPTION:" + "é🎗️x" * 60
    folded = fold_line(line).encode("utf-8")
    parts = folded.split(b"\r\n")
    assert all(len(part) <= 75 for part in parts)
    assert all(part.startswith(b" ") for part in parts[1:])
    for part in parts:
        part.decode("utf-8")  # each piece is whole UTF-8 on its own
    assert b"".join([parts[0], *(part[1:] for part in parts[1:])]).decode() == line


@given(st.text(min_size=0, max_size=400))
def test_any_question_text_survives_the_round_trip(text: str) -> None:
    text = "".join(c for c in text if c not in "\x00\r" and (c >= " " or c in "\n\t")).strip()
    if not text:
        return
    appointment = Appointment(
        dt.datetime(2025, 5, 2, 14, 0),
        AppointmentKind.OTHER,
        questions=(AppointmentQuestion(text),),
        id=7,
    )
    raw = appointments_to_ics([appointment], "", NOW)
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    (event,) = events(raw)
    assert str(event["DESCRIPTION"]) == f"Questions to ask:\n- {text}"


@pytest.mark.parametrize("name", ["", "Ann Example"])
def test_an_empty_export_is_still_a_calendar(name: str) -> None:
    calendar = icalendar.Calendar.from_ical(appointments_to_ics([], name, NOW))
    assert calendar.walk("VEVENT") == []
