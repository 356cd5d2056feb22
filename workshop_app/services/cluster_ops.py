"""Cluster operations: grouping ideas into named clusters and placing notes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from workshop_app.models import Cluster, Idea, stacks
from workshop_app.models.ids import new_id, now_iso
from workshop_app.models.layout import place_in_group, shown_positions, tidy_layout
from workshop_app.services.base import UNCHANGED, ServiceBase, Unchanged, valid_title
from workshop_app.services.changes import Changes, Op, RefusalReason, Refused

Position = tuple[float, float]


class ClusterOps(ServiceBase):
    """Cluster operations: grouping ideas into named clusters.

    Notes stacked on an original as duplicates always go where it goes.
    """

    def with_stacked(self, idea_ids: Iterable[str]) -> frozenset[str]:
        """`idea_ids` plus the ideas stacked on them as duplicates (deleted
        ones too: restoring one puts it where its original is)."""
        ids = sorted(set(idea_ids))
        return frozenset(stacks.with_stacked(self.store.ideas_stacked_on(ids), ids))

    def create_cluster(self, *, name: str, idea_ids: Iterable[str] = (),
                       at: Position | None = None,
                       positions: Mapping[str, Position] | None = None) -> Changes:
        """A new cluster of the given ideas (and their stacked duplicates),
        its frame at `at`; `positions` also places the notes (a note dropped
        on a note). One undo step; `Changes.created` is the cluster's id."""
        ids = list(dict.fromkeys(idea_ids))
        with self._operation(Op.GROUP, len(ids)) as operation:
            x, y = at if at is not None else (None, None)
            cluster = Cluster(id=new_id(), name=valid_title(name), x=x, y=y)
            self._check_ideas(ids)
            if positions:
                self._keep_shown_layout()
            self.store.insert(cluster)
            for idea_id in sorted(self.with_stacked(ids)):
                self.store.update(Idea, idea_id, cluster_id=cluster.id)
            self._place_notes(dict(positions or {}))
            operation.created = cluster.id
        return operation.changes

    def rename_cluster(self, *, cluster_id: str, name: str) -> Changes:
        with self._operation(Op.RENAME_GROUP) as operation:
            self._existing(Cluster, cluster_id)
            self.store.update(Cluster, cluster_id, name=valid_title(name))
        return operation.changes

    def move_ideas(self, *, idea_ids: Sequence[str], cluster_id: str | None) -> Changes:
        """Put ideas into a cluster, or take them out of any (`None`); one step."""
        op = Op.TAKE_OUT_OF_GROUP if cluster_id is None else Op.ADD_TO_GROUP
        with self._operation(op, len(idea_ids)) as operation:
            self._check_ideas(idea_ids)
            if cluster_id is not None:
                self._existing(Cluster, cluster_id)
            for idea_id in sorted(self.with_stacked(idea_ids)):
                self.store.update(Idea, idea_id, cluster_id=cluster_id)
            if cluster_id is not None:
                self._place_joiners([(cluster_id, idea_ids)])
        return operation.changes

    def _place_joiners(self, groups: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Ideas that joined groups (not by a drag) stand inside or next to
        their group's frame, which covers no other note (`place_in_group`);
        nothing moves while no note has a saved place (the tidy layout shows
        every group whole)."""
        ideas = stacks.unstacked(self.ideas())
        if all(i.x is None for i in ideas):
            return
        shown = shown_positions(ideas, self.clusters())
        members = {i.id: i.cluster_id for i in ideas}
        for cluster_id, idea_ids in groups:
            joining = [i for i in dict.fromkeys(idea_ids) if i in shown]
            own = {i: shown[i] for i, c in members.items() if c == cluster_id and i not in joining}
            others = [spot for i, spot in shown.items() if members[i] != cluster_id]
            moved = place_in_group(own, joining, others, near=shown[joining[0]] if joining else None)
            shown.update(moved)
            self._place_notes(moved)

    def ungroup_cluster(self, *, cluster_id: str) -> Changes:
        """Dissolve a cluster: its ideas become unplaced, the cluster is deleted."""
        with self._operation(Op.UNGROUP) as operation:
            self._existing(Cluster, cluster_id)
            # Deleted ideas too: restoring one must not put it into a dissolved cluster.
            for idea in self.store.ideas_in_cluster(cluster_id):
                self.store.update(Idea, idea.id, cluster_id=None)
            self.store.update(Cluster, cluster_id, deleted_at=now_iso())
        return operation.changes

    def merge_clusters(self, *, source_id: str, target_id: str) -> Changes:
        """Move every idea of `source_id` into `target_id` and delete the source."""
        if source_id == target_id:
            raise Refused(RefusalReason.INVALID_VALUE, "merge into itself")
        with self._operation(Op.MERGE_GROUPS) as operation:
            self._existing(Cluster, source_id)
            self._existing(Cluster, target_id)
            for idea in self.store.ideas_in_cluster(source_id):
                self.store.update(Idea, idea.id, cluster_id=target_id)
            self.store.update(Cluster, source_id, deleted_at=now_iso())
        return operation.changes

    def mark_duplicate(self, *, idea_id: str, of_id: str) -> Changes:
        """Stack `idea_id` on `of_id`: both texts are kept; the duplicate (and
        anything stacked on it) follows the original into its cluster and place."""
        if idea_id == of_id:
            raise Refused(RefusalReason.INVALID_VALUE, "duplicate of itself")
        with self._operation(Op.MARK_DUPLICATE) as operation:
            original = self._existing(Idea, of_id)
            self._existing(Idea, idea_id)
            # The note the moderator chose, unless it is itself shown stacked
            # on a live original (a deleted original leaves it on its own).
            recorded = self.find(Idea, original.duplicate_of) if original.duplicate_of else None
            root = recorded.id if recorded is not None and not recorded.deleted else original.id
            if root == idea_id:
                # Marking an original as a duplicate of its own duplicate: swap roles.
                root = of_id
                self.store.update(Idea, of_id, duplicate_of=None)
            root_idea = self._existing(Idea, root)
            moved = set(stacks.with_stacked(self.store.ideas_stacked_on([idea_id]), [idea_id]))
            if root == of_id and original.duplicate_of is not None:
                self.store.update(Idea, of_id, duplicate_of=None)  # a stack of its own now
            for stacked in sorted(moved - {root}):
                self.store.update(Idea, stacked, duplicate_of=root, cluster_id=root_idea.cluster_id,
                                  x=root_idea.x, y=root_idea.y)
        return operation.changes

    def place(self, *, ideas: Mapping[str, Position] | None = None,
              clusters: Mapping[str, Position] | None = None,
              cluster_id: str | Unchanged | None = UNCHANGED) -> Changes:
        """Move notes (and frames) on the canvas; with `cluster_id`, the
        moved notes also join that cluster (None: leave any) - one drop."""
        notes, frames = dict(ideas or {}), dict(clusters or {})
        if isinstance(cluster_id, Unchanged):
            op = Op.MOVE_NOTES
        else:
            op = Op.TAKE_OUT_OF_GROUP if cluster_id is None else Op.ADD_TO_GROUP
        with self._operation(op, len(notes)) as operation:
            self._check_ideas(notes)
            if notes or frames:
                self._keep_shown_layout()
            if not isinstance(cluster_id, Unchanged):
                if cluster_id is not None:
                    self._existing(Cluster, cluster_id)
                for idea_id in sorted(self.with_stacked(notes)):
                    self.store.update(Idea, idea_id, cluster_id=cluster_id)
            self._place_notes(notes)
            for cid, (x, y) in frames.items():
                self._existing(Cluster, cid)
                self.store.update(Cluster, cid, x=float(x), y=float(y))
        return operation.changes

    def _keep_shown_layout(self) -> None:
        """Before a note is placed by hand: every note without a saved place is
        saved where the canvas shows it (the tidy layout while none has a
        place), in the same step. Otherwise the notes still without a place
        would be laid out afresh around the placed one on the next opening
        (`shown_positions`): another picture than the one the moderator
        moved the note in."""
        if not self.store.has_unplaced_ideas():
            return
        ideas = self.ideas()
        missing = [i for i in ideas if i.x is None or i.y is None]
        if not missing:
            return
        shown = shown_positions(ideas, self.clusters())
        for idea in missing:
            if idea.id in shown:
                x, y = shown[idea.id]
                self.store.update(Idea, idea.id, x=float(x), y=float(y))

    def _place_notes(self, notes: Mapping[str, Position]) -> None:
        """Notes at positions; their stacked duplicates with them."""
        spots = stacks.follow_originals(self.store.ideas_stacked_on(sorted(notes)), notes)
        for idea_id, (x, y) in spots.items():
            self.store.update(Idea, idea_id, x=float(x), y=float(y))

    def apply_groups(self, *, groups: Sequence[tuple[str, Sequence[str]]]) -> Changes:
        """Create several named clusters of ideas in one transaction and one
        undo step (accepting all suggested groups)."""
        with self._operation(Op.ACCEPT_GROUPS, len(groups)) as operation:
            made = [(Cluster(id=new_id(), name=valid_title(name)), list(ids)) for name, ids in groups]
            placed: set[str] = set()  # an idea named by two groups (stale suggestions) joins the first
            joined: list[tuple[str, list[str]]] = []
            for cluster, ids in made:
                self._check_ideas(ids)
                self.store.insert(cluster)
                members = [i for i in ids if i not in placed]
                for idea_id in sorted(self.with_stacked(members) - placed):
                    self.store.update(Idea, idea_id, cluster_id=cluster.id)
                    placed.add(idea_id)
                joined.append((cluster.id, members))
            self._place_joiners(joined)
        return operation.changes

    def tidy(self) -> Changes:
        """Clusters in a grid, unplaced notes in a strip below; one step."""
        with self._operation(Op.TIDY) as operation:
            notes, frames = tidy_layout(self.ideas(), self.clusters())
            self._place_notes(notes)
            for cid, (x, y) in frames.items():
                self.store.update(Cluster, cid, x=float(x), y=float(y))
        return operation.changes

    def _check_ideas(self, idea_ids: Iterable[str]) -> None:
        """`Refused` unless every id names an idea (one read for many)."""
        wanted = set(idea_ids)
        missing = wanted - set(self.find_many(Idea, wanted))
        if missing:
            raise Refused(RefusalReason.NOT_FOUND, ", ".join(sorted(missing)))
