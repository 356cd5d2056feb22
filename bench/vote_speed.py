"""vote_speed: what the room waits for while voting.

**Next voter**: on the shared screen (a real `PresenterWindow`, offscreen,
1920×1080) a voter has filled in a dots ballot and pressed Enter on the
confirmation card; the ballot is cast through the session (one fsync'd
transaction with its undo step) and the next-voter card is painted
(synchronous repaint). Timed from the key press to the painted card.
Baseline: the least work for the same effect: a raw `sqlite3` INSERT of a
ballot row + COMMIT (same pragmas) and a `QStackedWidget` switched to a
label and repainted in a window of the same size.

**All results**: `WorkshopService.results` of a round of 60 options and 200
ballots, read from the file and computed by the rules of `models.results`
(places, ties, sectors, balanced score, agreement; score rounds: axis means
and quadrants), for each method. Baseline: the same ballots read with raw
`sqlite3` and summed per option in plain Python (no places, sectors or
agreement).
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
import uuid
from collections import Counter
from pathlib import Path

from bench.common import BenchResult, Options, Row, percentile, scratch_dir, verdict

NAME = "vote_speed"
VOTERS, OPTIONS = 200, 60
CASTS, WARMUP = 60, 5
TARGET_NEXT_MS, TARGET_RESULTS_MS = 100.0, 50.0


def run(options: Options) -> BenchResult:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder:
        razem_next = _next_voter(app, folder)
        base_next = _next_voter_baseline(app, folder)
        timings = _results(folder)
    p95 = percentile(razem_next, 95)
    result.rows = [
        Row(NAME, "ballot → next-voter card p50 ms", percentile(razem_next, 50),
            percentile(base_next, 50)),
        Row(NAME, "ballot → next-voter card p95 ms", p95, percentile(base_next, 95),
            f"≤{TARGET_NEXT_MS:g} ms", verdict(p95 <= TARGET_NEXT_MS)),
    ]
    for method, (ours, theirs) in timings.items():
        median = percentile(ours, 50)
        result.rows.append(Row(NAME, f"results {VOTERS}×{OPTIONS} {method} ms (median)", median,
                               percentile(theirs, 50), f"≤{TARGET_RESULTS_MS:g} ms",
                               verdict(median <= TARGET_RESULTS_MS)))
    result.notes.append(f"next voter: {CASTS} ballots after {WARMUP} warm-up, presenter "
                        "1920×1080 offscreen; results: median of 20 runs per method, "
                        f"{VOTERS} ballots on {OPTIONS} options from every sector")
    return result


def _demo(folder: Path, name: str) -> tuple[object, object]:
    from workshop_app.services import WorkshopService
    from workshop_app.services.demo import write_demo
    from workshop_app.storage import WorkshopStore

    path = folder / name
    write_demo(path)
    store = WorkshopStore.open(path)
    return store, WorkshopService(store)


def _next_voter(app: object, folder: Path) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from workshop_app.models import PhaseKind, VoteMethod
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.session import WorkshopSession

    store, service = _demo(folder, "next.razem")
    made = service.add_round(title="Benchmark", method=VoteMethod.DOTS,  # type: ignore[attr-defined]
                             dots_per_voter=3, max_per_option=2).created
    service.open_round(round_id=made)  # type: ignore[attr-defined]
    window = MainWindow(WorkshopSession(service, store.path), [])  # type: ignore[arg-type, attr-defined]
    window.show()
    window.show_phase(PhaseKind.PRIORITISE)
    window.toggle_presenter()
    presenter = window.presenter
    assert presenter is not None
    presenter.resize(1920, 1080)
    presenter.show()
    voting = presenter.voting
    voting.rng = random.Random(1)
    window.session.station.start_voting(made)
    app.processEvents()  # type: ignore[attr-defined]
    times = []
    try:
        for n in range(CASTS + WARMUP):
            QTest.keyClick(voting.currentWidget(), Qt.Key.Key_1)
            if voting.currentWidget() is voting.name_page:
                QTest.keyClick(voting.currentWidget(), Qt.Key.Key_1)
            page = voting.ballot_page
            for key in (Qt.Key.Key_1, Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_2,
                        Qt.Key.Key_Plus, Qt.Key.Key_Return):
                QTest.keyClick(page, key)
            confirm = voting.currentWidget()
            assert confirm is voting.confirm_page
            app.processEvents()  # type: ignore[attr-defined]
            start = time.perf_counter()
            QTest.keyClick(confirm, Qt.Key.Key_Return)
            presenter.repaint()
            elapsed = (time.perf_counter() - start) * 1000
            assert voting.currentWidget() is voting.thanks_page
            if n >= WARMUP:
                times.append(elapsed)
            QTest.keyClick(voting.currentWidget(), Qt.Key.Key_Return)
        if len(service.ballots(made)) != CASTS + WARMUP:  # type: ignore[attr-defined]
            raise RuntimeError("not every ballot reached the file")
    finally:
        presenter.close()
        window.close()
        store.close()  # type: ignore[attr-defined]
    return times


def _next_voter_baseline(app: object, folder: Path) -> list[float]:
    from PySide6.QtWidgets import QLabel, QStackedWidget

    path = folder / "baseline.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE ballots (id TEXT PRIMARY KEY, round_id TEXT, votes TEXT, "
                 "sector TEXT, created_at TEXT, updated_at TEXT)")
    stack = QStackedWidget()
    card, thanks = QLabel("Oddać ten głos?"), QLabel("Dziękujemy — głos przyjęty.")
    stack.addWidget(card)
    stack.addWidget(thanks)
    stack.resize(1920, 1080)
    stack.show()
    times = []
    try:
        for n in range(CASTS + WARMUP):
            stack.setCurrentWidget(card)
            app.processEvents()  # type: ignore[attr-defined]
            start = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute("INSERT INTO ballots VALUES (?, ?, ?, ?, ?, ?)",
                         (str(uuid.uuid4()), "r", '{"a": 2, "b": 1}', "business", "t", "t"))
            conn.execute("COMMIT")
            stack.setCurrentWidget(thanks)
            stack.repaint()
            if n >= WARMUP:
                times.append((time.perf_counter() - start) * 1000)
    finally:
        stack.close()
        conn.close()
    return times


def _results(folder: Path) -> dict[str, tuple[list[float], list[float]]]:
    from workshop_app.models import Sector, VoteMethod, VoteTarget
    from workshop_app.new_workshop import create_workshop_file
    from workshop_app.services import NewIdea, WorkshopService

    rng = random.Random(5)
    store = create_workshop_file(folder / "results.razem", "Benchmark")
    service = WorkshopService(store)
    service.add_ideas(ideas=[NewIdea(text=f"Pomysł numer {i} na forum") for i in range(OPTIONS)])
    sectors = list(Sector)
    found: dict[str, tuple[list[float], list[float]]] = {}
    try:
        for method in VoteMethod:
            made = service.add_round(title=method.value, method=method, target=VoteTarget.IDEAS,
                                     dots_per_voter=20, max_per_option=3, top_n=5).created
            assert made is not None
            service.open_round(round_id=made)
            options = next(r for r in service.rounds() if r.id == made).options
            for voter in range(VOTERS):
                sector = sectors[voter % len(sectors)]
                if method is VoteMethod.DOTS:
                    chosen = rng.sample(options, 10)
                    service.cast_ballot(round_id=made, sector=sector,
                                        votes={o: rng.randint(1, 2) for o in chosen})
                elif method is VoteMethod.SCORE:
                    service.cast_ballot(round_id=made, sector=sector, scores={
                        o: [rng.randint(1, 5), rng.randint(1, 5)] for o in options})
                else:
                    service.cast_ballot(round_id=made, sector=sector,
                                        ranking=rng.sample(options, 5))
            ours, theirs = [], []
            for _ in range(20):
                start = time.perf_counter()
                results = service.results(made)
                ours.append((time.perf_counter() - start) * 1000)
                assert len(results) == OPTIONS
                theirs.append(_plain_sum(store.path, made))
            found[method.value] = (ours, theirs)
    finally:
        store.close()
    return found


def _plain_sum(path: Path, round_id: str) -> float:
    """Baseline: read the round's ballots with raw sqlite3 and add up per option."""
    start = time.perf_counter()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        totals: Counter[str] = Counter()
        for votes, scores, ranking in conn.execute(
                "SELECT votes, scores, ranking FROM ballots WHERE round_id = ? "
                "AND deleted_at IS NULL", (round_id,)):
            totals.update(json.loads(votes))
            for option, marks in json.loads(scores).items():
                totals[option] += sum(marks)
            for place, option in enumerate(json.loads(ranking)):
                totals[option] += 5 - place
        sorted(totals.items(), key=lambda kv: -kv[1])
    finally:
        conn.close()
    return (time.perf_counter() - start) * 1000
