"""Prioritise operations: voting rounds and ballots."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from enum import Enum
from typing import Any, TypeVar

from workshop_app.models import (
    Ballot,
    BallotKind,
    Cluster,
    Idea,
    Participant,
    RoundStatus,
    Sector,
    VoteMethod,
    VoteTarget,
    VotingRound,
)
from workshop_app.models.ids import new_id, now_iso
from workshop_app.models.results import SCALE, OptionResult, Sheet, round_results
from workshop_app.services.base import (
    UNCHANGED,
    ServiceBase,
    Unchanged,
    valid_title,
)
from workshop_app.services.changes import Changes, Op, RefusalReason, Refused

DEFAULT_AXES = ("Wpływ", "Wykonalność")
"""Axis names of a new score round unless the moderator gives others (impact, feasibility)."""
MAX_MARK_AXES = 2
E = TypeVar("E", bound=Enum)


def proposed_dots(options: int) -> int:
    """Dots per voter a new dots round proposes: about a third of the options."""
    return max(1, round(options / 3))


class VoteOps(ServiceBase):
    """Prioritise operations: voting rounds and ballots."""

    # -- rounds --------------------------------------------------------------

    def add_round(
        self, *, title: str, target: VoteTarget = VoteTarget.CLUSTERS,
        method: VoteMethod = VoteMethod.DOTS, options: Sequence[str] = (),
        dots_per_voter: int | None = None, max_per_option: int | None = None,
        allow_stacking: bool = True, axes: Sequence[str] | None = None, top_n: int = 3,
    ) -> Changes:
        """A draft round on `options` (empty: every live cluster or idea of
        `target` when it opens). Dots per voter default to a third of the
        options, the cap per option to min(3, dots)."""
        target, method = VoteTarget(target), VoteMethod(method)
        chosen = self._valid_options(target, options)
        count = len(chosen) or len(self._live_options(target))
        dots = proposed_dots(count) if dots_per_voter is None else int(dots_per_voter)
        cap = min(3, dots) if max_per_option is None else int(max_per_option)
        voting_round = VotingRound(
            id=new_id(), title=valid_title(title), target=target, method=method,
            options=chosen, dots_per_voter=dots, max_per_option=cap,
            allow_stacking=bool(allow_stacking), axes=_valid_axes(axes), top_n=int(top_n))
        _check_settings(voting_round)
        with self._operation(Op.ADD_ROUND) as operation:
            self.store.insert(voting_round)
            operation.created = voting_round.id
        return operation.changes

    def update_round(
        self, *, round_id: str, title: str | Unchanged = UNCHANGED,
        options: Sequence[str] | Unchanged = UNCHANGED, method: VoteMethod | Unchanged = UNCHANGED,
        dots_per_voter: int | Unchanged = UNCHANGED, max_per_option: int | Unchanged = UNCHANGED,
        allow_stacking: bool | Unchanged = UNCHANGED, axes: Sequence[str] | Unchanged = UNCHANGED,
        top_n: int | Unchanged = UNCHANGED,
    ) -> Changes:
        """Change a round's settings; only its title once it has opened."""
        with self._operation(Op.UPDATE_ROUND) as operation:
            current = self._existing(VotingRound, round_id)
            fields: dict[str, Any] = {}
            if not isinstance(title, Unchanged):
                fields["title"] = valid_title(title)
            settings = {"options": options, "method": method, "dots_per_voter": dots_per_voter,
                        "max_per_option": max_per_option, "allow_stacking": allow_stacking,
                        "axes": axes, "top_n": top_n}
            given: dict[str, Any] = {k: v for k, v in settings.items() if not isinstance(v, Unchanged)}
            if given and current.status is not RoundStatus.DRAFT:
                raise Refused(RefusalReason.ROUND_NOT_DRAFT)
            if "options" in given:
                given["options"] = self._valid_options(current.target, given["options"])
            if "method" in given:
                given["method"] = VoteMethod(given["method"])
            if "axes" in given:
                given["axes"] = _valid_axes(given["axes"])
            for key in ("dots_per_voter", "max_per_option", "top_n"):
                if key in given:
                    given[key] = int(given[key])
            if "allow_stacking" in given:
                given["allow_stacking"] = bool(given["allow_stacking"])
            _check_settings(replace(current, **given))
            fields.update(given)
            if fields:
                self.store.update(VotingRound, round_id, **fields)
        return operation.changes

    def delete_round(self, *, round_id: str) -> Changes:
        """Delete a draft round (a round that took ballots stays: close it instead)."""
        with self._operation(Op.DELETE_ROUND) as operation:
            if self._existing(VotingRound, round_id).status is not RoundStatus.DRAFT:
                raise Refused(RefusalReason.ROUND_NOT_DRAFT)
            self.store.update(VotingRound, round_id, deleted_at=now_iso())
        return operation.changes

    def open_round(self, *, round_id: str) -> Changes:
        """Open a draft for ballots; its options are fixed now (all live ones
        of its target when none were chosen)."""
        with self._operation(Op.OPEN_ROUND) as operation:
            voting_round = self._existing(VotingRound, round_id)
            if voting_round.status is RoundStatus.CLOSED:
                raise Refused(RefusalReason.ROUND_CLOSED)
            if voting_round.status is RoundStatus.OPEN:
                raise Refused(RefusalReason.ROUND_ALREADY_OPEN)
            live = self._live_options(voting_round.target)
            options = tuple(o for o in voting_round.options if o in live) or tuple(live)
            if not options:
                raise Refused(RefusalReason.NO_OPTIONS)
            self.store.update(VotingRound, round_id, status=RoundStatus.OPEN, opened_at=now_iso(),
                              options=options)
        return operation.changes

    def close_round(self, *, round_id: str) -> Changes:
        with self._operation(Op.CLOSE_ROUND) as operation:
            voting_round = self._existing(VotingRound, round_id)
            if voting_round.status is not RoundStatus.OPEN:
                raise Refused(RefusalReason.ROUND_NOT_OPEN)
            self.store.update(VotingRound, round_id, status=RoundStatus.CLOSED, closed_at=now_iso())
        return operation.changes

    def reopen_round(self, *, round_id: str) -> Changes:
        """Take ballots again in a closed round; the reopening's time is kept."""
        with self._operation(Op.REOPEN_ROUND) as operation:
            voting_round = self._existing(VotingRound, round_id)
            if voting_round.status is not RoundStatus.CLOSED:
                raise Refused(RefusalReason.ROUND_NOT_CLOSED)
            stamp = now_iso()
            self.store.update(VotingRound, round_id, status=RoundStatus.OPEN, opened_at=stamp,
                              reopened_at=(*voting_round.reopened_at, stamp))
        return operation.changes

    # -- ballots -------------------------------------------------------------

    def cast_ballot(
        self, *, round_id: str, votes: Mapping[str, int] | None = None,
        scores: Mapping[str, Sequence[int]] | None = None, ranking: Sequence[str] | None = None,
        participant_id: str | None = None, sector: Sector | None = None,
        shown: Sequence[str] = (), kind: BallotKind = BallotKind.SCREEN,
    ) -> Changes:
        """One voter's ballot, checked against the round's method and limits:
        `votes` for dots, `scores` (every option, [axis 1, axis 2], 1–5) for
        score, `ranking` (distinct options, best first, at most top N) for
        rank (a ballot without a dot or a ranked option is refused). `shown`
        is the order the options were shown in. A participant
        named votes once per round (a ballot taken back frees the place); a
        ballot with a sector only can always be cast."""
        with self._operation(Op.CAST_BALLOT) as operation:
            voting_round = self._open_round(round_id)
            ballot = Ballot(id=new_id(), round_id=round_id, participant_id=participant_id,
                            kind=_member(BallotKind, kind), shown=self._valid_shown(voting_round, shown),
                            **self._valid_content(voting_round, votes, scores, ranking))
            ballot = replace(ballot, sector=self._voter_sector(round_id, participant_id, sector))
            self.store.insert(ballot)
            operation.created = ballot.id
        return operation.changes

    def _voter_sector(self, round_id: str, participant_id: str | None, sector: object, *,
                      replacing: Sequence[str] = ()) -> Sector | None:
        """The sector a ballot counts for: as sent, else the named voter's.
        A named voter must exist and not have voted in the round yet (a ballot
        in `replacing`, about to be discarded, does not count); a ballot with
        only a sector is always allowed."""
        if participant_id is not None:
            voter = self._existing(Participant, participant_id)
            if voter.deleted_at is not None:
                raise Refused(RefusalReason.NOT_FOUND, "participant")
            if any(b.participant_id == participant_id and b.id not in replacing
                   for b in self.store.ballots_of(round_id)):
                raise Refused(RefusalReason.ALREADY_VOTED)
            sector = voter.sector if sector is None else sector
        return _valid_sector(sector)

    def enter_tally(self, *, round_id: str, counts: Mapping[Sector | None, Mapping[str, int]],
                    voters: Mapping[Sector | None, int] | None = None) -> Changes:
        """Paper dots counted by sector (None: sector unknown), as one ballot
        of kind TALLY per sector, all in one step. Dots rounds only; counts
        are whole numbers >= 0 on the round's options; `voters` is how many
        people put dots on paper in each sector (1 when not given)."""
        voters = voters or {}
        with self._operation(Op.ENTER_TALLY) as operation:
            voting_round = self._open_round(round_id)
            if voting_round.method is not VoteMethod.DOTS:
                raise Refused(RefusalReason.TALLY_NEEDS_DOTS)
            if not isinstance(counts, Mapping) or not isinstance(voters, Mapping):
                raise Refused(RefusalReason.INVALID_VALUE, "counts by sector")
            added = 0
            stamp = now_iso()  # one time for the whole tally: it is taken back as one
            for sector, votes in counts.items():
                clean = self._valid_counts(voting_round, votes)
                people = _whole(voters.get(sector, 1))
                if people < 1:
                    raise Refused(RefusalReason.INVALID_VALUE, "voters")
                if not clean:
                    continue
                self.store.insert(Ballot(id=new_id(), round_id=round_id, votes=clean,
                                         sector=_valid_sector(sector),
                                         kind=BallotKind.TALLY, voters=people,
                                         created_at=stamp))
                added += 1
            if not added:
                raise Refused(RefusalReason.EMPTY_TALLY)
        return operation.changes

    def discard_last_ballot(self, *, round_id: str) -> Changes:
        """Take back the newest ballot of an open round (kept in the file,
        undoable); paper dots typed for several sectors at once (one
        `enter_tally`, one time stamp) are taken back together."""
        with self._operation(Op.DISCARD_BALLOT) as operation:
            self._open_round(round_id)
            ballots = self.store.ballots_of(round_id)
            if not ballots:
                raise Refused(RefusalReason.NO_BALLOT)
            last = max(ballots, key=lambda b: (b.created_at, b.id))
            together = [last]
            if last.kind is BallotKind.TALLY:
                together = [b for b in ballots if b.kind is BallotKind.TALLY
                            and b.created_at == last.created_at]
            stamp = now_iso()
            for ballot in together:
                self.store.update(Ballot, ballot.id, deleted_at=stamp)
        return operation.changes

    def votable(self, round_id: str) -> tuple[str, ...]:
        """The round's options that can take votes now, in the round's order:
        an option whose group was ungrouped or merged while the round was open
        is left out (a ballot shows and checks only these)."""
        return self._votable(self._existing(VotingRound, round_id))

    def results(self, round_id: str) -> list[OptionResult]:
        """The round's results as they stand, best first (see `models.results`)."""
        voting_round = self._existing(VotingRound, round_id)
        sheets = [_sheet(b) for b in self.store.ballots_of(round_id)]
        options = voting_round.options or tuple(self._live_options(voting_round.target))
        return round_results(voting_round.method, options, sheets, voting_round.top_n)

    # -- checks --------------------------------------------------------------

    def _open_round(self, round_id: str) -> VotingRound:
        voting_round = self._existing(VotingRound, round_id)
        if voting_round.status is RoundStatus.CLOSED:
            raise Refused(RefusalReason.ROUND_CLOSED)
        if voting_round.status is not RoundStatus.OPEN:
            raise Refused(RefusalReason.ROUND_NOT_OPEN)
        return voting_round

    def _live_options(self, target: VoteTarget) -> list[str]:
        if target is VoteTarget.CLUSTERS:
            return [c.id for c in self.store.all(Cluster)]
        return [i.id for i in self.store.all(Idea)]

    def _valid_options(self, target: VoteTarget, options: Sequence[str]) -> tuple[str, ...]:
        chosen = tuple(dict.fromkeys(options))
        if set(chosen) - set(self._live_options(target)):
            raise Refused(RefusalReason.UNKNOWN_OPTION)
        return chosen

    def _valid_shown(self, voting_round: VotingRound, shown: Sequence[str]) -> tuple[str, ...]:
        order = _ids(shown, RefusalReason.INVALID_VALUE)
        if order and sorted(order) != sorted(self._votable(voting_round)):
            raise Refused(RefusalReason.INVALID_VALUE, "shown order")
        return order

    def _valid_content(self, voting_round: VotingRound, votes: Mapping[str, int] | None,
                       scores: Mapping[str, Sequence[int]] | None,
                       ranking: Sequence[str] | None) -> dict[str, Any]:
        method = voting_round.method
        given = {VoteMethod.DOTS: votes, VoteMethod.SCORE: scores, VoteMethod.RANK: ranking}
        if any(value is not None for m, value in given.items() if m is not method):
            raise Refused(RefusalReason.WRONG_BALLOT)
        if method is VoteMethod.DOTS:
            return {"votes": self._valid_dots(voting_round, votes or {})}
        if method is VoteMethod.SCORE:
            return {"scores": self._valid_marks(voting_round, scores or {})}
        return {"ranking": self._valid_ranking(voting_round, ranking or ())}

    def _votable(self, voting_round: VotingRound) -> tuple[str, ...]:
        """The round's options that still exist, in its order (a cluster
        ungrouped or merged since cannot take votes)."""
        live = set(self._live_options(voting_round.target))
        return tuple(o for o in voting_round.options if o in live)

    def _valid_counts(self, voting_round: VotingRound, votes: Mapping[str, int]) -> dict[str, int]:
        if not isinstance(votes, Mapping):
            raise Refused(RefusalReason.INVALID_VALUE, "dots by option")
        options = set(self._votable(voting_round))
        clean: dict[str, int] = {}
        for option, value in votes.items():
            if option not in options:
                raise Refused(RefusalReason.UNKNOWN_OPTION)
            count = _whole(value)
            if count < 0:
                raise Refused(RefusalReason.INVALID_VALUE, "negative dots")
            if count:
                clean[option] = count
        return clean

    def _valid_dots(self, voting_round: VotingRound, votes: Mapping[str, int]) -> dict[str, int]:
        """A voter's dots. A ballot without a dot is refused for every voter
        (walk-up and phone alike: neither screen lets one be sent, and an
        empty ballot would count as a voter who chose nothing; there is no
        abstaining by ballot). Paper tallies are checked by `enter_tally`."""
        clean = self._valid_counts(voting_round, votes)
        if not clean:
            raise Refused(RefusalReason.EMPTY_BALLOT)
        if sum(clean.values()) > voting_round.dots_per_voter:
            raise Refused(RefusalReason.TOO_MANY_DOTS)
        cap = voting_round.max_per_option if voting_round.allow_stacking else 1
        if any(v > cap for v in clean.values()):
            raise Refused(RefusalReason.TOO_MANY_ON_OPTION)
        return clean

    def _valid_marks(self, voting_round: VotingRound, scores: Mapping[str, Sequence[int]]
                     ) -> dict[str, list[int]]:
        if not isinstance(scores, Mapping):
            raise Refused(RefusalReason.INVALID_MARK)
        votable = set(self._votable(voting_round))
        if set(scores) - votable:
            raise Refused(RefusalReason.UNKNOWN_OPTION)
        if set(scores) != votable:
            raise Refused(RefusalReason.BALLOT_INCOMPLETE)
        low, high = SCALE
        clean = {}
        for option, marks in scores.items():
            if isinstance(marks, (str, bytes)) or not isinstance(marks, Sequence):
                raise Refused(RefusalReason.INVALID_MARK)  # e.g. one number, not one per axis
            values = [_whole(m) for m in marks]
            if len(values) != MAX_MARK_AXES or any(not low <= v <= high for v in values):
                raise Refused(RefusalReason.INVALID_MARK)
            clean[option] = values
        return clean

    def _valid_ranking(self, voting_round: VotingRound, ranking: Sequence[str]) -> tuple[str, ...]:
        order = _ids(ranking, RefusalReason.INVALID_RANKING)
        if set(order) - set(self._votable(voting_round)):
            raise Refused(RefusalReason.UNKNOWN_OPTION)
        if not order or len(set(order)) != len(order) or len(order) > voting_round.top_n:
            raise Refused(RefusalReason.INVALID_RANKING)
        return order


def _check_settings(voting_round: VotingRound) -> None:
    """The limits a round's method needs (refused with INVALID_VALUE)."""
    if not 1 <= voting_round.max_per_option <= voting_round.dots_per_voter:
        raise Refused(RefusalReason.INVALID_VALUE, "dots")
    if voting_round.top_n < 1:
        raise Refused(RefusalReason.INVALID_VALUE, "top_n")
    if voting_round.method is VoteMethod.SCORE and len(voting_round.axes) != MAX_MARK_AXES:
        raise Refused(RefusalReason.INVALID_VALUE, "axes")


def _valid_axes(axes: Sequence[str] | None) -> tuple[str, ...]:
    names = tuple(DEFAULT_AXES if axes is None else axes)
    if len(names) != MAX_MARK_AXES:
        raise Refused(RefusalReason.INVALID_VALUE, "axes")
    return tuple(valid_title(name) for name in names)


def _valid_sector(sector: object) -> Sector | None:
    """A ballot's sector as sent (None: not said), else refused."""
    return None if sector is None else _member(Sector, sector)


def _member(kind: type[E], value: object) -> E:
    """`value` as a member of the enum `kind`, else refused."""
    try:
        return kind(value)
    except ValueError as error:
        raise Refused(RefusalReason.INVALID_VALUE, kind.__name__) from error


def _ids(value: object, reason: RefusalReason) -> tuple[str, ...]:
    """Options listed in an order as sent: a sequence of ids, else refused with `reason`."""
    if isinstance(value, str) or not isinstance(value, Sequence) or not all(
            isinstance(item, str) for item in value):
        raise Refused(reason, "not a list of options")
    return tuple(value)


def _whole(value: object) -> int:
    """A count or mark as typed or sent: a whole number, else refused."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise Refused(RefusalReason.INVALID_VALUE, "not a number")
    try:
        number = float(value)
    except ValueError as error:
        raise Refused(RefusalReason.INVALID_VALUE, "not a number") from error
    if not number.is_integer():
        raise Refused(RefusalReason.INVALID_VALUE, "not a whole number")
    return int(number)


def _sheet(ballot: Ballot) -> Sheet:
    return Sheet(sector=ballot.sector, votes=ballot.votes, ranking=ballot.ranking,
                 scores={o: (m[0], m[1]) for o, m in ballot.scores.items()},
                 voters=ballot.voters)
