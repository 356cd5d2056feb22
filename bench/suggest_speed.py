"""suggest_speed: best clusters for every unplaced note + suggested groups, 1,000 and 5,000 notes.

Razem: a fresh `SuggestionEngine` (language data loaded beforehand, as the app
does once in the background) runs `best_clusters` for all unplaced notes and
`suggest_groups` for all notes: analysis, vectors, ranking, graph, Louvain,
names and explanations included. Baseline, same notes, same run: plain word
TF-IDF cosine with the same numpy arithmetic (nearest centroid for the
unplaced notes and the 5 nearest neighbours of every note), i.e. the floor of
any vector-space approach without Polish morphology, explanations or grouping.

Notes are synthetic but Polish: words of the shared labelled ideas recombined
by topic (seeded). A third of them are placed in 24 clusters. Also measured:
the one-off language data load (fresh process), the longest stall of a
GUI-like thread while suggestions run in a worker, and how soon a
cancellation takes effect.
"""

from __future__ import annotations

import functools
import json
import math
import random
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from bench.common import (
    REPO_DIR,
    BenchError,
    BenchResult,
    Options,
    Row,
    median,
    verdict,
)
from bench.suggest_quality import DATA_FILE, load_labelled
from workshop_app.analysis import (
    Cancelled,
    Note,
    SuggestionEngine,
    TextAnalyzer,
    load_language_data,
    paused_gc,
)
from workshop_app.analysis.stopwords import is_stop_form
from workshop_app.analysis.text import fold, words

NAME = "suggest_speed"
SIZES = {1000: 1.0, 5000: 5.0}  # notes -> target seconds
RUNS = 3
STALL_TARGET_MS = 100.0

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
    data = load_language_data()
    if not data.available:
        raise BenchError("morfeusz2 is not installed: run `pip install -e .`")
    analyzer = TextAnalyzer(data)
    result = BenchResult(NAME)
    details: dict[str, object] = {}
    for size, target in SIZES.items():
        notes, assignment = synthetic_notes(size)
        ours = [_timed(functools.partial(_suggest, SuggestionEngine(analyzer), notes, assignment))
                for _ in range(RUNS)]
        base = [_timed(functools.partial(tfidf_baseline, notes, assignment))
                for _ in range(RUNS)]
        result.rows.append(Row(NAME, f"{size} notes s (median)", median(ours), median(base),
                               f"≤{target:g} s", verdict(median(ours) <= target)))
        details[str(size)] = {"razem_s": ours, "baseline_s": base}
    load = _load_in_fresh_process()
    notes, assignment = synthetic_notes(5000)
    stall = _gui_stall_ms(lambda: _suggest(SuggestionEngine(analyzer), notes, assignment))
    load_stall = load["stall_ms"]
    cancel_ms = _cancel_latency_ms(SuggestionEngine(analyzer), notes)
    result.rows += [
        Row(NAME, "language data load s", load["seconds"], None),
        Row(NAME, "language data MB (in use)", load["mb"], None),
        Row(NAME, "GUI stall ms, suggest 5000", stall, None, f"≤{STALL_TARGET_MS:g} ms",
            verdict(stall <= STALL_TARGET_MS)),
        Row(NAME, "GUI stall ms, data load", load_stall, None, f"≤{STALL_TARGET_MS:g} ms",
            verdict(load_stall <= STALL_TARGET_MS)),
        Row(NAME, "cancel latency ms, 5000", cancel_ms, None),
    ]
    result.notes.append(f"median of {RUNS} runs each, fresh engine per run (no cache); "
                        f"notes recombined from {DATA_FILE.name}; a third placed in 24 "
                        "clusters; language data loaded in a worker of a fresh process "
                        "(MB: VmRSS added by loading and analysing 5,000 notes)")
    result.details = {**details, "load": load, "stall_ms": stall, "load_stall_ms": load_stall,
                      "cancel_ms": cancel_ms}
    return result


def synthetic_notes(count: int, seed: int = 0) -> tuple[list[Note], dict[str, str]]:
    """`count` Polish-like notes recombined from the labelled ideas, and a placement."""
    labelled, topics = load_labelled(DATA_FILE)
    by_topic: dict[str, list[str]] = {}
    for note in labelled:
        by_topic.setdefault(topics[note.id], []).extend(re.findall(r"\w+", note.text))
    names = sorted(by_topic)
    everything = [w for name in names for w in by_topic[name]]
    rng = random.Random(seed)
    notes, assignment = [], {}
    for i in range(count):
        topic = names[i % len(names)]
        chosen = rng.sample(by_topic[topic], rng.randint(4, 9)) + rng.sample(everything,
                                                                             rng.randint(0, 2))
        rng.shuffle(chosen)
        notes.append(Note(f"n{i:05d}", " ".join(chosen)))
        if i % 3 == 0:
            assignment[f"n{i:05d}"] = f"{topic}-{i % 9 // 3}"
    return notes, assignment


def _suggest(engine: SuggestionEngine, notes: Sequence[Note], assignment: dict[str, str],
             cancel: threading.Event | None = None) -> None:
    # As the app runs it (analysis.suggest_for_workshop): collector paused.
    with paused_gc():
        engine.best_clusters(notes, assignment, cancel=cancel)
        engine.suggest_groups(notes, cancel=cancel)


def tfidf_baseline(notes: Sequence[Note], assignment: dict[str, str]) -> None:
    """Plain TF-IDF: nearest centroid for unplaced notes, 5 neighbours for every note."""
    counts = [Counter(fold(w) for w in words(n.text) if not is_stop_form(fold(w))) for n in notes]
    df = Counter(w for c in counts for w in c)
    column = {w: i for i, w in enumerate(sorted(w for w, d in df.items() if d > 1))}
    matrix = np.zeros((len(notes), max(1, len(column))), dtype=np.float32)
    for r, c in enumerate(counts):
        for w, tf in c.items():
            if w in column:
                matrix[r, column[w]] = tf * math.log(len(notes) / df[w])
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    clusters = sorted(set(assignment.values()))
    position = {n.id: i for i, n in enumerate(notes)}
    centroids = np.stack([matrix[[position[i] for i, c in assignment.items() if c == name]]
                          .sum(axis=0) for name in clusters])
    centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-9)
    unplaced = np.array([i for i, n in enumerate(notes) if n.id not in assignment])
    for start in range(0, len(unplaced), 256):
        np.argsort(-(matrix[unplaced[start:start + 256]] @ centroids.T), axis=1)[:, :3]
    for start in range(0, len(notes), 256):
        block = matrix[start:start + 256] @ matrix.T
        np.argpartition(-block, 6, axis=1)[:, :6]


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _load_in_fresh_process() -> dict[str, float]:
    """Load time, and resident memory added by loading + analysing 5,000 notes."""
    texts = json.dumps([n.text for n in synthetic_notes(5000)[0]])
    out = subprocess.run([sys.executable, "-c", _LOAD_PROBE], cwd=REPO_DIR, check=True,
                         input=texts, capture_output=True, text=True, timeout=120)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    if not found.pop("ok"):
        raise BenchError("language data did not load in a fresh process")
    return found


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


def _cancel_latency_ms(engine: SuggestionEngine, notes: Sequence[Note]) -> float:
    """Time from setting the cancel event to the worker raising `Cancelled`."""
    event = threading.Event()
    outcome: list[float] = []

    def work() -> None:
        try:
            engine.suggest_groups(notes, cancel=event)
        except Cancelled:
            outcome.append(time.perf_counter())

    worker = threading.Thread(target=work)
    worker.start()
    time.sleep(0.3)
    asked = time.perf_counter()
    event.set()
    worker.join()
    return 1000 * (outcome[0] - asked) if outcome else float("nan")
