"""How the app writes a date or a time for a person to read: every wording declared here, once.

Each page, the clinic summary (screen and PDF), the chart and the command line's human output
take their dates from these functions, so "3 November 2026" reads the same everywhere. The rule
for choosing: the **long** forms ("3 November 2026", "Monday 30 November 2026", "November 2026",
"3 November 2026, 14:05") go in sentences, headings, titles and messages; the **short** forms
("3 Nov 2026", "Mon 30 Nov 2026", "Nov 2026", "3 Nov 2026, 14:05") go in table cells, chart
ticks, the printed summary's dense lines and other compact lists. Days are never zero-padded in
words; times are 24-hour "14:05".

Month and weekday names never come from ``strftime``'s ``%B``/``%b``/``%A``: they follow the C
library's LC_TIME, so an English sentence could get a local month name inside it. In English the
app writes its own fixed tables below (British order, "3 November 2026"). In another language the
wording is the locale's own (``services/language.py`` installs one made with Babel's CLDR data:
"3 de noviembre de 2026", "nov 2026", "3–21 nov 2026"), chosen once at start with the rest of
the language, so the window, the summary and the command line agree. ``decimal`` writes numbers
the same way ("1.4" in English, "1,4" in Spanish). ISO dates (YYYY-MM-DD) stay wherever a machine
reads them (JSON, CSV, file names, ``--json`` output) and in what the typed date field accepts:
those are not wordings and do not come from here. ``tests/unit/test_dates.py`` fails if a second
date wording appears elsewhere in the package.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SHORT_MONTHS = tuple(month[:3] for month in MONTHS)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_WEEKDAYS = tuple(weekday[:3] for weekday in WEEKDAYS)

SPAN_JOIN = " to "  # between the first and the last day of a span, in every span
NO_BREAK_SPACE = "\u00a0"


class Wording(Protocol):
    """How one language writes days, months, times and decimal numbers for a person to read."""

    def long_day(self, day: dt.date) -> str: ...
    def short_day(self, day: dt.date) -> str: ...
    def weekday_day(self, day: dt.date) -> str: ...
    def short_weekday_day(self, day: dt.date) -> str: ...
    def month_year(self, day: dt.date) -> str: ...
    def short_month_year(self, day: dt.date) -> str: ...
    def short_month(self, month: int) -> str: ...
    def weekday(self, number: int) -> str: ...
    def day_and_time(self, moment: dt.datetime) -> str: ...
    def short_day_and_time(self, moment: dt.datetime, *, weekday: bool = False) -> str: ...
    def day_span(self, first: dt.date, last: dt.date) -> str: ...
    def long_day_span(
        self, first: dt.date, last: dt.date, *, keep_days_whole: bool = False
    ) -> str: ...
    def decimal(self, value: float, places: int = 1) -> str: ...
    def count(self, value: int) -> str: ...


def time_of_day(moment: dt.datetime | dt.time) -> str:
    """ "14:05": 24-hour, minutes always two digits (the same in every language the app has)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


class EnglishWording:
    """The app's English: fixed tables, British day-month-year order, no locale involved."""

    def long_day(self, day: dt.date) -> str:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"

    def short_day(self, day: dt.date) -> str:
        return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"

    def weekday_day(self, day: dt.date) -> str:
        return f"{WEEKDAYS[day.weekday()]} {self.long_day(day)}"

    def short_weekday_day(self, day: dt.date) -> str:
        return f"{SHORT_WEEKDAYS[day.weekday()]} {self.short_day(day)}"

    def month_year(self, day: dt.date) -> str:
        return f"{MONTHS[day.month - 1]} {day.year}"

    def short_month_year(self, day: dt.date) -> str:
        return f"{SHORT_MONTHS[day.month - 1]} {day.year}"

    def short_month(self, month: int) -> str:
        return SHORT_MONTHS[month - 1]

    def weekday(self, number: int) -> str:
        return WEEKDAYS[number]

    def day_and_time(self, moment: dt.datetime) -> str:
        return f"{self.long_day(moment.date())}, {time_of_day(moment)}"

    def short_day_and_time(self, moment: dt.datetime, *, weekday: bool = False) -> str:
        day = self.short_weekday_day(moment.date()) if weekday else self.short_day(moment.date())
        return f"{day}, {time_of_day(moment)}"

    def day_span(self, first: dt.date, last: dt.date) -> str:
        return _span(first, last, SHORT_MONTHS, " ")

    def long_day_span(self, first: dt.date, last: dt.date, *, keep_days_whole: bool = False) -> str:
        return _span(first, last, MONTHS, NO_BREAK_SPACE if keep_days_whole else " ")

    def decimal(self, value: float, places: int = 1) -> str:
        return f"{value:.{places}f}"

    def count(self, value: int) -> str:
        return f"{value:,}"


def _span(first: dt.date, last: dt.date, month_names: tuple[str, ...], space: str) -> str:
    def written(day: dt.date, year: bool = True) -> str:
        words = f"{day.day}{space}{month_names[day.month - 1]}"
        return f"{words}{space}{day.year}" if year else words

    if first == last:
        return written(first)
    # Within one year the year is written once, at the end: "3 Nov to 21 Nov 2026".
    return f"{written(first, year=first.year != last.year)}{SPAN_JOIN}{written(last)}"


ENGLISH_WORDING = EnglishWording()
_wording: list[Wording] = [ENGLISH_WORDING]


def use_wording(wording: Wording) -> None:
    """Write every date and number from now on as ``wording`` does (chosen once, at start)."""
    _wording[0] = wording


def wording_in_use() -> Wording:
    return _wording[0]


def long_day(day: dt.date) -> str:
    """ "3 November 2026": in sentences and headings."""
    return _wording[0].long_day(day)


def short_day(day: dt.date) -> str:
    """ "3 Nov 2026": in table cells and compact lists."""
    return _wording[0].short_day(day)


def weekday_day(day: dt.date) -> str:
    """ "Monday 30 November 2026": a heading that names one day, such as Today's."""
    return _wording[0].weekday_day(day)


def short_weekday_day(day: dt.date) -> str:
    """ "Mon 30 Nov 2026": a table cell where the day of the week helps (appointments, days)."""
    return _wording[0].short_weekday_day(day)


def month_year(day: dt.date) -> str:
    """ "November 2026": the month ``day`` falls in, in sentences and headings."""
    return _wording[0].month_year(day)


def short_month_year(day: dt.date) -> str:
    """ "Nov 2026": the month ``day`` falls in, in table cells and on axis ticks."""
    return _wording[0].short_month_year(day)


def short_month(month: int) -> str:
    """ "Nov" for 11: a month alone, on axis ticks that carry the year elsewhere."""
    return _wording[0].short_month(month)


def weekday(number: int) -> str:
    """ "Monday" for 0 (``date.weekday()``'s numbering): a day of the week alone."""
    return _wording[0].weekday(number)


def day_and_time(moment: dt.datetime) -> str:
    """ "3 November 2026, 14:05": when something happened, in a sentence or a message."""
    return _wording[0].day_and_time(moment)


def short_day_and_time(moment: dt.datetime, *, weekday: bool = False) -> str:
    """ "3 Nov 2026, 14:05" (or "Tue 3 Nov 2026, 14:05" with ``weekday``): in table cells."""
    return _wording[0].short_day_and_time(moment, weekday=weekday)


def day_span(first: dt.date, last: dt.date) -> str:
    """ "3 Nov to 21 Nov 2026", "3 Dec 2025 to 21 Jan 2026", or one day: compact lists."""
    return _wording[0].day_span(first, last)


def long_day_span(first: dt.date, last: dt.date, *, keep_days_whole: bool = False) -> str:
    """ "3 November to 21 November 2026", across years both in full, or one day: sentences.

    With ``keep_days_whole`` each day's words are joined by no-break spaces, so a label that
    wraps breaks the span only between its days ("2 September to" / "30 November 2026"),
    never inside one."""
    return _wording[0].long_day_span(first, last, keep_days_whole=keep_days_whole)


def decimal(value: float, places: int = 1) -> str:
    """ "1.4" (English) or "1,4" (Spanish): a number with ``places`` decimals, for a person."""
    return _wording[0].decimal(value, places)


def as_written(value: float) -> str:
    """A number as a person would write it, with no added zeros: "72.5", "72", "1.25" ("72,5"
    in Spanish); at most three decimals."""
    for places in (0, 1, 2):
        if round(value, places) == value:
            return decimal(value, places)
    return decimal(value, 3)


def count(value: int) -> str:
    """ "28,752" (English) or "28.752" (Spanish): a whole number with its thousands marked."""
    return _wording[0].count(value)
