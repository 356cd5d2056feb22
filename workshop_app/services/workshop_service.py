"""`WorkshopService`: every change to a workshop goes through here.

Each public method is one user operation, runs in one transaction and returns
a `Changes` value. Invalid input raises `Refused` before anything is written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, TypeVar

from workshop_app.models import (
    AgendaFormat,
    AgendaItem,
    Ballot,
    Cluster,
    Idea,
    Objective,
    Participant,
    Phase,
    PhaseKind,
    RoundStatus,
    Sector,
    TextProblem,
    VoteMethod,
    VoteTarget,
    VotingRound,
    Workshop,
    check_idea_text,
    check_title,
    clean_text,
)
from workshop_app.models.ids import new_id, now_iso
from workshop_app.services.changes import Changes, Refused, RefusalReason
from workshop_app.storage import WorkshopStore

T = TypeVar("T")


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


# Default for optional edit arguments: "leave this field as it is".
UNCHANGED: Final[Any] = _Unchanged()

_TEXT_REASONS = {
    TextProblem.EMPTY: RefusalReason.EMPTY_TEXT,
    TextProblem.TOO_LONG: RefusalReason.TEXT_TOO_LONG,
}


def _idea_text(text: str) -> str:
    cleaned = clean_text(text)
    problem = check_idea_text(cleaned)
    if problem:
        raise Refused(_TEXT_REASONS[problem])
    return cleaned


def valid_title(text: str) -> str:
    """`text` cleaned for use as a title; `Refused` if empty or too long."""
    cleaned = clean_text(text)
    problem = check_title(cleaned)
    if problem:
        raise Refused(_TEXT_REASONS[problem])
    return cleaned


def _short(text: str) -> str:
    """Optional short text (names, places): cleaned, may be empty."""
    cleaned = clean_text(text)
    if check_title(cleaned) is TextProblem.TOO_LONG:
        raise Refused(RefusalReason.TEXT_TOO_LONG)
    return cleaned


def _given(**fields: Any) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not UNCHANGED}


class WorkshopService:
    """Reads and writes one open workshop. Holds no state beyond the store."""

    def __init__(self, store: WorkshopStore) -> None:
        self.store = store

    # -- reads ---------------------------------------------------------------

    def workshop(self) -> Workshop:
        return self.store.workshop()

    def ideas(self, *, include_deleted: bool = False) -> list[Idea]:
        return self.store.all(Idea, include_deleted=include_deleted)

    def idea(self, idea_id: str) -> Idea:
        return self._existing(Idea, idea_id)

    def clusters(self) -> list[Cluster]:
        return self.store.all(Cluster)

    def participants(self, *, include_deleted: bool = False) -> list[Participant]:
        return self.store.all(Participant, include_deleted=include_deleted)

    def objectives(self) -> list[Objective]:
        return self.store.all(Objective)

    def phases(self) -> list[Phase]:
        return self.store.all(Phase)

    def rounds(self) -> list[VotingRound]:
        return self.store.all(VotingRound)

    def ballots(self, round_id: str) -> list[Ballot]:
        return self.store.all(Ballot, where="round_id = ?", params=[round_id])

    def agenda(self) -> list[AgendaItem]:
        return self.store.all(AgendaItem)

    def get(self, cls: type[T], entity_id: str) -> T:
        """One entity by id (also a soft-deleted one); `Refused` if unknown."""
        return self._existing(cls, entity_id)

    def _existing(self, cls: type[T], entity_id: str) -> T:
        found = self.store.get(cls, entity_id)
        if found is None:
            raise Refused(RefusalReason.NOT_FOUND, f"{cls.__name__} {entity_id}")
        return found

    # -- set up --------------------------------------------------------------

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

    # -- gather --------------------------------------------------------------

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
        written_at: str | None = None,
    ) -> Idea:
        if participant_id is not None and sector is None:
            sector = self._existing(Participant, participant_id).sector
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
        """Add imported ideas in one transaction; a `cluster` name in a spec puts
        the idea into the cluster of that name, made if the workshop has none."""
        existing = {c.name.casefold(): c.id for c in self.clusters()}
        new_clusters: dict[str, Cluster] = {}
        prepared = []
        for spec in ideas:
            fields = dict(spec)
            name = clean_text(fields.pop("cluster", None) or "")
            if name and name.casefold() not in existing:
                cluster = new_clusters.setdefault(name.casefold(), Cluster(id=new_id(), name=valid_title(name)))
                fields["cluster_id"] = cluster.id
            elif name:
                fields["cluster_id"] = existing[name.casefold()]
            prepared.append(self._new_idea(**fields))
        with self.store.transaction():
            for cluster in new_clusters.values():
                self.store.insert(cluster)
            seq = self.store.next_idea_seq()
            for offset, idea in enumerate(prepared):
                self.store.insert(dataclasses.replace(idea, seq=seq + offset))
        return Changes(ideas=frozenset(i.id for i in prepared),
                       clusters=frozenset(c.id for c in new_clusters.values()))

    def delete_clusters(self, *, cluster_ids: Iterable[str]) -> Changes:
        """Soft-delete clusters (their ideas keep the link; used by undo of an import)."""
        return self._set_deleted(Cluster, list(cluster_ids), now_iso())

    def restore_clusters(self, *, cluster_ids: Iterable[str]) -> Changes:
        return self._set_deleted(Cluster, list(cluster_ids), None)

    def _set_deleted(self, cls: type, entity_ids: Sequence[str], stamp: str | None) -> Changes:
        for entity_id in entity_ids:
            self._existing(cls, entity_id)
        with self.store.transaction():
            for entity_id in entity_ids:
                self.store.update(cls, entity_id, deleted_at=stamp)
        kind = {Idea: "ideas", Participant: "participants", Cluster: "clusters",
                AgendaItem: "agenda", Objective: "objectives"}[cls]
        return Changes(**{kind: frozenset(entity_ids)})

    # -- cluster -------------------------------------------------------------

    def create_cluster(self, *, name: str, idea_ids: Iterable[str] = ()) -> Changes:
        cluster = Cluster(id=new_id(), name=valid_title(name))
        ids = frozenset(idea_ids)
        for idea_id in ids:
            self._existing(Idea, idea_id)
        with self.store.transaction():
            self.store.insert(cluster)
            for idea_id in ids:
                self.store.update(Idea, idea_id, cluster_id=cluster.id)
        return Changes(clusters=frozenset({cluster.id}), ideas=ids, created=cluster.id)

    def rename_cluster(self, *, cluster_id: str, name: str) -> Changes:
        self._existing(Cluster, cluster_id)
        with self.store.transaction():
            self.store.update(Cluster, cluster_id, name=valid_title(name))
        return Changes(clusters=frozenset({cluster_id}))

    def move_ideas(self, *, idea_ids: Iterable[str], cluster_id: str | None) -> Changes:
        """Put ideas into a cluster, or take them out of any (`None`)."""
        ids = frozenset(idea_ids)
        if cluster_id is not None:
            self._existing(Cluster, cluster_id)
        before = {self._existing(Idea, i).cluster_id for i in ids}
        with self.store.transaction():
            for idea_id in ids:
                self.store.update(Idea, idea_id, cluster_id=cluster_id)
        touched = {c for c in before | {cluster_id} if c}
        return Changes(ideas=ids, clusters=frozenset(touched))

    def ungroup_cluster(self, *, cluster_id: str) -> Changes:
        """Dissolve a cluster: its ideas become unplaced, the cluster is deleted."""
        self._existing(Cluster, cluster_id)
        # Deleted ideas too: restoring one must not put it into a dissolved cluster.
        members = [i.id for i in self.store.all(Idea, where="cluster_id = ?", params=[cluster_id],
                                                include_deleted=True)]
        with self.store.transaction():
            for idea_id in members:
                self.store.update(Idea, idea_id, cluster_id=None)
            self.store.update(Cluster, cluster_id, deleted_at=now_iso())
        return Changes(clusters=frozenset({cluster_id}), ideas=frozenset(members))

    # -- prioritise ----------------------------------------------------------

    def add_round(
        self, *, title: str, target: VoteTarget = VoteTarget.CLUSTERS,
        method: VoteMethod = VoteMethod.DOTS, dots_per_voter: int = 5, max_per_option: int = 3,
    ) -> Changes:
        if not 1 <= max_per_option <= dots_per_voter:
            raise Refused(RefusalReason.INVALID_VALUE, "dots")
        voting_round = VotingRound(
            id=new_id(), title=valid_title(title), target=VoteTarget(target), method=VoteMethod(method),
            dots_per_voter=int(dots_per_voter), max_per_option=int(max_per_option),
        )
        with self.store.transaction():
            self.store.insert(voting_round)
        return Changes(rounds=frozenset({voting_round.id}), created=voting_round.id)

    def open_round(self, *, round_id: str) -> Changes:
        voting_round = self._existing(VotingRound, round_id)
        if voting_round.status is RoundStatus.CLOSED:
            raise Refused(RefusalReason.ROUND_CLOSED)
        with self.store.transaction():
            self.store.update(VotingRound, round_id, status=RoundStatus.OPEN, opened_at=now_iso())
        return Changes(rounds=frozenset({round_id}))

    def close_round(self, *, round_id: str) -> Changes:
        voting_round = self._existing(VotingRound, round_id)
        if voting_round.status is not RoundStatus.OPEN:
            raise Refused(RefusalReason.ROUND_NOT_OPEN)
        with self.store.transaction():
            self.store.update(VotingRound, round_id, status=RoundStatus.CLOSED, closed_at=now_iso())
        return Changes(rounds=frozenset({round_id}))

    def cast_ballot(
        self, *, round_id: str, votes: Mapping[str, int], participant_id: str | None = None,
        sector: Sector | None = None,
    ) -> Changes:
        voting_round = self._existing(VotingRound, round_id)
        if voting_round.status is RoundStatus.CLOSED:
            raise Refused(RefusalReason.ROUND_CLOSED)
        if voting_round.status is not RoundStatus.OPEN:
            raise Refused(RefusalReason.ROUND_NOT_OPEN)
        self._check_votes(voting_round, votes)
        if participant_id is not None and sector is None:
            sector = self._existing(Participant, participant_id).sector
        ballot = Ballot(id=new_id(), round_id=round_id, participant_id=participant_id,
                        sector=Sector(sector) if sector else None,
                        votes={k: int(v) for k, v in votes.items() if int(v) > 0})
        with self.store.transaction():
            self.store.insert(ballot)
        return Changes(rounds=frozenset({round_id}), created=ballot.id)

    def _check_votes(self, voting_round: VotingRound, votes: Mapping[str, int]) -> None:
        cls = Cluster if voting_round.target is VoteTarget.CLUSTERS else Idea
        valid = {e.id for e in self.store.all(cls)}
        if any(option not in valid for option in votes):
            raise Refused(RefusalReason.UNKNOWN_OPTION)
        if any(int(v) < 0 for v in votes.values()):
            raise Refused(RefusalReason.INVALID_VALUE, "negative dots")
        if sum(int(v) for v in votes.values()) > voting_round.dots_per_voter:
            raise Refused(RefusalReason.TOO_MANY_DOTS)
        if any(int(v) > voting_round.max_per_option for v in votes.values()):
            raise Refused(RefusalReason.TOO_MANY_ON_OPTION)

    # -- agenda --------------------------------------------------------------

    def add_agenda_item(
        self, *, title: str, rationale: str = "", cluster_id: str | None = None,
        format: AgendaFormat = AgendaFormat.PANEL, duration_minutes: int = 60,
        slot: str = "", track: str = "",
    ) -> Changes:
        if cluster_id is not None:
            self._existing(Cluster, cluster_id)
        if not 0 < int(duration_minutes) <= 24 * 60:
            raise Refused(RefusalReason.INVALID_VALUE, "duration")
        item = AgendaItem(
            id=new_id(), title=valid_title(title), rationale=clean_text(rationale),
            cluster_id=cluster_id, format=AgendaFormat(format),
            duration_minutes=int(duration_minutes), slot=_short(slot), track=_short(track),
            position=len(self.agenda()),
        )
        with self.store.transaction():
            self.store.insert(item)
        return Changes(agenda=frozenset({item.id}), created=item.id)

    def delete_agenda_item(self, *, item_id: str) -> Changes:
        return self._set_deleted(AgendaItem, [item_id], now_iso())
