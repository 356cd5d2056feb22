"""gather_enter: from pressing Enter in the Gather field to the idea painted
in the list, with 2,000 ideas already present.

Razem: a real `MainWindow` on the offscreen platform, Gather shown; the
entry gets a text and a Return key press (`QTest.keyClick`), which saves the
idea through the service (fsync'd commit), updates the model, re-sorts the
proxy, and then the list's viewport is repainted synchronously.
Baseline: the same work done the plainest way: a raw `sqlite3` INSERT +
COMMIT with the same pragmas, `QStandardItemModel.insertRow(0)` into a
2,000-row model shown in a `QTableView`, and the same synchronous repaint.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path

from bench.common import BenchResult, Options, Row, percentile, sample_text, scratch_dir, verdict

NAME = "gather_enter"
EXISTING = 2000
PRESSES = 200
WARMUP = 20
TARGET_P95_MS = 50.0


def run(options: Options) -> BenchResult:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder:
        razem = _measure_razem(app, folder)
        baseline = _measure_baseline(app, folder)
    p95, base_p95 = percentile(razem, 95), percentile(baseline, 95)
    result.rows = [
        Row(NAME, "p50 ms", percentile(razem, 50), percentile(baseline, 50)),
        Row(NAME, "p95 ms", p95, base_p95, f"≤{TARGET_P95_MS:g} ms", verdict(p95 <= TARGET_P95_MS)),
        Row(NAME, "max ms", max(razem), max(baseline)),
    ]
    result.notes.append(f"{PRESSES} Enter presses after {WARMUP} warm-up, {EXISTING} ideas "
                        "present, window 1280×800, offscreen platform")
    return result


def _measure_razem(app: object, folder: Path) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from workshop_app.models import PhaseKind, Sector
    from workshop_app.new_workshop import create_workshop_file
    from workshop_app.services import NewIdea, WorkshopService
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.session import WorkshopSession

    store = create_workshop_file(folder / "enter.razem", "Benchmark")
    service = WorkshopService(store)
    service.add_ideas(ideas=[NewIdea(text=sample_text(i), sector=list(Sector)[i % 6])
                             for i in range(EXISTING)])
    window = MainWindow(WorkshopSession(service, store.path), [])
    window.resize(1280, 800)
    window.show()
    window.show_phase(PhaseKind.GATHER)
    panel = window.panels[PhaseKind.GATHER]
    app.processEvents()  # type: ignore[attr-defined]
    times: list[float] = []
    try:
        for i in range(WARMUP + PRESSES):
            panel.entry.setPlainText(f"Nowy pomysł {i}: {sample_text(i + 7)}")
            start = time.perf_counter()
            QTest.keyClick(panel.entry, Qt.Key.Key_Return)
            panel.view.viewport().repaint()
            elapsed = (time.perf_counter() - start) * 1000
            if panel.proxy.index(0, 1).data() is None or "Nowy pomysł" not in panel.proxy.index(0, 1).data():
                raise RuntimeError("the new idea is not at the top of the list")
            if i >= WARMUP:
                times.append(elapsed)
    finally:
        window.close()
        store.close()
    return times


def _measure_baseline(app: object, folder: Path) -> list[float]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    conn = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE ideas (id TEXT PRIMARY KEY, text TEXT, seq INTEGER)")
    model = QStandardItemModel(0, 3)
    for i in range(EXISTING):
        model.appendRow([QStandardItem(str(i)), QStandardItem(sample_text(i)), QStandardItem("")])
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 600)
    view.show()
    app.processEvents()  # type: ignore[attr-defined]
    times: list[float] = []
    try:
        for i in range(WARMUP + PRESSES):
            text = f"Nowy pomysł {i}: {sample_text(i + 7)}"
            start = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute("INSERT INTO ideas VALUES (?, ?, ?)", (str(uuid.uuid4()), text, i))
            conn.execute("COMMIT")
            model.insertRow(0, [QStandardItem(str(i)), QStandardItem(text), QStandardItem("")])
            view.viewport().repaint()
            if i >= WARMUP:
                times.append((time.perf_counter() - start) * 1000)
    finally:
        view.close()
        conn.close()
    return times
