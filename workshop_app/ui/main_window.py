"""The moderator console: phase navigation on the left, the phase on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from workshop_app import APP_NAME, __version__
from workshop_app.models import PhaseKind
from workshop_app.services import WorkshopService
from workshop_app.storage import sqlite_version
from workshop_app.ui.labels import phase_label
from workshop_app.ui.panels import (
    AgendaPanel,
    ClusterPanel,
    GatherPanel,
    PhasePanel,
    PrioritisePanel,
    SetupPanel,
)

PHASES = list(PhaseKind)


class MainWindow(QMainWindow):
    """The moderator's main window for one open workshop.

    File operations are requests to whoever owns the session (the app
    controller), so the window never opens or closes files itself.

    Signals:
        new_requested(): File → New.
        open_requested(): File → Open.
        open_recent_requested(str): File → Open recent → a path.
        save_copy_requested(): File → Save a copy as.
        close_requested(): File → Close (back to the start screen).
        quit_requested(): File → Quit.
        language_requested(str): a language chosen in the Language menu.
    """

    new_requested = Signal()
    open_requested = Signal()
    open_recent_requested = Signal(str)
    save_copy_requested = Signal()
    close_requested = Signal()
    quit_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, service: WorkshopService, path: Path, recent: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.path = path
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        self.setMinimumSize(QSize(800, 560))
        self.navigation = QListWidget()
        self.navigation.setObjectName("phaseNavigation")
        self.navigation.setAccessibleName(self.tr("Workshop phases"))
        self.stack = QStackedWidget()
        self.panels: dict[PhaseKind, PhasePanel] = {
            PhaseKind.SETUP: SetupPanel(service),
            PhaseKind.GATHER: GatherPanel(service),
            PhaseKind.CLUSTER: ClusterPanel(service),
            PhaseKind.PRIORITISE: PrioritisePanel(service),
            PhaseKind.AGENDA: AgendaPanel(service),
        }
        for number, kind in enumerate(PHASES, start=1):
            item = QListWidgetItem(f"{number}  {phase_label(kind)}")
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.navigation.addItem(item)
            self.stack.addWidget(self.panels[kind])
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1050])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.navigation.currentRowChanged.connect(self._show_phase)
        self._build_menus(recent)
        self.refresh_title()
        self.show_phase(service.workshop().current_phase)

    # -- phases ----------------------------------------------------------------

    def show_phase(self, kind: PhaseKind) -> None:
        self.navigation.setCurrentRow(PHASES.index(kind))

    def current_phase(self) -> PhaseKind:
        return PHASES[self.stack.currentIndex()]

    def _show_phase(self, row: int) -> None:
        if row < 0:
            return
        kind = PHASES[row]
        self.panels[kind].refresh()
        self.stack.setCurrentIndex(row)
        if self.service.workshop().current_phase is not kind:
            self.service.update_workshop(current_phase=kind)

    def refresh_title(self) -> None:
        title = self.service.workshop().title
        self.setWindowTitle(f"{title} — {self.path.name} — {APP_NAME}")
        self.setWindowFilePath(str(self.path))

    # -- menus -------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, shortcut: QKeySequence | str | None,
                slot: object) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self, recent: list[str]) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New workshop…"), QKeySequence.StandardKey.New,
                     self.new_requested.emit)
        self._action(file_menu, self.tr("&Open…"), QKeySequence.StandardKey.Open,
                     self.open_requested.emit)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.set_recent(recent)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Save a &copy as…"), "Ctrl+Shift+S",
                     self.save_copy_requested.emit)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Close workshop"), QKeySequence.StandardKey.Close,
                     self.close_requested.emit)
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                     self.quit_requested.emit)
        view_menu = bar.addMenu(self.tr("&View"))
        for number, kind in enumerate(PHASES, start=1):
            self._action(view_menu, phase_label(kind), f"Ctrl+{number}",
                         lambda _=False, k=kind: self.show_phase(k))
        language = view_menu.addMenu(self.tr("&Language"))
        self._action(language, "Polski", None, lambda: self.language_requested.emit("pl"))
        self._action(language, "English", None, lambda: self.language_requested.emit("en"))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Razem"), None, self.show_about)

    def set_recent(self, recent: list[str]) -> None:
        self.recent_menu.clear()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent_requested.emit(p))
        self.recent_menu.setEnabled(bool(recent))

    def about_text(self) -> str:
        return self.tr(
            "<h3>Razem {version}</h3><p>Participatory planning workshops: gather, group, "
            "vote, plan.</p><p>Qt {qt} · SQLite {sqlite}</p>"
        ).format(version=__version__, qt=qVersion(), sqlite=sqlite_version())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Razem"), self.about_text())
