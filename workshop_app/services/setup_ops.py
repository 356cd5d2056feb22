"""Set up operations: workshop details, roster, objectives, phase plan."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from workshop_app.models import (
    Objective,
    Participant,
    Phase,
    PhaseKind,
    Sector,
    Workshop,
)
from workshop_app.models.ids import new_id, now_iso
from workshop_app.services.base import (
    UNCHANGED,
    ServiceBase,
    Unchanged,
    _short,
    valid_title,
)
from workshop_app.services.changes import Changes, Op, RefusalReason, Refused
from workshop_app.services.specs import NewParticipant, PhasePlan


class SetupOps(ServiceBase):
    """Set up operations: workshop details, roster, objectives, phase plan."""

    def update_workshop(
        self,
        *,
        title: str | Unchanged = UNCHANGED,
        date: str | Unchanged = UNCHANGED,
        place: str | Unchanged = UNCHANGED,
        theme: str | Unchanged = UNCHANGED,
        moderators: Sequence[str] | Unchanged = UNCHANGED,
        anonymous: bool | Unchanged = UNCHANGED,
    ) -> Changes:
        """Change the workshop's details; one undo step."""
        fields: dict[str, object] = {}
        if not isinstance(title, Unchanged):
            fields["title"] = valid_title(title)
        for name, value in (("date", date), ("place", place), ("theme", theme)):
            if not isinstance(value, Unchanged):
                fields[name] = _short(value)
        if not isinstance(moderators, Unchanged):
            fields["moderators"] = tuple(m for m in map(_short, moderators) if m)
        if not isinstance(anonymous, Unchanged):
            fields["anonymous"] = bool(anonymous)
        with self._operation(Op.EDIT_WORKSHOP) as operation:
            self.store.update(Workshop, self.workshop().id, **fields)
        return operation.changes

    def set_current_phase(self, *, phase: PhaseKind) -> Changes:
        """Remember where the moderator is; navigation is not an undo step."""
        with self.store.transaction():
            self.store.update(Workshop, self.workshop().id, current_phase=PhaseKind(phase))
        return Changes(workshop=True)

    def add_participant(self, *, participant: NewParticipant) -> Changes:
        """One participant; `Changes.created` is its id."""
        return self.add_participants(participants=[participant], op=Op.ADD_PARTICIPANT)

    def add_participants(self, *, participants: Sequence[NewParticipant],
                         op: Op = Op.IMPORT_PARTICIPANTS) -> Changes:
        """Add participants (e.g. an imported roster) in one transaction."""
        with self._operation(op, len(participants)) as operation:
            rows = [Participant(id=new_id(), sector=Sector(p.sector or Sector.OTHER),
                                name=_short(p.name), organisation=_short(p.organisation),
                                municipality=_short(p.municipality))
                    for p in participants]
            for participant in rows:
                self.store.insert(participant)
            operation.created = rows[0].id if len(rows) == 1 else None
        return operation.changes

    def update_participant(
        self, *, participant_id: str, sector: Sector | Unchanged = UNCHANGED,
        name: str | Unchanged = UNCHANGED, organisation: str | Unchanged = UNCHANGED,
        municipality: str | Unchanged = UNCHANGED,
    ) -> Changes:
        fields: dict[str, object] = {}
        for key, value in (("name", name), ("organisation", organisation),
                           ("municipality", municipality)):
            if not isinstance(value, Unchanged):
                fields[key] = _short(value)
        if not isinstance(sector, Unchanged):
            fields["sector"] = Sector(sector)
        with self._operation(Op.EDIT_PARTICIPANT) as operation:
            self._existing(Participant, participant_id)
            self.store.update(Participant, participant_id, **fields)
        return operation.changes

    def delete_participants(self, *, participant_ids: Iterable[str]) -> Changes:
        return self._set_deleted(Op.REMOVE_PARTICIPANTS, Participant, list(participant_ids),
                                 now_iso())

    def restore_participants(self, *, participant_ids: Iterable[str]) -> Changes:
        return self._set_deleted(Op.RESTORE_PARTICIPANTS, Participant, list(participant_ids),
                                 None)

    def add_objective(self, *, title: str, code: str = "") -> Changes:
        with self._operation(Op.ADD_OBJECTIVE) as operation:
            objective = Objective(id=new_id(), title=valid_title(title), code=_short(code),
                                  position=len(self.objectives()))
            self.store.insert(objective)
            operation.created = objective.id
        return operation.changes

    def update_objective(self, *, objective_id: str, title: str | Unchanged = UNCHANGED,
                         code: str | Unchanged = UNCHANGED) -> Changes:
        fields: dict[str, object] = {}
        if not isinstance(title, Unchanged):
            fields["title"] = valid_title(title)
        if not isinstance(code, Unchanged):
            fields["code"] = _short(code)
        with self._operation(Op.EDIT_OBJECTIVE) as operation:
            self._existing(Objective, objective_id)
            self.store.update(Objective, objective_id, **fields)
        return operation.changes

    def delete_objectives(self, *, objective_ids: Iterable[str]) -> Changes:
        return self._set_deleted(Op.REMOVE_OBJECTIVES, Objective, list(objective_ids), now_iso())

    def restore_objectives(self, *, objective_ids: Iterable[str]) -> Changes:
        return self._set_deleted(Op.RESTORE_OBJECTIVES, Objective, list(objective_ids), None)

    def set_phases(self, *, phases: Sequence[PhasePlan]) -> Changes:
        """Replace the plan of phases; one undo step."""
        rows = []
        for position, plan in enumerate(phases):
            if int(plan.minutes) < 0:
                raise Refused(RefusalReason.INVALID_VALUE, "planned_minutes")
            rows.append(Phase(id=new_id(), kind=PhaseKind(plan.kind), title=valid_title(plan.title),
                              planned_minutes=int(plan.minutes), position=position))
        with self._operation(Op.CHANGE_PLAN) as operation:
            self.store.delete_all(Phase)
            for phase in rows:
                self.store.insert(phase)
        return operation.changes

    def set_phase_minutes(self, *, position: int, minutes: int) -> Changes:
        """Change the planned minutes of the phase at `position`; one undo step."""
        if int(minutes) < 0:
            raise Refused(RefusalReason.INVALID_VALUE, "planned_minutes")
        with self._operation(Op.CHANGE_PLAN) as operation:
            phase = next((p for p in self.phases() if p.position == position), None)
            if phase is None:
                raise Refused(RefusalReason.NOT_FOUND, f"phase {position}")
            self.store.update(Phase, phase.id, planned_minutes=int(minutes))
        return operation.changes
