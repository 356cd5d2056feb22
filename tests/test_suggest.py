"""What the suggestion engine is given from a workshop (no Qt)."""

from __future__ import annotations

from workshop_app.models import Cluster
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.suggest import workshop_notes


def test_notes_leave_out_stacked_duplicates_and_treat_a_gone_group_as_unplaced(
        service: WorkshopService) -> None:
    service.add_ideas(ideas=[NewIdea(t) for t in (
        "Kolej do Skawiny", "Kolej do Skawiny!", "Staże dla studentów", "Szkoła branżowa")])
    a, b, c, d = (i.id for i in service.ideas())
    service.mark_duplicate(idea_id=b, of_id=a)
    kept = service.create_cluster(name="Kadry", idea_ids=[c]).created
    gone = service.create_cluster(name="Import", idea_ids=[d]).created
    assert kept is not None and gone is not None
    # A group deleted while its ideas kept the link: files written by Razem
    # before the undo history (undo of an import) can hold this.
    with service.store.transaction():
        service.store.update(Cluster, gone, deleted_at="2026-11-01T10:00:00+00:00")
    notes, assignment, texts = workshop_notes(service)
    assert [n.id for n in notes] == [a, c, d]
    # A note in a deleted group must get suggestions, never the deleted group.
    assert assignment == {c: kept}
    assert set(texts) == {a, c, d}
