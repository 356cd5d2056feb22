"""The one writer: request threads hand their work to the thread that owns
the workshop and wait for the answer.

SQLite's connection (and the service over it) belongs to one thread: the
GUI thread in the program, the main thread of `workshop-app serve`. A
request thread never touches it; it submits a job and waits on the
`Future` the owner completes after the job ran (a ballot is committed to
disk by then). `QueueDesk` is the headless desk; the GUI's desk is a
QObject receiving queued calls (`ui/phone_desk.py`).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
Job = Callable[[], Any]


class Desk(Protocol):
    def submit(self, job: Callable[[], T]) -> Future[T]:
        """Run `job` on the owner's thread; its result or error in the Future."""
        ...


def run_job(future: Future[Any], job: Job) -> None:
    """Run one submitted job into its Future (skipped if the asker gave up)."""
    if not future.set_running_or_notify_cancel():
        return
    try:
        result = job()
    except BaseException as error:
        future.set_exception(error)
    else:
        future.set_result(result)


class QueueDesk:
    """A desk for a thread that has nothing else to do: `serve_until` runs
    submitted jobs one by one until `stop` is set."""

    def __init__(self, poll: float = 0.2) -> None:
        self._jobs: queue.Queue[tuple[Future[Any], Job]] = queue.Queue()
        self._poll = poll

    def submit(self, job: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((future, job))
        return future

    def serve_until(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                future, job = self._jobs.get(timeout=self._poll)
            except queue.Empty:
                continue
            run_job(future, job)
        self._cancel_waiting()

    def _cancel_waiting(self) -> None:
        while True:
            try:
                future, _job = self._jobs.get_nowait()
            except queue.Empty:
                return
            future.cancel()
