"""The Gather list: a Qt model over the workshop's ideas, and its filter."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from workshop_app.models import LONG_IDEA_CHARS, Idea, sector_rank
from workshop_app.models.captions import author_full, search_text
from workshop_app.models.text import fold, matches_query, one_line
from workshop_app.services import Changes
from workshop_app.ui.labels import plain_tip, sector_label
from workshop_app.ui.session import WorkshopSession

Index = QModelIndex | QPersistentModelIndex
SEQ, TEXT, SECTOR, AUTHOR, TABLE, OBJECTIVE, TIME = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


class IdeaTableModel(QAbstractTableModel):
    """All ideas of the workshop, deleted ones included (the proxy hides them).

    Its panel passes every `Changes` to `apply`, which updates row by row, so
    adding an idea to a long list costs one row, not a reload. Editing the text cell goes
    through the session (one undo step).
    """

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._ideas: list[Idea] = []
        self._row_of: dict[str, int] = {}
        self._authors: dict[str, str] = {}
        self._objectives: dict[str, str] = {}
        self.headers = [self.tr("No."), self.tr("Idea"), self.tr("Sector"), self.tr("Author"),
                        self.tr("Table"), self.tr("Objective"), self.tr("Written")]
        self.reload()

    # -- loading -------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._load_names()
        self._ideas = self.session.service.ideas(include_deleted=True)
        self._row_of = {idea.id: row for row, idea in enumerate(self._ideas)}
        self.endResetModel()

    def _load_names(self) -> None:
        service = self.session.service
        self._authors = {p.id: author_full(p) for p in service.participants(include_deleted=True)}
        self._objectives = {o.id: (o.code or o.title) for o in service.objectives()}

    def apply(self, changes: Changes) -> None:
        """Row by row: the ideas `changes` names are added, updated or removed."""
        if changes.participants or changes.objectives:
            self._load_names()
            if self._ideas:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ideas) - 1, TIME))
        for idea_id in sorted(changes.ideas):
            idea = self.session.service.find(Idea, idea_id)
            row = self._row_of.get(idea_id)
            if idea is None:  # its adding was undone
                if row is not None:
                    self._remove_row(row)
                continue
            if row is None:
                row = len(self._ideas)
                self.beginInsertRows(QModelIndex(), row, row)
                self._ideas.append(idea)
                self._row_of[idea_id] = row
                self.endInsertRows()
            else:
                self._ideas[row] = idea
                self.dataChanged.emit(self.index(row, 0), self.index(row, TIME))

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ideas[row]
        self._row_of = {idea.id: r for r, idea in enumerate(self._ideas)}
        self.endRemoveRows()

    # -- access ----------------------------------------------------------------------

    def idea_at(self, row: int) -> Idea:
        return self._ideas[row]

    def ideas(self) -> list[Idea]:
        return list(self._ideas)

    def row_of(self, idea_id: str) -> int | None:
        return self._row_of.get(idea_id)

    # -- Qt model API ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ideas)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == TEXT and not self._ideas[index.row()].deleted:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ideas):
            return None
        idea = self._ideas[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return idea.id
        if role == SEARCH_ROLE:
            return search_text(idea, self._authors.get(idea.participant_id or "", ""))
        if role == SORT_ROLE:
            return self._sort_key(idea, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(idea, column)
        if role == Qt.ItemDataRole.EditRole and column == TEXT:
            return idea.text
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return plain_tip(idea.text)
        if role == Qt.ItemDataRole.FontRole and idea.deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and idea.deleted:
            return QColor("#6b6b6b")
        return None

    def _display(self, idea: Idea, column: int) -> str:
        if column == SEQ:
            return str(idea.seq)
        if column == TEXT:
            flag = "⚠ " if len(idea.text) > LONG_IDEA_CHARS else ""
            gone = self.tr("[deleted] ") if idea.deleted else ""
            return gone + flag + one_line(idea.text)
        if column == SECTOR:
            return sector_label(idea.sector)
        if column == AUTHOR:
            return self._authors.get(idea.participant_id or "", "")
        if column == TABLE:
            return idea.table_label
        if column == OBJECTIVE:
            return self._objectives.get(idea.objective_id or "", "")
        return _local_time(idea.created_at)

    def _sort_key(self, idea: Idea, column: int) -> Any:
        if column == SECTOR:
            return (sector_rank(idea.sector), -idea.seq)
        if column == TABLE:
            return (fold(idea.table_label) or "~", -idea.seq)
        return idea.seq

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != TEXT:
            return False
        idea = self._ideas[index.row()]
        # None: refused; the session has told the moderator why.
        return self.session.run(self.session.service.edit_idea, idea_id=idea.id,
                                text=str(value)) is not None


class IdeaFilterProxy(QSortFilterProxyModel):
    """Sorts (newest first, by sector, by table) and filters by a query that
    ignores case and Polish diacritics; hides deleted ideas unless asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self.show_deleted = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_deleted(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_deleted = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, IdeaTableModel)
        if model.idea_at(row).deleted and not self.show_deleted:
            return False
        return matches_query(model.data(model.index(row, TEXT), SEARCH_ROLE), self._query)

    def lessThan(self, left: Index, right: Index) -> bool:
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))


def _local_time(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")
    except ValueError:
        return ""

