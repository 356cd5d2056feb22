"""Paper dots typed in: a grid of options by sector, optionally typed twice.

The moderator counts the dot stickers on the flipcharts and types them per
sector (or in the "no sector" column only), with the number of people who
voted on paper in each sector. A second person may type the same counts
again: every cell where the two entries differ is marked, and the counts can
be entered only once both agree.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.models import Sector
from workshop_app.models.rules import SECTOR_ORDER
from workshop_app.models.text import brief
from workshop_app.ui.labels import sector_label

Counts = dict[Sector | None, dict[str, int]]
DIFFERS = QColor("#FFD400")  # and the cell's text says "≠": not colour alone


class TallyGrid(QTableWidget):
    """Options (rows) × sectors (columns) of whole numbers, a voters row and totals."""

    def __init__(self, options: Mapping[str, str], parent: QWidget | None = None) -> None:
        self.option_ids = list(options)
        self.sectors = list(SECTOR_ORDER)
        super().__init__(len(self.option_ids) + 2, len(self.sectors) + 1, parent)
        self.setHorizontalHeaderLabels([sector_label(s) for s in self.sectors]
                                       + [self.tr("Total")])
        self.setVerticalHeaderLabels([brief(options[o], 50) for o in self.option_ids]
                                     + [self.tr("People who voted"), self.tr("Total")])
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row == self.rowCount() - 1 or column == self.columnCount() - 1:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # totals are computed
                self.setItem(row, column, item)
        self.itemChanged.connect(lambda _: self._totals())
        self._totals()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell is made in __init__
        return item

    def value(self, row: int, column: int) -> int | None:
        """The whole number typed in a cell (0 when empty), None when it is not one."""
        item = self.item(row, column)
        text = item.text().replace("≠", "").strip() if item is not None else ""
        if not text:
            return 0
        return int(text) if text.isdigit() else None

    def problems(self) -> list[tuple[int, int]]:
        return [(r, c) for r in range(len(self.option_ids) + 1) for c in range(len(self.sectors))
                if self.value(r, c) is None]

    def counts(self) -> tuple[Counts, dict[Sector | None, int]]:
        """The dots per sector and option (empty sectors left out), and the voters per sector."""
        counts: Counts = {}
        voters: dict[Sector | None, int] = {}
        for column, sector in enumerate(self.sectors):
            dots = {o: self.value(row, column) or 0 for row, o in enumerate(self.option_ids)}
            dots = {o: v for o, v in dots.items() if v}
            if dots:
                counts[sector] = dots
                voters[sector] = max(1, self.value(len(self.option_ids), column) or 0)
        return counts, voters

    def _totals(self) -> None:
        self.blockSignals(True)
        options = len(self.option_ids)
        last_row, last_column = self.rowCount() - 1, self.columnCount() - 1
        for row in range(options + 1):
            total = sum(self.value(row, c) or 0 for c in range(len(self.sectors)))
            self.cell(row, last_column).setText(str(total))
        for column in range(len(self.sectors)):
            total = sum(self.value(r, column) or 0 for r in range(options))
            self.cell(last_row, column).setText(str(total))
        grand = sum(self.value(r, c) or 0 for r in range(options) for c in range(len(self.sectors)))
        self.cell(last_row, last_column).setText(str(grand))
        self.blockSignals(False)

    def mark(self, cells: set[tuple[int, int]]) -> None:
        """Mark the cells that differ from the other entry (colour and "≠")."""
        self.blockSignals(True)
        for row in range(len(self.option_ids) + 1):
            for column in range(len(self.sectors)):
                item = self.cell(row, column)
                text = item.text().replace("≠", "").strip()
                differs = (row, column) in cells
                item.setText(f"≠ {text}" if differs else text)
                item.setBackground(QBrush(DIFFERS) if differs else QBrush())
        self.blockSignals(False)


class TallyDialog(QDialog):
    """Type the paper dots once, or twice by two people (see module docstring)."""

    def __init__(self, title: str, options: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paper dots: {title}").format(title=title))
        self.first = TallyGrid(options)
        self.second = TallyGrid(options)
        self.twice = QCheckBox(self.tr("A second person types the same counts (recommended)"))
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        grids = QVBoxLayout()  # one above the other: each as wide as the dialog
        boxes = []
        for label, grid in ((self.tr("First entry"), self.first),
                            (self.tr("Second entry"), self.second)):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(label))
            column.addWidget(grid)
            grids.addWidget(box)
            boxes.append(box)
        self.second_box = boxes[1]
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Type the number of dots on each option, per sector "
                                        "(only the last column when sectors are unknown), and how "
                                        "many people voted on paper.")))
        layout.addWidget(self.twice)
        layout.addLayout(grids, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.twice.toggled.connect(self.second_box.setVisible)
        self.twice.setChecked(True)
        self.resize(1300, 800)

    def differences(self) -> set[tuple[int, int]]:
        """The cells where the two entries differ (empty: they agree)."""
        grid, other = self.first, self.second
        return {(r, c) for r in range(len(grid.option_ids) + 1) for c in range(len(grid.sectors))
                if grid.value(r, c) != other.value(r, c)}

    def check(self) -> None:
        """Accept only whole numbers, something entered, and two agreeing entries."""
        if self.first.problems() or (self.twice.isChecked() and self.second.problems()):
            self.problem.setText(self.tr("Type whole numbers only (0 or more)."))
            return
        if self.twice.isChecked():
            cells = self.differences()
            self.first.mark(cells)
            self.second.mark(cells)
            if cells:
                self.problem.setText(self.tr("The two entries differ in %n cell(s), marked ≠. "
                                             "Count those again.", "", len(cells)))
                return
        counts, _voters = self.first.counts()
        if not counts:
            self.problem.setText(self.tr("No dots were typed."))
            return
        self.accept()

    def counts(self) -> tuple[Counts, dict[Sector | None, int]]:
        return self.first.counts()
