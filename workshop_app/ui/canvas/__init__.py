"""The sticky-note canvas of the Cluster phase."""

from workshop_app.ui.canvas.items import ClusterFrame, NoteItem
from workshop_app.ui.canvas.scene import CanvasScene
from workshop_app.ui.canvas.view import CanvasView

__all__ = ["CanvasScene", "CanvasView", "ClusterFrame", "NoteItem"]
