"""The one undo command: a step the service recorded in the workshop file.

The service records every operation's undo entry itself, in the operation's
own transaction (`WorkshopStore.operation`). The GUI's `QUndoStack` only
mirrors that history so the Edit menu can name the steps: a `StepCommand` is
pushed after its operation has run, and its undo/redo ask the service to
replay the entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from workshop_app.ui.session import WorkshopSession


class StepCommand(QUndoCommand):
    """One recorded undo entry of the workshop file (see module docstring)."""

    def __init__(self, session: WorkshopSession, entry: int, text: str) -> None:
        super().__init__(text)
        self.entry = entry
        self._session = session

    def redo(self) -> None:
        stack = self._session.undo_stack
        if stack.mirroring:  # the step is already applied in the file
            return
        self._session.replay(undo=False, entry=self.entry)

    def undo(self) -> None:
        if self._session.undo_stack.mirroring:
            return
        self._session.replay(undo=True, entry=self.entry)


class UndoStack(QUndoStack):
    """One per open workshop: the file's undo history as Qt commands.

    `mirroring` is set while the stack is brought in line with the file
    (a new step pushed, or the history loaded on opening): commands then
    change nothing in the file.
    """

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.mirroring = False

    def mirror(self, command: StepCommand) -> None:
        """Push a step whose operation has already run."""
        self.mirroring = True
        try:
            self.push(command)
        finally:
            self.mirroring = False

    def mirror_index(self, index: int) -> None:
        """Move to `index` without replaying anything (undone steps on opening)."""
        self.mirroring = True
        try:
            self.setIndex(index)
        finally:
            self.mirroring = False
