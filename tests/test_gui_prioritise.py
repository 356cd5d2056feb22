"""The Prioritise panel's results table, on a round voted in a fresh workshop."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from workshop_app.models import Sector
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.ui.panels.prioritise import PrioritisePanel
from workshop_app.ui.session import WorkshopSession

pytestmark = pytest.mark.usefixtures("polish")


def test_ties_share_a_place_and_the_breakdown_adds_up_to_the_dots(
        qtbot: QtBot, service: WorkshopService) -> None:
    service.add_ideas(ideas=[NewIdea(t) for t in ("Kolej", "Kadry", "Zieleń")])
    names = ("Transport", "Edukacja", "Środowisko")
    clusters = {name: service.create_cluster(name=name, idea_ids=[idea.id]).created
                for name, idea in zip(names, service.ideas(), strict=True)}
    round_id = service.add_round(title="Runda 1", dots_per_voter=5, max_per_option=3).created
    assert round_id is not None
    service.open_round(round_id=round_id)
    service.cast_ballot(round_id=round_id, sector=Sector.BUSINESS,
                        votes={clusters["Transport"]: 2, clusters["Edukacja"]: 2})
    # Dots counted from stickers on paper: nobody knows the voters' sectors.
    service.cast_ballot(round_id=round_id, votes={clusters["Transport"]: 1, clusters["Środowisko"]: 3})
    panel = PrioritisePanel(WorkshopSession(service, service.store.path))
    qtbot.addWidget(panel)
    panel.refresh()
    model = panel.model
    rows = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
    assert sorted(rows[:2]) == [("1", "Transport", "3", "biznes 2, bez sektora 1"),
                                ("1", "Środowisko", "3", "bez sektora 3")]
    assert rows[2] == ("3", "Edukacja", "2", "biznes 2")
