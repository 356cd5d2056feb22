"""The moderator console: phase navigation on the left, the phase on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workshop_app import APP_NAME, __version__
from workshop_app.exports.kinds import ExportKind
from workshop_app.models import PhaseKind
from workshop_app.services import Changes, Op, sqlite_version
from workshop_app.settings import Settings
from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.field_undo import FieldUndoFilter
from workshop_app.ui.file_chooser import choose_file
from workshop_app.ui.import_dialog import ImportDialog
from workshop_app.ui.labels import phase_label
from workshop_app.ui.merge_dialog import MergeDialog, open_merge
from workshop_app.ui.panels import (
    AgendaPanel,
    ClusterPanel,
    GatherPanel,
    PhasePanel,
    PrioritisePanel,
    SetupPanel,
)
from workshop_app.ui.presenter import PresenterWindow
from workshop_app.ui.session import Refusal, WorkshopSession, planned_seconds
from workshop_app.ui.split_dialog import SplitDialog
from workshop_app.ui.timer import ADD_MINUTE_KEYS, START_PAUSE_KEYS, TimerWidget

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
        restore_requested(): File → Restore an automatic copy.
        close_requested(): File → Close (back to the start screen).
        quit_requested(): File → Quit.
        language_requested(str): a language chosen in the Language menu.
    """

    new_requested = Signal()
    open_requested = Signal()
    open_recent_requested = Signal(str)
    save_copy_requested = Signal()
    restore_requested = Signal()
    close_requested = Signal()
    quit_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, session: WorkshopSession, recent: list[str],
                 parent: QWidget | None = None, *, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings  # remembers the export folder; None in tests that need not
        session.phones.use_settings(settings)  # the Wi-Fi for the phones' QR code
        self.export_dialog: ExportDialog | None = None
        self.split_dialog: SplitDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self.service = session.service
        self.path = session.path
        self.presenter: PresenterWindow | None = None
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        self.setMinimumSize(QSize(800, 560))
        self.navigation = QListWidget()
        self.navigation.setObjectName("phaseNavigation")
        self.navigation.setAccessibleName(self.tr("Workshop phases"))
        self.stack = QStackedWidget()
        # Panels are built when first shown: start-up pays only for one.
        # Ctrl+Z in a field with nothing of its own to undo undoes the workshop.
        self.field_undo = FieldUndoFilter(self)
        self.panels = _LazyPanels(session, self.stack, self.field_undo, self.show_export,
                                  self.split_table)
        for number, kind in enumerate(PHASES, start=1):
            item = QListWidgetItem(f"{number}  {phase_label(kind)}")
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1050])
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_banner.setWordWrap(True)
        if session.read_only is not None:
            self.read_only_banner.setText(self.tr(
                "Read only ({reason}): you can look at this workshop and export it; to change "
                "it, save a copy (File → Save a copy as…) and work in the copy.").format(
                    reason=session.read_only))
        self.read_only_banner.setVisible(session.read_only is not None)
        column.addWidget(self.read_only_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._show_phase)
        self._build_menus(recent)
        self._build_toolbar()
        session.hub.changed.connect(self._on_changed)
        session.refused.connect(self._on_refused)
        self.refresh_title()
        self.show_phase(session.phase())

    # -- phases ----------------------------------------------------------------

    def show_phase(self, kind: PhaseKind) -> None:
        self.navigation.setCurrentRow(PHASES.index(kind))

    def current_phase(self) -> PhaseKind:
        return PHASES[self.navigation.currentRow()]

    def _show_phase(self, row: int) -> None:
        if row < 0:
            return
        kind = PHASES[row]
        self.panels[kind].refresh()
        self.stack.setCurrentWidget(self.panels[kind])
        self.session.set_current_phase(kind)
        self.phase_label.setText(phase_label(kind))
        self.session.timer.show_phase(kind, planned_seconds(self.service, kind))

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop:
            self.refresh_title()
        if changes.phases:  # an unused timer follows a change to the plan
            kind = self.current_phase()
            self.session.timer.show_phase(kind, planned_seconds(self.service, kind))

    def _on_refused(self, refused: Refusal) -> None:
        """Every refused operation, worded once (`messages.refusal`)."""
        self.statusBar().showMessage(refused.message, 10_000)

    def refresh_title(self) -> None:
        title = self.service.workshop().title
        self.setWindowTitle(f"{title} — {self.path.name} — {APP_NAME}")
        self.setWindowFilePath(str(self.path))

    # -- menus -------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[..., object]) -> QAction:
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
        self._action(file_menu, self.tr("&Import ideas…"), "Ctrl+I", self.choose_import)
        self.carry_over_action = self._action(
            file_menu, self.tr("&Topics from the previous edition…"), None, self.carry_over_topics)
        self._action(file_menu, self.tr("&Export…"), "Ctrl+E", lambda: self.show_export())
        self._action(file_menu, self.tr("Save table as a &separate file…"), None, self.split_table)
        self.merge_action = self._action(file_menu, self.tr("&Merge workshops…"), None,
                                         self.merge_workshops)
        self._action(file_menu, self.tr("Save a cop&y as…"), "Ctrl+Shift+S",
                     self.save_copy_requested.emit)
        self._action(file_menu, self.tr("Restore an &automatic copy…"), None, self.restore_requested.emit)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Close workshop"), QKeySequence.StandardKey.Close,
                     self.close_requested.emit)
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                     self.quit_requested.emit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit_menu, self.tr("Undo"), QKeySequence.StandardKey.Undo,
                                        self.session.undo_stack.undo)
        self.redo_action = self._action(edit_menu, self.tr("Redo"), None, self.session.undo_stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack = self.session.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        # The history kept in the file may already have steps.
        self._undo_text(stack.undoText())
        self._redo_text(stack.redoText())
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        view_menu = bar.addMenu(self.tr("&View"))
        self.presenter_action = self._action(view_menu, self.tr("Shared screen"), "F5",
                                             self.toggle_presenter)
        self.presenter_action.setCheckable(True)
        self.follow_action = view_menu.addAction(self.tr("Shared screen follows my canvas view"))
        self.follow_action.setCheckable(True)
        view_menu.addSeparator()
        for number, kind in enumerate(PHASES, start=1):
            self._action(view_menu, phase_label(kind), f"Ctrl+{number}",
                         lambda _=False, k=kind: self.show_phase(k))
        self._build_timer_menu(bar.addMenu(self.tr("&Timer")))
        language = view_menu.addMenu(self.tr("&Language"))
        self._action(language, "Polski", None, lambda: self.language_requested.emit("pl"))
        self._action(language, "English", None, lambda: self.language_requested.emit("en"))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Razem"), None, self.show_about)

    def _build_timer_menu(self, menu: QMenu) -> None:
        """The timer's shortcuts work in every phase, whatever has the focus."""
        timer = self.session.timer
        self.timer_toggle_action = self._action(menu, self.tr("Start or pause"), START_PAUSE_KEYS,
                                                timer.toggle)
        self.timer_add_action = self._action(menu, self.tr("Add a minute"), ADD_MINUTE_KEYS,
                                             timer.add_minute)
        self._action(menu, self.tr("Reset"), None, timer.reset)

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("Undo: {action}").format(action=text) if text
                                 else self.tr("Undo"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("Redo: {action}").format(action=text) if text
                                 else self.tr("Redo"))

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Timer"))
        bar.setObjectName("timerBar")
        bar.setMovable(False)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("toolbarPhase")
        bar.addWidget(self.phase_label)
        self.timer_widget = TimerWidget(self.session.timer)
        bar.addWidget(self.timer_widget)
        bar.addSeparator()
        bar.addAction(self.presenter_action)
        self.addToolBar(bar)

    def choose_import(self) -> None:
        path = choose_file(
            self, self.tr("Import ideas"), str(self.path.parent),
            self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if path:
            self.import_ideas_from(Path(path))

    def show_export(self, kind: ExportKind | None = None) -> ExportDialog:
        """The export dialog (File → Export…, and the Agenda view's export
        buttons), `kind` chosen; window-modal, a new one each time."""
        if self.export_dialog is not None and self.export_dialog.is_running():
            self.export_dialog.raise_()  # one export at a time: the running one stays
            return self.export_dialog
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        self.export_dialog = ExportDialog(self.session, self, kind, settings=self.settings)
        self.export_dialog.open()
        return self.export_dialog

    def split_table(self) -> SplitDialog:
        """"Zapisz stół jako osobny plik": the dialog, with the ideas selected
        in the phase on screen; window-modal, a new one each time."""
        if self.split_dialog is not None and self.split_dialog.is_running():
            self.split_dialog.raise_()
            return self.split_dialog
        if self.split_dialog is not None:
            self.split_dialog.deleteLater()
        panel = self.panels[self.current_phase()]
        self.split_dialog = SplitDialog(self.session, panel.selected_idea_ids(), self)
        self.split_dialog.open()
        return self.split_dialog

    def import_ideas_from(self, path: Path) -> int:
        """Preview `path` in the import dialog; on OK add its ideas as one
        undo step. Returns how many ideas were added."""
        dialog = ImportDialog(path, self, existing=[idea.text for idea in self.service.ideas()])
        if dialog.exec() != ImportDialog.DialogCode.Accepted or dialog.outcome is None:
            return 0
        changes = self.session.run(self.service.add_ideas, ideas=dialog.specs(),
                                   op=Op.IMPORT_IDEAS)
        self.show_phase(PhaseKind.GATHER)
        if changes is None:
            return 0  # refused: the status bar says why
        gather = self.panels[PhaseKind.GATHER]
        assert isinstance(gather, GatherPanel)
        gather.imported(len(changes.ideas))
        return len(changes.ideas)

    def carry_over_topics(self) -> str:
        """"Tematy z poprzedniej edycji", shown in the Agenda view (its dialog)."""
        self.show_phase(PhaseKind.AGENDA)
        panel = self.panels[PhaseKind.AGENDA]
        assert isinstance(panel, AgendaPanel)
        return panel.carry_over()

    def merge_workshops(self) -> MergeDialog | None:
        """File → "Połącz warsztaty…" (see MergeDialog); once merged, the
        canvas shows everything, each table's notes in its own area."""
        if self.merge_dialog is not None:
            self.merge_dialog.deleteLater()
        self.merge_dialog = open_merge(self.session, self)
        if self.merge_dialog is not None:
            self.merge_dialog.merged.connect(lambda _report: self.show_whole_canvas())
        return self.merge_dialog

    def show_whole_canvas(self) -> None:
        """The Cluster view with everything on the canvas in sight."""
        self.show_phase(PhaseKind.CLUSTER)
        self.panels[PhaseKind.CLUSTER].fit_action.trigger()

    def toggle_presenter(self) -> None:
        """Open the shared-screen window (F5), or close it if open."""
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
            return
        if self.presenter is None:
            cluster_panel = self.panels[PhaseKind.CLUSTER]
            self.presenter = presenter = PresenterWindow(self.session, cluster_panel.scene)
            board = presenter.board
            assert board is not None  # a cluster scene was given
            board.follow(cluster_panel.canvas if self.follow_action.isChecked() else None)
            self.follow_action.toggled.connect(
                lambda on: board.follow(cluster_panel.canvas if on else None))
            self.presenter.closed.connect(lambda: self.presenter_action.setChecked(False))
        self.presenter.show_on_best_screen(self.screen())
        self.presenter_action.setChecked(True)
        # The moderator keeps typing here; the room only watches.
        self.activateWindow()

    def closeEvent(self, event: object) -> None:
        if self.presenter is not None:
            self.presenter.close()
        if self.export_dialog is not None:
            self.export_dialog.reject()  # an export running is cancelled, its worker stopped
        if self.split_dialog is not None:
            self.split_dialog.reject()  # a table's file being written is finished first
        super().closeEvent(event)  # type: ignore[arg-type]

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


class _LazyPanels(dict):  # type: ignore[type-arg]
    """Phase panels by kind, each made (and put in the stack) on first use."""

    def __init__(self, session: WorkshopSession, stack: QStackedWidget,
                 field_undo: FieldUndoFilter, export: Callable[[ExportKind | None], object],
                 split: Callable[[], object]) -> None:
        super().__init__()
        self._session, self._stack, self._field_undo = session, stack, field_undo
        self._export, self._split = export, split

    def __missing__(self, kind: PhaseKind) -> PhasePanel:
        session = self._session
        makers: dict[PhaseKind, Callable[[], PhasePanel]] = {
            PhaseKind.SETUP: lambda: SetupPanel(session),
            PhaseKind.GATHER: lambda: GatherPanel(session),
            PhaseKind.CLUSTER: lambda: ClusterPanel(session),
            PhaseKind.PRIORITISE: lambda: PrioritisePanel(session),
            PhaseKind.AGENDA: lambda: AgendaPanel(session),
        }
        panel: PhasePanel = makers[kind]()
        self._field_undo.watch(panel)
        panel.export_requested.connect(self._export)
        panel.split_requested.connect(self._split)
        index = PHASES.index(kind)
        placeholder = self._stack.widget(index)
        self._stack.insertWidget(index, panel)
        if placeholder is not None:
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self[kind] = panel
        return panel
