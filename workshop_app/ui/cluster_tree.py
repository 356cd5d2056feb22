"""The keyboard and screen-reader path of the Cluster phase: beside the canvas, a
tree of the groups (in the service's order, then "Not yet grouped": unplaced ideas
and any whose group is gone) and their ideas. A duplicate stays a row, right after
its original, marked "(duplicate)", and moves with it; a group's count leaves it
out, as the canvas does (the rules: `models.stacks`, `models.groups`). The model
re-reads the service on every change to ideas or clusters: if the tree keeps its
shape (an edited text, a renamed group) it emits `dataChanged`; otherwise it
removes and inserts just the rows that moved (a new group arrives expanded), so
selection, current row and collapsed groups stay as they were.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QInputDialog, QMenu, QTreeView, QWidget

from workshop_app.models import Cluster, Idea
from workshop_app.models.groups import group_members, group_sizes
from workshop_app.models.stacks import stack_order, stacked_ids, with_stacked
from workshop_app.models.text import one_line, pick_name
from workshop_app.services import Changes
from workshop_app.ui.cluster_actions import ClusterActions
from workshop_app.ui.labels import plain_tip
from workshop_app.ui.session import WorkshopSession

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
ID_ROLE = Role.UserRole + 1
KIND_ROLE = Role.UserRole + 2
_TOP = 0  # internalId of a top-level row; an idea row's internalId is its group's serial
_Select = QItemSelectionModel.SelectionFlag


class ItemKind(enum.StrEnum):
    """What a row of the tree is (the value of KIND_ROLE)."""

    CLUSTER = "cluster"
    UNPLACED = "unplaced"
    IDEA = "idea"


Key = tuple[ItemKind, str | None]  # a row's identity across changes
_UNPLACED_SERIAL = 1


def _head_key(head: Cluster | None) -> Key:
    return (ItemKind.CLUSTER, head.id) if head else (ItemKind.UNPLACED, None)


class ClusterTreeModel(QAbstractItemModel):
    """Groups and their ideas as a two-level tree (see module docstring); a group
    renamed in place goes through `ClusterActions.rename`, an empty name is refused.

    An idea row's internal id is the serial number of its group, which never
    changes while the model lives, so groups can come and go around it.

    Signals:
        about_to_apply(): a change is about to move, add or remove rows.
        applied(): the rows are in line with the service again.
    """

    about_to_apply = Signal()
    applied = Signal()

    def __init__(self, session: WorkshopSession, actions: ClusterActions,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.actions = session, actions
        self._serials: dict[str | None, int] = {None: _UNPLACED_SERIAL}
        self._heads, self._groups = self._read()
        self._store()
        session.hub.changed.connect(self._apply)

    def _read(self) -> tuple[list[Cluster | None], list[list[Idea]]]:
        """The groups in order (None: "Not yet grouped", last) and their ideas."""
        clusters = self.session.service.clusters()
        grouping = group_members(self.session.service.ideas(), clusters)
        groups = [*grouping.members.values(), grouping.unplaced]
        return [*clusters, None], [stack_order(group) for group in groups]

    def _store(self) -> None:
        """Derived lookups, after `_heads` and `_groups` changed."""
        ideas = [i for group in self._groups for i in group]
        self._stacked = stacked_ids(ideas)
        self._size_of = group_sizes(ideas, self.clusters())
        self._reindex()
        where: dict[Key, tuple[int, int]] = {
            _head_key(head): (row, -1) for row, head in enumerate(self._heads)}
        where.update({(ItemKind.IDEA, i.id): (row, child) for row, group in enumerate(self._groups)
                      for child, i in enumerate(group)})
        self._where = where

    def _reindex(self) -> None:
        for head in self._heads:
            self._serials.setdefault(head.id if head else None, len(self._serials) + 1)
        self._row_of_serial = {self._serial(row): row for row in range(len(self._heads))}

    def _serial(self, row: int) -> int:
        head = self._heads[row]
        return self._serials[head.id if head else None]

    def _apply(self, changes: Changes) -> None:
        """Rows inserted, removed and changed as the service now says: a moved
        idea leaves one group and joins another; nothing is reset."""
        if not (changes.ideas or changes.clusters):
            return
        heads, groups = self._read()
        self.about_to_apply.emit()
        old_sizes, old_stacked = self._size_of, self._stacked
        ideas = [i for group in groups for i in group]
        self._size_of, self._stacked = group_sizes(ideas, [h for h in heads if h]), stacked_ids(ideas)
        self._sync_heads(heads, groups)
        old_heads = list(self._heads)
        for row, group in enumerate(groups):
            self._sync_children(row, group, old_stacked)
        self._heads = heads
        self._store()
        for row, head in enumerate(heads):
            key = head.id if head else None
            if head != old_heads[row] or self._size_of.get(key) != old_sizes.get(key):
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
        self.applied.emit()

    def _sync_heads(self, heads: list[Cluster | None], groups: list[list[Idea]]) -> None:
        """Top-level rows removed and inserted until they name the same groups."""
        old = [head.id if head else None for head in self._heads]
        new = [head.id if head else None for head in heads]
        for tag, i1, i2, j1, j2 in reversed(SequenceMatcher(None, old, new, autojunk=False).get_opcodes()):
            if tag == "equal":
                continue
            if i2 > i1:
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._heads[i1:i2], self._groups[i1:i2]
                self._reindex()
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                self._heads[i1:i1] = heads[j1:j2]
                self._groups[i1:i1] = [list(group) for group in groups[j1:j2]]
                self._reindex()
                self.endInsertRows()

    def _sync_children(self, row: int, group: list[Idea], old_stacked: set[str]) -> None:
        """One group's idea rows removed, inserted and changed to match `group`."""
        parent = self.index(row, 0)
        children = self._groups[row]
        matcher = SequenceMatcher(None, [i.id for i in children], [i.id for i in group], autojunk=False)
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                for child, idea in zip(range(i1, i2), group[j1:j2], strict=True):
                    if idea != children[child] or (idea.id in old_stacked) != (idea.id in self._stacked):
                        children[child] = idea
                        self.dataChanged.emit(self.index(child, 0, parent), self.index(child, 0, parent))
                continue
            if i2 > i1:
                self.beginRemoveRows(parent, i1, i2 - 1)
                del children[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(parent, i1, i1 + j2 - j1 - 1)
                children[i1:i1] = group[j1:j2]
                self.endInsertRows()

    def clusters(self) -> list[Cluster]:
        """The groups in tree (and service) order."""
        return [head for head in self._heads if head is not None]

    def ideas_in(self, cluster_id: str | None) -> list[Idea]:
        """The ideas shown under a group (None: under "Not yet grouped")."""
        kind = ItemKind.UNPLACED if cluster_id is None else ItemKind.CLUSTER
        row, _ = self._where.get((kind, cluster_id), (-1, -1))
        return list(self._groups[row]) if row >= 0 else []

    def with_stacked(self, ids: list[str]) -> list[str]:
        """`ids` plus the duplicates stacked on them: a stack moves as one."""
        return with_stacked((i for group in self._groups for i in group), ids)

    def key(self, index: Index) -> Key:
        return (ItemKind(index.data(KIND_ROLE)), index.data(ID_ROLE))

    def index_of(self, key: Key) -> QModelIndex:
        row, child = self._where.get(key, (-1, -1))  # an unknown key gives an invalid index
        return self.index(row, 0) if child < 0 else self.index(child, 0, self.index(row, 0))

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._serial(parent.row()) if parent.isValid() else _TOP)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return QObject.parent(self)
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(self._row_of_serial[child.internalId()], 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        return len(self._groups[parent.row()]) if parent.internalId() == _TOP else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.internalId() != _TOP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        elif index.isValid() and self._heads[index.row()] is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() != _TOP:
            return self._idea_data(self._groups[self._row_of_serial[index.internalId()]][index.row()], role)
        cluster = self._heads[index.row()]
        name = cluster.name if cluster else self.tr("Not yet grouped")
        if role == Role.DisplayRole:
            return f"{name} ({self._size_of.get(cluster.id if cluster else None, 0)})"
        if role in (Role.EditRole, Role.AccessibleTextRole):
            return name
        kind = ItemKind.CLUSTER if cluster else ItemKind.UNPLACED
        return {ID_ROLE: cluster.id if cluster else None, KIND_ROLE: kind}.get(role)

    def _idea_data(self, idea: Idea, role: int) -> Any:
        duplicate = idea.id in self._stacked
        if role == Role.DisplayRole:
            marker = " " + self.tr("(duplicate)") if duplicate else ""
            return one_line(idea.text) + marker
        if role == Role.AccessibleTextRole:
            return idea.text
        if role == Role.ToolTipRole:
            return plain_tip(idea.text)
        if role == Role.AccessibleDescriptionRole and duplicate:
            return self.tr("duplicate")
        return {ID_ROLE: idea.id, KIND_ROLE: ItemKind.IDEA}.get(role)

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if role != Role.EditRole or self.key(index)[0] is not ItemKind.CLUSTER or not str(value).strip():
            return False
        return self.actions.rename(index.data(ID_ROLE), str(value).strip())


class ClusterTreeView(QTreeView):
    """The tree with a key for every canvas action (listed in its accessible
    description, also fit for a hint label), each one undo step. Ctrl+M and
    Ctrl+Shift+M open `chooser`, a non-blocking dialog: type part of a group's
    name (case and Polish letters do not matter) or use the arrows; Enter.

    Signals:
        selection_changed_ids(list): ids of the selected ideas in tree order,
            whenever they change - not when mirroring `select_ideas`.
    """

    selection_changed_ids = Signal(list)

    def __init__(self, session: WorkshopSession, actions: ClusterActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cluster_actions = actions
        self.tree_model = ClusterTreeModel(session, actions, self)
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAccessibleName(self.tr("Groups and ideas"))
        self.setAccessibleDescription(self.tr(
            "Ctrl+G new group · Ctrl+M or Alt+1…9 move to a group · Alt+0 take out · F2 rename · "
            "Ctrl+Shift+M merge · Ctrl+Shift+G ungroup · Ctrl+D mark duplicate"))
        self.chooser = QInputDialog(self)
        self.chooser.setComboBoxEditable(True)
        self.chooser.textValueSelected.connect(self._chosen)
        # One Enter confirms, even while an inline completion is showing.
        combo = self.chooser.findChild(QComboBox)
        line = combo.lineEdit() if combo is not None else None
        if line is not None:
            line.returnPressed.connect(self.chooser.accept)
        self._options: dict[str, str | None] = {}
        self._then: Callable[[str | None], None] = self.move_selected_to
        self._restoring = False
        self._last_ids: list[str] = []
        self._build_actions()
        # Rows move between groups: the view keeps what was selected by identity.
        self.tree_model.about_to_apply.connect(self._remember)
        self.tree_model.applied.connect(self._restore)
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        self.selectionModel().currentChanged.connect(self._update_actions)
        self.expandAll()
        self._update_actions()

    def _build_actions(self) -> None:
        def add(text: str, keys: str, slot: Callable[..., object], owner: QWidget = self) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            owner.addAction(action)
            return action

        def separator() -> QAction:
            action = QAction(self)
            action.setSeparator(True)
            return action

        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.group_action = add(self.tr("New group from selected"), "Ctrl+G", self.group_selected)
        self.move_action = add(self.tr("Move to group…"), "Ctrl+M", self.choose_move_target)
        # The Alt+n actions live in a submenu; Qt finds their shortcuts through it.
        self.move_menu = QMenu(self.tr("Move to group"), self)
        self.addAction(self.move_menu.menuAction())
        self.move_to_actions = [add("", f"Alt+{n}", partial(self._move_to_nth, n), self.move_menu)
                                for n in range(1, 10)]
        self.take_out_action = add(self.tr("Take out of group"), "Alt+0",
                                   lambda: self.move_selected_to(None))
        self.addAction(separator())
        self.rename_action = add(self.tr("Rename group"), "F2",
                                 lambda: self.current_cluster_id() and self.edit(self.currentIndex()))
        self.merge_action = add(self.tr("Merge into group…"), "Ctrl+Shift+M", self.choose_merge_target)
        self.ungroup_action = add(self.tr("Ungroup"), "Ctrl+Shift+G", self.ungroup_current)
        self.addAction(separator())
        self.duplicate_action = add(self.tr("Mark as duplicate"), "Ctrl+D", self.mark_duplicate)

    def selected_idea_ids(self) -> list[str]:
        """The selected ideas, in tree order."""
        rows = [i for i in self.selectionModel().selectedIndexes() if i.internalId() != _TOP]
        return [i.data(ID_ROLE) for i in sorted(rows, key=lambda i: (i.parent().row(), i.row()))]

    def current_cluster_id(self) -> str | None:
        """The group on the current row (None on an idea or "Not yet grouped")."""
        current = self.currentIndex()
        return current.data(ID_ROLE) if current.data(KIND_ROLE) == ItemKind.CLUSTER else None

    def move_selected_to(self, cluster_id: str | None) -> None:
        """Put the selected ideas (and their duplicates) into a group, or take them out (None)."""
        present = {i.id for i in self.tree_model.ideas_in(cluster_id)}
        ids = [i for i in self.tree_model.with_stacked(self.selected_idea_ids()) if i not in present]
        if ids:
            self.cluster_actions.move_to_cluster(ids, cluster_id)

    def _move_to_nth(self, number: int, *_: object) -> None:
        clusters = self.tree_model.clusters()
        if number <= len(clusters):
            self.move_selected_to(clusters[number - 1].id)

    def choose_move_target(self) -> None:
        """Ask for the group to move the selected ideas to (see `chooser`)."""
        if self.selected_idea_ids():
            options = [(c.name, c.id) for c in self.tree_model.clusters()]
            self._choose(self.tr("Move to group"), [*options, (self.tr("Not yet grouped"), None)],
                         self.move_selected_to)

    def choose_merge_target(self) -> None:
        """Ask for the group to merge the current group into."""
        source = self.current_cluster_id()
        options = [(c.name, c.id) for c in self.tree_model.clusters() if c.id != source]
        if source and options:
            self._choose(self.tr("Merge into group"), options, self.merge_selected_into)

    def _choose(self, label: str, options: Sequence[tuple[str, str | None]],
                then: Callable[[str | None], None]) -> None:
        self._options, self._then = dict(options), then
        self.chooser.setWindowTitle(label)
        self.chooser.setLabelText(label)
        self.chooser.setComboBoxItems([name for name, _ in options])
        self.chooser.setTextValue("")
        self.chooser.open()

    def _chosen(self, text: str) -> None:
        """The typed name picks the group it equals, else the first starting with / containing it."""
        options, self._options = self._options, {}  # pick once
        name = pick_name(text, options)
        if name is not None:
            self._then(options[name])

    def merge_selected_into(self, target_id: str | None) -> None:
        """Merge the group on the current row into `target_id`."""
        source = self.current_cluster_id()
        if source is not None and target_id is not None and target_id != source:
            self.cluster_actions.merge(source, target_id)
            self._apply_selection([(ItemKind.CLUSTER, target_id)])

    def group_selected(self) -> None:
        """A new group of the selected ideas, its proposed name open for editing."""
        ids = self.tree_model.with_stacked(self.selected_idea_ids())
        cluster_id = self.cluster_actions.group(ids) if ids else None
        if cluster_id:
            index = self.tree_model.index_of((ItemKind.CLUSTER, cluster_id))
            self.selectionModel().setCurrentIndex(index, _Select.NoUpdate)  # scrolls to it
            self.edit(index)

    def ungroup_current(self) -> None:
        """Dissolve the group on the current row; its ideas stay selected."""
        cluster_id = self.current_cluster_id()
        if cluster_id:
            released = [(ItemKind.IDEA, i.id) for i in self.tree_model.ideas_in(cluster_id)]
            self.cluster_actions.ungroup(cluster_id)
            self._apply_selection(released)

    def mark_duplicate(self) -> None:
        """Of two selected ideas, the lower one becomes a duplicate of the upper one."""
        ids = self.selected_idea_ids()
        if len(ids) == 2:
            self.cluster_actions.mark_duplicate(ids[1], ids[0])

    def select_ideas(self, ids: Sequence[str]) -> None:
        """Mirror a selection made elsewhere (the canvas) without echoing it back."""
        self._restoring = True
        self._apply_selection([(ItemKind.IDEA, i) for i in ids])
        self._restoring = False
        self._last_ids = self.selected_idea_ids()
        self._update_actions()

    def _apply_selection(self, keys: Sequence[Key], current: Key | None = None) -> None:
        """Select `keys`; the current row goes to `current`, else to the first that exists."""
        selection = QItemSelection()
        for index in map(self.tree_model.index_of, keys):
            if index.isValid():
                selection.select(index, index)
        self.selectionModel().select(selection, _Select.ClearAndSelect)
        candidates = map(self.tree_model.index_of, [*([current] if current else []), *keys])
        target = next((index for index in candidates if index.isValid()), None)
        if target is not None:
            self.selectionModel().setCurrentIndex(target, _Select.NoUpdate)

    def _remember(self) -> None:
        model, current = self.tree_model, self.currentIndex()
        collapsed = {model.key(model.index(row, 0)) for row in range(model.rowCount())
                     if not self.isExpanded(model.index(row, 0))}
        self._kept = ({model.key(i) for i in self.selectionModel().selectedIndexes()},
                      model.key(current) if current.isValid() else None, collapsed)
        self._restoring = True  # rows leaving the selection on the way are no news

    def _restore(self) -> None:
        selected, current, collapsed = self._kept
        self._restoring = True
        for row in range(self.tree_model.rowCount()):
            index = self.tree_model.index(row, 0)
            self.setExpanded(index, self.tree_model.key(index) not in collapsed)
        self._apply_selection(sorted(selected), current)
        self._restoring = False
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        if self._restoring:
            return
        self._update_actions()
        ids = self.selected_idea_ids()
        if ids != self._last_ids:
            self._last_ids = ids
            self.selection_changed_ids.emit(ids)

    def _update_actions(self, *_: object) -> None:
        ideas, clusters = self.selected_idea_ids(), self.tree_model.clusters()
        on_cluster = self.current_cluster_id() is not None
        for actions, enabled in [((self.group_action, self.move_action, self.take_out_action,
                                   self.move_menu.menuAction(), *self.move_to_actions), bool(ideas)),
                                 ((self.duplicate_action,), len(ideas) == 2),
                                 ((self.rename_action, self.ungroup_action), on_cluster),
                                 ((self.merge_action,), on_cluster and len(clusters) > 1)]:
            for action in actions:
                action.setEnabled(enabled)
        for number, action in enumerate(self.move_to_actions, start=1):
            action.setVisible(number <= len(clusters))
            if number <= len(clusters):
                action.setText(f"{number}. {clusters[number - 1].name.replace('&', '&&')}")
