"""ClusterActions on a real workshop file: each action is one undo step, undo
and redo put back exactly what was there, and everything survives closing and
reopening the file."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from workshop_app.messages import refusal
from workshop_app.models import Cluster
from workshop_app.services import NewIdea, RefusalReason, Refused, WorkshopService
from workshop_app.storage import WorkshopStore
from workshop_app.ui.cluster_actions import ClusterActions
from workshop_app.ui.session import WorkshopSession

State = tuple[dict[str, str], dict[str, tuple[Any, ...]]]


@pytest.fixture
def session(qapp: object, service: WorkshopService) -> WorkshopSession:
    return WorkshopSession(service, service.store.path)


@pytest.fixture
def actions(session: WorkshopSession) -> ClusterActions:
    return ClusterActions(session)


@pytest.fixture
def ids(service: WorkshopService) -> list[str]:
    """Six unplaced ideas, in the order they were written."""
    service.add_ideas(ideas=[NewIdea(text) for text in (
        "Ścieżka rowerowa wzdłuż rzeki", "Więcej zieleni w centrum", "Bilet metropolitalny",
        "Parking przy dworcu", "Staże dla studentów", "Inkubator dla firm")])
    return [idea.id for idea in service.ideas()]


def state(service: WorkshopService) -> State:
    """Live clusters (id -> name) and every live idea's placement."""
    return ({c.id: c.name for c in service.clusters()},
            {i.id: (i.cluster_id, i.duplicate_of, i.x, i.y) for i in service.ideas()})


def reopened(service: WorkshopService) -> State:
    """Close the file and read it back through a fresh store."""
    path = service.store.path
    service.store.close()
    with WorkshopStore.open(path) as store:
        return state(WorkshopService(store))


def members(service: WorkshopService, cluster_id: str | None) -> list[str]:
    return [i.id for i in service.ideas() if i.cluster_id == cluster_id]


def test_group_undo_redo_restores_the_same_cluster(session: WorkshopSession, actions: ClusterActions,
                                                   service: WorkshopService, ids: list[str]) -> None:
    before = state(service)
    cluster_id = actions.group(ids[:3], name="Zieleń i rowery")
    assert cluster_id is not None
    grouped = state(service)
    assert grouped[0] == {cluster_id: "Zieleń i rowery"}
    assert members(service, cluster_id) == ids[:3]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert state(service) == before
    session.undo_stack.redo()
    assert state(service) == grouped
    assert reopened(service) == grouped


def test_group_without_a_name_uses_the_proposed_one(actions: ClusterActions, service: WorkshopService,
                                                    ids: list[str]) -> None:
    actions.group(ids[:1], name="Pierwsza")
    proposed = actions.default_name(ids[1:2])
    second = actions.group(ids[1:2])
    assert second is not None
    assert service.get(Cluster, second).name == proposed != ""


def test_drop_into_a_cluster_with_positions(session: WorkshopSession, actions: ClusterActions,
                                            service: WorkshopService, ids: list[str]) -> None:
    cluster_id = actions.group(ids[:2], name="Transport")
    before = state(service)
    actions.drop({ids[3]: (10.0, 20.0), ids[4]: (30.5, 40.0)}, cluster_id)
    after = state(service)
    assert after[1][ids[3]] == (cluster_id, None, 10.0, 20.0)
    assert after[1][ids[4]] == (cluster_id, None, 30.5, 40.0)
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert state(service) == before
    session.undo_stack.redo()
    assert state(service) == after
    assert reopened(service) == after


def test_drop_out_of_a_cluster_keeps_the_cluster(session: WorkshopSession, actions: ClusterActions,
                                                 service: WorkshopService, ids: list[str]) -> None:
    cluster_id = actions.group(ids[:3], name="Transport")
    before = state(service)
    actions.drop({ids[0]: (500.0, 600.0)}, None)
    after = state(service)
    assert after[1][ids[0]] == (None, None, 500.0, 600.0)
    assert after[0] == {cluster_id: "Transport"}
    session.undo_stack.undo()
    assert state(service) == before
    session.undo_stack.redo()
    assert reopened(service) == after


def test_drop_without_a_cluster_only_moves_notes(session: WorkshopSession, actions: ClusterActions,
                                                 service: WorkshopService, ids: list[str]) -> None:
    cluster_id = actions.group(ids[:2], name="Transport")
    actions.drop({ids[0]: (1.0, 2.0), ids[5]: (3.0, 4.0)})
    assert state(service)[1][ids[0]] == (cluster_id, None, 1.0, 2.0)
    assert state(service)[1][ids[5]] == (None, None, 3.0, 4.0)
    session.undo_stack.undo()
    assert state(service)[1][ids[0]] == (cluster_id, None, None, None)
    assert reopened(service)[1][ids[5]] == (None, None, None, None)


def test_move_to_cluster_and_out_again(session: WorkshopSession, actions: ClusterActions,
                                       service: WorkshopService, ids: list[str]) -> None:
    cluster_id = actions.group(ids[:2], name="Transport")
    actions.move_to_cluster(ids[4:], cluster_id)
    assert members(service, cluster_id) == [*ids[:2], *ids[4:]]
    session.undo_stack.undo()
    assert members(service, cluster_id) == ids[:2]
    session.undo_stack.redo()
    assert reopened(service)[1][ids[5]][0] == cluster_id


@pytest.mark.parametrize("destination", ["other", None])
def test_undoing_a_move_keeps_the_cluster_the_ideas_came_from(
        session: WorkshopSession, actions: ClusterActions, service: WorkshopService,
        ids: list[str], destination: str | None) -> None:
    source = actions.group(ids[:2], name="Transport")
    other = actions.group(ids[2:3], name="Zieleń")
    before = state(service)
    actions.move_to_cluster(ids[:1], other if destination else None)
    session.undo_stack.undo()
    assert state(service) == before
    assert source in {c.id for c in service.clusters()}


def test_merge_then_undo_restores_both_clusters(session: WorkshopSession, actions: ClusterActions,
                                                service: WorkshopService, ids: list[str]) -> None:
    source = actions.group(ids[:2], name="Rowery")
    target = actions.group(ids[2:4], name="Transport")
    assert source is not None and target is not None
    before = state(service)
    actions.merge(source, target)
    merged = state(service)
    assert merged[0] == {target: "Transport"}
    assert members(service, target) == ids[:4]
    session.undo_stack.undo()
    assert state(service) == before
    assert members(service, source) == ids[:2]
    session.undo_stack.redo()
    assert state(service) == merged
    assert reopened(service) == merged


def test_merge_into_itself_is_refused_and_not_an_undo_step(qtbot: QtBot, session: WorkshopSession,
                                                           actions: ClusterActions,
                                                           ids: list[str]) -> None:
    cluster_id = actions.group(ids[:2], name="Rowery")
    assert cluster_id is not None
    with qtbot.waitSignal(session.refused) as refused:
        actions.merge(cluster_id, cluster_id)
    assert refused.args[0].reason is RefusalReason.INVALID_VALUE
    assert refused.args[0].message == refusal(Refused(RefusalReason.INVALID_VALUE))
    assert session.undo_stack.count() == 1


def test_ungroup_and_undo(session: WorkshopSession, actions: ClusterActions,
                          service: WorkshopService, ids: list[str]) -> None:
    cluster_id = actions.group(ids[:3], name="Rowery")
    assert cluster_id is not None
    before = state(service)
    actions.ungroup(cluster_id)
    after = state(service)
    assert after[0] == {}
    assert members(service, None) == ids
    session.undo_stack.undo()
    assert state(service) == before
    session.undo_stack.redo()
    assert reopened(service) == after


def test_mark_duplicate_follows_the_original_and_undoes(session: WorkshopSession,
                                                        actions: ClusterActions,
                                                        service: WorkshopService,
                                                        ids: list[str]) -> None:
    cluster_id = actions.group(ids[:1], name="Rowery")
    actions.drop({ids[0]: (100.0, 50.0)})
    before = state(service)
    actions.mark_duplicate(ids[4], ids[0])
    after = state(service)
    assert after[1][ids[4]] == (cluster_id, ids[0], 100.0, 50.0)
    assert service.idea(ids[4]).text == "Staże dla studentów"  # both texts are kept
    session.undo_stack.undo()
    assert state(service) == before
    session.undo_stack.redo()
    assert reopened(service) == after


def test_a_duplicate_of_a_duplicate_is_stacked_on_the_root(actions: ClusterActions,
                                                           service: WorkshopService,
                                                           ids: list[str]) -> None:
    actions.mark_duplicate(ids[1], ids[0])
    actions.mark_duplicate(ids[2], ids[1])
    assert service.idea(ids[2]).duplicate_of == ids[0]


def test_marking_an_original_as_duplicate_of_its_duplicate_makes_no_cycle(
        actions: ClusterActions, service: WorkshopService, ids: list[str]) -> None:
    actions.mark_duplicate(ids[1], ids[0])
    actions.mark_duplicate(ids[0], ids[1])
    assert all(i.duplicate_of != i.id for i in service.ideas())


def test_restacked_duplicates_follow_the_root_into_its_cluster(actions: ClusterActions,
                                                               service: WorkshopService,
                                                               ids: list[str]) -> None:
    first = actions.group(ids[:1], name="Rowery")
    actions.group(ids[1:3], name="Transport")
    actions.mark_duplicate(ids[2], ids[1])
    actions.mark_duplicate(ids[1], ids[0])
    assert service.idea(ids[2]).duplicate_of == ids[0]
    assert service.idea(ids[2]).cluster_id == first


def test_tidy_and_undo_restores_unset_positions(session: WorkshopSession, actions: ClusterActions,
                                                service: WorkshopService, ids: list[str]) -> None:
    cluster_id = actions.group(ids[:2], name="Rowery")
    assert cluster_id is not None
    before = state(service)
    actions.tidy()
    tidied = state(service)
    assert all(x is not None and y is not None for *_, x, y in tidied[1].values())
    assert service.get(Cluster, cluster_id).x is not None
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert state(service) == before
    assert service.get(Cluster, cluster_id).x is None
    session.undo_stack.redo()
    assert state(service) == tidied
    assert reopened(service) == tidied


def test_accept_groups_is_one_undo_step(session: WorkshopSession, actions: ClusterActions,
                                        service: WorkshopService, ids: list[str]) -> None:
    before = state(service)
    actions.accept_groups([("Rowery", ids[:2]), ("Transport", ids[2:4]), ("Praca", ids[4:])])
    accepted = state(service)
    assert sorted(accepted[0].values()) == ["Praca", "Rowery", "Transport"]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert state(service) == before
    session.undo_stack.redo()
    assert state(service) == accepted  # the very same cluster ids
    assert reopened(service) == accepted


def test_rename_and_undo(session: WorkshopSession, actions: ClusterActions,
                         service: WorkshopService, ids: list[str]) -> None:
    cluster_id = actions.group(ids[:2], name="Rowery")
    assert cluster_id is not None
    actions.rename(cluster_id, "Rowery i hulajnogi")
    assert service.get(Cluster, cluster_id).name == "Rowery i hulajnogi"
    session.undo_stack.undo()
    assert service.get(Cluster, cluster_id).name == "Rowery"
    session.undo_stack.redo()
    assert reopened(service)[0] == {cluster_id: "Rowery i hulajnogi"}


@pytest.mark.parametrize("name", ["", "   ", "Rowery"])
def test_rename_to_empty_or_same_pushes_nothing(qtbot: QtBot, session: WorkshopSession,
                                                actions: ClusterActions,
                                                service: WorkshopService, ids: list[str],
                                                name: str) -> None:
    cluster_id = actions.group(ids[:2], name="Rowery")
    assert cluster_id is not None
    count = session.undo_stack.count()
    if name.strip():
        with qtbot.assertNotEmitted(session.refused):
            assert actions.rename(cluster_id, name)
    else:
        with qtbot.waitSignal(session.refused) as refused:
            assert not actions.rename(cluster_id, name)
        assert refused.args[0].reason is RefusalReason.EMPTY_TEXT
    assert session.undo_stack.count() == count
    assert reopened(service)[0] == {cluster_id: "Rowery"}


def test_a_failed_undo_puts_the_window_s_history_back_in_step_with_the_file(
        qtbot: QtBot, session: WorkshopSession, actions: ClusterActions, ids: list[str],
        service: WorkshopService, monkeypatch: pytest.MonkeyPatch) -> None:
    actions.group(ids[:2], name="Rowery")
    actions.group(ids[2:4], name="Zieleń")

    def broken(**_: object) -> None:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(service, "undo", broken)
    with pytest.raises(RuntimeError):
        session.undo_stack.undo()
    monkeypatch.undo()
    # The window's stack follows the file again: nothing was undone.
    done = sum(e.done for e in service.undo_history())
    qtbot.waitUntil(lambda: session.undo_stack.index() == done == session.undo_stack.count())
    session.undo_stack.undo()
    assert [c.name for c in service.clusters()] == ["Rowery"]
