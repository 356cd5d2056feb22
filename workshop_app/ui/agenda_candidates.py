"""Candidate topics for the agenda: a chosen round's results (best first,
with points by sector), the groups when there is no round, or a topic typed
in. The widget only offers them; the Agenda panel adds them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.models import AgendaItem, RoundStatus, VoteMethod, VotingRound
from workshop_app.models.candidates import Candidate, from_clusters, from_results
from workshop_app.models.rules import SECTOR_ORDER
from workshop_app.models.text import title_key
from workshop_app.services import WorkshopService
from workshop_app.ui.labels import round_status_label, sector_short_label
from workshop_app.ui.models import Column, ListTableModel
from workshop_app.ui.panels.base import chain_tab_order, make_table
from workshop_app.ui.results_view import number_text

GROUPS = "groups"
"""The source of candidates that is no round: the groups themselves."""

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CandidateBox(QGroupBox):
    """Candidate topics and the ways to add one (button, double-click, Enter,
    or typing a topic). `add(candidate)` is the panel's: True when added.

    `buttons` is a row under the list where further sources of topics (last
    year's workshop) put their buttons.
    """

    def __init__(self, service: WorkshopService, add: Callable[[Candidate], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Candidate topics"), parent)
        self.service = service
        self._add = add
        self._method = VoteMethod.DOTS
        self._taken: set[str] = set()
        self._agenda: list[AgendaItem] = []
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Topics from"))
        # A long round title must not widen the column: it is cut in the box.
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(16)
        self.source.currentIndexChanged.connect(self.show_source)
        self.model = ListTableModel[Candidate]([
            Column(self.tr("Added"), lambda c: "✓" if c.key in self._taken else ""),
            Column(self.tr("Place"), lambda c: c.result.place if c.result else ""),
            Column(self.tr("Topic"), lambda c: c.title),
            Column(self.tr("Score"), lambda c: number_text(c.result.score, self._method)
                   if c.result else ""),
            Column(self.tr("By sector"), self._by_sector),
        ], self, key=lambda c: c.key or c.title)
        self.view = make_table(self.model, stretch=2)
        # With results the topic and the points by sector share the width; one
        # line a candidate (the full text in its tooltip), so that a small
        # screen still shows several of them.
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setToolTip(self.tr("✓: already on the agenda"))
        self.view.setAccessibleName(self.tr("Candidate topics"))
        self.view.setTabKeyNavigation(False)  # Tab moves on; arrows move in the list
        self.view.doubleClicked.connect(lambda _index: self.add_selected())
        self.view.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add to the a&genda"))
        self.add_button.clicked.connect(self.add_selected)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("Or type a topic and press Enter"))
        self.typed.setAccessibleName(self.tr("New topic"))
        self.typed.returnPressed.connect(self.add_typed)
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("Topics fro&m:"))
        label.setBuddy(self.source)
        row.addWidget(label)
        row.addWidget(self.source, 1)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        # The buttons and the typed topic share a row: more candidates show.
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.typed, 1)
        layout.addLayout(self.buttons)
        chain_tab_order([self.source, self.view, self.add_button, self.typed])

    # -- sources -------------------------------------------------------------------

    def refresh(self, agenda: Sequence[AgendaItem]) -> None:
        """Reload the sources (rounds with votes) and the candidates."""
        chosen = self.source.currentData()
        rounds = [r for r in self.service.rounds() if r.status is not RoundStatus.DRAFT]
        self.source.blockSignals(True)
        self.source.clear()
        for voting_round in reversed(rounds):  # the newest first
            self.source.addItem(self.tr("Round: {title} ({status})").format(
                title=voting_round.title, status=round_status_label(voting_round.status)),
                voting_round.id)
        self.source.addItem(self.tr("Groups (without a round)"), GROUPS)
        index = self.source.findData(chosen) if chosen is not None else -1
        self.source.setCurrentIndex(index if index >= 0 else _default(self.source, rounds))
        self.source.blockSignals(False)
        self._agenda = list(agenda)
        self.show_source()

    def show_source(self) -> None:
        """Show the candidates of the chosen source."""
        chosen = self.source.currentData()
        voting_round = next((r for r in self.service.rounds() if r.id == chosen), None)
        clusters, ideas = self.service.clusters(), self.service.ideas()
        if voting_round is None:
            self._method = VoteMethod.DOTS
            self.model.set_rows(from_clusters(clusters, ideas))
        else:
            self._method = voting_round.method
            results = self.service.results(voting_round.id)
            self.model.set_rows(from_results(voting_round.target, results, clusters, ideas))
        for column in (1, 3, 4):
            self.view.setColumnHidden(column, voting_round is None)
        self.mark_taken(self._agenda)
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 2))

    def mark_taken(self, agenda: Sequence[AgendaItem]) -> None:
        """Tick the candidates already on the agenda (by group or by title)."""
        self._agenda = list(agenda)
        titles = {title_key(item.title) for item in agenda}
        groups = {item.cluster_id for item in agenda if item.cluster_id}
        self._taken = {c.key for c in (self.model.row_object(r) for r in range(self.model.rowCount()))
                       if c.key and (c.cluster_id in groups or title_key(c.title) in titles)}
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, 0))

    def _by_sector(self, candidate: Candidate) -> str:
        if candidate.result is None:
            return ""
        points = candidate.result.by_sector
        return " · ".join(f"{sector_short_label(s)} {number_text(points[s], self._method)}"
                          for s in SECTOR_ORDER if s in points)

    # -- adding --------------------------------------------------------------------

    def add_selected(self) -> None:
        """Add the selected candidates, best first, each one undo step."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        for row in rows:
            if not self._add(self.model.row_object(row)):
                break

    def add_typed(self) -> None:
        """Add the typed topic; the field is emptied once it is on the agenda."""
        if self._add(Candidate(title=self.typed.text())):
            self.typed.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list adds the selected candidates."""
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _ENTER):
            self.add_selected()
            return True
        return False


def _default(source: QComboBox, rounds: Sequence[VotingRound]) -> int:
    """The newest closed round, else the newest round with votes, else the groups."""
    closed = [r for r in rounds if r.status is RoundStatus.CLOSED]
    best = closed[-1] if closed else (rounds[-1] if rounds else None)
    return source.findData(best.id if best else GROUPS)
