"""The shared screen in the Cluster phase: every group as a titled list at
the largest readable size, paged; the canvas only while it is readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel, QScrollArea, QScrollBar
from pytestqt.qtbot import QtBot

from tests.helpers.presenter import window_with_presenter
from workshop_app.models import PhaseKind
from workshop_app.services import WorkshopService
from workshop_app.ui.labels import ideas_count
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.presenter_board import smallest_canvas_px
from workshop_app.ui.presenter_fit import CardPages, readable_px

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def window(qtbot: QtBot, demo_service: WorkshopService) -> MainWindow:
    return window_with_presenter(qtbot, demo_service, PhaseKind.CLUSTER, (1920, 1080))


def every_page(pages: CardPages) -> list[list[QLabel]]:
    """The labels of each page in turn (turning the pages as the room sees them)."""
    seen = []
    for _ in range(pages.page_count):
        seen.append(pages.labels())
        pages.next_page()
    return seen


def plain(text: str) -> str:
    """`text` as read: the unbreakable spaces that keep "5 pomysłów" together are spaces."""
    return text.replace("\u00a0", " ")


def titles(pages: CardPages) -> list[QLabel]:
    return [label for page in every_page(pages) for label in page
            if label.objectName() == "presenterCardTitle"]


def test_every_group_and_the_ungrouped_notes_are_shown_with_distinct_titles(
    window: MainWindow, demo_service: WorkshopService
) -> None:
    board = window.presenter.board
    assert window.presenter.pages.currentWidget() is board
    assert board.currentWidget() is board.lists and not board.view.isInteractive()
    shown = titles(board.lists)
    texts = [plain(label.text()) for label in shown]
    ideas = demo_service.ideas()
    for cluster in demo_service.clusters():
        count = sum(1 for i in ideas if i.cluster_id == cluster.id and i.duplicate_of is None)
        assert f"{cluster.name} ({ideas_count(count)})" in texts
    loose = sum(1 for i in ideas if i.cluster_id is None and i.duplicate_of is None)
    assert loose > 0
    assert f"Bez grupy ({ideas_count(loose)})" in texts
    lines = [label for page in every_page(board.lists) for label in page
             if label.objectName() == "presenterLine"]
    assert len(lines) == sum(1 for i in ideas if i.duplicate_of is None)
    line_px = max(QFontInfo(label.font()).pixelSize() for label in lines)
    for title in shown:
        assert title.font().bold()
        assert QFontInfo(title.font()).pixelSize() > line_px


def test_groups_that_do_not_fit_are_paged_with_an_indicator_and_never_scrolled(
    qtbot: QtBot, window: MainWindow,
) -> None:
    lists = window.presenter.board.lists
    assert lists.page_count > 1
    assert lists.indicator.isVisibleTo(window.presenter)
    assert lists.indicator.text().startswith(f"Strona 1 z {lists.page_count}")
    assert lists.turner.isActive()
    first = [label.text() for label in lists.labels()]
    lists.turner.timeout.emit()  # the page turns by itself
    assert lists.page == 1 and lists.indicator.text().startswith("Strona 2 z")
    assert [label.text() for label in lists.labels()] != first
    window.activateWindow()  # by hand: Ctrl+PgUp in the moderator's window
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert lists.page == 0
    qtbot.keyClick(window.presenter, Qt.Key.Key_PageDown)  # PgDown in the shared screen's
    assert lists.page == 1
    assert not window.presenter.findChildren(QScrollArea)
    assert not [bar for bar in window.presenter.findChildren(QScrollBar)
                if bar.isVisibleTo(window.presenter)]
    inside = lists.rect().adjusted(0, 0, 0, -lists.indicator.height())
    for frame in lists.frames:
        assert inside.contains(frame.geometry())


def test_text_is_the_largest_that_fits(window: MainWindow, demo_service: WorkshopService) -> None:
    lists = window.presenter.board.lists
    assert lists.layout_.px >= readable_px(1080)
    few = demo_service.clusters()[:2]
    keep = {c.id for c in few}
    for cluster in demo_service.clusters():
        if cluster.id not in keep:
            window.session.run(demo_service.ungroup_cluster, cluster_id=cluster.id)
    window.session.run(demo_service.delete_ideas, idea_ids=[
        i.id for i in demo_service.ideas() if i.cluster_id is None])
    assert lists.page_count == 1
    assert lists.layout_.px > readable_px(1080) * 1.3
    for label in lists.labels():
        needed = label.fontMetrics().boundingRect(
            label.rect(), int(Qt.TextFlag.TextWordWrap), label.text())
        assert needed.height() <= label.height() and needed.width() <= label.width()


def test_following_the_moderator_shows_the_canvas_only_while_it_is_readable(
    window: MainWindow, demo_service: WorkshopService
) -> None:
    panel = window.panels[PhaseKind.CLUSTER]
    board = window.presenter.board
    window.follow_action.setChecked(True)
    panel.canvas.reset_zoom()
    panel.canvas.zoom(0.6)
    assert board.currentWidget() is board.lists
    panel.canvas.zoom(1 / 0.6 * 2.2)
    frame = panel.scene.frames[demo_service.clusters()[0].id]
    panel.canvas.centerOn(frame)
    assert board.currentWidget() is board.view
    assert smallest_canvas_px(board.view.transform().m11()) >= readable_px(1080)
    shown = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    assert shown.contains(panel.canvas.mapToScene(panel.canvas.viewport().rect().center()))
    window.follow_action.setChecked(False)
    assert board.currentWidget() is board.lists


def test_a_regrouping_reaches_the_shared_screen(window: MainWindow, demo_service: WorkshopService) -> None:
    board = window.presenter.board
    unplaced = [i.id for i in demo_service.ideas() if i.cluster_id is None][:2]
    window.panels[PhaseKind.CLUSTER].actions_.group(unplaced, name="Nowa grupa z sali")
    assert board.currentWidget() is board.lists
    assert any(plain(label.text()) == "Nowa grupa z sali (2 pomysły)" for label in titles(board.lists))


def test_the_lists_count_a_group_as_the_canvas_does_and_keep_each_idea_on_its_line(
    window: MainWindow, demo_service: WorkshopService
) -> None:
    board, panel = window.presenter.board, window.panels[PhaseKind.CLUSTER]
    cluster = demo_service.clusters()[0]
    members = [i.id for i in demo_service.ideas() if i.cluster_id == cluster.id]
    panel.actions_.mark_duplicate(members[1], members[0])
    window.session.run(demo_service.edit_idea, idea_id=members[0], text="Pierwsza linia\ndruga linia")
    texts = [plain(label.text()) for page in every_page(board.lists) for label in page]
    assert f"{cluster.name} ({ideas_count(len(members) - 1)})" in texts
    assert panel.scene.frames[cluster.id].count == len(members) - 1
    assert "• Pierwsza linia druga linia" in texts
