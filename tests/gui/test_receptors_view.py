"""The Receptor results screen, used as a person would: add, read, edit, validate, delete, undo."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Hashable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Her2Ihc, IshResult, SampleKind
from mbc_tracker.gui.receptor_form import OTHER_SITE, ChoiceCombo, ReceptorForm
from mbc_tracker.gui.receptors_view import ReceptorsView
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import CareRecord, open_record

TODAY = dt.date(2026, 5, 20)
FIRST_DAY = dt.date(2019, 5, 3)
LIVER_DAY = dt.date(2026, 2, 10)

FormStep = Callable[[ReceptorForm], None]


def make_view(qtbot: QtBot, record: CareRecord) -> ReceptorsView:
    view = ReceptorsView(record, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1040, 700)
    view.show()
    return view


@pytest.fixture
def view(qtbot: QtBot, record: CareRecord) -> ReceptorsView:
    return make_view(qtbot, record)


@pytest.fixture
def forms(
    view: ReceptorsView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[FormStep]]:
    """Steps that fill the next form the page opens (instead of a modal exec())."""
    steps: list[FormStep] = []

    def run_form(form: ReceptorForm) -> bool:
        qtbot.addWidget(form)
        form.show()
        steps.pop(0)(form)
        return form.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(view, "run_form", run_form)
    yield steps
    assert steps == [], "a form the test expected was never opened"


def choose(combo: ChoiceCombo, data: Hashable) -> None:
    index = combo.index_of(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def click_save(qtbot: QtBot, form: ReceptorForm) -> None:
    button = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert isinstance(button, QAbstractButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(
    qtbot: QtBot,
    form: ReceptorForm,
    day: dt.date | None,
    er: str,
    pr: str,
    ihc: Her2Ihc | None,
    sample: tuple[SampleKind, str] = (SampleKind.PRIMARY, ""),
) -> None:
    form.date_edit.set_date_value(day)
    choose(form.sample_combo, sample)
    type_into(qtbot, form.er_edit, er)
    type_into(qtbot, form.pr_edit, pr)
    choose(form.ihc_combo, ihc)


def primary_test(qtbot: QtBot) -> FormStep:
    def step(form: ReceptorForm) -> None:
        fill(qtbot, form, FIRST_DAY, "90", "40", Her2Ihc.ONE_PLUS)
        click_save(qtbot, form)

    return step


def liver_biopsy(qtbot: QtBot) -> FormStep:
    def step(form: ReceptorForm) -> None:
        fill(
            qtbot,
            form,
            LIVER_DAY,
            "0",
            "0",
            Her2Ihc.THREE_PLUS,
            sample=(SampleKind.METASTATIC, "liver"),
        )
        click_save(qtbot, form)

    return step


def add_with_ctrl_n(view: ReceptorsView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def column_texts(view: ReceptorsView, column: int) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def test_a_primary_test_reads_hr_positive_her2_low_with_its_sources(
    view: ReceptorsView, qtbot: QtBot, forms: list[FormStep], record: CareRecord
) -> None:
    assert "No receptor results yet" in view.detail.text()
    forms.append(primary_test(qtbot))
    add_with_ctrl_n(view, qtbot)

    assert column_texts(view, 0) == ["3 May 2019"]
    assert column_texts(view, 1) == ["Primary tumour"]
    assert column_texts(view, 5) == ["HR-positive, HER2-negative"]
    assert "Saved the test of 3 May 2019" in view.status_label.text()

    badges = [badge.text() for badge in view.detail.badge_labels]
    assert badges == [
        "ER positive (90%)",
        "PR positive (40%)",
        "Hormone receptor positive",
        "HER2-low",
    ]
    assert view.detail.subtype_label is not None
    assert view.detail.subtype_label.text() == "HR-positive, HER2-negative"
    subtype = record.knowledge.receptors.subtypes["hr_positive_her2_negative"]
    assert view.detail.response_label is not None
    assert subtype.response() in view.detail.response_label.text()
    assert view.detail.response_label.text().startswith("In general, the articles say: ")

    # Each explanation exactly as the knowledge file words it, with its articles named.
    readings = record.knowledge.receptors.readings
    shown = [label.text() for label in view.detail.explanation_labels]
    expected_ids = ["er_positive", "pr_positive", "hr_positive", "her2_low"]
    assert shown == [readings[reading_id].text() for reading_id in expected_ids]
    pane = view.detail.text()
    assert "HER2-low" in pane
    for source_id in readings["her2_low"].source_ids + subtype.source_ids:
        assert record.knowledge.sources[source_id].citation() in pane
    assert "Guideline:" not in pane  # 90% and 40% are not "low positive"
    assert "reads differently" not in pane


def test_a_low_positive_result_names_the_guideline(
    view: ReceptorsView, qtbot: QtBot, forms: list[FormStep], record: CareRecord
) -> None:
    def step(form: ReceptorForm) -> None:
        fill(qtbot, form, FIRST_DAY, "5", "", None)
        click_save(qtbot, form)

    forms.append(step)
    add_with_ctrl_n(view, qtbot)
    pane = view.detail.text()
    guideline = record.knowledge.receptors.readings["er_low"].guideline
    assert guideline is not None
    assert f"Guideline: {guideline.name}" in pane
    badges = [badge.text() for badge in view.detail.badge_labels]
    assert badges == [
        "ER positive (5%)",
        "PR unknown (not given)",
        "Hormone receptor positive",
        "HER2 unknown (not given)",
    ]
    assert view.detail.subtype_label is not None
    assert view.detail.subtype_label.text() == "Unknown"
    assert column_texts(view, 3) == ["Not given"]
    assert column_texts(view, 4) == ["Not given"]


def test_ihc_3_plus_with_a_negative_ish_reads_her2_positive_and_asks_the_care_team(
    view: ReceptorsView, qtbot: QtBot, forms: list[FormStep], record: CareRecord
) -> None:
    def step(form: ReceptorForm) -> None:
        fill(qtbot, form, FIRST_DAY, "80", "20", Her2Ihc.THREE_PLUS)
        choose(form.ish_combo, IshResult.NOT_AMPLIFIED)
        click_save(qtbot, form)

    forms.append(step)
    add_with_ctrl_n(view, qtbot)
    badges = [badge.text() for badge in view.detail.badge_labels]
    assert badges[3] == "HER2-positive"
    assert view.detail.subtype_label is not None
    assert view.detail.subtype_label.text() == "HR-positive, HER2-positive"
    readings = record.knowledge.receptors.readings
    shown = [label.text() for label in view.detail.explanation_labels]
    assert shown[-2:] == [
        readings["her2_positive_ihc"].text(),
        readings["her2_ihc_positive_ish_negative"].text(),
    ]
    pane = view.detail.text()
    assert "point different ways" in pane and "ask your care team" in pane
    assert column_texts(view, 5) == ["HR-positive, HER2-positive"]


def test_a_later_liver_biopsy_that_reads_differently_is_pointed_out(
    view: ReceptorsView, qtbot: QtBot, forms: list[FormStep], record: CareRecord
) -> None:
    forms.extend([primary_test(qtbot), liver_biopsy(qtbot)])
    add_with_ctrl_n(view, qtbot)
    add_with_ctrl_n(view, qtbot)

    assert column_texts(view, 1) == ["Metastatic: liver", "Primary tumour"]  # newest first
    assert column_texts(view, 5) == ["HR-negative, HER2-positive", "HR-positive, HER2-negative"]
    assert column_texts(view, 6) == ["◆ ER, PR, HER2", "◆ ER, PR, HER2"]  # marked in the list

    selected = view.selected_item()
    assert selected is not None and selected.sample_site == "liver"
    expected = [disagreement.text() for disagreement in record.receptors.disagreements()]
    assert len(expected) == 3
    assert [label.text() for label in view.detail.disagreement_labels] == expected
    assert all(label.isVisible() for label in view.detail.disagreement_labels)
    pane = view.detail.text()
    assert "This test reads differently from another one" in pane
    assert "ask your care team" in pane
    assert "HER2-low then positive" in pane

    # The first test is part of the same disagreements, so it shows the note too.
    view.select(record.receptors.list()[0])
    assert [label.text() for label in view.detail.disagreement_labels] == expected


def test_editing_a_test_changes_its_reading(
    view: ReceptorsView, qtbot: QtBot, forms: list[FormStep]
) -> None:
    forms.append(primary_test(qtbot))
    add_with_ctrl_n(view, qtbot)

    def edit(form: ReceptorForm) -> None:
        assert form.er_edit.text() == "90"  # the stored values are filled in
        assert form.ihc_combo.value() is Her2Ihc.ONE_PLUS
        type_into(qtbot, form.pr_edit, "")
        choose(form.ihc_combo, Her2Ihc.THREE_PLUS)
        qtbot.keyClicks(form.notes_edit, "Checked against the report.")
        click_save(qtbot, form)

    forms.append(edit)
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert column_texts(view, 3) == ["Not given"]
    assert column_texts(view, 5) == ["HR-positive, HER2-positive"]
    badges = [badge.text() for badge in view.detail.badge_labels]
    assert badges[1:] == ["PR unknown (not given)", "Hormone receptor positive", "HER2-positive"]
    assert "Checked against the report." in view.detail.text()


def test_problems_show_next_to_their_fields_and_nothing_is_saved(
    view: ReceptorsView, qtbot: QtBot, forms: list[FormStep], record: CareRecord
) -> None:
    def step(form: ReceptorForm) -> None:
        click_save(qtbot, form)  # nothing filled in: the date is required
        assert form.isVisible()
        assert "choose the date" in form._errors["test_date"].text()
        assert form._errors["test_date"].isVisible()

        fill(qtbot, form, TODAY + dt.timedelta(days=1), "101", "abc", Her2Ihc.ZERO)
        click_save(qtbot, form)
        assert form.isVisible()
        assert "in the future" in form._errors["test_date"].text()
        assert "from 0 to 100" in form._errors["er_percent"].text()
        assert "type a number" in form._errors["pr_percent"].text()
        assert form._errors["pr_percent"].isVisible()
        assert form.er_edit.text() == "101"  # what was typed is kept
        assert record.receptors.list() == []

        choose(form.sample_combo, (SampleKind.METASTATIC, OTHER_SITE))
        fill(qtbot, form, TODAY, "100", "0", Her2Ihc.ZERO, (SampleKind.METASTATIC, OTHER_SITE))
        click_save(qtbot, form)
        assert "where the sample was taken" in form._errors["sample_site"].text()
        assert not form._errors["er_percent"].isVisible()
        assert record.receptors.list() == []

        qtbot.keyClicks(form.site_edit, "pleura")
        click_save(qtbot, form)

    forms.append(step)
    add_with_ctrl_n(view, qtbot)
    (saved,) = record.receptors.list()
    assert (saved.sample_site, saved.er_percent, saved.pr_percent) == ("pleura", 100.0, 0.0)
    assert column_texts(view, 1) == ["Metastatic: pleura"]


def test_cancel_saves_nothing(view: ReceptorsView, qtbot: QtBot, forms: list[FormStep]) -> None:
    def step(form: ReceptorForm) -> None:
        fill(qtbot, form, FIRST_DAY, "90", "40", Her2Ihc.ONE_PLUS)
        form.buttons.rejected.emit()

    forms.append(step)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 0


def test_delete_asks_then_ctrl_z_brings_the_test_back(
    view: ReceptorsView,
    qtbot: QtBot,
    forms: list[FormStep],
    record: CareRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forms.extend([primary_test(qtbot), liver_biopsy(qtbot)])
    add_with_ctrl_n(view, qtbot)
    add_with_ctrl_n(view, qtbot)
    before = record.receptors.list()
    view.select(before[1])
    asked: list[str] = []
    monkeypatch.setattr(view, "ask_confirm_delete", lambda what: asked.append(what) or True)
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == ["the test of 10 February 2026 (Metastatic: liver)"]
    assert record.receptors.list() == before[:1]
    assert column_texts(view, 6) == [""]  # nothing left to disagree with

    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert record.receptors.list() == before  # the same tests, the same ids
    assert view.selected_item() == before[1]
    assert len(view.detail.disagreement_labels) == 3
    assert "Brought back" in view.status_label.text()


def test_tests_survive_closing_and_reopening_the_record(
    view: ReceptorsView,
    qtbot: QtBot,
    forms: list[FormStep],
    record: CareRecord,
    data_paths: DataPaths,
) -> None:
    forms.extend([primary_test(qtbot), liver_biopsy(qtbot)])
    add_with_ctrl_n(view, qtbot)
    add_with_ctrl_n(view, qtbot)
    stored = record.receptors.list()
    view.close()
    record.close()

    reopened = open_record(data_paths.default_record, data_paths)
    try:
        again = make_view(qtbot, reopened)
        assert reopened.receptors.list() == stored
        assert column_texts(again, 0) == ["10 Feb 2026", "3 May 2019"]  # newest first
        assert column_texts(again, 6) == ["◆ ER, PR, HER2", "◆ ER, PR, HER2"]
        again.select(stored[0])
        assert [badge.text() for badge in again.detail.badge_labels][-1] == "HER2-low"
        again.close()
    finally:
        reopened.close()


def test_a_stored_site_of_her_own_opens_as_another_place(
    view: ReceptorsView, qtbot: QtBot, forms: list[FormStep], record: CareRecord
) -> None:
    def step(form: ReceptorForm) -> None:
        choose(form.sample_combo, (SampleKind.METASTATIC, OTHER_SITE))
        form.date_edit.set_date_value(LIVER_DAY)
        qtbot.keyClicks(form.site_edit, "bone (right hip)")
        click_save(qtbot, form)

    def check(form: ReceptorForm) -> None:
        assert form.sample_combo.value() == (SampleKind.METASTATIC, OTHER_SITE)
        assert form.site_edit.text() == "bone (right hip)"
        assert form.site_edit.isEnabled()
        choose(form.sample_combo, (SampleKind.METASTATIC, "bone"))
        assert not form.site_edit.isEnabled()
        click_save(qtbot, form)

    forms.extend([step, check])
    add_with_ctrl_n(view, qtbot)
    with qtbot.waitSignal(view.items_changed):
        view.edit_button.click()
    assert record.receptors.list()[0].sample_site == "bone"


def test_every_form_control_has_an_accessible_name_in_a_sensible_tab_order(
    view: ReceptorsView, record: CareRecord, qtbot: QtBot
) -> None:
    form = ReceptorForm(record.receptors, None, today=lambda: TODAY, parent=view)
    qtbot.addWidget(form)
    controls: list[QWidget] = [
        form.date_edit,
        form.sample_combo,
        form.site_edit,
        form.er_edit,
        form.pr_edit,
        form.ihc_combo,
        form.ish_combo,
        form.brca1_combo,
        form.brca2_combo,
        form.pdl1_combo,
        form.trop2_combo,
        form.notes_edit,
    ]
    assert all(control.accessibleName() for control in controls)
    for before, after in itertools.pairwise(controls):
        assert before.nextInFocusChain() is not None
        chain = before
        for _step in range(6):  # inner widgets (a date edit's line edit) may come between
            chain = chain.nextInFocusChain()
            if chain is after:
                break
        else:
            pytest.fail(f"{after.accessibleName()} does not follow {before.accessibleName()}")
    assert isinstance(form.notes_edit, QPlainTextEdit) and form.notes_edit.tabChangesFocus()
    for control in (view.table, view.detail, view.filter_edit):
        assert control.accessibleName()


def test_the_list_model_passes_qts_checks(
    view: ReceptorsView, qtbot: QtBot, forms: list[FormStep], qtmodeltester: Any
) -> None:
    forms.extend([primary_test(qtbot), liver_biopsy(qtbot)])
    add_with_ctrl_n(view, qtbot)
    add_with_ctrl_n(view, qtbot)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_sorting_by_date_and_filtering(
    view: ReceptorsView, qtbot: QtBot, forms: list[FormStep]
) -> None:
    forms.extend([liver_biopsy(qtbot), primary_test(qtbot)])
    add_with_ctrl_n(view, qtbot)
    add_with_ctrl_n(view, qtbot)
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert column_texts(view, 0) == ["10 Feb 2026", "3 May 2019"]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column_texts(view, 0) == ["3 May 2019", "10 Feb 2026"]
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.filter_edit, "liver")
    assert column_texts(view, 1) == ["Metastatic: liver"]
