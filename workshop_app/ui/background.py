"""Slow work off the GUI thread, through one small helper.

`Background.run(work)` returns a `Job` at once and calls `work(cancelled)`
on a worker thread; what it returns, or the exception it raises, comes back
to the GUI thread as a signal of the job. The work gets plain data and
returns plain data: it never touches widgets or the workshop file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import SIGNAL, QObject, Signal

Work = Callable[[threading.Event], Any]
"""A callable run in the worker; the Event is set once its job is cancelled."""


class Job(QObject):
    """One piece of work handed to `Background.run`.

    A cancelled job reports nothing, whatever its work then returns or
    raises; long work looks at the Event it was given and stops early. An
    exception nobody listens for (no `failed` receiver) is raised on the
    GUI thread, like any other bug, rather than lost.

    Signals:
        finished(object): what the work returned, on the GUI thread.
        failed(object): the exception the work raised, on the GUI thread.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = threading.Event()

    def cancel(self) -> None:
        self.cancelled.set()

    def is_cancelled(self) -> bool:
        return self.cancelled.is_set()

    def _report(self, value: Any, failed: bool) -> None:
        if self.is_cancelled():
            return
        if not failed:
            self.finished.emit(value)
        elif self.receivers(SIGNAL("failed(PyObject)")):
            self.failed.emit(value)
        else:
            raise value


class Background(QObject):
    """Runs jobs one at a time, in the order given, on a worker thread named
    `name`, and hands each outcome back to the GUI thread (see `Job`).

    Call `shutdown` before closing what the work reads.

    Signals:
        _outcome(object, object, bool): private; (job, value, failed), emitted
            in the worker and received on the GUI thread, where this lives.
    """

    _outcome = Signal(object, object, bool)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._jobs: set[Job] = set()  # keeps each job alive until its outcome is in
        self._outcome.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Jobs handed in whose outcome has not reached the GUI thread yet."""
        return len(self._jobs)

    def run(self, work: Work) -> Job:
        """Queue `work`; connect to the returned job's signals for its outcome."""
        job = Job()
        self._jobs.add(job)
        self._pool.submit(self._execute, job, work)
        return job

    def _execute(self, job: Job, work: Work) -> None:
        value: Any = None
        failed = False
        if not job.is_cancelled():
            try:
                value = work(job.cancelled)
            except Exception as error:
                value, failed = error, True
        self._outcome.emit(job, value, failed)

    def _deliver(self, job: Job, value: Any, failed: bool) -> None:
        self._jobs.discard(job)
        job._report(value, failed)

    def shutdown(self) -> None:
        """Cancel every job, and wait for the one running to return."""
        for job in self._jobs:
            job.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._jobs.clear()
