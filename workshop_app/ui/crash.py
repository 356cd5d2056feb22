"""What the moderator sees when the program itself fails.

An exception nobody expected (a bug) must not end a live workshop: every
change is committed by the service in one transaction, so the file holds all
that was shown as done and nothing half-applied. The moderator is told, in
their language, that the workshop is safe, may carry on or quit, and the
details go to a rotating log in the user's data folder for whoever fixes it.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

translate = QCoreApplication.translate

# Whether to carry on (True) after being told: the dialog, or a test's stand-in.
Ask = Callable[[str], bool]
LOG_NAME = "razem.log"


class CrashHandler:
    """Installed as `sys.excepthook` by `install` (see module docstring)."""

    def __init__(self, log_folder: Path, ask: Ask | None = None) -> None:
        log_folder.mkdir(parents=True, exist_ok=True)
        self.log_path = log_folder / LOG_NAME
        self._log = logging.getLogger(f"razem.crash.{id(self)}")
        self._log.propagate = False
        self._handler = logging.handlers.RotatingFileHandler(
            self.log_path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        self._handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        self._log.addHandler(self._handler)
        self._ask = ask or _dialog
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        self._log.removeHandler(self._handler)
        self._handler.close()

    def handle(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        self._log.error("unexpected error\n%s", details)
        self._handler.flush()
        text = translate(
            "Crash", "Something went wrong inside Razem ({error}). Your workshop is safe: every "
            "change shown as done is in the file, and the last action was either completed or "
            "not applied at all. Details were written to {log}.\n\nCarry on working?").format(
            error=kind.__name__, log=self.log_path)
        if not self._ask(text):
            app = QApplication.instance()
            if app is not None:
                app.quit()


def _dialog(text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Critical, "Razem", text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    carry_on = box.addButton(translate("Crash", "Carry on"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Crash", "Quit Razem"), QMessageBox.ButtonRole.DestructiveRole)
    box.exec()
    return box.clickedButton() is carry_on
