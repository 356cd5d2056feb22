"""suggest_speed: what the moderator waits for when suggestions refresh.

Razem, on realistic notes (`bench/notes.py`: the labelled ideas rewritten as
people write them, inflected, without diacritics now and then, with typos):

- **Full refresh**: `suggest_for_workshop` as the suggestion panel and
  `workshop-app suggest` run it: best clusters, new groups and duplicates,
  analysis, explanations and names included. 1,000 and 5,000 notes, all
  ungrouped (the state right after Gather) and a third grouped. A fresh
  engine each run, the language data loaded beforehand (as the app loads it
  once in the background) but fresh, so the words are looked up in the
  dictionary as on the first refresh after opening a workshop.
- **Command end to end**: `workshop-app suggest FILE --json OUT` as a new
  process on a workshop file, process start included, and its peak memory.
- **One more note**: a 2,000-note workshop whose suggestions are shown; a
  note is added and the suggestions refresh (the engine keeps what it knew),
  ten times.
- The longest stall of a GUI-like thread while a 5,000-note refresh runs in
  a worker, how soon a cancel takes effect, and the one-off language load.

Baseline, same notes, same run, the same three kinds of work without Polish
morphology, explanations or caching: plain word TF-IDF cosines with numpy
(nearest centroid for the unplaced notes, 8 nearest neighbours cut into
groups by networkx's Louvain, duplicate pairs above the same bar). Its
command baseline is the same as a process reading the file with `sqlite3`.
"""

from __future__ import annotations

import functools
import json
import math
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from bench.common import (
    REPO_DIR,
    BenchError,
    BenchResult,
    Options,
    Row,
    median,
    peak_command,
    scratch_dir,
    verdict,
)
from bench.notes import placed_third, realistic_notes
from workshop_app.analysis import (
    Cancelled,
    Note,
    SuggestionEngine,
    TextAnalyzer,
    load_language_data,
    suggest_for_workshop,
)
from workshop_app.analysis.stopwords import is_stop_form
from workshop_app.analysis.text import fold, words

NAME = "suggest_speed"
REFRESH_TARGET_S = {1000: 0.5, 5000: 2.0}
COMMAND_TARGET_S = {1000: 2.0, 5000: 4.0}
ONE_MORE_AT, ONE_MORE_TIMES, ONE_MORE_TARGET_MS = 2000, 10, 100.0
STALL_TARGET_MS = 50.0
PANEL_ADDS = 5
LOAD_STALL_TARGET_MS = 100.0  # once per session, at start-up (the dictionary's C++ loader)
RUNS = 3
DUPLICATE_BAR = 0.75

_LOAD_PROBE = """
import json, sys, threading, time
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
from workshop_app.analysis import TextAnalyzer, load_language_data
before = rss_mb()
box = []
def load():
    start = time.perf_counter()
    box.append((load_language_data(), time.perf_counter() - start))
worker = threading.Thread(target=load)
worker.start()
last, stall = time.perf_counter(), 0.0
while worker.is_alive():  # a GUI-like thread ticking every 5 ms meanwhile
    time.sleep(0.005)
    now = time.perf_counter()
    stall, last = max(stall, now - last), now
data, seconds = box[0]
TextAnalyzer(data).analyse(json.loads(sys.stdin.read()))
print(json.dumps({"seconds": seconds, "mb": rss_mb() - before, "stall_ms": 1000 * stall,
                  "ok": data.available}))
"""


def run(options: Options) -> BenchResult:
    if not load_language_data().available:
        raise BenchError("morfeusz2 is not installed: run `pip install -e .`")
    result = BenchResult(NAME)
    details: dict[str, object] = {}
    for size, target in REFRESH_TARGET_S.items():
        notes = realistic_notes(size)
        for state, assignment in (("ungrouped", {}), ("third grouped", placed_third(notes))):
            ours = [_cold_refresh(notes, assignment) for _ in range(RUNS)]
            base = [_timed(functools.partial(tfidf_suggestions, notes, assignment))
                    for _ in range(RUNS)]
            wanted = state == "ungrouped"
            result.rows.append(Row(NAME, f"refresh {size} {state} s", median(ours), median(base),
                                   f"≤{target:g} s" if wanted else "-",
                                   verdict(median(ours) <= target) if wanted else ""))
            details[f"refresh {size} {state}"] = {"razem_s": ours, "baseline_s": base}
    with scratch_dir(NAME) as folder:
        for size, target in COMMAND_TARGET_S.items():
            workshop = _workshop_file(folder / f"w{size}.razem", realistic_notes(size))
            ours_cmd = [peak_command(["workshop_app", "suggest", str(workshop), "--json",
                                  str(folder / f"s{size}-{i}.json")]) for i in range(RUNS)]
            base_cmd = [peak_command(["bench.suggest_speed", str(workshop),
                                  str(folder / f"b{size}-{i}.json")]) for i in range(RUNS)]
            seconds = median([s for s, _ in ours_cmd])
            result.rows += [
                Row(NAME, f"command {size} s", seconds, median([s for s, _ in base_cmd]),
                    f"≤{target:g} s", verdict(seconds <= target)),
                Row(NAME, f"command {size} peak MB", max(m for _, m in ours_cmd),
                    max(m for _, m in base_cmd)),
            ]
            details[f"command {size}"] = {"razem": ours_cmd, "baseline": base_cmd}
    one_more, one_more_base = _one_more_note()
    result.rows += [
        Row(NAME, f"one more note at {ONE_MORE_AT} ms (median)", median(one_more),
            median(one_more_base), f"≤{ONE_MORE_TARGET_MS:g} ms",
            verdict(median(one_more) <= ONE_MORE_TARGET_MS)),
        Row(NAME, f"one more note at {ONE_MORE_AT} ms (max)", max(one_more),
            max(one_more_base)),
    ]
    notes = realistic_notes(5000)
    stall = _gui_stall_ms(functools.partial(_cold_refresh, notes, {}))
    with scratch_dir(NAME) as folder:
        panel_stall = _panel_stall_ms(_workshop_file(folder / "panel.razem", notes))
    load = _load_in_fresh_process()
    cancel_ms = _cancel_latency_ms(notes)
    result.rows += [
        Row(NAME, "GUI stall ms, refresh 5000", stall, None, f"≤{STALL_TARGET_MS:g} ms",
            verdict(stall <= STALL_TARGET_MS)),
        Row(NAME, "event loop stall ms, panel 5000", max(panel_stall), None,
            f"≤{STALL_TARGET_MS:g} ms", verdict(max(panel_stall) <= STALL_TARGET_MS)),
        Row(NAME, "GUI stall ms, data load", load["stall_ms"], None,
            f"≤{LOAD_STALL_TARGET_MS:g} ms", verdict(load["stall_ms"] <= LOAD_STALL_TARGET_MS)),
        Row(NAME, "cancel latency ms, 5000", cancel_ms, None),
        Row(NAME, "language data load s", load["seconds"], None),
        Row(NAME, "language data MB (in use)", load["mb"], None),
    ]
    result.notes += [
        f"median of {RUNS} runs; notes from bench/notes.py (realistic_notes), a third grouped "
        "in 24 clusters where said; refresh = suggest_for_workshop with a fresh engine and "
        "freshly loaded language data",
        "command = `python -m workshop_app suggest FILE --json OUT` as a new process "
        "(baseline: `python -m bench.suggest_speed FILE OUT`); peak MB = the process's VmHWM",
        f"one more note: {ONE_MORE_TIMES} notes added one by one to a {ONE_MORE_AT}-note "
        "workshop, each followed by a refresh on the same engine (baseline: from scratch)",
        "GUI stall: a thread ticking every 5 ms while a refresh runs in a worker; event loop "
        f"stall: the real main window in Cluster on 5,000 notes, {PANEL_ADDS} notes typed, the "
        "longest gap between 5 ms timer ticks from the refresh's start to the suggestion list "
        "filled (per refresh: " + ", ".join(f"{v:.0f}" for v in panel_stall) + " ms)",
    ]
    result.details = {**details, "one_more_ms": one_more, "one_more_baseline_ms": one_more_base,
                      "stall_ms": stall, "panel_stall_ms": panel_stall, "load": load, "cancel_ms": cancel_ms}
    return result


# -- Razem -----------------------------------------------------------------------------


def _cold_refresh(notes: Sequence[Note], assignment: dict[str, str]) -> float:
    """Seconds of one refresh by a fresh engine with freshly loaded language data."""
    data = load_language_data()  # not timed: the app loads it once, in the background
    if not data.available:
        raise BenchError("language data did not load")
    engine = SuggestionEngine(TextAnalyzer(data))
    start = time.perf_counter()
    suggest_for_workshop(engine, notes, assignment)
    return time.perf_counter() - start


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _one_more_note() -> tuple[list[float], list[float]]:
    notes = realistic_notes(ONE_MORE_AT + ONE_MORE_TIMES)
    shown, later = notes[:ONE_MORE_AT], notes[ONE_MORE_AT:]
    engine = SuggestionEngine(TextAnalyzer(load_language_data()))
    suggest_for_workshop(engine, shown, {})
    ours, base = [], []
    for note in later:
        shown = [*shown, note]
        ours.append(1000 * _timed(functools.partial(suggest_for_workshop, engine, shown, {})))
        base.append(1000 * _timed(functools.partial(tfidf_suggestions, shown, {})))
    return ours, base


def _workshop_file(path: Path, notes: Sequence[Note]) -> Path:
    from workshop_app.new_workshop import create_workshop_file
    from workshop_app.services import NewIdea, WorkshopService

    with create_workshop_file(path, "Benchmark") as store:
        WorkshopService(store).add_ideas(ideas=[NewIdea(text=n.text) for n in notes])
    return path


def _gui_stall_ms(work: Callable[[], object]) -> float:
    """Longest gap, in ms, between 5 ms ticks of this thread while `work` runs in another."""
    worker = threading.Thread(target=work)
    gaps = []
    worker.start()
    last = time.perf_counter()
    while worker.is_alive():
        time.sleep(0.005)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    worker.join()
    return 1000 * max(gaps, default=0.0)


def _panel_stall_ms(workshop: Path) -> list[float]:
    """The main window's event loop while the suggestion panel refreshes.

    The real `MainWindow` in Cluster (offscreen), with the app's settling
    after opening; a note is typed through the session, and from the moment
    the refresh starts (the panel's busy signal) until every row of the new
    suggestions is listed, the longest gap between ticks of a 5 ms timer.
    """
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from workshop_app.app import settle
    from workshop_app.models import PhaseKind
    from workshop_app.services import NewIdea, WorkshopService
    from workshop_app.storage import WorkshopStore
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.panels.cluster import ClusterPanel
    from workshop_app.ui.session import WorkshopSession

    app = QApplication.instance() or QApplication(["bench"])
    store = WorkshopStore.open(workshop)
    service = WorkshopService(store)
    session = WorkshopSession(service, workshop)
    window = MainWindow(session, [])
    window.resize(1920, 1080)
    window.show()
    window.show_phase(PhaseKind.CLUSTER)
    panel = window.panels[PhaseKind.CLUSTER]
    assert isinstance(panel, ClusterPanel)

    def wait_for(signal: object) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    gaps: list[float] = []
    state = {"last": 0.0, "on": False}

    def tick() -> None:
        now = time.perf_counter()
        if state["on"]:
            gaps.append(now - state["last"])
        state["last"] = now

    def started(busy: bool) -> None:
        if busy:
            state["on"], state["last"] = True, time.perf_counter()

    try:
        while not panel.suggestions.engine.analyzer.has_dictionary or (
                panel.suggestions.latest is None):
            wait_for(panel.suggestions.ready)
        if panel.suggestion_panel.filling:
            wait_for(panel.suggestion_panel.filled)
        settle()
        app.processEvents()
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()
        panel.suggestions.busy.connect(started)
        found = []
        for k in range(PANEL_ADDS):
            gaps.clear()
            state["on"] = False
            session.run(service.add_idea, idea=NewIdea(f"Tramwaj do strefy przemysłowej nr {k}"))
            wait_for(panel.suggestion_panel.filled)
            found.append(1000 * max(gaps, default=0.0))
        timer.stop()
        return found
    finally:
        window.close()
        session.shutdown()
        store.close()


def _cancel_latency_ms(notes: Sequence[Note]) -> float:
    """Time from setting the cancel event to the worker raising `Cancelled` (median of 3)."""
    found = []
    for delay in (0.1, 0.3, 0.5):
        engine = SuggestionEngine(TextAnalyzer(load_language_data()))
        event = threading.Event()
        outcome: list[float] = []

        def work(engine: SuggestionEngine = engine, event: threading.Event = event,
                 outcome: list[float] = outcome) -> None:
            try:
                suggest_for_workshop(engine, notes, {}, cancel=event)
            except Cancelled:
                outcome.append(time.perf_counter())

        worker = threading.Thread(target=work)
        worker.start()
        time.sleep(delay)
        asked = time.perf_counter()
        event.set()
        worker.join()
        if outcome:
            found.append(1000 * (outcome[0] - asked))
    return median(found) if found else float("nan")


def _load_in_fresh_process() -> dict[str, float]:
    """Load time, and resident memory added by loading + analysing 5,000 notes."""
    texts = json.dumps([n.text for n in realistic_notes(5000)])
    out = subprocess.run([sys.executable, "-c", _LOAD_PROBE], cwd=REPO_DIR, check=True,
                         input=texts, capture_output=True, text=True, timeout=120)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    if not found.pop("ok"):
        raise BenchError("language data did not load in a fresh process")
    return found


# -- baseline ----------------------------------------------------------------------------


def tfidf_suggestions(notes: Sequence[Note], assignment: dict[str, str]) -> dict[str, object]:
    """Plain word TF-IDF doing the same three kinds of work, without morphology or caching."""
    import networkx as nx

    counts = [Counter(fold(w) for w in words(n.text) if not is_stop_form(fold(w))) for n in notes]
    df = Counter(w for c in counts for w in c)
    column = {w: i for i, w in enumerate(sorted(w for w, d in df.items() if d > 1))}
    matrix = np.zeros((len(notes), max(1, len(column))), dtype=np.float32)
    for r, c in enumerate(counts):
        for w, tf in c.items():
            if w in column:
                matrix[r, column[w]] = tf * math.log(len(notes) / df[w])
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    unplaced = np.array([i for i, n in enumerate(notes) if n.id not in assignment], dtype=int)
    candidates: dict[str, list[str]] = {}
    clusters = sorted(set(assignment.values()))
    if clusters and len(unplaced):
        position = {n.id: i for i, n in enumerate(notes)}
        centroids = np.stack([matrix[[position[i] for i, c in assignment.items() if c == name]]
                              .sum(axis=0) for name in clusters])
        centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-9)
        for start in range(0, len(unplaced), 256):
            rows = unplaced[start:start + 256]
            best = np.argsort(-(matrix[rows] @ centroids.T), axis=1)[:, :3]
            candidates.update({notes[r].id: [clusters[c] for c in b] for r, b in zip(rows, best, strict=True)})
    graph: nx.Graph[int] = nx.Graph()
    graph.add_nodes_from(range(len(unplaced)))
    duplicates = []
    sub = matrix[unplaced]
    for start in range(0, len(notes), 256):
        block = matrix[start:start + 256] @ matrix.T
        np.fill_diagonal(block[:, start:start + 256], -1.0)
        for r, c in zip(*np.nonzero(block >= DUPLICATE_BAR), strict=True):
            if start + r < c:
                duplicates.append((notes[start + r].id, notes[c].id))
    for start in range(0, len(unplaced), 256):
        block = sub[start:start + 256] @ sub.T
        np.fill_diagonal(block[:, start:start + 256], -1.0)
        near = np.argpartition(-block, min(8, block.shape[1] - 1), axis=1)[:, :8]
        for r, row in enumerate(near):
            for c in row:
                if block[r, c] > 0.05:
                    graph.add_edge(start + r, int(c), weight=float(block[r, c]))
    groups = [sorted(g) for g in nx.community.louvain_communities(graph, seed=0) if len(g) > 1]
    return {"candidates": candidates, "groups": groups, "duplicates": duplicates}


def _baseline_command(workshop: Path, out: Path) -> None:
    """The baseline as a command: read the file with sqlite3, suggest, write JSON."""
    connection = sqlite3.connect(f"file:{workshop}?mode=ro", uri=True)
    rows = connection.execute("SELECT id, text, cluster_id FROM ideas WHERE deleted_at IS NULL "
                              "AND duplicate_of IS NULL ORDER BY seq").fetchall()
    connection.close()
    notes = [Note(i, t) for i, t, _ in rows]
    found = tfidf_suggestions(notes, {i: c for i, _, c in rows if c})
    out.write_text(json.dumps(found, ensure_ascii=False, default=str), encoding="utf-8")


if __name__ == "__main__":
    _baseline_command(Path(sys.argv[1]), Path(sys.argv[2]))
