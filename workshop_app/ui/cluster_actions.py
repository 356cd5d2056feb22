"""Every clustering action of the canvas, the tree and the suggestions.

Each is one service operation, so one transaction and one undo step; this
class only adds what the GUI knows: proposed group names and who asked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject

from workshop_app.services import UNCHANGED, Unchanged
from workshop_app.ui.session import WorkshopSession

Position = tuple[float, float]


class ClusterActions(QObject):
    """The clustering operations of one open workshop (see module docstring).

    A refused action changes nothing and reaches the moderator through
    `WorkshopSession.refused`.
    """

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = session.service

    def default_name(self, idea_ids: Sequence[str]) -> str:
        """A proposed name from the notes' most telling words, or 'Group N'."""
        texts = [self.service.idea(i).text for i in idea_ids]
        proposer = self.session.name_proposer()
        name = proposer(texts) if proposer is not None else ""
        return name or self.tr("Group {number}").format(number=len(self.service.clusters()) + 1)

    def group(self, idea_ids: Sequence[str], *, name: str | None = None,
              at: Position | None = None) -> str | None:
        """A new cluster of the given notes; returns its id (None if refused)."""
        ids = list(dict.fromkeys(idea_ids))
        changes = self.session.run(self.service.create_cluster, name=name or self.default_name(ids),
                                   idea_ids=ids, at=at)
        return changes.created if changes else None

    def group_at(self, idea_ids: Sequence[str], positions: Mapping[str, Position]) -> str | None:
        """A note dropped on an unplaced note: a new cluster of the two (or
        more), keeping where the dragged notes were put; one step."""
        ids = list(dict.fromkeys(idea_ids))
        changes = self.session.run(self.service.create_cluster, name=self.default_name(ids),
                                   idea_ids=ids, positions=positions)
        return changes.created if changes else None

    def drop(self, positions: Mapping[str, Position],
             cluster_id: str | Unchanged | None = UNCHANGED) -> None:
        """Notes dragged to new positions, optionally into (or out of) a cluster."""
        self.session.run(self.service.place, ideas=positions, cluster_id=cluster_id)

    def move_to_cluster(self, idea_ids: Sequence[str], cluster_id: str | None) -> None:
        """Keyboard path: put ideas into a cluster (or take them out)."""
        self.session.run(self.service.move_ideas, idea_ids=list(idea_ids), cluster_id=cluster_id)

    def rename(self, cluster_id: str, name: str) -> bool:
        """False if refused (the session says why)."""
        return self.session.run(self.service.rename_cluster, cluster_id=cluster_id,
                                name=name) is not None

    def merge(self, source_id: str, target_id: str) -> None:
        self.session.run(self.service.merge_clusters, source_id=source_id, target_id=target_id)

    def ungroup(self, cluster_id: str) -> None:
        self.session.run(self.service.ungroup_cluster, cluster_id=cluster_id)

    def mark_duplicate(self, idea_id: str, of_id: str) -> None:
        self.session.run(self.service.mark_duplicate, idea_id=idea_id, of_id=of_id)

    def accept_groups(self, groups: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Accept several suggested groups as one step."""
        self.session.run(self.service.apply_groups, groups=groups)

    def tidy(self) -> None:
        """Clusters in a grid, unplaced notes in a strip below; one step."""
        self.session.run(self.service.tidy)
