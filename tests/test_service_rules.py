"""Service operations against the shared rules of `workshop_app.models`: what
the moderator sees after an operation is what the rules say."""

from __future__ import annotations

from workshop_app.models.stacks import stack_sizes, stacked_ids
from workshop_app.services import NewIdea, WorkshopService


def test_a_duplicate_of_a_note_whose_original_was_deleted_stacks_on_that_note(
        service: WorkshopService) -> None:
    service.add_ideas(ideas=[NewIdea(t) for t in ("Kolej", "Kolej!", "Kolej do Skawiny")])
    a, b, c = (i.id for i in service.ideas())
    service.mark_duplicate(idea_id=b, of_id=a)
    service.delete_ideas(idea_ids=[a])  # b is a note of its own again
    service.mark_duplicate(idea_id=c, of_id=b)
    assert stacked_ids(service.ideas()) == {c}
    assert stack_sizes(service.ideas()) == {b: 1}
