"""The start screen: recent workshops, New, Open, Demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app import APP_NAME


class StartScreen(QWidget):
    """Shown when no workshop is open.

    Signals:
        new_requested(): the moderator wants a new workshop.
        open_requested(): the moderator wants to pick a file.
        demo_requested(): open a fresh copy of the demo.
        recent_chosen(str): a recent workshop was activated.
    """

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.setWindowTitle(APP_NAME)
        self.resize(880, 560)
        title = QLabel(APP_NAME)
        title.setObjectName("startTitle")
        subtitle = QLabel(self.tr("Participatory planning workshops: gather ideas, group them, "
                                  "vote, and plan next year's forum."))
        subtitle.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New workshop…"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.demo_button = QPushButton(self.tr("Open the demo workshop"))
        for button, signal in ((self.new_button, self.new_requested),
                               (self.open_button, self.open_requested),
                               (self.demo_button, self.demo_requested)):
            button.setMinimumHeight(44)
            button.clicked.connect(signal.emit)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.set_recent(recent)

        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent_box = QVBoxLayout()
        recent_box.addWidget(QLabel(self.tr("Recent workshops")))
        recent_box.addWidget(self.recent, 1)
        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addLayout(recent_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(16)
        layout.addLayout(columns, 1)

    def set_recent(self, recent: list[str]) -> None:
        self.recent.clear()
        for path in recent:
            item = QListWidgetItem(f"{Path(path).name}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        if not recent:
            placeholder = QListWidgetItem(self.tr("No recent workshops yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)
