"""The agenda's schedule in words: the forum's frame in one line, and every
conflict, overrun and item without a time (`schedule.Report`) as a list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from workshop_app.models import ForumDay
from workshop_app.models.schedule import NotPlaced, Report, Why

translate = QCoreApplication.translate


def frame_text(days: Sequence[ForumDay], rooms: Sequence[str]) -> str:
    """"2027-05-20 09:30–16:00 (breaks …; lunch …) · Rooms: A, B", or what is missing."""
    if not days and not rooms:
        return translate("AgendaReport", "No forum days or rooms yet: set them before scheduling.")
    parts = []
    for day in days:
        pauses = []
        if day.breaks:
            pauses.append(translate("AgendaReport", "breaks {times}").format(times=", ".join(day.breaks)))
        if day.lunch:
            pauses.append(translate("AgendaReport", "lunch {time}").format(time=day.lunch))
        extra = f" ({'; '.join(pauses)})" if pauses else ""
        parts.append(f"{day.date} {day.start}–{day.finish}{extra}")
    if not days:
        parts.append(translate("AgendaReport", "no forum days yet"))
    rooms_text = (translate("AgendaReport", "Rooms: {names}").format(names=", ".join(rooms)) if rooms
                  else translate("AgendaReport", "no rooms yet"))
    return "\n".join([*parts, rooms_text])


def report_lines(report: Report, unplaced: Mapping[str, NotPlaced],
                 titles: Mapping[str, str]) -> list[str]:
    """Every problem of `report` as a sentence; items without a time say why
    when the last automatic schedule left them out (`unplaced`)."""
    def name(item_id: str) -> str:
        return titles.get(item_id, item_id)

    lines = []
    for conflict in report.conflicts:
        text = {
            Why.LEAD: translate("AgendaReport", "“{a}” and “{b}” run at the same time but have the same lead."),
            Why.SPEAKER: translate("AgendaReport", "“{a}” and “{b}” run at the same time but share a speaker."),
            Why.MARKED: translate("AgendaReport", "“{a}” and “{b}” run at the same time but are marked as "
                            "conflicting."),
            None: translate("AgendaReport", "“{a}” and “{b}” are in the same room at the same time."),
        }[conflict.why]
        lines.append(text.format(a=name(conflict.first), b=name(conflict.second)))
    for item_id in report.overruns:
        lines.append(translate("AgendaReport", "“{a}” runs into a break or lunch, past the end of the day, or "
                         "outside the forum's days.").format(a=name(item_id)))
    for item_id, room in report.unknown_rooms:
        lines.append(translate("AgendaReport", "“{a}” is in the room “{room}”, which is not one of "
                               "the forum's rooms: choose another room.").format(
            a=name(item_id), room=room))
    for item_id in report.unscheduled:
        why = unplaced.get(item_id)
        if why is NotPlaced.TOO_LONG:
            text = translate("AgendaReport", "“{a}” did not fit: it is longer than any free time between breaks.")
        elif why is NotPlaced.NO_ROOM:
            text = translate("AgendaReport", "“{a}” did not fit: no room or time was left in the forum's days.")
        else:
            text = translate("AgendaReport", "“{a}” has no day and time yet.")
        lines.append(text.format(a=name(item_id)))
    if not lines:
        lines.append(translate("AgendaReport", "Nothing to report: every item has a time and nothing clashes."))
    return lines
