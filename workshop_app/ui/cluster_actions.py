"""Every clustering action of the canvas, the tree and the suggestions, as
one undo step each.

Undo works on snapshots: before an action the placements it may touch are
read (`layout_of`), the action runs through the service, the placements after
it are read, and undo / redo put either snapshot back (`apply_layout`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QObject

from workshop_app.models import Cluster, Idea, stacked_ids
from workshop_app.models.ids import now_iso
from workshop_app.models.layout import Layout, tidy
from workshop_app.services import UNCHANGED, Changes, WorkshopService
from workshop_app.ui.hub import ChangeHub
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.undo import Command

Position = tuple[float, float]


class LayoutCommand(Command):
    """Runs `forward` once; undo and redo restore placement snapshots."""

    def __init__(self, hub: ChangeHub, service: WorkshopService, text: str,
                 forward: Callable[[], Changes], idea_ids: Iterable[str],
                 cluster_ids: Iterable[str]) -> None:
        super().__init__(hub, text)
        self._service, self._forward = service, forward
        self._idea_ids, self._cluster_ids = set(idea_ids), set(cluster_ids)
        self.before: Layout | None = None
        self.after: Layout | None = None
        self.changes = Changes()

    def apply_first(self) -> Changes:
        service = self._service
        everything = {i.id: i for i in service.ideas(include_deleted=True)}
        ideas = service.with_stacked(self._idea_ids)
        clusters = set(self._cluster_ids) | {c for i in ideas if (c := everything[i].cluster_id)}
        members = {i.id for i in everything.values() if i.cluster_id in clusters}
        known = {c.id for c in service.clusters(include_deleted=True)}
        before = service.layout_of(idea_ids=ideas | members, cluster_ids=clusters)
        self.changes = self._forward()
        self.after = service.layout_of(idea_ids=set(before.ideas) | set(self.changes.ideas),
                                       cluster_ids=set(before.clusters) | set(self.changes.clusters))
        stamp = now_iso()
        # Only a cluster this step made is "deleted" again by undo.
        born = {c: dataclasses.replace(state, deleted_at=stamp)
                for c, state in self.after.clusters.items() if c not in known}
        missing = {c: state for c, state in self.after.clusters.items()
                   if c in known and c not in before.clusters}
        self.before = Layout(ideas={**self.after.ideas, **before.ideas},
                             clusters={**missing, **before.clusters, **born})
        return self.changes

    def reapply(self) -> Changes:
        assert self.after is not None
        return self._service.apply_layout(layout=self.after)

    def revert(self) -> Changes:
        assert self.before is not None
        return self._service.apply_layout(layout=self.before)


class ClusterActions(QObject):
    """The clustering operations of one open workshop (see module docstring)."""

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = session.service

    def _run(self, text: str, forward: Callable[[], Changes], *, ideas: Iterable[str] = (),
             clusters: Iterable[str] = ()) -> Changes:
        command = LayoutCommand(self.session.hub, self.service, text, forward, ideas, clusters)
        return self.session.undo_stack.run(command)

    def default_name(self, idea_ids: Sequence[str]) -> str:
        """A proposed name from the notes' most telling words, or 'Group N'."""
        texts = [self.service.idea(i).text for i in idea_ids]
        proposer = self.session.name_proposer
        name = proposer(texts) if proposer is not None else ""
        return name or self.tr("Group {number}").format(number=len(self.service.clusters()) + 1)

    def group(self, idea_ids: Sequence[str], *, name: str | None = None,
              at: Position | None = None) -> str | None:
        """A new cluster of the given notes; returns its id."""
        ids = list(dict.fromkeys(idea_ids))
        label = name or self.default_name(ids)
        x, y = at if at is not None else (None, None)
        changes = self._run(self.tr("grouping %n idea(s)", "", len(ids)),
                            lambda: self.service.create_cluster(name=label, idea_ids=ids, x=x, y=y),
                            ideas=ids)
        return changes.created

    def group_at(self, idea_ids: Sequence[str], positions: Mapping[str, Position]) -> str | None:
        """A note dropped on an unplaced note: a new cluster of the two (or
        more), keeping where the dragged notes were put; one step."""
        ids = list(dict.fromkeys(idea_ids))
        label = self.default_name(ids)

        def forward() -> Changes:
            made = self.service.create_cluster(name=label, idea_ids=ids)
            return made | self.service.place(ideas=positions)

        changes = self._run(self.tr("grouping %n idea(s)", "", len(ids)), forward, ideas=ids)
        return changes.created

    def drop(self, positions: Mapping[str, Position], cluster_id: str | None | object = UNCHANGED) -> None:
        """Notes dragged to new positions, optionally into (or out of) a cluster."""
        if cluster_id is UNCHANGED:
            text = self.tr("moving %n note(s)", "", len(positions))
        elif cluster_id is None:
            text = self.tr("taking %n idea(s) out of a group", "", len(positions))
        else:
            text = self.tr("adding %n idea(s) to a group", "", len(positions))
        clusters = [cluster_id] if isinstance(cluster_id, str) else []
        self._run(text, lambda: self.service.place(ideas=positions, cluster_id=cluster_id),
                  ideas=positions, clusters=clusters)

    def move_to_cluster(self, idea_ids: Sequence[str], cluster_id: str | None) -> None:
        """Keyboard path: put ideas into a cluster (or take them out)."""
        text = (self.tr("taking %n idea(s) out of a group", "", len(idea_ids)) if cluster_id is None
                else self.tr("adding %n idea(s) to a group", "", len(idea_ids)))
        self._run(text, lambda: self.service.move_ideas(idea_ids=idea_ids, cluster_id=cluster_id),
                  ideas=idea_ids, clusters=[cluster_id] if cluster_id else [])

    def rename(self, cluster_id: str, name: str) -> None:
        if self.service.get(Cluster, cluster_id).name == name.strip():
            return
        self._run(self.tr("renaming a group"),
                  lambda: self.service.rename_cluster(cluster_id=cluster_id, name=name),
                  clusters=[cluster_id])

    def merge(self, source_id: str, target_id: str) -> None:
        self._run(self.tr("merging groups"),
                  lambda: self.service.merge_clusters(source_id=source_id, target_id=target_id),
                  clusters=[source_id, target_id])

    def ungroup(self, cluster_id: str) -> None:
        self._run(self.tr("ungrouping"), lambda: self.service.ungroup_cluster(cluster_id=cluster_id),
                  clusters=[cluster_id])

    def mark_duplicate(self, idea_id: str, of_id: str) -> None:
        stacked = [i.id for i in self.service.ideas() if i.duplicate_of == idea_id]
        self._run(self.tr("marking a duplicate"),
                  lambda: self.service.mark_duplicate(idea_id=idea_id, of_id=of_id),
                  ideas=[idea_id, of_id, *stacked])

    def accept_groups(self, groups: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Accept several suggested groups as one step."""
        ids = [i for _, members in groups for i in members]
        self._run(self.tr("accepting %n suggested group(s)", "", len(groups)),
                  lambda: self.service.apply_groups(groups=groups), ideas=ids)

    def tidy(self) -> None:
        """Clusters in a grid, unplaced notes in a strip below; one step."""
        ideas = self.service.ideas()
        clusters = self.service.clusters()
        stacked = stacked_ids(ideas)
        visible = [i for i in ideas if i.id not in stacked]
        groups = [(c.id, [i.id for i in visible if i.cluster_id == c.id]) for c in clusters]
        unplaced = [i.id for i in visible if i.cluster_id is None]
        notes, frames = tidy(groups, unplaced)
        notes.update(_stacked_with_originals(ideas, notes))
        self._run(self.tr("tidying the canvas"),
                  lambda: self.service.place(ideas=notes, clusters=frames),
                  ideas=notes, clusters=frames)


def _stacked_with_originals(ideas: list[Idea], notes: Mapping[str, Position]) -> dict[str, Position]:
    return {i.id: notes[i.duplicate_of] for i in ideas
            if i.duplicate_of is not None and i.duplicate_of in notes and i.id not in notes}
