"""schedule_40: "Ułóż automatycznie" on a 40-item, three-day, three-room forum.

Razem: `models.schedule.schedule` (the conflict graph built with networkx,
its greedy colouring, filling the frame's blocks, and the check of the
result), and the same end to end through the service on a real workshop
file: the proposal read from the file, then applied as one undo step.
Baseline: building the conflict graph alone (every pair of items compared),
the part any scheduler that honours conflicts has to pay.
Target: a schedule in under a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from bench.common import BenchResult, Options, Row, percentile, scratch_dir, verdict
from tests.helpers.forum import ROOMS, forty_items, forum_days
from workshop_app.models import Workshop
from workshop_app.models.ids import new_id
from workshop_app.models.schedule import conflict_graph, schedule
from workshop_app.services import FrameDay, WorkshopService
from workshop_app.storage import WorkshopStore

NAME = "schedule_40"
RUNS = 50
SERVICE_RUNS = 10
TARGET_S = 1.0


def run(options: Options) -> BenchResult:
    result = BenchResult(NAME)
    items, days = forty_items(), forum_days()
    pure = [_seconds(lambda: schedule(items, days, ROOMS)) for _ in range(RUNS)]
    graph = [_seconds(lambda: conflict_graph(items)) for _ in range(RUNS)]
    outcome = schedule(items, days, ROOMS)
    with scratch_dir(NAME) as folder:
        service_s = _service_runs(folder / "forum.razem")
    worst = max(max(pure), max(service_s))
    result.rows = [
        Row(NAME, "schedule 40 items p50 ms", percentile(pure, 50) * 1000,
            percentile(graph, 50) * 1000),
        Row(NAME, "schedule 40 items max ms", max(pure) * 1000, max(graph) * 1000,
            f"< {TARGET_S * 1000:.0f}", verdict(max(pure) < TARGET_S)),
        Row(NAME, "propose + apply via service max ms", max(service_s) * 1000, None,
            f"< {TARGET_S * 1000:.0f}", verdict(max(service_s) < TARGET_S)),
    ]
    placed = sum(1 for p in outcome.placements.values() if p.slot)
    result.notes.append(f"{RUNS} runs; {placed} of {len(items)} items placed, "
                        f"{len(outcome.report.unplaced)} not, "
                        f"{conflict_graph(items).number_of_edges()} conflicting pairs; "
                        f"worst {worst * 1000:.1f} ms")
    result.details = {"runs": RUNS, "pure_ms": [round(s * 1000, 3) for s in pure],
                      "service_ms": [round(s * 1000, 3) for s in service_s]}
    return result


def _service_runs(path: Path) -> list[float]:
    with WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Forum")) as store:
        service = WorkshopService(store)
        for item in forty_items():
            service.add_agenda_item(title=item.title, format=item.format,
                                    duration_minutes=item.duration_minutes, lead=item.lead,
                                    speakers=item.speakers)
        service.set_frame(days=[FrameDay(d.date, d.start, d.finish, d.breaks, d.lunch)
                                for d in forum_days()], rooms=list(ROOMS))
        times = []
        for _ in range(SERVICE_RUNS):
            start = time.perf_counter()
            service.apply_schedule(placements=service.proposed_schedule().placements)
            times.append(time.perf_counter() - start)
            service.undo()
        return times


def _seconds(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start
