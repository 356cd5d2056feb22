"""import_5000: a 5,000-row Polish CSV (Windows-1250, semicolons) into a workshop.

Razem: the `workshop-app import WORKSHOP FILE` command, in process
(`cli.main`), into a fresh workshop file: reading the file (encoding,
separator, header and column detection, sector and timestamp parsing, text
cleaning), opening the workshop, the check against a repeated import, the
snapshot taken before every import, and `add_ideas` as one undo step, as the
moderator's import runs it. Its parts are timed separately in the notes.
Baseline: Python's `csv` module reading the same file with the encoding and
separator given, a dict lookup for the sector, and one raw `sqlite3`
`executemany` + `COMMIT` into an identical table (same schema and pragmas).
"""

from __future__ import annotations

import contextlib
import csv
import io
import time
import uuid
from collections.abc import Callable, Iterator
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
from bench.rawdb import idea_columns, open_raw
from workshop_app.models import Sector, Workshop
from workshop_app.models.ids import new_id, now_iso
from workshop_app.services import WorkshopService
from workshop_app.storage import WorkshopStore

NAME = "import_5000"
ROWS = 5000
RUNS = 5
TARGET_S = 2.0
# Values as people type them into a form: case, diacritics and inflection vary.
SECTOR_WORDS = {"Samorząd lokalny": Sector.LOCAL_GOVERNMENT, "uczelnia": Sector.ACADEMIA,
                "Przedsiębiorca": Sector.BUSINESS, "Organizacja pozarządowa": Sector.NGO,
                "mieszkańcy": Sector.RESIDENTS, "Inne": Sector.OTHER}


def run(options: Options) -> BenchResult:
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder:
        source = _write_csv(folder / "pomysly.csv")
        template = _new_workshop(folder / "template.razem")
        razem, raw, parts = _measure(folder, source, template)
        result.notes.append(f"{ROWS} rows, {source.stat().st_size // 1024} KiB cp1250 CSV; "
                            f"median of {RUNS} runs each after 1 warm-up, alternating; "
                            f"fresh files each run; files on {filesystem_of(folder)}")
    result.notes.append("Razem, median per part (ms): "
                        + ", ".join(f"{k} {v * 1000:.1f}" for k, v in parts.items()))
    result.rows = [
        Row(NAME, "import median ms", median(razem) * 1000, median(raw) * 1000,
            f"≤{TARGET_S * 1000:g} ms", verdict(median(razem) <= TARGET_S)),
        Row(NAME, "import max ms", max(razem) * 1000, max(raw) * 1000),
    ]
    result.details = {"rows": ROWS, "runs": RUNS, "razem_s": razem, "raw_s": raw,
                      "razem_parts_median_s": parts}
    return result


def _write_csv(path: Path) -> Path:
    """A Polish Excel export: cp1250, semicolons, CRLF, a form's timestamp column."""
    words = list(SECTOR_WORDS)
    with path.open("w", encoding="cp1250", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(["Sygnatura czasowa", "Twój pomysł", "Reprezentowany sektor", "Grupa"])
        for i in range(ROWS):
            stamp = f"{i % 28 + 1:02d}.03.2024 {i % 24:02d}:{i % 60:02d}:00"
            writer.writerow([stamp, sample_text(i), words[i % len(words)], f"Grupa {i % 40}"])
    return path


def _new_workshop(path: Path) -> Path:
    WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Benchmark")).close()
    return path


def _measure(folder: Path, source: Path,
             template: Path) -> tuple[list[float], list[float], dict[str, float]]:
    razem: list[float] = []
    raw: list[float] = []
    parts: dict[str, list[float]] = {}
    for i in range(RUNS + 1):
        # Alternate which goes first; run 0 of each is the warm-up.
        for which in (("razem", "raw") if i % 2 == 0 else ("raw", "razem")):
            if which == "razem":
                seconds, split = _razem_import(source, folder / f"razem-{i}.razem")
            else:
                seconds, split = _raw_import(source, folder / f"raw-{i}.sqlite", template), {}
            if i == 0:
                continue
            (razem if which == "razem" else raw).append(seconds)
            for key, value in split.items():
                parts.setdefault(key, []).append(value)
    return razem, raw, {key: median(values) for key, values in parts.items()}


def _razem_import(source: Path, target: Path) -> tuple[float, dict[str, float]]:
    from workshop_app.cli import main

    WorkshopStore.create(target, workshop=Workshop(id=new_id(), title="Import")).close()
    parts = _PartTimer()
    with parts.watching(), contextlib.redirect_stdout(io.StringIO()):
        start = time.perf_counter()
        code = main(["import", str(target), str(source), "--data-dir",
                     str(target.parent / "data")])
        seconds = time.perf_counter() - start
    if code != 0:
        raise RuntimeError(f"workshop-app import exited {code}")
    with WorkshopStore.open(target, read_only=True) as store:
        service = WorkshopService(store)
        _check(len(service.ideas()), "Razem ideas")
        if any(i.sector is None for i in service.ideas()):
            raise RuntimeError("Razem misread the sectors")
    return seconds, parts.seconds


class _PartTimer:
    """Times the command's parts (read, snapshot, add) by wrapping them for one run."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextlib.contextmanager
    def watching(self) -> Iterator[None]:
        import workshop_app.imports as reader
        from workshop_app.services import WorkshopService as Service
        from workshop_app.storage import WorkshopStore as Store

        targets: list[tuple[Any, str, str]] = [
            (reader, "read_ideas", "read"), (Store, "snapshot", "snapshot"),
            (Service, "add_ideas", "add")]
        saved = [(owner, name, getattr(owner, name)) for owner, name, _ in targets]
        for owner, name, label in targets:
            setattr(owner, name, self._timed(getattr(owner, name), label))
        try:
            yield
        finally:
            for owner, name, original in saved:
                setattr(owner, name, original)

    def _timed(self, fn: Callable[..., Any], label: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - start
        return timed


def _raw_import(source: Path, target: Path, template: Path) -> float:
    conn = open_raw(target, schema_from=template)
    columns = idea_columns(conn)
    insert = f"INSERT INTO ideas ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    try:
        start = time.perf_counter()
        with source.open(encoding="cp1250", newline="") as stream:
            reader = csv.reader(stream, delimiter=";")
            next(reader)
            rows = [_raw_row(cells, seq, columns)
                    for seq, cells in enumerate(reader, start=1)]
        conn.execute("BEGIN")
        conn.executemany(insert, rows)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        _check(conn.execute("SELECT COUNT(*) FROM ideas").fetchone()[0], "raw rows")
    finally:
        conn.close()
    return seconds


def _raw_row(cells: list[str], seq: int, columns: list[str]) -> tuple[Any, ...]:
    """The row Razem writes, with the least work that gives the same columns."""
    stamp = now_iso()
    values = {"id": str(uuid.uuid4()), "text": cells[1],
              "sector": SECTOR_WORDS[cells[2]].value, "participant_id": None,
              "table_label": "", "cluster_id": None, "objective_id": None,
              "duplicate_of": None, "x": None, "y": None, "seq": seq,
              "created_at": stamp, "updated_at": stamp, "deleted_at": None}
    return tuple(values[name] for name in columns)


def _check(got: int, what: str) -> None:
    if got != ROWS:
        raise RuntimeError(f"{what}: expected {ROWS}, got {got}")

