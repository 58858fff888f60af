"""Treatments' schedules, appointment and receptor screens read in Spanish once its translation
is loaded: the words once hidden from lupdate behind ``_tr`` wrappers and a variable context
are in the translation file now, counts take their plural form, and numbers their decimal comma."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Route, Treatment, TreatmentCategory
from mbc_tracker.domain.schedules import Schedule, ScheduleKind
from mbc_tracker.gui.appointment_form import AppointmentForm
from mbc_tracker.gui.appointments_view import AppointmentsView, appointment_columns
from mbc_tracker.gui.receptor_form import percent_text
from mbc_tracker.gui.schedule_words import every_text, next_dose_text, parse_times, pattern_text
from mbc_tracker.gui.summary_dialog import SummaryDialog, suggested_pdf_name
from mbc_tracker.gui.translation import install_translators
from mbc_tracker.paths import resource_dir
from mbc_tracker.reports.summary_data import Section
from mbc_tracker.services import language
from mbc_tracker.services.record import CareRecord

START = dt.date(2026, 11, 2)
NOW = dt.datetime(2026, 11, 2, 12, 0)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The app in Spanish for one test (as ``--language es`` sets it up), then back in English
    as the rest of the suite expects."""
    before = QLocale()
    folder = resource_dir("resources") / "translations"
    language.activate("es", folder)
    assert install_translators(qapp, "es")
    yield
    language.activate("en", folder)
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_schedules_read_in_spanish_with_plural_counts(spanish: None) -> None:
    cycle = Schedule(
        ScheduleKind.CYCLE, START, times=(dt.time(8), dt.time(20)), days_on=21, days_off=7
    )
    assert pattern_text(cycle) == "21 días de toma, 7 días de descanso, a las 08:00 y 20:00"
    assert every_text(21) == "Cada 3 semanas"
    assert every_text(7) == "Cada semana"
    as_needed = Schedule(
        ScheduleKind.AS_NEEDED, START, reason="dolor", minimum_gap=dt.timedelta(hours=4)
    )
    assert (
        pattern_text(as_needed) == "Si lo necesita, para dolor, con al menos 4 horas de separación"
    )


def test_the_next_dose_is_named_by_how_it_is_given_in_spanish(spanish: None) -> None:
    infusion = Treatment(TreatmentCategory.CHEMOTHERAPY, "Paclitaxel", START, route=Route.IV)
    tablets = Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozol", START, route=Route.ORAL)
    tomorrow = START + dt.timedelta(days=1)
    assert next_dose_text(infusion, tomorrow, START).startswith("Próxima infusión: mañana, ")
    assert next_dose_text(tablets, START, START).startswith("Próxima dosis: hoy, ")


def test_times_joined_with_the_spanish_y_are_read(qapp: QApplication) -> None:
    assert parse_times("8 y 20:00") == (dt.time(8), dt.time(20))


def test_percentages_use_the_spanish_decimal_comma(spanish: None) -> None:
    assert percent_text(1.5) == "1,5"
    assert percent_text(90.0) == "90"
    assert percent_text(None) == ""


def test_appointment_words_once_behind_wrappers_are_translated(
    spanish: None, qtbot: QtBot, record: CareRecord
) -> None:
    assert [column.title for column in appointment_columns()] == [
        "Cuándo",
        "Tipo",
        "Profesional",
        "Preguntas",
        "Lugar",
    ]
    form = AppointmentForm(record.appointments, None, True, lambda: NOW)
    qtbot.addWidget(form)
    assert form.windowTitle() == "Añadir una próxima cita"
    view = AppointmentsView(record, now=lambda: NOW)
    qtbot.addWidget(view)
    assert view.upcoming_button.text() == "&Próximas (0)"


def test_english_keeps_its_words_and_decimal_point(qapp: QApplication) -> None:
    assert percent_text(1.5) == "1.5"
    assert every_text(21) == "Every 3 weeks"
    assert every_text(7) == "Every week"


def test_the_summary_dialog_names_its_sections_as_the_page_does(
    spanish: None, qtbot: QtBot, record: CareRecord
) -> None:
    dialog = SummaryDialog(record, today=lambda: START)
    qtbot.addWidget(dialog)
    assert dialog.section_boxes[Section.SYMPTOMS].text() == "Síntomas"
    assert dialog.section_boxes[Section.NOTES].text() == "Notas de este periodo (en el anexo)"
    assert suggested_pdf_name("Ana", START) == "Resumen para la consulta – Ana – 2026-11-02.pdf"
