"""The forum's frame: its days with their hours, breaks and lunch, and the
rooms of its parallel tracks. Saved as a whole (`set_frame`, one undo step)
when the moderator presses OK; a refusal is said in the dialog, which stays
open with what was typed."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.services import FrameDay, RefusalReason
from workshop_app.services.agenda_ops import frame_day_problem
from workshop_app.ui.session import Refusal, WorkshopSession

_NEW_DAY = ("09:00", "17:00", "10:30-10:45, 15:00-15:15", "12:30-13:15")

_COLUMN_AT_FAULT = {
    RefusalReason.INVALID_FRAME_DAY: 0, RefusalReason.INVALID_FRAME_START: 1,
    RefusalReason.INVALID_FRAME_END: 2, RefusalReason.FRAME_END_BEFORE_START: 2,
    RefusalReason.INVALID_BREAK: 3, RefusalReason.INVALID_LUNCH: 4}


class FrameDialog(QDialog):
    """Edit the forum's frame (see module docstring)."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("The forum's days and rooms"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Date (YYYY-MM-DD)"), self.tr("Start"), self.tr("End"),
            self.tr("Breaks (HH:MM-HH:MM, comma-separated)"), self.tr("Lunch")])
        self.table.setAccessibleName(self.tr("Days of the forum"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.rooms = QPlainTextEdit()
        self.rooms.setTabChangesFocus(True)
        self.rooms.setAccessibleName(self.tr("Rooms, one a line"))
        self.rooms.setMaximumHeight(110)
        self.message = QLabel()
        self.message.setObjectName("notice")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may quote what was typed
        add = QPushButton(self.tr("Add a day"))
        add.clicked.connect(self.add_day)
        remove = QPushButton(self.tr("Remove the day"))
        remove.clicked.connect(self.remove_day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Days of the forum")))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        rooms_label = QLabel(self.tr("&Rooms of the parallel tracks, one a line"))
        rooms_label.setBuddy(self.rooms)
        layout.addWidget(rooms_label)
        layout.addWidget(self.rooms)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self._fill()
        self._fault: tuple[int, RefusalReason] | None = None  # the row the message is about
        self.table.itemChanged.connect(self._recheck)
        session.refused.connect(self._on_refused)

    def _fill(self) -> None:
        service = self.session.service
        for day in service.forum_days():
            self._add_row(day.date, day.start, day.finish, ", ".join(day.breaks), day.lunch)
        self.rooms.setPlainText("\n".join(service.workshop().rooms))

    def _add_row(self, *cells: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def add_day(self) -> None:
        """A new day after the last one (or a year after the workshop)."""
        last = self.table.item(self.table.rowCount() - 1, 0) if self.table.rowCount() else None
        date = (_after(last.text(), days=1) if last is not None
                else _after(self.session.service.workshop().date, years=1))
        self._add_row(date, *_NEW_DAY)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()

    def remove_day(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or ([self.table.currentRow()] if self.table.currentRow() >= 0 else []):
            self.table.removeRow(row)

    def days(self) -> list[FrameDay]:
        """The days as typed."""
        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text().strip() if item is not None else ""
        return [FrameDay(date=cell(r, 0), start=cell(r, 1), finish=cell(r, 2),
                         breaks=tuple(b.strip() for b in cell(r, 3).split(",") if b.strip()),
                         lunch=cell(r, 4))
                for r in range(self.table.rowCount())]

    def room_names(self) -> list[str]:
        return [line.strip() for line in self.rooms.toPlainText().splitlines() if line.strip()]

    def save(self) -> None:
        """Set the frame; close only when the service took it. A day the
        service refuses gets the keyboard in the cell at fault; the message
        names its date and field."""
        self._fault = None
        for row, day in enumerate(self.days()):
            problem = frame_day_problem(day)
            if problem is not None:
                self._fault = (row, problem)
                self.table.setCurrentCell(row, _COLUMN_AT_FAULT.get(problem, 0))
                self.table.setFocus()
                break
        if self.session.run_by(self, self.session.service.set_frame, days=self.days(),
                               rooms=self.room_names()) is not None:
            self.accept()

    def _recheck(self, item: QTableWidgetItem) -> None:
        """The message goes once the day it is about is right."""
        if self._fault is None or item.row() != self._fault[0]:
            return
        if frame_day_problem(self.days()[item.row()]) is None:
            self._fault = None
            self.message.clear()

    def _on_refused(self, refused: Refusal) -> None:
        if refused.initiator is self:
            self.message.setText(refused.message)


def _after(text: str, *, days: int = 0, years: int = 0) -> str:
    """The date `days` and `years` after `text` (today when `text` is no date)."""
    try:
        start = datetime.date.fromisoformat(text)
    except ValueError:
        start = datetime.date.today()
    if years:
        start = start.replace(year=start.year + years, day=min(start.day, 28)
                              if (start.month, start.day) == (2, 29) else start.day)
    return (start + datetime.timedelta(days=days)).isoformat()
