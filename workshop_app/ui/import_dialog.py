"""Import ideas from a CSV or Excel file: preview, correct the guesses, import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.imports import ColumnMapping, ImportFailure, ImportResult, read_ideas, sniff_csv
from workshop_app.messages import import_failure
from workshop_app.services import NewIdea

ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1250", "Windows-1250"), ("utf-16", "UTF-16"))
DELIMITERS = ((",", ","), (";", ";"), ("\t", "Tab"))
FIELDS = ("text", "sector", "author", "cluster", "table")


class ImportDialog(QDialog):
    """Shows what the file holds as Razem understood it; the moderator can
    change the encoding, separator, header and columns before importing.

    After `exec()`, `result` holds the ideas to add (None if cancelled).
    """

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.outcome: ImportResult | None = None
        self.setWindowTitle(self.tr("Import ideas from {file}").format(file=path.name))
        self.resize(900, 560)
        self.encoding = QComboBox()
        for value, label in ENCODINGS:
            self.encoding.addItem(label, value)
        self.delimiter = QComboBox()
        for value, label in DELIMITERS:
            self.delimiter.addItem(label, value)
        self.header = QCheckBox(self.tr("The first row holds column names"))
        self.columns = {name: QComboBox() for name in FIELDS}
        labels = {"text": self.tr("Idea text"), "sector": self.tr("Sector"),
                  "author": self.tr("Author"), "cluster": self.tr("Group"), "table": self.tr("Table")}
        self.preview = QStandardItemModel(self)
        table = QTableView()
        table.setModel(self.preview)
        table.setWordWrap(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("notice")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        settings = QHBoxLayout()
        for label, widget in ((self.tr("Encoding:"), self.encoding),
                              (self.tr("Separator:"), self.delimiter)):
            settings.addWidget(QLabel(label))
            settings.addWidget(widget)
        settings.addWidget(self.header)
        settings.addStretch(1)
        form = QFormLayout()
        for name in FIELDS:
            form.addRow(labels[name], self.columns[name])
        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addLayout(form)
        layout.addWidget(table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._loading = False
        self.reload()
        self.encoding.currentIndexChanged.connect(lambda _: self.reload(keep_guess=True))
        self.delimiter.currentIndexChanged.connect(lambda _: self.reload(keep_guess=True))
        self.header.toggled.connect(lambda _: self.reload(keep_guess=True))
        for combo in self.columns.values():
            combo.currentIndexChanged.connect(lambda _: self._read())

    def reload(self, *, keep_guess: bool = False) -> None:
        """Preview the file with the detected settings, or with the chosen ones."""
        if self._loading:
            return
        self._loading = True
        try:
            kwargs: dict[str, Any] = {}
            if keep_guess:
                kwargs = {"encoding": self.encoding.currentData(),
                              "delimiter": self.delimiter.currentData(),
                              "header": self.header.isChecked()}
            preview = sniff_csv(self.path, **kwargs)
        except ImportFailure as error:
            self._fail(error)
            return
        finally:
            self._loading = False
        self._show_preview(preview)
        self._read()

    def _show_preview(self, preview: Any) -> None:
        self._loading = True
        for combo, value in ((self.encoding, preview.encoding), (self.delimiter, preview.delimiter)):
            combo.setEnabled(value is not None)
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.header.setChecked(preview.has_header)
        names = [h or self.tr("column {number}").format(number=i + 1)
                 for i, h in enumerate(preview.header)]
        for name, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for index, label in enumerate(names):
                combo.addItem(label, index)
            guess = getattr(preview.mapping, name)
            combo.setCurrentIndex(combo.findData(guess) if guess is not None else 0)
        self.preview.clear()
        self.preview.setHorizontalHeaderLabels(names)
        for row in preview.rows:
            self.preview.appendRow([QStandardItem(cell) for cell in row])
        self._loading = False

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(**{name: combo.currentData() for name, combo in self.columns.items()})

    def _read(self) -> None:
        if self._loading:
            return
        try:
            self.outcome = read_ideas(self.path, encoding=self.encoding.currentData()
                                     if self.encoding.isEnabled() else None,
                                     delimiter=self.delimiter.currentData()
                                     if self.delimiter.isEnabled() else None,
                                     mapping=self.mapping(), header=self.header.isChecked())
        except ImportFailure as error:
            self._fail(error)
            return
        count = len(self.outcome.ideas)
        parts = [self.tr("%n idea(s) will be added as one step (Ctrl+Z undoes it).", "", count)]
        if self.outcome.skipped_lines:
            parts.append(self.tr("%n row(s) without text will be skipped.", "",
                                 len(self.outcome.skipped_lines)))
        if self.outcome.unknown_sectors:
            parts.append(self.tr("%n sector value(s) not recognised (set to other).", "",
                                 len(self.outcome.unknown_sectors)))
        self.summary.setText(" ".join(parts))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)

    def _fail(self, error: ImportFailure) -> None:
        self.outcome = None
        self.summary.setText(import_failure(error))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _accept(self) -> None:
        if self.outcome is not None and self.outcome.ideas:
            self.accept()

    def specs(self) -> list[NewIdea]:
        assert self.outcome is not None
        return [NewIdea.imported(idea) for idea in self.outcome.ideas]
