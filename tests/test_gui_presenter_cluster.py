"""The shared screen in the Cluster phase: read-only canvas or titled lists."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from workshop_app.models import PhaseKind
from workshop_app.services import WorkshopService
from workshop_app.ui.labels import ideas_count
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import WorkshopSession

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def window(qtbot: QtBot, demo_service: WorkshopService) -> MainWindow:
    win = MainWindow(WorkshopSession(demo_service, demo_service.store.path), [])
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.show_phase(PhaseKind.CLUSTER)
    win.toggle_presenter()
    assert win.presenter is not None
    qtbot.addWidget(win.presenter)
    win.presenter.resize(1280, 720)
    return win


def test_showing_all_of_a_full_canvas_falls_back_to_titled_lists(
    window: MainWindow, demo_service: WorkshopService
) -> None:
    board = window.presenter.board
    board.update_view()
    assert window.presenter.pages.currentWidget() is board
    assert board.currentIndex() == 1
    texts = "\n".join(label.text() for label in board.lists.labels)
    for cluster in demo_service.clusters():
        assert cluster.name in texts
    assert not board.view.isInteractive()


def test_following_the_moderator_shows_the_same_part_of_the_canvas(
    window: MainWindow, demo_service: WorkshopService
) -> None:
    panel = window.panels[PhaseKind.CLUSTER]
    window.follow_action.setChecked(True)
    panel.canvas.reset_zoom()
    frame = panel.scene.frames[demo_service.clusters()[0].id]
    panel.canvas.centerOn(frame)
    board = window.presenter.board
    board.update_view()
    assert board.currentIndex() == 0
    shown = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    assert shown.contains(frame.sceneBoundingRect().center())


def test_a_regrouping_reaches_the_shared_screen(window: MainWindow, demo_service: WorkshopService) -> None:
    board = window.presenter.board
    unplaced = [i.id for i in demo_service.ideas() if i.cluster_id is None][:2]
    window.panels[PhaseKind.CLUSTER].actions_.group(unplaced, name="Nowa grupa z sali")
    assert board.currentIndex() == 1
    assert any("Nowa grupa z sali" in label.text() for label in board.lists.labels)


def test_the_lists_count_a_group_as_the_canvas_does_and_keep_each_idea_on_its_line(
    window: MainWindow, demo_service: WorkshopService
) -> None:
    board, panel = window.presenter.board, window.panels[PhaseKind.CLUSTER]
    cluster = demo_service.clusters()[0]
    members = [i.id for i in demo_service.ideas() if i.cluster_id == cluster.id]
    panel.actions_.mark_duplicate(members[1], members[0])
    window.session.run(demo_service.edit_idea, idea_id=members[0], text="Pierwsza linia\ndruga linia")
    board.update_view()
    label = next(label for label in board.lists.labels
                 if label.text().startswith(f"{cluster.name} ("))
    lines = label.text().splitlines()
    assert lines[0] == f"{cluster.name} ({ideas_count(len(members) - 1)})"
    assert panel.scene.frames[cluster.id].count == len(members) - 1
    assert "• Pierwsza linia druga linia" in lines
