"""Merging the files of parallel tables into one workshop: the pure rules.

The service (`services/merge_ops.py`) reads the workshop and every source
into `WorkshopRows`; `plan_actions` decides, row by row, what to insert and
what to update, and says so in a `MergeReport`. Nothing here reads or writes.

The rules (also in docs/merge.md):

- **Identity is the UUID.** A source row whose id the workshop has is the
  same row. Equal `updated_at`: the same version, nothing to do. Otherwise
  the newer `updated_at` wins (a deletion, `deleted_at`, is an edit like any
  other and wins or loses the same way; a soft-deleted row stays in the file
  either way); when the versions differ in content, the losing one is listed
  in the report (`Conflict`) with its values. A row updated so takes the
  winner's `updated_at`, so merging the same file again finds it present.
  A row the workshop has keeps its place on the canvas and its number.
- **Sources are merged in the order given**, each against the workshop as
  the sources before it left it.
- **New rows** come in as they are, with: an idea's new number (`seq`) at the
  end, its file's name in `merged_from`, the file's name without suffix as
  its table label when it has none; objectives and agenda items after the
  workshop's own; notes and groups moved by one offset per source so that
  each source's notes lie in their own area, to the right of everything
  already on the canvas (areas never overlap).
- **Participants** new to the workshop whose name (not empty) and
  organisation equal, ignoring case, Polish letters and spacing, those of a
  live participant from the workshop or another source are the same person:
  the source's entry is kept as a removed participant and a
  `ParticipantJoin` records which of the source's ideas and ballots now
  point at the kept one (`unjoin_participant` separates them again).
  Entries of one file are never joined with each other.
- **Groups** new to the workshop whose name another group from the workshop
  or another source has are renamed "name (label)", the label being the
  source's most common table label among its new ideas, else its file name
  without suffix; with `join_clusters` they join that group instead.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import PurePath
from typing import Any

from workshop_app.models.entities import (
    AgendaItem,
    Ballot,
    Cluster,
    Idea,
    Objective,
    Participant,
    ParticipantJoin,
    VoteTarget,
    VotingRound,
)
from workshop_app.models.ids import new_id
from workshop_app.models.layout import tidy_layout
from workshop_app.models.merge_areas import CanvasAreas
from workshop_app.models.merge_report import (
    ClusterName,
    Conflict,
    DoubleVote,
    JoinedParticipant,
    KindCount,
    MergeKind,
    MergeReport,
    Outcome,
    SourceReport,
    Winner,
)
from workshop_app.models.rules import MAX_TITLE_CHARS
from workshop_app.models.stacks import Position
from workshop_app.models.text import title_key

# Columns that are not a row's content: compared neither for "same version"
# nor for conflicts, never taken from a newer version of a row the workshop has.
_NOT_CONTENT = frozenset({"id", "created_at", "updated_at", "x", "y", "seq", "merged_from"})
# Where a participant or group name comes from: a source's path, or this
# (the workshop itself, or a row of it a source updated).
_WORKSHOP = ""

Row = Participant | Objective | Cluster | Idea | VotingRound | Ballot | AgendaItem


@dataclass(frozen=True, slots=True)
class WorkshopRows:
    """The rows of one workshop file that a merge brings in, soft-deleted
    ones included, in the file's order."""

    participants: tuple[Participant, ...] = ()
    objectives: tuple[Objective, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    ideas: tuple[Idea, ...] = ()
    rounds: tuple[VotingRound, ...] = ()
    ballots: tuple[Ballot, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    joins: tuple[ParticipantJoin, ...] = ()

    def of(self, kind: MergeKind) -> tuple[Row, ...]:
        rows: tuple[Row, ...] = getattr(self, _ATTRIBUTE[kind])
        return rows


_ATTRIBUTE = {MergeKind.PARTICIPANTS: "participants", MergeKind.OBJECTIVES: "objectives",
              MergeKind.CLUSTERS: "clusters", MergeKind.IDEAS: "ideas",
              MergeKind.ROUNDS: "rounds", MergeKind.BALLOTS: "ballots",
              MergeKind.AGENDA: "agenda"}


@dataclass(frozen=True, slots=True)
class MergeSource:
    """One source file as read: its path, file name, name without suffix,
    workshop title and rows."""

    path: str
    name: str
    stem: str
    title: str
    rows: WorkshopRows


@dataclass(frozen=True, slots=True)
class Update:
    """Set `values` of one row, stamped `updated_at` (the winning version's)."""

    cls: type
    row_id: str
    updated_at: str
    values: Mapping[str, Any]


@dataclass(slots=True)
class MergeActions:
    """What to write, in order, and the report of it."""

    inserts: list[Row | ParticipantJoin] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    report: MergeReport = field(default_factory=MergeReport)

    @property
    def writes(self) -> int:
        return len(self.inserts) + len(self.updates)


def plan_actions(target: WorkshopRows, sources: Sequence[MergeSource], *, join_clusters: bool,
                 next_seq: int, stamp: str, make_id: Callable[[], str] = new_id) -> MergeActions:
    """What merging `sources` into `target` writes (see the module's rules).
    `next_seq` is the workshop's next idea number, `stamp` the time of the
    merge (joined participants' removal), `make_id` makes the joins' ids."""
    planner = _Planner(target, join_clusters=join_clusters, next_seq=next_seq, stamp=stamp,
                       make_id=make_id)
    reports = tuple(planner.merge(source) for source in sources)
    planner.write_joins()
    planner.actions.report = MergeReport(
        sources=reports, joins=tuple(planner.joins), clusters=tuple(planner.cluster_names),
        conflicts=tuple(planner.conflicts), tidied=planner.tidied,
        double_votes=planner.double_votes())
    return planner.actions


def file_stem(name: str) -> str:
    """A file's name without its suffix (`stol3.razem` -> `stol3`): the table
    label a merge gives a source's notes that have none."""
    return PurePath(name).stem


def person_key(participant: Participant) -> tuple[str, str] | None:
    """Name and organisation as compared for "the same person" (None: no
    name, never joined)."""
    name = title_key(participant.name)
    return (name, title_key(participant.organisation)) if name else None


def source_label(new_ideas: Iterable[Idea], stem: str) -> str:
    """The label a source's renamed groups get: the most common table label
    of its new ideas (the first by name on a tie), else `stem`."""
    counted = Counter(i.table_label for i in new_ideas if i.table_label)
    if not counted:
        return stem
    return min(counted.items(), key=lambda item: (-item[1], item[0]))[0]


def renamed(name: str, label: str, taken: Callable[[str], bool]) -> str:
    """`name (label)`, or `name (label 2)` … if that is taken too, shortened
    to fit a title."""
    for number in range(1, 1000):
        suffix = f" ({label})" if number == 1 else f" ({label} {number})"
        candidate = name[: max(1, MAX_TITLE_CHARS - len(suffix))] + suffix
        if not taken(candidate):
            return candidate
    return name  # pragma: no cover - a thousand groups of one name


def is_renaming(name: str, of: str) -> bool:
    """Whether `name` is what `renamed` makes of `of`: `of` (perhaps
    shortened) and a label in brackets."""
    start = name.find(" (")
    while start > 0 and name.endswith(")"):
        if name[:start] == of[: max(1, MAX_TITLE_CHARS - (len(name) - start))]:
            return True
        start = name.find(" (", start + 1)
    return False


def content_fields(cls: type) -> tuple[str, ...]:
    """The columns of a kind of row that are its content (compared, merged)."""
    known = _CONTENT.get(cls)
    if known is None:
        known = _CONTENT[cls] = tuple(f.name for f in fields(cls) if f.name not in _NOT_CONTENT)
    return known


_CONTENT: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """A value as JSON holds it (report conflicts)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def title_of(row: Row) -> str:
    """What a report names a row by."""
    if isinstance(row, Idea):
        return row.text
    if isinstance(row, Participant):
        return row.name or row.organisation
    if isinstance(row, Cluster):
        return row.name
    if isinstance(row, Ballot):
        return row.round_id
    return row.title


class _Planner:
    """The state of one merge while its sources are folded in, one by one."""

    def __init__(self, target: WorkshopRows, *, join_clusters: bool, next_seq: int, stamp: str,
                 make_id: Callable[[], str]) -> None:
        self.join_clusters, self.next_seq, self.stamp, self.make_id = (
            join_clusters, next_seq, stamp, make_id)
        self.known: dict[MergeKind, dict[str, Row]] = {
            kind: {row.id: row for row in target.of(kind)} for kind in MergeKind}
        # A participant joined into another, live joins: joined id -> kept id,
        # and the join (with the ideas and ballots to give back) by joined id.
        self.joined = {j.joined_id: j.kept_id for j in target.joins if j.deleted_at is None}
        self.join_rows = {j.joined_id: j for j in target.joins if j.deleted_at is None}
        self.joins_before = {j.id: j for j in self.join_rows.values()}
        self.join_ids = {j.id for j in target.joins}
        # Where each participant and group came from (a source's path, or the
        # workshop), and the live ones by name (the first of a name) with it.
        self.origins = {row.id: _WORKSHOP for kind in (MergeKind.PARTICIPANTS, MergeKind.CLUSTERS)
                        for row in target.of(kind)}
        self.people: dict[tuple[str, str], tuple[str, str]] = {}
        self.group_names: dict[str, tuple[str, str]] = {}
        self._index_names()
        self.positions = {kind: sum(1 for r in target.of(kind) if getattr(r, "deleted_at", None) is None)
                          for kind in (MergeKind.OBJECTIVES, MergeKind.AGENDA)}
        self.canvas = CanvasAreas([*target.ideas, *target.clusters])
        # Where the current source's unplaced new notes go (`CanvasAreas.area`).
        self.spots: dict[str, Position] = {}
        self.source_ideas: frozenset[str] = frozenset()  # the ids of the current source's ideas
        self.actions = MergeActions()
        self.tidied = 0  # the workshop's own notes given a place (`_tidy_workshop`)
        self.joins: list[JoinedParticipant] = []
        self.cluster_names: list[ClusterName] = []
        self.conflicts: list[Conflict] = []
        # The losing versions listed (id, updated_at): the template's version
        # of a row that two tables kept is listed once, not once per table.
        self.listed: set[tuple[str, str]] = set()
        # The current source's file name as a table label (`_label_like`).
        self.stem = ""

    # -- one source ------------------------------------------------------------

    def merge(self, source: MergeSource) -> SourceReport:
        counts = {kind: KindCount() for kind in MergeKind}
        rows = source.rows
        self.source_ideas = frozenset(i.id for i in rows.ideas)
        new_ideas = [i for i in rows.ideas if i.id not in self.known[MergeKind.IDEAS]]
        new_clusters = [c for c in rows.clusters if c.id not in self.known[MergeKind.CLUSTERS]]
        self.stem = self._label_like(source.stem, rows.ideas)
        label = source_label(new_ideas, self.stem)
        loose = [i for i in new_ideas if (i.x is None or i.y is None) and not i.deleted]
        clusters = [*rows.clusters, *(c for c in self.known[MergeKind.CLUSTERS].values()
                                       if isinstance(c, Cluster))]
        present = {c.id for c in self.known[MergeKind.CLUSTERS].values()
                   if isinstance(c, Cluster) and c.deleted_at is None}
        offset, self.spots = self.canvas.area([*new_ideas, *new_clusters], loose, clusters,
                                              present=present, before_first=self._tidy_workshop)
        groups: dict[str, str] = {}  # this source's group -> the same-named one it joined
        people = {p.id: self._person(p, source, rows) for p in rows.participants}
        for participant in rows.participants:
            counts[MergeKind.PARTICIPANTS] = counts[MergeKind.PARTICIPANTS].plus(people[participant.id])
        self._carry_joins(source, {i for i, outcome in people.items() if outcome is Outcome.ADDED})
        for kind in (MergeKind.OBJECTIVES, MergeKind.CLUSTERS, MergeKind.IDEAS, MergeKind.ROUNDS,
                     MergeKind.BALLOTS, MergeKind.AGENDA):
            for row in rows.of(kind):
                outcome = self._row(kind, row, source, label=label, offset=offset, groups=groups)
                counts[kind] = counts[kind].plus(outcome)
        self._extend_joins(rows)
        return SourceReport(path=source.path, name=source.name, label=label, title=source.title,
                            counts=counts, offset=offset)

    def _label_like(self, stem: str, ideas: Iterable[Idea]) -> str:
        """`stem` (a file name as a table label) spelled as a table label the
        workshop (or else the file) has, when one is the same ignoring case
        and Polish letters: "stół 1.razem" labels its ideas "Stół 1"."""
        key = title_key(stem)
        known = (r for r in self.known[MergeKind.IDEAS].values() if isinstance(r, Idea))
        return next((i.table_label for i in (*known, *ideas)
                     if i.table_label and title_key(i.table_label) == key), stem)

    def _row(self, kind: MergeKind, row: Row, source: MergeSource, *, label: str,
             offset: tuple[float, float] | None, groups: dict[str, str]) -> Outcome:
        incoming = self._remapped(row, groups)
        known = self.known[kind].get(row.id)
        if known is not None:
            version = self._as_merged(known, incoming, source, label)
            outcome = self._reconcile(kind, known, version, source.name)
            if isinstance(incoming, VotingRound) and isinstance(known, VotingRound) \
                    and incoming.options and known.options:
                self._add_options(known.id, incoming.options)
            if outcome is Outcome.UPDATED and isinstance(version, Cluster) \
                    and isinstance(incoming, Cluster) and isinstance(known, Cluster) \
                    and version.name not in (incoming.name, known.name):
                self.cluster_names.append(ClusterName(source.name, incoming.id, incoming.name,
                                                      version.name))
            return outcome
        if isinstance(incoming, Cluster) and incoming.deleted_at is None:
            same = self.group_names.get(title_key(incoming.name))
            if same is not None and same[1] != source.path:
                if self.join_clusters:
                    groups[incoming.id] = same[0]
                    self.cluster_names.append(ClusterName(source.name, incoming.id, incoming.name,
                                                          self._name_of(same[0]), same[0]))
                    return Outcome.JOINED
                name = renamed(incoming.name, label, lambda n: title_key(n) in self.group_names)
                self.cluster_names.append(ClusterName(source.name, incoming.id, incoming.name, name))
                incoming = replace(incoming, name=name)
        self._insert(kind, self._placed(incoming, source, offset), source.path)
        return Outcome.ADDED

    def _as_merged(self, known: Row, incoming: Row, source: MergeSource, label: str) -> Row:
        """A source's version of a row the workshop has, with what a merge
        gave the row when it came in (so a table's later edit of the row is
        compared, and wins or loses, as that edit alone): an idea's table
        label taken from its file's name; a group's name told apart from
        another file's group of that name. And what the source cannot have
        changed: an idea's stacking on an original the source does not hold
        (a table's file keeps a note, not the other table's note it is a
        duplicate of)."""
        if isinstance(incoming, Idea) and isinstance(known, Idea):
            if not incoming.table_label and known.merged_from \
                    and known.table_label == file_stem(known.merged_from):
                incoming = replace(incoming, table_label=known.table_label)
            if incoming.duplicate_of is None and known.duplicate_of is not None \
                    and known.duplicate_of not in self.source_ideas:
                incoming = replace(incoming, duplicate_of=known.duplicate_of)
            return incoming
        if isinstance(incoming, Cluster) and isinstance(known, Cluster):
            if incoming.deleted_at is not None and known.deleted_at is None \
                    and self._holds_others(known.id):
                incoming = replace(incoming, deleted_at=None)  # dissolved for its own notes only
            if incoming.deleted_at is None:
                return replace(incoming, name=self._told_apart(incoming, known.name, source, label))
            return incoming
        if isinstance(incoming, VotingRound) and isinstance(known, VotingRound) \
                and incoming.options and known.options:
            return replace(incoming, options=known.options)  # both sides' options stay: _add_options
        return incoming

    def _add_options(self, round_id: str, options: Sequence[str]) -> None:
        """A round opened at two tables (each on its own groups): every option
        either one voted on stays an option, so that every ballot counts.
        No edit of the round: it keeps its stamp."""
        current = self.known[MergeKind.ROUNDS][round_id]
        assert isinstance(current, VotingRound)
        union = _once([*current.options, *options])
        if union != current.options:
            self.actions.updates.append(Update(VotingRound, round_id, current.updated_at,
                                               {"options": union}))
            self.known[MergeKind.ROUNDS][round_id] = replace(current, options=union)

    def _holds_others(self, cluster_id: str) -> bool:
        """Whether the group holds live notes here that the current source
        does not have (another table's): a table that dissolved the group
        (its file made by a split, or before the others' notes came) took
        its own notes out of it, not theirs."""
        return any(isinstance(i, Idea) and i.cluster_id == cluster_id and not i.deleted
                   and i.id not in self.source_ideas for i in self.known[MergeKind.IDEAS].values())

    def _told_apart(self, group: Cluster, current: str, source: MergeSource, label: str) -> str:
        """The name a source's version of a group the workshop has comes in
        with: its own, unless a live group of another file has that name;
        then the name a merge gave it before (`current`, "Zieleń (stol3)"),
        or a new one like it."""
        key = title_key(group.name)
        own = {c.id for c in source.rows.clusters if c.deleted_at is None and title_key(c.name) == key}

        def taken(name: str) -> bool:
            other = self.group_names.get(title_key(name))
            return other is not None and other[0] != group.id and other[0] not in own

        if not taken(group.name):
            return group.name
        if is_renaming(current, group.name) and not taken(current):
            return current
        return renamed(group.name, label, taken)

    def _placed(self, row: Row, source: MergeSource, offset: tuple[float, float] | None) -> Row:
        """A new row as it comes in: moved to its source's area, numbered, labelled."""
        if isinstance(row, Idea) and row.id in self.spots:
            row = replace(row, x=self.spots[row.id][0], y=self.spots[row.id][1])
        elif isinstance(row, Idea | Cluster) and offset is not None and row.x is not None \
                and row.y is not None:
            row = replace(row, x=row.x + offset[0], y=row.y + offset[1])
        if isinstance(row, Idea):
            self.next_seq += 1
            return replace(row, seq=self.next_seq - 1, table_label=row.table_label or self.stem,
                           merged_from=row.merged_from or source.name)
        if isinstance(row, Objective | AgendaItem):
            kind = MergeKind.OBJECTIVES if isinstance(row, Objective) else MergeKind.AGENDA
            position = self.positions[kind]
            self.positions[kind] += row.deleted_at is None
            return replace(row, position=position)
        return row

    def _insert(self, kind: MergeKind, row: Row | ParticipantJoin, origin: str) -> None:
        self.actions.inserts.append(row)
        if isinstance(row, ParticipantJoin):
            return
        self.known[kind][row.id] = row
        if isinstance(row, Cluster | Participant):
            self.origins[row.id] = origin
            self._index_name(row)

    def _reconcile(self, kind: MergeKind, known: Row, incoming: Row, source: str) -> Outcome:
        if incoming.updated_at == known.updated_at:
            return Outcome.PRESENT
        differ = [n for n in content_fields(type(known)) if getattr(known, n) != getattr(incoming, n)]
        if not differ:
            return Outcome.PRESENT
        source_wins = incoming.updated_at > known.updated_at
        newer, older = (incoming, known) if source_wins else (known, incoming)
        if (older.id, older.updated_at) not in self.listed:  # a version listed once is enough
            self._list_conflict(kind, newer, older, differ, source, source_wins)
        if not source_wins:
            return Outcome.OUTDATED
        values = {n: getattr(incoming, n) for n in differ}
        self.actions.updates.append(Update(type(known), known.id, incoming.updated_at, values))
        updated = replace(known, **values, updated_at=incoming.updated_at)
        self.known[kind][known.id] = updated
        if isinstance(updated, Cluster | Participant):
            self._index_names()  # its old name is free now, or it is removed
        return Outcome.UPDATED

    def _list_conflict(self, kind: MergeKind, newer: Row, older: Row, differ: Sequence[str],
                       source: str, source_wins: bool) -> None:
        self.listed.add((older.id, older.updated_at))
        self.conflicts.append(Conflict(
            source=source, kind=kind, row_id=older.id, title=self._title(newer),
            winner=Winner.SOURCE if source_wins else Winner.WORKSHOP,
            newer_at=newer.updated_at, older_at=older.updated_at,
            newer={n: plain(getattr(newer, n)) for n in differ},
            older={n: plain(getattr(older, n)) for n in differ}))

    def double_votes(self) -> tuple[DoubleVote, ...]:
        """Named voters with more than one live ballot in a round once merged,
        where this merge brought or changed one of them (by round, then name)."""
        touched = {r.id for r in self.actions.inserts if isinstance(r, Ballot)}
        touched |= {u.row_id for u in self.actions.updates if u.cls is Ballot}
        held: dict[tuple[str, str], list[str]] = {}
        for ballot in self.known[MergeKind.BALLOTS].values():
            if isinstance(ballot, Ballot) and ballot.deleted_at is None \
                    and ballot.participant_id is not None:
                held.setdefault((ballot.round_id, ballot.participant_id), []).append(ballot.id)
        found = []
        for (round_id, person), ballots in held.items():
            if len(ballots) > 1 and touched.intersection(ballots):
                voting_round = self.known[MergeKind.ROUNDS].get(round_id)
                participant = self.known[MergeKind.PARTICIPANTS].get(person)
                found.append(DoubleVote(
                    round_id=round_id,
                    round_title=title_of(voting_round) if voting_round is not None else round_id,
                    participant_id=person,
                    name=title_of(participant) if participant is not None else person,
                    ballots=len(ballots)))
        return tuple(sorted(found, key=lambda d: (d.round_title, d.name)))

    def _title(self, row: Row) -> str:
        """What the report names a row by (a ballot: its round's title)."""
        if isinstance(row, Ballot):
            voting_round = self.known[MergeKind.ROUNDS].get(row.round_id)
            return title_of(voting_round) if voting_round is not None else row.round_id
        return title_of(row)

    # -- participants ----------------------------------------------------------------

    def _person(self, person: Participant, source: MergeSource, rows: WorkshopRows) -> Outcome:
        known = self.known[MergeKind.PARTICIPANTS].get(person.id)
        if known is not None:
            if person.id in self.joined and isinstance(known, Participant):
                # Kept as a removed entry while joined: a newer edit of it is
                # taken (it is there when the two are separated), never its return.
                person = replace(person, deleted_at=known.deleted_at)
            return self._reconcile(MergeKind.PARTICIPANTS, known, person, source.name)
        key = person_key(person)
        same = self.people.get(key) if key and person.deleted_at is None else None
        if same is None or same[1] == source.path:
            self._insert(MergeKind.PARTICIPANTS, person, source.path)
            return Outcome.ADDED
        kept = same[0]
        join = ParticipantJoin(
            id=self.make_id(), kept_id=kept, joined_id=person.id,
            ideas=tuple(i.id for i in rows.ideas if i.participant_id == person.id),
            ballots=tuple(b.id for b in rows.ballots if b.participant_id == person.id),
            source=source.name, created_at=self.stamp, updated_at=self.stamp)
        self._insert(MergeKind.PARTICIPANTS, replace(person, deleted_at=self.stamp), source.path)
        self._join(join, source.name)
        return Outcome.JOINED

    def _join(self, join: ParticipantJoin, source: str) -> None:
        """Point the joined participant at the kept one from now on, and report it."""
        self.joined[join.joined_id], self.join_rows[join.joined_id] = join.kept_id, join
        self.join_ids.add(join.id)
        person, other = (self.known[MergeKind.PARTICIPANTS][i] for i in (join.joined_id, join.kept_id))
        assert isinstance(person, Participant) and isinstance(other, Participant)
        self.joins.append(JoinedParticipant(
            source=source, join_id=join.id, joined_id=join.joined_id, kept_id=join.kept_id,
            name=person.name, organisation=person.organisation, ideas=len(join.ideas),
            ballots=len(join.ballots), kept_name=other.name, kept_organisation=other.organisation))

    def _carry_joins(self, source: MergeSource, added: set[str]) -> None:
        """A source made by a merge brings its joins of the participants it
        brings: the moderator can still separate them here."""
        for join in source.rows.joins:
            kept = self._kept(join.kept_id)
            if join.deleted_at is None and join.id not in self.join_ids \
                    and join.joined_id in added and kept in self.known[MergeKind.PARTICIPANTS]:
                self._join(replace(join, kept_id=kept), source.name)

    def _extend_joins(self, rows: WorkshopRows) -> None:
        """A joined participant's ideas and ballots that a source brings after
        the join (a table going on) are given back to them too when the two
        are separated: the join lists them."""
        for joined_id, join in self.join_rows.items():
            ideas = _once([*join.ideas, *(i.id for i in rows.ideas if i.participant_id == joined_id)])
            ballots = _once([*join.ballots,
                             *(b.id for b in rows.ballots if b.participant_id == joined_id)])
            if (ideas, ballots) != (join.ideas, join.ballots):
                self.join_rows[joined_id] = replace(join, ideas=ideas, ballots=ballots)

    def write_joins(self) -> None:
        """The joins made by this merge, and the ones before it that now list more."""
        for join in self.join_rows.values():
            before = self.joins_before.get(join.id)
            if before is None:
                self._insert(MergeKind.PARTICIPANTS, join, "")
            elif (join.ideas, join.ballots) != (before.ideas, before.ballots):
                self.actions.updates.append(Update(ParticipantJoin, join.id, self.stamp,
                                                   {"ideas": join.ideas, "ballots": join.ballots}))

    def _index_names(self) -> None:
        """Index the live participants and groups by name afresh."""
        self.people.clear()
        self.group_names.clear()
        for kind in (MergeKind.PARTICIPANTS, MergeKind.CLUSTERS):
            for row in self.known[kind].values():
                self._index_name(row)

    def _index_name(self, row: Row) -> None:
        if isinstance(row, Participant) and row.deleted_at is None:
            key = person_key(row)
            if key:
                self.people.setdefault(key, (row.id, self.origins[row.id]))
        elif isinstance(row, Cluster) and row.deleted_at is None:
            self.group_names.setdefault(title_key(row.name), (row.id, self.origins[row.id]))

    def _kept(self, participant_id: str | None) -> str | None:
        seen = 0
        while participant_id in self.joined and seen < 50:  # a chain of joins, never a loop
            participant_id, seen = self.joined[participant_id], seen + 1
        return participant_id

    # -- groups ------------------------------------------------------------------------

    def _name_of(self, cluster_id: str) -> str:
        row = self.known[MergeKind.CLUSTERS][cluster_id]
        return row.name if isinstance(row, Cluster) else ""

    # -- references --------------------------------------------------------------------

    def _remapped(self, row: Row, groups: Mapping[str, str]) -> Row:
        """`row` with its references to joined participants and groups
        pointing at the ones they joined."""
        def group(cluster_id: str | None) -> str | None:
            return groups.get(cluster_id, cluster_id) if cluster_id is not None else None

        if isinstance(row, Idea):
            participant, cluster = self._kept(row.participant_id), group(row.cluster_id)
            if (participant, cluster) != (row.participant_id, row.cluster_id):
                return replace(row, participant_id=participant, cluster_id=cluster)
        elif isinstance(row, AgendaItem) and row.cluster_id in groups:
            return replace(row, cluster_id=group(row.cluster_id))
        elif isinstance(row, VotingRound) and groups and row.target is VoteTarget.CLUSTERS:
            return replace(row, options=_once(groups.get(o, o) for o in row.options))
        elif isinstance(row, Ballot):
            return self._ballot(row, groups)
        return row

    def _ballot(self, ballot: Ballot, groups: Mapping[str, str]) -> Ballot:
        participant = self._kept(ballot.participant_id)
        if not groups:
            return ballot if participant == ballot.participant_id else replace(
                ballot, participant_id=participant)
        votes: dict[str, int] = {}
        for option, dots in ballot.votes.items():
            votes[groups.get(option, option)] = votes.get(groups.get(option, option), 0) + dots
        scores = {groups.get(o, o): marks for o, marks in reversed(ballot.scores.items())}
        return replace(ballot, participant_id=participant, votes=votes, scores=scores,
                       ranking=_once(groups.get(o, o) for o in ballot.ranking),
                       shown=_once(groups.get(o, o) for o in ballot.shown))

    # -- the canvas ----------------------------------------------------------------------

    def _tidy_workshop(self) -> None:
        """The workshop's own notes have no places yet (its canvas was never
        shown): tidy them as the canvas would on first showing them, so that
        the sources' areas come to the right of them."""
        ideas = [i for i in self.known[MergeKind.IDEAS].values() if isinstance(i, Idea)]
        clusters = [c for c in self.known[MergeKind.CLUSTERS].values() if isinstance(c, Cluster)]
        spots = tidy_layout(ideas, clusters)[0]
        for idea in ideas:
            if idea.id in spots:
                x, y = spots[idea.id]
                # A place is no edit: the note keeps its stamp, so a table's
                # later edit of it still wins (and a merge-back finds it newer).
                self.actions.updates.append(Update(Idea, idea.id, idea.updated_at, {"x": x, "y": y}))
                self.known[MergeKind.IDEAS][idea.id] = replace(idea, x=x, y=y)
        self.tidied = len(spots)
        self.canvas.start_after([self.known[MergeKind.IDEAS][i] for i in spots])  # type: ignore[misc]

def _once(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))
