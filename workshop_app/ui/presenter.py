"""The shared-screen window: what the room sees on the projector.

No editing controls. Text scales with the window so that it stays readable
from the back of the room; colours are black on pastel or white on dark
(contrast well above 7:1), and nothing relies on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.models import Idea, PhaseKind
from workshop_app.models.captions import author_names, note_caption
from workshop_app.models.timer import format_clock
from workshop_app.services import Changes
from workshop_app.ui.canvas import CanvasScene
from workshop_app.ui.canvas.items import PASTELS
from workshop_app.ui.labels import caption_text, ideas_count, phase_label
from workshop_app.ui.presenter_board import ClusterBoard
from workshop_app.ui.session import WorkshopSession

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
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.caption)

    def show_idea(self, idea: Idea | None, caption: str, colour: str) -> None:
        self.setVisible(idea is not None)
        if idea is None:
            return
        self.text.setText(idea.text)
        self.caption.setText(caption)
        self.setStyleSheet(f"#presenterNote {{ background: {colour}; border-radius: 10px; }}"
                           "QLabel { color: #000000; background: transparent; }")


class PresenterWindow(QWidget):
    """Title, phase, timer in large digits and, in Gather, the newest ideas.

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
        self.setStyleSheet("#presenter { background: #101820; } "
                           "#presenter QLabel { color: #FFFFFF; }")
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
        self.notes = [NoteLabel() for _ in range(NOTE_COUNT)]
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.phase)
        header.addLayout(titles, 3)
        clock_column = QVBoxLayout()
        clock_column.addWidget(self.clock)
        clock_column.addWidget(self.time_up)
        header.addLayout(clock_column, 2)
        notes_page = QWidget()
        grid = QGridLayout(notes_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(18)
        for number, note in enumerate(self.notes):
            grid.addWidget(note, number // NOTE_COLUMNS, number % NOTE_COLUMNS)
        for column in range(NOTE_COLUMNS):
            grid.setColumnStretch(column, 1)
        for row in range((NOTE_COUNT + NOTE_COLUMNS - 1) // NOTE_COLUMNS):
            grid.setRowStretch(row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.addLayout(header)
        layout.addWidget(self.status)
        self.pages = QStackedWidget()
        self.pages.addWidget(notes_page)
        self.board = ClusterBoard(scene) if scene is not None else None
        self.pages.addWidget(self.board or QWidget())
        layout.addWidget(self.pages, 1)
        session.hub.changed.connect(self._on_changed)
        session.timer.ticked.connect(self._show_time)
        session.timer.state_changed.connect(lambda: self._show_time(session.timer.timer.remaining()))
        self.refresh()
        self._show_time(session.timer.timer.remaining())

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

    def refresh(self) -> None:
        service = self.session.service
        workshop = service.workshop()
        self.title.setText(workshop.title)
        kind = workshop.current_phase
        self.phase.setText(phase_label(kind))
        ideas = service.ideas()
        gather = kind is PhaseKind.GATHER
        self.pages.setCurrentIndex(0 if gather or self.board is None else 1)
        self.status.setText(ideas_count(len(ideas)) if gather else "")
        newest = list(reversed(ideas[-NOTE_COUNT:])) if gather else []
        authors = author_names(service.participants(include_deleted=True))
        for number, note in enumerate(self.notes):
            idea = newest[number] if number < len(newest) else None
            caption = "" if idea is None else caption_text(
                note_caption(idea, authors, anonymous=workshop.anonymous), short=False)
            note.show_idea(idea, caption, SECTOR_PASTELS[idea.sector if idea else None])

    def _on_changed(self, changes: Changes) -> None:
        if changes.ideas or changes.workshop or changes.participants or changes.phases:
            self.refresh()

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
        self._scale(self.title, height / 16, bold=True)
        self._scale(self.phase, height / 26)
        self._scale(self.clock, height / 9, bold=True)
        self._scale(self.status, height / 30)
        self._scale(self.time_up, height / 22, bold=True)
        for note in self.notes:
            self._scale(note.text, height / 24)
            self._scale(note.caption, height / 40)
        if self.board is not None:
            self.board.set_text_size(max(int(height / 48), 14))

    @staticmethod
    def _scale(label: QLabel, pixels: float, *, bold: bool = False) -> None:
        font = QFont(label.font())
        font.setPixelSize(max(int(pixels), 12))
        font.setBold(bold)
        label.setFont(font)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

