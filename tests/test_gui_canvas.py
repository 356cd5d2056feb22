"""The sticky-note canvas: each action with real mouse events or shortcuts,
checked on the scene's items and in the file, and undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workshop_app.models import Cluster, PhaseKind, Sector
from workshop_app.services import NewIdea, NewParticipant, WorkshopService
from workshop_app.storage import WorkshopStore
from workshop_app.ui.canvas import CanvasScene, CanvasView
from workshop_app.ui.canvas.items import NOTE_TEXT_CHARS
from workshop_app.ui.cluster_actions import ClusterActions
from workshop_app.ui.panels.cluster import ClusterPanel
from workshop_app.ui.presenter import PresenterWindow
from workshop_app.ui.session import WorkshopSession

from .conftest import type_text

pytestmark = pytest.mark.usefixtures("polish")


TEXTS = ("Kolej do Skawiny", "Autobus do strefy", "Staże dla studentów", "Szkoła branżowa",
         "Fotowoltaika na halach")


@pytest.fixture
def panel(qtbot: QtBot, service: WorkshopService) -> ClusterPanel:
    service.add_ideas(ideas=[NewIdea(text=t, sector=Sector.BUSINESS) for t in TEXTS])
    ids = [i.id for i in service.ideas()]
    service.create_cluster(name="Kadry", idea_ids=ids[2:4])
    return make_panel(qtbot, service)


def make_panel(qtbot: QtBot, service: WorkshopService) -> ClusterPanel:
    session = WorkshopSession(service, service.store.path)
    widget = ClusterPanel(session)
    widget.scene.confirm_merge = lambda source, target: True
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.canvas.reset_zoom()
    widget.canvas.centerOn(widget.scene.itemsBoundingRect().center())
    return widget


def idea_id(service: WorkshopService, text: str) -> str:
    return next(i.id for i in service.ideas() if i.text == text)


def drag(view: CanvasView, start: QPointF, end: QPointF) -> None:
    """Press, move in steps and release the left button, in scene coordinates."""
    viewport = view.viewport()

    def send(kind: QEvent.Type, point: QPointF, buttons: Qt.MouseButton) -> None:
        local = QPointF(view.mapFromScene(point))
        event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(local.toPoint())),
                            Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, start + (end - start) * (step / 5), Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def centre_of(panel: ClusterPanel, key: str) -> QPointF:
    item = panel.scene.notes.get(key) or panel.scene.frames[key]
    return item.sceneBoundingRect().center()


def test_drag_a_note_onto_a_note_makes_a_cluster_in_one_step(
    panel: ClusterPanel, service: WorkshopService
) -> None:
    a, b = idea_id(service, "Kolej do Skawiny"), idea_id(service, "Autobus do strefy")
    steps = panel.session.undo_stack.count()
    drag(panel.canvas, centre_of(panel, a), centre_of(panel, b) + QPointF(10, 10))
    assert panel.session.undo_stack.count() == steps + 1
    cluster = service.idea(a).cluster_id
    assert cluster is not None and service.idea(b).cluster_id == cluster
    assert cluster in panel.scene.frames
    frame = panel.scene.frames[cluster].sceneBoundingRect()
    assert frame.contains(panel.scene.notes[a].sceneBoundingRect())
    panel.session.undo_stack.undo()
    assert service.idea(a).cluster_id is None and service.idea(b).cluster_id is None
    assert cluster not in panel.scene.frames


def test_drag_into_a_frame_joins_and_out_of_it_leaves(
    panel: ClusterPanel, service: WorkshopService
) -> None:
    kadry = service.clusters()[0].id
    note = idea_id(service, "Fotowoltaika na halach")
    drag(panel.canvas, centre_of(panel, note), centre_of(panel, kadry))
    assert service.idea(note).cluster_id == kadry
    assert panel.scene.frames[kadry].count == 3
    far = panel.scene.itemsBoundingRect().bottomRight() + QPointF(400, 400)
    drag(panel.canvas, centre_of(panel, note), far)
    assert service.idea(note).cluster_id is None
    assert panel.scene.frames[kadry].count == 2
    panel.session.undo_stack.undo()
    assert service.idea(note).cluster_id == kadry


def test_drag_within_empty_space_only_moves_and_positions_persist(
    panel: ClusterPanel, service: WorkshopService, workshop_path: Path
) -> None:
    note = idea_id(service, "Kolej do Skawiny")
    start = centre_of(panel, note)
    far_right = QPointF(panel.scene.itemsBoundingRect().right() + 600, start.y())
    drag(panel.canvas, start, far_right)
    moved = service.idea(note)
    assert moved.cluster_id is None and moved.y is not None
    with WorkshopStore.open(workshop_path, read_only=True) as store:
        again = WorkshopService(store).idea(note)
    assert (again.x, again.y) == (moved.x, moved.y)


@pytest.mark.parametrize("over", ["frame", "note"])
def test_dragging_a_frame_onto_a_frame_merges_after_confirmation(
    panel: ClusterPanel, service: WorkshopService, over: str
) -> None:
    # Let go over the frame, or over one of its notes (the frame is meant).
    ids = [idea_id(service, "Kolej do Skawiny"), idea_id(service, "Autobus do strefy")]
    transport = panel.actions_.group(ids, name="Transport")
    panel.actions_.tidy()
    kadry = next(c.id for c in service.clusters() if c.name == "Kadry")
    title = panel.scene.frames[transport].sceneBoundingRect().topLeft() + QPointF(30, 20)
    asked: list[tuple[str, str]] = []
    panel.scene.confirm_merge = lambda s, t: asked.append((s, t)) or True
    drop = centre_of(panel, kadry if over == "frame" else idea_id(service, "Staże dla studentów"))
    drag(panel.canvas, title, drop)
    assert asked == [("Transport", "Kadry")]
    assert [c.name for c in service.clusters()] == ["Kadry"]
    assert all(service.idea(i).cluster_id == kadry for i in ids)
    panel.session.undo_stack.undo()
    assert sorted(c.name for c in service.clusters()) == ["Kadry", "Transport"]
    assert all(service.idea(i).cluster_id == transport for i in ids)


def test_group_selected_by_shortcut_then_rename_in_place(
    qtbot: QtBot, panel: ClusterPanel, service: WorkshopService
) -> None:
    ids = [idea_id(service, "Kolej do Skawiny"), idea_id(service, "Fotowoltaika na halach")]
    panel.scene.select_ideas(ids)
    panel.canvas.setFocus()
    qtbot.keyClick(panel.canvas, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    cluster = service.idea(ids[0]).cluster_id
    assert cluster is not None and service.idea(ids[1]).cluster_id == cluster
    editor = panel.scene.rename_editor()
    assert editor is not None
    editor.selectAll()
    type_text(editor, "Różne")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert service.get_cluster(cluster).name == "Różne"
    assert panel.scene.frames[cluster].name == "Różne"
    panel.session.undo_stack.undo()
    assert service.get_cluster(cluster).name != "Różne"


def test_ungroup_and_undo(qtbot: QtBot, panel: ClusterPanel, service: WorkshopService) -> None:
    kadry = service.clusters()[0].id
    panel.scene.clearSelection()
    panel.scene.frames[kadry].setSelected(True)
    panel.canvas.setFocus()
    qtbot.keyClick(panel.canvas, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert service.clusters() == []
    assert kadry not in panel.scene.frames
    panel.session.undo_stack.undo()
    assert [c.id for c in service.clusters()] == [kadry]
    assert panel.scene.frames[kadry].count == 2


def test_mark_two_notes_as_duplicates_keeps_both(
    qtbot: QtBot, panel: ClusterPanel, service: WorkshopService
) -> None:
    original, copy = idea_id(service, "Staże dla studentów"), idea_id(service, "Kolej do Skawiny")
    panel.scene.clearSelection()
    panel.scene.notes[original].setSelected(True)
    panel.scene.notes[copy].setSelected(True)
    panel.actions_.mark_duplicate(copy, original)
    assert service.idea(copy).duplicate_of == original
    assert service.idea(copy).cluster_id == service.idea(original).cluster_id
    assert not panel.scene.notes[copy].isVisible()
    assert panel.scene.notes[original].stacked == 1
    assert len(service.ideas()) == 5  # both texts kept
    panel.session.undo_stack.undo()
    assert service.idea(copy).duplicate_of is None
    assert panel.scene.notes[copy].isVisible() and panel.scene.notes[original].stacked == 0


def test_rubber_band_selects_several_notes(panel: ClusterPanel, service: WorkshopService) -> None:
    panel.scene.clearSelection()
    box = panel.scene.itemsBoundingRect()
    viewport = panel.canvas.viewport()
    start = panel.canvas.mapFromScene(box.topLeft() - QPointF(20, 20))
    end = panel.canvas.mapFromScene(box.bottomRight() + QPointF(20, 20))
    for kind, point, buttons in ((QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)):
        event = QMouseEvent(kind, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                            Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
    assert set(panel.scene.selected_idea_ids()) == {i.id for i in service.ideas()}


def test_tidy_and_fit_all(panel: ClusterPanel, service: WorkshopService) -> None:
    assert all(i.x is None for i in service.ideas())
    shown = {i: note.pos() for i, note in panel.scene.notes.items()}
    panel.actions_.tidy()
    assert all(i.x is not None for i in service.ideas())
    kadry = service.clusters()[0].id
    frame = panel.scene.frames[kadry].sceneBoundingRect()
    for idea in service.ideas():
        inside = frame.contains(panel.scene.notes[idea.id].sceneBoundingRect())
        assert inside == (idea.cluster_id == kadry)
    panel.canvas.fit_all()
    visible = panel.canvas.mapToScene(panel.canvas.viewport().rect()).boundingRect()
    assert visible.contains(panel.scene.itemsBoundingRect())
    panel.session.undo_stack.undo()
    assert all(i.x is None for i in service.ideas())
    # The notes stand where they stood before, as on reopening the file.
    assert {i: note.pos() for i, note in panel.scene.notes.items()} == shown


def test_zoom_keys_change_the_scale(qtbot: QtBot, panel: ClusterPanel) -> None:
    panel.canvas.setFocus()
    before = panel.canvas.scale_factor()
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Plus)
    assert panel.canvas.scale_factor() > before
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Minus)
    assert panel.canvas.scale_factor() < before


def test_a_new_idea_typed_elsewhere_appears_on_the_canvas(
    panel: ClusterPanel, service: WorkshopService
) -> None:
    new_id = panel.session.run(panel.session.service.add_idea, idea=NewIdea(text="Nowa karteczka <b>&</b>")).created
    note = panel.scene.notes[new_id]
    assert note.text == "Nowa karteczka <b>&</b>"
    others = [n.sceneBoundingRect() for k, n in panel.scene.notes.items() if k != new_id]
    assert not any(note.sceneBoundingRect().intersects(r) for r in others)
    panel.session.undo_stack.undo()
    assert new_id not in panel.scene.notes


def test_point_helper_is_not_a_zero_move(panel: ClusterPanel) -> None:
    # A click without movement is not an action (no undo step).
    steps = panel.session.undo_stack.count()
    note = next(iter(panel.scene.notes.values()))
    point = note.sceneBoundingRect().center()
    drag(panel.canvas, point, point)
    assert panel.session.undo_stack.count() == steps
    assert isinstance(QPoint(1, 1), QPoint)


def test_deleting_an_original_shows_its_duplicate_again(panel: ClusterPanel,
                                                        service: WorkshopService) -> None:
    original, copy = idea_id(service, "Staże dla studentów"), idea_id(service, "Kolej do Skawiny")
    panel.actions_.mark_duplicate(copy, original)
    assert not panel.scene.notes[copy].isVisible()
    panel.session.run(panel.session.service.delete_ideas, idea_ids=[original])
    assert panel.scene.notes[copy].isVisible()
    cluster = service.idea(copy).cluster_id
    assert cluster is not None and panel.scene.frames[cluster].count == 2
    panel.session.undo_stack.undo()
    assert not panel.scene.notes[copy].isVisible() and panel.scene.notes[original].stacked == 1


def test_a_refused_group_name_is_explained_and_changes_nothing(
    panel: ClusterPanel, service: WorkshopService
) -> None:
    kadry = service.clusters()[0].id
    editor = panel.scene.start_rename(kadry)
    editor.setText("   ")
    editor.returnPressed.emit()
    assert service.get_cluster(kadry).name == "Kadry"
    assert panel.hint.text() == "Tekst jest pusty."
    # Until the next change: then the panel's usual hint is back.
    panel.actions_.rename(kadry, "Kadry i szkoły")
    assert panel.hint.text().startswith("Przeciągnij karteczkę")


def test_a_group_counts_the_same_on_the_frame_and_in_the_tree(
    panel: ClusterPanel, service: WorkshopService
) -> None:
    original, copy = idea_id(service, "Staże dla studentów"), idea_id(service, "Szkoła branżowa")
    kadry = service.clusters()[0].id
    panel.actions_.mark_duplicate(copy, original)
    group = next(panel.tree.tree_model.index(r, 0) for r in range(panel.tree.tree_model.rowCount())
                 if panel.tree.tree_model.index(r, 0).data(Qt.ItemDataRole.EditRole) == "Kadry")
    assert panel.scene.frames[kadry].count == 1
    assert group.data() == "Kadry (1)"


def test_notes_whose_group_is_gone_are_shown_as_not_grouped(
    qtbot: QtBot, service: WorkshopService
) -> None:
    service.add_ideas(ideas=[NewIdea(t) for t in TEXTS])
    ids = [i.id for i in service.ideas()]
    gone = service.create_cluster(name="Z importu", idea_ids=ids[:2]).created
    assert gone is not None
    # A group deleted while its ideas kept the link: files written by Razem
    # before the undo history (undo of an import) can hold this.
    with service.store.transaction():
        service.store.update(Cluster, gone, deleted_at="2026-11-01T10:00:00+00:00")
    panel = make_panel(qtbot, service)
    scene = panel.scene
    assert gone not in scene.frames
    # Laid out with the other ungrouped notes, none on top of another.
    rects = [scene.notes[i].sceneBoundingRect() for i in ids]
    assert not any(r.intersects(o) for n, r in enumerate(rects) for o in rects[n + 1:])
    # Zoomed out, no group title covers them: they stay visible like any ungrouped note.
    scene.set_overview(True)
    assert all(scene.notes[i].isVisible() for i in ids)
    scene.set_overview(False)
    # A note dropped on one starts a new group; it never joins the deleted one.
    drag(panel.canvas, centre_of(panel, ids[2]), centre_of(panel, ids[0]) + QPointF(10, 10))
    joined = service.idea(ids[2]).cluster_id
    assert joined is not None and joined != gone
    assert service.idea(ids[0]).cluster_id == joined
    assert joined in {c.id for c in service.clusters()}


def test_a_note_is_captioned_with_sector_author_and_table_as_on_the_shared_screen(
    qtbot: QtBot, service: WorkshopService
) -> None:
    author = service.add_participant(participant=NewParticipant(sector=Sector.NGO, name="Ewa Zielińska",
                                     organisation="Fundacja Razem")).created
    note_id = service.add_idea(idea=NewIdea(text="Ławki w parku", participant_id=author,
                               table_label="Stół 4")).created
    assert note_id is not None
    panel = make_panel(qtbot, service)
    presenter = PresenterWindow(panel.session, panel.scene)
    qtbot.addWidget(presenter)
    panel.session.set_current_phase(PhaseKind.GATHER)
    assert panel.scene.notes[note_id].caption == "NGO · Ewa Zielińska · Stół 4"
    assert presenter.notes[0].caption.text() == "organizacja pozarządowa · Ewa Zielińska · Stół 4"
    panel.session.run(service.update_workshop, anonymous=True)
    assert panel.scene.notes[note_id].caption == "NGO · Stół 4"
    assert presenter.notes[0].caption.text() == "organizacja pozarządowa · Stół 4"


def test_a_long_idea_shows_its_start_on_the_note_also_after_an_edit(
    panel: ClusterPanel, service: WorkshopService
) -> None:
    note_id = idea_id(service, "Kolej do Skawiny")
    long_text = "Kolej do Skawiny i dalej " * 200
    panel.session.run(service.edit_idea, idea_id=note_id, text=long_text)
    note = panel.scene.notes[note_id]
    assert note.text == long_text.strip() and note.toolTip() == long_text.strip()
    assert len(note.shown_text) == NOTE_TEXT_CHARS and note.shown_text.endswith("…")
    assert long_text.startswith(note.shown_text[:-1])


def test_undoing_a_tidy_shows_the_canvas_as_reopening_the_file_would(
        qtbot: QtBot, panel: ClusterPanel, service: WorkshopService) -> None:
    # One note was moved by hand: the others were saved where they were shown.
    first = idea_id(service, TEXTS[0])
    panel.actions_.drop({first: (900.0, 40.0)})
    panel.actions_.tidy()
    panel.session.undo_stack.undo()
    assert all(i.x is not None for i in service.ideas())
    assert service.idea(first).x == 900.0
    fresh = make_panel(qtbot, service)
    assert {i: n.pos() for i, n in panel.scene.notes.items()} == \
        {i: n.pos() for i, n in fresh.scene.notes.items()}


def test_renaming_zoomed_out_keeps_spaces_and_a_readable_editor(
        qtbot: QtBot, panel: ClusterPanel, service: WorkshopService) -> None:
    kadry = service.clusters()[0].id
    panel.canvas.zoom(0.3)
    panel.canvas.setFocus()
    editor = panel.scene.start_rename(kadry)
    editor.selectAll()
    # Keys reach the editor through the view, as in the real window (Space
    # with its own key code: the view pans with it).
    type_text(panel.canvas, "Obsługa")
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Space)
    type_text(panel.canvas, "inwestora")
    assert editor.text() == "Obsługa inwestora"
    proxy = panel.scene.focusItem()
    assert proxy is not None
    on_screen = proxy.deviceTransform(panel.canvas.viewportTransform()).m22()
    assert on_screen >= 1.0  # the editor does not shrink with the zoom
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Return)
    assert service.get_cluster(kadry).name == "Obsługa inwestora"


def test_the_wheel_scrolls_and_ctrl_wheel_zooms(panel: ClusterPanel) -> None:
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    view = panel.canvas
    view.zoom(2.0)
    centre = QPointF(view.viewport().rect().center())

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(centre, QPointF(view.viewport().mapToGlobal(centre.toPoint())), P(0, 0),
                            P(0, -120), Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(view.viewport(), event)

    scale, scrolled = view.scale_factor(), view.verticalScrollBar().value()
    wheel(Qt.KeyboardModifier.NoModifier)
    assert view.scale_factor() == scale and view.verticalScrollBar().value() > scrolled
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() < scale


def test_keyboard_zoom_keeps_the_selection_in_the_middle(qtbot: QtBot, panel: ClusterPanel,
                                                          service: WorkshopService) -> None:
    note = panel.scene.notes[idea_id(service, "Fotowoltaika na halach")]
    panel.scene.clearSelection()
    note.setSelected(True)
    panel.canvas.setFocus()
    for _ in range(4):
        qtbot.keyClick(panel.canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    shown = panel.canvas.mapToScene(panel.canvas.viewport().rect()).boundingRect()
    assert panel.canvas.scale_factor() > 1.5
    assert shown.contains(note.sceneBoundingRect().center())


def _crowded_panel(qtbot: QtBot, service: WorkshopService, count: int) -> ClusterPanel:
    service.add_ideas(ideas=[NewIdea(text=f"Pomysł numer {n} o kolei do Skawiny") for n in range(count)])
    ids = [i.id for i in service.ideas()]
    for start in range(0, count * 2 // 3, 5):
        service.create_cluster(name=f"Wspólne laboratorium {start}", idea_ids=ids[start:start + 5])
    service.tidy()
    widget = ClusterPanel(WorkshopSession(service, service.store.path))
    qtbot.addWidget(widget)
    widget.resize(1920, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_fit_all_shows_everything_with_a_margin_and_notes_with_text(
        qtbot: QtBot, service: WorkshopService) -> None:
    from PySide6.QtGui import QImage, QPainter

    panel = _crowded_panel(qtbot, service, 29)
    assert panel.canvas.width() >= 1920 * 0.55  # the canvas gets the room
    panel.canvas.zoom(3)
    panel.fit_action.trigger()
    view = panel.canvas
    shown = view.mapToScene(view.viewport().rect().adjusted(10, 10, -10, -10)).boundingRect()
    assert shown.contains(panel.scene.itemsBoundingRect())
    # No scroll bar at fit all: one would shrink the view, which fits again, and so on.
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible()
                    and not view.verticalScrollBar().isVisible())
    assert all(n.isVisible() for n in panel.scene.notes.values())
    # A note shows its text: its pixels hold ink, not only the note's colour.
    note = next(iter(panel.scene.notes.values()))
    image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    view.render(painter, source=view.viewport().rect())
    painter.end()
    box = view.mapFromScene(note.sceneBoundingRect()).boundingRect().adjusted(3, 3, -3, -3)
    dark = sum(1 for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom())
               if QColor(image.pixel(x, y)).lightness() < 100)
    assert dark > 20


def test_the_panel_opens_at_a_readable_zoom(qtbot: QtBot, service: WorkshopService) -> None:
    from workshop_app.ui.main_window import MainWindow

    _crowded_panel(qtbot, service, 200).close()
    window = MainWindow(WorkshopSession(service, service.store.path), [])
    qtbot.addWidget(window)
    window.resize(1440, 860)
    window.show()
    qtbot.waitExposed(window)
    window.show_phase(PhaseKind.CLUSTER)
    view = window.panels[PhaseKind.CLUSTER].canvas
    assert view.scale_factor() >= 0.6
    # The first notes are in sight, near the top-left corner.
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    corner = view.scene().itemsBoundingRect().topLeft()
    assert shown.contains(corner) and (corner - shown.topLeft()).manhattanLength() * view.scale_factor() < 100


def _foreign_notes_under_frames(panel: ClusterPanel) -> list[str]:
    """Texts of visible notes that lie under a frame of another group."""
    found = []
    for frame in panel.scene.frames.values():
        box = frame.sceneBoundingRect()
        found += [n.text for n in panel.scene.notes.values()
                  if n.isVisible() and n.cluster_id != frame.cluster_id
                  and box.intersects(n.sceneBoundingRect())]
    return found


def test_accepting_a_suggested_group_puts_its_notes_together(
        panel: ClusterPanel, service: WorkshopService) -> None:
    panel.actions_.tidy()
    ids = [idea_id(service, "Kolej do Skawiny"), idea_id(service, "Fotowoltaika na halach")]
    steps = panel.session.undo_stack.count()
    panel.actions_.accept_groups([("Energia i transport", ids)])
    assert panel.session.undo_stack.count() == steps + 1
    assert _foreign_notes_under_frames(panel) == []
    # The places are saved, and undone with the grouping.
    assert all(service.idea(i).x is not None for i in ids)
    panel.session.undo_stack.undo()
    assert service.idea(ids[0]).cluster_id is None


def test_moving_an_idea_from_the_tree_keeps_the_frame_off_other_notes(
        panel: ClusterPanel, service: WorkshopService) -> None:
    panel.actions_.tidy()
    kadry = service.clusters()[0].id
    note = idea_id(service, "Fotowoltaika na halach")
    panel.actions_.move_to_cluster([note], kadry)
    assert service.idea(note).cluster_id == kadry
    assert _foreign_notes_under_frames(panel) == []
    assert panel.scene.frames[kadry].sceneBoundingRect().contains(
        panel.scene.notes[note].sceneBoundingRect())


def _overlapping(panel: ClusterPanel) -> list[tuple[str, str]]:
    notes = [n for n in panel.scene.notes.values() if n.isVisible()]
    return [(a.text, b.text) for k, a in enumerate(notes) for b in notes[k + 1:]
            if a.sceneBoundingRect().intersects(b.sceneBoundingRect())]


def test_a_note_dropped_on_a_note_lands_beside_it(panel: ClusterPanel, service: WorkshopService) -> None:
    panel.actions_.tidy()
    a, b = idea_id(service, "Kolej do Skawiny"), idea_id(service, "Autobus do strefy")
    drag(panel.canvas, centre_of(panel, a), centre_of(panel, b))
    assert service.idea(a).cluster_id == service.idea(b).cluster_id is not None
    assert _overlapping(panel) == []


def test_a_note_dropped_into_a_frame_covers_no_note_there(
        panel: ClusterPanel, service: WorkshopService) -> None:
    panel.actions_.tidy()
    kadry = service.clusters()[0].id
    member = idea_id(service, "Staże dla studentów")
    note = idea_id(service, "Fotowoltaika na halach")
    drag(panel.canvas, centre_of(panel, note), centre_of(panel, member))
    assert service.idea(note).cluster_id == kadry
    assert _overlapping(panel) == []


def test_a_group_title_wraps_between_words_only(panel: ClusterPanel, service: WorkshopService) -> None:
    from PySide6.QtGui import QFontMetricsF

    kadry = service.clusters()[0].id
    panel.actions_.rename(kadry, "Wspólne laboratorium uczelni i przemysłu")
    title = panel.scene.frames[kadry].title
    for lod in (1.0, 0.5, 0.3):
        box, font, static = title.banner(lod)
        metrics = QFontMetricsF(font)
        assert metrics.horizontalAdvance("laboratorium") <= box.width() - 16
        assert static.size().height() <= box.height()  # never cut off


def test_zoomed_out_a_double_click_on_the_raised_title_renames(
        qtbot: QtBot, panel: ClusterPanel, service: WorkshopService) -> None:
    kadry = service.clusters()[0].id
    panel.canvas.zoom(0.3)
    frame = panel.scene.frames[kadry]
    above = frame.sceneBoundingRect().topLeft() + QPointF(frame.boundingRect().width() / 2, -20)
    assert not frame.sceneBoundingRect().contains(above)
    assert frame.title.sceneBoundingRect().contains(above)
    qtbot.mouseDClick(panel.canvas.viewport(), Qt.MouseButton.LeftButton,
                      pos=panel.canvas.mapFromScene(above))
    assert panel.scene.rename_editor() is not None


def test_an_undo_on_a_fitted_canvas_fits_it_once_not_again_and_again(
        qtbot: QtBot, service: WorkshopService) -> None:
    service.add_ideas(ideas=[NewIdea(text=f"Pomysł {n}") for n in range(600)])
    ids = [i.id for i in service.ideas()]
    service.apply_groups(groups=[(f"Grupa {c}", ids[c * 15:(c + 1) * 15]) for c in range(30)])
    session = WorkshopSession(service, service.store.path)
    actions = ClusterActions(session)
    actions.tidy()
    scene = CanvasScene(session, actions)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    service.place(ideas={i: (float(n % 97) * 31.0, float(n // 97) * 29.0) for n, i in enumerate(ids)})
    actions.tidy()
    fits: list[float] = []
    view.zoomed.connect(fits.append)
    session.undo_stack.undo()
    QApplication.processEvents()
    assert len(fits) <= 2
