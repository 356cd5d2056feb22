""""Zapisz stół jako osobny plik": the window's dialog for a table's own file.

The moderator chooses a table (each with its number of ideas; the table of
the selected notes is chosen already) or the selected notes, and a new file
name; the file is written off the GUI thread (`ui/background.py`) by
`services.split_ops.split_file`, which reads the workshop through a reader
of its own, as the export does (the window's connection belongs to the GUI
thread and may write meanwhile; every change the window showed is committed
already, so the reader sees it). The workshop is not changed: no undo step.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.messages import not_written
from workshop_app.models.split import table_of
from workshop_app.services.split_ops import Split, proposed_target, split_file, with_suffix
from workshop_app.split_words import SplitWords
from workshop_app.ui.background import Background
from workshop_app.ui.file_chooser import choose_file
from workshop_app.ui.session import WorkshopSession

WIDTH = 640
# The combo's data for "the selected notes" (a table label is any text).
_SELECTION = object()


class SplitDialog(QDialog):
    """Save one table's ideas (or the selected notes) with the workshop's
    setup as a new workshop file; the file is never an existing one, nor
    this workshop's. When done, the message line says where and how many.

    Signals:
        written(object): the `Split` just written (the file complete, in place).
        ended(): a save finished or failed; the dialog is idle again.
    """

    written = Signal(object)
    ended = Signal()

    def __init__(self, session: WorkshopSession, selected: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Save a table as a separate file"))
        self.setObjectName("splitDialog")
        self.background = Background("razem-split", self)
        self.result_: Split | None = None
        self._running = False
        service = session.service
        live = [i for i in service.ideas() if i.id in set(selected)]
        self._selected = [i.id for i in live]
        self.intro = QLabel(self.tr(
            "For a table that continues on its own laptop: its ideas, the groups they are in "
            "and the workshop's setup (plan, objectives, participants) go into a new workshop "
            "file. Voting rounds and the agenda stay here. This workshop is not changed; the "
            "new file can be merged back later."))
        self.intro.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setObjectName("splitChoice")
        self.choice.setAccessibleName(self.tr("What to save"))
        words = SplitWords()
        for table in service.tables():
            self.choice.addItem(words.choice(table), table.label)
        if self._selected:
            self.choice.addItem(words.selection(len(self._selected)), _SELECTION)
        self.target = QLineEdit()
        self.target.setObjectName("splitTarget")
        self.target.setAccessibleName(self.tr("New file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_target)
        self.message = QLabel()
        self.message.setObjectName("splitMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names tables and files: never markup
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self._lay_out()
        self.choice.currentIndexChanged.connect(self._propose_name)
        self.target.textEdited.connect(lambda _text: self._ready())
        self._preselect(table_of(live) if live else None)
        self._propose_name()
        self._set_running(False)
        self._compact()

    def _compact(self) -> None:
        """As tall as its lines at its width, the intro unclipped: no empty area."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        height = self.heightForWidth(WIDTH)
        self.resize(WIDTH, height if height > 0 else self.sizeHint().height())

    def _lay_out(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(self.choose_button)
        form = QFormLayout()
        # The labels' letters (Alt) lead to their fields.
        form.addRow(self.tr("&What to save"), self.choice)
        form.addRow(self.tr("&New file"), where)
        new_file = form.labelForField(where)
        if isinstance(new_file, QLabel):
            new_file.setBuddy(self.target)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addLayout(buttons)
        self.choice.setFocus()

    def _preselect(self, table: str | None) -> None:
        """The table of the selected notes; notes of several tables: the selection."""
        wanted: object = table if table is not None else (_SELECTION if self._selected else None)
        index = self.choice.findData(wanted) if wanted is not None else -1
        self.choice.setCurrentIndex(max(index, 0))

    # -- choosing ----------------------------------------------------------------------

    def chosen_table(self) -> str | None:
        """The table chosen, or None for the selected notes (or nothing to choose)."""
        data = self.choice.currentData()
        return data if isinstance(data, str) else None

    def _propose_name(self) -> None:
        typed = self.target.text().strip()
        folder = Path(typed).parent if typed else self.session.path.parent
        table = self.chosen_table()
        label = (table or self.tr("table")) if table is not None else self.tr("selection")
        self.target.setText(str(proposed_target(self.session.path, folder, label)))
        self._ready()

    def _ready(self) -> None:
        """Another table or name: the last outcome goes, Enter saves again."""
        self.message.clear()
        self.save_button.setDefault(True)

    def choose_target(self) -> None:
        """The save-file chooser (one that never reads the files it lists, so
        the workshop keeps its locks), starting at the proposed name."""
        chosen = choose_file(self, self.tr("Save the table as"), self.target.text(),
                             self.tr("Razem workshops (*.razem)"), save=True, replaces=False)
        if chosen:
            self.target.setText(str(with_suffix(Path(chosen))))
            self._ready()

    # -- saving ------------------------------------------------------------------------

    def start(self) -> bool:
        """Write the file in the background; False (the reason shown) when
        there is nothing to write or no name."""
        if self._running:
            return False
        typed = self.target.text().strip()
        if self.choice.count() == 0:
            self.message.setText(self.tr("This workshop has no ideas yet. Nothing was written."))
            return False
        if not typed:
            self.message.setText(self.tr("Choose the file to write."))
            return False
        target = Path(typed).expanduser()
        if not target.is_absolute():
            target = self.session.path.parent / target
        table = self.chosen_table()
        ideas = None if table is not None else list(self._selected)
        source = self.session.path
        self._set_running(True)
        self.message.setText(self.tr("Saving to {file}…").format(file=target))

        def work(_cancelled: threading.Event) -> Split:
            return split_file(source, target, table=table, idea_ids=ideas)

        job = self.background.run(work)
        job.finished.connect(lambda made: self._done(made, table))
        job.failed.connect(lambda error: self._failed(target, error))
        return True

    def is_running(self) -> bool:
        return self._running

    def _done(self, made: Split, table: str | None) -> None:
        self.result_ = made
        words = SplitWords()
        self.message.setText(words.written(made.ideas, table, made.path) + "\n"
                             + words.holds(made.clusters, made.participants))
        self._set_running(False)
        self.close_button.setDefault(True)  # done: Enter closes
        self.close_button.setFocus()
        self.written.emit(made)
        self.ended.emit()

    def _failed(self, target: Path, error: Exception) -> None:
        text = not_written(error, target)
        if text is None:
            self._set_running(False)
            raise error  # a bug: the crash handler reports it
        self.message.setText(text)
        self._set_running(False)
        self.ended.emit()

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (self.choice, self.target, self.choose_button, self.save_button):
            widget.setEnabled(not running and self.choice.count() > 0)

    def reject(self) -> None:
        """Closing while the file is being written waits for it (a moment:
        the file is complete or not there, never half written)."""
        if self._running:
            self.background.shutdown()
            self.background = Background("razem-split", self)
            self._set_running(False)
        super().reject()
