"""The shared screen's view of the Cluster phase: the canvas, read-only,
following the moderator's view while its notes are at least as large as the
room can read; otherwise (and when showing everything) every group as a
titled list - the ungrouped notes as a list of their own - at the largest
size that fits, paged when they do not fit."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QStackedWidget, QWidget

from workshop_app.models.groups import group_members
from workshop_app.models.stacks import unstacked
from workshop_app.models.text import brief
from workshop_app.services import Changes
from workshop_app.ui.canvas import CanvasScene, CanvasView
from workshop_app.ui.canvas import items as canvas_items
from workshop_app.ui.labels import ideas_count
from workshop_app.ui.presenter_fit import Card, CardPages, readable_px

# An idea in the lists shows at most this much of its text.
LISTED_CHARS = 160


def canvas_fonts() -> tuple[QFont, ...]:
    """Every font the canvas paints notes and group titles in (at scale 1)."""
    return (canvas_items._TEXT_FONT, canvas_items._CAPTION_FONT, canvas_items._TITLE_FONT)


def smallest_canvas_px(scale: float) -> float:
    """The smallest text the canvas draws, in screen pixels, at `scale`."""
    return min(QFontInfo(font).pixelSize() for font in canvas_fonts()) * scale


class ClusterLists(CardPages):
    """Each cluster as a title with its count and its ideas, one per line."""

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene

    def refresh(self) -> None:
        service = self.scene.service
        clusters = service.clusters()
        grouping = group_members(unstacked(service.ideas()), clusters)
        cards = [self._card(cluster.name, [i.text for i in grouping.members[cluster.id]])
                 for cluster in clusters]
        if grouping.unplaced:
            cards.append(self._card(self.tr("Not grouped"), [i.text for i in grouping.unplaced],
                                    loose=True))
        self.set_cards(cards)

    @staticmethod
    def _card(name: str, texts: list[str], *, loose: bool = False) -> Card:
        count = ideas_count(len(texts)).replace(" ", "\u00a0")
        return Card(f"{name} ({count})",
                    tuple(f"• {brief(text, LISTED_CHARS)}" for text in texts), loose)


class ClusterBoard(QStackedWidget):
    """Canvas or lists, whichever the room can read."""

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.view = CanvasView(scene, interactive=False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QStackedWidget.Shape.NoFrame)
        self.lists = ClusterLists(scene)
        self.addWidget(self.view)
        self.addWidget(self.lists)
        self.followed: CanvasView | None = None
        self.min_px = readable_px(1080)
        scene.session.hub.changed.connect(self._on_changed)
        self.stale = True

    def follow(self, view: CanvasView | None) -> None:
        """Show what `view` shows (the moderator's canvas), or everything (None)."""
        if self.followed is not None:
            for signal in self._signals(self.followed):
                signal.disconnect(self.update_view)
        self.followed = view
        if view is not None:
            for signal in self._signals(view):
                signal.connect(self.update_view)
        self.update_view()

    @staticmethod
    def _signals(view: CanvasView) -> list:  # type: ignore[type-arg]
        return [view.zoomed, view.horizontalScrollBar().valueChanged,
                view.verticalScrollBar().valueChanged]

    def update_view(self, *_: object) -> None:
        target = QRectF()
        if self.followed is not None:
            target = self.followed.mapToScene(self.followed.viewport().rect()).boundingRect()
        readable = False
        if not target.isEmpty():
            scale = min(self.width() / target.width(), self.height() / target.height())
            readable = smallest_canvas_px(scale) >= self.min_px
        self.setCurrentIndex(0 if readable else 1)
        if readable:
            self.view.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)
            if smallest_canvas_px(self.view.transform().m11()) < self.min_px:
                self.setCurrentIndex(1)  # the view's margins took the last pixel

    def set_min_px(self, pixels: int) -> None:
        """The smallest text the room can read on this screen."""
        self.min_px = pixels
        self.lists.set_min_px(pixels)
        self.update_view()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.update_view()

    def _on_changed(self, changes: Changes) -> None:
        if changes.ideas or changes.clusters:
            self.stale = True
            if self.isVisible():  # else when shown: no reading while the room sees Gather
                self._catch_up()

    def _catch_up(self) -> None:
        if self.stale:
            self.stale = False
            self.lists.refresh()
        self.update_view()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._catch_up()
