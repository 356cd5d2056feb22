"""Preview for pasting several lines: one idea per line, or one idea."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PastePreviewDialog(QDialog):
    """Lists the pasted lines, each ticked; accepting adds the ticked ones.

    `context` says what every added idea will get (sector, table, author).
    After `exec()`: `as_one` says the moderator chose a single idea instead.
    """

    def __init__(self, lines: list[str], parent: QWidget | None = None, *,
                 context: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste several ideas"))
        self.resize(640, 420)
        self.as_one = False
        self.list = QListWidget()
        for line in lines:
            item = QListWidgetItem(line)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.summary = QLabel()
        self.context = QLabel(self.tr("Each idea gets the capture settings now chosen: {context}")
                              .format(context=context))
        self.context.setObjectName("pasteContext")
        self.context.setTextFormat(Qt.TextFormat.PlainText)  # author names: never markup
        self.context.setWordWrap(True)
        self.context.setVisible(bool(context))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton()
        self.add_button.setDefault(True)
        self.one_button = QPushButton(self.tr("Add as one idea"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.one_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.one_button.clicked.connect(self._accept_as_one)
        self.list.itemChanged.connect(lambda _: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each ticked line becomes one idea:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.context)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._update()

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        count = len(self.chosen())
        self.add_button.setText(self.tr("Add %n idea(s)", "", count))
        self.add_button.setEnabled(count > 0)

    def _accept_as_one(self) -> None:
        self.as_one = True
        self.accept()
