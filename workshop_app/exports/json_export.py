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
from workshop_app.models import tally_dots
from workshop_app.models.ids import now_iso
from workshop_app.services import WorkshopService

FORMAT = "razem-workshop"
SCHEMA_VERSION = 1


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
    rounds = []
    for voting_round in service.rounds():
        ballots = service.ballots(voting_round.id)
        tally = tally_dots(ballots, [o for b in ballots for o in b.votes])
        rounds.append({
            **_plain(voting_round),
            "ballots": [_plain(b, drop=("round_id",)) for b in ballots],
            "totals": [{"place": place, "option_id": option, "points": points}
                       for place, option, points in tally.standings()],
        })
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
    }


def export_json(service: WorkshopService, target: Path, *, include_names: bool = False) -> None:
    """Write the JSON export to `target` atomically (temp file, then rename);
    `OutputRefused` for a target that is, or belongs to, a workshop."""
    check_target(target, inputs=[service.store.path])
    write_json(target, workshop_document(service, include_names=include_names),
               inputs=[service.store.path])
