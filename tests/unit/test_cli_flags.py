"""``mbc-tracker flags`` as a person and a program use it, run through ``mbc_tracker.app.main``.

The record is built through the services (a seizure on one day, bone pain at 8 on a later one),
then the verb is asked for plain text, for JSON, for a period, and with wrong input. The field
list of the JSON is checked against docs/flags.md so the two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from mbc_tracker.app import main
from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DEFAULT_RECORD_NAME, DataPaths
from mbc_tracker.services.record import CareRecord, open_record

NOTICE = (
    "This app does not replace your care team. "
    "If you feel very unwell, contact them or emergency services."
)
SEIZURE_DAY = dt.date(2024, 3, 4)
BONE_PAIN_DAY = dt.date(2024, 3, 10)
LOGGED_ON = dt.date(2024, 3, 20)  # "today" when the days were logged, so none is in the future
DOCS = Path(__file__).resolve().parents[2] / "docs" / "flags.md"

# The documented fields and the JSON types each may take.
FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "symptom_key": (str,),
    "symptom": (str,),
    "level": (str,),
    "rule": (str,),
    "first_day": (str,),
    "last_day": (str,),
    "days": (list,),
    "peak": (int, float, type(None)),
    "message": (str,),
    "reason": (str,),
    "context": (list,),
    "sources": (list,),
    "discussed_on": (str, type(None)),
    "worse_since_discussed": (bool,),
    "open": (bool,),
    "ongoing": (bool,),
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def words(text: str) -> str:
    """The text with line wrapping undone, so a test does not depend on the terminal width."""
    return " ".join(text.split())


def open_new_record(folder: Path) -> CareRecord:
    paths = DataPaths(folder).ensure()
    record = open_record(paths.default_record, paths)
    record.person.save(Person(name="Ann Example"))
    return record


@pytest.fixture
def flagged_folder(tmp_path: Path) -> Path:
    """A data folder whose record holds a seizure and, six days later, bone pain at 8."""
    record = open_new_record(tmp_path)
    try:
        record.daylog.save_day(DayLog(SEIZURE_DAY, events={"seizure": True}), today=LOGGED_ON)
        record.daylog.save_day(DayLog(BONE_PAIN_DAY, severities={"bone_pain": 8}), today=LOGGED_ON)
    finally:
        record.close()
    return tmp_path


def flags_json(capsys: pytest.CaptureFixture[str], folder: Path, *extra: str) -> list[Any]:
    code, out, err = run(capsys, "--data-dir", str(folder), "flags", "--json", *extra)
    assert code == 0, err
    assert err == ""
    document: list[Any] = json.loads(out)  # nothing but the JSON on stdout
    return document


def by_symptom(document: list[Any]) -> dict[str, dict[str, Any]]:
    return {flag["symptom_key"]: flag for flag in document}


def test_text_starts_with_the_notice_and_lists_newest_first_with_level_and_sources(
    capsys: pytest.CaptureFixture[str], flagged_folder: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(flagged_folder), "flags")

    assert code == 0, err
    assert out.splitlines()[0] == NOTICE
    text = words(out)
    assert "Contact your care team promptly: Seizure (fit)" in text
    assert "Contact your care team promptly: Bone pain" in text
    assert text.index("Bone pain") < text.index("Seizure (fit)")  # newest first
    assert "Days: 4 March 2024" in text and "Days: 10 March 2024" in text
    assert "A seizure is listed among the possible signs of spread to the brain." in text
    assert "Source: “Metastatic breast cancer: key takeaways, symptoms and treatment”" in text
    assert (
        "Source: “Metastatic Cancer: Meaning, Causes, Symptoms, Diagnosis & Treatment”, WiseRx"
        in text
    )


def test_json_has_every_documented_field_with_its_type(
    capsys: pytest.CaptureFixture[str], flagged_folder: Path
) -> None:
    document = flags_json(capsys, flagged_folder)

    assert [flag["symptom_key"] for flag in document] == ["bone_pain", "seizure"]
    for flag in document:
        assert set(flag) == set(FIELD_TYPES)
        for field, types in FIELD_TYPES.items():
            assert isinstance(flag[field], types), field
        assert all(isinstance(day, str) for day in flag["days"])
        assert all(isinstance(text, str) for text in flag["context"])
        for source in flag["sources"]:
            assert set(source) == {"id", "title", "publisher", "citation"}
            assert source["title"] in source["citation"]
    seizure = by_symptom(document)["seizure"]
    assert seizure["level"] == "promptly"
    assert seizure["rule"] == "occurrence"
    assert seizure["symptom"] == "Seizure (fit)"
    assert seizure["days"] == ["2024-03-04"]
    assert seizure["first_day"] == seizure["last_day"] == "2024-03-04"
    assert seizure["peak"] is None
    assert seizure["discussed_on"] is None and seizure["open"] is True
    assert {source["id"] for source in seizure["sources"]} == {"key-takeaways", "wiserx"}
    bone_pain = by_symptom(document)["bone_pain"]
    assert (bone_pain["rule"], bone_pain["level"], bone_pain["peak"]) == ("severity", "promptly", 8)
    assert seizure["ongoing"] is False and bone_pain["ongoing"] is False  # single days


def test_json_says_a_flag_that_goes_on_to_the_latest_logged_day_is_ongoing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    record = open_new_record(tmp_path)
    try:
        for offset in range(5):
            day = BONE_PAIN_DAY + dt.timedelta(days=offset)
            record.daylog.save_day(DayLog(day, severities={"bone_pain": 8}), today=LOGGED_ON)
    finally:
        record.close()

    (flag,) = [f for f in flags_json(capsys, tmp_path) if f["rule"] == "severity"]

    assert flag["ongoing"] is True
    assert flag["last_day"] == (BONE_PAIN_DAY + dt.timedelta(days=4)).isoformat()


def test_json_is_utf8_text_not_escaped(
    capsys: pytest.CaptureFixture[str], flagged_folder: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(flagged_folder), "flags", "--json")

    assert code == 0
    assert "“Metastatic Cancer" in out and "\\u201c" not in out


def test_every_json_field_is_documented() -> None:
    documentation = DOCS.read_text(encoding="utf-8")

    for field in [*FIELD_TYPES, "id", "title", "publisher", "citation"]:
        assert f"`{field}`" in documentation, field
    for rule in ("occurrence", "severity", "persistence", "worsening", "weight_loss"):
        assert f"`{rule}`" in documentation, rule


def test_since_keeps_only_flags_that_reach_that_day(
    capsys: pytest.CaptureFixture[str], flagged_folder: Path
) -> None:
    document = flags_json(capsys, flagged_folder, "--since", "2024-03-05")
    code, out, _ = run(capsys, "--data-dir", str(flagged_folder), "flags", "--since", "2024-03-05")

    assert [flag["symptom_key"] for flag in document] == ["bone_pain"]
    assert code == 0
    assert "Bone pain" in out and "Seizure" not in out


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        ("last week", "is not a date. Please write it as YYYY-MM-DD"),
        ("2024-02-30", "is not a date. Please write it as YYYY-MM-DD"),
        ("2999-01-01", "this date is in the future"),
    ],
)
@pytest.mark.parametrize("as_json", [False, True])
def test_a_since_that_cannot_be_used_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
    flagged_folder: Path,
    since: str,
    expected: str,
    as_json: bool,
) -> None:
    extra = ["--json"] if as_json else []

    code, out, err = run(
        capsys, "--data-dir", str(flagged_folder), "flags", *extra, "--since", since
    )

    assert code == 2
    assert out == ""
    assert err.startswith("--since: ") and expected in err
    assert "Traceback" not in err


@pytest.mark.parametrize("as_json", [False, True])
def test_no_record_says_so_and_creates_none(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, as_json: bool
) -> None:
    folder = tmp_path / "empty"
    extra = ["--json"] if as_json else []

    code, out, err = run(capsys, "--data-dir", str(folder), "flags", *extra)

    assert code == 1 and out == ""
    assert f"There is no record in {folder}" in err
    assert not (folder / DEFAULT_RECORD_NAME).exists()


def test_a_file_that_is_not_a_record_is_reported_plainly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / DEFAULT_RECORD_NAME).write_text("my shopping list", encoding="utf-8")

    code, out, err = run(capsys, "--data-dir", str(tmp_path), "flags")

    assert code == 1 and out == ""
    assert "is not an MBC Care Tracker record" in err


def test_nothing_flagged_gives_a_calm_sentence_and_an_empty_array(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    record = open_new_record(tmp_path)
    try:  # a mild day: logged, but below every threshold
        record.daylog.save_day(DayLog(SEIZURE_DAY, severities={"bone_pain": 1}), today=LOGGED_ON)
    finally:
        record.close()

    code, out, err = run(capsys, "--data-dir", str(tmp_path), "flags")

    assert code == 0, err
    assert out.splitlines()[0] == NOTICE
    text = words(out)
    assert "Nothing you logged is flagged by the rules this app uses." in text
    assert "you can always mention it to your care team" in text
    assert "fine" not in text.lower()
    assert flags_json(capsys, tmp_path) == []


def test_a_discussed_flag_stays_quiet_unless_all_is_asked_for(
    capsys: pytest.CaptureFixture[str], flagged_folder: Path
) -> None:
    paths = DataPaths(flagged_folder)
    record = open_record(paths.default_record, paths)
    try:
        seizure = next(flag for flag in record.flags.evaluate() if flag.symptom_key == "seizure")
        record.flags.mark_discussed(seizure, dt.date(2024, 3, 6), today=LOGGED_ON)
    finally:
        record.close()

    _, out, _ = run(capsys, "--data-dir", str(flagged_folder), "flags")
    _, out_all, _ = run(capsys, "--data-dir", str(flagged_folder), "flags", "--all")
    open_only = flags_json(capsys, flagged_folder)
    everything = flags_json(capsys, flagged_folder, "--all")

    assert "Seizure" not in out
    assert "One flag you have already discussed with your care team stays quiet" in words(out)
    assert "Seizure (fit)" in out_all
    assert "Discussed on 6 March 2024 with your care team." in words(out_all)
    assert [flag["symptom_key"] for flag in open_only] == ["bone_pain"]
    discussed = by_symptom(everything)["seizure"]
    assert discussed["discussed_on"] == "2024-03-06"
    assert discussed["open"] is False and discussed["worse_since_discussed"] is False
