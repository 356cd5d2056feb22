"""The field of the results' 2×2 matrix (`results_view.MatrixView`): the
quadrants painted, their names in the corners, and the options' markers
placed by their axis means without covering one another."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.models.results import MIDPOINT, SCALE, Quadrant

QUADRANT_CORNERS = {
    Quadrant.BIG_PROJECTS: (0, 0), Quadrant.QUICK_WINS: (1, 0),
    Quadrant.THANKLESS: (0, 1), Quadrant.FILL_INS: (1, 1),
}
"""Each quadrant's (column, row) on the matrix: axis 1 up, axis 2 to the right."""


class MatrixPlot(QWidget):
    """The 2×2 field: axis 1 (impact) upwards, axis 2 (feasibility) to the
    right, both 1–5, the midpoint 3 dividing the quadrants; their names sit in
    bands above and below the marks' range, so no mark covers them.

    Signals: none."""

    def __init__(self, parent: QWidget, *, shared_screen: bool, text_px: int) -> None:
        super().__init__(parent)
        self.shared_screen = shared_screen
        self.text_px = text_px
        self.corner_labels: dict[Quadrant, QLabel] = {}
        self.markers: dict[str, QLabel] = {}
        self.means: dict[str, tuple[float, float]] = {}
        self.quadrants: dict[str, Quadrant] = {}

    def band(self) -> int:
        return max((label.sizeHint().height() for label in self.corner_labels.values()),
                   default=0) + 8

    def field(self) -> QRectF:
        """Where axis values 1–5 lie."""
        inset = max(round(self.text_px * 1.4), 16)  # room for half a marker
        return QRectF(self.rect()).adjusted(inset, self.band(), -inset, -self.band())

    def quadrant_rect(self, quadrant: Quadrant) -> QRect:
        """The area painted for `quadrant`, its name's band included."""
        middle = self.point(MIDPOINT, MIDPOINT)
        column, row = QUADRANT_CORNERS[quadrant]
        left = 0.0 if column == 0 else middle.x()
        right = middle.x() if column == 0 else float(self.width())
        top = 0.0 if row == 0 else middle.y()
        bottom = middle.y() if row == 0 else float(self.height())
        return QRectF(QPointF(left, top), QPointF(right, bottom)).toRect()

    def point(self, impact: float, feasibility: float) -> QPointF:
        field = self.field()
        low, high = SCALE
        x = field.left() + (feasibility - low) / (high - low) * field.width()
        y = field.bottom() - (impact - low) / (high - low) * field.height()
        return QPointF(x, y)

    def place_children(self) -> None:
        for quadrant, label in self.corner_labels.items():
            area = self.quadrant_rect(quadrant)
            size = label.sizeHint()
            column, row = QUADRANT_CORNERS[quadrant]
            x = area.left() + 8 if column == 0 else area.right() - 8 - size.width()
            y = 4 if row == 0 else self.height() - 4 - size.height()
            label.setGeometry(QRect(QPoint(x, y), size))
        taken: list[QRect] = []
        for option_id, marker in self.markers.items():
            means = self.means[option_id]
            spot = self.point(*means).toPoint()
            area = self.quadrant_rect(self.quadrants[option_id]).adjusted(3, 3, -3, -3)
            marker.setGeometry(self._free_spot(spot, marker.sizeHint(), area, taken))
            taken.append(marker.geometry())

    def _free_spot(self, spot: QPoint, size: QSize, area: QRect,
                   taken: Sequence[QRect]) -> QRect:
        """A marker's rectangle centred on `spot`, or as near as it can be
        inside its quadrant's `area` (a mark on a dividing line goes to the
        side its quadrant is on) without covering another marker, so that
        overlapping options stay readable."""
        bounds = self.field().toRect().adjusted(
            -size.width() // 2, -size.height() // 2, size.width() // 2, size.height() // 2)
        bounds = bounds.intersected(area)
        grain = max(size.height() // 4, 2)
        reach = 3 * size.width() // grain
        offsets = sorted(((dx * grain, dy * grain) for dx in range(-reach, reach + 1)
                          for dy in range(-reach, reach + 1)), key=lambda o: o[0] ** 2 + o[1] ** 2)
        rect = QRect(QPoint(0, 0), size)
        for dx, dy in offsets:
            rect.moveCenter(spot + QPoint(dx, dy))
            if bounds.contains(rect) and not any(rect.intersects(other) for other in taken):
                return QRect(rect)
        rect.moveCenter(spot)
        return rect

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_children()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        screen = self.shared_screen
        tints = ("#1b2a3a", "#22364a") if screen else ("#eef2f6", "#f8fafc")
        for quadrant, (column, row) in QUADRANT_CORNERS.items():
            painter.fillRect(self.quadrant_rect(quadrant), QColor(tints[(column + row) % 2]))
        ink = QColor("#FFFFFF") if screen else QColor("#1b2a3a")
        painter.setPen(QPen(ink, 3 if screen else 2))
        middle = self.point(MIDPOINT, MIDPOINT)
        painter.drawLine(QPointF(middle.x(), 0), QPointF(middle.x(), self.height()))
        painter.drawLine(QPointF(0, middle.y()), QPointF(self.width(), middle.y()))
        painter.setPen(QPen(ink, 1, Qt.PenStyle.DashLine))
        for option_id, marker in self.markers.items():
            exact = self.point(*self.means[option_id])
            painter.drawEllipse(exact, 4, 4)
            if not marker.geometry().contains(exact.toPoint()):
                painter.drawLine(exact, QPointF(marker.geometry().center()))
        painter.end()
