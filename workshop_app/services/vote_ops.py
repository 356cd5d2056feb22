"""Prioritise and agenda operations: voting rounds, ballots, agenda items."""

from __future__ import annotations

from collections.abc import Mapping

from workshop_app.models import (
    AgendaFormat,
    AgendaItem,
    Ballot,
    Cluster,
    Idea,
    Participant,
    RoundStatus,
    Sector,
    VoteMethod,
    VoteTarget,
    VotingRound,
    clean_text,
)
from workshop_app.models.ids import new_id, now_iso
from workshop_app.services.base import (
    ServiceBase,
    _short,
    valid_title,
)
from workshop_app.services.changes import Changes, Op, RefusalReason, Refused


class VoteOps(ServiceBase):
    """Prioritise and agenda operations: voting rounds, ballots, agenda items."""

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
        with self._operation(Op.ADD_ROUND) as operation:
            self.store.insert(voting_round)
            operation.created = voting_round.id
        return operation.changes

    def open_round(self, *, round_id: str) -> Changes:
        with self._operation(Op.OPEN_ROUND) as operation:
            voting_round = self._existing(VotingRound, round_id)
            if voting_round.status is RoundStatus.CLOSED:
                raise Refused(RefusalReason.ROUND_CLOSED)
            self.store.update(VotingRound, round_id, status=RoundStatus.OPEN, opened_at=now_iso())
        return operation.changes

    def close_round(self, *, round_id: str) -> Changes:
        with self._operation(Op.CLOSE_ROUND) as operation:
            voting_round = self._existing(VotingRound, round_id)
            if voting_round.status is not RoundStatus.OPEN:
                raise Refused(RefusalReason.ROUND_NOT_OPEN)
            self.store.update(VotingRound, round_id, status=RoundStatus.CLOSED, closed_at=now_iso())
        return operation.changes

    def cast_ballot(
        self, *, round_id: str, votes: Mapping[str, int], participant_id: str | None = None,
        sector: Sector | None = None,
    ) -> Changes:
        with self._operation(Op.CAST_BALLOT) as operation:
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
            self.store.insert(ballot)
            operation.created = ballot.id
        return operation.changes

    def _check_votes(self, voting_round: VotingRound, votes: Mapping[str, int]) -> None:
        if voting_round.target is VoteTarget.CLUSTERS:
            valid = {c.id for c in self.store.all(Cluster)}
        else:
            valid = {i.id for i in self.store.all(Idea)}
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
        if not 0 < int(duration_minutes) <= 24 * 60:
            raise Refused(RefusalReason.INVALID_VALUE, "duration")
        with self._operation(Op.ADD_AGENDA_ITEM) as operation:
            if cluster_id is not None:
                self._existing(Cluster, cluster_id)
            item = AgendaItem(
                id=new_id(), title=valid_title(title), rationale=clean_text(rationale),
                cluster_id=cluster_id, format=AgendaFormat(format),
                duration_minutes=int(duration_minutes), slot=_short(slot), track=_short(track),
                position=len(self.agenda()),
            )
            self.store.insert(item)
            operation.created = item.id
        return operation.changes

    def delete_agenda_item(self, *, item_id: str) -> Changes:
        return self._set_deleted(Op.DELETE_AGENDA_ITEM, AgendaItem, [item_id], now_iso())

