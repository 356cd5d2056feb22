"""The only code that changes a workshop: one method per user operation."""

from workshop_app.services.changes import Changes, Op, Refused, RefusalReason
from workshop_app.services.specs import NewIdea, NewParticipant, PhasePlan
from workshop_app.storage import sqlite_version
from workshop_app.services.workshop_service import UNCHANGED, UNDO_LIMIT, Unchanged, WorkshopService

__all__ = ["Changes", "NewIdea", "NewParticipant", "Op", "PhasePlan", "Refused", "RefusalReason",
           "UNCHANGED", "UNDO_LIMIT", "Unchanged", "WorkshopService", "sqlite_version"]
