"""One open workshop as the GUI sees it: service, change hub, undo stack, timer.

Every change takes one path: a widget asks `session.run(operation, ...)`; the
service runs it in one transaction that also records its undo step in the
file; the session mirrors that step on the undo stack, and publishes the
returned `Changes` (naming the widget that asked) on the hub, so every view
updates the rows it names. A `Refused` never escapes: `refused` carries it,
worded once by `messages.refusal`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.messages import operation_label, refusal
from workshop_app.models import PhaseKind
from workshop_app.models.timer import Clock
from workshop_app.services import UNDO_LIMIT, Changes, Op, RefusalReason, Refused, WorkshopService
from workshop_app.ui.hub import ChangeHub
from workshop_app.ui.phone_voting import PhoneVoting
from workshop_app.ui.timer import TimerController
from workshop_app.ui.undo import StepCommand, UndoStack
from workshop_app.ui.voting_station import VotingStation

if TYPE_CHECKING:  # the suggestions import the session module
    from workshop_app.ui.suggestions import SuggestionService

P = ParamSpec("P")
SNAPSHOT_MINUTES = 10


@dataclass(frozen=True, slots=True)
class Refusal:
    """An operation the service refused: why, in words, and who asked."""

    reason: RefusalReason
    message: str
    initiator: object | None


class WorkshopSession(QObject):
    """The GUI's handle on one open workshop file (see module docstring).

    Signals:
        refused(Refusal): an operation was refused and changed nothing.
        closing(): the workshop file is about to be closed: work a view put
            off to a later turn of the event loop must not read it any more.
    """

    refused = Signal(object)
    closing = Signal()

    def __init__(self, service: WorkshopService, path: Path, *, clock: Clock | None = None,
                 read_only: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.path = path
        # Why the file can only be read (a read-only file or folder, a full
        # disk), or None: then nothing is changed, every operation is refused
        # with that said, and the phase shown is remembered only here.
        self.read_only = read_only
        self._viewing: PhaseKind | None = None
        self.closed = False  # set by `shutdown`
        self.hub = ChangeHub(self)
        self.undo_stack = UndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.timer = TimerController(clock, self)
        self.station = VotingStation(service, self)
        self.hub.changed.connect(self.station.follow)  # before any view: it may hide results
        self.phones = PhoneVoting(self)
        self._suggestions: SuggestionService | None = None
        self._load_history()
        # A snapshot every few minutes while the workshop changes.
        self._snapshotted = self._history_mark()
        self.snapshot_timer = QTimer(self)
        self.snapshot_timer.setInterval(SNAPSHOT_MINUTES * 60_000)
        self.snapshot_timer.timeout.connect(self.take_periodic_snapshot)
        if read_only is None:  # a file that cannot change needs no copies
            self.snapshot_timer.start()

    def suggestions(self) -> SuggestionService:
        """The workshop's `SuggestionService`, started on first use (it loads
        the language data in the background)."""
        if self._suggestions is None:
            from workshop_app.ui.suggestions import SuggestionService

            self._suggestions = SuggestionService(self, self)
        return self._suggestions

    def name_proposer(self) -> Callable[[Sequence[str]], str] | None:
        """Proposes a group name from note texts once the suggestions run."""
        return self._suggestions.propose_name if self._suggestions is not None else None

    def take_periodic_snapshot(self) -> bool:
        """Snapshot the workshop if it changed since the last one; True if taken."""
        mark = self._history_mark()
        if mark == self._snapshotted:
            return False
        self._snapshotted = mark
        return self.service.store.snapshot("timer") is not None

    def _history_mark(self) -> int:
        return self.service.store.changes_made()

    def shutdown(self) -> None:
        """Stop background work before the workshop file is closed."""
        self.closed = True
        self.closing.emit()
        self.snapshot_timer.stop()
        self.phones.stop()
        if self._suggestions is not None:
            self._suggestions.shutdown()

    # -- the one path ------------------------------------------------------------------

    def run(self, operation: Callable[P, Changes], /, *args: P.args,
            **kwargs: P.kwargs) -> Changes | None:
        """Run one service operation (see module docstring); None if refused."""
        return self.run_by(None, operation, *args, **kwargs)

    def run_by(self, initiator: object | None, operation: Callable[P, Changes], /,
               *args: P.args, **kwargs: P.kwargs) -> Changes | None:
        """`run`, naming the widget that asked: its own reload may be skipped."""
        if self.read_only is not None:
            self._refuse_read_only(initiator)
            return None
        try:
            changes = operation(*args, **kwargs)
        except Refused as error:
            self.refused.emit(Refusal(error.reason, refusal(error), initiator))
            return None
        self.record(changes, initiator)
        return changes

    def record(self, changes: Changes, initiator: object | None = None) -> None:
        """Show a change the service made: its undo step in the Edit menu,
        and every view told (ballots from phones arrive this way)."""
        if changes.undo_entry is not None:
            self.undo_stack.mirror(StepCommand(self, changes.undo_entry, self._label_of(changes)))
        self.hub.publish(changes.by(initiator))

    def replay(self, *, undo: bool, entry: int) -> None:
        """Undo or redo the file's step `entry` (called by `StepCommand`)."""
        if self.read_only is not None:
            self._refuse_read_only(None)
            self._resync_later()
            return
        replay = self.service.undo if undo else self.service.redo
        try:
            changes = replay(expected=entry)
        except Refused as error:
            self.refused.emit(Refusal(error.reason, refusal(error), None))
            self._resync_later()
            return
        except Exception:
            self._resync_later()  # Qt has moved its index; the file has not
            raise
        self.hub.publish(changes)

    def _refuse_read_only(self, initiator: object | None) -> None:
        error = Refused(RefusalReason.READ_ONLY)
        self.refused.emit(Refusal(error.reason, refusal(error), initiator))

    def _resync_later(self) -> None:
        """Rebuild the undo stack from the file's history once the stack has
        finished the command that failed (it cannot be cleared from inside it)."""
        QTimer.singleShot(0, self._resync)

    def _resync(self) -> None:
        if self.closed:
            return
        self.undo_stack.clear()
        self._load_history()

    def _label_of(self, changes: Changes) -> str:
        [entry] = self.service.undo_history(only=changes.undo_entry)  # one row, not all 200
        return _label(entry.label, entry.count)

    def _load_history(self) -> None:
        """Mirror the file's kept undo steps, so undo survives a reopen."""
        history = self.service.undo_history()[-UNDO_LIMIT:]
        for entry in history:
            self.undo_stack.mirror(StepCommand(self, entry.seq, _label(entry.label, entry.count)))
        self.undo_stack.mirror_index(sum(1 for e in history if e.done))
        self.undo_stack.setClean()

    # -- navigation ----------------------------------------------------------------------

    def phase(self) -> PhaseKind:
        """The phase the moderator is in (and the shared screen shows)."""
        return self._viewing or self.service.workshop().current_phase

    def set_current_phase(self, kind: PhaseKind) -> None:
        """Navigation is not an undo step: it only remembers where the moderator is
        (in the file; for a file that can only be read, here)."""
        if self.phase() is kind:
            return
        if self.read_only is not None:
            self._viewing = kind
            self.hub.publish(Changes(phases=True))
        else:
            self.hub.publish(self.service.set_current_phase(phase=kind))


def _label(key: str, count: int) -> str:
    """The Edit menu's name of a step; a step a newer Razem recorded is named plainly."""
    try:
        return operation_label(Op(key), count)
    except ValueError:
        return key.replace("_", " ")


def planned_seconds(service: WorkshopService, kind: PhaseKind) -> float:
    """The agenda's planned time for a phase (0 when the plan has none)."""
    for phase in service.phases():
        if phase.kind is kind:
            return phase.planned_minutes * 60.0
    return 0.0
