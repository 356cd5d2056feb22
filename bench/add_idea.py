"""add_idea: one idea added through `WorkshopService.add_idea`, per-call latency.

Baseline: one `INSERT` + `COMMIT` of a same-shape row with plain `sqlite3`
into an identical table with the same pragmas (WAL, synchronous=FULL), in a
file next to the workshop file. Both commits wait for fsync, so the baseline
is the floor any durable add must pay on this disk; the ratio is what Razem
adds on top (validation, id and timestamps, next seq, sqlite-utils).
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

from bench.common import (
    BenchResult,
    Options,
    Row,
    filesystem_of,
    fsync_floor_ms,
    percentile,
    sample_text,
    scratch_dir,
    verdict,
)
from bench.rawdb import idea_columns, open_raw
from workshop_app.models import Sector, Workshop
from workshop_app.models.ids import new_id, now_iso
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.storage import WorkshopStore

NAME = "add_idea"
WARMUP = 50
ADDS = 1000
TARGET_P99_MS = 10.0
TARGET_RATIO = 2.0
SECTORS = list(Sector)


def run(options: Options) -> BenchResult:
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder:
        floor = fsync_floor_ms(folder)
        razem_ms, raw_ms = _measure(folder)
        result.notes.append(f"{ADDS} adds each after {WARMUP} warm-up adds, interleaved; "
                            f"files on {filesystem_of(folder)}; one 4 KiB write+fdatasync "
                            f"there takes p50 {floor['p50']:.3f} ms, p99 {floor['p99']:.3f} ms")
    result.rows = _rows(razem_ms, raw_ms)
    result.details = {"adds": ADDS, "warmup": WARMUP,
                      "razem_ms": _summary(razem_ms), "raw_ms": _summary(raw_ms),
                      "fdatasync_ms": floor}
    return result


def _measure(folder: Path) -> tuple[list[float], list[float]]:
    path = folder / "bench.razem"
    store = WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Benchmark"))
    raw = open_raw(folder / "raw.sqlite", schema_from=path)
    service = WorkshopService(store)
    insert = _raw_insert_sql(raw)
    razem_ms: list[float] = []
    raw_ms: list[float] = []
    try:
        for i in range(WARMUP + ADDS):
            text, sector = sample_text(i), SECTORS[i % len(SECTORS)]
            row = _raw_row(text, sector, seq=i + 1)
            # Alternate which goes first so neither always follows the other's fsync.
            if i % 2 == 0:
                ours = _time_add(service, text, sector)
                theirs = _time_raw(raw, insert, row)
            else:
                theirs = _time_raw(raw, insert, row)
                ours = _time_add(service, text, sector)
            if i >= WARMUP:
                razem_ms.append(ours)
                raw_ms.append(theirs)
        _check_counts(service, raw)
    finally:
        raw.close()
        store.close()
    return razem_ms, raw_ms


def _time_add(service: WorkshopService, text: str, sector: Sector) -> float:
    start = time.perf_counter()
    service.add_idea(idea=NewIdea(text=text, sector=sector, table_label="Stół 3"))
    return (time.perf_counter() - start) * 1000


def _time_raw(conn: Any, insert: str, row: tuple[Any, ...]) -> float:
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute(insert, row)
    conn.execute("COMMIT")
    return (time.perf_counter() - start) * 1000


def _raw_insert_sql(conn: Any) -> str:
    columns = idea_columns(conn)
    return f"INSERT INTO ideas ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _raw_row(text: str, sector: Sector, *, seq: int) -> tuple[Any, ...]:
    """The row Razem would write, built before the clock starts (the baseline is a floor)."""
    stamp = now_iso()
    values = {"id": str(uuid.uuid4()), "text": text, "sector": sector.value,
              "participant_id": None, "table_label": "Stół 3", "cluster_id": None,
              "objective_id": None, "duplicate_of": None, "x": None, "y": None,
              "seq": seq, "created_at": stamp, "updated_at": stamp, "deleted_at": None}
    return tuple(values.values())


def _check_counts(service: WorkshopService, raw: Any) -> None:
    expected = WARMUP + ADDS
    got = (len(service.ideas()), raw.execute("SELECT COUNT(*) FROM ideas").fetchone()[0])
    if got != (expected, expected):
        raise RuntimeError(f"expected {expected} ideas on each side, found {got}")


def _summary(values: list[float]) -> dict[str, float]:
    return {name: round(percentile(values, p), 4)
            for name, p in (("p50", 50), ("p90", 90), ("p99", 99), ("max", 100))}


def _rows(razem: list[float], raw: list[float]) -> list[Row]:
    p99, raw_p99 = percentile(razem, 99), percentile(raw, 99)
    ok = p99 <= TARGET_P99_MS and p99 <= TARGET_RATIO * raw_p99
    return [
        Row(NAME, "p50 ms", percentile(razem, 50), percentile(raw, 50)),
        Row(NAME, "p99 ms", p99, raw_p99,
            f"≤{TARGET_P99_MS:g} ms, ≤{TARGET_RATIO:g}×", verdict(ok)),
        Row(NAME, "max ms", max(razem), max(raw)),
    ]
