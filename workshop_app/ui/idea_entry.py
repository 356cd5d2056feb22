"""The keyboard-fast capture field and its context (sector, table, author)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.models import Participant, Sector, clean_text
from workshop_app.models.captions import author_full
from workshop_app.ui.labels import sector_label, sector_short_label

SECTOR_KEYS: list[Sector | None] = [None, *Sector]  # Alt+0 = none, Alt+1..6 = sectors
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class IdeaEntry(QPlainTextEdit):
    """Type an idea and press Enter; Shift+Enter is a line break.

    Signals:
        submitted(str): Enter was pressed (the text may be blank; the caller decides).
        paste_many(list): several non-empty lines were pasted.
        sector_key(int): Alt+0..6 pressed (index into SECTOR_KEYS).
        table_step(int): Alt+Up / Alt+Down pressed (+1 / -1).
        author_key(): Alt+A pressed (jump to the author picker).
        author_step(int): Alt+Left / Alt+Right pressed (previous / next author).
    """

    submitted = Signal(str)
    paste_many = Signal(list)
    sector_key = Signal(int)
    table_step = Signal(int)
    author_key = Signal()
    author_step = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ideaEntry")
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Type an idea and press Enter (Shift+Enter: new line)"))
        self.setAccessibleName(self.tr("New idea"))
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if key in _ENTER and not mods & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit(self.toPlainText())
            return
        if key in _ENTER:
            self.insertPlainText("\n")
            return
        if alt and Qt.Key.Key_0 <= key <= Qt.Key.Key_0 + len(SECTOR_KEYS) - 1:
            self.sector_key.emit(key - Qt.Key.Key_0)
            return
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.table_step.emit(1 if key == Qt.Key.Key_Up else -1)
            return
        if alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.author_step.emit(1 if key == Qt.Key.Key_Right else -1)
            return
        if alt and key == Qt.Key.Key_A:
            self.author_key.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        lines = [clean for line in source.text().splitlines() if (clean := clean_text(line))]
        if len(lines) > 1:
            self.paste_many.emit(lines)
            return
        super().insertFromMimeData(source)


class CaptureContext(QWidget):
    """Sector, table and author for the next idea; kept until changed.

    Signals:
        changed(): the moderator changed the sector, table or author.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.sector_buttons = QButtonGroup(self)
        self.sector_buttons.setExclusive(True)
        for index, sector in enumerate(SECTOR_KEYS):
            button = QToolButton()
            button.setCheckable(True)
            button.setText(f"{index} {sector_short_label(sector)}")
            button.setToolTip(f"Alt+{index}: {sector_label(sector)}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.sector_buttons.addButton(button, index)
            layout.addWidget(button)
        self.sector_buttons.button(0).setChecked(True)
        self.sector_buttons.idClicked.connect(lambda _: self._author_sector_mismatch())
        layout.addStretch(1)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        layout.addWidget(QLabel(self.tr("Table:")))
        self.table = QSpinBox()
        self.table.setRange(0, 99)
        self.table.setSpecialValueText(self.tr("none"))
        self.table.setToolTip(self.tr("Alt+Up / Alt+Down"))
        self.table.valueChanged.connect(lambda _: self.changed.emit())
        layout.addWidget(self.table)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Author:")))
        self.author = QComboBox()
        self.author.setMinimumWidth(220)
        self.author.setToolTip(self.tr("Alt+← / Alt+→ in the idea field, or Alt+A to search"))
        self.author.setAccessibleName(self.tr("Author"))
        self.author.currentIndexChanged.connect(self._author_chosen)
        layout.addWidget(self.author, 1)

    def set_roster(self, participants: list[Participant]) -> None:
        current = self.author.currentData()
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem(self.tr("(no author)"), None)
        for p in participants:
            label = author_full(p) or sector_label(p.sector)
            self.author.addItem(label, p.id)
            self.author.setItemData(self.author.count() - 1, p.sector.value, Qt.ItemDataRole.UserRole + 1)
        index = self.author.findData(current)
        self.author.setCurrentIndex(max(index, 0))
        self.author.blockSignals(False)

    def _author_chosen(self, index: int) -> None:
        sector = self.author.itemData(index, Qt.ItemDataRole.UserRole + 1)
        if sector:
            self.set_sector(Sector(sector))
        self.changed.emit()

    def _author_sector_mismatch(self) -> None:
        # Picking another sector by hand means the chosen author no longer applies.
        author_sector = self.author.currentData(Qt.ItemDataRole.UserRole + 1)
        if author_sector and author_sector != (self.sector() or Sector.OTHER).value:
            self.author.setCurrentIndex(0)
        self.changed.emit()

    def sector(self) -> Sector | None:
        return SECTOR_KEYS[self.sector_buttons.checkedId()]

    def set_sector_key(self, index: int) -> None:
        self.sector_buttons.button(index).setChecked(True)
        self._author_sector_mismatch()

    def set_sector(self, sector: Sector | None) -> None:
        self.sector_buttons.button(SECTOR_KEYS.index(sector)).setChecked(True)

    def table_label(self) -> str:
        value = self.table.value()
        return self.tr("Table {number}").format(number=value) if value else ""

    def step_author(self, step: int) -> None:
        """Choose the previous or next author without leaving the idea field."""
        count = self.author.count()
        if count:
            self.author.setCurrentIndex((self.author.currentIndex() + step) % count)

    def describe(self) -> str:
        """What the next ideas will get, in words: sector, table and author."""
        return self.tr("sector: {sector} · table: {table} · author: {author}").format(
            sector=sector_label(self.sector()), table=self.table.value() or self.tr("none"),
            author=self.author.currentText() if self.participant_id() else self.tr("none"))

    def participant_id(self) -> str | None:
        data = self.author.currentData()
        return str(data) if data else None
