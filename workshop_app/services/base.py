"""Shared ground of the service: validation helpers and the read side."""


from __future__ import annotations

import contextlib
import enum
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Final, TypeVar

from workshop_app.models import (
    AgendaItem,
    Ballot,
    Cluster,
    ForumDay,
    Idea,
    Objective,
    Participant,
    Phase,
    TextProblem,
    VotingRound,
    Workshop,
    check_idea_text,
    check_title,
    clean_text,
)
from workshop_app.services.changes import Changes, Op, RefusalReason, Refused
from workshop_app.storage import WorkshopStore
from workshop_app.storage.undo_log import LIMIT, Touch, UndoEntry

T = TypeVar("T")
# Up to this many ids, reading rows one by one beats reading the whole table.
_FEW = 50

# How many undo steps a workshop file keeps.
UNDO_LIMIT: Final = LIMIT


class Unchanged(enum.Enum):
    """The type of `UNCHANGED`."""

    UNCHANGED = "unchanged"


# Default for optional edit arguments: "leave this field as it is".
UNCHANGED: Final = Unchanged.UNCHANGED

_TEXT_REASONS = {
    TextProblem.EMPTY: RefusalReason.EMPTY_TEXT,
    TextProblem.TOO_LONG: RefusalReason.TEXT_TOO_LONG,
}


def _idea_text(text: str) -> str:
    cleaned = clean_text(text)
    problem = check_idea_text(cleaned)
    if problem:
        raise Refused(_TEXT_REASONS[problem])
    return cleaned


def valid_title(text: str) -> str:
    """`text` cleaned for use as a title; `Refused` if empty or too long."""
    cleaned = clean_text(text)
    problem = check_title(cleaned)
    if problem:
        raise Refused(_TEXT_REASONS[problem])
    return cleaned


def _short(text: str) -> str:
    """Optional short text (names, places): cleaned, may be empty."""
    cleaned = clean_text(text)
    if check_title(cleaned) is TextProblem.TOO_LONG:
        raise Refused(RefusalReason.TEXT_TOO_LONG)
    return cleaned


# Operations that change much at once: a snapshot of the workshop is taken
# before each (undo covers them too; a snapshot also survives a bad day).
RISKY: Final = frozenset({Op.IMPORT_IDEAS, Op.IMPORT_PARTICIPANTS, Op.ACCEPT_GROUPS, Op.CLOSE_ROUND,
                         Op.MERGE_WORKSHOPS})


class Operation:
    """A running user operation (`ServiceBase._operation`): set `created`
    while it runs; read `changes` after the block."""

    def __init__(self) -> None:
        self.created: str | None = None
        self.changes = Changes()


class ServiceBase:
    """The store, the reads, and helpers every group of operations uses."""

    def __init__(self, store: WorkshopStore) -> None:
        self.store = store

    # -- reads ---------------------------------------------------------------

    def workshop(self) -> Workshop:
        return self.store.workshop()

    def ideas(self, *, include_deleted: bool = False) -> list[Idea]:
        return self.store.all(Idea, include_deleted=include_deleted)

    def idea(self, idea_id: str) -> Idea:
        return self._existing(Idea, idea_id)

    def get_cluster(self, cluster_id: str) -> Cluster:
        return self._existing(Cluster, cluster_id)

    def clusters(self, *, include_deleted: bool = False) -> list[Cluster]:
        return self.store.all(Cluster, include_deleted=include_deleted)

    def participants(self, *, include_deleted: bool = False) -> list[Participant]:
        return self.store.all(Participant, include_deleted=include_deleted)

    def objectives(self) -> list[Objective]:
        return self.store.all(Objective)

    def phases(self) -> list[Phase]:
        return self.store.all(Phase)

    def rounds(self) -> list[VotingRound]:
        return self.store.all(VotingRound)

    def ballots(self, round_id: str) -> list[Ballot]:
        return self.store.ballots_of(round_id)

    def agenda(self) -> list[AgendaItem]:
        return self.store.all(AgendaItem)

    def get(self, cls: type[T], entity_id: str) -> T:
        """One entity by id (also a soft-deleted one); `Refused` if unknown."""
        return self._existing(cls, entity_id)

    def find(self, cls: type[T], entity_id: str) -> T | None:
        """One entity by id (also a soft-deleted one), or None if there is
        none (e.g. its creation was undone)."""
        return self.store.get(cls, entity_id)

    def find_many(self, cls: type[T], entity_ids: Iterable[str]) -> dict[str, T]:
        """The entities of the given ids that exist (soft-deleted ones too),
        by id: row by row for a few, one read of the table for many."""
        wanted = set(entity_ids)
        if len(wanted) <= _FEW:
            return {i: e for i in wanted if (e := self.store.get(cls, i)) is not None}
        return {e.id: e for e in self.store.all(cls, include_deleted=True)  # type: ignore[attr-defined]
                if e.id in wanted}  # type: ignore[attr-defined]

    def _existing(self, cls: type[T], entity_id: str) -> T:
        found = self.store.get(cls, entity_id)
        if found is None:
            raise Refused(RefusalReason.NOT_FOUND, f"{cls.__name__} {entity_id}")
        return found

    # -- the one path of every change ---------------------------------------------

    @contextlib.contextmanager
    def _operation(self, op: Op, count: int = 1) -> Iterator[Operation]:
        """One user operation: its reads, checks and writes in one transaction
        that also records its undo entry. A `Refused` (or any error) inside
        leaves the file as it was."""
        handle = Operation()
        if op in RISKY:
            self.store.snapshot(op.value)
        with self.store.operation(op.value, count) as recorded:
            yield handle
        handle.changes = replace(changes_of(self.store, recorded.touches),
                                 created=handle.created, undo_entry=recorded.entry)

    def undo(self, *, expected: int | None = None) -> Changes:
        """Undo the newest undo step as one new transaction (nothing if
        there is none). With `expected`, refuse unless that is the step."""
        return self._replay(undo=True, expected=expected)

    def redo(self, *, expected: int | None = None) -> Changes:
        """Redo the oldest undone step (see `undo`)."""
        return self._replay(undo=False, expected=expected)

    def _replay(self, *, undo: bool, expected: int | None) -> Changes:
        history = self.store.undo_history()
        candidates = ([e for e in history if e.done][-1:] if undo
                      else [e for e in history if not e.done][:1])
        if expected is not None and [e.seq for e in candidates] != [expected]:
            raise Refused(RefusalReason.HISTORY_CHANGED)
        replayed = self.store.replay(undo=undo)
        if replayed is None:
            return Changes()
        entry, touches = replayed
        return replace(changes_of(self.store, touches), undo_entry=entry.seq)

    def forget_undo_history(self) -> None:
        """Drop every undo step (a file just built: the demo, a new workshop)."""
        self.store.forget_undo_history()

    def undo_history(self, *, only: int | None = None) -> list[UndoEntry]:
        """The kept undo steps, oldest first (`done` False: undone, redoable);
        with `only`, just that step."""
        return self.store.undo_history(only=only)

    def _set_deleted(self, op: Op, cls: type, entity_ids: Sequence[str], stamp: str | None) -> Changes:
        with self._operation(op, len(entity_ids)) as operation:
            for entity_id in entity_ids:
                self._existing(cls, entity_id)
            for entity_id in entity_ids:
                self.store.update(cls, entity_id, deleted_at=stamp)
        return operation.changes


def changes_of(store: WorkshopStore, touches: Sequence[Touch]) -> Changes:
    """What the touched rows mean for the views: the ids per kind, plus the
    clusters an idea left or joined and the notes a duplicate is stacked on
    (their frames and stacks look different now)."""
    ids: dict[type, set[str]] = {}
    for touch in touches:
        kind = store.entity_type(touch.table)
        ids.setdefault(kind, set()).add(touch.row_id)
        images = [image for image in (touch.before, touch.after) if image]
        if kind is Idea:
            ids.setdefault(Cluster, set()).update(
                str(i["cluster_id"]) for i in images if i.get("cluster_id"))
            ids[Idea].update(str(i["duplicate_of"]) for i in images if i.get("duplicate_of"))
        elif kind is Ballot:
            rounds = {str(i["round_id"]) for i in images if i.get("round_id")}
            ids.setdefault(VotingRound, set()).update(rounds or _round_of(store, touch.row_id))

    def of(kind: type) -> frozenset[str]:
        return frozenset(ids.get(kind, ()))

    return Changes(workshop=Workshop in ids, phases=Phase in ids, ideas=of(Idea),
                   clusters=of(Cluster), participants=of(Participant),
                   objectives=of(Objective), rounds=of(VotingRound), agenda=of(AgendaItem),
                   frame=ForumDay in ids or Workshop in ids)


def _round_of(store: WorkshopStore, ballot_id: str) -> set[str]:
    ballot = store.get(Ballot, ballot_id)
    return {ballot.round_id} if ballot else set()


def same_file(path: Path, current: Path) -> bool:
    """`path` is `current` (also through another name or a link)."""
    try:
        return path == current or os.path.samefile(path, current)
    except OSError:  # it does not exist: opening it will say so
        return False
