"""Set up operations: workshop details, roster, objectives, phase plan."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

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
    _given,
    _short,
    valid_title,
)
from workshop_app.services.changes import Changes, Refused, RefusalReason


class SetupOps(ServiceBase):
    """Set up operations: workshop details, roster, objectives, phase plan."""

    def update_workshop(
        self,
        *,
        title: str = UNCHANGED,
        date: str = UNCHANGED,
        place: str = UNCHANGED,
        theme: str = UNCHANGED,
        moderators: Sequence[str] = UNCHANGED,
        anonymous: bool = UNCHANGED,
        current_phase: PhaseKind = UNCHANGED,
    ) -> Changes:
        fields = _given(title=title, date=date, place=place, theme=theme)
        fields = {k: (valid_title(v) if k == "title" else _short(v)) for k, v in fields.items()}
        if moderators is not UNCHANGED:
            fields["moderators"] = tuple(m for m in map(_short, moderators) if m)
        fields.update(_given(anonymous=anonymous, current_phase=current_phase))
        if "current_phase" in fields:
            fields["current_phase"] = PhaseKind(fields["current_phase"])
        if not fields:
            return Changes()
        with self.store.transaction():
            self.store.update(Workshop, self.workshop().id, **fields)
        return Changes(workshop=True)

    def add_participant(
        self, *, sector: Sector, name: str = "", organisation: str = "", municipality: str = ""
    ) -> Changes:
        participant = Participant(
            id=new_id(), sector=Sector(sector), name=_short(name),
            organisation=_short(organisation), municipality=_short(municipality),
        )
        with self.store.transaction():
            self.store.insert(participant)
        return Changes(participants=frozenset({participant.id}), created=participant.id)

    def update_participant(
        self, *, participant_id: str, sector: Sector = UNCHANGED, name: str = UNCHANGED,
        organisation: str = UNCHANGED, municipality: str = UNCHANGED,
    ) -> Changes:
        self._existing(Participant, participant_id)
        fields = {k: _short(v) for k, v in
                  _given(name=name, organisation=organisation, municipality=municipality).items()}
        if sector is not UNCHANGED:
            fields["sector"] = Sector(sector)
        with self.store.transaction():
            self.store.update(Participant, participant_id, **fields)
        return Changes(participants=frozenset({participant_id}))

    def remove_participant(self, *, participant_id: str) -> Changes:
        return self._set_deleted(Participant, [participant_id], now_iso())

    def restore_participant(self, *, participant_id: str) -> Changes:
        return self._set_deleted(Participant, [participant_id], None)

    def add_participants(self, *, participants: Sequence[Mapping[str, Any]]) -> Changes:
        """Add a roster (e.g. imported) in one transaction."""
        rows = [Participant(id=new_id(), sector=Sector(p["sector"] or Sector.OTHER),
                            name=_short(p.get("name", "")),
                            organisation=_short(p.get("organisation", "")),
                            municipality=_short(p.get("municipality", "")))
                for p in participants]
        with self.store.transaction():
            for participant in rows:
                self.store.insert(participant)
        return Changes(participants=frozenset(p.id for p in rows))

    def remove_participants(self, *, participant_ids: Iterable[str]) -> Changes:
        return self._set_deleted(Participant, list(participant_ids), now_iso())

    def restore_participants(self, *, participant_ids: Iterable[str]) -> Changes:
        return self._set_deleted(Participant, list(participant_ids), None)

    def add_objective(self, *, title: str, code: str = "") -> Changes:
        position = len(self.objectives())
        objective = Objective(id=new_id(), title=valid_title(title), code=_short(code), position=position)
        with self.store.transaction():
            self.store.insert(objective)
        return Changes(objectives=frozenset({objective.id}), created=objective.id)

    def update_objective(self, *, objective_id: str, title: str = UNCHANGED,
                         code: str = UNCHANGED) -> Changes:
        self._existing(Objective, objective_id)
        fields: dict[str, Any] = {}
        if title is not UNCHANGED:
            fields["title"] = valid_title(title)
        if code is not UNCHANGED:
            fields["code"] = _short(code)
        with self.store.transaction():
            self.store.update(Objective, objective_id, **fields)
        return Changes(objectives=frozenset({objective_id}))

    def remove_objective(self, *, objective_id: str) -> Changes:
        return self._set_deleted(Objective, [objective_id], now_iso())

    def restore_objective(self, *, objective_id: str) -> Changes:
        return self._set_deleted(Objective, [objective_id], None)

    def set_phases(self, *, phases: Sequence[tuple[PhaseKind, str, int]]) -> Changes:
        """Replace the agenda of phases (kind, title, planned minutes)."""
        rows = []
        for position, (kind, title, minutes) in enumerate(phases):
            if int(minutes) < 0:
                raise Refused(RefusalReason.INVALID_VALUE, "planned_minutes")
            rows.append(Phase(id=new_id(), kind=PhaseKind(kind), title=valid_title(title),
                              planned_minutes=int(minutes), position=position))
        with self.store.transaction():
            self.store.delete_rows(Phase, "1 = 1", [])
            for phase in rows:
                self.store.insert(phase)
        return Changes(phases=True)

