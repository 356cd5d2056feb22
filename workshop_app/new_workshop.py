"""Creating a new workshop file, shared by the GUI and the command line."""

from __future__ import annotations

from pathlib import Path

from workshop_app.models import PhaseKind, Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import PhasePlan, WorkshopService
from workshop_app.services.workshop_service import valid_title
from workshop_app.storage import WorkshopStore
from workshop_app.ui.labels import phase_label

# A sensible plan for a half-day workshop; the moderator adjusts it in Set up.
DEFAULT_PLAN: tuple[tuple[PhaseKind, int], ...] = (
    (PhaseKind.SETUP, 15),
    (PhaseKind.GATHER, 30),
    (PhaseKind.CLUSTER, 30),
    (PhaseKind.PRIORITISE, 20),
    (PhaseKind.AGENDA, 25),
)


def create_workshop_file(path: Path | str, title: str) -> WorkshopStore:
    """Create and open a new workshop with the default plan; it opens in Gather.

    Raises `Refused` for a bad title (nothing is created), and the storage
    errors of `WorkshopStore.create`.
    """
    workshop = Workshop(id=new_id(), title=valid_title(title), current_phase=PhaseKind.GATHER)
    return WorkshopStore.create(path, workshop=workshop, fill=_default_plan)


def _default_plan(store: WorkshopStore) -> None:
    service = WorkshopService(store)
    service.set_phases(phases=[PhasePlan(kind, phase_label(kind), minutes) for kind, minutes in DEFAULT_PLAN])
    # A new workshop starts with nothing to undo.
    service.forget_undo_history()


def proposed_path(title: str, *, last_folder: str | None, demo_folder: Path, documents: Path,
                  suffix: str = ".razem") -> Path:
    """Where "New workshop" proposes to save a workshop called `title`: the folder
    last used for a workshop, unless that is where demo copies go (or it is
    gone), else the user's documents folder."""
    folder = documents
    if last_folder:
        last = Path(last_folder)
        if last.is_dir() and not _within(last, demo_folder):
            folder = last
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "warsztat"
    return folder / f"{safe}{suffix}"


def _within(folder: Path, parent: Path) -> bool:
    try:
        return folder.resolve().is_relative_to(parent.resolve())
    except OSError:
        return False
