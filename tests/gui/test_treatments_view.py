"""The Treatments screen used as a person would: add, end, validate, delete and undo, reopen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QDialogButtonBox, QToolTip
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Route, StopReason, TreatmentCategory
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.gui.treatment_form import TreatmentForm
from mbc_tracker.gui.treatments_view import TreatmentsView
from mbc_tracker.gui.widgets import ErrorLabel
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import CareRecord, open_record

TODAY = dt.date(2025, 6, 1)
# Typing into the medicine's field opens the suggestions pop-up, which the offscreen platform
# cannot raise or give the keyboard to; that says nothing about this screen.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
Fill = Callable[[TreatmentForm], None]


@pytest.fixture
def view(record: CareRecord, qtbot: QtBot) -> TreatmentsView:
    page = TreatmentsView(record, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return page


def answer_forms_with(
    view: TreatmentsView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, fill: Fill
) -> list[TreatmentForm]:
    """Instead of showing the dialog, fill its widgets and press its Save button."""
    opened: list[TreatmentForm] = []

    def run_form(form: TreatmentForm) -> bool:
        opened.append(form)
        fill(form)
        save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return form.result() == TreatmentForm.DialogCode.Accepted

    monkeypatch.setattr(view, "run_form", run_form)
    return opened


def choose(combo_owner: TreatmentForm, combo_name: str, value: object) -> None:
    combo = getattr(combo_owner, combo_name)
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)


def treatment_filler(
    name: str,
    category: TreatmentCategory | None,
    start: dt.date,
    route: Route | None = Route.ORAL,
    end: dt.date | None = None,
    reason: StopReason | None = None,
) -> Fill:
    def fill(form: TreatmentForm) -> None:
        if category is not None:
            choose(form, "category_combo", category)
        form.name_combo.lineEdit().clear()
        QtBot.keyClicks(form.name_combo.lineEdit(), name)
        choose(form, "route_combo", route)
        form.start_edit.set_date_value(start)
        form.end_edit.set_date_value(end)
        if reason is not None:
            assert form.reason_combo.isEnabled()
            choose(form, "reason_combo", reason)

    return fill


def message_under(form: TreatmentForm, field: object) -> str:
    labels = [label for label in form.findChildren(ErrorLabel) if label.field is field]
    assert len(labels) == 1
    return "" if labels[0].isHidden() else labels[0].text()


def shown(view: TreatmentsView, column: int) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def add(
    view: TreatmentsView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, fill: Fill
) -> TreatmentForm:
    forms = answer_forms_with(view, monkeypatch, qtbot, fill)
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return forms[0]


def add_letrozole_and_palbociclib(
    view: TreatmentsView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    add(
        view,
        monkeypatch,
        qtbot,
        treatment_filler("letrozole", TreatmentCategory.HORMONE_THERAPY, dt.date(2025, 3, 3)),
    )
    add(
        view,
        monkeypatch,
        qtbot,
        treatment_filler("palbociclib", TreatmentCategory.CDK46_INHIBITOR, dt.date(2025, 3, 10)),
    )


def test_an_empty_record_says_calmly_that_nothing_is_recorded(view: TreatmentsView) -> None:
    assert view.now_label.text() == "No current treatments recorded."
    assert view.timeline.bars() == []
    assert view.timeline.accessibleDescription() == "No treatments recorded yet."


def test_overlapping_treatments_are_both_shown_as_current(
    view: TreatmentsView, record: CareRecord, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    add_letrozole_and_palbociclib(view, monkeypatch, qtbot)
    assert view.now_heading.text() == "Now taking:"
    assert view.now_label.text().splitlines() == [
        "• letrozole (hormone therapy, by mouth) since 3 March 2025",
        "• palbociclib (CDK4/6 inhibitor, by mouth) since 10 March 2025",
    ]
    assert shown(view, 0) == ["palbociclib", "letrozole"]  # newest first
    assert shown(view, 4) == ["ongoing", "ongoing"]
    assert [t.name for t in record.treatments.current(TODAY)] == ["letrozole", "palbociclib"]
    assert "Saved the treatment “palbociclib”" in view.status_label.text()


def test_a_name_with_its_own_brackets_gets_no_second_pair(
    view: TreatmentsView, record: CareRecord
) -> None:
    from mbc_tracker.domain.records import Route, Treatment, TreatmentCategory

    denosumab = Treatment(
        TreatmentCategory.OTHER,
        "Denosumab (bone-strengthening injection)",
        dt.date(2025, 3, 2),
        route=Route.INJECTION,
    )
    assert view.sentence(denosumab) == (
        "Denosumab (bone-strengthening injection), other treatment or care, by injection, "
        "since 2 March 2025"
    )


def test_ending_one_with_progression_takes_it_out_of_now_taking(
    view: TreatmentsView, record: CareRecord, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    add_letrozole_and_palbociclib(view, monkeypatch, qtbot)
    view.select(record.treatments.list()[1])

    def end_it(form: TreatmentForm) -> None:
        assert form.name_combo.currentText() == "palbociclib"
        assert not form.reason_combo.isEnabled()  # no end date yet
        form.end_edit.set_date_value(dt.date(2025, 5, 20))
        assert form.reason_combo.isEnabled()
        choose(form, "reason_combo", StopReason.PROGRESSION)

    answer_forms_with(view, monkeypatch, qtbot, end_it)
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert "palbociclib" not in view.now_label.text()
    assert "letrozole" in view.now_label.text()
    assert shown(view, 4) == ["20 May 2025", "ongoing"]
    assert shown(view, 5) == ["Progression", ""]
    ended = record.treatments.list()[1]
    assert (ended.end_date, ended.reason_stopped) == (dt.date(2025, 5, 20), StopReason.PROGRESSION)


def test_an_end_before_the_start_is_explained_next_to_the_end_date_and_nothing_is_saved(
    view: TreatmentsView, record: CareRecord, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    forms = answer_forms_with(
        view,
        monkeypatch,
        qtbot,
        treatment_filler(
            "capecitabine",
            TreatmentCategory.CHEMOTHERAPY,
            dt.date(2025, 3, 3),
            end=dt.date(2025, 2, 1),
        ),
    )
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = forms[0]
    assert message_under(form, form.end_edit) == "The end date is before the start date."
    assert form.end_edit.accessibleDescription() == "The end date is before the start date."
    assert message_under(form, form.start_edit) == ""
    assert form.name_combo.currentText() == "capecitabine"  # what was typed is kept
    assert record.treatments.list() == []
    assert view.model.rowCount() == 0


def test_missing_kind_name_and_start_are_each_explained(
    view: TreatmentsView, record: CareRecord, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def leave_empty(form: TreatmentForm) -> None:
        form.start_edit.set_date_value(None)

    forms = answer_forms_with(view, monkeypatch, qtbot, leave_empty)
    view.add_button.click()
    form = forms[0]
    assert "choose the kind of treatment" in message_under(form, form.category_combo)
    assert "type the medicine or regimen" in message_under(form, form.name_combo)
    assert "date the treatment started" in message_under(form, form.start_edit)
    assert record.treatments.list() == []


def test_a_control_character_in_the_name_is_refused(
    view: TreatmentsView, record: CareRecord, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def fill(form: TreatmentForm) -> None:
        choose(form, "category_combo", TreatmentCategory.OTHER)
        form.name_combo.setEditText("pain\x1brelief")

    forms = answer_forms_with(view, monkeypatch, qtbot, fill)
    view.add_button.click()
    assert "invisible control character" in message_under(forms[0], forms[0].name_combo)
    assert record.treatments.list() == []


def test_a_planned_treatment_says_planned(
    view: TreatmentsView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    add(
        view,
        monkeypatch,
        qtbot,
        treatment_filler("fulvestrant", TreatmentCategory.HORMONE_THERAPY, dt.date(2025, 7, 1)),
    )
    assert shown(view, 3) == ["1 Jul 2025 (planned)"]
    assert shown(view, 4) == ["planned"]
    assert view.now_label.text() == "No current treatments recorded."
    assert "Planned: fulvestrant" in view.planned_label.text()
    (bar,) = view.timeline.bars()
    assert bar.planned and not bar.ongoing


def test_suggestions_include_enhertu_and_choosing_it_proposes_its_kind(
    view: TreatmentsView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def pick_enhertu(form: TreatmentForm) -> None:
        suggestions = [form.name_combo.itemText(i) for i in range(form.name_combo.count())]
        assert "trastuzumab deruxtecan (Enhertu)" in suggestions
        assert form.category_combo.currentData() is None
        form.name_combo.setCurrentIndex(
            form.name_combo.findText("trastuzumab deruxtecan (Enhertu)")
        )
        assert form.category_combo.currentData() == TreatmentCategory.ANTIBODY_DRUG_CONJUGATE
        assert "Antibody-drug conjugates" in form.about_label.text()
        assert "From:" in form.about_label.text()
        choose(form, "route_combo", Route.IV)

    form = add(view, monkeypatch, qtbot, pick_enhertu)
    assert form.saved.category is TreatmentCategory.ANTIBODY_DRUG_CONJUGATE
    assert shown(view, 1) == ["Antibody-drug conjugate (ADC)"]


def test_typing_a_brand_proposes_the_kind_only_while_none_is_chosen(
    record: CareRecord, qtbot: QtBot
) -> None:
    form = TreatmentForm(record, None, TODAY)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.name_combo.lineEdit(), "Enhertu")
    assert form.category_combo.currentData() == TreatmentCategory.ANTIBODY_DRUG_CONJUGATE
    choose(form, "category_combo", TreatmentCategory.OTHER)
    form.name_combo.lineEdit().clear()
    qtbot.keyClicks(form.name_combo.lineEdit(), "Xeloda")
    assert form.category_combo.currentData() == TreatmentCategory.OTHER  # her choice stays
    assert form.route_combo.currentData() == Route.ORAL  # the article says it is taken by mouth
    completions = form.name_combo.completer().model()
    assert completions.rowCount() == len(record.treatments.suggestions())


def test_delete_asks_first_and_ctrl_z_brings_it_back(
    view: TreatmentsView, record: CareRecord, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    add_letrozole_and_palbociclib(view, monkeypatch, qtbot)
    before = record.treatments.list()
    view.select(before[0])
    asked: list[str] = []
    monkeypatch.setattr(view, "ask_confirm_delete", lambda what: asked.append(what) or True)
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == ["the treatment “letrozole” started 3 March 2025"]
    assert shown(view, 0) == ["palbociclib"]
    assert "letrozole" not in view.now_label.text()
    assert len(view.timeline.bars()) == 1

    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert record.treatments.list() == before
    assert view.selected_item() == before[0]
    assert "letrozole" in view.now_label.text()
    assert len(view.timeline.bars()) == 2


def test_everything_is_still_there_after_reopening_the_record(
    view: TreatmentsView,
    record: CareRecord,
    data_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    add_letrozole_and_palbociclib(view, monkeypatch, qtbot)
    add(
        view,
        monkeypatch,
        qtbot,
        treatment_filler(
            "capecitabine",
            TreatmentCategory.CHEMOTHERAPY,
            dt.date(2024, 9, 1),
            end=dt.date(2025, 2, 1),
            reason=StopReason.SIDE_EFFECTS,
        ),
    )
    saved = record.treatments.list()
    summary = view.now_label.text()
    record.close()
    reopened = open_record(record.path, data_paths)
    try:
        again = TreatmentsView(reopened, today=lambda: TODAY)
        qtbot.addWidget(again)
        assert reopened.treatments.list() == saved
        assert again.now_label.text() == summary
        assert [again.model.index(row, 5).data() for row in range(3)] == ["Side effects", "", ""]
    finally:
        reopened.close()


def test_the_timeline_has_one_bar_per_treatment_overlaps_on_their_own_rows(
    view: TreatmentsView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    add_letrozole_and_palbociclib(view, monkeypatch, qtbot)
    add(
        view,
        monkeypatch,
        qtbot,
        treatment_filler(
            "capecitabine",
            TreatmentCategory.CHEMOTHERAPY,
            dt.date(2024, 9, 1),
            end=dt.date(2025, 2, 1),
            reason=StopReason.PROGRESSION,
        ),
    )
    bars = {bar.treatment.name: bar for bar in view.timeline.bars()}
    assert set(bars) == {"capecitabine", "letrozole", "palbociclib"}
    # letrozole and palbociclib overlap, so they get separate rows; capecitabine ended before.
    assert bars["letrozole"].row != bars["palbociclib"].row
    assert bars["capecitabine"].row == bars["letrozole"].row
    assert bars["capecitabine"].rect.right() <= bars["letrozole"].rect.left()
    assert bars["letrozole"].ongoing and not bars["capecitabine"].ongoing
    # An ongoing treatment runs up to today; everything fits in the widget's width.
    assert bars["letrozole"].rect.right() == pytest.approx(bars["palbociclib"].rect.right())
    for bar in bars.values():
        assert 0 <= bar.rect.left() < bar.rect.right() <= view.timeline.width()
        assert bar.label_rect.right() <= view.timeline.width()
    assert "ongoing" in view.timeline.label_text(bars["letrozole"].treatment)
    assert "Chemotherapy" in view.timeline.label_text(bars["capecitabine"].treatment)
    texts = [text for _x, text in view.timeline.ticks()]
    assert texts and all(texts)
    # The page makes room for the third row (the layout catches up on the next event loop turn).
    qtbot.waitUntil(lambda: view.timeline.height() >= view.timeline.sizeHint().height())


def test_hovering_a_bar_shows_its_name_and_dates(
    view: TreatmentsView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    add_letrozole_and_palbociclib(view, monkeypatch, qtbot)
    bar = view.timeline.bars()[0]
    point = bar.rect.center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.timeline.mapToGlobal(point))
    assert view.timeline.event(event)
    assert QToolTip.text() == ("letrozole (Hormone (endocrine) therapy)\n3 March 2025 – ongoing")
    QToolTip.hideText()
    assert view.timeline.describe(bar.treatment) in view.timeline.accessibleDescription()


def test_the_form_is_reached_field_by_field_with_tab(record: CareRecord, qtbot: QtBot) -> None:
    form = TreatmentForm(record, None, TODAY)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(form.category_combo.hasFocus)
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    visited = [form.category_combo]
    for _ in range(20):  # Tab also steps through a date's day, month and year
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        if form.focusWidget() is not visited[-1]:
            visited.append(form.focusWidget())
        if visited[-1] is save:
            break
    # The reason is skipped while there is no end date; the notes pass Tab on.
    assert visited == [
        form.category_combo,
        form.name_combo,
        form.route_combo,
        form.start_edit,
        form.end_edit,
        form.notes_edit,
        form.schedule.kind_combo,  # with no schedule, its other fields are hidden
        save,
    ]
    for widget in (
        form.category_combo,
        form.name_combo,
        form.route_combo,
        form.start_edit,
        form.end_edit,
        form.reason_combo,
        form.notes_edit,
    ):
        assert widget.accessibleName()


def test_an_unexpected_failure_keeps_the_form_open_reports_once_and_broadcasts_nothing(
    view: TreatmentsView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, record: CareRecord
) -> None:
    heard: list[object] = []
    runner_for(record).changed.connect(heard.append)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(record.treatments, "add", broken)
    forms = answer_forms_with(
        view,
        monkeypatch,
        qtbot,
        treatment_filler("Letrozole", TreatmentCategory.HORMONE_THERAPY, TODAY),
    )
    with qtbot.capture_exceptions() as reported:
        qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [type(error) for _kind, error, _trace in reported] == [RuntimeError]
    (form,) = forms
    assert form.result() != TreatmentForm.DialogCode.Accepted  # still open, still filled in
    assert form.name_combo.currentText() == "Letrozole"
    assert heard == [] and record.treatments.list() == []
