"""The app's one way of writing dates (``domain/dates.py``): each wording, and that it stays one.

The table tests are the specification of each form. Then: the words stay English whatever the
C library's LC_TIME says (``strftime`` is made to answer in French to prove it), and no module
but ``domain/dates.py`` writes a month or weekday name itself, through ``strftime``'s
``%B``/``%b``/``%A``/``%a`` or Qt's ``MMM``/``ddd`` patterns; a second wording would creep back
in exactly that way.
"""

from __future__ import annotations

import ast
import datetime as dt
import locale
import re
import time
from pathlib import Path

import pytest

import mbc_tracker
from mbc_tracker.domain import dates
from mbc_tracker.domain.dates import (
    day_and_time,
    day_span,
    long_day,
    long_day_span,
    month_year,
    short_day,
    short_day_and_time,
    short_month,
    short_month_year,
    short_weekday_day,
    time_of_day,
    weekday_day,
)

PACKAGE_DIR = Path(mbc_tracker.__file__).resolve().parent
DATES_MODULE = PACKAGE_DIR / "domain" / "dates.py"


@pytest.mark.parametrize(
    ("day", "long", "short"),
    [
        (dt.date(2026, 11, 3), "3 November 2026", "3 Nov 2026"),  # never "03"
        (dt.date(2026, 1, 1), "1 January 2026", "1 Jan 2026"),
        (dt.date(2025, 12, 31), "31 December 2025", "31 Dec 2025"),
        (dt.date(2024, 2, 29), "29 February 2024", "29 Feb 2024"),
        (dt.date(2026, 9, 30), "30 September 2026", "30 Sep 2026"),  # not "Sept"
        (dt.date(2026, 5, 9), "9 May 2026", "9 May 2026"),
    ],
)
def test_a_day_is_written_long_in_sentences_and_short_in_tables(
    day: dt.date, long: str, short: str
) -> None:
    assert long_day(day) == long
    assert short_day(day) == short


@pytest.mark.parametrize(
    ("day", "long", "short"),
    [
        (dt.date(2026, 11, 30), "Monday 30 November 2026", "Mon 30 Nov 2026"),
        (dt.date(2026, 12, 6), "Sunday 6 December 2026", "Sun 6 Dec 2026"),
        (dt.date(2027, 1, 1), "Friday 1 January 2027", "Fri 1 Jan 2027"),
        (dt.date(2026, 9, 2), "Wednesday 2 September 2026", "Wed 2 Sep 2026"),
    ],
)
def test_a_day_with_its_weekday(day: dt.date, long: str, short: str) -> None:
    assert weekday_day(day) == long
    assert short_weekday_day(day) == short


def test_a_month_and_its_year() -> None:
    assert month_year(dt.date(2026, 11, 17)) == "November 2026"
    assert month_year(dt.date(2027, 1, 31)) == "January 2027"
    assert short_month_year(dt.date(2026, 11, 17)) == "Nov 2026"
    assert short_month_year(dt.date(2026, 6, 1)) == "Jun 2026"
    assert [short_month(number) for number in (1, 6, 12)] == ["Jan", "Jun", "Dec"]


@pytest.mark.parametrize(
    ("moment", "time_text", "long", "short"),
    [
        (dt.datetime(2026, 11, 3, 14, 5), "14:05", "3 November 2026, 14:05", "3 Nov 2026, 14:05"),
        (dt.datetime(2026, 1, 9, 9, 0), "09:00", "9 January 2026, 09:00", "9 Jan 2026, 09:00"),
        (
            dt.datetime(2025, 12, 31, 0, 0, 59),
            "00:00",
            "31 December 2025, 00:00",
            "31 Dec 2025, 00:00",
        ),
        (dt.datetime(2026, 3, 1, 23, 59), "23:59", "1 March 2026, 23:59", "1 Mar 2026, 23:59"),
    ],
)
def test_a_moment_is_its_day_then_a_24_hour_time(
    moment: dt.datetime, time_text: str, long: str, short: str
) -> None:
    assert time_of_day(moment) == time_text
    assert time_of_day(moment.time()) == time_text
    assert day_and_time(moment) == long
    assert short_day_and_time(moment) == short


def test_a_moment_in_a_table_may_name_its_weekday() -> None:
    friday = dt.datetime(2025, 3, 14, 10, 30)
    assert short_day_and_time(friday, weekday=True) == "Fri 14 Mar 2025, 10:30"


@pytest.mark.parametrize(
    ("first", "last", "short", "long"),
    [
        # One day: the day alone.
        (dt.date(2026, 11, 3), dt.date(2026, 11, 3), "3 Nov 2026", "3 November 2026"),
        # Within a month and within a year: the year once, at the end.
        (
            dt.date(2026, 11, 3),
            dt.date(2026, 11, 21),
            "3 Nov to 21 Nov 2026",
            "3 November to 21 November 2026",
        ),
        (
            dt.date(2026, 10, 31),
            dt.date(2026, 11, 1),
            "31 Oct to 1 Nov 2026",
            "31 October to 1 November 2026",
        ),
        # Across a year's end: each day with its year.
        (
            dt.date(2025, 12, 3),
            dt.date(2026, 1, 21),
            "3 Dec 2025 to 21 Jan 2026",
            "3 December 2025 to 21 January 2026",
        ),
        (
            dt.date(2024, 11, 30),
            dt.date(2026, 11, 30),
            "30 Nov 2024 to 30 Nov 2026",
            "30 November 2024 to 30 November 2026",
        ),
    ],
)
def test_a_span_of_days_names_its_year_once_when_it_can(
    first: dt.date, last: dt.date, short: str, long: str
) -> None:
    assert day_span(first, last) == short
    assert long_day_span(first, last) == long


def test_a_span_for_a_wrapping_label_keeps_each_day_whole() -> None:
    span = long_day_span(dt.date(2026, 9, 2), dt.date(2026, 11, 30), keep_days_whole=True)
    assert span == "2\u00a0September to 30\u00a0November\u00a02026"
    assert span.split(" ") == ["2\u00a0September", "to", "30\u00a0November\u00a02026"]


@pytest.mark.parametrize(
    ("value", "written"),
    [(72.0, "72"), (72.5, "72.5"), (1.25, "1.25"), (0.1234, "0.123"), (-2.0, "-2")],
)
def test_a_number_is_written_as_a_person_types_it_with_no_added_zeros(
    value: float, written: str
) -> None:
    assert dates.as_written(value) == written


def _french_strftime(original):  # type: ignore[no-untyped-def]
    """``time.strftime`` as it answers under LC_TIME=fr_FR: month and weekday names in French."""
    french = {
        "%B": "novembre",
        "%b": "nov.",
        "%A": "lundi",
        "%a": "lun.",
    }

    def strftime(pattern: str, *args: object) -> str:
        for code, word in french.items():
            pattern = pattern.replace(code, word)
        return str(original(pattern, *args))

    return strftime


def test_the_words_stay_english_whatever_lc_time_says(monkeypatch: pytest.MonkeyPatch) -> None:
    monday = dt.datetime(2026, 11, 30, 14, 5)
    monkeypatch.setattr(time, "strftime", _french_strftime(time.strftime))
    assert f"{monday:%B}" == "novembre"  # the patch reaches strftime, as LC_TIME would
    assert long_day(monday.date()) == "30 November 2026"
    assert short_day(monday.date()) == "30 Nov 2026"
    assert weekday_day(monday.date()) == "Monday 30 November 2026"
    assert short_weekday_day(monday.date()) == "Mon 30 Nov 2026"
    assert month_year(monday.date()) == "November 2026"
    assert day_and_time(monday) == "30 November 2026, 14:05"
    assert day_span(monday.date(), monday.date()) == "30 Nov 2026"


def test_the_words_stay_english_under_a_real_local_lc_time() -> None:
    """Where the machine has a non-English locale installed, under that locale for real."""
    wanted = ("fr_FR.UTF-8", "fr_FR.utf8", "de_DE.UTF-8", "de_DE.utf8", "es_ES.UTF-8")
    before = locale.setlocale(locale.LC_TIME)
    for name in wanted:
        try:
            locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
        try:
            day = dt.date(2026, 11, 30)
            assert f"{day:%B}" != "November"  # the locale really speaks another language
            assert long_day(day) == "30 November 2026"
            assert weekday_day(day) == "Monday 30 November 2026"
            assert short_day(day) == "30 Nov 2026"
        finally:
            locale.setlocale(locale.LC_TIME, before)
        return
    pytest.skip("no non-English locale is installed here; the strftime test stands in for it")


# -- one place only --------------------------------------------------------------------------

# strftime's names for months and weekdays (LC_TIME's words), in strftime() or an f-string.
STRFTIME_NAMES = re.compile(r"%[-#]?[aAbBh]")
# Qt's names for months and weekdays ("MMM", "MMMM", "ddd", "dddd"), via QLocale().toString.
QT_NAMES = re.compile(r"MMM|ddd")
# The typed date field shows its date through Qt and takes what is typed in the same pattern:
# an input format, not a wording this module writes (see domain/dates.py's docstring).
QT_INPUT_CALLS = {"setDisplayFormat"}
# ... and the function that gives that pattern in the person's language (gui/widgets.py).
QT_INPUT_FUNCTIONS = {"long_date_format"}


def _own_date_words(path: Path, root: Path = PACKAGE_DIR.parent) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in QT_INPUT_CALLS
        ):
            allowed.update(id(argument) for argument in ast.walk(node))
        if isinstance(node, ast.FunctionDef) and node.name in QT_INPUT_FUNCTIONS:
            allowed.update(id(inner) for inner in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        text = node.value
        if STRFTIME_NAMES.search(text.replace("%%", "")) or (
            QT_NAMES.search(text) and id(node) not in allowed
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {text!r}")
    return found


def test_no_module_but_dates_writes_a_month_or_weekday_name() -> None:
    modules = sorted(PACKAGE_DIR.rglob("*.py"))
    assert DATES_MODULE in modules
    # services/language.py holds the other languages' wording (CLDR skeletons through Babel),
    # installed into domain/dates.py: the same one place, split only because Babel is not
    # the standard library.
    wordings = {DATES_MODULE, PACKAGE_DIR / "services" / "language.py"}
    found = [line for path in modules if path not in wordings for line in _own_date_words(path)]
    assert found == [], (
        "Dates are written by mbc_tracker/domain/dates.py only (long_day, short_day, ...):\n"
        + "\n".join(found)
    )


def test_the_guard_sees_what_it_guards_against(tmp_path: Path) -> None:
    """The guard finds each way a second wording could come back, and spares the date field."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import datetime as dt\n"
        "day = dt.date.today()\n"
        'a = day.strftime("%d %B %Y")\n'
        'b = f"{day:%b %Y}"\n'
        'c = f"{day.day} {day:%A}"\n'
        'd = QLocale().toString(to_qdate(day), "d MMM yyyy")\n'
        'e = QLocale().toString(to_qdate(day), "dddd")\n'
        'edit.setDisplayFormat("d MMMM yyyy")\n'
        'f = f"{day:%Y-%m-%d}"\n',
        encoding="utf-8",
    )
    found = _own_date_words(sample, root=tmp_path)
    assert sorted(int(line.split(":")[1]) for line in found) == [3, 4, 5, 6, 7]


def test_the_tables_are_twelve_months_and_seven_days() -> None:
    assert len(dates.MONTHS) == len(dates.SHORT_MONTHS) == 12
    assert len(dates.WEEKDAYS) == len(dates.SHORT_WEEKDAYS) == 7
    assert dates.WEEKDAYS[dt.date(2026, 11, 30).weekday()] == "Monday"
