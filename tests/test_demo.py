"""The built-in demo: a fresh, independent copy every time; the shipped data never changes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from workshop_app.models import RoundStatus, Sector, VoteMethod
from workshop_app.models.results import Agreement
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.services.demo import demo_data, write_demo
from workshop_app.storage import FileProblem, WorkshopFileError, WorkshopStore

SHIPPED = resources.files("workshop_app") / "resources" / "demo" / "demo_workshop.json"


def shipped_hash() -> str:
    return hashlib.sha256(SHIPPED.read_bytes()).hexdigest()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[WorkshopService]:
    path = tmp_path / "demo.razem"
    write_demo(path)
    with WorkshopStore.open(path) as store:
        yield WorkshopService(store)


def test_demo_is_a_full_workshop(demo: WorkshopService) -> None:
    ideas = demo.ideas()
    assert 35 <= len(ideas) <= 50
    assert {i.sector for i in ideas} == set(Sector)
    clusters = demo.clusters()
    assert len(clusters) >= 4
    in_clusters = {i.cluster_id for i in ideas} - {None}
    assert in_clusters == {c.id for c in clusters}
    assert any(i.cluster_id is None for i in ideas)  # something left to place
    closed = [r for r in demo.rounds() if r.status is RoundStatus.CLOSED]
    assert sorted(r.method for r in closed) == sorted(VoteMethod)
    assert all(len(demo.ballots(r.id)) >= 5 for r in closed)
    assert len(demo.agenda()) >= 3
    assert {a.cluster_id for a in demo.agenda()} <= {c.id for c in clusters}
    assert demo.workshop().title == demo_data()["workshop"]["title"]


def test_demo_ideas_keep_their_writing_times(demo: WorkshopService) -> None:
    stamps = [i.created_at for i in demo.ideas()]
    assert len(set(stamps)) > 1
    assert all(s.startswith(demo_data()["workshop"]["date"]) for s in stamps)


def test_two_demos_are_independent_files(tmp_path: Path) -> None:
    first, second = tmp_path / "pierwsza.razem", tmp_path / "druga.razem"
    write_demo(first)
    write_demo(second)
    second_before = file_hash(second)

    with WorkshopStore.open(first) as store:
        service = WorkshopService(store)
        first_workshop = service.workshop().id
        first_ideas = {i.id for i in service.ideas()}
        service.add_idea(idea=NewIdea(text="Tylko w pierwszej kopii"))
        service.delete_ideas(idea_ids=[service.ideas()[0].id])

    assert file_hash(second) == second_before
    with WorkshopStore.open(second) as store:
        service = WorkshopService(store)
        assert service.workshop().id != first_workshop
        assert not first_ideas & {i.id for i in service.ideas()}
        assert "Tylko w pierwszej kopii" not in {i.text for i in service.ideas()}
        assert len(service.ideas()) == len(demo_data()["ideas"])


def test_shipped_demo_data_is_never_modified(tmp_path: Path) -> None:
    before = shipped_hash()
    path = tmp_path / "demo.razem"
    write_demo(path)
    with WorkshopStore.open(path) as store:
        service = WorkshopService(store)
        for idea in service.ideas()[:5]:
            service.edit_idea(idea_id=idea.id, text="Zmienione w kopii")
        service.ungroup_cluster(cluster_id=service.clusters()[0].id)
    write_demo(tmp_path / "kolejne.razem")
    assert shipped_hash() == before


def test_demo_is_not_written_over_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "zajęte.razem"
    write_demo(path)
    with WorkshopStore.open(path) as store:
        WorkshopService(store).add_idea(idea=NewIdea(text="Praca moderatora"))
    before = file_hash(path)

    with pytest.raises(WorkshopFileError) as info:
        write_demo(path)

    assert info.value.problem is FileProblem.ALREADY_EXISTS
    assert file_hash(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_demo_that_fails_halfway_leaves_nothing_and_can_be_retried(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.services import demo

    target = tmp_path / "demo.razem"
    real_fill = demo._fill

    def fail_after_the_people(service: WorkshopService, data: dict[str, Any]) -> None:
        data = {**data, "ideas": [{"bad": "row"}]}  # the ideas cannot be read
        real_fill(service, data)

    monkeypatch.setattr(demo, "_fill", fail_after_the_people)
    with pytest.raises(KeyError):
        demo.write_demo(target)
    assert list(tmp_path.iterdir()) == []  # no half-made workshop blocks the retry
    monkeypatch.setattr(demo, "_fill", real_fill)
    demo.write_demo(target)
    with WorkshopStore.open(target) as store:
        assert len(WorkshopService(store).ideas()) == 42


def test_every_closed_round_has_every_sector_a_tie_and_a_divisive_option(demo: WorkshopService) -> None:
    closed = [r for r in demo.rounds() if r.status is RoundStatus.CLOSED]
    for voting_round in closed:
        assert {b.sector for b in demo.ballots(voting_round.id)} == set(Sector), voting_round.title
        results = demo.results(voting_round.id)
        assert any(r.tie for r in results), voting_round.title
        assert any(r.agreement is Agreement.DIVISIVE for r in results), voting_round.title
    score = next(r for r in closed if r.method is VoteMethod.SCORE)
    assert score.axes == ("Wpływ", "Wykonalność")
    assert len({r.quadrant for r in demo.results(score.id)}) >= 2
    assert next(r for r in closed if r.method is VoteMethod.RANK).top_n == 3


def test_one_round_waits_as_a_draft_and_the_first_round_is_still_the_latest(
        demo: WorkshopService) -> None:
    [draft] = [r for r in demo.rounds() if r.status is RoundStatus.DRAFT]
    assert draft.opened_at is None and not demo.ballots(draft.id)
    # The Prioritise panel shows the latest round: the demo's first dots round, unchanged.
    [first] = [r for r in demo_data()["rounds"] if r["key"] == "r1"]
    latest = demo.rounds()[-1]
    assert (latest.title, latest.method, latest.status) == (
        first["title"], VoteMethod.DOTS, RoundStatus.CLOSED)
    assert len(demo.ballots(latest.id)) == len(first["ballots"])
