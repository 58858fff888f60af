"""Choosing the app's language once at start, the same way for the window and the command line.

The choice: the language set in *Edit > Preferences* (kept in the data folder's settings, so the
window and ``mbc-tracker report`` on the same data folder agree), else the computer's own
language when the app has it, else English. The computer's language is read from the usual
variables (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them), then from
Python's locale; never from ``LC_TIME``, which only says how the C library writes dates.

``activate`` makes the choice real for every layer without Qt: the texts of the ``.ts`` file for
``domain.language.translate`` and, for dates and numbers, a wording made from Babel's CLDR data
for that language ("3 de noviembre de 2026", "1,4"), so no month name ever comes from the C
library. The window adds Qt's own translators on top (``gui/translation.py``).
"""

from __future__ import annotations

import datetime as dt
import locale
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from mbc_tracker.domain import dates
from mbc_tracker.domain.language import (
    ENGLISH,
    LANGUAGES,
    TranslationFileError,
    read_catalogue,
    translation_file,
    use_language,
)

SYSTEM = "system"
_LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_languages(environment: Mapping[str, str] | None = None) -> list[str]:
    """The computer's languages, most wanted first, as codes such as "es_MX" or "en"."""
    environment = os.environ if environment is None else environment
    found: list[str] = []
    locale_name = next(
        (environment[name] for name in _LANGUAGE_VARIABLES[1:] if environment.get(name)), ""
    )
    if locale_name in ("C", "POSIX"):
        # As GNU gettext: a C locale set on purpose ("LC_ALL=C command") ignores LANGUAGE.
        return [locale_name]
    for variable in _LANGUAGE_VARIABLES:
        value = environment.get(variable, "")
        # LANGUAGE may list several ("es_MX:es:en"); the others hold one locale name.
        found.extend(part for part in value.split(":") if part)
        if value and variable != "LANGUAGE":
            break  # LC_ALL overrides LC_MESSAGES overrides LANG, as in the C library
    if not found:
        try:
            name = locale.getlocale(locale.LC_MESSAGES if hasattr(locale, "LC_MESSAGES") else 0)[0]
        except (ValueError, TypeError):
            name = None
        if name:
            found.append(name)
    return found


def _code(locale_name: str) -> str:
    """ "es_MX.UTF-8" -> "es"; "C" and "POSIX" name no language."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    return base.split("_")[0].lower()


def choose_language(preference: str, system: Sequence[str]) -> str:
    """The language to use: the preference when it names one, else the first of the computer's
    languages the app has, else English."""
    if preference in LANGUAGES:
        return preference
    for name in system:
        code = _code(name)
        if code in LANGUAGES:
            return code
    return ENGLISH


def language_for(settings_preference: str, override: str | None = None) -> str:
    """The language for this run: ``--language`` first, then Preferences, then the computer."""
    wanted = settings_preference if override is None else override
    if wanted in LANGUAGES:
        return wanted
    return choose_language(SYSTEM, system_languages())


def start_in_language(data_dir: str | None, override: str | None) -> str:
    """Choose and activate the language for this run, before any word is written (the command
    line's help included); return its code. A data folder that cannot be read is no reason to
    stop here: its problem is told, in the chosen language, by the caller."""
    from mbc_tracker.paths import data_paths, translations_dir

    preference = SYSTEM
    if override is None:
        try:
            from mbc_tracker.services.app_settings import AppSettings

            preference = AppSettings.load(data_paths(data_dir).settings_file).language()
        except (OSError, ValueError):
            preference = SYSTEM
    language = language_for(preference, override)
    try:
        translations = translations_dir()
    except FileNotFoundError:
        language = ENGLISH
        translations = Path()
    activate(language, translations)
    return language


def activate(language: str, translations: Path) -> None:
    """Make ``language`` the one every layer below the window writes in.

    A missing or broken translation file leaves the app in English rather than stopping it: the
    record matters more than the words around it (``tests`` check the shipped files load)."""
    if language == ENGLISH:
        use_english()
        return
    try:
        catalogue = read_catalogue(translation_file(translations, language), language)
    except TranslationFileError:
        use_english()
        return
    use_language(language, catalogue)
    dates.use_wording(LocaleWording(language))


def use_english() -> None:
    """English for every layer below the window: its words and its own date wording."""
    use_language(ENGLISH)
    dates.use_wording(dates.ENGLISH_WORDING)


class LocaleWording:
    """Dates and numbers as CLDR writes them in one language (Babel), for every language but
    English, whose fixed British wording is the app's own (``dates.EnglishWording``)."""

    def __init__(self, language: str) -> None:
        # Babel is imported only when a language other than English is used: start-up in
        # English must not pay for it.
        from babel import Locale

        self.locale = Locale.parse(language)

    def _date(self, day: dt.date, pattern: str) -> str:
        from babel.dates import format_date

        return str(format_date(day, pattern, locale=self.locale))

    def _skeleton(self, skeleton: str, day: dt.date) -> str:
        from babel.dates import format_skeleton

        return str(format_skeleton(skeleton, day, locale=self.locale))

    def long_day(self, day: dt.date) -> str:
        return self._date(day, "long")

    def short_day(self, day: dt.date) -> str:
        return self._date(day, "medium")

    def weekday_day(self, day: dt.date) -> str:
        return self._date(day, "full")

    def short_weekday_day(self, day: dt.date) -> str:
        return self._skeleton("yMMMEd", day)

    def month_year(self, day: dt.date) -> str:
        return self._skeleton("yMMMM", day)

    def short_month_year(self, day: dt.date) -> str:
        return self._skeleton("yMMM", day)

    def short_month(self, month: int) -> str:
        return str(self.locale.months["stand-alone"]["abbreviated"][month])

    def weekday(self, number: int) -> str:
        return str(self.locale.days["stand-alone"]["wide"][number])

    def day_and_time(self, moment: dt.datetime) -> str:
        return f"{self.long_day(moment.date())}, {dates.time_of_day(moment)}"

    def short_day_and_time(self, moment: dt.datetime, *, weekday: bool = False) -> str:
        day = self.short_weekday_day(moment.date()) if weekday else self.short_day(moment.date())
        return f"{day}, {dates.time_of_day(moment)}"

    def _interval(self, first: dt.date, last: dt.date, skeleton: str) -> str:
        from babel.dates import format_interval

        return str(format_interval(first, last, skeleton, locale=self.locale))

    def day_span(self, first: dt.date, last: dt.date) -> str:
        if first == last:
            return self.short_day(first)
        return self._interval(first, last, "yMMMd")

    def long_day_span(self, first: dt.date, last: dt.date, *, keep_days_whole: bool = False) -> str:
        text = self.long_day(first) if first == last else self._interval(first, last, "yMMMMd")
        if keep_days_whole:
            # CLDR puts thin spaces around the dash between two days: a wrapped label may
            # break there, and nowhere else.
            text = text.replace(" ", dates.NO_BREAK_SPACE)
        return text

    def decimal(self, value: float, places: int = 1) -> str:
        from babel.numbers import format_decimal

        pattern = "0." + "0" * places if places > 0 else "0"
        return str(format_decimal(round(value, places), format=pattern, locale=self.locale))

    def count(self, value: int) -> str:
        from babel.numbers import format_decimal

        return str(format_decimal(value, format="#,##0", locale=self.locale))
