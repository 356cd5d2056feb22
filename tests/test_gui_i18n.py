"""Qt's own dialogs speak Polish too: the file dialog's labels, buttons and headers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from workshop_app import i18n


@pytest.mark.usefixtures("polish")
def test_the_file_dialog_labels_are_polish(qtbot: QtBot) -> None:
    dialog = QFileDialog(None, "Importuj pomysły")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Szukaj w:"
    assert labels["fileTypeLabel"] == "&Pliki rodzaju:"
    assert labels["fileNameLabel"] == "Nazwa &pliku:"


def test_english_keeps_qts_own_words(qtbot: QtBot) -> None:
    i18n.install("en")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Look in:"


@pytest.mark.usefixtures("polish")
def test_a_text_no_translator_knows_stays_as_written() -> None:
    """The fallback for Qt's labels must not answer with an empty text."""
    assert QCoreApplication.translate("QFileDialog", "&Nowhere in Qt") == "&Nowhere in Qt"
    assert QCoreApplication.translate("Nowhere", "Start") == "Start"
    button = QPushButton(QCoreApplication.translate("TimerWidget", "+1 min"))
    assert button.text() == "+1 min"
