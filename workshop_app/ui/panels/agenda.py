"""Agenda & export: next year's forum programme built from the winners.

On the left, candidate topics (a round's results, the groups, or typed)
above the agenda in priority order (reordered by drag or Ctrl+Up/Down,
Delete removes) above the forum's frame, "Ułóż automatycznie" and the
schedule's check; on the right, the whole height for the editor of the
selected item. Every change is one undo step through the session; a
refusal or what an action did is said above the columns (and a refusal in
the status bar) until the next change, and the editor shows again what the
file holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.exports.kinds import ExportKind
from workshop_app.models import AgendaItem
from workshop_app.models.candidates import Candidate
from workshop_app.models.schedule import NotPlaced
from workshop_app.services import Changes
from workshop_app.ui.agenda_candidates import CandidateBox
from workshop_app.ui.agenda_editor import ItemEditor
from workshop_app.ui.agenda_list import AgendaListView, AgendaModel
from workshop_app.ui.agenda_report import frame_text, report_lines
from workshop_app.ui.carry_over_dialog import CarryOverDialog
from workshop_app.ui.frame_dialog import FrameDialog
from workshop_app.ui.panels.base import PhasePanel, chain_tab_order
from workshop_app.ui.session import Refusal, WorkshopSession

EXPORT_BUTTONS = ("export_agenda", "export_summary", "export_ics", "export_other")


class AgendaPanel(PhasePanel):
    """The agenda builder (see module docstring).

    Under the columns, `export_buttons`: the agenda and the summary as PDF, the
    calendar, and every other export (the window's export dialog). Under the
    candidate topics, `candidates.buttons`: last year's topics too.
    """

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Agenda & export"),
                         self.tr("Draft agenda of next year's Economic Development Forum: add "
                                 "topics from the results, put them in order of priority, fill "
                                 "in each session and let Razem fit them into the forum's days."),
                         parent)
        self._unplaced: dict[str, NotPlaced] = {}
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # may quote what was typed
        # Its line is kept when empty, so a message appearing does not move the columns.
        self.notice.setMinimumHeight(self.notice.fontMetrics().lineSpacing())
        self.candidates = CandidateBox(self.service, self.add_candidate)
        self.model = AgendaModel(self)
        self.list = AgendaListView(self.model)
        self.list.setAccessibleName(self.tr("Agenda in priority order"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setStretchLastSection(False)
        # One line an item (the full title in its tooltip): the order reads at a glance.
        self.list.setWordWrap(False)
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(self.list.fontMetrics().height() + 8)
        self.list.reorder_requested.connect(self.reorder)
        self.list.delete_requested.connect(self.delete)
        self.list.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self.show_editor())
        self.editor = ItemEditor(self.run, self.service.edit_agenda_item)
        self.report = QListWidget()
        self.report.setAccessibleName(self.tr("Schedule check"))
        self.report.setWordWrap(True)
        self.report.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.report.setMinimumHeight(2 * self.report.fontMetrics().lineSpacing() + 8)
        self.frame_label = QLabel()
        self.frame_label.setWordWrap(True)
        self.frame_label.setTextFormat(Qt.TextFormat.PlainText)  # room names as typed
        self.body.addWidget(self.notice)
        self.columns = QSplitter()
        self.columns.setChildrenCollapsible(False)
        self._left: tuple[QWidget, ...] = (self.candidates, self._agenda_box(), self._schedule_box())
        self.columns.addWidget(_stacked(*self._left))
        # On a small screen the editor scrolls rather than squeezing its fields.
        editor = QScrollArea()
        editor.setWidget(self.editor)
        editor.setWidgetResizable(True)
        editor.setFrameShape(QFrame.Shape.NoFrame)
        editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the fields, not the frame
        self.columns.addWidget(editor)
        self.body.addWidget(self.columns, 1)
        self._sized = False
        self._candidates_stale = False
        # The exports the organisers leave with, under the columns (each opens
        # the window's export dialog with its kind chosen).
        self.export_buttons = QHBoxLayout()
        for key, text, kind in (
                ("export_agenda", self.tr("Agenda as PDF…"), ExportKind.AGENDA),
                ("export_summary", self.tr("Summary as PDF…"), ExportKind.SUMMARY),
                ("export_ics", self.tr("Agenda as &calendar (iCal)…"), ExportKind.ICS),
                ("export_other", self.tr("Other e&xports…"), None)):
            self.export_buttons.addWidget(self._button(key, text, self._asks_export(kind)))
        self.export_buttons.addStretch(1)
        self.body.addLayout(self.export_buttons)
        self.candidates.buttons.insertWidget(
            1, self._button("carry_over", self.tr("From the &previous edition…"), self.carry_over))
        self._tab_order()
        session.refused.connect(self._on_refused)

    def _agenda_box(self) -> QWidget:
        box = QGroupBox(self.tr("Agenda (priority order)"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.list, 1)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, action in (
                ("up", self.tr("Move up (Ctrl+↑)"), lambda: self.list.move_selected(-1)),
                ("down", self.tr("Move down (Ctrl+↓)"), lambda: self.list.move_selected(1)),
                ("remove", self.tr("Remove (Delete)"), lambda: self.delete(
                    self.list.selected_ids()))):
            row.addWidget(self._button(key, text, action))
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _schedule_box(self) -> QWidget:
        box = QGroupBox(self.tr("The forum's days and the schedule"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.frame_label)
        check = QLabel(self.tr("Schedule check"))
        check.setBuddy(self.report)
        row = QHBoxLayout()  # one row: the check's lines get the height
        row.addWidget(check)
        row.addStretch(1)
        row.addWidget(self._button("frame", self.tr("Forum's da&ys and rooms…"), self.edit_frame))
        row.addWidget(self._button("schedule", self.tr("&Schedule automatically"), self.schedule))
        layout.addLayout(row)
        layout.addWidget(self.report, 1)
        return box

    def _asks_export(self, kind: ExportKind | None) -> Callable[[], None]:
        def ask() -> None:
            self.export_requested.emit(kind)
        return ask

    def _button(self, key: str, text: str, action: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(action)
        self.buttons[key] = button
        return button

    def _tab_order(self) -> None:
        order: list[QWidget] = [
            self.candidates.source, self.candidates.view, self.candidates.add_button,
            self.buttons["carry_over"], self.candidates.typed, self.list,
            *(self.buttons[k] for k in ("up", "down", "remove")),
            self.editor.title_edit]
        chain_tab_order(order)
        chain_tab_order([self.editor.conflicts, self.buttons["frame"], self.buttons["schedule"],
                         self.report, *(self.buttons[k] for k in EXPORT_BUTTONS)])

    def carry_over(self) -> str:
        """"Tematy z poprzedniej edycji": carry topics of last year's workshop
        into the agenda (the dialog); what was carried, also in the window's
        status bar."""
        before = set(self.model.ids())
        dialog = CarryOverDialog(self.session, self)
        if dialog.exec() != CarryOverDialog.DialogCode.Accepted:
            return ""
        carried = [item_id for item_id in self.model.ids() if item_id not in before]
        if carried:  # the editor shows the first item carried over
            self.list.select_ids(carried[:1])
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(dialog.outcome, 10_000)
        return dialog.outcome

    def showEvent(self, event: QShowEvent) -> None:
        """Candidates that went stale meanwhile are recomputed. The first time
        shown: the left column (topics, agenda, schedule) wider than the
        item's editor, which has the whole height (no scrolling at 1280×800)."""
        super().showEvent(event)
        if self._candidates_stale:
            self._show_candidates()
        if not self._sized:
            self._sized = True
            self._size_columns()

    def _size_columns(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the boxes' heights as shown, not as first guessed
        width = self.columns.width()
        self.columns.setSizes([width * 3 // 5, width * 2 // 5])
        stack = self.columns.widget(0)
        assert isinstance(stack, QSplitter)
        # The check keeps about three lines; the topics and the agenda share
        # the rest of the height equally.
        spare = [box.height() - view.height() for box, view in zip(
            self._left, (self.candidates.view, self.list, self.report), strict=True)]
        check = spare[2] + 3 * self.report.fontMetrics().lineSpacing() + 8
        rest = max(0, stack.height() - check - spare[0] - spare[1])
        stack.setSizes([spare[0] + rest // 2, spare[1] + rest // 2, check])

    # -- reading ---------------------------------------------------------------------

    def refresh(self) -> None:
        self._show_agenda()
        self._show_candidates()
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.select_ids([self.model.row_object(0).id])

    def apply(self, changes: Changes) -> None:
        if changes.agenda or changes.frame or changes.workshop:
            # A message belongs to the action that caused it: any later change
            # (here or elsewhere, undo too) makes it old news; an action that
            # has something to say says it after its change.
            self._say("")
            self._show_agenda()
        if changes.rounds or changes.clusters or changes.ideas:
            # Ideas typed and ballots cast elsewhere: the candidates are
            # recomputed when the agenda is shown again, not at each one.
            self._candidates_stale = True
            if self.isVisible():
                self._show_candidates()

    def _show_candidates(self) -> None:
        self._candidates_stale = False
        self.candidates.refresh(self.model.rows())

    def _show_agenda(self) -> None:
        """The agenda, its frame, the selected item and the schedule's check."""
        agenda = self.service.agenda()
        self.model.set_rows(agenda)
        self.candidates.mark_taken(agenda)
        self._show_frame()
        self.show_editor()
        self.show_report()

    def current_item(self) -> AgendaItem | None:
        index = self.list.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def show_editor(self, *, again: bool = False) -> None:
        """Show the current item in the editor; `again` also resets a field
        the moderator is in (after a refusal)."""
        if again:
            self.editor.item = None
        self.editor.show_item(self.current_item(), self.model.rows(),
                              self.service.forum_days(), self.service.workshop().rooms)
        row = self.list.currentIndex().row() if self.current_item() is not None else -1
        self.buttons["remove"].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)  # the first item cannot go higher
        self.buttons["down"].setEnabled(0 <= row < self.model.rowCount() - 1)

    def _show_frame(self) -> None:
        self.frame_label.setText(frame_text(self.service.forum_days(),
                                            self.service.workshop().rooms))

    def show_report(self) -> None:
        """List everything wrong with the agenda's times, never hiding any."""
        agenda = self.model.rows()
        timed = {item.id for item in agenda if item.slot}
        self._unplaced = {k: v for k, v in self._unplaced.items() if k not in timed}
        lines = report_lines(self.service.agenda_report(), self._unplaced,
                             {item.id: item.title for item in agenda})
        self.report.clear()
        self.report.addItems(lines)

    # -- changes ---------------------------------------------------------------------

    def run(self, operation: Callable[..., Changes], /, **fields: Any) -> Changes | None:
        """One operation on the panel's behalf (its refusal is said here)."""
        return self.session.run_by(self, operation, **fields)

    def add_candidate(self, candidate: Candidate) -> bool:
        """Add a topic at the end of the agenda (lowest priority); True if added."""
        changes = self.run(self.service.add_agenda_item, title=candidate.title,
                           rationale=candidate.rationale, cluster_id=candidate.cluster_id)
        if changes is None or changes.created is None:
            return False
        self._say("")
        self.list.select_ids([changes.created])
        return True

    def reorder(self, ids: list[str]) -> None:
        chosen = self.list.selected_ids()
        if self.run(self.service.reorder_agenda, item_ids=ids) is not None:
            self.list.select_ids(chosen)

    def delete(self, ids: list[str]) -> None:
        if not ids:
            return
        row = self.list.currentIndex().row()
        for item_id in ids:
            if self.run(self.service.delete_agenda_item, item_id=item_id) is None:
                return
        if self.model.rowCount():
            self.list.select_ids([self.model.row_object(min(row, self.model.rowCount() - 1)).id])

    def edit_frame(self) -> None:
        FrameDialog(self.session, self).exec()

    def schedule(self) -> None:
        """"Ułóż automatycznie": the proposed schedule applied as one undo
        step; what did not fit is kept with its reason and listed."""
        proposed = self.service.proposed_schedule()
        if not proposed.placements:
            self._say(self.tr("The agenda is empty: add topics first."))
            return
        if not self.service.forum_days():
            self._say(self.tr("The forum has no days yet: set them with “Forum's days and "
                              "rooms…” first, then schedule."))
            return
        if self.run(self.service.apply_schedule, placements=proposed.placements) is None:
            return
        self._unplaced = dict(proposed.report.unplaced)
        placed = sum(1 for p in proposed.placements.values() if p.slot)
        self._say(self.tr("Scheduled {placed} of %n item(s).", "",
                                    len(proposed.placements)).format(placed=placed))
        self.show_report()

    def _say(self, text: str) -> None:
        """The line above the columns: a refusal or what was done (empty: none)."""
        self.notice.setText(text)

    def _on_refused(self, refused: Refusal) -> None:
        if refused.initiator is self:
            self._say(refused.message)
            self.show_editor(again=True)


def _stacked(*boxes: QWidget) -> QSplitter:
    """Boxes one above the other, the lines between them movable."""
    stack = QSplitter(Qt.Orientation.Vertical)
    stack.setChildrenCollapsible(False)
    for box in boxes:
        stack.addWidget(box)
    return stack
