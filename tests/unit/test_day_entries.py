"""Several entries of one symptom on one day: read in time order, added at a time, changed,
removed and brought back; each write refused whole, with a sentence by its field, when wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mbc_tracker.domain.daylog import DayLog, DayLogInvalid, DayValue, EntryGone
from mbc_tracker.paths import DataPaths
from mbc_tracker.reports.history_chart import build_history_figure
from mbc_tracker.reports.summary_data import Period
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.services.transfer import export_record, import_record

DAY = dt.date(2025, 6, 10)
NOW = dt.datetime(2025, 6, 10, 23, 0)


def problems(raised: pytest.ExceptionInfo[DayLogInvalid]) -> dict[str, str]:
    return {problem.field: problem.message for problem in raised.value.problems}


def test_entries_are_read_in_time_order_and_the_latest_is_the_forms(record: CareRecord) -> None:
    late = record.daylog.add_entry("fatigue", DAY, dt.time(22, 10), severity=3, now=NOW)
    early = record.daylog.add_entry(
        "fatigue", DAY, dt.time(8, 5), severity=6, note="after the walk", now=NOW
    )
    record.daylog.add_entry("seizure", DAY, dt.time(14, 30), present=True, now=NOW)
    entries = record.daylog.entries_of_day(DAY)
    assert [(entry.time, entry.symptom_key) for entry in entries] == [
        (dt.time(8, 5), "fatigue"),
        (dt.time(14, 30), "seizure"),
        (dt.time(22, 10), "fatigue"),
    ]
    assert entries[0] == early and entries[0].note == "after the walk"
    assert entries[2] == late
    assert record.daylog.load_day(DAY).severities == {"fatigue": 3}
    assert record.daylog.load_day(DAY).events == {"seizure": True}


def test_changing_an_entry_changes_its_time_value_and_note(record: CareRecord) -> None:
    entry = record.daylog.add_entry("fatigue", DAY, dt.time(8, 5), severity=6, now=NOW)
    changed = record.daylog.change_entry(
        entry.id, dt.time(9, 15), severity=4, note="better", now=NOW
    )
    assert (changed.time, changed.severity, changed.note) == (dt.time(9, 15), 4, "better")
    assert record.daylog.entries_of_day(DAY) == [changed]


def test_removing_gives_back_the_entry_and_undo_restores_it(record: CareRecord) -> None:
    entry = record.daylog.add_entry("fatigue", DAY, dt.time(8, 5), severity=6, note="n", now=NOW)
    removed = record.daylog.remove_entry(entry.id)
    assert removed == entry
    assert record.daylog.entries_of_day(DAY) == []
    restored = record.daylog.restore_entry(removed)
    [again] = record.daylog.entries_of_day(DAY)
    assert again == restored
    assert (again.time, again.severity, again.note) == (dt.time(8, 5), 6, "n")
    record.daylog.remove_entry(restored.id)
    with pytest.raises(EntryGone):  # removed in another window meanwhile
        record.daylog.remove_entry(restored.id)
    with pytest.raises(EntryGone):
        record.daylog.change_entry(restored.id, dt.time(9, 0), severity=1, now=NOW)


def test_a_time_later_than_now_today_is_refused(record: CareRecord) -> None:
    with pytest.raises(DayLogInvalid) as raised:
        record.daylog.add_entry("fatigue", DAY, dt.time(23, 30), severity=2, now=NOW)
    assert "later than now" in problems(raised)["time"]
    # The same time on a past day is fine.
    record.daylog.add_entry("fatigue", DAY - dt.timedelta(days=1), dt.time(23, 30), 2, now=NOW)
    assert record.daylog.entries_of_day(DAY) == []


def test_a_future_day_a_score_off_the_scale_and_control_characters_are_refused(
    record: CareRecord,
) -> None:
    with pytest.raises(DayLogInvalid) as raised:
        record.daylog.add_entry("fatigue", DAY + dt.timedelta(days=1), dt.time(8), 3, now=NOW)
    assert "future" in problems(raised)["day"]
    with pytest.raises(DayLogInvalid) as raised:
        record.daylog.add_entry("fatigue", DAY, dt.time(8), 11, note="a\x1bb", now=NOW)
    found = problems(raised)
    assert "0 (none) to 10" in found["severity"]
    assert "control character" in found["note"]
    with pytest.raises(DayLogInvalid) as raised:
        record.daylog.add_entry("seizure", DAY, dt.time(8), severity=3, now=NOW)
    assert "happened" in problems(raised)["present"]
    with pytest.raises(DayLogInvalid) as raised:
        record.daylog.add_entry("no_such_symptom", DAY, dt.time(8), severity=3, now=NOW)
    assert "symptom" in problems(raised)
    entry = record.daylog.add_entry("fatigue", DAY, dt.time(8), 3, now=NOW)
    with pytest.raises(DayLogInvalid):
        record.daylog.change_entry(entry.id, dt.time(23, 59), severity=3, now=NOW)
    assert record.daylog.entries_of_day(DAY) == [entry]  # nothing half-saved


def test_the_forms_scale_changes_the_latest_entry_and_keeps_its_time(
    record: CareRecord,
) -> None:
    record.daylog.add_entry("fatigue", DAY, dt.time(8, 5), severity=6, now=NOW)
    record.daylog.add_entry("fatigue", DAY, dt.time(22, 10), severity=3, now=NOW)
    loaded = record.daylog.load_day(DAY)
    record.daylog.save_day(
        DayLog(DAY, severities={"fatigue": 2}), today=DAY, expected_version=loaded.version
    )
    entries = record.daylog.entries_of_day(DAY)
    assert [(entry.time, entry.severity) for entry in entries] == [
        (dt.time(8, 5), 6),
        (dt.time(22, 10), 2),
    ]


def test_a_new_value_on_a_past_day_is_placed_on_that_day(record: CareRecord) -> None:
    past = dt.date.today() - dt.timedelta(days=3)
    record.daylog.save_day(DayLog(past, severities={"nausea": 4}))
    [entry] = record.daylog.entries_of_day(past)
    assert entry.day == past and entry.severity == 4


def test_two_entries_of_one_symptom_on_one_day_survive_export_and_import(
    record: CareRecord, tmp_path: Path
) -> None:
    record.daylog.add_entry("fatigue", DAY, dt.time(8, 5), severity=6, note="morning", now=NOW)
    record.daylog.add_entry("fatigue", DAY, dt.time(22, 10), severity=3, now=NOW)
    file = tmp_path / "export.json"
    export_record(record, file)
    paths = DataPaths(tmp_path / "other").ensure()
    imported = open_record(paths.default_record, paths)
    try:
        import_record(imported, file, today=DAY)
        entries = imported.daylog.entries_of_day(DAY)
        assert [(e.symptom_key, e.time, e.severity, e.note) for e in entries] == [
            ("fatigue", dt.time(8, 5), 6, "morning"),
            ("fatigue", dt.time(22, 10), 3, ""),
        ]
        assert imported.daylog.load_day(DAY).severities == {"fatigue": 3}
    finally:
        imported.close()


# -- the day's one value: History and the summary by the preference, flags by the highest ------


def log_six_and_three(record: CareRecord) -> None:
    record.daylog.add_entry("fatigue", DAY, dt.time(8, 5), severity=6, now=NOW)
    record.daylog.add_entry("fatigue", DAY, dt.time(22, 10), severity=3, now=NOW)


def chart_value(record: CareRecord, first: dt.date, last: dt.date) -> float:
    data = record.history.data(first, last, keys=["fatigue"], flags=[])
    [series] = data.symptoms
    [point] = [point for point in series.points if point.value]
    return point.value


def test_history_shows_the_days_highest_by_default_and_the_average_when_chosen(
    record: CareRecord,
) -> None:
    log_six_and_three(record)
    assert record.daylog.day_value() is DayValue.HIGHEST
    assert chart_value(record, DAY - dt.timedelta(days=6), DAY) == 6
    data = record.history.data(DAY - dt.timedelta(days=6), DAY, keys=["fatigue"], flags=[])
    assert data.day_value.caption == "Each day shows its highest entry."

    record.daylog.set_day_value(DayValue.AVERAGE)
    assert record.daylog.day_value() is DayValue.AVERAGE
    assert chart_value(record, DAY - dt.timedelta(days=6), DAY) == 4.5
    data = record.history.data(DAY - dt.timedelta(days=6), DAY, keys=["fatigue"], flags=[])
    assert data.day_value.caption == "Each day shows the average of its entries."
    # Grouped by week (a long period): the week's mean of the day's average, in SQL too.
    assert chart_value(record, DAY - dt.timedelta(days=400), DAY) == 4.5
    record.daylog.set_day_value(DayValue.HIGHEST)  # saving again replaces the one row
    assert chart_value(record, DAY - dt.timedelta(days=400), DAY) == 6


def test_the_summary_uses_the_chosen_value_and_says_which(record: CareRecord) -> None:
    log_six_and_three(record)
    period = Period(DAY - dt.timedelta(days=13), DAY)
    summary = record.summary.data(period, today=DAY)
    [fatigue] = [stats for stats in summary.symptoms if stats.key == "fatigue"]
    assert (fatigue.average, fatigue.highest) == (6.0, 6)
    assert summary.history is not None
    assert summary.history.day_value is DayValue.HIGHEST  # the chart's key says so
    assert summary.day_value_note == ""  # the default: the table's note stays as it was
    printed = build_history_figure(summary.history)  # the summary prints this very chart
    assert printed.legend_note.startswith("Each day shows its highest entry.")

    record.daylog.set_day_value(DayValue.AVERAGE)
    summary = record.summary.data(period, today=DAY)
    [fatigue] = [stats for stats in summary.symptoms if stats.key == "fatigue"]
    assert (fatigue.average, fatigue.highest) == (4.5, 6)  # "highest": the highest entry
    assert summary.history is not None
    [series] = [series for series in summary.history.symptoms if series.key == "fatigue"]
    assert [point.value for point in series.points] == [4.5]
    assert summary.history.day_value.caption == "Each day shows the average of its entries."
    assert summary.day_value_note == "Each day shows the average of its entries."
    printed = build_history_figure(summary.history)
    assert printed.legend_note.startswith("Each day shows the average of its entries.")
    # A period without a day logged twice has nothing to say about it.
    earlier = record.summary.data(Period(DAY - dt.timedelta(days=40), DAY - dt.timedelta(days=30)))
    assert earlier.day_value_note == ""


def test_flags_read_the_days_highest_whatever_history_shows(record: CareRecord) -> None:
    log_six_and_three(record)
    for day_value in DayValue:
        record.daylog.set_day_value(day_value)
        fatigue = [flag for flag in record.flags.evaluate() if flag.symptom_key == "fatigue"]
        assert fatigue, day_value
        assert {flag.peak for flag in fatigue} == {6}, day_value


def test_the_printed_summary_says_which_value_stands_for_a_day(
    qapp: object, record: CareRecord, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pypdf

    from mbc_tracker.app import main

    today = dt.date.today()
    morning = dt.datetime.combine(today, dt.time(23, 59)) - dt.timedelta(days=1)
    yesterday = today - dt.timedelta(days=1)
    record.daylog.add_entry("fatigue", yesterday, dt.time(8, 5), severity=6, now=morning)
    record.daylog.add_entry("fatigue", yesterday, dt.time(22, 10), severity=3, now=morning)
    record.daylog.set_day_value(DayValue.AVERAGE)
    record.close()
    output = tmp_path / "summary.pdf"

    code = main(["--data-dir", str(record.paths.data_dir), "report", "-o", str(output)])

    assert code == 0, capsys.readouterr().err
    words = " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(output).pages
    )
    assert "Each day shows the average of its entries." in words
