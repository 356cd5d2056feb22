"""Plain dataclasses for everything a workshop holds.

Every stored entity has a UUID `id` and ISO-8601 UTC `created_at` /
`updated_at` stamps so that files from several tables can later be merged.
Enum values are stable identifiers written to the file; the UI turns them into
words (see `workshop_app.ui.labels`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Sector(enum.StrEnum):
    """Who an idea or participant speaks for ("golden triangle" plus others)."""

    LOCAL_GOVERNMENT = "local_government"  # samorząd
    ACADEMIA = "academia"  # nauka
    BUSINESS = "business"  # biznes
    NGO = "ngo"  # organizacja pozarządowa
    RESIDENTS = "residents"  # mieszkańcy
    OTHER = "other"  # inny


class PhaseKind(enum.StrEnum):
    """The five phases of the workshop flow, in order."""

    SETUP = "setup"
    GATHER = "gather"
    CLUSTER = "cluster"
    PRIORITISE = "prioritise"
    AGENDA = "agenda"


class VoteTarget(enum.StrEnum):
    IDEAS = "ideas"
    CLUSTERS = "clusters"


class VoteMethod(enum.StrEnum):
    DOTS = "dots"
    SCORE = "score"
    RANK = "rank"


class RoundStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class AgendaFormat(enum.StrEnum):
    PANEL = "panel"
    WORKSHOP = "workshop"
    WORLD_CAFE = "world_cafe"
    LECTURE = "lecture"


@dataclass(frozen=True, slots=True)
class Workshop:
    id: str
    title: str
    date: str = ""
    place: str = ""
    theme: str = ""
    moderators: tuple[str, ...] = ()
    anonymous: bool = False
    current_phase: PhaseKind = PhaseKind.SETUP
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    sector: Sector
    name: str = ""
    organisation: str = ""
    municipality: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(frozen=True, slots=True)
class Objective:
    """A strategic objective or priority action an idea can be linked to."""

    id: str
    title: str
    code: str = ""
    position: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(frozen=True, slots=True)
class Phase:
    id: str
    kind: PhaseKind
    title: str
    planned_minutes: int
    position: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Idea:
    id: str
    text: str
    sector: Sector | None = None
    participant_id: str | None = None
    table_label: str = ""
    cluster_id: str | None = None
    objective_id: str | None = None
    duplicate_of: str | None = None
    x: float | None = None
    y: float | None = None
    seq: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str
    name: str
    x: float | None = None
    y: float | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(frozen=True, slots=True)
class VotingRound:
    id: str
    title: str
    target: VoteTarget = VoteTarget.CLUSTERS
    method: VoteMethod = VoteMethod.DOTS
    dots_per_voter: int = 5
    max_per_option: int = 3
    status: RoundStatus = RoundStatus.DRAFT
    opened_at: str | None = None
    closed_at: str | None = None
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Ballot:
    """One voter's ballot in one round: option id -> points (dots)."""

    id: str
    round_id: str
    votes: dict[str, int] = field(default_factory=dict)
    participant_id: str | None = None
    sector: Sector | None = None
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str
    title: str
    rationale: str = ""
    cluster_id: str | None = None
    format: AgendaFormat = AgendaFormat.PANEL
    duration_minutes: int = 60
    slot: str = ""
    track: str = ""
    position: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
