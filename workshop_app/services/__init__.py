"""The only code that changes a workshop: one method per user operation."""

from workshop_app.services.changes import Changes, Op, RefusalReason, Refused
from workshop_app.services.specs import CarriedTopic, FrameDay, NewIdea, NewParticipant, PhasePlan
from workshop_app.services.workshop_service import UNCHANGED, UNDO_LIMIT, Unchanged, WorkshopService
from workshop_app.storage import sqlite_version

__all__ = [
           "UNCHANGED",
           "UNDO_LIMIT",
           "CarriedTopic",
           "Changes",
           "FrameDay",
           "NewIdea",
           "NewParticipant",
           "Op",
           "PhasePlan",
           "RefusalReason",
           "Refused",
           "Unchanged",
           "WorkshopService",
           "sqlite_version",
]
