"""The canvas scene: notes and cluster frames kept in step with the service,
and what a drag means when it ends (join, leave, new cluster, merge)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsProxyWidget,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QLineEdit,
)

from workshop_app.models import Cluster, Idea
from workshop_app.models.captions import author_names, note_caption
from workshop_app.models.groups import shown_cluster
from workshop_app.models.layout import FRAME_PAD, TITLE_H, free_spot, place_in_group, shown_positions
from workshop_app.models.stacks import Position, stack_sizes, stacked_ids
from workshop_app.services import Changes
from workshop_app.ui.canvas.items import ClusterFrame, NoteItem, looks_changed
from workshop_app.ui.cluster_actions import ClusterActions
from workshop_app.ui.labels import caption_text
from workshop_app.ui.session import WorkshopSession

Confirm = Callable[[str, str], bool]


class CanvasScene(QGraphicsScene):
    """All notes and clusters of one workshop.

    Signals:
        selection_ids_changed(list): ids of the selected ideas.
    """

    selection_ids_changed = Signal(list)

    def __init__(self, session: WorkshopSession, actions: ClusterActions,
                 confirm_merge: Confirm | None = None) -> None:
        super().__init__()
        self.session, self.service, self.actions = session, session.service, actions
        self.confirm_merge: Confirm = confirm_merge or (lambda source, target: True)
        self.notes: dict[str, NoteItem] = {}
        self.frames: dict[str, ClusterFrame] = {}
        self._drag_start: dict[QGraphicsItem, QPointF] = {}
        self._preview: list[QGraphicsItem] = []
        self._owned_preview: list[QGraphicsItem] = []
        self._stacked: set[str] = set()
        self._editor: QGraphicsProxyWidget | None = None
        self._anonymous: bool | None = None  # read with the authors by `_load_people`
        self._authors: dict[str, str] = {}
        # Zoomed out, a cluster's title covers its notes: hide them so they
        # cost no paint calls (2,000 Python paint calls are ~10 ms).
        self.overview = False
        self.setBackgroundBrush(QColor("#f4f1ea"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.build()
        session.hub.changed.connect(self.apply_changes)
        self.selectionChanged.connect(self._selection_changed)

    def _selection_changed(self) -> None:
        self.selection_ids_changed.emit(self.selected_idea_ids())

    # -- building and syncing ----------------------------------------------------------

    def _caption(self, idea: Idea) -> str:
        return caption_text(note_caption(idea, self._authors, anonymous=bool(self._anonymous)))

    def _load_people(self) -> bool:
        """Read who wrote what and whether that is shown; True if it changed."""
        before = self._anonymous, self._authors
        self._anonymous = self.service.workshop().anonymous
        self._authors = author_names(self.service.participants(include_deleted=True))
        return before != (self._anonymous, self._authors)

    def build(self) -> None:
        """(Re)create every item from the service."""
        self._preview, self._owned_preview = [], []
        self.clear()
        self.notes.clear()
        self.frames.clear()
        self._load_people()
        ideas = self.service.ideas()
        clusters = self.service.clusters()
        spots = shown_positions(ideas, clusters)
        for idea in ideas:
            item = NoteItem(idea, self._caption(idea))
            x, y = (idea.x, idea.y) if idea.x is not None and idea.y is not None \
                else spots.get(idea.id, (0.0, 0.0))
            item.setPos(x, y)
            self.addItem(item)
            self.notes[idea.id] = item
        for cluster in clusters:
            frame = ClusterFrame(cluster.id, cluster.name)
            self.addItem(frame)
            self.frames[cluster.id] = frame
        self._restack(ideas, clusters)
        self._refit(self.frames, {c.id: c for c in clusters})

    def _spot_below_all(self) -> tuple[float, float]:
        """A free place for a new note, below everything unless a gap is free."""
        taken = [(n.pos().x(), n.pos().y()) for n in self.notes.values()]
        bottom = self.itemsBoundingRect().bottom() + FRAME_PAD if self.notes else 0.0
        return free_spot(taken, below=bottom)

    def apply_changes(self, changes: Changes) -> None:
        """Bring the touched notes and frames in line with the service."""
        if (changes.workshop or changes.participants) and self._load_people():
            # Anonymity switched on must hide authors on every note at once.
            for idea in self.service.ideas():
                if idea.id in self.notes:
                    self.notes[idea.id].set_caption(self._caption(idea))
        touched_clusters = set(changes.clusters)
        # One read serves the notes, the stacks and the frames.
        everything = self.service.ideas(include_deleted=True) if changes.ideas or changes.clusters else []
        found = {i.id: i for i in everything if i.id in changes.ideas}
        unplaced: list[Idea] = []
        for idea_id in sorted(changes.ideas):
            changed = found.get(idea_id)
            item = self.notes.get(idea_id)
            if item is not None:
                touched_clusters.add(item.cluster_id or "")
            if changed is None or changed.deleted:  # deleted, or its adding undone
                if item is not None:
                    self.removeItem(item)
                    del self.notes[idea_id]
                continue
            if item is None:
                item = NoteItem(changed, self._caption(changed))
                spot = self._spot_below_all() if changed.x is None else (changed.x, changed.y or 0.0)
                item.setPos(*spot)
                self.addItem(item)
                self.notes[idea_id] = item
            else:
                if looks_changed(item, changed):  # a tidy moves 2,000 notes and changes none
                    item.update_idea(changed, self._caption(changed))
                if changed.x is not None and changed.y is not None:
                    item.setPos(changed.x, changed.y)
                else:
                    unplaced.append(changed)
            touched_clusters.add(changed.cluster_id or "")
        if changes.ideas or changes.clusters:
            clusters = self.service.clusters()
            if unplaced:  # e.g. a tidy undone on a file whose notes had no positions
                spots = shown_positions(everything, clusters)
                for idea in unplaced:
                    self.notes[idea.id].setPos(*spots.get(idea.id, (0.0, 0.0)))
            self._restack([i for i in everything if not i.deleted], clusters)
            self._sync_frames(touched_clusters - {""}, clusters)

    def _sync_frames(self, cluster_ids: Iterable[str], clusters: list[Cluster]) -> None:
        live = {c.id: c for c in clusters}
        for cluster_id in cluster_ids:
            frame = self.frames.get(cluster_id)
            if cluster_id not in live:
                if frame is not None:
                    self.removeItem(frame.title)
                    self.removeItem(frame)
                    del self.frames[cluster_id]
                continue
            if frame is None:
                frame = ClusterFrame(cluster_id, live[cluster_id].name)
                self.addItem(frame)
                self.frames[cluster_id] = frame
            frame.name = live[cluster_id].name
        self._refit({c: self.frames[c] for c in cluster_ids if c in self.frames}, live)

    def set_overview(self, overview: bool) -> None:
        """Switch between notes shown and clustered notes hidden under titles."""
        if overview != self.overview:
            self.overview = overview
            self._restack(self.service.ideas(), self.service.clusters())

    def _restack(self, ideas: list[Idea], clusters: list[Cluster]) -> None:
        """Hide stacked duplicates (and, in the overview, grouped notes), badge
        their originals, and note which group each note is shown in."""
        live = {c.id for c in clusters}
        stacked = self._stacked = stacked_ids(ideas)
        counts = stack_sizes(ideas)
        for idea in ideas:
            note = self.notes.get(idea.id)
            if note is None:
                continue
            note.cluster_id = shown_cluster(idea, live)
            shown = idea.id not in stacked and not (self.overview and note.cluster_id)
            if note.isVisible() != shown:
                note.setVisible(shown)
        for idea_id, note in self.notes.items():
            if note.stacked != counts.get(idea_id, 0):
                note.stacked = counts.get(idea_id, 0)
                note.update()

    def _refit(self, frames: dict[str, ClusterFrame], clusters: dict[str, Cluster]) -> None:
        """Fit frames around their (unstacked) notes; call after `_restack`."""
        if not frames:
            return
        members: dict[str, list[QRectF]] = {c: [] for c in frames}
        for note in self.notes.values():
            if note.cluster_id in members and note.idea_id not in self._stacked:
                members[note.cluster_id].append(note.sceneBoundingRect())
        for cluster_id, frame in frames.items():
            cluster = clusters[cluster_id]
            fallback = QPointF(cluster.x or 0.0, cluster.y or 0.0)
            frame.count = len(members[cluster_id])
            frame.fit_to(members[cluster_id], fallback)

    # -- selection and queries -----------------------------------------------------------

    def selected_idea_ids(self) -> list[str]:
        return [i.idea_id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def selected_cluster_ids(self) -> list[str]:
        return [i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterFrame)]

    def select_ideas(self, idea_ids: Iterable[str]) -> None:
        wanted = set(idea_ids)
        self.blockSignals(True)
        self.clearSelection()
        for idea_id in wanted:
            if idea_id in self.notes:
                self.notes[idea_id].setSelected(True)
        self.blockSignals(False)

    # -- drags -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._drag_start = {item: item.pos() for item in self.selectedItems()}
        for frame in [i for i in self._drag_start if isinstance(i, ClusterFrame)]:
            for note in self._members(frame.cluster_id):
                self._drag_start.setdefault(note, note.pos())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        for frame in [i for i in self._drag_start if isinstance(i, ClusterFrame)]:
            delta = frame.pos() - self._drag_start[frame]
            for note in self._members(frame.cluster_id):
                if not note.isSelected():
                    note.setPos(self._drag_start[note] + delta)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        starts, self._drag_start = self._drag_start, {}
        moved = {item for item, start in starts.items() if item.pos() != start}
        if moved:
            self.finish_drag(moved, event.scenePos())

    def _members(self, cluster_id: str) -> list[NoteItem]:
        return [n for n in self.notes.values() if n.cluster_id == cluster_id]

    def finish_drag(self, moved: set[QGraphicsItem], point: QPointF) -> None:
        """Turn a finished drag into one action (see module docstring)."""
        frames = [i for i in moved if isinstance(i, ClusterFrame)]
        notes = [i for i in moved if isinstance(i, NoteItem)]
        target = self._target_at(point, moved)
        if frames and not any(n.isSelected() for n in notes):
            source = frames[0]
            if isinstance(target, ClusterFrame) and self.confirm_merge(source.name, target.name):
                self.actions.merge(source.cluster_id, target.cluster_id)
                return
            self.actions.drop(self._positions(notes))
            return
        positions = self._positions(notes)
        if isinstance(target, NoteItem):
            if target.cluster_id is not None:
                self.actions.drop(self._settled(notes, target.cluster_id), target.cluster_id)
            else:
                self.actions.group_at([target.idea_id, *positions], self._settled(notes, None, target))
        elif isinstance(target, ClusterFrame):
            self.actions.drop(self._settled(notes, target.cluster_id), target.cluster_id)
        elif any(n.cluster_id and not self._inside_own_frame(n) for n in notes):
            self.actions.drop(positions, None)
        else:
            self.actions.drop(positions)

    def _positions(self, notes: list[NoteItem]) -> dict[str, tuple[float, float]]:
        return {n.idea_id: (n.pos().x(), n.pos().y()) for n in notes}

    def _settled(self, notes: list[NoteItem], cluster_id: str | None,
                 target: NoteItem | None = None) -> dict[str, Position]:
        """Where dropped notes stay: where they were let go unless they cover
        a note; those move to free cells of the group (`place_in_group`)."""
        dropped = {n.idea_id for n in notes}
        rest = [n for n in self.notes.values() if n.isVisible() and n.idea_id not in dropped]
        spots = {n.idea_id: (n.pos().x(), n.pos().y()) for n in rest}
        own = {n.idea_id: spots[n.idea_id] for n in rest
               if n is target or (cluster_id is not None and n.cluster_id == cluster_id)}
        others = [spot for idea_id, spot in spots.items() if idea_id not in own]
        positions = self._positions(notes)
        covering = [n.idea_id for n in notes
                    if any(n.collidesWithItem(o) for o in rest)]
        positions.update(place_in_group(own, covering, others, frame_clear=False))
        return positions

    def _target_at(self, point: QPointF, moved: set[QGraphicsItem]) -> QGraphicsItem | None:
        """The note or frame under a drop; a dragged frame targets the frame
        of the note it is let go over."""
        frame_drag = any(isinstance(i, ClusterFrame) for i in moved)
        for item in self.items(point):
            if item in moved or not item.isVisible():
                continue
            if frame_drag and isinstance(item, NoteItem):
                frame = self.frames.get(item.cluster_id or "")
                if frame is not None and frame not in moved:
                    return frame
                continue
            if isinstance(item, (NoteItem, ClusterFrame)):
                return item
        return None

    def _inside_own_frame(self, note: NoteItem) -> bool:
        frame = self.frames.get(note.cluster_id or "")
        return frame is not None and frame.sceneBoundingRect().contains(note.sceneBoundingRect().center())

    # -- rename in place -------------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        for item in self.items(event.scenePos()):
            frame = item if isinstance(item, ClusterFrame) else self._frame_of_title(item)
            if frame is not None:
                self.start_rename(frame.cluster_id)
                return
        super().mouseDoubleClickEvent(event)

    def _frame_of_title(self, item: QGraphicsItem) -> ClusterFrame | None:
        """The frame whose title is `item` (zoomed out, it rises above the frame)."""
        return next((f for f in self.frames.values() if f.title is item), None)

    def start_rename(self, cluster_id: str) -> QLineEdit:
        """An editor over the frame's title; Enter renames, Escape cancels."""
        self.finish_rename()
        frame = self.frames[cluster_id]
        editor = QLineEdit(frame.name)
        editor.selectAll()
        views = self.views()
        zoom = views[0].transform().m11() if views else 1.0
        editor.setMinimumWidth(int(max((frame.boundingRect().width() - 16) * zoom, 200)))
        self._editor = self.addWidget(editor)
        # As large as normal text on screen, however far the canvas is zoomed out.
        self._editor.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations,
                             zoom < 1.0)
        self._editor.setPos(frame.pos() + QPointF(8, 6))
        self._editor.setZValue(10)
        editor.returnPressed.connect(lambda: self.finish_rename(cluster_id, editor.text()))
        editor.setFocus()
        return editor

    def rename_editor(self) -> QLineEdit | None:
        """The in-place title editor, while one is open."""
        widget = self._editor.widget() if self._editor is not None else None
        return widget if isinstance(widget, QLineEdit) else None

    def finish_rename(self, cluster_id: str | None = None, name: str | None = None) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            self.removeItem(editor)
            editor.deleteLater()
        if cluster_id is not None and name is not None:
            self.actions.rename(cluster_id, name)

    # -- previews of suggestions ----------------------------------------------------------

    def preview_group(self, idea_ids: Iterable[str], label: str) -> None:
        """Outline the notes of a suggested group, with the proposed name."""
        self.clear_preview()
        rects = []
        for idea_id in idea_ids:
            if idea_id in self.notes:
                note = self.notes[idea_id]
                note.highlighted = True
                note.update()
                self._preview.append(note)
                rects.append(note.sceneBoundingRect())
        if not rects:
            return
        box = rects[0]
        for rect in rects[1:]:
            box = box.united(rect)
        outline = QGraphicsRectItem(box.adjusted(-12, -12 - TITLE_H / 2, 12, 12))
        outline.setPen(QPen(QColor("#0b57d0"), 4, Qt.PenStyle.DashLine))
        outline.setZValue(5)
        caption = QGraphicsSimpleTextItem(label)
        caption.setBrush(QColor("#0b57d0"))
        font = caption.font()
        font.setPointSizeF(16)
        font.setBold(True)
        caption.setFont(font)
        caption.setPos(box.left() - 8, box.top() - TITLE_H / 2 - 8)
        caption.setZValue(5)
        for item in (outline, caption):
            self.addItem(item)
            self._owned_preview.append(item)

    def preview_candidate(self, idea_id: str, cluster_id: str) -> None:
        """Highlight a note and the cluster it would join."""
        self.clear_preview()
        for item in (self.notes.get(idea_id), self.frames.get(cluster_id)):
            if item is not None:
                item.highlighted = True
                item.update()
                self._preview.append(item)

    def preview_bounds(self) -> QRectF:
        """Where the current preview is on the canvas (a null rectangle if none)."""
        box = QRectF()
        for item in [*self._preview, *self._owned_preview]:
            box = box.united(item.sceneBoundingRect())
        return box

    def clear_preview(self) -> None:
        for item in self._preview:
            item.highlighted = False  # type: ignore[attr-defined]
            item.update()
        self._preview = []
        for item in self._owned_preview:
            self.removeItem(item)
        self._owned_preview = []
