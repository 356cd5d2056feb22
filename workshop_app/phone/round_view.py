"""What a phone is told about the round it votes in (read on the writer's thread).

Only what a voter needs: the round's title, method and limits, the options'
titles in a fresh random order for this phone, the sectors, and the roster's
names when the workshop is not anonymous. Never ballots, counts or results.
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


def round_view(service: WorkshopService, round_id: str) -> dict[str, Any]:
    voting_round = service.find(VotingRound, round_id)
    if voting_round is None or voting_round.deleted_at is not None:
        return {"open": False, "title": "", "method": VoteMethod.DOTS.value, "options": []}
    titles: dict[str, str]
    if voting_round.target is VoteTarget.CLUSTERS:
        titles = {c.id: c.name for c in service.find_many(Cluster, voting_round.options).values()
                  if c.deleted_at is None}
    else:
        titles = {i.id: i.text for i in service.find_many(Idea, voting_round.options).values()
                  if i.deleted_at is None}
    order = shuffled([o for o in voting_round.options if o in titles])
    people = [] if service.workshop().anonymous else sorted(
        ({"id": p.id, "name": p.name, "sector": p.sector.value}
         for p in service.participants() if p.name),
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
    }
