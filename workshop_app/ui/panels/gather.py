"""Gather: keyboard-fast capture, the list of ideas, filter, edit, delete."""

from __future__ import annotations

from collections import Counter
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
)

from workshop_app.models import LONG_IDEA_CHARS, Idea, Sector, clean_text, in_sector_order
from workshop_app.models.text import first_alike
from workshop_app.services import UNCHANGED, Changes, NewIdea, Unchanged
from workshop_app.ui.idea_entry import CaptureContext, IdeaEntry
from workshop_app.ui.idea_table import ID_ROLE, SECTOR, SEQ, TABLE, TEXT, IdeaFilterProxy, IdeaTableModel
from workshop_app.ui.labels import ideas_shown_count, sector_label
from workshop_app.ui.panels.base import PhasePanel
from workshop_app.ui.paste_dialog import PastePreviewDialog
from workshop_app.ui.session import Refusal, WorkshopSession


class GatherPanel(PhasePanel):
    """Capture ideas from the keyboard and manage the list of ideas.

    The entry field has the focus whenever the panel is shown and the
    moderator is not editing something else.
    """

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Gather"),
                         self.tr("Type each sticky note and press Enter. Alt+1…6 sets the sector, "
                                 "Alt+↑/↓ the table, Alt+←/→ the author."), parent)
        self.entry = IdeaEntry()
        self.context = CaptureContext()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # quotes ideas: never markup
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.model = IdeaTableModel(session, self)
        self.proxy = IdeaFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._make_view()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter (case and Polish letters ignored)"))
        self.filter.setClearButtonEnabled(True)
        self.sort = QComboBox()
        self.sort.addItems([self.tr("Newest first"), self.tr("By sector"), self.tr("By table")])
        self.show_deleted = QCheckBox(self.tr("Show deleted"))
        # Clicking a list tool must not take the keyboard from the idea field.
        for tool in (self.sort, self.show_deleted):
            tool.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._layout_widgets()
        self._connect()
        self._sort_changed(0)
        self.refresh()

    # -- construction ----------------------------------------------------------------

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SEQ, 44), (SECTOR, 140), (3, 170), (TABLE, 64), (5, 56), (6, 56)):
            header.resizeSection(column, width)
        view.setAccessibleName(self.tr("Ideas"))
        return view

    def _layout_widgets(self) -> None:
        self.body.addWidget(self.entry)
        self.body.addWidget(self.context)
        self.body.addWidget(self.notice)
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.sort)
        tools.addWidget(self.show_deleted)
        self.body.addLayout(tools)
        self.body.addWidget(self.counts)
        self.body.addWidget(self.view, 1)

    def _connect(self) -> None:
        self.entry.submitted.connect(self.submit)
        self.entry.paste_many.connect(self.paste_lines)
        self.entry.sector_key.connect(self.context.set_sector_key)
        self.entry.table_step.connect(lambda step: self.context.table.stepBy(step))
        self.entry.author_key.connect(self._focus_author)
        self.entry.author_step.connect(self.context.step_author)
        self.context.author.activated.connect(lambda _: self.entry.setFocus())
        self.filter.textChanged.connect(self.proxy.set_query)
        self.filter.returnPressed.connect(self.entry.setFocus)
        self.sort.currentIndexChanged.connect(self._sort_changed)
        self.show_deleted.toggled.connect(self.proxy.set_show_deleted)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_counts)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.itemDelegate().closeEditor.connect(lambda *_: self.entry.setFocus())
        delete = QAction(self.tr("Delete idea"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.view.addAction(delete)
        self.session.refused.connect(self._on_refused)

    # -- behaviour -------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._say("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.entry.setFocus)

    def refresh(self) -> None:
        self.context.set_roster(self.service.participants())
        self._update_counts()

    def submit(self, raw: str) -> None:
        """Save the typed idea with the current sector, table and author."""
        text = clean_text(raw)
        if not text:
            self._say(self.tr("An empty idea was not added."), warning=True)
            return
        alike = first_alike(text, ((i.id, i.text) for i in self.model.ideas() if not i.deleted))
        changes = self.session.run_by(self, self.service.add_idea, idea=self._new_idea(text))
        if changes is None or changes.created is None:
            return  # refused: `_on_refused` says why, the typed text stays
        idea_id = changes.created
        self.entry.clear()
        self.entry.setFocus()
        self._select(idea_id)
        if alike is not None:
            similar = self.service.idea(alike).text
            self._say(self.tr("Added. A similar idea is already there: \u201e{text}\u201d").format(
                text=similar[:120]), warning=True)
        elif len(text) > LONG_IDEA_CHARS:
            self._say(self.tr("Added, but it is very long ({count} characters) for a sticky "
                              "note.").format(count=len(text)), warning=True)
        else:
            self._say("")

    def paste_lines(self, lines: list[str]) -> None:
        dialog = PastePreviewDialog(lines, self, context=self.context.describe())
        if dialog.exec() != PastePreviewDialog.DialogCode.Accepted:
            return
        if dialog.as_one:
            self.entry.insertPlainText("\n".join(lines))
            return
        chosen = dialog.chosen()
        if self.session.run_by(self, self.service.add_ideas,
                               ideas=[self._new_idea(line) for line in chosen]) is None:
            return
        self._say(self.tr("Added %n idea(s).", "", len(chosen)))
        self.entry.setFocus()

    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows(TEXT)
        return [str(index.data(ID_ROLE)) for index in rows]

    def selected_idea_ids(self) -> list[str]:
        return [i for i in self.selected_ids() if not self.service.idea(i).deleted]

    def _new_idea(self, text: str) -> NewIdea:
        """An idea of `text` in the current capture context."""
        return NewIdea(text=text, sector=self.context.sector(),
                       participant_id=self.context.participant_id(),
                       table_label=self.context.table_label())

    def _on_refused(self, refused: Refusal) -> None:
        if refused.initiator is self:
            self._say(self.tr("Nothing was added: {reason}").format(reason=refused.message),
                      warning=True)

    def delete_selected(self) -> None:
        """Delete the selected ideas: one undo step however many."""
        live = [i for i in self.selected_ids() if not self.service.idea(i).deleted]
        if live:
            self.session.run(self.service.delete_ideas, idea_ids=live)

    def _context_menu(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        idea = self.service.idea(ids[0])
        if idea.deleted:
            menu.addAction(self.tr("Restore idea"),
                           partial(self.session.run, self.service.restore_ideas, idea_ids=ids))
        else:
            menu.addAction(self.tr("Edit"), lambda: self.view.edit(self.view.currentIndex()))
            menu.addAction(self.tr("Delete idea"), self.delete_selected)
            link = menu.addMenu(self.tr("Link to objective"))
            link.addAction(self.tr("(none)"), lambda: self._edit(idea, objective_id=None))
            for objective in self.service.objectives():
                label = f"{objective.code} {objective.title}".strip()
                link.addAction(label, partial(self._edit, idea, objective_id=objective.id))
            sector_menu = menu.addMenu(self.tr("Sector"))
            for sector in [None, *Sector]:
                sector_menu.addAction(sector_label(sector), partial(self._edit, idea, sector=sector))
            menu.addSeparator()
            menu.addAction(self.tr("Save table as a separate file…"), self.split_requested.emit)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _edit(self, idea: Idea, *, sector: Sector | Unchanged | None = UNCHANGED,
              objective_id: str | Unchanged | None = UNCHANGED) -> None:
        # Choosing what is already there changes no row, so it is no undo step.
        self.session.run(self.service.edit_idea, idea_id=idea.id, sector=sector,
                         objective_id=objective_id)

    def _focus_author(self) -> None:
        self.context.author.setFocus()
        self.context.author.showPopup()

    def _sort_changed(self, mode: int) -> None:
        column = (SEQ, SECTOR, TABLE)[mode]
        order = Qt.SortOrder.DescendingOrder if mode == 0 else Qt.SortOrder.AscendingOrder
        self.proxy.sort(column, order)

    def apply(self, changes: Changes) -> None:
        self.model.apply(changes)
        if changes.ideas and changes.initiator is not self:
            self._say("")  # the notice spoke of the last idea typed, no longer the news
        if changes.participants:
            self.context.set_roster(self.service.participants())
        if changes.ideas:
            self._update_counts()

    def _update_counts(self) -> None:
        """How many ideas, per sector; 'shown of all' while a filter hides some."""
        ideas = [i for i in self.model.ideas() if self.proxy.show_deleted or not i.deleted]
        per_sector = in_sector_order(Counter(i.sector for i in ideas if not i.deleted))
        parts = [f"{sector_label(sector)}: {count}" for sector, count in per_sector]
        total = ideas_shown_count(self.proxy.rowCount(), len(ideas))
        self.counts.setText("  ·  ".join([total, *parts]))

    def imported(self, count: int) -> None:
        """Say how many ideas an import just added (it came from the menu)."""
        self._say(self.tr("Imported %n idea(s).", "", count))

    def _select(self, idea_id: str) -> None:
        row = self.model.row_of(idea_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, TEXT))
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)

    def _say(self, text: str, *, warning: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setProperty("warning", warning)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)

