"""QApplication start-up and the controller that owns the open workshop.

`cli.main` parses the command line and calls `start_qt`, then `run_gui` with
a `GuiOptions`; this module never reads the command line or the environment.
Only this module opens and closes workshop files for the GUI; windows ask it
through their signals.
"""

from __future__ import annotations

import gc
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from workshop_app import APP_NAME, __version__, i18n
from workshop_app.messages import any_error, environment_detail, snapshot_reason
from workshop_app.new_workshop import create_workshop_file, proposed_path
from workshop_app.paths import data_folder
from workshop_app.services import Changes, WorkshopService
from workshop_app.services.demo import write_demo
from workshop_app.settings import LANGUAGE, LAST_DIRECTORY, RECENT_FILES, Settings
from workshop_app.storage import (
    FILE_SUFFIX,
    FileProblem,
    StorageEnvironmentError,
    WorkshopFileError,
    WorkshopStore,
)
from workshop_app.storage.snapshots import SnapshotShelf
from workshop_app.ui.crash import CrashHandler
from workshop_app.ui.file_chooser import choose_file
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.start_screen import StartScreen
from workshop_app.ui.style import apply_style

translate = QCoreApplication.translate


@dataclass(frozen=True)
class GuiOptions:
    """What the command line asks of the GUI (parsed once, by `cli.main`)."""

    file: Path | None = None
    demo: bool = False
    # The hooks below are for tests and benchmarks (hidden options of the command line).
    data_dir: Path | None = None  # demo copies go under it instead of the user's data folder
    trace_changes: bool = False  # print a line on stdout for every committed change
    paint_probe: bool = False  # print a line at the first paint, then quit


class AppController(QObject):
    """Owns the open workshop (store, service) and the window showing it.

    `data_dir` replaces the user's data folder (demo copies); with
    `trace_changes` every committed change is reported on stdout, for
    black-box tests that kill the program right after.
    """

    def __init__(self, settings: Settings, *, data_dir: Path | None = None,
                 trace_changes: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.data_dir = data_dir
        self.trace_changes = trace_changes
        self.store: WorkshopStore | None = None
        self.service: WorkshopService | None = None
        self.window: QWidget | None = None
        self.session: WorkshopSession | None = None

    # -- windows -----------------------------------------------------------------

    def _replace_window(self, window: QWidget) -> None:
        old, self.window = self.window, window
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def show_start(self) -> None:
        screen = StartScreen(self.settings.get(RECENT_FILES))
        screen.new_requested.connect(self.new_workshop)
        screen.open_requested.connect(self.open_dialog)
        screen.demo_requested.connect(self.open_demo)
        screen.recent_chosen.connect(self.open_path)
        self._replace_window(screen)

    def _show_workshop(self, read_only: str | None = None) -> None:
        assert self.service is not None and self.store is not None
        self.session = WorkshopSession(self.service, self.store.path, read_only=read_only)
        if self.trace_changes:
            self.session.hub.changed.connect(_print_change)
        window = MainWindow(self.session, self.settings.get(RECENT_FILES), settings=self.settings)
        window.new_requested.connect(self.new_workshop)
        window.open_requested.connect(self.open_dialog)
        window.open_recent_requested.connect(self.open_path)
        window.save_copy_requested.connect(self.save_copy)
        window.restore_requested.connect(self.choose_snapshot)
        window.close_requested.connect(self.close_workshop)
        window.quit_requested.connect(self.quit)
        window.language_requested.connect(self.set_language)
        self._replace_window(window)
        QTimer.singleShot(0, window, settle)

    def _warn(self, error: Exception) -> None:
        text = any_error(error)
        if text is None:
            raise error
        QMessageBox.warning(self.window, APP_NAME, text)

    # -- files -------------------------------------------------------------------

    def open_path(self, path: str | Path) -> bool:
        """Open a workshop file; on failure say why and keep what was open."""
        path = Path(path).absolute()
        if self.store is not None and self.store.path == path:
            return True
        try:
            store = WorkshopStore.open(path)
        except WorkshopFileError as error:
            self._warn(error)
            if error.problem is not FileProblem.FOREIGN_JOURNAL:
                return False
            # The stranger's journal is out of the way: open the file as it is.
            return self.open_path(path)
        except StorageEnvironmentError as error:
            # The machine refuses writing (a read-only file or folder, a full
            # disk): the workshop can still be looked at and exported.
            try:
                store = WorkshopStore.open(path, read_only=True)
            except Exception:
                self._warn(error)
                return False
            self._adopt(store, read_only=environment_detail(error))
            return True
        except Exception as error:
            self._warn(error)
            return False
        self._adopt(store)
        return True

    def _adopt(self, store: WorkshopStore, read_only: str | None = None) -> None:
        self._close_store()
        store.shelf = SnapshotShelf(self.data_folder(), store.path, store.workshop().id)
        self.store, self.service = store, WorkshopService(store)
        self.settings.remember_file(str(store.path))
        self.settings.set(LAST_DIRECTORY, str(store.path.parent))
        self._show_workshop(read_only)

    def data_folder(self) -> Path:
        """The user's data folder for Razem (demo copies, the error log)."""
        return data_folder(self.data_dir)

    def demo_folder(self) -> Path:
        """Where fresh copies of the demo workshop are written."""
        folder = self.data_folder() / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def open_demo(self) -> bool:
        stem = f"demo-{time.strftime('%Y%m%d-%H%M%S')}"
        target = self.demo_folder() / f"{stem}{FILE_SUFFIX}"
        number = 1
        while target.exists():
            number += 1
            target = target.with_name(f"{stem}-{number}{FILE_SUFFIX}")
        try:
            write_demo(target)
        except Exception as error:
            self._warn(error)
            return False
        return self.open_path(target)

    def create_workshop(self, path: str | Path, title: str) -> bool:
        try:
            store = create_workshop_file(path, title)
        except Exception as error:
            self._warn(error)
            return False
        self._adopt(store)
        return True

    def new_workshop(self) -> None:
        title, ok = QInputDialog.getText(self.window, translate("App", "New workshop"), translate("App", "Title:"))
        if not ok or not title.strip():
            return
        path = choose_file(
            self.window, translate("App", "Save the new workshop as"), self._suggested(title),
            translate("App", "Razem workshops (*.razem)"), save=True)
        if path:
            self.create_workshop(_with_suffix(path), title)

    def open_dialog(self) -> None:
        path = choose_file(
            self.window, translate("App", "Open a workshop"), self.settings.get(LAST_DIRECTORY),
            translate("App", "Razem workshops (*.razem);;All files (*)"))
        if path:
            self.open_path(path)

    def choose_snapshot(self) -> None:
        """File → Restore an automatic copy: pick one of the workshop's
        snapshots (time, why, counts) and open it as a new file."""
        if self.store is None or self.store.shelf is None:
            return
        kept = self.store.shelf.kept()
        if not kept:
            QMessageBox.information(self.window, APP_NAME, translate(
                "App", "There are no automatic copies of this workshop yet."))
            return
        labels = [translate("App", "{time} · {why} · {ideas} ideas, {groups} groups").format(
            time=s.taken_at, why=snapshot_reason(s.reason), ideas=s.ideas, groups=s.clusters)
            for s in kept]
        chosen, ok = QInputDialog.getItem(self.window, translate("App", "Restore an automatic copy"),
                                          translate("App", "Copy to open as a new file:"), labels, 0, False)
        if not ok:
            return
        snapshot = kept[labels.index(chosen)]
        stamp = snapshot.taken_at.replace(":", "").replace(" ", "-")
        path = choose_file(
            self.window, translate("App", "Save the copy as"),
            str(self.store.path.with_name(f"{self.store.path.stem}-{stamp}{FILE_SUFFIX}")),
            translate("App", "Razem workshops (*.razem)"), save=True)
        if path:
            self.restore_snapshot(snapshot.path, _with_suffix(path))

    def restore_snapshot(self, snapshot: Path, target: Path) -> bool:
        """Open a copy of `snapshot` saved as `target` (a new file; the open
        workshop and the snapshot stay as they are)."""
        try:
            WorkshopStore.copy_file(snapshot, target)
        except Exception as error:
            self._warn(error)
            return False
        return self.open_path(target)

    def save_copy(self) -> None:
        if self.store is None:
            return
        path = choose_file(
            self.window, translate("App", "Save a copy as"), str(self.store.path.with_name(
                self.store.path.stem + "-kopia" + FILE_SUFFIX)), translate("App", "Razem workshops (*.razem)"),
            save=True)
        if path:
            self.save_copy_to(_with_suffix(path))

    def save_copy_to(self, path: str | Path) -> bool:
        assert self.store is not None
        try:
            self.store.save_copy(path)
        except Exception as error:
            self._warn(error)
            return False
        return True

    def _suggested(self, title: str) -> str:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(proposed_path(title, last_folder=self.settings.get(LAST_DIRECTORY),
                                 demo_folder=self.demo_folder(), suffix=FILE_SUFFIX,
                                 documents=Path(documents) if documents else Path.home()))

    def close_workshop(self) -> None:
        self._close_store()
        self.show_start()

    def _close_store(self) -> None:
        if self.session is not None:
            self.session.shutdown()
        if self.store is not None:
            self.store.close()
        self.store = self.service = self.session = None

    def set_language(self, language: str) -> None:
        self.settings.set(LANGUAGE, language)
        QMessageBox.information(self.window, APP_NAME,
                                translate("App", "The language changes when Razem is started again."))

    def quit(self) -> None:
        self._close_store()
        QApplication.quit()


def settle() -> None:
    """Once a workshop's window is built: what it built (views, models, the
    scene) lives as long as the window, so leave it out of Python's full
    garbage collections, which otherwise stop the window for 50 ms and more
    with 5,000 notes, now and then, mid-drag or mid-refresh. Garbage from
    before is collected first, so none of it is kept for good."""
    gc.collect()
    gc.freeze()


def _print_change(changes: Changes) -> None:
    """One line per published change: the ideas, groups and voting rounds it
    touched, whether it touched the workshop itself (e.g. the phase shown)
    and the entity it created, for black-box tests (tests/helpers/window_kill.py,
    tests/test_real_window_voting.py)."""
    print(f"RAZEM_CHANGED ideas={','.join(sorted(changes.ideas))} "
          f"clusters={','.join(sorted(changes.clusters))} "
          f"rounds={','.join(sorted(changes.rounds))} "
          f"workshop={'yes' if changes.workshop else ''} created={changes.created or ''}",
          flush=True)


def _with_suffix(path: str) -> Path:
    result = Path(path)
    return result if result.suffix else result.with_suffix(FILE_SUFFIX)


class _PaintProbe(QObject):
    """For the start-up benchmark: report the first paint, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print("RAZEM_PAINTED", flush=True)
        QApplication.quit()


def start_qt(language: str) -> QApplication:
    """The QApplication, with Razem's names, translations into `language` and style."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    i18n.install(language)
    apply_style(app)
    return app


def run_gui(app: QApplication, options: GuiOptions, settings: Settings) -> int:
    """Show the workshop `options` ask for (else the start screen) until the user quits.

    `app` comes from `start_qt`; returns the exit code.
    """
    probe = None
    if options.paint_probe:
        probe = _PaintProbe()
        app.installEventFilter(probe)
    controller = AppController(settings, data_dir=options.data_dir,
                               trace_changes=options.trace_changes)
    # A bug shows a dialog and goes to a log; it never ends the workshop silently.
    crash = CrashHandler(controller.data_folder() / "logs")
    crash.install()
    if options.demo:
        opened = controller.open_demo()
    elif options.file is not None:
        opened = controller.open_path(options.file)
    else:
        opened = False
    if not opened:
        controller.show_start()
    app.aboutToQuit.connect(controller._close_store)
    code = app.exec()
    crash.uninstall()
    del probe
    return code
