"""Canvas items: a note per idea and a titled frame per cluster.

Items hold ids and what they need to paint; the service holds the truth.
Painting is kept cheap for 2,000 notes: text layouts are cached in
`QStaticText`. Zoomed out, a note's text is drawn in letters that stay
legible on screen, shortened with "…"; only when a note is too small to hold
a word is it a plain coloured block.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QStaticText, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from workshop_app.models import Idea, Sector
from workshop_app.models.layout import FRAME_PAD, NOTE_H, NOTE_W, TITLE_H
from workshop_app.models.text import shorten
from workshop_app.ui.labels import plain_tip

# Below this zoom the text is too small to read from afar (the shared screen's measure).
TEXT_LOD = 0.35
# Below this zoom a note cannot hold a legible word: paint a block.
BLOCK_LOD = 0.2
# Zoomed out, text on notes and titles is at least this tall on screen (px).
LEGIBLE_PX = 12
TITLE_LEGIBLE_PX = 14
# How far a title banner may rise above its frame when zoomed out (scene px).
TITLE_RISE = 60.0
# A note shows at most this much of its text (the tooltip has it all); laying
# out a 20,000-character text would cost far more than the note can show.
NOTE_TEXT_CHARS = 400
PASTELS: dict[Sector | None, str] = {
    Sector.LOCAL_GOVERNMENT: "#CDEBFF", Sector.ACADEMIA: "#D7F5D0", Sector.BUSINESS: "#FFF3B0",
    Sector.NGO: "#FFD9E6", Sector.RESIDENTS: "#FFE2C2", Sector.OTHER: "#E8DDFF", None: "#EDEDED",
}
_TEXT_FONT = QFont()
_TEXT_FONT.setPointSizeF(10.5)
# Below this zoom the note's own font (10.5 pt, 14 px at 96 dpi) would be
# smaller than LEGIBLE_PX on screen.
NOTE_FONT_LOD = LEGIBLE_PX / 14
_CAPTION_FONT = QFont()
_CAPTION_FONT.setPointSizeF(8)
_TITLE_FONT = QFont()
_TITLE_FONT.setPointSizeF(13)
_TITLE_FONT.setBold(True)
_INK = QColor("#111111")
_SELECTED = QPen(QColor("#0b57d0"), 4)
_EDGE = QPen(QColor("#8a8a8a"), 1)
_PREVIEW = QPen(QColor("#0b57d0"), 3, Qt.PenStyle.DashLine)
_OVERLAY = QColor(27, 42, 58)
_FRAME_FILL = QBrush(QColor(255, 255, 255, 150))
_FRAME_EDGE = QPen(QColor("#1b2a3a"), 2)


def _static(text: str, width: float) -> QStaticText:
    static = QStaticText(text)
    static.setTextWidth(width)
    static.setTextFormat(Qt.TextFormat.PlainText)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    static.setTextOption(option)
    return static


@lru_cache(maxsize=4096)
def legible_text(text: str, pixel_size: int, width: float, height: float) -> tuple[QFont, QStaticText]:
    """`text` word-wrapped into `width` x `height` (scene px) in a font of
    `pixel_size`; what does not fit is cut at the last line with "…"."""
    font = QFont(_TEXT_FONT)
    font.setPixelSize(pixel_size)
    metrics = QFontMetricsF(font)
    # Scaled down on screen, hinted letters take a little more room than measured here.
    width *= 0.9
    lines_max = max(1, int(height // metrics.lineSpacing()))
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < lines_max:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words or any(metrics.horizontalAdvance(line) > width for line in lines):
        rest = " ".join([lines.pop(), *words]) if lines else ""
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
        last = metrics.elidedText(rest + ("…" if words else ""), Qt.TextElideMode.ElideRight, width)
        if last == "…" and lines:  # a line of its own for "…" only: end the line above
            last = metrics.elidedText(lines.pop() + "…", Qt.TextElideMode.ElideRight, width)
        lines.append(last)
    static = QStaticText("\u2028".join(lines))
    static.setTextWidth(width + pixel_size)  # slack: the lines are measured to fit already
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=font)
    return font, static


def _elide(caption: str) -> str:
    return QFontMetricsF(_CAPTION_FONT).elidedText(caption, Qt.TextElideMode.ElideRight, NOTE_W - 20)


def _looks(idea: Idea) -> tuple[object, ...]:
    """What of an idea its note shows (its place aside)."""
    return (idea.text, idea.sector, idea.participant_id, idea.table_label, idea.cluster_id)


def looks_changed(note: NoteItem, idea: Idea) -> bool:
    """Whether the note must be redrawn for `idea` (not only moved)."""
    return note.shown != _looks(idea)


class NoteItem(QGraphicsItem):
    """One idea as a sticky note: text, sector label (not colour alone),
    author unless anonymous, and a badge when duplicates are stacked on it."""

    def __init__(self, idea: Idea, caption: str) -> None:
        super().__init__()
        self.idea_id = idea.id
        self.shown = _looks(idea)
        self.cluster_id = idea.cluster_id
        self.text = idea.text
        self.caption = caption
        self.stacked = 0
        self.highlighted = False
        self._colour = QColor(PASTELS[idea.sector])
        self._body = _static(shorten(idea.text, NOTE_TEXT_CHARS), NOTE_W - 16)
        self._caption = _static(_elide(caption), NOTE_W - 16)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(1)
        self.setToolTip(plain_tip(idea.text))

    @property
    def shown_text(self) -> str:
        """The text painted on the note: the idea's, shortened if long."""
        return self._body.text()

    def update_idea(self, idea: Idea, caption: str) -> None:
        self.shown = _looks(idea)
        self.cluster_id = idea.cluster_id
        if idea.text != self.text:
            self.text = idea.text
            self._body = _static(shorten(idea.text, NOTE_TEXT_CHARS), NOTE_W - 16)
            self.setToolTip(plain_tip(idea.text))
        self.set_caption(caption)
        self._colour = QColor(PASTELS[idea.sector])
        self.update()

    def set_caption(self, caption: str) -> None:
        if caption != self.caption:
            self.caption = caption
            self._caption = _static(_elide(caption), NOTE_W - 16)
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, NOTE_W, NOTE_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = QRectF(0, 0, NOTE_W, NOTE_H)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < BLOCK_LOD and self.cluster_id is not None and not self.highlighted:
            return  # the cluster's title covers its notes at this zoom
        painter.fillRect(rect, self._colour)
        if self.isSelected() or self.highlighted:
            painter.setPen(_SELECTED if self.isSelected() else _PREVIEW)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        if lod < BLOCK_LOD:
            return
        painter.setPen(_EDGE)
        painter.drawRect(rect)
        painter.setPen(_INK)
        if lod < NOTE_FONT_LOD:
            pixel_size = int(LEGIBLE_PX / lod)
            font, static = legible_text(self.shown_text, pixel_size, NOTE_W - 12, NOTE_H - 8)
            painter.setFont(font)
            painter.drawStaticText(QPointF(6, 4), static)
            return
        painter.setFont(_TEXT_FONT)
        painter.setClipRect(rect.adjusted(6, 6, -6, -22))
        painter.drawStaticText(QPointF(8, 8), self._body)
        painter.setClipping(False)
        painter.setFont(_CAPTION_FONT)
        painter.drawStaticText(QPointF(8, NOTE_H - 20), self._caption)
        if self.stacked:
            badge = QRectF(NOTE_W - 34, NOTE_H - 22, 30, 18)
            painter.fillRect(badge, QColor("#1b2a3a"))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"×{self.stacked + 1}")


@lru_cache(maxsize=1024)
def _fitting_text(text: str, width: float, height: float,
                  largest: float = 1e6) -> tuple[QFont, QStaticText]:
    """The largest bold font (in scene pixels, at most `height` / 2 and
    `largest`) in which `text`, wrapped between words only, fits `width` x
    `height`, and the laid-out text (cached: painted often)."""
    font = QFont(_TITLE_FONT)
    size = max(8.0, min(height / 2, largest))
    while size > 8:
        font.setPixelSize(int(size))
        needed = QFontMetricsF(font).boundingRect(
            QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text)
        if needed.width() <= width and needed.height() <= height:
            break
        size *= 0.9
    static = _static(text, width)
    option = static.textOption()
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never "laboratoriu/m"
    static.setTextOption(option)
    static.prepare(font=font)
    return font, static


class FrameTitle(QGraphicsItem):
    """A cluster's name, wrapped between words, never cut. At normal zoom it
    sits in the frame's title bar; zoomed out it grows above the frame in
    letters that stay legible; when notes are mere blocks it covers the frame
    in letters sized to it, so the room still reads the group names (clicks
    pass through)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(3)
        self.text = ""
        self._rect = QRectF()

    def set_geometry(self, rect: QRectF, text: str) -> None:
        self.prepareGeometryChange()
        self.setPos(rect.topLeft())
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self.text = text
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(0, -TITLE_RISE, 0, 0)

    def banner(self, lod: float) -> tuple[QRectF, QFont, QStaticText]:
        """Where the title is painted at zoom `lod`, in which font and layout."""
        width = self._rect.width() - 16
        title_px = QFontMetricsF(_TITLE_FONT).height()
        largest = max(title_px, TITLE_LEGIBLE_PX / max(lod, BLOCK_LOD))
        font, static = _fitting_text(self.text, width, TITLE_H + TITLE_RISE - 8, largest)
        height = max(TITLE_H, static.size().height() + 8)
        return QRectF(0, TITLE_H - height, self._rect.width(), height), font, static

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod >= BLOCK_LOD:
            box, font, static = self.banner(lod)
            if box.height() > TITLE_H:
                painter.fillRect(box, _OVERLAY)
        else:
            painter.fillRect(self._rect, _OVERLAY)
            box = self._rect.adjusted(12, 12, -12, -12)
            font, static = _fitting_text(self.text, box.width(), box.height())
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        size = static.size()
        painter.drawStaticText(QPointF(box.left() + (box.width() - size.width()) / 2,
                                       box.top() + (box.height() - size.height()) / 2), static)


class ClusterFrame(QGraphicsItem):
    """A cluster's frame around its notes, with the name as a title.

    The frame's rectangle follows its notes (`fit_to`); dragging the frame
    moves its notes with it (handled by the scene).
    """

    def __init__(self, cluster_id: str, name: str) -> None:
        super().__init__()
        self.cluster_id = cluster_id
        self.name = name
        self.count = 0
        self.highlighted = False
        self._rect = QRectF(0, 0, NOTE_W + 2 * FRAME_PAD, NOTE_H + TITLE_H + 2 * FRAME_PAD)
        self.title = FrameTitle()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsScenePositionChanges)
        self.setZValue(0)

    def set_name(self, name: str, count: int) -> None:
        self.name, self.count = name, count
        self.title.set_geometry(self.sceneBoundingRect(), f"{name}  ({count})")
        self.setToolTip(plain_tip(name))
        self.title.setToolTip(plain_tip(name))
        self.update()

    def fit_to(self, notes: list[QRectF], fallback: QPointF) -> None:
        """Span the given note rectangles (scene coordinates) plus padding."""
        self.prepareGeometryChange()
        if notes:
            box = notes[0]
            for rect in notes[1:]:
                box = box.united(rect)
            top_left = QPointF(box.left() - FRAME_PAD, box.top() - FRAME_PAD - TITLE_H)
            size = (box.width() + 2 * FRAME_PAD, box.height() + 2 * FRAME_PAD + TITLE_H)
        else:
            top_left, size = fallback, (NOTE_W + 2 * FRAME_PAD, TITLE_H + 2 * FRAME_PAD)
        self.setPos(top_left)
        self._rect = QRectF(0, 0, *size)
        self.set_name(self.name, self.count)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.title.setPos(self.pos())
        elif change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            scene = self.scene()
            if scene is not None and self.title.scene() is not scene:
                scene.addItem(self.title)
        return super().itemChange(change, value)

    def title_rect(self) -> QRectF:
        return QRectF(0, 0, self._rect.width(), TITLE_H)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setBrush(_FRAME_FILL)
        painter.setPen(_SELECTED if self.isSelected() else
                       _PREVIEW if self.highlighted else _FRAME_EDGE)
        if lod < BLOCK_LOD and not (self.isSelected() or self.highlighted):
            return  # the title overlay covers the whole frame at this zoom
        painter.drawRoundedRect(self._rect, 12, 12)
        painter.fillRect(QRectF(2, 2, self._rect.width() - 4, TITLE_H - 4), QColor("#1b2a3a"))
