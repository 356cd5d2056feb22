"""The change hub: one signal that tells every view what a change touched."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workshop_app.services import Changes


class ChangeHub(QObject):
    """Relays `Changes` from commands to the views of one open workshop.

    Signals:
        changed(Changes): something in the workshop file changed (already
            committed); views refresh only what the value names.
    """

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
