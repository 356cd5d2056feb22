"""Export from the window: choose what and where, watch it being made, open it.

The export runs off the GUI thread (`ui/background.py`) through
`exports.kinds.export_file`, which opens a read-only store of its own on the
workshop file: the window's SQLite connection belongs to the GUI thread and
may write while the export runs, so the worker never touches it. Every
change the window shows is committed before it is shown, so the worker's
store reads what the moderator sees, all in one read transaction (one
moment of the file). Reading on the GUI thread and rendering in the worker
would also work, but would freeze the window while a large workshop is
read and need a second, plain-data copy of every export's input.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.exports.kinds import (
    NAMES_MATTER,
    SUFFIXES,
    CancelGate,
    ExportCancelled,
    ExportKind,
    Made,
    export_file,
)
from workshop_app.exports.output import OutputRefused, check_target
from workshop_app.messages import not_written, os_error, output_refused
from workshop_app.settings import EXPORT_DIRECTORY, Settings
from workshop_app.ui.background import Background
from workshop_app.ui.file_chooser import choose_file
from workshop_app.ui.session import WorkshopSession


class _Relay(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal).

    Signals:
        moved(int, int): done and total steps of the PDF being built.
    """

    moved = Signal(int, int)


class ExportDialog(QDialog):
    """Export the open workshop as one of `ExportKind`, to a file the
    moderator names, off the GUI thread, with a progress bar and Cancel.

    A target that is a workshop, in a missing or unwritable folder, or an
    unwritable file is refused before anything starts, with the reason in
    the message line; the Windows-1250 CSV names the characters it cannot
    hold. Cancel leaves no new file and the old one as it was (see
    `exports.kinds.CancelGate`). When done, "Open" opens the file and "Show
    in folder" its folder. With `settings`, the folder last exported to is
    remembered between dialogs and sessions.

    Signals:
        exported(object): the Path of a file just written (whole, in place).
        ended(): an export finished, failed or was cancelled; the dialog is idle again.
    """

    exported = Signal(object)
    ended = Signal()

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None,
                 kind: ExportKind | None = None, *, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setWindowTitle(self.tr("Export the workshop"))
        self.setObjectName("exportDialog")
        self.resize(640, 400)
        self.background = Background("razem-export", self)
        self._gate: CancelGate | None = None
        self.written: Path | None = None
        self._relay = _Relay(self)
        self._relay.moved.connect(self._moved)
        self.kinds = QListWidget()
        self.kinds.setObjectName("exportKinds")
        self.kinds.setAccessibleName(self.tr("What to export"))
        for value, (label, _hint) in self._texts().items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value.value)
            self.kinds.addItem(item)
        self.kinds.setFixedHeight(self.kinds.sizeHintForRow(0) * (self.kinds.count() + 1))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.names = QCheckBox(self.tr("Include participants' names (the workshop is anonymous)"))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("File to write"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_target)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names files and ideas: never markup
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_result)
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self._lay_out()
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.target.textEdited.connect(lambda _text: self._forget_result())
        self._confirmed: Path | None = None  # replacing it was agreed in the chooser
        self.kinds.setCurrentRow(list(ExportKind).index(kind or ExportKind.SUMMARY))
        self._set_running(False)

    def _lay_out(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("What to export"), self.kinds)
        form.addRow("", self.hint)
        form.addRow("", self.names)
        form.addRow(self.tr("File"), where)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.progress)
        column.addWidget(self.message, 1)
        column.addLayout(buttons)

    def _texts(self) -> dict[ExportKind, tuple[str, str]]:
        return {
            ExportKind.SUMMARY: (self.tr("Summary (PDF)"), self.tr(
                "The record the organisers publish: ideas by group, results, priorities and the agenda.")),
            ExportKind.AGENDA: (self.tr("Agenda (PDF)"), self.tr(
                "The forum's timetable to print: a section per day, the rooms side by side.")),
            ExportKind.CSV: (self.tr("Ideas, CSV (UTF-8)"), self.tr(
                "Every idea for a spreadsheet: UTF-8, commas.")),
            ExportKind.CSV_EXCEL: (self.tr("Ideas, CSV for Excel (Polish)"), self.tr(
                "Every idea for a Polish Excel: Windows-1250, semicolons.")),
            ExportKind.RESULTS_CSV: (self.tr("Voting results, CSV"), self.tr(
                "Every round's results with the points by sector.")),
            ExportKind.ICS: (self.tr("Agenda, iCalendar"), self.tr(
                "The sessions with a time, for a calendar; items without a time are left out.")),
            ExportKind.JSON: (self.tr("All data, JSON"), self.tr(
                "Every piece of the workshop's data, for other programs.")),
        }

    def _file_names(self) -> dict[ExportKind, str]:
        return {ExportKind.SUMMARY: self.tr("summary"), ExportKind.AGENDA: self.tr("agenda"),
                ExportKind.CSV: self.tr("ideas"), ExportKind.CSV_EXCEL: self.tr("ideas-excel"),
                ExportKind.RESULTS_CSV: self.tr("results"), ExportKind.ICS: self.tr("agenda"),
                ExportKind.JSON: self.tr("data")}

    # -- choosing ------------------------------------------------------------------

    def kind(self) -> ExportKind:
        item = self.kinds.currentItem()
        return ExportKind(item.data(Qt.ItemDataRole.UserRole)) if item else ExportKind.SUMMARY

    def set_kind(self, kind: ExportKind) -> None:
        self.kinds.setCurrentRow(list(ExportKind).index(kind))

    def folder(self) -> Path:
        """Where the file chooser starts: the folder last exported to, else the workshop's."""
        remembered = self.settings.get(EXPORT_DIRECTORY) if self.settings is not None else ""
        return Path(remembered) if remembered and Path(remembered).is_dir() else self.session.path.parent

    def _kind_changed(self, _row: int) -> None:
        kind = self.kind()
        self.hint.setText(self._texts()[kind][1])
        self.names.setVisible(kind in NAMES_MATTER and self.session.service.workshop().anonymous)
        typed = self.target.text().strip()
        folder = Path(typed).parent if typed else self.folder()
        name = f"{self.session.path.stem}-{self._file_names()[kind]}{SUFFIXES[kind]}"
        self.target.setText(str(folder / name))
        self._forget_result()

    def _forget_result(self) -> None:
        """Another target or kind: the last result's line and buttons go, so
        that Open never opens an older file than the one now named."""
        if self._gate is not None:
            return
        self.written = None
        self.message.clear()
        self._set_running(False)

    def choose_target(self) -> None:
        """The save-file chooser, starting where the target is (the last folder)."""
        kind = self.kind()
        filters = {".pdf": self.tr("PDF (*.pdf)"), ".csv": self.tr("CSV (*.csv)"),
                   ".ics": self.tr("iCalendar (*.ics)"), ".json": self.tr("JSON (*.json)")}
        chosen = choose_file(self, self.tr("Export to"), self.target.text(), filters[SUFFIXES[kind]], save=True)
        if chosen:
            self.target.setText(chosen)
            self._forget_result()
            self._confirmed = Path(chosen)  # the chooser asked before replacing it
            self._remember(Path(chosen).parent)

    def _remember(self, folder: Path) -> None:
        if self.settings is not None:
            self.settings.set(EXPORT_DIRECTORY, str(folder))

    # -- exporting ----------------------------------------------------------------

    def refusal(self, target: Path) -> str | None:
        """Why `target` cannot be written, in words, or None; nothing is created."""
        if not str(target).strip() or not target.name:
            return self.tr("Choose the file to write.")
        try:
            check_target(target, inputs=[self.session.path])
        except OutputRefused as refused:
            return output_refused(refused)
        folder = target.parent
        if not folder.is_dir():
            return self.tr("The folder {folder} does not exist. Choose another one. "
                           "Nothing was written.").format(folder=folder)
        # The kernel's answer, which a read-only (immutable) folder gives even to root.
        if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
            return self.tr("Razem cannot write {file}: {reason}. Choose another folder. "
                           "Nothing was written.").format(file=target, reason=os_error(PermissionError(13, "")))
        return None

    def start(self) -> bool:
        """Start exporting to the target; False (with the reason shown) if refused."""
        if self._gate is not None:
            return False
        typed = self.target.text().strip()
        target = Path(typed).expanduser()
        if typed and not target.is_absolute():  # a bare name goes where the chooser would start
            target = self.folder() / target
        refused = self.refusal(target)
        if refused is not None:
            self.message.setText(refused)
            return False
        if target.exists() and target != self._confirmed and not self.replace_agreed(target):
            self.message.setText(self.tr("{file} was kept as it is. Choose another name, or "
                                         "agree to replace it.").format(file=target))
            return False
        kind, names = self.kind(), not self.names.isHidden() and self.names.isChecked()
        self._gate = gate = CancelGate()
        self.written = None
        self._set_running(True)
        self.message.setText(self.tr("Exporting to {file}…").format(file=target))
        relay, source = self._relay, self.session.path

        def work(_cancelled: threading.Event) -> Made:
            steps = [-1]

            def moved(done: int, total: int) -> None:
                percent = done * 100 // total
                if percent != steps[0]:  # a signal per percent, not per paragraph
                    steps[0] = percent
                    relay.moved.emit(done, total)

            return export_file(source, kind, target, include_names=names, cancelled=gate.cancelled,
                               on_progress=moved, replace=gate.replace)

        job = self.background.run(work)
        job.finished.connect(lambda made: self._done(target, made))
        job.failed.connect(lambda error: self._failed(target, error))
        return True

    def replace_agreed(self, target: Path) -> bool:
        """Ask before replacing a file that exists (a summary already sent to
        print, say); No is the default."""
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("{file} already exists. Replace it with the new export?").format(file=target.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def is_running(self) -> bool:
        return self._gate is not None

    def cancel(self) -> None:
        """Stop the export running (nothing written), or close the dialog."""
        if self._gate is None:
            self.reject()
        elif self._gate.cancel():
            self.message.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _moved(self, done: int, total: int) -> None:
        if self._gate is not None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _done(self, target: Path, made: Made) -> None:
        self._gate = None
        self.written = target
        self._remember(target.parent)
        text = self.tr("Saved: {file}").format(file=target)
        if made.left_out:
            text += "\n" + self.tr("%n agenda item(s) without a time were left out of the calendar: {titles}",
                                   "", len(made.left_out)).format(titles="; ".join(made.left_out))
        self.message.setText(text)
        self._set_running(False)
        self.exported.emit(target)
        self.ended.emit()

    def _failed(self, target: Path, error: Exception) -> None:
        self._gate = None
        if isinstance(error, ExportCancelled):
            text = self.tr("Export cancelled. Nothing was written.")
        else:
            worded = not_written(error, target)
            if worded is None:
                self._set_running(False)
                raise error  # a bug: the crash handler reports it
            text = worded
        self.message.setText(text)
        self._set_running(False)
        self.ended.emit()

    def _set_running(self, running: bool) -> None:
        for widget in (self.kinds, self.target, self.choose_button, self.names, self.export_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first step is known
        done = not running and self.written is not None
        self.open_button.setVisible(done)
        self.folder_button.setVisible(done)

    # -- afterwards ------------------------------------------------------------------

    def open_result(self) -> bool:
        """Open the file just written in the program the system chooses for it."""
        return self.written is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def show_folder(self) -> bool:
        """Open the folder of the file just written."""
        return self.written is not None and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.written.parent)))

    def reject(self) -> None:
        """Closing while exporting cancels the export and waits for the worker
        to stop, so nothing is written once the dialog is gone (unless the
        file was in place already); the dialog can be opened again."""
        if self._gate is not None:
            stopped = self._gate.cancel()
            self.background.shutdown()  # its outcome is dropped: the state is set here
            self.background = Background("razem-export", self)
            self._gate = None
            self._set_running(False)
            if stopped:
                self.message.setText(self.tr("Export cancelled. Nothing was written."))
            self.ended.emit()
        super().reject()
