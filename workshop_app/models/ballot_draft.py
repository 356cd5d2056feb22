"""One voter's ballot while it is being filled in at the shared screen (pure).

The screen asks this draft what is allowed (a dot more on this option? is the
ballot complete?) so that a voter never meets a refusal; the service checks
the same limits again when the ballot is cast (`VoteOps.cast_ballot`).
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from workshop_app.models.entities import VoteMethod, VotingRound
from workshop_app.models.results import SCALE

AXES = 2


def shuffled(options: Sequence[str], rng: random.Random | None = None) -> tuple[str, ...]:
    """The options in a fresh random order (one voter's)."""
    order = list(options)
    (rng or random.SystemRandom()).shuffle(order)
    return tuple(order)


@dataclass
class BallotDraft:
    """What one voter has chosen so far, in the order the options are shown.

    Invariants: the dots add up to at most `dots_per_voter`, none above the
    cap (1 without stacking); marks are within `SCALE`; the ranking holds
    distinct options, at most `top_n`. Every change that would break one
    is ignored and returns False.
    """

    voting_round: VotingRound
    shown: tuple[str, ...]
    dots: dict[str, int] = field(default_factory=dict)
    marks: dict[str, list[int | None]] = field(default_factory=dict)
    ranking: list[str] = field(default_factory=list)

    @property
    def method(self) -> VoteMethod:
        return self.voting_round.method

    @property
    def cap(self) -> int:
        """Most dots one option may take."""
        voting_round = self.voting_round
        return voting_round.max_per_option if voting_round.allow_stacking else 1

    @property
    def dots_left(self) -> int:
        return self.voting_round.dots_per_voter - sum(self.dots.values())

    @property
    def places_left(self) -> int:
        """How many more options the voter may rank."""
        return min(self.voting_round.top_n, len(self.shown)) - len(self.ranking)

    def add_dot(self, option: str) -> bool:
        if option not in self.shown or self.dots_left <= 0 or self.dots.get(option, 0) >= self.cap:
            return False
        self.dots[option] = self.dots.get(option, 0) + 1
        return True

    def remove_dot(self, option: str) -> bool:
        if self.dots.get(option, 0) <= 0:
            return False
        self.dots[option] -= 1
        if not self.dots[option]:
            del self.dots[option]
        return True

    def set_mark(self, option: str, axis: int, mark: int) -> bool:
        low, high = SCALE
        if option not in self.shown or not 0 <= axis < AXES or not low <= mark <= high:
            return False
        self.marks.setdefault(option, [None] * AXES)[axis] = mark
        return True

    def mark(self, option: str, axis: int) -> int | None:
        return self.marks.get(option, [None] * AXES)[axis]

    def rank(self, option: str) -> bool:
        """Put `option` next in the voter's ranking."""
        if option not in self.shown or option in self.ranking or self.places_left <= 0:
            return False
        self.ranking.append(option)
        return True

    def unrank(self, option: str) -> bool:
        if option not in self.ranking:
            return False
        self.ranking.remove(option)
        return True

    def place(self, option: str) -> int | None:
        """The option's place in the voter's ranking (1 = first), None if unranked."""
        return self.ranking.index(option) + 1 if option in self.ranking else None

    def keep_only(self, options: Collection[str]) -> bool:
        """Drop the shown options not among `options` (a group ungrouped or
        merged while this voter fills in), with what was given to them;
        True if any was dropped."""
        kept = tuple(o for o in self.shown if o in options)
        if kept == self.shown:
            return False
        self.shown = kept
        self.dots = {o: n for o, n in self.dots.items() if o in options}
        self.marks = {o: m for o, m in self.marks.items() if o in options}
        self.ranking = [o for o in self.ranking if o in options]
        return True

    @property
    def complete(self) -> bool:
        """Ready to cast: some dots, every mark, or at least one ranked option."""
        if self.method is VoteMethod.DOTS:
            return bool(self.dots)
        if self.method is VoteMethod.SCORE:
            return all(all(m is not None for m in self.marks.get(o, [None] * AXES))
                       for o in self.shown)
        return bool(self.ranking)

    def as_ballot(self) -> dict[str, Any]:
        """The keyword arguments of `cast_ballot` for this draft."""
        if self.method is VoteMethod.DOTS:
            return {"votes": dict(self.dots), "shown": list(self.shown)}
        if self.method is VoteMethod.SCORE:
            return {"scores": {o: list(m) for o, m in self.marks.items()},
                    "shown": list(self.shown)}
        return {"ranking": list(self.ranking), "shown": list(self.shown)}
