"""Thin Qt item models over lists of domain objects; edits go to the session."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop_app.ui.labels import plain_tip

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class Column(Generic[T]):
    """A column: its header, how to show one row's value and, when editable,
    how to get the value to edit and how to apply an edit (via the session)."""

    def __init__(self, header: str, value: Callable[[T], Any], *,
                 setter: Callable[[T, Any], object] | None = None,
                 edit_value: Callable[[T], Any] | None = None) -> None:
        self.header = header
        self.value = value
        self.setter = setter
        self.edit_value = edit_value or value


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A table over a list of domain objects (editable where a column has a
    setter, which goes through the session).

    The service owns the data; call `set_rows` with a fresh list after a
    change: rows are matched by `key` (an entity's id) and only the rows that
    were added, removed or changed are announced, so selection, scrolling and
    an open editor survive a one-row change.
    """

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None, *,
                 key: Callable[[T], Hashable] = lambda row: getattr(row, "id", row)) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._key = key

    def set_rows(self, rows: Sequence[T]) -> None:
        new = list(rows)
        matcher = SequenceMatcher(None, [self._key(r) for r in self._rows],
                                  [self._key(r) for r in new], autojunk=False)
        # From the end, so earlier row numbers stay valid while we go.
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                self._update(i1, new[j1:j2])
                continue
            if i2 > i1:
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                self._rows[i1:i1] = new[j1:j2]
                self.endInsertRows()

    def _update(self, first: int, rows: Sequence[T]) -> None:
        last = len(self._columns) - 1
        for row, value in enumerate(rows, start=first):
            if self._rows[row] != value:
                self._rows[row] = value
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def rows(self) -> list[T]:
        """The rows shown, in order."""
        return list(self._rows)

    def row_object(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            value = column.value(self._rows[index.row()])
            text = "" if value is None else str(value)
            return plain_tip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.EditRole and column.setter is not None:
            return column.edit_value(self._rows[index.row()])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self._columns[index.column()].setter is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self._columns[index.column()] if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or column is None or column.setter is None:
            return False
        # None: refused; the session has told the moderator why.
        return column.setter(self._rows[index.row()], value) is not None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section].header
        return None
