"""A voting round's results, shown: ranked bars (`ResultsView`) and the 2×2
matrix of a score round (`MatrixView`).

Both are fed plain data (`models.results.OptionResult` and the options'
titles) and call no service. Every text is a plain-text label, so markup
typed by the room shows as written, and every mark is written in words or
numbers beside its colour. With `shared_screen=True` the smallest text is the
size the back of the room reads (28 px on a 1080-pixel-high window, in
proportion elsewhere), and the colours are the shared screen's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontInfo, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from workshop_app.models import Sector, VoteMethod
from workshop_app.models.results import SCALE, Agreement, OptionResult, Quadrant
from workshop_app.ui.labels import plain_tip, sector_label
from workshop_app.ui.presenter_fit import pixel_font, readable_px
from workshop_app.ui.results_matrix_plot import MatrixPlot

# Sizes of the other texts, as multiples of the smallest.
PLACE_SCALE = 1.6
TITLE_SCALE = 1.0
SCORE_SCALE = 1.3
BAR_EMS = 6
"""A bar's full length, in text heights."""
SECTOR_COLUMN = 5
"""The grid's first column of points by sector (place, title, bar, score and
balanced score come before)."""
SCREEN_STYLE = """
#resultsScreen { background: #101820; }
#resultsScreen QScrollArea, #resultsScreen QScrollArea > QWidget > QWidget {
    background: transparent; }
#resultsScreen QLabel { color: #FFFFFF; background: transparent; }
#resultsScreen QLabel#resultsBadge { border: 2px solid #FFE08A; border-radius: 6px;
                                     padding: 0 8px; }
#resultsScreen QLabel#matrixMarker { color: #000000; background: #FFE08A;
                                     border: 2px solid #FFFFFF; border-radius: 8px; }
"""
CONSOLE_STYLE = """
QLabel#resultsBadge { border: 1px solid #1b2a3a; border-radius: 4px; padding: 0 4px; }
QLabel#matrixMarker { color: #FFFFFF; background: #1b2a3a; border-radius: 5px; }
"""


SCREEN_ROWS = 8
"""Options per page on the shared screen (28 px text at 1080p, five sectors)."""


def number_text(value: float, method: VoteMethod) -> str:
    """A score as the room reads it: whole dots and points without decimals,
    means with two (near ties of means are closer than 0.1)."""
    if method is not VoteMethod.SCORE and round(value, 1).is_integer():
        return str(round(value))
    return QLocale().toString(float(value), "f", 2 if method is VoteMethod.SCORE else 1)


def plain_label(text: str = "", *, wrap: bool = False, name: str = "") -> QLabel:
    """A label that shows `text` as written (never as markup)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def plain_scroll_area() -> QScrollArea:
    """A frameless scroll area over the view's own background, for content
    taller than the view (many options at a large text size)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setStyleSheet("QScrollArea { background: transparent; }")
    return area


class _Sized(QWidget):
    """A widget whose labels take their fonts from one smallest text size:
    the program's font on the console, `readable_px` of the window's height
    on the shared screen. Subclasses register labels with `_sized`.

    Signals: none."""

    def __init__(self, shared_screen: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.shared_screen = shared_screen
        self.text_px = self._wanted_px()
        if shared_screen:
            self.setObjectName("resultsScreen")
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            self.setStyleSheet(SCREEN_STYLE)
        else:
            self.setStyleSheet(CONSOLE_STYLE)

    def _wanted_px(self) -> int:
        if self.shared_screen:
            return readable_px(self.window().height())
        return max(QFontInfo(self.font()).pixelSize(), 1)

    def _sized(self, label: QLabel, scale: float = 1.0, bold: bool = False) -> QLabel:
        """`label` with its text `scale` times the smallest size, kept so on resizes."""
        label.setProperty("textScale", scale)
        label.setFont(pixel_font(self.font(), round(self.text_px * scale), bold=bold))
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = self._wanted_px()
        if wanted != self.text_px:
            self.text_px = wanted
            for label in self.findChildren(QLabel):
                scale = label.property("textScale")
                if isinstance(scale, float):
                    label.setFont(pixel_font(self.font(), round(wanted * scale),
                                             bold=label.font().bold()))
            self._text_px_changed()

    def _text_px_changed(self) -> None:
        """Sizes that follow the text size (none by default)."""


class _Bar(QWidget):
    """A horizontal bar `fraction` of its width long; its outline shows the
    whole length, so an empty bar is still seen as one.

    Signals: none."""

    def __init__(self, fraction: float, fill: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = min(max(fraction, 0.0), 1.0)
        self.fill = fill
        self.setMinimumWidth(40)

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        whole = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        painter.setPen(QPen(self.fill, 1))
        painter.drawRect(whole)
        painter.fillRect(QRectF(whole.left(), whole.top(), whole.width() * self.fraction,
                                whole.height()), self.fill)
        painter.end()


def _sector_order(sector: Sector | None) -> int:
    return len(Sector) if sector is None else list(Sector).index(sector)


class ResultsView(_Sized):
    """A round's options as ranked horizontal bars, best first: place, title,
    bar with its score, the sector-balanced score beside it, tie and near-tie
    marks, agreed/divisive badges, each sector's points and place, and a
    legend of the marks. Plain data in.

    Signals: none."""

    def __init__(self, *, shared_screen: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(shared_screen, parent)
        layout = QVBoxLayout(self)
        margin = max(self.text_px // 3, 6)
        layout.setContentsMargins(margin, margin, margin, margin)
        self.empty = self._sized(plain_label(self.tr("No ballots yet."), wrap=True), TITLE_SCALE)
        layout.addWidget(self.empty)
        # The console scrolls; the shared screen never does: it shows a page of
        # rows at a time (`next_page`), with "Page 1 of 2" in sight.
        self.rows_area = plain_scroll_area() if not shared_screen else None
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        if self.rows_area is not None:
            layout.addWidget(self.rows_area, 1)
        else:
            layout.addLayout(self.rows_box, 1)
        self.indicator = self._sized(plain_label())
        self.indicator.setVisible(False)
        layout.addWidget(self.indicator)
        self.table: QWidget | None = None
        self.page = 0
        self._shown: tuple[VoteMethod, list[OptionResult], dict[str, str]] = (
            VoteMethod.DOTS, [], {})
        self.legend = QWidget()
        self._fill_legend()
        layout.addWidget(self.legend)
        self.place_labels: list[QLabel] = []
        self.title_labels: list[QLabel] = []
        self.score_labels: list[QLabel] = []
        self.balanced_labels: list[QLabel] = []
        self.badge_rows: list[list[QLabel]] = []
        self.show_results(VoteMethod.DOTS, [], {})

    def _fill_legend(self) -> None:
        grid = QGridLayout(self.legend)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        entries = [
            (self.tr("= ex aequo"), self.tr("the same score as another option")),
            (self.tr("≈ near tie"), self.tr("nearly the same score as another option")),
            (self.tr("agreed"),
             self.tr("in the top third of every sector with at least 3 ballots")),
            (self.tr("divisive"), self.tr("the sectors place it far apart")),
            (self.tr("balanced"),
             self.tr("every sector weighs the same, however many of its people voted")),
        ]
        for index, (badge, meaning) in enumerate(entries):
            row, column = divmod(index, 2)
            name = "" if index == len(entries) - 1 else "resultsBadge"
            grid.addWidget(self._sized(plain_label(badge, name=name)), row, column * 2,
                           Qt.AlignmentFlag.AlignVCenter)
            span = 3 if index == len(entries) - 1 else 1
            grid.addWidget(self._sized(plain_label(meaning, wrap=True)), row, column * 2 + 1,
                           1, span)
        for column in (1, 3):
            grid.setColumnStretch(column, 1)

    def show_results(self, method: VoteMethod, results: Sequence[OptionResult],
                     titles: Mapping[str, str], axes: Sequence[str] = ()) -> None:
        """Show `results` (best first, as `round_results` gives them); `titles`
        maps option ids to what the room calls them; `axes` names a score
        round's two axes. The shared screen starts again on its first page."""
        del axes  # the bars show the mean of both axes; the matrix shows each
        self._shown = (method, list(results), dict(titles))
        self.page = 0
        self._show_page()

    @property
    def page_count(self) -> int:
        results = self._shown[1]
        if self.rows_area is not None or not results:
            return 1
        return -(-len(results) // SCREEN_ROWS)

    def next_page(self) -> None:
        self.page = (self.page + 1) % self.page_count
        self._show_page()

    def previous_page(self) -> None:
        self.page = (self.page - 1) % self.page_count
        self._show_page()

    def _show_page(self) -> None:
        method, everything, titles = self._shown
        results = everything
        if self.rows_area is None:
            results = everything[self.page * SCREEN_ROWS:(self.page + 1) * SCREEN_ROWS]
        self.indicator.setText(self.tr("Page {page} of {count} (PgDn: next)").format(
            page=self.page + 1, count=self.page_count))
        self.indicator.setVisible(self.page_count > 1)
        self.place_labels, self.title_labels, self.score_labels = [], [], []
        self.balanced_labels, self.badge_rows = [], []
        nothing = all(result.score == 0 for result in everything)
        self.empty.setVisible(nothing)
        self.legend.setVisible(bool(results))
        table = QWidget()
        grid = QGridLayout(table)
        grid.setHorizontalSpacing(max(self.text_px // 3, 6))
        grid.setVerticalSpacing(max(self.text_px // 5, 3))
        sectors = sorted({s for result in everything for s in result.by_sector},
                         key=_sector_order)
        if results:
            self._heading(grid, method, sectors)
        best = max((result.score for result in everything), default=0.0)
        most = float(SCALE[1]) if method is VoteMethod.SCORE else best
        for index, result in enumerate(results):
            self._row(grid, 1 + 2 * index, method, result,
                      titles.get(result.option_id, result.option_id),
                      result.score / most if most else 0.0, sectors)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2 * len(results) + 1, 1)
        if self.rows_area is not None:
            self.rows_area.setWidget(table)
        else:
            while self.rows_box.count():
                item = self.rows_box.takeAt(0)
                old = item.widget() if item is not None else None
                if old is not None:
                    old.deleteLater()
            self.rows_box.addWidget(table)
            table.show()  # at once, not on the next turn of the event loop
        self.table = table

    def _heading(self, grid: QGridLayout, method: VoteMethod,
                 sectors: Sequence[Sector | None]) -> None:
        unit = {VoteMethod.DOTS: self.tr("Dots"), VoteMethod.RANK: self.tr("Borda points"),
                VoteMethod.SCORE: self.tr("Mean mark (1–5)")}[method]
        heads = [(0, self.tr("Place")), (1, self.tr("Option")), (2, unit),
                 (4, self.tr("Balanced"))]
        heads += [(column, sector_label(sector))
                  for column, sector in enumerate(sectors, start=SECTOR_COLUMN)]
        for column, text in heads:
            grid.addWidget(self._sized(plain_label(text, wrap=True), 1.0, True), 0, column,
                           Qt.AlignmentFlag.AlignBottom)

    def _row(self, grid: QGridLayout, row: int, method: VoteMethod, result: OptionResult,
             title: str, fraction: float, sectors: Sequence[Sector | None]) -> None:
        """One option on two grid rows: place, title, bar, score, balanced
        score, sectors; under the bar its marks. The bar has a column of its
        own, so every bar's full length is the same."""
        top = Qt.AlignmentFlag.AlignTop
        place = self._sized(plain_label(str(result.place)), PLACE_SCALE, True)
        grid.addWidget(place, row, 0, 2, 1, top | Qt.AlignmentFlag.AlignHCenter)
        self.place_labels.append(place)
        label = self._sized(plain_label(title, wrap=True), TITLE_SCALE, True)
        label.setToolTip(plain_tip(title))
        self.title_labels.append(label)
        grid.addWidget(label, row, 1, 2, 1, top)
        fill = QColor("#FFE08A") if self.shared_screen else QColor("#1b2a3a")
        bar = _Bar(fraction, fill)
        bar.setFixedHeight(round(self.text_px * SCORE_SCALE))
        bar.setMinimumWidth(self.text_px * BAR_EMS)
        grid.addWidget(bar, row, 2, top)
        score = self._sized(plain_label(number_text(result.score, method)), SCORE_SCALE, True)
        self.score_labels.append(score)
        grid.addWidget(score, row, 3, top)
        balanced = self._sized(plain_label(number_text(result.balanced_score, method)))
        self.balanced_labels.append(balanced)
        grid.addWidget(balanced, row, 4, Qt.AlignmentFlag.AlignVCenter)
        grid.addLayout(self._badges(result), row + 1, 2, 1, 3, top)
        for column, sector in enumerate(sectors, start=SECTOR_COLUMN):
            grid.addWidget(self._sized(plain_label(self._sector_text(method, result, sector))),
                           row, column, 2, 1, top)

    def _badges(self, result: OptionResult) -> QHBoxLayout:
        marks = []
        if result.tie:
            marks.append(self.tr("= ex aequo"))
        if result.near_tie:
            marks.append(self.tr("≈ near tie"))
        if result.agreement is Agreement.AGREED:
            marks.append(self.tr("agreed"))
        if result.agreement is Agreement.DIVISIVE:
            marks.append(self.tr("divisive"))
        badges = [self._sized(plain_label(mark, name="resultsBadge")) for mark in marks]
        self.badge_rows.append(badges)
        line = QHBoxLayout()
        for badge in badges:
            line.addWidget(badge)
        line.addStretch(1)
        return line

    def _sector_text(self, method: VoteMethod, result: OptionResult,
                     sector: Sector | None) -> str:
        value = number_text(result.by_sector.get(sector, 0.0), method)
        place = result.sector_places.get(sector)
        if place is None:
            return value
        return self.tr("%1 (#%2)").replace("%1", value).replace("%2", str(place))

    def _text_px_changed(self) -> None:
        if self.table is None:
            return
        for bar in self.table.findChildren(_Bar):
            bar.setFixedHeight(round(self.text_px * SCORE_SCALE))
            bar.setMinimumWidth(self.text_px * BAR_EMS)


class MatrixView(_Sized):
    """A score round's options on the impact × feasibility matrix, each a
    marker with its place number at its two axis means, the quadrants named
    in their corners, and a legend of number → title and means. Plain data in.

    Signals: none."""

    def __init__(self, *, shared_screen: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(shared_screen, parent)
        outer = QVBoxLayout(self)
        self.empty = self._sized(plain_label(self.tr("No ballots yet."), wrap=True), TITLE_SCALE)
        outer.addWidget(self.empty)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        left = QVBoxLayout()
        self.axis_up = self._sized(plain_label(), 1.0, True)
        left.addWidget(self.axis_up)
        self.plot = MatrixPlot(self, shared_screen=self.shared_screen, text_px=self.text_px)
        left.addWidget(self.plot, 1)
        self.axis_right = self._sized(plain_label(), 1.0, True)
        self.axis_right.setAlignment(Qt.AlignmentFlag.AlignRight)
        left.addWidget(self.axis_right)
        body.addLayout(left, 3)
        # The console may scroll a long legend; the shared screen never scrolls
        # (a score round there has as many options as fit one screen of bars).
        self.legend_area = plain_scroll_area() if not self.shared_screen else None
        self.legend_box = QVBoxLayout()
        if self.legend_area is not None:
            body.addWidget(self.legend_area, 2)
        else:
            body.addLayout(self.legend_box, 2)
        self.legend_titles: list[QLabel] = []
        names = {Quadrant.QUICK_WINS: self.tr("Quick wins"),
                 Quadrant.BIG_PROJECTS: self.tr("Big projects"),
                 Quadrant.FILL_INS: self.tr("Fill-ins"),
                 Quadrant.THANKLESS: self.tr("Thankless tasks")}
        for quadrant, name in names.items():
            self.plot.corner_labels[quadrant] = self._sized(
                plain_label(name, name="matrixQuadrant"), TITLE_SCALE, True)
            self.plot.corner_labels[quadrant].setParent(self.plot)
        self.show_results(VoteMethod.SCORE, [], {})

    def show_results(self, method: VoteMethod, results: Sequence[OptionResult],
                     titles: Mapping[str, str], axes: Sequence[str] = ()) -> None:
        """Place the options of a score round by their axis means; `axes`
        names axis 1 (upwards) and axis 2 (to the right). Options without
        axis means (other methods, or no marks yet) are left out."""
        del method  # only score results carry axis means
        scored = [r for r in results if r.axis_means is not None and r.quadrant is not None
                  and min(r.axis_means) >= SCALE[0]]
        self.empty.setVisible(not scored)
        names = list(axes) + [self.tr("Impact"), self.tr("Feasibility")][len(axes):]
        self.axis_up.setText(self.tr("↑ %1").replace("%1", names[0]))
        self.axis_right.setText(self.tr("%1 →").replace("%1", names[1]))
        for marker in self.plot.markers.values():
            marker.deleteLater()
        self.plot.markers, self.plot.means, self.plot.quadrants = {}, {}, {}
        legend = QWidget()
        grid = QGridLayout(legend)
        self.legend_titles = []
        if scored:
            means = self._sized(plain_label(" / ".join(names[:2]), wrap=True), 1.0, True)
            grid.addWidget(means, 0, 2, Qt.AlignmentFlag.AlignBottom)
        for row, (mark, result) in enumerate(zip(self._marks(scored), scored, strict=True),
                                             start=1):
            assert result.axis_means is not None and result.quadrant is not None
            marker = self._marker(mark)
            marker.setParent(self.plot)
            marker.show()
            self.plot.markers[result.option_id] = marker
            self.plot.means[result.option_id] = result.axis_means
            self.plot.quadrants[result.option_id] = result.quadrant
            title = titles.get(result.option_id, result.option_id)
            self._legend_row(grid, row, mark, title, result.axis_means)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(scored) + 1, 1)
        if self.legend_area is not None:
            self.legend_area.setWidget(legend)
        else:
            while self.legend_box.count():
                item = self.legend_box.takeAt(0)
                old = item.widget() if item is not None else None
                if old is not None:
                    old.deleteLater()
            self.legend_box.addWidget(legend)
            legend.show()
        self.plot.place_children()
        self.plot.update()

    @staticmethod
    def _marks(results: Sequence[OptionResult]) -> list[str]:
        """Place numbers; options sharing a place get letters (2a, 2b), so
        every marker names one option."""
        shared = {r.place for r in results if sum(o.place == r.place for o in results) > 1}
        seen: dict[int, int] = {}
        marks = []
        for result in results:
            if result.place in shared:
                seen[result.place] = seen.get(result.place, 0) + 1
                marks.append(f"{result.place}{chr(ord('a') + seen[result.place] - 1)}")
            else:
                marks.append(str(result.place))
        return marks

    def _marker(self, mark: str) -> QLabel:
        marker = self._sized(plain_label(mark, name="matrixMarker"), 1.0, True)
        marker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        marker.setMinimumWidth(round(self.text_px * 1.8))
        marker.setContentsMargins(4, 2, 4, 2)
        return marker

    def _legend_row(self, grid: QGridLayout, row: int, mark: str, title: str,
                    means: tuple[float, float]) -> None:
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self._marker(mark), row, 0, top)
        label = self._sized(plain_label(title, wrap=True))
        label.setToolTip(plain_tip(title))
        self.legend_titles.append(label)
        grid.addWidget(label, row, 1, top)
        both = " / ".join(number_text(m, VoteMethod.SCORE) for m in means)
        grid.addWidget(self._sized(plain_label(both)), row, 2, top)

    def _text_px_changed(self) -> None:
        self.plot.text_px = self.text_px
        for marker in self.plot.markers.values():
            marker.setMinimumWidth(round(self.text_px * 1.8))
        self.plot.place_children()


__all__ = ["MatrixView", "ResultsView", "number_text"]
