"""The only code that changes a workshop: one method per user operation."""

from workshop_app.services.changes import Changes, Refused, RefusalReason
from workshop_app.services.workshop_service import UNCHANGED, WorkshopService

__all__ = ["Changes", "Refused", "RefusalReason", "UNCHANGED", "WorkshopService"]
