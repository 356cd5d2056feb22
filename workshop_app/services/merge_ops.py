"""Merging the files of parallel tables (and laptops) into the open workshop.

Two steps, so that the window can show what will happen before it happens:

    plan = service.plan_merge(paths, join_same_named_clusters=False)
    plan.report                     # counts per source and kind, joins, renames, conflicts
    changes = service.merge(plan)   # one transaction, one undo step (Op.MERGE_WORKSHOPS)

`plan_merge` reads every source (`WorkshopStore.open_reader`: nothing is
written, locked or upgraded in place) and refuses, before anything is
written, the whole merge if one source cannot be merged. `merge` writes
exactly what the plan's report says, or refuses (`MERGE_PLAN_STALE`) when
the workshop changed since it was planned. The rules are in `models.merge`
and docs/merge.md. A participant joined by a merge is separated again with
`unjoin_participant` (its own undo step).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop_app.models import (
    AgendaItem,
    Ballot,
    Cluster,
    Idea,
    Objective,
    Participant,
    ParticipantJoin,
    VotingRound,
)
from workshop_app.models.ids import now_iso
from workshop_app.models.merge import MergeActions, MergeSource, Row, WorkshopRows, plan_actions
from workshop_app.models.merge_report import Conflict, MergeKind, MergeReport, RepeatedSource, Winner
from workshop_app.models.text import brief
from workshop_app.services.base import ServiceBase, same_file
from workshop_app.services.changes import Changes, Op, RefusalReason, Refused
from workshop_app.storage import FileProblem, WorkshopFileError, WorkshopStore
from workshop_app.storage.lock import check_not_written

# How much of an idea's text names it in the report ("#12 Staże dla ...").
_IDEA_CHARS = 40


@dataclass(frozen=True, slots=True)
class MergePlan:
    """A merge read and worked out, not written: `report` is what `merge`
    will do with it. `paths` are the sources as given, absolute."""

    paths: tuple[Path, ...]
    join_same_named_clusters: bool
    report: MergeReport
    actions: MergeActions
    # The workshop it was planned for, and what it looked like then (its
    # connection's change count).
    target: Path
    state: int

    @property
    def changes_anything(self) -> bool:
        return self.actions.writes > 0


class MergeOps(ServiceBase):
    """Merging other workshop files into this one, and separating a joined participant."""

    def plan_merge(self, paths: Sequence[Path | str], *,
                   join_same_named_clusters: bool = False) -> MergePlan:
        """Read every source and work out the merge; nothing is written.

        Refuses the whole merge when one source cannot be merged:
        `Refused(NO_MERGE_SOURCE)` without sources,
        `Refused(MERGE_SOURCE_IS_TARGET)` for this workshop's own file (also
        through another name; a copy of it, or a table's file made from the
        same template, is merged), `WorkshopFileError` naming the file for
        one that is no workshop, is damaged (also: rows pointing at rows
        not there), from a newer Razem, or open in a
        running Razem (`LOCKED`), `StorageEnvironmentError` when the machine
        refuses to read it. A file given twice (also through another name) is
        merged once; the report's `repeated` says so."""
        if not paths:
            raise Refused(RefusalReason.NO_MERGE_SOURCE)
        distinct, repeated = _distinct([Path(path).absolute() for path in paths])
        sources = [self._read_source(path) for path in distinct]
        with self.store.reading():
            target = _rows_of(self.store)
            next_seq = self.store.next_idea_seq()
        actions = plan_actions(target, sources, join_clusters=join_same_named_clusters,
                               next_seq=next_seq, stamp=now_iso())
        report = dataclasses.replace(
            actions.report, repeated=repeated, names=_names(target, sources, actions.inserts),
            numbers={i.id: i.seq for i in (*_all(sources, target, MergeKind.IDEAS), *actions.inserts)
                     if isinstance(i, Idea)},
            conflicts=_held_by(actions.report.conflicts, target, sources))
        return MergePlan(paths=tuple(Path(s.path) for s in sources),
                         join_same_named_clusters=join_same_named_clusters,
                         report=report, actions=actions, target=self.store.path,
                         state=self.store.changes_made())

    def merge(self, plan: MergePlan) -> Changes:
        """Write a planned merge: one transaction, one undo step
        (`Op.MERGE_WORKSHOPS`, counting the sources), nothing when it brings
        nothing new. `Refused(MERGE_PLAN_STALE)` when the workshop changed
        since `plan_merge`, or the plan was made for another workshop (plan
        again and show the new report)."""
        if (plan.target, plan.state) != (self.store.path, self.store.changes_made()):
            raise Refused(RefusalReason.MERGE_PLAN_STALE)
        with self._operation(Op.MERGE_WORKSHOPS, len(plan.paths)) as operation:
            self.store.defer_references()
            for row in plan.actions.inserts:
                self.store.insert(row)
            for update in plan.actions.updates:
                self.store.put_version(update.cls, update.row_id, update.updated_at, **update.values)
        return operation.changes

    def participant_joins(self) -> list[ParticipantJoin]:
        """The participants joined by merges and not separated since, oldest first."""
        return self.store.all(ParticipantJoin)

    def unjoin_participant(self, *, join_id: str) -> Changes:
        """Separate a participant a merge joined with another (a wrong join):
        the joined entry is back on the roster, and the ideas and ballots it
        brought point at it again (those the moderator has since given to
        someone else stay so). One undo step. `Refused(JOIN_UNDONE)` when it
        was separated already."""
        join = self._existing(ParticipantJoin, join_id)
        if join.deleted_at is not None:
            raise Refused(RefusalReason.JOIN_UNDONE)
        with self._operation(Op.UNJOIN_PARTICIPANT) as operation:
            # Undoing what the merge did is no edit of the rows: each keeps
            # its stamp, so that a table's later edit of them still wins.
            joined = self._existing(Participant, join.joined_id)
            self.store.put_version(Participant, joined.id, joined.updated_at, deleted_at=None)
            for cls, ids in ((Idea, join.ideas), (Ballot, join.ballots)):
                for row in self.find_many(cls, ids).values():
                    if row.participant_id == join.kept_id:  # type: ignore[attr-defined]
                        self.store.put_version(cls, row.id, row.updated_at,  # type: ignore[attr-defined]
                                               participant_id=join.joined_id)
            self.store.update(ParticipantJoin, join.id, deleted_at=now_iso())
        return operation.changes

    # -- reading ---------------------------------------------------------------

    def _read_source(self, path: Path) -> MergeSource:
        if same_file(path, self.store.path):
            raise Refused(RefusalReason.MERGE_SOURCE_IS_TARGET, str(path))
        check_not_written(path)
        with WorkshopStore.open_reader(path) as store, store.reading():
            dangling = store.dangling_references()
            if dangling:  # they would break the merge's own references when it is written
                raise WorkshopFileError(FileProblem.CORRUPT, path,
                                        detail="rows pointing at rows not there: " + ", ".join(dangling))
            rows = _rows_of(store)
            title = store.workshop().title
        return MergeSource(path=str(path), name=path.name, stem=path.stem, title=title, rows=rows)


def _distinct(paths: Sequence[Path]) -> tuple[list[Path], tuple[RepeatedSource, ...]]:
    """The files among `paths`, each once (in the order first given), and
    the paths that named a file given before."""
    distinct: list[Path] = []
    repeated: list[RepeatedSource] = []
    for path in paths:
        first = next((seen for seen in distinct if same_file(path, seen)), None)
        if first is None:
            distinct.append(path)
        else:
            repeated.append(RepeatedSource(path=str(path), same_as=str(first)))
    return distinct, tuple(repeated)


def _names(target: WorkshopRows, sources: Sequence[MergeSource],
           inserts: Iterable[object]) -> dict[str, str]:
    """What the report calls each row a conflict may point at (`MergeReport.names`):
    the workshop's version, else the first source's; a new idea by its new number."""
    names = {row.id: _name(row) for kind in MergeKind for row in _all(sources, target, kind)}
    names.update((row.id, _name(row)) for row in inserts if isinstance(row, Idea))
    return names


def _all(sources: Sequence[MergeSource], target: WorkshopRows, kind: MergeKind) -> list[Row]:
    """The rows of one kind of every source, the last first, then the workshop's
    (so that, by id, the workshop's version comes last and counts)."""
    return [row for rows in (*(s.rows for s in reversed(sources)), target) for row in rows.of(kind)]


def _name(row: object) -> str:
    if isinstance(row, Participant):
        return f"{row.name} ({row.organisation})" if row.name and row.organisation else (
            row.name or row.organisation)
    if isinstance(row, Idea):
        return f"#{row.seq} {brief(row.text, _IDEA_CHARS)}"
    if isinstance(row, Objective):
        return f"{row.code} {row.title}".strip()
    if isinstance(row, Cluster):
        return row.name
    if isinstance(row, VotingRound | AgendaItem):
        return row.title
    return ""


def _held_by(conflicts: Sequence[Conflict], target: WorkshopRows,
             sources: Sequence[MergeSource]) -> tuple[Conflict, ...]:
    """`conflicts` each saying which file the workshop's side came from, when
    an earlier source of this merge brought it (`Conflict.held_by`)."""
    origin: dict[tuple[str, str], str] = {}
    for name, rows in (("", target), *((s.name, s.rows) for s in sources)):
        for kind in MergeKind:
            for row in rows.of(kind):
                origin.setdefault((row.id, getattr(row, "updated_at", "")), name)
    held = []
    for conflict in conflicts:
        at = conflict.older_at if conflict.winner is Winner.SOURCE else conflict.newer_at
        came = origin.get((conflict.row_id, at), "")
        held.append(dataclasses.replace(conflict, held_by="" if came == conflict.source else came))
    return tuple(held)


def _rows_of(store: WorkshopStore) -> WorkshopRows:
    """Every row a merge brings in, soft-deleted ones too."""
    return WorkshopRows(
        participants=tuple(store.all(Participant, include_deleted=True)),
        objectives=tuple(store.all(Objective, include_deleted=True)),
        clusters=tuple(store.all(Cluster, include_deleted=True)),
        ideas=tuple(store.all(Idea, include_deleted=True)),
        rounds=tuple(store.all(VotingRound, include_deleted=True)),
        ballots=tuple(store.all(Ballot, include_deleted=True)),
        agenda=tuple(store.all(AgendaItem, include_deleted=True)),
        joins=tuple(store.all(ParticipantJoin, include_deleted=True)))

