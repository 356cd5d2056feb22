"""What the shared screen does with voting, as the moderator's console sets it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class VotingStation(QObject):
    """What the shared screen is doing with voting: the round voted at the
    screen (None: no walk-up voting) and the round whose results are shown
    (None: hidden). The moderator's console sets them; the presenter follows.

    Signals:
        changed(): either changed.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.voting: str | None = None
        self.revealed: str | None = None

    def start_voting(self, round_id: str | None) -> None:
        if round_id != self.voting:
            self.voting = round_id
            self.changed.emit()

    def reveal(self, round_id: str | None) -> None:
        if round_id != self.revealed:
            self.revealed = round_id
            self.changed.emit()
