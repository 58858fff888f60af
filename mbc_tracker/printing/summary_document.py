"""The clinic visit summary as blocks for the page layout: one heading and its parts per section.

``summary_blocks`` turns a ``SummaryData`` (already in words) into ``layout`` blocks in the
order of ``Section``, only for the sections switched on, so nothing from a section left out can
reach the page. It adds only the words of the page itself: headings, column titles, and calm
lines for an empty part ("No weight logged in this period."). Choices made for a reader with
little time: flags are one row per symptom and level (its newest findings, one per line, with
their days; a symptom flagged dozens of times lists its newest five and counts the rest) with
why it matters as a wide line under the row, said once, since prose squeezed into narrow columns
made rows three times as tall and a year of one symptom's flags filled pages; flag levels carry
a shape as well as words (a filled square for "promptly", a hollow circle for "next visit", the
chart's ring shapes) so a black-and-white copy keeps them apart; the app's rule explanation is
one line under the table; the sources of a section are numbered once below its table, not
repeated on every row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import Qt

from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import SymptomKind
from mbc_tracker.printing.chart import chart_image
from mbc_tracker.printing.layout import (
    QUIET_COLOUR,
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
    FLAG_RULES_LINE,
    NOT_A_REPLACEMENT_LINE,
    NOTES_MAX_DAYS,
    SECTION_TITLES,
    AppointmentLine,
    FlagLine,
    QuestionLine,
    ReceptorSummary,
    Section,
    SummaryData,
    day_span,
    short_day,
)

BODY = TextStyle(10.0)
QUIET = TextStyle(9.0, colour=QUIET_COLOUR)
TABLE_TEXT = TextStyle(8.6)
HEADING = TextStyle(12.5, bold=True)
SUBHEADING = TextStyle(10.0, bold=True)

HEADING_SPACE_PT = 14.0
PART_SPACE_PT = 6.0
NONE = "—"  # an empty value in a table: printed, so a blank is never mistaken for a gap

LEVEL_MARKERS = {
    FlagLevel.PROMPTLY: Marker.FILLED_SQUARE,
    FlagLevel.NEXT_VISIT: Marker.HOLLOW_CIRCLE,
}
NO_FLAGS = "Nothing logged in this period was flagged by the app's rules."


def _heading(section: Section) -> Paragraph:
    return Paragraph(spans(SECTION_TITLES[section]), HEADING, HEADING_SPACE_PT, keep_with_next=True)


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

    def block(self) -> Paragraph | None:
        if not self.numbers:
            return None
        parts: list[Span | str] = [Span("Sources: ", bold=True)]
        parts.append("; ".join(f"[{number}] {source}" for source, number in self.numbers.items()))
        return Paragraph(spans(*parts), QUIET, PART_SPACE_PT)


# -- flags ----------------------------------------------------------------------------------------

FLAG_COLUMNS = (
    Column("Level", 15.0),
    Column("Symptom", 18.0),
    Column("What the app found", 52.0),
    Column("Discussed with the care team", 15.0),
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
        found += (
            f"\n• and {earlier} earlier flag{'s' if earlier > 1 else ''} in this period "
            "(all are listed in the app)"
        )
    symptom: list[Span | str] = [Span(first.symptom, bold=True)]
    if len(group) > 1:
        symptom.append(Span(f"\n{len(group)} flags", colour=QUIET_COLOUR))
    discussed = sorted({flag.discussed.removeprefix("Discussed on ") for flag in group})
    return [
        cell(first.level_words, marker=LEVEL_MARKERS[first.level]),
        cell(*symptom),
        cell(found),
        cell("\n".join(discussed) if first.discussed else "Not yet"),
    ]


def _flag_details(group: Sequence[FlagLine], sources: _Sources) -> list[Cell]:
    """Why the articles say it matters, once per symptom, with its numbered sources."""
    # The rules' reasons share sentences (a worsening flag adds to the symptom's own reason):
    # each sentence is said once.
    reasons = list(
        dict.fromkeys(
            sentence for flag in group for sentence in re.split(r"(?<=[.!?])\s+", flag.reason)
        )
    )
    cited_sources = list(dict.fromkeys(source for flag in group for source in flag.sources))
    cited = f" [{sources.cite(cited_sources)}]" if cited_sources else ""
    return [
        cell(
            Span("Why it matters: ", bold=True), " ".join(reasons), Span(cited, colour=QUIET_COLOUR)
        )
    ]


def _flag_blocks(data: SummaryData) -> list[Block]:
    blocks: list[Block] = [
        _heading(Section.FLAGS),
        _line(NOT_A_REPLACEMENT_LINE, style=QUIET, keep=True),
    ]
    if not data.flags:
        blocks.append(_line(NO_FLAGS))
        return blocks
    count = "1 flag" if len(data.flags) == 1 else f"{len(data.flags)} flags"
    intro = f"{count} with a day in this period, by symptom, the open ones first."
    if data.flags_quiet:
        quiet = data.flags_quiet
        intro += (
            " 1 of them was already discussed with the care team and is not worse since."
            if quiet == 1
            else f" {quiet} of them were already discussed with the care team and are not "
            "worse since."
        )
    blocks.append(_line(intro, keep=True))
    sources = _Sources()
    groups = _flag_groups(data.flags)
    rows = [_flag_row(group) for group in groups]
    details = [_flag_details(group, sources) for group in groups]
    blocks.append(
        Table(FLAG_COLUMNS, rows, TABLE_TEXT, space_before_pt=PART_SPACE_PT, details=details)
    )
    blocks.append(_line(FLAG_RULES_LINE, style=QUIET))
    cited = sources.block()
    if cited is not None:
        blocks.append(cited)
    return blocks


# -- symptoms -------------------------------------------------------------------------------------

SYMPTOM_COLUMNS = (
    Column("Symptom", 30.0),
    Column("Days present (of days logged)", 17.0),
    Column("Highest (0–10)", 11.0),
    Column("Average (0–10)", 11.0),
    Column("Change against the previous period", 31.0),
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
    return NONE if value is None else f"{value:.1f}"


def _symptom_blocks(data: SummaryData) -> list[Block]:
    blocks: list[Block] = [_heading(Section.SYMPTOMS)]
    if data.history is None or data.history.is_empty or not data.symptoms:
        blocks.append(_line("No symptoms logged in this period."))
        return blocks
    blocks.append(_ChartBlock(data))
    previous = data.period.previous()
    blocks.append(
        _line(
            "Days present: the days the symptom was there, of the days it was logged. The "
            f"change compares with the previous {previous.days} days, "
            f"{day_span(previous.first, previous.last)}.",
            style=QUIET,
            keep=True,
        )
    )
    rows = []
    for stats in data.symptoms:
        rated = stats.kind is SymptomKind.RATED
        rows.append(
            [
                cell(stats.label),
                cell(f"{stats.days_present} of {stats.days_logged}"),
                cell(str(stats.highest) if rated and stats.highest is not None else NONE),
                cell(_number(stats.average) if rated else NONE),
                cell(stats.change),
            ]
        )
    blocks.append(Table(SYMPTOM_COLUMNS, rows, TABLE_TEXT, space_before_pt=PART_SPACE_PT))
    return blocks


# -- weight and treatments ------------------------------------------------------------------------


def _facts(section: Section, rows: list[list[Cell]]) -> list[Block]:
    """A section of a few facts: its heading, then a name and a value per row."""
    columns = (Column("", 22.0), Column("", 78.0))
    table = Table(columns, rows, TABLE_TEXT, show_header=False, space_before_pt=2.0)
    return [_heading(section), table]


def _weight_blocks(data: SummaryData) -> list[Block]:
    weight = data.weight
    if weight is None:
        return [_heading(Section.WEIGHT), _line("No weight logged in this period.")]
    unit = weight.unit_label

    def kilos(value: float) -> str:
        return f"{value:.1f} {unit}"

    rows = [
        [cell(Span("Change", bold=True)), cell(weight.change)],
        [
            cell(Span("First and last", bold=True)),
            cell(
                f"{kilos(weight.first_value)} on {short_day(weight.first_day)}; "
                f"{kilos(weight.last_value)} on {short_day(weight.last_day)}"
            ),
        ],
        [
            cell(Span("Lowest and highest", bold=True)),
            cell(f"{kilos(weight.lowest)} and {kilos(weight.highest)}"),
        ],
        [cell(Span("Days weighed", bold=True)), cell(str(weight.measurements))],
    ]
    return _facts(Section.WEIGHT, rows)


def _temperature_blocks(data: SummaryData) -> list[Block]:
    temperature = data.temperature
    if temperature is None:
        return [_heading(Section.TEMPERATURE), _line("No temperature logged in this period.")]
    unit = temperature.unit_label
    flagged = temperature.flagged_days
    if flagged:
        days = ", ".join(short_day(day) for day in flagged)
        fever = f"{len(flagged)} ({days})"
    else:
        fever = "None"
    rows = [
        [
            cell(Span("Highest", bold=True)),
            cell(f"{temperature.highest:.1f} {unit} on {short_day(temperature.highest_day)}"),
        ],
        [cell(Span("Days measured", bold=True)), cell(str(temperature.days_measured))],
        [
            cell(Span("Days flagged", bold=True)),
            cell(
                f"{fever}; the app flags from {temperature.threshold:.1f} {unit} to contact the "
                "care team promptly (an adjustable app default)"
            ),
        ],
    ]
    return _facts(Section.TEMPERATURE, rows)


def _treatment_blocks(data: SummaryData) -> list[Block]:
    blocks: list[Block] = [_heading(Section.TREATMENTS)]
    if not data.treatments:
        blocks.append(_line("No current or recent treatments recorded."))
        return blocks
    with_notes = any(line.notes for line in data.treatments)
    columns = [
        Column("Treatment", 22.0),
        Column("Kind", 17.0),
        Column("Started", 11.0),
        Column("Stopped", 11.0),
        Column("Status", 13.0),
        Column("Why stopped", 12.0),
    ]
    if with_notes:
        columns.append(Column("Notes", 24.0))
    rows = []
    for line in data.treatments:
        row = [
            cell(Span(line.name, bold=True)),
            cell(line.category),
            cell(short_day(line.started)),
            cell(short_day(line.stopped) if line.stopped else NONE),
            cell(line.status),
            cell(line.why_stopped or NONE),
        ]
        if with_notes:
            row.append(cell(line.notes))
        rows.append(row)
    blocks.append(Table(columns, rows, TABLE_TEXT, space_before_pt=PART_SPACE_PT))
    return blocks


# -- receptors ------------------------------------------------------------------------------------

RECEPTOR_COLUMNS = (Column("Marker", 16.0), Column("Result", 24.0), Column("Reading", 60.0))


def _receptor_blocks(data: SummaryData) -> list[Block]:
    blocks: list[Block] = [_heading(Section.RECEPTORS)]
    receptors: ReceptorSummary | None = data.receptors
    if receptors is None:
        blocks.append(_line("No receptor results recorded up to the end of this period."))
        return blocks
    blocks.append(
        _line(
            Span("Test of ", bold=True),
            short_day(receptors.test_date),
            Span("   Sample: ", bold=True),
            receptors.sample,
            keep=True,
        )
    )
    rows = [
        [cell(Span(line.marker, bold=True)), cell(line.result), cell(line.reading or NONE)]
        for line in receptors.lines
    ]
    blocks.append(Table(RECEPTOR_COLUMNS, rows, TABLE_TEXT, space_before_pt=PART_SPACE_PT))
    subtype: list[Span | str] = [Span("Subtype: ", bold=True), receptors.subtype]
    if receptors.subtype_meaning:
        subtype.append(f". {receptors.subtype_meaning}")
    blocks.append(_line(*subtype))
    if receptors.differs_from_earlier:
        blocks.append(_line(Span("Differences from earlier tests", bold=True), keep=True))
        blocks.extend(
            Paragraph(spans(f"•  {text}"), BODY, 2.0, indent_mm=3.0)
            for text in receptors.differs_from_earlier
        )
    if receptors.sources:
        sources = _Sources()
        sources.cite(receptors.sources)
        cited = sources.block()
        assert cited is not None
        blocks.append(cited)
    return blocks


# -- appointments and questions -------------------------------------------------------------------

APPOINTMENT_COLUMNS = (
    Column("When", 20.0),
    Column("What", 22.0),
    Column("With", 24.0),
    Column("Where", 34.0),
)


def _when(appointment: AppointmentLine) -> str:
    when: dt.datetime = appointment.when
    return f"{short_day(when.date())}, {when:%H:%M}"


def _question_row(number: int, question: QuestionLine) -> list[Cell]:
    return [
        cell("", marker=Marker.TICK_BOX),
        cell(f"{number}."),
        cell(
            question.text,
            Span(f"\n{question.asked_for}", colour=QUIET_COLOUR, size=TABLE_TEXT.size - 0.6),
        ),
    ]


def _appointment_blocks(data: SummaryData) -> list[Block]:
    blocks: list[Block] = [_heading(Section.APPOINTMENTS)]
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
        blocks.append(Table(APPOINTMENT_COLUMNS, rows, TABLE_TEXT, space_before_pt=2.0))
    else:
        blocks.append(_line("No upcoming appointments recorded."))
    blocks.append(Paragraph(spans("Questions to ask"), SUBHEADING, 10.0, keep_with_next=True))
    if not data.questions:
        blocks.append(_line("No open questions recorded."))
        return blocks
    rows = [_question_row(number, line) for number, line in enumerate(data.questions, 1)]
    columns = (
        Column("", 4.0),
        Column("", 4.0, Qt.AlignmentFlag.AlignRight),
        Column("", 92.0),
    )
    question_text = TextStyle(BODY.size - 0.5)
    blocks.append(
        Table(columns, rows, question_text, show_header=False, space_before_pt=2.0, padding_pt=3.4)
    )
    return blocks


# -- notes ----------------------------------------------------------------------------------------


def _note_blocks(data: SummaryData) -> list[Block]:
    blocks: list[Block] = [_heading(Section.NOTES)]
    if not data.notes:
        blocks.append(_line("No notes written in this period."))
        return blocks
    blocks.append(_line("The newest first; long notes are shortened.", style=QUIET, keep=True))
    rows = [[cell(Span(short_day(line.day), bold=True)), cell(line.text)] for line in data.notes]
    columns = (Column("", 15.0), Column("", 85.0))
    blocks.append(Table(columns, rows, TABLE_TEXT, show_header=False, space_before_pt=2.0))
    if data.notes_left_out:
        days = (
            "1 earlier day" if data.notes_left_out == 1 else f"{data.notes_left_out} earlier days"
        )
        blocks.append(
            _line(
                f"Notes from {days} are not printed (only the newest {NOTES_MAX_DAYS} days are).",
                style=QUIET,
            )
        )
    return blocks


_SECTION_BLOCKS = {
    Section.FLAGS: _flag_blocks,
    Section.SYMPTOMS: _symptom_blocks,
    Section.WEIGHT: _weight_blocks,
    Section.TEMPERATURE: _temperature_blocks,
    Section.TREATMENTS: _treatment_blocks,
    Section.RECEPTORS: _receptor_blocks,
    Section.APPOINTMENTS: _appointment_blocks,
    Section.NOTES: _note_blocks,
}


def summary_blocks(data: SummaryData) -> list[Block]:
    """Every block of the summary's body, section by section in ``Section`` order."""
    blocks: list[Block] = []
    for section in Section:
        if section in data.sections:
            blocks.extend(_SECTION_BLOCKS[section](data))
    if not blocks:
        blocks.append(_line("No parts of the summary were chosen."))
    return blocks
