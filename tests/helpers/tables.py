"""Parallel tables for the merge tests: one prepared workshop (the template:
a roster, two groups with ideas, a dots round, an objective, an agenda item)
copied to three table files, each then worked on at its own table."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workshop_app.models import AgendaFormat, Idea, Sector, VoteTarget, Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, NewParticipant, WorkshopService
from workshop_app.storage import WorkshopStore

SHARED_IDEA = "Wspólny bilet w metropolii"


@dataclass(frozen=True, slots=True)
class Tables:
    template: Path
    tables: tuple[Path, Path, Path]
    shared_idea: str  # the template idea edited at two tables
    transport: str  # the template's group "Transport"


@contextlib.contextmanager
def opened(path: Path) -> Iterator[WorkshopService]:
    store = WorkshopStore.open(path)
    try:
        yield WorkshopService(store)
    finally:
        store.close()


def write_template(path: Path) -> tuple[str, str]:
    """The prepared workshop; the ids of its shared idea and its group Transport."""
    store = WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Forum 2027"))
    service = WorkshopService(store)
    try:
        service.add_participant(participant=NewParticipant(
            sector=Sector.LOCAL_GOVERNMENT, name="Anna Nowak", organisation="Gmina Wieliczka"))
        service.add_objective(title="Mobilność", code="C.1")
        transport = service.create_cluster(name="Transport").created
        energy = service.create_cluster(name="Energia").created
        assert transport is not None and energy is not None
        service.add_ideas(ideas=[NewIdea(SHARED_IDEA, cluster_id=transport),
                                 NewIdea("Nocne autobusy", cluster_id=transport),
                                 NewIdea("Fotowoltaika na szkołach", cluster_id=energy)])
        service.place(ideas={i.id: (40.0 * n, 0.0) for n, i in enumerate(service.ideas())})
        service.add_round(title="Kropki", target=VoteTarget.CLUSTERS)
        service.add_agenda_item(title="Panel o transporcie", rationale="", cluster_id=transport,
                                format=AgendaFormat.PANEL, duration_minutes=60)
        shared = next(i.id for i in service.ideas() if i.text == SHARED_IDEA)
        service.forget_undo_history()
    finally:
        store.close()
    return shared, transport


def write_tables(folder: Path) -> Tables:
    """The template and three tables made from it: each adds its own ideas
    (with its own author and group "Zieleń" at tables 2 and 3), tables 1
    and 2 edit the shared idea differently (table 2 later), table 3 adds
    the same person as table 2 (other spelling)."""
    template = folder / "szablon.razem"
    shared, transport = write_template(template)
    paths = (folder / "stol1.razem", folder / "stol2.razem", folder / "stol3.razem")
    for path in paths:
        shutil.copyfile(template, path)
    with opened(paths[0]) as one:
        one.add_ideas(ideas=[NewIdea(f"Stół 1, pomysł {n}", table_label="Stół 1",
                                     cluster_id=transport) for n in range(3)])
        one.edit_idea(idea_id=shared, text="Wspólny bilet (stół 1)")
    with opened(paths[1]) as two:
        author = two.add_participant(participant=NewParticipant(
            sector=Sector.BUSINESS, name="Jan Kowalski", organisation="Izba Gospodarcza")).created
        two.add_ideas(ideas=[NewIdea(f"Stół 2, pomysł {n}", table_label="Stół 2",
                                     participant_id=author, cluster_name="Zieleń")
                             for n in range(4)])
        two.edit_idea(idea_id=shared, text="Wspólny bilet (stół 2)")
    with opened(paths[2]) as three:
        author = three.add_participant(participant=NewParticipant(
            sector=Sector.BUSINESS, name="jan  KOWALSKI", organisation="Izba gospodarcza")).created
        three.add_ideas(ideas=[NewIdea(f"Stół 3, pomysł {n}", participant_id=author,
                                       cluster_name="Zieleń") for n in range(2)])
    return Tables(template, paths, shared, transport)


def by_text(service: WorkshopService) -> dict[str, Idea]:
    return {i.text: i for i in service.ideas(include_deleted=True)}
