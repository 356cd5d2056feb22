"""Set up: workshop details, roster, objectives and the agenda of phases."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop_app.models import Objective, Participant, Phase
from workshop_app.services import WorkshopService
from workshop_app.ui.labels import phase_label, sector_label
from workshop_app.ui.models import Column, ListTableModel
from workshop_app.ui.panels.base import PhasePanel, make_table


class SetupPanel(PhasePanel):
    """Shows the workshop's details, roster, objectives and phase plan."""

    def __init__(self, service: WorkshopService, parent: QWidget | None = None) -> None:
        super().__init__(service, self.tr("Set up"),
                         self.tr("Who takes part, what the workshop is about, and its plan."),
                         parent)
        details = QGroupBox(self.tr("Workshop"))
        form = QFormLayout(details)
        self._fields: dict[str, QLabel] = {}
        for key, label in (("title", self.tr("Title")), ("date", self.tr("Date")),
                           ("place", self.tr("Place")), ("theme", self.tr("Theme")),
                           ("moderators", self.tr("Moderators")),
                           ("anonymous", self.tr("Anonymity"))):
            value = QLabel()
            value.setWordWrap(True)
            self._fields[key] = value
            form.addRow(label, value)
        self.roster = ListTableModel[Participant]([
            Column(self.tr("Name"), lambda p: p.name or self.tr("(anonymous)")),
            Column(self.tr("Organisation"), lambda p: p.organisation),
            Column(self.tr("Municipality"), lambda p: p.municipality),
            Column(self.tr("Sector"), lambda p: sector_label(p.sector)),
        ], self)
        self.objectives = ListTableModel[Objective]([
            Column(self.tr("Code"), lambda o: o.code),
            Column(self.tr("Objective"), lambda o: o.title),
        ], self)
        self.plan = ListTableModel[Phase]([
            Column(self.tr("Phase"), lambda p: phase_label(p.kind)),
            Column(self.tr("Activity"), lambda p: p.title),
            Column(self.tr("Minutes"), lambda p: p.planned_minutes),
        ], self)
        top = QHBoxLayout()
        top.addWidget(details, 1)
        top.addWidget(_boxed(self.tr("Plan of the workshop"), make_table(self.plan, stretch=1)), 1)
        self.body.addLayout(top)
        bottom = QHBoxLayout()
        bottom.addWidget(_boxed(self.tr("Participants"), make_table(self.roster, stretch=1)), 3)
        bottom.addWidget(_boxed(self.tr("Strategic objectives"), make_table(self.objectives, stretch=1)), 2)
        self.body.addLayout(bottom, 1)

    def refresh(self) -> None:
        workshop = self.service.workshop()
        values = {
            "title": workshop.title, "date": workshop.date, "place": workshop.place,
            "theme": workshop.theme, "moderators": ", ".join(workshop.moderators),
            "anonymous": self.tr("authors hidden on the shared screen") if workshop.anonymous
            else self.tr("authors shown"),
        }
        for key, label in self._fields.items():
            label.setText(values[key] or "—")
        self.roster.set_rows(self.service.participants())
        self.objectives.set_rows(self.service.objectives())
        self.plan.set_rows(self.service.phases())


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box
