"""The clinic visit summary as blocks for the page layout: the first page, then the details.

``summary_blocks`` turns a ``SummaryData`` (already in words) into ``layout`` blocks: first what
an oncologist needs at a glance (``reports.summary_glance``: diagnosis, sites of spread, the
receptor subtype in one line, treatments and what changed, one row per symptom flagged
"promptly" and per symptom to mention, the biggest changes, temperature and weight in one line
each, the upcoming appointments and the questions to tick), then the details in the order of
``Section`` (flags, symptoms, treatments and "Medicines in this period"), the care team, and,
when asked for, the appendix
(the receptor readings in full, the notes). Only the sections switched on reach the page. It
adds only the words of the page itself: headings, column titles, and calm lines for an empty
part ("No weight logged in this period"). Choices made for a reader with little time, and so
that the default summary of the one-year demo fits on two pages: flags are one row per
symptom and level (its newest findings, one per line; a symptom flagged dozens of times lists
its newest five and counts the rest) with why it matters as a wide line under the row, each
part of a reason said once in the whole table (the STAR-trial paragraph every worsening flag
adds is printed once, later rows point back to it); flag levels carry a shape as well as words
(a filled triangle for "promptly", a hollow circle for "next visit", the shapes of every page) so
a black-and-white copy keeps them apart; columns that would be empty on every row are left
out; the sources of a section are numbered once below its table, not repeated on every row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from mbc_tracker.domain.dates import day_span, decimal, short_day, short_day_and_time
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.domain.records import SymptomKind
from mbc_tracker.printing.chart import chart_image
from mbc_tracker.printing.layout import (
    QUIET_COLOUR,
    TEXT_COLOUR,
    Block,
    Cell,
    Column,
    Context,
    FlowItem,
    Marker,
    Paragraph,
    Picture,
    Span,
    Table,
    TextStyle,
    cell,
    spans,
)
from mbc_tracker.reports.summary_chart import CHART_HEIGHT_MM
from mbc_tracker.reports.summary_data import (
    FLAG_LEVEL_WORDS,
    FLAG_RULES_LINE,
    MEDICINES_TITLE,
    NOT_A_REPLACEMENT_LINE,
    NOT_RECORDED_LINE,
    NOTES_MAX_DAYS,
    AppointmentLine,
    FlagLine,
    QuestionLine,
    ReceptorSummary,
    Section,
    SummaryData,
    discussed_day,
    section_title,
    status_words,
)
from mbc_tracker.reports.summary_glance import (
    Glance,
    GlanceFlag,
    at_a_glance,
    previous_period_words,
)

BODY = TextStyle(10.0)
QUIET = TextStyle(9.0, colour=QUIET_COLOUR)
TABLE_TEXT = TextStyle(8.6)
HEADING = TextStyle(12.0, bold=True)
SUBHEADING = TextStyle(10.0, bold=True)

HEADING_SPACE_PT = 10.0
ROW_PADDING_PT = 2.0
PART_SPACE_PT = 5.0
NONE = "—"  # an empty value in a table: printed, so a blank is never mistaken for a gap

LEVEL_MARKERS = {
    FlagLevel.PROMPTLY: Marker.FILLED_TRIANGLE,
    FlagLevel.NEXT_VISIT: Marker.HOLLOW_CIRCLE,
}
# The page's words are marked here and translated where laid out (``_words``); so are the
# tables' column titles (``_table``).
NO_FLAGS = QT_TRANSLATE_NOOP(
    "summary_document", "Nothing logged in this period was flagged by the app's rules."
)
GLANCE_TITLE = QT_TRANSLATE_NOOP("summary_document", "At a glance")
APPOINTMENTS_TITLE = QT_TRANSLATE_NOOP("summary_document", "Upcoming appointments")
QUESTIONS_TITLE = QT_TRANSLATE_NOOP("summary_document", "Questions to ask")
CARE_TEAM_TITLE = QT_TRANSLATE_NOOP("summary_document", "Care team")
APPENDIX_TITLE = QT_TRANSLATE_NOOP("summary_document", "Appendix")
READINGS_TITLE = QT_TRANSLATE_NOOP("summary_document", "Receptor results in full")
_SEPARATOR = "  ·  "


def _words(text: str) -> str:
    """One of this module's marked texts in the language in use."""
    return translate("summary_document", text)


def _data_words(text: str) -> str:
    """One of ``summary_data``'s marked lines in the language in use."""
    return translate("summary_data", text)


def _table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], **options: Any) -> Table:
    """A table in the summary's table text, its rows a little tighter than the layout's default
    (the default summary fits on two pages), its column titles in the language in use."""
    titled = [
        dataclasses.replace(column, title=_words(column.title)) if column.title else column
        for column in columns
    ]
    return Table(titled, rows, TABLE_TEXT, padding_pt=ROW_PADDING_PT, **options)


def _heading(section: Section) -> Paragraph:
    return Paragraph(spans(section_title(section)), HEADING, HEADING_SPACE_PT, keep_with_next=True)


def _line(*parts: Span | str, style: TextStyle = BODY, keep: bool = False) -> Paragraph:
    return Paragraph(spans(*parts), style, PART_SPACE_PT, keep_with_next=keep)


class _Sources:
    """Citations numbered in the order a section first uses them."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def cite(self, sources: Sequence[str]) -> str:
        for source in sources:
            self.numbers.setdefault(source, len(self.numbers) + 1)
        return ", ".join(str(self.numbers[source]) for source in sources)

    def block(self, before: str = "") -> Paragraph | None:
        """The numbered sources in one paragraph, after ``before`` (a sentence) when given."""
        if not self.numbers:
            return None
        parts: list[Span | str] = [
            f"{before} " if before else "",
            Span(translate("summary_document", "Sources: "), bold=True),
        ]
        parts.append("; ".join(f"[{number}] {source}" for source, number in self.numbers.items()))
        return Paragraph(spans(*parts), QUIET, PART_SPACE_PT)


# -- flags ----------------------------------------------------------------------------------------

FLAG_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("summary_document", "Symptom"), 22.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "What the app found"), 67.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Discussed"), 11.0),
)
# A symptom flagged again and again (a year of daily nausea) would fill pages with near-identical
# rows; its newest flags are listed and the rest counted. An app choice, not a medical one: every
# flag stays on the app's Flags page and in ``mbc-tracker flags``.
MAX_FLAGS_PER_SYMPTOM = 5


def _flag_groups(flags: Sequence[FlagLine]) -> list[list[FlagLine]]:
    """Runs of flags of one symptom, level and discussed-or-not (the data keeps them together)."""
    groups: list[list[FlagLine]] = []
    for flag in flags:
        key = (bool(flag.discussed), flag.level, flag.symptom)
        if (
            groups
            and (bool(groups[-1][0].discussed), groups[-1][0].level, groups[-1][0].symptom) == key
        ):
            groups[-1].append(flag)
        else:
            groups.append([flag])
    return groups


def _flag_row(group: Sequence[FlagLine]) -> list[Cell]:
    """One symptom at one level: its newest findings, each with its days, one per line."""
    first = group[0]
    shown = group[:MAX_FLAGS_PER_SYMPTOM]
    found = "\n".join(f"• {flag.what_happened}" for flag in shown)
    if len(group) > len(shown):
        earlier = len(group) - len(shown)
        found += "\n• " + (
            translate(
                "summary_document", "and 1 earlier flag in this period (all are listed in the app)"
            )
            if earlier == 1
            else translate(
                "summary_document",
                "and %n earlier flags in this period (all are listed in the app)",
                "",
                earlier,
            )
        )
    # The level in words under the symptom, and as a shape beside it (triangle: promptly).
    symptom: list[Span | str] = [
        Span(first.symptom, bold=True),
        Span(f"\n{first.level_words}", colour=QUIET_COLOUR),
    ]
    if len(group) > 1:
        count = len(group)  # (lupdate reads a count only when it is a plain name)
        flags = translate("summary_document", "%n flags", "", count)
        symptom.append(Span(f"\n{flags}", colour=QUIET_COLOUR))
    discussed = sorted({discussed_day(flag.discussed) for flag in group})
    return [
        cell(*symptom, marker=LEVEL_MARKERS[first.level]),
        cell(found),
        cell("\n".join(discussed) if first.discussed else translate("summary_document", "Not yet")),
    ]


def _flag_details(group: Sequence[FlagLine], sources: _Sources, said: dict[str, str]) -> list[Cell]:
    """Why the articles say it matters, once per symptom, with its numbered sources.

    ``said`` maps each part of a reason already printed higher in the table (such as the
    STAR-trial paragraph every worsening flag adds) to the symptom it was printed for: a part is
    printed once in the whole table, and a later row points back to it in a few words.
    """
    parts = [part for flag in group for part in (flag.reason_parts or (flag.reason,))]
    new_parts: list[str] = []
    earlier: list[str] = []
    for part in dict.fromkeys(parts):
        if part in said:
            earlier.append(said[part])
        else:
            said[part] = group[0].symptom
            new_parts.append(part)
    # The rules' reasons share sentences (a worsening flag adds to the symptom's own reason):
    # each sentence is said once.
    reasons = list(
        dict.fromkeys(
            sentence for part in new_parts for sentence in re.split(r"(?<=[.!?])\s+", part)
        )
    )
    if earlier:
        names = translate("summary_document", " and ").join(dict.fromkeys(earlier))
        if reasons:
            also = translate("summary_document", "Also given above for {names}.")
        else:
            also = translate("summary_document", "As given above for {names}.")
        reasons.append(also.format(names=names))
    cited_sources = list(dict.fromkeys(source for flag in group for source in flag.sources))
    cited = f" [{sources.cite(cited_sources)}]" if cited_sources else ""
    return [
        cell(
            Span(translate("summary_document", "Why it matters: "), bold=True),
            " ".join(reasons),
            Span(cited, colour=QUIET_COLOUR),
        )
    ]


def _flag_blocks(data: SummaryData) -> list[Block]:
    blocks: list[Block] = [_heading(Section.FLAGS)]
    if not data.flags:
        blocks.append(_line(_data_words(NOT_A_REPLACEMENT_LINE), style=QUIET, keep=True))
        blocks.append(_line(_words(NO_FLAGS)))
        return blocks
    count = len(data.flags)  # (lupdate reads a count only when it is a plain name)
    if count == 1:
        intro = translate(
            "summary_document", "1 flag with a day in this period, by symptom, the open ones first."
        )
    else:
        intro = translate(
            "summary_document",
            "%n flags with a day in this period, by symptom, the open ones first.",
            "",
            count,
        )
    if data.flags_quiet:
        quiet = data.flags_quiet
        intro += (
            translate(
                "summary_document",
                " 1 of them was already discussed with the care team and is not worse since.",
            )
            if quiet == 1
            else translate(
                "summary_document",
                " %n of them were already discussed with the care team and are not worse since.",
                "",
                quiet,
            )
        )
    # The count and the care-team line share a paragraph (one line less on a full page).
    blocks.append(
        _line(
            intro,
            " ",
            Span(_data_words(NOT_A_REPLACEMENT_LINE), colour=QUIET_COLOUR),
            keep=True,
        )
    )
    sources = _Sources()
    groups = _flag_groups(data.flags)
    rows = [_flag_row(group) for group in groups]
    said: dict[str, str] = {}
    details = [_flag_details(group, sources, said) for group in groups]
    blocks.append(_table(FLAG_COLUMNS, rows, space_before_pt=PART_SPACE_PT, details=details))
    rules_line = _data_words(FLAG_RULES_LINE)
    cited = sources.block(before=rules_line)
    blocks.append(cited if cited is not None else _line(rules_line, style=QUIET))
    return blocks


# -- symptoms -------------------------------------------------------------------------------------

SYMPTOM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("summary_document", "Symptom"), 30.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Days present"), 14.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Highest"), 9.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Average"), 9.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Change against the previous period"), 38.0),
)


class _ChartBlock:
    """The period's chart, the text column's width wide (drawn when the layout knows the width)."""

    def __init__(self, data: SummaryData) -> None:
        assert data.history is not None
        self.history = data.history

    def items(self, context: Context) -> list[FlowItem]:
        image = chart_image(self.history, context.units.to_mm(context.width), CHART_HEIGHT_MM)
        return Picture(image, CHART_HEIGHT_MM, PART_SPACE_PT).items(context)


def _number(value: float | None) -> str:
    return NONE if value is None else decimal(value, 1)


def _symptom_blocks(data: SummaryData) -> list[Block]:
    blocks: list[Block] = [_heading(Section.SYMPTOMS)]
    if data.history is None or data.history.is_empty or not data.symptoms:
        blocks.append(_line(translate("summary_document", "No symptoms logged in this period.")))
        return blocks
    blocks.append(_ChartBlock(data))
    previous = data.period.previous()
    days = previous.days  # (lupdate reads a count only when it is a plain name)
    note = (f"{data.day_value_note} " if data.day_value_note else "") + translate(
        "summary_document",
        "Highest and average on the 0–10 scale; the change is against the previous %n days, "
        "{span}.",
        "",
        days,
    ).format(span=day_span(previous.first, previous.last))
    rows = []
    # A symptom logged as absent on every day, now and before, says the same in every column:
    # such symptoms share one line under the table.
    absent = [
        stats.label
        for stats in data.symptoms
        if stats.days_present == 0 and not stats.previous_days_present
    ]
    for stats in data.symptoms:
        if stats.label in absent:
            continue
        rated = stats.kind is SymptomKind.RATED
        rows.append(
            [
                cell(stats.label),
                cell(
                    translate("summary_document", "{present} of {logged}").format(
                        present=stats.days_present, logged=stats.days_logged
                    )
                ),
                cell(str(stats.highest) if rated and stats.highest is not None else NONE),
                cell(_number(stats.average) if rated else NONE),
                cell(stats.change),
            ]
        )
    # The note and the symptoms absent all along share one paragraph above the table.
    parts: list[Span | str] = [note]
    if absent:
        parts += [
            translate("summary_document", " Logged as absent on every day, now and before: "),
            ", ".join(absent),
            ".",
        ]
    blocks.append(_line(*parts, style=QUIET, keep=bool(rows)))
    if rows:
        blocks.append(_table(SYMPTOM_COLUMNS, rows, space_before_pt=PART_SPACE_PT))
    return blocks


# -- treatments ----------------------------------------------------------------------------------


def _treatment_blocks(data: SummaryData) -> list[Block]:
    blocks: list[Block] = [_heading(Section.TREATMENTS)]
    if not data.treatments:
        blocks.append(
            _line(translate("summary_document", "No current or recent treatments recorded."))
        )
        return blocks
    # Columns that would be empty on every row (nothing stopped, no notes) are left out, so the
    # others have room to keep their words on fewer lines.
    with_notes = any(line.notes for line in data.treatments)
    with_stops = any(line.stopped for line in data.treatments)
    columns = [
        Column(QT_TRANSLATE_NOOP("summary_document", "Treatment"), 22.0),
        Column(QT_TRANSLATE_NOOP("summary_document", "Kind"), 17.0),
        Column(QT_TRANSLATE_NOOP("summary_document", "Started"), 13.0),
    ]
    if with_stops:
        columns += [Column(QT_TRANSLATE_NOOP("summary_document", "Stopped"), 13.0)]
    columns.append(Column(QT_TRANSLATE_NOOP("summary_document", "Status"), 13.0))
    if with_stops:
        columns.append(Column(QT_TRANSLATE_NOOP("summary_document", "Why stopped"), 14.0))
    if with_notes:
        columns.append(Column(QT_TRANSLATE_NOOP("summary_document", "Notes"), 24.0))
    rows = []
    for line in data.treatments:
        row = [
            cell(Span(line.name, bold=True)),
            cell(line.category),
            cell(short_day(line.started)),
        ]
        if with_stops:
            row.append(cell(short_day(line.stopped) if line.stopped else NONE))
        row.append(cell(status_words(line.status)))
        if with_stops:
            row.append(cell(line.why_stopped or NONE))
        if with_notes:
            row.append(cell(line.notes))
        rows.append(row)
    blocks.append(_table(columns, rows, space_before_pt=PART_SPACE_PT))
    return blocks


MEDICINE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("summary_document", "Medicine"), 27.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Doses recorded in this period"), 73.0),
)


def _medicine_blocks(data: SummaryData) -> list[Block]:
    """Each medicine with doses in the period, and once what "not recorded" means; nothing
    when no medicine had a dose in the period (no schedules, nothing taken as needed)."""
    if not data.medicines:
        return []
    rows = [
        [cell(Span(line.name, bold=True)), cell("\n".join(line.words))] for line in data.medicines
    ]
    blocks: list[Block] = [
        Paragraph(
            spans(_data_words(MEDICINES_TITLE)), HEADING, HEADING_SPACE_PT, keep_with_next=True
        ),
        _table(MEDICINE_COLUMNS, rows, space_before_pt=PART_SPACE_PT),
    ]
    if any(line.counts.not_recorded for line in data.medicines):
        blocks.append(_line(_data_words(NOT_RECORDED_LINE), style=QUIET))
    return blocks


def _treatment_and_medicine_blocks(data: SummaryData) -> list[Block]:
    return _treatment_blocks(data) + _medicine_blocks(data)


# -- receptors ------------------------------------------------------------------------------------

RECEPTOR_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("summary_document", "Marker"), 16.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Result"), 24.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Reading"), 60.0),
)


def _receptor_test_line(receptors: ReceptorSummary) -> Paragraph:
    return _line(
        Span(translate("summary_document", "Test of "), bold=True),
        short_day(receptors.test_date),
        Span(translate("summary_document", "   Sample: "), bold=True),
        receptors.sample,
        keep=True,
    )


def _receptor_sources(receptors: ReceptorSummary) -> list[Block]:
    if not receptors.sources:
        return []
    sources = _Sources()
    sources.cite(receptors.sources)
    cited = sources.block()
    assert cited is not None
    return [cited]


def _receptor_appendix_blocks(receptors: ReceptorSummary) -> list[Block]:
    """Each marker's reading in plain words from the knowledge files, with their sources."""
    blocks: list[Block] = [
        Paragraph(spans(_words(READINGS_TITLE)), HEADING, HEADING_SPACE_PT, keep_with_next=True),
        _receptor_test_line(receptors),
    ]
    rows = [
        [cell(Span(line.marker, bold=True)), cell(line.result), cell(line.reading or NONE)]
        for line in receptors.lines
    ]
    blocks.append(_table(RECEPTOR_COLUMNS, rows, space_before_pt=PART_SPACE_PT))
    subtype: list[Span | str] = [
        Span(translate("summary_document", "Subtype: "), bold=True),
        receptors.subtype,
    ]
    if receptors.subtype_meaning:
        subtype.append(f". {receptors.subtype_meaning}")
    blocks.append(_line(*subtype))
    if receptors.differs_from_earlier:
        blocks.append(
            _line(
                Span(translate("summary_document", "Differences from earlier tests"), bold=True),
                keep=True,
            )
        )
        blocks.extend(
            Paragraph(spans(f"•  {text}"), BODY, 2.0, indent_mm=3.0)
            for text in receptors.differs_from_earlier
        )
    blocks.extend(_receptor_sources(receptors))
    return blocks


# -- appointments and questions -------------------------------------------------------------------

APPOINTMENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("summary_document", "When"), 21.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "What"), 17.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "With"), 22.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Where"), 40.0),
)


def _when(appointment: AppointmentLine) -> str:
    when: dt.datetime = appointment.when
    return short_day_and_time(when)


def _question_row(number: int, question: QuestionLine) -> list[Cell]:
    return [
        cell("", marker=Marker.TICK_BOX),
        cell(f"{number}."),
        cell(
            question.text,
            Span(f"   {question.asked_for}", colour=QUIET_COLOUR, size=TABLE_TEXT.size - 0.6),
        ),
    ]


def _appointment_blocks(data: SummaryData) -> list[Block]:
    """The upcoming appointments, one line each, under a subheading of the first page."""
    blocks: list[Block] = [
        Paragraph(
            spans(_words(APPOINTMENTS_TITLE)), SUBHEADING, GLANCE_SPACE_PT, keep_with_next=True
        )
    ]
    if data.appointments:
        rows = [
            [
                cell(Span(_when(line), bold=True)),
                cell(line.what),
                cell(line.with_whom or NONE),
                cell(line.place or NONE),
            ]
            for line in data.appointments
        ]
        blocks.append(_table(APPOINTMENT_COLUMNS, rows, show_header=False, space_before_pt=2.0))
    else:
        blocks.append(_line(translate("summary_document", "No upcoming appointments recorded.")))
    return blocks


def _question_blocks(data: SummaryData) -> list[Block]:
    """The open questions, each with a box to tick during the visit."""
    blocks: list[Block] = [
        Paragraph(spans(_words(QUESTIONS_TITLE)), SUBHEADING, GLANCE_SPACE_PT, keep_with_next=True)
    ]
    if not data.questions:
        blocks.append(_line(translate("summary_document", "No open questions recorded.")))
        return blocks
    rows = [_question_row(number, line) for number, line in enumerate(data.questions, 1)]
    columns = (
        Column("", 4.0),
        Column("", 4.0, Qt.AlignmentFlag.AlignRight),
        Column("", 92.0),
    )
    question_text = TextStyle(BODY.size - 0.5)
    blocks.append(
        Table(columns, rows, question_text, show_header=False, space_before_pt=2.0, padding_pt=2.6)
    )
    return blocks


# -- notes ----------------------------------------------------------------------------------------


def _note_blocks(data: SummaryData) -> list[Block]:
    blocks: list[Block] = [_heading(Section.NOTES)]
    if not data.appendix:
        return []
    if not data.notes:
        blocks.append(_line(translate("summary_document", "No notes written in this period.")))
        return blocks
    blocks.append(
        _line(
            translate("summary_document", "The newest first; long notes are shortened."),
            style=QUIET,
            keep=True,
        )
    )
    rows = [[cell(Span(short_day(line.day), bold=True)), cell(line.text)] for line in data.notes]
    columns = (Column("", 15.0), Column("", 85.0))
    blocks.append(_table(columns, rows, show_header=False, space_before_pt=2.0))
    if data.notes_left_out:
        left_out = data.notes_left_out  # (lupdate reads a count only when it is a plain name)
        if left_out == 1:
            words = translate(
                "summary_document",
                "Notes from 1 earlier day are not printed (only the newest {days} days are).",
            )
        else:
            words = translate(
                "summary_document",
                "Notes from %n earlier days are not printed (only the newest {days} days are).",
                "",
                left_out,
            )
        blocks.append(_line(words.format(days=NOTES_MAX_DAYS), style=QUIET))
    return blocks


# -- the care team --------------------------------------------------------------------------------

CARE_TEAM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("summary_document", "Name"), 28.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Role"), 24.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Phone"), 20.0),
    Column(QT_TRANSLATE_NOOP("summary_document", "Email"), 28.0),
)


def _care_team_blocks(data: SummaryData) -> list[Block]:
    if not data.care_team:
        return []
    rows = [
        [
            cell(Span(contact.name, bold=True)),
            cell(contact.role or NONE),
            cell(contact.phone or NONE),
            cell(contact.email or NONE),
        ]
        for contact in data.care_team
    ]
    # Name, role, phone and email read as what they are: no header row is needed.
    return [
        Paragraph(spans(_words(CARE_TEAM_TITLE)), HEADING, HEADING_SPACE_PT, keep_with_next=True),
        _table(CARE_TEAM_COLUMNS, rows, show_header=False, space_before_pt=2.0),
    ]


# -- the first page: at a glance ------------------------------------------------------------------

GLANCE_SPACE_PT = 5.5
GLANCE_FACT_COLUMNS = (Column("", 21.0), Column("", 79.0))
GLANCE_FLAG_COLUMNS = (Column("", 30.0), Column("", 70.0))


def _glance_facts(data: SummaryData, glance: Glance) -> list[list[Cell]]:
    rows: list[list[Cell]] = []

    def fact(name: str, *lines: str) -> None:
        rows.append([cell(Span(name, bold=True)), cell("\n".join(lines))])

    diagnosis = translate("summary_document", "Diagnosis")
    not_given = translate("summary_document", "Not given in the profile")
    if data.profile is not None:
        fact(diagnosis, glance.diagnosis or not_given)
        fact(translate("summary_document", "Sites of spread"), glance.sites or not_given)
    else:
        fact(
            diagnosis,
            translate(
                "summary_document", "No profile saved: diagnosis and sites of spread not given"
            ),
        )
    if Section.RECEPTORS in data.sections:
        differences = data.receptors.differs_from_earlier if data.receptors else ()
        fact(
            translate("summary_document", "Receptor subtype"),
            glance.subtype or translate("summary_document", "No receptor results recorded"),
            *(f"• {difference}" for difference in differences),
        )
    if Section.TREATMENTS in data.sections:
        fact(
            translate("summary_document", "Treatments now"),
            *(glance.treatments_now or (translate("summary_document", "None recorded"),)),
        )
        fact(
            translate("summary_document", "Treatment changes"),
            *(glance.treatment_changes or (translate("summary_document", "None in this period"),)),
        )
    if Section.TEMPERATURE in data.sections:
        fact(
            translate("summary_document", "Temperature"),
            glance.temperature
            or translate("summary_document", "No temperature logged in this period"),
        )
    if Section.WEIGHT in data.sections:
        fact(
            translate("summary_document", "Weight"),
            glance.weight or translate("summary_document", "No weight logged in this period"),
        )
    return rows


def _glance_flag_blocks(
    title: str, rows: Sequence[GlanceFlag], left_out: int, none: str
) -> list[Block]:
    if not rows:
        # The title and the calm line on one line: an empty part takes no more room than that.
        title_part = Span(f"{title}:  ", bold=True, colour=TEXT_COLOUR, size=SUBHEADING.size)
        return [Paragraph(spans(title_part, none), QUIET, GLANCE_SPACE_PT)]
    blocks: list[Block] = [
        Paragraph(spans(title), SUBHEADING, GLANCE_SPACE_PT, keep_with_next=True)
    ]
    cells = []
    for row in rows:
        flags = row.count  # (lupdate reads a count only when it is a plain name)
        count = (
            translate("summary_document", "%n flags", "", flags)
            if row.count > 1
            else translate("summary_document", "1 flag")
        )
        discussed = (
            f"; {row.discussed.lower()}"
            if row.discussed
            else translate("summary_document", "; not yet discussed")
        )
        cells.append(
            [
                cell(
                    Span(row.symptom, bold=True),
                    Span(f"\n{count}{discussed}", colour=QUIET_COLOUR),
                    marker=LEVEL_MARKERS[row.level],
                ),
                cell(row.newest),
            ]
        )
    blocks.append(_table(GLANCE_FLAG_COLUMNS, cells, show_header=False, space_before_pt=2.0))
    if left_out:
        if left_out == 1:
            more = translate("summary_document", "And 1 more symptom: all are in “{section}”.")
        else:
            more = translate(
                "summary_document", "And %n more symptoms: all are in “{section}”.", "", left_out
            )
        blocks.append(_line(more.format(section=section_title(Section.FLAGS)), style=QUIET))
    return blocks


def _glance_blocks(data: SummaryData) -> list[Block]:
    """The first page: the facts, the flags, the biggest changes and the questions."""
    glance = at_a_glance(data)
    blocks: list[Block] = [
        Paragraph(spans(_words(GLANCE_TITLE)), HEADING, 0.0, keep_with_next=True),
        Table(
            GLANCE_FACT_COLUMNS,
            _glance_facts(data, glance),
            TABLE_TEXT,
            show_header=False,
            space_before_pt=2.0,
        ),
    ]
    if Section.FLAGS in data.sections:
        blocks += _glance_flag_blocks(
            _data_words(FLAG_LEVEL_WORDS[FlagLevel.PROMPTLY]),
            glance.promptly,
            glance.promptly_left_out,
            translate(
                "summary_document",
                "Nothing in this period was flagged to contact the care team promptly.",
            ),
        )
        if data.earlier_promptly:
            blocks.append(
                _line(
                    Span(
                        translate(
                            "summary_document",
                            "Still open from before this period, not marked as discussed: ",
                        ),
                        bold=True,
                    ),
                    "; ".join(data.earlier_promptly) + ".",
                    style=TABLE_TEXT,
                )
            )
        blocks += _glance_flag_blocks(
            translate("summary_document", "Symptoms to mention at this visit"),
            glance.to_mention,
            glance.to_mention_left_out,
            translate("summary_document", "Nothing else in this period was flagged to mention."),
        )
    if Section.SYMPTOMS in data.sections and data.symptoms:
        blocks.append(
            Paragraph(
                spans(
                    translate("summary_document", "Biggest changes against {previous}").format(
                        previous=previous_period_words(data)
                    )
                ),
                SUBHEADING,
                GLANCE_SPACE_PT,
                keep_with_next=True,
            )
        )
        if glance.changes:
            blocks.extend(
                Paragraph(spans(f"•  {change}"), TABLE_TEXT, 2.0, indent_mm=3.0)
                for change in glance.changes
            )
        else:
            blocks.append(
                _line(
                    translate(
                        "summary_document",
                        "No symptom changed by half a point or more on average, nor by a day of "
                        "an event (half a point is the app's own choice, not a medical rule).",
                    ),
                    style=QUIET,
                )
            )
    if Section.APPOINTMENTS in data.sections:
        blocks += _appointment_blocks(data)
        blocks += _question_blocks(data)
    return blocks


# The details, in this order after the first page. Weight and temperature are said whole in one
# line each on the first page, and the latest receptor results with their subtype (with any
# difference from earlier tests); the questions are there too, with their boxes to tick. The
# receptor readings in words are in the appendix.
_SECTION_BLOCKS = {
    Section.FLAGS: _flag_blocks,
    Section.SYMPTOMS: _symptom_blocks,
    Section.TREATMENTS: _treatment_and_medicine_blocks,
}


def _appendix_blocks(data: SummaryData) -> list[Block]:
    parts: list[Block] = []
    if Section.RECEPTORS in data.sections and data.receptors is not None:
        parts += _receptor_appendix_blocks(data.receptors)
    if Section.NOTES in data.sections:
        parts += _note_blocks(data)
    if not parts:
        return []
    return [
        Paragraph(
            spans(_words(APPENDIX_TITLE)), HEADING, HEADING_SPACE_PT * 1.5, keep_with_next=True
        ),
        *parts,
    ]


def summary_blocks(data: SummaryData) -> list[Block]:
    """Every block of the summary's body: the first page at a glance, the details section by
    section in ``Section`` order, the care team, then the appendix when it is asked for."""
    blocks: list[Block] = _glance_blocks(data)
    for section in Section:
        if section in data.sections and section in _SECTION_BLOCKS:
            blocks.extend(_SECTION_BLOCKS[section](data))
    blocks.extend(_care_team_blocks(data))
    if data.appendix:
        blocks.extend(_appendix_blocks(data))
    return blocks
