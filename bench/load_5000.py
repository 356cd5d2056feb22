"""load_5000: opening a workshop of 5,000 ideas and reading what the canvas needs.

Razem: `WorkshopStore.open` (header check, lock, quick_check, pragmas) +
`WorkshopService.ideas()` + `clusters()` + `close()`, all rows as dataclasses.
Baseline: plain `sqlite3` connect + `SELECT * FROM ideas` + fetchall + close on
the same file, i.e. the same rows as tuples. Both run with a warm page cache.
The one-call build is shown too, next to a raw `executemany` of the same rows.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from bench.common import (
    BenchResult,
    Options,
    Row,
    filesystem_of,
    median,
    sample_text,
    scratch_dir,
    verdict,
)
from bench.rawdb import open_raw
from workshop_app.models import Sector, Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.storage import WorkshopStore

NAME = "load_5000"
IDEAS = 5000
CLUSTERS = 40
RUNS = 10
TARGET_S = 1.0
SECTORS = list(Sector)


def run(options: Options) -> BenchResult:
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder:
        path = folder / "bench.razem"
        build = _build(path), _raw_build(path, folder / "raw.sqlite")
        razem, raw, parts = _measure(path)
        result.notes.append(f"{IDEAS} ideas in {CLUSTERS} clusters; median of {RUNS} loads each "
                            f"after 1 warm-up, alternating; warm page cache; "
                            f"files on {filesystem_of(folder)}")
    result.notes.append("Razem load, median per part (ms): "
                        + ", ".join(f"{k} {v * 1000:.1f}" for k, v in parts.items()))
    result.rows = [
        Row(NAME, "build ms (1 call)", build[0] * 1000, build[1] * 1000),
        Row(NAME, "load median ms", median(razem) * 1000, median(raw) * 1000,
            f"≤{TARGET_S * 1000:g} ms", verdict(median(razem) <= TARGET_S)),
        Row(NAME, "load max ms", max(razem) * 1000, max(raw) * 1000),
    ]
    result.details = {"ideas": IDEAS, "runs": RUNS, "razem_s": razem, "raw_s": raw,
                      "razem_parts_median_s": parts, "build_s": list(build)}
    return result


def _build(path: Path) -> float:
    """Create the workshop and add all ideas with one `add_ideas` call; time that call."""
    with WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Benchmark")) as store:
        service = WorkshopService(store)
        clusters = [service.create_cluster(name=f"Grupa {n}").created for n in range(CLUSTERS)]
        specs = [NewIdea(text=sample_text(i), sector=SECTORS[i % len(SECTORS)],
                         table_label=f"Stół {i % 12 + 1}",
                         # One idea in five not yet placed, as in a real session.
                         cluster_id=None if i % 5 == 0 else clusters[i % CLUSTERS])
                 for i in range(IDEAS)]
        start = time.perf_counter()
        service.add_ideas(ideas=specs)
        return time.perf_counter() - start


def _raw_build(source: Path, target: Path) -> float:
    """Insert the same rows into an identical table with one executemany; time that."""
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        clusters = reader.execute("SELECT * FROM clusters").fetchall()
        ideas = reader.execute("SELECT * FROM ideas ORDER BY seq").fetchall()
    finally:
        reader.close()
    raw = open_raw(target, schema_from=source)
    try:
        raw.execute("BEGIN")
        raw.executemany(f"INSERT INTO clusters VALUES ({', '.join('?' * len(clusters[0]))})",
                        clusters)
        raw.execute("COMMIT")
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.executemany(f"INSERT INTO ideas VALUES ({', '.join('?' * len(ideas[0]))})", ideas)
        raw.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        raw.close()


def _measure(path: Path) -> tuple[list[float], list[float], dict[str, float]]:
    razem: list[float] = []
    raw: list[float] = []
    parts: dict[str, list[float]] = {}
    for i in range(RUNS + 1):
        # Alternate which goes first; run 0 of each is the warm-up.
        order = (_razem_load, _raw_load) if i % 2 == 0 else (_raw_load, _razem_load)
        for load in order:
            seconds, split = load(path)
            if i == 0:
                continue
            (razem if load is _razem_load else raw).append(seconds)
            for key, value in split.items():
                parts.setdefault(key, []).append(value)
    return razem, raw, {key: median(values) for key, values in parts.items()}


def _razem_load(path: Path) -> tuple[float, dict[str, float]]:
    marks = [time.perf_counter()]
    store = WorkshopStore.open(path)
    marks.append(time.perf_counter())
    service = WorkshopService(store)
    ideas = service.ideas()
    marks.append(time.perf_counter())
    clusters = service.clusters()
    marks.append(time.perf_counter())
    store.close()
    marks.append(time.perf_counter())
    _expect(len(ideas), IDEAS, "Razem ideas")
    _expect(len(clusters), CLUSTERS, "Razem clusters")
    names = ("open", "ideas", "clusters", "close")
    split = {name: marks[n + 1] - marks[n] for n, name in enumerate(names)}
    return marks[-1] - marks[0], split


def _raw_load(path: Path) -> tuple[float, dict[str, Any]]:
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT * FROM ideas").fetchall()
    conn.close()
    seconds = time.perf_counter() - start
    _expect(len(rows), IDEAS, "raw rows")
    return seconds, {}


def _expect(got: int, wanted: int, what: str) -> None:
    if got != wanted:
        raise RuntimeError(f"{what}: expected {wanted}, got {got}")
