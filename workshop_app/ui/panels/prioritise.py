"""Prioritise: the moderator's console for voting rounds.

Make a round (what is voted on, and how), open it, let the room vote at the
shared screen or type the paper dots, follow how many have voted by sector,
take back the last ballot, close it, and show the results on the shared
screen when the room may see them. The results are always here, for the
moderator alone, until then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)

from workshop_app.models import RoundStatus, VoteMethod, VoteTarget, VotingRound, in_sector_order
from workshop_app.models.results import OptionResult
from workshop_app.models.text import brief
from workshop_app.services import Changes
from workshop_app.ui.labels import round_status_label, sector_breakdown, sector_label
from workshop_app.ui.models import Column, ListTableModel
from workshop_app.ui.panels.base import PhasePanel, make_table
from workshop_app.ui.phone_dialog import PhoneDialog
from workshop_app.ui.presenter_voting import option_titles
from workshop_app.ui.results_view import MatrixView, ResultsView
from workshop_app.ui.round_dialog import RoundDialog
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.tally_dialog import TallyDialog

Row = tuple[int, str, str, str, str]
VOTE_AT_SCREEN_KEY = "F6"  # beside F5, which opens the shared screen
PHONES_REFRESH_MS = 300


class PrioritisePanel(PhasePanel):
    """Voting rounds: make, run and close them, and their results (see module docstring)."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Prioritise"),
                         self.tr("Make a voting round, open it, and let the room vote at the "
                                 "shared screen or on paper; the results stay here until you "
                                 "show them."), parent)
        self.rounds = QComboBox()
        self.rounds.setAccessibleName(self.tr("Voting round"))
        self.rounds.currentIndexChanged.connect(lambda _: self.show_round())
        self.status = QLabel()
        self.status.setObjectName("counts")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.progress.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self.phone_dialog: PhoneDialog | None = None
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round:")))
        top.addWidget(self.rounds, 1)
        steps = QHBoxLayout()  # a row of its own: the panel stays narrow enough for 1366 px
        for key, text, action in (
                ("new", self.tr("New round…"), self.new_round),
                ("edit", self.tr("Change…"), self.edit_round),
                ("delete", self.tr("Delete"), self._run_on(self.service.delete_round)),
                ("open", self.tr("Open"), self._run_on(self.service.open_round)),
                ("close", self.tr("Close"), self.close_round),
                ("reopen", self.tr("Reopen"), self._run_on(self.service.reopen_round))):
            steps.addWidget(self._button(key, text, action))
        steps.addStretch(1)
        voting = QHBoxLayout()
        for key, text, action in (
                ("screen", self.tr("Vote at the shared screen"), self.toggle_screen),
                ("phones", self.tr("Voting from phones…"), self.vote_from_phones),
                ("tally", self.tr("Type paper dots…"), self.enter_tally),
                ("discard", self.tr("Take back the last ballot"),
                 self._run_on(self.service.discard_last_ballot)),
                ("reveal", self.tr("Show results on the shared screen"), self.toggle_reveal)):
            voting.addWidget(self._button(key, text, action))
        voting.addStretch(1)
        self.buttons["screen"].setCheckable(True)
        # A shortcut of its own, not the button's: that one clicks a moment
        # later (after showing the button pressed), keys typed on the
        # shared screen meanwhile would find no voting there yet.
        screen_key = QAction(self)
        screen_key.setShortcut(QKeySequence(VOTE_AT_SCREEN_KEY))
        screen_key.triggered.connect(lambda _=False: self.buttons["screen"].click())
        self.addAction(screen_key)
        self.buttons["screen"].setToolTip(
            self.tr("Start or stop voting at the shared screen ({key})").format(
                key=QKeySequence(VOTE_AT_SCREEN_KEY).toString(
                    QKeySequence.SequenceFormat.NativeText)))
        self.buttons["reveal"].setCheckable(True)
        self.body.addLayout(top)
        self.body.addLayout(steps)
        self.body.addWidget(self.status)
        self.body.addLayout(voting)
        self.body.addWidget(self.progress)
        self.model = ListTableModel[Row]([
            Column(self.tr("Place"), lambda r: r[0]),
            Column(self.tr("Option"), lambda r: r[1]),
            Column(self.tr("Score"), lambda r: r[2]),
            Column(self.tr("Balanced"), lambda r: r[3]),
            Column(self.tr("By sector"), lambda r: r[4]),
        ], self)
        self.table = make_table(self.model, stretch=4)
        self.bars = ResultsView()
        self.matrix = MatrixView()
        self.views = QTabWidget()
        self.views.addTab(self.bars, self.tr("Results"))
        self.views.addTab(self.matrix, self.tr("Impact × feasibility"))
        self.views.addTab(self.table, self.tr("Table"))
        self.body.addWidget(self.views, 1)
        session.station.changed.connect(self.show_round)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        session.closing.connect(self._later.stop)  # the file is gone by its turn

    def _button(self, key: str, text: str, action: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: action())
        self.buttons[key] = button
        return button

    def _run_on(self, operation: Callable[..., Changes]) -> Callable[[], None]:
        def run() -> None:
            current = self.current()
            if current is not None:
                self.session.run_by(self, operation, round_id=current.id)
        return run

    # -- reading -----------------------------------------------------------------------

    def current(self) -> VotingRound | None:
        round_id = self.rounds.currentData()
        return next((r for r in self.service.rounds() if r.id == round_id), None)

    def refresh(self) -> None:
        chosen = self.rounds.currentData()
        rounds = self.service.rounds()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for voting_round in rounds:
            self.rounds.addItem(f"{voting_round.title} — {round_status_label(voting_round.status)}",
                                voting_round.id)
        index = self.rounds.findData(chosen)
        self.rounds.setCurrentIndex(index if index >= 0 else self.rounds.count() - 1)
        self.rounds.blockSignals(False)
        self.show_round()

    def show_round(self) -> None:
        voting_round = self.current()
        station = self.session.station
        for button in self.buttons.values():
            button.setEnabled(voting_round is not None)
        self.buttons["new"].setEnabled(True)
        if voting_round is None:
            self.status.setText(self.tr("No voting round yet: make one with “New round…”."))
            self.progress.setText("")
            self.model.set_rows([])
            return
        status = voting_round.status
        for key, allowed in (("edit", status is RoundStatus.DRAFT),
                             ("delete", status is RoundStatus.DRAFT),
                             ("open", status is RoundStatus.DRAFT),
                             ("close", status is RoundStatus.OPEN),
                             ("reopen", status is RoundStatus.CLOSED),
                             ("screen", status is RoundStatus.OPEN),
                             # A closed round's server (kept for the results) can be stopped.
                             ("phones", status is RoundStatus.OPEN
                              or self.session.phones.round_id == voting_round.id),
                             ("tally", status is RoundStatus.OPEN
                              and voting_round.method is VoteMethod.DOTS),
                             ("discard", status is RoundStatus.OPEN),
                             ("reveal", status is not RoundStatus.DRAFT)):
            self.buttons[key].setEnabled(allowed)
        self.buttons["screen"].setChecked(station.voting == voting_round.id)
        self.buttons["reveal"].setChecked(station.revealed == voting_round.id)
        self.status.setText(self._describe(voting_round))
        ballots = self.service.ballots(voting_round.id)
        total, breakdown = sector_breakdown(ballots)
        self.progress.setText(self.tr("%n ballot(s) so far", "", total)
                              + (f": {breakdown}" if breakdown else ""))
        self.show_results(voting_round, self.service.results(voting_round.id) if ballots else [])

    def _describe(self, voting_round: VotingRound) -> str:
        method = voting_round.method
        if method is VoteMethod.DOTS:
            how = self.tr("{dots} dots per voter, at most {cap} on one option").format(
                dots=voting_round.dots_per_voter,
                cap=voting_round.max_per_option if voting_round.allow_stacking else 1)
        elif method is VoteMethod.SCORE:
            how = self.tr("marks 1–5 on {one} and {two}").format(
                one=voting_round.axes[0], two=voting_round.axes[1])
        else:
            how = self.tr("each voter ranks their top {n}").format(n=voting_round.top_n)
        count = len(voting_round.options)
        options = (self.tr("%n option(s)", "", count) if count else
                   self.tr("all groups") if voting_round.target is VoteTarget.CLUSTERS
                   else self.tr("all ideas"))
        return f"{round_status_label(voting_round.status)} · {options} · {how}"

    def show_results(self, voting_round: VotingRound, results: list[OptionResult]) -> None:
        titles = option_titles(self.service, voting_round)
        for view in (self.bars, self.matrix):
            view.show_results(voting_round.method, results, titles, voting_round.axes)
        self.views.setTabVisible(self.views.indexOf(self.matrix),
                                 voting_round.method is VoteMethod.SCORE)
        rows: list[Row] = []
        for result in results:
            mark = " =" if result.tie else " ≈" if result.near_tie else ""
            per = ", ".join(f"{sector_label(s)} {_number(v)}" for s, v in
                            in_sector_order(result.by_sector))  # type: ignore[arg-type]
            rows.append((result.place, brief(titles.get(result.option_id, "?"), 120),
                         _number(result.score) + mark, _number(result.balanced_score), per))
        self.model.set_rows(rows)

    # -- acting ------------------------------------------------------------------------

    def _choices(self) -> dict[VoteTarget, dict[str, str]]:
        return {VoteTarget.CLUSTERS: {c.id: c.name for c in self.service.clusters()},
                VoteTarget.IDEAS: {i.id: i.text for i in self.service.ideas()}}

    def new_round(self) -> None:
        dialog = RoundDialog(self._choices(), parent=self)
        if dialog.exec() != RoundDialog.DialogCode.Accepted:
            return
        changes = self.session.run_by(self, self.service.add_round,
                                      **dialog.settings().as_kwargs(new=True))
        if changes is not None and changes.created:
            self.refresh()
            self.rounds.setCurrentIndex(self.rounds.findData(changes.created))

    def edit_round(self) -> None:
        current = self.current()
        if current is None:
            return
        dialog = RoundDialog(self._choices(), current, parent=self)
        if dialog.exec() == RoundDialog.DialogCode.Accepted:
            self.session.run_by(self, self.service.update_round, round_id=current.id,
                                **dialog.settings().as_kwargs(new=False))

    def close_round(self) -> None:
        current = self.current()
        if current is None:
            return
        if self.session.station.voting == current.id:
            self.session.station.start_voting(None)
        self.session.run_by(self, self.service.close_round, round_id=current.id)

    def toggle_screen(self) -> None:
        current = self.current()
        station = self.session.station
        station.start_voting(None if current is None or station.voting == current.id
                             else current.id)

    def toggle_reveal(self) -> None:
        current = self.current()
        station = self.session.station
        station.reveal(None if current is None or station.revealed == current.id else current.id)

    def vote_from_phones(self) -> None:
        """The "Voting from phones" window for the round shown (not modal)."""
        current = self.current()
        if current is None:
            return
        dialog = self.phone_dialog
        if dialog is None or dialog.round_id != current.id:
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            dialog = self.phone_dialog = PhoneDialog(self.session, current.id, parent=self)
        dialog.show()
        dialog.raise_()

    def enter_tally(self) -> None:
        current = self.current()
        if current is None:
            return
        titles = option_titles(self.service, current)
        votable = self.service.votable(current.id)
        dialog = TallyDialog(current.title, {o: titles.get(o, "?") for o in votable},
                             parent=self)
        if dialog.exec() == TallyDialog.DialogCode.Accepted:
            counts, voters = dialog.counts()
            self.session.run_by(self, self.service.enter_tally, round_id=current.id,
                                counts=counts, voters=voters)

    def apply(self, changes: Changes) -> None:
        # After the event that made the change: a ballot cast at the shared
        # screen shows the next voter's card first, then the console catches up
        # (and a burst of changes refreshes it once).
        # While phones vote, ballots may come ten a second: the console
        # catches up a few times a second rather than after each.
        if (changes.rounds or changes.clusters or changes.ideas) and not self._later.isActive():
            self._later.setInterval(PHONES_REFRESH_MS if self.session.phones.running else 0)
            self._later.start()


def _number(value: float) -> str:
    """A score as people read it: whole numbers without decimals, means with two."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"
