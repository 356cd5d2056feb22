"""Undo commands over the service (Qt's Undo Framework).

A command's first application runs *before* it is pushed (`UndoStack.run`),
so an operation the service refuses never becomes an undo step. Every command
calls service methods only; the file is written before the command returns,
and `ChangeHub.changed` tells the views what to refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.services import Changes, WorkshopService
from workshop_app.ui.hub import ChangeHub

Operation = Callable[[], Changes]


class Command(QUndoCommand):
    """Base: subclasses implement `apply_first`, `reapply` and `revert`."""

    def __init__(self, hub: ChangeHub, text: str) -> None:
        super().__init__(text)
        self._hub = hub
        self._pending: Changes | None = None

    def apply_first(self) -> Changes:
        raise NotImplementedError

    def reapply(self) -> Changes:
        return self.apply_first()

    def revert(self) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        if self._pending is not None:  # applied by UndoStack.run just before push
            changes, self._pending = self._pending, None
        else:
            changes = self.reapply()
        self._hub.publish(changes)

    def undo(self) -> None:
        self._hub.publish(self.revert())


class ServiceCommand(Command):
    """A forward and a backward service operation."""

    def __init__(self, hub: ChangeHub, text: str, forward: Operation, backward: Operation) -> None:
        super().__init__(hub, text)
        self._forward, self._backward = forward, backward

    def apply_first(self) -> Changes:
        return self._forward()

    def revert(self) -> Changes:
        return self._backward()


class AddIdeasCommand(Command):
    """Add one or many ideas (typing, paste, import). Undo soft-deletes them
    and any clusters the import made; redo restores the very same rows."""

    def __init__(self, hub: ChangeHub, service: WorkshopService, text: str,
                 ideas: Sequence[Mapping[str, Any]]) -> None:
        super().__init__(hub, text)
        self._service, self._specs = service, list(ideas)
        self.idea_ids: list[str] = []
        self._cluster_ids: list[str] = []

    def apply_first(self) -> Changes:
        changes = self._service.import_ideas(ideas=self._specs)
        self.idea_ids = sorted(changes.ideas)
        self._cluster_ids = sorted(changes.clusters)
        return changes

    def reapply(self) -> Changes:
        changes = self._service.restore_ideas(idea_ids=self.idea_ids)
        if self._cluster_ids:
            changes |= self._service.restore_clusters(cluster_ids=self._cluster_ids)
        return changes

    def revert(self) -> Changes:
        changes = self._service.delete_ideas(idea_ids=self.idea_ids)
        if self._cluster_ids:
            changes |= self._service.delete_clusters(cluster_ids=self._cluster_ids)
        return changes


class AddOneCommand(Command):
    """Add one entity with `create`; undo is `remove(id)`, redo `restore(id)`."""

    def __init__(self, hub: ChangeHub, text: str, create: Operation,
                 remove: Callable[[str], Changes], restore: Callable[[str], Changes]) -> None:
        super().__init__(hub, text)
        self._create, self._remove, self._restore = create, remove, restore
        self.created: str | None = None

    def apply_first(self) -> Changes:
        changes = self._create()
        self.created = changes.created
        return changes

    def reapply(self) -> Changes:
        assert self.created is not None
        return self._restore(self.created)

    def revert(self) -> Changes:
        assert self.created is not None
        return self._remove(self.created)


class UndoStack(QUndoStack):
    """One per open workshop. Use `run(command)` rather than `push`."""

    def run(self, command: Command) -> Changes:
        """Apply `command` (a `Refused` propagates and nothing is pushed),
        then push it as one undo step."""
        changes = command.apply_first()
        command._pending = changes
        self.push(command)
        return changes
