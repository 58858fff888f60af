"""The clinic visit summary's use cases: which period, which parts, who prepared it, and its data.

``SummaryService`` proposes a period (since the last oncology visit before today, else the last
appointment of any kind, else the last ``DEFAULT_PERIOD_DAYS`` days) with a sentence saying why,
checks a period a person typed, remembers per record which sections she prints, who prepares the
summary and whether it ends with the appendix (JSON under one preference key, one transaction,
nothing saved when a field is wrong), picks the paper (the profile's choice, else the computer's
region), and reads the record for ``reports.summary_builder.build_summary_data``: the flags'
inputs once (they already hold the entries, weights, profile, receptor tests and treatments),
the flag settings, then one Session for the tracked symptoms, appointments with their questions,
the period's day notes, the care team and the options.
"""

from __future__ import annotations

import datetime as dt
import json
import locale
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mbc_tracker.domain.dates import long_day
from mbc_tracker.domain.flags import FlagInputs
from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import (
    AppointmentKind,
    MeasurementKind,
    PaperSize,
    Person,
    appointment_kind_word,
)
from mbc_tracker.reports.summary_builder import build_summary_data
from mbc_tracker.reports.summary_data import (
    ALL_SECTIONS,
    DEFAULT_PERIOD_DAYS,
    Period,
    PreparedBy,
    Preparer,
    Section,
    SummaryData,
)
from mbc_tracker.services.editing import RecordInvalid
from mbc_tracker.services.person import (
    MAX_NAME_LENGTH,
    has_control_characters,
    person_from_row,
)
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import (
    AppointmentRow,
    DayNoteRow,
    PersonRow,
    PreferenceRow,
    TrackedSymptomRow,
)

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

OPTIONS_KEY = "summary_options"

# Regions that print on US Letter (CLDR's supplemental paperSize data); everywhere else uses A4.
LETTER_REGIONS = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "CR", "GT", "NI", "PA", "SV", "BZ"}
)
# Windows names its locales "English_United States": the same regions by their English names.
LETTER_REGION_NAMES = frozenset(
    {
        "united states", "canada", "mexico", "philippines", "chile", "colombia", "venezuela",
        "puerto rico", "costa rica", "guatemala", "nicaragua", "panama", "el salvador", "belize",
    }
)  # fmt: skip


@dataclass(frozen=True)
class SummaryOptions:
    """What a summary includes and who prepares it, remembered per record."""

    sections: frozenset[Section]
    prepared_by: PreparedBy
    appendix: bool = False  # the receptor readings in full and the notes, at the end


def paper_for_locale(name: str | None) -> PaperSize:
    """Letter for a locale in a Letter region ("en_US.UTF-8", "es-MX", "English_Canada"), or A4."""
    if not name:
        return PaperSize.A4
    language_and_region = name.split(".")[0].split("@")[0]
    for part in re.split(r"[-_]", language_and_region)[1:]:
        if len(part) == 2 and part.isalpha():
            return PaperSize.LETTER if part.upper() in LETTER_REGIONS else PaperSize.A4
        if part.strip().casefold() in LETTER_REGION_NAMES:
            return PaperSize.LETTER
    return PaperSize.A4


def system_locale_name() -> str | None:
    """The locale the computer prints in: LC_ALL, LC_PAPER or LANG (POSIX order), else Python's."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    try:
        return locale.getlocale()[0]
    except ValueError:
        return None


def _options_to_json(options: SummaryOptions) -> str:
    by_order = [section.value for section in Section if section in options.sections]
    prepared_by = options.prepared_by
    # The patient's own name is not stored: it follows the profile if she changes it.
    name = prepared_by.name.strip() if prepared_by.role is Preparer.CAREGIVER else ""
    return json.dumps(
        {
            "sections": by_order,
            "prepared_by": {"role": prepared_by.role.value, "name": name},
            "appendix": options.appendix,
        },
        ensure_ascii=False,
    )


def _options_from_json(text: str | None, person_name: str) -> SummaryOptions:
    """Stored options over the defaults; anything unusable keeps its default."""
    sections = ALL_SECTIONS
    prepared_by = PreparedBy(Preparer.PATIENT, person_name)
    try:
        stored: Any = json.loads(text) if text else {}
    except json.JSONDecodeError:
        stored = {}
    if not isinstance(stored, dict):
        stored = {}
    names = stored.get("sections")
    if isinstance(names, list):
        known = {section.value: section for section in Section}
        chosen = frozenset(known[name] for name in names if isinstance(name, str) and name in known)
        if chosen:
            sections = chosen
    who = stored.get("prepared_by")
    if isinstance(who, dict) and who.get("role") == Preparer.CAREGIVER.value:
        name = who.get("name")
        if isinstance(name, str) and name.strip():
            prepared_by = PreparedBy(Preparer.CAREGIVER, name.strip())
    appendix = stored.get("appendix") is True
    return SummaryOptions(sections=sections, prepared_by=prepared_by, appendix=appendix)


def options_problems(options: SummaryOptions) -> dict[str, str]:
    """What would stop ``options`` from being saved, keyed by field (empty: nothing)."""
    problems: dict[str, str] = {}
    if not options.sections:
        problems["sections"] = translate("summary", "Please choose at least one part to include.")
    if options.prepared_by.role is Preparer.CAREGIVER:
        name = options.prepared_by.name.strip()
        if not name:
            problems["prepared_by_name"] = translate(
                "summary", "Please write the caregiver's name."
            )
        elif has_control_characters(name):
            problems["prepared_by_name"] = translate(
                "summary", "The name contains an invisible control character. Please retype it."
            )
        elif len(name) > MAX_NAME_LENGTH:
            problems["prepared_by_name"] = translate(
                "summary", "Please keep the name under {count} characters."
            ).format(count=MAX_NAME_LENGTH)
    return problems


def _in_a_sentence(kind: AppointmentKind) -> str:
    """ "blood test", "CT scan": the kind's words, keeping the capital of an acronym."""
    words = appointment_kind_word(kind)
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]


class SummaryService:
    """The clinic visit summary of one record: its defaults, remembered options and data."""

    def __init__(self, record: CareRecord) -> None:
        self._record = record

    # -- the period ------------------------------------------------------------------------------

    def default_period(self, today: dt.date | None = None) -> Period:
        """Since the last past oncology visit (else any appointment, else 30 days) to today."""
        return self._default(today)[0]

    def default_period_reason(self, today: dt.date | None = None) -> str:
        """One sentence saying where the default period comes from, for the dialog."""
        return self._default(today)[1]

    def _default(self, today: dt.date | None) -> tuple[Period, str]:
        today = today or dt.date.today()
        # "Past" means before today: a visit later today is the one the summary is made for.
        before_today = dt.datetime.combine(today, dt.time())
        with self._record.reads() as session:
            last_visit = session.scalar(
                select(func.max(AppointmentRow.starts_at)).where(
                    AppointmentRow.kind == AppointmentKind.ONCOLOGY_VISIT.value,
                    AppointmentRow.starts_at < before_today,
                )
            )
            last_any = None
            if last_visit is None:
                last_any = session.execute(
                    select(AppointmentRow.starts_at, AppointmentRow.kind)
                    .where(AppointmentRow.starts_at < before_today)
                    .order_by(AppointmentRow.starts_at.desc(), AppointmentRow.id.desc())
                    .limit(1)
                ).first()
        if last_visit is not None:
            day = last_visit.date()
            return Period(day, today), translate(
                "summary", "Since your last oncology visit on {day}."
            ).format(day=long_day(day))
        if last_any is not None:
            day, kind = last_any[0].date(), AppointmentKind(last_any[1])
            if kind is AppointmentKind.OTHER:
                words = translate(
                    "summary",
                    "Since your last appointment on {day}; no oncology visit is recorded.",
                ).format(day=long_day(day))
            else:
                words = translate(
                    "summary",
                    "Since your last appointment on {day} ({appointment}); no oncology visit is "
                    "recorded.",
                ).format(day=long_day(day), appointment=_in_a_sentence(kind))
            return Period(day, today), words
        first = today - dt.timedelta(days=DEFAULT_PERIOD_DAYS - 1)
        return (
            Period(first, today),
            translate(
                "summary",
                "The last %n days (an app default: no earlier visit is recorded).",
                None,
                DEFAULT_PERIOD_DAYS,
            ),
        )

    def check_period(
        self, first: dt.date | None, last: dt.date | None, today: dt.date | None = None
    ) -> Period:
        """The period from ``first`` to ``last``; RecordInvalid with a sentence per date if not."""
        today = today or dt.date.today()
        problems: dict[str, str] = {}
        if first is None:
            problems["first"] = translate("summary", "Please choose the first day of the summary.")
        elif first > today:
            problems["first"] = translate(
                "summary", "This date is in the future. Please choose today or earlier."
            )
        if last is None:
            problems["last"] = translate("summary", "Please choose the last day of the summary.")
        elif last > today:
            problems["last"] = translate(
                "summary", "This date is in the future. Please choose today or earlier."
            )
        elif first is not None and last < first:
            problems["last"] = translate(
                "summary", "The end is before the start. Please choose {day} or later."
            ).format(day=long_day(first))
        if problems or first is None or last is None:
            raise RecordInvalid(problems)
        return Period(first, last)

    # -- remembered options ----------------------------------------------------------------------

    def options(self) -> SummaryOptions:
        """The remembered sections, preparer and appendix choice; by default every section, by
        the patient, without the appendix."""
        with self._record.reads() as session:
            return self._options(session)

    def _options(self, session: Session, person: Person | None = None) -> SummaryOptions:
        row = session.get(PreferenceRow, OPTIONS_KEY)
        if person is None:
            person_row = session.get(PersonRow, 1)
            name = person_row.name if person_row is not None else ""
        else:
            name = person.name
        return _options_from_json(row.value if row is not None else None, name)

    def save_options(self, options: SummaryOptions) -> None:
        """Remember ``options``; RecordInvalid (nothing saved) when a field cannot be used."""
        problems = options_problems(options)
        if problems:
            raise RecordInvalid(problems)
        value = _options_to_json(options)
        with self._record.sessions.begin() as session:
            row = session.get(PreferenceRow, OPTIONS_KEY)
            if row is None:
                session.add(PreferenceRow(key=OPTIONS_KEY, value=value))
            else:
                row.value = value

    # -- paper -----------------------------------------------------------------------------------

    def paper_size(self) -> PaperSize:
        """The profile's paper size, else the one of the computer's region."""
        person = self._record.person.get()
        return self._paper(person)

    @staticmethod
    def _paper(person: Person | None) -> PaperSize:
        if person is not None and person.paper_size is not None:
            return person.paper_size
        return paper_for_locale(system_locale_name())

    # -- the data --------------------------------------------------------------------------------

    def _context(self, session: Session) -> FlagInputs:
        """The person, each day's last weight, treatments and receptor tests, for the summary.

        The flags themselves come from the record's flags cache (``record.flags``), the same
        the Today banner, the Flags page and History read; the entries of the period are read
        apart. One weight per day keeps the memory small on a record of millions of entries.
        """
        person_row = session.get(PersonRow, 1)
        return FlagInputs(
            entries=(),
            measurements=repositories.last_weight_each_day(session),
            person=person_from_row(person_row) if person_row else None,
            receptor_tests=repositories.receptor_tests(session),
            treatments=repositories.treatments(session),
        )

    def data(
        self,
        period: Period,
        sections: Iterable[Section] | None = None,
        prepared_by: PreparedBy | None = None,
        today: dt.date | None = None,
        now: dt.datetime | None = None,
        appendix: bool | None = None,
    ) -> SummaryData:
        """Everything the summary of ``period`` prints (None: the remembered options).

        ``now`` decides which appointments are upcoming (default: now, on ``today``).
        """
        if now is None:
            now = (
                dt.datetime.now()
                if today is None
                else dt.datetime.combine(today, dt.datetime.now().time())
            )
        today = today or now.date()
        record = self._record
        knowledge = record.knowledge
        previous = period.previous()
        with record.reads() as session:
            inputs = self._context(session)
            if sections is None or prepared_by is None or appendix is None:
                remembered = self._options(session, inputs.person)
                sections = remembered.sections if sections is None else sections
                prepared_by = remembered.prepared_by if prepared_by is None else prepared_by
                appendix = remembered.appendix if appendix is None else appendix
            care_team = repositories.care_team(session)
            chosen = frozenset(sections)
            # The summary reads the period and the one before it (for the comparison).
            entries = repositories.symptom_entries(session, since=previous.first, until=period.last)
            tracked = [
                to_tracked(row, record) for row in session.scalars(select(TrackedSymptomRow))
            ]
            # All of them: upcoming ones, past ones' open questions, the period's for the chart.
            appointments = (
                repositories.appointments(session) if Section.APPOINTMENTS in chosen else ()
            )
            notes = (
                {
                    row.day: row.note
                    for row in session.scalars(
                        select(DayNoteRow).where(
                            DayNoteRow.day >= period.first, DayNoteRow.day <= period.last
                        )
                    )
                }
                if Section.NOTES in chosen
                else {}
            )
            # Each reading of the period: the temperature part shows the day's highest.
            temperatures = (
                repositories.measurements(
                    session, MeasurementKind.TEMPERATURE, period.first, period.last
                )
                if Section.TEMPERATURE in chosen
                else ()
            )
        # Each medicine's doses of the period, counted (one read of the period's doses).
        medicines = (
            [
                (line.treatment, line.counts)
                for line in record.medicines.counts(period.first, period.last, now)
            ]
            if Section.TREATMENTS in chosen
            else []
        )
        # The chart's relief lanes: the period's as-needed doses with both scores.
        relief = (
            record.history.read(period.first, period.last, tracked=(), relief=True).relief
            if Section.TREATMENTS in chosen and Section.SYMPTOMS in chosen
            else None
        )
        # The temperature part counts the days of fever flags.
        wants_flags = Section.FLAGS in chosen or Section.TEMPERATURE in chosen
        flags = record.flags.evaluate(since=period.first) if wants_flags else []
        # Open "contact promptly" flags from before the period, for page 1 (from the cache).
        earlier = (
            [flag for flag in record.flags.evaluate() if flag.last_day < period.first]
            if Section.FLAGS in chosen
            else []
        )
        return build_summary_data(
            person=inputs.person,
            period=period,
            today=today,
            now=now,
            sections=chosen,
            prepared_by=prepared_by,
            paper_size=self._paper(inputs.person),
            knowledge=knowledge,
            flags=flags,
            tracked=tracked,
            entries=entries,
            measurements=(*inputs.measurements, *temperatures),
            treatments=inputs.treatments,
            receptor_tests=inputs.receptor_tests,
            appointments=appointments,
            day_notes=notes,
            fever_from_celsius=record.flags.settings().fever_from_celsius,
            care_team=care_team,
            appendix=appendix,
            earlier_flags=earlier,
            medicines=medicines,
            relief=relief or (),
            day_value=record.daylog.day_value(),
        )
