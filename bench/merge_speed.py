"""merge_speed: ten tables' files of 500 ideas each merged into one workshop.

Razem: what the moderator's "Połącz warsztaty…" (or `workshop-app merge`)
runs on the open workshop: `plan_merge` over the ten files (each opened as a
reader, checked and read whole, the workshop read, every row matched by id,
participants and groups by name, the canvas areas worked out) and `merge`
(one transaction with its undo entry and the snapshot taken before).
Baseline: raw `sqlite3` into an identical copy of the workshop: `ATTACH`
each file and `INSERT OR IGNORE INTO … SELECT * FROM src.…` for the same
tables, in one transaction. It copies the same rows but decides nothing
(no versions, no joins, no renames, no numbering, no undo).

The files: a template (30 participants, 8 groups, an open dots round) copied
ten times; each table adds 500 ideas (placed, in its own two groups named
like the other tables' and two of the template's), 5 participants of its own
(2 of them also at every other table: joined), and 20 ballots.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from bench.common import BenchResult, Options, Row, filesystem_of, median, sample_text, scratch_dir, verdict
from bench.rawdb import PRAGMAS
from workshop_app.models import Sector, VoteTarget, Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, NewParticipant, WorkshopService
from workshop_app.storage import WorkshopStore

NAME = "merge_speed"
SOURCES = 10
IDEAS = 500
RUNS = 5
TARGET_S = 2.0
_TABLES = ("participants", "objectives", "clusters", "ideas", "voting_rounds", "ballots", "agenda_items")


def run(options: Options) -> BenchResult:
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder:
        template, sources = _write_sources(folder)
        razem, raw, added = _measure(folder, template, sources)
        result.notes.append(f"{SOURCES} files of {IDEAS} new ideas (+ the template's 16), "
                            f"{added} rows added per merge; median of {RUNS} runs after 1 warm-up, "
                            f"alternating; files on {filesystem_of(folder)}")
    result.rows = [
        Row(NAME, "merge 10x500 median ms", median(razem) * 1000, median(raw) * 1000,
            f"≤{TARGET_S * 1000:g} ms", verdict(median(razem) <= TARGET_S)),
        Row(NAME, "merge 10x500 max ms", max(razem) * 1000, max(raw) * 1000),
    ]
    result.details = {"sources": SOURCES, "ideas": IDEAS, "runs": RUNS, "razem_s": razem,
                      "raw_s": raw}
    return result


def _write_sources(folder: Path) -> tuple[Path, list[Path]]:
    template = folder / "szablon.razem"
    with WorkshopStore.create(template, workshop=Workshop(id=new_id(), title="Forum")) as store:
        service = WorkshopService(store)
        service.add_participants(participants=[NewParticipant(
            sector=list(Sector)[n % 6], name=f"Osoba {n}", organisation="Gmina") for n in range(30)])
        groups = [service.create_cluster(name=f"Temat {n}").created for n in range(8)]
        service.add_ideas(ideas=[NewIdea(sample_text(n), cluster_id=groups[n % 8]) for n in range(16)])
        round_id = service.add_round(title="Kropki", target=VoteTarget.CLUSTERS).created
        assert round_id is not None
        service.open_round(round_id=round_id)
        service.forget_undo_history()
    sources = []
    for table in range(SOURCES):
        path = folder / f"stol{table + 1}.razem"
        shutil.copyfile(template, path)
        _work_at_table(path, table, round_id)
        sources.append(path)
    return template, sources


def _work_at_table(path: Path, table: int, round_id: str) -> None:
    with WorkshopStore.open(path) as store:
        service = WorkshopService(store)
        people = service.add_participants(participants=[
            NewParticipant(sector=Sector.BUSINESS, name=f"Gość {n}" if n < 2 else f"Stół {table} osoba {n}",
                           organisation="Firma") for n in range(5)])
        authors = sorted(people.participants)
        label = f"Stół {table + 1}"
        service.add_ideas(ideas=[NewIdea(
            sample_text(table * IDEAS + n), table_label=label, participant_id=authors[n % 5],
            sector=Sector.BUSINESS, cluster_name=["Zieleń", "Transport", "Temat 0", "Temat 1"][n % 4])
            for n in range(IDEAS)])
        own = [i for i in service.ideas() if i.table_label == label]
        service.place(ideas={i.id: (float(n % 20) * 240, float(n // 20) * 150) for n, i in enumerate(own)})
        options = service.votable(round_id)
        for n in range(20):
            service.cast_ballot(round_id=round_id, participant_id=None, sector=Sector.BUSINESS,
                                votes={options[(n + k) % len(options)]: 1 for k in range(3)})


def _measure(folder: Path, template: Path, sources: list[Path]) -> tuple[list[float], list[float], int]:
    razem: list[float] = []
    raw: list[float] = []
    added = 0
    for i in range(RUNS + 1):
        for which in (("razem", "raw") if i % 2 == 0 else ("raw", "razem")):
            target = folder / f"{which}-{i}.razem"
            shutil.copyfile(template, target)
            if which == "razem":
                seconds, added = _razem_merge(target, sources)
            else:
                seconds = _raw_merge(target, sources)
            if i:
                (razem if which == "razem" else raw).append(seconds)
    return razem, raw, added


def _razem_merge(target: Path, sources: list[Path]) -> tuple[float, int]:
    with WorkshopStore.open(target) as store:
        service = WorkshopService(store)
        start = time.perf_counter()
        plan = service.plan_merge(sources)
        changes = service.merge(plan)
        seconds = time.perf_counter() - start
        added = sum(s.added for s in plan.report.sources)
        if len(service.ideas()) != 16 + SOURCES * IDEAS or not changes.ideas:
            raise RuntimeError(f"Razem merged {len(service.ideas())} ideas")
    return seconds, added


def _raw_merge(target: Path, sources: list[Path]) -> float:
    conn = sqlite3.connect(f"file:{target}", uri=True, isolation_level=None)
    try:
        for pragma in PRAGMAS:
            conn.execute(pragma)
        start = time.perf_counter()
        for n, source in enumerate(sources):
            conn.execute(f"ATTACH DATABASE ? AS src{n}", [f"file:{source}?mode=ro"])
        conn.execute("BEGIN")
        for n in range(len(sources)):
            for table in _TABLES:
                conn.execute(f"INSERT OR IGNORE INTO {table} SELECT * FROM src{n}.{table}")
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        ideas = conn.execute("SELECT COUNT(*) FROM ideas").fetchone()[0]
        for n in range(len(sources)):
            conn.execute(f"DETACH DATABASE src{n}")
    finally:
        conn.close()
    if ideas != 16 + SOURCES * IDEAS:
        raise RuntimeError(f"raw merge copied {ideas} ideas")
    return seconds
