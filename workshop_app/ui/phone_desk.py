"""The GUI thread as the one writer for the phone server's request threads."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from workshop_app.phone.desk import Job, run_job

T = TypeVar("T")
BUDGET_S = 0.008
"""Most time the desk takes the GUI thread for at once before letting it
paint and take input (then it goes on at the next turn of the event loop)."""


class QtDesk(QObject):
    """Lives on the GUI thread; `submit` may be called from any thread. Jobs
    wait in a queue and run on the GUI thread (one writer, no second SQLite
    connection) a few at a time, `BUDGET_S` at most, between other events:
    a burst of 100 ballots never freezes the window. Each job's result goes
    to the Future its request thread waits on."""

    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[tuple[Future[Any], Job]] = queue.SimpleQueue()
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._run_some)
        self._wake.connect(self._turn.start, Qt.ConnectionType.QueuedConnection)

    def submit(self, job: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((future, job))
        self._wake.emit()
        return future

    def _run_some(self) -> None:
        until = time.perf_counter() + BUDGET_S
        while time.perf_counter() < until:
            try:
                future, job = self._jobs.get_nowait()
            except queue.Empty:
                return
            run_job(future, job)
        if not self._jobs.empty():
            self._turn.start()
