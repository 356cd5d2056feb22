"""Answering the program's file chooser (ui.file_chooser) without a person."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from workshop_app.ui import file_chooser


class Chooser(QFileDialog):
    """The real dialog, which remembers where it was asked to start (Qt starts
    elsewhere when that folder does not exist) and answers without being shown."""

    answer: Callable[[Chooser], str] = staticmethod(lambda _chooser: "")  # type: ignore[assignment]

    def __init__(self, parent: QWidget | None, caption: str, start: str, filters: str) -> None:
        super().__init__(parent, caption, start, filters)
        self.start = start

    def exec(self) -> int:
        chosen = type(self).answer(self)
        if not chosen:
            return QFileDialog.DialogCode.Rejected.value
        self.selectFile(chosen)
        return QFileDialog.DialogCode.Accepted.value


def answer_choosers(monkeypatch: pytest.MonkeyPatch, answer: Callable[[Chooser], str]) -> None:
    """Every file chooser shown answers at once: `answer(chooser)` is the file
    chosen ("" cancels); it sees `chooser.start` and what the dialog offers."""
    monkeypatch.setattr(Chooser, "answer", staticmethod(answer))
    monkeypatch.setattr(file_chooser, "QFileDialog", Chooser)
