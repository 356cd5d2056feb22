"""What the caller says about new items: small frozen dataclasses, checked
and completed by the service when the operation runs."""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.imports import ImportedIdea
from workshop_app.models import PhaseKind, Sector
from workshop_app.models.carry_over import PreviousTopic


@dataclass(frozen=True, slots=True)
class NewIdea:
    """An idea to add (typed, pasted or imported).

    `cluster_name` joins the cluster of that name (case-insensitive) or makes
    one; `author_name` links the participant of that name or adds one with
    the idea's sector. `written_at` (ISO-8601) keeps when a form answer was
    written; empty means now.
    """

    text: str
    sector: Sector | None = None
    participant_id: str | None = None
    table_label: str = ""
    cluster_id: str | None = None
    objective_id: str | None = None
    written_at: str = ""
    cluster_name: str = ""
    author_name: str = ""

    @classmethod
    def imported(cls, idea: ImportedIdea) -> NewIdea:
        """An idea read from a file, with its group and author by name."""
        return cls(text=idea.text, sector=idea.sector, written_at=idea.written_at or "",
                   table_label=idea.table, cluster_name=idea.cluster or "",
                   author_name=idea.author)


@dataclass(frozen=True, slots=True)
class NewParticipant:
    """A participant to add to the roster; only the sector is required."""

    sector: Sector = Sector.OTHER
    name: str = ""
    organisation: str = ""
    municipality: str = ""


@dataclass(frozen=True, slots=True)
class PhasePlan:
    """One phase of the plan: its kind, title and planned minutes (≥ 0)."""

    kind: PhaseKind
    title: str
    minutes: int



@dataclass(frozen=True, slots=True)
class FrameDay:
    """One day of the forum's frame as the moderator gives it: a date
    "YYYY-MM-DD", hours "HH:MM" and pauses "HH:MM-HH:MM" (see `ForumDay`)."""

    date: str
    start: str
    finish: str
    breaks: tuple[str, ...] = ()
    lunch: str = ""


@dataclass(frozen=True, slots=True)
class CarriedTopic:
    """A topic of last year's workshop to carry over, with `note`: its
    result in words ("Z poprzedniej edycji (2026): 14 kropek, 2. miejsce"),
    the first paragraph of the new item's rationale."""

    topic: PreviousTopic
    note: str = ""
