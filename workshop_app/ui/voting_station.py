"""What the shared screen does with voting, as the moderator's console sets it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workshop_app.models import RoundStatus
from workshop_app.services import Changes, WorkshopService


class VotingStation(QObject):
    """What the shared screen is doing with voting: the round voted at the
    screen (None: no walk-up voting) and the round whose results are shown
    (None: hidden). The moderator's console sets them; the presenter follows.

    Voting comes first: starting it hides any revealed results, and results
    revealed before their round was reopened are hidden again (`follow`), so
    the room never votes with results in sight.

    Signals:
        changed(): either changed.
    """

    changed = Signal()

    def __init__(self, service: WorkshopService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.voting: str | None = None
        self.revealed: str | None = None
        self._revealed_open = False  # whether the revealed round took ballots when last seen

    def start_voting(self, round_id: str | None) -> None:
        """Vote on `round_id` at the screen (None: stop); results shown are hidden."""
        hide = round_id is not None and self.revealed is not None
        if round_id != self.voting or hide:
            self.voting = round_id
            if hide:
                self.revealed = None
            self.changed.emit()

    def reveal(self, round_id: str | None) -> None:
        if round_id != self.revealed:
            self.revealed = round_id
            self._revealed_open = self._is_open(round_id)
            self.changed.emit()

    def follow(self, changes: Changes) -> None:
        """Hide the results shown when their round has just been reopened."""
        if self.revealed is None or self.revealed not in changes.rounds:
            return
        was_open, self._revealed_open = self._revealed_open, self._is_open(self.revealed)
        if self._revealed_open and not was_open:
            self.reveal(None)

    def _is_open(self, round_id: str | None) -> bool:
        found = next((r for r in self.service.rounds() if r.id == round_id), None)
        return found is not None and found.status is RoundStatus.OPEN
