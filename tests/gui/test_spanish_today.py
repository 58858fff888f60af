"""Today's words in Spanish, where lupdate used to miss them: the shared labels (once behind a
``_tr`` wrapper), the dose dialogs' shared refusal (once under each subclass's context), and a
weight typed back in the person's own decimal comma."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_tracker.domain import dates
from mbc_tracker.domain.daylog import parse_number
from mbc_tracker.domain.language import current_language
from mbc_tracker.gui.dose_dialogs import TakenDialog
from mbc_tracker.gui.labels import severity_text
from mbc_tracker.gui.today_view import number_text
from mbc_tracker.gui.translation import install_translators
from mbc_tracker.paths import resource_dir
from mbc_tracker.services import language


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The app in Spanish for one test, then back in English as the rest of the suite expects."""
    before = QLocale()
    folder = resource_dir("resources") / "translations"
    language.activate("es", folder)
    assert install_translators(qapp, "es")
    yield
    language.activate("en", folder)
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_the_shared_labels_read_in_spanish(spanish: None) -> None:
    assert severity_text(7) == "7 de 10, grave"
    assert severity_text(None) == "Sin anotar"


def test_a_time_still_to_come_is_refused_in_spanish(spanish: None, qtbot: QtBot) -> None:
    dialog = TakenDialog("Paracetamol", dt.time(9, 0), latest=dt.time(8, 0))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.time_error.text() == (
        "Esa hora todavía no ha llegado hoy; indique la hora a la que la tomó."
    )


def test_a_weight_is_shown_with_a_decimal_comma_and_read_back(spanish: None) -> None:
    assert number_text(72.5) == "72,5"
    assert number_text(72.0) == "72"
    assert parse_number(number_text(36.85)) == 36.85


def test_english_keeps_its_decimal_point() -> None:
    assert number_text(72.5) == "72.5"
    assert number_text(None) == ""


def test_without_the_compiled_translation_the_whole_window_stays_english(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An installed copy whose .qm was lost or damaged, its .ts still there: the widgets cannot
    # speak Spanish, so the sentences and dates made below them must not either (a Today page
    # with "martes, 1 de diciembre" above "Previous day" and "Dolor de huesos" beside "mild").
    shipped = resource_dir("resources") / "translations"
    (tmp_path / "translations").mkdir()
    shutil.copy(shipped / "mbc_tracker_es.ts", tmp_path / "translations")
    language.activate("es", tmp_path / "translations")
    assert dates.long_day(dt.date(2026, 12, 1)) == "1 de diciembre de 2026"
    monkeypatch.setattr(
        "mbc_tracker.gui.translation.translations_dir", lambda: tmp_path / "translations"
    )
    assert not install_translators(qapp, "es")
    assert current_language() == "en"
    assert dates.long_day(dt.date(2026, 12, 1)) == "1 December 2026"
    assert severity_text(7) == "7 out of 10, severe"
