"""Cluster: groups of ideas (the canvas comes with the Cluster issue)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from workshop_app.services import WorkshopService
from workshop_app.ui.labels import ideas_count
from workshop_app.ui.panels.base import PhasePanel


class ClusterPanel(PhasePanel):
    """A tree of clusters and their ideas, unplaced ideas last."""

    def __init__(self, service: WorkshopService, parent: QWidget | None = None) -> None:
        super().__init__(service, self.tr("Cluster"),
                         self.tr("Ideas grouped into named clusters."), parent)
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.body.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.clear()
        ideas = self.service.ideas()
        groups = [(c.id, c.name) for c in self.service.clusters()]
        groups.append((None, self.tr("Not yet grouped")))
        for cluster_id, name in groups:
            members = [i for i in ideas if i.cluster_id == cluster_id]
            if cluster_id is None and not members:
                continue
            parent = QStandardItem(f"{name}  ({ideas_count(len(members))})")
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
            for idea in members:
                child = QStandardItem(idea.text)
                child.setAccessibleText(idea.text)
                parent.appendRow(child)
            self.model.appendRow(parent)
        self.view.expandAll()
