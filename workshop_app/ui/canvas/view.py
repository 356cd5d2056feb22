"""The canvas view: zoom, pan, fit all, rubber-band selection, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from workshop_app.ui.canvas.items import TEXT_LOD
from workshop_app.ui.canvas.scene import CanvasScene

ZOOM_STEP = 1.2
MIN_SCALE, MAX_SCALE = 0.05, 4.0


class CanvasView(QGraphicsView):
    """Shows a `CanvasScene`. Wheel zooms around the pointer (Shift+wheel
    scrolls), Space+drag pans, dragging on empty canvas selects; + / - zoom
    and 0 fits everything.

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

    def _scale_changed(self) -> None:
        if self.isInteractive():  # the moderator's view decides
            self.scene().set_overview(self.scale_factor() < TEXT_LOD)  # type: ignore[attr-defined]
        self.zoomed.emit(self.scale_factor())

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        self.auto_fit = False
        target = min(max(self.scale_factor() * factor, MIN_SCALE), MAX_SCALE)
        factor = target / self.scale_factor()
        self.scale(factor, factor)
        self._scale_changed()

    def fit_rect(self, rect: QRectF) -> None:
        """Show `rect` (scene coordinates) as large as the view allows."""
        self.auto_fit = False
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._scale_changed()

    def fit_all(self) -> None:
        rect = self.scene().itemsBoundingRect()
        if rect.isEmpty():
            rect = QRectF(0, 0, 800, 600)
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        self._scale_changed()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_all()

    def reset_zoom(self) -> None:
        self.resetTransform()
        self._scale_changed()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.isInteractive():
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # scroll
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP ** steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_all()
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self.isInteractive():
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().keyReleaseEvent(event)
