"""Ballots from phones: one per phone, a phone's new ballot replacing its last.

A phone is known by `device`, a digest of the secret token in its cookie
(`workshop_app.phone.tokens`); the token itself never reaches the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from workshop_app.models import Ballot, BallotKind, Sector
from workshop_app.models.ids import new_id, now_iso
from workshop_app.services.changes import Changes, Op, RefusalReason, Refused
from workshop_app.services.vote_ops import VoteOps

DEVICE_LENGTH = 64
"""A device digest is SHA-256 in hex."""


class PhoneOps(VoteOps):
    """The phone's one writing operation."""

    def cast_phone_ballot(
        self, *, round_id: str, device: str, votes: Mapping[str, int] | None = None,
        scores: Mapping[str, Sequence[int]] | None = None, ranking: Sequence[str] | None = None,
        participant_id: str | None = None, sector: Sector | None = None,
        shown: Sequence[str] = (),
    ) -> Changes:
        """A phone's ballot (kind PHONE), checked as `cast_ballot` checks a
        walk-up one; in the same transaction the phone's earlier ballot in
        this round, if any, is discarded (soft), so the newest one counts.
        One undo step: undoing it brings the earlier ballot back."""
        if len(device) != DEVICE_LENGTH or not all(c in "0123456789abcdef" for c in device):
            raise Refused(RefusalReason.INVALID_VALUE, "device")
        with self._operation(Op.CAST_BALLOT) as operation:
            voting_round = self._open_round(round_id)
            content = self._valid_content(voting_round, votes, scores, ranking)
            ballot = Ballot(id=new_id(), round_id=round_id, participant_id=participant_id,
                            kind=BallotKind.PHONE, device=device,
                            shown=self._valid_shown(voting_round, shown), **content)
            earlier = self.store.device_ballots(round_id, device)
            ballot = replace(ballot, sector=self._voter_sector(
                round_id, participant_id, sector, replacing=[b.id for b in earlier]))
            stamp = now_iso()
            for gone in earlier:
                self.store.update(Ballot, gone.id, deleted_at=stamp)
            self.store.insert(ballot)
            operation.created = ballot.id
        return operation.changes

    def discard_phone_ballot(self, *, round_id: str, device: str) -> Changes:
        """Discard (soft, undoable, one step) the ballot of one phone in an
        open round: the moderator blocked it. `NO_BALLOT` if it has none."""
        with self._operation(Op.DISCARD_PHONE_BALLOT) as operation:
            self._open_round(round_id)
            ballots = self.store.device_ballots(round_id, device)
            if not ballots:
                raise Refused(RefusalReason.NO_BALLOT)
            stamp = now_iso()
            for ballot in ballots:
                self.store.update(Ballot, ballot.id, deleted_at=stamp)
        return operation.changes

    def phone_voters(self, round_id: str) -> list[Ballot]:
        """The live phone ballots of the round, oldest first (one per phone)."""
        return sorted((b for b in self.store.ballots_of(round_id) if b.kind is BallotKind.PHONE),
                      key=lambda b: (b.created_at, b.id))

    def phone_ballots(self, round_id: str) -> int:
        """How many phones have a ballot in the round now."""
        return self.store.count_ballots(round_id, BallotKind.PHONE.value)
