"""Cluster operations: grouping ideas into named clusters."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from workshop_app.models import Cluster, Idea
from workshop_app.models.ids import new_id, now_iso
from workshop_app.models.layout import ClusterState, Layout, Placement
from workshop_app.services.base import UNCHANGED, ServiceBase, valid_title
from workshop_app.services.changes import Changes, Refused, RefusalReason


T = TypeVar("T", Idea, Cluster)

# Up to this many ids, reading rows one by one beats reading the whole table.
_FEW = 50


class ClusterOps(ServiceBase):
    """Cluster operations: grouping ideas into named clusters.

    Notes stacked on an original as duplicates always go where it goes.
    """

    def with_stacked(self, idea_ids: Iterable[str]) -> frozenset[str]:
        """`idea_ids` plus the ideas stacked on them as duplicates."""
        ids = set(idea_ids)
        stacked = {i.id for i in self.store.all(Idea, include_deleted=True)
                   if i.duplicate_of is not None and i.duplicate_of in ids}
        return frozenset(ids | stacked)

    def create_cluster(self, *, name: str, idea_ids: Iterable[str] = (),
                       x: float | None = None, y: float | None = None) -> Changes:
        cluster = Cluster(id=new_id(), name=valid_title(name), x=x, y=y)
        ids = frozenset(idea_ids)
        for idea_id in ids:
            self._existing(Idea, idea_id)
        ids = self.with_stacked(ids)
        with self.store.transaction():
            self.store.insert(cluster)
            for idea_id in ids:
                self.store.update(Idea, idea_id, cluster_id=cluster.id)
        return Changes(clusters=frozenset({cluster.id}), ideas=ids, created=cluster.id)

    def rename_cluster(self, *, cluster_id: str, name: str) -> Changes:
        self._existing(Cluster, cluster_id)
        with self.store.transaction():
            self.store.update(Cluster, cluster_id, name=valid_title(name))
        return Changes(clusters=frozenset({cluster_id}))

    def move_ideas(self, *, idea_ids: Iterable[str], cluster_id: str | None) -> Changes:
        """Put ideas into a cluster, or take them out of any (`None`)."""
        ids = frozenset(idea_ids)
        for idea_id in ids:
            self._existing(Idea, idea_id)
        ids = self.with_stacked(ids)
        if cluster_id is not None:
            self._existing(Cluster, cluster_id)
        before = {self._existing(Idea, i).cluster_id for i in ids}
        with self.store.transaction():
            for idea_id in ids:
                self.store.update(Idea, idea_id, cluster_id=cluster_id)
        touched = {c for c in before | {cluster_id} if c}
        return Changes(ideas=ids, clusters=frozenset(touched))

    def ungroup_cluster(self, *, cluster_id: str) -> Changes:
        """Dissolve a cluster: its ideas become unplaced, the cluster is deleted."""
        self._existing(Cluster, cluster_id)
        # Deleted ideas too: restoring one must not put it into a dissolved cluster.
        members = [i.id for i in self.store.all(Idea, where="cluster_id = ?", params=[cluster_id],
                                                include_deleted=True)]
        with self.store.transaction():
            for idea_id in members:
                self.store.update(Idea, idea_id, cluster_id=None)
            self.store.update(Cluster, cluster_id, deleted_at=now_iso())
        return Changes(clusters=frozenset({cluster_id}), ideas=frozenset(members))


    def merge_clusters(self, *, source_id: str, target_id: str) -> Changes:
        """Move every idea of `source_id` into `target_id` and delete the source."""
        if source_id == target_id:
            raise Refused(RefusalReason.INVALID_VALUE, "merge into itself")
        self._existing(Cluster, source_id)
        self._existing(Cluster, target_id)
        members = [i.id for i in self.store.all(Idea, where="cluster_id = ?", params=[source_id],
                                                include_deleted=True)]
        with self.store.transaction():
            for idea_id in members:
                self.store.update(Idea, idea_id, cluster_id=target_id)
            self.store.update(Cluster, source_id, deleted_at=now_iso())
        return Changes(clusters=frozenset({source_id, target_id}), ideas=frozenset(members))

    def mark_duplicate(self, *, idea_id: str, of_id: str) -> Changes:
        """Stack `idea_id` on `of_id`: both texts are kept; the duplicate (and
        anything stacked on it) follows the original into its cluster and place."""
        if idea_id == of_id:
            raise Refused(RefusalReason.INVALID_VALUE, "duplicate of itself")
        original = self._existing(Idea, of_id)
        self._existing(Idea, idea_id)
        root = original.duplicate_of or original.id
        if root == idea_id:
            # Marking an original as a duplicate of its own duplicate: swap roles.
            root, original = of_id, dataclasses.replace(original, duplicate_of=None)
        root_idea = original if root == original.id else self._existing(Idea, root)
        moved = {idea_id} | {i.id for i in self.store.all(
            Idea, where="duplicate_of = ?", params=[idea_id], include_deleted=True)}
        if root == of_id:
            moved |= {i.id for i in self.store.all(
                Idea, where="duplicate_of = ? AND id != ?", params=[idea_id, of_id])}
        with self.store.transaction():
            if root == of_id and original.duplicate_of is None:
                self.store.update(Idea, of_id, duplicate_of=None)
            for stacked in moved - {root}:
                self.store.update(Idea, stacked, duplicate_of=root, cluster_id=root_idea.cluster_id,
                                  x=root_idea.x, y=root_idea.y)
        return Changes(ideas=frozenset(moved | {of_id, root}))

    def place(self, *, ideas: Mapping[str, tuple[float, float]] | None = None,
              clusters: Mapping[str, tuple[float, float]] | None = None,
              cluster_id: str | None = UNCHANGED) -> Changes:
        """Move notes (and frames) on the canvas; with `cluster_id`, the
        moved notes also join that cluster (None: leave any) - one drop."""
        ideas, clusters = dict(ideas or {}), dict(clusters or {})
        for idea_id in ideas:
            self._existing(Idea, idea_id)
        for stacked in self.with_stacked(ideas) - set(ideas):
            root = self._existing(Idea, stacked).duplicate_of
            ideas[stacked] = ideas[root]  # type: ignore[index]
        if cluster_id not in (UNCHANGED, None):
            self._existing(Cluster, cluster_id)
        with self.store.transaction():
            for idea_id, (x, y) in ideas.items():
                fields: dict[str, Any] = {"x": float(x), "y": float(y)}
                if cluster_id is not UNCHANGED:
                    fields["cluster_id"] = cluster_id
                self.store.update(Idea, idea_id, **fields)
            for cid, (x, y) in clusters.items():
                self.store.update(Cluster, cid, x=float(x), y=float(y))
        touched = set(clusters) | ({cluster_id} if isinstance(cluster_id, str) else set())
        return Changes(ideas=frozenset(ideas), clusters=frozenset(touched))

    def apply_groups(self, *, groups: Sequence[tuple[str, Sequence[str]]]) -> Changes:
        """Create several named clusters of ideas in one transaction
        (accepting all suggested groups)."""
        made = [(Cluster(id=new_id(), name=valid_title(name)), list(ids)) for name, ids in groups]
        for _cluster, ids in made:
            for idea_id in ids:
                self._existing(Idea, idea_id)
        made = [(cluster, sorted(self.with_stacked(ids))) for cluster, ids in made]
        with self.store.transaction():
            for cluster, ids in made:
                self.store.insert(cluster)
                for idea_id in ids:
                    self.store.update(Idea, idea_id, cluster_id=cluster.id)
        return Changes(clusters=frozenset(c.id for c, _ in made),
                       ideas=frozenset(i for _, ids in made for i in ids))

    # -- undo support: snapshot and restore of placements ----------------------------

    def layout_of(self, *, idea_ids: Iterable[str] = (), cluster_ids: Iterable[str] = ()) -> Layout:
        """The placements of the given ideas and clusters."""
        ideas = self._some(Idea, set(idea_ids))
        clusters = self._some(Cluster, set(cluster_ids))
        return Layout(
            ideas={i: Placement(idea.cluster_id, idea.x, idea.y, idea.duplicate_of)
                   for i, idea in ideas.items()},
            clusters={c: ClusterState(cl.name, cl.x, cl.y, cl.deleted_at)
                      for c, cl in clusters.items()})

    def _some(self, cls: type[T], ids: set[str]) -> dict[str, T]:
        """Entities by id: row by row for a few, one read of the table for many."""
        if len(ids) <= _FEW:
            return {entity_id: self._existing(cls, entity_id) for entity_id in ids}
        found = {e.id: e for e in self.store.all(cls, include_deleted=True)
                 if e.id in ids}
        if len(found) < len(ids):
            raise Refused(RefusalReason.NOT_FOUND, ", ".join(sorted(ids - set(found))))
        return found

    def apply_layout(self, *, layout: Layout) -> Changes:
        """Put ideas and clusters back exactly as `layout` says (undo / redo)."""
        with self.store.transaction():
            for cid, state in layout.clusters.items():
                self.store.update(Cluster, cid, name=state.name, x=state.x, y=state.y,
                                  deleted_at=state.deleted_at)
            for idea_id, place in layout.ideas.items():
                self.store.update(Idea, idea_id, cluster_id=place.cluster_id, x=place.x,
                                  y=place.y, duplicate_of=place.duplicate_of)
        return Changes(ideas=frozenset(layout.ideas), clusters=frozenset(layout.clusters))
