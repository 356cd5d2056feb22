"""The JSON export: every piece of data in a workshop, in a versioned schema.

The schema is documented in `docs/json-export.md`; bump `SCHEMA_VERSION` on
any change that is not purely additive.
"""

from __future__ import annotations

import dataclasses
import enum
from pathlib import Path
from typing import Any

from workshop_app import __version__
from workshop_app.exports.output import check_target, write_json
from workshop_app.models import Ballot, Cluster, Idea, VoteMethod, VoteTarget, VotingRound
from workshop_app.models.ids import now_iso
from workshop_app.models.results import OptionResult
from workshop_app.services import WorkshopService

FORMAT = "razem-workshop"
ROUND_FORMAT = "razem-round"
SCHEMA_VERSION = 2
"""2: rounds of every method, ballots of every kind, `results` instead of `totals`."""

UNKNOWN_SECTOR = "unknown"
"""The `by_sector` key of ballots without a sector."""


def _plain(entity: Any, *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(entity):
        if f.name in drop:
            continue
        value = getattr(entity, f.name)
        if isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


def workshop_document(service: WorkshopService, *, include_names: bool = False) -> dict[str, Any]:
    """The whole workshop as JSON-ready data (ideas include deleted ones).

    In an anonymous workshop the participants' names are left out (empty)
    unless `include_names` asks for them (the organisers' own archive).
    """
    workshop = service.workshop()
    hide = workshop.anonymous and not include_names
    rounds = [round_document(service, r) for r in service.rounds()]
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": now_iso(),
        "app_version": __version__,
        "workshop": _plain(workshop),
        "participants": [{**_plain(p), "name": ""} if hide else _plain(p)
                         for p in service.participants()],
        "objectives": [_plain(o) for o in service.objectives()],
        "phases": [_plain(p) for p in service.phases()],
        "clusters": [_plain(c) for c in service.clusters()],
        "ideas": [_plain(i) for i in service.ideas(include_deleted=True)],
        "rounds": rounds,
        "agenda": [_plain(a) for a in service.agenda()],
        "forum_days": [_plain(d) for d in service.forum_days()],
    }


def round_document(service: WorkshopService, voting_round: VotingRound) -> dict[str, Any]:
    """One round: its settings (those of its method), its ballots (discarded
    ones left out) and its results, best first."""
    method = voting_round.method
    settings: dict[str, Any]
    if method is VoteMethod.DOTS:
        settings = {"dots_per_voter": voting_round.dots_per_voter,
                    "max_per_option": voting_round.max_per_option,
                    "allow_stacking": voting_round.allow_stacking}
    elif method is VoteMethod.SCORE:
        settings = {"axes": list(voting_round.axes)}
    else:
        settings = {"top_n": voting_round.top_n}
    return {
        "id": voting_round.id, "title": voting_round.title, "target": voting_round.target.value,
        "method": method.value, "status": voting_round.status.value,
        "options": list(voting_round.options), **settings,
        "opened_at": voting_round.opened_at, "closed_at": voting_round.closed_at,
        "reopened_at": list(voting_round.reopened_at),
        "created_at": voting_round.created_at, "updated_at": voting_round.updated_at,
        "ballots": [_ballot(voting_round, b) for b in service.ballots(voting_round.id)],
        "results": [_result(service, voting_round, r) for r in service.results(voting_round.id)],
    }


def _ballot(voting_round: VotingRound, ballot: Ballot) -> dict[str, Any]:
    content: dict[str, Any]
    if voting_round.method is VoteMethod.SCORE:
        content = {"scores": {option: dict(zip(voting_round.axes, marks, strict=True))
                              for option, marks in ballot.scores.items()}}
    elif voting_round.method is VoteMethod.RANK:
        content = {"order": list(ballot.ranking)}
    else:
        content = {"votes": dict(ballot.votes)}
    return {
        "id": ballot.id, "kind": ballot.kind.value,
        "sector": ballot.sector.value if ballot.sector else None,
        "participant_id": ballot.participant_id, "voters": ballot.voters,
        "shown": list(ballot.shown), **content,
        "created_at": ballot.created_at, "updated_at": ballot.updated_at,
    }


def _result(service: WorkshopService, voting_round: VotingRound, result: OptionResult
            ) -> dict[str, Any]:
    def number(value: float) -> float | int:
        # Dots and Borda points are whole; means are not.
        return round(value, 6) if voting_round.method is VoteMethod.SCORE else round(value)

    entry: dict[str, Any] = {
        "option_id": result.option_id, "title": option_title(service, voting_round, result.option_id),
        "score": number(result.score), "rank": result.place, "tie": result.tie,
        "near_tie": result.near_tie, "balanced_score": round(result.balanced_score, 6),
        "by_sector": {(sector.value if sector else UNKNOWN_SECTOR): number(points)
                      for sector, points in result.by_sector.items()},
        "agreement": result.agreement.value if result.agreement else None,
    }
    if voting_round.method is VoteMethod.SCORE:
        means = result.axis_means or ()
        entry["axis_means"] = {axis: round(mean, 6)
                               for axis, mean in zip(voting_round.axes, means, strict=True)}
        entry["quadrant"] = result.quadrant.value if result.quadrant else None
    return entry


def option_title(service: WorkshopService, voting_round: VotingRound, option_id: str) -> str:
    """What an option is called: its cluster's name or its idea's text (also
    when deleted since the vote), "" when it is gone altogether."""
    if voting_round.target is VoteTarget.CLUSTERS:
        cluster = service.find(Cluster, option_id)
        return cluster.name if cluster else ""
    idea = service.find(Idea, option_id)
    return idea.text if idea else ""


def export_round(service: WorkshopService, voting_round: VotingRound, target: Path) -> None:
    """Write one round and its results as JSON to `target`, as `export_json` writes."""
    workshop = service.workshop()
    document = {
        "format": ROUND_FORMAT, "schema_version": SCHEMA_VERSION, "exported_at": now_iso(),
        "app_version": __version__, "workshop": {"id": workshop.id, "title": workshop.title},
        "round": round_document(service, voting_round),
    }
    check_target(target, inputs=[service.store.path])
    write_json(target, document, inputs=[service.store.path])


def export_json(service: WorkshopService, target: Path, *, include_names: bool = False) -> None:
    """Write the JSON export to `target` atomically (temp file, then rename);
    `OutputRefused` for a target that is, or belongs to, a workshop."""
    check_target(target, inputs=[service.store.path])
    write_json(target, workshop_document(service, include_names=include_names),
               inputs=[service.store.path])
