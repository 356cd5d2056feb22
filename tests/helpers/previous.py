"""Last year's workshop for the carry-over tests: four groups of ideas, a
closed dot vote with ballots from four sectors, a draft round, and one agenda
item drafted from the winning group."""

from __future__ import annotations

from pathlib import Path

from workshop_app.models import AgendaFormat, Sector, VoteMethod, VoteTarget, Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, NewParticipant, WorkshopService
from workshop_app.storage import WorkshopStore

CLUSTERS = {
    "kadry": ("Kadry dla przemysłu", ["Staże w firmach dla studentów", "Szkoły branżowe z pracodawcami"]),
    "transport": ("Transport publiczny", ["Wspólny bilet w metropolii", "Nocne autobusy",
                                          "Parkingi P&R przy kolei"]),
    "energia": ("Zielona energia", ["Fotowoltaika na szkołach"]),
    "turystyka": ("Turystyka <b>& kultura</b>", ["Szlak zamków"]),
}
# Each voter's dots: kadry 16 (1st), transport 14 (2nd), energia 5 (3rd), turystyka 0.
BALLOTS = [
    (Sector.LOCAL_GOVERNMENT, {"kadry": 3, "transport": 2}),
    (Sector.LOCAL_GOVERNMENT, {"kadry": 3, "transport": 2}),
    (Sector.ACADEMIA, {"kadry": 2, "transport": 3}),
    (Sector.ACADEMIA, {"kadry": 3, "transport": 2}),
    (Sector.BUSINESS, {"kadry": 3, "transport": 1, "energia": 1}),
    (Sector.BUSINESS, {"kadry": 2, "transport": 2, "energia": 1}),
    (Sector.NGO, {"transport": 2, "energia": 3}),
]
AGENDA_TITLE = "Panel: kadry dla przemysłu"


def write_last_year(path: Path) -> dict[str, str]:
    """Write last year's workshop to `path`; the ids of its clusters by key."""
    store = WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Forum 2026"))
    service = WorkshopService(store)
    try:
        service.update_workshop(date="2026-10-14")
        clusters = {}
        for key, (name, ideas) in CLUSTERS.items():
            made = service.create_cluster(name=name).created
            assert made is not None
            clusters[key] = made
            service.add_ideas(ideas=[NewIdea(text, cluster_id=made) for text in ideas])
        round_id = service.add_round(title="Głosowanie kropkami", target=VoteTarget.CLUSTERS,
                                     method=VoteMethod.DOTS, dots_per_voter=5,
                                     max_per_option=3).created
        assert round_id is not None
        service.open_round(round_id=round_id)
        for sector, votes in BALLOTS:
            voter = service.add_participant(participant=NewParticipant(sector=sector)).created
            service.cast_ballot(round_id=round_id, participant_id=voter,
                                votes={clusters[k]: v for k, v in votes.items()})
        service.close_round(round_id=round_id)
        service.add_round(title="Druga runda (szkic)", target=VoteTarget.CLUSTERS)
        service.add_agenda_item(
            title=AGENDA_TITLE, rationale="Firmy szukają ludzi.", cluster_id=clusters["kadry"],
            format=AgendaFormat.WORKSHOP, duration_minutes=90, lead="Izba Gospodarcza",
            speakers="Anna Nowak; Jan Kowalski", slot="2027-05-20T10:00", track="Sala A")
    finally:
        store.close()
    return clusters
