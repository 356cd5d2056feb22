"""Explained suggestions beside the canvas: computed off the GUI thread,
previewed without changing anything, applied only when accepted."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from tests.helpers.suggestions import panel_with_suggestions
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.ui.panels.cluster import ClusterPanel
from workshop_app.ui.suggestion_panel import PAYLOAD

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def panel(qtbot: QtBot, demo_service: WorkshopService) -> ClusterPanel:
    widget, session = panel_with_suggestions(qtbot, demo_service)
    yield widget
    session.shutdown()


def snapshot(service: WorkshopService) -> list[tuple]:
    with sqlite3.connect(service.store.path) as raw:
        rows = raw.execute("SELECT id, cluster_id, duplicate_of FROM ideas ORDER BY id").fetchall()
        # Undo soft-deletes a cluster it made: what is live must be as before.
        rows += raw.execute("SELECT id, name FROM clusters WHERE deleted_at IS NULL ORDER BY id").fetchall()
    raw.close()
    return rows


def items_of(panel: ClusterPanel, kind: str) -> list:  # type: ignore[type-arg]
    found = []
    tree = panel.suggestion_panel.tree
    for top in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(top)
        for row in range(section.childCount()):
            item = section.child(row)
            payload = item.data(0, PAYLOAD)
            if payload and payload[0] == kind:
                found.append(item)
    return found


def test_every_unplaced_note_gets_explained_candidates(panel: ClusterPanel,
                                                       demo_service: WorkshopService) -> None:
    unplaced = {i.id for i in demo_service.ideas() if i.cluster_id is None}
    moves = items_of(panel, "move")
    assert {item.data(0, PAYLOAD)[1] for item in moves} == unplaced
    first = moves[0]
    assert first.childCount() == 0  # made when the moderator opens the note
    first.setExpanded(True)
    assert 1 <= first.childCount() <= 3
    assert "wspólne:" in first.child(0).text(0)


def test_preview_changes_nothing_and_accept_is_one_undo_step(
    panel: ClusterPanel, demo_service: WorkshopService
) -> None:
    groups = items_of(panel, "group")
    assert groups, "the demo has unplaced notes that belong together"
    before = snapshot(demo_service)
    steps = panel.session.undo_stack.count()
    panel.suggestion_panel.tree.setCurrentItem(groups[0])
    _kind, name, ids = groups[0].data(0, PAYLOAD)
    assert all(panel.scene.notes[i].highlighted for i in ids)
    assert snapshot(demo_service) == before and panel.session.undo_stack.count() == steps
    panel.suggestion_panel.accept_current()
    assert panel.session.undo_stack.count() == steps + 1
    cluster = next(c for c in demo_service.clusters() if c.name == name)
    assert {i.id for i in demo_service.ideas() if i.cluster_id == cluster.id} == set(ids)
    panel.session.undo_stack.undo()
    assert snapshot(demo_service) == before


def test_accept_all_groups_is_one_step(panel: ClusterPanel, demo_service: WorkshopService) -> None:
    found = panel.suggestions.latest
    assert found is not None and found.new_groups
    steps = panel.session.undo_stack.count()
    panel.suggestion_panel.accept_all()
    assert panel.session.undo_stack.count() == steps + 1
    names = {c.name for c in demo_service.clusters()}
    assert all(g.name in names for g in found.new_groups)


def test_accepting_a_best_cluster_moves_the_note(panel: ClusterPanel,
                                                 demo_service: WorkshopService) -> None:
    move = items_of(panel, "move")[0]
    _kind, idea_id, cluster_id = move.data(0, PAYLOAD)
    panel.suggestion_panel.tree.setCurrentItem(move)
    assert panel.scene.frames[cluster_id].highlighted
    panel.suggestion_panel.accept_current()
    assert demo_service.idea(idea_id).cluster_id == cluster_id


def test_selecting_a_note_lists_similar_notes(panel: ClusterPanel, demo_service: WorkshopService) -> None:
    idea = demo_service.ideas()[0]
    panel.scene.select_ideas([idea.id])
    panel.scene.selection_ids_changed.emit([idea.id])
    section = panel.suggestion_panel.tree.topLevelItem(0)
    assert section.text(0).startswith("Podobne do zaznaczonej")
    assert section.childCount() >= 1


def test_suggestions_are_computed_off_the_gui_thread(qtbot: QtBot, panel: ClusterPanel,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import workshop_app.ui.suggestions as module

    threads: list[str] = []
    real = module.suggest_for_workshop

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "suggest_for_workshop", spy)
    with qtbot.waitSignal(panel.suggestions.ready, timeout=30000):
        panel.suggestions.request()
    assert threads and all(name.startswith("razem-suggest") for name in threads)


def test_a_newer_request_cancels_the_older(qtbot: QtBot, panel: ClusterPanel) -> None:
    results: list[object] = []
    panel.suggestions.ready.connect(results.append)
    first = panel.suggestions.request()
    second = panel.suggestions.request()
    assert first.is_cancelled() and not second.is_cancelled()
    with qtbot.waitSignal(panel.suggestions.ready, timeout=30000):
        pass
    qtbot.waitUntil(lambda: not panel.suggestions.background.pending)
    assert len(results) == 1


def test_nothing_arrives_after_the_workshop_is_closed(qtbot: QtBot, panel: ClusterPanel) -> None:
    results: list[object] = []
    panel.suggestions.ready.connect(results.append)
    assert panel.suggestions.request() is not None
    panel.session.shutdown()
    assert panel.suggestions.request() is None
    QApplication.processEvents()  # what the worker sent before it stopped
    assert results == []


def test_a_duplicate_pair_shows_both_notes_and_the_panel_fits_its_headings(
        qtbot: QtBot, panel: ClusterPanel, demo_service: WorkshopService) -> None:
    original = demo_service.ideas()[0].text
    panel.session.run(demo_service.add_idea, idea=NewIdea(original + " – jeszcze raz"))
    with qtbot.waitSignal(panel.suggestions.ready, timeout=30000):
        panel.suggestions.request()
    texts = {i.id: i.text for i in demo_service.ideas()}
    pairs = items_of(panel, "duplicate")
    assert pairs
    for item in pairs:
        _kind, later, earlier = item.data(0, PAYLOAD)
        first, second = item.text(0), item.child(0).text(0)
        assert item.isExpanded()
        assert texts[earlier].startswith(first.rstrip("…").rstrip())
        assert second.startswith("≈ ") and texts[later][:10] in second
        # Hovering either row shows both notes in full, however long.
        assert texts[later] in item.child(0).toolTip(0) and texts[earlier] in item.toolTip(0)
    tree = panel.suggestion_panel.tree
    room = tree.viewport().width() - tree.indentation()
    for top in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(top)
        width = QFontMetrics(heading.font(0)).horizontalAdvance(heading.text(0))  # bold, as shown
        assert width < room, heading.text(0)


def test_headings_with_five_digit_counts_fit_the_narrowest_panel(qtbot: QtBot,
                                                                panel: ClusterPanel) -> None:
    """With 5,000 notes the counts have four digits: the heading and its count
    stay in sight, in the program's own font, beside a scroll bar."""
    from workshop_app.analysis import Candidate, WorkshopSuggestions
    from workshop_app.ui.style import apply_style
    from workshop_app.ui.suggestion_panel import LARGEST_COUNT, SuggestionPanel

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app)  # the font the moderator sees (larger than the test default)
    try:
        listing = SuggestionPanel(panel.suggestions, panel.scene, panel.actions_)
        qtbot.addWidget(listing)
        listing.resize(listing.minimumWidth(), 700)
        listing.show()
        cluster = panel.session.service.clusters()[0].id
        many = {f"x{i}": [Candidate(cluster, 0.5, ("kolej",))] for i in range(2000)}
        with qtbot.waitSignal(listing.filled, timeout=10000):  # a long list: a scroll bar
            listing.show_suggestions(WorkshopSuggestions(many, [], []))
        tree = listing.tree
        qtbot.waitUntil(tree.verticalScrollBar().isVisible)
        bold = QFontMetrics(tree.topLevelItem(0).font(0))
        margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
        room = tree.viewport().width() - tree.indentation() - 2 * margin
        for heading in listing.headings(LARGEST_COUNT):
            assert bold.horizontalAdvance(heading) < room, heading
    finally:
        app.setFont(font)
        app.setStyleSheet(sheet)


def test_a_new_list_has_nothing_to_accept_and_a_preview_is_brought_into_sight(
        qtbot: QtBot, panel: ClusterPanel) -> None:
    listing = panel.suggestion_panel
    moves = items_of(panel, "move")
    canvas = panel.canvas
    canvas.centerOn(-50000, -50000)  # the moderator looked far away
    listing.tree.setCurrentItem(moves[0])
    assert listing.accept_button.isEnabled()
    sight = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert sight.intersects(panel.scene.preview_bounds())
    listing.show_suggestions(panel.suggestions.latest)
    assert not listing.accept_button.isEnabled()  # the new list has nothing selected


def test_the_kept_notes_follow_every_change(panel: ClusterPanel,
                                            demo_service: WorkshopService) -> None:
    """The suggestions read the workshop once and then follow each change's
    ids: after typing, editing, deleting, restoring, stacking, grouping, undo
    and redo they see exactly what a fresh read sees."""
    from workshop_app.suggest import workshop_notes

    session, service = panel.session, panel.suggestions
    ideas = demo_service.ideas()
    a, b, c = ideas[0].id, ideas[1].id, ideas[2].id
    service._notes()  # read once
    steps = [
        lambda: session.run(demo_service.add_idea, idea=NewIdea("Tramwaj do Skawiny")),
        lambda: session.run(demo_service.edit_idea, idea_id=a, text="Kolej co 15 minut"),
        lambda: session.run(demo_service.delete_ideas, idea_ids=[b]),
        lambda: session.run(demo_service.mark_duplicate, idea_id=c, of_id=a),
        lambda: session.run(demo_service.create_cluster, name="Nowa", idea_ids=[a]),
        session.undo_stack.undo,
        session.undo_stack.undo,
        session.undo_stack.redo,
        lambda: session.run(demo_service.restore_ideas, idea_ids=[b]),
        lambda: session.run(demo_service.delete_ideas, idea_ids=[a]),
    ]
    for number, step in enumerate(steps):
        step()
        kept_notes, kept_assignment, kept_texts = service._notes()
        fresh_notes, fresh_assignment, fresh_texts = workshop_notes(demo_service)
        assert sorted(kept_notes, key=lambda n: n.id) == sorted(fresh_notes, key=lambda n: n.id), number
        assert (kept_assignment, kept_texts) == (fresh_assignment, fresh_texts), number


def test_thousands_of_suggestions_are_listed_a_chunk_at_a_time(qtbot: QtBot,
                                                              panel: ClusterPanel) -> None:
    """A list of thousands of rows is filled over several turns of the event
    loop (the window stays responsive), and every row arrives."""
    from workshop_app.analysis import Candidate, DuplicatePair, WorkshopSuggestions
    from workshop_app.ui.suggestion_panel import FILL_CHUNK

    ids = list(panel.suggestions.texts)
    cluster = panel.session.service.clusters()[0].id
    many = {f"x{i}": [Candidate(cluster, 0.5, ("kolej",))] for i in range(3 * FILL_CHUNK)}
    pairs = [DuplicatePair(ids[0], ids[1], 0.9, ("kolej",))] * 10
    listing = panel.suggestion_panel
    with qtbot.waitSignal(listing.filled, timeout=10000):
        listing.show_suggestions(WorkshopSuggestions(many, [], pairs))
        assert listing.filling  # not all at once
    best = listing.tree.topLevelItem(1)
    assert best.childCount() == 3 * FILL_CHUNK
    # A refresh keeps the list where the moderator had scrolled it.
    bar = listing.tree.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = bar.value()
    assert middle > 0
    with qtbot.waitSignal(listing.filled, timeout=10000):
        listing.show_suggestions(WorkshopSuggestions(many, [], pairs))
    assert bar.value() == middle
    duplicates = listing.tree.topLevelItem(2)
    assert duplicates.childCount() == 10
    assert all(duplicates.child(i).isExpanded() for i in range(10))
