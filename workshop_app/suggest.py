"""Glue between a workshop and the suggestion engine (no Qt)."""

from __future__ import annotations

from workshop_app.analysis import Note
from workshop_app.models import stacked_ids
from workshop_app.services import WorkshopService


def workshop_notes(service: WorkshopService) -> tuple[list[Note], dict[str, str], dict[str, str]]:
    """The notes the engine should see (stacked duplicates left out), the
    cluster of every grouped one, and every note's text by id."""
    every = service.ideas()
    stacked = stacked_ids(every)
    ideas = [i for i in every if i.id not in stacked]
    notes = [Note(i.id, i.text) for i in ideas]
    assignment = {i.id: i.cluster_id for i in ideas if i.cluster_id}
    return notes, assignment, {i.id: i.text for i in ideas}
