"""Import ideas from a CSV or Excel file: preview, correct the guesses, import."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.imports import ColumnMapping, CsvPreview, ImportFailure, ImportResult, read_ideas, sniff_csv
from workshop_app.messages import ImportNotes, import_failure
from workshop_app.models.imports import ImportOverlap, import_overlap
from workshop_app.services import NewIdea

ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1250", "Windows-1250"), ("iso8859-2", "ISO-8859-2"),
             ("utf-16", "UTF-16"))
DELIMITERS = ((",", ","), (";", ";"), ("\t", "Tab"))
FIELDS = ("text", "sector", "author", "cluster", "table")


class ImportDialog(QDialog):
    """Shows what the file holds as Razem understood it; the moderator can
    change the encoding, separator, header and columns before importing.

    After `exec()`, `outcome` holds the ideas to add (None if cancelled).

    When no cell of the first row is a column name Razem knows, whether it
    names the columns is only a guess: the dialog asks, and OK waits for the
    answer. When most of the file's texts are already among `existing` (the
    workshop's live ideas), OK asks before adding them again (default No).
    """

    def __init__(self, path: Path, parent: QWidget | None = None, *,
                 existing: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.path = path
        self.existing = tuple(existing)
        self.outcome: ImportResult | None = None
        self.overlap = ImportOverlap(present=0, total=0)
        self.header_unsure = False
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
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # quotes the file: never markup
        self.summary.setWordWrap(True)
        self.summary.setObjectName("notice")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.header_question = self._header_question()
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
        layout.addWidget(self.header_question)
        layout.addLayout(form)
        layout.addWidget(table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._loading = False
        self.reload()
        self.encoding.currentIndexChanged.connect(lambda _: self.reload(keep_guess=True))
        self.delimiter.currentIndexChanged.connect(lambda _: self.reload(keep_guess=True))
        self.header.toggled.connect(lambda _: self._header_toggled())
        for combo in self.columns.values():
            combo.currentIndexChanged.connect(lambda _: self._read())
        self.columns["text"].activated.connect(lambda _: self._answer(None))

    def _header_question(self) -> QWidget:
        box = QWidget()
        box.setObjectName("notice")
        self.header_note = QLabel()
        self.header_note.setTextFormat(Qt.TextFormat.PlainText)  # quotes the file's first row
        self.header_note.setWordWrap(True)
        self.first_row_is_data = QPushButton(self.tr("The first row is data"))
        self.first_row_names = QPushButton(self.tr("The first row names the columns"))
        self.first_row_is_data.clicked.connect(lambda: self._answer(False))
        self.first_row_names.clicked.connect(lambda: self._answer(True))
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.header_note, 1)
        row.addWidget(self.first_row_is_data)
        row.addWidget(self.first_row_names)
        box.hide()
        return box

    def _answer(self, has_header: bool | None) -> None:
        """The moderator said what the first row is (None: chose the text column)."""
        self._answer_given()
        if has_header is not None and has_header != self.header.isChecked():
            self.header.setChecked(has_header)  # reloads the preview
        else:
            self._read()

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
        if not keep_guess:
            self._ask_about_header(preview)
        self._show_preview(preview)
        self._read()

    def _header_toggled(self) -> None:
        if not self._loading:
            self._answer_given()
        self.reload(keep_guess=True)

    def _answer_given(self) -> None:
        self.header_unsure = False
        self.header_question.hide()

    def _ask_about_header(self, preview: CsvPreview) -> None:
        self.header_unsure = not preview.first_row_named
        self.header_question.setVisible(self.header_unsure)
        if self.header_unsure:
            self.header_note.setText(ImportNotes().unnamed_columns(preview.first_row) + " " + self.tr(
                "Is it the first idea, or the names of the columns?"))

    def _show_preview(self, preview: CsvPreview) -> None:
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
        self.overlap = import_overlap((i.text for i in self.outcome.ideas), self.existing)
        self.summary.setText(" ".join(self._notes(self.outcome)))
        ok = len(self.outcome.ideas) > 0 and not self.header_unsure
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _notes(self, outcome: ImportResult) -> list[str]:
        notes = ImportNotes()
        parts = [self.tr("%n idea(s) will be added as one step (Ctrl+Z undoes it).", "",
                         len(outcome.ideas))]
        if outcome.skipped_lines:
            parts.append(self.tr("%n row(s) without text will be skipped.", "",
                                 len(outcome.skipped_lines)))
        if outcome.unknown_sectors:
            parts.append(notes.unknown_sectors(outcome.unknown_sectors))
        if self.overlap.is_repeat:
            parts.append(notes.already_present(self.overlap.present, self.overlap.total))
        return parts

    def _fail(self, error: ImportFailure) -> None:
        self.outcome = None
        self.summary.setText(import_failure(error))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _accept(self) -> None:
        if self.outcome is None or not self.outcome.ideas or self.header_unsure:
            return
        if self.overlap.is_repeat and not self._add_again():
            return
        self.accept()

    def _add_again(self) -> bool:
        """Ask whether to add a file's ideas that are mostly in the workshop already."""
        answer = QMessageBox.question(
            self, self.tr("Add these ideas a second time?"),
            ImportNotes().already_present(self.overlap.present, self.overlap.total) + "\n\n"
            + self.tr("Add all %n idea(s) anyway? They would appear twice.", "", self.overlap.total),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def specs(self) -> list[NewIdea]:
        assert self.outcome is not None
        return [NewIdea.imported(idea) for idea in self.outcome.ideas]
