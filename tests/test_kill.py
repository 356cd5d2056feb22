"""Killing the program while it writes loses nothing it reported as saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.kill_harness import run_kill_rounds
from workshop_app.models import Idea
from workshop_app.storage import WorkshopStore

ROUNDS = 40


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_reported_idea(
    workshop_path: Path, record_property: Callable[[str, object], None]
) -> None:
    record_property("rounds", ROUNDS)  # for scripts/reliability_report.py
    results = run_kill_rounds(workshop_path, ROUNDS, seed=20261015)

    assert len(results) == ROUNDS
    failed = [r for r in results if not r.ok]
    assert failed == [], f"{len(failed)} of {ROUNDS} rounds lost data or broke the file"
    # Every round's child held the lock when it died, and the next open
    # (the inspection and the next child) still succeeded.
    assert all(r.stale_lock_left for r in results)
    # Each round added at least what it reported, on top of the earlier rounds.
    counts = [r.ideas_in_file for r in results]
    assert all(later - earlier >= len(r.reported)
               for earlier, later, r in zip([0, *counts], counts, results, strict=False))
    # The planned kill points vary, so kills land at different moments.
    assert len({r.planned for r in results}) > ROUNDS // 4

    with WorkshopStore.open(workshop_path) as store:
        reported = {idea_id for r in results for idea_id, _ in r.reported}
        stored = {i.id for i in store.all(Idea, include_deleted=True)}
        assert reported <= stored
        assert store.integrity_check() == "ok"
        seqs = [i.seq for i in store.all(Idea)]
        assert len(seqs) == len(set(seqs)), "two ideas share a sequence number"
