"""The built-in demo workshop, built from `resources/demo/demo_workshop.json`.

The shipped JSON is read-only package data; every call writes a fresh file,
so the demo itself can never be modified.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from workshop_app.models import PhaseKind, Sector, Workshop
from workshop_app.models.ids import new_id
from workshop_app.services.specs import FrameDay, NewIdea, NewParticipant, PhasePlan
from workshop_app.services.workshop_service import WorkshopService
from workshop_app.storage import WorkshopStore

# The demo took place in October in Poland (CEST).
_LOCAL = timezone(timedelta(hours=2))
_GATHER_START = (9, 30)


def demo_data() -> dict[str, Any]:
    source = resources.files("workshop_app") / "resources" / "demo" / "demo_workshop.json"
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


def write_demo(path: Path | str) -> None:
    """Write a new copy of the demo workshop to `path` (which must not exist)."""
    data = demo_data()
    info = data["workshop"]
    workshop = Workshop(id=new_id(), title=info["title"])
    WorkshopStore.create(path, workshop=workshop,
                         fill=lambda store: _fill(WorkshopService(store), data)).close()


def _add_round(service: WorkshopService, spec: dict[str, Any], people: dict[str, str | None],
               clusters: dict[str, str]) -> None:
    """One round of the demo (on clusters), with its ballots: `votes` (dots),
    `scores` (score) or `ranking` (rank); a draft stays unopened."""
    settings = {key: spec[key] for key in ("dots_per_voter", "max_per_option", "axes", "top_n")
                if key in spec}
    round_id = service.add_round(
        title=spec["title"], target=spec["target"], method=spec["method"],
        options=[clusters[k] for k in spec.get("options", ())], **settings).created
    assert round_id is not None
    if spec["status"] == "draft":
        return
    service.open_round(round_id=round_id)
    for ballot in spec["ballots"]:
        content: dict[str, Any] = {}
        if "votes" in ballot:
            content["votes"] = {clusters[k]: v for k, v in ballot["votes"].items()}
        if "scores" in ballot:
            content["scores"] = {clusters[k]: v for k, v in ballot["scores"].items()}
        if "ranking" in ballot:
            content["ranking"] = [clusters[k] for k in ballot["ranking"]]
        service.cast_ballot(round_id=round_id, participant_id=people[ballot["participant"]],
                            **content)
    if spec["status"] == "closed":
        service.close_round(round_id=round_id)


def _fill(service: WorkshopService, data: dict[str, Any]) -> None:
    info = data["workshop"]
    service.update_workshop(
        date=info["date"], place=info["place"], theme=info["theme"],
        moderators=info["moderators"], anonymous=info["anonymous"],
    )
    people = {p["key"]: service.add_participant(participant=NewParticipant(
        sector=Sector(p["sector"]), name=p["name"], organisation=p["organisation"],
        municipality=p["municipality"])).created for p in data["participants"]}
    objectives = {o["key"]: service.add_objective(title=o["title"], code=o["code"]).created
                  for o in data["objectives"]}
    service.set_phases(phases=[PhasePlan(PhaseKind(p["kind"]), p["title"], p["planned_minutes"])
                               for p in data["phases"]])
    clusters: dict[str, str] = {}
    for spec in data["clusters"]:
        made = service.create_cluster(name=spec["name"]).created
        assert made is not None
        clusters[spec["key"]] = made
    start = datetime.fromisoformat(info["date"]).replace(
        hour=_GATHER_START[0], minute=_GATHER_START[1], tzinfo=_LOCAL)
    service.add_ideas(ideas=[NewIdea(
        text=i["text"], sector=Sector(i["sector"]) if i["sector"] else None,
        participant_id=people.get(i["participant"]),
        table_label=i["table"], cluster_id=clusters.get(i["cluster"]),
        objective_id=objectives.get(i["objective"]),
        written_at=(start + timedelta(minutes=i["minute"])).astimezone(UTC)
        .isoformat(timespec="microseconds"),
    ) for i in data["ideas"]])
    for spec in data["rounds"]:
        _add_round(service, spec, people, clusters)
    for item in data["agenda"]:
        service.add_agenda_item(
            title=item["title"], rationale=item["rationale"], cluster_id=clusters[item["cluster"]],
            format=item["format"], duration_minutes=item["duration_minutes"],
            slot=item["slot"], track=item["track"], lead=item.get("lead", ""),
            speakers=item.get("speakers", ""))
    forum = data.get("forum")
    if forum:
        service.set_frame(days=[FrameDay(date=d["date"], start=d["start"], finish=d["finish"],
                                         breaks=tuple(d["breaks"]), lunch=d["lunch"])
                                for d in forum["days"]], rooms=forum["rooms"])
    service.set_current_phase(phase=PhaseKind(info["current_phase"]))
    # The demo opens as it was written, not as a history of how it was built.
    service.forget_undo_history()
