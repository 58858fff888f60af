"""The Profile screen used as a person would: fill in her details and save them, be told next to
the field what is wrong, keep unsaved changes while looking elsewhere, and keep a care team
(add, change, delete, undo, find), all of it still there after closing and reopening the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QDialogButtonBox,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import (
    CareTeamContact,
    PaperSize,
    Person,
    Presentation,
    TemperatureUnit,
    WeightUnit,
)
from mbc_tracker.gui.care_team_page import ContactForm
from mbc_tracker.gui.profile_view import ProfileView
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import CareRecord, open_record

TODAY = dt.date(2024, 5, 14)


@pytest.fixture
def make_view(qtbot: QtBot) -> Callable[[CareRecord], ProfileView]:
    def make(record: CareRecord) -> ProfileView:
        view = ProfileView(record, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1040, 780)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


@pytest.fixture
def view(record: CareRecord, make_view: Callable[[CareRecord], ProfileView]) -> ProfileView:
    return make_view(record)


@pytest.fixture
def reopen(data_paths: DataPaths) -> Iterator[Callable[[CareRecord], CareRecord]]:
    """Close a record and open its file again; the reopened records are closed afterwards."""
    opened: list[CareRecord] = []

    def do_reopen(record: CareRecord) -> CareRecord:
        record.close()
        again = open_record(record.path, data_paths)
        opened.append(again)
        return again

    yield do_reopen
    for record in opened:
        record.close()


def click(qtbot: QtBot, button: QWidget) -> None:
    if isinstance(button, QCheckBox | QRadioButton):
        # On the box itself: a check box may be wider than its words.
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    field.selectAll()  # type: ignore[attr-defined]  # a line edit
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)


def shown_problem(view: ProfileView, key: str) -> str:
    error = view._errors[key]
    return error.text() if error.isVisible() else ""


# -- the person's details ------------------------------------------------------------------------


def test_the_saved_details_are_shown(view: ProfileView) -> None:
    assert view.name_edit.text() == "Ann Example"
    assert view.birth_edit.text() == "Not given"
    assert view.presentation_buttons[None].isChecked()
    assert not view.first_edit.isEnabled()
    assert view.paper_box.currentText() == "As the computer’s region"
    assert not view.has_unsaved_changes()


def test_everything_typed_and_chosen_is_saved_and_survives_reopening(
    view: ProfileView,
    record: CareRecord,
    qtbot: QtBot,
    reopen: Callable[[CareRecord], CareRecord],
    make_view: Callable[[CareRecord], ProfileView],
) -> None:
    retype(qtbot, view.name_edit, "Ann Marie Example")
    view.birth_edit.set_date_value(dt.date(1970, 2, 3))
    view.metastatic_edit.set_date_value(dt.date(2022, 9, 1))
    click(qtbot, view.presentation_buttons[Presentation.RECURRENCE])
    assert view.first_edit.isEnabled()
    view.first_edit.set_date_value(dt.date(2015, 6, 20))
    click(qtbot, view.bone_check)
    click(qtbot, view.liver_check)
    qtbot.keyClicks(view.other_edit, "lymph nodes")
    view.weight_box.setCurrentIndex(view.weight_box.findText("lb"))
    view.temperature_box.setCurrentIndex(view.temperature_box.findText("°F"))
    view.paper_box.setCurrentIndex(view.paper_box.findText("Letter"))
    assert view.has_unsaved_changes()
    assert "not saved yet" in view.status_label.text()

    with qtbot.waitSignal(view.person_saved) as saved:
        click(qtbot, view.save_button)

    expected = Person(
        name="Ann Marie Example",
        date_of_birth=dt.date(1970, 2, 3),
        metastatic_diagnosis_date=dt.date(2022, 9, 1),
        presentation=Presentation.RECURRENCE,
        first_diagnosis_date=dt.date(2015, 6, 20),
        spread_bone=True,
        spread_liver=True,
        spread_other="lymph nodes",
        weight_unit=WeightUnit.LB,
        temperature_unit=TemperatureUnit.FAHRENHEIT,
        paper_size=PaperSize.LETTER,
    )
    assert saved.args == [expected]
    assert view.status_label.text().startswith("✓ Profile saved at")
    assert not view.has_unsaved_changes()

    reopened = reopen(record)
    assert reopened.person.get() == expected
    again = make_view(reopened)
    assert again.person() == expected
    assert again.birth_edit.text() == "3 February 1970"
    assert again.presentation_buttons[Presentation.RECURRENCE].isChecked()
    assert again.bone_check.isChecked() and again.liver_check.isChecked()
    assert not again.lung_check.isChecked()
    assert again.paper_box.currentText() == "Letter"


def test_an_empty_name_is_refused_next_to_the_field(
    view: ProfileView, record: CareRecord, qtbot: QtBot
) -> None:
    retype(qtbot, view.name_edit, "   ")
    with qtbot.assertNotEmitted(view.person_saved):
        click(qtbot, view.save_button)
    assert shown_problem(view, "name") == "Please type the name of the person this record is for."
    assert view._errors["name"].parentWidget() is view.name_edit.parentWidget()
    assert view.name_edit.hasFocus()
    assert "Nothing was saved" in view.status_label.text()
    assert record.person.get() == Person(name="Ann Example")


def test_dates_in_the_future_are_refused(
    view: ProfileView, record: CareRecord, qtbot: QtBot
) -> None:
    view.birth_edit.set_date_value(TODAY + dt.timedelta(days=1))
    view.metastatic_edit.set_date_value(dt.date(2030, 1, 1))
    click(qtbot, view.save_button)
    assert shown_problem(view, "date_of_birth") == "This date is in the future."
    assert shown_problem(view, "metastatic_diagnosis_date") == "This date is in the future."
    assert record.person.get() == Person(name="Ann Example")


def test_a_metastatic_diagnosis_before_birth_is_refused(
    view: ProfileView, record: CareRecord, qtbot: QtBot
) -> None:
    view.birth_edit.set_date_value(dt.date(1970, 2, 3))
    view.metastatic_edit.set_date_value(dt.date(1969, 1, 1))
    click(qtbot, view.save_button)
    assert shown_problem(view, "metastatic_diagnosis_date") == (
        "This date is before the date of birth."
    )
    assert shown_problem(view, "date_of_birth") == ""
    assert record.person.get() == Person(name="Ann Example")


def test_a_first_diagnosis_after_the_metastatic_one_is_refused_then_fixed(
    view: ProfileView, record: CareRecord, qtbot: QtBot
) -> None:
    view.metastatic_edit.set_date_value(dt.date(2020, 1, 1))
    click(qtbot, view.presentation_buttons[Presentation.RECURRENCE])
    view.first_edit.set_date_value(dt.date(2021, 1, 1))
    click(qtbot, view.save_button)
    assert "after the metastatic diagnosis" in shown_problem(view, "first_diagnosis_date")
    assert view.first_edit.hasFocus()
    assert record.person.get() == Person(name="Ann Example")

    view.first_edit.set_date_value(dt.date(2012, 1, 1))
    with qtbot.waitSignal(view.person_saved):
        click(qtbot, view.save_button)
    assert shown_problem(view, "first_diagnosis_date") == ""
    saved = record.person.get()
    assert saved is not None
    assert saved.first_diagnosis_date == dt.date(2012, 1, 1)


def test_the_first_diagnosis_date_belongs_to_a_recurrence_only(
    view: ProfileView, record: CareRecord, qtbot: QtBot
) -> None:
    click(qtbot, view.presentation_buttons[Presentation.RECURRENCE])
    view.first_edit.set_date_value(dt.date(2012, 1, 1))
    click(qtbot, view.presentation_buttons[Presentation.DE_NOVO])
    assert not view.first_edit.isEnabled()
    click(qtbot, view.save_button)
    saved = record.person.get()
    assert saved is not None
    assert saved.presentation is Presentation.DE_NOVO
    assert saved.first_diagnosis_date is None


def test_ctrl_s_saves_while_the_profile_has_focus(
    view: ProfileView, record: CareRecord, qtbot: QtBot
) -> None:
    click(qtbot, view.lung_check)
    with qtbot.waitSignal(view.person_saved):
        qtbot.keyClick(view.lung_check, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = record.person.get()
    assert saved is not None and saved.spread_lung
    assert "saved" in view.status_label.text()


def test_unsaved_changes_stay_while_looking_elsewhere_and_can_be_saved_later(
    view: ProfileView, record: CareRecord, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(view.unsaved_changed) as changed:
        qtbot.keyClicks(view.other_edit, "skin")
    assert changed.args == [True]
    view.hide()
    view.reload()  # what the window does when the page is shown again
    view.show()
    assert view.other_edit.text() == "skin"
    assert view.has_unsaved_changes()

    # Typing the change away again is not a change.
    with qtbot.waitSignal(view.unsaved_changed) as changed:
        retype(qtbot, view.other_edit, "")
    assert changed.args == [False]
    assert view.status_label.text() == ""

    qtbot.keyClicks(view.other_edit, "skin")
    click(qtbot, view.save_button)
    saved = record.person.get()
    assert saved is not None and saved.spread_other == "skin"


def test_reload_shows_what_another_screen_saved_when_nothing_is_pending(
    view: ProfileView, record: CareRecord
) -> None:
    record.person.save(Person(name="Ann Example", weight_unit=WeightUnit.LB), today=TODAY)
    view.reload()
    assert view.weight_box.currentText() == "lb"
    assert not view.has_unsaved_changes()


def test_every_control_has_an_accessible_name(view: ProfileView) -> None:
    def needs_a_name(widget: QWidget) -> bool:
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(view):
            return False
        if isinstance(widget, QAbstractButton) and widget.text():
            return False  # Qt reads a button's own words out as its name
        # Qt's own parts (the line edit inside a date field) are named by their owner.
        return not widget.objectName().startswith("qt_") and not isinstance(
            widget, QAbstractScrollArea
        )

    unnamed = [
        f"{widget.metaObject().className()} {widget.objectName()!r}"
        for widget in view.findChildren(QWidget)
        if needs_a_name(widget) and not widget.accessibleName()
    ]
    assert unnamed == []
    assert view.care_team_page.table.accessibleName() == "Care team"


# -- the care team -------------------------------------------------------------------------------


def fill_and_save(qtbot: QtBot, form: ContactForm, **fields: str) -> None:
    for name, text in fields.items():
        field = getattr(form, f"{name}_edit")
        if name == "notes":
            field.setPlainText(text)
        else:
            retype(qtbot, field, text)
    click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))


@pytest.fixture
def run_form(view: ProfileView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Replace the modal dialog: each queued step fills the shown form and presses Save."""
    steps: list[Callable[[ContactForm], None]] = []

    def fake_run(form: ContactForm) -> bool:
        form.show()
        qtbot.waitExposed(form)
        while steps and not form.result():
            steps.pop(0)(form)
        shown_result = bool(form.result())
        form.hide()
        return shown_result

    monkeypatch.setattr(view.care_team_page, "run_form", fake_run)
    return steps


def shown_names(view: ProfileView) -> list[str]:
    proxy = view.care_team_page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_a_contact_is_added_with_ctrl_n_and_survives_reopening(
    view: ProfileView,
    record: CareRecord,
    qtbot: QtBot,
    run_form: list[Any],
    reopen: Callable[[CareRecord], CareRecord],
    make_view: Callable[[CareRecord], ProfileView],
) -> None:
    run_form.append(
        lambda form: fill_and_save(
            qtbot,
            form,
            name="Sam Okafor",
            role="Breast care nurse",
            phone="01632 960102",
            email="sam@example.org",
            notes="Call between visits.\nAsk for Sam.",
        )
    )
    view.name_edit.setFocus()  # Ctrl+N works from the details too
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(view.name_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    page = view.care_team_page
    assert shown_names(view) == ["Sam Okafor"]
    assert page.status_label.text() == "Saved the contact “Sam Okafor”."
    assert "Ask for Sam." in page.details.text()
    expected = (
        CareTeamContact(
            "Sam Okafor",
            "Breast care nurse",
            "01632 960102",
            "sam@example.org",
            "Call between visits.\nAsk for Sam.",
            id=record.care_team.list()[0].id,
        ),
    )
    assert record.care_team.list() == expected

    reopened = reopen(record)
    assert reopened.care_team.list() == expected
    assert shown_names(make_view(reopened)) == ["Sam Okafor"]


def test_a_missing_name_and_a_bad_email_are_shown_in_the_form_and_nothing_is_saved(
    view: ProfileView, record: CareRecord, qtbot: QtBot, run_form: list[Any]
) -> None:
    seen: dict[str, str] = {}

    def first_try(form: ContactForm) -> None:
        fill_and_save(qtbot, form, role="GP", email="tom at example.org")
        seen["name"] = form._errors["name"].text() if form._errors["name"].isVisible() else ""
        seen["email"] = form._errors["email"].text() if form._errors["email"].isVisible() else ""
        seen["focus"] = "name" if form.focusWidget() is form.name_edit else "elsewhere"
        seen["role kept"] = form.role_edit.text()
        assert record.care_team.list() == ()

    run_form.append(first_try)
    run_form.append(
        lambda form: fill_and_save(qtbot, form, name="Dr Tom Berg", email="tom@example.org")
    )
    click(qtbot, view.care_team_page.add_button)

    assert seen == {
        "name": "Please type a name, for example “Dr Lee” or “Breast care nurse”.",
        "email": (
            "This does not look like an email address (such as name@example.org). "
            "Please check it, or leave it empty."
        ),
        "focus": "name",
        "role kept": "GP",
    }
    assert [(c.name, c.role, c.email) for c in record.care_team.list()] == [
        ("Dr Tom Berg", "GP", "tom@example.org")
    ]


def test_cancelling_the_form_saves_nothing(
    view: ProfileView, record: CareRecord, qtbot: QtBot, run_form: list[Any]
) -> None:
    def type_then_cancel(form: ContactForm) -> None:
        qtbot.keyClicks(form.name_edit, "Dr Lee")
        form.reject()

    run_form.append(type_then_cancel)
    with qtbot.assertNotEmitted(view.items_changed):
        click(qtbot, view.care_team_page.add_button)
    assert record.care_team.list() == ()


def test_a_contact_is_changed_with_enter(
    view: ProfileView, record: CareRecord, qtbot: QtBot, run_form: list[Any]
) -> None:
    record.care_team.add(CareTeamContact("Dr Lena Hart", "Oncologist", "01632 960101"))
    page = view.care_team_page
    page.refresh()
    page.table.setFocus()
    page.select(record.care_team.list()[0])
    assert "Oncologist" in page.details.text()

    def change(form: ContactForm) -> None:
        assert form.name_edit.text() == "Dr Lena Hart"
        fill_and_save(qtbot, form, role="Medical oncologist")

    run_form.append(change)
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert [(c.name, c.role) for c in record.care_team.list()] == [
        ("Dr Lena Hart", "Medical oncologist")
    ]
    assert page.selected_item().role == "Medical oncologist"


def test_delete_asks_first_and_undo_brings_the_contact_back_after_reopening_too(
    view: ProfileView,
    record: CareRecord,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    reopen: Callable[[CareRecord], CareRecord],
) -> None:
    nurse = record.care_team.add(CareTeamContact("Sam Okafor", notes="Nurse.\nMondays."))
    oncologist = record.care_team.add(CareTeamContact("Dr Lena Hart"))
    page = view.care_team_page
    page.refresh()
    page.table.setFocus()
    page.select(nurse)

    monkeypatch.setattr(page, "ask_confirm_delete", lambda _what: False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert record.care_team.list() == (nurse, oncologist)

    asked: list[str] = []
    monkeypatch.setattr(page, "ask_confirm_delete", lambda what: asked.append(what) or True)
    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == ["the contact “Sam Okafor”"]
    assert shown_names(view) == ["Dr Lena Hart"]
    assert record.care_team.list() == (oncologist,)

    with qtbot.waitSignal(view.items_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert record.care_team.list() == (nurse, oncologist)
    assert page.selected_item() == nurse
    assert reopen(record).care_team.list() == (nurse, oncologist)


def test_the_filter_finds_contacts_by_any_column(
    view: ProfileView, record: CareRecord, qtbot: QtBot
) -> None:
    record.care_team.add(CareTeamContact("Sam Okafor", "Breast care nurse"))
    record.care_team.add(CareTeamContact("Dr Lena Hart", "Oncologist", email="lena@example.org"))
    view.care_team_page.refresh()
    assert shown_names(view) == ["Sam Okafor", "Dr Lena Hart"]  # the order they were added

    view.name_edit.setFocus()
    qtbot.keyClick(view.name_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.care_team_page.filter_edit.hasFocus()
    qtbot.keyClicks(view.care_team_page.filter_edit, "NURSE")
    assert shown_names(view) == ["Sam Okafor"]
    view.care_team_page.filter_edit.clear()
    qtbot.keyClicks(view.care_team_page.filter_edit, "lena@")
    assert shown_names(view) == ["Dr Lena Hart"]


def test_the_care_team_model_passes_qts_model_checks(
    view: ProfileView, record: CareRecord, qtmodeltester: Any
) -> None:
    record.care_team.add(CareTeamContact("Sam Okafor", "Nurse", "01632 960102"))
    record.care_team.add(CareTeamContact("Dr Lena Hart"))
    view.care_team_page.refresh()
    qtmodeltester.check(view.care_team_page.model)
    qtmodeltester.check(view.care_team_page.proxy)


def test_a_number_for_urgent_problems_is_ticked_needs_a_phone_and_is_shown_as_such(
    view: ProfileView, record: CareRecord, qtbot: QtBot, run_form: list[Any]
) -> None:
    seen: dict[str, str] = {}

    def without_phone(form: ContactForm) -> None:
        retype(qtbot, form.name_edit, "Treatment helpline")
        click(qtbot, form.urgent_box)
        assert form.urgent_box.isChecked()
        click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
        seen["phone"] = form._errors["phone"].text() if form._errors["phone"].isVisible() else ""
        assert record.care_team.list() == ()

    run_form.append(without_phone)
    run_form.append(
        lambda form: fill_and_save(qtbot, form, role="24-hour advice line", phone="01632 960199")
    )
    click(qtbot, view.care_team_page.add_button)

    assert seen["phone"].startswith("The number for urgent problems needs a phone number")
    (saved,) = record.care_team.list()
    assert (saved.name, saved.phone, saved.urgent) == ("Treatment helpline", "01632 960199", True)
    page = view.care_team_page
    page.select(saved)
    assert "The number to call for urgent problems." in page.details.text()
    assert page.proxy.index(0, 3).data() == "For urgent problems"


def test_an_empty_date_of_birth_opens_its_calendar_about_sixty_years_back(
    view: ProfileView, qtbot: QtBot
) -> None:
    view.birth_edit.set_date_value(None)
    view.birth_edit.setFocus()
    qtbot.keyClick(view.birth_edit, Qt.Key.Key_F4)
    calendar = view.birth_edit.calendarWidget()
    try:
        assert calendar.isVisible()
        assert calendar.yearShown() == TODAY.year - 60  # not January 1900, not this month
        assert view.birth_edit.date_value() is None  # opening it chose nothing
    finally:
        calendar.window().hide()
