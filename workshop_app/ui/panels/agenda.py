"""Agenda & export: next year's forum programme built from the winners."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workshop_app.models import AgendaItem
from workshop_app.services import Changes
from workshop_app.ui.labels import format_label
from workshop_app.ui.models import Column, ListTableModel
from workshop_app.ui.panels.base import PhasePanel, make_table
from workshop_app.ui.session import WorkshopSession


class AgendaPanel(PhasePanel):
    """The draft agenda: slot, room, title, format, duration, rationale."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Agenda & export"),
                         self.tr("Draft agenda of next year's Economic Development Forum."),
                         parent)
        self.model = ListTableModel[AgendaItem]([
            Column(self.tr("When"), lambda a: a.slot.replace("T", " ")),
            Column(self.tr("Track"), lambda a: a.track),
            Column(self.tr("Topic"), lambda a: a.title),
            Column(self.tr("Format"), lambda a: format_label(a.format)),
            Column(self.tr("Minutes"), lambda a: a.duration_minutes),
            Column(self.tr("Rationale"), lambda a: a.rationale),
        ], self)
        self.body.addWidget(make_table(self.model, stretch=5, widths={2: 320}), 1)

    def refresh(self) -> None:
        self.model.set_rows(self.service.agenda())

    def apply(self, changes: Changes) -> None:
        if changes.agenda or changes.clusters:
            self.refresh()
