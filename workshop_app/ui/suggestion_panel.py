"""The suggestions beside the canvas: previewed on the canvas when selected,
explained by their shared words, applied only when accepted."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.analysis import Candidate, DuplicatePair, SuggestedGroup, WorkshopSuggestions
from workshop_app.models.text import brief
from workshop_app.ui.canvas import CanvasScene
from workshop_app.ui.cluster_actions import ClusterActions
from workshop_app.ui.labels import plain_tip
from workshop_app.ui.suggestions import SuggestionService

PAYLOAD = Qt.ItemDataRole.UserRole + 1


def _short(text: str, limit: int = 60) -> str:
    return brief(text, limit)


class _Row(QTreeWidgetItem):
    """One line of the suggestions: its payload and tooltip kept in Python.

    Thousands of rows arrive at once with 5,000 notes. Setting a payload and a
    tooltip on each through Qt costs more than building the row, so the row
    answers those two roles itself, and the rows under it (a group's notes, a
    note's candidate groups) are made when it is first expanded (`grow`).
    """

    def __init__(self, text: str, payload: tuple[Any, ...], tip: str | None = None,
                 grow: Callable[[], list[QTreeWidgetItem]] | None = None) -> None:
        super().__init__([text])
        self.payload, self.tip, self.grow = payload, tip if tip is not None else text, grow
        if grow is not None:
            self.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)

    def data(self, column: int, role: int) -> Any:
        if role == PAYLOAD:
            return self.payload
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.tip)
        return super().data(column, role)

    def grown(self) -> None:
        """Make the rows under this one (once)."""
        if self.grow is not None:
            grow, self.grow = self.grow, None
            self.addChildren(grow())
            self.setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)


MIN_WIDTH = 380
LARGEST_COUNT = 88888
"""The panel is wide enough for its headings with a count this long."""
FILL_CHUNK = 300
"""Rows added per turn of the event loop (about 10 ms of work)."""


class SuggestionPanel(QWidget):
    """Suggested groups, the best group for each unplaced note, likely
    duplicates and notes similar to the selected one.

    Signals:
        filled(): every row of the latest suggestions is in the list.
        previewed(QRectF): a suggestion is previewed there on the canvas.
    """

    filled = Signal()
    previewed = Signal(QRectF)

    def __init__(self, suggestions: SuggestionService, scene: CanvasScene,
                 actions: ClusterActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestions, self.scene, self.cluster_actions = suggestions, scene, actions
        self.status = QLabel(self.tr("Computing suggestions…"))
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Suggestions"))
        # Wide enough for its headings, even with five-digit counts.
        self.setMinimumWidth(max(MIN_WIDTH, self._widest_heading() + 48))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_all_button = QPushButton(self.tr("Accept all groups"))
        self.accept_button.setEnabled(False)
        self.accept_all_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.accept_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Suggestions"))
        heading.setObjectName("sideHeading")
        layout.addWidget(heading)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.currentItemChanged.connect(lambda item, _old: self.preview(item))
        self.tree.itemExpanded.connect(lambda item: item.grown() if isinstance(item, _Row) else None)
        self.accept_button.clicked.connect(self.accept_current)
        self.accept_all_button.clicked.connect(self.accept_all)
        suggestions.ready.connect(self.show_suggestions)
        suggestions.busy.connect(self._busy)
        scene.selection_ids_changed.connect(self.show_similar)
        self._similar_section: QTreeWidgetItem | None = None
        self._filling = 0  # the generation of rows being added; a newer one stops older
        self.filling = False  # rows of the latest suggestions are still being added
        if suggestions.latest is not None:
            self.show_suggestions(suggestions.latest)

    # -- filling ------------------------------------------------------------------------


    def _busy(self, on: bool) -> None:
        if on:
            self.status.setText(self.tr("Computing suggestions…"))
    def show_suggestions(self, found: WorkshopSuggestions) -> None:
        """List `found`: the first rows at once, the rest a chunk per turn of
        the event loop, so that thousands of rows never freeze the window."""
        texts = self.suggestions.texts
        names = {c.id: c.name for c in self.cluster_actions.service.clusters()}
        self.scene.clear_preview()
        scrolled = self.tree.verticalScrollBar().value()
        self.tree.clear()
        self.accept_button.setEnabled(False)  # nothing is selected in the new list
        self._similar_section = None
        self._filling += 1
        self.filling = True
        placed = [(i, c) for i, c in sorted(found.candidates.items()) if c]
        groups = self._section(self.tr("New groups (%n)", "", len(found.new_groups)))
        best = self._section(self.tr("Best group for an ungrouped note (%n)", "", len(placed)))
        pairs = self._section(self.tr("Likely duplicates (%n)", "", len(found.duplicates)))
        self.tree.expandToDepth(0)

        def members(group: SuggestedGroup) -> Callable[[], list[QTreeWidgetItem]]:
            payload = ("group", group.name, group.idea_ids)
            return lambda: [_Row(_short(texts.get(i, "")), payload, texts.get(i, ""))
                            for i in group.idea_ids]

        def choices(idea_id: str, candidates: list[Candidate]
                    ) -> Callable[[], list[QTreeWidgetItem]]:
            return lambda: [_Row(self.tr("→ {group} ({score:.0%}) · shared: {words}").format(
                group=names.get(c.cluster_id, "?"), score=c.score,
                words=", ".join(c.shared_words) or "—"), ("move", idea_id, c.cluster_id))
                for c in candidates]

        def group_row(group: SuggestedGroup) -> QTreeWidgetItem:
            count = self.tr("%n note(s)", "", len(group.idea_ids))
            return _Row(group.name + " — " + count, ("group", group.name, group.idea_ids),
                        "\n".join(_short(texts.get(i, "")) for i in group.idea_ids),
                        members(group))

        def note_row(idea_id: str, candidates: list[Candidate]) -> QTreeWidgetItem:
            return _Row(_short(texts.get(idea_id, "")), ("move", idea_id, candidates[0].cluster_id),
                        texts.get(idea_id, ""), choices(idea_id, candidates))

        def pair_row(pair: DuplicatePair) -> QTreeWidgetItem:
            # Both notes, a row each: "A ≈ B" on one row showed only the start
            # of A in a narrow panel (a two-line row is cut to its height).
            payload = ("duplicate", pair.b, pair.a)
            item = _Row(_short(texts.get(pair.a, ""), 40), payload,
                        f"{texts.get(pair.a, '')}\n≈\n{texts.get(pair.b, '')}")
            item.addChild(_Row(f"≈ {_short(texts.get(pair.b, ''), 40)} · "
                               f"{', '.join(pair.shared_words)}", payload,
                               f"≈ {texts.get(pair.b, '')}\n{', '.join(pair.shared_words)}"))
            return item

        rows: list[tuple[QTreeWidgetItem, Callable[[], QTreeWidgetItem]]] = [
            *((groups, functools.partial(group_row, g)) for g in found.new_groups),
            *((best, functools.partial(note_row, i, c)) for i, c in placed),
            *((pairs, functools.partial(pair_row, p)) for p in found.duplicates)]
        self._fill(self._filling, rows, pairs, scrolled)
        self.status.setText(self.tr("Select a suggestion to preview it on the canvas; nothing "
                                    "changes until you accept it."))
        self.accept_all_button.setEnabled(bool(found.new_groups))

    def _fill(self, generation: int,
              rows: list[tuple[QTreeWidgetItem, Callable[[], QTreeWidgetItem]]],
              pairs: QTreeWidgetItem, scrolled: int) -> None:
        """Add the next `FILL_CHUNK` rows, then come back for the rest (unless
        newer suggestions arrived meanwhile); at the end, back to where the
        moderator had scrolled the list."""
        if generation != self._filling:
            return
        chunk, rest = rows[:FILL_CHUNK], rows[FILL_CHUNK:]
        made: dict[int, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        for section, make in chunk:
            made.setdefault(id(section), (section, []))[1].append(make())
        for section, items in made.values():
            section.addChildren(items)  # one insertion for the view, not hundreds
        if id(pairs) in made:  # every pair open, its second note showing: in one call
            self.tree.expandRecursively(self.tree.indexFromItem(pairs), 1)
        if rest:
            QTimer.singleShot(0, self, lambda: self._fill(generation, rest, pairs, scrolled))
        else:
            self.tree.verticalScrollBar().setValue(scrolled)
            self.filling = False
            self.filled.emit()

    def show_similar(self, idea_ids: list[str]) -> None:
        if self._similar_section is not None:
            index = self.tree.indexOfTopLevelItem(self._similar_section)
            if index >= 0:
                self.tree.takeTopLevelItem(index)
            self._similar_section = None
        if len(idea_ids) != 1:
            return
        found = self.suggestions.similar(idea_ids[0])
        texts = self.suggestions.texts
        section = self._section(self.tr("Similar to the selected note (%n)", "", len(found)), 0)
        section.addChildren([_Row(f"{_short(texts.get(s.note_id, ''))} ({s.score:.0%}) · "
                                  f"{', '.join(s.shared_words)}", ("similar", idea_ids[0], s.note_id),
                                  f"{texts.get(s.note_id, '')}\n({s.score:.0%}) "
                                  f"{', '.join(s.shared_words)}")
                             for s in found])
        section.setExpanded(True)
        self._similar_section = section

    def headings(self, count: int) -> list[str]:
        """The section headings as they read with `count` in each."""
        return [self.tr("New groups (%n)", "", count),
                self.tr("Best group for an ungrouped note (%n)", "", count),
                self.tr("Likely duplicates (%n)", "", count),
                self.tr("Similar to the selected note (%n)", "", count)]

    def _widest_heading(self) -> int:
        font = QFont(self.tree.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        return (max(metrics.horizontalAdvance(t) for t in self.headings(LARGEST_COUNT))
                + self.tree.indentation())

    def _section(self, title: str, at: int | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setToolTip(0, plain_tip(title))
        if at is None:
            self.tree.addTopLevelItem(item)
        else:
            self.tree.insertTopLevelItem(at, item)
        return item

    # -- preview and accept --------------------------------------------------------------

    def preview(self, item: QTreeWidgetItem | None) -> None:
        payload = item.data(0, PAYLOAD) if item is not None else None
        self.accept_button.setEnabled(payload is not None and payload[0] != "similar")
        if payload is None:
            self.scene.clear_preview()
        elif payload[0] == "group":
            self.scene.preview_group(payload[2], self.tr("Suggested: {name}").format(name=payload[1]))
        elif payload[0] == "move":
            self.scene.preview_candidate(payload[1], payload[2])
        else:
            self.scene.preview_group([payload[1], payload[2]], "≈")
        shown = self.scene.preview_bounds()
        if not shown.isNull():
            self.previewed.emit(shown)

    def accept_current(self) -> None:
        item = self.tree.currentItem()
        payload = item.data(0, PAYLOAD) if item is not None else None
        if payload is None:
            return
        self.scene.clear_preview()
        kind = payload[0]
        if kind == "group":
            self.cluster_actions.group(list(payload[2]), name=payload[1])
        elif kind == "move":
            self.cluster_actions.move_to_cluster([payload[1]], payload[2])
        elif kind == "duplicate":
            self.cluster_actions.mark_duplicate(payload[1], payload[2])

    def accept_all(self) -> None:
        found = self.suggestions.latest
        if found is None or not found.new_groups:
            return
        self.scene.clear_preview()
        self.cluster_actions.accept_groups([(g.name, g.idea_ids) for g in found.new_groups])
