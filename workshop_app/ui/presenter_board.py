"""The shared screen's view of the Cluster phase: the canvas, read-only,
either following the moderator's view or showing everything; when notes
would be too small to read, titled lists of the clusters instead."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QStackedWidget, QWidget

from workshop_app.models.groups import group_members
from workshop_app.models.stacks import unstacked
from workshop_app.models.text import brief
from workshop_app.services import Changes
from workshop_app.ui.canvas import CanvasScene, CanvasView
from workshop_app.ui.canvas.items import TEXT_LOD
from workshop_app.ui.labels import ideas_count

LIST_COLUMNS = 4
MAX_LISTED = 6
LISTED_CHARS = 80


class ClusterLists(QWidget):
    """Each cluster as a title and its ideas as a short list (plain text)."""

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.grid = QGridLayout(self)
        self.grid.setSpacing(24)
        self.labels: list[QLabel] = []
        self.text_px = 28

    def refresh(self) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        service = self.scene.service
        clusters = service.clusters()
        grouping = group_members(unstacked(service.ideas()), clusters)
        for number, cluster in enumerate(clusters):
            members = [i.text for i in grouping.members[cluster.id]]
            lines = [f"• {brief(text, LISTED_CHARS)}" for text in members[:MAX_LISTED]]
            if len(members) > MAX_LISTED:
                lines.append(self.tr("… and {count} more").format(count=len(members) - MAX_LISTED))
            label = QLabel(f"{cluster.name} ({ideas_count(len(members))})\n" + "\n".join(lines))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setStyleSheet("color: #FFFFFF; background: #1b2a3a; border-radius: 8px; padding: 12px;")
            font = QFont(label.font())
            font.setPixelSize(self.text_px)
            label.setFont(font)
            self.grid.addWidget(label, number // LIST_COLUMNS, number % LIST_COLUMNS)
            self.labels.append(label)


class ClusterBoard(QStackedWidget):
    """Canvas or lists, whichever the room can read."""

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.view = CanvasView(scene, interactive=False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lists = ClusterLists(scene)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.lists)
        scroller.setStyleSheet("background: #101820; border: none;")
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.addWidget(self.view)
        self.addWidget(scroller)
        self.followed: CanvasView | None = None
        scene.session.hub.changed.connect(self._on_changed)

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
        if self.followed is not None:
            target = self.followed.mapToScene(self.followed.viewport().rect()).boundingRect()
        else:
            target = self.scene.itemsBoundingRect().adjusted(-40, -40, 40, 40)
        if target.isEmpty():
            target = QRectF(0, 0, 800, 600)
        self.view.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)
        readable = self.view.transform().m11() >= TEXT_LOD
        if not readable:
            self.lists.refresh()
        self.setCurrentIndex(0 if readable else 1)

    def set_text_size(self, pixels: int) -> None:
        self.lists.text_px = pixels

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.update_view()

    def _on_changed(self, changes: Changes) -> None:
        if changes.ideas or changes.clusters:
            self.update_view()
