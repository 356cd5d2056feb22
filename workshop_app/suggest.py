"""Glue between a workshop and the suggestion engine (no Qt)."""

from __future__ import annotations

from workshop_app.analysis import Note
from workshop_app.models.groups import group_members
from workshop_app.models.stacks import unstacked
from workshop_app.services import WorkshopService


def workshop_notes(service: WorkshopService) -> tuple[list[Note], dict[str, str], dict[str, str]]:
    """The notes the engine should see (stacked duplicates left out), the
    cluster of every grouped one (a note whose group is gone is unplaced),
    and every note's text by id."""
    ideas = unstacked(service.ideas())
    notes = [Note(i.id, i.text) for i in ideas]
    assignment = group_members(ideas, service.clusters()).cluster_of()
    return notes, assignment, {i.id: i.text for i in ideas}
