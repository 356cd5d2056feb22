"""The canvas view: zoom, pan, fit all, rubber-band selection, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsProxyWidget, QGraphicsView, QWidget

from workshop_app.ui.canvas.items import BLOCK_LOD
from workshop_app.ui.canvas.scene import CanvasScene

ZOOM_STEP = 1.2
MIN_SCALE, MAX_SCALE = 0.05, 4.0
# Around everything "fit all" shows, in screen pixels.
FIT_MARGIN = 24
# The scale a canvas opens at when everything fits no larger: notes readable.
OPEN_SCALE = 0.6


class CanvasView(QGraphicsView):
    """Shows a `CanvasScene`. The wheel scrolls,
    Ctrl+wheel zooms around the pointer, Space+drag pans, dragging on empty
    canvas selects; + / - zoom around the selection (or the view's centre)
    and 0 fits everything. Keys go to an editor open on the canvas.

    Signals:
        zoomed(float): the scale changed.
    """

    zoomed = Signal(float)

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None, *,
                 interactive: bool = True) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setInteractive(interactive)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag if interactive
                         else QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive else Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Canvas of sticky notes"))
        # Until the moderator zooms, the view keeps everything in sight.
        self.auto_fit = True
        self._fitted_size = QSize()

    def _scale_changed(self) -> None:
        if self.isInteractive():  # the moderator's view decides
            self.scene().set_overview(self.scale_factor() < BLOCK_LOD)  # type: ignore[attr-defined]
        self.zoomed.emit(self.scale_factor())

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        """Zoom around the pointer (the wheel's anchor)."""
        self.auto_fit = False
        target = min(max(self.scale_factor() * factor, MIN_SCALE), MAX_SCALE)
        factor = target / self.scale_factor()
        self._scroll_room()
        self.scale(factor, factor)
        self._scale_changed()

    def zoom_centred(self, factor: float) -> None:
        """Keyboard zoom: around the selected items, else the view's centre."""
        selected = [i.sceneBoundingRect() for i in self.scene().selectedItems()]
        if selected:
            box = selected[0]
            for rect in selected[1:]:
                box = box.united(rect)
            centre = box.center()
        else:
            centre = self.mapToScene(self.viewport().rect().center())
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.zoom(factor)
        self.setTransformationAnchor(anchor)
        self.centerOn(centre)

    def fit_rect(self, rect: QRectF) -> None:
        """Show `rect` (scene coordinates) as large as the view allows."""
        self.auto_fit = False
        self._scroll_room()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._scale_changed()

    def fit_all(self, *, largest: float = MAX_SCALE) -> None:
        """Everything in sight with a margin, at most at scale `largest`."""
        rect = self.scene().itemsBoundingRect()
        if rect.isEmpty():
            rect = QRectF(0, 0, 800, 600)
        room = self.viewport().rect().adjusted(FIT_MARGIN, FIT_MARGIN, -FIT_MARGIN, -FIT_MARGIN)
        scale = min(room.width() / rect.width(), room.height() / rect.height(), largest)
        # Scroll exactly over what is shown: Qt's own scene rectangle only
        # ever grows, and scroll bars for an old, larger one would take room
        # (and shift the centre) that the fit counted on.
        # A pixel short of the viewport: no scroll bar, hence no resize, at this scale.
        half = QPointF(self.viewport().width() - 2, self.viewport().height() - 2) / (2 * scale)
        self.setSceneRect(QRectF(rect.center() - half, rect.center() + half))
        self._fitted_size = self.viewport().size()
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())
        self._scale_changed()

    def show_all(self) -> None:
        """"Fit all": everything in sight, and kept in sight as the view
        grows or shrinks, until the moderator zooms."""
        self.auto_fit = True
        self.fit_all()

    def _scroll_room(self) -> None:
        """Zoomed in, the scroll bars reach every item and what is in sight."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        self.setSceneRect(self.scene().itemsBoundingRect().united(shown))

    def open_readable(self) -> None:
        """The first look at a canvas: everything when that is readable, else
        the top-left corner at a scale where notes show their text."""
        self.fit_all(largest=1.0)
        if self.scale_factor() < OPEN_SCALE:
            self.auto_fit = False
            self.resetTransform()
            self.scale(OPEN_SCALE, OPEN_SCALE)
            rect = self.scene().itemsBoundingRect()
            corner = rect.topLeft() - QPointF(FIT_MARGIN, FIT_MARGIN) / OPEN_SCALE
            half = QPointF(self.viewport().width(), self.viewport().height()) / (2 * OPEN_SCALE)
            self.centerOn(corner + half)
            self._scale_changed()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.auto_fit and self.viewport().size() != self._fitted_size:
            self.fit_all()

    def reset_zoom(self) -> None:
        self.resetTransform()
        self._scale_changed()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.isInteractive():
            return
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)  # scroll
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP ** steps)

    def _editing(self) -> bool:
        """Whether an editor on the canvas (a title being renamed) has the keys."""
        return isinstance(self.scene().focusItem(), QGraphicsProxyWidget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._editing():
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_centred(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_centred(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.show_all()
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self.isInteractive() \
                and not self._editing():
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().keyReleaseEvent(event)
