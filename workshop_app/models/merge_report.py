"""What a merge of workshop files did (or, planned, would do), per source.

Plain data for the window's preview, the command's text and its `--json`
(`report_document`; format in docs/merge-report.md). Words are the UI's:
`workshop_app.merge_words` renders a report in the user's language.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# The version of `report_document`'s format; bumped on a change that is not
# purely additive.
REPORT_VERSION = 1


class MergeKind(enum.StrEnum):
    """The kinds of rows a merge brings in, in the order it brings them."""

    PARTICIPANTS = "participants"
    OBJECTIVES = "objectives"
    CLUSTERS = "clusters"
    IDEAS = "ideas"
    ROUNDS = "rounds"
    BALLOTS = "ballots"
    AGENDA = "agenda"


class Outcome(enum.StrEnum):
    """What happened to one row of a source."""

    ADDED = "added"  # new to the workshop
    PRESENT = "present"  # the workshop has this very version (same id and updated_at, or same content)
    UPDATED = "updated"  # the source's version was newer and replaced the workshop's
    OUTDATED = "outdated"  # the workshop's version is newer and stays
    JOINED = "joined"  # the same person / a same-named group already there: the two became one


class Winner(enum.StrEnum):
    """Whose version of a row edited on both sides stays."""

    WORKSHOP = "workshop"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class KindCount:
    """How many rows of one kind of one source had each outcome."""

    added: int = 0
    present: int = 0
    updated: int = 0
    outdated: int = 0
    joined: int = 0

    def plus(self, outcome: Outcome) -> KindCount:
        values = {o.value: getattr(self, o.value) for o in Outcome}
        values[outcome.value] += 1
        return KindCount(**values)

    @property
    def total(self) -> int:
        return self.added + self.present + self.updated + self.outdated + self.joined


@dataclass(frozen=True, slots=True)
class SourceReport:
    """One source file: where it is, its name, the table label its groups are
    told apart by, and the counts per kind (every kind present, zeros too)."""

    path: str
    name: str
    label: str
    title: str
    counts: Mapping[MergeKind, KindCount]
    # How far the source's notes were moved to their own area of the canvas
    # (None: it brought no placed notes or groups).
    offset: tuple[float, float] | None = None

    @property
    def added(self) -> int:
        return sum(c.added for c in self.counts.values())

    @property
    def changed(self) -> int:
        """Rows this source added, updated or joined."""
        return sum(c.added + c.updated + c.joined for c in self.counts.values())


@dataclass(frozen=True, slots=True)
class JoinedParticipant:
    """A roster entry of `source` found to be a participant already there:
    `joined_id` is now a removed entry, its ideas and ballots point at
    `kept_id`. `join_id` names the join for `unjoin_participant`."""

    source: str
    join_id: str
    joined_id: str
    kept_id: str
    name: str
    organisation: str
    ideas: int
    ballots: int
    # The kept participant's name and organisation, as the workshop has them.
    kept_name: str = ""
    kept_organisation: str = ""


@dataclass(frozen=True, slots=True)
class ClusterName:
    """A group of `source` whose name another group has already: renamed to
    `new_name` (`joined_into` None), or joined with that group (its id)."""

    source: str
    cluster_id: str
    name: str
    new_name: str
    joined_into: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """A row both sides have in different versions: the newer one (by
    `updated_at`) stays, the other is listed here with the values that
    differ, so that nothing is lost silently. A deletion is an edit too."""

    source: str
    kind: MergeKind
    row_id: str
    title: str
    winner: Winner
    newer_at: str
    older_at: str
    newer: Mapping[str, Any]
    older: Mapping[str, Any]
    # The file (name) the workshop's side of the two came from earlier in
    # this merge; "" when it is the workshop's own version.
    held_by: str = ""


@dataclass(frozen=True, slots=True)
class RepeatedSource:
    """A source given again (the same path, or another name of the same
    file): merged once, as `same_as` (the path it was first given by)."""

    path: str
    same_as: str


@dataclass(frozen=True, slots=True)
class DoubleVote:
    """A named voter who, once the merge is done, has more than one ballot in
    one round (they voted at two tables, or two joined entries of one person
    did): every ballot counts until the moderator takes one back."""

    round_id: str
    round_title: str
    participant_id: str
    name: str
    ballots: int


@dataclass(frozen=True, slots=True)
class MergeReport:
    """Everything a merge did (or would do), in the order of the sources."""

    sources: tuple[SourceReport, ...] = ()
    joins: tuple[JoinedParticipant, ...] = ()
    clusters: tuple[ClusterName, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    # How many of the workshop's own notes were given their first place on
    # the canvas (tidied), because none had one yet.
    tidied: int = 0
    repeated: tuple[RepeatedSource, ...] = ()
    double_votes: tuple[DoubleVote, ...] = ()
    # What the report's words call the rows that conflicts point at, by id:
    # a participant's name (and organisation), a group's name, an objective's
    # code and title, an idea's number and the start of its text ...
    names: Mapping[str, str] = field(default_factory=dict)
    # The ideas' numbers (the workshop's, a new idea's new one), by id.
    numbers: Mapping[str, int] = field(default_factory=dict)

    @property
    def changes_anything(self) -> bool:
        """Whether merging would write anything."""
        return any(source.changed for source in self.sources)

    def total(self, kind: MergeKind) -> KindCount:
        """The counts of one kind over every source."""
        summed = KindCount()
        for source in self.sources:
            count = source.counts[kind]
            summed = KindCount(*(getattr(summed, o.value) + getattr(count, o.value) for o in Outcome))
        return summed


def report_document(report: MergeReport, *, target: str, dry_run: bool = False) -> dict[str, Any]:
    """The report as JSON-ready data (docs/merge.md): `target` is the
    workshop merged into, `dry_run` says nothing was written."""
    return {
        "format": "razem-merge-report",
        "version": REPORT_VERSION,
        "target": target,
        "dry_run": dry_run,
        "changes_anything": report.changes_anything,
        "tidied": report.tidied,
        "sources": [{
            "path": s.path, "name": s.name, "label": s.label, "title": s.title,
            "offset": list(s.offset) if s.offset is not None else None,
            "counts": {kind.value: {o.value: getattr(count, o.value) for o in Outcome}
                       for kind, count in s.counts.items()},
        } for s in report.sources],
        "joined_participants": [{
            "source": j.source, "join_id": j.join_id, "joined_id": j.joined_id,
            "kept_id": j.kept_id, "name": j.name, "organisation": j.organisation,
            "kept_name": j.kept_name, "kept_organisation": j.kept_organisation,
            "ideas": j.ideas, "ballots": j.ballots} for j in report.joins],
        "clusters": [{
            "source": c.source, "cluster_id": c.cluster_id, "name": c.name,
            "new_name": c.new_name, "joined_into": c.joined_into} for c in report.clusters],
        "conflicts": [{
            "source": c.source, "kind": c.kind.value, "id": c.row_id, "title": c.title,
            "winner": c.winner.value, "newer_at": c.newer_at, "older_at": c.older_at,
            "newer": dict(c.newer), "older": dict(c.older)} for c in report.conflicts],
        "repeated_sources": [{"path": r.path, "same_as": r.same_as} for r in report.repeated],
        "double_votes": [{"round_id": d.round_id, "round": d.round_title,
                          "participant_id": d.participant_id, "name": d.name,
                          "ballots": d.ballots} for d in report.double_votes],
    }
