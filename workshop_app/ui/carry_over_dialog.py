""""Tematy z poprzedniej edycji": choose last year's workshop file, tick its
topics (agenda items and groups, with their results) and carry them into
this year's agenda as one undo step.

Last year's file is only read (`WorkshopService.previous_workshop`); a file
that cannot be used is said in the dialog, which stays open for another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.carry_over_words import CarryOverWords, carried
from workshop_app.messages import any_error
from workshop_app.models.carry_over import PreviousTopic, PreviousWorkshop
from workshop_app.ui.file_chooser import choose_file
from workshop_app.ui.labels import plain_tip
from workshop_app.ui.session import Refusal, WorkshopSession

TITLE, KIND, RESULT, ROUND, SECTORS = range(5)
# The title gets the most room; long texts are elided, whole in their tooltips.
COLUMN_WIDTHS = {TITLE: 330, KIND: 130, RESULT: 220, ROUND: 200}


class CarryOverDialog(QDialog):
    """Carry chosen topics of last year's workshop over (see module docstring).

    After `Accepted`, `outcome` says what was carried (and what skipped).
    """

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.previous: PreviousWorkshop | None = None
        self.outcome = ""
        self._words = CarryOverWords(self)
        self.setWindowTitle(self.tr("Topics from the previous edition"))
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setPlaceholderText(self.tr("Last year's workshop file (.razem)"))
        self.file_field.setAccessibleName(self.tr("Last year's workshop file"))
        self.choose_button = QPushButton(self.tr("C&hoose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.heading = QLabel(self.tr("Choose the file of last year's workshop; it is only read, "
                                      "never changed."))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.topics = self._topic_list()
        self.problem = QLabel()
        self.problem.setObjectName("carryOverProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #A40000; font-weight: bold;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.all_button, self.carry_button = self._add_buttons(self.buttons)
        row = QHBoxLayout()
        row.addWidget(self.file_field, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)  # under the file it is about
        layout.addWidget(self.heading)
        layout.addWidget(self.topics, 1)
        layout.addWidget(self.buttons)
        session.refused.connect(self._on_refused)
        self._update_buttons()
        self.choose_button.setFocus()  # the first thing to do
        self.resize(1180, 560)

    def _topic_list(self) -> QTreeWidget:
        topics = QTreeWidget()
        topics.setRootIsDecorated(False)
        topics.setAccessibleName(self.tr("Last year's topics"))
        topics.setHeaderLabels([self.tr("Topic"), self.tr("Kind"), self.tr("Result"),
                                self.tr("Vote"), self.tr("By sector")])
        topics.setUniformRowHeights(True)
        header = topics.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        topics.itemChanged.connect(lambda *_: self._update_buttons())
        return topics

    def _add_buttons(self, buttons: QDialogButtonBox) -> tuple[QPushButton, QPushButton]:
        """"Tick all" and "Carry over the ticked" (the default button)."""
        tick_all = buttons.addButton(self.tr("Tick &all"), QDialogButtonBox.ButtonRole.ActionRole)
        tick_all.clicked.connect(self.tick_all)
        carry = buttons.addButton(self.tr("Ca&rry over the ticked"),
                                  QDialogButtonBox.ButtonRole.AcceptRole)
        carry.setDefault(True)
        buttons.accepted.connect(self.carry_over)
        buttons.rejected.connect(self.reject)
        return tick_all, carry

    # -- choosing the file --------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for last year's file and list its topics."""
        path = choose_file(
            self, self.tr("Last year's workshop"), str(self.session.path.parent),
            self.tr("Razem workshops (*.razem);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """List the topics of the workshop at `path`; False (and why, in the
        dialog) when it cannot be used, the list then left empty."""
        self.file_field.setText(str(path))
        self.topics.clear()
        self.previous = None
        try:
            self.previous = self.session.service.previous_workshop(path)
        except Exception as error:
            message = any_error(error)
            if message is None:
                raise
            self._say(message)
            self.heading.setText(self.tr("Choose the file of last year's workshop; it is only "
                                         "read, never changed."))
            self._update_buttons()
            return False
        self._say("")
        self._fill(self.previous)
        return True

    def _fill(self, previous: PreviousWorkshop) -> None:
        on_agenda = set(self.session.service.repeated_topics(previous.topics))
        shown = f"{previous.title} ({previous.date})" if previous.date else previous.title
        self.heading.setText(self._words.topics(len(previous.topics), shown))
        self.topics.blockSignals(True)
        for topic in previous.topics:
            self.topics.addTopLevelItem(self._row(topic, already=topic.key in on_agenda))
        self.topics.blockSignals(False)
        self._update_buttons()

    def _row(self, topic: PreviousTopic, *, already: bool) -> QTreeWidgetItem:
        words = self._words
        result = topic.result
        kind = words.kind(topic)
        if already:
            kind = self.tr("{kind} · on the agenda already").format(kind=kind)
        item = QTreeWidgetItem([
            topic.title, kind, words.result(result) if result else words.no_result(),
            result.round_title if result else "", words.sectors(result) if result else ""])
        item.setData(TITLE, Qt.ItemDataRole.UserRole, topic.key)
        for column in (KIND, RESULT, ROUND, SECTORS):
            item.setToolTip(column, plain_tip(item.text(column)))
        item.setToolTip(TITLE, plain_tip("\n\n".join(t for t in (topic.title, topic.rationale) if t)))
        flags = Qt.ItemFlag.ItemIsUserCheckable
        if not already:  # carrying it again would only repeat it
            flags |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags)
        item.setCheckState(TITLE, Qt.CheckState.Unchecked)
        return item

    # -- ticking and carrying -------------------------------------------------------------

    def _items(self) -> list[QTreeWidgetItem]:
        return [item for row in range(self.topics.topLevelItemCount())
                if (item := self.topics.topLevelItem(row)) is not None]

    def tick_all(self) -> None:
        for item in self._items():
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(TITLE, Qt.CheckState.Checked)

    def chosen(self) -> list[PreviousTopic]:
        """The ticked topics, in the list's order."""
        if self.previous is None:
            return []
        ticked = {item.data(TITLE, Qt.ItemDataRole.UserRole) for item in self._items()
                  if item.checkState(TITLE) is Qt.CheckState.Checked}
        return [topic for topic in self.previous.topics if topic.key in ticked]

    def carry_over(self) -> None:
        """Carry the ticked topics over (one undo step) and close; a refusal
        is said here and the dialog stays open."""
        chosen = self.chosen()
        skipped = [t for t in chosen if t.key in set(self.session.service.repeated_topics(chosen))]
        changes = self.session.run_by(self, self.session.service.carry_over,
                                      topics=carried(chosen))
        if changes is None:
            return  # `_on_refused` said why
        self.outcome = self._words.outcome(len(changes.agenda), skipped)
        self.accept()

    def _on_refused(self, refused: Refusal) -> None:
        if refused.initiator is self:
            self._say(refused.message)

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _update_buttons(self) -> None:
        ticked = any(item.checkState(TITLE) is Qt.CheckState.Checked for item in self._items())
        self.carry_button.setEnabled(ticked)
        self.all_button.setEnabled(any(item.flags() & Qt.ItemFlag.ItemIsEnabled
                                       for item in self._items()))
