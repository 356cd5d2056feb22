"""Glue between a workshop and the suggestion engine (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.analysis import Note
from workshop_app.models import Cluster, Idea
from workshop_app.models.groups import group_members
from workshop_app.models.stacks import unstacked
from workshop_app.services import WorkshopService

WorkshopNotes = tuple[list[Note], dict[str, str], dict[str, str]]


def workshop_notes(service: WorkshopService) -> WorkshopNotes:
    """The notes the engine should see (stacked duplicates left out), the
    cluster of every grouped one (a note whose group is gone is unplaced),
    and every note's text by id."""
    return notes_of(service.ideas(), service.clusters())


def notes_of(ideas: Sequence[Idea], clusters: Sequence[Cluster]) -> WorkshopNotes:
    """`workshop_notes` of the given live ideas and clusters."""
    shown = unstacked(list(ideas))
    notes = [Note(i.id, i.text) for i in shown]
    assignment = group_members(shown, list(clusters)).cluster_of()
    return notes, assignment, {i.id: i.text for i in shown}
