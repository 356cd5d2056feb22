"""The one helper for work off the GUI thread: outcomes arrive on the GUI
thread by signal, a cancelled job reports nothing, shutdown waits."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workshop_app.ui.background import Background, Job

WAIT_S = 10  # bound on every wait for the other thread; never reached when all is well


@pytest.fixture
def background(qtbot: QtBot) -> Iterator[Background]:
    runner = Background("razem-test")
    yield runner
    runner.shutdown()


def reports_of(job: Job) -> list[object]:
    """Everything `job` reports, as ("finished" | "failed", value) on the thread it arrives on."""
    found: list[object] = []
    job.finished.connect(lambda value: found.append(("finished", value, threading.current_thread())))
    job.failed.connect(lambda error: found.append(("failed", error, threading.current_thread())))
    return found


def test_work_runs_in_the_worker_and_its_result_arrives_on_the_gui_thread(
    qtbot: QtBot, background: Background
) -> None:
    ran_on: list[threading.Thread] = []

    def work(cancelled: threading.Event) -> int:
        ran_on.append(threading.current_thread())
        return 42

    job = background.run(work)
    reports = reports_of(job)
    with qtbot.waitSignal(job.finished, timeout=WAIT_S * 1000):
        pass
    assert ran_on[0] is not threading.main_thread() and ran_on[0].name.startswith("razem-test")
    assert reports == [("finished", 42, threading.main_thread())]
    assert background.pending == 0


def test_an_error_arrives_as_failed(qtbot: QtBot, background: Background) -> None:
    def work(cancelled: threading.Event) -> None:
        raise ValueError("zły plik")

    job = background.run(work)
    reports = reports_of(job)
    with qtbot.waitSignal(job.failed, timeout=WAIT_S * 1000):
        pass
    [(kind, error, thread)] = reports
    assert kind == "failed" and isinstance(error, ValueError) and str(error) == "zły plik"
    assert thread is threading.main_thread()


def test_an_error_nobody_listens_for_is_raised_on_the_gui_thread(
    qtbot: QtBot, background: Background
) -> None:
    def work(cancelled: threading.Event) -> None:
        raise ValueError("błąd w pracy")

    job = background.run(work)
    job.finished.connect(lambda value: pytest.fail("no result was expected"))
    with qtbot.captureExceptions() as exceptions:
        qtbot.waitUntil(lambda: background.pending == 0, timeout=WAIT_S * 1000)
    [(kind, error, _traceback)] = exceptions
    assert kind is ValueError and str(error) == "błąd w pracy"


def test_a_cancelled_job_stops_early_and_reports_nothing(qtbot: QtBot, background: Background) -> None:
    started, saw_cancel = threading.Event(), []

    def long_work(cancelled: threading.Event) -> str:
        started.set()
        saw_cancel.append(cancelled.wait(WAIT_S))
        return "stale"

    old = background.run(long_work)
    new = background.run(lambda cancelled: "fresh")
    old_reports, new_reports = reports_of(old), reports_of(new)
    assert started.wait(WAIT_S)
    old.cancel()
    qtbot.waitUntil(lambda: background.pending == 0, timeout=WAIT_S * 1000)
    assert saw_cancel == [True]
    assert old_reports == []
    assert [(kind, value) for kind, value, _thread in new_reports] == [("finished", "fresh")]


def test_jobs_run_one_at_a_time_in_the_order_given(qtbot: QtBot, background: Background) -> None:
    order: list[int] = []
    jobs = [background.run(lambda cancelled, n=n: order.append(n)) for n in range(5)]
    with qtbot.waitSignal(jobs[-1].finished, timeout=WAIT_S * 1000):
        pass
    assert order == [0, 1, 2, 3, 4]


def test_shutdown_waits_for_the_running_job_and_drops_the_queued_ones(
    qtbot: QtBot, background: Background
) -> None:
    started, finished_running, ran_later = threading.Event(), [], []

    def running(cancelled: threading.Event) -> None:
        started.set()
        cancelled.wait(WAIT_S)
        finished_running.append(True)

    jobs = [background.run(running), background.run(lambda cancelled: ran_later.append(True))]
    reports = [reports_of(job) for job in jobs]
    assert started.wait(WAIT_S)
    background.shutdown()
    assert finished_running == [True]  # it had returned before shutdown did
    QApplication.processEvents()  # what the worker sent before it stopped
    assert ran_later == [] and reports == [[], []]
    assert background.pending == 0
