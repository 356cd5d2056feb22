"""One path for every change: each operation is one undo step recorded in the
file, undo and redo put back exactly the rows that were there, and a failure
halfway through an operation leaves the file as it was."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from workshop_app.models import AgendaFormat, PhaseKind, RoundStatus, Sector, VoteMethod
from workshop_app.services import (
    UNDO_LIMIT,
    FrameDay,
    NewIdea,
    NewParticipant,
    PhasePlan,
    RefusalReason,
    Refused,
    WorkshopService,
)
from workshop_app.storage import WorkshopStore

Dump = dict[str, list[tuple[Any, ...]]]
_HISTORY = ("undo_entries", "undo_rows", "_sqlite_migrations")


def dump(path: Path) -> Dump:
    """Every row of every workshop table, read by a second connection."""
    with contextlib.closing(sqlite3.connect(path)) as raw:
        tables = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name") if r[0] not in _HISTORY]
        return {t: sorted(raw.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


@dataclass(frozen=True)
class Case:
    """An operation, and what it needs prepared first (not part of the step)."""

    name: str
    run: Callable[[WorkshopService, Any], object]
    prepare: Callable[[WorkshopService], Any] = lambda s: None

    def __str__(self) -> str:
        return self.name


def _ideas(s: WorkshopService, n: int = 5) -> list[str]:
    return [i.id for i in s.ideas()[:n]]


def _unplaced(s: WorkshopService) -> list[str]:
    return [i.id for i in s.ideas() if i.cluster_id is None and i.duplicate_of is None]


def _deleted(s: WorkshopService) -> list[str]:
    ids = _ideas(s, 3)
    s.delete_ideas(idea_ids=ids)
    return ids


def _open_round(s: WorkshopService, method: VoteMethod = VoteMethod.DOTS) -> str:
    made = s.add_round(title="Runda testowa", method=method, dots_per_voter=5,
                       max_per_option=3).created
    assert made is not None
    s.open_round(round_id=made)
    return made


def _voted_round(s: WorkshopService) -> str:
    made = _open_round(s)
    s.cast_ballot(round_id=made, votes={s.clusters()[0].id: 1})
    s.cast_ballot(round_id=made, votes={s.clusters()[1].id: 2}, sector=Sector.ACADEMIA)
    return made


def _closed_round(s: WorkshopService) -> str:
    made = _voted_round(s)
    s.close_round(round_id=made)
    return made


def _new_round(s: WorkshopService) -> str:
    made = s.add_round(title="Runda testowa").created
    assert made is not None
    return made


CASES = [
    Case("add idea", lambda s, _: s.add_idea(idea=NewIdea("Nowy pomysł", sector=Sector.NGO))),
    Case("paste ideas", lambda s, _: s.add_ideas(ideas=[NewIdea(f"Wklejony {n}") for n in range(4)])),
    Case("import ideas with new groups and authors", lambda s, _: s.add_ideas(ideas=[
        NewIdea("Z pliku 1", cluster_name="Nowa grupa z pliku", author_name="Nowa Osoba"),
        NewIdea("Z pliku 2", cluster_name="nowa GRUPA z pliku", sector=Sector.BUSINESS)])),
    Case("edit idea", lambda s, _: s.edit_idea(idea_id=_ideas(s)[0], text="Inny tekst",
                                               sector=Sector.RESIDENTS, table_label="Stół 9")),
    Case("link objective", lambda s, _: s.edit_idea(idea_id=_ideas(s)[1],
                                                    objective_id=s.objectives()[-1].id)),
    Case("delete ideas", lambda s, _: s.delete_ideas(idea_ids=_ideas(s))),
    Case("restore ideas", lambda s, ids: s.restore_ideas(idea_ids=ids), _deleted),
    Case("workshop details", lambda s, _: s.update_workshop(
        title="Nowy tytuł", date="2027-03-01", place="Wieliczka", moderators=["A", "B"],
        anonymous=True)),
    Case("add participant", lambda s, _: s.add_participant(
        participant=NewParticipant(Sector.ACADEMIA, "Ewa", "UJ"))),
    Case("import participants", lambda s, _: s.add_participants(
        participants=[NewParticipant(name=f"Osoba {n}") for n in range(3)])),
    Case("edit participant", lambda s, _: s.update_participant(
        participant_id=s.participants()[0].id, name="Zmieniona", sector=Sector.OTHER)),
    Case("remove participants", lambda s, _: s.delete_participants(
        participant_ids=[p.id for p in s.participants()[:3]])),
    Case("add objective", lambda s, _: s.add_objective(title="Nowy cel", code="C9")),
    Case("edit objective", lambda s, _: s.update_objective(
        objective_id=s.objectives()[0].id, title="Zmieniony cel")),
    Case("remove objectives", lambda s, _: s.delete_objectives(
        objective_ids=[o.id for o in s.objectives()[:2]])),
    Case("replace the plan", lambda s, _: s.set_phases(phases=[
        PhasePlan(PhaseKind.GATHER, "Tylko zbieranie", 45)])),
    Case("phase minutes", lambda s, _: s.set_phase_minutes(position=1, minutes=99)),
    Case("group at a position", lambda s, _: s.create_cluster(
        name="Nowa grupa", idea_ids=_unplaced(s)[:2] or _ideas(s, 2), at=(10.0, 20.0),
        positions={i: (100.0 + n, 200.0) for n, i in enumerate(_ideas(s, 2))})),
    Case("rename group", lambda s, _: s.rename_cluster(cluster_id=s.clusters()[0].id,
                                                       name="Inna nazwa")),
    Case("move ideas", lambda s, _: s.move_ideas(idea_ids=_ideas(s, 6),
                                                 cluster_id=s.clusters()[1].id)),
    Case("take ideas out", lambda s, _: s.move_ideas(idea_ids=_ideas(s, 6), cluster_id=None)),
    Case("ungroup", lambda s, _: s.ungroup_cluster(cluster_id=s.clusters()[0].id)),
    Case("merge groups", lambda s, _: s.merge_clusters(source_id=s.clusters()[0].id,
                                                       target_id=s.clusters()[1].id)),
    Case("mark duplicate", lambda s, _: s.mark_duplicate(idea_id=_ideas(s)[0],
                                                         of_id=_ideas(s)[3])),
    Case("drop into a group", lambda s, _: s.place(
        ideas={i: (5.0 * n, 7.0) for n, i in enumerate(_ideas(s, 4))},
        cluster_id=s.clusters()[2].id)),
    Case("accept suggested groups", lambda s, _: s.apply_groups(groups=[
        ("Sugestia A", _ideas(s, 3)), ("Sugestia B", [i.id for i in s.ideas()[3:6]])])),
    Case("tidy", lambda s, _: s.tidy()),
    Case("add round", lambda s, _: s.add_round(title="Druga runda")),
    Case("open round", lambda s, r: s.open_round(round_id=r), _new_round),
    Case("close round", lambda s, r: s.close_round(round_id=r), _open_round),
    Case("cast ballot", lambda s, r: s.cast_ballot(
        round_id=r, votes={s.clusters()[0].id: 2, s.clusters()[1].id: 1},
        sector=Sector.BUSINESS, shown=list(s.rounds()[-1].options)), _open_round),
    Case("cast marks", lambda s, r: s.cast_ballot(
        round_id=r, scores={o: [4, 2] for o in s.rounds()[-1].options}),
        lambda s: _open_round(s, VoteMethod.SCORE)),
    Case("cast ranking", lambda s, r: s.cast_ballot(
        round_id=r, ranking=list(s.rounds()[-1].options[:2])),
        lambda s: _open_round(s, VoteMethod.RANK)),
    Case("update round", lambda s, r: s.update_round(
        round_id=r, title="Inna", method=VoteMethod.RANK, top_n=2), _new_round),
    Case("delete round", lambda s, r: s.delete_round(round_id=r), _new_round),
    Case("reopen round", lambda s, r: s.reopen_round(round_id=r), _closed_round),
    Case("enter tally", lambda s, r: s.enter_tally(round_id=r, counts={
        Sector.BUSINESS: {s.clusters()[0].id: 7}, None: {s.clusters()[1].id: 3}},
        voters={Sector.BUSINESS: 4}), _open_round),
    Case("discard last ballot", lambda s, r: s.discard_last_ballot(round_id=r), _voted_round),
    Case("add agenda item", lambda s, _: s.add_agenda_item(title="Panel", cluster_id=next(
        c.id for c in s.clusters() if c.id not in {i.cluster_id for i in s.agenda()}))),
    Case("delete agenda item", lambda s, _: s.delete_agenda_item(item_id=s.agenda()[0].id)),
    Case("edit agenda item", lambda s, _: s.edit_agenda_item(
        item_id=s.agenda()[0].id, title="Inny", format=AgendaFormat.KEYNOTE, duration_minutes=45,
        lead="Urząd Miasta", speakers="Anna Nowak; Jan Kowalski", slot="2027-05-12T10:00",
        track="Sala A", notes="Uwagi", carried_over=True, conflicts=[s.agenda()[1].id])),
    Case("reorder agenda", lambda s, _: s.reorder_agenda(
        item_ids=[i.id for i in reversed(s.agenda())])),
    Case("set frame", lambda s, _: s.set_frame(days=[FrameDay(
        "2027-05-12", "09:00", "17:00", ("10:30-10:45",), "12:30-13:15")], rooms=["Sala A", "Sala B"]),
        lambda s: s.set_frame(days=[FrameDay("2027-05-11", "10:00", "16:00")], rooms=["Aula"])),
    Case("apply schedule", lambda s, _: s.apply_schedule(
        placements=s.proposed_schedule().placements),
        lambda s: s.set_frame(days=[FrameDay("2027-05-12", "09:00", "17:00")], rooms=["A", "B"])),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_undo_and_redo_put_back_the_exact_rows(demo_service: WorkshopService, case: Case) -> None:
    service, path = demo_service, demo_service.store.path
    context = case.prepare(service)
    steps = len(service.undo_history())
    before = dump(path)

    changes = case.run(service, context)

    after = dump(path)
    assert after != before
    assert len(service.undo_history()) == steps + 1, "one operation, one undo step"
    assert changes.undo_entry == service.undo_history()[-1].seq  # type: ignore[attr-defined]
    undone = service.undo()
    assert dump(path) == before
    assert undone.undo_entry == changes.undo_entry  # type: ignore[attr-defined]
    service.redo()
    assert dump(path) == after
    service.undo()
    # And the file says so to any later reader.
    service.store.close()
    with WorkshopStore.open(path) as store:
        assert dump(path) == before
        assert not WorkshopService(store).undo_history()[-1].done


def test_changes_of_an_undo_name_what_the_views_must_refresh(demo_service: WorkshopService) -> None:
    service = demo_service
    idea = service.ideas()[0]
    target = service.clusters()[-1].id
    moved = service.move_ideas(idea_ids=[idea.id], cluster_id=target)
    undone = service.undo()
    assert undone == moved
    assert {idea.id} <= undone.ideas and {target} <= undone.clusters
    if idea.cluster_id:
        assert idea.cluster_id in undone.clusters  # the frame it went back to


def test_undo_of_an_added_idea_removes_it_and_redo_brings_back_the_same_row(
        service: WorkshopService) -> None:
    created = service.add_idea(idea=NewIdea("Jeden")).created
    assert created is not None
    row = service.idea(created)
    service.undo()
    assert service.find(type(row), created) is None
    service.redo()
    assert service.idea(created) == row


def test_a_new_operation_drops_the_redo_tail(service: WorkshopService) -> None:
    service.add_idea(idea=NewIdea("A"))
    service.add_idea(idea=NewIdea("B"))
    service.undo()
    service.add_idea(idea=NewIdea("C"))
    assert [e.done for e in service.undo_history()] == [True, True]
    assert not service.redo()
    assert [i.text for i in service.ideas()] == ["A", "C"]


def test_nothing_changed_is_no_undo_step(service: WorkshopService) -> None:
    idea = service.add_idea(idea=NewIdea("Ten sam")).created
    assert idea is not None
    steps = len(service.undo_history())
    assert not service.edit_idea(idea_id=idea, text="Ten sam")
    assert len(service.undo_history()) == steps


def test_navigation_is_not_an_undo_step_and_undo_leaves_it_alone(service: WorkshopService) -> None:
    service.update_workshop(title="Tytuł")
    service.set_current_phase(phase=PhaseKind.CLUSTER)
    service.undo()
    workshop = service.workshop()
    assert (workshop.title, workshop.current_phase) == ("Warsztat testowy", PhaseKind.CLUSTER)


def test_the_history_is_bounded(service: WorkshopService) -> None:
    for n in range(UNDO_LIMIT + 5):
        service.add_idea(idea=NewIdea(f"Pomysł {n}"))
    history = service.undo_history()
    assert len(history) == UNDO_LIMIT
    for _ in range(UNDO_LIMIT):
        assert service.undo()
    assert not service.undo()
    assert [i.text for i in service.ideas()] == [f"Pomysł {n}" for n in range(5)]


def test_undo_refuses_when_the_window_and_the_file_disagree(service: WorkshopService) -> None:
    first = service.add_idea(idea=NewIdea("A")).undo_entry
    service.add_idea(idea=NewIdea("B"))
    with pytest.raises(Refused) as refused:
        service.undo(expected=first)
    assert refused.value.reason is RefusalReason.HISTORY_CHANGED
    assert [i.text for i in service.ideas()] == ["A", "B"]


# -- atomic multi-item operations ---------------------------------------------------------

MULTI = [
    Case("delete ideas", lambda s, _: s.delete_ideas(idea_ids=_ideas(s, 8))),
    Case("restore ideas", lambda s, ids: s.restore_ideas(idea_ids=ids), _deleted),
    Case("move ideas", lambda s, _: s.move_ideas(idea_ids=_ideas(s, 8),
                                                 cluster_id=s.clusters()[1].id)),
    Case("group at a position", lambda s, _: s.create_cluster(
        name="Grupa", idea_ids=_ideas(s, 4), positions=dict.fromkeys(_ideas(s, 4), (1.0, 2.0)))),
    Case("accept all suggestions", lambda s, _: s.apply_groups(groups=[
        ("A", _ideas(s, 3)), ("B", [i.id for i in s.ideas()[3:7]])])),
    Case("import", lambda s, _: s.add_ideas(ideas=[
        NewIdea(f"Import {n}", cluster_name=f"Grupa {n % 2}", author_name=f"Autor {n % 3}")
        for n in range(6)])),
    Case("import participants", lambda s, _: s.add_participants(
        participants=[NewParticipant(name=f"Osoba {n}") for n in range(5)])),
    Case("tidy", lambda s, _: s.tidy()),
    Case("merge groups", lambda s, _: s.merge_clusters(source_id=s.clusters()[0].id,
                                                       target_id=s.clusters()[1].id)),
]


class _Injected(Exception):
    """The failure a test plants halfway through an operation."""


@contextlib.contextmanager
def failing_after(store: WorkshopStore, writes: int) -> Iterator[None]:
    """Make the store's `writes`+1-th insert or update raise."""
    count = 0
    originals = {name: getattr(store, name) for name in ("insert", "update")}

    def counted(original: Callable[..., None]) -> Callable[..., None]:
        def write(*args: Any, **kwargs: Any) -> None:
            nonlocal count
            count += 1
            if count > writes:
                raise _Injected
            original(*args, **kwargs)
        return write

    for name, original in originals.items():
        setattr(store, name, counted(original))
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(store, name, original)


@pytest.mark.parametrize("case", MULTI, ids=str)
def test_a_failure_halfway_leaves_the_file_as_it_was(demo_service: WorkshopService,
                                                     case: Case) -> None:
    service, path = demo_service, demo_service.store.path
    context = case.prepare(service)
    history = service.undo_history()
    before = dump(path)
    with failing_after(service.store, 2), pytest.raises(_Injected):
        case.run(service, context)
    assert dump(path) == before
    assert service.undo_history() == history
    # The store is still usable, and the operation still works as a whole.
    case.run(service, context)
    assert len(service.undo_history()) == len(history) + 1


def test_closed_round_refuses_a_ballot_and_records_nothing(demo_service: WorkshopService) -> None:
    service = demo_service
    closed = next(r for r in service.rounds() if r.status is RoundStatus.CLOSED)
    history = service.undo_history()
    with pytest.raises(Refused) as refused:
        service.cast_ballot(round_id=closed.id, votes={})
    assert refused.value.reason is RefusalReason.ROUND_CLOSED
    assert service.undo_history() == history


def test_a_row_pointing_at_a_row_made_later_in_the_same_step_undoes_and_redoes(
        service: WorkshopService) -> None:
    from workshop_app.models import Cluster, Idea
    from workshop_app.models.ids import new_id

    idea = service.add_idea(idea=NewIdea("Wędruje")).created
    first = service.create_cluster(name="Pierwsza").created
    assert idea is not None and first is not None
    path, store = service.store.path, service.store
    before = dump(path)
    with store.operation("move_notes"):
        store.update(Idea, idea, cluster_id=first)  # touched first...
        later = Cluster(id=new_id(), name="Później")
        store.insert(later)  # ...then a group is made...
        store.update(Idea, idea, cluster_id=later.id)  # ...and the idea joins it
    after = dump(path)
    service.undo()
    assert dump(path) == before
    service.redo()
    assert dump(path) == after


def test_overlapping_suggested_groups_put_an_idea_in_the_first_only(service: WorkshopService) -> None:
    service.add_ideas(ideas=[NewIdea(t) for t in ("A", "B")])
    ids = [i.id for i in service.ideas()]
    before = dump(service.store.path)
    service.apply_groups(groups=[("G1", [ids[0]]), ("G2", [ids[0], ids[1]])])
    names = {c.id: c.name for c in service.clusters()}
    assert {i.text: names[i.cluster_id or ""] for i in service.ideas()} == {"A": "G1", "B": "G2"}
    service.undo()
    assert dump(service.store.path) == before


def test_a_step_number_is_never_used_twice(service: WorkshopService) -> None:
    first = service.add_idea(idea=NewIdea("A")).undo_entry
    second = service.add_idea(idea=NewIdea("B")).undo_entry
    service.undo()
    third = service.add_idea(idea=NewIdea("C")).undo_entry
    assert first is not None and second is not None and third is not None
    assert third > second > first
