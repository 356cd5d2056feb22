"""Shared pieces of the benchmarks: timing, percentiles, results and the table.

Every benchmark returns a `BenchResult` made of `Row`s. A row holds one figure
for Razem next to the same figure for a baseline measured in the same run, so
a slow machine slows both columns and the ratio stays meaningful.
"""

from __future__ import annotations

import math
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"
TMP_DIR = OUT_DIR / "tmp"

PASS, FAIL, ERROR = "PASS", "FAIL", "ERROR"


@dataclass
class Row:
    """One figure: Razem's value, the baseline's, the target and the verdict.

    `result` is PASS / FAIL for a figure with a target, "" for one shown for
    context only. A `None` value prints as "n/a".
    """

    benchmark: str
    figure: str
    razem: float | int | None
    baseline: float | int | None
    target: str = "-"
    result: str = ""

    @property
    def ratio(self) -> float | None:
        if self.razem is None or self.baseline is None or self.baseline == 0:
            return None
        return self.razem / self.baseline


@dataclass
class BenchResult:
    """What one benchmark measured: its rows, notes for the reader, or an error."""

    name: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        if self.error:
            return ERROR
        return FAIL if any(r.result == FAIL for r in self.rows) else PASS

    def to_json(self) -> dict[str, Any]:
        rows = [{**asdict(r), "ratio": r.ratio} for r in self.rows]
        return {"name": self.name, "verdict": self.verdict, "error": self.error,
                "seconds": round(self.seconds, 3), "rows": rows, "notes": self.notes,
                "details": self.details, "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


class BenchError(Exception):
    """A benchmark could not measure (missing piece, program failed): say why."""


def verdict(ok: bool) -> str:
    return PASS if ok else FAIL


# -- statistics ---------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0..100), linear interpolation between closest ranks."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100.0
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float:
    return percentile(values, 50)


def timed(fn: Callable[[], Any]) -> float:
    """Seconds one call of `fn` took (perf_counter, monotonic)."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# -- places and facts about the machine ---------------------------------------------


@contextmanager
def scratch_dir(name: str) -> Iterator[Path]:
    """A fresh folder under bench/out/tmp (same filesystem as the repo), removed after."""
    path = TMP_DIR / f"{name}-{uuid.uuid4().hex[:8]}"
    path.mkdir(parents=True)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def filesystem_of(path: Path) -> str:
    """Filesystem type and mount point holding `path`, from /proc/self/mountinfo."""
    path = path.resolve()
    best: tuple[str, str] = ("", "unknown")
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return "unknown"
    for line in lines:
        left, _, right = line.partition(" - ")
        mount = left.split()[4].replace("\\040", " ")
        fstype = right.split()[0] if right else "unknown"
        inside = path == Path(mount) or Path(mount) in path.parents
        if inside and len(mount) >= len(best[0]):
            best = (mount, fstype)
    return f"{best[1]} (mounted at {best[0]})"


def fsync_floor_ms(folder: Path, writes: int = 200) -> dict[str, float]:
    """p50/p99 of write 4 KiB + fdatasync in `folder`: what one durable commit costs here."""
    probe = folder / "fsync-probe"
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT, 0o644)
    samples = []
    try:
        for _ in range(writes):
            os.write(fd, b"\0" * 4096)
            start = time.perf_counter()
            os.fdatasync(fd)
            samples.append((time.perf_counter() - start) * 1000)
    finally:
        os.close(fd)
        probe.unlink()
    return {"p50": percentile(samples, 50), "p99": percentile(samples, 99)}


def machine_facts() -> dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "scratch_filesystem": filesystem_of(OUT_DIR if OUT_DIR.exists() else BENCH_DIR),
    }


def peak_command(args: list[str]) -> tuple[float, float]:
    """(seconds, peak MB) of `python -m ARGS` as a new process (see bench/peak.py)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_DIR)}
    with tempfile.NamedTemporaryFile(suffix=".peak") as peak:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "bench.peak", peak.name, *args],
                              cwd=REPO_DIR, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, check=False)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise BenchError(f"{' '.join(args)} failed: {done.stderr[-500:]}")
        return seconds, float(Path(peak.name).read_text(encoding="ascii"))


# -- the table ---------------------------------------------------------------------

_COLUMNS = ("benchmark", "figure", "razem", "baseline", "ratio", "target", "result")


def fmt(value: float | int | None) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, int):
        return str(value)
    # Two decimals, but never fewer than three significant digits for small figures.
    return f"{value:#.3g}" if 0 < abs(value) < 1 else f"{value:.2f}"


def table_lines(results: Sequence[BenchResult]) -> list[str]:
    """The results as an aligned plain-text table, errors as their own lines."""
    cells = [list(_COLUMNS)]
    for result in results:
        for r in result.rows:
            cells.append([r.benchmark, r.figure, fmt(r.razem), fmt(r.baseline),
                          fmt(r.ratio), r.target, r.result])
        if result.error:
            cells.append([result.name, "(not measured)", "-", "-", "-", "-", ERROR])
    widths = [max(len(row[i]) for row in cells) for i in range(len(_COLUMNS))]
    numeric = {2, 3, 4}
    lines = []
    for row in cells:
        parts = [c.rjust(w) if i in numeric else c.ljust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(parts).rstrip())
    lines.insert(1, "-" * len(lines[0]))
    return lines


@dataclass(frozen=True)
class Options:
    """Command-line choices that reach the benchmarks."""

    platform: str | None = None


# Idea texts of realistic length with Polish letters, shared by the benchmarks.
SAMPLE_TEXTS = (
    "Więcej ścieżek rowerowych łączących szkoły z osiedlami",
    "Budżet obywatelski dla młodzieży, z głosowaniem w szkołach",
    "Zielone przystanki: ławki, cień i rozkład jazdy w czytelnej formie",
    "Łączenie staży w urzędzie gminy z programem uczelni",
    "Punkt konsultacyjny dla przedsiębiorców w bibliotece raz w tygodniu",
    "Żłobek przy strefie ekonomicznej, prowadzony wspólnie z firmami",
)


def sample_text(i: int) -> str:
    return f"{SAMPLE_TEXTS[i % len(SAMPLE_TEXTS)]} (nr {i})"
