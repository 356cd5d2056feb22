"""The GUI thread as the one writer for the phone server's request threads."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from workshop_app.phone.desk import run_job

T = TypeVar("T")


class QtDesk(QObject):
    """Lives on the GUI thread; `submit` may be called from any thread: the
    job crosses to the GUI thread as a queued signal and runs there between
    events (one writer, no second SQLite connection), its result in the
    Future the request thread waits on."""

    _arrived = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def submit(self, job: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        self._arrived.emit(future, job)
        return future

    def _run(self, future: Future[Any], job: Callable[[], Any]) -> None:
        run_job(future, job)
