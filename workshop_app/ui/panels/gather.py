"""Gather: the ideas written so far (capture comes with the Gather issue)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.models import Idea, Sector
from workshop_app.services import WorkshopService
from workshop_app.ui.labels import ideas_count, sector_label
from workshop_app.ui.models import Column, ListTableModel
from workshop_app.ui.panels.base import PhasePanel, make_table


class GatherPanel(PhasePanel):
    """Lists the workshop's ideas, newest first, with counts per sector."""

    def __init__(self, service: WorkshopService, parent: QWidget | None = None) -> None:
        super().__init__(service, self.tr("Gather"),
                         self.tr("Every idea from the sticky notes, newest first."), parent)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.body.addWidget(self.counts)
        self.model = ListTableModel[Idea]([
            Column(self.tr("Idea"), lambda i: i.text),
            Column(self.tr("Sector"), lambda i: sector_label(i.sector)),
            Column(self.tr("Table"), lambda i: i.table_label),
        ], self)
        self.view = make_table(self.model, stretch=0)
        self.body.addWidget(self.view, 1)

    def refresh(self) -> None:
        ideas = list(reversed(self.service.ideas()))
        self.model.set_rows(ideas)
        per_sector = Counter(i.sector for i in ideas)
        parts = [f"{sector_label(s)}: {per_sector[s]}" for s in Sector if per_sector[s]]
        self.counts.setText(ideas_count(len(ideas)) + ("  ·  " + "  ·  ".join(parts) if parts else ""))
