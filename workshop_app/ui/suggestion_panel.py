"""The suggestions beside the canvas: previewed on the canvas when selected,
explained by their shared words, applied only when accepted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.analysis import WorkshopSuggestions
from workshop_app.models.text import brief
from workshop_app.ui.canvas import CanvasScene
from workshop_app.ui.cluster_actions import ClusterActions
from workshop_app.ui.labels import plain_tip
from workshop_app.ui.suggestions import SuggestionService

PAYLOAD = Qt.ItemDataRole.UserRole + 1


def _short(text: str, limit: int = 60) -> str:
    return brief(text, limit)


MIN_WIDTH = 380


class SuggestionPanel(QWidget):
    """Suggested groups, the best group for each unplaced note, likely
    duplicates and notes similar to the selected one."""

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
        # Wide enough for its headings ("Best group for an ungrouped note (12)").
        self.setMinimumWidth(MIN_WIDTH)
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
        self.accept_button.clicked.connect(self.accept_current)
        self.accept_all_button.clicked.connect(self.accept_all)
        suggestions.ready.connect(self.show_suggestions)
        suggestions.busy.connect(self._busy)
        scene.selection_ids_changed.connect(self.show_similar)
        self._similar_section: QTreeWidgetItem | None = None
        if suggestions.latest is not None:
            self.show_suggestions(suggestions.latest)

    # -- filling ------------------------------------------------------------------------


    def _busy(self, on: bool) -> None:
        if on:
            self.status.setText(self.tr("Computing suggestions…"))
    def show_suggestions(self, found: WorkshopSuggestions) -> None:
        texts = self.suggestions.texts
        names = {c.id: c.name for c in self.cluster_actions.service.clusters()}
        self.scene.clear_preview()
        self.tree.clear()
        self._similar_section = None
        groups = self._section(self.tr("New groups (%n)", "", len(found.new_groups)))
        for group in found.new_groups:
            count = self.tr("%n note(s)", "", len(group.idea_ids))
            item = self._item(groups, group.name + " — " + count, ("group", group.name, group.idea_ids))
            item.setToolTip(0, plain_tip("\n".join(_short(texts.get(i, "")) for i in group.idea_ids)))
            for idea_id in group.idea_ids:
                self._item(item, _short(texts.get(idea_id, "")), ("group", group.name, group.idea_ids))
        placed = [(i, c) for i, c in sorted(found.candidates.items()) if c]
        best = self._section(self.tr("Best group for an ungrouped note (%n)", "", len(placed)))
        for idea_id, candidates in placed:
            note = self._item(best, _short(texts.get(idea_id, "")),
                              ("move", idea_id, candidates[0].cluster_id))
            for candidate in candidates:
                self._item(note, self.tr("→ {group} ({score:.0%}) · shared: {words}").format(
                    group=names.get(candidate.cluster_id, "?"), score=candidate.score,
                    words=", ".join(candidate.shared_words) or "—"),
                    ("move", idea_id, candidate.cluster_id))
        dupes = self._section(self.tr("Likely duplicates (%n)", "", len(found.duplicates)))
        pairs = []
        for pair in found.duplicates:
            # Both notes, a row each: "A ≈ B" on one row showed only the start
            # of A in a narrow panel (a two-line row is cut to its height).
            payload = ("duplicate", pair.b, pair.a)
            item = self._item(dupes, _short(texts.get(pair.a, ""), 40), payload)
            self._item(item, f"≈ {_short(texts.get(pair.b, ''), 40)} · {', '.join(pair.shared_words)}",
                       payload)
            item.setToolTip(0, plain_tip(f"{texts.get(pair.a, '')}\n≈\n{texts.get(pair.b, '')}"))
            pairs.append(item)
        self.tree.expandToDepth(0)
        for item in pairs:
            item.setExpanded(True)
        self.status.setText(self.tr("Select a suggestion to preview it on the canvas; nothing "
                                    "changes until you accept it."))
        self.accept_all_button.setEnabled(bool(found.new_groups))

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
        section = QTreeWidgetItem([self.tr("Similar to the selected note (%n)", "", len(found))])
        self.tree.insertTopLevelItem(0, section)
        for similar in found:
            self._item(section, f"{_short(texts.get(similar.note_id, ''))} ({similar.score:.0%}) · "
                       f"{', '.join(similar.shared_words)}", ("similar", idea_ids[0], similar.note_id))
        section.setExpanded(True)
        self._similar_section = section

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        return item

    def _item(self, parent: QTreeWidgetItem, text: str, payload: tuple[Any, ...]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, PAYLOAD, payload)
        item.setToolTip(0, plain_tip(text))
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
