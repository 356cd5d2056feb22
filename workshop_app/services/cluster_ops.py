"""Cluster operations: grouping ideas into named clusters."""

from __future__ import annotations

from collections.abc import Iterable

from workshop_app.models import (
    Cluster,
    Idea,
)
from workshop_app.models.ids import new_id, now_iso
from workshop_app.services.base import (
    ServiceBase,
    valid_title,
)
from workshop_app.services.changes import Changes


class ClusterOps(ServiceBase):
    """Cluster operations: grouping ideas into named clusters."""

    def create_cluster(self, *, name: str, idea_ids: Iterable[str] = ()) -> Changes:
        cluster = Cluster(id=new_id(), name=valid_title(name))
        ids = frozenset(idea_ids)
        for idea_id in ids:
            self._existing(Idea, idea_id)
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

