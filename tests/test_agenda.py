"""Agenda items with every field the organisers fill in, their order and the
forum's frame, through the service: stored, read back, refused with reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app.models import AgendaFormat, AgendaItem
from workshop_app.services import FrameDay, Op, RefusalReason, Refused, WorkshopService
from workshop_app.storage import WorkshopStore

DAY = FrameDay("2027-05-20", "09:00", "17:00", ("10:30-10:45", "15:00-15:15"), "12:30-13:15")


def _items(service: WorkshopService, *titles: str) -> list[str]:
    ids = []
    for title in titles:
        created = service.add_agenda_item(title=title).created
        assert created is not None
        ids.append(created)
    return ids


def test_every_field_of_an_item_is_kept_in_the_file(service: WorkshopService) -> None:
    first, second = _items(service, "Panel o kadrach", "Warsztat o transporcie")
    service.edit_agenda_item(
        item_id=first, format=AgendaFormat.NETWORKING, duration_minutes=45,
        lead="Urząd Miasta", speakers="Anna Nowak; Jan Kowalski", slot="2027-05-20T10:00",
        track="Sala A", notes="Kawa\nprzy oknie", carried_over=True, conflicts=[second])
    path = service.store.path
    service.store.close()
    with WorkshopStore.open(path) as store:
        item = WorkshopService(store).get(AgendaItem, first)
    assert (item.format, item.duration_minutes, item.lead, item.speakers, item.slot, item.track,
            item.notes, item.carried_over, item.conflicts) == (
        AgendaFormat.NETWORKING, 45, "Urząd Miasta", "Anna Nowak; Jan Kowalski",
        "2027-05-20T10:00", "Sala A", "Kawa\nprzy oknie", True, (second,))


def test_the_existing_formats_keep_their_values() -> None:
    assert [f.value for f in AgendaFormat] == [
        "panel", "workshop", "world_cafe", "lecture", "keynote", "networking", "other"]


def test_an_item_added_carried_over_says_so(service: WorkshopService) -> None:
    created = service.add_agenda_item(title="Z zeszłego roku", carried_over=True,
                                      lead="Izba", speakers="X").created
    assert created is not None
    assert service.get(AgendaItem, created).carried_over


def test_reorder_sets_the_priority_order(service: WorkshopService) -> None:
    ids = _items(service, "A", "B", "C")
    changes = service.reorder_agenda(item_ids=[ids[2], ids[0], ids[1]])
    assert [i.title for i in service.agenda()] == ["C", "A", "B"]
    assert changes.agenda == frozenset(ids)
    assert service.undo_history()[-1].label == Op.REORDER_AGENDA.value


def test_the_frame_is_kept_by_date_with_its_rooms(service: WorkshopService) -> None:
    later = FrameDay("2027-05-21", "09:00", "13:00", (" 11:00 - 11:15 ",))
    changes = service.set_frame(days=[later, DAY], rooms=["Sala A", "Sala B", "Aula"])
    assert changes.frame
    days = service.forum_days()
    assert [(d.date, d.start, d.finish, d.breaks, d.lunch, d.position) for d in days] == [
        ("2027-05-20", "09:00", "17:00", ("10:30-10:45", "15:00-15:15"), "12:30-13:15", 0),
        ("2027-05-21", "09:00", "13:00", ("11:00-11:15",), "", 1)]
    assert service.workshop().rooms == ("Sala A", "Sala B", "Aula")
    steps = len(service.undo_history())
    again = service.set_frame(days=[DAY, later], rooms=["Sala A", "Sala B", "Aula"])
    assert not again and len(service.undo_history()) == steps  # the same frame: no step
    assert service.forum_days() == days
    service.undo()
    assert service.forum_days() == [] and service.workshop().rooms == ()


@pytest.mark.parametrize(("call", "reason"), [
    (lambda s, ids: s.edit_agenda_item(item_id=ids[0], duration_minutes=0),
     RefusalReason.INVALID_DURATION),
    (lambda s, ids: s.edit_agenda_item(item_id=ids[0], duration_minutes=24 * 60 + 1),
     RefusalReason.INVALID_DURATION),
    (lambda s, ids: s.add_agenda_item(title="X", duration_minutes=-5),
     RefusalReason.INVALID_DURATION),
    (lambda s, ids: s.edit_agenda_item(item_id=ids[0], slot="20.05.2027 10:00"),
     RefusalReason.INVALID_SLOT),
    (lambda s, ids: s.edit_agenda_item(item_id=ids[0], slot="2027-02-30T10:00"),
     RefusalReason.INVALID_SLOT),
    (lambda s, ids: s.edit_agenda_item(item_id=ids[0], conflicts=[ids[0]]),
     RefusalReason.SELF_CONFLICT),
    (lambda s, ids: s.edit_agenda_item(item_id=ids[0], conflicts=["nope"]),
     RefusalReason.NOT_FOUND),
    (lambda s, ids: s.edit_agenda_item(item_id=ids[0], format="dance"),
     RefusalReason.INVALID_VALUE),
    (lambda s, ids: s.edit_agenda_item(item_id=ids[0], title="  "), RefusalReason.EMPTY_TEXT),
    (lambda s, ids: s.reorder_agenda(item_ids=ids[:1]), RefusalReason.AGENDA_ORDER_MISMATCH),
    (lambda s, ids: s.reorder_agenda(item_ids=[ids[0], ids[0]]),
     RefusalReason.AGENDA_ORDER_MISMATCH),
    (lambda s, ids: s.set_frame(days=[FrameDay("2027-05-20", "17:00", "09:00")], rooms=["A"]),
     RefusalReason.FRAME_END_BEFORE_START),
    (lambda s, ids: s.set_frame(days=[FrameDay("20.05.2027", "09:00", "17:00")], rooms=["A"]),
     RefusalReason.INVALID_FRAME_DAY),
    (lambda s, ids: s.set_frame(days=[FrameDay("2027-05-20", "09:00", "17:00", ("08:00-09:30",))],
                                rooms=["A"]), RefusalReason.INVALID_BREAK),
    (lambda s, ids: s.set_frame(days=[FrameDay("2027-05-20", "09:00", "17:00", ("12:00-13:00",),
                                               "12:30-13:30")], rooms=["A"]),
     RefusalReason.INVALID_BREAK),
    (lambda s, ids: s.set_frame(days=[FrameDay("2027-05-20", "09:00", "17:00", ("kawa",))],
                                rooms=["A"]), RefusalReason.INVALID_BREAK),
    (lambda s, ids: s.set_frame(days=[DAY, DAY], rooms=["A"]), RefusalReason.DUPLICATE_DAY),
    (lambda s, ids: s.set_frame(days=[DAY], rooms=[]), RefusalReason.NO_TRACKS),
    (lambda s, ids: s.set_frame(days=[DAY], rooms=["Sala A", "sala a"]),
     RefusalReason.DUPLICATE_ROOM),
])
def test_bad_input_is_refused_with_its_reason_and_changes_nothing(
        service: WorkshopService, call: object, reason: RefusalReason) -> None:
    ids = _items(service, "A", "B")
    steps = len(service.undo_history())
    before = (service.agenda(), service.forum_days(), service.workshop())
    with pytest.raises(Refused) as info:
        call(service, ids)  # type: ignore[operator]
    assert info.value.reason is reason
    assert (service.agenda(), service.forum_days(), service.workshop()) == before
    assert len(service.undo_history()) == steps


def test_the_json_export_carries_the_new_fields_and_the_frame(service: WorkshopService) -> None:
    from workshop_app.exports.json_export import workshop_document

    (first,) = _items(service, "Panel")
    service.edit_agenda_item(item_id=first, lead="Izba", carried_over=True)
    service.set_frame(days=[DAY], rooms=["Sala A"])
    document = workshop_document(service)
    assert document["workshop"]["rooms"] == ["Sala A"]
    assert document["agenda"][0]["lead"] == "Izba" and document["agenda"][0]["carried_over"]
    assert [d["date"] for d in document["forum_days"]] == ["2027-05-20"]
    assert document["forum_days"][0]["breaks"] == ["10:30-10:45", "15:00-15:15"]


def test_a_file_of_version_3_is_upgraded_with_its_agenda_kept(workshop_path: Path) -> None:
    import contextlib
    import sqlite3

    from workshop_app.models import Workshop
    from workshop_app.storage.schema import STEPS

    with WorkshopStore.create(workshop_path, workshop=Workshop(id="w", title="Forum 2026"),
                              steps=STEPS[:3]):
        pass
    with contextlib.closing(sqlite3.connect(workshop_path)) as conn, conn:
        conn.execute("INSERT INTO agenda_items (id, title, format, duration_minutes, slot, track, "
                     "created_at, updated_at) VALUES ('a', 'Panel', 'lecture', 60, "
                     "'2026-05-20T09:00', 'Sala A', '2026-01-01', '2026-01-01')")
    with WorkshopStore.open(workshop_path) as store:
        assert store.pragma("user_version") == len(STEPS) == 6
        service = WorkshopService(store)
        (item,) = service.agenda()
        assert (item.title, item.format, item.slot, item.lead, item.speakers, item.notes,
                item.carried_over, item.conflicts) == (
            "Panel", AgendaFormat.LECTURE, "2026-05-20T09:00", "", "", "", False, ())
        assert service.forum_days() == [] and service.workshop().rooms == ()
        service.set_frame(days=[DAY], rooms=["Sala A"])
        assert service.agenda_report().overruns == ("a",)  # 2026 is not a forum day


def test_every_session_format_has_words_in_both_languages(polish: None) -> None:
    from workshop_app.models import AgendaFormat
    from workshop_app.ui.labels import format_label

    words = {fmt: format_label(fmt) for fmt in AgendaFormat}
    assert all(words.values()) and len(set(words.values())) == len(words)
    assert words[AgendaFormat.KEYNOTE] == "wystąpienie główne"
