"""Prioritise: voting rounds and their results (voting comes later)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.models import VoteTarget, in_sector_order, tally_dots
from workshop_app.services import Changes
from workshop_app.ui.labels import round_status_label, sector_label
from workshop_app.ui.models import Column, ListTableModel
from workshop_app.ui.panels.base import PhasePanel, make_table
from workshop_app.ui.session import WorkshopSession

Row = tuple[int, str, int, str]


class PrioritisePanel(PhasePanel):
    """The latest voting round: status and ranking with points per sector."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Prioritise"),
                         self.tr("Voting rounds on ideas or clusters, and their results."), parent)
        self.status = QLabel()
        self.status.setObjectName("counts")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.status)
        self.model = ListTableModel[Row]([
            Column(self.tr("Place"), lambda r: r[0]),
            Column(self.tr("Option"), lambda r: r[1]),
            Column(self.tr("Dots"), lambda r: r[2]),
            Column(self.tr("Dots by sector"), lambda r: r[3]),
        ], self)
        self.body.addWidget(make_table(self.model, stretch=1), 1)

    def refresh(self) -> None:
        rounds = self.service.rounds()
        if not rounds:
            self.status.setText(self.tr("No voting round yet."))
            self.model.set_rows([])
            return
        voting_round = rounds[-1]
        self.status.setText(f"{voting_round.title} — {round_status_label(voting_round.status)}")
        if voting_round.target is VoteTarget.CLUSTERS:
            names = {c.id: c.name for c in self.service.clusters()}
        else:
            names = {i.id: i.text for i in self.service.ideas()}
        tally = tally_dots(self.service.ballots(voting_round.id), names)
        rows: list[Row] = []
        for place, option, points in tally.standings():
            per = in_sector_order(tally.by_sector[option])
            breakdown = ", ".join(f"{sector_label(sector)} {count}" for sector, count in per)
            rows.append((place, names[option], points, breakdown))
        self.model.set_rows(rows)

    def apply(self, changes: Changes) -> None:
        if changes.rounds or changes.clusters or changes.ideas:
            self.refresh()
