"""The agenda in priority order: a table the moderator reorders by drag or
with Ctrl+Up/Down and empties with Delete. The view asks; the panel runs
the operations (`reorder_agenda`, `delete_agenda_item`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from workshop_app.models import AgendaItem
from workshop_app.models.candidates import moved, shifted
from workshop_app.models.schedule import parse_slot
from workshop_app.ui.labels import agenda_title, format_label
from workshop_app.ui.models import Column, ListTableModel
from workshop_app.ui.panels.base import set_up_table

MIME = "application/x-razem-agenda-items"
"""A drag of agenda items carries their ids, one a line."""

Index = QModelIndex | QPersistentModelIndex


def when_text(item: AgendaItem) -> str:
    """"2027-05-20 09:30" of an item's slot, "" when it has no time."""
    return item.slot.replace("T", " ") if parse_slot(item.slot) else ""


class AgendaModel(ListTableModel[AgendaItem]):
    """The agenda's rows; they can be dragged (as `MIME`) and dropped on."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(self.tr("#"), lambda a: a.position + 1),
            Column(self.tr("Topic"), agenda_title),
            Column(self.tr("Format"), lambda a: format_label(a.format)),
            Column(self.tr("Min."), lambda a: a.duration_minutes),
            Column(self.tr("When"), when_text),
            Column(self.tr("Room"), lambda a: a.track),
        ], parent)

    def ids(self) -> list[str]:
        return [self.row_object(r).id for r in range(self.rowCount())]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME, QByteArray("\n".join(self.row_object(r).id for r in rows).encode()))
        return data


class AgendaListView(QTableView):
    """The agenda table (see module docstring).

    Signals:
        reorder_requested(list): the item ids in their wished new order.
        delete_requested(list): the ids of the items to remove.
    """

    reorder_requested = Signal(list)
    delete_requested = Signal(list)

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_up_table(self, model, stretch=1)
        self.agenda = model
        self.setTabKeyNavigation(False)  # Tab moves on; arrows move in the list
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return [self.agenda.row_object(r).id for r in rows]

    def select_ids(self, ids: Sequence[str]) -> None:
        """Select the rows of `ids` (after a reorder), the first current."""
        selection = self.selectionModel()
        selection.clearSelection()
        rows = [n for n, item_id in enumerate(self.agenda.ids()) if item_id in ids]
        for row in rows:
            selection.select(self.agenda.index(row, 0),
                             selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        if rows:
            selection.setCurrentIndex(self.agenda.index(rows[0], 1),
                                      selection.SelectionFlag.NoUpdate)
            self.scrollTo(self.agenda.index(rows[0], 1))

    def move_selected(self, step: int) -> None:
        """Move the selected items one place up (-1) or down (+1)."""
        chosen = self.selected_ids()
        order = self.agenda.ids()
        new = shifted(order, set(chosen), step)
        if chosen and new != order:
            self.reorder_requested.emit(new)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if mods == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Delete and not mods:
            if self.selected_ids():
                self.delete_requested.emit(self.selected_ids())
        else:
            super().keyPressEvent(event)

    # -- drag and drop ----------------------------------------------------------------

    def _dragged(self, data: QMimeData | None) -> list[str]:
        if data is None or not data.hasFormat(MIME):
            return []
        ids = bytes(data.data(MIME).data()).decode().split("\n")
        known = set(self.agenda.ids())
        return [i for i in ids if i in known]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dragged(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # draws the drop indicator
        if self._dragged(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A drop between rows asks for the new order; the model itself is
        never changed here (the file is, and the panel shows what it holds)."""
        chosen = self._dragged(event.mimeData())
        if not chosen:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            before = self.agenda.rowCount()
        else:
            rect = self.visualRect(index)
            lower = event.position().toPoint().y() > rect.center().y()
            before = index.row() + (1 if lower else 0)
        order = self.agenda.ids()
        new = moved(order, set(chosen), before)
        # Not a move for Qt: the dragged rows must not be removed by the view.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if new != order:
            self.reorder_requested.emit(new)
