"""Gather operations: adding, editing, deleting and importing ideas."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from workshop_app.models import (
    Cluster,
    Idea,
    Participant,
    Sector,
    clean_text,
)
from workshop_app.models.ids import new_id, now_iso
from workshop_app.services.base import (
    UNCHANGED,
    ServiceBase,
    Unchanged,
    _idea_text,
    _short,
    valid_title,
)
from workshop_app.services.changes import Changes, Op
from workshop_app.services.specs import NewIdea

E = TypeVar("E", Cluster, Participant)


class GatherOps(ServiceBase):
    """Gather operations: adding, editing, deleting and importing ideas."""

    def add_idea(self, *, idea: NewIdea) -> Changes:
        """One typed idea; `Changes.created` is its id."""
        return self.add_ideas(ideas=[idea], op=Op.ADD_IDEA)

    def add_ideas(self, *, ideas: Sequence[NewIdea], op: Op = Op.PASTE_IDEAS) -> Changes:
        """Add ideas in one transaction and one undo step (typing, paste,
        import: `op` names which): all or none.

        An idea may name its cluster (joined, or made if the workshop has no
        cluster of that name) and its author (the participant of that name,
        or a new one with the idea's sector).
        """
        with self._operation(op, len(ideas)) as operation:
            clusters: _ByName[Cluster] = _ByName(
                lambda: {c.name.casefold(): c.id for c in self.clusters()})
            people: _ByName[Participant] = _ByName(
                lambda: {p.name.casefold(): p.id for p in self.participants() if p.name})
            prepared = [self._prepared(spec, clusters, people) for spec in ideas]
            for entity in [*clusters.made, *people.made]:
                self.store.insert(entity)
            seq = self.store.next_idea_seq()
            for offset, idea in enumerate(prepared):
                self.store.insert(dataclasses.replace(idea, seq=seq + offset))
            operation.created = prepared[0].id if len(prepared) == 1 else None
        return operation.changes

    def _prepared(self, spec: NewIdea, clusters: _ByName[Cluster],
                  people: _ByName[Participant]) -> Idea:
        cluster_id, participant_id, sector = spec.cluster_id, spec.participant_id, spec.sector
        cluster_name, author = clean_text(spec.cluster_name), clean_text(spec.author_name)
        if cluster_name and cluster_id is None:
            cluster_id = clusters.get_or_make(
                cluster_name, lambda n: Cluster(id=new_id(), name=valid_title(n)))
        if author and participant_id is None:
            participant_id = people.get_or_make(author, lambda n: Participant(
                id=new_id(), name=_short(n), sector=Sector(sector or Sector.OTHER)))
        if cluster_id is not None and cluster_id not in clusters.made_ids:
            self._existing(Cluster, cluster_id)
        if participant_id is not None and sector is None:
            known = people.made_by_id.get(participant_id)
            sector = known.sector if known else self._existing(Participant, participant_id).sector
        return Idea(
            id=new_id(), text=_idea_text(spec.text), sector=Sector(sector) if sector else None,
            participant_id=participant_id, table_label=_short(spec.table_label),
            cluster_id=cluster_id, objective_id=spec.objective_id,
            created_at=spec.written_at, updated_at=spec.written_at,
        )

    def edit_idea(
        self, *, idea_id: str, text: str | Unchanged = UNCHANGED,
        sector: Sector | Unchanged | None = UNCHANGED,
        participant_id: str | Unchanged | None = UNCHANGED,
        table_label: str | Unchanged = UNCHANGED,
        objective_id: str | Unchanged | None = UNCHANGED,
    ) -> Changes:
        """Change what is given of an idea's text, sector, author, table and
        objective; one undo step ("linking an idea to an objective" when only
        the objective changes)."""
        fields: dict[str, object] = {}
        if not isinstance(text, Unchanged):
            fields["text"] = _idea_text(text)
        if not isinstance(sector, Unchanged):
            fields["sector"] = Sector(sector) if sector is not None else None
        if not isinstance(participant_id, Unchanged):
            fields["participant_id"] = participant_id
        if not isinstance(table_label, Unchanged):
            fields["table_label"] = _short(table_label)
        if not isinstance(objective_id, Unchanged):
            fields["objective_id"] = objective_id
        op = Op.LINK_OBJECTIVE if set(fields) == {"objective_id"} else Op.EDIT_IDEA
        with self._operation(op) as operation:
            self._existing(Idea, idea_id)
            self.store.update(Idea, idea_id, **fields)
        return operation.changes

    def delete_ideas(self, *, idea_ids: Iterable[str]) -> Changes:
        """Soft-delete ideas (one undo step): they disappear from views and
        can be restored."""
        return self._set_deleted(Op.DELETE_IDEAS, Idea, list(idea_ids), now_iso())

    def restore_ideas(self, *, idea_ids: Iterable[str]) -> Changes:
        return self._set_deleted(Op.RESTORE_IDEAS, Idea, list(idea_ids), None)


class _ByName(Generic[E]):
    """Ids by case-folded name, making (and remembering) what is missing."""

    def __init__(self, read: Callable[[], dict[str, str]]) -> None:
        # Read on first use: a typed idea names no group or author by name.
        self._read = read
        self._known: dict[str, str] | None = None
        self.made: list[E] = []

    @property
    def made_ids(self) -> set[str]:
        return {entity.id for entity in self.made}

    @property
    def made_by_id(self) -> dict[str, E]:
        return {entity.id: entity for entity in self.made}

    def get_or_make(self, name: str, make: Callable[[str], E]) -> str:
        if self._known is None:
            self._known = self._read()
        key = name.casefold()
        if key not in self._known:
            entity = make(name)
            self.made.append(entity)
            self._known[key] = entity.id
        return self._known[key]
