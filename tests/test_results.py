"""Round results: every rule by hand-computed examples (no Qt, no file)."""

from __future__ import annotations

import pytest

from workshop_app.models import Sector, VoteMethod
from workshop_app.models.results import (
    Agreement,
    Quadrant,
    Sheet,
    borda,
    round_results,
)

GOV, SCI, BIZ, RES = Sector.LOCAL_GOVERNMENT, Sector.ACADEMIA, Sector.BUSINESS, Sector.RESIDENTS


def by_option(results: list) -> dict:  # type: ignore[type-arg]
    return {r.option_id: r for r in results}


def test_dots_are_added_up_best_first_with_shared_places() -> None:
    sheets = [Sheet(GOV, votes={"a": 2, "b": 1}), Sheet(SCI, votes={"b": 2, "c": 1}),
              Sheet(BIZ, votes={"c": 2, "d": 1}), Sheet(None, votes={"e": 1})]
    results = round_results(VoteMethod.DOTS, ["a", "b", "c", "d", "e"], sheets)
    assert [(r.option_id, r.score, r.place) for r in results] == [
        ("b", 3, 1), ("c", 3, 1), ("a", 2, 3), ("d", 1, 4), ("e", 1, 4)]
    found = by_option(results)
    assert found["b"].tie and found["c"].tie and found["d"].tie and not found["a"].tie
    # 2 is one dot from 3 and from 1: a near tie, not a tie.
    assert found["a"].near_tie and not found["b"].near_tie


def test_options_nobody_voted_for_are_listed_with_zero_and_strays_are_ignored() -> None:
    results = round_results(VoteMethod.DOTS, ["a", "b"], [Sheet(votes={"a": 1, "zzz": 5})])
    assert [(r.option_id, r.score, r.place) for r in results] == [("a", 1, 1), ("b", 0, 2)]


def test_no_ballots_gives_every_option_a_shared_first_place() -> None:
    results = round_results(VoteMethod.DOTS, ["a", "b"], [])
    assert [(r.score, r.place, r.tie, r.balanced_score) for r in results] == [
        (0, 1, True, 0.0), (0, 1, True, 0.0)]


def test_borda_points() -> None:
    assert borda(["x", "y", "z"], 3) == {"x": 3, "y": 2, "z": 1}
    assert borda(["x", "y", "z", "w"], 2) == {"x": 2, "y": 1}
    sheets = [Sheet(ranking=["a", "b", "c"]), Sheet(ranking=["b", "a"]), Sheet(ranking=["c"])]
    found = by_option(round_results(VoteMethod.RANK, ["a", "b", "c", "d"], sheets, top_n=3))
    assert {o: r.score for o, r in found.items()} == {"a": 5, "b": 5, "c": 4, "d": 0}
    assert found["a"].place == found["b"].place == 1 and found["c"].place == 3


def test_score_rounds_average_each_axis_and_place_options_on_the_matrix() -> None:
    sheets = [Sheet(GOV, scores={"a": (5, 4), "b": (2, 5), "c": (4, 1), "d": (1, 2)}),
              Sheet(SCI, scores={"a": (4, 4), "b": (2, 4), "c": (5, 2), "d": (2, 1)})]
    found = by_option(round_results(VoteMethod.SCORE, ["a", "b", "c", "d"], sheets))
    assert found["a"].axis_means == (4.5, 4.0) and found["a"].score == pytest.approx(4.25)
    assert found["a"].quadrant is Quadrant.QUICK_WINS
    assert found["b"].quadrant is Quadrant.FILL_INS
    assert found["c"].quadrant is Quadrant.BIG_PROJECTS
    assert found["d"].quadrant is Quadrant.THANKLESS
    assert found["a"].by_sector == {GOV: 4.5, SCI: 4.0}
    assert found["a"].balanced_score == pytest.approx(4.25)


def test_a_mean_of_three_exactly_counts_as_high() -> None:
    found = by_option(round_results(VoteMethod.SCORE, ["a"], [Sheet(scores={"a": (3, 3)})]))
    assert found["a"].quadrant is Quadrant.QUICK_WINS


def test_near_ties_of_means() -> None:
    sheets = [Sheet(scores={"a": (4, 4), "b": (4, 3), "c": (2, 2)}),
              Sheet(scores={"a": (4, 4), "b": (4, 5), "c": (2, 2)}),
              Sheet(scores={"a": (4, 4), "b": (5, 4), "c": (1, 2)})]
    found = by_option(round_results(VoteMethod.SCORE, ["a", "b", "c"], sheets))
    # a: 4.0; b: (13/3 + 4) / 2 = 4.1667: 0.17 apart, not near; c far below.
    assert not found["a"].near_tie and not found["b"].near_tie
    sheets[2] = Sheet(scores={"a": (4, 4), "b": (4, 4), "c": (1, 2)})
    found = by_option(round_results(VoteMethod.SCORE, ["a", "b", "c"], sheets))
    # b: (4 + 4) / 2 = 4.0 -> a tie with a.
    assert found["a"].tie and found["b"].tie


def test_the_balanced_score_weighs_every_sector_alike() -> None:
    # Four people from local government, one from business. Government
    # wants "a" (4 dots), business wants "b" (1 dot).
    sheets = [Sheet(GOV, votes={"a": 1})] * 4 + [Sheet(BIZ, votes={"b": 1})]
    found = by_option(round_results(VoteMethod.DOTS, ["a", "b"], sheets))
    assert (found["a"].score, found["b"].score) == (4, 1)
    # Per ballot each sector gave its option 1 point; times 5 ballots / 2 sectors.
    assert found["a"].balanced_score == pytest.approx(2.5)
    assert found["b"].balanced_score == pytest.approx(2.5)
    assert found["a"].by_sector == {GOV: 4, BIZ: 0}


def test_ballots_without_a_sector_form_their_own_group_and_tallies_count_their_voters() -> None:
    sheets = [Sheet(None, votes={"a": 6}, voters=3), Sheet(GOV, votes={"b": 1})]
    found = by_option(round_results(VoteMethod.DOTS, ["a", "b"], sheets))
    # None: 6 dots / 3 voters = 2 per ballot; GOV: 1 per ballot; x 4 voters / 2 groups.
    assert found["a"].balanced_score == pytest.approx(4.0)
    assert found["b"].balanced_score == pytest.approx(2.0)
    assert found["a"].by_sector == {None: 6, GOV: 0}


def test_agreed_and_divisive() -> None:
    options = ["a", "b", "c", "d", "e", "f"]
    gov = [Sheet(GOV, votes={"a": 2, "b": 1, "f": 1})] * 3
    sci = [Sheet(SCI, votes={"a": 2, "f": 1, "e": 1})] * 3
    biz = [Sheet(BIZ, votes={"b": 3})] * 2  # two ballots: too few to count as a sector voice
    found = by_option(round_results(VoteMethod.DOTS, options, gov + sci + biz))
    # "a" first in both counted sectors: agreed. "b" 2nd for government, last
    # for science (places 2 and 4 of 6 ... ) -> see below.
    assert found["a"].agreement is Agreement.AGREED
    assert found["a"].sector_places == {GOV: 1, SCI: 1}
    assert BIZ not in found["a"].sector_places
    # "b": government place 2, science place 4 (shared by the zero options b, c, d).
    assert found["b"].sector_places == {GOV: 2, SCI: 4}
    assert found["b"].agreement is None  # 2 apart: not half of the six options
    # "e": science 2nd, government 4th (0 dots) -> none; "f": 2 and 2 -> agreed.
    assert found["f"].agreement is Agreement.AGREED
    divisive = [Sheet(GOV, votes={"a": 3})] * 3 + [Sheet(SCI, votes={"b": 3})] * 3
    split = by_option(round_results(VoteMethod.DOTS, ["a", "b", "c", "d"], divisive))
    # a: place 1 for government, place 2 for science only because it shares
    # the place of the options science gave nothing: not agreed.
    assert split["a"].sector_places == {GOV: 1, SCI: 2}
    assert split["a"].agreement is None
    many = ["a", "b", "c", "d", "e", "f", "g", "h"]
    gov2 = [Sheet(GOV, votes={"a": 3, "b": 2, "c": 1})] * 3
    sci2 = [Sheet(SCI, votes={"b": 3, "c": 2, "d": 2, "e": 1, "f": 1, "g": 1})] * 3
    wide = by_option(round_results(VoteMethod.DOTS, many, gov2 + sci2))
    # a: government 1st, science 7th (shared zero place) -> 6 apart of 8: divisive.
    assert wide["a"].sector_places == {GOV: 1, SCI: 7}
    assert wide["a"].agreement is Agreement.DIVISIVE
    assert wide["b"].agreement is Agreement.AGREED


def test_one_counted_sector_says_nothing_about_agreement() -> None:
    found = by_option(round_results(VoteMethod.DOTS, ["a", "b"], [Sheet(GOV, votes={"a": 1})] * 5))
    assert found["a"].agreement is None and found["a"].sector_places == {GOV: 1}


def test_results_do_not_depend_on_the_order_of_ballots() -> None:
    sheets = [Sheet(GOV, votes={"a": 2}), Sheet(SCI, votes={"b": 1, "c": 1}),
              Sheet(RES, votes={"c": 2}), Sheet(GOV, votes={"b": 2})]
    first = round_results(VoteMethod.DOTS, ["a", "b", "c"], sheets)
    assert round_results(VoteMethod.DOTS, ["a", "b", "c"], list(reversed(sheets))) == first


@pytest.mark.parametrize(("high", "low"), [(3.4, 3.3), (3.3, 3.2)])
def test_means_exactly_the_near_tie_margin_apart_are_a_near_tie(high: float, low: float) -> None:
    def marks(mean: float) -> list[int]:  # ten marks of 3 and 4 with this mean
        fours = round((mean - 3) * 10)
        return [4] * fours + [3] * (10 - fours)

    a, b = marks(high), marks(low)
    sheets = [Sheet(scores={"a": (a[i], a[i]), "b": (b[i], b[i]), "c": (1, 1)})
              for i in range(10)]
    found = by_option(round_results(VoteMethod.SCORE, ["a", "b", "c"], sheets))
    assert (found["a"].score, found["b"].score) == (pytest.approx(high), pytest.approx(low))
    assert found["a"].near_tie and found["b"].near_tie and not found["c"].near_tie


def test_ballots_without_a_sector_are_no_sectors_voice_in_agreement() -> None:
    # Three from local government and a paper tally of three people whose
    # sector nobody noted: one sector has spoken, so nothing is "agreed".
    sheets = [Sheet(GOV, votes={"a": 1})] * 3 + [Sheet(None, votes={"a": 3}, voters=3)]
    found = by_option(round_results(VoteMethod.DOTS, ["a", "b", "c"], sheets))
    assert found["a"].sector_places == {GOV: 1}
    assert found["a"].agreement is None
    assert found["a"].by_sector == {GOV: 3, None: 3}  # still counted, and shown apart
    # In the balanced score they are one more group: 1 per ballot each, x 6 / 2.
    assert found["a"].balanced_score == pytest.approx(6.0)
    unknown = Sheet(None, votes=dict.fromkeys("bcdefg", 1), voters=3)  # "a" 7th of 8 there
    split = by_option(round_results(VoteMethod.DOTS, list("abcdefgh"),
                                    [Sheet(GOV, votes={"a": 3})] * 3 + [unknown]))
    assert split["a"].agreement is None  # nor "divisive" against no sector
