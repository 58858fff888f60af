"""Appointments as an iCalendar (.ics) file that calendar apps import, written by hand (RFC 5545).

One VEVENT per appointment, with a stable UID (``appointment-<id>@mbc-tracker.local``) so that
importing the file again updates the events instead of doubling them. The app stores the local
wall-clock time a person typed, so DTSTART and DTEND are "floating" times (no TZID, no Z): the
calendar shows them at that same clock time wherever it is. The record holds no end time, so
every event lasts ``DEFAULT_DURATION`` (one hour), a default the app chose, not a fact about the
appointment. The description lists the questions still to ask.

The text rules of RFC 5545 are followed exactly: backslash, semicolon, comma and line breaks are
escaped in TEXT values (section 3.3.11), lines end in CRLF and are folded so that no line is
longer than 75 octets, never inside a UTF-8 character (section 3.1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from mbc_tracker import __version__
from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import Appointment, AppointmentKind, appointment_kind_word
from mbc_tracker.paths import ProtectedFiles
from mbc_tracker.services.transfer import write_private_file_atomically

DEFAULT_DURATION = dt.timedelta(hours=1)
UID_DOMAIN = "mbc-tracker.local"
PRODUCT_ID = f"-//MBC Care Tracker//MBC Care Tracker {__version__}//EN"
MAX_LINE_OCTETS = 75
CRLF = "\r\n"


def escape_text(text: str) -> str:
    """A TEXT value as RFC 5545 writes it: ``\\``, ``;``, ``,`` and line breaks escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, joined by CRLF and a space.

    The space that starts a continuation line counts towards its 75 octets. Pieces end between
    characters, so a multi-octet UTF-8 character (an accent, an emoji) is never cut in two.
    """
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for character in line:
        octets = len(character.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size = [], 0
            limit = MAX_LINE_OCTETS - 1  # room for the leading space
        current.append(character)
        size += octets
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def _floating(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _utc(moment: dt.datetime) -> str:
    # A naive ``now`` is the computer's local time; astimezone() reads it as such.
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def summary(appointment: Appointment, kind_label: Callable[[AppointmentKind], str]) -> str:
    """The kind, and the clinician when known: "Oncology visit – Dr Lee"."""
    words = kind_label(appointment.kind)
    if appointment.clinician.strip():
        words += f" – {appointment.clinician.strip()}"
    return words


def description(appointment: Appointment, person_name: str) -> str:
    """Whom the appointment is for, the questions still to ask, and any notes."""
    parts: list[str] = []
    if person_name.strip():
        parts.append(
            translate("calendar_export", "Appointment for {name}.").format(name=person_name.strip())
        )
    open_questions = [question for question in appointment.questions if not question.answered]
    if open_questions:
        parts.append(
            translate("calendar_export", "Questions to ask:")
            + "\n"
            + "\n".join(f"- {question.text}" for question in open_questions)
        )
    if appointment.notes.strip():
        parts.append(translate("calendar_export", "Notes:") + f"\n{appointment.notes.strip()}")
    return "\n\n".join(parts)


def _uid(appointment: Appointment) -> str:
    if appointment.id is not None:
        return f"appointment-{appointment.id}@{UID_DOMAIN}"
    # Not stored yet: derive it from what the appointment is, so it is still stable.
    return f"appointment-{_floating(appointment.starts_at)}-{appointment.kind.value}@{UID_DOMAIN}"


def _event(
    appointment: Appointment,
    person_name: str,
    stamp: str,
    kind_label: Callable[[AppointmentKind], str],
) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_uid(appointment)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{_floating(appointment.starts_at)}",
        f"DTEND:{_floating(appointment.starts_at + DEFAULT_DURATION)}",
        f"SUMMARY:{escape_text(summary(appointment, kind_label))}",
    ]
    if appointment.place.strip():
        lines.append(f"LOCATION:{escape_text(appointment.place.strip())}")
    text = description(appointment, person_name)
    if text:
        lines.append(f"DESCRIPTION:{escape_text(text)}")
    lines.append("END:VEVENT")
    return lines


def appointments_to_ics(
    appointments: Iterable[Appointment],
    person_name: str,
    now: dt.datetime,
    kind_label: Callable[[AppointmentKind], str] = appointment_kind_word,
) -> str:
    """The whole calendar file as text (CRLF line endings, folded lines).

    ``now`` is when the file is made (DTSTAMP, written in UTC). ``kind_label`` names the kinds
    of appointment; the GUI passes its translated words.
    """
    stamp = _utc(now)
    calendar_name = translate("calendar_export", "Appointments")
    if person_name.strip():
        calendar_name += f" – {person_name.strip()}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    for appointment in sorted(appointments, key=lambda item: (item.starts_at, item.id or 0)):
        lines.extend(_event(appointment, person_name, stamp, kind_label))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def export_ics(
    appointments: Iterable[Appointment],
    file: Path,
    person_name: str,
    now: dt.datetime,
    kind_label: Callable[[AppointmentKind], str] = appointment_kind_word,
    protecting: ProtectedFiles | None = None,
) -> int:
    """Write the appointments to ``file`` atomically (whole or not at all); return how many.

    The file is private to its owner, like every export: it names treatments and clinics.
    Raises OSError when the file cannot be written, and, given the open record's files
    (``protecting``), ``OutputRefused`` for a file that is the record's own.
    """
    chosen = list(appointments)
    text = appointments_to_ics(chosen, person_name, now, kind_label)
    write_private_file_atomically(file, text, protecting, "the calendar file")
    return len(chosen)
