""""Zapisz stół jako osobny plik": one table's ideas (or a selection) written
to a new workshop file, for a table that continues on its own laptop.

The new file holds the same workshop: the workshop row itself (same id,
title, date, place, theme, moderators, anonymity, rooms and phase), the
phase plan, the objectives, the whole roster (the table's moderator picks
authors from it, and people move between tables; removed participants come
too, so every link stays whole), the forum's days; then the chosen ideas,
the groups they are in (only those) and their places on the canvas. Voting
rounds, ballots and agenda items stay behind: they belong to the whole
room. Every row keeps its id, `created_at` and `updated_at` exactly, so a
merge that matches rows by id and keeps the newer edit finds the rows the
table did not touch unchanged. The one value that may differ: a duplicate
link to an idea left behind is dropped in the new file (`models.split`).

Writing the file only reads this workshop (no transaction, no undo step).
The target is built under a temporary name beside it and linked into place
when complete (`WorkshopStore.create`): never a half-written file, never
onto an existing one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop_app.models import Cluster, ForumDay, Idea, Objective, Participant, Phase, Workshop
from workshop_app.models.split import (
    TableCount,
    rows_to_write,
    table_counts,
    with_their_duplicates,
)
from workshop_app.services.base import ServiceBase
from workshop_app.services.changes import RefusalReason, Refused
from workshop_app.storage import (
    FILE_SUFFIX,
    FileProblem,
    LockHolder,
    WorkshopFileError,
    WorkshopStore,
)
from workshop_app.storage.lock import writer_alive

# What SQLite and Razem keep beside a workshop file.
_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


@dataclass(frozen=True, slots=True)
class Split:
    """A table's file just written: where, and how many ideas, groups and
    participants it holds."""

    path: Path
    ideas: int
    clusters: int
    participants: int


@dataclass(frozen=True, slots=True)
class _Content:
    workshop: Workshop
    rows: tuple[object, ...]  # in an order where every link points back

    def write(self, store: WorkshopStore) -> None:
        with store.transaction():  # one transaction, and no undo step: a new file
            for row in self.rows:
                store.insert(row)


class SplitOps(ServiceBase):
    """Writing a table's ideas to a workshop file of their own."""

    def tables(self) -> list[TableCount]:
        """The workshop's table labels with their live ideas, in natural order."""
        return table_counts(self.ideas())

    def split_to(self, target: Path | str, *, table: str | None = None,
                 idea_ids: Sequence[str] | None = None) -> Split:
        """Write a new workshop file at `target` with the ideas of `table` (a
        table label exactly; "" for ideas of no table), or the ideas
        `idea_ids` and the duplicates stacked on them, and the workshop's
        setup (see the module). This workshop is only read.

        `Refused(SPLIT_ONTO_WORKSHOP)` for this workshop's own file or one of
        its companions, `Refused(UNKNOWN_TABLE)` for a table no live idea
        has, `Refused(NOT_FOUND)` for an idea that is not (or no longer)
        there, `Refused(NOTHING_TO_SPLIT)` when nothing is chosen;
        `WorkshopFileError(LOCKED)` when a running program holds `target`,
        `(ALREADY_EXISTS)` when it exists; `StorageEnvironmentError` when the
        machine refuses to write it. Refused: nothing is written. A `target`
        not ending in .razem gets it (`with_suffix`)."""
        _refuse_onto(Path(target).absolute(), self.store.path)  # as given: its journal, say
        target = with_suffix(Path(target)).absolute()
        self._check_target(target)
        with self.store.reading():  # one moment of the file, whatever the window writes meanwhile
            content = self._content(table, idea_ids)
        ideas = [r for r in content.rows if isinstance(r, Idea)]
        WorkshopStore.create(target, workshop=content.workshop, fill=content.write).close()
        return Split(path=target, ideas=len(ideas),
                     clusters=sum(isinstance(r, Cluster) for r in content.rows),
                     participants=sum(isinstance(r, Participant) and r.deleted_at is None
                                      for r in content.rows))

    def _check_target(self, target: Path) -> None:
        _refuse_onto(target, self.store.path)
        alive, record = writer_alive(target)
        if alive:
            raise WorkshopFileError(FileProblem.LOCKED, target, holder=_holder(record))
        if target.exists() or target.is_symlink():
            raise WorkshopFileError(FileProblem.ALREADY_EXISTS, target)

    def _content(self, table: str | None, idea_ids: Sequence[str] | None) -> _Content:
        ideas = self.ideas()
        chosen = self._chosen(ideas, table, idea_ids)
        clusters = self.find_many(Cluster, {i.cluster_id for i in chosen if i.cluster_id})
        rows: list[object] = [
            *self.participants(include_deleted=True),
            *self.store.all(Objective, include_deleted=True),
            *self.store.all(Phase), *self.store.all(ForumDay),
            *sorted(clusters.values(), key=lambda c: (c.created_at, c.id)),
            *rows_to_write(chosen)]
        return _Content(self.workshop(), tuple(rows))

    def _chosen(self, ideas: list[Idea], table: str | None,
                idea_ids: Sequence[str] | None) -> list[Idea]:
        if idea_ids is not None:
            found = self.find_many(Idea, idea_ids)
            for idea_id in idea_ids:
                if idea_id not in found or found[idea_id].deleted:
                    raise Refused(RefusalReason.NOT_FOUND, idea_id)
            chosen = with_their_duplicates(list(found.values()), ideas)
        elif table is not None:
            chosen = [i for i in ideas if i.table_label == table]
            if not chosen:
                raise Refused(RefusalReason.UNKNOWN_TABLE, table)
        else:
            chosen = []
        if not chosen:
            raise Refused(RefusalReason.NOTHING_TO_SPLIT)
        return chosen


def split_file(source: Path | str, target: Path | str, *, table: str | None = None,
               idea_ids: Sequence[str] | None = None) -> Split:
    """`split_to` on the workshop file `source`, on any thread: read through
    a reader of its own (a running Razem may have it open and write it
    meanwhile; a file of an older Razem is read through an upgraded private
    copy), never changed. Raises as `split_to` and as
    `WorkshopStore.open_reader` do."""
    from workshop_app.services.workshop_service import WorkshopService  # it mixes SplitOps in

    for onto in (Path(target), with_suffix(Path(target))):
        _refuse_onto(onto.absolute(), Path(source).absolute())
    with WorkshopStore.open_reader(source) as store:
        return WorkshopService(store).split_to(target, table=table, idea_ids=idea_ids)


def proposed_target(source: Path, folder: Path, name: str) -> Path:
    """Where a table's file is proposed: `folder`/SOURCE-NAME.razem, the name
    with dashes for spaces and anything but letters, digits, - and _."""
    safe = "-".join("".join(c if c.isalnum() or c in "-_" else " " for c in name).split())
    return folder / f"{source.stem}-{safe}{FILE_SUFFIX}"


def with_suffix(path: Path) -> Path:
    """`path` ending in the workshop suffix, appended to any other suffix
    (`stol.csv` is written as `stol.csv.razem`, never as a CSV; as `new` and
    `demo` name their files)."""
    path = Path(path)
    return path if path.suffix.casefold() == FILE_SUFFIX else path.with_name(path.name + FILE_SUFFIX)


def _refuse_onto(target: Path, source: Path) -> None:
    """`Refused(SPLIT_ONTO_WORKSHOP)` when `target` is `source` or one of its companions."""
    if target in {source, *(source.with_name(source.name + c) for c in _COMPANIONS)}:
        raise Refused(RefusalReason.SPLIT_ONTO_WORKSHOP)
    with contextlib.suppress(OSError):
        if os.path.samefile(target, source):
            raise Refused(RefusalReason.SPLIT_ONTO_WORKSHOP)


def _holder(record: dict[str, object] | None) -> LockHolder | None:
    try:
        return LockHolder(pid=int(str(record["pid"])), host=str(record["host"]),
                          program=str(record.get("program", "")),
                          since=str(record.get("since", ""))) if record else None
    except (KeyError, ValueError):
        return None
