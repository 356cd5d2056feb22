"""Agenda operations: an item's fields, the items' order, the forum's frame
and an automatic schedule applied (`models.schedule`)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from workshop_app.models import AgendaFormat, AgendaItem, Cluster, ForumDay, Workshop, clean_text
from workshop_app.models.ids import new_id, now_iso
from workshop_app.models.schedule import (
    Placement,
    Report,
    Schedule,
    check,
    hm,
    parse_slot,
    schedule,
    typed_span,
    typed_time,
    valid_date,
)
from workshop_app.models.text import title_key
from workshop_app.services.base import UNCHANGED, ServiceBase, Unchanged, _short, valid_title
from workshop_app.services.changes import Changes, Op, RefusalReason, Refused
from workshop_app.services.specs import FrameDay

MAX_DURATION = 24 * 60


def valid_duration(value: int) -> int:
    """Minutes of a session: 1..1440, else `Refused(INVALID_DURATION)`."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_DURATION:
        raise Refused(RefusalReason.INVALID_DURATION)
    return value


def valid_slot(slot: str) -> str:
    """"" or a local start "YYYY-MM-DDTHH:MM"; else `Refused(INVALID_SLOT)`."""
    slot = slot.strip()
    if slot and parse_slot(slot) is None:
        raise Refused(RefusalReason.INVALID_SLOT, slot)
    return slot


def new_agenda_item(
    *, title: str, rationale: str, cluster_id: str | None, format: AgendaFormat,
    duration_minutes: int, slot: str = "", track: str = "", lead: str = "", speakers: str = "",
    notes: str = "", carried_over: bool = False, position: int,
) -> AgendaItem:
    """A new item with its fields checked and cleaned; `Refused` for a bad one."""
    return AgendaItem(
        id=new_id(), title=valid_title(title), rationale=clean_text(rationale),
        cluster_id=cluster_id, format=_valid_format(format),
        duration_minutes=valid_duration(duration_minutes), slot=valid_slot(slot),
        track=_short(track), lead=_short(lead), speakers=_short(speakers),
        notes=clean_text(notes), carried_over=bool(carried_over), position=position)


class AgendaOps(ServiceBase):
    """Agenda operations beyond adding and deleting an item (`VoteOps`)."""

    # -- reads ---------------------------------------------------------------

    def forum_days(self) -> list[ForumDay]:
        """The frame's days in date order."""
        return self.store.all(ForumDay)

    def agenda_report(self) -> Report:
        """What is wrong with the agenda's times and rooms as they stand
        (`schedule.check`)."""
        return check(self.agenda(), self.forum_days(), rooms=self.workshop().rooms)

    def proposed_schedule(self) -> Schedule:
        """"Ułóż automatycznie": the items in priority order fitted into the
        frame; nothing is written (see `apply_schedule`)."""
        return schedule(self.agenda(), self.forum_days(), self.workshop().rooms)

    # -- changes -------------------------------------------------------------

    def add_agenda_item(
        self, *, title: str, rationale: str = "", cluster_id: str | None = None,
        format: AgendaFormat = AgendaFormat.PANEL, duration_minutes: int = 60,
        slot: str = "", track: str = "", lead: str = "", speakers: str = "",
        notes: str = "", carried_over: bool = False,
    ) -> Changes:
        """A new item at the end of the agenda (lowest priority); one undo step."""
        with self._operation(Op.ADD_AGENDA_ITEM) as operation:
            if cluster_id is not None:
                self._existing(Cluster, cluster_id)
            self._refuse_repeat(valid_title(title), cluster_id)
            item = new_agenda_item(
                title=title, rationale=rationale, cluster_id=cluster_id, format=format,
                duration_minutes=duration_minutes, slot=slot, track=track, lead=lead,
                speakers=speakers, notes=notes, carried_over=carried_over,
                position=len(self.agenda()))
            self.store.insert(item)
            operation.created = item.id
        return operation.changes

    def delete_agenda_item(self, *, item_id: str) -> Changes:
        """Soft-delete one item; the others' priorities close the gap (1..n
        again). One undo step, which brings back the old numbers too."""
        with self._operation(Op.DELETE_AGENDA_ITEM) as operation:
            self._existing(AgendaItem, item_id)
            self.store.update(AgendaItem, item_id, deleted_at=now_iso())
            self._number(item.id for item in self.agenda())
        return operation.changes

    def edit_agenda_item(
        self, *, item_id: str, title: str | Unchanged = UNCHANGED,
        rationale: str | Unchanged = UNCHANGED, format: AgendaFormat | Unchanged = UNCHANGED,
        duration_minutes: int | Unchanged = UNCHANGED, lead: str | Unchanged = UNCHANGED,
        speakers: str | Unchanged = UNCHANGED, slot: str | Unchanged = UNCHANGED,
        track: str | Unchanged = UNCHANGED, notes: str | Unchanged = UNCHANGED,
        carried_over: bool | Unchanged = UNCHANGED,
        conflicts: Sequence[str] | Unchanged = UNCHANGED,
    ) -> Changes:
        """Change the given fields of one item; one undo step."""
        fields: dict[str, Any] = {}
        if not isinstance(title, Unchanged):
            fields["title"] = valid_title(title)
        for name, text in (("rationale", rationale), ("notes", notes)):
            if not isinstance(text, Unchanged):
                fields[name] = clean_text(text)
        for name, text in (("lead", lead), ("speakers", speakers), ("track", track)):
            if not isinstance(text, Unchanged):
                fields[name] = _short(text)
        if not isinstance(format, Unchanged):
            fields["format"] = _valid_format(format)
        if not isinstance(duration_minutes, Unchanged):
            fields["duration_minutes"] = valid_duration(duration_minutes)
        if not isinstance(slot, Unchanged):
            fields["slot"] = valid_slot(slot)
        if not isinstance(carried_over, Unchanged):
            fields["carried_over"] = bool(carried_over)
        with self._operation(Op.EDIT_AGENDA_ITEM) as operation:
            self._existing(AgendaItem, item_id)
            if not isinstance(conflicts, Unchanged):
                fields["conflicts"] = self._valid_conflicts(item_id, conflicts)
            if fields:
                self.store.update(AgendaItem, item_id, **fields)
        return operation.changes

    def reorder_agenda(self, *, item_ids: Sequence[str]) -> Changes:
        """Put the live items in the given order (priority, best first); the
        list must name each live item exactly once. One undo step."""
        with self._operation(Op.REORDER_AGENDA) as operation:
            live = [item.id for item in self.agenda()]
            if len(item_ids) != len(live) or set(item_ids) != set(live):
                raise Refused(RefusalReason.AGENDA_ORDER_MISMATCH)
            self._number(item_ids)
        return operation.changes

    def _number(self, item_ids: Iterable[str]) -> None:
        """Positions 0..n-1 in the order given (a write only where one differs)."""
        for position, item_id in enumerate(item_ids):
            self.store.update(AgendaItem, item_id, position=position)

    def set_frame(self, *, days: Sequence[FrameDay], rooms: Sequence[str]) -> Changes:
        """Replace the forum's frame: its days (any order; kept by date) with
        their hours, breaks and lunch, and the parallel tracks' rooms (their
        number is the number of tracks). One undo step."""
        names = tuple(valid_title(room) for room in rooms)
        if len({name.casefold() for name in names}) != len(names):
            raise Refused(RefusalReason.DUPLICATE_ROOM)
        if days and not names:
            raise Refused(RefusalReason.NO_TRACKS)
        checked = sorted((check_frame_day(day) for day in days), key=lambda d: d.date)
        if len({d.date for d in checked}) != len(checked):
            raise Refused(RefusalReason.DUPLICATE_DAY)
        with self._operation(Op.SET_FRAME) as operation:
            current = [FrameDay(d.date, d.start, d.finish, d.breaks, d.lunch)
                       for d in self.forum_days()]
            if current != checked:  # the same frame again is no change
                self.store.delete_all(ForumDay)
                for position, day in enumerate(checked):
                    self.store.insert(ForumDay(id=new_id(), date=day.date, start=day.start,
                                               finish=day.finish, breaks=day.breaks,
                                               lunch=day.lunch, position=position))
            self.store.update(Workshop, self.workshop().id, rooms=names)
        return operation.changes

    def apply_schedule(self, *, placements: Mapping[str, Placement]) -> Changes:
        """Set the slot and track of the items named (a `proposed_schedule`'s
        placements: all items, "" for those not placed); one undo step."""
        with self._operation(Op.APPLY_SCHEDULE, len(placements)) as operation:
            found = self.find_many(AgendaItem, placements)
            if set(placements) - set(found):
                raise Refused(RefusalReason.NOT_FOUND, "agenda item")
            for item_id, placement in placements.items():
                self.store.update(AgendaItem, item_id, slot=valid_slot(placement.slot),
                                  track=_short(placement.track))
        return operation.changes

    def _refuse_repeat(self, title: str, cluster_id: str | None) -> None:
        """`Refused(TOPIC_ON_AGENDA)` for a title already on the agenda (the
        rule carrying over skips by, `title_key`) or a group already there."""
        key = title_key(title)
        for item in self.agenda():
            if title_key(item.title) == key or (cluster_id and item.cluster_id == cluster_id):
                raise Refused(RefusalReason.TOPIC_ON_AGENDA, item.title)

    def _valid_conflicts(self, item_id: str, conflicts: Sequence[str]) -> tuple[str, ...]:
        chosen = tuple(dict.fromkeys(conflicts))
        if item_id in chosen:
            raise Refused(RefusalReason.SELF_CONFLICT)
        if set(chosen) - set(self.find_many(AgendaItem, chosen)):
            raise Refused(RefusalReason.NOT_FOUND, "agenda item")
        return chosen


def _valid_format(value: AgendaFormat | str) -> AgendaFormat:
    try:
        return AgendaFormat(value)
    except ValueError as error:
        raise Refused(RefusalReason.INVALID_VALUE, "format") from error


def check_frame_day(day: FrameDay) -> FrameDay:
    """A day as stored: its date checked, its times as typed ("9.30", "9:30",
    "9") written "HH:MM", its breaks in time order. `Refused` naming the day
    (its date as detail) and, by its reason, the field that is wrong."""
    date = day.date.strip()
    if not valid_date(date):
        raise Refused(RefusalReason.INVALID_FRAME_DAY, date)
    start, finish = typed_time(day.start), typed_time(day.finish)
    if start is None:
        raise Refused(RefusalReason.INVALID_FRAME_START, date)
    if finish is None:
        raise Refused(RefusalReason.INVALID_FRAME_END, date)
    if start >= finish:
        raise Refused(RefusalReason.FRAME_END_BEFORE_START, date)
    breaks = sorted(_pause(text, start, finish, RefusalReason.INVALID_BREAK, date)
                    for text in day.breaks)
    lunch = (_pause(day.lunch, start, finish, RefusalReason.INVALID_LUNCH, date)
             if day.lunch.strip() else None)
    ordered = sorted([*breaks, *([lunch] if lunch else [])])
    if any(later[0] < earlier[1] for earlier, later in itertools.pairwise(ordered)):
        raise Refused(RefusalReason.INVALID_BREAK, date)
    return FrameDay(date=date, start=hm(start), finish=hm(finish),
                    breaks=tuple(_hm_span(pause) for pause in breaks),
                    lunch=_hm_span(lunch) if lunch else "")


def frame_day_problem(day: FrameDay) -> RefusalReason | None:
    """Why `check_frame_day` refuses `day`, None when it takes it (the frame
    dialog finds the cell at fault with it)."""
    try:
        check_frame_day(day)
    except Refused as refused:
        return refused.reason
    return None


def _pause(text: str, start: int, finish: int, reason: RefusalReason,
           date: str) -> tuple[int, int]:
    """A break or lunch as typed, within the day's hours; else `Refused(reason)`."""
    found = typed_span(text)
    if found is None or found[0] < start or found[1] > finish:
        raise Refused(reason, date)
    return found


def _hm_span(pause: tuple[int, int]) -> str:
    """A pause written "HH:MM-HH:MM"."""
    return f"{hm(pause[0])}-{hm(pause[1])}"

