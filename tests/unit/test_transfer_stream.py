"""Export and import as streams: the same file as before, any file size, nothing half-saved.

Export writes rows as it reads them, and must write exactly the bytes the whole-document export
wrote (kept below as the oracle). Import reads the file in pieces: a value may be cut by a piece's
end anywhere and must still be read whole, sections may come in any order, and a problem found
late (after thousands of rows were written in batches) must leave the record as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import asdict
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from real_export import DEMO_TODAY, RealExport

from mbc_tracker import __version__
from mbc_tracker.domain.records import RecordSnapshot
from mbc_tracker.domain.schedules import TreatmentPlan
from mbc_tracker.paths import DataPaths
from mbc_tracker.services import json_stream, snapshot, transfer
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.services.snapshot import read_snapshot, record_holds_data
from mbc_tracker.services.transfer import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ImportInvalid,
    dose_json,
    export_record,
    import_into_folder,
    import_record,
    parse_export,
    schedule_json,
)

EXPORTED_AT = dt.datetime(2025, 6, 30, 21, 15, 7, tzinfo=dt.timezone(dt.timedelta(hours=2)))


# -- the whole-document export this one replaced, kept as the oracle ----------------------------


def _old_jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {name: _old_jsonable(item) for name, item in value.items() if name != "id"}
    if isinstance(value, list | tuple):
        return [_old_jsonable(item) for item in value]
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def old_export_text(snapshot: RecordSnapshot, exported_at: dt.datetime) -> str:
    def section(items: Any) -> Any:
        return _old_jsonable([asdict(item) for item in items])

    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "app_version": __version__,
        "record": {
            "person": _old_jsonable(asdict(snapshot.person)) if snapshot.person else None,
            "care_team": section(snapshot.care_team),
            "receptor_tests": section(snapshot.receptor_tests),
            "treatments": [
                {
                    **_old_jsonable(asdict(treatment)),
                    "schedules": [schedule_json(schedule) for schedule in plan.schedules],
                    "doses": [dose_json(dose) for dose in plan.doses],
                }
                for position, treatment in enumerate(snapshot.treatments)
                for plan in [snapshot.treatment_plans.get(position, TreatmentPlan())]
            ],
            "appointments": section(snapshot.appointments),
            "tracked_symptoms": section(snapshot.tracked_symptoms),
            "symptom_entries": section(snapshot.symptom_entries),
            "measurements": section(snapshot.measurements),
            "day_notes": [
                {"day": day.isoformat(), "note": note}
                for day, note in sorted(snapshot.day_notes.items())
            ],
            "flag_acknowledgements": section(snapshot.flag_acknowledgements),
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@pytest.fixture(scope="module")
def demo_record(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CareRecord]:
    folder = tmp_path_factory.mktemp("stream-demo")
    record = write_demo_record(DataPaths(folder / "data"), years=2, today=DEMO_TODAY)
    for flag in record.flags.evaluate()[:3]:
        record.flags.mark_discussed(
            flag,
            discussed_on=flag.first_day,
            note="Asked “why?” 🌷\tat the visit",
            today=DEMO_TODAY,
        )
    yield record
    record.close()


def test_export_writes_exactly_what_the_whole_document_export_wrote(
    demo_record: CareRecord, tmp_path: Path
) -> None:
    file = tmp_path / "export.json"

    summary = export_record(demo_record, file, exported_at=EXPORTED_AT)

    expected = old_export_text(read_snapshot(demo_record), EXPORTED_AT)
    assert file.read_bytes() == expected.encode("utf-8")
    assert summary == transfer.ExportSummary.of(file, read_snapshot(demo_record))


def test_an_empty_record_exports_as_before(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "empty").ensure()
    record = open_record(paths.default_record, paths)
    try:
        file = tmp_path / "export.json"
        export_record(record, file, exported_at=EXPORTED_AT)
        expected = old_export_text(read_snapshot(record), EXPORTED_AT)
    finally:
        record.close()
    assert file.read_text(encoding="utf-8") == expected


def test_a_failed_export_leaves_no_file_and_keeps_the_old_one(
    demo_record: CareRecord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "export.json"
    file.write_text("the older export", encoding="utf-8")

    def broken_rows(*args: object, **kwargs: object) -> Iterator[Any]:
        yield from ()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(transfer.repositories, "stream_measurements", broken_rows)
    with pytest.raises(OSError, match="No space left"):
        export_record(demo_record, file)

    assert file.read_text(encoding="utf-8") == "the older export"
    assert [path.name for path in tmp_path.iterdir()] == ["export.json"]


# -- reading in pieces ---------------------------------------------------------------------------


def small_export(real_export: RealExport) -> dict[str, Any]:
    """The real export cut down to a few items of each section, with awkward values in it."""
    document = real_export.document()
    record = document["record"]
    for section, value in record.items():
        if isinstance(value, list):
            record[section] = value[:3]
    for treatment in record["treatments"]:  # and a few of each treatment's schedules and doses
        for part in ("schedules", "doses"):
            treatment[part] = treatment[part][:3]
    record["symptom_entries"][0]["note"] = 'quote " back\\slash é 🦴 \u2028 tab\t end'
    record["measurements"][0]["value"] = 71.25
    record["day_notes"][0]["note"] = "\\u sequences stay text: \\ud83e"
    return document


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 11, 64, 1000])
def test_values_cut_at_any_place_between_pieces_are_read_whole(
    real_export: RealExport, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = small_export(real_export)
    expected = parse_export(json.dumps(document), real_export.catalogue, DEMO_TODAY)
    monkeypatch.setattr(json_stream, "CHUNK_CHARACTERS", chunk)

    def no_whole_document(*args: object) -> None:
        raise AssertionError("the stream should have read this file")

    monkeypatch.setattr(transfer, "_whole_record", no_whole_document)
    for indent in (None, 2):
        text = json.dumps(document, ensure_ascii=indent is None, indent=indent)
        assert parse_export(text, real_export.catalogue, DEMO_TODAY) == expected


def test_every_offset_of_a_piece_boundary(
    real_export: RealExport, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first piece ending at every character of the file, then pieces of 3 characters."""
    document = small_export(real_export)
    text = json.dumps(document, ensure_ascii=False)
    expected = parse_export(text, real_export.catalogue, DEMO_TODAY)
    monkeypatch.setattr(json_stream, "CHUNK_CHARACTERS", 3)

    class Split(transfer._TextSource):
        def __init__(self, text: str, first: int) -> None:
            super().__init__(text)
            self.first = first

        def reader(self) -> Any:
            pieces = iter([text[: self.first]])
            rest = iter(text[offset : offset + 3] for offset in range(self.first, len(text), 3))

            def read(size: int) -> str:
                return next(pieces, None) or next(rest, "")

            return read

    for first in range(1, len(text), max(1, len(text) // 1500)):
        snapshot = transfer._read_snapshot(Split(text, first), real_export.catalogue, DEMO_TODAY)
        assert snapshot == expected, first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"format": "mbc-tracker-record", "format_version": 1, "record": {"person": NaN}}', "NaN"),
        (
            '{"format": "mbc-tracker-record", "format_version": 1, "record": '
            '{"symptom_entries": [{}, {"day": 1, "day": 2}]}}',
            "symptom_entries[1]: “day” appears twice",
        ),
        (
            '{"format": "mbc-tracker-record", "format_version": 1, "record": '
            '{"symptom_entries": [{}, {"day": 1}',
            "The file ends too early",
        ),
        (
            '{"format": "mbc-tracker-record", "format_version": 1, "record": {}} trailing',
            "The file is not valid JSON (line 1, column 69: Extra data)",
        ),
        ('{"format": "mbc-tracker-record", "format_version": 1, "record": []}', "record: expected"),
    ],
    ids=["NaN", "key twice in an item", "cut short in a list", "extra data", "record a list"],
)
def test_what_the_stream_cannot_follow_is_refused_in_the_whole_documents_words(
    real_export: RealExport, text: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_stream, "CHUNK_CHARACTERS", 4)
    with pytest.raises(ImportInvalid) as refused:
        parse_export(text, real_export.catalogue, DEMO_TODAY)

    assert expected in refused.value.message


# -- sections in another order, an older file -------------------------------------------------


def reordered(document: dict[str, Any]) -> dict[str, Any]:
    """The same export with the record first and its sections in reverse order."""
    record = dict(reversed(list(document["record"].items())))
    header = {key: value for key, value in document.items() if key != "record"}
    return {"record": record, **dict(reversed(list(header.items())))}


def test_sections_in_any_order_give_the_same_record(real_export: RealExport) -> None:
    expected = parse_export(real_export.text, real_export.catalogue, DEMO_TODAY)
    text = json.dumps(reordered(real_export.document()), indent=1)

    assert parse_export(text, real_export.catalogue, DEMO_TODAY) == expected


def test_problems_are_listed_in_the_same_order_whatever_the_order_of_sections(
    real_export: RealExport,
) -> None:
    document = real_export.document()
    document["record"]["symptom_entries"][1]["day"] = "yesterday"
    document["record"]["person"]["nmae"] = "M"
    document["record"]["flag_acknowledgements"][0]["rule"] = ""
    document["record"]["measurements"][0]["unit"] = "stone"

    def problems(text: str) -> list[str]:
        with pytest.raises(ImportInvalid) as refused:
            parse_export(text, real_export.catalogue, DEMO_TODAY)
        return refused.value.problems

    in_order = problems(json.dumps(document))
    assert len(in_order) == 4
    assert in_order[0].startswith("person:")
    assert problems(json.dumps(reordered(document))) == in_order


def test_a_file_written_by_an_older_app_still_imports(
    real_export: RealExport, tmp_path: Path
) -> None:
    """Format version 1 as the first release wrote it: its own app version, fields given only
    when they differ from the defaults, the header after the record."""
    document = real_export.document()
    document["app_version"] = "0.1.0"
    for entry in document["record"]["symptom_entries"]:
        for field, default in (("note", ""), ("severity", None), ("present", None)):
            if entry[field] == default:
                del entry[field]
    file = tmp_path / "old.json"
    file.write_text(json.dumps(reordered(document), indent=2), encoding="utf-8")

    summary = import_into_folder(DataPaths(tmp_path / "new"), file, today=DEMO_TODAY)

    expected = parse_export(real_export.text, real_export.catalogue, DEMO_TODAY)
    assert summary.symptom_entries == len(expected.symptom_entries)
    paths = DataPaths(tmp_path / "new")
    record = open_record(paths.default_record, paths)
    try:
        imported = read_snapshot(record)
    finally:
        record.close()
    assert [asdict(entry) | {"id": None} for entry in imported.symptom_entries] == [
        asdict(entry) for entry in expected.symptom_entries
    ]


# -- a problem late in a big file ----------------------------------------------------------------


def big_document(real_export: RealExport, copies: int) -> dict[str, Any]:
    document = real_export.document()
    record = document["record"]
    record["symptom_entries"] = record["symptom_entries"] * copies
    record["measurements"] = record["measurements"] * copies
    return document


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    # Many batches written before the problem, and pieces far smaller than the file.
    monkeypatch.setattr(snapshot, "BATCH_ROWS", 50)
    monkeypatch.setattr(json_stream, "CHUNK_CHARACTERS", 4096)


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        (
            lambda text: text.replace('"unit": "kg"}]', '"unit": "stone"}]'),
            "is not a weight unit",
        ),
        (lambda text: text[: text.rindex('"measurements"') + 200], "The file ends too early"),
        (
            lambda text: text.replace('"unit": "kg"}]', '"unit": "kg", "unit": "kg"}]'),
            "appears twice in one object",
        ),
    ],
    ids=["a bad last measurement", "cut short in the last section", "a key twice at the end"],
)
@pytest.mark.usefixtures("small_batches")
def test_a_problem_at_the_end_of_a_big_file_leaves_no_record(
    real_export: RealExport, tmp_path: Path, spoil: Any, expected: str
) -> None:
    document = big_document(real_export, 5)
    assert document["record"]["measurements"][-1]["unit"] == "kg"
    file = tmp_path / "big.json"
    file.write_text(spoil(json.dumps(document)), encoding="utf-8")
    paths = DataPaths(tmp_path / "new")

    with pytest.raises(ImportInvalid) as refused:
        import_into_folder(paths, file, today=DEMO_TODAY)

    assert expected in refused.value.message
    assert not paths.default_record.exists()
    assert not list((tmp_path / "new").glob("record*"))


@pytest.mark.usefixtures("small_batches")
def test_a_problem_at_the_end_leaves_an_existing_empty_record_empty(
    real_export: RealExport, tmp_path: Path
) -> None:
    document = big_document(real_export, 3)
    document["record"]["flag_acknowledgements"][-1]["severity_at_discussion"] = 11
    file = tmp_path / "big.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    paths = DataPaths(tmp_path / "existing").ensure()
    record = open_record(paths.default_record, paths)
    try:
        tracked_before = record.symptoms.all()
        with pytest.raises(ImportInvalid, match="outside the scale"):
            import_record(record, file, today=DEMO_TODAY)
        assert not record_holds_data(record)
        # The file's places on Today were written first, and rolled back with the rest.
        assert record.symptoms.all() == tracked_before
    finally:
        record.close()


@pytest.mark.usefixtures("small_batches")
def test_a_big_file_in_many_batches_imports_whole(real_export: RealExport, tmp_path: Path) -> None:
    document = big_document(real_export, 3)
    file = tmp_path / "big.json"
    file.write_text(json.dumps(document, indent=2), encoding="utf-8")

    summary = import_into_folder(DataPaths(tmp_path / "new"), file, today=DEMO_TODAY)

    assert summary.symptom_entries == len(document["record"]["symptom_entries"])
    assert summary.measurements == len(document["record"]["measurements"])


# -- memory that does not grow with the file -------------------------------------------------------


def traced_peak(action: Any) -> int:
    """The most memory Python held while ``action`` ran, in bytes (tracemalloc)."""
    import tracemalloc

    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.usefixtures("small_batches")
def test_import_and_export_take_no_more_memory_for_a_file_four_times_larger(
    real_export: RealExport, tmp_path: Path
) -> None:
    peaks: dict[int, tuple[int, int]] = {}
    for copies in (1, 4):
        file = tmp_path / f"copies-{copies}.json"
        file.write_text(json.dumps(big_document(real_export, copies), indent=2), encoding="utf-8")
        paths = DataPaths(tmp_path / f"record-{copies}")
        importing = traced_peak(partial(import_into_folder, paths, file, today=DEMO_TODAY))
        record = open_record(paths.default_record, paths)
        try:
            exporting = traced_peak(partial(export_record, record, tmp_path / f"out{copies}.json"))
        finally:
            record.close()
        peaks[copies] = (importing, exporting)

    (small_import, small_export), (big_import, big_export) = peaks[1], peaks[4]
    # Four times the entries held in memory would be four times the peak; a stream stays flat.
    assert big_import < 1.5 * small_import, peaks
    assert big_export < 1.5 * small_export, peaks
