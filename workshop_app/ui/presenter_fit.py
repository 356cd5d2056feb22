"""Text fitted to the shared screen: cards (a bold title and its lines) laid
out in columns at the largest size that fits, never below what the back of
the room can read, and paged - never scrolled - when they do not fit.

Sizes are measured with the same font metrics QLabel uses for plain
word-wrapped text, so what is measured is what is drawn.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from workshop_app.models.text import shorten

# 28 px on a 1080-pixel-high screen, in proportion elsewhere (19 px at 720).
READABLE_AT_1080 = 28
# The largest text, as a multiple of the smallest readable size.
LARGEST = 2.2
TITLE_SCALE = 1.25
# A column is at least this many text heights wide, so lines hold a few words.
MIN_COLUMN_EMS = 10
MAX_COLUMNS = 4
PAGE_SECONDS = 15
# Beyond this many pages at the smallest size, larger sizes are not tried
# (each try measures every line; a few more pixels matter less than speed).
SEARCHED_PAGES = 4
translate = QCoreApplication.translate
_WRAP = int(Qt.TextFlag.TextWordWrap)
_DASH_AFTER_SPACE = re.compile(r"(?<=\S) (?=[\u2013\u2014\u2212-](\s|$))")
# A one-letter word ("w", "z", "i", "(z"): Polish typesetting never leaves it
# at the end of a line.
_SHORT_WORD_SPACE = re.compile(r"(?<![^\s(\u00a0\"„«])([aiouwzAIOUWZ]) (?=\S)")


def readable_px(screen_height: int) -> int:
    """The smallest text the room reads on a screen `screen_height` pixels tall."""
    return max(math.ceil(screen_height * READABLE_AT_1080 / 1080), 12)


def keep_together(text: str) -> str:
    """`text` for the room's screen: the space before a free-standing dash
    and the space after a one-letter word made unbreakable, so that a
    wrapped line never starts with "–" nor ends with "w" or "(z"."""
    return _SHORT_WORD_SPACE.sub("\\1\u00a0", _DASH_AFTER_SPACE.sub("\u00a0", text))


def pixel_font(base: QFont, pixels: int, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(int(pixels), 1))
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class Card:
    """A titled block: a group and its ideas, an agenda item and its details.
    `loose` marks the block of notes outside any group (drawn dashed, and
    named so)."""

    title: str
    lines: tuple[str, ...] = ()
    loose: bool = False


@dataclass
class Piece:
    """A card, or the part of it that fits in one column."""

    card: Card
    title: str
    lines: list[str]
    rect: QRect = field(default_factory=QRect)


@dataclass
class Layout:
    """Where the pieces go, page by page, at which text size."""

    px: int
    pages: list[list[Piece]]


# Measured heights by (bold, pixel size, width) and text; kept between
# layouts so that a new idea measures one line, not every line again.
Heights = dict[tuple[bool, int, int], dict[str, int]]


class _Metrics:
    """Heights of titles and lines at one text size and column width."""

    def __init__(self, base: QFont, px: int, width: int, cache: Heights | None = None) -> None:
        self.px = px
        self.pad = max(px // 2, 6)
        self.gap = max(px // 4, 4)
        self.inner = max(width - 2 * self.pad, 1)
        self.title_font = pixel_font(base, round(px * TITLE_SCALE), bold=True)
        self.text_font = pixel_font(base, px)
        cache = {} if cache is None else cache
        self._titles = cache.setdefault((True, px, self.inner), {})
        self._lines = cache.setdefault((False, px, self.inner), {})

    def _height(self, known: dict[str, int], font: QFont, text: str) -> int:
        height = known.get(text)
        if height is None:
            height = known[text] = QFontMetrics(font).boundingRect(
                QRect(0, 0, self.inner, 1 << 20), _WRAP, text).height()
        return height

    def title(self, text: str) -> int:
        return self._height(self._titles, self.title_font, text)

    def line(self, text: str) -> int:
        return self._height(self._lines, self.text_font, text)

    def head(self, title: str) -> int:
        """Padding, title and the rule under it."""
        return self.pad + self.title(title) + self.gap + 3 + self.gap

    def shortened(self, text: str, room: int) -> str:
        """`text` cut (with an ellipsis) until it fits `room` pixels of height."""
        while len(text) > 8 and self.line(text) > room:
            text = shorten(text, int(len(text) * 0.8))
        return text


class _Pour:
    """Cards poured into columns, column after column, page after page."""

    def __init__(self, metrics: _Metrics, columns: int, area: QSize, gap: int) -> None:
        self.metrics, self.columns, self.height, self.gap = metrics, columns, area.height(), gap
        self.width = (area.width() - gap * (columns - 1)) // columns
        self.pages: list[list[Piece]] = [[]]
        self.column, self.y = 0, 0
        self.row_bottom = 0

    def whole(self, card: Card) -> int:
        """The height of `card` in one piece."""
        metrics = self.metrics
        return (metrics.head(card.title) + metrics.pad
                + sum(metrics.line(line) + metrics.gap for line in card.lines))

    def across(self, card: Card) -> None:
        """Place `card` next to the one before, in rows, the next row below the
        tallest card of this one (a new page when it does not fit)."""
        height = self.whole(card)
        if self.column == self.columns:
            self.column, self.y = 0, self.row_bottom
        if self.y + height > self.height and self.y > 0:
            self.pages.append([])
            self.column, self.y, self.row_bottom = 0, 0, 0
        top = self.y
        self.place(Piece(card, card.title, list(card.lines)), height)
        self.row_bottom = max(self.row_bottom, self.y)
        self.column, self.y = self.column + 1, top

    def next_column(self) -> None:
        self.column, self.y = self.column + 1, 0
        if self.column == self.columns:
            self.pages.append([])
            self.column = 0

    def place(self, piece: Piece, height: int) -> None:
        height = min(height, self.height - self.y)
        piece.rect = QRect(self.column * (self.width + self.gap), self.y, self.width, height)
        self.pages[-1].append(piece)
        self.y += height + self.gap

    def card(self, card: Card, continued: str) -> None:
        """Place `card`: where it fits whole, else split over columns."""
        title, lines, metrics = card.title, list(card.lines), self.metrics
        while True:
            head = metrics.head(title)
            heights = [metrics.line(line) + metrics.gap for line in lines]
            whole = head + sum(heights) + metrics.pad
            if whole <= self.height - self.y:
                self.place(Piece(card, title, lines), whole)
                return
            fitting, used = 0, head + metrics.pad
            while fitting < len(lines) and used + heights[fitting] <= self.height - self.y:
                used += heights[fitting]
                fitting += 1
            if self.y > 0 and (fitting == 0 or whole <= self.height):
                self.next_column()  # a fresh column holds it, or at least begins it
            elif fitting > 0:
                self.place(Piece(card, title, lines[:fitting]), used)
                lines, title = lines[fitting:], continued.format(title=card.title)
                self.next_column()
            elif lines and len(lines[0]) > 8:
                lines[0] = metrics.shortened(lines[0], self.height - head - 2 * metrics.pad)
            else:  # a title or a line that no column holds: as much as shows
                self.place(Piece(card, title, lines[:1]), self.height)
                lines = lines[1:]
                if not lines:
                    return
                self.next_column()


@dataclass
class Pouring:
    """What to lay out and how: the cards, the widget's font, the title of a
    card's continuation ("{title} (continued)"), the measured heights kept
    between layouts, and whether cards read across in rows (numbered items)
    rather than down the columns."""

    cards: list[Card]
    base: QFont
    continued: str
    heights: Heights = field(default_factory=dict)
    rows: bool = False


def flow(job: Pouring, px: int, columns: int, area: QSize) -> list[list[Piece]]:
    """The cards poured into `columns` columns, page after page: down each
    column (a card taller than what is left of a column goes to the next one,
    one taller than a whole column is split), or across in rows when asked and
    every card fits a page whole."""
    gap = max(px, 12)
    width = (area.width() - gap * (columns - 1)) // columns
    pour = _Pour(_Metrics(job.base, px, width, job.heights), columns, area, gap)
    if job.rows and all(pour.whole(card) <= area.height() for card in job.cards):
        for card in job.cards:
            pour.across(card)
    else:
        for card in job.cards:
            pour.card(card, job.continued)
    if not pour.pages[-1] and len(pour.pages) > 1:
        pour.pages.pop()
    return pour.pages


def best_layout(job: Pouring, area: QSize, min_px: int) -> Layout:
    """The fewest pages, then the largest text: sizes from `min_px` up to
    LARGEST times it, every column count whose columns are wide enough. When
    even the smallest size needs more than SEARCHED_PAGES pages, it is the size."""
    best: tuple[int, int] | None = None
    chosen = Layout(min_px, [[]])
    top = int(min_px * LARGEST)
    for columns in range(1, MAX_COLUMNS + 1):
        def wide_enough(px: int, c: int = columns) -> bool:
            return c == 1 or (area.width() - max(px, 12) * (c - 1)) // c >= MIN_COLUMN_EMS * px

        if not wide_enough(min_px):
            break
        pages = flow(job, min_px, columns, area)
        low, high, good = min_px + 1, top if len(pages) <= SEARCHED_PAGES else min_px, (min_px, pages)
        while low <= high:
            middle = (low + high) // 2
            tried = flow(job, middle, columns, area) if wide_enough(middle) else None
            if tried is not None and len(tried) <= len(pages):
                low, good = middle + 1, (middle, tried)
            else:
                high = middle - 1
        key = (len(good[1]), -good[0])
        if best is None or key < best:
            best, chosen = key, Layout(good[0], good[1])
    return chosen


class CardPages(QWidget):
    """Cards at the largest readable size, one page at a time, with a page
    indicator when there is more than one page. Pages turn by themselves
    every PAGE_SECONDS seconds, or at `next_page` / `previous_page`.

    Signals:
        page_changed(int, int): the page shown (from 0) and the number of pages.
    """

    page_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[Card] = []
        self.min_px = READABLE_AT_1080
        self.layout_: Layout = Layout(self.min_px, [[]])
        self.page = 0
        self.frames: list[QFrame] = []
        self.indicator = QLabel(self)
        self.indicator.setObjectName("presenterPage")
        self.indicator.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.turner = QTimer(self)
        self.turner.setInterval(PAGE_SECONDS * 1000)
        self.turner.timeout.connect(self.next_page)
        self.heights: Heights = {}
        self.stale = False
        self.rows = False  # True: cards read across, row by row

    def set_cards(self, cards: list[Card]) -> None:
        self.cards = [Card(keep_together(c.title), tuple(keep_together(t) for t in c.lines), c.loose)
                      for c in cards]
        self.relayout()

    def set_min_px(self, pixels: int) -> None:
        if pixels != self.min_px:
            self.min_px = pixels
            self.relayout()

    @property
    def page_count(self) -> int:
        return len(self.layout_.pages)

    def relayout(self) -> None:
        """Lay the cards out again; while hidden, only note that it is due."""
        size = self.size()
        self.stale = not self.isVisible()
        if self.stale or size.width() < 50 or size.height() < 50:
            return
        continued = translate("CardPages", "{title} (continued)")
        if sum(len(known) for known in self.heights.values()) > 200_000:
            self.heights.clear()
        job = Pouring(self.cards, self.font(), continued, self.heights, self.rows)
        layout = best_layout(job, size, self.min_px)
        if len(layout.pages) > 1:
            below = QSize(size.width(), size.height() - self._indicator_height())
            layout = best_layout(job, below, self.min_px)
        self.layout_ = layout
        self.page = min(self.page, self.page_count - 1)
        if self.page_count > 1:
            self.turner.start()
        else:
            self.turner.stop()
        self._show_page()

    def next_page(self) -> None:
        self._turn(1)

    def previous_page(self) -> None:
        self._turn(-1)

    def _turn(self, step: int) -> None:
        if self.page_count > 1:
            self.page = (self.page + step) % self.page_count
            self.turner.start()  # a page turned by hand gets its full time too
            self._show_page()

    def _indicator_height(self) -> int:
        return QFontMetrics(pixel_font(self.font(), self.min_px)).height() + self.min_px // 2

    def _show_page(self) -> None:
        for frame in self.frames:
            frame.hide()
            frame.deleteLater()
        self.frames = [self._card_frame(piece) for piece in self.layout_.pages[self.page]]
        for frame in self.frames:
            frame.show()
        many = self.page_count > 1
        self.indicator.setVisible(many)
        if many:
            self.indicator.setFont(pixel_font(self.font(), self.min_px, bold=True))
            marks = " ".join("●" if n == self.page else "○" for n in range(self.page_count))
            self.indicator.setText(translate("CardPages", "Page {page} of {count}").format(
                page=self.page + 1, count=self.page_count) + "   " + marks)
            height = self._indicator_height()
            self.indicator.setGeometry(0, self.height() - height, self.width(), height)
        self.page_changed.emit(self.page, self.page_count)

    def _card_frame(self, piece: Piece) -> QFrame:
        metrics = _Metrics(self.font(), self.layout_.px, piece.rect.width(), self.heights)
        frame = QFrame(self)
        frame.setObjectName("presenterLoose" if piece.card.loose else "presenterCard")
        frame.setGeometry(piece.rect)
        y = metrics.pad
        title = QLabel(piece.title, frame)
        title.setObjectName("presenterCardTitle")
        title.setFont(metrics.title_font)
        height = metrics.title(piece.title)
        for label in (title, *self._line_labels(frame, piece, metrics)):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if label is not title:
                height = metrics.line(label.text())
            label.setGeometry(metrics.pad, y, metrics.inner, height)
            y += height + metrics.gap
            if label is title:
                rule = QFrame(frame)
                rule.setObjectName("presenterRule")
                rule.setGeometry(metrics.pad, y, metrics.inner, 3)
                y += 3 + metrics.gap
        return frame

    @staticmethod
    def _line_labels(frame: QFrame, piece: Piece, metrics: _Metrics) -> list[QLabel]:
        labels = []
        for line in piece.lines:
            label = QLabel(line, frame)
            label.setObjectName("presenterLine")
            label.setFont(metrics.text_font)
            labels.append(label)
        return labels

    def labels(self) -> list[QLabel]:
        """The title and line labels of the page shown, in order."""
        return [label for frame in self.frames for label in frame.findChildren(QLabel)]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def hideEvent(self, event: object) -> None:
        self.turner.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.stale:
            self.relayout()
        if self.page_count > 1:
            self.turner.start()
