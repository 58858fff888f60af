"""Choosing the language and writing in it, below the window: the choice (Preferences, then the
computer, then English), the translations read from the .ts source, plurals, and dates and
numbers in the chosen language's own way."""

from __future__ import annotations

import datetime as dt
import errno
import subprocess
import sys
from pathlib import Path

import pytest

from mbc_tracker import app
from mbc_tracker.domain import dates
from mbc_tracker.domain.language import (
    ENGLISH,
    LANGUAGES,
    TranslationFileError,
    current_language,
    os_reason,
    read_catalogue,
    translate,
    use_language,
)
from mbc_tracker.paths import DataPaths, resource_dir
from mbc_tracker.services import language
from mbc_tracker.services.app_settings import AppSettings

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Summary</name>
    <message>
        <source>Medicines in this period</source>
        <translation>Medicamentos en este periodo</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished">A medias</translation>
    </message>
    <message>
        <source>Pain</source>
        <comment>symptom</comment>
        <translation>Dolor</translation>
    </message>
    <message numerus="yes">
        <source>%n doses</source>
        <translation>
            <numerusform>%n dosis tomada</numerusform>
            <numerusform>%n dosis tomadas</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def spanish_file(tmp_path: Path) -> Path:
    path = tmp_path / "mbc_tracker_es.ts"
    path.write_text(TS, encoding="utf-8")
    return path


def test_the_preference_wins_then_the_computer_then_english() -> None:
    assert language.choose_language("es", ["en_GB.UTF-8"]) == "es"
    assert language.choose_language("en", ["es_ES.UTF-8"]) == "en"
    assert language.choose_language("system", ["es_MX.UTF-8"]) == "es"
    assert language.choose_language("system", ["fr_FR", "es"]) == "es"  # first one the app has
    assert language.choose_language("system", ["C", "POSIX"]) == "en"
    assert language.choose_language("system", ["de_DE"]) == "en"
    assert language.choose_language("system", []) == "en"


def test_the_computers_language_is_read_as_gettext_reads_it_never_from_lc_time() -> None:
    assert language.system_languages({"LANGUAGE": "es_MX:es:en", "LANG": "de_DE.UTF-8"}) == [
        "es_MX",
        "es",
        "en",
        "de_DE.UTF-8",
    ]
    # LC_ALL overrides LC_MESSAGES overrides LANG; LC_TIME says nothing about words.
    assert language.system_languages(
        {"LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8", "LC_TIME": "de_DE"}
    ) == ["es_ES.UTF-8"]
    assert language.system_languages({"LANG": "es_AR.UTF-8", "LC_TIME": "en_GB"}) == ["es_AR.UTF-8"]


def test_a_c_locale_set_on_purpose_ignores_language_as_gettext_does() -> None:
    # "LC_ALL=C mbc-tracker flags" is how a person (or a script) asks for the plain English
    # output, whatever LANGUAGE their desktop set: GNU gettext ignores LANGUAGE then.
    for environment in (
        {"LANGUAGE": "es", "LC_ALL": "C", "LANG": "es_ES.UTF-8"},
        {"LANGUAGE": "es", "LANG": "C"},
        {"LANGUAGE": "es:en", "LC_MESSAGES": "POSIX"},
    ):
        assert (
            language.choose_language(language.SYSTEM, language.system_languages(environment))
            == "en"
        ), environment
    # Any other locale keeps LANGUAGE first.
    assert language.system_languages({"LANGUAGE": "es", "LANG": "en_GB.UTF-8"})[0] == "es"


def test_only_finished_translations_are_used_and_plurals_follow_the_count(
    spanish_file: Path,
) -> None:
    catalogue = read_catalogue(spanish_file, "es")
    assert len(catalogue) == 3  # the unfinished one is left out, as lrelease leaves it out
    use_language("es", catalogue)
    assert current_language() == "es"
    assert translate("Summary", "Medicines in this period") == "Medicamentos en este periodo"
    assert translate("Summary", "Not done yet") == "Not done yet"
    assert translate("Summary", "Pain", "symptom") == "Dolor"
    assert translate("Summary", "Pain") == "Pain"  # another meaning, not translated yet
    assert translate("Summary", "%n doses", n=1) == "1 dosis tomada"
    assert translate("Summary", "%n doses", n=0) == "0 dosis tomadas"
    assert translate("Summary", "%n doses", n=12) == "12 dosis tomadas"
    assert translate("Elsewhere", "%n doses", n=3) == "3 doses"
    use_language(ENGLISH)
    assert translate("Summary", "Medicines in this period") == "Medicines in this period"
    assert translate("Summary", "%n doses", n=2) == "2 doses"


def test_a_broken_translation_file_is_refused_and_the_app_stays_in_english(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "mbc_tracker_es.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(TranslationFileError):
        read_catalogue(broken, "es")
    language.activate("es", tmp_path)
    assert current_language() == ENGLISH
    assert dates.long_day(dt.date(2026, 11, 3)) == "3 November 2026"


def test_an_unknown_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="no such language"):
        use_language("xx")


def test_dates_and_numbers_follow_the_language_from_cldr_never_the_c_library() -> None:
    day, later = dt.date(2026, 11, 3), dt.date(2026, 11, 21)
    language.activate("es", resource_dir("resources") / "translations")
    assert dates.long_day(day) == "3 de noviembre de 2026"
    assert dates.short_day(day) == "3 nov 2026"
    assert dates.weekday_day(day) == "martes, 3 de noviembre de 2026"
    assert dates.month_year(day) == "noviembre de 2026"
    assert dates.day_span(day, later) == "3–21 nov 2026"
    assert dates.day_span(day, dt.date(2027, 1, 5)) == "3 nov 2026\u2009–\u20095 ene 2027"
    assert dates.weekday(0) == "lunes"
    assert dates.day_and_time(dt.datetime(2026, 11, 3, 14, 5)) == "3 de noviembre de 2026, 14:05"
    assert dates.decimal(1.4) == "1,4"
    assert dates.decimal(37.25, 2) == "37,25"
    whole = dates.long_day_span(day, dt.date(2027, 1, 5), keep_days_whole=True)
    # Only the thin spaces around the dash between the two days may break a wrapped label.
    assert whole.split("\u2009–\u2009") == [
        "3\xa0de\xa0noviembre\xa0de\xa02026",
        "5\xa0de\xa0enero\xa0de\xa02027",
    ]
    language.activate("en", resource_dir("resources") / "translations")
    assert dates.long_day(day) == "3 November 2026"
    assert dates.decimal(1.4) == "1.4"
    assert dates.weekday(0) == "Monday"


def test_the_command_line_offers_exactly_the_apps_languages() -> None:
    assert list(app.LANGUAGE_CHOICES) == ["system", *LANGUAGES]


def test_the_language_chosen_in_preferences_is_the_one_the_next_run_uses(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    assert language.start_in_language(str(data_paths.data_dir), None) == "en"
    settings = AppSettings.load(data_paths.settings_file)
    settings.set_language("es")
    assert language.start_in_language(str(data_paths.data_dir), None) == "es"
    assert current_language() == "es"
    # --language for one run overrides it; "system" asks the computer.
    assert language.start_in_language(str(data_paths.data_dir), "en") == "en"
    monkeypatch.setenv("LANGUAGE", "es_ES")
    assert language.start_in_language(str(data_paths.data_dir), "system") == "es"


def test_a_bad_language_in_the_settings_file_falls_back_to_the_computers(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    data_paths.settings_file.write_text('{"format": 2, "language": "xx"}', encoding="utf-8")
    monkeypatch.setenv("LANGUAGE", "es")
    assert language.start_in_language(str(data_paths.data_dir), None) == "es"


START = (sys.executable, "-m", "mbc_tracker")
AGENDA = ("agenda", "--from", "2026-11-03", "--days", "1")


def test_the_command_line_writes_its_dates_in_the_chosen_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "mbc_tracker", "--data-dir", str(data), "demo", "--years", "1"],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [*START, "--language", "es", "--data-dir", str(data), *AGENDA],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("martes, 3 de noviembre de 2026")
    refused = subprocess.run(
        [sys.executable, "-m", "mbc_tracker", "--language", "xx", "agenda"],
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2
    assert "invalid choice: 'xx'" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_count_has_its_thousands_marked_in_the_language_in_use(spanish_file: Path) -> None:
    assert translate("Summary", "%n doses", n=3650) == "3,650 doses"
    use_language("es", read_catalogue(spanish_file, "es"))
    dates.use_wording(language.LocaleWording("es"))
    assert translate("Summary", "%n doses", n=3650) == "3.650 dosis tomadas"


def test_the_systems_reason_for_a_failed_file_is_translated_and_english_is_unchanged() -> None:
    denied = PermissionError(errno.EACCES, "Permission denied")
    odd = OSError(errno.EPIPE, "Broken pipe")
    assert os_reason(denied) == "Permission denied"
    language.activate("es", resource_dir("resources") / "translations")
    assert os_reason(denied) == "Permiso denegado"
    assert os_reason(FileNotFoundError(errno.ENOENT, "x")) == "No existe el archivo o la carpeta"
    assert os_reason(odd) == "Broken pipe"  # a rare reason keeps the system's words
