"""In Spanish, the words of these screens are found where lupdate filed them, at run time.

A text lupdate never saw (passed through ``widget.tr()`` in a plain function, or taken from an
English table such as the weekday names) stays English in a Spanish window; a text shared by a
base class must be looked up under the context it was filed under. Each test builds a real
widget (or calls the real function) with the Spanish ``.qm`` compiled from the ``.ts`` in the
source tree installed, and checks it shows the finished translation the ``.ts`` holds.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from mbc_tracker.domain import dates
from mbc_tracker.domain.language import Catalogue, read_catalogue
from mbc_tracker.services.language import activate
from mbc_tracker.services.record import CareRecord

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"


@pytest.fixture
def spanish(tmp_path: Path, qapp: QCoreApplication) -> Iterator[Catalogue]:
    """The window and the layers below it in Spanish for one test; English again afterwards."""
    source = TRANSLATIONS / "mbc_tracker_es.ts"
    compiled = tmp_path / "mbc_tracker_es.qm"
    subprocess.run(
        [sys.executable, "-c", _LRELEASE, "-silent", str(source), "-qm", str(compiled)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    activate("es", TRANSLATIONS)
    try:
        yield read_catalogue(source, "es")
    finally:
        qapp.removeTranslator(translator)
        activate("en", TRANSLATIONS)


def words(catalogue: Catalogue, context: str, source: str, form: int = 0) -> str:
    translated = catalogue.messages[(context, source, "")][form]
    assert translated != source
    return translated


def test_the_care_team_list_buttons_are_in_spanish(
    qtbot: QtBot, record: CareRecord, spanish: Catalogue
) -> None:
    from mbc_tracker.gui.care_team_page import CareTeamPage

    page = CareTeamPage(record)
    qtbot.addWidget(page)

    noun = words(spanish, "CareTeamPage", "contact")
    assert page.add_button.text() == words(spanish, "RecordListPage", "&Add {noun}…").format(
        noun=noun
    )
    assert page.undo_button.text() == words(spanish, "RecordListPage", "&Undo delete")


def test_both_passphrase_dialogs_show_their_shared_words_in_spanish(
    qtbot: QtBot, tmp_path: Path, spanish: Catalogue
) -> None:
    from mbc_tracker.gui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog

    new = NewPassphraseDialog("record.mbcrecord")
    asking = PassphraseDialog(tmp_path / "record.mbcrecord", lambda _key: False)
    for dialog in (new, asking):
        qtbot.addWidget(dialog)
        assert dialog.show_box.text() == words(spanish, "_PassphraseForm", "&Show the passphrase")
        assert dialog.forgotten_label.text() == words(
            spanish,
            "PassphraseDialog",
            "A forgotten passphrase cannot be recovered: nobody can open the record without it. "
            "Only an exported copy (File > Export…) kept somewhere safe could bring the record "
            "back.",
        )


def test_the_unprotected_copy_question_names_the_file_in_spanish(spanish: Catalogue) -> None:
    from mbc_tracker.gui.export_warning import CHART, unprotected_copy_text

    text = unprotected_copy_text(CHART)

    assert words(spanish, "ExportWarning", "The saved chart") in text
    assert "The saved chart" not in text


def test_a_protected_record_tray_message_counts_in_spanish(spanish: Catalogue) -> None:
    from mbc_tracker.gui.reminders import tray_message

    _title, text = tray_message([], 3, protected=True)

    plural = words(spanish, "ReminderController", "MBC Care Tracker: %n reminders", form=1)
    assert text == plural.replace("%n", "3")


def test_the_weekly_question_lists_the_days_in_spanish(
    qtbot: QtBot, tmp_path: Path, spanish: Catalogue
) -> None:
    from mbc_tracker.gui.reminder_preferences import ReminderPreferences
    from mbc_tracker.services.app_settings import AppSettings
    from mbc_tracker.services.autostart import XdgAutostart

    settings = AppSettings.load(tmp_path / "settings.json")
    preferences = ReminderPreferences(
        settings, XdgAutostart(tmp_path, {}), tmp_path, tray_available=False
    )
    qtbot.addWidget(preferences)

    shown = [preferences.weekly_day.itemText(index) for index in range(7)]
    assert shown == [dates.weekday(number) for number in range(7)]
    assert "Monday" not in shown
