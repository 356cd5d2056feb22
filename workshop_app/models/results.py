"""The results of a voting round: points, places, ties, sectors, agreement (pure).

One function, `round_results`, for the three ways of voting:

- **dots**: an option's score is its number of dots (walk-up ballots and
  paper tallies alike);
- **rank**: Borda points: a voter's first choice of their top N gets N
  points, the N-th gets 1, an option they did not rank 0;
- **score**: every voter rates every option 1–5 on two axes (impact and
  feasibility by default); an option's score is the mean of its two axis
  means, and its quadrant on the 2×2 matrix follows from the axis means.

Beside the raw score, never instead of it, a **sector-balanced score** that
gives every sector the same weight however many of its people voted. Ballots
without a sector (paper dots whose sector nobody noted) weigh in it as one
more group of their own, so their votes still count, but at that group's
weight, not at their number. Places are shared on exact ties (1, 2, 2, 4),
and close scores (compared rounded to `DECIMALS`) are marked as near ties.
With at least two sectors of at least `MIN_SECTOR_BALLOTS` ballots an option
is **agreed** (in every such sector's top third) or **divisive** (its places
in those sectors lie far apart); ballots without a sector are no sector's
voice there.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from workshop_app.models.entities import Sector, VoteMethod
from workshop_app.models.rules import competition_places

SCALE = (1, 5)
"""The marks of a score ballot."""
MIDPOINT = 3.0
"""An axis mean at or above this is high on the 2×2 matrix."""
MIN_SECTOR_BALLOTS = 3
"""A sector says whether an option is agreed or divisive from this many ballots."""
NEAR_TIE_SHARE = 0.05
"""Dots and Borda points closer than this share of the best score are a near tie..."""
NEAR_TIE_POINTS = 1.0
"""...or closer than one point, whichever is more."""
NEAR_TIE_MEAN = 0.1
"""Scores (means on the 1–5 scale) closer than this are a near tie."""
DECIMALS = 9
"""Scores are compared rounded, so that 0.1 + 0.2 ties with 0.3."""


class Agreement(enum.StrEnum):
    """What the sectors that voted enough say about an option together."""

    AGREED = "agreed"
    DIVISIVE = "divisive"


class Quadrant(enum.StrEnum):
    """Where a scored option falls on the impact × feasibility matrix."""

    QUICK_WINS = "quick_wins"  # high impact, high feasibility
    BIG_PROJECTS = "big_projects"  # high impact, low feasibility
    FILL_INS = "fill_ins"  # low impact, high feasibility
    THANKLESS = "thankless"  # low impact, low feasibility


@dataclass(frozen=True, slots=True)
class Sheet:
    """One ballot as the results see it.

    `votes`: option -> dots (dots ballots and tallies); `ranking`: the
    options in the voter's order, best first (rank); `scores`: option ->
    (axis 1, axis 2) marks (score). `voters` is how many people the ballot
    speaks for: 1, or a paper tally's number of voters.
    """

    sector: Sector | None = None
    votes: Mapping[str, int] = field(default_factory=dict)
    ranking: Sequence[str] = ()
    scores: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    voters: int = 1


@dataclass(frozen=True, slots=True)
class OptionResult:
    """One option's result. `by_sector` holds points (dots, rank) or mean
    scores (score) per sector, None for ballots without a sector;
    `sector_places` the option's place within each sector (never None) with
    at least `MIN_SECTOR_BALLOTS` ballots. `axis_means` and `quadrant` only for score."""

    option_id: str
    score: float
    place: int
    tie: bool
    near_tie: bool
    balanced_score: float
    by_sector: Mapping[Sector | None, float]
    sector_places: Mapping[Sector | None, int]
    agreement: Agreement | None
    axis_means: tuple[float, float] | None = None
    quadrant: Quadrant | None = None


def borda(ranking: Sequence[str], top_n: int) -> dict[str, int]:
    """Borda points of one ranking: the first of the top N gets N, the N-th 1."""
    return {option: top_n - position for position, option in enumerate(ranking[:top_n])}


def round_results(method: VoteMethod, options: Sequence[str], sheets: Sequence[Sheet],
                  top_n: int = 3) -> list[OptionResult]:
    """Every option's result, best first (ties in the order of `options`).

    Points on options outside `options` are ignored.
    """
    known = list(dict.fromkeys(options))
    voters: dict[Sector | None, int] = {}
    for sheet in sheets:
        voters[sheet.sector] = voters.get(sheet.sector, 0) + sheet.voters
    if method is VoteMethod.SCORE:
        scores, by_sector, balanced, axes = _scored(known, sheets)
    else:
        scores, by_sector, balanced = _pointed(method, known, sheets, voters, top_n)
        axes = {}
    order = sorted(known, key=lambda o: (-round(scores[o], DECIMALS), known.index(o)))
    places = dict(zip(order, competition_places([round(scores[o], DECIMALS) for o in order]),
                      strict=True))
    margin = (NEAR_TIE_MEAN if method is VoteMethod.SCORE else
              max(NEAR_TIE_POINTS, NEAR_TIE_SHARE * max(scores.values(), default=0.0)))
    sector_places = _sector_places(known, by_sector, voters)
    results = []
    for option in order:
        mine = round(scores[option], DECIMALS)
        others = [round(scores[o], DECIMALS) for o in known if o != option]
        tie = mine in others
        means = axes.get(option)
        results.append(OptionResult(
            option_id=option, score=scores[option], place=places[option], tie=tie,
            near_tie=not tie and any(round(abs(mine - other), DECIMALS) <= margin
                                     for other in others),
            balanced_score=balanced[option],
            by_sector={s: points[option] for s, points in by_sector.items()},
            sector_places={s: ranks[option] for s, ranks in sector_places.items()},
            agreement=_agreement(option, sector_places, by_sector, len(known)),
            axis_means=means, quadrant=_quadrant(means) if means is not None else None))
    return results


def _pointed(method: VoteMethod, options: list[str], sheets: Sequence[Sheet],
             voters: Mapping[Sector | None, int], top_n: int
             ) -> tuple[dict[str, float], dict[Sector | None, dict[str, float]], dict[str, float]]:
    """Dots or Borda points: totals, per sector, and sector-balanced."""
    totals = dict.fromkeys(options, 0.0)
    by_sector: dict[Sector | None, dict[str, float]] = {}
    for sheet in sheets:
        points = sheet.votes if method is VoteMethod.DOTS else borda(sheet.ranking, top_n)
        mine = by_sector.setdefault(sheet.sector, dict.fromkeys(options, 0.0))
        for option, value in points.items():
            if option in totals:
                totals[option] += value
                mine[option] += value
    # Each sector's points per ballot, times the ballots an average sector cast.
    everyone = sum(voters.values())
    weight = everyone / len(voters) if voters else 0.0
    balanced = {o: sum(points[o] / voters[s] for s, points in by_sector.items() if voters[s])
                * weight for o in options}
    return totals, by_sector, balanced


def _scored(options: list[str], sheets: Sequence[Sheet]
            ) -> tuple[dict[str, float], dict[Sector | None, dict[str, float]], dict[str, float],
                       dict[str, tuple[float, float]]]:
    """Score ballots: axis means, their mean, per sector, and sector-balanced."""
    axes = {o: _axis_means([s.scores[o] for s in sheets if o in s.scores]) for o in options}
    scores = {o: (a + b) / 2 for o, (a, b) in axes.items()}
    sectors = list(dict.fromkeys(s.sector for s in sheets))
    by_sector = {}
    for sector in sectors:
        mine = [s for s in sheets if s.sector == sector]
        by_sector[sector] = {o: sum(_axis_means([s.scores[o] for s in mine if o in s.scores]))
                             / 2 for o in options}
    # For means, balancing is the mean of the sectors' means.
    balanced = {o: (sum(points[o] for points in by_sector.values()) / len(by_sector)
                    if by_sector else 0.0) for o in options}
    return scores, by_sector, balanced, axes


def _axis_means(marks: Sequence[tuple[int, int]]) -> tuple[float, float]:
    if not marks:
        return 0.0, 0.0
    return (sum(m[0] for m in marks) / len(marks), sum(m[1] for m in marks) / len(marks))


def _sector_places(options: list[str], by_sector: Mapping[Sector | None, Mapping[str, float]],
                   voters: Mapping[Sector | None, int]) -> dict[Sector | None, dict[str, int]]:
    """Each option's place within each sector that cast enough ballots
    (ballots without a sector are not a sector)."""
    found: dict[Sector | None, dict[str, int]] = {}
    for sector, points in by_sector.items():
        if sector is None or voters.get(sector, 0) < MIN_SECTOR_BALLOTS:
            continue
        order = sorted(options, key=lambda o: (-round(points[o], DECIMALS), options.index(o)))
        found[sector] = dict(zip(order, competition_places(
            [round(points[o], DECIMALS) for o in order]), strict=True))
    return found


def _agreement(option: str, sector_places: Mapping[Sector | None, Mapping[str, int]],
               by_sector: Mapping[Sector | None, Mapping[str, float]], count: int
               ) -> Agreement | None:
    """Agreed: in every qualifying sector's top third, with points from each
    (a place shared by options nobody chose is no choice); divisive: places
    at least half the options apart. Needs two qualifying sectors."""
    places = [ranks[option] for ranks in sector_places.values()]
    if len(places) < 2:
        return None
    chosen = all(by_sector[sector][option] > 0 for sector in sector_places)
    if chosen and max(places) <= math.ceil(count / 3):
        return Agreement.AGREED
    if max(places) - min(places) >= max(2, count / 2):
        return Agreement.DIVISIVE
    return None


def _quadrant(means: tuple[float, float]) -> Quadrant:
    impact, feasibility = (m >= MIDPOINT for m in means)
    if impact:
        return Quadrant.QUICK_WINS if feasibility else Quadrant.BIG_PROJECTS
    return Quadrant.FILL_INS if feasibility else Quadrant.THANKLESS
