"""What a phone is told about the round it votes in (read on the writer's thread).

Only what a voter needs: the round's title, method and limits, the options'
titles in a fresh random order for this phone, the sectors, and the roster's
names when the workshop is not anonymous. Never ballots or counts; results
only as the shared screen shows them, and only once the moderator reveals
them there (`revealed_results`).
"""

from __future__ import annotations

from typing import Any

from workshop_app.models import (
    Cluster,
    Idea,
    RoundStatus,
    Sector,
    VoteMethod,
    VoteTarget,
    VotingRound,
)
from workshop_app.models.ballot_draft import shuffled
from workshop_app.services import WorkshopService


def _titles(service: WorkshopService, voting_round: VotingRound) -> dict[str, str]:
    """The live options' titles, by id."""
    if voting_round.target is VoteTarget.CLUSTERS:
        return {c.id: c.name for c in service.find_many(Cluster, voting_round.options).values()
                if c.deleted_at is None}
    return {i.id: i.text for i in service.find_many(Idea, voting_round.options).values()
            if i.deleted_at is None}


def revealed_results(service: WorkshopService, round_id: str) -> list[dict[str, Any]]:
    """What the shared screen shows once the moderator reveals the results:
    each option's place (shared on a tie), title and score, best first; an
    exact tie ("= ex aequo") and a near one ("≈ near tie") told apart as
    the shared screen tells them."""
    voting_round = service.get(VotingRound, round_id)
    titles = _titles(service, voting_round)
    return [{"place": r.place, "title": titles.get(r.option_id, "?"),
             "score": int(r.score) if float(r.score).is_integer() else round(r.score, 2),
             "tie": r.tie, "near_tie": r.near_tie}
            for r in service.results(round_id)]


def round_view(service: WorkshopService, round_id: str,
               device: str | None = None) -> dict[str, Any]:
    """The round for one phone (`device`, a token's digest): the roster's
    names leave out people who voted in this round already, except the one
    this phone voted as (it may send again); `mine` is this phone's live
    ballot (what it sent: the page shows it again after a reload), or None."""
    voting_round = service.find(VotingRound, round_id)
    if voting_round is None or voting_round.deleted_at is not None:
        return {"open": False, "title": "", "method": VoteMethod.DOTS.value, "options": []}
    titles = _titles(service, voting_round)
    order = shuffled([o for o in voting_round.options if o in titles])
    ballots = service.ballots(round_id)
    voted = {b.participant_id for b in ballots if device is None or b.device != device}
    mine = next((b for b in ballots if device is not None and b.device == device), None)
    people = [] if service.workshop().anonymous else sorted(
        ({"id": p.id, "name": p.name, "sector": p.sector.value}
         for p in service.participants() if p.name and p.id not in voted),
        key=lambda p: p["name"].casefold())
    return {
        "open": voting_round.status is RoundStatus.OPEN,
        "title": voting_round.title,
        "method": voting_round.method.value,
        "dots": voting_round.dots_per_voter,
        "cap": voting_round.max_per_option if voting_round.allow_stacking else 1,
        "top": min(voting_round.top_n, len(order)),
        "axes": list(voting_round.axes),
        "options": [{"id": o, "title": titles[o]} for o in order],
        "sectors": [s.value for s in Sector],
        "people": people,
        "mine": None if mine is None else {
            "votes": dict(mine.votes), "scores": {o: list(m) for o, m in mine.scores.items()},
            "ranking": list(mine.ranking), "participant": mine.participant_id,
            "sector": mine.sector.value if mine.sector is not None else None},
    }
