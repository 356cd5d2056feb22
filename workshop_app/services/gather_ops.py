"""Gather operations: adding, editing, deleting and importing ideas."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

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
    _given,
    _idea_text,
    _short,
    valid_title,
)
from workshop_app.services.changes import Changes


class GatherOps(ServiceBase):
    """Gather operations: adding, editing, deleting and importing ideas."""

    def add_idea(
        self, *, text: str, sector: Sector | None = None, participant_id: str | None = None,
        table_label: str = "", cluster_id: str | None = None, objective_id: str | None = None,
        written_at: str | None = None,
    ) -> Changes:
        return self.add_ideas(ideas=[dict(
            text=text, sector=sector, participant_id=participant_id, table_label=table_label,
            cluster_id=cluster_id, objective_id=objective_id, written_at=written_at,
        )])

    def add_ideas(self, *, ideas: Iterable[Mapping[str, Any]]) -> Changes:
        """Add many ideas in one transaction (paste, import): all or none."""
        prepared = [self._new_idea(**spec) for spec in ideas]
        with self.store.transaction():
            seq = self.store.next_idea_seq()
            for offset, idea in enumerate(prepared):
                self.store.insert(dataclasses.replace(idea, seq=seq + offset))
        ids = frozenset(i.id for i in prepared)
        return Changes(ideas=ids, clusters=frozenset(i.cluster_id for i in prepared
                                                      if i.cluster_id),
                       created=prepared[0].id if len(prepared) == 1 else None)

    def _new_idea(
        self, *, text: str, sector: Sector | None = None, participant_id: str | None = None,
        table_label: str = "", cluster_id: str | None = None, objective_id: str | None = None,
        written_at: str | None = None, known_people: Mapping[str, Participant] | None = None,
    ) -> Idea:
        if participant_id is not None and sector is None:
            known = (known_people or {}).get(participant_id)
            sector = known.sector if known else self._existing(Participant, participant_id).sector
        return Idea(
            id=new_id(), text=_idea_text(text), sector=Sector(sector) if sector else None,
            participant_id=participant_id, table_label=_short(table_label),
            cluster_id=cluster_id, objective_id=objective_id,
            created_at=written_at or "", updated_at=written_at or "",
        )

    def edit_idea(
        self, *, idea_id: str, text: str = UNCHANGED, sector: Sector | None = UNCHANGED,
        participant_id: str | None = UNCHANGED, table_label: str = UNCHANGED,
        objective_id: str | None = UNCHANGED,
    ) -> Changes:
        self._existing(Idea, idea_id)
        fields = _given(sector=sector, participant_id=participant_id, objective_id=objective_id)
        if text is not UNCHANGED:
            fields["text"] = _idea_text(text)
        if table_label is not UNCHANGED:
            fields["table_label"] = _short(table_label)
        if fields.get("sector") is not None:
            fields["sector"] = Sector(fields["sector"])
        with self.store.transaction():
            self.store.update(Idea, idea_id, **fields)
        return Changes(ideas=frozenset({idea_id}))

    def delete_idea(self, *, idea_id: str) -> Changes:
        """Soft delete: the idea disappears from views and can be restored."""
        return self._set_deleted(Idea, [idea_id], now_iso())

    def restore_idea(self, *, idea_id: str) -> Changes:
        return self._set_deleted(Idea, [idea_id], None)

    def delete_ideas(self, *, idea_ids: Iterable[str]) -> Changes:
        """Soft-delete several ideas at once (undo of a paste or an import)."""
        return self._set_deleted(Idea, list(idea_ids), now_iso())

    def restore_ideas(self, *, idea_ids: Iterable[str]) -> Changes:
        return self._set_deleted(Idea, list(idea_ids), None)

    def import_ideas(self, *, ideas: Sequence[Mapping[str, Any]]) -> Changes:
        """Add imported ideas in one transaction (all or none).

        A spec may name its `cluster` (joined, or made if the workshop has no
        cluster of that name) and its `author` (the participant of that name,
        or a new one with the idea's sector).
        """
        clusters = _ByName({c.name.casefold(): c.id for c in self.clusters()})
        people = _ByName({p.name.casefold(): p.id for p in self.participants() if p.name})
        prepared = []
        for spec in ideas:
            fields = dict(spec)
            cluster_name = clean_text(fields.pop("cluster", None) or "")
            author = clean_text(fields.pop("author", None) or "")
            if cluster_name:
                fields["cluster_id"] = clusters.get_or_make(
                    cluster_name, lambda n: Cluster(id=new_id(), name=valid_title(n)))
            if author and not fields.get("participant_id"):
                sector = fields.get("sector")
                fields["participant_id"] = people.get_or_make(author, lambda n: Participant(
                    id=new_id(), name=_short(n), sector=Sector(sector or Sector.OTHER)))
            prepared.append(self._new_idea(**fields, known_people={p.id: p for p in people.made}))
        with self.store.transaction():
            for entity in [*clusters.made, *people.made]:
                self.store.insert(entity)
            seq = self.store.next_idea_seq()
            for offset, idea in enumerate(prepared):
                self.store.insert(dataclasses.replace(idea, seq=seq + offset))
        return Changes(ideas=frozenset(i.id for i in prepared),
                       clusters=frozenset(c.id for c in clusters.made),
                       participants=frozenset(p.id for p in people.made))

    def delete_clusters(self, *, cluster_ids: Iterable[str]) -> Changes:
        """Soft-delete clusters (their ideas keep the link; used by undo of an import)."""
        return self._set_deleted(Cluster, list(cluster_ids), now_iso())

    def restore_clusters(self, *, cluster_ids: Iterable[str]) -> Changes:
        return self._set_deleted(Cluster, list(cluster_ids), None)



class _ByName:
    """Ids by case-folded name, making (and remembering) what is missing."""

    def __init__(self, known: dict[str, str]) -> None:
        self._known = known
        self.made: list[Any] = []

    def get_or_make(self, name: str, make: Callable[[str], Any]) -> str:
        key = name.casefold()
        if key not in self._known:
            entity = make(name)
            self.made.append(entity)
            self._known[key] = entity.id
        return self._known[key]
