"""The History view as a person uses it: choosing the period and the symptoms, reading the chart
(a lane per symptom) by pointing or with the arrow keys, the words in a box kept inside the
chart, its key under it, the same numbers as a table, saving the chart (with its title and key
inside, on white), a calm word for an empty period, and the chart in a dark theme's colours. The
chart and its key must fit the window at 1024 x 700 at every period. matplotlib must stay out of
start-up, so that is checked too.

Days are logged through the real services with a fixed ``today``; the chart is the real figure,
drawn offscreen, and read through the ``HistoryChart`` object it returns.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import Treatment, TreatmentCategory
from mbc_tracker.gui.history_table import history_rows
from mbc_tracker.gui.history_view import ALL_TIME, CHART, CUSTOM, TABLE, HistoryView
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 12, 5)
FIRST_LOGGED = TODAY - dt.timedelta(days=60)  # nausea only: inside 90 days, outside 30
NOTE_DAY = TODAY - dt.timedelta(days=4)
NOTE = "Walked to the park; back ached after."
SEIZURE_DAY = TODAY - dt.timedelta(days=2)

ViewMaker = Callable[..., HistoryView]


def log(record: CareRecord, day: dt.date, note: str = "", **severities: int) -> None:
    record.daylog.save_day(DayLog(day=day, severities=severities, note=note), today=TODAY)


@pytest.fixture
def logged(record: CareRecord) -> CareRecord:
    """Nausea two months ago; bone pain and fatigue over the last ten days; a seizure."""
    log(record, FIRST_LOGGED, nausea=4)
    log(record, TODAY - dt.timedelta(days=10), bone_pain=2)  # alone: the first point of 30 days
    for days_ago in range(9, 0, -1):
        day = TODAY - dt.timedelta(days=days_ago)
        log(
            record,
            day,
            note=NOTE if day == NOTE_DAY else "",
            bone_pain=min(10, 2 + days_ago % 5),
            fatigue=3 + days_ago % 3,
        )
    record.daylog.save_day(DayLog(day=SEIZURE_DAY, events={"seizure": True}), today=TODAY)
    return record


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[CareRecord]:
    """A year of the demo record: eight symptoms, treatments, appointments and flags."""
    record = write_demo_record(DataPaths(tmp_path / "demo").ensure(), years=1, today=TODAY)
    yield record
    record.close()


@pytest.fixture
def make_view(qtbot: QtBot) -> ViewMaker:
    def make(
        record: CareRecord,
        show: bool = True,
        days: int | None = None,
        size: tuple[int, int] = (1024, 700),
    ) -> HistoryView:
        view = HistoryView(record, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(*size)
        if days is not None:
            view.set_period_days(days)
        if show:
            with qtbot.wait_signal(view.chart_drawn, timeout=10_000):
                view.show()
        return view

    return make


def redrawn(qtbot: QtBot, view: HistoryView, change: Callable[[], object]) -> None:
    with qtbot.wait_signal(view.chart_drawn, timeout=10_000):
        change()


def line_count(view: HistoryView) -> int:
    """How many symptom lanes the chart has (the weight's aside)."""
    chart = view.chart()
    assert chart is not None
    return len([lane for lane in chart.lanes if lane.kind != "weight"])


def rated_lanes(view: HistoryView) -> set[str]:
    chart = view.chart()
    assert chart is not None
    return {lane.key for lane in chart.lanes if lane.kind == "rated"}


# -- the period ----------------------------------------------------------------------------------


def test_the_period_chosen_sets_the_range_of_the_data(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(logged)
    data = view.data()
    assert data is not None
    assert (data.first, data.last) == (TODAY - dt.timedelta(days=89), TODAY)

    redrawn(qtbot, view, lambda: view.set_period_days(30))
    data = view.data()
    assert data is not None
    assert (data.first, data.last) == (TODAY - dt.timedelta(days=29), TODAY)
    assert view.chart() is not None and view.chart().data is data

    redrawn(qtbot, view, lambda: view.set_period_days(ALL_TIME))
    data = view.data()
    assert data is not None
    assert data.first <= FIRST_LOGGED
    assert data.last >= SEIZURE_DAY


def test_custom_dates_are_used_and_future_dates_are_refused(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(logged, days=30)
    first = TODAY - dt.timedelta(days=7)
    redrawn(qtbot, view, lambda: view.set_custom_range(first, TODAY - dt.timedelta(days=1)))
    assert view.from_edit.isVisible() and view.to_edit.isVisible()
    data = view.data()
    assert data is not None
    assert (data.first, data.last) == (first, TODAY - dt.timedelta(days=1))

    assert not view.set_custom_range(first, TODAY + dt.timedelta(days=3))
    assert view.range_error.isVisible()
    assert "future" in view.range_error.text()
    qtbot.wait(20)
    assert view.data() is data  # the period shown has not changed

    assert not view.set_custom_range(TODAY, first)
    assert "after" in view.range_error.text()

    redrawn(qtbot, view, lambda: view.set_period_days(90))
    assert view.range_error.isHidden()
    assert not view.from_edit.isVisible()
    assert view.period_combo.currentData() != CUSTOM


# -- the symptoms --------------------------------------------------------------------------------


def test_the_symptoms_logged_in_the_period_are_shown_at_first(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(logged, days=30)
    assert set(view.symptom_keys()) == {"bone_pain", "fatigue", "seizure"}
    assert line_count(view) == 3

    redrawn(qtbot, view, lambda: view.set_period_days(90))
    assert set(view.symptom_keys()) == {"bone_pain", "fatigue", "seizure", "nausea"}
    # The logged ones are listed first, so they are never lost among the untracked.
    listed = [view.symptom_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(4)]
    assert set(listed) == {"bone_pain", "fatigue", "seizure", "nausea"}


def test_unticking_a_symptom_removes_its_line(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(logged, days=30)
    assert rated_lanes(view) == {"bone_pain", "fatigue"}

    redrawn(qtbot, view, lambda: view.set_symptom_shown("fatigue", False))
    assert rated_lanes(view) == {"bone_pain"}
    assert line_count(view) == 2
    assert "fatigue" not in view.symptom_keys()

    # The choice is kept when the period changes ...
    redrawn(qtbot, view, lambda: view.set_period_days(90))
    assert "fatigue" not in view.symptom_keys()
    # ... until "Show all logged" goes back to following the period.
    redrawn(qtbot, view, view.show_logged_button.click)
    assert set(view.symptom_keys()) == {"bone_pain", "fatigue", "seizure", "nausea"}

    redrawn(qtbot, view, view.clear_button.click)
    assert view.symptom_keys() == []
    assert line_count(view) == 0


# -- the table -----------------------------------------------------------------------------------


def test_the_table_shows_the_same_numbers_as_the_chart(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(logged, days=30)
    view.mode_buttons[TABLE].click()
    assert view.mode() == TABLE
    assert view.table.isVisible()
    data = view.data()
    assert data is not None
    days = {point.day for series in data.symptoms for point in series.points}
    assert view.table.row_count() == len(days) == 10
    titles = view.table.column_titles()
    assert titles[0] == "Date"
    assert titles[-2:] == ["Flagged", "Note"]
    for series in data.symptoms:
        assert series.label in titles

    # Row by row, newest first: the bone pain column holds the logged severities.
    pain_column = titles.index(next(s.label for s in data.symptoms if s.key == "bone_pain"))
    pain = next(s for s in data.symptoms if s.key == "bone_pain")
    shown = [view.table.cell_text(row, pain_column) for row in range(view.table.row_count())]
    assert shown == [f"{point.value:.0f}" for point in reversed(pain.points)]
    newest_first = [row.day for row in reversed(history_rows(data))]
    assert view.table.cell_text(newest_first.index(NOTE_DAY), len(titles) - 1) == NOTE
    seizure_row = newest_first.index(SEIZURE_DAY)
    assert "Seizure" in view.table.cell_text(seizure_row, len(titles) - 2)  # flagged

    # Sortable: by bone pain, highest first.
    view.table.view.sortByColumn(pain_column, Qt.SortOrder.DescendingOrder)
    assert view.table.cell_text(0, pain_column) == f"{max(p.value for p in pain.points):.0f}"

    view.mode_buttons[CHART].click()
    assert view.canvas().isVisible()


def test_the_table_model_passes_the_model_tester(
    logged: CareRecord, make_view: ViewMaker, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    view = make_view(logged, days=90)
    view.mode_buttons[TABLE].click()  # the table is made when it is shown
    qtmodeltester.check(view.table.model)
    qtmodeltester.check(view.table.proxy)


# -- an empty period -----------------------------------------------------------------------------


def test_an_empty_period_is_said_calmly(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(logged, days=30)
    redrawn(
        qtbot,
        view,
        lambda: view.set_custom_range(dt.date(2020, 1, 1), dt.date(2020, 1, 31)),
    )
    data = view.data()
    assert data is not None and data.is_empty
    figure = view.figure()
    assert figure is not None
    assert any("Nothing logged" in text.get_text() for text in figure.texts)
    assert "Nothing was logged" in view.info_text()
    assert view.legend.isHidden()
    assert "1 January 2020" in view.canvas().accessibleName()
    assert not view.save_button.isEnabled()
    view.set_mode(TABLE)
    assert view.table.row_count() == 0
    assert "Nothing was logged" in view.table.summary_label.text()


# -- reading the chart ---------------------------------------------------------------------------


def test_right_arrow_moves_the_details_to_the_next_point(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(logged, days=30)
    chart = view.chart()
    assert chart is not None
    points = chart.hover_points()
    assert points[0].day == TODAY - dt.timedelta(days=10)
    assert points[1].day != points[0].day
    canvas = view.canvas()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert points[0].when_text in view.info_text()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert points[1].when_text in view.info_text()
    assert points[0].when_text not in view.info_text()
    assert view._point_cursor.isVisible()
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert points[-1].when_text in view.info_text()
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert points[-2].when_text in view.info_text()
    assert view.info_label.accessibleName()


def test_pointing_at_a_point_shows_its_note_and_a_flag_reason(
    logged: CareRecord, make_view: ViewMaker
) -> None:
    from matplotlib.backend_bases import LocationEvent, MouseEvent

    view = make_view(logged, days=30)
    chart = view.chart()
    canvas = view.canvas()
    assert chart is not None

    def point_at(info) -> None:  # type: ignore[no-untyped-def]
        x, y = info.axes.transData.transform((info.x, info.y))
        canvas.callbacks.process(
            "motion_notify_event", MouseEvent("motion_notify_event", canvas, x, y)
        )

    with_note = next(info for info in chart.hover_points() if info.day == NOTE_DAY and info.note)
    point_at(with_note)
    assert NOTE in view.info_text()
    assert NOTE in view.readout.text() and view.readout.isVisible()
    assert with_note.when_text in view.info_text()
    assert with_note.value_text in view.info_text()

    seizure = next(info for info in chart.hover_points() if info.day == SEIZURE_DAY and info.reason)
    point_at(seizure)
    assert seizure.reason in view.info_text()
    assert seizure.reason in view.readout.text()
    assert NOTE not in view.info_text()

    # Leaving the chart takes the box away; the line under the chart keeps the words.
    canvas.callbacks.process(
        "figure_leave_event", LocationEvent("figure_leave_event", canvas, 0, 0)
    )
    assert not view.readout.isVisible()
    assert seizure.reason in view.info_text()


# -- saving --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "magic"),
    [("chart.png", b"\x89PNG\r\n\x1a\n"), ("chart.svg", b"<svg")],
)
def test_save_chart_writes_png_and_svg(
    logged: CareRecord,
    make_view: ViewMaker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    magic: bytes,
) -> None:
    view = make_view(logged, days=30)
    target = tmp_path / name
    monkeypatch.setattr(view, "ask_save_path", lambda: target)
    view.save_button.click()
    assert target.exists()
    content = target.read_bytes()
    if magic == b"<svg":
        assert magic in content[:1000]
        # The picture carries the key and the title that the screen shows beside the chart.
        assert b'id="legend_1"' in content
        assert content.count(b'id="text_') > 10
    else:
        assert content.startswith(magic)
        width, height = int.from_bytes(content[16:20]), int.from_bytes(content[20:24])
        assert (width, height) >= (1500, 900)  # at least 10 x 6 inches at 150 dpi
    assert name in view.status_label.text()
    # The screen's figure is left as it was: no legend or title drawn into it.
    figure = view.figure()
    assert figure is not None and figure.legends == [] and figure.texts == []


def test_save_chart_from_the_table_writes_the_chart(
    logged: CareRecord, make_view: ViewMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(logged, show=False, days=30)
    view.set_mode(TABLE)
    view.show()
    target = tmp_path / "from-table.png"
    monkeypatch.setattr(view, "ask_save_path", lambda: target)
    assert view.save_chart() == target
    assert target.read_bytes().startswith(b"\x89PNG")


def test_in_table_mode_the_table_is_saved_as_csv_as_shown(
    logged: CareRecord, make_view: ViewMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(logged, days=30)
    assert view.save_button.text() == "&Save chart…"
    view.mode_buttons[TABLE].click()
    assert view.save_button.text() == "&Save table (CSV)…"
    titles = view.table.column_titles()
    pain_column = titles.index("Bone pain")
    view.table.view.sortByColumn(pain_column, Qt.SortOrder.DescendingOrder)  # her own order
    target = tmp_path / "history.csv"
    monkeypatch.setattr(view, "ask_csv_path", lambda: target)

    view.save_button.click()

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with its mark: spreadsheets read accents
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == titles
    assert len(rows) == view.table.row_count() + 1
    shown = [
        [view.table.cell_text(row, column) for column in range(len(titles))]
        for row in range(view.table.row_count())
    ]
    assert [row[1:] for row in rows[1:]] == [row[1:] for row in shown]  # same order, same text
    assert all(dt.date.fromisoformat(row[0]) for row in rows[1:])  # dates a spreadsheet reads
    assert [row[-1] for row in rows[1:]].count(NOTE) == 1  # the note, comma and all
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Saved the table as “history.csv”" in view.status_label.text()


def test_a_table_is_never_written_over_the_record(
    logged: CareRecord, make_view: ViewMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(logged, days=30)
    view.mode_buttons[TABLE].click()
    before = record_files(logged)
    target = tmp_path / "history.csv"
    target.symlink_to(logged.path)  # a "shortcut" to the record, named like a table
    monkeypatch.setattr(view, "ask_csv_path", lambda: target)

    assert view.save_shown() is None

    assert "is your record itself" in view.status_label.text()
    assert view.status_label.text().endswith(" for the table.")
    assert record_files(logged) == before


def test_a_chart_that_cannot_be_written_says_so(
    logged: CareRecord, make_view: ViewMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(logged, days=30)
    target = tmp_path / "no such folder" / "chart.png"
    monkeypatch.setattr(view, "ask_save_path", lambda: target)
    assert view.save_chart() is None
    assert not target.exists()
    assert view.status_label.isVisible()
    assert view.status_label.text() == (
        f"The folder {target.parent} does not exist; please create it first, "
        "or choose another folder for the chart."
    )


def record_files(record: CareRecord) -> dict[Path, bytes]:
    """The record and its backups, byte for byte (SQLite's -shm index changes on every read)."""
    files = [record.path, *record.paths.backups_dir.iterdir()]
    return {path: path.read_bytes() for path in files}


@pytest.mark.parametrize("where", ["a link to the record", "the backups folder"])
def test_save_chart_never_writes_over_the_record_or_its_backups(
    logged: CareRecord,
    make_view: ViewMaker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    logged.backup_now()
    view = make_view(logged, days=30)
    if where == "a link to the record":
        target = tmp_path / "chart.png"
        target.symlink_to(logged.path)  # a "shortcut" to the record, named like a picture
        expected = "“record.mbcrecord” is your record itself; please choose another name"
    else:
        target = logged.paths.backups_dir / "chart.png"
        expected = "is where the app keeps backups of your record; please choose another folder"
    before = record_files(logged)
    names_before = sorted(tmp_path.rglob("*"))
    monkeypatch.setattr(view, "ask_save_path", lambda: target)

    view.save_button.click()

    assert view.status_label.isVisible()
    assert expected in view.status_label.text()
    assert view.status_label.text().endswith(" for the chart.")
    assert record_files(logged) == before
    assert sorted(tmp_path.rglob("*")) == names_before


# -- staying light -------------------------------------------------------------------------------


def test_nothing_is_read_or_drawn_until_the_page_is_shown(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(logged, show=False, days=30)
    view.refresh()
    view.set_period_days(90)
    qtbot.wait(20)
    assert view.data() is None
    assert view.canvas() is None
    with qtbot.wait_signal(view.chart_drawn, timeout=10_000):
        view.show()
    figure = view.figure()

    # Another page saved a day: re-read and redrawn into the same figure, no axes left behind.
    log(logged, TODAY, bone_pain=9)
    redrawn(qtbot, view, view.refresh)
    data = view.data()
    assert data is not None
    assert any(point.day == TODAY for s in data.symptoms for point in s.points)
    chart = view.chart()
    assert chart is not None
    assert view.figure() is figure
    assert len(figure.axes) == len(chart.axes)

    # Hidden: a refresh waits for the page to be shown again.
    view.hide()
    log(logged, TODAY, bone_pain=1)
    view.refresh()
    qtbot.wait(20)
    assert view.data() is data
    redrawn(qtbot, view, view.show)
    assert view.data() is not data

    view.close_chart()
    assert figure.axes == []


def test_importing_the_view_does_not_load_matplotlib() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, mbc_tracker.gui.history_view\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'"
            " or m == 'mbc_tracker.reports.history_chart'))",
        ],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"


# -- the key and the lanes ------------------------------------------------------------------------


def test_the_key_under_the_chart_follows_each_redraw(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(logged, days=30)
    chart = view.chart()
    assert chart is not None
    figure = view.figure()
    assert figure is not None
    # Drawn by Qt, not into the figure: screen readers read them and a redraw skips them.
    assert figure.legends == [] and figure.texts == []
    assert view.canvas().accessibleName() == f"Symptom chart: {chart.title}"
    assert "Daily values" in chart.title
    labels = view.legend.labels()
    assert labels == [entry.label for entry in chart.legend_entries]
    assert labels[:2] == ["Symptom, 0 to 10", "Event: a day it happened"]
    assert "Flag: contact promptly" in labels  # the seizure's ring
    assert view.legend.note.text() == (
        "Each day shows its highest entry. A ring: that day itself raised a flag."
    )
    # Under the chart, not beside it: the lanes keep the width.
    assert view.legend.geometry().top() >= view.chart_frame.geometry().bottom()
    # Each mark is said in words too, for a screen reader or anyone unsure of a colour.
    marks = view.legend.findChildren(QLabel, "legendMark")
    assert marks[0].accessibleName().startswith("a line in the symptom's lane")
    assert marks[0].pixmap() is not None and not marks[0].pixmap().isNull()

    redrawn(qtbot, view, lambda: view.set_period_days(ALL_TIME))
    chart = view.chart()
    assert chart is not None
    assert view.canvas().accessibleName() == f"Symptom chart: {chart.title}"


@pytest.mark.parametrize("size", [(1024, 700), (1280, 860)])
@pytest.mark.parametrize("days", [30, 90, 365, ALL_TIME], ids=["30", "90", "365", "all"])
def test_the_lanes_and_the_key_fit_a_small_window_at_every_period(
    demo: CareRecord, make_view: ViewMaker, qtbot: QtBot, size: tuple[int, int], days: int
) -> None:
    view = make_view(demo, size=size, days=days)
    qtbot.wait(200)  # let the key's lines lay themselves out, and a resize be drawn
    chart = view.chart()
    assert chart is not None and chart.lanes_axes is not None
    assert len(chart.lanes) >= 8  # eight symptoms and the weight, each its own lane
    canvas = view.canvas()
    assert canvas.width() >= 600 and canvas.height() >= 280
    # The chart fills its canvas: the figure is the canvas's size, the lanes reach its foot.
    assert tuple(round(side) for side in view.figure().bbox.size) == (
        canvas.width(),
        canvas.height(),
    )
    assert chart.lanes[-1].bottom == pytest.approx(chart.lanes_axes.get_ylim()[0], abs=0.01)
    # Every lane of a logged symptom is tall enough to read its line (the axes count inches).
    for lane in chart.lanes:
        if lane.kind != "event":
            assert (lane.bottom - lane.top) * 100 >= 14, lane.key
    # The key: every entry shown, inside the page (which scrolls: the chart is as tall as its
    # lanes' least heights need), in at most three lines.
    assert view.legend.isVisible() and view.legend.line_count() <= 3
    page = view._content.rect()
    for label in view.legend.findChildren(QLabel, "legendLabel"):
        top_left = label.mapTo(view._content, label.rect().topLeft())
        assert page.contains(QRect(top_left, label.size())), label.text()
    assert view.info_label.geometry().top() >= view.legend.geometry().bottom()


def test_the_box_of_words_stays_inside_the_chart_at_its_edges(
    demo: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(demo, days=90)
    canvas = view.canvas()
    canvas.setFocus()
    inside = canvas.rect()
    # The last point is at the right edge, and the weight's at the foot of the chart.
    for key in (Qt.Key.Key_End, Qt.Key.Key_Home, Qt.Key.Key_Left):
        qtbot.keyClick(canvas, key)
        assert view.readout.isVisible()
        assert inside.contains(view.readout.geometry()), view.readout.geometry()
        assert view.readout.text() == view._hover_points()[view._point_index].describe()
    chart = view.chart()
    assert chart is not None
    lowest = max(chart.hover_points(), key=lambda info: (info.y, info.x))
    view._show_point(chart.hover_points().index(lowest))
    assert inside.contains(view.readout.geometry())
    # Beside the point, not on it: the ring on the point stays in sight.
    assert not view.readout.geometry().intersects(view._point_cursor.geometry())


def test_a_dark_desktop_draws_the_chart_in_dark_colours(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    from matplotlib.colors import to_hex

    view = make_view(logged, days=30)
    figure = view.figure()
    assert figure is not None
    light_paper = to_hex(figure.get_facecolor())
    assert light_paper == view.palette().color(QPalette.ColorRole.Base).name()
    palette = view.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2d2d30"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    redrawn(qtbot, view, lambda: view.setPalette(palette))
    chart = view.chart()
    assert chart is not None
    assert to_hex(figure.get_facecolor()) == "#1e1e1e"
    assert chart.colours.text == "#e6e6e6"
    assert chart.lanes_axes is not None
    dates = chart.lanes_axes.get_xticklabels()
    assert {to_hex(date.get_color()) for date in dates} == {"#e6e6e6"}
    # The lanes' blue is lighter on the dark ground, and the key's marks are drawn in it.
    assert QColor(chart.colours.line).lightnessF() > 0.55
    key_line = chart.legend_entries[0]
    assert key_line.colour == chart.colours.line


def test_a_treatment_is_read_out_with_the_arrow_keys(
    demo: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(demo, days=30)
    chart = view.chart()
    assert chart is not None
    treatments = [point for point in chart.hover_points() if point.kind == "treatment"]
    assert treatments
    canvas = view.canvas()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    first = chart.hover_points()[0]
    assert first.kind == "treatment"  # begun before the period, so first in date order
    assert first.series in view.info_text()
    assert first.value_text in view.info_text()


def test_the_chart_is_laid_out_for_the_size_it_is_drawn_at_with_its_names_beside_the_lanes(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    """The key under the chart takes room once it is filled; the figure, whose margins are
    worked out in inches, is laid out again for what is left. The lanes' names are painted by
    Qt beside the lanes, whole and inside the canvas, not drawn into the figure."""
    logged.treatments.add(
        Treatment(TreatmentCategory.CHEMOTHERAPY, "Capecitabine", TODAY - dt.timedelta(days=20)),
        today=TODAY,
    )
    view = make_view(logged, days=30)
    figure = view.figure()
    assert figure is not None
    canvas = view.canvas()
    assert tuple(round(side) for side in figure.bbox.size) == (canvas.width(), canvas.height())
    chart = view.chart()
    assert chart is not None and chart.lanes_axes is not None
    assert not [text for text in chart.lanes_axes.texts if text.get_gid() == "treatments-label"]
    placed = view.lane_names.placed()
    shown = [text for _box, text, _muted in placed]
    assert {"Treatments", "Bone pain", "Tiredness (fatigue)", "Seizure (fit)"} <= set(shown)
    plot_left = chart.lanes_axes.get_window_extent().x0 / (figure.dpi / 100)
    for box, text, _muted in placed:
        assert canvas.rect().contains(box), text
        assert box.right() < plot_left, text  # beside the lanes, not over them
    lanes = {lane.label: lane for lane in chart.lanes}
    bone_pain = next(box for box, text, _muted in placed if text == "Bone pain")
    _x, y = chart.lanes_axes.transData.transform((0, lanes["Bone pain"].middle))
    assert abs(bone_pain.center().y() - (canvas.height() - y / (figure.dpi / 100))) <= 2


# -- temperature ---------------------------------------------------------------------------------


def test_a_fever_typed_on_today_shows_on_historys_temperature_lane_ringed(
    open_main_window: Callable[[dt.date], MainWindow], qtbot: QtBot
) -> None:
    from mbc_tracker.reports.history_chart import date_number

    window = open_main_window(TODAY)
    today = window.today_view
    assert today is not None
    qtbot.keyClicks(today.temperature_edit, "38.6")
    with qtbot.waitSignal(today.day_saved, timeout=5_000):
        qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    history = window.history_view
    assert history is not None
    qtbot.wait_until(lambda: history.chart() is not None, timeout=10_000)
    chart = history.chart()
    assert chart is not None
    lane = chart.lane("temperature")
    assert lane.label == "Temperature (°C)"
    assert "Temperature (°C)" in [w.text for w in chart.margin_words]
    (point,) = chart.data.temperature
    assert (point.day, point.value) == (TODAY, 38.6)
    (ring,) = [line for line in chart.flag_marks if line.get_gid() == "flags:promptly"]
    assert list(ring.get_xdata()) == [pytest.approx(date_number(TODAY))]
    assert list(ring.get_ydata()) == [pytest.approx(float(lane.y(38.6)))]
    assert "Flag from 38.0 °C (adjustable)" in history.legend.labels()
    info = next(info for info in chart.hover_points() if info.kind == "temperature")
    assert info.value_text == "38.6 °C" and info.level is FlagLevel.PROMPTLY
    assert "Temperature at 38.6 °C" in info.reason


def test_a_record_without_temperatures_has_no_temperature_lane_or_column(
    logged: CareRecord, make_view: ViewMaker
) -> None:
    view = make_view(logged, days=30)
    chart = view.chart()
    assert chart is not None
    assert "temperature" not in [lane.key for lane in chart.lanes]
    assert not any("adjustable" in label for label in view.legend.labels())
    assert not any(title.startswith("Temperature") for title in view.table.column_titles())


def test_the_table_and_its_csv_have_the_temperature_after_the_weight(
    logged: CareRecord,
    make_view: ViewMaker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fever_day = TODAY - dt.timedelta(days=5)
    logged.daylog.save_day(
        DayLog(day=fever_day, weight=61.5, temperature=38.4, note="Shivery."), today=TODAY
    )
    logged.daylog.save_day(DayLog(day=TODAY - dt.timedelta(days=20), temperature=36.9), today=TODAY)
    view = make_view(logged, days=30)
    view.mode_buttons[TABLE].click()
    titles = view.table.column_titles()
    weight, temperature = titles.index("Weight (kg)"), titles.index("Temperature (°C)")
    assert temperature == weight + 1 and titles[-2:] == ["Flagged", "Note"]
    rows = [row.day for row in reversed(history_rows(view.data()))]  # type: ignore[arg-type]
    fever_row = rows.index(fever_day)
    assert view.table.cell_text(fever_row, temperature) == "38.4"
    assert view.table.cell_text(rows.index(TODAY - dt.timedelta(days=20)), temperature) == "36.9"
    assert "Temperature" in view.table.cell_text(fever_row, titles.index("Flagged"))
    assert view.table.cell_text(rows.index(TODAY - dt.timedelta(days=1)), temperature) == ""
    view.table.view.sortByColumn(temperature, Qt.SortOrder.DescendingOrder)
    assert view.table.cell_text(0, temperature) == "38.4"

    target = tmp_path / "history.csv"
    monkeypatch.setattr(view, "ask_csv_path", lambda: target)
    view.save_button.click()
    written = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    assert written[0][temperature] == "Temperature (°C)"
    assert written[1][temperature] == "38.4"  # sorted as shown: the fever first

    # Grouped by week: the average of the days' highest, and the highest in brackets.
    redrawn_view = make_view(logged, days=365)
    redrawn_view.mode_buttons[TABLE].click()
    column = redrawn_view.table.column_titles().index("Temperature (°C)")
    cells = [
        redrawn_view.table.cell_text(row, column) for row in range(redrawn_view.table.row_count())
    ]
    assert "38.4 (highest 38.4)" in cells


def test_the_table_is_made_only_when_shown_or_read(
    logged: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    """A period change with the chart shown costs the table nothing; the table, once shown,
    holds the period's rows."""
    view = make_view(logged, days=30)
    model = view.table.model
    redrawn(qtbot, view, lambda: view.set_period_days(90))
    assert view.table.model is model  # not made again while hidden
    view.mode_buttons[TABLE].click()
    assert view.table.model is not model
    data = view.data()
    assert data is not None
    assert view.table.model.rowCount() == len(history_rows(data))
