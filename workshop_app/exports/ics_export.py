"""The agenda as an iCalendar file (RFC 5545) for calendars and websites.

One VEVENT per scheduled item: times local to Europe/Warsaw (with its
VTIMEZONE, so the file means the same everywhere), DTSTART from the item's
slot and DTEND from slot + duration; the title as SUMMARY, the room as
LOCATION, the rationale, format, lead, speakers and notes in DESCRIPTION.
UID is the item's id, so a calendar that imports the file again updates the
same events; DTSTAMP is the item's last change (the same agenda gives the
same bytes). Text is escaped (backslash, semicolon, comma, line breaks) and
lines are folded at 75 octets without splitting a character. Items without a
time are left out and named in `IcsExport.left_out` for the caller to show.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from workshop_app import __version__
from workshop_app.models import AgendaFormat, AgendaItem
from workshop_app.models.schedule import parse_slot
from workshop_app.services import WorkshopService
from workshop_app.ui.labels import format_label

translate = QCoreApplication.translate

TZID = "Europe/Warsaw"
_LINE_OCTETS = 75
# Central European Time since 1996: summer time from the last Sunday of
# March 02:00 to the last Sunday of October 03:00 (EU rules).
_VTIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TZID}", f"X-LIC-LOCATION:{TZID}",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True, slots=True)
class IcsExport:
    """The file's bytes and the titles of the items left out (no time yet)."""

    data: bytes
    left_out: tuple[str, ...]


def escaped(text: str) -> str:
    """TEXT value escaping of RFC 5545 3.3.11."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def folded(line: str) -> str:
    """One content line folded at 75 octets (RFC 5545 3.1), each
    continuation starting with a space; a UTF-8 character is never split."""
    parts: list[str] = []
    current, size, limit = "", 0, _LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append(current)
            current, size, limit = "", 0, _LINE_OCTETS - 1  # the leading space counts
        current += char
        size += octets
    parts.append(current)
    return "\r\n ".join(parts)


def _local(moment: datetime.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _stamp(iso: str) -> str:
    """An ISO-8601 UTC stamp as an iCalendar UTC date-time."""
    try:
        moment = datetime.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        moment = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _description(item: AgendaItem, format_word: str) -> str:
    parts = [item.rationale] if item.rationale else []
    for label, value in ((translate("Exports", "Format"), format_word),
                         (translate("Exports", "Lead"), item.lead),
                         (translate("Exports", "Speakers and partners"), item.speakers),
                         (translate("Exports", "Notes"), item.notes)):
        if value:
            parts.append(f"{label}: {value}")
    return "\n".join(parts)


def _event(item: AgendaItem, day: str, start: int, format_word: str) -> list[str]:
    begins = datetime.datetime.fromisoformat(day) + datetime.timedelta(minutes=start)
    ends = begins + datetime.timedelta(minutes=item.duration_minutes)
    lines = ["BEGIN:VEVENT", f"UID:{item.id}@razem", f"DTSTAMP:{_stamp(item.updated_at)}",
             f"DTSTART;TZID={TZID}:{_local(begins)}", f"DTEND;TZID={TZID}:{_local(ends)}",
             f"SUMMARY:{escaped(item.title)}"]
    if item.track:
        lines.append(f"LOCATION:{escaped(item.track)}")
    description = _description(item, format_word)
    if description:
        lines.append(f"DESCRIPTION:{escaped(description)}")
    lines.append("END:VEVENT")
    return lines


def agenda_ics(service: WorkshopService) -> IcsExport:
    """The agenda's scheduled items as iCalendar (see the module)."""
    return calendar(service.workshop().title, service.agenda())


def _format_word(fmt: AgendaFormat) -> str:
    """The format in the user's language; its stored value for a format the
    window has no word for yet."""
    try:
        return format_label(fmt)
    except KeyError:
        return fmt.value


def calendar(title: str, items: Sequence[AgendaItem]) -> IcsExport:
    """`items` with a time as one VCALENDAR; the others' titles in `left_out`."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Razem//Razem {__version__}//PL",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{escaped(title)}",
             f"X-WR-TIMEZONE:{TZID}", *_VTIMEZONE]
    left_out = []
    for item in items:
        parsed = parse_slot(item.slot)
        if parsed is None:
            left_out.append(item.title)
            continue
        lines += _event(item, *parsed, _format_word(item.format))
    lines.append("END:VCALENDAR")
    text = "".join(folded(line) + "\r\n" for line in lines)
    return IcsExport(text.encode("utf-8"), tuple(left_out))
