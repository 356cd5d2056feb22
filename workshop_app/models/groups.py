"""Which group each idea is shown in, and how many ideas a group holds."""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass

from workshop_app.models.entities import Cluster, Idea
from workshop_app.models.stacks import unstacked


@dataclass(frozen=True, slots=True)
class Grouping:
    """Ideas sorted into the groups the views show (see `group_members`)."""

    members: Mapping[str, list[Idea]]
    """Live cluster id -> its ideas, clusters in the order given, ideas too."""
    unplaced: list[Idea]
    """The ideas in no live cluster ("Not yet grouped"), in the order given."""

    def cluster_of(self) -> dict[str, str]:
        """Idea id -> the cluster it is shown in, for the grouped ideas only."""
        return {i.id: cluster_id for cluster_id, ideas in self.members.items() for i in ideas}


def shown_cluster(idea: Idea, live_cluster_ids: Container[str]) -> str | None:
    """The cluster `idea` is shown in: its `cluster_id` when that cluster is
    live, else None - the idea is unplaced ("Not yet grouped"). A note whose
    group is gone is shown as not grouped, never hidden in a group nobody sees."""
    cluster_id = idea.cluster_id
    return cluster_id if cluster_id is not None and cluster_id in live_cluster_ids else None


def group_members(ideas: Iterable[Idea], clusters: Iterable[Cluster]) -> Grouping:
    """Sort `ideas` into the live `clusters` and the unplaced.

    An idea is unplaced when its `cluster_id` is None or names a cluster that
    is not live (deleted, or not among `clusters`): see `shown_cluster`. Every
    idea given lands in exactly one place; filter deleted or stacked ideas
    out before calling when a view does not show them.
    """
    members: dict[str, list[Idea]] = {c.id: [] for c in clusters if c.deleted_at is None}
    unplaced: list[Idea] = []
    for idea in ideas:
        cluster_id = shown_cluster(idea, members)
        (unplaced if cluster_id is None else members[cluster_id]).append(idea)
    return Grouping(members=members, unplaced=unplaced)


def group_sizes(ideas: Iterable[Idea], clusters: Iterable[Cluster]) -> dict[str | None, int]:
    """How many ideas each live cluster (and, under None, "Not yet grouped")
    holds, as every view counts them: its live members that are notes of
    their own. A duplicate stacked on an idea is the same idea said twice, not
    one more; deleted ideas do not count."""
    grouping = group_members(unstacked(ideas), clusters)
    sizes: dict[str | None, int] = {c: len(members) for c, members in grouping.members.items()}
    sizes[None] = len(grouping.unplaced)
    return sizes
