"""`WorkshopService`: every change to a workshop goes through here.

Each public method is one user operation, runs in one transaction and returns
a `Changes` value. Invalid input raises `Refused` before anything is written.
The operations are grouped by workshop phase in sibling modules.
"""

from __future__ import annotations

from workshop_app.services.agenda_ops import AgendaOps
from workshop_app.services.base import UNCHANGED, UNDO_LIMIT, ServiceBase, Unchanged, valid_title
from workshop_app.services.carry_over_ops import CarryOverOps
from workshop_app.services.cluster_ops import ClusterOps
from workshop_app.services.gather_ops import GatherOps
from workshop_app.services.merge_ops import MergeOps
from workshop_app.services.phone_ops import PhoneOps
from workshop_app.services.setup_ops import SetupOps
from workshop_app.services.split_ops import SplitOps
from workshop_app.services.vote_ops import VoteOps


class WorkshopService(MergeOps, CarryOverOps, SetupOps, GatherOps, ClusterOps, PhoneOps, VoteOps,
                      AgendaOps, SplitOps, ServiceBase):
    """Reads and writes one open workshop. Holds no state beyond the store."""


__all__ = ["UNCHANGED", "UNDO_LIMIT", "Unchanged", "WorkshopService", "valid_title"]
