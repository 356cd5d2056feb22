"""The PDF agenda: next year's forum as a timetable the organisers print.

A4 landscape. One section per day (a bookmark each): the rooms (tracks) side
by side, a row for each stretch of time between two moments when something
starts or ends, each session a framed cell spanning its rows with its title
in bold, its format and duration, its lead and its speakers; breaks and
lunch as rows of their own, named in words. Meaning never rests on colour
(the print is often black and white): frames, bold times and words carry it.
Items without a time follow the timetable in a list. A forum whose days or
rooms are not set yet, and an agenda with no item at a time, say so. Two
sessions in one room at once (a hand-made clash) get a column each, so
nothing is hidden. Fonts, escaping, page numbers, metadata and the
whole-or-nothing write: `pdf_layout`.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from workshop_app.exports.pdf_layout import (
    FOOTER_CHARS,
    MARGIN,
    RULE,
    Heading,
    Metadata,
    Progress,
    Styles,
    build_pdf,
    make_styles,
    para_text,
    write_pdf,
)
from workshop_app.exports.pdf_rounds import table_style
from workshop_app.exports.pdf_words import SummaryWords, language
from workshop_app.models import AgendaItem, ForumDay
from workshop_app.models.schedule import hm, minutes, parse_slot, span
from workshop_app.models.text import shorten
from workshop_app.services import WorkshopService

translate = QCoreApplication.translate

PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * MARGIN
TIME_COLUMN = 26 * mm
PAUSE_FILL = colors.HexColor("#e6e6e6")  # light enough to read black on, in grey print too
FRAME = colors.HexColor("#1a1a1a")
MAX_LANES = 4
"""Rooms side by side in one table: a session's cell, 300-character title,
lead and speakers included, then always fits on a page."""


@dataclass(frozen=True)
class _Session:
    item: AgendaItem
    start: int
    end: int


@dataclass
class _Day:
    """One day of the forum: its frame (None for a date only items name)
    and the sessions on it, by start."""

    date: str
    frame: ForumDay | None
    sessions: list[_Session] = field(default_factory=list)

    def pauses(self) -> list[tuple[int, int, str]]:
        if self.frame is None:
            return []
        named = [(text, translate("PdfAgenda", "Coffee break")) for text in self.frame.breaks]
        if self.frame.lunch:
            named.append((self.frame.lunch, translate("PdfAgenda", "Lunch")))
        return sorted((*found, name) for text, name in named if (found := span(text)))


def export_agenda(service: WorkshopService, target: Path) -> None:
    """Write the PDF agenda to `target` whole or not at all; `OutputRefused`
    for a target that is, or belongs to, a workshop."""
    write_pdf(target, lambda: agenda_pdf(service), inputs=[service.store.path])


def agenda_pdf(service: WorkshopService, *, progress: Progress | None = None) -> bytes:
    """The PDF agenda as bytes, in the installed language; `progress` as in
    `pdf_layout.build_pdf`."""
    workshop = service.workshop()
    items = service.agenda()
    days = _days(items, service.forum_days())
    rooms = list(workshop.rooms)
    styles = make_styles()
    words = SummaryWords()
    story: list[Flowable] = [
        Paragraph(para_text(translate("PdfAgenda", "Draft agenda of the next forum")), styles.small),
        Heading(workshop.title, styles.title, level=0),
        *_frame_note(days, rooms, items, styles),
    ]
    for number, day in enumerate(days, start=1):
        story += _day_section(number, day, rooms, styles, words)
    story += _without_time(items, styles, words)
    meta = Metadata(title=translate("PdfAgenda", "Agenda: {title}").format(title=workshop.title),
                    author=", ".join(workshop.moderators) or "Razem",
                    subject=translate("PdfAgenda", "Draft agenda of the next forum"), language=language())
    return build_pdf(story, meta, footer=shorten(workshop.title, FOOTER_CHARS), page_label=words.page,
                     pagesize=PAGE, progress=progress)


def _days(items: Sequence[AgendaItem], frame: Sequence[ForumDay]) -> list[_Day]:
    """The frame's days and any other date an item is set on, in date order."""
    days = {day.date: _Day(day.date, day) for day in frame}
    for item in items:
        parsed = parse_slot(item.slot)
        if parsed is None:
            continue
        date, start = parsed
        day = days.setdefault(date, _Day(date, None))
        day.sessions.append(_Session(item, start, start + item.duration_minutes))
    for day in days.values():
        day.sessions.sort(key=lambda s: (s.start, s.item.position))
    return [days[date] for date in sorted(days)]


def _frame_note(days: Sequence[_Day], rooms: Sequence[str], items: Sequence[AgendaItem],
                styles: Styles) -> list[Flowable]:
    notes = []
    if not items:
        notes.append(translate("PdfAgenda", "The agenda has no items yet."))
    if not any(day.frame for day in days) or not rooms:
        notes.append(translate("PdfAgenda", "The forum's days and rooms have not been set yet."))
    if items and not any(day.sessions for day in days):
        notes.append(translate("PdfAgenda", "No item has a day and time yet; all are listed below."))
    return [Paragraph(para_text(note), styles.body) for note in notes]


def _written(date: str, form: str) -> str:
    day = datetime.date.fromisoformat(date)
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def day_title(number: int, date: str) -> str:
    """"Day 1: Thursday, 20 May 2027" in the installed language."""
    return translate("PdfAgenda", "Day {number}: {date}").format(
        number=number, date=_written(date, "dddd, d MMMM yyyy"))


def _day_section(number: int, day: _Day, rooms: Sequence[str], styles: Styles,
                 words: SummaryWords) -> list[Flowable]:
    story: list[Flowable] = [Heading(day_title(number, day.date), styles.h1, level=0)]
    if day.frame is not None:
        hours = translate("PdfAgenda", "From {start} to {finish}").format(
            start=day.frame.start, finish=day.frame.finish)
        story.append(Paragraph(para_text(hours), styles.small))
    if not day.sessions:
        return [*story, Paragraph(para_text(translate("PdfAgenda", "No session on this day yet.")),
                                  styles.body)]
    lanes = _lanes(day, rooms)
    for first in range(0, len(lanes), MAX_LANES):  # many rooms: a table for each few, one under another
        story += [_timetable(day, lanes[first:first + MAX_LANES], styles, words), Spacer(1, 4 * mm)]
    return story


def _lanes(day: _Day, rooms: Sequence[str]) -> list[tuple[str, list[_Session]]]:
    """The columns of a day: every room of the forum, then any other room the
    day's items name (marked: not a room of the forum), then items with no room; a room with two sessions at
    once gets a second column, so that each session has a cell of its own."""
    names = [*rooms, *sorted({s.item.track for s in day.sessions} - set(rooms) - {""})]
    if any(not s.item.track for s in day.sessions):
        names.append("")
    lanes: list[tuple[str, list[_Session]]] = []
    for name in names:
        columns: list[list[_Session]] = [[]]
        for session in (s for s in day.sessions if s.item.track == name):
            free = next((c for c in columns if not c or c[-1].end <= session.start), None)
            if free is None:
                columns.append(free := [])
            free.append(session)
        heading = name or translate("PdfAgenda", "No room")
        if name and rooms and name not in rooms:  # e.g. a room removed from the frame since
            heading = translate("PdfAgenda", "{room} (not a room of the forum)").format(room=name)
        lanes += [(heading if n == 0 else f"{heading} ({n + 1})", column) for n, column in enumerate(columns)]
    return lanes


def _clock(moment: int) -> str:
    return hm(moment % 1440)  # a session running past midnight ends on the next day's clock


def _timetable(day: _Day, lanes: Sequence[tuple[str, list[_Session]]], styles: Styles,
               words: SummaryWords) -> Table:
    """One row per stretch between two moments when something starts or ends,
    the time column first; each session spans its rows inside a frame."""
    pauses = day.pauses()
    moments = {m for s in day.sessions for m in (s.start, s.end)} | {m for a, b, _ in pauses for m in (a, b)}
    if day.frame is not None:
        moments |= {m for m in (minutes(day.frame.start), minutes(day.frame.finish)) if m is not None}
    stops = sorted(moments)
    row_of = {moment: n for n, moment in enumerate(stops, start=1)}  # the row a moment starts
    # The header is repeated on every page a day runs onto: it names the day.
    rows: list[list[object]] = [[Paragraph(para_text(_written(day.date, "ddd d.MM")), styles.cell_bold),
                                 *(Paragraph(para_text(name), styles.cell_bold) for name, _ in lanes)]]
    rows += [[Paragraph(para_text(f"{_clock(start)}–{_clock(end)}"), styles.cell_bold), *([""] * len(lanes))]
             for start, end in itertools.pairwise(stops)]
    commands: list[tuple[object, ...]] = []
    taken: set[int] = set()
    for column, (_, sessions) in enumerate(lanes, start=1):
        for session in sessions:
            first, last = row_of[session.start], row_of[session.end] - 1
            rows[first][column] = _session_cell(session, styles, words)
            taken.update(range(first, last + 1))
            commands += [("SPAN", (column, first), (column, last)),
                         ("BOX", (column, first), (column, last), 1.2, FRAME)]
    for start, end, name in pauses:
        first, last = row_of[start], row_of[end] - 1
        commands.append(("BACKGROUND", (0, first), (-1, last), PAUSE_FILL))
        if taken.isdisjoint(range(first, last + 1)):  # else a session runs into it: no label over it
            rows[first][1] = Paragraph(para_text(name), styles.cell_bold)
            commands.append(("SPAN", (1, first), (-1, last)))
    lane_width = (WIDTH - TIME_COLUMN) / len(lanes)
    return Table(rows, colWidths=[TIME_COLUMN, *([lane_width] * len(lanes))], repeatRows=1,
                 style=table_style(("GRID", (0, 0), (-1, -1), 0.4, RULE),
                                   ("LINEBELOW", (0, 0), (-1, 0), 1.2, FRAME), *commands))


def _session_cell(session: _Session, styles: Styles, words: SummaryWords) -> list[Flowable]:
    item = session.item
    cell: list[Flowable] = [Paragraph(para_text(words.agenda_title(item)), styles.cell_bold)]
    facts = [f"{_clock(session.start)}–{_clock(session.end)} · {words.agenda_format(item.format)}"]
    if item.lead:
        facts.append(translate("PdfAgenda", "Lead: {lead}").format(lead=item.lead))
    if item.speakers:
        facts.append(translate("PdfAgenda", "Speakers: {names}").format(names=item.speakers))
    return [*cell, *(Paragraph(para_text(fact), styles.cell) for fact in facts)]


def _without_time(items: Sequence[AgendaItem], styles: Styles, words: SummaryWords) -> list[Flowable]:
    waiting = [item for item in items if parse_slot(item.slot) is None]
    if not waiting:
        return []
    header = [translate("PdfAgenda", "Topic"), translate("PdfAgenda", "Format"),
              translate("PdfAgenda", "Duration"), translate("PdfAgenda", "Room"),
              translate("PdfAgenda", "Lead"), translate("PdfAgenda", "Speakers or partners")]
    rows: list[list[object]] = [[Paragraph(para_text(h), styles.cell_bold) for h in header]]
    for item in waiting:
        rows.append([Paragraph(para_text(text), style) for text, style in (
            (words.agenda_title(item), styles.cell_bold), (words.agenda_format(item.format), styles.cell),
            (words.minutes(item.duration_minutes), styles.cell), (item.track, styles.cell),
            (item.lead, styles.cell), (item.speakers, styles.cell))])
    fixed = [30 * mm, 18 * mm, 30 * mm]
    rest = (WIDTH - sum(fixed)) / 3
    return [Heading(translate("PdfAgenda", "Without a time yet"), styles.h1, level=0),
            Table(rows, colWidths=[rest * 1.2, *fixed, rest * 0.8, rest], repeatRows=1,
                  style=table_style(("GRID", (0, 0), (-1, -1), 0.4, RULE)))]
