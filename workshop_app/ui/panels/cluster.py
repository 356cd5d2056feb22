"""Cluster: the sticky-note canvas, the keyboard tree beside it, and the
explained suggestions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMessageBox, QSplitter, QToolBar, QWidget

from workshop_app.services import Changes
from workshop_app.ui.canvas import CanvasScene, CanvasView
from workshop_app.ui.cluster_actions import ClusterActions
from workshop_app.ui.cluster_tree import ClusterTreeView
from workshop_app.ui.panels.base import PhasePanel
from workshop_app.ui.session import Refusal, WorkshopSession
from workshop_app.ui.suggestion_panel import MIN_WIDTH, SuggestionPanel

TREE_WIDTH = 220
# The least share of the panel's width the canvas has when it first shows:
# less, and the suggestions start closed.
CANVAS_SHARE = 0.5


class ClusterPanel(PhasePanel):
    """Group notes on the canvas or from the keyboard tree; every action is
    one undo step."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Cluster"),
                         self.tr("Drag a note onto a note to start a group, into a frame to join "
                                 "it, out to leave. Double-click a title to rename."), parent)
        self._default_hint = self.hint.text()
        session.refused.connect(self._refused)
        self.actions_ = ClusterActions(session, self)
        self.scene = CanvasScene(session, self.actions_, self._confirm_merge)
        self.canvas = CanvasView(self.scene)
        self.toolbar = QToolBar()
        self._build_actions()
        self.tree = ClusterTreeView(session, self.actions_)
        self.suggestions = session.suggestions()
        self.suggestion_panel = SuggestionPanel(self.suggestions, self.scene, self.actions_)
        # A previewed suggestion is brought into sight (among 5,000 notes it is rarely in it).
        self.suggestion_panel.previewed.connect(
            lambda box: self.canvas.ensureVisible(box, 40, 40))
        self.scene.selection_ids_changed.connect(self.tree.select_ideas)
        self.tree.selection_changed_ids.connect(self.scene.select_ideas)
        # The toolbar spans the tree, the canvas and the suggestions, so that
        # its actions stay in sight however narrow the canvas is.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.suggestion_panel)
        for index, stretch in enumerate((0, 1, 0)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([TREE_WIDTH, 1100, MIN_WIDTH])
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._suggestions_chosen())
        # Until the moderator opens, closes or drags them, the suggestions
        # are shown when the canvas keeps most of the width (`_fit_sizes`).
        self._chosen = False
        self.splitter.installEventFilter(self)
        self.body.addWidget(self.toolbar)
        self.body.addWidget(self.splitter, 1)
        self._fitted = False

    def _build_actions(self) -> None:
        def add(text: str, shortcut: str | QKeySequence | QKeySequence.StandardKey | None,
                slot: Callable[[], object]) -> QAction:
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            self.canvas.addAction(action)
            return action

        # The main actions first: on a narrow screen the last ones go behind "»".
        self.group_action = add(self.tr("Group selected"), "Ctrl+G", self.group_selected)
        self.ungroup_action = add(self.tr("Ungroup"), "Ctrl+Shift+G", self.ungroup_selected)
        self.rename_action = add(self.tr("Rename"), "F2", self.rename_selected)
        self.duplicate_action = add(self.tr("Mark as duplicates"), "Ctrl+D", self.mark_duplicates)
        self.toolbar.addSeparator()
        self.tidy_action = add(self.tr("Tidy up"), "Ctrl+T", self.actions_.tidy)
        self.fit_action = add(self.tr("Fit all"), "Ctrl+0", self.canvas.show_all)
        self.suggestions_action = add(self.tr("Suggestions"), None, self._toggle_suggestions)
        self.suggestions_action.setCheckable(True)
        self.suggestions_action.setChecked(True)
        self.toolbar.addSeparator()
        self.split_action = add(self.tr("Save table as a file…"), None, self.split_requested.emit)
        add(self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, lambda: self.canvas.zoom_centred(1.2))
        add(self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, lambda: self.canvas.zoom_centred(1 / 1.2))

    # -- the suggestions beside the canvas -------------------------------------------------

    def _toggle_suggestions(self) -> None:
        self._chosen = True
        self.show_suggestions(self.suggestions_action.isChecked())

    def _suggestions_chosen(self) -> None:
        self._chosen = True
        self._sync_suggestions_action()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize and not self._chosen:
            self._fit_sizes()
        return super().eventFilter(watched, event)

    def show_suggestions(self, shown: bool) -> None:
        """Open or close the suggestions beside the canvas (the canvas takes their room)."""
        if shown and not self.suggestions_shown():
            self.suggestion_panel.show()
            sizes = self.splitter.sizes()
            width = self.suggestion_panel.minimumWidth()
            self.splitter.setSizes([sizes[0], max(sum(sizes[1:]) - width, 1), width])
        elif not shown:
            self.suggestion_panel.hide()
        self._sync_suggestions_action()

    def suggestions_shown(self) -> bool:
        """Whether the suggestions are in sight (neither closed nor dragged shut)."""
        return not self.suggestion_panel.isHidden() and self.splitter.sizes()[2] > 0

    def _sync_suggestions_action(self) -> None:
        self.suggestions_action.setChecked(self.suggestions_shown())

    def _fit_sizes(self) -> None:
        """The canvas takes most of the width: on a narrow screen (a 1280 x 800
        laptop) the suggestions are closed, one click from opening."""
        total = self.splitter.width()
        suggestions = self.suggestion_panel.minimumWidth()
        tree = min(TREE_WIDTH, total // 5)
        narrow = total - tree - suggestions < CANVAS_SHARE * total
        self.splitter.setSizes([tree, total - tree - (0 if narrow else suggestions),
                                0 if narrow else suggestions])
        self.show_suggestions(not narrow)

    def _refused(self, refused: Refusal) -> None:
        """Say why right above the canvas, until the next change."""
        if self.isVisible():
            self.hint.setText(refused.message)

    def apply(self, changes: Changes) -> None:
        self.hint.setText(self._default_hint)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.hint.setText(self._default_hint)

    def refresh(self) -> None:
        if not self._fitted and self.isVisible():
            self._fitted = True
            self.canvas.open_readable()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the first look needs the canvas's real size: now it has it

    # -- actions on the selection ----------------------------------------------------

    def selected_idea_ids(self) -> list[str]:
        """The selected notes and the notes of the selected groups."""
        ids = self.scene.selected_idea_ids()
        groups = set(self.scene.selected_cluster_ids())
        if groups:
            ids += [i.id for i in self.service.ideas() if i.cluster_id in groups]
        return list(dict.fromkeys(ids))

    def group_selected(self) -> None:
        ids = self.scene.selected_idea_ids()
        if ids:
            cluster_id = self.actions_.group(ids)
            if cluster_id:
                self.scene.start_rename(cluster_id)

    def ungroup_selected(self) -> None:
        for cluster_id in self.scene.selected_cluster_ids():
            self.actions_.ungroup(cluster_id)

    def rename_selected(self) -> None:
        clusters = self.scene.selected_cluster_ids()
        if clusters:
            self.scene.start_rename(clusters[0])

    def mark_duplicates(self) -> None:
        ids = self.scene.selected_idea_ids()
        if len(ids) == 2:
            self.actions_.mark_duplicate(ids[1], ids[0])

    def _confirm_merge(self, source: str, target: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge groups"),
                          self.tr("Merge the group \u201e{source}\u201d into \u201e{target}\u201d?").format(
                              source=source, target=target),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # group names are the room's words
        return box.exec() == QMessageBox.StandardButton.Yes
