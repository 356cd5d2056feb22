"""The automatic schedule ("Ułóż automatycznie") and the check of any
schedule: conflicting items never share a time, breaks and lunch stay free,
what does not fit or runs over is reported, the same input gives the same
schedule."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pytest

from workshop_app.models import AgendaItem, ForumDay
from workshop_app.models.schedule import (
    Conflict,
    NotPlaced,
    Why,
    check,
    conflict_graph,
    minutes,
    parse_slot,
    schedule,
    span,
    speaker_names,
)
from workshop_app.services import FrameDay, Op, RefusalReason, Refused, WorkshopService

from .helpers.forum import ROOMS, forty_items, forum_days

REPO = Path(__file__).resolve().parent.parent


def _times(item: AgendaItem) -> tuple[str, int, int]:
    parsed = parse_slot(item.slot)
    assert parsed is not None
    return parsed[0], parsed[1], parsed[1] + item.duration_minutes


def _placed(items: list[AgendaItem]) -> list[AgendaItem]:
    result = schedule(items, forum_days(), ROOMS)
    return [replace(i, slot=result.placements[i.id].slot, track=result.placements[i.id].track)
            for i in items]


def _must_not_meet(a: AgendaItem, b: AgendaItem) -> bool:
    """The rule, written out again here rather than taken from the module."""
    lead = a.lead.strip() and a.lead.casefold() == b.lead.casefold()
    shared = speaker_names(a.speakers) & speaker_names(b.speakers)
    return bool(lead or shared or a.id in b.conflicts or b.id in a.conflicts)


def test_conflicting_items_never_share_a_time_and_a_room_holds_one_at_a_time() -> None:
    placed = [i for i in _placed(forty_items()) if i.slot]
    assert len(placed) > 30
    pairs = 0
    for a, b in combinations(placed, 2):
        day_a, start_a, end_a = _times(a)
        day_b, start_b, end_b = _times(b)
        overlap = day_a == day_b and start_a < end_b and start_b < end_a
        if _must_not_meet(a, b):
            pairs += 1
            assert not overlap, (a, b)
        if a.track == b.track:
            assert not overlap, (a, b)
    assert pairs > 20  # the forum has plenty of pairs that must be kept apart


def test_breaks_lunch_and_the_day_s_hours_are_respected() -> None:
    days = {d.date: d for d in forum_days()}
    for item in _placed(forty_items()):
        if not item.slot:
            continue
        day, start, end = _times(item)
        frame = days[day]
        assert minutes(frame.start) <= start and end <= minutes(frame.finish)  # type: ignore[operator]
        for pause in (*frame.breaks, frame.lunch):
            pause_start, pause_end = span(pause)  # type: ignore[misc]
            assert end <= pause_start or start >= pause_end, (item, pause)
        assert item.track in ROOMS


def test_the_schedule_follows_priority_order() -> None:
    items = forty_items()
    first = _placed(items)[0]
    assert first.slot == "2027-05-19T09:00" and first.track == ROOMS[0]


def test_the_whole_report_of_a_forty_item_forum_is_honest() -> None:
    items = forty_items()
    result = schedule(items, forum_days(), ROOMS)
    report = result.report
    placed = {i for i, p in result.placements.items() if p.slot}
    assert not report.conflicts and not report.overruns
    assert {i for i, _why in report.unplaced} == {i.id for i in items} - placed
    assert list(result.placements) == [i.id for i in items]


def test_the_same_input_gives_the_same_schedule_in_every_process() -> None:
    here = schedule(forty_items(), forum_days(), ROOMS)
    mine = {i: [p.slot, p.track] for i, p in here.placements.items()}
    code = ("import json; from tests.helpers.forum import *; "
            "from workshop_app.models.schedule import schedule; "
            "r = schedule(forty_items(), forum_days(), ROOMS); "
            "print(json.dumps({i: [p.slot, p.track] for i, p in r.placements.items()}))")
    for seed in ("1", "4242"):
        out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                             check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        assert json.loads(out.stdout) == mine
    assert schedule(forty_items(), forum_days(), ROOMS) == here


def test_speakers_are_the_same_whatever_the_case_diacritics_and_separators() -> None:
    a = AgendaItem(id="a", title="A", speakers="Łukasz Żak, Anna Nowak")
    b = AgendaItem(id="b", title="B", speakers="  lukasz   ZAK ;Piotr")
    c = AgendaItem(id="c", title="C", speakers="Anna Nowakowska")
    d = AgendaItem(id="d", title="D", lead="Politechnika")
    e = AgendaItem(id="e", title="E", lead="POLITECHNIKA ")
    f = AgendaItem(id="f", title="F", conflicts=("c",))
    graph = conflict_graph([a, b, c, d, e, f])
    assert {tuple(sorted(edge)) for edge in graph.edges} == {("a", "b"), ("d", "e"), ("c", "f")}
    assert [graph.edges[p]["why"] for p in (("a", "b"), ("d", "e"), ("c", "f"))] == [
        Why.SPEAKER, Why.LEAD, Why.MARKED]


def test_items_that_do_not_fit_are_reported_with_their_reason() -> None:
    day = ForumDay(id="d", date="2027-05-19", start="09:00", finish="11:00", lunch="10:00-10:15")
    items = [AgendaItem(id="long", title="Za długi", duration_minutes=120),
             AgendaItem(id="one", title="Jeden", duration_minutes=60),
             AgendaItem(id="two", title="Dwa", duration_minutes=45),
             AgendaItem(id="three", title="Trzy", duration_minutes=45)]
    result = schedule(items, [day], ["Sala"])
    assert result.report.unplaced == (("long", NotPlaced.TOO_LONG), ("three", NotPlaced.NO_ROOM))
    assert result.placements["one"].slot == "2027-05-19T09:00"
    assert result.placements["two"].slot == "2027-05-19T10:15"
    assert result.placements["long"].slot == "" and result.placements["three"].track == ""
    no_rooms = schedule(items[1:2], [day], [])
    assert no_rooms.report.unplaced == (("one", NotPlaced.NO_ROOM),)
    no_days = schedule(items[:2], [], ["Sala"])
    assert no_days.report.unplaced == (("long", NotPlaced.NO_ROOM), ("one", NotPlaced.NO_ROOM))


def test_a_schedule_edited_by_hand_has_its_conflicts_and_overruns_reported() -> None:
    day = ForumDay(id="d", date="2027-05-19", start="09:00", finish="17:00", lunch="12:30-13:30")
    items = [
        AgendaItem(id="a", title="A", lead="Izba", slot="2027-05-19T09:00", track="A"),
        AgendaItem(id="b", title="B", lead="izba", slot="2027-05-19T09:30", track="B"),
        AgendaItem(id="c", title="C", slot="2027-05-19T09:45", track="A"),
        AgendaItem(id="lunch", title="Into lunch", slot="2027-05-19T12:00", track="B"),
        AgendaItem(id="late", title="Past the end", slot="2027-05-19T16:30", track="B"),
        AgendaItem(id="away", title="Not a forum day", slot="2027-06-01T10:00", track="B"),
        AgendaItem(id="none", title="No time yet"),
    ]
    report = check(items, [day])
    assert report.conflicts == (Conflict("a", "b", Why.LEAD), Conflict("a", "c", None))
    assert report.overruns == ("lunch", "late", "away")
    assert report.unscheduled == ("none",)
    assert report
    # Before the forum has days, times are not held against a frame.
    assert check(items, []).overruns == ()


def test_a_schedule_is_applied_as_one_undo_step(service: WorkshopService) -> None:
    for n in range(5):
        service.add_agenda_item(title=f"Temat {n}", duration_minutes=60, lead=f"Org {n % 2}")
    service.set_frame(days=[FrameDay("2027-05-19", "09:00", "12:00", ("10:00-10:15",))],
                      rooms=["Sala A", "Sala B"])
    proposal = service.proposed_schedule()
    steps = len(service.undo_history())
    changes = service.apply_schedule(placements=proposal.placements)
    assert len(service.undo_history()) == steps + 1
    assert service.undo_history()[-1].label == Op.APPLY_SCHEDULE.value
    placed = {i for i, p in proposal.placements.items() if p.slot}
    assert len(placed) == 4 and proposal.report.unplaced == (
        (service.agenda()[4].id, NotPlaced.NO_ROOM),)
    assert changes.agenda == placed
    assert {i.id: (i.slot, i.track) for i in service.agenda()} == {
        i: (p.slot, p.track) for i, p in proposal.placements.items()}
    assert not service.agenda_report().conflicts
    service.undo()
    assert all(i.slot == "" for i in service.agenda())


def test_a_schedule_naming_an_unknown_item_is_refused(service: WorkshopService) -> None:
    from workshop_app.models.schedule import Placement

    with pytest.raises(Refused) as info:
        service.apply_schedule(placements={"nope": Placement("2027-05-19T09:00", "A")})
    assert info.value.reason is RefusalReason.NOT_FOUND


def test_the_demo_agenda_fits_its_frame_and_can_be_scheduled(demo_service: WorkshopService) -> None:
    assert [d.date for d in demo_service.forum_days()] == ["2027-05-20"]
    assert demo_service.workshop().rooms == ("Sala A", "Sala B")
    assert not demo_service.agenda_report()  # as written: no conflict, nothing runs over
    proposal = demo_service.proposed_schedule()
    assert not proposal.report.conflicts and not proposal.report.overruns
    demo_service.apply_schedule(placements=proposal.placements)
    assert not demo_service.agenda_report().conflicts
