"""A ballot being filled in at the shared screen: limits hold before the service sees it."""

from __future__ import annotations

import random

from workshop_app.models import VoteMethod, VotingRound
from workshop_app.models.ballot_draft import BallotDraft, shuffled


def draft(method: VoteMethod = VoteMethod.DOTS, **settings: object) -> BallotDraft:
    voting_round = VotingRound(id="r", title="Runda", method=method,
                               options=("a", "b", "c", "d"), **settings)  # type: ignore[arg-type]
    return BallotDraft(voting_round, shown=("c", "a", "d", "b"))


def test_dots_stop_at_the_cap_and_at_the_dots_per_voter() -> None:
    ballot = draft(dots_per_voter=3, max_per_option=2)
    assert ballot.add_dot("a") and ballot.add_dot("a")
    assert not ballot.add_dot("a")  # cap
    assert ballot.add_dot("b") and ballot.dots_left == 0
    assert not ballot.add_dot("c")  # none left
    assert ballot.remove_dot("a") and ballot.dots_left == 1
    assert not ballot.remove_dot("d") and not ballot.add_dot("zzz")
    assert ballot.as_ballot() == {"votes": {"a": 1, "b": 1}, "shown": ["c", "a", "d", "b"]}


def test_without_stacking_one_dot_per_option() -> None:
    ballot = draft(dots_per_voter=3, max_per_option=3, allow_stacking=False)
    assert ballot.add_dot("a") and not ballot.add_dot("a") and ballot.cap == 1


def test_marks_complete_only_when_every_option_has_both() -> None:
    ballot = draft(VoteMethod.SCORE, axes=("Wpływ", "Wykonalność"))
    assert not ballot.set_mark("a", 0, 6) and not ballot.set_mark("a", 2, 3)
    for option in "abcd":
        ballot.set_mark(option, 0, 4)
    assert not ballot.complete
    for option in "abcd":
        ballot.set_mark(option, 1, 2)
    assert ballot.complete and ballot.mark("a", 1) == 2
    assert ballot.as_ballot()["scores"] == {o: [4, 2] for o in "abcd"}


def test_a_ranking_of_at_most_top_n_distinct_options() -> None:
    ballot = draft(VoteMethod.RANK, top_n=2)
    assert not ballot.complete
    assert ballot.rank("b") and not ballot.rank("b") and ballot.rank("a")
    assert not ballot.rank("c") and ballot.places_left == 0
    assert (ballot.place("b"), ballot.place("a"), ballot.place("c")) == (1, 2, None)
    assert ballot.unrank("b") and ballot.place("a") == 1 and ballot.complete


def test_every_voter_gets_a_fresh_order_of_the_same_options() -> None:
    options = [f"o{i}" for i in range(12)]
    rng = random.Random(4)
    orders = {shuffled(options, rng) for _ in range(20)}
    assert len(orders) > 15 and all(sorted(o) == sorted(options) for o in orders)


def test_an_option_gone_meanwhile_leaves_the_ballot_with_what_was_given_to_it() -> None:
    ballot = draft(VoteMethod.SCORE, axes=("Wpływ", "Wykonalność"))
    for option in "abc":
        ballot.set_mark(option, 0, 4)
        ballot.set_mark(option, 1, 2)
    assert not ballot.complete  # "d" has no marks yet
    assert ballot.keep_only({"a", "b", "c"}) and ballot.shown == ("c", "a", "b")
    assert ballot.complete and set(ballot.as_ballot()["scores"]) == {"a", "b", "c"}
    assert not ballot.keep_only({"a", "b", "c", "x"})  # nothing dropped
    dots = draft(dots_per_voter=3)
    dots.add_dot("a")
    dots.add_dot("b")
    dots.keep_only({"b", "c", "d"})
    assert dots.as_ballot() == {"votes": {"b": 1}, "shown": ["c", "d", "b"]} and dots.dots_left == 2
