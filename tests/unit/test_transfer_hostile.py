"""Import of damaged or hostile files: one clear, short sentence with the place, and nothing saved.

A file for import may be a cut-off copy, something else entirely, or made on purpose to upset the
app: lists nested a hundred thousand deep, numbers of thousands of digits, broken characters,
terminal escape sequences, a named pipe that never ends. Each must be refused with a message
that names where the problem is, quotes at most a short, escaped piece of the file, and leaves
the record as it was; never a traceback, a hang or a half-written record.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from real_export import DEMO_TODAY, RealExport

from mbc_tracker.paths import DataPaths
from mbc_tracker.services import transfer, transfer_checks
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.services.snapshot import record_holds_data
from mbc_tracker.services.transfer import (
    FORMAT_VERSION,
    MAX_IMPORT_BYTES,
    MAX_MESSAGE_LINE,
    ImportInvalid,
    import_record,
    parse_export,
    read_export_file,
)
from mbc_tracker.services.untrusted_json import MAX_NESTING_DEPTH

ESC = "\x1b"
DOCUMENTATION = Path(__file__).resolve().parents[2] / "docs" / "json-format.md"


def refusal(export: RealExport, text: str) -> ImportInvalid:
    with pytest.raises(ImportInvalid) as refused:
        parse_export(text, export.catalogue, DEMO_TODAY)
    assert_printable_and_bounded(refused.value.message)
    return refused.value


def refusal_of(export: RealExport, change: Callable[[dict[str, Any]], None]) -> ImportInvalid:
    document = export.document()
    change(document)
    return refusal(export, json.dumps(document, ensure_ascii=False))


def assert_printable_and_bounded(message: str) -> None:
    """Every line short, and nothing in it that a terminal would act on or not show."""
    for line in message.splitlines():
        assert len(line) <= MAX_MESSAGE_LINE, line
        assert all(character.isprintable() for character in line), ascii(line)


def entries(document: dict[str, Any]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = document["record"]["symptom_entries"]
    return entries


def first_rated(document: dict[str, Any]) -> int:
    return next(i for i, entry in enumerate(entries(document)) if entry["severity"] is not None)


@pytest.fixture
def empty_record(tmp_path: Path) -> Iterator[CareRecord]:
    paths = DataPaths(tmp_path / "fresh").ensure()
    record = open_record(paths.default_record, paths)
    yield record
    record.close()


# -- nesting -------------------------------------------------------------------------------------


def test_a_hundred_thousand_nested_lists_are_refused_with_the_place(
    real_export: RealExport,
) -> None:
    refused = refusal(real_export, "[" * 100_000 + "]" * 100_000)

    assert refused.problems == [
        f"The file nests lists or objects more than {MAX_NESTING_DEPTH} levels deep "
        f"(line 1, column {MAX_NESTING_DEPTH + 1}), so it is not an export from this app."
    ]


def test_deep_nesting_inside_a_real_export_names_its_line(real_export: RealExport) -> None:
    document = real_export.document()
    entries(document)[3]["severity"] = "DEEP"
    text = json.dumps(document, indent=2).replace('"DEEP"', "[" * 40 + "]" * 40)
    line = text[: text.index("[" * 40)].count("\n") + 1

    refused = refusal(real_export, text)

    assert f"more than {MAX_NESTING_DEPTH} levels deep (line {line:,}, column" in refused.message


def test_nesting_just_deeper_than_the_limit_is_refused_and_at_the_limit_is_only_a_wrong_value(
    real_export: RealExport,
) -> None:
    document = json.dumps({"format": "mbc-tracker-record", "format_version": 1, "record": "DEEP"})
    too_deep = document.replace('"DEEP"', "[" * 32 + "]" * 32)  # 1 (the file) + 32 lists
    at_limit = document.replace('"DEEP"', "[" * 31 + "]" * 31)

    assert "levels deep" in refusal(real_export, too_deep).message
    assert (
        refusal(real_export, at_limit).message == "record: expected an object {...}, found a list."
    )


# -- numbers -------------------------------------------------------------------------------------


def test_an_integer_of_five_thousand_digits_is_refused_at_its_field(
    real_export: RealExport,
) -> None:
    document = real_export.document()
    index = first_rated(document)
    entries(document)[index]["severity"] = "HUGE"
    text = json.dumps(document).replace('"HUGE"', "9" * 5000)

    refused = refusal(real_export, text)

    assert refused.problems == [
        f"symptom_entries[{index}].severity: the number 99999999999999999999… (5,000 characters "
        "long) is beyond anything this app can store; please check it."
    ]


@pytest.mark.parametrize(
    ("section", "field", "number"),
    [
        ("tracked_symptoms", "position", 2**63),
        ("tracked_symptoms", "position", -(2**63) - 1),
        ("flag_acknowledgements", "severity_at_discussion", 2**64),
        ("measurements", "value", 10**400),
        ("receptor_tests", "er_percent", -(10**30)),
    ],
    ids=["2**63", "-2**63-1", "2**64", "10**400", "-10**30"],
)
def test_a_number_beyond_sqlites_64_bit_integers_is_refused_at_its_field(
    real_export: RealExport, section: str, field: str, number: int
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["record"][section][0][field] = number

    refused = refusal_of(real_export, change)

    assert refused.message.startswith(f"{section}[0].{field}: the number ")
    assert "is beyond anything this app can store" in refused.message


def test_the_largest_64_bit_integer_is_a_number_that_each_field_then_judges(
    real_export: RealExport,
) -> None:
    # Taken as a place on Today, the app would overflow adding a symptom after it.
    def change(document: dict[str, Any]) -> None:
        document["record"]["tracked_symptoms"][0]["position"] = 2**63 - 1

    refused = refusal_of(real_export, change)

    assert refused.problems == [
        "tracked_symptoms[0].position: 9223372036854775807 is not a place on Today; use a whole "
        "number from 0 to 100,000 (lower comes first)."
    ]


@pytest.mark.parametrize("literal", ["1e400", "-1e400", "1.5e99999"])
def test_a_fraction_too_large_for_a_float_is_refused_at_its_field(
    real_export: RealExport, literal: str
) -> None:
    document = real_export.document()
    document["record"]["measurements"][0]["value"] = "HUGE"
    text = json.dumps(document).replace('"HUGE"', literal)

    refused = refusal(real_export, text)

    assert refused.problems == [
        f"measurements[0].value: the number {literal} is beyond anything this app can store; "
        "please check it."
    ]


def test_a_huge_format_version_is_refused_plainly(real_export: RealExport) -> None:
    stated = f'"format_version": {FORMAT_VERSION}'
    text = real_export.text.replace(stated, stated + "0" * 6000)

    refused = refusal(real_export, text)

    assert refused.message.startswith("format_version: expected a whole number from 1 up")


# -- broken characters ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "where"),
    [
        (lambda d: d["record"]["person"].__setitem__("name", "Maria \ud800"), "person.name"),
        (lambda d: entries(d)[5].__setitem__("note", "ok \udfff then"), "symptom_entries[5].note"),
        (lambda d: d["record"]["day_notes"][0].__setitem__("note", "\udbff"), "day_notes[0].note"),
        (
            lambda d: d["record"]["care_team"][0].__setitem__("phone", "\ud83d"),
            "care_team[0].phone",
        ),
    ],
    ids=["person name", "entry note", "day note", "phone"],
)
def test_a_lone_surrogate_in_text_is_refused_at_its_field(
    real_export: RealExport, place: Callable[[dict[str, Any]], None], where: str
) -> None:
    refused = refusal_of(real_export, place)

    assert refused.message.startswith(f"{where}: this text holds a broken character (“\\u")
    assert "so the file is damaged or was changed; please retype it." in refused.message


def test_a_lone_surrogate_in_a_key_is_refused_and_shown_escaped(real_export: RealExport) -> None:
    refused = refusal_of(real_export, lambda d: entries(d)[2].__setitem__("sev\ud800", 3))

    assert refused.message.startswith(
        "symptom_entries[2]: “sev\\ud800” is not a field of this format;"
    )


def test_a_lone_surrogate_written_as_an_escape_in_a_file_is_refused_and_nothing_is_saved(
    real_export: RealExport, empty_record: CareRecord, tmp_path: Path
) -> None:
    document = real_export.document()
    document["record"]["person"]["name"] = "Maria \ud800"
    file = tmp_path / "surrogate.json"
    file.write_text(json.dumps(document, ensure_ascii=True), encoding="ascii")
    assert "\\ud800" in file.read_text(encoding="ascii")

    with pytest.raises(ImportInvalid) as refused:
        import_record(empty_record, file, today=DEMO_TODAY)

    assert refused.value.message.startswith("person.name: this text holds a broken character")

    assert not record_holds_data(empty_record)


# -- what a message shows of the file ------------------------------------------------------------

SCREEN_CLEARING = f"{ESC}]0;owned{ESC}\\{ESC}[2J{ESC}[31m" + "A" * 10_000 + "\x7f\x9b\u202e"

Change = Callable[[dict[str, Any]], None]
ECHOED: dict[str, Change] = {
    "date": lambda d: entries(d)[0].__setitem__("day", SCREEN_CLEARING),
    "date and time": lambda d: entries(d)[0].__setitem__("recorded_at", SCREEN_CLEARING),
    "choice": lambda d: d["record"]["treatments"][0].__setitem__("category", SCREEN_CLEARING),
    "unit": lambda d: d["record"]["measurements"][0].__setitem__("unit", SCREEN_CLEARING),
    "unknown field": lambda d: d["record"]["person"].__setitem__(SCREEN_CLEARING, 1),
    "unknown section": lambda d: d["record"].__setitem__(SCREEN_CLEARING, []),
    "unknown top-level field": lambda d: d.__setitem__(SCREEN_CLEARING, 1),
    "true or false": lambda d: entries(d)[0].__setitem__("present", SCREEN_CLEARING),
}


@pytest.mark.parametrize("case", ECHOED)
def test_escape_sequences_from_the_file_are_shown_escaped_and_cut_short(
    real_export: RealExport, case: str
) -> None:
    refused = refusal_of(real_export, ECHOED[case])

    assert ESC not in refused.message
    assert "“\\x1b]0;owned\\x1b\\\\x1b[2J\\x1b[31mAAAA" in refused.message
    assert "A" * 80 not in refused.message
    assert "…”" in refused.message


@pytest.mark.parametrize(
    "change",
    [
        lambda d: entries(d)[0].__setitem__("symptom_key", SCREEN_CLEARING),
        lambda d: d["record"]["tracked_symptoms"][0].__setitem__("key", SCREEN_CLEARING),
    ],
    ids=["symptom key", "tracked key"],
)
def test_a_name_with_control_characters_is_refused_without_showing_them(
    real_export: RealExport, change: Change
) -> None:
    refused = refusal_of(real_export, change)

    assert refused.message.endswith(
        ": this contains an invisible control character; please retype it."
    )


def test_del_c1_controls_and_a_right_to_left_override_are_escaped(
    real_export: RealExport,
) -> None:
    refused = refusal_of(
        real_export,
        lambda d: d["record"]["appointments"][0].__setitem__("kind", "visit\x7f\x9b\u202e\u200b"),
    )
    assert "“visit\\x7f\\x9b\\u202e\\u200b” is not one of the allowed values" in refused.message

    refused = refusal_of(
        real_export, lambda d: entries(d)[0].__setitem__("symptom_key", "\u202eniap")
    )
    assert "symptom_entries[0].symptom_key: “\\u202eniap” is not a symptom" in refused.message


def test_many_long_bad_values_still_give_a_short_message(real_export: RealExport) -> None:
    def change(document: dict[str, Any]) -> None:
        for entry in entries(document)[:500]:
            entry["day"] = SCREEN_CLEARING

    refused = refusal_of(real_export, change)

    assert len(refused.problems) == 500
    assert len(refused.message.splitlines()) == 11
    assert len(refused.message) < 11 * MAX_MESSAGE_LINE


def test_a_misspelt_field_is_answered_with_the_likely_one(real_export: RealExport) -> None:
    refused = refusal_of(real_export, lambda d: d["record"]["person"].__setitem__("nmae", "M"))

    assert refused.problems == [
        "person: “nmae” is not a field of this format; did you mean “name”?"
    ]


# -- duplicate keys ------------------------------------------------------------------------------


def test_a_key_given_twice_in_one_object_is_refused_with_its_place(
    real_export: RealExport,
) -> None:
    document = real_export.document()
    entries(document)[7]["DUPLICATE"] = "marker"
    text = json.dumps(document).replace('"DUPLICATE": "marker"', '"severity": 10')

    refused = refusal(real_export, text)

    assert refused.problems == [
        "symptom_entries[7]: “severity” appears twice in one object, so it is not clear which "
        "value is meant; keep one."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"format": "mbc-tracker-record", "format": "mbc-tracker-record", '
            '"format_version": 1, "record": {}}',
            "The top level: “format” appears twice",
        ),
        (
            '{"format": "mbc-tracker-record", "format_version": 1, '
            '"record": {"person": null, "person": {"name": "Eve"}}}',
            "record: “person” appears twice",
        ),
        (
            '{"format": "mbc-tracker-record", "format_version": 1, "app_version": '
            '{"\\u001b[31m": 1, "\\u001b[31m": 2}, "record": {}}',
            "app_version: “\\x1b[31m” appears twice",
        ),
    ],
    ids=["top level", "record", "escape sequence in an ignored field"],
)
def test_duplicate_keys_anywhere_are_refused(
    real_export: RealExport, text: str, expected: str
) -> None:
    assert refusal(real_export, text).message.startswith(expected)


# -- dates exactly as documented -----------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    ["20250531", "2025-W22-5", "2025-151", "2025-05-31T00:00:00", "2025-5-31", "2025-05-31 "],
)
def test_a_date_in_any_other_form_than_yyyy_mm_dd_is_refused(
    real_export: RealExport, day: str
) -> None:
    refused = refusal_of(real_export, lambda d: entries(d)[4].__setitem__("day", day))

    assert refused.problems == [
        f"symptom_entries[4].day: “{day}” is not a date; write it as YYYY-MM-DD, "
        "such as 2024-05-31."
    ]


@pytest.mark.parametrize(
    "moment",
    [
        "2025-05-31 20:30:00",
        "2025-05-31T20:30",
        "20250531T203000",
        "2025-05-31T20:30:00.1234567",
        "2025-05-31T20:30:00.",
        "2025-05-31",
    ],
)
def test_a_date_and_time_in_another_form_is_refused(real_export: RealExport, moment: str) -> None:
    refused = refusal_of(real_export, lambda d: entries(d)[4].__setitem__("recorded_at", moment))

    assert refused.problems == [
        f"symptom_entries[4].recorded_at: “{moment}” is not a date and time; write it as "
        "YYYY-MM-DDTHH:MM:SS, such as 2024-05-31T20:30:00."
    ]


@pytest.mark.parametrize("moment", ["2025-05-31T20:30:00Z", "2025-05-31T20:30:00+01:00"])
def test_a_date_and_time_with_a_zone_is_refused_as_such(
    real_export: RealExport, moment: str
) -> None:
    refused = refusal_of(real_export, lambda d: entries(d)[4].__setitem__("recorded_at", moment))

    assert refused.problems == [
        f"symptom_entries[4].recorded_at: “{moment}” has a time zone; give the local time "
        "without one."
    ]


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2025-05-31T20:30:00", dt.datetime(2025, 5, 31, 20, 30)),
        ("2025-05-31T20:30:00.5", dt.datetime(2025, 5, 31, 20, 30, 0, 500_000)),
        ("2025-05-31T20:30:00.123456", dt.datetime(2025, 5, 31, 20, 30, 0, 123_456)),
    ],
)
def test_a_date_and_time_with_up_to_six_digits_of_seconds_is_read(
    real_export: RealExport, moment: str, expected: dt.datetime
) -> None:
    document = real_export.document()
    entries(document)[4]["recorded_at"] = moment

    snapshot = parse_export(json.dumps(document), real_export.catalogue, DEMO_TODAY)

    assert snapshot.symptom_entries[4].recorded_at == expected


# -- what the file is ----------------------------------------------------------------------------


def unblock_a_waiting_reader(fifo: Path) -> threading.Timer:
    """After a while, open the pipe's other end once, so that code stuck reading it returns
    (it then reads an empty file) and the test fails instead of hanging."""

    def open_and_close() -> None:
        with contextlib.suppress(OSError):  # nobody is reading: nothing to unblock
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    timer = threading.Timer(5, open_and_close)
    timer.daemon = True
    timer.start()
    return timer


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_refused_at_once_without_waiting_for_a_writer(
    real_export: RealExport, tmp_path: Path
) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    timer = unblock_a_waiting_reader(fifo)

    with pytest.raises(ImportInvalid) as refused:
        read_export_file(fifo, real_export.catalogue, DEMO_TODAY)

    timer.cancel()
    assert refused.value.problems == [
        f"{fifo} is a named pipe, not an ordinary file, so it is not an export from this app; "
        "choose the .json file that “mbc-tracker export” wrote."
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it(real_export: RealExport) -> None:
    with pytest.raises(ImportInvalid) as refused:
        read_export_file(Path("/dev/zero"), real_export.catalogue, DEMO_TODAY)

    assert refused.value.message.startswith("/dev/zero is a device, not an ordinary file")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_a_socket_is_refused(real_export: RealExport) -> None:
    folder = Path(tempfile.mkdtemp())  # short: a socket's path has a small length limit
    path = folder / "s.json"
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(path))
        with pytest.raises(ImportInvalid) as refused:
            read_export_file(path, real_export.catalogue, DEMO_TODAY)
    finally:
        listener.close()
        shutil.rmtree(folder)

    assert refused.value.message.startswith(f"{path} is a socket, not an ordinary file")


def test_a_folder_is_refused(real_export: RealExport, tmp_path: Path) -> None:
    with pytest.raises(ImportInvalid) as refused:
        read_export_file(tmp_path, real_export.catalogue, DEMO_TODAY)

    assert refused.value.problems == [
        f"{tmp_path} is a folder; choose the exported .json file in it."
    ]


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(
    real_export: RealExport, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 1)  # sparse: takes no room on the disk

    with pytest.raises(ImportInvalid) as refused:
        read_export_file(huge, real_export.catalogue, DEMO_TODAY)

    assert refused.value.message.startswith(
        f"{huge} is larger than 512 MiB, the most an import reads;"
    )


def test_a_file_at_the_limit_is_read(
    real_export: RealExport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "export.json"
    file.write_text(real_export.text, encoding="utf-8")
    monkeypatch.setattr(transfer, "MAX_IMPORT_BYTES", file.stat().st_size)

    read_export_file(file, real_export.catalogue, DEMO_TODAY)

    monkeypatch.setattr(transfer, "MAX_IMPORT_BYTES", file.stat().st_size - 1)
    with pytest.raises(ImportInvalid, match="is larger than"):
        read_export_file(file, real_export.catalogue, DEMO_TODAY)


def test_the_size_and_nesting_limits_are_documented() -> None:
    assert MAX_IMPORT_BYTES == 512 * 1024 * 1024
    documentation = DOCUMENTATION.read_text(encoding="utf-8")
    assert "at most **512 MiB**" in documentation
    assert f"nest at most {MAX_NESTING_DEPTH} levels deep" in documentation


# -- a fault in the checks themselves ------------------------------------------------------------


def test_a_fault_while_checking_is_one_sentence_and_nothing_is_saved(
    real_export: RealExport,
    empty_record: CareRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def faulty_check(*args: object) -> None:
        raise KeyError("Maria Demo's private note")

    file = tmp_path / "export.json"
    file.write_text(real_export.text, encoding="utf-8")
    # Measurements come after the person and the symptom entries, which are written by then.
    monkeypatch.setattr(transfer_checks.RecordChecks, "_measurement", faulty_check)

    with pytest.raises(ImportInvalid) as refused:
        import_record(empty_record, file, today=DEMO_TODAY)

    assert refused.value.problems == [
        "This file could not be checked because of a fault in the app (KeyError), so nothing "
        "was imported. Please report it, without the file: it holds health details."
    ]
    assert isinstance(refused.value.__cause__, KeyError)
    assert not record_holds_data(empty_record)


# -- what the database would refuse --------------------------------------------------------------


def test_a_care_team_without_a_person_is_refused_before_anything_is_written(
    real_export: RealExport,
) -> None:
    refused = refusal_of(real_export, lambda d: d["record"].__setitem__("person", None))

    assert refused.problems == [
        "care_team: a care team belongs to the person the record is about, and this file has no "
        "person; give the person (at least a name), or leave care_team empty."
    ]
