"""One open workshop as the GUI sees it: service, change hub, undo stack, timer.

Widgets call the operations here; each builds an undo command over the
service, so every change is one undo step and reaches the views through the
hub. A `Refused` from the service propagates and nothing is pushed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from workshop_app.models import Objective, Participant, PhaseKind, Sector
from workshop_app.models.timer import Clock
from workshop_app.services import Changes, WorkshopService
from workshop_app.ui.hub import ChangeHub
from workshop_app.ui.timer import TimerController
from workshop_app.ui.undo import AddIdeasCommand, AddOneCommand, ServiceCommand, UndoStack


class WorkshopSession(QObject):
    """The GUI's handle on one open workshop file (see module docstring)."""

    def __init__(self, service: WorkshopService, path: Path, *, clock: Clock | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.path = path
        self.hub = ChangeHub(self)
        self.undo_stack = UndoStack(self)
        self.timer = TimerController(clock, self)
        self._suggestions: Any = None
        # Proposes a group name from note texts; the suggestion service sets a
        # Polish-aware one when it starts. Until then ClusterActions numbers groups.
        self.name_proposer: Callable[[Sequence[str]], str] | None = None

    def suggestions(self) -> Any:
        """The workshop's `SuggestionService`, started on first use (it loads
        the language data in the background)."""
        if self._suggestions is None:
            from workshop_app.ui.suggestions import SuggestionService

            self._suggestions = SuggestionService(self, self)
        return self._suggestions

    def shutdown(self) -> None:
        """Stop background work before the workshop file is closed."""
        if self._suggestions is not None:
            self._suggestions.shutdown()

    # -- gather ------------------------------------------------------------------

    def add_idea(self, *, text: str, sector: Sector | None = None,
                 participant_id: str | None = None, table_label: str = "") -> str:
        """Add one typed idea; returns its id."""
        command = AddIdeasCommand(self.hub, self.service, self.tr("adding an idea"), [dict(
            text=text, sector=sector, participant_id=participant_id, table_label=table_label)])
        self.undo_stack.run(command)
        return command.idea_ids[0]

    def add_ideas(self, specs: Sequence[Mapping[str, Any]], *, imported: bool = False) -> list[str]:
        """Add many ideas (paste or import) as one undo step."""
        text = (self.tr("importing %n idea(s)", "", len(specs)) if imported
                else self.tr("pasting %n idea(s)", "", len(specs)))
        command = AddIdeasCommand(self.hub, self.service, text, specs)
        self.undo_stack.run(command)
        return command.idea_ids

    def edit_idea(self, idea_id: str, **fields: Any) -> None:
        """Change an idea's text, sector, author, table or objective."""
        before = self.service.idea(idea_id)
        old = {name: getattr(before, name) for name in fields}
        if old == fields:
            return
        text = self.tr("linking an idea to an objective") if set(fields) == {"objective_id"} \
            else self.tr("editing an idea")
        self.undo_stack.run(ServiceCommand(
            self.hub, text,
            lambda: self.service.edit_idea(idea_id=idea_id, **fields),
            lambda: self.service.edit_idea(idea_id=idea_id, **old)))

    def delete_idea(self, idea_id: str) -> None:
        self.undo_stack.run(ServiceCommand(
            self.hub, self.tr("deleting an idea"),
            lambda: self.service.delete_idea(idea_id=idea_id),
            lambda: self.service.restore_idea(idea_id=idea_id)))

    def restore_idea(self, idea_id: str) -> None:
        self.undo_stack.run(ServiceCommand(
            self.hub, self.tr("restoring an idea"),
            lambda: self.service.restore_idea(idea_id=idea_id),
            lambda: self.service.delete_idea(idea_id=idea_id)))

    # -- set up ------------------------------------------------------------------

    def update_workshop(self, **fields: Any) -> None:
        """Change workshop details (title, date, place, theme, moderators, anonymous)."""
        current = self.service.workshop()
        old = {name: getattr(current, name) for name in fields}
        if old == {k: (tuple(v) if isinstance(v, list) else v) for k, v in fields.items()}:
            return
        self.undo_stack.run(ServiceCommand(
            self.hub, self.tr("changing the workshop details"),
            lambda: self.service.update_workshop(**fields),
            lambda: self.service.update_workshop(**old)))

    def set_current_phase(self, kind: PhaseKind) -> None:
        """Navigation is not an undo step: it only remembers where the moderator is."""
        if self.service.workshop().current_phase is not kind:
            self.hub.publish(self.service.update_workshop(current_phase=kind))

    def add_participant(self, **fields: Any) -> str | None:
        command = AddOneCommand(
            self.hub, self.tr("adding a participant"),
            lambda: self.service.add_participant(**fields),
            lambda pid: self.service.remove_participant(participant_id=pid),
            lambda pid: self.service.restore_participant(participant_id=pid))
        self.undo_stack.run(command)
        return command.created

    def import_participants(self, rows: Sequence[Mapping[str, Any]]) -> None:
        ids: list[str] = []

        def forward() -> Changes:
            if ids:
                return self.service.restore_participants(participant_ids=ids)
            changes = self.service.add_participants(participants=rows)
            ids.extend(sorted(changes.participants))
            return changes

        self.undo_stack.run(ServiceCommand(
            self.hub, self.tr("importing %n participant(s)", "", len(rows)), forward,
            lambda: self.service.remove_participants(participant_ids=ids)))

    def update_participant(self, participant_id: str, **fields: Any) -> None:
        before = self.service.get(Participant, participant_id)
        old = {name: getattr(before, name) for name in fields}
        if old == fields:
            return
        self.undo_stack.run(ServiceCommand(
            self.hub, self.tr("editing a participant"),
            lambda: self.service.update_participant(participant_id=participant_id, **fields),
            lambda: self.service.update_participant(participant_id=participant_id, **old)))

    def remove_participant(self, participant_id: str) -> None:
        self.undo_stack.run(ServiceCommand(
            self.hub, self.tr("removing a participant"),
            lambda: self.service.remove_participant(participant_id=participant_id),
            lambda: self.service.restore_participant(participant_id=participant_id)))

    def add_objective(self, *, title: str, code: str = "") -> str | None:
        command = AddOneCommand(
            self.hub, self.tr("adding an objective"),
            lambda: self.service.add_objective(title=title, code=code),
            lambda oid: self.service.remove_objective(objective_id=oid),
            lambda oid: self.service.restore_objective(objective_id=oid))
        self.undo_stack.run(command)
        return command.created

    def update_objective(self, objective_id: str, **fields: Any) -> None:
        before = self.service.get(Objective, objective_id)
        old = {name: getattr(before, name) for name in fields}
        if old == fields:
            return
        self.undo_stack.run(ServiceCommand(
            self.hub, self.tr("editing an objective"),
            lambda: self.service.update_objective(objective_id=objective_id, **fields),
            lambda: self.service.update_objective(objective_id=objective_id, **old)))

    def remove_objective(self, objective_id: str) -> None:
        self.undo_stack.run(ServiceCommand(
            self.hub, self.tr("removing an objective"),
            lambda: self.service.remove_objective(objective_id=objective_id),
            lambda: self.service.restore_objective(objective_id=objective_id)))

    def set_phase_minutes(self, position: int, minutes: int) -> None:
        phases = self.service.phases()
        old = [(p.kind, p.title, p.planned_minutes) for p in phases]
        new = [(k, t, minutes if i == position else m) for i, (k, t, m) in enumerate(old)]
        if new == old:
            return
        self.undo_stack.run(ServiceCommand(
            self.hub, self.tr("changing the plan"),
            lambda: self.service.set_phases(phases=new),
            lambda: self.service.set_phases(phases=old)))


def planned_seconds(service: WorkshopService, kind: PhaseKind) -> float:
    """The agenda's planned time for a phase (0 when the plan has none)."""
    for phase in service.phases():
        if phase.kind is kind:
            return phase.planned_minutes * 60.0
    return 0.0

