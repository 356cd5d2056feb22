"""Plain dataclasses for everything a workshop holds.

Every stored entity has a UUID `id` and ISO-8601 UTC `created_at` /
`updated_at` stamps so that files from several tables can later be merged.
Enum values are stable identifiers written to the file; the UI turns them into
words (see `workshop_app.ui.labels`).

The invariants below are what the service (`workshop_app.services`, the only
writer) enforces; the dataclasses themselves do not check them. Words used:

- *title text*: cleaned by `rules.clean_text`, not empty, one line, at most
  `rules.MAX_TITLE_CHARS` characters (`rules.check_title`);
- *short text*: the same but may be empty (names, places, labels);
- *soft-deleted*: `deleted_at` is set (ISO-8601 UTC); the row stays in the
  file, so links to it stay valid and it can be restored. Views show only
  live rows (`deleted_at` None) unless they say otherwise.
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
    """What a voting round's options are: single ideas or whole clusters."""

    IDEAS = "ideas"
    CLUSTERS = "clusters"


class VoteMethod(enum.StrEnum):
    """How a round is voted: dots on options, marks 1–5 on two axes, or a
    ranking of one's top N (results: `models.results`)."""

    DOTS = "dots"
    SCORE = "score"
    RANK = "rank"


class RoundStatus(enum.StrEnum):
    """A round's life: DRAFT -> OPEN -> CLOSED; a closed round may be reopened."""

    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class BallotKind(enum.StrEnum):
    """How a ballot reached the workshop."""

    SCREEN = "screen"  # a voter at the shared screen
    TALLY = "tally"  # paper dots counted and typed by the moderator
    PHONE = "phone"  # a voter's phone


class AgendaFormat(enum.StrEnum):
    """The session format of an agenda item at next year's forum."""

    PANEL = "panel"
    WORKSHOP = "workshop"
    WORLD_CAFE = "world_cafe"
    LECTURE = "lecture"
    KEYNOTE = "keynote"
    NETWORKING = "networking"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Workshop:
    """The workshop a file holds: exactly one row per file.

    `title` is title text; `date` is "YYYY-MM-DD" as the Set up panel writes
    it, or "" (the service checks only that it is short text); `place` and
    `theme` are short text; `moderators` are non-empty short names.
    `anonymous` True hides authors wherever the shared screen can show a note
    (canvas and presenter captions, `captions.note_caption`); authors stay
    stored and listed in the moderator's idea list. `current_phase` is the
    phase the moderator is in; phases may be visited in any order.
    `rooms` are the names of next year's forum's parallel tracks (title
    text, distinct; their number is the number of tracks), set with the
    forum's days (`ForumDay`) by `set_frame`.
    """

    id: str
    title: str
    date: str = ""
    place: str = ""
    theme: str = ""
    moderators: tuple[str, ...] = ()
    anonymous: bool = False
    current_phase: PhaseKind = PhaseKind.SETUP
    rooms: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Participant:
    """A person (or organisation) on the roster.

    `sector` is always set (an imported author without one gets OTHER);
    `name` may be empty (anonymous roster entries), `organisation` and
    `municipality` are short text. Removing a participant soft-deletes them:
    their ideas and ballots keep `participant_id`, and notes keep naming
    them (`captions.author_names` is given removed participants too).
    """

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
    """A strategic objective or priority action an idea can be linked to.

    `title` is title text, `code` short text (e.g. "C.1.2"). `position` is
    the number of live objectives when it was added: an order key, not a
    unique index (ties sort by `created_at`). Soft-deleted when removed;
    ideas keep their `objective_id`.
    """

    id: str
    title: str
    code: str = ""
    position: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(frozen=True, slots=True)
class Phase:
    """One step of the workshop's plan, with its planned duration.

    The plan is replaced as a whole (`set_phases`): positions are 0..n-1 in
    plan order, ids are new each time, and there is no soft delete.
    `title` is title text; `planned_minutes` >= 0.
    """

    id: str
    kind: PhaseKind
    title: str
    planned_minutes: int
    position: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Idea:
    """One sticky note.

    - `text`: cleaned (`rules.clean_text`), not empty, at most
      `rules.MAX_IDEA_CHARS`; may hold line breaks and tabs.
    - `sector`: None when unknown; when an author is given without a
      sector, the author's sector is taken.
    - `participant_id`: None, or a participant's id - possibly removed since.
    - `table_label`: short text, "" when unknown.
    - `cluster_id`: None = not grouped; else a cluster's id. The cluster may
      be deleted: ungroup and merge move every member out (deleted ideas
      too), but deleting a cluster directly (undo of an import) keeps the
      link, and moving ideas accepts a deleted cluster. A link to a deleted
      cluster counts as not grouped (`groups.shown_cluster`).
    - `objective_id`: None, or an objective's id - possibly removed since.
    - `duplicate_of`: None, or the id of another idea (never the idea
      itself) that is the root of its stack: the root's own `duplicate_of`
      is None, so stacks are one level deep (marking an idea as a duplicate
      of a duplicate stacks it on that duplicate's root, and an idea's own
      duplicates move to the new root with it). A duplicate takes its root's
      `cluster_id`, `x` and `y` when marked and moves with it from then on
      (`stacks.with_stacked`, `stacks.follow_originals`). The root may be
      soft-deleted; the duplicate is then shown as a note of its own
      (`stacks.stacked_ids`).
    - `x`, `y`: the note's top-left corner on the canvas, in scene units (a
      note is `layout.NOTE_W` x `layout.NOTE_H`); both None = never placed
      (the canvas then finds a free spot, or tidies when nothing is placed),
      never one without the other.
    - `seq`: the idea's number, 1, 2, 3 ... in the order ideas were added;
      unique in the file and never reused (deleted rows keep theirs).
    - `created_at`: when the idea was written (imported ideas keep the time
      from their file), else when it was stored.
    - `deleted_at`: soft delete; a deleted idea keeps every link above.
    - `merged_from`: the name of the workshop file the idea was merged from
      (`services.merge_ops`), "" for an idea written in this file.
    """

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
    merged_from: str = ""

    @property
    def deleted(self) -> bool:
        """True once soft-deleted."""
        return self.deleted_at is not None


@dataclass(frozen=True, slots=True)
class Cluster:
    """A named group of ideas on the canvas.

    `name` is title text. `x`, `y` are where the frame's top-left corner was
    put (by tidying, or where the group was made), both None when never
    placed; the canvas draws the frame around its notes and uses `x`, `y`
    only for a group without notes. Merging into another group and
    ungrouping soft-delete the cluster after moving every member out.
    """

    id: str
    name: str
    x: float | None = None
    y: float | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(frozen=True, slots=True)
class VotingRound:
    """One round of voting on ideas or clusters.

    `title` is title text. `options` are the ids voted on (live clusters or
    ideas, as `target` says): empty while a draft means "all of them", and
    the list is fixed when the round opens. `method` says how: DOTS with
    1 <= `max_per_option` <= `dots_per_voter` (`allow_stacking` False means
    one dot per option), SCORE with marks 1–5 on the two `axes` (their
    names), RANK with each voter's top `top_n` (>= 1).
    `status` goes DRAFT -> OPEN -> CLOSED; a closed round can be reopened
    (each reopening's time is added to `reopened_at`). Ballots are taken only
    while OPEN. `opened_at` is the last opening, `closed_at` the last
    closing; both None while a draft. A round is deleted (soft) only as a
    draft.
    """

    id: str
    title: str
    target: VoteTarget = VoteTarget.CLUSTERS
    method: VoteMethod = VoteMethod.DOTS
    dots_per_voter: int = 5
    max_per_option: int = 3
    status: RoundStatus = RoundStatus.DRAFT
    opened_at: str | None = None
    closed_at: str | None = None
    options: tuple[str, ...] = ()
    allow_stacking: bool = True
    axes: tuple[str, ...] = ()
    top_n: int = 3
    reopened_at: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(frozen=True, slots=True)
class Ballot:
    """One voter's ballot in one round, or one sector's paper tally.

    Cast only while the round is OPEN, never changed afterwards; the
    moderator may discard one (soft delete, undoable). By the round's
    method: `votes` option -> dots (only positive, within the round's
    limits; a TALLY holds counts of paper dots without per-voter limits),
    `scores` option -> [axis 1, axis 2] marks 1–5 for every option,
    `ranking` distinct options best first, at most `top_n`. Every option is
    one of the round's. `shown` is the order the options were shown to the
    voter (screen, phone). `voters` is how many people the ballot speaks
    for (1; a tally's number of paper voters). `sector` is the voter's
    participant's sector when not given; None = unknown. `device` is a
    digest of a phone's secret token (PHONE ballots only): a phone's new
    ballot replaces its earlier one while the round is open.
    """

    id: str
    round_id: str
    votes: dict[str, int] = field(default_factory=dict)
    participant_id: str | None = None
    sector: Sector | None = None
    kind: BallotKind = BallotKind.SCREEN
    scores: dict[str, list[int]] = field(default_factory=dict)
    ranking: tuple[str, ...] = ()
    shown: tuple[str, ...] = ()
    voters: int = 1
    device: str | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """A session of next year's forum drafted from the results.

    `title` is title text, `rationale` and `notes` cleaned text (may be
    empty, may span lines). `cluster_id` is None or a cluster's id (possibly
    deleted). 0 < `duration_minutes` <= 1440. `slot` is the day and start
    time, a local date-time "YYYY-MM-DDTHH:MM", or "" (not scheduled); the
    service refuses any other form. `track` is short text: the room's name
    (one of the frame's rooms once scheduled automatically).
    `lead` (the leading sector or organisation) is short text; `speakers`
    (speakers or partners) free short text, names separated by commas or
    semicolons (`models.schedule` reads them so). `carried_over` marks a
    topic taken from last year's workshop. `conflicts` are the ids of other
    items (never the item itself) that must not run at the same time, as the
    moderator marked them; either side of a pair may name the other.
    `position` orders the items (priority order): 0..n-1 after a reorder,
    the number of live items when one is added.
    """

    id: str
    title: str
    rationale: str = ""
    cluster_id: str | None = None
    format: AgendaFormat = AgendaFormat.PANEL
    duration_minutes: int = 60
    slot: str = ""
    track: str = ""
    position: int = 0
    lead: str = ""
    speakers: str = ""
    notes: str = ""
    carried_over: bool = False
    conflicts: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(frozen=True, slots=True)
class ForumDay:
    """One day of next year's forum: the frame the agenda is scheduled into.

    `date` is "YYYY-MM-DD", unique among the days; `start` < `finish` are local
    times "HH:MM". `breaks` are pauses "HH:MM-HH:MM" (coffee), `lunch` one
    more "HH:MM-HH:MM" or ""; each lies within the day and none overlaps
    another. `position` is the day's place in date order (0..n-1). The frame
    is replaced as a whole (`set_frame`): ids are new each time, no soft
    delete. The parallel tracks are the workshop's `rooms`.
    """

    id: str
    date: str
    start: str
    finish: str
    breaks: tuple[str, ...] = ()
    lunch: str = ""
    position: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class ParticipantJoin:
    """Two roster entries found to be the same person when files were merged
    (same name and organisation, case and Polish letters ignored).

    `kept_id` is the participant who stays; `joined_id` the other one, kept
    in the file as a removed participant so that nothing about them is lost.
    `ideas` and `ballots` are the ids that pointed at `joined_id` in the
    merged file and were pointed at `kept_id`: separating the two again
    (`unjoin_participant`) points them back and restores `joined_id`.
    `source` is the name of the file the joined entry came from. A join
    that was undone this way is soft-deleted.
    """

    id: str
    kept_id: str
    joined_id: str
    ideas: tuple[str, ...] = ()
    ballots: tuple[str, ...] = ()
    source: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
