"""The welcome page of a new record: the name is required, the rest is optional, and starting the
record saves the person and leads to Today."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt

from mbc_tracker.domain.records import TemperatureUnit, WeightUnit
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.welcome import NO_DATE, WelcomePage
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import CareRecord, open_record

TODAY = dt.date(2024, 5, 14)


@pytest.fixture
def empty_record(data_paths: DataPaths) -> Iterator[CareRecord]:
    record = open_record(data_paths.data_dir / "new.mbcrecord", data_paths)
    yield record
    record.close()


@pytest.fixture
def page(qtbot, empty_record: CareRecord) -> WelcomePage:
    welcome = WelcomePage(empty_record, today=lambda: TODAY)
    qtbot.addWidget(welcome)
    welcome.show()
    return welcome


def test_an_empty_name_gets_a_message_next_to_the_field_and_nothing_is_saved(
    page: WelcomePage, empty_record: CareRecord, qtbot
) -> None:
    qtbot.keyClicks(page.name_edit, "   ")
    with qtbot.assert_not_emitted(page.person_saved):
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)

    assert page.name_problem.isVisible()
    assert page.name_problem.text() == "Please type the name of the person this record is for."
    # The message sits directly under the name field, in the same column.
    assert page.name_problem.parentWidget() is page.name_edit.parentWidget()
    assert page.name_edit.hasFocus()
    assert empty_record.person.get() is None


def test_typing_a_name_clears_the_message(page: WelcomePage, qtbot) -> None:
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.name_problem.isVisible()
    qtbot.keyClicks(page.name_edit, "A")
    assert not page.name_problem.isVisible()


def test_date_of_birth_is_optional_and_units_are_kept(
    page: WelcomePage, empty_record: CareRecord, qtbot
) -> None:
    assert page.birth_edit.date() == NO_DATE
    assert page.birth_edit.text() == "Not given"
    qtbot.keyClicks(page.name_edit, "Dee Example")
    page.weight_box.setCurrentIndex(page.weight_box.findText("lb"))
    page.temperature_box.setCurrentIndex(page.temperature_box.findText("°F"))

    with qtbot.wait_signal(page.person_saved) as saved:
        qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)

    person = empty_record.person.get()
    assert saved.args == [person]
    assert person.name == "Dee Example"
    assert person.date_of_birth is None
    assert (person.weight_unit, person.temperature_unit) == (
        WeightUnit.LB,
        TemperatureUnit.FAHRENHEIT,
    )


def test_a_date_of_birth_is_saved(page: WelcomePage, empty_record: CareRecord, qtbot) -> None:
    qtbot.keyClicks(page.name_edit, "Eve Example")
    page.birth_edit.setDate(QDate(1968, 3, 2))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert empty_record.person.get().date_of_birth == dt.date(1968, 3, 2)


def test_the_page_tells_caregivers_about_one_record_per_person(page: WelcomePage) -> None:
    text = page.findChild(type(page.name_problem), "caregiverNote").text()
    assert "File > New record" in text


def test_starting_the_record_leads_to_today_in_the_window(qtbot, data_paths: DataPaths) -> None:
    window = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.open_first_record(data_paths.default_record)
    window.show()
    assert window.stack.currentWidget() is window.welcome_page
    assert not window.preferences_action.isEnabled()

    qtbot.keyClicks(window.welcome_page.name_edit, "Fay Example")
    qtbot.mouseClick(window.welcome_page.start_button, Qt.MouseButton.LeftButton)

    assert window.welcome_page is None
    assert window.current_page() is window.today_view
    assert (
        re.sub(r" \([^()]+ in [^()]+\)", "", window.windowTitle().replace("[*]", ""))
        == "Fay Example — MBC Care Tracker"
    )
    assert window.preferences_action.isEnabled()
