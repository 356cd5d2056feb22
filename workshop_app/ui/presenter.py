"""The shared-screen window: what the room sees on the projector.

No editing controls. Each phase has its own view (Set up: place, date and
objectives; Gather: the newest ideas; Cluster: the groups; Prioritise: the
latest round; Agenda: the draft agenda). Text scales with the window and is
never smaller than `presenter_fit.readable_px` (28 px at 1080p); what does not
fit is paged, never scrolled. Colours are black on pastel or white on dark
(contrast well above 7:1), and nothing relies on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.models import Idea, PhaseKind, RoundStatus, VoteMethod
from workshop_app.models.captions import author_names, note_caption
from workshop_app.models.timer import format_clock
from workshop_app.services import Changes
from workshop_app.ui.canvas import CanvasScene
from workshop_app.ui.canvas.items import PASTELS
from workshop_app.ui.labels import caption_text, ideas_count, phase_label
from workshop_app.ui.phone_card import PhoneJoinView
from workshop_app.ui.presenter_board import ClusterBoard
from workshop_app.ui.presenter_fit import CardPages, keep_together, pixel_font, readable_px
from workshop_app.ui.presenter_phases import AgendaView, PrioritiseView, SetupView
from workshop_app.ui.presenter_voting import WalkUpVoting, option_titles
from workshop_app.ui.results_view import MatrixView, ResultsView
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.style import PRESENTER_STYLE

NOTE_COUNT = 6
NOTE_COLUMNS = 3
# Black on each sector pastel is above 15:1; the sector is also written on the note.
SECTOR_PASTELS = PASTELS


class NoteLabel(QFrame):
    """One idea as a big sticky note: text, and a caption with sector/author."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterNote")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.caption)

    def show_idea(self, idea: Idea | None, caption: str, colour: str) -> None:
        self.setVisible(idea is not None)
        if idea is None:
            return
        self.text.setText(keep_together(idea.text))
        self.caption.setText(caption)
        self.setStyleSheet(f"#presenterNote {{ background: {colour}; border-radius: 10px; }}"
                           "QLabel { color: #000000; background: transparent; }")


class PresenterWindow(QWidget):
    """Title, phase, timer in large digits, and the view of the phase shown
    (`views`): text never below `readable_px` of the window's height, paged
    (`paged`, `turn_page`) where it does not fit.

    Signals:
        closed(): the window was closed.
    """

    closed = Signal()

    def __init__(self, session: WorkshopSession, scene: CanvasScene | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("presenter")
        self.setWindowTitle(self.tr("Razem — shared screen"))
        self.setStyleSheet(PRESENTER_STYLE)
        self.resize(1280, 720)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a title is never markup
        self.phase = QLabel()
        self.clock = QLabel()
        self.clock.setObjectName("presenterClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_up = QLabel(self.tr("Time is up"))
        self.time_up.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.time_up.setVisible(False)
        self.status = QLabel()
        self._results_title = ""
        self.notes = [NoteLabel() for _ in range(NOTE_COUNT)]
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.phase)
        header.addLayout(titles, 4)
        clock_column = QVBoxLayout()
        clock_column.addWidget(self.clock)
        clock_column.addWidget(self.time_up)
        header.addLayout(clock_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.addLayout(header)
        layout.addWidget(self.status)
        self.pages = QStackedWidget()
        self.pages.setMinimumSize(1, 1)  # the views fit themselves; none may widen the window
        self.board = ClusterBoard(scene) if scene is not None else None
        self.setup_view = SetupView(session.service)
        self.prioritise_view = PrioritiseView(session.service)
        self.voting = WalkUpVoting(session)
        self.results = ResultsView(shared_screen=True)
        self.matrix = MatrixView(shared_screen=True)
        # The round's title and state, the voting, or (once revealed) its results.
        self.prioritise = QStackedWidget()
        self.phone_join = PhoneJoinView(session)  # while phones vote
        stacked: list[QWidget] = [self.prioritise_view, self.voting, self.results, self.matrix,
                                  self.phone_join]
        for page in stacked:
            self.prioritise.addWidget(page)
        self.agenda_view = AgendaView(session.service)
        self.views: dict[PhaseKind, QWidget] = {
            PhaseKind.SETUP: self.setup_view, PhaseKind.GATHER: self._notes_page(),
            PhaseKind.CLUSTER: self.board or QWidget(), PhaseKind.PRIORITISE: self.prioritise,
            PhaseKind.AGENDA: self.agenda_view}
        for view in self.views.values():
            self.pages.addWidget(view)
        layout.addWidget(self.pages, 1)
        self._page_keys()
        session.hub.changed.connect(self._on_changed)
        session.station.changed.connect(self.refresh)
        session.phones.changed.connect(self._show_voting)
        session.timer.ticked.connect(self._show_time)
        session.timer.state_changed.connect(lambda: self._show_time(session.timer.timer.remaining()))
        self.refresh()
        self._show_time(session.timer.timer.remaining())

    def _notes_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(18)
        for number, note in enumerate(self.notes):
            grid.addWidget(note, number // NOTE_COLUMNS, number % NOTE_COLUMNS)
        for column in range(NOTE_COLUMNS):
            grid.setColumnStretch(column, 1)
        for row in range((NOTE_COUNT + NOTE_COLUMNS - 1) // NOTE_COLUMNS):
            grid.setRowStretch(row, 1)
        return page

    def show_on_best_screen(self, moderator_screen: QScreen | None) -> None:
        """Full screen on a second screen when there is one; else a movable window."""
        others = [s for s in QGuiApplication.screens() if s is not moderator_screen]
        if others:
            self.setScreen(others[0])
            self.move(others[0].geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    def _page_keys(self) -> None:
        """Ctrl+PgDown / Ctrl+PgUp turn the page from either window (the
        moderator's too); PgDown, PgUp, Space and the arrows in this one."""
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, s=step: self.turn_page(s))
            self.addAction(action)

    def paged(self) -> CardPages | None:
        """The paged cards of the view shown, if it has them."""
        view = self.pages.currentWidget()
        if view is self.board and self.board is not None:
            return self.board.lists if self.board.currentWidget() is self.board.lists else None
        if view is self.setup_view:
            return self.setup_view.objectives
        return view if isinstance(view, CardPages) else None

    def turn_page(self, step: int) -> None:
        if self.prioritise.currentWidget() in (self.results, self.matrix):
            self._flip_results(step)
            return
        pages = self.paged()
        if pages is not None and step > 0:
            pages.next_page()
        elif pages is not None:
            pages.previous_page()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        forward = (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down)
        back = (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up)
        if event.key() in forward or event.key() in back:
            self.turn_page(1 if event.key() in forward else -1)
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        service = self.session.service
        workshop = service.workshop()
        self.title.setText(keep_together(workshop.title))
        kind = self.session.phase()
        self.phase.setText(phase_label(kind))
        ideas = service.ideas()
        gather = kind is PhaseKind.GATHER
        self.pages.setCurrentWidget(self.views[kind])
        for view in (self.setup_view, self.prioritise_view, self.agenda_view, self.phone_join):
            view.refresh()
        self.status.setText(ideas_count(len(ideas)) if gather else "")
        self.status.setVisible(gather)
        self._show_voting()
        newest = list(reversed(ideas[-NOTE_COUNT:])) if gather else []
        authors = author_names(service.participants(include_deleted=True))
        for number, note in enumerate(self.notes):
            idea = newest[number] if number < len(newest) else None
            caption = "" if idea is None else caption_text(
                note_caption(idea, authors, anonymous=workshop.anonymous), short=False)
            note.show_idea(idea, caption, SECTOR_PASTELS[idea.sector if idea else None])

    def _show_voting(self) -> None:
        """Walk-up voting while the console runs it on an open round, else
        revealed results, else the round's state (never its results)."""
        station = self.session.station
        service = self.session.service
        rounds = {r.id: r for r in service.rounds()}
        voting_round = rounds.get(station.voting or "")
        if voting_round is not None and voting_round.status is not RoundStatus.OPEN:
            voting_round = None
        # Voting comes first: the room never votes with results in sight.
        revealed = rounds.get(station.revealed or "") if voting_round is None else None
        shows_title = revealed is not None and self.session.phase() is PhaseKind.PRIORITISE
        if shows_title or self.status.text() == self._results_title:
            # Whose results these are, above them; gone again when hidden.
            self._results_title = keep_together(revealed.title) if revealed and shows_title else ""
            self.status.setText(self._results_title)
            self.status.setVisible(bool(self._results_title))
        if revealed is not None:
            titles = option_titles(service, revealed)
            found = service.results(revealed.id)
            for view in (self.results, self.matrix):
                view.show_results(revealed.method, found, titles, revealed.axes)
            matrix = revealed.method is VoteMethod.SCORE and self.prioritise.currentWidget() is (
                self.matrix)
            self.prioritise.setCurrentWidget(self.matrix if matrix else self.results)
            return
        if voting_round is None:
            self.voting.round = None
            phones = self.phone_join.refresh()
            self.prioritise.setCurrentWidget(self.phone_join if phones else self.prioritise_view)
            return
        if self.voting.round is None or self.voting.round.id != voting_round.id:
            self.voting.open_round(voting_round, option_titles(service, voting_round))
        else:
            self.voting.follow(voting_round)
        self.prioritise.setCurrentWidget(self.voting)

    def _flip_results(self, step: int) -> None:
        """Revealed results page by page; a score round's 2×2 matrix after its last page."""
        service = self.session.service
        revealed = next((r for r in service.rounds() if r.id == self.session.station.revealed),
                        None)
        matrix = revealed is not None and revealed.method is VoteMethod.SCORE
        results = self.results
        if self.prioritise.currentWidget() is self.matrix:
            self.prioritise.setCurrentWidget(results)
            return
        last = results.page == results.page_count - 1
        first = results.page == 0
        if matrix and ((step > 0 and last) or (step < 0 and first)):
            self.prioritise.setCurrentWidget(self.matrix)
        elif step > 0:
            results.next_page()
        else:
            results.previous_page()

    def _on_changed(self, changes: Changes) -> None:
        if (changes.ideas or changes.workshop or changes.participants or changes.phases
                or changes.objectives or changes.agenda):
            self.refresh()
        elif changes.rounds:  # a ballot, mostly: only the voting part changes
            self.prioritise_view.refresh()
            self._show_voting()

    def _show_time(self, remaining: float) -> None:
        timer = self.session.timer.timer
        up = timer.time_up
        text = format_clock(remaining)
        self.clock.setText(text)
        self.time_up.setVisible(up)
        self.clock.setStyleSheet("background: #FFD400; color: #000000; border-radius: 8px; "
                                 "padding: 4px 16px;" if up else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = max(event.size().height(), 300)
        least = readable_px(height)
        self._scale(self.title, height / 21, least, bold=True)
        self._scale(self.phase, height / 26, least)
        self._scale(self.clock, height / 9, least, bold=True)
        self._scale(self.status, height / 30, least)
        self._scale(self.time_up, height / 22, least, bold=True)
        for note in self.notes:
            self._scale(note.text, height / 24, least)
            self._scale(note.caption, height / 38, least)
        if self.board is not None:
            self.board.set_min_px(least)
        for view in (self.setup_view, self.prioritise_view, self.agenda_view, self.phone_join):
            view.set_screen_height(height)
        self.voting.set_screen_height(height)

    @staticmethod
    def _scale(label: QLabel, pixels: float, least: int, *, bold: bool = False) -> None:
        label.setFont(pixel_font(label.font(), max(int(pixels), least), bold=bold))

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

