"""Next year's forum on the clock: times, the conflict graph, the automatic
schedule ("Ułóż automatycznie") and the check of any schedule. Pure: items,
days and rooms in, plain values out.

Two items *conflict* (must not run at the same time) when they have the same
lead organisation, share a speaker (the free text split on commas and
semicolons; names compared without case and Polish diacritics), or one marks
the other as conflicting by hand. The conflict graph is coloured greedily in
priority order (networkx); items of one colour may run side by side.

`schedule` fills the frame's free blocks (a day's hours less its breaks and
lunch) in priority order: a block of sessions starts with the best item still
waiting, takes the waiting items of its colour, then any other waiting item
that conflicts with none already in the block, one per track; the next block
starts when its longest session ends. An item is placed only inside one free
block, so the automatic schedule never runs into a break or past a day's end;
an item longer than every free block, or one for which no room was left, is
returned as not placed with its reason. Ties are broken by priority order
only, so the same input gives the same schedule.

`check` reads any schedule (automatic or edited by hand) and reports
conflicting items that overlap in time, two items in one room at once,
items that run into a break, lunch or past the day's end or lie outside the
forum's days (once the forum has days), and items without a time: nothing is
left out of the report.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

import networkx as nx

from workshop_app.models.entities import AgendaItem, ForumDay
from workshop_app.models.text import fold

_HM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_SLOT = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$")
_NAMES = re.compile(r"[,;]")


def minutes(hm: str) -> int | None:
    """Minutes after midnight of "HH:MM" (00:00-23:59), None if not that form."""
    found = _HM.match(hm)
    return int(found.group(1)) * 60 + int(found.group(2)) if found else None


_TYPED = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")


def typed_time(text: str) -> int | None:
    """Minutes after midnight of a time as people write it: "9:30", "9.30"
    (the common Polish way), "09:30" or a whole hour "9"; None otherwise."""
    found = _TYPED.match(text.strip())
    if not found:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def typed_span(text: str) -> tuple[int, int] | None:
    """A pause as typed ("10.30-10.45", "10:30 - 10:45", "12-13") as (start,
    end) minutes with start < end, else None."""
    parts = text.split("-")
    if len(parts) != 2:
        return None
    start, end = typed_time(parts[0]), typed_time(parts[1])
    return (start, end) if start is not None and end is not None and start < end else None


def hm(total: int) -> str:
    """"HH:MM" of minutes after midnight (0 <= total < 1440)."""
    return f"{total // 60:02d}:{total % 60:02d}"


def span(text: str) -> tuple[int, int] | None:
    """A pause "HH:MM-HH:MM" as (start, end) minutes with start < end, else None."""
    parts = text.split("-")
    if len(parts) != 2:
        return None
    start, end = minutes(parts[0].strip()), minutes(parts[1].strip())
    if start is None or end is None or start >= end:
        return None
    return start, end


def valid_date(text: str) -> bool:
    """True for a real calendar date "YYYY-MM-DD"."""
    try:
        return datetime.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def parse_slot(slot: str) -> tuple[str, int] | None:
    """A slot "YYYY-MM-DDTHH:MM" as (date, start minutes), None if not that form."""
    found = _SLOT.match(slot)
    if not found or not valid_date(found.group(1)):
        return None
    start = minutes(found.group(2))
    return None if start is None else (found.group(1), start)


def slot_of(day: str, start: int) -> str:
    """The slot "YYYY-MM-DDTHH:MM" of a day and start minutes."""
    return f"{day}T{hm(start)}"


def speaker_names(text: str) -> frozenset[str]:
    """The speakers or partners of free text, folded, split on , and ;."""
    return frozenset(name for part in _NAMES.split(text) if (name := " ".join(fold(part).split())))


class Why(enum.StrEnum):
    """Why two items conflict (the first reason that holds)."""

    LEAD = "lead"  # the same lead sector or organisation
    SPEAKER = "speaker"  # a shared speaker or partner
    MARKED = "marked"  # marked as conflicting by hand


def conflict_graph(items: Sequence[AgendaItem]) -> nx.Graph[str]:
    """Items as nodes in the given order; an edge for each conflicting pair,
    with its reason as the edge's `why`. Hand marks to unknown items are ignored."""
    graph: nx.Graph[str] = nx.Graph()
    graph.add_nodes_from(item.id for item in items)
    leads = {item.id: " ".join(fold(item.lead).split()) for item in items}
    speakers = {item.id: speaker_names(item.speakers) for item in items}
    for a, b in combinations(items, 2):
        why = None
        if leads[a.id] and leads[a.id] == leads[b.id]:
            why = Why.LEAD
        elif speakers[a.id] & speakers[b.id]:
            why = Why.SPEAKER
        elif a.id in b.conflicts or b.id in a.conflicts:
            why = Why.MARKED
        if why is not None:
            graph.add_edge(a.id, b.id, why=why)
    return graph


def colours(graph: nx.Graph[str], order: Sequence[str]) -> dict[str, int]:
    """Greedy colouring visiting the items in priority `order`: the best
    item gets colour 0, and so on; deterministic."""
    return dict(nx.greedy_color(graph, strategy=lambda _g, _c: iter(order)))


class NotPlaced(enum.StrEnum):
    """Why the automatic schedule left an item out."""

    TOO_LONG = "too_long"  # longer than every free block of the frame
    NO_ROOM = "no_room"  # the frame was full, or has no days or no rooms yet


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two items that overlap in time but must not (`why`), or share a room
    at once (`why` None)."""

    first: str
    second: str
    why: Why | None


@dataclass(frozen=True, slots=True)
class Report:
    """What is wrong with a schedule, every case listed: `conflicts`,
    `overruns` (items running into a break, lunch, past the day's end or
    outside the forum's days), `unscheduled` (items with no time), after
    `schedule`, `unplaced` (item, reason), and `unknown_rooms` (item, room):
    items in a room that is not (or no longer) one of the forum's rooms."""

    conflicts: tuple[Conflict, ...] = ()
    overruns: tuple[str, ...] = ()
    unscheduled: tuple[str, ...] = ()
    unplaced: tuple[tuple[str, NotPlaced], ...] = ()
    unknown_rooms: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.conflicts or self.overruns or self.unscheduled or self.unplaced
                    or self.unknown_rooms)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one item goes: its slot and its room (track)."""

    slot: str  # "YYYY-MM-DDTHH:MM", "" when not placed
    track: str  # the room, "" when not placed


@dataclass(frozen=True, slots=True)
class Schedule:
    """Where every item goes (by id, in priority order) and the report."""

    placements: dict[str, Placement]
    report: Report


def free_blocks(day: ForumDay) -> list[tuple[int, int]]:
    """The day's hours less its breaks and lunch, as (start, end) minutes in order."""
    start, end = minutes(day.start), minutes(day.finish)
    if start is None or end is None:
        return []
    pauses = sorted(p for text in (*day.breaks, day.lunch) if text and (p := span(text)))
    blocks, at = [], start
    for pause_start, pause_end in pauses:
        if pause_start > at:
            blocks.append((at, min(pause_start, end)))
        at = max(at, pause_end)
    if at < end:
        blocks.append((at, end))
    return [(a, b) for a, b in blocks if a < b]


def schedule(items: Sequence[AgendaItem], days: Sequence[ForumDay],
             rooms: Sequence[str]) -> Schedule:
    """The automatic schedule of `items` (priority order) into the frame."""
    graph = conflict_graph(items)
    colour = colours(graph, [i.id for i in items])
    blocks = [(day.date, a, b) for day in sorted(days, key=lambda d: d.date)
              for a, b in free_blocks(day)]
    longest = max((b - a for _d, a, b in blocks), default=0)
    placements = {item.id: Placement("", "") for item in items}
    unplaced: list[tuple[str, NotPlaced]] = []
    waiting = []
    for item in items:
        if not rooms or not blocks:
            unplaced.append((item.id, NotPlaced.NO_ROOM))
        elif item.duration_minutes > longest:
            unplaced.append((item.id, NotPlaced.TOO_LONG))
        else:
            waiting.append(item)
    for day, start, end in blocks:
        at = start
        while waiting:
            fits = [i for i in waiting if i.duration_minutes <= end - at]
            if not fits:
                break
            first = fits[0]
            chosen = [first]
            same = [i for i in fits[1:] if colour[i.id] == colour[first.id]]
            rest = [i for i in fits[1:] if colour[i.id] != colour[first.id]]
            for candidate in (*same, *rest):
                if len(chosen) == len(rooms):
                    break
                if not any(graph.has_edge(candidate.id, c.id) for c in chosen):
                    chosen.append(candidate)
            for room, item in zip(rooms, chosen, strict=False):
                placements[item.id] = Placement(slot_of(day, at), room)
            taken = {c.id for c in chosen}
            waiting = [i for i in waiting if i.id not in taken]
            at += max(c.duration_minutes for c in chosen)
    unplaced += [(i.id, NotPlaced.NO_ROOM) for i in waiting]
    order = {item.id: n for n, item in enumerate(items)}
    unplaced.sort(key=lambda pair: order[pair[0]])
    placed = [_with(item, placements[item.id]) for item in items]
    found = check(placed, days, graph=graph)
    return Schedule(placements, Report(found.conflicts, found.overruns, (), tuple(unplaced)))


def _with(item: AgendaItem, placement: Placement) -> AgendaItem:
    return replace(item, slot=placement.slot, track=placement.track)


def check(items: Sequence[AgendaItem], days: Iterable[ForumDay], *,
          graph: nx.Graph[str] | None = None, rooms: Sequence[str] | None = None) -> Report:
    """Everything wrong with the items' times as they stand (see the module);
    with `rooms`, also every item in a room not among them."""
    graph = conflict_graph(items) if graph is None else graph
    by_date = {day.date: day for day in days}
    timed: list[tuple[AgendaItem, str, int, int]] = []
    unscheduled, overruns = [], []
    for item in items:
        parsed = parse_slot(item.slot)
        if parsed is None:
            unscheduled.append(item.id)
            continue
        day, start = parsed
        end = start + item.duration_minutes
        timed.append((item, day, start, end))
        frame_day = by_date.get(day)
        if by_date and (frame_day is None or not any(
                a <= start and end <= b for a, b in free_blocks(frame_day))):
            overruns.append(item.id)
    conflicts = []
    for (a, day_a, start_a, end_a), (b, day_b, start_b, end_b) in combinations(timed, 2):
        if day_a != day_b or start_a >= end_b or start_b >= end_a:
            continue
        if graph.has_edge(a.id, b.id):
            conflicts.append(Conflict(a.id, b.id, graph.edges[a.id, b.id]["why"]))
        elif a.track and a.track == b.track:
            conflicts.append(Conflict(a.id, b.id, None))
    unknown = () if rooms is None else tuple(
        (item.id, item.track) for item in items if item.track and item.track not in rooms)
    return Report(tuple(conflicts), tuple(overruns), tuple(unscheduled), unknown_rooms=unknown)
